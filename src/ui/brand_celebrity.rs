//! One celebrity post against the same money in nano and micro creators: a
//! bar chart of reach and engagements (described for screen readers, its
//! figures repeated in the table beside it) and the table.

use yew::prelude::*;

use super::raw::raw;

use super::app::Actions;
use super::brand_parts::{count, field, maybe, people, read, short, table, tr, working};
use super::disclosure::Disclosure;
use super::intl;
use super::summary::cash;
use super::svg::at;
use crate::calc::amount::parse_amount;
use crate::calc::brand::{typical_engagement, Deal};
use crate::calc::budget::celebrity::{
    compare, CelebrityComparison, CelebrityInputs, Side, DEFAULT_CELEBRITY_FOLLOWERS,
    INFLUIZE_CELEBRITY_GBP,
};
use crate::calc::budget::overlap::Overlap;
use crate::calc::budget::planner::TierPrice;
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::calc::tier::Tier;
use crate::state::{Key, State};

/// The comparison the state asks for: the celebrity's price (Influize's
/// £250,000 by default, in the page's currency) against nano and micro tiers.
#[must_use]
pub fn comparison(
    state: &State,
    deal: &Deal<'_>,
    tiers: &[TierPrice],
    fixed_cost: f64,
    overlap: Overlap,
) -> CelebrityComparison {
    let c = state.currency;
    let price = read(state, Key::CelebrityFee, parse_amount)
        .0
        .unwrap_or_else(|| c.convert(INFLUIZE_CELEBRITY_GBP, Currency::Gbp));
    let followers = crate::calc::input::parse_positive(state.text(Key::CelebrityFollowers))
        .ok()
        .flatten()
        .unwrap_or(DEFAULT_CELEBRITY_FOLLOWERS);
    let small: Vec<TierPrice> = tiers
        .iter()
        .copied()
        .filter(|t| matches!(t.0.tier, Tier::Nano | Tier::Micro))
        .collect();
    compare(&CelebrityInputs {
        price,
        followers,
        engagement_percent: typical_engagement(deal.platform, followers),
        deliverable: deal.deliverable(),
        fixed_cost,
        overlap,
        alternatives: &small,
    })
}

fn name(side: &Side) -> &'static str {
    side.band.map_or("One celebrity", |b| b.tier.name())
}

/// Bars for one measure, each labelled; scaled to the largest.
#[allow(clippy::cast_precision_loss)] // a handful of sides
fn bars(title: &'static str, sides: &[Side], pick: fn(&Side) -> f64) -> Html {
    let top = sides.iter().map(pick).fold(0.0, f64::max).max(1.0);
    let height = 36.0 * sides.len() as f64 + 4.0;
    html! {
        <figure class="bars">
            <figcaption>{ title }</figcaption>
            <svg viewBox={format!("0 0 600 {}", at(height))} aria-hidden="true">
                { for sides.iter().enumerate().map(|(i, s)| {
                    let y = 36.0 * i as f64 + 4.0;
                    let w = pick(s) / top * 330.0;
                    html! {
                        <g>
                            <text x="0" y={at(y + 21.0)}>{ name(s) }</text>
                            <rect class={if s.band.is_none() { "celebrity" } else { "many" }}
                                x="170" y={at(y)} width={at(w.max(1.0))} height="28" rx="3" />
                            <text x={at(178.0 + w)} y={at(y + 21.0)}>{ short(pick(s)) }</text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}

/// The celebrity panel: its inputs, the chart, the table and the working.
pub fn celebrity_panel(state: &State, a: &Actions, cmp: &CelebrityComparison) -> Html {
    let c = state.currency;
    let sides = cmp.sides();
    let rows = html! {
        { for sides.iter().map(|s| {
            let p = &s.purchase;
            tr(html! { name(s) }, vec![
                html! { intl::count(p.creators) },
                html! { p.reach.map_or_else(|| "unknown".to_owned(), people) },
                html! { people(p.engagements) },
                html! { maybe(p.cost_per_engagement, c) },
                html! { maybe(p.cpm, c) },
            ])
        }) }
    };
    let summary: Vec<String> = sides
        .iter()
        .map(|s| {
            let p = &s.purchase;
            format!(
                "{}: {} creators, reach {}, {} engagements",
                name(s),
                intl::count(p.creators),
                p.reach.map_or_else(|| "unknown".to_owned(), people),
                people(p.engagements)
            )
        })
        .collect();
    html! {
        <section class="panel" aria-labelledby="celebrity-heading">
            { raw(r#"<h2 id="celebrity-heading">One celebrity or many micro-influencers</h2>"#) }
            <p>{ format!("{} on one celebrity post, or on nano and micro creators at their typical fee plus the fixed cost each.", cash(cmp.money, c)) }</p>
            <div class="pair">
                { field(state, a, Key::CelebrityFee, parse_amount, Some("Influize 2020: upwards of £250,000 for a top celebrity's Instagram post.")) }
                { field(state, a, Key::CelebrityFollowers, count, Some("Our round figure by default: 100M.")) }
            </div>
            <div class="chart" role="img" aria-label={summary.join("; ")}>
                { bars("People reached", &sides, |s| s.purchase.reach.unwrap_or(0.0)) }
                { bars("Engagements", &sides, |s| s.purchase.engagements) }
            </div>
            { table("One celebrity against many creators", "The same money, spent three ways".to_owned(),
                &["Spent on", "Creators", "Reach", "Engagements", "Cost per engagement", "CPM"], rows) }
            <Disclosure summary="How the comparison is worked out">
                { working(&cmp.working, c) }
            </Disclosure>
        </section>
    }
}
