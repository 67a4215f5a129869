//! A citation: publisher, year, kind of evidence, sample, and a link where one
//! exists. Written as markup: it is called from a dozen places, most of them
//! tables.

use yew::prelude::*;

use super::markup::Markup;
use crate::calc::sources::Source;

/// The citation for `s`; `compact` gives name, year and kind only.
pub fn cite(s: Source, compact: bool) -> Html {
    let mut m = Markup::default();
    write_cite(&mut m, s, compact);
    m.html()
}

/// Appends the citation for `s` to `m`.
pub fn write_cite(m: &mut Markup, s: Source, compact: bool) {
    m.raw(r#"<span class="cite">"#);
    if s.url.is_empty() {
        m.raw(r#"<span class="source-name">"#)
            .text(s.name)
            .raw("</span>");
    } else {
        m.raw(r#"<a class="source-name" target="_blank" rel="noopener noreferrer" href=""#)
            .text(s.url)
            .raw(r#"">"#)
            .text(s.name)
            .raw("</a>");
    }
    m.raw(", ");
    match s.year {
        Some(y) => m.text(&y.to_string()),
        None => m.raw("year not stated"),
    };
    m.raw(" (").text(s.kind.name()).raw(")");
    if !compact {
        m.raw("; sample: ").text(s.sample);
    }
    m.raw("</span>");
}
