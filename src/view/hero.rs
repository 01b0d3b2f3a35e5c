//! `<Hero>`: the article's image, sized from the data so nothing jumps while it loads, and
//! replaced by a neutral placeholder of the same shape if it fails. The card keys it by URL,
//! so a new image starts with a fresh failure state.

use yew::prelude::*;

use crate::model::Image;
use crate::view::context::use_card;

#[derive(Properties, PartialEq)]
pub struct HeroProps {
    pub image: Image,
    pub alt: AttrValue,
}

#[component]
pub fn Hero(props: &HeroProps) -> Html {
    use_card();
    let failed = use_state(|| false);
    let image = &props.image;
    let (width, height) = image.size().unwrap_or((16, 9));
    if *failed {
        // Named like the image was: decorative when it had no title of its own.
        let named = !props.alt.is_empty();
        return html! {
            <figure class="hero" part="hero">
                <svg class="placeholder" role={named.then_some("img")}
                     aria-label={named.then(|| props.alt.clone())}
                     aria-hidden={(!named).then_some("true")}
                     viewBox={format!("0 0 {width} {height}")}
                     width={width.to_string()} height={height.to_string()}
                     preserveAspectRatio="xMidYMid slice">
                    <rect width="100%" height="100%" />
                </svg>
            </figure>
        };
    }
    let onerror = {
        let failed = failed.clone();
        Callback::from(move |_: Event| failed.set(true))
    };
    html! {
        <figure class="hero" part="hero">
            <img src={image.url.to_string()} alt={props.alt.clone()}
                 width={image.width.map(|w| w.to_string())}
                 height={image.height.map(|h| h.to_string())}
                 loading="lazy" decoding="async" referrerpolicy="no-referrer"
                 {onerror} />
            if let Some(attribution) = &image.attribution {
                <figcaption class="attribution">{ attribution.clone() }</figcaption>
            }
        </figure>
    }
}
