//! The error panel: says in short, plain words of the reader's language why the card could
//! not load, with a Retry button where trying again can help. The technical detail goes to
//! the host page (the `news-card:error` event), not to the reader. A plain function: it has
//! no state.
//!
//! The panel is not an alert: a page with ten broken cards must not interrupt a screen reader
//! ten times. It is read in place, like the card it stands for.

use yew::prelude::*;

use crate::model::words::Words;
use crate::model::LoadError;

/// The panel for `error`; `on_retry` is offered as a Retry button.
pub fn error_panel(error: &LoadError, on_retry: Option<&Callback<()>>, words: &Words) -> Html {
    let retry = on_retry.map(|on_retry| on_retry.reform(|_: MouseEvent| ()));
    html! {
        <div class="card error" part="card error" data-error={error.kind()} lang={words.lang}
             dir={words.rtl.then_some("rtl")}>
            <p class="error-title">{ words.error_title }</p>
            <p class="error-message">{ error.reader_message(words) }</p>
            if let Some(retry) = retry {
                <button type="button" class="retry" part="retry" onclick={retry}>{ words.retry }</button>
            }
        </div>
    }
}
