//! `<Card>`: a loaded article, laid out as hero image, headline, excerpt, byline, topics and
//! related stories.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use yew::prelude::*;

use crate::model::Parsed;
use crate::view::byline::Byline;
use crate::view::carousel::Carousel;
use crate::view::hero::Hero;
use crate::view::topics::Topics;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub parsed: Rc<Parsed>,
    /// The moment relative dates are measured from.
    pub now: DateTime<Utc>,
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    let article = &props.parsed.article;
    let headline = article.headline().to_owned();
    let title = match article.link() {
        Some(url) => html! {
            <a class="title-link" part="title-link" href={url.to_string()}
               target="_blank" rel="noopener noreferrer">{ headline.clone() }</a>
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
        "card"
    } else {
        "card no-image"
    };

    html! {
        <article class={layout} part="card" data-dropped={dropped}>
            { for hero }
            <div class="body">
                <h2 class="title" part="title">{ title }</h2>
                if let Some(excerpt) = &article.excerpt {
                    <p class="excerpt" part="excerpt">{ excerpt.clone() }</p>
                }
                <Byline provider={article.provider.clone()} published={article.published} now={props.now} />
                if !article.topics.is_empty() {
                    <Topics topics={Rc::new(article.topics.clone())} />
                }
            </div>
            if !article.related.is_empty() {
                <Carousel stories={Rc::new(article.related.clone())} now={props.now} />
            }
        </article>
    }
}
