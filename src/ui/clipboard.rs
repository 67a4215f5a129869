//! The clipboard, for the rate card, the share link and the embed snippet.

use wasm_bindgen_futures::JsFuture;

/// Copies `text` to the clipboard; `false` where the page may not (a
/// sandboxed frame, an old browser).
pub async fn copy(text: &str) -> bool {
    match web_sys::window() {
        Some(w) => JsFuture::from(w.navigator().clipboard().write_text(text))
            .await
            .is_ok(),
        None => false,
    }
}
