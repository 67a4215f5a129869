//! What the campaign returned: every result with its formula and the inputs
//! it used, the ones that measure the goal first, and the figures that
//! contradict each other. Plain functions: these are leaves.

use yew::prelude::*;

use super::intl;
use super::markup::{raw, Markup};
use super::summary::{cash, output};
use crate::calc::campaign::{CampaignInputs, Flag, Goal, Input, Line, Metric, Metrics, Unit};
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::state::{given, key_of_input};

/// A result as people read it: money in the currency, a rate in percent, a
/// multiple with its sign.
#[must_use]
pub fn shown(unit: Unit, value: f64, c: Currency) -> String {
    match unit {
        Unit::Money => cash(value, c),
        Unit::Percent => intl::percent(value),
        Unit::Times => intl::number(value, 2) + "×",
    }
}

/// An input as given: an amount, a percentage or a count.
#[must_use]
pub fn shown_input(input: Input, value: f64, c: Currency) -> String {
    match input {
        Input::Spend | Input::Revenue | Input::AverageOrderValue => shown(Unit::Money, value, c),
        Input::Margin => intl::percent(value),
        _ => intl::number(value, 0),
    }
}

/// A result's line: its `<output>`, or why there is none; its formula; the
/// inputs it used; what the reader must know. The `<output>` stays a node of
/// its own, so it is updated in place as people type and read out as it
/// changes; the rest is markup.
pub fn metric_line(metric: &Metric, inputs: &CampaignInputs, c: Currency) -> Html {
    let id = metric.id;
    let value = metric.ok();
    let text = match metric.value {
        Ok(v) => shown(id.unit(), v, c),
        Err(why) => why.to_string(),
    };
    let mut term = Markup::of("<dt>");
    term.text(id.short());
    if !id.short().eq_ignore_ascii_case(id.name()) {
        term.raw(r#"<span class="name">"#)
            .text(id.name())
            .raw("</span>");
    }
    term.raw("</dt>");
    let mut working = Markup::of(r#"<code class="formula">"#);
    working.text(metric.formula).raw("</code>");
    let used: Vec<String> = metric
        .inputs
        .iter()
        .filter_map(|&i| {
            given(inputs, i).map(|v| i.phrase().to_owned() + " " + &shown_input(i, v, c))
        })
        .collect();
    if !used.is_empty() {
        working
            .raw(r#"<span class="note">From "#)
            .text(&used.join(", "))
            .raw("</span>");
    }
    if let Some(n) = metric.note {
        working.raw(r#"<span class="note">"#).text(n).raw("</span>");
    }
    html! {
        <div ~className={if value.is_none() { "line missing" } else { "line" }}>
            { term.html() }
            <dd>{ output(id.id(), value, text) }{ working.html() }</dd>
        </div>
    }
}

fn line(l: Line, metrics: &Metrics, inputs: &CampaignInputs, c: Currency) -> Html {
    match l {
        Line::Input(i) => given(inputs, i).map_or_else(Html::default, |v| {
            let mut m = Markup::of(r#"<div class="line given"><dt>"#);
            m.text(key_of_input(i).name());
            m.raw(r#"</dt><dd><span class="value">"#)
                .text(&shown_input(i, v, c))
                .raw("</span></dd></div>");
            m.html()
        }),
        Line::Metric(id) => metrics
            .get(id)
            .map_or_else(Html::default, |m| metric_line(m, inputs, c)),
    }
}

/// A panel named by its heading (`id` is the heading's id).
pub fn panel(id: &'static str, heading: &'static str, class: &'static str, body: Html) -> Html {
    let mut h2 = Markup::of(r#"<h2 id=""#);
    h2.text(id).raw(r#"">"#).text(heading).raw("</h2>");
    html! {
        <section ~className={if class.is_empty() { "panel".to_owned() } else { format!("panel {class}") }} aria-labelledby={id}>
            { h2.html() }
            { body }
        </section>
    }
}

/// Every result, the ones that measure `goal` first and largest.
pub fn results(
    goal: Goal,
    metrics: &Metrics,
    inputs: &CampaignInputs,
    c: Currency,
    preface: Html,
) -> Html {
    let order = goal.order();
    let (lead, rest) = order.split_at(goal.leading().min(order.len()));
    let mut measures = Markup::of("<h3>Measures ");
    measures
        .text(&goal.name().to_ascii_lowercase())
        .raw("</h3>");
    let list = |ls: &[Line]| -> Html { ls.iter().map(|&l| line(l, metrics, inputs, c)).collect() };
    panel(
        "returned-heading",
        "What the campaign returned",
        "returned",
        html! {
            <>
                { preface }
                { measures.html() }
                <dl class="lines lead">{ list(lead) }</dl>
                { raw("<h3>Everything else</h3>") }
                <dl class="lines">{ list(rest) }</dl>
                { raw(r#"<p class="note">Return is worked out from revenue and margin, never from earned media value.</p>"#) }
            </>
        },
    )
}

/// The inputs that contradict each other; the results are still shown.
pub fn flags(flags: &[Flag]) -> Html {
    if flags.is_empty() {
        return Html::default();
    }
    panel("check-heading", "Check these figures", "", {
        let mut m = Markup::of(r#"<ul class="flags">"#);
        for f in flags {
            m.raw(r#"<li data-flag=""#).text(f.id()).raw(r#"">"#);
            m.text(f.message()).raw("</li>");
        }
        m.raw("</ul>");
        m.html()
    })
}
