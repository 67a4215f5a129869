//! "Is this quote fair?": a creator's numbers and the offer (cash, product,
//! commission), against the same fee range the creator view shows. The
//! verdict is the `quote_verdict` output; below it, by how much, where the
//! offer sits among the published methods, implied CPM and cost per
//! engagement, and a counter-offer range with its reasons.

use yew::prelude::*;

use super::app::Actions;
use super::brand_parts::{
    amount, deal, field, people, position_name, read, working, write_tagged, Parse,
};
use super::disclosure::Disclosure;
use super::intl;
use super::markup::{raw, Markup};
use super::summary::cash;
use super::text_field::{key_props, text_field};
use crate::calc::amount::{parse_amount, parse_percent};
use crate::calc::budget::quote::{check, Offer, Party, Position, QuoteCheck, QuoteInputs};
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::calc::{evaluate, Field, Report};
use crate::state::{key_of, Key, State};

/// The check for the state's creator and offer; `None` without an offer or
/// without followers to price.
#[must_use]
pub fn quote_check(state: &State) -> Option<QuoteCheck> {
    let report = evaluate(&state.inputs());
    let d = deal(state);
    let offer = Offer {
        cash: amount(state, Key::Quote),
        product_value: amount(state, Key::ProductValue),
        commission_percent: read(state, Key::Commission, parse_percent).0.unwrap_or(0.0),
        average_order_value: d.order_value,
    };
    if offer == Offer::default() {
        return None;
    }
    let followers = report.followers?;
    let priced = d.price(d.platform, followers, Some(&report.assessment))?;
    Some(check(&QuoteInputs {
        offer,
        deliverable: d.deliverable(),
        followers,
        engagement: crate::calc::brand::engagement_or_typical(
            report.rates.per_follower,
            d.platform,
            followers,
        ),
        funnel: d.funnel,
        range: priced.range,
        methods: &priced.methods,
    }))
}

/// What the verdict waits for, as the fields name it: "Enter followers and
/// the offer", "Correct the quoted fee".
fn waiting(state: &State, report: &Report) -> String {
    let parts: [(Key, Parse); 3] = [
        (Key::Quote, parse_amount),
        (Key::ProductValue, parse_amount),
        (Key::Commission, parse_percent),
    ];
    let unread = parts.iter().find(|(k, p)| read(state, *k, *p).1.is_some());
    let no_offer = parts.iter().all(|(k, _)| state.text(*k).trim().is_empty());
    let mut text = if report.followers.is_none() {
        report.size_prompt(state.platform) + " and "
    } else {
        String::new()
    };
    match (unread, no_offer) {
        (Some((k, _)), _) => {
            text += if text.is_empty() {
                "Correct the "
            } else {
                "correct the "
            };
            text += &k.name().to_ascii_lowercase();
        }
        (None, true) => {
            text += if text.is_empty() {
                "Enter the offer"
            } else {
                "the offer"
            }
        }
        (None, false) if text.is_empty() => text += "No fair range to compare the offer with",
        // Only followers are missing: drop the joining " and ".
        (None, false) => text.truncate(text.len() - " and ".len()),
    }
    text
}

