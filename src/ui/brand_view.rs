//! The brand view: the budget on the left, what it buys per tier on the
//! right (in the first frame), then one celebrity against many creators, the
//! quote checker, the shortlist and the disclosure reminder.

use std::rc::Rc;

use yew::prelude::*;

use super::markup::raw;

use super::ad_reminder::ad_reminder;
use super::app::{no_submit, View};
use super::brand_celebrity::{celebrity_panel, comparison};
use super::brand_parts::{amount, deal, field, read, short};
use super::choice_field::{chips, choice_field};
use super::copy_link::CopyLink;
use super::deal_fields::deal_fields;
use super::embed_view::open_full;
use super::intl;
use super::planner_table::planner_table;
use super::quote_checker::quote_panel;
use super::shortlist_table::ShortlistTable;
use super::summary_bar::summary_bar;
use crate::calc::amount::{parse_amount, parse_percent};
use crate::calc::budget::overlap::Overlap;
use crate::calc::budget::planner::{plan, PlanInputs};
use crate::calc::choice::Choice;
use crate::calc::tier::Tier;
use crate::state::Key;

/// The brand view (a plain function: the root calls it).
pub fn brand_view(props: &View) -> Html {
    let state = props.state;
    let a = props.actions;
    let c = state.currency;
    let budget = amount(state, Key::Budget);
    let fixed_cost = amount(state, Key::FixedCost);
    let overlap = Overlap::new(
        read(state, Key::Overlap, parse_percent)
            .0
            .unwrap_or(f64::NAN),
    );
    let d = deal(state);
    let tiers = d.tiers(state.scheme);
    // Shared, not copied, with the plan's working, which is built only once opened.
    let planned = Rc::new(plan(&PlanInputs {
        budget,
        fixed_cost,
        deliverable: d.deliverable(),
        overlap,
        tiers: &tiers,
    }));
    if props.compact {
        return html! {
            <main class="embed brand" id="main" key="brand">
                { raw("<h1>What an influencer budget buys</h1>") }
                <form class="inputs" aria-label="Your budget" onsubmit={no_submit()}>
                    { chips("platform", "Platform", state.platform, &a.platform) }
                    <div class="pair">
                        { field(state, a, Key::Budget, parse_amount, None) }
                        { choice_field(Key::Currency.id(), "Currency", c, None, &a.currency) }
                    </div>
                </form>
                { planner_table("", &planned, c, false) }
                { open_full(state) }
            </main>
        };
    }
    // On a phone, what the budget buys in micro creators stays in view.
    let glance: Vec<String> = planned
        .rows
        .iter()
        .filter(|r| budget > 0.0 && r.band.tier == Tier::Micro)
        .filter_map(|r| r.purchase.as_ref())
        .flat_map(|p| {
            [
                format!("{} micro", intl::count(p.creators)),
                p.reach
                    .map_or_else(String::new, |r| format!("{} reach", short(r))),
            ]
        })
        .filter(|t| !t.is_empty())
        .collect();
    html! {
        <>
        <main class="layout brand" id="main" key="brand">
            <form class="inputs" aria-labelledby="budget-heading" onsubmit={no_submit()}>
                { raw(r#"<h2 id="budget-heading">Your budget</h2>"#) }
                { field(state, a, Key::Budget, parse_amount, None) }
                { chips("platform", "Platform", state.platform, &a.platform) }
                { choice_field(Key::Niche.id(), "Niche", state.niche, None, &a.niche) }
                { choice_field(Key::Scheme.id(), "Tiers", state.scheme, None, &a.scheme) }
                { field(state, a, Key::FixedCost, parse_amount, Some("Product, shipping and management time for each creator.")) }
                { field(state, a, Key::Overlap, parse_percent, Some("Our assumption, 20% by default: the share of each further creator's audience already reached.")) }
                // The deal's terms (below the budget's own fields) follow a
                // turn later, so the first answer waits only for those.
                if props.settled {
                    { deal_fields(state, a) }
                    { a.buttons(false) }
                }
            </form>
            <div class="results" id="results">
                <section class="panel answers-brand" aria-labelledby="plan-heading">
                    { planner_table(r#"<h2 id="plan-heading">What the budget buys</h2>"#, &planned, c, true) }
                </section>
                <CopyLink />
                if props.settled {
                    { celebrity_panel(state, a, &comparison(state, &d, &tiers, fixed_cost, overlap)) }
                    { quote_panel(state, a) }
                    <ShortlistTable text={state.text(Key::Creators).to_owned()} deal={d.clone()} scheme={state.scheme}
                        currency={c} on_text={a.text.clone()} budget={budget} fixed_cost={fixed_cost} />
                    { ad_reminder() }
                }
            </div>
        </main>
        { summary_bar(&glance) }
        </>
    }
}
