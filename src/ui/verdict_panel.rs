//! The verdict against published benchmarks, with every figure and its source.

use std::rc::Rc;

use yew::prelude::*;

use super::deferred::deferred;
use super::disclosure::Disclosure;
use super::gauge::{gauge, GaugeProps};
use super::intl;
use super::source_cite::cite;
use super::sourced_table::scroll;
use super::tier_panel::span_text;
use crate::calc::benchmarks::Band;
use crate::calc::choice::Choice;
use crate::calc::platform::Platform;
use crate::calc::typical::FADE_DOUBLINGS;
use crate::calc::verdict::{Assessment, Figure, FAR_ABOVE_FACTOR};

#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    pub assessment: Assessment,
    pub platform: Platform,
    pub followers: Option<u64>,
    /// "followers" or "subscribers".
    pub noun: AttrValue,
}

fn figure_text(b: &Band) -> String {
    if (b.high - b.low).abs() < f64::EPSILON {
        intl::percent(b.typical)
    } else {
        format!("{} – {}", intl::percent(b.low), intl::percent(b.high))
    }
}

struct FiguresProps {
    figures: Vec<Figure>,
    platform: Platform,
}

/// Every published figure for this size, built only when opened.
fn figures_table(props: &FiguresProps) -> Html {
    let caption = format!("Published {} figures for this size", props.platform.name());
    scroll(
        caption.clone().into(),
        html! {
        <table class="figures">
            <caption>{ caption }</caption>
            <thead><tr>
                <th scope="col">{ "Source" }</th>
                <th scope="col">{ "Formula" }</th>
                <th scope="col">{ "Figure" }</th>
                <th scope="col">{ "In verdict" }</th>
            </tr></thead>
            <tbody>
            { for props.figures.iter().map(|f| {
                let b = f.benchmark;
                let reason = match (f.used, b.excluded, f.band) {
                    (true, _, Some(_)) => "Yes".to_owned(),
                    (true, _, None) => "Eased in from the nearest size it covers".to_owned(),
                    (false, Some(e), _) => format!("No: {}", e.describe()),
                    (false, None, _) => "No: compared with your other rate".to_owned(),
                };
                html! {
                    <tr class={f.used.then_some("chosen")}>
                        <th scope="row">{ cite(b.source, false) }<span class="note">{ b.caveat }</span></th>
                        <td>{ b.formula.describe() }<span class="note">{ b.statistic }</span></td>
                        <td class="num">
                            { f.band.map(|x| figure_text(&x)).unwrap_or_default() }
                            <span class="note">{ f.band.map(|x| span_text(x.span)).unwrap_or_default() }</span>
                        </td>
                        <td>{ reason }</td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
        },
    )
}

/// The verdict panel.
pub fn verdict_panel(props: &VerdictPanelProps) -> Html {
    let a = &props.assessment;
    let summary = match (a.rate, &a.typical, props.followers) {
        (Some((kind, value)), Some(t), Some(f)) => format!(
            "Your {} of {} against a typical {} to {} for {} accounts with {} {}.",
            kind.name(),
            intl::percent(value),
            intl::percent(t.floor),
            intl::percent(t.ceiling),
            props.platform.name(),
            intl::count(f),
            props.noun,
        ),
        _ => a
            .unknown_reason
            .map(|r| r.explain(props.platform))
            .unwrap_or_default()
            .to_owned(),
    };
    let evidence = a.typical.as_ref().map(|t| match (t.only_source(), t.disagreement()) {
        (Some(s), _) => html! { <p class="note one-source">{ "Based on one source: " }{ cite(s, true) }{ "." }</p> },
        (None, Some(d)) => html! {
            <p class="note">{ format!(
                "{} sources cover this size; their typical figures differ by up to {}×.",
                t.sources().count(), intl::number(d, 1)
            ) }</p>
        },
        (None, None) => html! {},
    });
    html! {
        <section class="panel" aria-labelledby="verdict-heading">
            <h2 id="verdict-heading">{ format!("Against benchmarks: {}", a.verdict.name()) }</h2>
            <p>{ summary }</p>
            if let (Some((_, value)), Some(t)) = (a.rate, &a.typical) {
                { gauge(&GaugeProps {
                    value,
                    floor: t.floor,
                    ceiling: t.ceiling,
                    marks: t.contributions.iter().filter(|c| c.presence >= 1.0).map(|c| c.typical).collect(),
                }) }
            }
            { evidence.unwrap_or_default() }
            if a.typical.is_some() {
                <p class="note">
                    { format!(
                        "Below the typical range is below typical; above it, above; more than {FAR_ABOVE_FACTOR} times its top, far above (this calculator's own cut-off). \
                         Each source's figures are read without steps between its size bands, and a source is eased in over {FADE_DOUBLINGS} doubling of followers beyond the sizes it covers, so one follower more never flips the verdict."
                    ) }
                </p>
            }
            if !a.figures.is_empty() {
                <Disclosure summary="Every published figure for this size">
                    { deferred({
                        let p = FiguresProps { figures: a.figures.clone(), platform: props.platform };
                        Rc::new(move || figures_table(&p))
                    }) }
                </Disclosure>
            }
        </section>
    }
}
