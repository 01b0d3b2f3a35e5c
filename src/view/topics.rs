//! The article's topics as a list of chips.

use yew::prelude::*;

use crate::model::words::Words;

/// The topic chips, named in the reader's language; an empty row keeps its place in the
/// card's fixed shape when there are none.
pub fn topics(topics: &[String], words: &Words) -> Html {
    if topics.is_empty() {
        return html! { <div class="topics"></div> };
    }
    html! {
        <ul class="topics" part="topics" aria-label={words.topics}>
            { for topics.iter().map(|topic| html! {
                <li class="chip" part="chip">{ topic.clone() }</li>
            }) }
        </ul>
    }
}
