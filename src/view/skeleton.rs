//! The card's shape while the article loads. A plain function, not a component: it has no
//! state, and each component costs its own lifecycle code in the wasm.

use yew::prelude::*;

/// The skeleton of a card.
pub fn skeleton() -> Html {
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
