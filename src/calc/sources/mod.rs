//! Every publication a figure is taken from, defined once (here and in
//! `studies.rs` and `prices.rs`). Tables refer to these constants; a table
//! test fails if two share a name or if one is defined anywhere else.

/// What kind of evidence a source is, shown beside every figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Counted from real accounts or payments (engagement studies, payment data).
    Measured,
    /// What people said when asked.
    Survey,
    /// A figure repeated in guides, with no stated method.
    RuleOfThumb,
    /// A published formula (followers x reach x CPM and the like).
    Formula,
    /// A naming or grouping convention (tier schemes, definitions).
    Convention,
    /// A central bank's or regulator's own publication.
    Official,
    /// This calculator's own choice, stated so it can be checked.
    Assumption,
}

impl Kind {
    /// How the page names the kind.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Measured => "measured",
            Self::Survey => "survey",
            Self::RuleOfThumb => "rule of thumb",
            Self::Formula => "published formula",
            Self::Convention => "convention",
            Self::Official => "official",
            Self::Assumption => "our assumption",
        }
    }
}

/// A publication or dataset a figure is taken from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Publisher and title, as a reader would search for it.
    pub name: &'static str,
    /// `None` where the publication gives no year.
    pub year: Option<u16>,
    /// What was measured, and how many ("about 37,000 Instagram accounts");
    /// `"not stated"` where the publisher does not say.
    pub sample: &'static str,
    /// Where to read it; empty where only a secondary citation exists.
    pub url: &'static str,
    pub kind: Kind,
}

/// A figure with its source and how it was read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sourced {
    pub value: f64,
    pub source: Source,
    pub note: &'static str,
}

pub(crate) const NOT_STATED: &str = "not stated";

pub(crate) const fn source(
    name: &'static str,
    year: Option<u16>,
    sample: &'static str,
    url: &'static str,
    kind: Kind,
) -> Source {
    Source {
        name,
        year,
        sample,
        url,
        kind,
    }
}

use Kind::Assumption;

/// This calculator's own choices, named as such wherever they are used.
pub const OWN_ASSUMPTION: Source = source(
    "This calculator's own assumption",
    Some(2026),
    "none: a judgement, stated so it can be checked",
    "",
    Assumption,
);

mod prices;
mod studies;

pub use prices::*;
pub use studies::*;

/// Every source, for the table tests (a test checks this list against the
/// constants defined above, so none can be left out).
pub const ALL: &[Source] = &[
    OWN_ASSUMPTION,
    HYPEAUDITOR_2018,
    MODASH_INSTAGRAM,
    MODASH_TIKTOK_2023,
    MODASH_TIKTOK_2025,
    MODASH_YOUTUBE,
    SOCIAVAULT_2026,
    CREATORIQ_2019,
    CAPTIV8,
    MARKERLY,
    STATISTA_UK_2021,
    STATISTA_US_2023,
    STATISTA_SWEDEN_2024,
    STATISTA_WORLDWIDE_2023,
    STATISTA_TOPICS_2023,
    HYPEAUDITOR_SOIM_2023,
    HYPEAUDITOR_SOIM_2025,
    HYPEAUDITOR_SOIM_2026,
    CREATORIQ_TRIBE_2023,
    CREATORIQ_2023,
    IQFLUENCE_2025,
    FAVIKON,
    INFLUENCERTOOLS,
    INFLUENCER_HERO_2024,
    RIVAL_IQ_2023,
    RIVAL_IQ_2024,
    SOCIALINSIDER,
    SPROUT_SOCIAL_2025,
    CREATORDB,
    PLAYERSELLS_2026,
    BUZZOOLE,
    HOOTSUITE,
    LATER_FOHR_2021,
    EMARKETER,
    NIELSEN_2022,
    IAB_UK,
    UPFLUENCE_2019,
    MUMSNET,
    INFLUENCER_MARKETING_LTD,
    CONVERTMATE,
    UNNAMED_BLOG,
    IMH_RULE,
    PER_10K_RULE,
    WEBFX,
    SOCIALBRANDMATCH_2026,
    LUMANU_RULE,
    IMPULZE,
    FEMEHK,
    SPONSORRATE,
    NOXAKIT,
    HYPEAUDITOR_PRICING,
    SPROUTLAW,
    LUMANU_2024,
    IZEA_2022,
    KLEAR_2019,
    TRIBE_2017,
    HASHTAG_PAY_ME,
    INFLUIZE_2020,
    TOP_GROWTH_MARKETING,
    CREATOR_MONEY_TOOLS,
    INBEAT_EXCLUSIVITY,
    ECB_RATES,
    CBUAE_PEG,
    MINTER_2019,
    CIRQLE_2024,
    INZPIRE,
    TRIBE_2021,
    INBEAT_CPM,
    INFLUENCER_HERO_CPM,
    MIGHTYSCOUT_EMV,
    UPFLUENCE_ROI,
    AMEC_BARCELONA,
    TRAACKR_EMV,
    FTC_DISCLOSURES,
    CMA_ASA,
];
