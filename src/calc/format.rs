//! How figures are rounded for display: one rule for rates and one for money,
//! used by the headline, the working, the rate card and the chart alike.
//! Localisation (digits, separators, currency and percent signs) is the
//! browser's (`ui::intl`); how much precision to show is ours.

use super::currency::Currency;

/// Decimals to show for a rate in percent: enough to tell 0.029% from 0.03%,
/// never more than the inputs can support.
#[must_use]
pub fn percent_decimals(percent: f64) -> u8 {
    let magnitude = percent.abs();
    if magnitude >= 10.0 {
        1
    } else if magnitude >= 0.1 || magnitude == 0.0 {
        2
    } else {
        3
    }
}

/// Significant figures kept in a shown amount of money.
pub const SIGNIFICANT_FIGURES: i32 = 3;

/// Which way a shown amount is rounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounding {
    /// The low end of a range: never shown above the figure.
    Down,
    Nearest,
    /// The high end of a range: never shown below the figure.
    Up,
}

/// `amount` (in `currency`'s major unit) as shown: [`SIGNIFICANT_FIGURES`]
/// significant figures, then no finer than the currency's smallest unit, and
/// never below one smallest unit. A range is shown with its low end rounded
/// down and its high end up, so the shown range always contains the computed
/// one. Each step is non-decreasing, so a larger amount never shows smaller.
/// Non-finite or non-positive input gives the smallest unit.
#[must_use]
pub fn shown_money(amount: f64, currency: Currency, rounding: Rounding) -> f64 {
    let unit = 10f64.powi(-i32::from(currency.decimals()));
    if !amount.is_finite() || amount <= 0.0 {
        return unit;
    }
    // Truncation is intended: the exponent of a finite positive f64 is in -324..=308.
    #[allow(clippy::cast_possible_truncation)]
    let exponent = amount.log10().floor() as i32;
    let step = 10f64.powi(exponent - (SIGNIFICANT_FIGURES - 1)).max(unit);
    // Rounding a value that is already a whole number of steps (up to float
    // noise) leaves it alone in every direction.
    let steps = amount / step;
    let nearest = steps.round();
    let whole = if (steps - nearest).abs() < 1e-9 {
        nearest
    } else {
        match rounding {
            Rounding::Down => steps.floor(),
            Rounding::Nearest => nearest,
            Rounding::Up => steps.ceil(),
        }
    };
    (whole * step).max(unit)
}
