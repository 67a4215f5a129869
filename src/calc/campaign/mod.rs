//! What a campaign returned: the cost of each result, the return on the
//! spend, contradictions in the figures, and, per creator, the same from a
//! pasted table. One file per rule:
//!
//! - `metric.rs`: a result, why it can be missing, the one safe division
//! - `cost.rs`: CPM (from reach when impressions are missing), CPE, CPC, CPA
//! - `rate.rs`: conversion rate
//! - `returns.rs`: ROI, ROAS, ROI from profit, break-even CPA
//! - `flags.rs`: inputs that cannot all be true
//! - `goal.rs`: which results a goal shows first
//! - `benchmarks.rs`: published CPMs, and where there are none worth showing
//! - `emv.rs`: earned media value, labelled "not revenue"
//! - `sentiment.rs`: shares of comment categories and net sentiment
//! - `creators.rs`: results per creator from a table, totals, ranking, export
//!
//! All money is in the one currency the user works in; only benchmark and
//! EMV figures are in US dollars, and say so.

pub mod benchmarks;
pub mod cost;
pub mod creators;
pub mod emv;
pub mod flags;
pub mod goal;
mod metric;
pub mod rate;
pub mod returns;
pub mod sentiment;

pub use flags::Flag;
pub use goal::{Goal, Line};
pub use metric::{Cause, Input, Metric, MetricId, Missing, Unit};

/// A campaign's figures as given: counts from `parse_count`, amounts in one
/// currency from `parse_amount`, the margin in percent from `parse_percent`.
/// `None` where not given.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CampaignInputs {
    pub spend: Option<f64>,
    pub impressions: Option<u64>,
    pub reach: Option<u64>,
    pub engagements: Option<u64>,
    pub clicks: Option<u64>,
    pub conversions: Option<u64>,
    pub revenue: Option<f64>,
    pub average_order_value: Option<f64>,
    /// Gross margin in percent (`35` is 35%).
    pub margin: Option<f64>,
}

/// Every campaign result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    pub cpm: Metric,
    pub cpe: Metric,
    pub cpc: Metric,
    pub cpa: Metric,
    pub conversion_rate: Metric,
    pub roi: Metric,
    pub roas: Metric,
    pub profit_roi: Metric,
    pub break_even_cpa: Metric,
}

impl Metrics {
    /// Works out every result from `inputs`.
    #[must_use]
    pub fn compute(inputs: &CampaignInputs) -> Self {
        Self {
            cpm: cost::cpm(inputs),
            cpe: cost::cpe(inputs),
            cpc: cost::cpc(inputs),
            cpa: cost::cpa(inputs),
            conversion_rate: rate::conversion_rate(inputs),
            roi: returns::roi(inputs),
            roas: returns::roas(inputs),
            profit_roi: returns::profit_roi(inputs),
            break_even_cpa: returns::break_even_cpa(inputs),
        }
    }

    /// Every result, in [`MetricId::ALL`] order.
    #[must_use]
    pub const fn all(&self) -> [&Metric; 9] {
        [
            &self.cpm,
            &self.cpe,
            &self.cpc,
            &self.cpa,
            &self.conversion_rate,
            &self.roi,
            &self.roas,
            &self.profit_roi,
            &self.break_even_cpa,
        ]
    }

    /// The same results, where one is missing for want of an input that was
    /// typed but could not be read (`unread`), saying that input needs
    /// correcting rather than that it was not given.
    #[must_use]
    pub fn blaming(mut self, unread: &[Input]) -> Self {
        for m in [
            &mut self.cpm,
            &mut self.cpe,
            &mut self.cpc,
            &mut self.cpa,
            &mut self.conversion_rate,
            &mut self.roi,
            &mut self.roas,
            &mut self.profit_roi,
            &mut self.break_even_cpa,
        ] {
            if let Err(why) = &mut m.value {
                *why = why.blaming(unread);
            }
        }
        self
    }

    /// The result `id`; `None` for a sentiment share (see `sentiment.rs`).
    #[must_use]
    pub fn get(&self, id: MetricId) -> Option<&Metric> {
        self.all().into_iter().find(|m| m.id == id)
    }
}

/// What the page shows for a campaign.
#[derive(Clone, Debug, PartialEq)]
pub struct Campaign {
    pub metrics: Metrics,
    /// Inputs that cannot all be true; the results are still shown.
    pub flags: Vec<Flag>,
}

/// Works out every result and every contradiction from `inputs`.
#[must_use]
pub fn evaluate(inputs: &CampaignInputs) -> Campaign {
    Campaign {
        metrics: Metrics::compute(inputs),
        flags: flags::flags(inputs),
    }
}
