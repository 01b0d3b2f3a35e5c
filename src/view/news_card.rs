//! `<NewsCard>`: the whole widget. Loads the article and shows the skeleton, the error panel
//! or the card.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{CardEvent, Config};
use crate::view::card::Card;
use crate::view::error_panel::ErrorPanel;
use crate::view::skeleton::Skeleton;
use crate::view::use_article::{use_article, Load, Source};

#[derive(Properties, PartialEq, Clone)]
pub struct NewsCardProps {
    pub source: Source,
    #[prop_or_default]
    pub config: Rc<Config>,
    /// Whether a `src` may be fetched yet (lazy cards wait until they near the viewport).
    #[prop_or(true)]
    pub active: bool,
    /// Receives the card's events; returns `false` when the host cancelled one.
    #[prop_or_default]
    pub on_event: Option<Callback<CardEvent, bool>>,
}

#[component]
pub fn NewsCard(props: &NewsCardProps) -> Html {
    let load = use_article(
        props.source.clone(),
        props.active,
        props.config.clone(),
        props.on_event.clone(),
    );
    match load.state {
        Load::Loading => html! { <Skeleton /> },
        Load::Failed(error) => html! { <ErrorPanel {error} on_retry={load.retry} /> },
        Load::Ready(parsed, now) => html! {
            <Card {parsed} {now} config={props.config.clone()} on_event={props.on_event.clone()} />
        },
    }
}
