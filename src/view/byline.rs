//! `<Byline>`: who published the story (logo, name, domain) and when.

use yew::prelude::*;

use crate::model::date::Timestamp;
use crate::model::Provider;
use crate::view::context::use_card;
use crate::view::published::published;

#[derive(Properties, PartialEq)]
pub struct BylineProps {
    pub provider: Option<Provider>,
    pub published: Option<Timestamp>,
}

#[component]
pub fn Byline(props: &BylineProps) -> Html {
    let card = use_card();
    let logo_failed = use_state(|| false);
    let provider = props.provider.as_ref();
    let logo = provider
        .and_then(|p| p.logos.first())
        .filter(|_| !*logo_failed)
        .map(|logo| {
            let onerror = {
                let logo_failed = logo_failed.clone();
                Callback::from(move |_: Event| logo_failed.set(true))
            };
            // Decorative: the provider's name is right beside it.
            html! {
                <img class="logo" src={logo.url.to_string()} alt=""
                     width={logo.width.unwrap_or(20).to_string()}
                     height={logo.height.unwrap_or(20).to_string()}
                     loading="lazy" decoding="async" referrerpolicy="no-referrer" {onerror} />
            }
        });
    let name = provider.and_then(|p| p.name.clone());
    let domain = provider.and_then(|p| p.domain.clone());

    html! {
        <p class="byline" part="byline">
            if provider.is_some() {
                <span class="provider" part="provider">
                    { for logo }
                    if let Some(name) = name {
                        <span class="provider-name" dir="auto">{ name }</span>
                    }
                    if let Some(domain) = domain {
                        <span class="provider-domain">{ domain }</span>
                    }
                </span>
            }
            if let Some(at) = props.published {
                { published(&card, &at, false) }
            }
        </p>
    }
}
