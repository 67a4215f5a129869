//! The answer first: tier, engagement rate with its verdict, and the fair fee
//! range, side by side at the top of the results. Every result here is an
//! `<output>` carrying its unrounded value; the panels below explain each.

use yew::prelude::*;

use super::markup::raw;

use super::intl;
use super::tier_panel::span_text;
use crate::calc::benchmarks::RateKind;
use crate::calc::choice::Choice;
use crate::calc::currency::{Currency, RATES_DATE};
use crate::calc::fee::{FeeEstimate, Range};
use crate::calc::format::{shown_money, Rounding};
use crate::calc::platform::Platform;
use crate::calc::tier::TierBand;
use crate::calc::verdict::Verdict;
use crate::calc::Report;

/// What the answers show.
pub struct SummaryProps {
    pub tier: Option<TierBand>,
    /// "followers" or "subscribers".
    pub noun: AttrValue,
    /// (likes + comments) / posts / followers, percent.
    pub rate: Option<f64>,
    pub verdict: Verdict,
    /// The verdict as shown: its name, or why there is none.
    pub verdict_label: &'static str,
    /// The typical range the verdict used, percent.
    pub typical: Option<(f64, f64)>,
    /// The rate the verdict judged, when it is not the rate per follower
    /// (TikTok and YouTube are judged per view).
    pub judged_by_views: Option<f64>,
    /// The fee for the package in `currency`, unrounded.
    pub fee: Option<Range>,
    pub currency: Currency,
    /// How many published methods the fee rests on.
    pub methods: usize,
    /// What the tier and the fee wait for: "Enter followers", "Correct subscribers".
    pub size_prompt: String,
    /// What the engagement rate waits for: "Add likes and comments".
    pub rate_prompt: String,
}

/// An amount rounded for display and written by the browser.
#[must_use]
pub fn money(amount: f64, currency: Currency, rounding: Rounding) -> String {
    intl::money(shown_money(amount, currency, rounding), currency)
}

/// An amount rounded to the nearest shown unit; nothing is "0", not a cent.
#[must_use]
pub fn cash(value: f64, c: Currency) -> String {
    if value > 0.0 {
        money(value, c, Rounding::Nearest)
    } else {
        intl::money(0.0, c)
    }
}

/// `<output name=... data-value=...>text</output>`.
pub fn output(name: &'static str, value: Option<f64>, text: String) -> Html {
    html! { <output name={name} data-value={intl::data_value(value)}>{ text }</output> }
}

impl SummaryProps {
    /// The answers for `report` on `platform`, with the package's `fee`
    /// estimate and its `range` in `currency`.
    #[must_use]
    pub fn of(
        platform: Platform,
        report: &Report,
        fee: Option<&FeeEstimate>,
        range: Option<Range>,
        currency: Currency,
    ) -> Self {
        Self {
            tier: report.tier,
            noun: platform.labels().followers.to_ascii_lowercase().into(),
            rate: report.rates.per_follower,
            verdict: report.assessment.verdict,
            verdict_label: report.assessment.label(),
            typical: report
                .assessment
                .typical
                .as_ref()
                .map(|t| (t.floor, t.ceiling)),
            judged_by_views: report
                .assessment
                .rate
                .filter(|(k, _)| *k == RateKind::PerView)
                .map(|(_, v)| v),
            fee: range,
            currency,
            methods: fee.map_or(0, |e| e.base.figures.len()),
            size_prompt: report.size_prompt(platform),
            rate_prompt: report.rate_prompt(platform),
        }
    }
}

/// The answers, side by side.
pub fn summary(props: &SummaryProps) -> Html {
    let c = props.currency;
    let fee = props.fee;
    let amount = |name, pick: fn(&Range) -> f64, rounding| {
        let value = fee.map(|f| pick(&f));
        output(
            name,
            value,
            value.map(|v| money(v, c, rounding)).unwrap_or_default(),
        )
    };
    html! {
        <section class="answers" aria-label="Results">
            <div class="answer">
                { raw("<h2>Tier</h2>") }
                <p class="big">
                    <output name="tier" for="followers" data-value={props.tier.map_or("", |b| b.tier.id())}>
                        { props.tier.map_or(props.size_prompt.as_str(), |b| b.tier.name()) }
                    </output>
                </p>
                if let Some(b) = props.tier {
                    <p class="sub">{ format!("{} {}", span_text(b.span), props.noun) }</p>
                }
            </div>
            <div class="answer">
                { raw("<h2>Engagement rate</h2>") }
                <p class="big">
                    { output("er_followers", props.rate, props.rate.map_or_else(|| props.rate_prompt.clone(), intl::percent)) }
                </p>
                <p class="sub">
                    <output name="verdict" data-value={props.verdict.id()}
                        ~className={format!("verdict verdict-{}", props.verdict.id())}>
                        { props.verdict_label }
                    </output>
                    if let Some((low, high)) = props.typical {
                        { match props.judged_by_views {
                            Some(v) => format!(" by views: {} against a typical {}–{}", intl::percent(v), intl::percent(low), intl::percent(high)),
                            None => format!(" (typical {}–{})", intl::percent(low), intl::percent(high)),
                        } }
                    }
                </p>
            </div>
            <div class="answer">
                { raw("<h2>Fair fee</h2>") }
                <p class="big">
                    if fee.is_none() { <span class="empty">{ props.size_prompt.clone() }</span> }
                    { amount("fee_low", |f| f.low, Rounding::Down) }
                    if fee.is_some() { { " – " } }
                    { amount("fee_high", |f| f.high, Rounding::Up) }
                </p>
                <p class="sub">
                    if fee.is_some() {
                        { "Typically " }<strong>{ amount("fee_typical", |f| f.typical, Rounding::Nearest) }</strong>
                        { format!(" · {} published methods · ", props.methods) }
                    } else {
                        { amount("fee_typical", |f| f.typical, Rounding::Nearest) }
                    }
                    <output name="currency" data-value={c.id()}>{ c.id() }</output>
                    { " at ECB rates of " }
                    <output name="rates_date" data-value={RATES_DATE}>{ intl::date(RATES_DATE) }</output>
                </p>
            </div>
        </section>
    }
}
