//! Every tier scheme and every published definition of "micro", side by side,
//! with the account placed in each.

use yew::prelude::*;

use super::source_cite::SourceCite;
use super::tier_panel::{band_text, range_text};
use crate::calc::tier::{Tier, MICRO_DEFINITIONS, SCHEMES};

#[derive(Properties, PartialEq)]
pub struct SchemesTableProps {
    pub followers: Option<u64>,
    /// The id of the scheme the user picked, highlighted.
    pub chosen: &'static str,
}

#[component]
pub fn SchemesTable(props: &SchemesTableProps) -> Html {
    html! {
    <section class="panel" aria-labelledby="schemes-heading">
        <h2 id="schemes-heading">{ "Every tier scheme side by side" }</h2>
        <div class="table-scroll">
        <table>
            <caption>{ "Publishers disagree on where tiers start and end. Ranges include both ends shown." }</caption>
            <thead><tr>
                <th scope="col">{ "Scheme" }</th>
                <th scope="col">{ "This account" }</th>
                <th scope="col">{ "Micro means" }</th>
            </tr></thead>
            <tbody>
            { for SCHEMES.iter().map(|s| {
                let here = props.followers.map(|f| s.band(f));
                let micro = s.bands.iter().find(|b| b.tier == Tier::Micro);
                html! {
                    <tr class={classes!((s.id == props.chosen).then_some("chosen"))}>
                        <th scope="row"><SourceCite source={s.source} compact=true /></th>
                        <td>{ here.map_or_else(String::new, |b| b.tier.name().to_owned()) }<span class="note">{ here.map(|b| band_text(&b)).unwrap_or_default() }</span></td>
                        <td>{ micro.map_or_else(String::new, band_text) }</td>
                    </tr>
                }
            }) }
            { for MICRO_DEFINITIONS.iter().map(|d| {
                let here = props.followers.map(|f| if d.contains(f) { "Micro" } else { "Not micro" });
                html! {
                    <tr>
                        <th scope="row"><SourceCite source={d.source} compact=true /></th>
                        <td>{ here.unwrap_or_default() }</td>
                        <td>{ range_text(d.from, Some(d.to)) }</td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
        </div>
    </section>
    }
}
