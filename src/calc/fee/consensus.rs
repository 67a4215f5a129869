//! The consensus of the published methods: their median is the typical fee,
//! their middle half (25th to 75th percentile) the range. One rule, used for
//! the base price and for each term's surcharge alike.

use super::super::platform::Platform;
use super::methods::{figures, MethodFigure};

/// The `p`-th quantile (0 to 1) of `values`, by Hazen's rule: sorted values
/// sit at positions (i - 0.5) / n, with straight lines between them and the
/// ends held beyond. The median of an even count is the middle two's mean.
/// `None` for no values; NaN values are ignored.
#[must_use]
pub fn quantile(values: &[f64], p: f64) -> Option<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| !v.is_nan()).collect();
    crate::calc::order::sort_floats(&mut sorted);
    let last = sorted.len().checked_sub(1)?;
    // Counts here are a few dozen: exact in f64.
    #[allow(clippy::cast_precision_loss)]
    let position = p.clamp(0.0, 1.0) * sorted.len() as f64 - 0.5;
    if position <= 0.0 {
        return sorted.first().copied();
    }
    // Truncation intended: position is in 0..len.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let below = (position.floor() as usize).min(last);
    let above = (below + 1).min(last);
    let t = position - position.floor();
    Some(sorted[below] + t * (sorted[above] - sorted[below]))
}

/// Where published figures agree and how far they spread.
#[derive(Clone, Debug, PartialEq)]
pub struct Consensus {
    /// 25th percentile.
    pub low: f64,
    /// Median.
    pub typical: f64,
    /// 75th percentile.
    pub high: f64,
    /// The lowest and highest figure.
    pub min: f64,
    pub max: f64,
}

impl Consensus {
    /// The consensus of `values`; `None` for none.
    #[must_use]
    pub fn of(values: &[f64]) -> Option<Self> {
        Some(Self {
            low: quantile(values, 0.25)?,
            typical: quantile(values, 0.5)?,
            high: quantile(values, 0.75)?,
            min: quantile(values, 0.0)?,
            max: quantile(values, 1.0)?,
        })
    }
}

/// The published methods for one base post and their consensus, in US dollars.
#[derive(Clone, Debug, PartialEq)]
pub struct BasePrice {
    pub figures: Vec<MethodFigure>,
    pub consensus: Consensus,
}

/// Every method for `platform` at `followers` and their consensus; `None`
/// only if no method applies (a table test rules that out).
#[must_use]
pub fn base_price(platform: Platform, followers: u64) -> Option<BasePrice> {
    let figures = figures(platform, followers);
    let values: Vec<f64> = figures.iter().map(|f| f.usd).collect();
    Some(BasePrice {
        consensus: Consensus::of(&values)?,
        figures,
    })
}
