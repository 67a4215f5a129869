//! Influencer tiers: every published scheme, side by side.
//!
//! There is no standard: "micro" starts at 1,000, 3,000, 5,000, 10,000 or
//! 15,000 followers and ends at 20,000, 50,000 or 100,000 depending on who you
//! ask. Every range here is half-open, `[from, to)`.

use super::bands::Span;
use super::choice::Choice;
use super::sources::{
    Source, CONVERTMATE, EMARKETER, HOOTSUITE, HYPEAUDITOR_2018, HYPEAUDITOR_SOIM_2023, IAB_UK,
    INFLUENCER_MARKETING_LTD, INFLUIZE_2020, IZEA_2022, LATER_FOHR_2021, MUMSNET, NIELSEN_2022,
    OWN_ASSUMPTION, UNNAMED_BLOG, UPFLUENCE_2019,
};

crate::choice! {
    /// A tier name. The id is the `data-value` of the `tier` output.
    pub enum Tier {
        /// Below the smallest tier a scheme names.
        Emerging = ("emerging", "Emerging"),
        Nano = ("nano", "Nano"),
        Micro = ("micro", "Micro"),
        Mid = ("mid", "Mid-tier"),
        Macro = ("macro", "Macro"),
        Mega = ("mega", "Mega"),
        /// IAB UK's name for 5M and up.
        Vip = ("vip", "VIP"),
        /// A range the scheme leaves unnamed (a gap in the source's table).
        Unnamed = ("unnamed", "Not named"),
    }
}

/// One tier's follower range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierBand {
    pub tier: Tier,
    pub span: Span,
}

/// A complete tier scheme: bands from 0 upwards with no gaps (a table test
/// checks every scheme).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TierScheme {
    pub source: Source,
    /// How the bands below the source's first tier, or its gaps, were filled.
    pub note: &'static str,
    pub bands: &'static [TierBand],
}

impl TierScheme {
    /// The band holding `followers`.
    #[must_use]
    pub fn band(&self, followers: u64) -> TierBand {
        self.bands
            .iter()
            .copied()
            .find(|b| b.span.contains(followers))
            .unwrap_or(TierBand {
                tier: Tier::Unnamed,
                span: Span::ALL,
            })
    }

    #[must_use]
    pub fn tier(&self, followers: u64) -> Tier {
        self.band(followers).tier
    }

    /// The scheme's band for `tier`, if it names one.
    #[must_use]
    pub fn band_of(&self, tier: Tier) -> Option<TierBand> {
        self.bands.iter().copied().find(|b| b.tier == tier)
    }
}

const fn band(tier: Tier, from: u64, to: u64) -> TierBand {
    TierBand {
        tier,
        span: Span::new(from, Some(to)),
    }
}

const fn open(tier: Tier, from: u64) -> TierBand {
    TierBand {
        tier,
        span: Span::new(from, None),
    }
}

use Tier::{Emerging, Macro, Mega, Micro, Mid, Nano, Unnamed, Vip};

const BELOW_FIRST: &str = "Below the source's first tier is shown as emerging.";

const HOOTSUITE_BANDS: &[TierBand] = &[
    band(Emerging, 0, 1_000),
    band(Nano, 1_000, 10_000),
    band(Micro, 10_000, 50_000),
    band(Mid, 50_000, 500_000),
    band(Macro, 500_000, 1_000_000),
    open(Mega, 1_000_000),
];

crate::choice! {
    /// Every tier scheme the user can pick, the default first. The id is the
    /// `scheme` URL value.
    #[derive(Default)]
    pub enum Scheme {
        #[default]
        Standard = ("standard", "Default: Hootsuite's tiers, emerging below 1,000"),
        Hootsuite = ("hootsuite", "Hootsuite"),
        LaterFohr2021 = ("later-fohr-2021", "Later x Fohr, 2021"),
        HypeAuditor2018 = ("hypeauditor-2018", "HypeAuditor, 2018"),
        HypeAuditor2023 = ("hypeauditor-2023", "HypeAuditor, 2023"),
        Emarketer = ("emarketer", "eMarketer"),
        Izea = ("izea", "IZEA, 2022"),
        Nielsen2022 = ("nielsen-2022", "Nielsen, 2022"),
        IabUk = ("iab-uk", "IAB UK"),
        Upfluence2019 = ("upfluence-2019", "Upfluence, 2019"),
    }
}

impl Scheme {
    /// The scheme's bands and source.
    #[must_use]
    pub const fn table(self) -> &'static TierScheme {
        match self {
            Self::Standard => &SCHEME_STANDARD,
            Self::Hootsuite => &SCHEME_HOOTSUITE,
            Self::LaterFohr2021 => &SCHEME_LATER_FOHR_2021,
            Self::HypeAuditor2018 => &SCHEME_HYPEAUDITOR_2018,
            Self::HypeAuditor2023 => &SCHEME_HYPEAUDITOR_2023,
            Self::Emarketer => &SCHEME_EMARKETER,
            Self::Izea => &SCHEME_IZEA,
            Self::Nielsen2022 => &SCHEME_NIELSEN_2022,
            Self::IabUk => &SCHEME_IAB_UK,
            Self::Upfluence2019 => &SCHEME_UPFLUENCE_2019,
        }
    }
}

const SCHEME_STANDARD: TierScheme = TierScheme {
    source: OWN_ASSUMPTION,
    note: "Hootsuite's ranges, with under 1,000 as emerging: most brands and \
               agencies start counting at 1,000.",
    bands: HOOTSUITE_BANDS,
};

const SCHEME_HOOTSUITE: TierScheme = TierScheme {
    source: HOOTSUITE,
    note: BELOW_FIRST,
    bands: HOOTSUITE_BANDS,
};

