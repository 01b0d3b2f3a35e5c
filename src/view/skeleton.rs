//! The card's shape while the article loads. A plain function, not a component: it has no
//! state, and each component costs its own lifecycle code in the wasm.

use yew::prelude::*;

use crate::model::words::Words;

/// The skeleton of a card, named in the reader's language. It is not a live region: ten
/// cards loading must not make a screen reader say "loading" ten times.
pub fn skeleton(words: &Words) -> Html {
    html! {
        <div class="card skeleton" part="card" aria-busy="true" lang={words.lang}
             dir={words.rtl.then_some("rtl")}>
            <span class="visually-hidden">{ words.loading }</span>
            <div class="hero bone" aria-hidden="true"></div>
            <div class="body" aria-hidden="true">
                <div class="bone line wide"></div>
                <div class="bone line"></div>
                <div class="bone line short"></div>
            </div>
        </div>
    }
}
