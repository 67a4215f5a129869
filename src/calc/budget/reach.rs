//! Reach rate: the share of followers one post reaches, with every published
//! figure that applies and the one used.
//!
//! Which figure is used:
//! 1. measured figures over formula inputs (a formula's reach rate is an
//!    input someone chose, not a count);
//! 2. among measured figures, the larger sample: [`MEASURED_REACH`] is in
//!    order of sample, largest first (Minter.io's millions of posts before The
//!    Cirqle's rate cards);
//! 3. among formula inputs alone (none states a sample), the lowest, so a
//!    plan never promises reach that only one formula assumes. This last step
//!    is this calculator's own choice.
//!
//! The others are shown beside it. A story uses story figures; every other
//! deliverable uses post figures. Banded figures are read through
//! [`blended`], so there is no step at a band edge. Where nothing is
//! published (Pinterest, blogs and newsletters) reach is unknown: no figure is
//! invented, and every result that needs it says so.

use super::super::bands::{blended, count, Span};
use super::super::deliverable::Deliverable;
use super::super::platform::Platform;
use super::super::sources::{
    Source, CIRQLE_2024, FEMEHK, MINTER_2019, OWN_ASSUMPTION, SPONSORRATE,
};
use super::super::tier::{Scheme, Tier};
use super::{followers as read_followers, Line, Value};

/// Where a measured figure's follower band is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// A follower range the publisher states.
    Followers(Span),
    /// A tier the publisher names without a range, read as that tier of the
    /// calculator's default scheme ([`Scheme::Standard`], Hootsuite's ranges).
    Tier(Tier),
}

impl Band {
    /// The follower range the figure is read as; `None` if the default
    /// scheme has no such tier.
    #[must_use]
    pub fn span(self) -> Option<Span> {
        match self {
            Self::Followers(span) => Some(span),
            Self::Tier(tier) => Scheme::Standard.table().band_of(tier).map(|b| b.span),
        }
    }
}

/// One band of a measured reach table, in percent of followers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReachBand {
    pub band: Band,
    /// Median reach of a post; `None` where the publisher gives none.
    pub post: Option<f64>,
    /// Median reach of a story; `None` where the publisher gives none.
    pub story: Option<f64>,
}

/// A measured reach table for one platform.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MeasuredReach {
    pub source: Source,
    pub platform: Platform,
    /// Sorted by follower count, without overlaps.
    pub bands: &'static [ReachBand],
    pub note: &'static str,
}

const fn span(from: u64, to: Option<u64>) -> Band {
    Band::Followers(Span::new(from, to))
}

const fn both(band: Band, post: f64, story: f64) -> ReachBand {
    ReachBand {
        band,
        post: Some(post),
        story: Some(story),
    }
}

const fn post_only(band: Band, post: f64) -> ReachBand {
    ReachBand {
        band,
        post: Some(post),
        story: None,
    }
}

/// Minter.io 2019: median reach of Instagram posts and stories by follower band.
pub const MINTER_REACH: MeasuredReach = MeasuredReach {
    source: MINTER_2019,
    platform: Platform::Instagram,
    bands: &[
        both(span(0, Some(20_000)), 37.7, 8.2),
        both(span(20_000, Some(100_000)), 22.9, 4.3),
        both(span(100_000, Some(1_000_000)), 22.9, 4.1),
        both(span(1_000_000, None), 19.1, 3.8),
    ],
    note: "Median reach as a share of followers, by follower band, read between band middles \
           so there is no step at a band edge.",
};

/// The Cirqle 2024: Instagram reach of micro and macro creators. The report,
/// as cited in our research, gives no follower ranges: micro and macro are read
/// as the default scheme's (Hootsuite's) micro, 10,000-49,999, and macro,
/// 500,000-999,999 (a test pins this reading).
pub const CIRQLE_REACH: MeasuredReach = MeasuredReach {
    source: CIRQLE_2024,
    platform: Platform::Instagram,
    bands: &[
        post_only(Band::Tier(Tier::Micro), 15.7),
        post_only(Band::Tier(Tier::Macro), 3.2),
    ],
    note: "Reach of micro and macro creators' posts; the report as cited states no follower \
           ranges, so micro and macro are read as the default tier scheme's. No story figure.",
};

