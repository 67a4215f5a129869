//! The fair fee range (issue 4): low, typical and high for a package of
//! deliverables, in US dollars, with the working line by line.
//!
//! typical = base post (from audience size) x engagement adjustment
//!           x sum of (quantity x deliverable multiplier) x niche
//!           x (1 + sum of term premiums);
//! low and high apply femehk's +-20% and the low and high ends of each term's
//! published range.
//!
//! The base is a continuous, non-decreasing curve of followers: a power law
//! between published prices at the common tier edges (a straight line on a
//! log-log chart), so there is no jump anywhere, least of all at a tier edge.
//! Every figure names its source, or says it is this calculator's own choice.

use super::currency::{round_shown, Currency, RATES_AS_OF, SIGNIFICANT_FIGURES};
use super::deliverable::{Deliverable, MAX_QUANTITY};
use super::input::{parse_count, InputError, MAX_COUNT};
use super::niche::Niche;
use super::platform::Platform;
use super::source::{Source, OWN_ASSUMPTION};

// ---- Sources ---------------------------------------------------------------

const CONVENTION: &str = "a rule of thumb, not a measurement";
const FORMULA: &str = "a published formula, not a measurement";

/// The per-tier price rule for an Instagram post repeated across guides.
pub const RULE_IG: Source = Source::new(
    "Per-tier rule of thumb, Instagram post (Influencer Marketing Hub style, widely repeated)",
    None,
    CONVENTION,
    "",
);
/// The per-tier price rule for a TikTok video.
pub const RULE_TT: Source = Source::new(
    "Per-tier rule of thumb, TikTok video (Influencer Marketing Hub style, widely repeated)",
    None,
    CONVENTION,
    "",
);
/// The per-tier price rule for a YouTube video.
pub const RULE_YT: Source = Source::new(
    "Per-tier rule of thumb, YouTube video (Influencer Marketing Hub style, widely repeated)",
    None,
    CONVENTION,
    "",
);
/// "$100 per 10,000 followers".
pub const PER_10K: Source = Source::new(
    "\"$100 per 10,000 followers\" (Hootsuite, inBeat, sproutlaw)",
    None,
    CONVENTION,
    "",
);
/// WebFX's per-1,000-follower prices.
pub const WEBFX: Source = Source::new("WebFX, influencer pricing", None, CONVENTION, "");
/// Impulze's published estimator formula.
pub const IMPULZE: Source = Source::new("Impulze, influencer price estimator", None, FORMULA, "");
/// femehk's reach x CPM formula.
pub const FEMEHK: Source = Source::new("femehk, creator rate formula", None, FORMULA, "");
/// sponsorrate's reach x CPM formula with niche and region multipliers.
pub const SPONSORRATE: Source =
    Source::new("sponsorrate, sponsorship rate formula", None, FORMULA, "");
/// HypeAuditor's format multipliers.
pub const HYPEAUDITOR_PRICING: Source = Source::new(
    "HypeAuditor, influencer pricing guide",
    None,
    CONVENTION,
    "",
);
/// sproutlaw's rates guide.
pub const SPROUTLAW: Source =
    Source::new("sproutlaw, influencer rates guide", None, CONVENTION, "");
/// noxakit's calculator: usage, exclusivity and rush surcharges.
pub const NOXAKIT: Source = Source::new(
    "noxakit, influencer rate calculator",
    None,
    FORMULA,
    "https://www.noxakit.com/tool/influencer-rate-calculator",
);
/// Usage, whitelisting and exclusivity ranges whose publisher our notes do not record.
pub const PRICING_GUIDES: Source = Source::new(
    "Influencer pricing guides (publisher not recorded in our research notes)",
    None,
    CONVENTION,
    "",
);
/// Influize: a top celebrity's price for one Instagram post.
pub const INFLUIZE: Source = Source::new(
    "Influize",
    None,
    "top celebrities' Instagram posts, £250,000 ($310,000)",
    "",
);
/// Lumanu's payment data.
pub const LUMANU_2024: Source = Source::new(
    "Lumanu, creator payments",
    Some(2024),
    "250,000 payments",
    "",
);
/// Lumanu's rule of thumb (not its payment data).
pub const LUMANU_RULE: Source = Source::new("Lumanu, pricing rule of thumb", None, CONVENTION, "");
/// IZEA's average payment per post by tier.
pub const IZEA_2022: Source = Source::new(
    "IZEA, State of Influencer Earnings",
    Some(2022),
    "IZEA marketplace payments, 2015-2022",
    "",
);
/// Klear's survey of influencer rates.
pub const KLEAR_2019: Source = Source::new(
    "Klear, influencer rates survey",
    Some(2019),
    "more than 2,500 influencers surveyed",
    "",
);
/// Tribe's UK rates, in pounds.
pub const TRIBE_2017: Source =
    Source::new("Tribe, UK influencer rates", Some(2017), "not stated", "");
/// SocialBrandMatch's Instagram per-tier prices.
pub const SOCIALBRANDMATCH_2026: Source = Source::new(
    "SocialBrandMatch, Instagram rates",
    Some(2026),
    CONVENTION,
    "",
);
const HYPEAUDITOR_2018: Source = Source::new(
    "HypeAuditor, Instagram engagement rate study",
    Some(2018),
    "about 37,000 Instagram accounts",
    "https://hypeauditor.com/blog/what-is-instagram-engagement-rate-and-how-to-calculate-it/",
);
const MODASH_YT: Source = Source::new(
    "Modash, YouTube engagement benchmarks",
    None,
    "8 million YouTube channels",
    "https://www.modash.io/engagement-rate-calculator",
);
const INFLUENCER_HERO_2024: Source = Source::new("Influencer Hero", Some(2024), "not stated", "");

// ---- Small types -----------------------------------------------------------

/// A figure with its source and how it was read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sourced {
    pub value: f64,
    pub source: Source,
    pub note: &'static str,
}

/// Low, typical and high of one figure, with `low <= typical <= high`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Range {
    pub low: f64,
    pub typical: f64,
    pub high: f64,
}

impl Range {
    const fn new(low: f64, typical: f64, high: f64) -> Self {
        Self { low, typical, high }
    }

    const fn flat(value: f64) -> Self {
        Self::new(value, value, value)
    }

    fn plus(self, other: Self) -> Self {
        Self::new(
            self.low + other.low,
            self.typical + other.typical,
            self.high + other.high,
        )
    }
}

// ---- Terms -----------------------------------------------------------------

/// A surcharge as a share of the content fee (`0.15` is +15%), with its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Premium {
    pub share: Range,
    pub source: Source,
    pub note: &'static str,
}

