//! One related story: thumbnail, title link, provider and date. Used by the
//! carousel and by the list.

use yew::prelude::*;

use crate::model::Related;
use crate::view::context::CardContext;
use crate::view::link::link;
use crate::view::published::published;
use crate::view::{hide_failed_image, placeholder_initial};

/// One related story; `label` ("2 of 3", for screen readers) when it is a carousel slide, and
/// `eager` for the first slides, visible as the card shows, whose thumbnails load at once. A
/// plain function, not a component: a component per slide kept about 1 KB of state per story.
pub fn slide(card: &CardContext, story: &Related, label: Option<AttrValue>, eager: bool) -> Html {
    let headline = story.headline().to_owned();
    // The frame shows the provider's initial on a tint; the thumbnail covers it, and hides
    // itself if it fails, so a failed image never shows the browser's broken-image icon.
    let initial = placeholder_initial(story.provider.as_ref(), &headline);
    let thumb = story.images.first().map(|image| {
        html! {
            <img src={image.url.to_string()} alt=""
                 width={image.width.map(|w| w.to_string())}
                 height={image.height.map(|h| h.to_string())}
                 loading={if eager { "eager" } else { "lazy" }} decoding="async"
                 referrerpolicy="no-referrer" onerror={hide_failed_image()} />
        }
    });
    let title = match card.config.related_link(story) {
        Some(url) => html! {
            { link(card, url, true, "slide-link", headline) }
        },
        None => html! { headline },
    };
    // A carousel slide is a named group; in the list it is a list item.
    let (tag, role, description) = match label {
        Some(_) => ("div", Some("group"), Some("slide")),
        None => ("li", None, None),
    };
    html! {
        <@{tag} class="slide" part="slide" role={role} aria-roledescription={description}
                aria-label={label}>
            <div class="thumb" aria-hidden="true" data-initial={initial}>{ for thumb }</div>
            <h4 class="slide-title" dir="auto">{ title }</h4>
            <p class="slide-meta">
                if let Some(label) = story.provider.as_ref().and_then(|p| p.label()) {
                    <span class="slide-provider">{ label.to_owned() }</span>
                }
                if let Some(at) = story.published {
                    { published(card, &at, true) }
                }
            </p>
        </@>
    }
}
