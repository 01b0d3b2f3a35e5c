//! The byline: who published the story (logo, name, domain) and when. A plain function: a
//! failed logo marks itself (`data-failed`) and the stylesheet hides it in place, so the text
//! beside it does not move and no component state is needed.

use yew::prelude::*;

use crate::model::date::{self, Timestamp};
use crate::model::Provider;
use crate::platform::intl;
use crate::view::context::CardContext;
use crate::view::hide_failed_image;
use crate::view::published::published;

/// The byline of a card: the provider on one line; on the next, when it was published, how
/// long ago, and "Updated …" when the article was modified on a later day.
pub fn byline(
    card: &CardContext,
    provider: Option<&Provider>,
    at: Option<&Timestamp>,
    updated: Option<&Timestamp>,
) -> Html {
    let locale = card.config.locale.as_deref();
    let updated = updated
        .filter(|u| at.is_some_and(|at| u.date_naive() > at.date_naive()))
        .map(|u| {
            html! {
                <span class="date-updated">
                    { card.words().updated } { " " }
                    <time datetime={date::machine(u)}>{ intl::absolute(u, locale) }</time>
                </span>
            }
        });
    // Decorative: the provider's name is right beside it.
    let logo = provider.and_then(|p| p.logos.first()).map(|logo| {
        html! {
            <img class="logo" src={logo.url.to_string()} alt=""
                 width={logo.width.unwrap_or(20).to_string()}
                 height={logo.height.unwrap_or(20).to_string()}
                 loading="lazy" decoding="async" referrerpolicy="no-referrer"
                 onerror={hide_failed_image()} />
        }
    });
    html! {
        <p class="byline" part="byline">
            if let Some(provider) = provider {
                <span class="provider" part="provider">
                    { for logo }
                    if let Some(name) = &provider.name {
                        <span class="provider-name" dir="auto">{ name.clone() }</span>
                    }
                    if let Some(domain) = &provider.domain {
                        <span class="provider-domain">{ domain.clone() }</span>
                    }
                </span>
            }
            if let Some(at) = at {
                <span class="dates">{ published(card, at, false) }{ for updated }</span>
            }
        </p>
    }
}