const NO_PREMIUM: Premium = Premium {
    share: Range::flat(0.0),
    source: OWN_ASSUMPTION,
    note: "Not asked for: no surcharge.",
};

/// How long the brand may reuse the content in its own channels and ads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Usage {
    #[default]
    None,
    Days30,
    Days90,
    Year,
    Perpetual,
}

impl Usage {
    /// Every option, shortest first.
    pub const ALL: [Self; 5] = [
        Self::None,
        Self::Days30,
        Self::Days90,
        Self::Year,
        Self::Perpetual,
    ];

    /// The `usage` URL value.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Days30 => "30d",
            Self::Days90 => "90d",
            Self::Year => "1y",
            Self::Perpetual => "perpetual",
        }
    }

    /// What a person calls it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::None => "None",
            Self::Days30 => "30 days",
            Self::Days90 => "90 days",
            Self::Year => "1 year",
            Self::Perpetual => "Perpetual",
        }
    }

    /// Reads an id case-insensitively; `None` for anything else.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        super::find_by_id(&Self::ALL, Self::id, id)
    }

    /// The surcharge. Guides give paid usage +50-100% flat or 15% a month;
    /// noxakit 20% a month.
    #[must_use]
    pub const fn premium(self) -> Premium {
        match self {
            Self::None => NO_PREMIUM,
            Self::Days30 => Premium {
                share: Range::new(0.15, 0.15, 0.20),
                source: PRICING_GUIDES,
                note: "15% a month; noxakit's 20% a month is the high end.",
            },
            Self::Days90 => Premium {
                share: Range::new(0.45, 0.45, 0.60),
                source: PRICING_GUIDES,
                note: "15% a month for 3 months; noxakit's 20% a month is the high end.",
            },
            Self::Year => Premium {
                share: Range::new(0.50, 0.75, 1.00),
                source: PRICING_GUIDES,
                note: "The flat +50-100% for paid usage, its middle typical (15% a month \
                       would give +180%, above every flat figure).",
            },
            Self::Perpetual => Premium {
                share: Range::new(1.00, 1.00, 1.80),
                source: OWN_ASSUMPTION,
                note: "No published figure for perpetual rights: at least the top of the \
                       flat +50-100%, at most 15% a month for a year (+180%).",
            },
        }
    }
}

/// How long the creator agrees not to work with the brand's competitors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Exclusivity {
    #[default]
    None,
    Days30,
    Days90,
}

impl Exclusivity {
    /// Every option, shortest first.
    pub const ALL: [Self; 3] = [Self::None, Self::Days30, Self::Days90];

    /// The `exclusivity` URL value.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Days30 => "30d",
            Self::Days90 => "90d",
        }
    }

    /// What a person calls it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::None => "None",
            Self::Days30 => "30 days",
            Self::Days90 => "90 days",
        }
    }

    /// Reads an id case-insensitively; `None` for anything else.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        super::find_by_id(&Self::ALL, Self::id, id)
    }

    /// The surcharge: guides give 30 days +10-25% and 90 days +25-40%.
    #[must_use]
    pub const fn premium(self) -> Premium {
        match self {
            Self::None => NO_PREMIUM,
            Self::Days30 => Premium {
                share: Range::new(0.10, 0.175, 0.25),
                source: PRICING_GUIDES,
                note: "+10-25%, its middle typical; noxakit's +25% is the high end.",
            },
            Self::Days90 => Premium {
                share: Range::new(0.25, 0.325, 0.40),
                source: PRICING_GUIDES,
                note: "+25-40%, its middle typical.",
            },
        }
    }
}

/// The most months of whitelisting priced; more are capped.
pub const MAX_WHITELIST_MONTHS: u8 = 24;

/// Whitelisting (the brand runs ads from the creator's account): 25% a month.
#[must_use]
pub fn whitelist_premium(months: u8) -> Premium {
    if months == 0 {
        return NO_PREMIUM;
    }
    Premium {
        share: Range::flat(0.25 * f64::from(months.min(MAX_WHITELIST_MONTHS))),
        source: PRICING_GUIDES,
        note: "25% of the content fee for each month.",
    }
}

/// Delivery in under 7 days: +15%.
pub const RUSH: Premium = Premium {
    share: Range::flat(0.15),
    source: NOXAKIT,
    note: "Under 7 days' turnaround: +15% (noxakit and other guides).",
};

/// What the brand asks for beyond the content itself. Each term only ever
/// raises the price.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Terms {
    pub usage: Usage,
    /// 0 to [`MAX_WHITELIST_MONTHS`]; more is priced as the maximum.
    pub whitelist_months: u8,
    pub exclusivity: Exclusivity,
    pub rush: bool,
}

impl Terms {
    /// Each term asked for, labelled, with its surcharge, in working order.
    #[must_use]
    pub fn premiums(&self) -> Vec<(String, Premium)> {
        let mut out = Vec::new();
        if self.usage != Usage::None {
            out.push((
                format!("Usage rights: {}", self.usage.name()),
                self.usage.premium(),
            ));
        }
        if self.whitelist_months > 0 {
            let months = self.whitelist_months.min(MAX_WHITELIST_MONTHS);
            let plural = if months == 1 { "" } else { "s" };
            out.push((
                format!("Whitelisting: {months} month{plural}"),
                whitelist_premium(months),
            ));
        }
        if self.exclusivity != Exclusivity::None {
            out.push((
                format!("Exclusivity: {}", self.exclusivity.name()),
                self.exclusivity.premium(),
            ));
        }
        if self.rush {
            out.push(("Rush delivery".to_owned(), RUSH));
        }
        out
    }

    /// The sum of the surcharges' shares.
    #[must_use]
    pub fn total_share(&self) -> Range {
        self.premiums()
            .iter()
            .fold(Range::flat(0.0), |sum, (_, p)| sum.plus(p.share))
    }
}

/// Reads whitelisting months as typed (the field and the `whitelist` URL
/// value), as leniently as every other count: the months priced, capped at
/// [`MAX_WHITELIST_MONTHS`], and the message for the field when the text
/// cannot be read or was capped. Empty text is no whitelisting.
#[must_use]
pub fn read_whitelist(text: &str) -> (u8, Option<String>) {
    let capped = || {
        let message = format!("Whitelisting is priced for at most {MAX_WHITELIST_MONTHS} months");
        (MAX_WHITELIST_MONTHS, Some(message))
    };
    match parse_count(text) {
        Ok(months) => match u8::try_from(months.unwrap_or(0)) {
            Ok(m) if m <= MAX_WHITELIST_MONTHS => (m, None),
            _ => capped(),
        },
        Err(InputError::TooLarge) => capped(),
        Err(e) => (0, Some(e.message("Whitelisting months"))),
    }
}

