//! Influencer tiers: every published scheme, side by side.
//!
//! There is no standard: "micro" starts at 1,000, 3,000, 5,000, 10,000 or
//! 15,000 followers and ends at 20,000, 50,000 or 100,000 depending on who you
//! ask. Every range here is half-open, `[from, to)`.

use super::source::Source;

/// A tier name. The id is the `data-value` of the `tier` output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tier {
    /// Below the smallest tier a scheme names.
    Emerging,
    Nano,
    Micro,
    Mid,
    Macro,
    Mega,
    /// IZEA's name for 1M and up (it calls 500K-1M "mega").
    Celebrity,
    /// IAB UK's name for 5M and up.
    Vip,
    /// A range the scheme leaves unnamed (a gap in the source's table).
    Unnamed,
}

impl Tier {
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Emerging => "emerging",
            Self::Nano => "nano",
            Self::Micro => "micro",
            Self::Mid => "mid",
            Self::Macro => "macro",
            Self::Mega => "mega",
            Self::Celebrity => "celebrity",
            Self::Vip => "vip",
            Self::Unnamed => "unnamed",
        }
    }

    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Emerging => "Emerging",
            Self::Nano => "Nano",
            Self::Micro => "Micro",
            Self::Mid => "Mid-tier",
            Self::Macro => "Macro",
            Self::Mega => "Mega",
            Self::Celebrity => "Celebrity",
            Self::Vip => "VIP",
            Self::Unnamed => "Not named",
        }
    }
}

/// One tier's follower range, `[from, to)`; `to: None` is open-ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierBand {
    pub tier: Tier,
    pub from: u64,
    pub to: Option<u64>,
}

impl TierBand {
    #[must_use]
    pub fn contains(&self, followers: u64) -> bool {
        followers >= self.from && self.to.is_none_or(|to| followers < to)
    }
}

/// A complete tier scheme: bands from 0 upwards with no gaps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TierScheme {
    /// The `scheme` URL parameter.
    pub id: &'static str,
    pub source: Source,
    /// How the bands below the source's first tier, or its gaps, were filled.
    pub note: &'static str,
    pub bands: &'static [TierBand],
}

impl TierScheme {
    /// The band holding `followers`. Schemes cover every count, so this never fails
    /// for a valid table (a test checks every table).
    #[must_use]
    pub fn band(&self, followers: u64) -> TierBand {
        self.bands
            .iter()
            .copied()
            .find(|b| b.contains(followers))
            .unwrap_or(TierBand {
                tier: Tier::Unnamed,
                from: 0,
                to: None,
            })
    }

    #[must_use]
    pub fn tier(&self, followers: u64) -> Tier {
        self.band(followers).tier
    }

    #[must_use]
    pub fn from_id(id: &str) -> Option<&'static Self> {
        SCHEMES
            .iter()
            .find(|s| s.id.eq_ignore_ascii_case(id.trim()))
    }
}

const fn band(tier: Tier, from: u64, to: u64) -> TierBand {
    TierBand {
        tier,
        from,
        to: Some(to),
    }
}

const fn open(tier: Tier, from: u64) -> TierBand {
    TierBand {
        tier,
        from,
        to: None,
    }
}

use Tier::{Celebrity, Emerging, Macro, Mega, Micro, Mid, Nano, Unnamed, Vip};

const BELOW_FIRST: &str = "Below the source's first tier is shown as emerging.";

const HOOTSUITE_BANDS: &[TierBand] = &[
    band(Emerging, 0, 1_000),
    band(Nano, 1_000, 10_000),
    band(Micro, 10_000, 50_000),
    band(Mid, 50_000, 500_000),
    band(Macro, 500_000, 1_000_000),
    open(Mega, 1_000_000),
];

/// The default: Hootsuite's widely repeated ranges, with "emerging" below 1,000.
pub const STANDARD: TierScheme = TierScheme {
    id: "standard",
    source: Source {
        name: "This calculator's default, after Hootsuite and IAB UK",
        year: Some(2026),
        sample: "a convention, not a measurement",
        url: "",
    },
    note: "Under 1,000 is emerging: most brands and agencies start counting at 1,000.",
    bands: HOOTSUITE_BANDS,
};

