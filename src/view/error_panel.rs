//! The error panel: says in plain words why the card could not load, with a Retry button
//! where trying again can help. A plain function: it has no state.

use yew::prelude::*;

use crate::model::LoadError;

/// The panel for `error`; `on_retry` is offered as a Retry button.
pub fn error_panel(error: &LoadError, on_retry: Option<&Callback<()>>) -> Html {
    let retry = on_retry.map(|on_retry| on_retry.reform(|_: MouseEvent| ()));
    html! {
        <div class="card error" part="card error" role="alert" data-error={error.kind()}>
            <p class="error-title">{ "This story could not be shown" }</p>
            <p class="error-message">{ error.to_string() }</p>
            if let Some(retry) = retry {
                <button type="button" class="retry" part="retry" onclick={retry}>{ "Retry" }</button>
            }
        </div>
    }
}
