//! The budget planner: for each tier, how many creators a budget buys and
//! how many people they reach.
//!
//! For a tier the fee model prices at `fee` per creator:
//! - the account is the band's geometric middle ([`Span::middle`](super::super::bands::Span::middle));
//! - creators bought = floor(budget / (fee + fixed cost per creator)), a whole
//!   number, 0 when one costs more than the budget;
//! - reach = the unique reach of those creators ([`Overlap`]), each reaching
//!   followers x the reach rate ([`reach`]);
//! - engagements = creators x followers x the tier's typical engagement rate
//!   (each engagement is an action on one post, so no overlap applies); on a
//!   platform whose benchmarks are by views (TikTok, YouTube), creators x the
//!   views a post gets (followers x the reach rate, before overlap) x the
//!   typical rate by views;
//! - cost per engagement = spend / engagements, CPM = spend / reach x 1,000.

use super::super::bands::count;
use super::super::benchmarks::RateKind;
use super::super::deliverable::Deliverable;
use super::super::tier::TierBand;
use super::overlap::Overlap;
use super::reach::{people, reach, Reach};
use super::{
    amount, followers as read_followers, percent, ratio, whole, Line, Value, MAX_ENGAGEMENT_PERCENT,
};

/// The most creators counted: beyond 2^53 whole numbers are not exact in f64.
/// A bound of arithmetic only; no real budget comes near it.
pub const MAX_CREATORS: u64 = 1 << 53;

/// How far a total may pass the budget through rounding alone, as a share of
/// the budget: 3 x 0.1 is 0.30000000000000004 in binary floating point, and
/// 30p still buys three creators at 10p. A few units in the last place: it
/// can add a creator only beyond about 10^15 creators.
pub const ROUNDING_SLACK: f64 = 4.0 * f64::EPSILON;

/// How many creators costing `cost_each` a `budget` buys: the largest whole
/// number whose total is within budget (give or take [`ROUNDING_SLACK`]). 0
/// when one costs more than the budget, or when no cost is given (0, negative
/// or NaN).
#[must_use]
pub fn buys(budget: f64, cost_each: f64) -> u64 {
    let (budget, cost) = (amount(budget), amount(cost_each));
    if cost <= 0.0 {
        return 0;
    }
    let limit = budget * (1.0 + ROUNDING_SLACK);
    let mut n = whole(budget / cost).min(MAX_CREATORS);
    // The quotient is rounded once, so floor() is at most one off either way.
    if n > 0 && count(n) * cost > limit {
        n -= 1;
    }
    if n < MAX_CREATORS && count(n + 1) * cost <= limit {
        n += 1;
    }
    n
}

/// The representative account of a tier: its band's geometric middle,
/// rounded to a whole follower; `None` for a band with no middle (`[0, None)`).
#[must_use]
pub fn representative_followers(band: &TierBand) -> Option<u64> {
    band.span.middle().map(|m| read_followers(whole(m.round())))
}

/// A typical engagement rate, in percent, and what it is a share of: the
/// followers, or the views a post gets (on platforms whose benchmarks are
/// by views).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TypicalRate {
    pub percent: f64,
    pub kind: RateKind,
}

impl TypicalRate {
    /// A rate per follower.
    #[must_use]
    pub fn per_follower(percent: f64) -> Self {
        Self {
            percent,
            kind: RateKind::PerFollower,
        }
    }

    /// A rate by views.
    #[must_use]
    pub fn per_view(percent: f64) -> Self {
        Self {
            percent,
            kind: RateKind::PerView,
        }
    }

    /// The rate as read (see [`percent`]).
    #[must_use]
    pub fn read_percent(self) -> f64 {
        percent(self.percent, MAX_ENGAGEMENT_PERCENT)
    }

    /// Expected engagements on one post of an account with `followers`
    /// whose post is seen `views` times: followers x the rate per follower,
    /// or views x the rate by views (`None` without views).
    #[must_use]
    pub fn engagements(self, followers: u64, views: Option<f64>) -> Option<f64> {
        match self.kind {
            RateKind::PerFollower => Some(people(followers, self.read_percent())),
            RateKind::PerView => views.map(|v| v * self.read_percent() / 100.0),
        }
    }
}

/// What one kind of creator costs and what buying as many as a budget allows
/// brings in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Buying {
    /// The money available, in the caller's currency.
    pub budget: f64,
    /// The creator's fee (from the fee model, or a celebrity's price).
    pub fee: f64,
    /// Per-creator costs beyond the fee: product, shipping, management time.
    pub fixed_cost: f64,
    pub followers: u64,
    /// The typical engagement rate; `None` where no benchmark gives one,
    /// and then engagements are unknown.
    pub engagement: Option<TypicalRate>,
    pub deliverable: Deliverable,
    pub overlap: Overlap,
}

/// The result of [`purchase`]. Every number is finite; a figure that cannot be
/// computed (reach on a platform with no published reach rate, cost per
/// engagement with no engagements) is `None`.
#[derive(Clone, Debug, PartialEq)]
pub struct Purchase {
    pub followers: u64,
    /// Fee plus fixed cost.
    pub cost_each: f64,
    pub creators: u64,
    /// What the creators cost together: at most the budget.
    pub spend: f64,
    /// Budget minus spend.
    pub left: f64,
    /// The reach rate for one post of one creator, with every published figure.
    pub reach_rate: Reach,
    /// People reached by all the creators together, after overlap.
    pub reach: Option<f64>,
    /// Expected engagements; `None` without a typical engagement rate (or,
    /// for a rate by views, without a reach rate).
    pub engagements: Option<f64>,
    pub cost_per_engagement: Option<f64>,
    /// Spend per 1,000 people reached.
    pub cpm: Option<f64>,
    pub working: Vec<Line>,
}

