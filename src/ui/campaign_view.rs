//! The campaign view: the campaign's figures on the left; on the right what
//! it returned (the results that measure its goal first), then the panels
//! that explain the results once the first frame is out.

use yew::prelude::*;

use super::ad_reminder::ad_reminder;
use super::app::View;
use super::campaign_creators::CampaignCreators;
use super::campaign_fields::campaign_fields;
use super::campaign_panels::{benchmarks, emv_panel, sentiment};
use super::campaign_results::{flags, results, shown};
use super::copy_link::CopyLink;
use super::embed_view::open_full;
use super::markup::{raw, Markup};
use super::summary_bar::summary_bar;
use crate::calc::campaign::creators::RankBy;
use crate::calc::campaign::sentiment::sentiment as tally;
use crate::calc::campaign::{Goal, Line};
use crate::calc::choice::Choice;
use crate::state::Key;

/// The campaign view.
pub fn campaign_view(props: &View) -> Html {
    let state = props.state;
    let c = state.currency;
    let form = state.campaign_with(props.results.clone());
    let campaign = form.evaluate();
    let m = &campaign.metrics;
    let goal = Goal::from_id(state.text(Key::Goal)).unwrap_or_default();
    let (rows, rows_error) = match &form.creators {
        Ok(r) => {
            let problems: Vec<String> = r.problems.iter().map(ToString::to_string).collect();
            (
                Some(r.clone()).filter(|r| !r.rows.is_empty()),
                (!problems.is_empty()).then(|| AttrValue::from(problems.join("; "))),
            )
        }
        Err(e) => (None, Some(AttrValue::from(e.to_string()))),
    };
    let differs: Vec<&str> = form.differs.iter().map(|i| i.phrase()).collect();
    let mut preface = Markup::default();
    if form.from_rows {
        preface
            .raw(r#"<p class="note">Figures not typed here are the per-creator rows' totals.</p>"#);
    }
    if !differs.is_empty() {
        preface
            .raw(r#"<p class="note" data-differs=""#)
            .text(&differs.join(","));
        preface
            .raw(r#"">The per-creator totals differ from the figures typed here for "#)
            .text(&differs.join(", "))
            .raw(": the results use the typed figures.</p>");
    }
    let preface = preface.html();
    if props.compact {
        return html! {
            <main class="embed campaign" id="main" key="campaign">
                { raw("<h1>Influencer campaign results</h1>") }
                { campaign_fields(state, props.actions, &form, &campaign.flags, rows_error, true, false) }
                { results(goal, m, &form.inputs, c, preface) }
                { flags(&campaign.flags) }
                { open_full(state) }
            </main>
        };
    }
    // The figures that measure the goal, for the bar pinned on phones.
    let glance: Vec<String> = goal.order()[..goal.leading()]
        .iter()
        .filter_map(|l| match l {
            Line::Metric(id) => m
                .get(*id)?
                .ok()
                .map(|v| id.short().to_owned() + " " + &shown(id.unit(), v, c)),
            Line::Input(_) => None,
        })
        .collect();
    let counts = form.sentiment;
    let any_comments = [
        counts.positive,
        counts.neutral,
        counts.negative,
        counts.questions,
    ]
    .iter()
    .any(Option::is_some);
    html! {
        <>
        <main class="layout campaign" id="main" key="campaign">
            { campaign_fields(state, props.actions, &form, &campaign.flags, rows_error, false, props.settled) }
            <div class="results" id="results">
                { results(goal, m, &form.inputs, c, preface) }
                { flags(&campaign.flags) }
                <CopyLink />
                if props.settled {
                    if let Some(rows) = rows {
                        <CampaignCreators results={rows} totals={form.totals.clone()} currency={c}
                            rank={RankBy::from_id(state.text(Key::Rank)).unwrap_or_default()}
                            on_text={props.actions.text.clone()} />
                    }
                    { benchmarks(state.platform, m.cpm.ok(), c) }
                    if any_comments { { sentiment(&tally(&counts), &form.inputs, c) } }
                    if state.emv { { emv_panel(state.platform, &form.inputs, c) } }
                    { ad_reminder() }
                }
            </div>
        </main>
        { summary_bar(&glance) }
        </>
    }
}
