//! A labelled text input for a count, with its hint and its error message.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountFieldProps {
    /// The input's id and name: the URL parameter it maps to.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    pub on_input: Callback<String>,
}

#[component]
pub fn CountField(props: &CountFieldProps) -> Html {
    let on_input = {
        let cb = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.value());
        })
    };
    let id = &props.id;
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if props.hint.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        error_id.clone()
    };
    let invalid = props.error.is_some();
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()}>
                { &props.label }
                if props.optional { <span class="optional">{ " (optional)" }</span> }
            </label>
            <input
                id={id.clone()}
                name={id.clone()}
                type="text"
                autocomplete="off"
                spellcheck="false"
                placeholder={props.placeholder.clone()}
                value={props.value.clone()}
                aria-invalid={invalid.to_string()}
                aria-describedby={described}
                oninput={on_input}
            />
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            <p class="error" id={error_id} aria-live="polite">
                { props.error.clone().unwrap_or_default() }
            </p>
        </div>
    }
}