/// Reads the `rush` URL value: `1` or `0`.
#[must_use]
pub fn parse_rush(text: &str) -> Option<bool> {
    match text.trim() {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

// ---- Niche -----------------------------------------------------------------

/// The niche multiplier, never below 1: sponsorrate's figures, with those
/// below 1 raised to 1 because no term here lowers the price.
#[must_use]
pub const fn niche_factor(niche: Niche) -> Sourced {
    const fn sponsorrate(value: f64, note: &'static str) -> Sourced {
        Sourced {
            value,
            source: SPONSORRATE,
            note,
        }
    }
    match niche {
        Niche::Finance => sponsorrate(
            1.5,
            "sponsorrate's finance figure; noxakit gives finance, B2B and medical +30-50%.",
        ),
        Niche::Tech => sponsorrate(1.3, "sponsorrate's tech figure."),
        Niche::Fashion | Niche::Beauty => {
            sponsorrate(1.1, "sponsorrate's fashion and beauty figure.")
        }
        Niche::Lifestyle => sponsorrate(
            1.0,
            "sponsorrate gives lifestyle 0.9; 1.0 is used because no term here lowers the price.",
        ),
        Niche::Travel => Sourced {
            value: 1.0,
            source: OWN_ASSUMPTION,
            note: "sponsorrate gives no travel figure. Klear 2019 found travel posts averaged \
                   $5,335 against under $550 in most niches, likely the cost of travelling; \
                   one survey, so it is shown but not applied.",
        },
        Niche::Fitness
        | Niche::Food
        | Niche::Parenting
        | Niche::Gaming
        | Niche::Education
        | Niche::Other => Sourced {
            value: 1.0,
            source: OWN_ASSUMPTION,
            note: "No published figure for this niche: no adjustment.",
        },
    }
}

// ---- Base: a price curve through published points --------------------------

/// Follower counts of the curve's points: the tier edges where the published
/// per-tier price ranges meet, and a top-celebrity point.
const EDGES: [f64; 6] = [
    1_000.0,
    10_000.0,
    50_000.0,
    500_000.0,
    1_000_000.0,
    500_000_000.0,
];

/// Influize's $310,000 for a top celebrity's Instagram post over the
/// rule of thumb's $10,000 at 1 million: how much further prices rise between
/// 1 million and 500 million followers.
const CELEBRITY_RATIO: f64 = 310_000.0 / 10_000.0;

/// Prices proportional to followers (`per_1k` dollars per 1,000) up to 1 million,
/// then rising like Instagram's.
const fn linear(per_1k: f64) -> [f64; 6] {
    [
        per_1k,
        per_1k * 10.0,
        per_1k * 50.0,
        per_1k * 500.0,
        per_1k * 1_000.0,
        per_1k * 1_000.0 * CELEBRITY_RATIO,
    ]
}

/// One platform's price curve.
struct BaseCurve {
    /// What one base post is, for the working.
    base_unit: &'static str,
    /// The deliverable the published prices are for.
    reference: Deliverable,
    /// Its price in US dollars at each of [`EDGES`].
    usd: [f64; 6],
    /// Where the prices up to 1 million followers come from.
    source: Source,
    /// Where the 500-million point comes from.
    top_source: Source,
    /// How the curve was built.
    how: &'static str,
    /// What other sources say, for the working.
    disagreement: &'static str,
}

const ABOVE_1M: &str = "Above 1 million it rises more slowly, as Instagram's does towards \
                        Influize's celebrity price (our assumption: nothing is published for \
                        this platform).";

// A data table, one arm per platform: splitting it would only scatter the figures.
#[allow(clippy::too_many_lines)]
const fn curve(platform: Platform) -> BaseCurve {
    match platform {
        Platform::Instagram => BaseCurve {
            base_unit: "Instagram feed post",
            reference: Deliverable::Post,
            usd: [10.0, 100.0, 500.0, 5_000.0, 10_000.0, 310_000.0],
            source: RULE_IG,
            top_source: INFLUIZE,
            how: "The published per-tier prices for an Instagram post (nano $10-100, micro \
                  $100-500, mid $500-5K, macro $5-10K, mega $10K+) meet at $10 per 1,000 \
                  followers at every tier edge; the curve passes through those edges, so each \
                  tier's prices fall inside its range, then rises more slowly above 1 million \
                  towards Influize's $310,000 for a top celebrity (read as 500 million \
                  followers).",
            disagreement: "Per 1,000 followers, published figures for an Instagram post run \
                           from $2.50 (sponsorrate: 25% reach at a $10 CPM) and $7.50 \
                           (femehk) through $10 (the per-tier rule, used here) and $14 \
                           (Impulze) to $20 (WebFX): eight times apart. Measured payments \
                           (IZEA 2022, Klear 2019) are higher than the rule for small \
                           accounts and lower for large ones.",
        },
        Platform::TikTok => BaseCurve {
            base_unit: "TikTok video",
            reference: Deliverable::TikTokVideo,
            usd: [
                5.0,
                25.0,
                125.0,
                1_250.0,
                2_500.0,
                2_500.0 * CELEBRITY_RATIO,
            ],
            source: RULE_TT,
            top_source: OWN_ASSUMPTION,
            how: "Through the edges of the published per-tier prices for a TikTok video \
                  ($5 at 1,000 followers, $25 at 10,000, $125 at 50,000, $1,250 at 500,000, \
                  $2,500 at 1 million), so each tier's prices fall inside its range.",
            disagreement: "Per 1,000 followers, a TikTok video is $1.80 by sponsorrate (30% \
                           reach at a $6 CPM), $2.50 by the per-tier rule (used here) and $10 \
                           by both femehk and Impulze: four times more. Hashtag Pay Me found \
                           Instagram pays up to 200% more than TikTok.",
        },
        Platform::YouTube => BaseCurve {
            base_unit: "YouTube integration",
            reference: Deliverable::Dedicated,
            usd: [
                20.0,
                200.0,
                1_000.0,
                10_000.0,
                20_000.0,
                20_000.0 * CELEBRITY_RATIO,
            ],
            source: RULE_YT,
            top_source: OWN_ASSUMPTION,
            how: "Through the edges of the published per-tier prices for a YouTube video \
                  ($20 per 1,000 subscribers at every edge), read as the price of a dedicated \
                  video; the base, an integration, is that divided by Impulze's 2.2.",
            disagreement: "Per 1,000 subscribers, a dedicated video is about $6-7 by \
                           sponsorrate, $8.75 by femehk, $20 by the per-tier rule (used here), \
                           $25 by WebFX and $77 by Impulze ($35 x 2.2): more than ten times \
                           apart.",
        },
        Platform::X => BaseCurve {
            base_unit: "X post",
            reference: Deliverable::XPost,
            usd: linear(1.5),
            source: FEMEHK,
            top_source: OWN_ASSUMPTION,
            how: "No per-tier prices are published for X. femehk's reach x CPM: 10% of \
                  followers see a post, at $15 per 1,000 views, so $1.50 per 1,000 followers.",
            disagreement: "Only femehk publishes an X figure; the generic \"$100 per 10,000 \
                           followers\" would be almost seven times higher.",
        },
        Platform::Facebook => BaseCurve {
            base_unit: "Facebook post",
            reference: Deliverable::FacebookPost,
            usd: linear(1.08),
            source: FEMEHK,
            top_source: OWN_ASSUMPTION,
            how: "No per-tier prices are published for Facebook. femehk's reach x CPM: 6% of \
                  followers see a post, at $18 per 1,000 views, so $1.08 per 1,000 followers.",
            disagreement: "Klear 2019 measured average Facebook payments of $31 (500-5,000 \
                           followers) to $2,400 (over 500,000), well above femehk's formula \
                           for small pages.",
        },
        Platform::LinkedIn => BaseCurve {
            base_unit: "LinkedIn post",
            reference: Deliverable::LinkedInPost,
            usd: linear(6.0),
            source: FEMEHK,
            top_source: OWN_ASSUMPTION,
            how: "No per-tier prices are published for LinkedIn. femehk's reach x CPM: 15% \
                  of followers see a post, at $40 per 1,000 views, so $6 per 1,000 followers.",
            disagreement: "sponsorrate uses the same 15% reach at a $15 CPM: $2.25 per 1,000 \
                           followers, under half of femehk's.",
        },
        Platform::Pinterest => BaseCurve {
            base_unit: "Pinterest pin",
            reference: Deliverable::Pin,
            usd: linear(0.65),
            source: OWN_ASSUMPTION,
            top_source: OWN_ASSUMPTION,
            how: "Nothing is published for Pinterest. Our assumption: 10% of followers see a \
                  pin (femehk's figure for X) at Upfluence's $6.50 CPM, so $0.65 per 1,000 \
                  followers.",
            disagreement: "No published Pinterest price to compare with: treat this as a \
                           rough starting point.",
        },
        Platform::Blog => BaseCurve {
            base_unit: "social post (a blog post is twice this)",
            reference: Deliverable::BlogPost,
            usd: linear(20.0),
            source: SPROUTLAW,
            top_source: OWN_ASSUMPTION,
            how: "sproutlaw: a post is \"$100 per 10,000 followers\" and a blog post twice \
                  that, so $20 per 1,000 subscribers for a blog post.",
            disagreement: "No other published blog or newsletter price in our research: \
                           treat this as a rough starting point.",
        },
    }
}

/// The power law through `a` and `b`, evaluated at `x` (all positive).
fn power_law(x: f64, (x0, y0): (f64, f64), (x1, y1): (f64, f64)) -> f64 {
    let slope = (y1 / y0).ln() / (x1 / x0).ln();
    y0 * (x / x0).powf(slope)
}

/// Piecewise power law through `points` (ascending): the segment holding `x`,
/// or the last segment extended past the end. `None` for fewer than 2 points.
fn through(points: &[(f64, f64)], x: f64) -> Option<f64> {
    let mut segments = points.windows(2);
    let segment = segments
        .clone()
        .find(|w| matches!(w, [_, b] if x < b.0))
        .or_else(|| segments.next_back())?;
    match segment {
        [a, b] => Some(power_law(x, *a, *b)),
        _ => None,
    }
}

/// The reference deliverable's price at `followers` (at least 1): proportional
/// to followers below the first point, the "$100 per 10,000" rule's shape.
fn curve_usd(curve: &BaseCurve, followers: f64) -> f64 {
    let points: Vec<(f64, f64)> = EDGES.into_iter().zip(curve.usd).collect();
    let [first_followers, ..] = EDGES;
    let [first_usd, ..] = curve.usd;
    if followers < first_followers {
        return first_usd * followers / first_followers;
    }
    through(&points, followers).unwrap_or(first_usd)
}

/// The price of one base post at `followers`, at typical engagement, in US dollars.
#[must_use]
pub fn base_post_usd(platform: Platform, followers: u64) -> f64 {
    let curve = curve(platform);
    curve_usd(&curve, count(followers)) / curve.reference.multiplier().value
}

// ---- Engagement ------------------------------------------------------------

/// The engagement adjustment never goes below this (Impulze's floor; femehk's is 0.5).
pub const ENGAGEMENT_FLOOR: f64 = 0.6;
/// ... nor above this (femehk's cap; Impulze's is 2.2).
pub const ENGAGEMENT_CAP: f64 = 2.0;

/// A typical per-follower engagement rate by account size.
struct TypicalRate {
    /// (followers, percent), ascending followers; flat beyond the ends.
    points: &'static [(f64, f64)],
    source: Source,
    note: &'static str,
}

const fn typical_rate(platform: Platform) -> Option<TypicalRate> {
    match platform {
        Platform::Instagram => Some(TypicalRate {
            // Each band's average placed at the band's geometric middle (the
            // middle of 0-1,000 taken as 500, of "1M and up" as 3.16M).
            points: &[
                (500.0, 10.58),
                (2_236.0, 4.26),
                (10_000.0, 2.28),
                (44_721.0, 1.62),
                (316_228.0, 1.55),
                (3_162_278.0, 1.54),
            ],
            source: HYPEAUDITOR_2018,
            note: "HypeAuditor 2018's average (likes + comments) / followers for this size, \
                   interpolated between bands so it has no steps. Its medians are higher and \
                   Modash's bands lower; femehk pivots on 1.5% and Impulze on 2.5% for every \
                   size.",
        }),
        Platform::TikTok => Some(TypicalRate {
            points: &[(1.0, 1.31)],
            source: INFLUENCER_HERO_2024,
            note: "Influencer Hero's January 2024 median per follower, all sizes together: \
                   the only per-follower TikTok figure published.",
        }),
        Platform::YouTube => Some(TypicalRate {
            points: &[(2_236.0, 1.745), (3_162_278.0, 0.155)],
            source: MODASH_YT,
            note: "The middle of Modash's \"average\" bands per subscriber (1.47-2.02% at \
                   1-5K, 0.13-0.18% above 1M), interpolated between them.",
        }),
        Platform::X => Some(TypicalRate {
            points: &[(1.0, 0.5)],
            source: FEMEHK,
            note: "femehk's median for X, all sizes.",
        }),
        Platform::Facebook => Some(TypicalRate {
            points: &[(1.0, 0.6)],
            source: FEMEHK,
            note: "femehk's median for Facebook, all sizes.",
        }),
        Platform::LinkedIn => Some(TypicalRate {
            points: &[(1.0, 2.0)],
            source: FEMEHK,
            note: "femehk's median for LinkedIn, all sizes.",
        }),
        Platform::Pinterest | Platform::Blog => None,
    }
}

/// The typical (likes + comments) / followers, in percent, for an account of
/// `followers` on `platform`: continuous and never increasing with followers.
/// `None` where nothing credible is published (Pinterest, blogs).
#[must_use]
pub fn typical_engagement(platform: Platform, followers: u64) -> Option<f64> {
    let rate = typical_rate(platform)?;
    let x = count(followers);
    let (first, last) = (rate.points.first()?, rate.points.last()?);
    if x <= first.0 {
        Some(first.1)
    } else if x >= last.0 {
        Some(last.1)
    } else {
        through(rate.points, x)
    }
}

/// The engagement adjustment for an engagement rate `ratio` times the typical
/// one: about `ratio` near 1 (as femehk's and Impulze's clamp of ER / median),
/// easing smoothly towards [`ENGAGEMENT_FLOOR`] and [`ENGAGEMENT_CAP`] instead
/// of stopping at them. Continuous, non-decreasing and bounded; 1 for NaN.
#[must_use]
pub fn engagement_factor(ratio: f64) -> f64 {
    if ratio.is_nan() {
        return 1.0;
    }
    if ratio <= 0.0 {
        return ENGAGEMENT_FLOOR;
    }
    // tanh on the log scale: slope 1 at ratio 1, flattening towards each bound.
    let x = ratio.ln();
    let bound = if x >= 0.0 {
        ENGAGEMENT_CAP.ln()
    } else {
        -ENGAGEMENT_FLOOR.ln()
    };
    (bound * (x / bound).tanh())
        .exp()
        .clamp(ENGAGEMENT_FLOOR, ENGAGEMENT_CAP)
}

// ---- The estimate ----------------------------------------------------------

/// femehk's +-20% around its figure (Impulze's is +-15%): the low and high ends.
pub const SPREAD: Range = Range::new(0.8, 1.0, 1.2);

/// Everything the fee depends on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FeeInputs<'a> {
    pub platform: Platform,
    /// Followers or subscribers; 0 is read as 1 and counts above 10 billion as 10 billion.
    pub followers: u64,
    /// (likes + comments) / posts / followers in percent; `None` when unknown.
    pub engagement: Option<f64>,
    pub niche: Niche,
    /// Deliverables and quantities. Items for another platform are left out,
    /// quantities are capped at [`MAX_QUANTITY`]; an empty package is priced as
    /// one of the platform's default deliverable.
    pub deliverables: &'a [(Deliverable, u32)],
    pub terms: Terms,
}

/// What one working line shows beside its label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// An amount in US dollars.
    Usd(f64),
    /// An engagement rate in percent.
    Percent(f64),
    /// A multiplier on the running total.
    Factor(f64),
    /// `quantity` x `multiplier` x the base post, costing `usd`.
    Item {
        deliverable: Deliverable,
        quantity: u32,
        multiplier: f64,
        usd: f64,
    },
    /// A surcharge: `share` of the fee so far (0.15 = +15%), `usd` at typical.
    Premium { share: Range, usd: f64 },
    /// Multipliers giving the low and high ends.
    Spread { low: f64, high: f64 },
    /// An explanation only.
    Note,
}

