//! Brand planning: what a budget buys, how many people it reaches, one
//! celebrity against many small creators, whether a quote is fair, and the
//! totals of a shortlist.
//!
//! Pure arithmetic on plain inputs. Fees and typical engagement rates come
//! from the caller (the fee model), so nothing here depends on it; reach rates
//! come from [`reach`], the one table of published reach figures. Every result
//! carries its working, line by line, each line with its source.
//!
//! Money is in whatever currency the caller uses, in major units. Rates are in
//! percent. No function panics, and none returns NaN or infinity: a figure
//! that cannot be computed (a division by zero, an unknown reach) is `None`.

pub mod celebrity;
pub mod overlap;
pub mod planner;
pub mod quote;
pub mod reach;
pub mod shortlist;

use super::input::MAX_COUNT;
use super::sources::{Source, OWN_ASSUMPTION};

/// The largest amount of money read, in any currency: larger amounts are read
/// as this. This calculator's own bound (a quadrillion is beyond any campaign
/// in any currency); it keeps every product of amounts and counts finite.
pub const MAX_AMOUNT: f64 = 1e15;

/// What one working line shows beside its label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// An amount in the caller's currency.
    Money(f64),
    /// A rate or share in percent.
    Percent(f64),
    /// A number of people (reach, engagements, sales); not rounded.
    People(f64),
    /// A whole number of creators.
    Creators(u64),
    /// A number of followers.
    Followers(u64),
    /// An explanation only, or a figure that cannot be computed.
    None,
}

impl Value {
    /// An amount, or [`Value::None`] when it cannot be computed.
    #[must_use]
    pub fn money(value: Option<f64>) -> Self {
        value.map_or(Self::None, Self::Money)
    }

    /// A number of people, or [`Value::None`] when it cannot be computed.
    #[must_use]
    pub fn people(value: Option<f64>) -> Self {
        value.map_or(Self::None, Self::People)
    }
}

/// One line of the working: what was done, its result, and on whose figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub label: &'static str,
    pub value: Value,
    /// The publication the figure is from, or [`OWN_ASSUMPTION`] for this
    /// calculator's own choices; `None` for what the caller gave (a budget, a
    /// fee from the fee model) and for arithmetic on the lines above.
    pub source: Option<Source>,
    pub note: String,
}

impl Line {
    /// A line on `source`'s figure.
    #[must_use]
    pub fn new(label: &'static str, value: Value, source: Source, note: impl Into<String>) -> Self {
        Self {
            label,
            value,
            source: Some(source),
            note: note.into(),
        }
    }

    /// A line on this calculator's own assumption.
    #[must_use]
    pub fn ours(label: &'static str, value: Value, note: impl Into<String>) -> Self {
        Self::new(label, value, OWN_ASSUMPTION, note)
    }

    /// A given figure, or arithmetic on the lines above: no source of its own.
    #[must_use]
    pub fn given(label: &'static str, value: Value, note: impl Into<String>) -> Self {
        Self {
            label,
            value,
            source: None,
            note: note.into(),
        }
    }
}

/// An amount as read: NaN and negatives are 0, anything above [`MAX_AMOUNT`]
/// (infinity included) is [`MAX_AMOUNT`].
#[must_use]
pub fn amount(value: f64) -> f64 {
    if value.is_nan() || value <= 0.0 {
        0.0
    } else {
        value.min(MAX_AMOUNT)
    }
}

/// A rate in percent as read: NaN and negatives are 0, anything above
/// `max` is `max`.
#[must_use]
pub fn percent(value: f64, max: f64) -> f64 {
    if value.is_nan() || value <= 0.0 {
        0.0
    } else {
        value.min(max)
    }
}

/// The largest engagement rate read, in percent: views-based rates can pass
/// 100%, but not a thousandfold.
pub const MAX_ENGAGEMENT_PERCENT: f64 = 1_000.0;

/// A follower count as read: at most the calculator's [`MAX_COUNT`].
#[must_use]
pub fn followers(count: u64) -> u64 {
    count.min(MAX_COUNT)
}

/// `part / whole`, or `None` when `whole` is 0 or the result is not finite.
#[must_use]
pub fn ratio(part: f64, whole: f64) -> Option<f64> {
    if whole > 0.0 {
        Some(part / whole).filter(|r| r.is_finite())
    } else {
        None
    }
}

/// The largest whole number at most `x` (0 for NaN and negatives, `u64::MAX`
/// beyond it).
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
#[must_use]
pub fn whole(x: f64) -> u64 {
    // `as` saturates and maps NaN to 0.
    x.floor() as u64
}
