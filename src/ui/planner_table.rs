//! The budget planner's answer: for each tier, what the budget buys. The
//! `buys` and `reach` outputs render in the first frame; each row's working,
//! with every published reach rate, waits in a disclosure.

use yew::prelude::*;

use super::brand_parts::{maybe, people, table, tagged, tr, working};
use super::disclosure::Disclosure;
use super::intl;
use super::source_cite::cite;
use super::summary::cash;
use crate::calc::budget::planner::{Plan, Purchase};
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;

fn cells(tier: &'static str, p: Option<&Purchase>, c: Currency) -> Vec<Html> {
    let Some(p) = p else {
        return vec![html! { "No typical account for this tier." }];
    };
    #[allow(clippy::cast_precision_loss)] // creators are capped at 2^53
    let creators = p.creators as f64;
    let reach = p.reach.map_or_else(|| "unknown".to_owned(), people);
    vec![
        html! { intl::count(p.followers) },
        html! { cash(p.cost_each, c) },
        tagged(
            "buys",
            Some(tier),
            None,
            Some(creators),
            intl::count(p.creators),
        ),
        tagged("reach", Some(tier), None, p.reach, reach),
        html! { people(p.engagements) },
        html! { maybe(p.cost_per_engagement, c) },
        html! { maybe(p.cpm, c) },
    ]
}

/// The plan as a table, with the working of each row once `settled`.
pub fn planner_table(plan: &Plan, c: Currency, settled: bool) -> Html {
    let rows = html! {
        { for plan.rows.iter().map(|r| tr(html! { r.band.tier.name() }, cells(r.band.tier.id(), r.purchase.as_ref(), c))) }
    };
    html! {
        <>
        { table("What the budget buys, per tier",
            if plan.budget > 0.0 {
                format!("What {} buys in each tier, at the typical fee plus the fixed cost per creator", cash(plan.budget, c))
            } else {
                "Enter a budget to see how many creators of each tier it buys".to_owned()
            },
            &["Tier", "Typical account", "Cost each", "Creators", "Reach", "Engagements", "Cost per engagement", "CPM"], rows) }
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
                                { f.note }{ " " }{ cite(f.source, true) }
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
