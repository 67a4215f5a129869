//! Engagement studies, tier schemes and definitions: each publication once.

use super::Kind::{Convention, Measured};
use super::{source, Source, NOT_STATED};

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
