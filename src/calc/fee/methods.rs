//! The published pricing methods: every rule of thumb, formula and set of
//! measured payments that prices a post, each evaluated at the account's size
//! for an account of typical engagement. The fee is their consensus
//! (`consensus.rs`); each is shown beside it with its source.

use super::super::bands::{blended, count, interpolate, Span};
use super::super::budget::reach::{
    FormulaReach, FEMEHK_FACEBOOK, FEMEHK_INSTAGRAM, FEMEHK_LINKEDIN, FEMEHK_TIKTOK, FEMEHK_X,
    FEMEHK_YOUTUBE, SPONSORRATE_FEED, SPONSORRATE_LINKEDIN, SPONSORRATE_TIKTOK,
    SPONSORRATE_YOUTUBE,
};
use super::super::currency::Currency;
use super::super::deliverable::{per_social_post, Deliverable};
use super::super::platform::Platform;
use super::super::sources::{
    Source, FEMEHK, IMH_RULE, IMPULZE, IZEA_2022, KLEAR_2019, LUMANU_2024, LUMANU_RULE,
    PER_10K_RULE, SOCIALBRANDMATCH_2026, SPONSORRATE, TRIBE_2017, WEBFX,
};

/// How a method's figure grows with followers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    /// `low` to `high` per 1,000 followers; the figure is the middle.
    PerThousand { low: f64, high: f64 },
    /// Reach x CPM: the formula's reach rate (the share of followers who see
    /// the post, read from the one reach table) x `cpm` (price per 1,000 views).
    ReachCpm { reach: FormulaReach, cpm: f64 },
    /// One figure for every size.
    Flat(f64),
    /// Prices at follower counts: straight on a log-log chart between them,
    /// proportional to followers below the first (the per-follower shape of
    /// the simplest rules), held at the last above it (the last is an
    /// open-ended tier's floor: "$10,000 and up").
    Edges(&'static [(u64, f64)]),
    /// One figure per follower band, without steps (`bands::blended`).
    Bands(&'static [(Span, f64)]),
}

impl Shape {
    /// The figure at `followers` (at least 1), in the method's currency.
    #[must_use]
    pub fn at(self, followers: u64) -> f64 {
        let f = count(followers.max(1));
        match self {
            Self::PerThousand { low, high } => f64::midpoint(low, high) * f / 1_000.0,
            Self::ReachCpm { reach, cpm } => f * reach.percent() / 100.0 * cpm / 1_000.0,
            Self::Flat(value) => value,
            Self::Edges(points) => {
                let points: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (count(x), y)).collect();
                match points.first() {
                    Some(&(x0, y0)) if f < x0 => y0 * f / x0,
                    _ => interpolate(&points, f).unwrap_or(0.0),
                }
            }
            Self::Bands(bands) => blended(bands.iter().copied(), followers).unwrap_or(0.0),
        }
    }
}

/// A published way of pricing a post.
#[derive(Clone, Copy, Debug)]
pub struct Method {
    /// "Per-tier rule of thumb", "Impulze, $14 per 1,000 followers".
    pub label: &'static str,
    pub source: Source,
    pub platforms: &'static [Platform],
    /// What its figures price; `None` for "a post" (the platform's base post;
    /// on a blog, a social post).
    pub prices: Option<Deliverable>,
    pub shape: Shape,
    pub currency: Currency,
    /// How it was read.
    pub note: &'static str,
}

/// Methods are the entries of [`METHODS`], each under its own label (a test
/// checks), so the label tells them apart without comparing every figure.
impl PartialEq for Method {
    fn eq(&self, other: &Self) -> bool {
        self.label == other.label
    }
}

/// One method's figure for this account.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MethodFigure {
    pub method: &'static Method,
    /// Its price for one base post of the platform, in US dollars, at typical
    /// engagement and before any deliverable or term.
    pub usd: f64,
}

impl Method {
    /// This method's price for one base post on `platform` at `followers`,
    /// in US dollars.
    #[must_use]
    pub fn base_post_usd(&self, platform: Platform, followers: u64) -> f64 {
        let usd = self.currency.to_usd(self.shape.at(followers));
        match self.prices {
            Some(d) if d.platform() == platform => usd / d.multiplier().value,
            _ => usd * per_social_post(platform).value,
        }
    }
}

use Platform::{Blog, Facebook, Instagram, LinkedIn, Pinterest, TikTok, YouTube, X};

const SOCIAL: &[Platform] = &[Instagram, TikTok, YouTube, X, Facebook, LinkedIn, Pinterest];
const EVERY: &[Platform] = &[
    Instagram, TikTok, YouTube, X, Facebook, LinkedIn, Pinterest, Blog,
];
const LUMANU_PLATFORMS: &[Platform] = &[Instagram, TikTok, YouTube];

const fn method(
    label: &'static str,
    source: Source,
    platforms: &'static [Platform],
    shape: Shape,
    note: &'static str,
) -> Method {
    Method {
        label,
        source,
        platforms,
        prices: None,
        shape,
        currency: Currency::Usd,
        note,
    }
}

