//! The article's image, in a box of a fixed shape for the layout, so nothing jumps while it
//! loads. Behind it, the provider's initial on a tint: it shows when the article has no image,
//! and when the image fails (the image marks itself `data-failed` and the stylesheet hides
//! it), so a reader never sees the browser's broken-image icon. A plain function: the failure
//! is kept on the element, not in component state.

use yew::prelude::*;

use crate::model::Image;
use crate::view::hide_failed_image;

/// The hero for `image` (or the placeholder alone), with `alt` as its text (empty:
/// decorative) and `initial` for the placeholder.
pub fn hero(image: Option<&Image>, alt: AttrValue, initial: Option<String>) -> Html {
    let Some(image) = image else {
        return html! {
            <figure class="hero" part="hero" aria-hidden="true">
                <div class="thumb" data-initial={initial}></div>
            </figure>
        };
    };
    html! {
        <figure class="hero" part="hero">
            <div class="thumb" aria-hidden="true" data-initial={initial}></div>
            <img key={image.url.to_string()} src={image.url.to_string()} {alt}
                 width={image.width.map(|w| w.to_string())}
                 height={image.height.map(|h| h.to_string())}
                 loading="lazy" decoding="async" referrerpolicy="no-referrer"
                 onerror={hide_failed_image()} />
            if let Some(attribution) = &image.attribution {
                <figcaption class="attribution">{ attribution.clone() }</figcaption>
            }
        </figure>
    }
}
