//! The quote checker: is this offer fair for this creator?
//!
//! offer = cash + retail value of free product + expected commission, where
//! expected commission = commission rate x expected sales x average order value
//! and expected sales = followers x reach rate x click-through rate x conversion
//! rate. Free product counts toward the fee, at its retail value; commission
//! counts at its expected value, and the answer says how much of the offer is
//! certain (cash and product) and how much depends on sales.
//!
//! The offer is `below`, `within` or `above` our range `[low, high]`: a quote
//! at exactly `low` or `high` is within. Beside it: how far beyond the nearer
//! end, the share of the published methods priced below it, the implied CPM
//! and cost per engagement, and a counter-offer range with the reasons a brand
//! or a creator can give.

use super::super::bands::count;
use super::super::benchmarks::RateKind;
use super::super::deliverable::Deliverable;
use super::super::sources::{Source, OWN_ASSUMPTION};
use super::planner::TypicalRate;
use super::reach::reach;
use super::{amount, followers as read_followers, percent, ratio, Line, Value};

/// Share of the people reached who click through, in percent: this
/// calculator's own assumption. Our research found no published click-through
/// rate for creator posts that states its method.
pub const DEFAULT_CLICK_THROUGH_PERCENT: f64 = 1.0;
/// Share of clicks that buy, in percent: this calculator's own assumption, for
/// the same reason.
pub const DEFAULT_CONVERSION_PERCENT: f64 = 2.0;
/// Whose the default click-through and conversion rates are.
pub const FUNNEL_SOURCE: Source = OWN_ASSUMPTION;

/// What the brand offers.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Offer {
    pub cash: f64,
    /// Retail value of free product: counts toward the fee.
    pub product_value: f64,
    /// Commission on each sale, in percent of the order.
    pub commission_percent: f64,
    pub average_order_value: f64,
}

/// From people reached to sales, in percent at each step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Funnel {
    pub click_through_percent: f64,
    pub conversion_percent: f64,
}

impl Default for Funnel {
    fn default() -> Self {
        Self {
            click_through_percent: DEFAULT_CLICK_THROUGH_PERCENT,
            conversion_percent: DEFAULT_CONVERSION_PERCENT,
        }
    }
}

/// A fair fee range: low, typical and high. [`FeeRange::new`] reads any three
/// numbers into one with `0 <= low <= typical <= high`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FeeRange {
    pub low: f64,
    pub typical: f64,
    pub high: f64,
}

impl FeeRange {
    /// Each amount read as money ([`amount`]), then put in order.
    #[must_use]
    pub fn new(low: f64, typical: f64, high: f64) -> Self {
        let mut v = [amount(low), amount(typical), amount(high)];
        crate::calc::order::sort_floats(&mut v);
        let [low, typical, high] = v;
        Self { low, typical, high }
    }
}

/// One published pricing method's figure for this creator, as the fee model
/// computed it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MethodPrice {
    pub source: Source,
    pub amount: f64,
}

/// Where an amount sits against a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Position {
    Below,
    Within,
    Above,
}

impl Position {
    /// `below`, `within` or `above`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Below => "below",
            Self::Within => "within",
            Self::Above => "above",
        }
    }

    /// Where `offer` sits against `range`; exactly at an end is within.
    #[must_use]
    pub fn of(offer: f64, range: FeeRange) -> Self {
        if offer < range.low {
            Self::Below
        } else if offer > range.high {
            Self::Above
        } else {
            Self::Within
        }
    }
}

/// How far an offer lies beyond the nearer end of the range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Beyond {
    /// The end it lies beyond (`low` when below, `high` when above).
    pub end: f64,
    pub amount: f64,
    /// `amount` as a percent of `end`; `None` when the end is 0.
    pub percent: Option<f64>,
}

/// Who can give a reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Party {
    Brand,
    Creator,
    Either,
}

