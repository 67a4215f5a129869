//! A rate card: the creator's figures, deliverables and prices on one
//! printable sheet, and as plain text for an email.

use std::rc::Rc;

use super::clipboard::copy;
use yew::prelude::*;

use super::intl;
use super::markup::Markup;
use super::summary::money;
use crate::calc::choice::Choice;
use crate::calc::currency::{Currency, RATES_DATE};
use crate::calc::fee::{FeeEstimate, Terms};
use crate::calc::format::Rounding;
use crate::calc::platform::Platform;
use crate::calc::tier::Tier;

#[derive(Properties)]
pub struct RateCardProps {
    pub platform: Platform,
    pub followers: u64,
    pub tier: Tier,
    pub engagement: Option<f64>,
    /// Compared by pointer: a new estimate redraws the card.
    pub estimate: Rc<FeeEstimate>,
    pub terms: Terms,
    pub currency: Currency,
}

impl PartialEq for RateCardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.estimate, &other.estimate)
            && (
                self.platform,
                self.followers,
                self.tier,
                self.engagement,
                self.terms,
                self.currency,
            ) == (
                other.platform,
                other.followers,
                other.tier,
                other.engagement,
                other.terms,
                other.currency,
            )
    }
}

/// The card's lines: (label, value), in order.
fn lines(props: &RateCardProps) -> Vec<(String, String)> {
    let c = props.currency;
    let at = |usd: f64, r| money(c.from_usd(usd), c, r);
    let labels = props.platform.labels();
    let mut out = vec![(
        labels.followers.to_owned(),
        format!(
            "{} ({})",
            intl::count(props.followers),
            props.tier.name().to_ascii_lowercase()
        ),
    )];
    if let Some(er) = props.engagement {
        out.push((
            "Engagement rate".to_owned(),
            format!(
                "{} (likes + comments per post / followers)",
                intl::percent(er)
            ),
        ));
    }
    for item in props.estimate.items() {
        out.push((
            format!("{} × {}", item.quantity, item.deliverable.name()),
            format!(
                "{}–{} each",
                at(item.each.low, Rounding::Down),
                at(item.each.high, Rounding::Up)
            ),
        ));
    }
    let e = &props.estimate;
    out.push((
        "Package".to_owned(),
        format!(
            "{}–{} (typically {})",
            at(e.low, Rounding::Down),
            at(e.high, Rounding::Up),
            at(e.typical, Rounding::Nearest)
        ),
    ));
    let terms = props.terms.premiums();
    let terms_text = if terms.is_empty() {
        "Content only: no usage rights, whitelisting, exclusivity or rush".to_owned()
    } else {
        terms
            .into_iter()
            .map(|p| p.label)
            .collect::<Vec<_>>()
            .join("; ")
    };
    out.push(("Terms".to_owned(), terms_text));
    out.push((
        "Prices".to_owned(),
        format!(
            "In {}, from {} published pricing methods; exchange rates of {} (European Central Bank). \
             Production costs not included.",
            c.name(),
            e.base.figures.len(),
            intl::date(RATES_DATE)
        ),
    ));
    out.push(("Prepared".to_owned(), intl::today()));
    out
}

fn as_text(props: &RateCardProps, lines: &[(String, String)]) -> String {
    let mut text = vec![format!("Rate card: {}", props.platform.name())];
    text.extend(
        lines
            .iter()
            .map(|(label, value)| format!("{label}: {value}")),
    );
    if let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) {
        text.push(href);
    }
    text.join("\n")
}

#[component]
pub fn RateCard(props: &RateCardProps) -> Html {
    let status = use_state_eq(String::new);
    let rows = lines(props);
    let text = as_text(props, &rows);
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            // Printing can be refused (a sandboxed frame without allow-modals).
            let _ = w.print();
        }
    });
    let on_copy = {
        let status = status.clone();
        let text = text.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let text = text.clone();
            yew::platform::spawn_local(async move {
                let copied = copy(&text).await;
                status.set(if copied {
                    "Copied. Paste it into your email.".to_owned()
                } else {
                    "This page may not copy here: select the text below and copy it.".to_owned()
                });
            });
        })
    };
    let mut card = Markup::of(r#"<h2 id="card-heading">Rate card: "#);
    card.text(props.platform.name())
        .raw(r#"</h2><dl class="card-lines">"#);
    for (label, value) in &rows {
        card.raw("<div><dt>")
            .text(label)
            .raw("</dt><dd>")
            .text(value);
        card.raw("</dd></div>");
    }
    card.raw("</dl>");
    html! {
        <section class="panel rate-card" aria-labelledby="card-heading">
            { card.html() }
            <div class="buttons no-print">
                <button type="button" onclick={on_print}>{ "Print rate card" }</button>
                <button type="button" class="secondary" onclick={on_copy}>{ "Copy as text" }</button>
            </div>
            <p class="note no-print" aria-live="polite">{ (*status).clone() }</p>
            <details class="no-print">
                <summary>{ "The text that is copied" }</summary>
                <textarea class="card-text" readonly=true rows="8" aria-label="Rate card as text" value={text} />
            </details>
        </section>
    }
}
