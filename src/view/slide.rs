//! One related story: thumbnail, title link, provider and date. Used by the carousel and by
//! the list.

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::model::{text, Related};
use crate::view::context::CardContext;
use crate::view::link::link;
use crate::view::published::published;
use crate::view::{img, placeholder_initial, thumb};

/// One related story as of `now`; `label` ("2 of 3", for screen readers) when it is a carousel
/// slide, and `eager` for the first slides, visible as the card shows, whose thumbnails load
/// at once (unless the card's `lazy_thumbnails`: it was drawn wherever it is on the page).
pub fn slide(
    card: &CardContext,
    story: &Related,
    label: Option<AttrValue>,
    eager: bool,
    now: DateTime<Utc>,
) -> Html {
    let headline = story.headline();
    // The frame shows the provider's initial on a tint; the thumbnail covers it, and hides
    // itself if it fails, so a failed image never shows the browser's broken-image icon.
    let initial = placeholder_initial(story.provider.as_ref(), headline);
    let image = story.images.first().map(|image| {
        let loading = if eager && !card.config.lazy_thumbnails {
            "eager"
        } else {
            "lazy"
        };
        let size = (image.width, image.height);
        img(
            image.url.as_str(),
            size,
            loading,
            None,
            AttrValue::Static(""),
        )
    });
    let url = card.config.related_link(story);
    let title = match url {
        Some(url) => link(card, url, true, "slide-link", headline),
        None => Html::from(headline.to_owned()),
    };
    // The data's name for the provider, else the site the link goes to (never the data's
    // domain, which need not be where the link goes).
    let provider = story
        .provider
        .as_ref()
        .and_then(|p| p.name.clone())
        .or_else(|| url.map(|u| text::site(u.host())));
    let content = html! {
        <>
            { thumb(initial, true, image.unwrap_or_default()) }
            <h4 class="slide-title" dir="auto">{ title }</h4>
            <p class="slide-meta">
                if let Some(provider) = provider {
                    <span class="slide-provider">{ provider }</span>
                }
                { for story.published.map(|at| published(card, &at, true, now)) }
            </p>
        </>
    };
    // A carousel slide is a named group; in the list it is a list item.
    match label {
        Some(label) => html! {
            <div class="slide" part="slide" role="group" aria-roledescription="slide"
                 aria-label={label}>
                { content }
            </div>
        },
        None => html! { <li class="slide" part="slide">{ content }</li> },
    }
}
