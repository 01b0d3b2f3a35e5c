//! A `<time>` element with the absolute date and how long ago it was, in the card's locale.
//! A plain function: it has no state.

use yew::prelude::*;

use crate::model::date::{self, Timestamp};
use crate::platform::intl;
use crate::view::context::CardContext;

/// The date `at` for `card`; `short` leaves out the relative part (carousel slides). The
/// tooltip gives the exact moment in the reader's time zone (and, when short, how long ago).
pub fn published(card: &CardContext, at: &Timestamp, short: bool) -> Html {
    let locale = card.config.locale.as_deref();
    let absolute = intl::absolute(at, locale);
    let relative = intl::relative(at, card.now, locale);
    let exact = intl::instant(at, locale);
    let tooltip = match (exact, short) {
        (Some(exact), true) => Some(format!("{exact} · {relative}")),
        (exact, false) => exact,
        (None, true) => Some(relative.clone()),
    };
    html! {
        <time class="published" part="date" datetime={date::machine(at)} title={tooltip}>
            <span class="date-absolute">{ absolute }</span>
            if !short {
                <span class="date-relative">{ relative }</span>
            }
        </time>
    }
}
