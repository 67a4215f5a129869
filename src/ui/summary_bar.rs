//! On a phone the results sit below the form: a bar pinned to the bottom of
//! the screen keeps the headline figures in view while typing.

use yew::prelude::*;

/// At most this many figures: the bar covers the page it summarises, so it
/// stays one or two lines on a phone (a sales campaign leads with five).
const MAX_PARTS: usize = 3;

/// The bar for the first [`MAX_PARTS`] of `parts`: short figures already
/// written for people ("Micro", "4.13%", "$166–$249"); nothing when there
/// are none.
pub fn summary_bar(parts: &[String]) -> Html {
    if parts.is_empty() {
        return html! {};
    }
    html! {
        <nav class="summary-bar" aria-label="Results at a glance">
            <span class="glance">
                { for parts.iter().take(MAX_PARTS).map(|p| html! { <span class="part">{ p }</span> }) }
            </span>
            <a href="#results">{ "See results" }</a>
        </nav>
    }
}