/// Which step of the calculation a working line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Base,
    TypicalEngagement,
    Engagement,
    Deliverable,
    ContentFee,
    Niche,
    Term,
    Range,
    Disagreement,
    Rounding,
}

/// One line of the working: what was done, by how much, and on whose figure.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkingLine {
    pub step: Step,
    pub label: String,
    pub value: Value,
    pub source: Source,
    pub note: String,
}

/// The fee for a whole package in US dollars, unrounded, with its working.
/// All three amounts are finite and positive, and `low <= typical <= high`.
#[derive(Clone, Debug, PartialEq)]
pub struct FeeEstimate {
    pub low: f64,
    pub typical: f64,
    pub high: f64,
    pub working: Vec<WorkingLine>,
}

/// One deliverable's price on a rate card: its share of the package, each.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemPrice {
    pub deliverable: Deliverable,
    pub quantity: u32,
    /// Low, typical and high for one, in US dollars: the item's share of the
    /// content fee applied to the package's low, typical and high.
    pub each: Range,
}

impl FeeEstimate {
    /// Each deliverable's price for one, niche and terms included, so the
    /// items of a rate card add up to the package.
    #[must_use]
    pub fn items(&self) -> Vec<ItemPrice> {
        let items = self.working.iter().filter_map(|l| match l.value {
            Value::Item {
                deliverable,
                quantity,
                usd,
                ..
            } => Some((deliverable, quantity, usd)),
            _ => None,
        });
        let content: f64 = items.clone().map(|(_, _, usd)| usd).sum();
        if content <= 0.0 {
            return Vec::new();
        }
        items
            .map(|(deliverable, quantity, usd)| {
                let share = usd / content / f64::from(quantity.max(1));
                ItemPrice {
                    deliverable,
                    quantity,
                    each: Range::new(self.low * share, self.typical * share, self.high * share),
                }
            })
            .collect()
    }

