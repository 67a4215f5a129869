//! A table of sourced lines: what, how much, and whose figure. Wide tables
//! scroll sideways on phones in a region the keyboard can reach.

use yew::prelude::*;

use super::source_cite::cite;
use crate::calc::sources::Source;

/// One line: a label with its note, an amount, and the source.
#[derive(Clone, Debug, PartialEq)]
pub struct SourcedRow {
    pub label: AttrValue,
    pub note: AttrValue,
    pub amount: AttrValue,
    pub source: Source,
}

/// The table of `rows` under `caption`: the label and amount columns headed
/// by `headings`, the third "Source".
pub fn sourced_table(
    caption: &'static str,
    headings: (&'static str, &'static str),
    rows: &[SourcedRow],
) -> Html {
    scroll(
        caption.into(),
        html! {
            <table>
                <caption>{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ headings.0 }</th>
                    <th scope="col">{ headings.1 }</th>
                    <th scope="col">{ "Source" }</th>
                </tr></thead>
                <tbody>
                { for rows.iter().map(|r| html! {
                    <tr>
                        <th scope="row">{ r.label.clone() }<span class="note">{ r.note.clone() }</span></th>
                        <td class="num">{ r.amount.clone() }</td>
                        <td>{ cite(r.source, true) }</td>
                    </tr>
                }) }
                </tbody>
            </table>
        },
    )
}

/// A region that scrolls sideways when its table is wider than the screen;
/// focusable, so keyboard users can scroll it too.
pub fn scroll(label: AttrValue, table: Html) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={label}>
            { table }
        </div>
    }
}