/// Every scheme the user can pick, the default first.
pub const SCHEMES: &[TierScheme] = &[
    STANDARD,
    TierScheme {
        id: "hootsuite",
        source: Source {
            name: "Hootsuite",
            year: None,
            sample: "a convention, not a measurement",
            url: "https://blog.hootsuite.com/influencer-marketing/",
        },
        note: BELOW_FIRST,
        bands: HOOTSUITE_BANDS,
    },
    TierScheme {
        id: "later-fohr-2021",
        source: Source {
            name: "Later x Fohr, Influencer Marketing Benchmarks",
            year: Some(2021),
            sample: "not stated",
            url: "",
        },
        note: "Nano starts at 0 in this scheme.",
        bands: &[
            band(Nano, 0, 10_000),
            band(Micro, 10_000, 100_000),
            band(Mid, 100_000, 500_000),
            band(Macro, 500_000, 1_000_000),
            open(Mega, 1_000_000),
        ],
    },
    TierScheme {
        id: "hypeauditor-2018",
        source: Source {
            name: "HypeAuditor, Instagram engagement rate study",
            year: Some(2018),
            sample: "about 37,000 Instagram accounts",
            url: "https://hypeauditor.com/blog/what-is-instagram-engagement-rate-and-how-to-calculate-it/",
        },
        note: BELOW_FIRST,
        bands: &[
            band(Emerging, 0, 1_000),
            band(Nano, 1_000, 5_000),
            band(Micro, 5_000, 20_000),
            band(Mid, 20_000, 100_000),
            band(Macro, 100_000, 1_000_000),
            open(Mega, 1_000_000),
        ],
    },
    TierScheme {
        id: "hypeauditor-2023",
        source: Source {
            name: "HypeAuditor, State of Influencer Marketing",
            year: Some(2023),
            sample: "HypeAuditor's indexed accounts",
            url: "https://hypeauditor.com/blog/",
        },
        note: "The report names no tiers between 50,000 and 1,000,000; that range is shown as not named.",
        bands: &[
            band(Emerging, 0, 1_000),
            band(Nano, 1_000, 10_000),
            band(Micro, 10_000, 50_000),
            band(Unnamed, 50_000, 1_000_000),
            open(Mega, 1_000_000),
        ],
    },
    TierScheme {
        id: "emarketer",
        source: Source {
            name: "eMarketer (Insider Intelligence)",
            year: None,
            sample: "a convention, not a measurement",
            url: "",
        },
        note: "Below 1 follower nothing is named; the scheme starts at 1.",
        bands: &[
            band(Emerging, 0, 1),
            band(Nano, 1, 5_000),
            band(Micro, 5_000, 20_000),
            band(Mid, 20_000, 100_000),
            band(Macro, 100_000, 1_000_000),
            open(Mega, 1_000_000),
        ],
    },
    TierScheme {
        id: "izea",
        source: Source {
            name: "IZEA, State of Influencer Earnings",
            year: Some(2022),
            sample: "IZEA marketplace payments",
            url: "",
        },
        note: "IZEA calls 500,000-999,999 mega and 1,000,000+ celebrity.",
        bands: &[
            band(Nano, 0, 10_000),
            band(Micro, 10_000, 50_000),
            band(Mid, 50_000, 200_000),
            band(Macro, 200_000, 500_000),
            band(Mega, 500_000, 1_000_000),
            open(Celebrity, 1_000_000),
        ],
    },
    TierScheme {
        id: "nielsen-2022",
        source: Source {
            name: "Nielsen, Influencer marketing ROI",
            year: Some(2022),
            sample: "a convention, not a measurement",
            url: "",
        },
        note: "Nielsen names no tier between 100,000 and 1,000,000; that range is shown as not named.",
        bands: &[
            band(Emerging, 0, 1_000),
            band(Nano, 1_000, 10_000),
            band(Micro, 10_000, 50_000),
            band(Mid, 50_000, 100_000),
            band(Unnamed, 100_000, 1_000_000),
            open(Mega, 1_000_000),
        ],
    },
    TierScheme {
        id: "iab-uk",
        source: Source {
            name: "IAB UK, influencer marketing glossary",
            year: None,
            sample: "a convention, not a measurement",
            url: "",
        },
        note: "IAB UK names 5,000,000+ VIP.",
        bands: &[
            band(Emerging, 0, 1_000),
            band(Nano, 1_000, 10_000),
            band(Micro, 10_000, 50_000),
            band(Mid, 50_000, 500_000),
            band(Macro, 500_000, 1_000_000),
            band(Mega, 1_000_000, 5_000_000),
            open(Vip, 5_000_000),
        ],
    },
    TierScheme {
        id: "upfluence-2019",
        source: Source {
            name: "Upfluence, engagement rate study",
            year: Some(2019),
            sample: "Upfluence's indexed accounts",
            url: "",
        },
        note: "Nano starts at 0 in this scheme.",
        bands: &[
            band(Nano, 0, 15_000),
            band(Micro, 15_000, 50_000),
            band(Mid, 50_000, 100_000),
            band(Macro, 100_000, 1_000_000),
            open(Mega, 1_000_000),
        ],
    },
];

/// A definition of "micro" only, from an article rather than a full scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MicroDefinition {
    pub source: Source,
    pub from: u64,
    /// Exclusive upper bound.
    pub to: u64,
}

impl MicroDefinition {
    #[must_use]
    pub fn contains(&self, followers: u64) -> bool {
        (self.from..self.to).contains(&followers)
    }
}

const fn article(name: &'static str) -> Source {
    Source {
        name,
        year: None,
        sample: "an article's definition, not a measurement",
        url: "",
    }
}

/// What different publishers mean by "micro-influencer".
pub const MICRO_DEFINITIONS: &[MicroDefinition] = &[
    MicroDefinition {
        source: article("Mumsnet"),
        from: 5_000,
        to: 50_000,
    },
    MicroDefinition {
        source: article("Influize"),
        from: 1_000,
        to: 100_000,
    },
    MicroDefinition {
        source: article("Influencer Marketing Ltd"),
        from: 3_000,
        to: 100_000,
    },
    MicroDefinition {
        source: article("ConvertMate"),
        from: 1_000,
        to: 100_000,
    },
    MicroDefinition {
        source: article("Most marketing blogs"),
        from: 10_000,
        to: 50_000,
    },
];

/// How the published schemes (all but our default) name an account of
/// `followers`: each tier with how many schemes use it, most common first.
#[must_use]
pub fn consensus(followers: u64) -> Vec<(Tier, usize)> {
    let mut counts: Vec<(Tier, usize)> = Vec::new();
    for scheme in SCHEMES.iter().filter(|s| s.id != STANDARD.id) {
        let tier = scheme.tier(followers);
        match counts.iter_mut().find(|(t, _)| *t == tier) {
            Some((_, n)) => *n += 1,
            None => counts.push((tier, 1)),
        }
    }
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    counts
}

/// How many of the article definitions of "micro" include `followers`.
#[must_use]
pub fn micro_definitions_including(followers: u64) -> usize {
    MICRO_DEFINITIONS
        .iter()
        .filter(|d| d.contains(followers))
        .count()
}