    /// The three amounts in `currency`, rounded for display by [`round_shown`].
    #[must_use]
    pub fn shown(&self, currency: Currency) -> Range {
        let show = |usd: f64| round_shown(currency.from_usd(usd), currency);
        Range::new(show(self.low), show(self.typical), show(self.high))
    }
}

fn line(
    step: Step,
    label: impl Into<String>,
    value: Value,
    source: Source,
    note: impl Into<String>,
) -> WorkingLine {
    WorkingLine {
        step,
        label: label.into(),
        value,
        source,
        note: note.into(),
    }
}

/// The fee range for a package, with its working.
#[must_use]
pub fn estimate(inputs: &FeeInputs<'_>) -> FeeEstimate {
    let curve = curve(inputs.platform);
    let followers = inputs.followers.clamp(1, MAX_COUNT);
    let mut working = Vec::new();
    let base = base_step(&curve, inputs.platform, followers, &mut working);
    let per_post = base * engagement_step(inputs, followers, &mut working);
    let content = content_step(inputs, per_post, &mut working);
    let niche = niche_factor(inputs.niche);
    let fee = content * niche.value;
    working.push(line(
        Step::Niche,
        format!("Niche: {}", inputs.niche.name()),
        Value::Factor(niche.value),
        niche.source,
        niche.note,
    ));
    let share = terms_step(inputs.terms, fee, &mut working);
    closing_lines(&curve, &mut working);
    FeeEstimate {
        low: fee * SPREAD.low * (1.0 + share.low),
        typical: fee * SPREAD.typical * (1.0 + share.typical),
        high: fee * SPREAD.high * (1.0 + share.high),
        working,
    }
}

