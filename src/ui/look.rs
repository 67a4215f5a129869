//! The colour scheme and accent an embedding page asks for, set on the root
//! element through the CSS object model (which the strict CSP allows, unlike
//! inline style attributes).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::state::Theme;

/// Sets `data-theme` (none for `auto`) and the accent colour with a readable
/// text colour on it.
pub fn apply(theme: Theme, accent: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    // Failures here leave the default look, which is always readable.
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        Theme::Light => root.set_attribute("data-theme", "light"),
        Theme::Dark => root.set_attribute("data-theme", "dark"),
    };
    let style = root.style();
    if let Some(colour) = accent {
        let _ = style.set_property("--accent", colour);
        let _ = style.set_property("--accent-text", text_on(colour));
    } else {
        let _ = style.remove_property("--accent");
        let _ = style.remove_property("--accent-text");
    }
}

/// Black or white, whichever reads better on `colour` (`#rgb` or `#rrggbb`),
/// by its relative luminance.
#[must_use]
pub fn text_on(colour: &str) -> &'static str {
    let hex = colour.trim_start_matches('#');
    let channel = |i: usize| -> f64 {
        let digits = if hex.len() == 3 {
            hex.get(i..=i).map(|d| format!("{d}{d}"))
        } else {
            hex.get(2 * i..2 * i + 2).map(str::to_owned)
        };
        let value = digits
            .and_then(|d| u8::from_str_radix(&d, 16).ok())
            .map_or(0.0, |v| f64::from(v) / 255.0);
        if value <= 0.040_45 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    // Contrast with white equals contrast with black at about 0.179.
    if luminance > 0.179 {
        "#000000"
    } else {
        "#ffffff"
    }
}
