//! How an engagement rate compares with what is published for the same
//! platform and size, like with like (see `typical.rs` for the range).

use super::benchmarks::{for_platform, searched, Band, Benchmark, RateKind};
use super::choice::Choice;
use super::engagement::EngagementRates;
use super::platform::Platform;
use super::typical::{typical, Typical};

crate::choice! {
    /// The `data-value` of the `verdict` output.
    pub enum Verdict {
        Below = ("below", "Below typical"),
        Typical = ("typical", "Typical"),
        Above = ("above", "Above typical"),
        FarAbove = ("far-above", "Far above typical"),
        Unknown = ("unknown", "No credible benchmark"),
    }
}

/// "Far above" starts at this multiple of the typical range's top.
/// This calculator's own assumption (a whole number, so prose is written from it).
pub const FAR_ABOVE_FACTOR: u32 = 2;

/// One benchmark shown for the user's follower count.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub benchmark: &'static Benchmark,
    /// The published band holding the count; `None` for a benchmark eased in
    /// from a neighbouring size.
    pub band: Option<Band>,
    /// Whether the verdict uses it.
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
    /// The verdict's short name when it cannot be given: only a missing
    /// benchmark is "No credible benchmark"; a missing input says so.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::NoRate => "Not compared yet",
            Self::NeedsViews => "Add views to compare",
            Self::NoBenchmark => Verdict::Unknown.name(),
        }
    }

    #[must_use]
    pub const fn explain(self, platform: Platform) -> &'static str {
        match self {
            Self::NoRate => "Enter followers, likes and comments to compare.",
            Self::NeedsViews => {
                "Benchmarks for this platform and size are per view: add views to compare."
            }
            Self::NoBenchmark => searched(platform),
        }
    }
}

/// The verdict with its working.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub verdict: Verdict,
    /// The rate judged and its kind; `None` when unknown.
    pub rate: Option<(RateKind, f64)>,
    /// The typical range it was judged against.
    pub typical: Option<Typical>,
    /// Every benchmark shown for this platform and follower count.
    pub figures: Vec<Figure>,
    pub unknown_reason: Option<UnknownReason>,
}

impl Assessment {
    /// The verdict as shown: its name, or why there is none.
    #[must_use]
    pub fn label(&self) -> &'static str {
        match self.unknown_reason {
            Some(reason) => reason.label(),
            None => self.verdict.name(),
        }
    }
}

/// The order rates are judged in: TikTok and YouTube per view first, the way
/// their own analytics and buyers judge them; the rest per follower first.
#[must_use]
pub const fn kinds(platform: Platform) -> [RateKind; 2] {
    match platform {
        Platform::TikTok | Platform::YouTube => [RateKind::PerView, RateKind::PerFollower],
        _ => [RateKind::PerFollower, RateKind::PerView],
    }
}

/// The verdict for `value` against `typical`: below the floor is below, up to
/// the ceiling typical, up to [`FAR_ABOVE_FACTOR`] times it above.
#[must_use]
pub fn judge(value: f64, typical: &Typical) -> Verdict {
    if value < typical.floor {
        Verdict::Below
    } else if value <= typical.ceiling {
        Verdict::Typical
    } else if value <= typical.ceiling * f64::from(FAR_ABOVE_FACTOR) {
        Verdict::Above
    } else {
        Verdict::FarAbove
    }
}

/// Judges `rates` for an account of `followers` on `platform`.
#[must_use]
pub fn assess(platform: Platform, followers: Option<u64>, rates: &EngagementRates) -> Assessment {
    let Some(followers) = followers else {
        return unknown(Vec::new(), UnknownReason::NoRate);
    };
    let rate_of = |kind: RateKind| match kind {
        RateKind::PerFollower => rates.per_follower,
        RateKind::PerView => rates.per_view,
    };
    let order = kinds(platform);
    let ranges = order.map(|kind| typical(platform, followers, kind));
    let chosen = order
        .into_iter()
        .zip(ranges.iter())
        .find_map(|(kind, range)| Some((kind, rate_of(kind)?, range.clone()?)));
    let figures = |used: Option<&Typical>| -> Vec<Figure> {
        for_platform(platform)
            .filter_map(|b| {
                let in_use = used
                    .is_some_and(|t| t.contributions.iter().any(|c| std::ptr::eq(c.benchmark, b)));
                let band = b.band(followers);
                (band.is_some() || in_use).then_some(Figure {
                    benchmark: b,
                    band,
                    used: in_use,
                })
            })
            .collect()
    };
    let Some((kind, value, range)) = chosen else {
        let reason = if ranges.iter().all(Option::is_none) {
            UnknownReason::NoBenchmark
        } else if rates.per_follower.is_none() {
            // Every benchmark here needs a rate we lack. With no rate per
            // follower, likes or comments are what is missing.
            UnknownReason::NoRate
        } else {
            UnknownReason::NeedsViews
        };
        return unknown(figures(None), reason);
    };
    Assessment {
        verdict: judge(value, &range),
        rate: Some((kind, value)),
        figures: figures(Some(&range)),
        typical: Some(range),
        unknown_reason: None,
    }
}

fn unknown(figures: Vec<Figure>, reason: UnknownReason) -> Assessment {
    Assessment {
        verdict: Verdict::Unknown,
        rate: None,
        typical: None,
        figures,
        unknown_reason: Some(reason),
    }
}
