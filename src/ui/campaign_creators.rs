//! Results per creator: each row's figures and results, ranked by cost per
//! acquisition or return on ad spend, the totals, and "Download CSV".

use std::rc::Rc;

use yew::prelude::*;

use super::campaign_results::{panel, shown, shown_input};
use super::choice_field::chips;
use super::intl;
use super::sourced_table::scroll;
use crate::calc::campaign::creators::{
    export_csv_with, export_headers, ranking, CreatorResult, CreatorResults, RankBy, Totals,
    EXPORTED,
};
use crate::calc::campaign::{CampaignInputs, Metrics};
use crate::calc::currency::Currency;
use crate::state::{given, ROW_INPUTS};

#[derive(Properties, PartialEq)]
pub struct CampaignCreatorsProps {
    pub results: Rc<CreatorResults>,
    pub totals: Option<Totals>,
    pub currency: Currency,
}

fn cells(inputs: &CampaignInputs, metrics: &Metrics, c: Currency) -> Html {
    let figures = ROW_INPUTS.iter().map(|&i| {
        let text = given(inputs, i).map_or_else(String::new, |v| shown_input(i, v, c));
        html! { <td class="num">{ text }</td> }
    });
    let results = EXPORTED.iter().map(|&id| {
        let value = metrics.get(id).and_then(crate::calc::campaign::Metric::ok);
        let text = value.map_or_else(|| "–".to_owned(), |v| shown(id.unit(), v, c));
        html! { <td class="num" data-metric={id.id()} data-value={intl::data_value(value)}>{ text }</td> }
    });
    figures.chain(results).collect()
}

#[component]
pub fn CampaignCreators(props: &CampaignCreatorsProps) -> Html {
    let rank = use_state_eq(RankBy::default);
    let on_rank = {
        let rank = rank.clone();
        Callback::from(move |r| rank.set(r))
    };
    let c = props.currency;
    let rows = &props.results.rows;
    let ranked: Vec<CreatorResult> = ranking(rows, *rank)
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
    panel(
        "creators-heading",
        "Per creator",
        "creators",
        html! {
            <>
                { chips("rank", "Rank by", *rank, &on_rank) }
                { scroll("Results per creator".into(), html! {
                    <table>
                        <caption>{ "Each creator's results, best first; the total row is the whole campaign" }</caption>
                        <thead><tr>
                            <th scope="col">{ "Rank" }</th>
                            { for export_headers().into_iter().map(|h| html! { <th scope="col">{ h }</th> }) }
                        </tr></thead>
                        <tbody>
                            { for ranked.iter().enumerate().map(|(n, r)| html! {
                                <tr class={bad(r.row).then_some("invalid")} data-row={r.row.to_string()}>
                                    <td class="num">{ n + 1 }</td>
                                    <th scope="row">{ &r.name }</th>
                                    { cells(&r.inputs, &r.metrics(), c) }
                                </tr>
                            }) }
                        </tbody>
                        if let Some(t) = &props.totals {
                            <tfoot><tr class="total">
                                <td></td><th scope="row">{ "Total" }</th>
                                { cells(&t.inputs, &t.metrics(), c) }
                            </tr></tfoot>
                        }
                    </table>
                }) }
                if let Some(t) = props.totals.as_ref().filter(|t| !t.incomplete.is_empty()) {
                    <p class="note">
                        { "Some rows leave out " }
                        { t.incomplete.iter().map(|i| i.phrase()).collect::<Vec<_>>().join(", ") }
                        { ": their totals cover only the rows that give them." }
                    </p>
                }
                <p class="buttons">
                    <a class="button" href={href} download="campaign-results.csv">{ "Download CSV" }</a>
                </p>
            </>
        },
    )
}
