//! `<Skeleton>`: the card's shape while the article loads.

use yew::prelude::*;

#[component]
pub fn Skeleton() -> Html {
    html! {
        <div class="card skeleton" part="card" role="status" aria-busy="true">
            <span class="visually-hidden">{ "Loading article…" }</span>
            <div class="hero bone" aria-hidden="true"></div>
            <div class="body" aria-hidden="true">
                <div class="bone line wide"></div>
                <div class="bone line"></div>
                <div class="bone line short"></div>
            </div>
        </div>
    }
}
