//! What the campaign returned for what it cost: from revenue, and from profit
//! when the margin is known. Never from earned media value (see `emv.rs`).

use super::metric::{divisor, finite, need, Input, Metric, MetricId};
use super::CampaignInputs;

/// Return on investment from revenue, in percent: `-100` when nothing sold.
#[must_use]
pub fn roi(inputs: &CampaignInputs) -> Metric {
    let id = MetricId::Roi;
    let value = need(id, (Input::Revenue, inputs.revenue)).and_then(|revenue| {
        let spend = divisor(id, (Input::Spend, inputs.spend))?;
        finite(id, (revenue - spend) / spend * 100.0)
    });
    Metric {
        id,
        value,
        formula: "(revenue - spend) / spend x 100",
        inputs: &[Input::Revenue, Input::Spend],
        note: Some("From revenue, not profit: the cost of the goods sold is not taken off."),
    }
}

/// Return on ad spend: revenue per unit of spend.
#[must_use]
pub fn roas(inputs: &CampaignInputs) -> Metric {
    let id = MetricId::Roas;
    let value = need(id, (Input::Revenue, inputs.revenue)).and_then(|revenue| {
        let spend = divisor(id, (Input::Spend, inputs.spend))?;
        finite(id, revenue / spend)
    });
    Metric {
        id,
        value,
        formula: "revenue / spend",
        inputs: &[Input::Revenue, Input::Spend],
        note: None,
    }
}

/// Return on investment from gross profit, in percent.
#[must_use]
pub fn profit_roi(inputs: &CampaignInputs) -> Metric {
    let id = MetricId::ProfitRoi;
    let value = need(id, (Input::Revenue, inputs.revenue)).and_then(|revenue| {
        let margin = need(id, (Input::Margin, inputs.margin))?;
        let spend = divisor(id, (Input::Spend, inputs.spend))?;
        finite(id, (revenue * (margin / 100.0) - spend) / spend * 100.0)
    });
    Metric {
        id,
        value,
        formula: "(revenue x gross margin - spend) / spend x 100",
        inputs: &[Input::Revenue, Input::Margin, Input::Spend],
        note: None,
    }
}

/// The most one sale may cost before it loses money: the gross profit on an
/// average order. A campaign whose cost per acquisition is above it lost
/// money on each sale (before any repeat purchase).
#[must_use]
pub fn break_even_cpa(inputs: &CampaignInputs) -> Metric {
    let id = MetricId::BreakEvenCpa;
    let value = need(id, (Input::AverageOrderValue, inputs.average_order_value)).and_then(|aov| {
        let margin = need(id, (Input::Margin, inputs.margin))?;
        finite(id, aov * (margin / 100.0))
    });
    Metric {
        id,
        value,
        formula: "average order value x gross margin",
        inputs: &[Input::AverageOrderValue, Input::Margin],
        note: None,
    }
}
