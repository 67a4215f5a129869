//! The budget planner's answer: for each tier, what the budget buys. The
//! `buys` and `reach` outputs render in the first frame; each row's working,
//! with every published reach rate, waits in a disclosure.

use yew::prelude::*;

use super::brand_parts::{cash, people, tagged, working};
use super::disclosure::Disclosure;
use super::intl;
use super::source_cite::SourceCite;
use super::sourced_table::Scroll;
use crate::calc::budget::planner::{Plan, Purchase};
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;

fn cells(tier: &'static str, p: Option<&Purchase>, c: Currency) -> Html {
    let Some(p) = p else {
        return html! { <td colspan="7">{ "No typical account for this tier." }</td> };
    };
    #[allow(clippy::cast_precision_loss)] // creators are capped at 2^53
    let creators = p.creators as f64;
    let opt = |v: Option<f64>| v.map_or_else(|| "unknown".to_owned(), |v| cash(v, c));
    html! {
        <>
        <td>{ intl::count(p.followers) }</td>
        <td>{ cash(p.cost_each, c) }</td>
        <td>{ tagged("buys", Some(tier), None, Some(creators), intl::count(p.creators)) }</td>
        <td>{ tagged("reach", Some(tier), None, p.reach, p.reach.map_or_else(|| "unknown".to_owned(), people)) }</td>
        <td>{ people(p.engagements) }</td>
        <td>{ opt(p.cost_per_engagement) }</td>
        <td>{ opt(p.cpm) }</td>
        </>
    }
}

/// The plan as a table, with the working of each row once `settled`.
pub fn planner_table(plan: &Plan, c: Currency, settled: bool) -> Html {
    html! {
        <>
        <Scroll label="What the budget buys, per tier">
            <table class="plan">
                <caption>{ format!("What {} buys in each tier, at the typical fee plus the fixed cost per creator", cash(plan.budget, c)) }</caption>
                <thead><tr>
                    <th scope="col">{ "Tier" }</th>
                    <th scope="col">{ "Typical account" }</th>
                    <th scope="col">{ "Cost each" }</th>
                    <th scope="col">{ "Creators" }</th>
                    <th scope="col">{ "Reach" }</th>
                    <th scope="col">{ "Engagements" }</th>
                    <th scope="col">{ "Cost per engagement" }</th>
                    <th scope="col">{ "CPM" }</th>
                </tr></thead>
                <tbody>
                { for plan.rows.iter().map(|r| html! {
                    <tr>
                        <th scope="row">{ r.band.tier.name() }</th>
                        { cells(r.band.tier.id(), r.purchase.as_ref(), c) }
                    </tr>
                }) }
                </tbody>
            </table>
        </Scroll>
        if settled {
            <Disclosure summary="How each row is worked out, with every published reach rate">
                { for plan.rows.iter().filter_map(|r| r.purchase.as_ref().map(|p| html! {
                    <>
                    <h3>{ r.band.tier.name() }</h3>
                    { working(&p.working, c) }
                    <ul class="reach-figures">
                        { for p.reach_rate.figures.iter().enumerate().map(|(i, f)| html! {
                            <li>
                                { intl::percent(f.percent) }
                                { if i == 0 { " (used): " } else { " (not used): " } }
                                { f.note }{ " " }<SourceCite source={f.source} compact=true />
                            </li>
                        }) }
                    </ul>
                    </>
                })) }
            </Disclosure>
        }
        </>
    }
}
