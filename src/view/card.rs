//! `<Card>`: a loaded article, laid out as hero image, headline, excerpt, byline, topics and
//! related stories. It provides the [`CardContext`] the parts below it read.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use web_sys::Element;
use yew::prelude::*;

use crate::model::config::RelatedMode;
use crate::model::{CardEvent, Config, Parsed};
use crate::platform::rendering;
use crate::view::byline::byline;
use crate::view::carousel::Carousel;
use crate::view::context::CardContext;
use crate::view::hero::hero;
use crate::view::link::link;
use crate::view::placeholder_initial;
use crate::view::related_list::related_list;
use crate::view::topics::topics;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub parsed: Rc<Parsed>,
    /// The moment relative dates are measured from.
    pub now: DateTime<Utc>,
    #[prop_or_default]
    pub config: Rc<Config>,
    #[prop_or_default]
    pub on_event: Option<Callback<CardEvent, bool>>,
    #[prop_or_default]
    pub host: Option<Element>,
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    if let Some(host) = &props.host {
        rendering::mark(host);
    }
    let context = Rc::new(CardContext {
        config: props.config.clone(),
        now: props.now,
        on_event: props.on_event.clone(),
        host: props.host.clone(),
    });
    let article = &props.parsed.article;
    let config = &props.config;
    let headline = article.headline().to_owned();
    let title = match config.article_link(article) {
        Some(url) => html! {
            { link(&context, url, false, "title-link", headline.clone()) }
        },
        None => html! { headline.clone() },
    };
    // What conversion left out, for developers inspecting the element; never shown.
    let dropped = props.parsed.dropped_summary();
    // The headline is right below: an image without its own title is decorative, so a
    // screen reader does not read the headline twice.
    let image = article.hero();
    let alt = image.and_then(|i| i.title.clone()).unwrap_or_default();
    let hero = hero(
        image,
        alt.into(),
        placeholder_initial(article.provider.as_ref(), article.headline()),
    );
    let layout = if article.hero().is_some() {
        "card has-image"
    } else {
        "card no-image"
    };
    let related = config.related(article);
    let related = (!related.is_empty()).then(|| Rc::new(related.to_vec()));
    let lang = article.locale.clone();
    let words = context.words();
    let context_for_parts = context.clone();
    let heading = format!("h{}", config.heading_level);
    // Said after every link that opens a new tab (`aria-describedby="new-tab"`).
    let new_tab = (config.target == "_blank").then(|| {
        html! { <span id="new-tab" class="visually-hidden">{ words.new_tab }</span> }
    });

    html! {
        <ContextProvider<Rc<CardContext>> {context}>
            <article class={layout} part="card" data-dropped={dropped} lang={words.lang}
                     dir={words.rtl.then_some("rtl")}>
                { hero }
                <div class="body">
                    <@{heading} id="headline" class="title" part="title" lang={lang.clone()} dir="auto">
                        { title }
                    </@>
                    // Present even when empty: its lines are part of the card's fixed shape.
                    <p class="excerpt" part="excerpt" {lang} dir="auto">
                        { article.excerpt.clone().unwrap_or_default() }
                    </p>
                    { byline(&context_for_parts, article.provider.as_ref(), article.published.as_ref(), article.updated.as_ref()) }
                    if article.topics.is_empty() {
                        <div class="topics"></div>
                    } else {
                        { topics(&article.topics, words) }
                    }
                </div>
                { for new_tab }
                if let Some(stories) = related {
                    if config.related == RelatedMode::List {
                        { related_list(&context_for_parts, &stories) }
                    } else {
                        // Keyed by length: `max-related` changing starts a new position.
                        <Carousel key={stories.len()} stories={stories.clone()} />
                    }
                }
            </article>
        </ContextProvider<Rc<CardContext>>>
    }
}
