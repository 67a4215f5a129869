//! What the campaign returned: every result with its formula and the inputs
//! it used, the ones that measure the goal first, and the figures that
//! contradict each other. Plain functions: these are leaves.

use yew::prelude::*;

use super::raw::raw;

use super::intl;
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
/// inputs it used; what the reader must know.
pub fn metric_line(metric: &Metric, inputs: &CampaignInputs, c: Currency) -> Html {
    let id = metric.id;
    let value = metric.ok();
    let text = match metric.value {
        Ok(v) => shown(id.unit(), v, c),
        Err(why) => why.to_string(),
    };
    let used: Vec<String> = metric
        .inputs
        .iter()
        .filter_map(|&i| {
            given(inputs, i).map(|v| i.phrase().to_owned() + " " + &shown_input(i, v, c))
        })
        .collect();
    let name = (!id.short().eq_ignore_ascii_case(id.name())).then_some(id.name());
    html! {
        <div class={if value.is_none() { "line missing" } else { "line" }}>
            <dt>{ id.short() }if let Some(n) = name { <span class="name">{ n }</span> }</dt>
            <dd>
                { output(id.id(), value, text) }
                <code class="formula">{ metric.formula }</code>
                if !used.is_empty() { <span class="note">{ "From " }{ used.join(", ") }</span> }
                if let Some(n) = metric.note { <span class="note">{ n }</span> }
            </dd>
        </div>
    }
}

fn line(l: Line, metrics: &Metrics, inputs: &CampaignInputs, c: Currency) -> Html {
    match l {
        Line::Input(i) => given(inputs, i).map_or_else(Html::default, |v| {
            html! {
                <div class="line given">
                    <dt>{ key_of_input(i).name() }</dt>
                    <dd><span class="value">{ shown_input(i, v, c) }</span></dd>
                </div>
            }
        }),
        Line::Metric(id) => metrics
            .get(id)
            .map_or_else(Html::default, |m| metric_line(m, inputs, c)),
    }
}

/// A panel named by its heading (`id` is the heading's id).
pub fn panel(id: &'static str, heading: &'static str, class: &'static str, body: Html) -> Html {
    html! {
        <section class={if class.is_empty() { AttrValue::Static("panel") } else { format!("panel {class}").into() }} aria-labelledby={id}>
            <h2 id={id}>{ heading }</h2>
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
    let list = |ls: &[Line]| -> Html { ls.iter().map(|&l| line(l, metrics, inputs, c)).collect() };
    panel(
        "returned-heading",
        "What the campaign returned",
        "returned",
        html! {
            <>
                { preface }
                <h3>{ "Measures " }{ goal.name().to_ascii_lowercase() }</h3>
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
    panel(
        "check-heading",
        "Check these figures",
        "",
        html! {
            <ul class="flags">
                { for flags.iter().map(|f| html! { <li data-flag={f.id()}>{ f.message() }</li> }) }
            </ul>
        },
    )
}
