//! The benchmark tables, grouped by platform. Each publication is defined in
//! `sources.rs`; each figure is typed here once.

use super::super::bands::Span;
use super::super::platform::Platform;
use super::super::sources::{
    Source, CAPTIV8, CREATORDB, CREATORIQ_2019, CREATORIQ_2023, CREATORIQ_TRIBE_2023, FAVIKON,
    HYPEAUDITOR_2018, HYPEAUDITOR_SOIM_2023, HYPEAUDITOR_SOIM_2025, HYPEAUDITOR_SOIM_2026,
    INFLUENCERTOOLS, INFLUENCER_HERO_2024, IQFLUENCE_2025, MARKERLY, MODASH_INSTAGRAM,
    MODASH_TIKTOK_2023, MODASH_TIKTOK_2025, MODASH_YOUTUBE, PLAYERSELLS_2026, RIVAL_IQ_2023,
    RIVAL_IQ_2024, SOCIALINSIDER, SOCIAVAULT_2026, SPROUT_SOCIAL_2025, STATISTA_SWEDEN_2024,
    STATISTA_UK_2021, STATISTA_US_2023, STATISTA_WORLDWIDE_2023,
};
use super::{Band, Benchmark, Exclusion, Formula};

use Exclusion::{
    AllTiers, AnyAccounts, Brands, Formula as OtherFormula, Impressions, SponsoredOnly, Superseded,
    TopQuartile,
};
use Formula::{
    InteractionsPerFollower, InteractionsPerImpression, InteractionsPerView,
    LikesCommentsPerFollower, LikesPerFollower, NotStated,
};
use Platform::{Facebook, Instagram, LinkedIn, TikTok, YouTube, X};

const fn band(from: u64, to: Option<u64>, low: f64, typical: f64, high: f64) -> Band {
    Band {
        span: Span::new(from, to),
        low,
        typical,
        high,
    }
}

/// One published figure.
const fn point(from: u64, to: Option<u64>, value: f64) -> Band {
    band(from, to, value, value, value)
}

/// An average/median pair: the lower is `low`, the median is typical.
const fn pair(from: u64, to: Option<u64>, average: f64, median: f64) -> Band {
    if average <= median {
        band(from, to, average, median, median)
    } else {
        band(from, to, median, median, average)
    }
}

/// A published typical range; `typical` is its midpoint.
const fn range(from: u64, to: Option<u64>, low: f64, high: f64) -> Band {
    band(from, to, low, f64::midpoint(low, high), high)
}

/// A median with its 25th and 75th percentiles.
const fn quartiles(from: u64, to: Option<u64>, median: f64, p25: f64, p75: f64) -> Band {
    band(from, to, p25, median, p75)
}

const fn all(value: f64) -> Band {
    point(0, None, value)
}

#[allow(clippy::too_many_arguments)]
const fn bench(
    platform: Platform,
    source: Source,
    formula: Formula,
    statistic: &'static str,
    excluded: Option<Exclusion>,
    caveat: &'static str,
    bands: &'static [Band],
) -> Benchmark {
    Benchmark {
        platform,
        source,
        formula,
        statistic,
        excluded,
        caveat,
        bands,
    }
}

const AVERAGE: &str = "average";
const MEDIAN: &str = "median";
const MODASH_BAND: &str = "\"average\" band (low to high)";