/// Every measured reach table, largest sample first: the order is the rule.
pub const MEASURED_REACH: &[MeasuredReach] = &[MINTER_REACH, CIRQLE_REACH];

/// A reach rate a published pricing formula takes as its input (impressions
/// = followers x this share). Also read by the fee model: defined once, here.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FormulaReach {
    pub platform: Platform,
    /// The deliverables it applies to; empty for all of the platform's.
    pub deliverables: &'static [Deliverable],
    /// Share of followers reached, in percent: low and high of the published
    /// range (equal for a single figure).
    pub low: f64,
    pub high: f64,
    pub source: Source,
}

impl FormulaReach {
    /// The figure in percent: the middle of a published range.
    #[must_use]
    pub fn percent(&self) -> f64 {
        f64::midpoint(self.low, self.high)
    }

    /// Whether it applies to `deliverable`.
    #[must_use]
    pub fn applies(&self, deliverable: Deliverable) -> bool {
        deliverable.platform() == self.platform
            && (self.deliverables.is_empty() || self.deliverables.contains(&deliverable))
    }
}

const fn formula(
    platform: Platform,
    deliverables: &'static [Deliverable],
    low: f64,
    high: f64,
    source: Source,
) -> FormulaReach {
    FormulaReach {
        platform,
        deliverables,
        low,
        high,
        source,
    }
}

use Deliverable::{Carousel, Post, Reel, Story};
use Platform::{Facebook, Instagram, LinkedIn, TikTok, YouTube, X};

/// femehk's reach rates (a post's reach: not applied to stories). The fee's
/// reach x CPM methods read these same figures.
pub const FEMEHK_INSTAGRAM: FormulaReach =
    formula(Instagram, &[Post, Carousel, Reel], 30.0, 30.0, FEMEHK);
pub const FEMEHK_TIKTOK: FormulaReach = formula(TikTok, &[], 50.0, 50.0, FEMEHK);
pub const FEMEHK_YOUTUBE: FormulaReach = formula(YouTube, &[], 25.0, 25.0, FEMEHK);
pub const FEMEHK_LINKEDIN: FormulaReach = formula(LinkedIn, &[], 15.0, 15.0, FEMEHK);
pub const FEMEHK_FACEBOOK: FormulaReach = formula(Facebook, &[], 6.0, 6.0, FEMEHK);
pub const FEMEHK_X: FormulaReach = formula(X, &[], 10.0, 10.0, FEMEHK);
/// sponsorrate's view rates, by format on Instagram.
pub const SPONSORRATE_STORY: FormulaReach = formula(Instagram, &[Story], 10.0, 10.0, SPONSORRATE);
pub const SPONSORRATE_REEL: FormulaReach = formula(Instagram, &[Reel], 40.0, 40.0, SPONSORRATE);
pub const SPONSORRATE_FEED: FormulaReach =
    formula(Instagram, &[Post, Carousel], 25.0, 25.0, SPONSORRATE);
pub const SPONSORRATE_TIKTOK: FormulaReach = formula(TikTok, &[], 30.0, 30.0, SPONSORRATE);
pub const SPONSORRATE_YOUTUBE: FormulaReach = formula(YouTube, &[], 30.0, 35.0, SPONSORRATE);
pub const SPONSORRATE_LINKEDIN: FormulaReach = formula(LinkedIn, &[], 15.0, 15.0, SPONSORRATE);

/// Every published formula's reach rate.
pub const FORMULA_REACH: &[FormulaReach] = &[
    FEMEHK_INSTAGRAM,
    FEMEHK_TIKTOK,
    FEMEHK_YOUTUBE,
    FEMEHK_LINKEDIN,
    FEMEHK_FACEBOOK,
    FEMEHK_X,
    SPONSORRATE_STORY,
    SPONSORRATE_REEL,
    SPONSORRATE_FEED,
    SPONSORRATE_TIKTOK,
    SPONSORRATE_YOUTUBE,
    SPONSORRATE_LINKEDIN,
];

