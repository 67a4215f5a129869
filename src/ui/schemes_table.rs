//! Every tier scheme and every published definition of "micro", side by side,
//! with the account placed in each.

use yew::prelude::*;

use super::source_cite::cite;
use super::sourced_table::scroll;
use super::tier_panel::span_text;
use crate::calc::choice::Choice;
use crate::calc::tier::{Scheme, Tier, MICRO_DEFINITIONS};

/// What the table compares.
pub struct SchemesTableProps {
    pub followers: Option<u64>,
    /// The scheme the user picked, highlighted.
    pub chosen: Scheme,
}

/// The table, built only when opened (see [`super::deferred`]).
pub fn schemes_table(props: &SchemesTableProps) -> Html {
    let caption =
        "Publishers disagree on where tiers start and end. Ranges include both ends shown.";
    scroll(
        "Every tier scheme".into(),
        html! {
        <table>
            <caption>{ caption }</caption>
            <thead><tr>
                <th scope="col">{ "Scheme" }</th>
                <th scope="col">{ "This account" }</th>
                <th scope="col">{ "Micro means" }</th>
            </tr></thead>
            <tbody>
            { for Scheme::ALL.iter().map(|&s| {
                let table = s.table();
                let here = props.followers.map(|f| table.band(f));
                let micro = table.band_of(Tier::Micro);
                html! {
                    <tr class={(s == props.chosen).then_some("chosen")}>
                        <th scope="row">{ s.name() }<span class="note">{ cite(table.source, true) }</span></th>
                        <td>{ here.map(|b| b.tier.name()).unwrap_or_default() }<span class="note">{ here.map(|b| span_text(b.span)).unwrap_or_default() }</span></td>
                        <td>{ micro.map(|b| span_text(b.span)).unwrap_or_default() }</td>
                    </tr>
                }
            }) }
            { for MICRO_DEFINITIONS.iter().map(|d| {
                let here = props.followers.map(|f| if d.span.contains(f) { "Micro" } else { "Not micro" });
                html! {
                    <tr>
                        <th scope="row">{ cite(d.source, true) }</th>
                        <td>{ here.unwrap_or_default() }</td>
                        <td>{ span_text(d.span) }</td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
        },
    )
}
