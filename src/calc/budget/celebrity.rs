//! One celebrity or many small creators: one celebrity post at a price,
//! against what the same money buys in (for instance) nano and micro creators
//! at their typical fees plus the fixed cost per creator.
//!
//! The money compared is the celebrity's price plus one fixed cost, so both
//! sides pay the same per-creator costs: the celebrity side buys one creator,
//! each other side as many as that money buys ([`super::planner::buys`]), with
//! reach after audience overlap.

use super::super::deliverable::Deliverable;
use super::super::sources::{Source, INFLUIZE_2020, OWN_ASSUMPTION};
use super::super::tier::TierBand;
use super::overlap::Overlap;
use super::planner::{
    plan, purchase, Buying, PlanInputs, PlanRow, Purchase, TierPrice, TypicalRate,
};
use super::{amount, Line, Value};

/// Influize 2020: top celebrities charge "upwards of £250,000 ($310,000)" for
/// an Instagram post; the same figure the brief behind this project cites.
pub const INFLUIZE_CELEBRITY_GBP: f64 = 250_000.0;
/// Influize's own dollar figure for the same price.
pub const INFLUIZE_CELEBRITY_USD: f64 = 310_000.0;
/// Whose the default price is.
pub const CELEBRITY_PRICE_SOURCE: Source = INFLUIZE_2020;

/// The celebrity's audience by default: this calculator's own assumption (a
/// round figure for a household name; the caller passes the real count).
pub const DEFAULT_CELEBRITY_FOLLOWERS: u64 = 100_000_000;
/// Whose the default audience is.
pub const CELEBRITY_FOLLOWERS_SOURCE: Source = OWN_ASSUMPTION;

/// Everything the comparison needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CelebrityInputs<'a> {
    /// The celebrity's price for one post, in the caller's currency.
    pub price: f64,
    pub followers: u64,
    /// The celebrity's typical engagement rate, where one is published.
    pub engagement: Option<TypicalRate>,
    pub deliverable: Deliverable,
    pub fixed_cost: f64,
    pub overlap: Overlap,
    /// The tiers to set against the celebrity (nano and micro), priced by the
    /// fee model: `(band, typical fee, typical engagement rate)`.
    pub alternatives: &'a [TierPrice],
}

/// One side of the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Side<'a> {
    /// `None` for the celebrity.
    pub band: Option<TierBand>,
    pub purchase: &'a Purchase,
}

/// The comparison: the same money spent on one celebrity or on each tier.
#[derive(Clone, Debug, PartialEq)]
pub struct CelebrityComparison {
    /// The money compared: the celebrity's price plus one fixed cost.
    pub money: f64,
    pub celebrity: Purchase,
    /// One row per alternative tier, in the order given.
    pub alternatives: Vec<PlanRow>,
    pub working: Vec<Line>,
}

impl CelebrityComparison {
    /// Every side with a result, the celebrity first: for a chart or table.
    #[must_use]
    pub fn sides(&self) -> Vec<Side<'_>> {
        let celebrity = Side {
            band: None,
            purchase: &self.celebrity,
        };
        std::iter::once(celebrity)
            .chain(self.alternatives.iter().filter_map(|row| {
                row.purchase.as_ref().map(|purchase| Side {
                    band: Some(row.band),
                    purchase,
                })
            }))
            .collect()
    }
}

/// One celebrity post against the same money spent on each alternative tier.
#[must_use]
pub fn compare(inputs: &CelebrityInputs<'_>) -> CelebrityComparison {
    let price = amount(inputs.price);
    let fixed_cost = amount(inputs.fixed_cost);
    let money = amount(price + fixed_cost);
    let celebrity = purchase(&Buying {
        budget: money,
        fee: price,
        fixed_cost,
        followers: inputs.followers,
        engagement: inputs.engagement,
        deliverable: inputs.deliverable,
        overlap: inputs.overlap,
    });
    let alternatives = plan(&PlanInputs {
        budget: money,
        fixed_cost,
        deliverable: inputs.deliverable,
        overlap: inputs.overlap,
        tiers: inputs.alternatives,
    })
    .rows;
    let working = vec![
        Line::given(
            "Celebrity's price",
            Value::Money(price),
            "One post. Influize 2020 puts a top celebrity's Instagram post at upwards of \
             this by default (the figure the brief behind this project cites).",
        ),
        Line::given(
            "Celebrity's audience",
            Value::Followers(celebrity.followers),
            "Followers of the celebrity's account (by default our own round figure).",
        ),
        Line::given(
            "Money compared",
            Value::Money(money),
            "The celebrity's price plus one fixed cost: each side pays the fixed cost for \
             every creator it books.",
        ),
        inputs.overlap.line(),
    ];
    CelebrityComparison {
        money,
        celebrity,
        alternatives,
        working,
    }
}
