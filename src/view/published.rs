//! `<Published>`: a `<time>` element with the absolute date and how long ago it was, in the
//! card's locale.

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::model::date::{self, Timestamp};
use crate::platform::intl;

#[derive(Properties, PartialEq)]
pub struct PublishedProps {
    pub at: Timestamp,
    pub now: DateTime<Utc>,
    /// BCP 47 locale; `None` uses the built-in English.
    #[prop_or_default]
    pub locale: Option<AttrValue>,
    /// Leave out the relative part (compact places such as carousel slides).
    #[prop_or_default]
    pub short: bool,
}

#[component]
pub fn Published(props: &PublishedProps) -> Html {
    let locale = props.locale.as_deref();
    let absolute = intl::absolute(&props.at, locale);
    let relative = intl::relative(&props.at, props.now, locale);
    html! {
        <time class="published" part="date" datetime={date::machine(&props.at)}
              title={if props.short { Some(relative.clone()) } else { None }}>
            <span class="date-absolute">{ absolute }</span>
            if !props.short {
                <span class="date-relative">{ relative }</span>
            }
        </time>
    }
}
