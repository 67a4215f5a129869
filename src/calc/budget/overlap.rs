//! Audience overlap: many creators in one campaign reach some of the same
//! people, so their reach does not simply add up.
//!
//! unique reach of n creators each reaching r = r x (1 + (n - 1) x (1 - overlap))
//!
//! The first creator counts in full; each further one adds the share of its
//! audience not already reached. At 0% overlap that is n x r, at 100% it is r.
//! The default is this calculator's own assumption: no source in our research
//! measures how much creators' audiences overlap.

use super::super::bands::count;
use super::super::sources::{Source, OWN_ASSUMPTION};
use super::{percent, Line, Value};

/// The default overlap between creators' audiences, in percent: our assumption.
pub const DEFAULT_OVERLAP_PERCENT: f64 = 20.0;

/// Whose figure the overlap is.
pub const OVERLAP_SOURCE: Source = OWN_ASSUMPTION;

/// A share of each further creator's audience already reached, 0-100%.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Overlap(f64);

impl Default for Overlap {
    fn default() -> Self {
        Self(DEFAULT_OVERLAP_PERCENT)
    }
}

impl Overlap {
    /// `percent` read as an overlap: NaN is the default, the rest is clamped
    /// to 0-100%.
    #[must_use]
    pub fn new(percent_value: f64) -> Self {
        if percent_value.is_nan() {
            Self::default()
        } else {
            Self(percent(percent_value, 100.0))
        }
    }

    /// The overlap in percent, 0-100.
    #[must_use]
    pub const fn percent(self) -> f64 {
        self.0
    }

    /// The people `creators` creators reach together when each reaches
    /// `each` people: exact at 0 and 1 creators, never more than
    /// `creators` x `each`, and never less as creators are added.
    #[must_use]
    pub fn unique_reach(self, creators: u64, each: f64) -> f64 {
        let each = if each.is_finite() { each.max(0.0) } else { 0.0 };
        match creators {
            0 => 0.0,
            1 => each,
            n => {
                let new_share = 1.0 - self.0 / 100.0;
                let total = each * (1.0 + count(n - 1) * new_share);
                // Rounding never lifts it above the sum of the audiences.
                total.min(count(n) * each)
            }
        }
    }

    /// The working line saying what overlap was applied.
    #[must_use]
    pub fn line(self) -> Line {
        Line::new(
            "Audience overlap",
            Value::Percent(self.0),
            OVERLAP_SOURCE,
            "Share of each further creator's audience already reached by the others; reach of \
             n creators = reach of one x (1 + (n - 1) x (1 - overlap)). Adjustable.",
        )
    }
}
