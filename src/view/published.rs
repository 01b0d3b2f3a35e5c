//! `<Published>`: a `<time>` element with the absolute date and how long ago it was.

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::model::date::{self, Timestamp};

#[derive(Properties, PartialEq)]
pub struct PublishedProps {
    pub at: Timestamp,
    pub now: DateTime<Utc>,
    /// Leave out the relative part (compact places such as carousel slides).
    #[prop_or_default]
    pub short: bool,
}

#[component]
pub fn Published(props: &PublishedProps) -> Html {
    let absolute = date::absolute(&props.at);
    let relative = date::relative(&props.at, props.now).english();
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
