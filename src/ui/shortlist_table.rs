//! The shortlist: creators pasted from a spreadsheet or opened from a CSV
//! file, each judged and priced; totals against the budget, sorting by cost
//! per engagement, and the table as a CSV download. A bad cell is named by
//! row and column; the other rows stay.

use std::rc::Rc;

use yew::prelude::*;

use super::raw::raw;

use super::table_input::{on_file, on_paste};

use super::brand_parts::{deal, position_name, table, tagged, tr};
use super::intl;
use super::summary::cash;
use crate::calc::brand::{judge, Judged};
use crate::calc::budget::shortlist::totals;
use crate::calc::choice::Choice;
use crate::calc::csv::to_csv;
use crate::calc::shortlist::{parse_shortlist, ShortlistRow};
use crate::state::{Key, State};

#[derive(Properties, PartialEq)]
pub struct ShortlistTableProps {
    pub state: Rc<State>,
    pub on_text: Callback<(Key, String)>,
    pub budget: f64,
    pub fixed_cost: f64,
}

const HEADERS: [&str; 10] = [
    "Name",
    "Platform",
    "Followers",
    "Tier",
    "Engagement rate %",
    "Fee low",
    "Fee typical",
    "Fee high",
    "Quote",
    "Quote verdict",
];

/// One row of the download: the figures unrounded, as JavaScript writes them
/// (no Rust float formatting in the build).
fn csv_row(r: &ShortlistRow, j: &Judged) -> Vec<String> {
    let n = intl::data_value;
    let range = j.priced.as_ref().map(|p| p.range);
    vec![
        r.name.clone(),
        r.platform.id().to_owned(),
        r.followers.map_or_else(String::new, |f| f.to_string()),
        j.tier.map_or("", |b| b.tier.id()).to_owned(),
        n(j.rate),
        n(range.map(|r| r.low)),
        n(range.map(|r| r.typical)),
        n(range.map(|r| r.high)),
        n(j.offer),
        j.position.map_or("", |p| p.id()).to_owned(),
    ]
}

