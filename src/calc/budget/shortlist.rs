//! Totals of a shortlist: which creators are priced right, what the list
//! costs against the budget, and what fits.
//!
//! Each creator costs their quote where one is given, else their typical fee,
//! plus the fixed cost per creator. Rows are sorted by cost per engagement,
//! cheapest first (creators whose engagements are unknown last), and taken in
//! that order while the budget lasts: a creator who does not fit is skipped and
//! cheaper ones after them may still fit.

use super::super::bands::count;
use super::planner::ROUNDING_SLACK;
use super::quote::{FeeRange, Position};
use super::{
    amount, followers as read_followers, percent, ratio, Line, Value, MAX_ENGAGEMENT_PERCENT,
};

use super::reach::people;

/// One creator on the shortlist.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    pub followers: u64,
    /// Engagement rate per follower, in percent.
    pub engagement_percent: f64,
    /// Our fair range for this creator (the fee model's).
    pub range: FeeRange,
    /// The creator's quote, if one was given.
    pub quote: Option<f64>,
}

/// One creator's row, in cost-per-engagement order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShortlistRow {
    /// The creator's place in the list given.
    pub index: usize,
    /// The quote, or the typical fee when no quote was given.
    pub fee: f64,
    pub from_quote: bool,
    /// Fee plus fixed cost.
    pub cost: f64,
    /// Where the quote sits in the fair range; `None` without a quote.
    pub position: Option<Position>,
    pub engagements: f64,
    /// Cost per expected engagement; `None` when there are none.
    pub cost_per_engagement: Option<f64>,
    /// Whether the creator is taken within the budget.
    pub fits: bool,
}

/// The shortlist's totals against the budget.
#[derive(Clone, Debug, PartialEq)]
pub struct ShortlistTotals {
    pub budget: f64,
    /// Sorted by cost per engagement, cheapest first.
    pub rows: Vec<ShortlistRow>,
    /// Every creator's cost: quotes where given, else typical fees, plus fixed costs.
    pub total: f64,
    /// The whole list at the low and the high end of each fair range, fixed costs included.
    pub total_low: f64,
    pub total_high: f64,
    /// Budget minus total: negative when the list costs more than the budget.
    pub left: f64,
    /// Creators taken within the budget, and what they cost together.
    pub fitting: usize,
    pub fitting_cost: f64,
    pub working: Vec<Line>,
}

/// Totals of `candidates` against `budget`, each creator costing
/// `fixed_cost` beyond the fee.
#[must_use]
pub fn totals(budget: f64, fixed_cost: f64, candidates: &[Candidate]) -> ShortlistTotals {
    let budget = amount(budget);
    let fixed = amount(fixed_cost);
    let mut rows: Vec<ShortlistRow> = candidates
        .iter()
        .enumerate()
        .map(|(index, c)| {
            let range = FeeRange::new(c.range.low, c.range.typical, c.range.high);
            // A quote that is not a number is no quote.
            let quote = c.quote.filter(|q| !q.is_nan()).map(amount);
            let fee = quote.unwrap_or(range.typical);
            let cost = fee + fixed;
            let engagements = people(
                read_followers(c.followers),
                percent(c.engagement_percent, MAX_ENGAGEMENT_PERCENT),
            );
            ShortlistRow {
                index,
                fee,
                from_quote: quote.is_some(),
                cost,
                position: quote.map(|q| Position::of(q, range)),
                engagements,
                cost_per_engagement: ratio(cost, engagements),
                fits: false,
            }
        })
        .collect();
    // Stable: equal costs per engagement keep the order given.
    crate::calc::order::sort_by_key(&mut rows, |r| r.cost_per_engagement);
    let limit = budget * (1.0 + ROUNDING_SLACK);
    let mut fitting_cost = 0.0;
    let mut fitting = 0;
    for row in &mut rows {
        if fitting_cost + row.cost <= limit {
            fitting_cost += row.cost;
            fitting += 1;
            row.fits = true;
        }
    }
    // Never shown above the budget, even by a rounding error.
    let fitting_cost = fitting_cost.min(budget);
    let total: f64 = rows.iter().map(|r| r.cost).sum();
    let per_creator_fixed = fixed * count(u64::try_from(candidates.len()).unwrap_or(u64::MAX));
    let ranges = candidates
        .iter()
        .map(|c| FeeRange::new(c.range.low, c.range.typical, c.range.high));
    let total_low = ranges.clone().map(|r| r.low).sum::<f64>() + per_creator_fixed;
    let total_high = ranges.map(|r| r.high).sum::<f64>() + per_creator_fixed;
    let left = budget - total;
    let working = vec![
        Line::given("Budget", Value::Money(budget), ""),
        Line::given(
            "Shortlist in total",
            Value::Money(total),
            "Each creator's quote where given, else their typical fee, plus the fixed cost.",
        ),
        Line::given(
            "At the low ends",
            Value::Money(total_low),
            "Every creator at the low end of their fair range, plus fixed costs.",
        ),
        Line::given(
            "At the high ends",
            Value::Money(total_high),
            "Every creator at the high end of their fair range, plus fixed costs.",
        ),
        Line::given(
            "Left",
            Value::Money(left),
            "Budget minus the shortlist's total; negative when it is over budget.",
        ),
        Line::given(
            "Fits the budget",
            Value::Creators(u64::try_from(fitting).unwrap_or(u64::MAX)),
            "Taken cheapest per engagement first while the budget lasts.",
        ),
        Line::given("Their cost", Value::Money(fitting_cost), ""),
    ];
    ShortlistTotals {
        budget,
        rows,
        total,
        total_low,
        total_high,
        left,
        fitting,
        fitting_cost,
        working,
    }
}
