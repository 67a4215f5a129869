//! A table of sourced lines: what, how much, and whose figure.

use yew::prelude::*;

use super::source_cite::SourceCite;
use crate::calc::source::Source;

/// One line: a label with its note, an amount, and the source.
#[derive(Clone, Debug, PartialEq)]
pub struct SourcedRow {
    pub label: AttrValue,
    pub note: AttrValue,
    pub amount: String,
    pub source: Source,
}

#[derive(Properties, PartialEq)]
pub struct SourcedTableProps {
    /// Headings of the label and amount columns; the third is "Source".
    pub headings: (&'static str, &'static str),
    pub rows: Vec<SourcedRow>,
}

#[component]
pub fn SourcedTable(props: &SourcedTableProps) -> Html {
    html! {
        <div class="table-scroll">
        <table>
            <thead><tr>
                <th scope="col">{ props.headings.0 }</th>
                <th scope="col">{ props.headings.1 }</th>
                <th scope="col">{ "Source" }</th>
            </tr></thead>
            <tbody>
            { for props.rows.iter().map(|r| html! {
                <tr>
                    <th scope="row">{ r.label.clone() }<span class="note">{ r.note.clone() }</span></th>
                    <td class="num">{ &r.amount }</td>
                    <td><SourceCite source={r.source} compact=true /></td>
                </tr>
            }) }
            </tbody>
        </table>
        </div>
    }
}
