//! A pasted table's text, or an opened CSV file's, reported under its key.

use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::state::Key;

/// The textarea's text on each input, as `(key, text)`.
#[must_use]
pub fn on_paste(key: Key, on_text: &Callback<(Key, String)>) -> Callback<InputEvent> {
    on_text.reform(move |e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        (key, area.value())
    })
}

/// The chosen file's text once read, as `(key, text)`; a file that cannot be
/// read as text changes nothing.
#[must_use]
pub fn on_file(key: Key, on_text: &Callback<(Key, String)>) -> Callback<Event> {
    let on_text = on_text.clone();
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            let on_text = on_text.clone();
            yew::platform::spawn_local(async move {
                if let Some(text) = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string())
                {
                    on_text.emit((key, text));
                }
            });
        }
    })
}