/// One published reach figure at a given follower count.
#[derive(Clone, Debug, PartialEq)]
pub struct ReachFigure {
    /// Share of followers reached, in percent, at these followers.
    pub percent: f64,
    /// The published range at these followers (equal to `percent` except for
    /// a range such as sponsorrate's YouTube 30-35%).
    pub low: f64,
    pub high: f64,
    pub source: Source,
    /// The band figures it is read from, as follower ranges; empty for a
    /// formula input, which applies at any size.
    pub bands: Vec<(Span, f64)>,
    pub note: &'static str,
}

/// The reach of one post of `deliverable` for an account of `followers`.
#[derive(Clone, Debug, PartialEq)]
pub struct Reach {
    pub deliverable: Deliverable,
    pub followers: u64,
    /// Every figure that applies, in order of preference: the first is used.
    /// Empty where nothing is published.
    pub figures: Vec<ReachFigure>,
    pub working: Vec<Line>,
}

impl Reach {
    /// The figure used, if any is published.
    #[must_use]
    pub fn used(&self) -> Option<&ReachFigure> {
        self.figures.first()
    }

    /// The share of followers reached, in percent; `None` when unknown.
    #[must_use]
    pub fn percent(&self) -> Option<f64> {
        self.used().map(|f| f.percent)
    }

    /// People one post reaches; `None` when unknown.
    #[must_use]
    pub fn people(&self) -> Option<f64> {
        self.percent().map(|p| people(self.followers, p))
    }
}

/// `followers` x `percent` / 100.
#[must_use]
pub fn people(followers: u64, percent: f64) -> f64 {
    count(followers) * percent / 100.0
}

fn measured(table: &MeasuredReach, story: bool, followers: u64) -> Option<ReachFigure> {
    let bands: Vec<(Span, f64)> = table
        .bands
        .iter()
        .filter_map(|b| Some((b.band.span()?, if story { b.story? } else { b.post? })))
        .collect();
    let percent = blended(bands.iter().copied(), followers)?;
    Some(ReachFigure {
        percent,
        low: percent,
        high: percent,
        source: table.source,
        bands,
        note: table.note,
    })
}

const FORMULA_NOTE: &str = "A pricing formula's input (impressions = followers x this share), \
                            not a measurement; the same at any account size.";

const NONE_PUBLISHED: &str = "No reach rate is published for this platform in our research: \
                              reach is unknown, and nothing that needs it is estimated.";

const RULE: &str = "Measured figures are used over formula inputs; among measured, the larger \
                    sample; among formula inputs alone, the lowest, so the plan promises no \
                    more than every formula assumes (this calculator's own choice).";

/// Every published reach figure for one post of `deliverable` by an account
/// of `followers` (capped at the calculator's largest count), the used one
/// first, with the working.
#[must_use]
pub fn reach(deliverable: Deliverable, followers: u64) -> Reach {
    let followers = read_followers(followers);
    let platform = deliverable.platform();
    let story = deliverable == Story;
    let mut figures: Vec<ReachFigure> = MEASURED_REACH
        .iter()
        .filter(|t| t.platform == platform)
        .filter_map(|t| measured(t, story, followers))
        .collect();
    let mut formulas: Vec<ReachFigure> = FORMULA_REACH
        .iter()
        .filter(|f| f.applies(deliverable))
        .map(|f| ReachFigure {
            percent: f.percent(),
            low: f.low,
            high: f.high,
            source: f.source,
            bands: Vec::new(),
            note: FORMULA_NOTE,
        })
        .collect();
    crate::calc::order::sort_by_key(&mut formulas, |f| Some(f.percent));
    figures.extend(formulas);

    let mut working = Vec::with_capacity(figures.len() + 2);
    for (i, figure) in figures.iter().enumerate() {
        let label = if i == 0 {
            "Reach rate used"
        } else {
            "Also published"
        };
        working.push(Line::new(
            label,
            Value::Percent(figure.percent),
            figure.source,
            figure.note,
        ));
    }
    match figures.first() {
        Some(used) => {
            working.push(Line::new("Rule", Value::None, OWN_ASSUMPTION, RULE));
            working.push(Line::given(
                "People one post reaches",
                Value::People(people(followers, used.percent)),
                "Followers x the reach rate used.",
            ));
        }
        None => working.push(Line::ours("Reach rate", Value::None, NONE_PUBLISHED)),
    }
    Reach {
        deliverable,
        followers,
        figures,
        working,
    }
}