/// A reason for a counter-offer, with its figures. [`Reason::sentence`]
/// writes it with the caller's number formatting (the browser's, in the app).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// Our range: the published methods' middle half and median.
    MiddleHalf { low: f64, typical: f64, high: f64 },
    /// How many published methods price this creator below the offer.
    MethodsBelow { below: usize, of: usize },
    /// How far the offer lies beyond the range.
    BeyondRange { position: Position, beyond: Beyond },
    /// The part of the offer that depends on sales.
    DependsOnSales { amount: f64, percent: Option<f64> },
    /// The part paid in free product.
    InProduct { amount: f64 },
    /// What the offer pays per 1,000 people reached.
    ImpliedCpm { cpm: f64 },
    /// What the offer pays per expected engagement.
    ImpliedCpe { cpe: f64 },
}

impl Reason {
    /// Who would give it.
    #[must_use]
    pub const fn party(&self) -> Party {
        match self {
            Self::MiddleHalf { .. } | Self::MethodsBelow { .. } => Party::Either,
            Self::BeyondRange {
                position: Position::Below,
                ..
            }
            | Self::DependsOnSales { .. }
            | Self::InProduct { .. } => Party::Creator,
            Self::BeyondRange { .. } | Self::ImpliedCpm { .. } | Self::ImpliedCpe { .. } => {
                Party::Brand
            }
        }
    }

    /// The reason in a sentence, amounts written by `money` and percentages by
    /// `pct` (which gets the number in percent and adds the sign).
    #[must_use]
    pub fn sentence(&self, money: &dyn Fn(f64) -> String, pct: &dyn Fn(f64) -> String) -> String {
        match *self {
            Self::MiddleHalf { low, typical, high } => format!(
                "The published methods' middle half runs from {} to {}; their median is {}.",
                money(low),
                money(high),
                money(typical)
            ),
            Self::MethodsBelow { below, of } => {
                format!(
                    "{below} of {of} published pricing methods price this creator below the offer."
                )
            }
            Self::BeyondRange { position, beyond } => {
                let (side, end) = match position {
                    Position::Above => ("above the top", "high"),
                    _ => ("below the bottom", "low"),
                };
                let share = beyond
                    .percent
                    .map_or_else(String::new, |p| format!(" ({})", pct(p)));
                format!(
                    "The offer is {}{share} {side} of the fair range ({end} end {}).",
                    money(beyond.amount),
                    money(beyond.end)
                )
            }
            Self::DependsOnSales { amount, percent } => {
                let share =
                    percent.map_or_else(String::new, |p| format!(" ({} of the offer)", pct(p)));
                format!(
                    "{}{share} is commission that depends on sales; only cash and product are certain.",
                    money(amount)
                )
            }
            Self::InProduct { amount } => format!(
                "{} of the offer is free product at retail value, not cash.",
                money(amount)
            ),
            Self::ImpliedCpm { cpm } => {
                format!("The offer pays {} per 1,000 people reached.", money(cpm))
            }
            Self::ImpliedCpe { cpe } => {
                format!("The offer pays {} per expected engagement.", money(cpe))
            }
        }
    }
}

/// A counter-offer range and the reasons for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Counter {
    pub low: f64,
    pub high: f64,
    /// Who the counter-offer is for: the creator (offer below), the brand
    /// (offer above), or either (within: no counter needed).
    pub party: Party,
    pub reasons: Vec<Reason>,
}

/// Everything the checker needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuoteInputs<'a> {
    pub offer: Offer,
    pub deliverable: Deliverable,
    pub followers: u64,
    /// The creator's own engagement rate per follower, else the typical
    /// one for the size (by views on platforms judged per view); `None`
    /// when neither is known, and then engagements are unknown.
    pub engagement: Option<TypicalRate>,
    pub funnel: Funnel,
    /// Our fair range for this creator (the fee model's).
    pub range: FeeRange,
    /// Each published method's figure for this creator.
    pub methods: &'a [MethodPrice],
}

/// The answer.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteCheck {
    /// Cash + product + expected commission.
    pub total: f64,
    /// Cash + product.
    pub certain: f64,
    /// Expected commission; `None` when reach is unknown (then left out of the total).
    pub commission: Option<f64>,
    pub expected_sales: Option<f64>,
    /// Share of the total that is certain, in percent; `None` for a zero offer.
    pub certain_percent: Option<f64>,
    pub position: Position,
    /// `None` when within the range.
    pub beyond: Option<Beyond>,
    pub methods_below: usize,
    /// Methods with a usable (finite) figure.
    pub methods: usize,
    /// Share of methods below the offer, in percent; `None` with no methods.
    pub methods_below_percent: Option<f64>,
    /// People one post reaches.
    pub reach: Option<f64>,
    /// Offer per 1,000 people reached.
    pub cpm: Option<f64>,
    pub engagements: f64,
    pub cost_per_engagement: Option<f64>,
    pub counter: Counter,
    pub working: Vec<Line>,
}

