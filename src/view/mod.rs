//! Yew components, one per file, and the hooks they use. Components receive checked model
//! types only; they never see raw JSON and never fetch by themselves (the hook does).

pub mod byline;
pub mod card;
pub mod carousel;
pub mod context;
pub mod dom;
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

use crate::model::{text, Provider};
use crate::view::dom::{el, El};

/// The letter an image placeholder shows: the provider's, else the headline's.
pub fn placeholder_initial(provider: Option<&Provider>, headline: &str) -> Option<String> {
    text::initial(provider.and_then(|p| p.label()).unwrap_or(headline))
}

/// The tinted box that shows `initial` (the stylesheet draws it), behind an image or instead
/// of one: the hero's and each related story's.
pub fn thumb(initial: Option<&str>) -> El {
    el("div")
        .attr("class", "thumb")
        .attr_opt("data-initial", initial)
}
