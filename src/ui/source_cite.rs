//! A citation: publisher, year, kind of evidence, sample, and a link where one
//! exists. A plain function, not a component: it is called from a dozen
//! places, and a component costs its own lifecycle code in the build.

use yew::prelude::*;

use crate::calc::sources::Source;

/// The citation for `s`; `compact` gives name, year and kind only.
pub fn cite(s: Source, compact: bool) -> Html {
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
    let detail = if compact {
        format!(", {year} ({})", s.kind.name())
    } else {
        format!(", {year} ({}); sample: {}", s.kind.name(), s.sample)
    };
    html! { <span class="cite">{ name }{ detail }</span> }
}
