//! The fair fee explained: where the published methods put this account, each
//! with its source and kind, the package built from the base post, and the
//! working line by line.

use std::rc::Rc;

use yew::prelude::*;

use super::deferred::deferred;
use super::disclosure::Disclosure;
use super::fee_chart::methods_chart;
use super::intl;
use super::markup::{note, raw, Markup};
use super::sourced_table::{sourced_table, SourcedRow};
use super::summary::money;
use crate::calc::choice::Choice;
use crate::calc::currency::{Currency, RATES_DATE};
use crate::calc::deliverable::Deliverable;
use crate::calc::fee::{FeeEstimate, Value};
use crate::calc::format::Rounding;
use crate::calc::platform::Platform;

#[derive(Properties, PartialEq)]
pub struct FeePanelProps {
    /// `None` until followers are known.
    pub estimate: Option<FeeEstimate>,
    pub platform: Platform,
    pub currency: Currency,
    /// What the estimate waits for: "Enter followers", "Correct subscribers".
    pub waiting: String,
}

fn value_text(value: &Value, c: Currency) -> String {
    let amount = |usd: f64| money(c.from_usd(usd), c, Rounding::Nearest);
    match *value {
        Value::Usd(usd) => amount(usd),
        Value::UsdRange(r) => format!(
            "{} – {} (median {})",
            money(c.from_usd(r.low), c, Rounding::Down),
            money(c.from_usd(r.high), c, Rounding::Up),
            amount(r.typical)
        ),
        Value::PercentRange(low, high) => {
            format!("{} – {}", intl::percent(low), intl::percent(high))
        }
        Value::Factor(f) => format!("× {}", intl::number(f, 2)),
        Value::Item {
            quantity,
            multiplier,
            usd,
            ..
        } => format!(
            "{quantity} × {} = {}",
            intl::number(multiplier, 2),
            amount(usd)
        ),
        Value::Premium { share, usd } => {
            let range = if (share.high - share.low).abs() < 1e-9 {
                String::new()
            } else {
                format!(
                    " ({}–{})",
                    intl::percent(share.low * 100.0),
                    intl::percent(share.high * 100.0)
                )
            };
            format!(
                "+{}{range} = {}",
                intl::percent(share.typical * 100.0),
                amount(usd)
            )
        }
        Value::Note => String::new(),
    }
}

struct WorkingProps {
    estimate: FeeEstimate,
    currency: Currency,
}

/// The working as a table, built only when opened.
fn working(props: &WorkingProps) -> Html {
    let rows: Vec<SourcedRow> = props
        .estimate
        .working
        .iter()
        .map(|line| SourcedRow {
            label: line.label.clone().into(),
            note: line.note.clone().into(),
            amount: value_text(&line.value, props.currency).into(),
            remark: None,
            source: line.source,
        })
        .collect();
    html! {
        <>
            { sourced_table("How the fee was worked out", ("Step", "Amount"), &rows) }
            { note(&format!(
                "Amounts are shown to three significant figures, the low end rounded down and the high end up; \
                 dollar figures are converted at the European Central Bank's reference rates of {}.",
                intl::date(RATES_DATE)
            )) }
        </>
    }
}

/// The fee panel.
pub fn fee_panel(props: &FeePanelProps) -> Html {
    let c = props.currency;
    let Some(e) = &props.estimate else {
        return html! {
            <section class="panel fee" aria-labelledby="fee-heading">
                { raw(r#"<h2 id="fee-heading">Fair fee</h2>"#) }
                <p class="note">{ format!("{} to see what every published method would charge.", props.waiting) }</p>
            </section>
        };
    };
    let k = &e.base.consensus;
    let at = |usd: f64, r| money(c.from_usd(usd), c, r);
    let unit = Deliverable::default_for(props.platform)
        .name()
        .to_ascii_lowercase();
    // The lowest and highest are methods' own figures, written as their rows
    // write them; the middle half is a range, rounded outwards.
    let headline = format!(
        "{} published methods price one {unit} for this account from {} to {}; half of them between {} and {}.",
        e.base.figures.len(),
        at(k.min, Rounding::Nearest),
        at(k.max, Rounding::Nearest),
        at(k.low, Rounding::Down),
        at(k.high, Rounding::Up),
    );
    let mut head =
        Markup::of(r#"<h2 id="fee-heading">Fair fee: where the published methods agree</h2><p>"#);
    head.text(&headline).raw("</p>");
    let mut package = Markup::of("<p>");
    package.text(&format!(
        "Your package at your engagement and terms: {} – {}, typically {}. An estimate to start a \
         negotiation from, not a quote: production costs are not included.",
        at(e.low, Rounding::Down),
        at(e.high, Rounding::Up),
        at(e.typical, Rounding::Nearest)
    ));
    package.raw("</p>");
    html! {
        <section class="panel fee" aria-labelledby="fee-heading">
            { head.html() }
            { methods_chart(&e.base.figures, k, c) }
            { package.html() }
            <Disclosure summary="How this was worked out, line by line" class="working">
                { deferred({
                    let p = WorkingProps { estimate: e.clone(), currency: c };
                    Rc::new(move || working(&p))
                }) }
            </Disclosure>
        </section>
    }
}
