//! The byline: who published the story (logo, name, domain), who wrote it, and when. A failed
//! logo marks itself (`data-failed`) and the stylesheet hides it in place, so the text beside
//! it does not move.

use chrono::{DateTime, Datelike, Utc};
use yew::prelude::*;

use crate::model::date;
use crate::model::{text, Article, HttpUrl, Provider};
use crate::platform::intl;
use crate::view::context::CardContext;
use crate::view::img;
use crate::view::published::published;

/// The byline of a card as of `now`: on one line who (the provider, the site its title links
/// to (`link`), "By" the author); on the next, when it was published, how long ago, and
/// "Updated …" when the article was modified on a later day ("Updated 9 June", with the year
/// only when it is not the published date's).
pub fn byline(
    card: &CardContext,
    article: &Article,
    link: Option<&HttpUrl>,
    now: DateTime<Utc>,
) -> Html {
    let (at, updated) = (article.published.as_ref(), article.updated.as_ref());
    // "By " in the card's language, then the names in their own direction (a `<bdi>`: a name
    // in another script neither reorders the words around it nor is cut from its start). An
    // author who is the provider ("SPIEGEL ONLINE" by "SPIEGEL ONLINE") is said once.
    let provider_name = article.provider.as_ref().and_then(|p| p.name.as_deref());
    let author = article
        .author
        .as_ref()
        .filter(|name| !provider_name.is_some_and(|p| p.eq_ignore_ascii_case(name)))
        .map(|name| {
            html! {
                <span class="author" part="author">
                    <span>{ card.words().by }</span><bdi>{ name.clone() }</bdi>
                </span>
            }
        });
    let who = (article.provider.is_some() || author.is_some())
        .then(|| provider_line(article.provider.as_ref(), link, author));
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
            { for who }
            { for dates }
        </p>
    }
}

/// The provider: logo (decorative: the name is right beside it), name, and the site the card
/// links to; then the author, which gives way first when the line is short. The data's
/// `domain` shows only on a card without a link: it is free text, and need not be where the
/// link goes ("аррӏе.com" for a story on another host).
fn provider_line(
    provider: Option<&Provider>,
    link: Option<&HttpUrl>,
    author: Option<Html>,
) -> Html {
    let domain = link
        .map(|url| text::site(url.host()))
        .or_else(|| provider.and_then(|p| p.domain.clone()));
    let logo = provider.and_then(|p| p.logos.first()).map(|logo| {
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
            if let Some(name) = provider.and_then(|p| p.name.as_ref()) {
                <span class="provider-name" dir="auto">{ name.clone() }</span>
            }
            if let Some(domain) = domain {
                <span class="provider-domain">{ domain }</span>
            }
            { for author }
        </span>
    }
}
