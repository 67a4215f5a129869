//! How an engagement rate compares with what is published for the same
//! platform and follower count, like with like.

use super::benchmarks::{for_platform, Band, Benchmark, RateKind};
use super::engagement::EngagementRates;
use super::platform::Platform;

/// The `data-value` of the `verdict` output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Below,
    Typical,
    Above,
    FarAbove,
    Unknown,
}

impl Verdict {
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Below => "below",
            Self::Typical => "typical",
            Self::Above => "above",
            Self::FarAbove => "far-above",
            Self::Unknown => "unknown",
        }
    }

    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Below => "Below typical",
            Self::Typical => "Typical",
            Self::Above => "Above typical",
            Self::FarAbove => "Far above typical",
            Self::Unknown => "No credible benchmark",
        }
    }
}

/// "Far above" starts at this multiple of the highest published typical figure.
/// This calculator's own assumption.
pub const FAR_ABOVE_FACTOR: f64 = 2.0;

/// One benchmark's figure for the user's follower count.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub benchmark: &'static Benchmark,
    pub band: Band,
    /// Whether the verdict uses it (same formula as `Assessment::rate`).
    pub used: bool,
}

/// Why no verdict could be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnknownReason {
    /// Followers or interactions are missing, so there is no rate to judge.
    NoRate,
    /// The only comparable benchmarks are per view and views were not given.
    NeedsViews,
    /// Nothing credible is published for this platform and follower count.
    NoBenchmark,
}

impl UnknownReason {
    #[must_use]
    pub const fn explain(self) -> &'static str {
        match self {
            Self::NoRate => "Enter followers, likes and comments to compare.",
            Self::NeedsViews => {
                "Benchmarks for this platform and size are per view: add views to compare."
            }
            Self::NoBenchmark => {
                "No credible creator benchmark is published for this platform and follower \
                 count, so we do not invent one. Figures below, if any, are shown for context."
            }
        }
    }
}

/// The verdict with its working.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub verdict: Verdict,
    /// The rate judged and its kind; `None` when unknown.
    pub rate: Option<(RateKind, f64)>,
    /// The typical range: the lowest low and the highest high of the figures used.
    pub typical_range: Option<(f64, f64)>,
    /// Highest typical figure over lowest, among the figures used (1.0 = agree).
    pub disagreement: Option<f64>,
    /// Every figure published for this platform and follower count.
    pub figures: Vec<Figure>,
    pub unknown_reason: Option<UnknownReason>,
}

/// Judges `rates` for an account of `followers` on `platform`.
#[must_use]
pub fn assess(platform: Platform, followers: Option<u64>, rates: &EngagementRates) -> Assessment {
    let figures_for = |f: u64| -> Vec<Figure> {
        for_platform(platform)
            .filter_map(|b| {
                b.band(f).map(|band| Figure {
                    benchmark: b,
                    band,
                    used: false,
                })
            })
            .collect()
    };
    let Some(followers) = followers else {
        return unknown(Vec::new(), UnknownReason::NoRate);
    };
    let mut figures = figures_for(followers);
    let available = |kind: RateKind| {
        figures
            .iter()
            .any(|f| f.benchmark.verdict_rate() == Some(kind))
    };
    // TikTok is judged per view first, the way its own analytics and buyers do.
    let order = if platform == Platform::TikTok {
        [RateKind::PerView, RateKind::PerFollower]
    } else {
        [RateKind::PerFollower, RateKind::PerView]
    };
    let rate_of = |kind: RateKind| match kind {
        RateKind::PerFollower => rates.per_follower,
        RateKind::PerView => rates.per_view,
    };
    let chosen = order.into_iter().find_map(|k| {
        let value = rate_of(k)?;
        available(k).then_some((k, value))
    });
    let Some((kind, value)) = chosen else {
        let reason = if !order.into_iter().any(available) {
            UnknownReason::NoBenchmark
        } else if rates.per_follower.is_none() {
            // Every benchmark available needs a rate we lack. With no rate per
            // follower, likes or comments are what is missing, even when views
            // were given; with one, only per-view benchmarks exist here.
            UnknownReason::NoRate
        } else {
            UnknownReason::NeedsViews
        };
        return unknown(figures, reason);
    };
    for f in &mut figures {
        f.used = f.benchmark.verdict_rate() == Some(kind);
    }
    let used = || figures.iter().filter(|f| f.used).map(|f| f.band);
    let low = used().map(|b| b.typical).fold(f64::INFINITY, f64::min);
    let high = used().map(|b| b.typical).fold(0.0, f64::max);
    let floor = used().map(|b| b.low).fold(f64::INFINITY, f64::min);
    let ceiling = used().map(|b| b.high).fold(0.0, f64::max);
    let verdict = if value < floor {
        Verdict::Below
    } else if value <= ceiling {
        Verdict::Typical
    } else if value <= ceiling * FAR_ABOVE_FACTOR {
        Verdict::Above
    } else {
        Verdict::FarAbove
    };
    Assessment {
        verdict,
        rate: Some((kind, value)),
        typical_range: Some((floor, ceiling)),
        disagreement: (low > 0.0).then(|| high / low),
        figures,
        unknown_reason: None,
    }
}

fn unknown(figures: Vec<Figure>, reason: UnknownReason) -> Assessment {
    Assessment {
        verdict: Verdict::Unknown,
        rate: None,
        typical_range: None,
        disagreement: None,
        figures,
        unknown_reason: Some(reason),
    }
}
