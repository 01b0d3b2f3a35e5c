//! The article's topics as a list of chips. A plain function: it has no state.

use yew::prelude::*;

/// The topic chips.
pub fn topics(topics: &[String]) -> Html {
    html! {
        <ul class="topics" part="topics" aria-label="Topics">
            { for topics.iter().map(|topic| html! {
                <li class="chip" part="chip">{ topic.clone() }</li>
            }) }
        </ul>
    }
}
