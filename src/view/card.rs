//! `<Card>`: a loaded article, laid out as hero image, headline, excerpt, byline, topics and
//! related stories. Its parts and the carousel share one [`CardContext`].
//!
//! Yew draws the frame (the article, its body, the headline element and the carousel); the
//! rest is built as plain DOM ([`crate::view::dom`]): the article's own parts once per article,
//! those that depend on the options too (words, links, dates) once per article and options.
//! A render for the minute tick only moves the dates on, in place.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use web_sys::Element;
use yew::prelude::*;

use crate::model::config::RelatedMode;
use crate::model::text::decimal;
use crate::model::{CardEvent, Config, Parsed};
use crate::platform::rendering;
use crate::view::byline::byline;
use crate::view::carousel::{carousel, Carousel};
use crate::view::context::CardContext;
use crate::view::dom::{el, Built, Clocks};
use crate::view::hero::hero;
use crate::view::link::{link, on_link_click};
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
    /// Called once the card is drawn (an effect): sends the load event without waiting for
    /// every other card drawing in the same pass.
    #[prop_or_default]
    pub drawn: Option<Callback<()>>,
}

/// The article's own parts: the hero and the excerpt.
struct Fixed {
    hero: Html,
    excerpt: Html,
}

/// The parts that depend on the options: the headline's content (a link, or text), the byline
/// and topics, and what follows the body (the new-tab note, the related stories as a list or a
/// carousel).
struct Optioned {
    title: Html,
    body: Html,
    after: Html,
    carousel: Option<Carousel>,
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    if let Some(host) = &props.host {
        rendering::mark(host);
    }
    let context = Rc::new(CardContext {
        config: props.config.clone(),
        on_event: props.on_event.clone(),
        host: props.host.clone(),
    });
    let fixed = use_memo(props.parsed.clone(), |parsed| fixed(parsed));
    let optioned = {
        let context = context.clone();
        use_memo(
            (props.parsed.clone(), props.config.clone()),
            move |(parsed, _)| optioned(&context, parsed),
        )
    };
    optioned.say(props.now, props.config.locale.as_deref());
    {
        let drawn = props.drawn.clone();
        let optioned = optioned.clone();
        use_effect(move || {
            if let Some(carousel) = &optioned.parts.carousel {
                carousel.measure_soon();
            }
            if let Some(drawn) = drawn {
                drawn.emit(());
            }
        });
    }
    let onclick = on_link_click(&context);
    let article = &props.parsed.article;
    let config = &props.config;
    let layout = if article.hero().is_some() {
        "card has-image"
    } else {
        "card no-image"
    };
    // What conversion left out, for developers inspecting the element; never shown.
    let dropped = props.parsed.dropped_summary();
    let words = context.words();
    let heading = ["h", &decimal(u64::from(config.heading_level))].concat();
    let Optioned {
        title, body, after, ..
    } = &optioned.parts;
    html! {
        <article class={layout} part="card" data-dropped={dropped} lang={words.lang}
                 dir={words.rtl.then_some("rtl")} {onclick}>
            { fixed.hero.clone() }
            <div class="body">
                <@{heading} id="headline" class="title" part="title"
                            lang={article.locale.clone()} dir="auto">
                    { title.clone() }
                </@>
                { fixed.excerpt.clone() }
                { body.clone() }
            </div>
            { after.clone() }
        </article>
    }
}

fn fixed(parsed: &Parsed) -> Fixed {
    let article = &parsed.article;
    // The headline is right below: an image without its own title is decorative, so a
    // screen reader does not read the headline twice.
    let image = article.hero();
    let alt = image.and_then(|i| i.title.as_deref()).unwrap_or_default();
    let initial = placeholder_initial(article.provider.as_ref(), article.headline());
    // Present even when empty: its lines are part of the card's fixed shape.
    let excerpt = el("p")
        .attr("class", "excerpt")
        .attr("part", "excerpt")
        .attr_opt("lang", article.locale.as_deref())
        .attr("dir", "auto")
        .text(article.excerpt.as_deref().unwrap_or_default());
    Fixed {
        hero: hero(image, alt, initial.as_deref()).html(),
        excerpt: excerpt.html(),
    }
}

fn optioned(card: &CardContext, parsed: &Parsed) -> Built<Optioned> {
    let article = &parsed.article;
    let config = &card.config;
    let words = card.words();
    let mut clocks = Clocks::default();
    let headline = article.headline();
    let title = match config.article_link(article) {
        Some(url) => link(card, url, false, "title-link", headline).html(),
        None => Html::from(headline.to_owned()),
    };
    let byline = byline(
        card,
        article.provider.as_ref(),
        article.published.as_ref(),
        article.updated.as_ref(),
        &mut clocks,
    );
    let chips = if article.topics.is_empty() {
        el("div").attr("class", "topics")
    } else {
        topics(&article.topics, words)
    };
    // Said after every link that opens a new tab (`aria-describedby="new-tab"`).
    let new_tab = (config.target == "_blank").then(|| {
        el("span")
            .attr("id", "new-tab")
            .attr("class", "visually-hidden")
            .text(words.new_tab)
            .html()
    });
    let related = config.related(article);
    let list = (!related.is_empty() && config.related == RelatedMode::List)
        .then(|| related_list(card, related, &mut clocks).html());
    let carousel = (!related.is_empty() && config.related == RelatedMode::Carousel)
        .then(|| carousel(card, related, &mut clocks))
        .flatten();
    let section = carousel.as_ref().map(Carousel::html);
    let parts = Optioned {
        title,
        body: html! { <>{ byline.html() }{ chips.html() }</> },
        after: html! { <>{ for new_tab }{ for list }{ for section }</> },
        carousel,
    };
    Built::new(parts, clocks)
}
