//! A table of sourced lines: what, how much, and whose figure. Wide tables
//! scroll sideways on phones in a region the keyboard can reach.

use yew::prelude::*;

use super::markup::Markup;
use super::source_cite::write_cite;
use crate::calc::sources::Source;

/// One line: a label with its note, an amount, and the source.
#[derive(Clone, Debug, PartialEq)]
pub struct SourcedRow {
    pub label: AttrValue,
    pub note: AttrValue,
    pub amount: AttrValue,
    /// A word on the amount, on its own line under it ("yours is below").
    pub remark: Option<&'static str>,
    pub source: Source,
}

/// The table of `rows` under `caption`: the label and amount columns headed
/// by `headings`, the third "Source".
pub fn sourced_table(
    caption: &'static str,
    headings: (&'static str, &'static str),
    rows: &[SourcedRow],
) -> Html {
    let mut m = Markup::default();
    open_scroll(&mut m, caption);
    m.raw("<table><caption>").text(caption);
    m.raw(r#"</caption><thead><tr><th scope="col">"#)
        .text(headings.0);
    m.raw(r#"</th><th scope="col">"#).text(headings.1);
    m.raw(r#"</th><th scope="col">Source</th></tr></thead><tbody>"#);
    for r in rows {
        m.raw(r#"<tr><th scope="row">"#).text(&r.label);
        m.raw(r#"<span class="note">"#).text(&r.note);
        m.raw(r#"</span></th><td class="num">"#).text(&r.amount);
        if let Some(remark) = r.remark {
            m.raw(r#"<span class="note">"#).raw(remark).raw("</span>");
        }
        m.raw("</td><td>");
        write_cite(&mut m, r.source, true);
        m.raw("</td></tr>");
    }
    m.raw("</tbody></table></div>");
    m.html()
}

/// Opens the region a wide table scrolls sideways in, focusable so keyboard
/// users can scroll it too; close it with `</div>`.
pub fn open_scroll(m: &mut Markup, label: &str) {
    m.raw(r#"<div class="table-scroll" tabindex="0" role="region" aria-label=""#)
        .text(label)
        .raw(r#"">"#);
}
