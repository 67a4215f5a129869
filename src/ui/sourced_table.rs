//! A table of sourced lines: what, how much, and whose figure. Wide tables
//! scroll sideways on phones in a region the keyboard can reach.

use yew::prelude::*;

use super::source_cite::SourceCite;
use crate::calc::sources::Source;

/// One line: a label with its note, an amount, and the source.
#[derive(Clone, Debug, PartialEq)]
pub struct SourcedRow {
    pub label: AttrValue,
    pub note: AttrValue,
    pub amount: AttrValue,
    pub source: Source,
}

#[derive(Properties, PartialEq)]
pub struct SourcedTableProps {
    /// What the table is, for screen readers and the scroll region's name.
    pub caption: AttrValue,
    /// Headings of the label and amount columns; the third is "Source".
    pub headings: (&'static str, &'static str),
    pub rows: Vec<SourcedRow>,
}

#[component]
pub fn SourcedTable(props: &SourcedTableProps) -> Html {
    html! {
        <Scroll label={props.caption.clone()}>
            <table>
                <caption>{ &props.caption }</caption>
                <thead><tr>
                    <th scope="col">{ props.headings.0 }</th>
                    <th scope="col">{ props.headings.1 }</th>
                    <th scope="col">{ "Source" }</th>
                </tr></thead>
                <tbody>
                { for props.rows.iter().map(|r| html! {
                    <tr>
                        <th scope="row">{ r.label.clone() }<span class="note">{ r.note.clone() }</span></th>
                        <td class="num">{ r.amount.clone() }</td>
                        <td><SourceCite source={r.source} compact=true /></td>
                    </tr>
                }) }
                </tbody>
            </table>
        </Scroll>
    }
}

#[derive(Properties, PartialEq)]
pub struct ScrollProps {
    pub label: AttrValue,
    pub children: Html,
}

/// A region that scrolls sideways when its table is wider than the screen;
/// focusable, so keyboard users can scroll it too.
#[component]
pub fn Scroll(props: &ScrollProps) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={props.label.clone()}>
            { props.children.clone() }
        </div>
    }
}
