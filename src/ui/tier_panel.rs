//! The tier under the chosen scheme, a scale showing where the count sits, and
//! every other scheme side by side.

use yew::prelude::*;

use super::choice_field::ChoiceField;
use super::intl;
use super::source_cite::SourceCite;
use super::tier_scale::TierScale;
use crate::calc::tier::{TierBand, TierScheme, MICRO_DEFINITIONS, SCHEMES};

#[derive(Properties, PartialEq)]
pub struct TierPanelProps {
    pub followers: Option<u64>,
    pub followers_label: &'static str,
    pub scheme: &'static TierScheme,
    pub on_scheme: Callback<String>,
}

/// "10,000–49,999" or "1,000,000+".
fn range_text(from: u64, to: Option<u64>) -> String {
    match to {
        Some(to) => format!(
            "{}–{}",
            intl::count(from),
            intl::count(to.saturating_sub(1))
        ),
        None => format!("{}+", intl::count(from)),
    }
}

fn band_text(band: &TierBand) -> String {
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
    let noun = props.followers_label.to_lowercase();
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
            <details class="sources" open=true>
                <summary>{ "Every scheme side by side" }</summary>
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
                        let micro = s.bands.iter().find(|b| b.tier == crate::calc::tier::Tier::Micro);
                        html! {
                            <tr class={classes!((s.id == props.scheme.id).then_some("chosen"))}>
                                <th scope="row"><SourceCite source={s.source} /></th>
                                <td>{ here.map_or_else(String::new, |b| format!("{} ({})", b.tier.name(), band_text(&b))) }</td>
                                <td>{ micro.map_or_else(String::new, band_text) }</td>
                            </tr>
                        }
                    }) }
                    { for MICRO_DEFINITIONS.iter().map(|d| {
                        let here = props.followers.map(|f| if d.contains(f) { "Micro" } else { "Not micro" });
                        html! {
                            <tr>
                                <th scope="row"><SourceCite source={d.source} /></th>
                                <td>{ here.unwrap_or_default() }</td>
                                <td>{ range_text(d.from, Some(d.to)) }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
            </details>
        </section>
    }
}