/// Appends the answer below the verdict: by how much, what the offer is
/// made of, implied CPM and cost per engagement, and the counter-offer.
fn write_answer(m: &mut Markup, q: &QuoteCheck, c: Currency) {
    let pct = |v: f64| intl::percent(v);
    let money = |v: f64| cash(v, c);
    let party = match q.counter.party {
        Party::Brand => "The brand can argue for",
        Party::Creator => "The creator can argue for",
        Party::Either => "A fair counter-offer",
    };
    m.raw(r#"<p class="sub">"#);
    if let Some(b) = q.beyond {
        m.text(&format!(
            "{} ({}) {} the nearer end of the range. ",
            money(b.amount),
            b.percent.map_or_else(String::new, pct),
            if q.position == Position::Above {
                "above"
            } else {
                "below"
            }
        ));
    }
    m.text(&format!(
        "Offer {}: {} certain (cash and product)",
        money(q.total),
        money(q.certain)
    ));
    if let Some(commission) = q.commission.filter(|v| *v > 0.0) {
        m.text(&format!(
            ", {} expected commission that depends on sales ({} sales expected)",
            money(commission),
            people(q.expected_sales.unwrap_or(0.0))
        ));
    }
    let unknown = |v: Option<f64>| v.map_or_else(|| "unknown".to_owned(), money);
    m.raw(r#".</p><ul class="facts"><li>Implied CPM "#);
    write_tagged(m, "quote_cpm", None, None, q.cpm, &unknown(q.cpm));
    m.raw(" · cost per engagement ");
    let cpe = q.cost_per_engagement;
    write_tagged(m, "quote_cpe", None, None, cpe, &unknown(cpe));
    m.raw("</li><li>").text(&format!("{party}: "));
    let (low, high) = (q.counter.low, q.counter.high);
    write_tagged(m, "counter_low", None, None, Some(low), &money(low));
    m.raw(" – ");
    write_tagged(m, "counter_high", None, None, Some(high), &money(high));
    m.raw(r#"</li></ul><ul class="reasons">"#);
    for r in &q.counter.reasons {
        m.raw("<li>").text(&r.sentence(&money, &pct)).raw("</li>");
    }
    m.raw("</ul>");
}

/// The quote checker: its fields and its answer.
pub fn quote_panel(state: &State, a: &Actions) -> Html {
    let c = state.currency;
    let platform = state.platform;
    let report = evaluate(&state.inputs());
    let account = |f: Field| {
        let key = key_of(f);
        text_field(&key_props(
            state,
            &a.text,
            key,
            f.label(platform).into(),
            report.error(f).map(AttrValue::from),
        ))
    };
    let extras = [
        Key::ProductValue,
        Key::Commission,
        Key::Aov,
        Key::ClickRate,
        Key::SaleRate,
    ]
    .iter()
    .any(|&k| !state.text(k).is_empty());
    let q = quote_check(state);
    let answer = q.as_ref().map(|q| {
        let mut m = Markup::default();
        write_answer(&mut m, q, c);
        html! {
            <>
            { m.html() }
            <Disclosure summary="How the quote is checked">
                { working(&q.working, c) }
            </Disclosure>
            </>
        }
    });
    html! {
        <section class="panel" aria-labelledby="quote-heading">
            { raw(r#"<h2 id="quote-heading">Is this quote fair?</h2>"#) }
            <p class="big">
                <output name="quote_verdict" data-value={q.as_ref().map_or("", |q| q.position.id())}
                    ~className={q.as_ref().map(|q| format!("verdict verdict-{}", q.position.id())).unwrap_or_default()}>
                    { q.as_ref().map_or_else(|| waiting(state, &report), |q| position_name(q.position).to_owned()) }
                </output>
            </p>
            { answer }
            <div class="pair">
                { account(Field::Followers) }
                { field(state, a, Key::Quote, parse_amount, None) }
            </div>
            <div class="pair">
                { account(Field::Likes) }
                { account(Field::Comments) }
            </div>
            <Disclosure summary="Product, commission and sales (pay that is not only cash)" open={extras}>
                <div class="pair">
                    { field(state, a, Key::ProductValue, parse_amount, Some("Counts toward the fee at retail value.")) }
                    { field(state, a, Key::Commission, parse_percent, Some("Percent of each order.")) }
                </div>
                { field(state, a, Key::Aov, parse_amount, Some("What one order is worth.")) }
                <div class="pair">
                    { field(state, a, Key::ClickRate, parse_percent, Some("Share of people reached who click; our assumption by default.")) }
                    { field(state, a, Key::SaleRate, parse_percent, Some("Share of clicks that buy; our assumption by default.")) }
                </div>
            </Disclosure>
        </section>
    }
}
