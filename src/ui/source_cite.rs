//! A citation: publisher, year, kind of evidence, sample, and a link where one
//! exists.

use yew::prelude::*;

use crate::calc::sources::Source;

#[derive(Properties, PartialEq)]
pub struct SourceCiteProps {
    pub source: Source,
    /// Name, year and kind only.
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
    let detail = if props.compact {
        format!(", {year} ({})", s.kind.name())
    } else {
        format!(", {year} ({}); sample: {}", s.kind.name(), s.sample)
    };
    html! { <span class="cite">{ name }{ detail }</span> }
}
