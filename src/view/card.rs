//! `<Card>`: a loaded article, laid out as hero image, headline, excerpt, byline, topics and
//! related stories. It provides the [`CardContext`] the parts below it read.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use web_sys::Element;
use yew::prelude::*;

use crate::model::config::RelatedMode;
use crate::model::{CardEvent, Config, Parsed};
use crate::platform::rendering;
use crate::view::byline::Byline;
use crate::view::carousel::Carousel;
use crate::view::context::CardContext;
use crate::view::hero::Hero;
use crate::view::link::Link;
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
            <Link class="title-link" part="title-link" url={url.clone()} related={false}>
                { headline.clone() }
            </Link>
        },
        None => html! { headline.clone() },
    };
    // What conversion left out, for developers inspecting the element; never shown.
    let dropped = props.parsed.dropped_summary();
    // The headline is right below: an image without its own title is decorative, so a
    // screen reader does not read the headline twice.
    let hero = article.hero().map(|image| {
        let alt = image.title.clone().unwrap_or_default();
        html! { <Hero key={image.url.to_string()} image={image.clone()} alt={alt} /> }
    });
    let layout = if hero.is_some() {
        "card has-image"
    } else {
        "card no-image"
    };
    let related = config.related(article);
    let related = (!related.is_empty()).then(|| Rc::new(related.to_vec()));
    let lang = article.locale.clone();
    let words = context.words();
    let heading = format!("h{}", config.heading_level);
    // Said after every link that opens a new tab (`aria-describedby="new-tab"`).
    let new_tab = (config.target == "_blank").then(|| {
        html! { <span id="new-tab" class="visually-hidden">{ words.new_tab }</span> }
    });

    html! {
        <ContextProvider<Rc<CardContext>> {context}>
            <article class={layout} part="card" data-dropped={dropped} lang={words.lang}
                     dir={words.rtl.then_some("rtl")}>
                { for hero }
                <div class="body">
                    <@{heading} id="headline" class="title" part="title" lang={lang.clone()} dir="auto">
                        { title }
                    </@>
                    if let Some(excerpt) = &article.excerpt {
                        <p class="excerpt" part="excerpt" {lang} dir="auto">{ excerpt.clone() }</p>
                    }
                    <Byline provider={article.provider.clone()} published={article.published} />
                    if !article.topics.is_empty() {
                        { topics(&article.topics) }
                    }
                </div>
                { for new_tab }
                if let Some(stories) = related {
                    if config.related == RelatedMode::List {
                        { related_list(&stories, words) }
                    } else {
                        // Keyed by length: `max-related` changing starts a new position.
                        <Carousel key={stories.len()} stories={stories.clone()} />
                    }
                }
            </article>
        </ContextProvider<Rc<CardContext>>>
    }
}
