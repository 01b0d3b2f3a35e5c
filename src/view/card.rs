//! `<Card>`: a loaded article, laid out as hero image, headline, excerpt, byline, topics and
//! related stories.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::model::config::RelatedMode;
use crate::model::{CardEvent, Config, Parsed};
use crate::view::byline::Byline;
use crate::view::carousel::Carousel;
use crate::view::hero::Hero;
use crate::view::link::Link;
use crate::view::related_list::RelatedList;
use crate::view::topics::Topics;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub parsed: Rc<Parsed>,
    /// The moment relative dates are measured from.
    pub now: DateTime<Utc>,
    #[prop_or_default]
    pub config: Rc<Config>,
    #[prop_or_default]
    pub on_event: Option<Callback<CardEvent, bool>>,
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    let article = &props.parsed.article;
    let config = &props.config;
    let headline = article.headline().to_owned();
    let title = match config.article_link(article) {
        Some(url) => html! {
            <Link class="title-link" part="title-link" url={url.clone()} related={false}
                  target={config.target.clone()} on_event={props.on_event.clone()}>
                { headline.clone() }
            </Link>
        },
        None => html! { headline.clone() },
    };
    // What conversion left out, for developers inspecting the element; never shown.
    let dropped = (!props.parsed.dropped.is_empty()).then(|| {
        let list: Vec<String> = props
            .parsed
            .dropped
            .iter()
            .map(ToString::to_string)
            .collect();
        list.join("; ")
    });
    let hero = article.hero().map(|image| {
        let alt = image.title.clone().unwrap_or_else(|| headline.clone());
        html! { <Hero key={image.url.to_string()} image={image.clone()} alt={alt} /> }
    });
    let layout = if hero.is_some() {
        "card has-image"
    } else {
        "card no-image"
    };
    let related = config.related(article);
    let related = (!related.is_empty()).then(|| Rc::new(related.to_vec()));
    let locale: Option<AttrValue> = config.locale.clone().map(AttrValue::from);

    html! {
        <article class={layout} part="card" data-dropped={dropped}>
            { for hero }
            <div class="body">
                <h2 class="title" part="title">{ title }</h2>
                if let Some(excerpt) = &article.excerpt {
                    <p class="excerpt" part="excerpt">{ excerpt.clone() }</p>
                }
                <Byline provider={article.provider.clone()} published={article.published}
                        now={props.now} locale={locale.clone()} />
                if !article.topics.is_empty() {
                    <Topics topics={Rc::new(article.topics.clone())} />
                }
            </div>
            if let Some(stories) = related {
                if config.related == RelatedMode::List {
                    <RelatedList {stories} now={props.now} config={config.clone()}
                                 on_event={props.on_event.clone()} />
                } else {
                    <Carousel {stories} now={props.now} config={config.clone()}
                              on_event={props.on_event.clone()} />
                }
            }
        </article>
    }
}
