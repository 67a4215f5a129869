//! Published engagement-rate benchmarks, each with its source, year, sample and
//! formula, and whether the verdict may use it.
//!
//! Sources disagree by 10x and more, mostly because they measure different
//! things. Only figures that use the same formula as one of our rates, for
//! creator accounts, split by tier, enter the verdict; the rest are shown as
//! context with the reason they are left out.

use super::platform::Platform;
use super::source::Source;

/// What a benchmark divides by what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formula {
    /// (likes + comments) / followers: the one most public benchmarks use.
    LikesCommentsPerFollower,
    /// Likes / followers only.
    LikesPerFollower,
    /// All visible interactions / followers (reactions, comments, shares).
    InteractionsPerFollower,
    /// Interactions / views (or impressions): how TikTok, Reels and YouTube are judged.
    InteractionsPerView,
    /// The publisher does not say.
    NotStated,
}

impl Formula {
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Self::LikesCommentsPerFollower => "(likes + comments) / followers",
            Self::LikesPerFollower => "likes / followers",
            Self::InteractionsPerFollower => "all interactions / followers",
            Self::InteractionsPerView => "interactions / views",
            Self::NotStated => "formula not stated",
        }
    }

    /// Which of our rates this formula can be compared with, if any.
    #[must_use]
    pub const fn comparable_rate(self) -> Option<RateKind> {
        match self {
            Self::LikesCommentsPerFollower => Some(RateKind::PerFollower),
            Self::InteractionsPerView => Some(RateKind::PerView),
            Self::LikesPerFollower | Self::InteractionsPerFollower | Self::NotStated => None,
        }
    }
}

/// Our two benchmark-comparable rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateKind {
    /// (likes + comments) / posts / followers.
    PerFollower,
    /// (likes + comments + shares + saves) / views.
    PerView,
}

/// Why a shown figure does not enter the verdict; `None` when it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exclusion {
    /// Its formula differs from both of ours.
    Formula,
    /// Brand or company accounts, not creators.
    Brands,
    /// Sponsored posts only.
    SponsoredOnly,
    /// One figure for every tier.
    AllTiers,
    /// A top-quartile threshold, not a typical value.
    TopQuartile,
    /// The publisher changed its method and the new one is not described.
    MethodChanged,
}

impl Exclusion {
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Self::Formula => "different or unstated formula",
            Self::Brands => "brand accounts, not creators",
            Self::SponsoredOnly => "sponsored posts only",
            Self::AllTiers => "one figure for all tiers",
            Self::TopQuartile => "top-quartile threshold, not typical",
            Self::MethodChanged => "method changed, new one not described",
        }
    }
}

/// One follower band of a benchmark, `[from, to)`, in percent.
/// A single published figure has `low == typical == high`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub from: u64,
    pub to: Option<u64>,
    pub low: f64,
    pub typical: f64,
    pub high: f64,
}

impl Band {
    #[must_use]
    pub fn contains(&self, followers: u64) -> bool {
        followers >= self.from && self.to.is_none_or(|to| followers < to)
    }
}

/// A published benchmark for one platform.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Benchmark {
    pub platform: Platform,
    pub source: Source,
    pub formula: Formula,
    /// What the figures are: "average / median", "typical range", ...
    pub statistic: &'static str,
    /// Why the verdict leaves it out, or `None` if it is used.
    pub excluded: Option<Exclusion>,
    /// Anything a reader should know: age, sample, how the numbers were read.
    pub caveat: &'static str,
    /// Sorted, non-overlapping; gaps are bands the source does not publish.
    pub bands: &'static [Band],
}

impl Benchmark {
    #[must_use]
    pub fn band(&self, followers: u64) -> Option<Band> {
        self.bands.iter().copied().find(|b| b.contains(followers))
    }

    /// The rate this benchmark's figures may be compared with in the verdict.
    #[must_use]
    pub fn verdict_rate(&self) -> Option<RateKind> {
        match self.excluded {
            None => self.formula.comparable_rate(),
            Some(_) => None,
        }
    }
}

