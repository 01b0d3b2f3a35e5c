//! The card's shape while the article loads. A plain function, not a component: it has no
//! state, and each component costs its own lifecycle code in the wasm.

use yew::prelude::*;

use crate::model::words::Words;

/// The skeleton of a card, named in the reader's language. It is not a live region: ten
/// cards loading must not make a screen reader say "loading" ten times.
///
/// It has the card's exact shape for its width and layout: the same hero box, and the same
/// fixed-height blocks for the headline, excerpt, byline and topics (see the stylesheet), so
/// nothing on the page moves when the article arrives. With `related` it also reserves the
/// related-stories band.
pub fn skeleton(words: &Words, related: bool) -> Html {
    html! {
        <div class="card skeleton" part="card" aria-busy="true" lang={words.lang}
             dir={words.rtl.then_some("rtl")}>
            <span class="visually-hidden">{ words.loading }</span>
            <div class="hero" aria-hidden="true"><div class="thumb bone"></div></div>
            <div class="body" aria-hidden="true">
                <div class="text">
                    <div class="title"><div class="bone line wide"></div></div>
                    <div class="excerpt"><div class="bone line"></div><div class="bone line short"></div></div>
                </div>
                <div class="byline"></div>
                <div class="topics"></div>
            </div>
            if related {
                <div class="related" aria-hidden="true">
                    <div class="related-head"><div class="related-title"></div></div>
                    <div class="track"><div class="slide">
                        <div class="thumb bone"></div>
                        <div class="slide-title"></div>
                        <div class="slide-meta"></div>
                    </div></div>
                </div>
            }
        </div>
    }
}
