//! The article's image, in a box of a fixed shape for the layout, so nothing jumps while it
//! loads. Behind it, the provider's initial on a tint: it shows when the article has no image,
//! and when the image fails (the image marks itself `data-failed` and the stylesheet hides
//! it), so a reader never sees the browser's broken-image icon.

use yew::prelude::*;

use crate::model::Image;
use crate::view::{img, thumb};

/// The hero for `image` (or the placeholder alone), with `alt` as its text (empty:
/// decorative) and `initial` for the placeholder.
pub fn hero(image: Option<&Image>, alt: AttrValue, initial: Option<AttrValue>) -> Html {
    let Some(image) = image else {
        return html! {
            <figure class="hero" part="hero" aria-hidden="true">
                { thumb(initial, false, Html::default()) }
            </figure>
        };
    };
    let size = (image.width, image.height);
    html! {
        <figure class="hero" part="hero">
            { thumb(initial, true, Html::default()) }
            { img(image.url.as_str(), size, "lazy", None, alt) }
            if let Some(attribution) = &image.attribution {
                <figcaption class="attribution">{ attribution.clone() }</figcaption>
            }
        </figure>
    }
}
