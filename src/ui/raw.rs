//! Markup with nothing dynamic in it (headings, notes, hints we write
//! ourselves), handed to the browser as one string: the text ships as data
//! instead of code that builds each element. Only for our own constant
//! strings, never for anything typed or read from a link.

use yew::prelude::*;

/// `html` as written; it must be constant markup from this crate.
pub fn raw(html: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(html))
}
