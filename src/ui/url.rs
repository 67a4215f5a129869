//! Reading and writing the page's query string through the browser's
//! `URLSearchParams`, which does the percent-encoding both ways. Every failure
//! is silent: in a sandboxed iframe `history` may refuse, and the calculator
//! works regardless.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::UrlSearchParams;

use crate::query::Query;

/// The query of the page's address.
#[must_use]
pub fn current_query() -> Query {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    parse(&search)
}

/// Reads `?a=1&b=2` with the browser's own decoder.
#[must_use]
pub fn parse(search: &str) -> Query {
    let Ok(params) = UrlSearchParams::new_with_str(search) else {
        return Query::default();
    };
    let pairs = js_sys::try_iter(&params)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect();
    Query::from_pairs(pairs)
}

/// `?a=1&b=2`, or "" for an empty query.
#[must_use]
pub fn search(query: &Query) -> String {
    let Ok(params) = UrlSearchParams::new() else {
        return String::new();
    };
    for (key, value) in query.pairs() {
        params.append(key, value);
    }
    let text = String::from(params.to_string());
    if text.is_empty() {
        text
    } else {
        format!("?{text}")
    }
}

/// Replaces the address's query (no new history entry).
pub fn replace_query(query: &Query) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    // The fragment stays: "See results" may have been followed since typing.
    let hash = location.hash().unwrap_or_default();
    let url = format!("{path}{}{hash}", search(query));
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
