//! The budget planner's answer: for each tier, what the budget buys. The
//! `buys` and `reach` outputs render in the first frame; each row's working,
//! with every published reach rate, waits in a disclosure.

use std::rc::Rc;

use yew::prelude::*;

use super::brand_parts::{
    close_table, maybe, open_row, open_table, people, people_or_unknown, write_tagged,
    write_working,
};
use super::deferred::deferred;
use super::disclosure::Disclosure;
use super::intl;
use super::markup::Markup;
use super::source_cite::write_cite;
use super::summary::cash;
use crate::calc::budget::planner::{Plan, Purchase};
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;

/// Appends the cells after a row's heading: what one tier's purchase is.
fn write_cells(m: &mut Markup, tier: &'static str, p: Option<&Purchase>, c: Currency) {
    let Some(p) = p else {
        m.raw("<td>No typical account for this tier.</td>");
        return;
    };
    #[allow(clippy::cast_precision_loss)] // creators are capped at 2^53
    let creators = p.creators as f64;
    let reach = p.reach.map_or_else(|| "unknown".to_owned(), people);
    m.raw("<td>").text(&intl::count(p.followers));
    m.raw("</td><td>").text(&cash(p.cost_each, c));
    m.raw("</td><td>");
    write_tagged(
        m,
        "buys",
        Some(tier),
        None,
        Some(creators),
        &intl::count(p.creators),
    );
    m.raw("</td><td>");
    write_tagged(m, "reach", Some(tier), None, p.reach, &reach);
    m.raw("</td><td>").text(&people_or_unknown(p.engagements));
    // A tier the budget cannot buy one creator of has no costs per result;
    // that is the budget, not missing data.
    let per = |v: Option<f64>| match v {
        None if p.creators == 0 => "over budget".to_owned(),
        v => maybe(v, c),
    };
    m.raw("</td><td>").text(&per(p.cost_per_engagement));
    m.raw("</td><td>").text(&per(p.cpm));
    m.raw("</td>");
}

/// Appends each row's working and the published reach rates beside it.
fn write_workings(m: &mut Markup, plan: &Plan, c: Currency) {
    for r in &plan.rows {
        let Some(p) = r.purchase.as_ref() else {
            continue;
        };
        m.raw("<h3>").text(r.band.tier.name()).raw("</h3>");
        write_working(m, &p.working, c);
        m.raw(r#"<ul class="reach-figures">"#);
        for (i, f) in p.reach_rate.figures.iter().enumerate() {
            m.raw("<li>").text(&intl::percent(f.percent));
            m.raw(if i == 0 { " (used): " } else { " (not used): " });
            m.text(f.note).raw(" ");
            write_cite(m, f.source, true);
            m.raw("</li>");
        }
        m.raw("</ul>");
    }
}

/// The plan as a table after `heading` (our own markup, may be empty), with
/// the working of each row in a closed disclosure when `with_working`: the
/// disclosure is there from the first frame (so nothing below it moves), its
/// content is built only once opened.
pub fn planner_table(
    heading: &'static str,
    plan: &Rc<Plan>,
    c: Currency,
    with_working: bool,
) -> Html {
    let caption = if plan.budget > 0.0 {
        format!(
            "What {} buys in each tier, at the typical fee plus the fixed cost per creator",
            cash(plan.budget, c)
        )
    } else {
        "Enter a budget to see how many creators of each tier it buys".to_owned()
    };
    let mut m = Markup::of(heading);
    open_table(
        &mut m,
        "What the budget buys, per tier",
        &caption,
        &[
            "Tier",
            "Typical account",
            "Cost each",
            "Creators",
            "Reach",
            "Engagements",
            "Cost per engagement",
            "CPM",
        ],
    );
    for r in &plan.rows {
        open_row(&mut m);
        m.text(r.band.tier.name()).raw("</th>");
        write_cells(&mut m, r.band.tier.id(), r.purchase.as_ref(), c);
        m.raw("</tr>");
    }
    close_table(&mut m);
    html! {
        <>
        { m.html() }
        if with_working {
            <Disclosure summary="How each row is worked out, with every published reach rate">
                { deferred({
                    let plan = Rc::clone(plan);
                    Rc::new(move || {
                        let mut w = Markup::default();
                        write_workings(&mut w, &plan, c);
                        w.html()
                    })
                }) }
            </Disclosure>
        }
        </>
    }
}
