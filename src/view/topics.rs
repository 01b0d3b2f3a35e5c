//! The article's topics as a list of chips. A plain function: it has no state.

use yew::prelude::*;

use crate::model::words::Words;

/// The topic chips, named in the reader's language.
pub fn topics(topics: &[String], words: &Words) -> Html {
    html! {
        <ul class="topics" part="topics" aria-label={words.topics}>
            { for topics.iter().map(|topic| html! {
                <li class="chip" part="chip">{ topic.clone() }</li>
            }) }
        </ul>
    }
}
