//! One celebrity post against the same money in nano and micro creators: a
//! bar chart of reach and engagements (described for screen readers, its
//! figures repeated in the table beside it) and the table.

use yew::prelude::*;

use super::app::Actions;
use super::brand_parts::{
    close_table, count, field, maybe, open_row, open_table, people_or_unknown, read, short, working,
};
use super::disclosure::Disclosure;
use super::intl;
use super::markup::Markup;
use super::summary::cash;
use super::svg::at;
use crate::calc::amount::parse_amount;
use crate::calc::brand::{typical_rate, Deal};
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
    deal: &Deal,
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
        engagement: typical_rate(deal.platform, followers),
        deliverable: deal.deliverable(),
        fixed_cost,
        overlap,
        alternatives: &small,
    })
}

fn name(side: &Side) -> &'static str {
    side.band.map_or("One celebrity", |b| b.tier.name())
}

/// Appends the bars for one measure, each labelled; scaled to the largest.
/// Nothing where a side's figure is unknown: the table says so, and a bar
/// of zero would say something else.
#[allow(clippy::cast_precision_loss)] // a handful of sides
fn write_bars(
    m: &mut Markup,
    title: &'static str,
    sides: &[Side],
    figure: fn(&Side) -> Option<f64>,
) {
    let Some(values) = sides.iter().map(figure).collect::<Option<Vec<f64>>>() else {
        return;
    };
    let top = values.iter().copied().fold(0.0, f64::max).max(1.0);
    let height = 36.0 * sides.len() as f64 + 6.0;
    m.raw(r#"<figure class="bars"><figcaption>"#).text(title);
    m.raw(r#"</figcaption><svg viewBox="0 0 600 "#)
        .text(&at(height))
        .raw(r#"" aria-hidden="true">"#);
    for (i, (s, &value)) in sides.iter().zip(&values).enumerate() {
        let y = 36.0 * i as f64 + 6.0;
        // Names end before 235 and figures fit after the longest bar, at the
        // phone's 27-unit type too (styles/app.css).
        let w = value / top * 240.0;
        m.raw(r#"<g><text x="0" y=""#).text(&at(y + 21.0));
        m.raw(r#"">"#).text(name(s));
        m.raw(if s.band.is_none() {
            r#"</text><rect class="celebrity" x="235" y=""#
        } else {
            r#"</text><rect class="many" x="235" y=""#
        });
        m.text(&at(y)).raw(r#"" width=""#).text(&at(w.max(1.0)));
        m.raw(r#"" height="28" rx="3"></rect><text x=""#)
            .text(&at(243.0 + w));
        m.raw(r#"" y=""#).text(&at(y + 21.0)).raw(r#"">"#);
        m.text(&short(value)).raw("</text></g>");
    }
    m.raw("</svg></figure>");
}

/// Appends the chart, described for screen readers, and the table.
fn write_chart_and_table(m: &mut Markup, sides: &[Side], c: Currency) {
    m.raw(r#"<div class="chart" role="img" aria-label=""#);
    for (i, s) in sides.iter().enumerate() {
        let p = &s.purchase;
        if i > 0 {
            m.raw("; ");
        }
        m.text(name(s)).raw(": ").text(&intl::count(p.creators));
        m.raw(" creators, reach ").text(&people_or_unknown(p.reach));
        m.raw(", ").text(&people_or_unknown(p.engagements));
        m.raw(" engagements");
    }
    m.raw(r#"">"#);
    write_bars(m, "People reached", sides, |s| s.purchase.reach);
    write_bars(m, "Engagements", sides, |s| s.purchase.engagements);
    m.raw("</div>");
    open_table(
        m,
        "One celebrity against many creators",
        "The same money, spent three ways",
        &[
            "Spent on",
            "Creators",
            "Reach",
            "Engagements",
            "Cost per engagement",
            "CPM",
        ],
    );
    for s in sides {
        let p = &s.purchase;
        open_row(m);
        m.text(name(s))
            .raw("</th><td>")
            .text(&intl::count(p.creators));
        m.raw("</td><td>").text(&people_or_unknown(p.reach));
        m.raw("</td><td>").text(&people_or_unknown(p.engagements));
        m.raw("</td><td>").text(&maybe(p.cost_per_engagement, c));
        m.raw("</td><td>").text(&maybe(p.cpm, c));
        m.raw("</td></tr>");
    }
    close_table(m);
}

/// The celebrity panel: its inputs, the chart, the table and the working.
pub fn celebrity_panel(state: &State, a: &Actions, cmp: &CelebrityComparison) -> Html {
    let c = state.currency;
    let sides = cmp.sides();
    let mut intro =
        Markup::of(r#"<h2 id="celebrity-heading">One celebrity or many micro-influencers</h2><p>"#);
    intro.text(&format!(
        "{} on one celebrity post, or on nano and micro creators at their typical fee plus the fixed cost each.",
        cash(cmp.money, c)
    ));
    intro.raw("</p>");
    let mut chart = Markup::default();
    write_chart_and_table(&mut chart, &sides, c);
    html! {
        <section class="panel" aria-labelledby="celebrity-heading">
            { intro.html() }
            <div class="pair">
                { field(state, a, Key::CelebrityFee, parse_amount, Some("Influize 2020: upwards of £250,000 for a top celebrity's Instagram post.")) }
                { field(state, a, Key::CelebrityFollowers, count, Some("Our round figure by default: 100M.")) }
            </div>
            { chart.html() }
            <Disclosure summary="How the comparison is worked out">
                { working(&cmp.working, c) }
            </Disclosure>
        </section>
    }
}