#[component]
pub fn ShortlistTable(props: &ShortlistTableProps) -> Html {
    let by_cost = use_state_eq(|| false);
    let state = &props.state;
    let c = state.currency;
    let text = state.text(Key::Creators);
    let on_paste = on_paste(Key::Creators, &props.on_text);
    let on_file = on_file(Key::Creators, &props.on_text);
    let parsed = parse_shortlist(text, state.platform);
    let body = match &parsed {
        Err(e) => html! { <p class="error" role="alert">{ e.to_string() }</p> },
        Ok(list) if list.rows.is_empty() => html! {},
        Ok(list) => {
            let d = deal(state);
            let judged: Vec<Judged> = list
                .rows
                .iter()
                .map(|r| judge(r, &d, state.scheme))
                .collect();
            let candidates: Vec<_> = judged.iter().map(|j| j.candidate).collect();
            let t = totals(props.budget, props.fixed_cost, &candidates);
            let order: Vec<usize> = if *by_cost {
                t.rows.iter().map(|r| r.index).collect()
            } else {
                (0..judged.len()).collect()
            };
            let csv_rows: Vec<Vec<String>> = order
                .iter()
                .map(|&i| csv_row(&list.rows[i], &judged[i]))
                .collect();
            let href = format!(
                "data:text/csv;charset=utf-8,{}",
                String::from(js_sys::encode_uri_component(&to_csv(&HEADERS, &csv_rows)))
            );
            let rows = html! {
                { for order.iter().map(|&i| {
                    let (r, j) = (&list.rows[i], &judged[i]);
                    let row = t.rows.iter().find(|x| x.index == i);
                    let range = j.priced.as_ref().map(|p| p.range);
                    let n = Some(i);
                    let id = |p: Option<crate::calc::budget::quote::Position>| p.map_or("", |p| p.id());
                    let head = html! {
                        <>
                        { if r.name.is_empty() { format!("Row {}", r.row) } else { r.name.clone() } }
                        <span class="sub">{ r.platform.name() }{ " · " }{ r.followers.map_or_else(String::new, intl::count) }</span>
                        </>
                    };
                    tr(head, vec![
                        html! { <output name="row_tier" data-row={i.to_string()} data-value={j.tier.map_or("", |b| b.tier.id())}>
                            { j.tier.map_or("", |b| b.tier.name()) }</output> },
                        html! { <>{ j.rate.map_or_else(String::new, intl::percent) }{ " " }{ j.verdict.name() }
                            { for j.flags.iter().map(|f| html! { <span class="flag">{ f.name() }</span> }) }</> },
                        html! { <>{ tagged("row_fee_typical", None, n, range.map(|r| r.typical), range.map_or_else(String::new, |r| cash(r.typical, c))) }
                            <span class="sub">{ range.map_or_else(String::new, |r| format!("{} – {}", cash(r.low, c), cash(r.high, c))) }</span></> },
                        html! { <>{ j.offer.map_or_else(String::new, |o| cash(o, c)) }{ " " }
                            <output name="row_quote_verdict" data-row={i.to_string()} data-value={id(j.position)}
                                class={j.position.map(|p| format!("verdict verdict-{}", p.id()))}>{ j.position.map_or("", position_name) }</output></> },
                        html! { row.and_then(|x| x.cost_per_engagement).map_or_else(String::new, |v| cash(v, c)) },
                        html! { { if row.is_some_and(|x| x.fits) { "Yes" } else { "No" } } },
                    ])
                }) }
            };
            let toggle = {
                let by_cost = by_cost.clone();
                Callback::from(move |_: MouseEvent| by_cost.set(!*by_cost))
            };
            html! {
                <>
                if !list.problems.is_empty() {
                    <div role="alert"><ul class="problems">
                        { for list.problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
                    </ul></div>
                }
                <p class="totals">
                    { format!("{} creators cost {} in total (their fair ranges: {} – {}) against a budget of {}: ",
                        judged.len(), cash(t.total, c), cash(t.total_low, c), cash(t.total_high, c), cash(t.budget, c)) }
                    <strong>{ if t.left >= 0.0 { format!("{} left", cash(t.left, c)) } else { format!("{} over", cash(-t.left, c)) } }</strong>
                    { format!(". Cheapest per engagement first, {} fit for {}.", t.fitting, cash(t.fitting_cost, c)) }
                </p>
                <div class="buttons">
                    <button type="button" class="secondary" aria-pressed={by_cost.to_string()} onclick={toggle}>
                        { "Sort by cost per engagement" }
                    </button>
                    <a class="button" href={href} download="shortlist.csv">{ "Download CSV" }</a>
                </div>
                { table("Shortlist", "Each creator on the shortlist, judged and priced".to_owned(),
                    &["Creator", "Tier", "Engagement", "Typical fee (range)", "Offer", "Cost per engagement", "Fits budget"], rows) }
                </>
            }
        }
    };
    html! {
        <section class="panel" aria-labelledby="shortlist-heading">
            { raw(r#"<h2 id="shortlist-heading">Your shortlist</h2>"#) }
            <div class="field">
                { raw(r#"<label for="creators">Paste rows from a spreadsheet</label>"#) }
                <textarea id="creators" name="creators" rows="5" spellcheck="false" aria-describedby="creators-hint"
                    value={text.to_owned()} oninput={on_paste} />
                { raw(r#"<p class="hint" id="creators-hint">A header row, then one creator a row: name, platform, followers, likes, comments, and optionally views, quote, product value and commission, in any order. Commas, semicolons or tabs.</p>"#) }
            </div>
            <div class="field">
                { raw(r#"<label for="creators-file">Or open a CSV file</label>"#) }
                <input id="creators-file" type="file" accept=".csv,.tsv,.txt,text/csv" onchange={on_file} />
            </div>
            { body }
        </section>
    }
}