const PER_TIER: &str = "The per-tier ranges repeated across guides, each tier read as running \
                        from its lower edge's price to its upper edge's; nothing is published \
                        below 1,000 (proportional to followers there) and the top tier is \
                        \"and up\" (its floor is held above 1 million).";

const FORMULA_AT_ITS_MEDIAN: &str =
    "Followers x reach x CPM / 1,000, at the formula's own median engagement, before its \
     engagement factor.";

const SPONSORRATE_NOTE: &str = "Followers x view rate x CPM / 1,000, before its niche, region, \
                                engagement and tier multipliers.";

/// Every published method, per-tier rules first, then per-follower rules and
/// formulas, then measured payments and surveys.
pub const METHODS: &[Method] = &[
    method(
        "Per-tier rule of thumb, Instagram post",
        IMH_RULE,
        &[Instagram],
        Shape::Edges(&[
            (1_000, 10.0),
            (10_000, 100.0),
            (50_000, 500.0),
            (500_000, 5_000.0),
            (1_000_000, 10_000.0),
        ]),
        PER_TIER,
    ),
    method(
        "Per-tier rule of thumb, TikTok video",
        IMH_RULE,
        &[TikTok],
        Shape::Edges(&[
            (1_000, 5.0),
            (10_000, 25.0),
            (50_000, 125.0),
            (500_000, 1_250.0),
            (1_000_000, 2_500.0),
        ]),
        PER_TIER,
    ),
    Method {
        prices: Some(Deliverable::Dedicated),
        ..method(
            "Per-tier rule of thumb, YouTube video",
            IMH_RULE,
            &[YouTube],
            Shape::Edges(&[
                (1_000, 20.0),
                (10_000, 200.0),
                (50_000, 1_000.0),
                (500_000, 10_000.0),
                (1_000_000, 20_000.0),
            ]),
            "The per-tier ranges for a YouTube video, read as a dedicated video; proportional \
             below 1,000 subscribers and held at the top tier's floor above 1 million.",
        )
    },
    method(
        "SocialBrandMatch, Instagram post per tier",
        SOCIALBRANDMATCH_2026,
        &[Instagram],
        Shape::Edges(&[
            (1_000, 50.0),
            (10_000, 500.0),
            (50_000, 5_000.0),
            (500_000, 5_000.0),
            (1_000_000, 50_000.0),
        ]),
        "Nano $50-500, micro $500-5K, macro $5-50K, mega $50K and up, on the common tier \
         edges; no mid-tier figure is published, so the price is held flat across it.",
    ),
    method(
        "\"$100 per 10,000 followers\"",
        PER_10K_RULE,
        EVERY,
        Shape::PerThousand {
            low: 10.0,
            high: 10.0,
        },
        "The most repeated rule, for a post on any platform.",
    ),
    method(
        "1-5% of follower count, in dollars",
        LUMANU_RULE,
        EVERY,
        Shape::PerThousand {
            low: 10.0,
            high: 50.0,
        },
        "A range, read at its middle: 3% of the follower count.",
    ),
    method(
        "WebFX, $20 per 1,000 followers",
        WEBFX,
        &[Instagram],
        Shape::PerThousand {
            low: 20.0,
            high: 20.0,
        },
        "Per Instagram post.",
    ),
    method(
        "WebFX, $25 per 1,000 subscribers",
        WEBFX,
        &[YouTube],
        Shape::PerThousand {
            low: 25.0,
            high: 25.0,
        },
        "Per YouTube video.",
    ),
    method(
        "Impulze, $14 per 1,000 followers",
        IMPULZE,
        &[Instagram],
        Shape::PerThousand {
            low: 14.0,
            high: 14.0,
        },
        IMPULZE_NOTE,
    ),
    method(
        "Impulze, $10 per 1,000 followers",
        IMPULZE,
        &[TikTok],
        Shape::PerThousand {
            low: 10.0,
            high: 10.0,
        },
        IMPULZE_NOTE,
    ),
    Method {
        prices: Some(Deliverable::Integration),
        ..method(
            "Impulze, $35 per 1,000 subscribers for a segment",
            IMPULZE,
            &[YouTube],
            Shape::PerThousand {
                low: 35.0,
                high: 35.0,
            },
            "Its base is a sponsored segment at its typical 2.5% engagement; a dedicated \
             video is 2.2 segments.",
        )
    },
    method(
        "femehk, 30% reach at a $25 CPM",
        FEMEHK,
        &[Instagram],
        Shape::ReachCpm {
            reach: FEMEHK_INSTAGRAM,
            cpm: 25.0,
        },
        FORMULA_AT_ITS_MEDIAN,
    ),
    method(
        "femehk, 50% reach at a $20 CPM",
        FEMEHK,
        &[TikTok],
        Shape::ReachCpm {
            reach: FEMEHK_TIKTOK,
            cpm: 20.0,
        },
        FORMULA_AT_ITS_MEDIAN,
    ),
    method(
        "femehk, 25% reach at a $35 CPM",
        FEMEHK,
        &[YouTube],
        Shape::ReachCpm {
            reach: FEMEHK_YOUTUBE,
            cpm: 35.0,
        },
        FORMULA_AT_ITS_MEDIAN,
    ),
    method(
        "femehk, 15% reach at a $40 CPM",
        FEMEHK,
        &[LinkedIn],
        Shape::ReachCpm {
            reach: FEMEHK_LINKEDIN,
            cpm: 40.0,
        },
        FORMULA_AT_ITS_MEDIAN,
    ),
    method(
        "femehk, 6% reach at an $18 CPM",
        FEMEHK,
        &[Facebook],
        Shape::ReachCpm {
            reach: FEMEHK_FACEBOOK,
            cpm: 18.0,
        },
        FORMULA_AT_ITS_MEDIAN,
    ),
    method(
        "femehk, 10% reach at a $15 CPM",
        FEMEHK,
        &[X],
        Shape::ReachCpm {
            reach: FEMEHK_X,
            cpm: 15.0,
        },
        FORMULA_AT_ITS_MEDIAN,
    ),
    method(
        "sponsorrate, feed post: 25% reach at a $10 CPM",
        SPONSORRATE,
        &[Instagram],
        Shape::ReachCpm {
            reach: SPONSORRATE_FEED,
            cpm: 10.0,
        },
        SPONSORRATE_NOTE,
    ),
    method(
        "sponsorrate, video: 30% reach at a $6 CPM",
        SPONSORRATE,
        &[TikTok],
        Shape::ReachCpm {
            reach: SPONSORRATE_TIKTOK,
            cpm: 6.0,
        },
        SPONSORRATE_NOTE,
    ),
    Method {
        prices: Some(Deliverable::Dedicated),
        ..method(
            "sponsorrate, dedicated video: 32.5% reach at a $20 CPM",
            SPONSORRATE,
            &[YouTube],
            Shape::ReachCpm {
                reach: SPONSORRATE_YOUTUBE,
                cpm: 20.0,
            },
            "Its 30-35% view rate read at the middle, before its multipliers.",
        )
    },
    method(
        "sponsorrate, post: 15% reach at a $15 CPM",
        SPONSORRATE,
        &[LinkedIn],
        Shape::ReachCpm {
            reach: SPONSORRATE_LINKEDIN,
            cpm: 15.0,
        },
        SPONSORRATE_NOTE,
    ),
    method(
        "Lumanu 2024, median payment",
        LUMANU_2024,
        LUMANU_PLATFORMS,
        Shape::Flat(800.0),
        "The median of 250,000 payments on Instagram, TikTok and YouTube, every size together \
         (the mean was $2,300): follower count and pay correlated only 0.56.",
    ),
    method(
        "IZEA 2022, average per post by tier",
        IZEA_2022,
        SOCIAL,
        Shape::Bands(&[
            (Span::new(0, Some(10_000)), 1_105.0),
            (Span::new(10_000, Some(50_000)), 1_674.0),
            (Span::new(50_000, Some(200_000)), 3_396.0),
            (Span::new(200_000, Some(500_000)), 4_992.0),
            (Span::new(500_000, Some(1_000_000)), 5_497.0),
        ]),
        "Measured marketplace payments on IZEA's own tiers, all platforms together; nothing \
         is published above 1 million, where the largest tier's average is held.",
    ),
    method(
        "Klear 2019, average Instagram rate",
        KLEAR_2019,
        &[Instagram],
        Shape::Bands(&[
            (Span::new(500, Some(5_000)), 41.0),
            (Span::new(500_000, None), 3_138.0),
        ]),
        "A survey; only the smallest (500-4,999) and largest (500,000 and up) bands are in \
         the material cited, and the sizes between are interpolated.",
    ),
    Method {
        currency: Currency::Gbp,
        ..method(
            "Tribe UK 2017, per post (in pounds)",
            TRIBE_2017,
            &[Instagram],
            Shape::Edges(&[
                (3_000, 50.0),
                (10_000, 100.0),
                (25_000, 180.0),
                (50_000, 250.0),
                (100_000, 350.0),
            ]),
            "£50-100 at 3-10K, £100-180 at 10-25K, £180-250 at 25-50K, £250-350 at 50-100K, \
             £350 and up above; Tribe's marketplace was Instagram-first.",
        )
    },
];

const IMPULZE_NOTE: &str =
    "Its base post at its typical 2.5% engagement, before its format multipliers.";

/// Every method that prices a post on `platform`, evaluated at `followers`
/// for one base post, in table order.
#[must_use]
pub fn figures(platform: Platform, followers: u64) -> Vec<MethodFigure> {
    METHODS
        .iter()
        .filter(|m| m.platforms.contains(&platform))
        .map(|method| MethodFigure {
            method,
            usd: method.base_post_usd(platform, followers),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::METHODS;

    #[test]
    fn every_method_has_its_own_label() {
        for (i, a) in METHODS.iter().enumerate() {
            for b in &METHODS[i + 1..] {
                assert_ne!(a.label, b.label);
            }
        }
    }
}
