#![cfg(not(target_arch = "wasm32"))]
//! The campaign view's form, read from the state the way a share link or the
//! page's fields fill it: each field parsed with its own message, and the
//! per-creator rows' totals standing in for the campaign when only rows are
//! given.
#![allow(clippy::float_cmp)]

use influencer_rate_calculator::calc::campaign::{evaluate, Goal, Input, Line, MetricId};
use influencer_rate_calculator::calc::choice::Choice;
use influencer_rate_calculator::state::{given, key_of_input, Action, Key, Mode, State};

const FIVE: &str = "name,spend,impressions,engagements,clicks,conversions,revenue
@ana,2400,180000,9100,1400,70,6500
@ben,3100,210000,10400,1500,82,7700
@cleo,1800,120000,5600,900,41,3900
@dev,2900,200000,9900,1500,74,6900
@eli,1800,140000,6000,900,43,4000";

fn typed(texts: &[(Key, &str)]) -> State {
    texts.iter().fold(
        State::default().apply(Action::Mode(Mode::Campaign)),
        |s, &(k, t)| s.apply(Action::Text(k, t.to_owned())),
    )
}

#[test]
fn every_campaign_input_has_the_url_key_of_the_same_name() {
    for &input in Input::ALL {
        assert_eq!(key_of_input(input).id(), input.id());
    }
}

#[test]
fn a_brand_that_spent_12000_sees_what_the_campaign_returned() {
    let form = State::default()
        .apply(Action::Mode(Mode::Campaign))
        .example()
        .campaign();
    assert!(form.errors.is_empty());
    assert!(!form.from_rows);
    let m = evaluate(&form.inputs).metrics;
    assert_eq!(m.cpm.ok(), Some(12_000.0 / 850_000.0 * 1_000.0));
    assert_eq!(m.cpa.ok(), Some(12_000.0 / 310.0));
    assert_eq!(given(&form.inputs, Input::Margin), Some(55.0));
}

#[test]
fn a_field_that_cannot_be_read_says_so_by_name_and_counts_as_not_given() {
    let form = typed(&[
        (Key::Spend, "lots"),
        (Key::Clicks, "-3"),
        (Key::Margin, "120"),
    ])
    .campaign();
    assert_eq!(
        form.error(Input::Spend),
        Some("Spend must be a number, like 12,500 or 12.5K")
    );
    assert_eq!(form.error(Input::Clicks), Some("Clicks can't be negative"));
    assert_eq!(
        form.error(Input::Margin),
        Some("Gross margin can't be more than 100%")
    );
    assert_eq!(form.inputs.spend, None);
    assert_eq!(form.inputs.clicks, None);
}

/// What result `id` says for a form typed so.
#[track_caller]
fn says(texts: &[(Key, &str)], id: MetricId, want: &str) {
    let campaign = typed(texts).campaign().evaluate();
    let m = campaign.metrics.get(id).unwrap_or_else(|| panic!("{id:?}"));
    assert_eq!(
        m.value.map_or_else(|w| w.to_string(), |v| v.to_string()),
        want
    );
}

#[test]
fn a_result_waiting_on_a_figure_typed_wrongly_says_to_correct_it() {
    let t = |c| [(Key::Clicks, "100000"), (Key::Conversions, c)];
    says(
        &t("-3"),
        MetricId::ConversionRate,
        "Conversions needs correcting: no conversion rate",
    );
    says(
        &t(""),
        MetricId::ConversionRate,
        "No conversions: no conversion rate",
    );
    says(&t("30"), MetricId::ConversionRate, "0.03");
    says(
        &[(Key::Spend, "lots"), (Key::Impressions, "1K")],
        MetricId::Cpm,
        "Spend needs correcting: no cost per thousand impressions",
    );
    says(
        &[(Key::Spend, "12K"), (Key::Impressions, "abc")],
        MetricId::Cpm,
        "Impressions needs correcting: no cost per thousand impressions",
    );
    says(
        &[(Key::Spend, "12K")],
        MetricId::Cpm,
        "No impressions or reach: no cost per thousand impressions",
    );
    says(
        &[(Key::Spend, "12K"), (Key::Reach, "-1")],
        MetricId::Cpm,
        "Reach needs correcting: no cost per thousand impressions",
    );
}

#[test]
fn with_only_rows_the_campaign_figures_are_their_totals() {
    let form = typed(&[(Key::Results, FIVE), (Key::Margin, "55")]).campaign();
    assert!(form.from_rows);
    assert_eq!(form.inputs.spend, Some(12_000.0));
    assert_eq!(form.inputs.impressions, Some(850_000));
    assert_eq!(form.inputs.conversions, Some(310));
    assert_eq!(form.inputs.revenue, Some(29_000.0));
    assert_eq!(form.inputs.margin, Some(55.0));
    let example = State::default()
        .apply(Action::Mode(Mode::Campaign))
        .example()
        .campaign();
    let (a, b) = (
        evaluate(&form.inputs).metrics,
        evaluate(&example.inputs).metrics,
    );
    assert_eq!(a.cpm, b.cpm);
    assert_eq!(a.roas, b.roas);
}

#[test]
fn typed_figures_win_the_rest_come_from_the_rows_and_a_disagreeing_total_is_named() {
    let form = typed(&[
        (Key::Results, FIVE),
        (Key::Spend, "15000"),
        (Key::Clicks, "6,200"),
    ])
    .campaign();
    assert!(form.from_rows);
    assert_eq!(form.inputs.spend, Some(15_000.0));
    assert_eq!(form.inputs.impressions, Some(850_000));
    assert_eq!(form.differs, vec![Input::Spend]);
}

#[test]
fn a_bad_row_is_named_by_row_and_column_and_the_rest_are_read() {
    let rows = "name,spend,clicks\n@ana,100,10\n@ben,lots,5";
    let form = typed(&[(Key::Results, rows)]).campaign();
    let creators = form.creators.expect("readable");
    assert_eq!(creators.rows.len(), 2);
    assert_eq!(
        creators.problems[0].to_string(),
        "Row 3, spend: spend must be a number, like 12,500 or 12.5K"
    );
    assert_eq!(form.inputs.spend, Some(100.0));
    assert_eq!(form.inputs.clicks, Some(15));
}

#[test]
fn a_table_without_spend_cannot_be_read_and_gives_no_totals() {
    let form = typed(&[(Key::Results, "name,clicks\n@ana,10")]).campaign();
    assert!(form.creators.is_err());
    assert_eq!(form.totals, None);
    assert_eq!(form.inputs.clicks, None);
}

#[test]
fn every_goal_leads_with_a_result_that_measures_it() {
    for goal in [Goal::Awareness, Goal::Traffic, Goal::Sales, Goal::Leads] {
        let lead = &goal.order()[..goal.leading()];
        assert!(
            lead.iter().any(|l| matches!(l, Line::Metric(_))),
            "{goal:?}"
        );
        assert!(goal.leading() < goal.order().len());
    }
}
