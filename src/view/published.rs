//! A `<time>` element with the absolute date and how long ago it was (or one of them), in the
//! card's locale.

use crate::model::config::Dates;
use crate::model::date::{self, Timestamp};
use crate::platform::intl;
use crate::view::context::CardContext;
use crate::view::dom::{el, Clocks, El};

/// The date `at` for `card`, as its `dates` option asks; `short` is a related story's date.
/// - Both (the default): "5 June 2021 · 5 years ago", the exact moment in the reader's time
///   zone as the tooltip; short, the date alone, with "exact moment · how long ago" as the
///   tooltip.
/// - Absolute: the date alone, the exact moment as the tooltip; nothing says how long ago.
/// - Relative: "5 years ago" alone, the exact moment as the tooltip.
///
/// The relative parts go in `clocks`, which says them (now and as time passes).
pub fn published(card: &CardContext, at: &Timestamp, short: bool, clocks: &mut Clocks) -> El {
    let locale = card.config.locale.as_deref();
    let dates = card.config.dates;
    let time = el("time")
        .attr("class", "published")
        .attr("part", "date")
        .attr("datetime", &date::machine(at));
    let absolute = (dates != Dates::Relative).then(|| {
        el("span")
            .attr("class", "date-absolute")
            .text(&intl::absolute(at, locale))
    });
    if short && dates == Dates::Both {
        // The whole tooltip moves on: "exact moment · how long ago".
        clocks.add(time.node(), at, true);
        return time.child_opt(absolute);
    }
    let relative = (dates != Dates::Absolute).then(|| {
        let relative = el("span").attr("class", "date-relative");
        clocks.add(relative.node(), at, false);
        relative
    });
    time.attr_opt("title", intl::instant(at, locale).as_deref())
        .child_opt(absolute)
        .child_opt(relative)
}
