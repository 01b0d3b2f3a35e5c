//! Yew components, one per file, and the hooks they use. Components receive checked model
//! types only; they never see raw JSON and never fetch by themselves (the hook does).

pub mod byline;
pub mod card;
pub mod carousel;
pub mod context;
pub mod error_panel;
pub mod hero;
pub mod link;
pub mod news_card;
pub mod published;
pub mod related_list;
pub mod skeleton;
pub mod slide;
pub mod topics;
pub mod use_article;

use yew::{Callback, TargetCast};

use crate::model::{text, Provider};

/// An `onerror` that marks the failed image (`data-failed`, hidden by the stylesheet). It
/// holds no component state, so nothing is kept alive after the card goes.
pub fn hide_failed_image() -> Callback<web_sys::Event> {
    Callback::from(|event: web_sys::Event| {
        if let Some(image) = event.target_dyn_into::<web_sys::Element>() {
            // Setting an attribute on a live element does not fail.
            let _ = image.set_attribute("data-failed", "");
        }
    })
}

/// The letter an image placeholder shows: the provider's, else the headline's.
pub fn placeholder_initial(provider: Option<&Provider>, headline: &str) -> Option<String> {
    text::initial(provider.and_then(|p| p.label()).unwrap_or(headline))
}
