//! `<Topics>`: the article's topics as a list of chips.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TopicsProps {
    pub topics: Rc<Vec<String>>,
}

#[component]
pub fn Topics(props: &TopicsProps) -> Html {
    html! {
        <ul class="topics" part="topics" aria-label="Topics">
            { for props.topics.iter().map(|topic| html! {
                <li class="chip" part="chip">{ topic.clone() }</li>
            }) }
        </ul>
    }
}
