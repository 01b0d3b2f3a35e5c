//! The byline: who published the story (logo, name, domain) and when. A failed logo marks
//! itself (`data-failed`) and the stylesheet hides it in place, so the text beside it does not
//! move.

use crate::model::date::{self, Timestamp};
use crate::model::Provider;
use crate::platform::intl;
use crate::view::context::CardContext;
use crate::view::dom::{el, img, Clocks, El};
use crate::view::published::published;

/// The byline of a card: the provider on one line; on the next, when it was published, how
/// long ago, and "Updated …" when the article was modified on a later day.
pub fn byline(
    card: &CardContext,
    provider: Option<&Provider>,
    at: Option<&Timestamp>,
    updated: Option<&Timestamp>,
    clocks: &mut Clocks,
) -> El {
    let locale = card.config.locale.as_deref();
    let updated = updated
        .filter(|u| at.is_some_and(|at| u.date_naive() > at.date_naive()))
        .map(|u| {
            el("span")
                .attr("class", "date-updated")
                .text(card.words().updated)
                .text(" ")
                .child(
                    el("time")
                        .attr("datetime", &date::machine(u))
                        .text(&intl::absolute(u, locale)),
                )
        });
    let provider = provider.map(|provider| {
        // Decorative: the provider's name is right beside it.
        let logo = provider.logos.first().map(|logo| {
            img(
                logo.url.as_str(),
                Some(logo.width.unwrap_or(20)),
                Some(logo.height.unwrap_or(20)),
                "lazy",
            )
            .attr("class", "logo")
            .attr("alt", "")
        });
        let name = provider.name.as_deref().map(|name| {
            el("span")
                .attr("class", "provider-name")
                .attr("dir", "auto")
                .text(name)
        });
        let domain = provider
            .domain
            .as_deref()
            .map(|domain| el("span").attr("class", "provider-domain").text(domain));
        el("span")
            .attr("class", "provider")
            .attr("part", "provider")
            .child_opt(logo)
            .child_opt(name)
            .child_opt(domain)
    });
    let dates = at.map(|at| {
        el("span")
            .attr("class", "dates")
            .child(published(card, at, false, clocks))
            .child_opt(updated)
    });
    el("p")
        .attr("class", "byline")
        .attr("part", "byline")
        .child_opt(provider)
        .child_opt(dates)
}