/// Every benchmark the app knows, grouped by platform.
pub const BENCHMARKS: &[Benchmark] = &[
    // ---- Instagram -----------------------------------------------------------
    bench(
        Instagram,
        HYPEAUDITOR_2018,
        LikesCommentsPerFollower,
        "average to median",
        None,
        "Measured in 2018, before Reels; rates have fallen since.",
        &[
            pair(0, Some(1_000), 10.58, 16.99),
            pair(1_000, Some(5_000), 4.26, 6.45),
            pair(5_000, Some(20_000), 2.28, 3.76),
            pair(20_000, Some(100_000), 1.62, 2.63),
            pair(100_000, Some(1_000_000), 1.55, 2.57),
            pair(1_000_000, None, 1.54, 2.56),
        ],
    ),
    bench(
        Instagram,
        MODASH_INSTAGRAM,
        LikesCommentsPerFollower,
        MODASH_BAND,
        None,
        "Median engagements per follower; Modash calls anything above 7.97% (1-5K) to 2.6% \
         (1M+) \"high\". No band below 1,000 followers.",
        &[
            range(1_000, Some(5_000), 3.38, 4.42),
            range(5_000, Some(10_000), 1.25, 1.62),
            range(10_000, Some(50_000), 0.84, 1.11),
            range(50_000, Some(100_000), 0.75, 1.01),
            range(100_000, Some(500_000), 0.87, 1.14),
            range(500_000, Some(1_000_000), 0.88, 1.13),
            range(1_000_000, None, 1.02, 1.27),
        ],
    ),
    bench(
        Instagram,
        CAPTIV8,
        InteractionsPerImpression,
        AVERAGE,
        Some(Impressions),
        "Engagements per impression, no year given; an impression is not a view.",
        &[point(0, Some(10_000), 6.23)],
    ),
    bench(
        Instagram,
        MARKERLY,
        LikesPerFollower,
        "approximate like rate",
        Some(OtherFormula),
        "Likes only; no band for 100K-1M.",
        &[
            point(0, Some(1_000), 8.0),
            point(1_000, Some(10_000), 4.0),
            point(10_000, Some(100_000), 2.4),
            point(1_000_000, None, 1.7),
        ],
    ),
    bench(
        Instagram,
        STATISTA_UK_2021,
        NotStated,
        AVERAGE,
        Some(OtherFormula),
        "UK accounts; all-size average 2.92%.",
        &[
            point(1_000, Some(5_000), 4.59),
            point(5_000, Some(20_000), 2.26),
        ],
    ),
    bench(
        Instagram,
        STATISTA_US_2023,
        NotStated,
        AVERAGE,
        Some(OtherFormula),
        "US accounts.",
        &[
            point(5_000, Some(10_000), 5.15),
            point(1_000_000, None, 2.54),
        ],
    ),
    bench(
        Instagram,
        STATISTA_SWEDEN_2024,
        NotStated,
        AVERAGE,
        Some(OtherFormula),
        "Swedish accounts; nano read as 1,000-9,999.",
        &[
            point(1_000, Some(10_000), 3.41),
            point(1_000_000, None, 1.4),
        ],
    ),
    bench(
        Instagram,
        STATISTA_WORLDWIDE_2023,
        NotStated,
        AVERAGE,
        Some(OtherFormula),
        "Nano read as 1,000-9,999; all-size average 1.85%.",
        &[point(1_000, Some(10_000), 2.19)],
    ),
    bench(
        Instagram,
        HYPEAUDITOR_SOIM_2023,
        NotStated,
        AVERAGE,
        Some(OtherFormula),
        "Nano (1,000-9,999) only.",
        &[point(1_000, Some(10_000), 2.78)],
    ),
    bench(
        Instagram,
        HYPEAUDITOR_SOIM_2025,
        LikesCommentsPerFollower,
        AVERAGE,
        Some(AllTiers),
        "2024 average over all accounts, 0.26 points below 2023.",
        &[all(1.59)],
    ),
    bench(
        Instagram,
        HYPEAUDITOR_SOIM_2026,
        NotStated,
        MEDIAN,
        Some(OtherFormula),
        "Likely per view for Reel-heavy accounts; no mid or macro figure.",
        &[
            point(1_000, Some(10_000), 1.78),
            point(10_000, Some(50_000), 0.54),
            point(1_000_000, None, 0.33),
        ],
    ),
    bench(
        Instagram,
        CREATORIQ_TRIBE_2023,
        NotStated,
        AVERAGE,
        Some(SponsoredOnly),
        "Mega (1M+) sponsored posts only.",
        &[point(1_000_000, None, 0.23)],
    ),
    bench(
        Instagram,
        IQFLUENCE_2025,
        NotStated,
        AVERAGE,
        Some(OtherFormula),
        "October 2025; 10M+ accounts average 1.77%.",
        &[point(0, Some(100_000), 3.65), point(10_000_000, None, 1.77)],
    ),
    bench(
        Instagram,
        FAVIKON,
        NotStated,
        "top-quartile threshold range",
        Some(TopQuartile),
        "Where the top quarter of accounts starts; nano read as 1,000-9,999, micro \
         10,000-99,999, macro 100,000-999,999.",
        &[
            range(1_000, Some(10_000), 2.4, 3.4),
            range(10_000, Some(100_000), 0.7, 1.5),
            range(100_000, Some(1_000_000), 0.45, 1.5),
            range(1_000_000, None, 0.15, 1.8),
        ],
    ),
    // ---- TikTok ---------------------------------------------------------------
    bench(
        TikTok,
        MODASH_TIKTOK_2025,
        InteractionsPerView,
        MODASH_BAND,
        None,
        "Median engagements / median views of the last 30 posts, as the page states. About \
         ten times the same page's March 2023 figures; kept whole with its year, never mixed \
         with the older table.",
        &[
            range(1_000, Some(5_000), 12.06, 14.04),
            range(5_000, Some(10_000), 10.50, 11.83),
            range(10_000, Some(50_000), 8.38, 9.37),
            range(50_000, Some(100_000), 7.22, 8.03),
            range(100_000, Some(500_000), 6.66, 7.39),
            range(500_000, Some(1_000_000), 6.19, 6.85),
            range(1_000_000, None, 6.20, 6.84),
        ],
    ),
    bench(
        TikTok,
        INFLUENCERTOOLS,
        InteractionsPerView,
        "typical range",
        None,
        "Per view. No band below 1,000 followers.",
        &[
            range(1_000, Some(10_000), 4.7, 9.1),
            range(10_000, Some(30_000), 6.6, 10.1),
            range(30_000, Some(100_000), 5.3, 9.2),
            range(100_000, Some(1_000_000), 5.2, 8.7),
            range(1_000_000, None, 5.7, 8.9),
        ],
    ),
    bench(
        TikTok,
        CAPTIV8,
        InteractionsPerView,
        AVERAGE,
        None,
        "Per view; accounts above 1.5 million followers only; no year given.",
        &[point(1_500_000, None, 4.95)],
    ),
    bench(
        TikTok,
        MODASH_TIKTOK_2023,
        InteractionsPerView,
        MODASH_BAND,
        Some(Superseded),
        "The same page's March 2023 table, about a tenth of its November 2025 figures for \
         every band; shown whole with its year.",
        &[
            range(1_000, Some(5_000), 1.82, 2.19),
            range(5_000, Some(10_000), 1.05, 1.33),
            range(10_000, Some(50_000), 0.76, 1.04),
            range(50_000, Some(100_000), 0.60, 0.88),
            range(100_000, Some(500_000), 0.69, 1.00),
            range(500_000, Some(1_000_000), 0.99, 1.32),
            range(1_000_000, None, 1.06, 1.34),
        ],
    ),
    bench(
        TikTok,
        INFLUENCER_HERO_2024,
        LikesCommentsPerFollower,
        MEDIAN,
        Some(AllTiers),
        "January 2024, per follower, all sizes together.",
        &[all(1.31)],
    ),
    bench(
        TikTok,
        HYPEAUDITOR_SOIM_2023,
        NotStated,
        AVERAGE,
        Some(OtherFormula),
        "Nano (1,000-9,999) only.",
        &[point(1_000, Some(10_000), 12.6)],
    ),
    bench(
        TikTok,
        IQFLUENCE_2025,
        NotStated,
        AVERAGE,
        Some(OtherFormula),
        "Under 100K and 10M+ only.",
        &[point(0, Some(100_000), 7.5), point(10_000_000, None, 2.88)],
    ),
    bench(
        TikTok,
        RIVAL_IQ_2023,
        InteractionsPerView,
        AVERAGE,
        Some(Brands),
        "Brands, per view: 4.14% overall.",
        &[point(0, Some(5_000), 3.8), point(1_000_000, None, 7.5)],
    ),
    // ---- YouTube --------------------------------------------------------------
    bench(
        YouTube,
        SOCIAVAULT_2026,
        InteractionsPerView,
        "median, with the 25th to 75th percentile",
        None,
        "(likes + comments) / views per video. No band below 1,000 subscribers.",
        &[
            quartiles(1_000, Some(10_000), 5.23, 3.41, 7.82),
            quartiles(10_000, Some(50_000), 3.74, 2.48, 5.43),
            quartiles(50_000, Some(100_000), 2.81, 1.87, 4.12),
            quartiles(100_000, Some(500_000), 2.12, 1.38, 3.24),
            quartiles(500_000, None, 1.41, 0.89, 2.18),
        ],
    ),
    bench(
        YouTube,
        CREATORIQ_2019,
        InteractionsPerView,
        AVERAGE,
        Some(SponsoredOnly),
        "(likes + comments + shares) / views of sponsored videos, 2016-2019; the middle \
         bands were not published.",
        &[point(1_000, Some(10_000), 6.7), point(1_000_000, None, 4.0)],
    ),
    bench(
        YouTube,
        MODASH_YOUTUBE,
        InteractionsPerView,
        MODASH_BAND,
        Some(OtherFormula),
        "The page states median engagements / median views, but figures under 1% do not fit \
         a per-view rate (its help page defines likes / views); not used until that is \
         resolved.",
        &[
            range(1_000, Some(5_000), 1.47, 2.02),
            range(5_000, Some(10_000), 0.59, 0.82),
            range(10_000, Some(50_000), 0.36, 0.51),
            range(50_000, Some(100_000), 0.23, 0.33),
            range(100_000, Some(500_000), 0.19, 0.27),
            range(500_000, Some(1_000_000), 0.16, 0.24),
            range(1_000_000, None, 0.13, 0.18),
        ],
    ),
    bench(
        YouTube,
        CREATORDB,
        InteractionsPerView,
        AVERAGE,
        Some(AllTiers),
        "About 4% per view overall; 10% or more is common at 10-50K subscribers.",
        &[all(4.0)],
    ),
    bench(
        YouTube,
        INFLUENCER_HERO_2024,
        NotStated,
        MEDIAN,
        Some(AllTiers),
        "All sizes together; nearly repeats Modash's table, so not independent.",
        &[all(0.54)],
    ),
    bench(
        YouTube,
        CREATORIQ_2023,
        NotStated,
        AVERAGE,
        Some(OtherFormula),
        "Mega (1M+) only.",
        &[point(1_000_000, None, 1.6)],
    ),
    // ---- X, Facebook, LinkedIn: no creator study by size ---------------------
    bench(
        X,
        RIVAL_IQ_2024,
        InteractionsPerFollower,
        MEDIAN,
        Some(Brands),
        "Brand accounts across industries.",
        &[all(0.029)],
    ),
    bench(
        X,
        PLAYERSELLS_2026,
        InteractionsPerFollower,
        MEDIAN,
        Some(AnyAccounts),
        "Interactions per original post / followers, October 2026; largest accounts first, \
         not a random sample; the 10-50K figure is out of line with its neighbours.",
        &[
            point(1_000, Some(10_000), 0.327),
            point(10_000, Some(50_000), 0.676),
            point(50_000, Some(100_000), 0.107),
            point(100_000, Some(500_000), 0.065),
            point(500_000, Some(1_000_000), 0.033),
            point(1_000_000, Some(5_000_000), 0.020),
        ],
    ),
    bench(
        X,
        CREATORIQ_2019,
        InteractionsPerFollower,
        AVERAGE,
        Some(SponsoredOnly),
        "Sponsored posts, 2016-2019; the middle bands were not published.",
        &[
            point(1_000, Some(10_000), 0.17),
            point(1_000_000, None, 0.008),
        ],
    ),
    bench(
        X,
        SOCIALINSIDER,
        NotStated,
        AVERAGE,
        Some(Brands),
        "Brand accounts.",
        &[all(0.12)],
    ),
    bench(
        X,
        SPROUT_SOCIAL_2025,
        NotStated,
        "average per post",
        Some(AllTiers),
        "Influencer accounts, all sizes together.",
        &[all(0.39)],
    ),
    bench(
        Facebook,
        RIVAL_IQ_2024,
        InteractionsPerFollower,
        MEDIAN,
        Some(Brands),
        "Brand accounts across industries.",
        &[all(0.063)],
    ),
    bench(
        Facebook,
        CREATORIQ_2019,
        InteractionsPerFollower,
        AVERAGE,
        Some(SponsoredOnly),
        "Sponsored posts, 2016-2019, as quoted; the middle bands were not published.",
        &[
            point(1_000, Some(10_000), 0.42),
            point(1_000_000, None, 0.01),
        ],
    ),
    bench(
        Facebook,
        SOCIALINSIDER,
        NotStated,
        AVERAGE,
        Some(Brands),
        "Brand pages.",
        &[all(0.15)],
    ),
    bench(
        LinkedIn,
        SOCIALINSIDER,
        NotStated,
        AVERAGE,
        Some(Brands),
        "Company pages.",
        &[all(3.85)],
    ),
    bench(
        LinkedIn,
        FAVIKON,
        NotStated,
        "top-quartile threshold",
        Some(TopQuartile),
        "Where the top quarter starts: 1.7% overall, above 2.4% for creators under 10K.",
        &[point(0, Some(10_000), 2.4), point(10_000, None, 1.7)],
    ),
];