fn funnel_line(label: &'static str, value: f64, default: f64, note: &'static str) -> Line {
    #[allow(clippy::float_cmp)] // the default, as typed: an exact match is what is meant
    if value == default {
        Line::new(label, Value::Percent(value), FUNNEL_SOURCE, note)
    } else {
        Line::given(label, Value::Percent(value), note)
    }
}

/// The inputs as read: amounts and rates in range, the range in order.
struct Read {
    cash: f64,
    product: f64,
    commission_rate: f64,
    order_value: f64,
    click: f64,
    convert: f64,
    followers: u64,
    engagement: Option<TypicalRate>,
    range: FeeRange,
}

impl Read {
    fn new(inputs: &QuoteInputs<'_>) -> Self {
        let offer = inputs.offer;
        Self {
            cash: amount(offer.cash),
            product: amount(offer.product_value),
            commission_rate: percent(offer.commission_percent, 100.0),
            order_value: amount(offer.average_order_value),
            click: percent(inputs.funnel.click_through_percent, 100.0),
            convert: percent(inputs.funnel.conversion_percent, 100.0),
            followers: read_followers(inputs.followers),
            engagement: inputs.engagement,
            range: FeeRange::new(inputs.range.low, inputs.range.typical, inputs.range.high),
        }
    }
}

fn share(part: usize, whole: usize) -> Option<f64> {
    let n = |x: usize| count(u64::try_from(x).unwrap_or(u64::MAX));
    ratio(n(part) * 100.0, n(whole))
}

/// Checks an offer against our range and the published methods.
#[must_use]
pub fn check(inputs: &QuoteInputs<'_>) -> QuoteCheck {
    let read = Read::new(inputs);
    let reach_rate = reach(inputs.deliverable, read.followers);
    let reach = reach_rate.people();
    let expected_sales = reach.map(|r| r * read.click / 100.0 * read.convert / 100.0);
    let commission =
        expected_sales.map(|s| amount(read.commission_rate / 100.0 * s * read.order_value));
    let certain = read.cash + read.product;
    let total = certain + commission.unwrap_or(0.0);

    let position = Position::of(total, read.range);
    let beyond = match position {
        Position::Below => Some(read.range.low),
        Position::Above => Some(read.range.high),
        Position::Within => None,
    }
    .map(|end| {
        let amount = (total - end).abs();
        Beyond {
            end,
            amount,
            percent: ratio(amount * 100.0, end),
        }
    });

    let figures: Vec<f64> = inputs
        .methods
        .iter()
        .map(|m| m.amount)
        .filter(|a| a.is_finite())
        .collect();
    let methods_below = figures.iter().filter(|&&a| a < total).count();
    // 0 where unknown: the cost per engagement is then unknown too.
    let engagements = read
        .engagement
        .and_then(|rate| rate.engagements(read.followers, reach))
        .unwrap_or(0.0);

    let mut check = QuoteCheck {
        total,
        certain,
        commission,
        expected_sales,
        certain_percent: ratio(certain * 100.0, total),
        position,
        beyond,
        methods_below,
        methods: figures.len(),
        methods_below_percent: share(methods_below, figures.len()),
        reach,
        cpm: reach.and_then(|r| ratio(total * 1_000.0, r)),
        engagements,
        cost_per_engagement: ratio(total, engagements),
        counter: Counter {
            low: 0.0,
            high: 0.0,
            party: Party::Either,
            reasons: Vec::new(),
        },
        working: Vec::new(),
    };
    check.counter = counter(&read, &check);
    check.working = working(&read, &check, reach_rate.working.first().cloned());
    check
}

