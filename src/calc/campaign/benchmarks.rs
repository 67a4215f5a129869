//! Published CPM figures, only those whose publisher says what they count,
//! all shown together: they differ about thirtyfold because they count
//! different things. For the other results, no benchmark we could trust.

use crate::calc::currency::Currency;
use crate::calc::platform::Platform;
use crate::calc::sources::{Source, INBEAT_CPM, INFLUENCER_HERO_CPM, INZPIRE, TRIBE_2021};

use super::metric::MetricId;

/// One publisher's CPM range, in [`CPM_CURRENCY`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CpmBenchmark {
    /// `None` where the figure is for every platform.
    pub platform: Option<Platform>,
    pub low: f64,
    pub high: f64,
    pub source: Source,
    /// What the figure counts, so the reader can see why figures disagree.
    pub counts: &'static str,
}

/// Every benchmark figure here is in US dollars; the caller converts with
/// the app's rate table.
pub const CPM_CURRENCY: Currency = Currency::Usd;

const INZPIRE_NOTE: &str = "What brands paid per 1,000 impressions across two years of \
    one agency's bookings.";
const INFLUENCER_HERO_NOTE: &str = "A per-platform range from an influencer-marketing \
    software vendor's guide; how it was measured is not stated.";

/// Every published CPM figure with a stated basis.
pub const CPM_BENCHMARKS: [CpmBenchmark; 8] = [
    CpmBenchmark {
        platform: Some(Platform::Instagram),
        low: 32.0,
        high: 42.0,
        source: INZPIRE,
        counts: INZPIRE_NOTE,
    },
    CpmBenchmark {
        platform: Some(Platform::TikTok),
        low: 25.0,
        high: 35.0,
        source: INZPIRE,
        counts: INZPIRE_NOTE,
    },
    CpmBenchmark {
        platform: Some(Platform::YouTube),
        low: 51.0,
        high: 61.0,
        source: INZPIRE,
        counts: INZPIRE_NOTE,
    },
    CpmBenchmark {
        platform: None,
        low: 100.0,
        high: 300.0,
        source: TRIBE_2021,
        counts: "What TRIBE calls a great CPM when the cost of making the content is \
                 included in the spend, as it is when the creator produces it.",
    },
    CpmBenchmark {
        platform: None,
        low: 2.0,
        high: 10.0,
        source: INBEAT_CPM,
        counts: "An agency's range for any platform; what it counts and how it was \
                 measured are not stated.",
    },
    CpmBenchmark {
        platform: Some(Platform::Instagram),
        low: 5.0,
        high: 15.0,
        source: INFLUENCER_HERO_CPM,
        counts: INFLUENCER_HERO_NOTE,
    },
    CpmBenchmark {
        platform: Some(Platform::YouTube),
        low: 10.0,
        high: 30.0,
        source: INFLUENCER_HERO_CPM,
        counts: INFLUENCER_HERO_NOTE,
    },
    CpmBenchmark {
        platform: Some(Platform::TikTok),
        low: 3.0,
        high: 10.0,
        source: INFLUENCER_HERO_CPM,
        counts: INFLUENCER_HERO_NOTE,
    },
];

/// Where a CPM sits against one benchmark range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Position {
    Below,
    Within,
    Above,
}

impl CpmBenchmark {
    /// Where `cpm` (in US dollars) sits against this range.
    #[must_use]
    pub fn position(&self, cpm_usd: f64) -> Position {
        if cpm_usd < self.low {
            Position::Below
        } else if cpm_usd > self.high {
            Position::Above
        } else {
            Position::Within
        }
    }
}

/// The CPM figures that apply to `platform`: its own, then the all-platform
/// ones, each in US dollars.
#[must_use]
pub fn cpm_benchmarks(platform: Platform) -> Vec<CpmBenchmark> {
    CPM_BENCHMARKS
        .iter()
        .filter(|b| b.platform == Some(platform))
        .chain(CPM_BENCHMARKS.iter().filter(|b| b.platform.is_none()))
        .copied()
        .collect()
}

/// How far the applicable figures disagree: the lowest low and the highest
/// high, in US dollars, and how many times the one is the other.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Disagreement {
    pub lowest: f64,
    pub highest: f64,
    pub factor: f64,
}

/// The spread of `benchmarks`; `None` when there are none.
#[must_use]
pub fn disagreement(benchmarks: &[CpmBenchmark]) -> Option<Disagreement> {
    let lowest = benchmarks.iter().map(|b| b.low).reduce(f64::min)?;
    let highest = benchmarks.iter().map(|b| b.high).reduce(f64::max)?;
    let factor = if lowest > 0.0 { highest / lowest } else { 1.0 };
    Some(Disagreement {
        lowest,
        highest,
        factor,
    })
}

/// Why no benchmark is shown for `metric`, where we looked and found none
/// we could trust; `None` where there are figures (CPM) or nothing to say.
#[must_use]
pub const fn no_benchmark(metric: MetricId) -> Option<&'static str> {
    match metric {
        MetricId::ConversionRate | MetricId::Cpa | MetricId::Cpe => Some(
            "No trustworthy benchmark found: the averages published for influencer \
             campaigns give no method or sample, so none is shown. Compare with your \
             own past campaigns or your break-even cost per acquisition.",
        ),
        _ => None,
    }
}
