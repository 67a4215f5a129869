//! The engagement adjustment: how far the account's rate sits from the typical
//! range the verdict uses (`typical.rs`), turned into a factor on the fee.
//!
//! Inside the typical range the fee moves by at most [`TYPICAL_SWING`]: a rate
//! the verdict calls typical is priced as typical. Beyond it the factor keeps
//! rising (or falling) with the rate and eases towards its bounds, so no rate
//! can push the fee past them. The shape is this calculator's own; the bounds
//! are the narrower of the two published clamps (Impulze's floor, femehk's cap).

use super::super::typical::Typical;

/// The most a rate inside the typical range moves the fee, either way.
pub const TYPICAL_SWING: f64 = 0.10;
/// The adjustment never goes below this (Impulze's floor; femehk's is 0.5).
pub const ENGAGEMENT_FLOOR: f64 = 0.6;
/// ... nor above this (femehk's cap; Impulze's is 2.2).
pub const ENGAGEMENT_CAP: f64 = 2.0;

/// Moves from 1 towards `bound` as `ratio` moves from 1 (tanh on the log
/// scale: slope 1 at the start, flattening towards the bound).
fn ease(ratio: f64, bound: f64) -> f64 {
    let scale = bound.ln();
    if scale == 0.0 || ratio <= 0.0 {
        return bound;
    }
    (scale * (ratio.ln() / scale).tanh()).exp()
}

/// The factor for an engagement rate `value` against `typical` (same kind of
/// rate). Continuous and non-decreasing in `value`; within
/// `1 / (1 + TYPICAL_SWING) ..= 1 + TYPICAL_SWING` inside the typical range;
/// always within [`ENGAGEMENT_FLOOR`] and [`ENGAGEMENT_CAP`]; 1 for NaN.
#[must_use]
pub fn factor(value: f64, typical: &Typical) -> f64 {
    if value.is_nan() {
        return 1.0;
    }
    let (floor, ceiling) = (typical.floor, typical.ceiling);
    if value <= 0.0 || floor <= 0.0 || !ceiling.is_finite() {
        return if value <= 0.0 { ENGAGEMENT_FLOOR } else { 1.0 };
    }
    let top = 1.0 + TYPICAL_SWING;
    let result = if value > ceiling {
        top * ease(value / ceiling, ENGAGEMENT_CAP / top)
    } else if value < floor {
        ease(value / floor, ENGAGEMENT_FLOOR * top) / top
    } else {
        // Position in the range on a ratio scale: -1 at the floor, 1 at the top.
        let half_width = (ceiling / floor).sqrt().ln();
        let position = if half_width > 0.0 {
            (value / typical.centre()).ln() / half_width
        } else {
            0.0
        };
        top.powf(position.clamp(-1.0, 1.0))
    };
    result.clamp(ENGAGEMENT_FLOOR, ENGAGEMENT_CAP)
}