const fn point(from: u64, to: Option<u64>, value: f64) -> Band {
    Band {
        from,
        to,
        low: value,
        typical: value,
        high: value,
    }
}

/// An average/median pair: the lower is `low`, the higher is `typical` and `high`.
const fn pair(from: u64, to: Option<u64>, average: f64, median: f64) -> Band {
    if average <= median {
        Band {
            from,
            to,
            low: average,
            typical: median,
            high: median,
        }
    } else {
        Band {
            from,
            to,
            low: median,
            typical: median,
            high: average,
        }
    }
}

/// A published typical range; `typical` is its midpoint.
const fn range(from: u64, to: Option<u64>, low: f64, high: f64) -> Band {
    Band {
        from,
        to,
        low,
        typical: f64::midpoint(low, high),
        high,
    }
}

const ALL: (u64, Option<u64>) = (0, None);

const HYPEAUDITOR_2018: Source = Source::new(
    "HypeAuditor, Instagram engagement rate study",
    Some(2018),
    "about 37,000 Instagram accounts",
    "https://hypeauditor.com/blog/what-is-instagram-engagement-rate-and-how-to-calculate-it/",
);

const MODASH_IG: Source = Source::new(
    "Modash, Instagram engagement rate benchmarks",
    None,
    "72 million profiles, median of the last 30 posts",
    "https://www.modash.io/engagement-rate-calculator",
);

const NOT_STATED: &str = "not stated";

