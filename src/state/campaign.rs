//! The campaign view's inputs read from the state's text: each field parsed
//! once with its error kept for the field, the per-creator table parsed, and
//! the figures the results use (the rows' totals when only rows are given).

use std::rc::Rc;

use crate::calc::amount::{parse_amount, parse_percent};
use crate::calc::campaign::creators::{parse_results, totals, CreatorResults, Totals};
use crate::calc::campaign::sentiment::SentimentCounts;
use crate::calc::campaign::{evaluate, Campaign, CampaignInputs, Input};
use crate::calc::choice::Choice;
use crate::calc::csv::TableError;
use crate::calc::input::{parse_count, InputError};

use super::{Key, State};

/// The campaign as the page reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct CampaignForm {
    /// The figures every result is worked out from.
    pub inputs: CampaignInputs,
    /// Whether some of `inputs` are the per-creator rows' totals: each
    /// figure not typed is taken from the rows (all of them when only rows
    /// are given).
    pub from_rows: bool,
    pub sentiment: SentimentCounts,
    /// The message for each field that could not be read, naming it.
    pub errors: Vec<(Input, String)>,
    /// The per-creator table, or why it cannot be read at all.
    pub creators: ReadResults,
    /// The rows' totals, when there are rows.
    pub totals: Option<Totals>,
    /// Figures typed for the campaign that the rows' totals contradict.
    pub differs: Vec<Input>,
}

impl CampaignForm {
    /// What the page shows for these figures; a result missing for want of
    /// a figure that was typed but could not be read says that figure needs
    /// correcting, not that it was not given.
    #[must_use]
    pub fn evaluate(&self) -> Campaign {
        let mut campaign = evaluate(&self.inputs);
        let unread: Vec<Input> = self.errors.iter().map(|(i, _)| *i).collect();
        campaign.metrics = campaign.metrics.blaming(&unread);
        campaign
    }
}

/// The per-creator table as read, shared: the page reads a pasted table once
/// and keeps it while other fields change.
pub type ReadResults = Result<Rc<CreatorResults>, TableError>;

/// Reads the per-creator table's text (see [`parse_results`]).
///
/// # Errors
/// As [`parse_results`]: when the table cannot be read at all.
pub fn read_results(text: &str) -> ReadResults {
    parse_results(text).map(Rc::new)
}

/// The URL key of a campaign input (they share their ids).
#[must_use]
pub fn key_of_input(input: Input) -> Key {
    Key::from_id(input.id()).unwrap_or(Key::Spend)
}

/// The figures the rows can give, typed or totalled, in the rows' column
/// order (after the name).
pub const ROW_INPUTS: [Input; 6] = [
    Input::Spend,
    Input::Impressions,
    Input::Engagements,
    Input::Clicks,
    Input::Conversions,
    Input::Revenue,
];

/// What `input` holds in `inputs` (a count as a float); `None` where not
/// given or not a campaign figure (the comment counts).
#[must_use]
#[allow(clippy::cast_precision_loss)] // counts are capped at 1e10 < 2^53
pub fn given(inputs: &CampaignInputs, input: Input) -> Option<f64> {
    let n = |v: Option<u64>| v.map(|v| v as f64);
    match input {
        Input::Spend => inputs.spend,
        Input::Impressions => n(inputs.impressions),
        Input::Reach => n(inputs.reach),
        Input::Engagements => n(inputs.engagements),
        Input::Clicks => n(inputs.clicks),
        Input::Conversions => n(inputs.conversions),
        Input::Revenue => inputs.revenue,
        Input::AverageOrderValue => inputs.average_order_value,
        Input::Margin => inputs.margin,
        _ => None,
    }
}

impl State {
    /// The campaign's figures, their errors and the per-creator table.
    #[must_use]
    pub fn campaign(&self) -> CampaignForm {
        self.campaign_with(read_results(self.text(Key::Results)))
    }

    /// The same, with the per-creator table already read from this state's
    /// text (the page keeps it between keystrokes in other fields).
    #[must_use]
    pub fn campaign_with(&self, creators: ReadResults) -> CampaignForm {
        let mut errors = Vec::new();
        let mut read = |input: Input, parse: fn(&str) -> Result<Option<f64>, InputError>| {
            parse(self.text(key_of_input(input))).unwrap_or_else(|e| {
                errors.push((input, e.message(input.name())));
                None
            })
        };
        let (spend, revenue, aov) = (
            read(Input::Spend, parse_amount),
            read(Input::Revenue, parse_amount),
            read(Input::AverageOrderValue, parse_amount),
        );
        let margin = read(Input::Margin, parse_percent);
        let mut count = |input: Input| {
            parse_count(self.text(key_of_input(input))).unwrap_or_else(|e| {
                errors.push((input, e.message(input.name())));
                None
            })
        };
        let typed = CampaignInputs {
            spend,
            impressions: count(Input::Impressions),
            reach: count(Input::Reach),
            engagements: count(Input::Engagements),
            clicks: count(Input::Clicks),
            conversions: count(Input::Conversions),
            revenue,
            average_order_value: aov,
            margin,
        };
        let sentiment = SentimentCounts {
            positive: count(Input::Positive),
            neutral: count(Input::Neutral),
            negative: count(Input::Negative),
            questions: count(Input::Questions),
        };
        let totals = match &creators {
            Ok(c) if !c.rows.is_empty() => Some(totals(&c.rows)),
            _ => None,
        };
        let (inputs, from_rows, differs) = match &totals {
            Some(t) => {
                let r = &t.inputs;
                let differs = ROW_INPUTS
                    .into_iter()
                    .filter(|&i| match (given(&typed, i), given(r, i)) {
                        (Some(a), Some(b)) => (a - b).abs() > 1e-9 * a.abs().max(1.0),
                        _ => false,
                    })
                    .collect();
                let merged = CampaignInputs {
                    spend: typed.spend.or(r.spend),
                    impressions: typed.impressions.or(r.impressions),
                    engagements: typed.engagements.or(r.engagements),
                    clicks: typed.clicks.or(r.clicks),
                    conversions: typed.conversions.or(r.conversions),
                    revenue: typed.revenue.or(r.revenue),
                    ..typed
                };
                (merged, merged != typed, differs)
            }
            None => (typed, false, Vec::new()),
        };
        CampaignForm {
            inputs,
            from_rows,
            sentiment,
            errors,
            creators,
            totals,
            differs,
        }
    }
}

impl CampaignForm {
    /// The message for `input`'s field, if its text cannot be read.
    #[must_use]
    pub fn error(&self, input: Input) -> Option<&str> {
        self.errors
            .iter()
            .find(|(i, _)| *i == input)
            .map(|(_, m)| m.as_str())
    }
}
