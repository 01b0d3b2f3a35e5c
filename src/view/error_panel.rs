//! `<ErrorPanel>`: says in plain words why the card could not load, with a Retry button.

use yew::prelude::*;

use crate::model::LoadError;

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub error: LoadError,
    pub on_retry: Callback<()>,
}

#[component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let retry = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="card error" part="card error" role="alert" data-error={props.error.kind()}>
            <p class="error-title">{ "This story could not be shown" }</p>
            <p class="error-message">{ props.error.to_string() }</p>
            if props.error.is_retryable() {
                <button type="button" class="retry" part="retry" onclick={retry}>{ "Retry" }</button>
            }
        </div>
    }
}
