//! One related story: thumbnail, title link, provider and date. Used by the carousel and by
//! the list.

use crate::model::Related;
use crate::view::context::CardContext;
use crate::view::dom::{el, img, Clocks, El};
use crate::view::link::link;
use crate::view::published::published;
use crate::view::{placeholder_initial, thumb};

/// One related story; `label` ("2 of 3", for screen readers) when it is a carousel slide, and
/// `eager` for the first slides, visible as the card shows, whose thumbnails load at once.
pub fn slide(
    card: &CardContext,
    story: &Related,
    label: Option<&str>,
    eager: bool,
    clocks: &mut Clocks,
) -> El {
    let headline = story.headline();
    // The frame shows the provider's initial on a tint; the thumbnail covers it, and hides
    // itself if it fails, so a failed image never shows the browser's broken-image icon.
    let initial = placeholder_initial(story.provider.as_ref(), headline);
    let image = story.images.first().map(|image| {
        let loading = if eager { "eager" } else { "lazy" };
        img(image.url.as_str(), image.width, image.height, loading).attr("alt", "")
    });
    let title = el("h4").attr("class", "slide-title").attr("dir", "auto");
    let title = match card.config.related_link(story) {
        Some(url) => title.child(link(card, url, true, "slide-link", headline)),
        None => title.text(headline),
    };
    let provider = story.provider.as_ref().and_then(|p| p.label());
    let meta = el("p")
        .attr("class", "slide-meta")
        .child_opt(provider.map(|label| el("span").attr("class", "slide-provider").text(label)))
        .child_opt(story.published.map(|at| published(card, &at, true, clocks)));
    // A carousel slide is a named group; in the list it is a list item.
    let frame = match label {
        Some(label) => el("div")
            .attr("class", "slide")
            .attr("part", "slide")
            .attr("role", "group")
            .attr("aria-roledescription", "slide")
            .attr("aria-label", label),
        None => el("li").attr("class", "slide").attr("part", "slide"),
    };
    frame
        .child(
            thumb(initial.as_deref())
                .attr("aria-hidden", "true")
                .child_opt(image),
        )
        .child(title)
        .child(meta)
}