/// Adds the base line and returns the base post's price.
fn base_step(
    curve: &BaseCurve,
    platform: Platform,
    followers: u64,
    working: &mut Vec<WorkingLine>,
) -> f64 {
    let base = base_post_usd(platform, followers);
    let above_1m = if curve.top_source == INFLUIZE {
        ""
    } else {
        ABOVE_1M
    };
    working.push(line(
        Step::Base,
        format!("Base: {} at this size", curve.base_unit),
        Value::Usd(base),
        if followers < 1_000_000 {
            curve.source
        } else {
            curve.top_source
        },
        format!(
            "{} Below 1,000 followers the price is proportional to followers. The curve has \
             no steps, so there is no jump at any tier edge. {above_1m}",
            curve.how,
        )
        .trim_end(),
    ));
    base
}

/// Adds a line per deliverable and the content fee; returns the content fee.
fn content_step(inputs: &FeeInputs<'_>, per_post: f64, working: &mut Vec<WorkingLine>) -> f64 {
    let platform = inputs.platform;
    let mut items: Vec<(Deliverable, u32)> = inputs
        .deliverables
        .iter()
        .filter(|(d, q)| d.platform() == platform && *q > 0)
        .map(|&(d, q)| (d, q.min(MAX_QUANTITY)))
        .collect();
    let defaulted = items.is_empty();
    if defaulted {
        items.push((Deliverable::default_for(platform), 1));
    }
    let mut content = 0.0;
    for (deliverable, quantity) in items {
        let multiplier = deliverable.multiplier();
        let usd = per_post * multiplier.value * f64::from(quantity);
        content += usd;
        let chosen = if defaulted {
            " No deliverable was chosen, so one is priced."
        } else {
            ""
        };
        working.push(line(
            Step::Deliverable,
            format!("{quantity} × {}", deliverable.name()),
            Value::Item {
                deliverable,
                quantity,
                multiplier: multiplier.value,
                usd,
            },
            multiplier.source,
            format!("{}{chosen}", multiplier.note),
        ));
    }
    working.push(line(
        Step::ContentFee,
        "Content fee",
        Value::Usd(content),
        OWN_ASSUMPTION,
        "Each deliverable is priced in full: no bundle discount is published to apply.",
    ));
    content
}

/// Adds a line per term asked for; returns the sum of their shares.
fn terms_step(terms: Terms, fee: f64, working: &mut Vec<WorkingLine>) -> Range {
    let mut share = Range::flat(0.0);
    for (label, premium) in terms.premiums() {
        share = share.plus(premium.share);
        working.push(line(
            Step::Term,
            label,
            Value::Premium {
                share: premium.share,
                usd: fee * premium.share.typical,
            },
            premium.source,
            premium.note,
        ));
    }
    share
}

/// The range, disagreement and rounding lines.
fn closing_lines(curve: &BaseCurve, working: &mut Vec<WorkingLine>) {
    working.push(line(
        Step::Range,
        "Low and high",
        Value::Spread {
            low: SPREAD.low,
            high: SPREAD.high,
        },
        FEMEHK,
        "femehk publishes ±20% around its figure and Impulze ±15%: the wider is used. Where \
         a term has a published range, its low and high ends widen this.",
    ));
    working.push(line(
        Step::Disagreement,
        "Where sources disagree",
        Value::Note,
        OWN_ASSUMPTION,
        format!(
            "{} This range does not span every published figure; the comparisons beside it \
             show where it sits among them.",
            curve.disagreement
        ),
    ));
    working.push(line(
        Step::Rounding,
        "Rounding",
        Value::Note,
        OWN_ASSUMPTION,
        format!(
            "Shown to {SIGNIFICANT_FIGURES} significant figures in the chosen currency, and no \
             finer than its smallest unit (whole yen): rounding never puts a larger fee below \
             a smaller one. Converted with the approximate rates of {RATES_AS_OF}."
        ),
    ));
}

/// Adds the engagement lines and returns the adjustment factor.
fn engagement_step(inputs: &FeeInputs<'_>, followers: u64, working: &mut Vec<WorkingLine>) -> f64 {
    let platform = inputs.platform;
    let (Some(rate), Some(typical)) = (
        typical_rate(platform),
        typical_engagement(platform, followers),
    ) else {
        working.push(line(
            Step::Engagement,
            "Engagement adjustment",
            Value::Factor(1.0),
            OWN_ASSUMPTION,
            format!(
                "No credible typical engagement rate is published for {}, so engagement does \
                 not change the fee.",
                platform.name()
            ),
        ));
        return 1.0;
    };
    working.push(line(
        Step::TypicalEngagement,
        "Typical engagement for this size",
        Value::Percent(typical),
        rate.source,
        rate.note,
    ));
    let engagement = inputs
        .engagement
        .filter(|e| !e.is_nan())
        .map(|e| e.max(0.0));
    let Some(engagement) = engagement else {
        working.push(line(
            Step::Engagement,
            "Engagement adjustment",
            Value::Factor(1.0),
            OWN_ASSUMPTION,
            "No engagement rate given: priced at the typical rate, no adjustment.",
        ));
        return 1.0;
    };
    let ratio = engagement / typical;
    let factor = engagement_factor(ratio);
    working.push(line(
        Step::Engagement,
        "Engagement adjustment",
        Value::Factor(factor),
        FEMEHK,
        "Your engagement rate over the typical one for this size. The adjustment follows \
         that ratio near 1 and eases towards its bounds, 0.6x (Impulze's floor) and 2x \
         (femehk's cap), so no rate can push the fee past them.",
    ));
    factor
}

// ---- Rules of thumb ----------------------------------------------------------

