//! Conversion rate: the share of clicks that became a sale or a lead.

use super::metric::{given_count, ratio, Input, Metric, MetricId};
use super::CampaignInputs;

/// Conversions per click, in percent. Above 100% when conversions were
/// counted without a click (promo codes, view-through): shown, and flagged.
#[must_use]
pub fn conversion_rate(inputs: &CampaignInputs) -> Metric {
    let id = MetricId::ConversionRate;
    Metric {
        id,
        value: ratio(
            id,
            given_count(Input::Conversions, inputs.conversions),
            given_count(Input::Clicks, inputs.clicks),
            100.0,
        ),
        formula: "conversions / clicks x 100",
        inputs: &[Input::Conversions, Input::Clicks],
        note: None,
    }
}
