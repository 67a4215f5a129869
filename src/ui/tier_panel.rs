//! The tier under the chosen scheme, a scale showing where the count sits, and
//! how the other schemes name the same account.

use yew::prelude::*;

use super::choice_field::ChoiceField;
use super::intl;
use super::tier_scale::TierScale;
use crate::calc::tier::{
    consensus, micro_definitions_including, TierBand, TierScheme, MICRO_DEFINITIONS, SCHEMES,
};

#[derive(Properties, PartialEq)]
pub struct TierPanelProps {
    pub followers: Option<u64>,
    pub followers_label: &'static str,
    pub scheme: &'static TierScheme,
    pub on_scheme: Callback<String>,
}

/// "Across 9 published schemes: micro in 7, mid-tier in 2. 4 of 5 article
/// definitions of micro include it."
fn consensus_text(followers: u64) -> String {
    let counts = consensus(followers);
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let parts = counts
        .iter()
        .map(|(t, n)| format!("{} in {n}", t.name().to_ascii_lowercase()))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "Across {total} published schemes: {parts}. {} of {} article definitions of micro include it.",
        micro_definitions_including(followers),
        MICRO_DEFINITIONS.len()
    )
}

/// "10,000–49,999" or "1,000,000+".
#[must_use]
pub fn range_text(from: u64, to: Option<u64>) -> String {
    match to {
        Some(to) => format!(
            "{}–{}",
            intl::count(from),
            intl::count(to.saturating_sub(1))
        ),
        None => format!("{}+", intl::count(from)),
    }
}

#[must_use]
pub fn band_text(band: &TierBand) -> String {
    range_text(band.from, band.to)
}

#[component]
pub fn TierPanel(props: &TierPanelProps) -> Html {
    let band = props.followers.map(|f| props.scheme.band(f));
    let value = band.map_or("", |b| b.tier.id());
    let options = SCHEMES
        .iter()
        .map(|s| (s.id, s.source.name))
        .collect::<Vec<_>>();
    let noun = props.followers_label.to_ascii_lowercase();
    html! {
        <section class="panel" aria-labelledby="tier-heading">
            <h2 id="tier-heading">{ "Tier" }</h2>
            <p class="headline">
                <output name="tier" for="followers" data-value={value}>
                    { band.map_or_else(|| "Enter followers".to_owned(), |b| b.tier.name().to_owned()) }
                </output>
                if let Some(b) = band {
                    <span class="sub">{ format!(" {} {noun}", band_text(&b)) }</span>
                }
            </p>
            <TierScale scheme={props.scheme} followers={props.followers} />
            <ChoiceField
                id="scheme"
                label="Tier scheme"
                options={options}
                selected={props.scheme.id}
                hint={props.scheme.note}
                on_change={props.on_scheme.clone()}
            />
            if let Some(f) = props.followers {
                <p class="note">
                    { consensus_text(f) }
                    { " " }<a href="#schemes-heading">{ "See every scheme" }</a>
                </p>
            }
        </section>
    }
}
