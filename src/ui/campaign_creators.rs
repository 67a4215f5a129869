//! Results per creator: each row's figures and results, ranked by cost per
//! acquisition or return on ad spend, the totals, and "Download CSV".

use std::rc::Rc;

use yew::prelude::*;

use super::campaign_results::{panel, shown, shown_input};
use super::choice_field::chips;
use super::intl;
use super::markup::Markup;
use super::rows_table::{listed, show_all, use_rows_table, Rows};
use crate::calc::campaign::creators::{
    export_csv_with, export_headers, ranking, CreatorResult, CreatorResults, RankBy, Totals,
    EXPORTED,
};
use crate::calc::campaign::{CampaignInputs, Metrics};
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::state::{given, Key, ROW_INPUTS};

#[derive(Properties, PartialEq)]
pub struct CampaignCreatorsProps {
    pub results: Rc<CreatorResults>,
    pub totals: Option<Totals>,
    pub currency: Currency,
    /// The ranking picked (kept in the link, so a shared table keeps its order).
    pub rank: RankBy,
    /// Sets a text input (here the ranking). The root's own callback, so the
    /// table is not drawn again while other fields are typed in.
    pub on_text: Callback<(Key, String)>,
}

/// Appends a row's figures, then its results with their unrounded values.
fn write_cells(m: &mut Markup, inputs: &CampaignInputs, metrics: &Metrics, c: Currency) {
    for &i in &ROW_INPUTS {
        m.raw(r#"<td class="num">"#);
        if let Some(v) = given(inputs, i) {
            m.text(&shown_input(i, v, c));
        }
        m.raw("</td>");
    }
    for &id in &EXPORTED {
        let value = metrics.get(id).and_then(crate::calc::campaign::Metric::ok);
        let text = value.map_or_else(|| "–".to_owned(), |v| shown(id.unit(), v, c));
        m.raw(r#"<td class="num" data-metric=""#).text(id.id());
        m.raw(r#"" data-value=""#).text(&intl::data_value(value));
        m.raw(r#"">"#).text(&text).raw("</td>");
    }
}

/// The table of the first `listed` of the `ranked` rows (`bad` says which
/// rows could not all be read) and the `totals` row.
fn listing(
    ranked: &[CreatorResult],
    bad: impl Fn(usize) -> bool,
    totals: Option<&Totals>,
    listed: usize,
    c: Currency,
) -> Rows {
    let mut head = Markup::of(
        r#"<caption>Each creator's results, best first; the total row is the whole campaign</caption><thead><tr><th scope="col">Rank</th>"#,
    );
    for h in export_headers() {
        head.raw(r#"<th scope="col">"#).text(&h).raw("</th>");
    }
    head.raw("</tr></thead>");
    let rows = ranked[..listed]
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let mut m = Markup::of(if bad(r.row) {
                r#"<tr class="invalid" data-row=""#
            } else {
                r#"<tr data-row=""#
            });
            m.text(&r.row.to_string()).raw(r#""><td class="num">"#);
            m.text(&(n + 1).to_string());
            m.raw(r#"</td><th scope="row">"#).text(&r.name).raw("</th>");
            write_cells(&mut m, &r.inputs, &r.metrics(), c);
            m.raw("</tr>");
            m.into_string()
        })
        .collect();
    let mut foot = Markup::default();
    if let Some(t) = totals {
        foot.raw(r#"<tfoot><tr class="total"><td></td><th scope="row">Total</th>"#);
        write_cells(&mut foot, &t.inputs, &t.metrics(), c);
        foot.raw("</tr></tfoot>");
    }
    Rows {
        head: head.into_string().into(),
        rows: Rc::new(rows),
        foot: foot.into_string().into(),
    }
}

/// Which figures the `totals` leave out, and the link that downloads `csv_href`.
fn after(totals: Option<&Totals>, csv_href: &str) -> Html {
    let mut m = Markup::default();
    if let Some(t) = totals.filter(|t| !t.incomplete.is_empty()) {
        m.raw(r#"<p class="note">Some rows leave out "#);
        let left: Vec<&str> = t.incomplete.iter().map(|i| i.phrase()).collect();
        m.text(&left.join(", "));
        m.raw(": their totals cover only the rows that give them.</p>");
    }
    m.raw(r#"<p class="buttons"><a class="button" href=""#)
        .text(csv_href);
    m.raw(r#"" download="campaign-results.csv">Download CSV</a></p>"#);
    m.html()
}

#[component]
pub fn CampaignCreators(props: &CampaignCreatorsProps) -> Html {
    let rank = props.rank;
    let c = props.currency;
    let rows = &props.results.rows;
    let ranked: Vec<CreatorResult> = ranking(rows, rank)
        .into_iter()
        .filter_map(|i| rows.get(i).cloned())
        .collect();
    // Four decimals, as `export_csv` writes them, by the browser's number writer.
    let csv = export_csv_with(&ranked, |v| {
        intl::data_value(
            Some((v * 1e4).round() / 1e4)
                .filter(|r| r.is_finite())
                .or(Some(v)),
        )
    });
    let href = String::from("data:text/csv;charset=utf-8,")
        + &String::from(js_sys::encode_uri_component(&csv));
    let bad = |row: usize| props.results.problems.iter().any(|p| p.row == row);
    let all = use_state_eq(|| false);
    let table = use_rows_table(
        "Results per creator",
        listing(
            &ranked,
            bad,
            props.totals.as_ref(),
            listed(*all, ranked.len()),
            c,
        ),
    );
    panel(
        "creators-heading",
        "Per creator",
        "creators",
        html! {
            <>
                { chips("rank", "Rank by", rank, &props.on_text.reform(|r: RankBy| (Key::Rank, r.id().to_owned()))) }
                { table }
                { for show_all(&all, ranked.len()) }
                { after(props.totals.as_ref(), &href) }
            </>
        },
    )
}
