//! A `<time>` element with the absolute date and how long ago it was, in the card's locale.

use crate::model::date::{self, Timestamp};
use crate::platform::intl;
use crate::view::context::CardContext;
use crate::view::dom::{el, Clocks, El};

/// The date `at` for `card`; `short` leaves out the relative part (carousel slides). The
/// tooltip gives the exact moment in the reader's time zone (and, when short, how long ago).
/// The relative parts go in `clocks`, which says them (now and as time passes).
pub fn published(card: &CardContext, at: &Timestamp, short: bool, clocks: &mut Clocks) -> El {
    let locale = card.config.locale.as_deref();
    let time = el("time")
        .attr("class", "published")
        .attr("part", "date")
        .attr("datetime", &date::machine(at));
    let absolute = el("span")
        .attr("class", "date-absolute")
        .text(&intl::absolute(at, locale));
    if short {
        // The whole tooltip moves on: "exact moment · how long ago".
        clocks.add(time.node(), at, true);
        return time.child(absolute);
    }
    let relative = el("span").attr("class", "date-relative");
    clocks.add(relative.node(), at, false);
    time.attr_opt("title", intl::instant(at, locale).as_deref())
        .child(absolute)
        .child(relative)
}