/// How many creators of one kind the budget buys, and what they bring in.
#[must_use]
pub fn purchase(buying: &Buying) -> Purchase {
    let budget = amount(buying.budget);
    let (fee, fixed) = (amount(buying.fee), amount(buying.fixed_cost));
    let cost_each = amount(fee + fixed);
    let followers = read_followers(buying.followers);
    let creators = buys(budget, cost_each);
    // Never shown above the budget, even by a rounding error.
    let spend = (count(creators) * cost_each).min(budget);
    let reach_rate = reach(buying.deliverable, followers);
    let reach_each = reach_rate.people();
    let reach = reach_each.map(|each| buying.overlap.unique_reach(creators, each));
    let engagements = buying
        .engagement
        .and_then(|rate| rate.engagements(followers, reach_each))
        .map(|each| count(creators) * each);
    let cost_per_engagement = engagements.and_then(|e| ratio(spend, e));
    let cpm = reach.and_then(|r| ratio(spend * 1_000.0, r));

    let mut working = vec![
        Line::given(
            "Fee per creator",
            Value::Money(fee),
            "The creator's typical fee.",
        ),
        Line::given(
            "Fixed cost per creator",
            Value::Money(fixed),
            "Product, shipping and management time for each creator, beyond the fee.",
        ),
        Line::given(
            "Creators the budget buys",
            Value::Creators(creators),
            if creators == 0 {
                "None: one creator costs more than the budget, or no cost was given."
            } else {
                "Budget / (fee + fixed cost), rounded down to whole creators."
            },
        ),
        Line::given(
            "Spend",
            Value::Money(spend),
            "Creators x (fee + fixed cost).",
        ),
    ];
    working.extend(reach_rate.working.iter().take(1).cloned());
    working.push(buying.overlap.line());
    working.extend([
        Line::given(
            "Expected reach",
            Value::people(reach),
            if reach.is_some() {
                "Unique people reached: followers x reach rate, across the creators after overlap."
            } else {
                "Unknown: no reach rate is published for this platform."
            },
        ),
        typical_line(buying.engagement),
        engagements_line(buying.engagement, engagements),
        Line::given(
            "Cost per engagement",
            Value::money(cost_per_engagement),
            "Spend / expected engagements.",
        ),
        Line::given(
            "CPM on reach",
            Value::money(cpm),
            "Spend / expected reach x 1,000.",
        ),
    ]);
    Purchase {
        followers,
        cost_each,
        creators,
        spend,
        left: (budget - spend).max(0.0),
        reach_rate,
        reach,
        engagements,
        cost_per_engagement,
        cpm,
        working,
    }
}

/// The working line for the typical engagement rate used.
fn typical_line(rate: Option<TypicalRate>) -> Line {
    match rate {
        Some(rate) => Line::given(
            match rate.kind {
                RateKind::PerFollower => "Typical engagement rate",
                RateKind::PerView => "Typical engagement rate by views",
            },
            Value::Percent(rate.read_percent()),
            "The middle of the typical range the creator view's verdict uses for an \
             account of this size.",
        ),
        None => Line::given(
            "Typical engagement rate",
            Value::None,
            "None: no benchmark covers an account of this size on this platform.",
        ),
    }
}

/// The working line for the expected engagements at `rate`.
fn engagements_line(rate: Option<TypicalRate>, engagements: Option<f64>) -> Line {
    Line::given(
        "Expected engagements",
        Value::people(engagements),
        match (rate.map(|r| r.kind), engagements) {
            (Some(RateKind::PerFollower), Some(_)) => {
                "Creators x followers x the typical engagement rate."
            }
            (Some(RateKind::PerView), Some(_)) => {
                "Creators x the views one post gets (followers x reach rate, before \
                 overlap) x the typical engagement rate by views: this platform's \
                 benchmarks are by views."
            }
            (Some(RateKind::PerView), None) => {
                "Unknown: this platform's benchmarks are by views, and no reach rate \
                 is published to give the views."
            }
            _ => "Unknown: no benchmark gives a typical engagement rate on this platform.",
        },
    )
}

/// One tier as the fee model prices it: `(band, typical fee per creator,
/// typical engagement rate, where one is published)`.
pub type TierPrice = (TierBand, f64, Option<TypicalRate>);

/// Everything the planner needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanInputs<'a> {
    pub budget: f64,
    pub fixed_cost: f64,
    /// What each creator is asked for; its platform decides the reach rate.
    pub deliverable: Deliverable,
    pub overlap: Overlap,
    pub tiers: &'a [TierPrice],
}

/// One tier's row of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub band: TierBand,
    /// What the budget buys in this tier; `None` for a band with no middle.
    pub purchase: Option<Purchase>,
}

/// The plan: one row per tier, in the order given.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The budget as read (see [`amount`]).
    pub budget: f64,
    pub rows: Vec<PlanRow>,
}

/// For each tier, what the whole budget buys in creators of that tier.
#[must_use]
pub fn plan(inputs: &PlanInputs<'_>) -> Plan {
    let budget = amount(inputs.budget);
    let rows = inputs
        .tiers
        .iter()
        .map(|&(band, fee, engagement)| PlanRow {
            band,
            purchase: representative_followers(&band).map(|followers| {
                let mut bought = purchase(&Buying {
                    budget,
                    fee,
                    fixed_cost: inputs.fixed_cost,
                    followers,
                    engagement,
                    deliverable: inputs.deliverable,
                    overlap: inputs.overlap,
                });
                bought.working.insert(
                    0,
                    Line::given(
                        "Account size",
                        Value::Followers(followers),
                        "The tier's typical account: the geometric middle of its follower band.",
                    ),
                );
                bought
            }),
        })
        .collect();
    Plan { budget, rows }
}