/// A published price to compare the estimate with, in its own currency.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The rule and, for per-tier tables, the tier: "Rule of thumb per post, micro".
    pub label: String,
    /// The follower band `[from, to)` the figure is for (`to: None`: and up);
    /// `None` for rules that apply at any size. The page writes it with the
    /// browser's number formatting.
    pub followers: Option<(u64, Option<u64>)>,
    pub low: f64,
    /// `None` for an open-ended range ("$10,000 and up").
    pub high: Option<f64>,
    pub currency: Currency,
    pub source: Source,
    pub note: &'static str,
}

/// A price band: `[from, to)` followers, `low` to `high` (`None`: and up).
struct PriceBand {
    tier: &'static str,
    from: u64,
    to: Option<u64>,
    low: f64,
    high: Option<f64>,
}

const fn band(
    tier: &'static str,
    from: u64,
    to: Option<u64>,
    low: f64,
    high: Option<f64>,
) -> PriceBand {
    PriceBand {
        tier,
        from,
        to,
        low,
        high,
    }
}

/// One published figure.
const fn single(tier: &'static str, from: u64, to: Option<u64>, value: f64) -> PriceBand {
    band(tier, from, to, value, Some(value))
}

/// A per-tier rule on the common edges (1K, 10K, 50K, 500K, 1M), from the
/// price at each edge: each tier runs from its edge's price to the next one's.
const fn tier_rule(edge_usd: [f64; 5]) -> [PriceBand; 5] {
    let [nano, micro, mid, macro_, mega] = edge_usd;
    [
        band("nano", 1_000, Some(10_000), nano, Some(micro)),
        band("micro", 10_000, Some(50_000), micro, Some(mid)),
        band("mid-tier", 50_000, Some(500_000), mid, Some(macro_)),
        band("macro", 500_000, Some(1_000_000), macro_, Some(mega)),
        band("mega", 1_000_000, None, mega, None),
    ]
}

/// Published prices by follower band for some platforms.
struct BandTable {
    platforms: &'static [Platform],
    label: &'static str,
    bands: &'static [PriceBand],
    currency: Currency,
    source: Source,
    note: &'static str,
}

/// Published prices per 1,000 followers, `low` to `high` dollars.
struct PerThousand {
    platform: Option<Platform>,
    label: &'static str,
    low: f64,
    high: f64,
    source: Source,
    note: &'static str,
}

const IG: &[Platform] = &[Platform::Instagram];

/// Per-tier rules, compared first.
const TIER_RULES: &[BandTable] = &[
    BandTable {
        platforms: IG,
        label: "Rule of thumb per post",
        bands: &tier_rule([10.0, 100.0, 500.0, 5_000.0, 10_000.0]),
        currency: Currency::Usd,
        source: RULE_IG,
        note: "The per-tier range repeated across guides; nothing is published below 1,000.",
    },
    BandTable {
        platforms: &[Platform::TikTok],
        label: "Rule of thumb per video",
        bands: &tier_rule([5.0, 25.0, 125.0, 1_250.0, 2_500.0]),
        currency: Currency::Usd,
        source: RULE_TT,
        note: "The per-tier range repeated across guides; nothing is published below 1,000.",
    },
    BandTable {
        platforms: &[Platform::YouTube],
        label: "Rule of thumb per video",
        bands: &tier_rule([20.0, 200.0, 1_000.0, 10_000.0, 20_000.0]),
        currency: Currency::Usd,
        source: RULE_YT,
        note: "The per-tier range repeated across guides; nothing is published below 1,000.",
    },
    BandTable {
        platforms: IG,
        label: "SocialBrandMatch per post",
        bands: &[
            band("nano", 1_000, Some(10_000), 50.0, Some(500.0)),
            band("micro", 10_000, Some(50_000), 500.0, Some(5_000.0)),
            band("macro", 500_000, Some(1_000_000), 5_000.0, Some(50_000.0)),
            band("mega", 1_000_000, None, 50_000.0, None),
        ],
        currency: Currency::Usd,
        source: SOCIALBRANDMATCH_2026,
        note: "Tier edges read as the common ones; no mid-tier figure is published.",
    },
];

/// Per-follower rules and formulas, compared next.
const PER_THOUSAND: &[PerThousand] = &[
    PerThousand {
        platform: None,
        label: "\"$100 per 10,000 followers\"",
        low: 10.0,
        high: 10.0,
        source: PER_10K,
        note: "The most repeated rule, for a post on any platform.",
    },
    PerThousand {
        platform: None,
        label: "1-5% of follower count per post",
        low: 10.0,
        high: 50.0,
        source: LUMANU_RULE,
        note: "Lumanu's rule of thumb, in dollars.",
    },
    PerThousand {
        platform: Some(Platform::Instagram),
        label: "WebFX, $20 per 1,000 followers",
        low: 20.0,
        high: 20.0,
        source: WEBFX,
        note: "Per post.",
    },
    PerThousand {
        platform: Some(Platform::YouTube),
        label: "WebFX, $25 per 1,000 subscribers",
        low: 25.0,
        high: 25.0,
        source: WEBFX,
        note: "Per video.",
    },
    PerThousand {
        platform: Some(Platform::Instagram),
        label: "Impulze, $14 per 1,000 followers ±15%",
        low: 14.0 * 0.85,
        high: 14.0 * 1.15,
        source: IMPULZE,
        note: IMPULZE_NOTE,
    },
    PerThousand {
        platform: Some(Platform::TikTok),
        label: "Impulze, $10 per 1,000 followers ±15%",
        low: 10.0 * 0.85,
        high: 10.0 * 1.15,
        source: IMPULZE,
        note: IMPULZE_NOTE,
    },
    PerThousand {
        platform: Some(Platform::YouTube),
        label: "Impulze, $35 per 1,000 subscribers ±15%",
        low: 35.0 * 0.85,
        high: 35.0 * 1.15,
        source: IMPULZE,
        note: IMPULZE_NOTE,
    },
    femehk(
        Platform::Instagram,
        "femehk, 30% reach at $25 CPM ±20%",
        0.30 * 25.0,
    ),
    femehk(
        Platform::TikTok,
        "femehk, 50% reach at $20 CPM ±20%",
        0.50 * 20.0,
    ),
    femehk(
        Platform::YouTube,
        "femehk, 25% reach at $35 CPM ±20%",
        0.25 * 35.0,
    ),
    femehk(
        Platform::LinkedIn,
        "femehk, 15% reach at $40 CPM ±20%",
        0.15 * 40.0,
    ),
    femehk(
        Platform::Facebook,
        "femehk, 6% reach at $18 CPM ±20%",
        0.06 * 18.0,
    ),
    femehk(
        Platform::X,
        "femehk, 10% reach at $15 CPM ±20%",
        0.10 * 15.0,
    ),
    sponsorrate(
        Platform::Instagram,
        "sponsorrate, feed post: 25% reach at $10 CPM",
        2.5,
        2.5,
    ),
    sponsorrate(
        Platform::TikTok,
        "sponsorrate, video: 30% reach at $6 CPM",
        1.8,
        1.8,
    ),
    sponsorrate(
        Platform::YouTube,
        "sponsorrate, dedicated video: 30-35% reach at $20 CPM",
        6.0,
        7.0,
    ),
    sponsorrate(
        Platform::LinkedIn,
        "sponsorrate, post: 15% reach at $15 CPM",
        2.25,
        2.25,
    ),
];

