//! What engagement is typical for an account of a given size: one function,
//! used by the verdict and by the fee, so "typical" means one thing everywhere.
//!
//! The typical range runs from the lowest "low" to the highest "high" of the
//! benchmarks the verdict may use (same formula, creator accounts, split by
//! size). Each benchmark's figures are read without steps (`bands::blended`),
//! and a benchmark whose table starts or ends near the account's size is eased
//! in over [`FADE_DOUBLINGS`] doublings of followers, so a single follower more
//! never moves the range by a step.

use super::bands::{blended, count, Span};
use super::benchmarks::{for_platform, Benchmark, RateKind};
use super::platform::Platform;
use super::sources::Source;

/// Over how many doublings of followers beyond the edge of its table a
/// benchmark fades out of the typical range (this calculator's own choice; a
/// whole number, so prose is written from it).
pub const FADE_DOUBLINGS: u32 = 1;

/// One benchmark's figures at the account's size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Contribution {
    pub benchmark: &'static Benchmark,
    /// Its low, typical and high at this size, in percent, without steps.
    pub low: f64,
    pub typical: f64,
    pub high: f64,
    /// 1 inside the range its table covers, falling to 0 over
    /// [`FADE_DOUBLINGS`] doublings outside it.
    pub presence: f64,
}

/// The typical range for one kind of rate at one size.
#[derive(Clone, Debug, PartialEq)]
pub struct Typical {
    pub kind: RateKind,
    /// The lowest low of the benchmarks used (eased in near a table's edge).
    pub floor: f64,
    /// The highest high.
    pub ceiling: f64,
    /// Every benchmark with a say, in table order.
    pub contributions: Vec<Contribution>,
}

impl Typical {
    /// The middle of the range on a ratio scale: the rate the fee treats as
    /// exactly typical.
    #[must_use]
    pub fn centre(&self) -> f64 {
        (self.floor * self.ceiling).sqrt()
    }

    /// The sources that cover this size fully.
    pub fn sources(&self) -> impl Iterator<Item = Source> + '_ {
        self.contributions
            .iter()
            .filter(|c| c.presence >= 1.0)
            .map(|c| c.benchmark.source)
    }

    /// The one source the range rests on, when there is only one.
    #[must_use]
    pub fn only_source(&self) -> Option<Source> {
        let mut sources = self.sources();
        match (sources.next(), sources.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    }

    /// Highest typical figure over the lowest, among the sources covering
    /// this size (1 = they agree); `None` with fewer than two.
    #[must_use]
    pub fn disagreement(&self) -> Option<f64> {
        let full = || {
            self.contributions
                .iter()
                .filter(|c| c.presence >= 1.0)
                .map(|c| c.typical)
        };
        if full().count() < 2 {
            return None;
        }
        let low = full().fold(f64::INFINITY, f64::min);
        let high = full().fold(0.0, f64::max);
        (low > 0.0).then(|| high / low)
    }
}

/// How fully `span` speaks for `followers`: 1 inside, fading to 0 over
/// [`FADE_DOUBLINGS`] doublings beyond either end.
#[must_use]
pub fn presence(span: Span, followers: u64) -> f64 {
    if span.contains(followers) {
        return 1.0;
    }
    let f = count(followers.max(1));
    let doublings = if followers < span.from {
        (count(span.from) / f).log2()
    } else {
        span.to.map_or(0.0, |to| (f / count(to.max(1))).log2())
    };
    (1.0 - doublings / f64::from(FADE_DOUBLINGS)).max(0.0)
}

/// The typical range of `kind` for an account of `followers` on `platform`;
/// `None` where no usable benchmark covers this size.
#[must_use]
pub fn typical(platform: Platform, followers: u64, kind: RateKind) -> Option<Typical> {
    let contributions: Vec<Contribution> = for_platform(platform)
        .filter(|b| b.verdict_rate() == Some(kind))
        .filter_map(|b| {
            let presence = presence(b.coverage()?, followers);
            let at = |pick: fn(&super::benchmarks::Band) -> f64| {
                blended(b.bands.iter().map(|x| (x.span, pick(x))), followers)
            };
            (presence > 0.0).then_some(Contribution {
                benchmark: b,
                low: at(|x| x.low)?,
                typical: at(|x| x.typical)?,
                high: at(|x| x.high)?,
                presence,
            })
        })
        .collect();
    if !contributions.iter().any(|c| c.presence >= 1.0) {
        return None;
    }
    // Easing in: a fading benchmark's low rises and its high falls with its
    // presence, so it leaves the minimum and maximum continuously.
    let floor = contributions
        .iter()
        .map(|c| c.low / c.presence)
        .fold(f64::INFINITY, f64::min);
    let ceiling = contributions
        .iter()
        .map(|c| c.high * c.presence)
        .fold(0.0, f64::max);
    Some(Typical {
        kind,
        floor,
        ceiling,
        contributions,
    })
}
