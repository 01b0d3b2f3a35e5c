//! `<Slide>`: one related story: thumbnail, title link, provider and date. Used by the
//! carousel and by the list.

use yew::prelude::*;

use crate::model::Related;
use crate::view::context::use_card;
use crate::view::link::Link;
use crate::view::published::published;

#[derive(Properties, PartialEq)]
pub struct SlideProps {
    pub story: Related,
    /// "2 of 3", for screen readers, when the story is a carousel slide.
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

#[component]
pub fn Slide(props: &SlideProps) -> Html {
    let card = use_card();
    let story = &props.story;
    let headline = story.headline().to_owned();
    let thumb = story.images.first().map(|image| {
        html! {
            <img class="thumb" src={image.url.to_string()} alt=""
                 width={image.width.map(|w| w.to_string())}
                 height={image.height.map(|h| h.to_string())}
                 loading="lazy" decoding="async" referrerpolicy="no-referrer" />
        }
    });
    let title = match card.config.related_link(story) {
        Some(url) => html! {
            <Link class="slide-link" url={url.clone()} related={true}>
                { headline }
            </Link>
        },
        None => html! { headline },
    };
    // A carousel slide is a named group; in the list it is a list item.
    let (tag, role, description) = match props.label {
        Some(_) => ("div", Some("group"), Some("slide")),
        None => ("li", None, None),
    };
    html! {
        <@{tag} class="slide" part="slide" role={role} aria-roledescription={description}
                aria-label={props.label.clone()}>
            if let Some(thumb) = thumb {
                { thumb }
            } else {
                <div class="thumb thumb-empty" aria-hidden="true"></div>
            }
            <h4 class="slide-title" dir="auto">{ title }</h4>
            <p class="slide-meta">
                if let Some(label) = story.provider.as_ref().and_then(|p| p.label()) {
                    <span class="slide-provider">{ label.to_owned() }</span>
                }
                if let Some(at) = story.published {
                    { published(&card, &at, true) }
                }
            </p>
        </@>
    }
}
