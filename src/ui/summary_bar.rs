//! On a phone the results sit below the form: a bar pinned to the bottom of
//! the screen keeps the headline figures in view while typing.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryBarProps {
    /// Short figures already written for people: "Micro", "4.13%", "$166–$249".
    pub parts: Vec<String>,
}

#[component]
pub fn SummaryBar(props: &SummaryBarProps) -> Html {
    if props.parts.is_empty() {
        return html! {};
    }
    html! {
        <nav class="summary-bar" aria-label="Results at a glance">
            <span class="glance">
                { for props.parts.iter().map(|p| html! { <span class="part">{ p }</span> }) }
            </span>
            <a href="#results">{ "See results" }</a>
        </nav>
    }
}
