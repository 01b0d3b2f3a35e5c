//! `<Card>`: a loaded article, laid out as hero image, headline, excerpt, byline, topics and
//! related stories. Its parts and the carousel share one [`CardContext`].
//!
//! The parts that do not change while the card shows (hero, excerpt, headline, topics) are
//! kept with `use_memo`, built once per article and options; a render for the minute tick
//! (a new `now`) draws the dates again, and Yew's diff writes only the text that changed.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use web_sys::Element;
use yew::prelude::*;

use crate::model::config::RelatedMode;
use crate::model::text::decimal;
use crate::model::{CardEvent, Config, Parsed};
use crate::platform::rendering;
use crate::view::byline::byline;
use crate::view::carousel::Carousel;
use crate::view::context::CardContext;
use crate::view::hero::hero;
use crate::view::link::{link, on_link_click};
use crate::view::placeholder_initial;
use crate::view::related_list::related_list;
use crate::view::topics::topics;

#[derive(Properties)]
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

impl PartialEq for CardProps {
    fn eq(&self, other: &CardProps) -> bool {
        // The same conversion, not merely equal data (see `Source`'s equality).
        Rc::ptr_eq(&self.parsed, &other.parsed)
            && self.now == other.now
            && self.config == other.config
            && self.on_event == other.on_event
            && self.host == other.host
            && self.drawn == other.drawn
    }
}

/// The parts that depend on the article and options only.
struct Fixed {
    hero: Html,
    title: Html,
    excerpt: Html,
    topics: Html,
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    rendering::mark_render(props.host.as_ref());
    let card = use_memo(
        (
            props.config.clone(),
            props.on_event.clone(),
            props.host.clone(),
        ),
        |(config, on_event, host)| CardContext {
            config: config.clone(),
            on_event: on_event.clone(),
            host: host.clone(),
        },
    );
    let fixed = {
        let card = card.clone();
        use_memo(
            (Pointer(props.parsed.clone()), card.clone()),
            move |(parsed, _)| fixed(&card, &parsed.0),
        )
    };
    {
        let drawn = props.drawn.clone();
        use_effect(move || {
            if let Some(drawn) = drawn {
                drawn.emit(());
            }
        });
    }
    let onclick = on_link_click(&card);
    let article = &props.parsed.article;
    let config = &props.config;
    let words = card.words();
    let layout = if article.hero().is_some() {
        "card has-image"
    } else {
        "card no-image"
    };
    // What conversion left out, for developers inspecting the element; never shown.
    let dropped = props.parsed.dropped_summary();
    let heading = ["h", &decimal(u64::from(config.heading_level))].concat();
    let related = config.related(article);
    let now = props.now;
    html! {
        <article class={layout} part="card" data-dropped={dropped} lang={words.lang}
                 dir={words.rtl.then_some("rtl")} {onclick}>
            { fixed.hero.clone() }
            <div class="body">
                <div class="text">
                    <@{heading} id="headline" class="title" part="title"
                                lang={article.locale.clone()} dir="auto">
                        { fixed.title.clone() }
                    </@>
                    { fixed.excerpt.clone() }
                </div>
                { byline(&card, article, config.article_link(article), now) }
                { fixed.topics.clone() }
            </div>
            // Said after every link that opens a new tab (`aria-describedby="new-tab"`).
            if config.target == "_blank" {
                <span id="new-tab" class="visually-hidden">{ words.new_tab }</span>
            }
            if !related.is_empty() {
                if config.related == RelatedMode::List {
                    { related_list(&card, related, now) }
                } else if config.related == RelatedMode::Carousel {
                    <Carousel parsed={props.parsed.clone()} card={card.clone()} {now} />
                }
            }
        </article>
    }
}

/// An article compared by identity, as a memo's dependency.
struct Pointer(Rc<Parsed>);

impl PartialEq for Pointer {
    fn eq(&self, other: &Pointer) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn fixed(card: &CardContext, parsed: &Parsed) -> Fixed {
    let article = &parsed.article;
    // The headline is right below: an image without its own title is decorative, so a
    // screen reader does not read the headline twice.
    let image = article.hero();
    let alt = image.and_then(|i| i.title.clone()).unwrap_or_default();
    let initial = placeholder_initial(article.provider.as_ref(), article.headline());
    let headline = article.headline();
    let title = match card.config.article_link(article) {
        Some(url) => link(card, url, false, "title-link", headline),
        None => Html::from(headline.to_owned()),
    };
    Fixed {
        hero: hero(image, AttrValue::from(alt), initial),
        title,
        // Present even when empty, as the page's `::part(excerpt)` expects.
        excerpt: html! {
            <p class="excerpt" part="excerpt" lang={article.locale.clone()} dir="auto">
                { article.excerpt.clone().unwrap_or_default() }
            </p>
        },
        topics: topics(&article.topics, card.words()),
    }
}
