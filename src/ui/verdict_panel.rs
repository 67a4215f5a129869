//! The verdict against published benchmarks, with every figure and its source.

use std::rc::Rc;

use yew::prelude::*;

use super::deferred::deferred;
use super::disclosure::Disclosure;
use super::gauge::{gauge, GaugeProps};
use super::intl;
use super::markup::Markup;
use super::source_cite::write_cite;
use super::sourced_table::open_scroll;
use super::tier_panel::span_text;
use crate::calc::benchmarks::Band;
use crate::calc::choice::Choice;
use crate::calc::platform::Platform;
use crate::calc::typical::FADE_DOUBLINGS;
use crate::calc::verdict::{Assessment, Figure, UnknownReason, FAR_ABOVE_FACTOR};

#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    pub assessment: Assessment,
    pub platform: Platform,
    pub followers: Option<u64>,
    /// "followers" or "subscribers".
    pub noun: AttrValue,
    /// What a rate waits for: "Add likes and comments", "Correct followers".
    pub waiting: String,
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
    let mut m = Markup::default();
    open_scroll(&mut m, &caption);
    m.raw(r#"<table class="figures"><caption>"#).text(&caption);
    m.raw(r#"</caption><thead><tr><th scope="col">Source</th><th scope="col">Formula</th><th scope="col">Figure</th><th scope="col">In verdict</th></tr></thead><tbody>"#);
    for f in &props.figures {
        let b = f.benchmark;
        m.raw(if f.used {
            r#"<tr class="chosen"><th scope="row">"#
        } else {
            r#"<tr><th scope="row">"#
        });
        write_cite(&mut m, b.source, false);
        m.raw(r#"<span class="note">"#).text(b.caveat);
        m.raw(r#"</span></th><td data-label="Formula">"#)
            .text(b.formula.describe());
        m.raw(r#"<span class="note">"#).text(b.statistic);
        m.raw(r#"</span></td><td class="num" data-label="Figure">"#);
        if let Some(x) = f.band {
            m.text(&figure_text(&x))
                .raw(r#"<span class="note">"#)
                .text(&span_text(x.span));
        } else {
            m.raw(r#"<span class="note">"#);
        }
        m.raw(r#"</span></td><td data-label="In verdict">"#);
        match (f.used, b.excluded, f.band) {
            (true, _, Some(_)) => m.raw("Yes"),
            (true, _, None) => m.raw("Eased in from the nearest size it covers"),
            (false, Some(e), _) => m.raw("No: ").text(e.describe()),
            (false, None, _) => m.raw("No: compared with your other rate"),
        };
        m.raw("</td></tr>");
    }
    m.raw("</tbody></table></div>");
    m.html()
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
        _ => match a.unknown_reason {
            Some(UnknownReason::NoRate) => format!("{} to compare.", props.waiting),
            r => r
                .map(|r| r.explain(props.platform))
                .unwrap_or_default()
                .to_owned(),
        },
    };
    let mut head = Markup::of(r#"<h2 id="verdict-heading">Against benchmarks: "#);
    head.text(a.label())
        .raw("</h2><p>")
        .text(&summary)
        .raw("</p>");
    let mut notes = Markup::default();
    if let Some(t) = &a.typical {
        match (t.only_source(), t.disagreement()) {
            (Some(s), _) => {
                notes.raw(r#"<p class="note one-source">Based on one source: "#);
                write_cite(&mut notes, s, true);
                notes.raw(".</p>");
            }
            (None, Some(d)) => {
                notes.note(&format!(
                    "{} sources cover this size; their typical figures differ by up to {}×.",
                    t.sources().count(),
                    intl::number(d, 1)
                ));
            }
            (None, None) => {}
        }
        notes.note(&format!(
            "Below the typical range is below typical; above it, above; more than {FAR_ABOVE_FACTOR} times its top, far above (this calculator's own cut-off). \
             Each source's figures are read without steps between its size bands, and a source is eased in over {FADE_DOUBLINGS} doubling of followers beyond the sizes it covers, so one follower more never flips the verdict."
        ));
    }
    html! {
        <section class="panel" aria-labelledby="verdict-heading">
            { head.html() }
            if let (Some((_, value)), Some(t)) = (a.rate, &a.typical) {
                { gauge(&GaugeProps {
                    value,
                    floor: t.floor,
                    ceiling: t.ceiling,
                    marks: t.contributions.iter().filter(|c| c.presence >= 1.0).map(|c| c.typical).collect(),
                }) }
            }
            { notes.html() }
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