const IMPULZE_NOTE: &str =
    "Its base post at its typical 2.5% engagement, before format multipliers.";

const fn femehk(platform: Platform, label: &'static str, per_1k: f64) -> PerThousand {
    PerThousand {
        platform: Some(platform),
        label,
        low: per_1k * 0.8,
        high: per_1k * 1.2,
        source: FEMEHK,
        note: "Followers x reach rate / 1,000 x CPM, at its median engagement.",
    }
}

const fn sponsorrate(platform: Platform, label: &'static str, low: f64, high: f64) -> PerThousand {
    PerThousand {
        platform: Some(platform),
        label,
        low,
        high,
        source: SPONSORRATE,
        note: "Reach x CPM before its niche, region, engagement and tier multipliers \
               (together limited to 0.7-1.4x).",
    }
}

/// Measured payments, compared last.
const MEASURED: &[BandTable] = &[
    BandTable {
        platforms: &Platform::ALL,
        label: "Lumanu 2024, median to mean payment",
        bands: &[band("", 0, None, 800.0, Some(2_300.0))],
        currency: Currency::Usd,
        source: LUMANU_2024,
        note: "Every deal on every platform and size: follower count and pay correlate \
               only 0.56.",
    },
    BandTable {
        platforms: &Platform::ALL,
        label: "IZEA 2022 average per post",
        bands: &[
            single("nano", 0, Some(10_000), 1_105.0),
            single("micro", 10_000, Some(50_000), 1_674.0),
            single("mid-tier", 50_000, Some(200_000), 3_396.0),
            single("macro", 200_000, Some(500_000), 4_992.0),
            single("mega", 500_000, Some(1_000_000), 5_497.0),
        ],
        currency: Currency::Usd,
        source: IZEA_2022,
        note: "Measured marketplace payments on IZEA's own tiers, all platforms together; \
               no figure above 1 million.",
    },
    BandTable {
        platforms: IG,
        label: "Klear 2019 average",
        bands: &[
            single("", 500, Some(5_000), 41.0),
            single("", 500_000, None, 3_138.0),
        ],
        currency: Currency::Usd,
        source: KLEAR_2019,
        note: KLEAR_NOTE,
    },
    BandTable {
        platforms: &[Platform::YouTube],
        label: "Klear 2019 average",
        bands: &[
            single("", 500, Some(5_000), 315.0),
            single("", 500_000, None, 3_857.0),
        ],
        currency: Currency::Usd,
        source: KLEAR_2019,
        note: KLEAR_NOTE,
    },
    BandTable {
        platforms: &[Platform::Facebook],
        label: "Klear 2019 average",
        bands: &[
            single("", 500, Some(5_000), 31.0),
            single("", 500_000, None, 2_400.0),
        ],
        currency: Currency::Usd,
        source: KLEAR_2019,
        note: KLEAR_NOTE,
    },
    BandTable {
        platforms: IG,
        label: "Tribe UK 2017",
        bands: &[
            band("", 3_000, Some(10_000), 50.0, Some(100.0)),
            band("", 10_000, Some(25_000), 100.0, Some(180.0)),
            band("", 25_000, Some(50_000), 180.0, Some(250.0)),
            band("", 50_000, Some(100_000), 250.0, Some(350.0)),
            band("", 100_000, None, 350.0, None),
        ],
        currency: Currency::Gbp,
        source: TRIBE_2017,
        note: "In pounds. Tribe's marketplace was Instagram-first; the platform is not \
               recorded in our notes.",
    },
];

const KLEAR_NOTE: &str = "Survey averages; only the smallest (500-4,999) and largest (500,000+) \
                          bands are recorded.";

impl PriceBand {
    fn contains(&self, followers: u64) -> bool {
        followers >= self.from && self.to.is_none_or(|to| followers < to)
    }

    /// `table` and the tier: "Rule of thumb per post, micro".
    fn label(&self, table: &str) -> String {
        if self.tier.is_empty() {
            table.to_owned()
        } else {
            format!("{table}, {}", self.tier)
        }
    }

    /// The band, unless it covers every size.
    fn followers(&self) -> Option<(u64, Option<u64>)> {
        (self.from != 0 || self.to.is_some()).then_some((self.from, self.to))
    }
}

fn from_tables(
    tables: &'static [BandTable],
    platform: Platform,
    followers: u64,
) -> impl Iterator<Item = Comparison> {
    tables
        .iter()
        .filter(move |t| t.platforms.contains(&platform))
        .filter_map(move |t| {
            let b = t.bands.iter().find(|b| b.contains(followers))?;
            Some(Comparison {
                label: b.label(t.label),
                followers: b.followers(),
                low: b.low,
                high: b.high,
                currency: t.currency,
                source: t.source,
                note: t.note,
            })
        })
}

/// The published comparisons that apply to an account of `followers` on
/// `platform`: per-tier rules, per-follower rules and formulas (at their own
/// typical engagement), then measured payments, each in its own currency.
#[must_use]
pub fn rules_of_thumb(platform: Platform, followers: u64) -> Vec<Comparison> {
    let followers = followers.clamp(1, MAX_COUNT);
    let thousands = count(followers) / 1_000.0;
    let per_thousand = PER_THOUSAND
        .iter()
        .filter(|r| r.platform.is_none_or(|p| p == platform))
        .map(|r| Comparison {
            label: r.label.to_owned(),
            followers: None,
            low: r.low * thousands,
            high: Some(r.high * thousands),
            currency: Currency::Usd,
            source: r.source,
            note: r.note,
        });
    from_tables(TIER_RULES, platform, followers)
        .chain(per_thousand)
        .chain(from_tables(MEASURED, platform, followers))
        .collect()
}

// ---- Helpers ---------------------------------------------------------------

/// A count as f64, capped at [`MAX_COUNT`] and at least 1.
// Exact: counts up to 1e10 are far below f64's 2^53.
#[allow(clippy::cast_precision_loss)]
fn count(n: u64) -> f64 {
    n.clamp(1, MAX_COUNT) as f64
}
