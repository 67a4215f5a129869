//! Reading and writing the page's query string. Every failure is silent: in a
//! sandboxed iframe `history` may refuse, and the calculator works regardless.

use wasm_bindgen::JsValue;

use crate::query::Query;

/// The query of the page's address.
#[must_use]
pub fn current_query() -> Query {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    Query::parse(&search)
}

/// Replaces the address's query (no new history entry).
pub fn replace_query(query: &Query) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{}", query.to_search());
    if let Ok(history) = window.history() {
        // A sandboxed or file:// page may refuse; the URL then simply stays as it was.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The browser's preferred language tag ("en-GB"), or "" when unknown.
#[must_use]
pub fn browser_locale() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}