const SCHEME_LATER_FOHR_2021: TierScheme = TierScheme {
    source: LATER_FOHR_2021,
    note: "Nano starts at 0 in this scheme.",
    bands: &[
        band(Nano, 0, 10_000),
        band(Micro, 10_000, 100_000),
        band(Mid, 100_000, 500_000),
        band(Macro, 500_000, 1_000_000),
        open(Mega, 1_000_000),
    ],
};

const SCHEME_HYPEAUDITOR_2018: TierScheme = TierScheme {
    source: HYPEAUDITOR_2018,
    note: BELOW_FIRST,
    bands: &[
        band(Emerging, 0, 1_000),
        band(Nano, 1_000, 5_000),
        band(Micro, 5_000, 20_000),
        band(Mid, 20_000, 100_000),
        band(Macro, 100_000, 1_000_000),
        open(Mega, 1_000_000),
    ],
};

const SCHEME_HYPEAUDITOR_2023: TierScheme = TierScheme {
    source: HYPEAUDITOR_SOIM_2023,
    note: "The report names no tiers between 50,000 and 1,000,000; that range is \
               shown as not named.",
    bands: &[
        band(Emerging, 0, 1_000),
        band(Nano, 1_000, 10_000),
        band(Micro, 10_000, 50_000),
        band(Unnamed, 50_000, 1_000_000),
        open(Mega, 1_000_000),
    ],
};

const SCHEME_EMARKETER: TierScheme = TierScheme {
    source: EMARKETER,
    note: "Below 1 follower nothing is named; the scheme starts at 1.",
    bands: &[
        band(Emerging, 0, 1),
        band(Nano, 1, 5_000),
        band(Micro, 5_000, 20_000),
        band(Mid, 20_000, 100_000),
        band(Macro, 100_000, 1_000_000),
        open(Mega, 1_000_000),
    ],
};

const SCHEME_IZEA: TierScheme = TierScheme {
    source: IZEA_2022,
    note: "IZEA calls 500,000-999,999 mega and names nothing from 1,000,000 in the \
               material cited; that range is shown as not named.",
    bands: &[
        band(Nano, 0, 10_000),
        band(Micro, 10_000, 50_000),
        band(Mid, 50_000, 200_000),
        band(Macro, 200_000, 500_000),
        band(Mega, 500_000, 1_000_000),
        open(Unnamed, 1_000_000),
    ],
};

const SCHEME_NIELSEN_2022: TierScheme = TierScheme {
    source: NIELSEN_2022,
    note: "Nielsen names no tier between 100,000 and 1,000,000; that range is \
               shown as not named.",
    bands: &[
        band(Emerging, 0, 1_000),
        band(Nano, 1_000, 10_000),
        band(Micro, 10_000, 50_000),
        band(Mid, 50_000, 100_000),
        band(Unnamed, 100_000, 1_000_000),
        open(Mega, 1_000_000),
    ],
};

const SCHEME_IAB_UK: TierScheme = TierScheme {
    source: IAB_UK,
    note: "IAB UK names 5,000,000 and up VIP.",
    bands: &[
        band(Emerging, 0, 1_000),
        band(Nano, 1_000, 10_000),
        band(Micro, 10_000, 50_000),
        band(Mid, 50_000, 500_000),
        band(Macro, 500_000, 1_000_000),
        band(Mega, 1_000_000, 5_000_000),
        open(Vip, 5_000_000),
    ],
};

const SCHEME_UPFLUENCE_2019: TierScheme = TierScheme {
    source: UPFLUENCE_2019,
    note: "Nano starts at 0 in this scheme.",
    bands: &[
        band(Nano, 0, 15_000),
        band(Micro, 15_000, 50_000),
        band(Mid, 50_000, 100_000),
        band(Macro, 100_000, 1_000_000),
        open(Mega, 1_000_000),
    ],
};

/// A definition of "micro" only, from an article rather than a full scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MicroDefinition {
    pub source: Source,
    pub span: Span,
}

const fn article(source: Source, from: u64, to: u64) -> MicroDefinition {
    MicroDefinition {
        source,
        span: Span::new(from, Some(to)),
    }
}

/// What different publishers mean by "micro-influencer".
pub const MICRO_DEFINITIONS: &[MicroDefinition] = &[
    article(MUMSNET, 5_000, 50_000),
    article(INFLUIZE_2020, 1_000, 100_000),
    article(INFLUENCER_MARKETING_LTD, 3_000, 100_000),
    article(CONVERTMATE, 1_000, 100_000),
    article(UNNAMED_BLOG, 10_000, 50_000),
];

/// How the published schemes (all but our default) name an account of
/// `followers`: each tier with how many schemes use it, most common first.
#[must_use]
pub fn consensus(followers: u64) -> Vec<(Tier, usize)> {
    let mut counts: Vec<(Tier, usize)> = Vec::new();
    for scheme in Scheme::ALL.iter().filter(|&&s| s != Scheme::Standard) {
        let tier = scheme.table().tier(followers);
        match counts.iter_mut().find(|(t, _)| *t == tier) {
            Some((_, n)) => *n += 1,
            None => counts.push((tier, 1)),
        }
    }
    // Most common first: a larger count is a smaller key.
    #[allow(clippy::cast_precision_loss)] // at most Scheme::ALL.len()
    crate::calc::order::sort_by_key(&mut counts, |&(_, n)| Some(-(n as f64)));
    counts
}

/// How many of the article definitions of "micro" include `followers`.
#[must_use]
pub fn micro_definitions_including(followers: u64) -> usize {
    MICRO_DEFINITIONS
        .iter()
        .filter(|d| d.span.contains(followers))
        .count()
}