/// Every benchmark the app knows, grouped by platform.
pub const BENCHMARKS: &[Benchmark] = &[
    // ---- Instagram -------------------------------------------------------
    Benchmark {
        platform: Platform::Instagram,
        source: HYPEAUDITOR_2018,
        formula: Formula::LikesCommentsPerFollower,
        statistic: "average to median",
        excluded: None,
        caveat: "Measured in 2018, before Reels; rates have fallen since.",
        bands: &[
            pair(0, Some(1_000), 10.58, 16.99),
            pair(1_000, Some(5_000), 4.26, 6.45),
            pair(5_000, Some(20_000), 2.28, 3.76),
            pair(20_000, Some(100_000), 1.62, 2.63),
            pair(100_000, Some(1_000_000), 1.55, 2.57),
            pair(1_000_000, None, 1.54, 2.56),
        ],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: MODASH_IG,
        formula: Formula::LikesCommentsPerFollower,
        statistic: "\"average\" band (low to high)",
        excluded: None,
        caveat: "Median engagements per follower; Modash calls anything above 7.97% (1-5K) \
                 to 2.6% (1M+) \"high\". No band below 1,000 followers.",
        bands: &[
            range(1_000, Some(5_000), 3.38, 4.42),
            range(5_000, Some(10_000), 1.25, 1.62),
            range(10_000, Some(50_000), 0.84, 1.11),
            range(50_000, Some(100_000), 0.75, 1.01),
            range(100_000, Some(500_000), 0.87, 1.14),
            range(500_000, Some(1_000_000), 0.88, 1.13),
            range(1_000_000, None, 1.02, 1.27),
        ],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new("Captiv8", None, NOT_STATED, ""),
        formula: Formula::InteractionsPerView,
        statistic: "average",
        excluded: None,
        caveat: "Engagements per impression, compared with ER by views.",
        bands: &[point(0, Some(10_000), 6.23)],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new("Markerly", None, NOT_STATED, ""),
        formula: Formula::LikesPerFollower,
        statistic: "approximate like rate",
        excluded: Some(Exclusion::Formula),
        caveat: "Likes only; no band for 100K-1M.",
        bands: &[
            point(0, Some(1_000), 8.0),
            point(1_000, Some(10_000), 4.0),
            point(10_000, Some(100_000), 2.4),
            point(1_000_000, None, 1.7),
        ],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new(
            "Statista, UK Instagram influencers",
            Some(2021),
            NOT_STATED,
            "",
        ),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Formula),
        caveat: "UK accounts; all-tier average 2.92%.",
        bands: &[
            point(1_000, Some(5_000), 4.59),
            point(5_000, Some(20_000), 2.26),
        ],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new(
            "Statista, US Instagram influencers, H1",
            Some(2023),
            NOT_STATED,
            "",
        ),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Formula),
        caveat: "US accounts.",
        bands: &[
            point(5_000, Some(10_000), 5.15),
            point(1_000_000, None, 2.54),
        ],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new(
            "Statista, Swedish Instagram influencers, H1",
            Some(2024),
            NOT_STATED,
            "",
        ),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Formula),
        caveat: "Swedish accounts; nano read as 1,000-9,999.",
        bands: &[
            point(1_000, Some(10_000), 3.41),
            point(1_000_000, None, 1.4),
        ],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new(
            "Statista / HypeAuditor, worldwide Instagram",
            Some(2023),
            NOT_STATED,
            "",
        ),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Formula),
        caveat: "Nano read as 1,000-9,999; all-tier average 1.85%.",
        bands: &[point(1_000, Some(10_000), 2.19)],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new(
            "HypeAuditor, State of Influencer Marketing",
            Some(2023),
            NOT_STATED,
            "",
        ),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Formula),
        caveat: "Nano (1,000-9,999) only.",
        bands: &[point(1_000, Some(10_000), 2.78)],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new(
            "HypeAuditor, State of Influencer Marketing",
            Some(2025),
            NOT_STATED,
            "",
        ),
        formula: Formula::LikesCommentsPerFollower,
        statistic: "average",
        excluded: Some(Exclusion::AllTiers),
        caveat: "2024 average over all accounts, 0.26 points below 2023.",
        bands: &[point(ALL.0, ALL.1, 1.59)],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new(
            "HypeAuditor, State of Influencer Marketing (via eMarketer)",
            Some(2026),
            NOT_STATED,
            "",
        ),
        formula: Formula::NotStated,
        statistic: "median",
        excluded: Some(Exclusion::Formula),
        caveat: "Likely per view for Reel-heavy accounts; no mid or macro figure.",
        bands: &[
            point(1_000, Some(10_000), 1.78),
            point(10_000, Some(50_000), 0.54),
            point(1_000_000, None, 0.33),
        ],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new("CreatorIQ / Tribe", Some(2023), "sponsored posts", ""),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::SponsoredOnly),
        caveat: "Mega (1M+) sponsored posts only.",
        bands: &[point(1_000_000, None, 0.23)],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new("IQFluence", Some(2025), NOT_STATED, ""),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Formula),
        caveat: "October 2025; 10M+ accounts average 1.77%.",
        bands: &[point(0, Some(100_000), 3.65), point(10_000_000, None, 1.77)],
    },
    Benchmark {
        platform: Platform::Instagram,
        source: Source::new(
            "Favikon, Q4 report",
            None,
            "1.6 million Instagram accounts",
            "",
        ),
        formula: Formula::NotStated,
        statistic: "top-quartile threshold range",
        excluded: Some(Exclusion::TopQuartile),
        caveat: "Where the top quarter of accounts starts; nano read as 1,000-9,999, \
                 micro 10,000-99,999, macro 100,000-999,999.",
        bands: &[
            range(1_000, Some(10_000), 2.4, 3.4),
            range(10_000, Some(100_000), 0.7, 1.5),
            range(100_000, Some(1_000_000), 0.45, 1.5),
            range(1_000_000, None, 0.15, 1.8),
        ],
    },
    // ---- TikTok ----------------------------------------------------------
    Benchmark {
        platform: Platform::TikTok,
        source: Source::new(
            "influencertools.tech, TikTok benchmarks",
            None,
            NOT_STATED,
            "",
        ),
        formula: Formula::InteractionsPerView,
        statistic: "typical range",
        excluded: None,
        caveat: "Per view. No band below 1,000 followers.",
        bands: &[
            range(1_000, Some(10_000), 4.7, 9.1),
            range(10_000, Some(30_000), 6.6, 10.1),
            range(30_000, Some(100_000), 5.3, 9.2),
            range(100_000, Some(1_000_000), 5.2, 8.7),
            range(1_000_000, None, 5.7, 8.9),
        ],
    },
    Benchmark {
        platform: Platform::TikTok,
        source: Source::new(
            "Modash, TikTok engagement benchmarks (March)",
            Some(2023),
            "117 million TikTok profiles",
            "https://www.modash.io/engagement-rate-calculator",
        ),
        formula: Formula::InteractionsPerView,
        statistic: "\"average\" band (low to high)",
        excluded: None,
        caveat: "Median engagements / median views; only the smallest and largest bands \
                 were recorded.",
        bands: &[
            range(1_000, Some(5_000), 1.82, 2.19),
            range(1_000_000, None, 1.06, 1.34),
        ],
    },
    Benchmark {
        platform: Platform::TikTok,
        source: Source::new(
            "Modash, TikTok engagement benchmarks (November)",
            Some(2025),
            NOT_STATED,
            "https://www.modash.io/engagement-rate-calculator",
        ),
        formula: Formula::NotStated,
        statistic: "\"average\" band (low to high)",
        excluded: Some(Exclusion::MethodChanged),
        caveat: "Six times the 2023 figures for the same bands: the method changed.",
        bands: &[
            range(1_000, Some(5_000), 12.06, 14.04),
            range(1_000_000, None, 6.2, 6.84),
        ],
    },
    Benchmark {
        platform: Platform::TikTok,
        source: Source::new("Captiv8", None, NOT_STATED, ""),
        formula: Formula::InteractionsPerView,
        statistic: "average",
        excluded: None,
        caveat: "Per view; accounts above 1.5 million followers only.",
        bands: &[point(1_500_000, None, 4.95)],
    },
    Benchmark {
        platform: Platform::TikTok,
        source: Source::new("Influencer Hero", Some(2024), NOT_STATED, ""),
        formula: Formula::LikesCommentsPerFollower,
        statistic: "median",
        excluded: Some(Exclusion::AllTiers),
        caveat: "January 2024, per follower, all tiers together.",
        bands: &[point(ALL.0, ALL.1, 1.31)],
    },
    Benchmark {
        platform: Platform::TikTok,
        source: Source::new(
            "HypeAuditor, State of Influencer Marketing",
            Some(2023),
            NOT_STATED,
            "",
        ),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Formula),
        caveat: "Nano (1,000-9,999) only.",
        bands: &[point(1_000, Some(10_000), 12.6)],
    },
    Benchmark {
        platform: Platform::TikTok,
        source: Source::new("IQFluence", Some(2025), NOT_STATED, ""),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Formula),
        caveat: "Under 100K and 10M+ only.",
        bands: &[point(0, Some(100_000), 7.5), point(10_000_000, None, 2.88)],
    },
    Benchmark {
        platform: Platform::TikTok,
        source: Source::new(
            "Rival IQ, Social Media Industry Benchmark",
            Some(2023),
            "brand accounts",
            "",
        ),
        formula: Formula::InteractionsPerView,
        statistic: "average",
        excluded: Some(Exclusion::Brands),
        caveat: "Brands, per view: 3.8% under 5K, 7.5% above 1M, 4.14% overall.",
        bands: &[point(0, Some(5_000), 3.8), point(1_000_000, None, 7.5)],
    },
    // ---- YouTube ---------------------------------------------------------
    Benchmark {
        platform: Platform::YouTube,
        source: Source::new(
            "Modash, YouTube engagement benchmarks",
            None,
            "8 million YouTube channels",
            "https://www.modash.io/engagement-rate-calculator",
        ),
        formula: Formula::LikesCommentsPerFollower,
        statistic: "\"average\" band (low to high)",
        excluded: None,
        caveat: "The figures read as per subscriber; only the smallest and largest bands \
                 were recorded.",
        bands: &[
            range(1_000, Some(5_000), 1.47, 2.02),
            range(1_000_000, None, 0.13, 0.18),
        ],
    },
    Benchmark {
        platform: Platform::YouTube,
        source: Source::new("CreatorDB", None, NOT_STATED, ""),
        formula: Formula::InteractionsPerView,
        statistic: "average",
        excluded: Some(Exclusion::AllTiers),
        caveat: "About 4% per view overall; 10% or more is common at 10-50K subscribers.",
        bands: &[point(ALL.0, ALL.1, 4.0)],
    },
    Benchmark {
        platform: Platform::YouTube,
        source: Source::new("Influencer Hero", Some(2024), NOT_STATED, ""),
        formula: Formula::NotStated,
        statistic: "median",
        excluded: Some(Exclusion::AllTiers),
        caveat: "All tiers together.",
        bands: &[point(ALL.0, ALL.1, 0.54)],
    },
    Benchmark {
        platform: Platform::YouTube,
        source: Source::new("CreatorIQ", Some(2023), NOT_STATED, ""),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Formula),
        caveat: "Mega (1M+) only.",
        bands: &[point(1_000_000, None, 1.6)],
    },
    // ---- X, Facebook, LinkedIn: brand-account studies only ---------------
    Benchmark {
        platform: Platform::X,
        source: Source::new(
            "Rival IQ, Social Media Industry Benchmark",
            Some(2024),
            "brand accounts",
            "",
        ),
        formula: Formula::InteractionsPerFollower,
        statistic: "median",
        excluded: Some(Exclusion::Brands),
        caveat: "Brand accounts across industries.",
        bands: &[point(ALL.0, ALL.1, 0.029)],
    },
    Benchmark {
        platform: Platform::X,
        source: Source::new("Socialinsider", None, "brand accounts", ""),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Brands),
        caveat: "Brand accounts.",
        bands: &[point(ALL.0, ALL.1, 0.12)],
    },
    Benchmark {
        platform: Platform::X,
        source: Source::new("Sprout Social", Some(2025), NOT_STATED, ""),
        formula: Formula::NotStated,
        statistic: "average per post",
        excluded: Some(Exclusion::AllTiers),
        caveat: "Influencer accounts, all tiers together.",
        bands: &[point(ALL.0, ALL.1, 0.39)],
    },
    Benchmark {
        platform: Platform::Facebook,
        source: Source::new(
            "Rival IQ, Social Media Industry Benchmark",
            Some(2024),
            "brand accounts",
            "",
        ),
        formula: Formula::InteractionsPerFollower,
        statistic: "median",
        excluded: Some(Exclusion::Brands),
        caveat: "Brand accounts across industries.",
        bands: &[point(ALL.0, ALL.1, 0.063)],
    },
    Benchmark {
        platform: Platform::Facebook,
        source: Source::new("Socialinsider", None, "brand accounts", ""),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Brands),
        caveat: "Brand accounts.",
        bands: &[point(ALL.0, ALL.1, 0.15)],
    },
    Benchmark {
        platform: Platform::LinkedIn,
        source: Source::new("Socialinsider", None, "brand pages", ""),
        formula: Formula::NotStated,
        statistic: "average",
        excluded: Some(Exclusion::Brands),
        caveat: "Company pages.",
        bands: &[point(ALL.0, ALL.1, 3.85)],
    },
    Benchmark {
        platform: Platform::LinkedIn,
        source: Source::new("Favikon", None, NOT_STATED, ""),
        formula: Formula::NotStated,
        statistic: "top-quartile threshold",
        excluded: Some(Exclusion::TopQuartile),
        caveat: "Where the top quarter starts: 1.7% overall, above 2.4% for creators under 10K.",
        bands: &[point(0, Some(10_000), 2.4), point(10_000, None, 1.7)],
    },
];

/// The benchmarks published for a platform, in table order.
pub fn for_platform(platform: Platform) -> impl Iterator<Item = &'static Benchmark> {
    BENCHMARKS.iter().filter(move |b| b.platform == platform)
}
