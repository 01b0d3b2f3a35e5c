//! A `<time>` element with the absolute date and how long ago it was, in the card's locale.
//! A plain function: it has no state.

use yew::prelude::*;

use crate::model::date::{self, Timestamp};
use crate::platform::intl;
use crate::view::context::CardContext;

/// The date `at` for `card`; `short` leaves out the relative part (carousel slides), which
/// then shows as a tooltip.
pub fn published(card: &CardContext, at: &Timestamp, short: bool) -> Html {
    let locale = card.config.locale.as_deref();
    let absolute = intl::absolute(at, locale);
    let relative = intl::relative(at, card.now, locale);
    html! {
        <time class="published" part="date" datetime={date::machine(at)}
              title={if short { Some(relative.clone()) } else { None }}>
            <span class="date-absolute">{ absolute }</span>
            if !short {
                <span class="date-relative">{ relative }</span>
            }
        </time>
    }
}
