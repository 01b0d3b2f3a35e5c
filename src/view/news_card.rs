//! `<NewsCard src=...>`: the whole widget. Loads the article and shows the skeleton, the
//! error panel or the card.

use yew::prelude::*;

use crate::view::card::Card;
use crate::view::error_panel::ErrorPanel;
use crate::view::skeleton::Skeleton;
use crate::view::use_article::{use_article, Load};

#[derive(Properties, PartialEq, Clone)]
pub struct NewsCardProps {
    /// The article JSON's URL, absolute or relative to the page.
    pub src: AttrValue,
}

#[component]
pub fn NewsCard(props: &NewsCardProps) -> Html {
    let load = use_article(props.src.clone());
    match load.state {
        Load::Loading => html! { <Skeleton /> },
        Load::Failed(error) => html! { <ErrorPanel {error} on_retry={load.retry} /> },
        Load::Ready(parsed, now) => html! { <Card {parsed} {now} /> },
    }
}
