//! A labelled text input (a count, an amount, a percentage), with its hint and
//! its error message.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::calc::choice::Choice;
use crate::state::{Key, State};

#[derive(Properties, PartialEq, Default)]
pub struct TextFieldProps {
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
    /// `decimal` for amounts and percentages; counts take the lenient text
    /// keyboard so "12.5K" can be typed.
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    pub on_input: Callback<String>,
}

/// The field for the text typed under `key` in `state`, reported through
/// `on_text`; `optional`, `hint` and the rest stay unset.
#[must_use]
pub fn key_props(
    state: &State,
    on_text: &Callback<(Key, String)>,
    key: Key,
    label: AttrValue,
    error: Option<AttrValue>,
) -> TextFieldProps {
    TextFieldProps {
        id: key.id().into(),
        label,
        value: state.text(key).to_owned().into(),
        error,
        on_input: on_text.reform(move |t| (key, t)),
        ..TextFieldProps::default()
    }
}

/// The labelled input with its hint and error message.
pub fn text_field(props: &TextFieldProps) -> Html {
    let on_input = props.on_input.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
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
        <div ~className={if invalid { "field invalid" } else { "field" }}>
            <label for={id.clone()}>
                { &props.label }
                if props.optional { <span class="optional">{ " (optional)" }</span> }
            </label>
            <input id={id.clone()} name={id.clone()} type="text" autocomplete="off" spellcheck="false"
                inputmode={props.inputmode.clone()} placeholder={props.placeholder.clone()}
                value={props.value.clone()} aria-invalid={invalid.to_string()}
                aria-describedby={described} oninput={on_input} />
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            <p class="error" id={error_id} aria-live="polite">
                { props.error.clone().unwrap_or_default() }
            </p>
        </div>
    }
}
