//! A citation: publisher, year, sample, and a link where one exists.

use yew::prelude::*;

use crate::calc::source::Source;

#[derive(Properties, PartialEq)]
pub struct SourceCiteProps {
    pub source: Source,
    /// Name and year only, for conventions where the sample says nothing.
    #[prop_or_default]
    pub compact: bool,
}

#[component]
pub fn SourceCite(props: &SourceCiteProps) -> Html {
    let s = props.source;
    let year = s
        .year
        .map_or_else(|| "year not stated".to_owned(), |y| y.to_string());
    let name = if s.url.is_empty() {
        html! { <span class="source-name">{ s.name }</span> }
    } else {
        html! {
            <a class="source-name" href={s.url} target="_blank" rel="noopener noreferrer">{ s.name }</a>
        }
    };
    html! {
        <span class="cite">
            { name }
            if props.compact { { format!(", {year}") } } else { { format!(", {year}; sample: {}", s.sample) } }
        </span>
    }
}
