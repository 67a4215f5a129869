//! The fair fee range for the package, its working line by line, and the
//! published rules of thumb beside it.

use yew::prelude::*;

use super::fee_chart::FeeChart;
use super::intl;
use super::source_cite::SourceCite;
use super::sourced_table::{SourcedRow, SourcedTable};
use super::tier_panel::range_text;
use crate::calc::currency::{Currency, RATES_AS_OF, RATES_SOURCE};
use crate::calc::fee::{Comparison, FeeEstimate, Step, Value};

#[derive(Properties, PartialEq)]
pub struct FeePanelProps {
    /// `None` until followers are known.
    pub estimate: Option<FeeEstimate>,
    pub comparisons: Vec<Comparison>,
    pub currency: Currency,
    /// Shown beside the base price.
    #[prop_or_default]
    pub followers: Option<u64>,
}

fn value_text(value: &Value, currency: Currency) -> String {
    let money = |usd: f64| intl::money(currency.from_usd(usd), currency);
    match *value {
        Value::Usd(usd) => money(usd),
        Value::Percent(p) => intl::percent(p),
        Value::Factor(f) => format!("× {}", intl::number(f, 2)),
        Value::Item {
            quantity,
            multiplier,
            usd,
            ..
        } => {
            format!(
                "{quantity} × {} = {}",
                intl::number(multiplier, 2),
                money(usd)
            )
        }
        Value::Premium { share, usd } => {
            let range = if (share.high - share.low).abs() < f64::EPSILON {
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
                money(usd)
            )
        }
        Value::Spread { low, high } => {
            format!("× {} to × {}", intl::number(low, 2), intl::number(high, 2))
        }
        Value::Note => String::new(),
    }
}

/// A comparison's rule with its follower band, as the browser writes numbers:
/// "Rule of thumb per post, micro, 10,000–49,999 followers".
#[must_use]
pub fn comparison_label(c: &Comparison) -> String {
    match c.followers {
        None => c.label.clone(),
        Some((0, Some(to))) => format!("{}, under {} followers", c.label, intl::count(to)),
        Some((from, to)) => format!("{}, {} followers", c.label, range_text(from, to)),
    }
}

/// A comparison's range in its own currency: "$100–$500" or "$10,000+".
#[must_use]
pub fn comparison_text(c: &Comparison) -> String {
    match c.high {
        Some(high) => format!(
            "{}–{}",
            intl::money(c.low, c.currency),
            intl::money(high, c.currency)
        ),
        None => format!("{}+", intl::money(c.low, c.currency)),
    }
}

fn working_rows(e: &FeeEstimate, currency: Currency, followers: Option<u64>) -> Vec<SourcedRow> {
    e.working
        .iter()
        .map(|line| SourcedRow {
            label: match (line.step, followers) {
                (Step::Base, Some(f)) => {
                    format!("{} ({} followers)", line.label, intl::count(f)).into()
                }
                _ => line.label.clone().into(),
            },
            note: line.note.clone().into(),
            amount: value_text(&line.value, currency),
            source: line.source,
        })
        .collect()
}

fn comparison_rows(comparisons: &[Comparison]) -> Vec<SourcedRow> {
    comparisons
        .iter()
        .map(|c| SourcedRow {
            label: comparison_label(c).into(),
            note: c.note.into(),
            amount: comparison_text(c),
            source: c.source,
        })
        .collect()
}

#[component]
pub fn FeePanel(props: &FeePanelProps) -> Html {
    let currency = props.currency;
    let shown = props.estimate.as_ref().map(|e| e.shown(currency));
    let out = |name: &'static str, value: Option<f64>| {
        html! {
            <output name={name} data-value={intl::data_value(value)}>
                { value.map(|v| intl::money(v, currency)).unwrap_or_default() }
            </output>
        }
    };
    html! {
        <section class="panel fee" aria-labelledby="fee-heading">
            <h2 id="fee-heading">{ "Fair fee" }</h2>
            if let Some(range) = shown {
                <p class="headline">
                    { out("fee_low", Some(range.low)) }{ " – " }{ out("fee_high", Some(range.high)) }
                </p>
                <p>
                    { "Typically " }<strong>{ out("fee_typical", Some(range.typical)) }</strong>
                    { " for the whole package. Currency: " }
                    <output name="currency" data-value={currency.code()}>{ currency.name() }</output>
                    { ". An estimate to start a negotiation from, not a quote: production costs are not included." }
                </p>
            } else {
                <p class="headline">
                    <span class="empty">{ "Enter followers to see a fee" }</span>
                    { out("fee_low", None) }{ out("fee_typical", None) }{ out("fee_high", None) }
                </p>
                <p class="note">
                    { "Currency: " }
                    <output name="currency" data-value={currency.code()}>{ currency.name() }</output>
                </p>
            }
            if let (Some(e), Some(range)) = (&props.estimate, shown) {
                <FeeChart low={range.low} typical={range.typical} high={range.high}
                    currency={currency} comparisons={props.comparisons.clone()} />
                <details class="working" open=true>
                    <summary>{ "How this was worked out" }</summary>
                    <SourcedTable headings={("Step", "Amount")} rows={working_rows(e, currency, props.followers)} />
                    if currency != Currency::Usd {
                        <p class="note">
                            { format!("Converted from US dollars at approximate rates as of {RATES_AS_OF}: ") }
                            <SourceCite source={RATES_SOURCE} compact=true />
                        </p>
                    }
                </details>
                <details class="working">
                    <summary>{ "Published rules of thumb for this account" }</summary>
                    <SourcedTable headings={("Rule", "Range")} rows={comparison_rows(&props.comparisons)} />
                </details>
            }
        </section>
    }
}
