//! The verdict against published benchmarks, with every figure and its source.

use yew::prelude::*;

use super::gauge::Gauge;
use super::intl;
use super::source_cite::SourceCite;
use crate::calc::benchmarks::{Band, RateKind};
use crate::calc::platform::Platform;
use crate::calc::verdict::{Assessment, UnknownReason, Verdict};

#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    pub assessment: Assessment,
    pub platform: Platform,
    pub followers: Option<u64>,
    pub followers_label: &'static str,
}

fn figure_text(b: &Band) -> String {
    if (b.high - b.low).abs() < f64::EPSILON {
        intl::percent(b.typical)
    } else {
        format!("{} – {}", intl::percent(b.low), intl::percent(b.high))
    }
}

#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let a = &props.assessment;
    let kind_text = match a.rate {
        Some((RateKind::PerView, _)) => "engagement rate by views",
        _ => "engagement rate",
    };
    let summary = match (a.rate, a.typical_range, props.followers) {
        (Some((_, value)), Some((low, high)), Some(f)) => format!(
            "Your {kind_text} of {} against a typical {} to {} for {} accounts with {} {}.",
            intl::percent(value),
            intl::percent(low),
            intl::percent(high),
            props.platform.name(),
            intl::count(f),
            props.followers_label.to_ascii_lowercase(),
        ),
        _ => a
            .unknown_reason
            .map(UnknownReason::explain)
            .unwrap_or_default()
            .to_owned(),
    };
    let used = a.figures.iter().filter(|f| f.used).count();
    let spread = a.disagreement.filter(|_| used > 1).map(|d| {
        format!(
            "The {used} sources used differ by up to {}× in their typical figure.",
            intl::number(d, 1)
        )
    });
    html! {
        <section class="panel" aria-labelledby="verdict-heading">
            <h2 id="verdict-heading">{ "Against benchmarks" }</h2>
            <p class="headline">
                <output name="verdict" data-value={a.verdict.id()}
                    class={classes!("verdict", format!("verdict-{}", a.verdict.id()))}>
                    { a.verdict.name() }
                </output>
            </p>
            <p>{ summary }</p>
            if let (Some((_, value)), Some((floor, ceiling))) = (a.rate, a.typical_range) {
                <Gauge value={value} floor={floor} ceiling={ceiling}
                    marks={a.figures.iter().filter(|f| f.used).map(|f| f.band.typical).collect::<Vec<_>>()} />
            }
            if let Some(s) = spread { <p class="note">{ s }</p> }
            if a.verdict != Verdict::Unknown {
                <p class="note">
                    { "Below the lowest published figure is below typical; above the highest is above; more than twice the highest is far above (this calculator's own cut-off)." }
                </p>
            }
            if !a.figures.is_empty() {
                <div class="table-scroll">
                <table class="figures">
                    <caption>{ format!("Published {} figures for this follower count", props.platform.name()) }</caption>
                    <thead><tr>
                        <th scope="col">{ "Source" }</th>
                        <th scope="col">{ "Formula" }</th>
                        <th scope="col">{ "Figure" }</th>
                        <th scope="col">{ "In verdict" }</th>
                    </tr></thead>
                    <tbody>
                    { for a.figures.iter().map(|f| {
                        let b = f.benchmark;
                        let reason = if f.used {
                            "Yes".to_owned()
                        } else if let Some(e) = b.excluded {
                            format!("No: {}", e.describe())
                        } else {
                            "No: compared with your other rate".to_owned()
                        };
                        html! {
                            <tr class={classes!(f.used.then_some("chosen"))}>
                                <th scope="row">
                                    <SourceCite source={b.source} />
                                    <span class="note">{ b.caveat }</span>
                                </th>
                                <td>{ b.formula.describe() }<span class="note">{ b.statistic }</span></td>
                                <td class="num">{ figure_text(&f.band) }</td>
                                <td>{ reason }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
            }
        </section>
    }
}
