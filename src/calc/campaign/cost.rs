//! What each result cost: spend divided by what it bought.

use super::metric::{given_count, need, ratio, Cause, Input, Metric, MetricId, Missing};
use super::CampaignInputs;

/// Cost per thousand impressions; from reach, and saying so, when
/// impressions were not given.
#[must_use]
pub fn cpm(inputs: &CampaignInputs) -> Metric {
    let id = MetricId::Cpm;
    let spend = (Input::Spend, inputs.spend);
    match (inputs.impressions, inputs.reach) {
        (None, Some(reach)) => Metric {
            id,
            value: ratio(id, spend, given_count(Input::Reach, Some(reach)), 1_000.0),
            formula: "spend / reach x 1,000",
            inputs: &[Input::Spend, Input::Reach],
            note: Some(
                "From reach: impressions were not given. This is the cost per thousand \
                 people reached, higher than per thousand impressions when people saw \
                 the post more than once.",
            ),
        },
        (impressions, _) => Metric {
            id,
            value: match impressions {
                None => need(id, spend).and(Err(Missing {
                    metric: id,
                    cause: Cause::NoAudience,
                })),
                Some(_) => ratio(
                    id,
                    spend,
                    given_count(Input::Impressions, impressions),
                    1_000.0,
                ),
            },
            formula: "spend / impressions x 1,000",
            inputs: &[Input::Spend, Input::Impressions],
            note: None,
        },
    }
}

/// Spend divided by a count: cost per engagement, click or acquisition.
fn cost_per(
    id: MetricId,
    spend: Option<f64>,
    (per, count): (Input, Option<u64>),
    formula: &'static str,
    used: &'static [Input],
) -> Metric {
    Metric {
        id,
        value: ratio(id, (Input::Spend, spend), given_count(per, count), 1.0),
        formula,
        inputs: used,
        note: None,
    }
}

/// Cost per engagement.
#[must_use]
pub fn cpe(inputs: &CampaignInputs) -> Metric {
    cost_per(
        MetricId::Cpe,
        inputs.spend,
        (Input::Engagements, inputs.engagements),
        "spend / engagements",
        &[Input::Spend, Input::Engagements],
    )
}

/// Cost per click.
#[must_use]
pub fn cpc(inputs: &CampaignInputs) -> Metric {
    cost_per(
        MetricId::Cpc,
        inputs.spend,
        (Input::Clicks, inputs.clicks),
        "spend / clicks",
        &[Input::Spend, Input::Clicks],
    )
}

/// Cost per acquisition (a sale, a lead: whatever counts as a conversion).
#[must_use]
pub fn cpa(inputs: &CampaignInputs) -> Metric {
    cost_per(
        MetricId::Cpa,
        inputs.spend,
        (Input::Conversions, inputs.conversions),
        "spend / conversions",
        &[Input::Spend, Input::Conversions],
    )
}
