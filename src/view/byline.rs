//! The byline: who published the story (logo, name, domain) and when. A failed logo marks
//! itself (`data-failed`) and the stylesheet hides it in place, so the text beside it does not
//! move.

use chrono::{DateTime, Datelike, Utc};
use yew::prelude::*;

use crate::model::date::{self, Timestamp};
use crate::model::{text, HttpUrl, Provider};
use crate::platform::intl;
use crate::view::context::CardContext;
use crate::view::img;
use crate::view::published::published;

/// The byline of a card as of `now`: the provider on one line, with the site its title links
/// to (`link`); on the next, when it was
/// published, how long ago, and "Updated …" when the article was modified on a later day
/// ("Updated 9 June", with the year only when it is not the published date's).
pub fn byline(
    card: &CardContext,
    provider: Option<&Provider>,
    link: Option<&HttpUrl>,
    at: Option<&Timestamp>,
    updated: Option<&Timestamp>,
    now: DateTime<Utc>,
) -> Html {
    let locale = card.config.locale.as_deref();
    let updated = at
        .zip(updated)
        .filter(|(at, u)| u.date_naive() > at.date_naive())
        .map(|(at, u)| {
            // Without the year when it is the published date's: it fits the line more often.
            let when = if u.year() == at.year() {
                intl::day_month(u, locale)
            } else {
                intl::absolute(u, locale)
            };
            html! {
                <span class="date-updated">
                    { card.words().updated }{ " " }
                    <time datetime={date::machine(u)}>{ when }</time>
                </span>
            }
        });
    let dates = at.map(|at| {
        html! {
            <span class="dates">{ published(card, at, false, now) }{ for updated }</span>
        }
    });
    html! {
        <p class="byline" part="byline">
            { for provider.map(|p| provider_line(p, link)) }
            { for dates }
        </p>
    }
}

/// The provider: logo (decorative: the name is right beside it), name, and the site the card
/// links to. The data's `domain` shows only on a card without a link: it is free text, and need
/// not be where the link goes ("аррӏе.com" for a story on another host).
fn provider_line(provider: &Provider, link: Option<&HttpUrl>) -> Html {
    let domain = link
        .map(|url| text::site(url.host()))
        .or_else(|| provider.domain.clone());
    let logo = provider.logos.first().map(|logo| {
        let size = (
            Some(logo.width.unwrap_or(20)),
            Some(logo.height.unwrap_or(20)),
        );
        img(
            logo.url.as_str(),
            size,
            "lazy",
            Some("logo"),
            AttrValue::Static(""),
        )
    });
    html! {
        <span class="provider" part="provider">
            { for logo }
            if let Some(name) = &provider.name {
                <span class="provider-name" dir="auto">{ name.clone() }</span>
            }
            if let Some(domain) = domain {
                <span class="provider-domain">{ domain }</span>
            }
        </span>
    }
}
