//! The shortlist: creators pasted from a spreadsheet or opened from a CSV
//! file, each judged and priced; totals against the budget, sorting by cost
//! per engagement, and the table as a CSV download. A bad cell is named by
//! row and column; the other rows stay. The first 100 rows are listed until
//! "Show all" is pressed, and a keystroke redraws only the rows it changes.

use std::rc::Rc;

use yew::prelude::*;

use super::table_input::{on_file, on_paste};

use super::brand_parts::{open_row, position_name, table_head, write_tagged};
use super::intl;
use super::markup::{raw, Markup};
use super::rows_table::{listed, show_all, use_rows_table, Rows};
use super::summary::cash;
use crate::calc::brand::{judge, Deal, Judged};
use crate::calc::budget::shortlist::{totals, ShortlistTotals};
use crate::calc::choice::Choice;
use crate::calc::csv::to_csv;
use crate::calc::csv::TableError;
use crate::calc::currency::Currency;
use crate::calc::shortlist::{parse_shortlist, Shortlist, ShortlistRow};
use crate::calc::tier::Scheme;
use crate::state::Key;

/// Only what the shortlist depends on, so that typing in the brand's other
/// fields (the quote, the celebrity) does not draw it again.
#[derive(Properties, PartialEq)]
pub struct ShortlistTableProps {
    /// The pasted rows, as typed.
    pub text: AttrValue,
    pub deal: Deal,
    pub scheme: Scheme,
    pub currency: Currency,
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

/// Appends the row for creator `i`: name, tier, engagement, fee, offer,
/// cost per engagement, and whether it fits the budget.
fn write_row(
    m: &mut Markup,
    i: usize,
    (creator, judged): (&ShortlistRow, &Judged),
    sums: &ShortlistTotals,
    c: Currency,
) {
    let fit = sums.rows.iter().find(|x| x.index == i);
    let range = judged.priced.as_ref().map(|p| p.range);
    let index = i.to_string();
    open_row(m);
    if creator.name.is_empty() {
        m.text(&format!("Row {}", creator.row));
    } else {
        m.text(&creator.name);
    }
    m.raw(r#"<span class="sub">"#).text(creator.platform.name());
    if let Some(f) = creator.followers {
        m.raw(" · ").text(&intl::count(f));
    }
    m.raw(r#"</span></th><td><output name="row_tier" data-row=""#)
        .text(&index);
    m.raw(r#"" data-value=""#)
        .text(judged.tier.map_or("", |b| b.tier.id()));
    m.raw(r#"">"#)
        .text(judged.tier.map_or("", |b| b.tier.name()))
        .raw("</output></td><td>");
    m.text(&judged.rate.map_or_else(String::new, intl::percent))
        .raw(" ")
        .text(judged.verdict_label);
    for f in &judged.flags {
        m.raw(r#"<span class="flag">"#)
            .text(f.name())
            .raw("</span>");
    }
    m.raw("</td><td>");
    write_tagged(
        m,
        "row_fee_typical",
        None,
        Some(i),
        range.map(|r| r.typical),
        &range.map_or_else(String::new, |r| cash(r.typical, c)),
    );
    m.raw(r#"<span class="sub">"#)
        .text(&range.map_or_else(String::new, |r| {
            format!("{} – {}", cash(r.low, c), cash(r.high, c))
        }));
    m.raw("</span></td><td>")
        .text(&judged.offer.map_or_else(String::new, |o| cash(o, c)));
    m.raw(r#" <output name="row_quote_verdict" data-row=""#)
        .text(&index);
    m.raw(r#"" data-value=""#)
        .text(judged.position.map_or("", |p| p.id()));
    if let Some(p) = judged.position {
        m.raw(r#"" class="verdict verdict-"#).text(p.id());
    }
    m.raw(r#"">"#)
        .text(judged.position.map_or("", position_name))
        .raw("</output></td><td>");
    m.text(
        &fit.and_then(|x| x.cost_per_engagement)
            .map_or_else(String::new, |v| cash(v, c)),
    );
    m.raw("</td><td>")
        .raw(if fit.is_some_and(|x| x.fits) {
            "Yes"
        } else {
            "No"
        })
        .raw("</td></tr>");
}

/// The table of the creators in `shown` (indices into `list`, in the order
/// listed), the first of `total`.
fn listing(
    list: &Shortlist,
    judged: &[Judged],
    t: &ShortlistTotals,
    shown: &[usize],
    total: usize,
    c: Currency,
) -> Rows {
    let mut head = Markup::default();
    table_head(
        &mut head,
        &if shown.len() < total {
            format!(
                "Each creator on the shortlist, judged and priced: the first {} of {}",
                intl::count(shown.len() as u64),
                intl::count(total as u64)
            )
        } else {
            "Each creator on the shortlist, judged and priced".to_owned()
        },
        &[
            "Creator",
            "Tier",
            "Engagement",
            "Typical fee (range)",
            "Offer",
            "Cost per engagement",
            "Fits budget",
        ],
    );
    let rows = shown
        .iter()
        .map(|&i| {
            let mut m = Markup::default();
            write_row(&mut m, i, (&list.rows[i], &judged[i]), t, c);
            m.into_string()
        })
        .collect();
    Rows {
        head: head.into_string().into(),
        rows: Rc::new(rows),
        foot: AttrValue::default(),
    }
}

/// The shortlist read and each row judged: redone only when the pasted text
/// or the deal changes, not on every budget keystroke.
type Read = Result<(Shortlist, Vec<Judged>), TableError>;

#[component]
pub fn ShortlistTable(props: &ShortlistTableProps) -> Html {
    let by_cost = use_state_eq(|| false);
    let all = use_state_eq(|| false);
    let c = props.currency;
    let text = &props.text;
    let on_paste = on_paste(Key::Creators, &props.on_text);
    let on_file = on_file(Key::Creators, &props.on_text);
    let read: Rc<Read> = use_memo(
        (text.clone(), props.deal.clone(), props.scheme),
        |(text, d, scheme)| {
            parse_shortlist(text, d.platform).map(|list| {
                let judged = list.rows.iter().map(|r| judge(r, d, *scheme)).collect();
                (list, judged)
            })
        },
    );
    let t = read.as_ref().as_ref().ok().map(|(_, judged)| {
        let candidates: Vec<_> = judged.iter().map(|j: &Judged| j.candidate).collect();
        totals(props.budget, props.fixed_cost, &candidates)
    });
    let order: Vec<usize> = match (&t, *by_cost) {
        (Some(t), true) => t.rows.iter().map(|r| r.index).collect(),
        (Some(t), false) => (0..t.rows.len()).collect(),
        (None, _) => Vec::new(),
    };
    // The download is written when it is asked for, not on every render: a
    // budget keystroke with 1,000 creators does not write it again. The click
    // gives the link its address before the browser follows it.
    let download = {
        let read = read.clone();
        let order = order.clone();
        Callback::from(move |e: MouseEvent| {
            if let (Some(link), Ok((list, judged))) =
                (e.target_dyn_into::<web_sys::Element>(), read.as_ref())
            {
                let csv_rows: Vec<Vec<String>> = order
                    .iter()
                    .map(|&i| csv_row(&list.rows[i], &judged[i]))
                    .collect();
                let href = format!(
                    "data:text/csv;charset=utf-8,{}",
                    String::from(js_sys::encode_uri_component(&to_csv(&HEADERS, &csv_rows)))
                );
                // Cannot fail: `href` is a valid attribute name.
                let _ = link.set_attribute("href", &href);
            }
        })
    };
    let total = order.len();
    let table = use_rows_table(
        "Shortlist",
        match (read.as_ref(), &t) {
            (Ok((list, judged)), Some(t)) => {
                listing(list, judged, t, &order[..listed(*all, total)], total, c)
            }
            _ => Rows::default(),
        },
    );
    let body = match (read.as_ref(), &t) {
        (Err(e), _) => {
            let mut m = Markup::of(r#"<p class="error" role="alert">"#);
            m.text(&e.to_string()).raw("</p>");
            m.html()
        }
        (Ok((list, judged)), Some(t)) if !list.rows.is_empty() => {
            let more = show_all(&all, total);
            let mut notes = Markup::default();
            if !list.problems.is_empty() {
                notes.raw(r#"<div role="alert"><ul class="problems">"#);
                for p in &list.problems {
                    notes.raw("<li>").text(&p.to_string()).raw("</li>");
                }
                notes.raw("</ul></div>");
            }
            notes.raw(r#"<p class="totals">"#).text(&format!(
                "{} creators cost {} in total (their fair ranges: {} – {}) against a budget of {}: ",
                judged.len(),
                cash(t.total, c),
                cash(t.total_low, c),
                cash(t.total_high, c),
                cash(t.budget, c)
            ));
            notes.raw("<strong>").text(&if t.left >= 0.0 {
                format!("{} left", cash(t.left, c))
            } else {
                format!("{} over", cash(-t.left, c))
            });
            notes.raw("</strong>").text(&format!(
                ". Cheapest per engagement first, {} fit for {}.",
                t.fitting,
                cash(t.fitting_cost, c)
            ));
            notes.raw("</p>");
            let toggle = {
                let by_cost = by_cost.clone();
                Callback::from(move |_: MouseEvent| by_cost.set(!*by_cost))
            };
            html! {
                <>
                { notes.html() }
                <div class="buttons">
                    <button type="button" class="secondary" aria-pressed={by_cost.to_string()} onclick={toggle}>
                        { "Sort by cost per engagement" }
                    </button>
                    <a class="button" href="#" download="shortlist.csv" onclick={download}>{ "Download CSV" }</a>
                </div>
                { table }
                { for more }
                </>
            }
        }
        _ => html! {},
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