/// The counter-offer: up to the typical fee for a creator offered too little,
/// down to it for a brand quoted too much, the whole range when within.
fn counter(read: &Read, check: &QuoteCheck) -> Counter {
    let range = read.range;
    let mut reasons = Vec::new();
    if let Some(beyond) = check.beyond {
        reasons.push(Reason::BeyondRange {
            position: check.position,
            beyond,
        });
    }
    reasons.push(Reason::MiddleHalf {
        low: range.low,
        typical: range.typical,
        high: range.high,
    });
    if check.methods > 0 {
        reasons.push(Reason::MethodsBelow {
            below: check.methods_below,
            of: check.methods,
        });
    }
    let (low, high, party) = match check.position {
        Position::Below => {
            let at_risk = check.commission.unwrap_or(0.0);
            if at_risk > 0.0 {
                reasons.push(Reason::DependsOnSales {
                    amount: at_risk,
                    percent: ratio(at_risk * 100.0, check.total),
                });
            }
            if read.product > 0.0 {
                reasons.push(Reason::InProduct {
                    amount: read.product,
                });
            }
            (range.low, range.typical, Party::Creator)
        }
        Position::Above => {
            reasons.extend(check.cpm.map(|cpm| Reason::ImpliedCpm { cpm }));
            reasons.extend(
                check
                    .cost_per_engagement
                    .map(|cpe| Reason::ImpliedCpe { cpe }),
            );
            (range.typical, range.high, Party::Brand)
        }
        Position::Within => (range.low, range.high, Party::Either),
    };
    Counter {
        low,
        high,
        party,
        reasons,
    }
}

fn working(read: &Read, check: &QuoteCheck, reach_line: Option<Line>) -> Vec<Line> {
    let mut working = vec![
        Line::given("Cash", Value::Money(read.cash), "Paid whatever happens."),
        Line::given(
            "Free product",
            Value::Money(read.product),
            "At retail value: counts toward the fee.",
        ),
    ];
    working.extend(reach_line);
    working.extend([
        Line::given(
            "People one post reaches",
            Value::people(check.reach),
            if check.reach.is_some() {
                "Followers x the reach rate."
            } else {
                "Unknown: no reach rate is published for this platform, so expected sales and \
                 commission are unknown and left out of the offer."
            },
        ),
        funnel_line(
            "Click-through rate",
            read.click,
            DEFAULT_CLICK_THROUGH_PERCENT,
            "Share of people reached who click through.",
        ),
        funnel_line(
            "Conversion rate",
            read.convert,
            DEFAULT_CONVERSION_PERCENT,
            "Share of clicks that buy.",
        ),
        Line::given(
            "Expected sales",
            Value::people(check.expected_sales),
            "People reached x click-through rate x conversion rate.",
        ),
        Line::given(
            "Commission rate",
            Value::Percent(read.commission_rate),
            "Of each order.",
        ),
        Line::given("Average order value", Value::Money(read.order_value), ""),
        Line::given(
            "Expected commission",
            Value::money(check.commission),
            "Commission rate x expected sales x average order value.",
        ),
        Line::given(
            "Offer in total",
            Value::Money(check.total),
            "Cash + product + expected commission.",
        ),
        Line::given("Certain", Value::Money(check.certain), "Cash + product."),
        Line::given(
            "Depends on sales",
            Value::Money(check.commission.unwrap_or(0.0)),
            "Expected commission.",
        ),
        Line::given(
            "Fair range, low",
            Value::Money(read.range.low),
            "From the fee model.",
        ),
        Line::given(
            "Fair range, typical",
            Value::Money(read.range.typical),
            "From the fee model.",
        ),
        Line::given(
            "Fair range, high",
            Value::Money(read.range.high),
            "From the fee model.",
        ),
        Line::given(
            "Published methods below the offer",
            check
                .methods_below_percent
                .map_or(Value::None, Value::Percent),
            "Share of the published pricing methods whose figure for this creator is below \
             the offer.",
        ),
        Line::given(
            "Implied CPM",
            Value::money(check.cpm),
            "Offer / people reached x 1,000.",
        ),
        Line::given(
            "Implied cost per engagement",
            Value::money(check.cost_per_engagement),
            match read.engagement.map(|r| r.kind) {
                Some(RateKind::PerView) => {
                    "Offer / (people reached x the typical engagement rate by views): \
                     this platform's benchmarks are by views."
                }
                _ => "Offer / (followers x engagement rate).",
            },
        ),
    ]);
    working
}
