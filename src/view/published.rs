//! A `<time>` element with the absolute date and how long ago it was (or one of them), in the
//! card's locale, as of the card's "now" (a prop: the page's minute tick moves it on).

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::model::config::Dates;
use crate::model::date::{self, Timestamp};
use crate::platform::intl;
use crate::view::context::CardContext;

/// The date `at` for `card` as of `now`, as its `dates` option asks; `short` is a related
/// story's date.
/// - Both (the default): "5 June 2021 · 5 years ago", the exact moment in the reader's time
///   zone as the tooltip; short, the date alone, with "exact moment · how long ago" as the
///   tooltip.
/// - Absolute: the date alone, the exact moment as the tooltip; nothing says how long ago.
/// - Relative: "5 years ago" alone, the exact moment as the tooltip.
pub fn published(card: &CardContext, at: &Timestamp, short: bool, now: DateTime<Utc>) -> Html {
    let locale = card.config.locale.as_deref();
    let dates = card.config.dates;
    let absolute = (dates != Dates::Relative).then(|| intl::absolute(at, locale));
    let exact = intl::instant(at, locale);
    let (relative, title) = if short && dates == Dates::Both {
        let relative = intl::relative(at, now, locale);
        let title = match exact {
            Some(exact) => [exact, relative].join(" · "),
            None => relative,
        };
        (None, Some(title))
    } else {
        let relative = (dates != Dates::Absolute).then(|| intl::relative(at, now, locale));
        (relative, exact)
    };
    html! {
        <time class="published" part="date" datetime={date::machine(at)} title={title}>
            if let Some(absolute) = absolute {
                <span class="date-absolute">{ absolute }</span>
            }
            if let Some(relative) = relative {
                <span class="date-relative">{ relative }</span>
            }
        </time>
    }
}
