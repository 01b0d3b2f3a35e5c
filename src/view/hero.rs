//! The article's image, in a box of a fixed shape for the layout, so nothing jumps while it
//! loads. Behind it, the provider's initial on a tint: it shows when the article has no image,
//! and when the image fails (the image marks itself `data-failed` and the stylesheet hides
//! it), so a reader never sees the browser's broken-image icon.

use crate::model::Image;
use crate::view::dom::{el, img, El};
use crate::view::thumb;

/// The hero for `image` (or the placeholder alone), with `alt` as its text (empty:
/// decorative) and `initial` for the placeholder.
pub fn hero(image: Option<&Image>, alt: &str, initial: Option<&str>) -> El {
    let figure = el("figure").attr("class", "hero").attr("part", "hero");
    let Some(image) = image else {
        return figure.attr("aria-hidden", "true").child(thumb(initial));
    };
    let caption = image
        .attribution
        .as_deref()
        .map(|a| el("figcaption").attr("class", "attribution").text(a));
    figure
        .child(thumb(initial).attr("aria-hidden", "true"))
        .child(img(image.url.as_str(), image.width, image.height, "lazy").attr("alt", alt))
        .child_opt(caption)
}
