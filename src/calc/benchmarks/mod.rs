//! Published engagement-rate benchmarks, each with its source, year, sample and
//! formula, and whether the verdict may use it.
//!
//! Sources disagree by 10x and more, mostly because they measure different
//! things. Only figures that use the same formula as one of our rates, for
//! creator accounts, split by size, enter the verdict; the rest are shown as
//! context with the reason they are left out.

mod table;

pub use table::BENCHMARKS;

use super::bands::Span;
use super::platform::Platform;
use super::sources::Source;

/// What a benchmark divides by what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formula {
    /// (likes + comments) / followers: the one most public benchmarks use.
    LikesCommentsPerFollower,
    /// Likes / followers only.
    LikesPerFollower,
    /// All visible interactions / followers (reactions, comments, shares).
    InteractionsPerFollower,
    /// Interactions / views: how TikTok, Reels and YouTube are judged.
    InteractionsPerView,
    /// Interactions / impressions (an impression is not a view).
    InteractionsPerImpression,
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
            Self::InteractionsPerImpression => "interactions / impressions",
            Self::NotStated => "formula not stated",
        }
    }

    /// Which of our rates this formula can be compared with, if any.
    #[must_use]
    pub const fn comparable_rate(self) -> Option<RateKind> {
        match self {
            Self::LikesCommentsPerFollower => Some(RateKind::PerFollower),
            Self::InteractionsPerView => Some(RateKind::PerView),
            Self::LikesPerFollower
            | Self::InteractionsPerFollower
            | Self::InteractionsPerImpression
            | Self::NotStated => None,
        }
    }
}

/// Our two benchmark-comparable rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RateKind {
    /// (likes + comments) / posts / followers.
    PerFollower,
    /// (likes + comments + shares + saves) / views.
    PerView,
}

impl RateKind {
    /// "engagement rate" or "engagement rate by views".
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::PerFollower => "engagement rate",
            Self::PerView => "engagement rate by views",
        }
    }
}

/// Why a shown figure does not enter the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exclusion {
    /// Its formula differs from both of ours, or its figures do not fit the
    /// formula it states.
    Formula,
    /// Per impression: an impression is not a view.
    Impressions,
    /// Brand or company accounts, not creators.
    Brands,
    /// Accounts of every kind, not creators only.
    AnyAccounts,
    /// Sponsored posts only.
    SponsoredOnly,
    /// One figure for every size.
    AllTiers,
    /// A top-quartile threshold, not a typical value.
    TopQuartile,
    /// An older version of a table the publisher has since replaced.
    Superseded,
}

impl Exclusion {
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Self::Formula => "different formula, or figures that do not fit the stated one",
            Self::Impressions => "per impression, not per view",
            Self::Brands => "brand accounts, not creators",
            Self::AnyAccounts => "accounts of every kind, not creators only",
            Self::SponsoredOnly => "sponsored posts only",
            Self::AllTiers => "one figure for all sizes",
            Self::TopQuartile => "top-quartile threshold, not typical",
            Self::Superseded => "replaced by the publisher's newer table",
        }
    }
}

/// One follower band of a benchmark, in percent. A single published figure has
/// `low == typical == high`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub span: Span,
    pub low: f64,
    pub typical: f64,
    pub high: f64,
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
    /// The published band holding `followers`, if any.
    #[must_use]
    pub fn band(&self, followers: u64) -> Option<Band> {
        self.bands
            .iter()
            .copied()
            .find(|b| b.span.contains(followers))
    }

    /// The rate this benchmark's figures may be compared with in the verdict.
    #[must_use]
    pub fn verdict_rate(&self) -> Option<RateKind> {
        match self.excluded {
            None => self.formula.comparable_rate(),
            Some(_) => None,
        }
    }

    /// The follower counts its bands cover, from the first band's start to
    /// the last band's end (gaps inside are interpolated across).
    #[must_use]
    pub fn coverage(&self) -> Option<Span> {
        let (first, last) = (self.bands.first()?, self.bands.last()?);
        Some(Span::new(first.span.from, last.span.to))
    }
}

/// The benchmarks published for a platform, in table order.
pub fn for_platform(platform: Platform) -> impl Iterator<Item = &'static Benchmark> {
    BENCHMARKS.iter().filter(move |b| b.platform == platform)
}

/// What was looked for where the verdict says "unknown" for every size: the
/// page says so instead of inventing a benchmark.
#[must_use]
pub const fn searched(platform: Platform) -> &'static str {
    match platform {
        Platform::X => {
            "We looked for a creator-only study of X by follower band from an established \
             firm and found none: the published medians are for brand accounts (Rival IQ, \
             Socialinsider), accounts of every kind (PlayerSells 2026) or sponsored posts \
             (CreatorIQ 2019)."
        }
        Platform::Facebook => {
            "We looked for a creator study of Facebook by follower band and found brand pages \
             (Rival IQ, Socialinsider) and sponsored posts (CreatorIQ 2019) only."
        }
        Platform::LinkedIn => {
            "We looked for a creator study of LinkedIn by follower band: company pages \
             (Socialinsider), a top-quartile threshold (Favikon), and SociaVault Labs' two \
             tables, which contradict each other (per connection and per impression)."
        }
        Platform::Pinterest => {
            "We looked for a Pinterest benchmark by follower band and found none (only per \
             1,000 impressions by niche)."
        }
        Platform::Blog => {
            "We looked for a blog or newsletter benchmark by subscriber band and found none \
             (TapInfluence 2017 could not be read)."
        }
        Platform::Instagram | Platform::TikTok | Platform::YouTube => {
            "Benchmarks for this platform start at 1,000 followers or need views."
        }
    }
}
