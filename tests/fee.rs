#![cfg(not(target_arch = "wasm32"))]
//! The fee model (issue 4), tested natively: the published ranges it must land
//! in, the rules it must keep (no cliffs, never decreasing, bounded, ordered,
//! terms only raise), currencies, rounding and the `deliverables` URL value.
//! One line per case through `#[track_caller]` helpers; proptest for the rules.

// Exact literals are what we mean where a value is set, not computed.
#![allow(clippy::float_cmp)]
// fend-style: a test is a list of one-line cases, so its length is its coverage.
#![allow(clippy::too_many_lines)]

use influencer_rate_calculator::calc::{
    currency::{round_shown, Currency, RATES_AS_OF},
    deliverable::{format_deliverables, parse_deliverables, Deliverable, MAX_QUANTITY},
    fee::{
        base_post_usd, engagement_factor, estimate, niche_factor, parse_rush, read_whitelist,
        rules_of_thumb, typical_engagement, Comparison, Exclusivity, FeeEstimate, FeeInputs, Step,
        Terms, Usage, Value, ENGAGEMENT_CAP, ENGAGEMENT_FLOOR, MAX_WHITELIST_MONTHS,
    },
    input::MAX_COUNT,
    niche::Niche,
    platform::Platform,
    tier::SCHEMES,
};
use proptest::prelude::*;

use Deliverable::{
    BlogPost, Carousel, Dedicated, FacebookPost, Integration, LinkedInPost, Newsletter, Pin, Post,
    Reel, Short, Story, TikTokVideo, XPost,
};
use Platform::{Blog, Facebook, Instagram, LinkedIn, Pinterest, TikTok, YouTube, X};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

#[track_caller]
fn fee_with(
    platform: Platform,
    followers: u64,
    engagement: Option<f64>,
    niche: Niche,
    deliverables: &[(Deliverable, u32)],
    terms: Terms,
) -> FeeEstimate {
    estimate(&FeeInputs {
        platform,
        followers,
        engagement,
        niche,
        deliverables,
        terms,
    })
}

/// One `deliverable` at `engagement`, no terms, no niche.
#[track_caller]
fn one(deliverable: Deliverable, followers: u64, engagement: Option<f64>) -> FeeEstimate {
    fee_with(
        deliverable.platform(),
        followers,
        engagement,
        Niche::Other,
        &[(deliverable, 1)],
        Terms::default(),
    )
}

/// The typical fee for one `deliverable` at the platform's typical engagement
/// (and with none given) lies in `[low, high]` (`None`: no upper bound), and so
/// do its low and high ends.
#[track_caller]
fn lands_in(deliverable: Deliverable, followers: u64, low: f64, high: Option<f64>) {
    let typical_er = typical_engagement(deliverable.platform(), followers);
    for er in [typical_er, None] {
        let fee = one(deliverable, followers, er);
        let high_bound = high.unwrap_or(f64::INFINITY);
        for (what, value) in [
            ("typical", fee.typical),
            ("low", fee.low),
            ("high", fee.high),
        ] {
            assert!(
                (low..=high_bound).contains(&value),
                "{deliverable:?} at {followers} followers, ER {er:?}: {what} ${value:.2} is \
                 outside ${low}-{high:?}"
            );
        }
    }
}

/// Fees at `edge - 1` and `edge` followers differ by less than 0.5%.
#[track_caller]
fn no_jump(platform: Platform, deliverable: Deliverable, edge: u64, er: Option<f64>) {
    let before = one(deliverable, edge.saturating_sub(1), er);
    let at = one(deliverable, edge, er);
    for (b, a) in [
        (before.low, at.low),
        (before.typical, at.typical),
        (before.high, at.high),
    ] {
        assert!(
            a >= b && a / b - 1.0 < 0.005,
            "{platform:?} {deliverable:?} at {edge} (ER {er:?}): {b} -> {a}"
        );
    }
}

#[track_caller]
fn parses(text: &str, platform: Platform, want: &[(Deliverable, u32)], problems: &[&str]) {
    let (items, got_problems) = parse_deliverables(text, platform);
    assert_eq!(items, want, "items of {text:?}");
    assert_eq!(got_problems, problems, "problems of {text:?}");
}

#[track_caller]
fn locale(tag: &str, want: Currency) {
    assert_eq!(Currency::default_for_locale(tag), want, "locale {tag:?}");
}

#[track_caller]
fn rounds(amount: f64, currency: Currency, want: f64) {
    assert_eq!(round_shown(amount, currency), want, "{amount} {currency:?}");
}

#[track_caller]
fn close(got: f64, want: f64, relative: f64) {
    assert!(
        (got - want).abs() <= want.abs() * relative,
        "{got} is not within {relative} of {want}"
    );
}

/// `12345` as `12,345`, the way the cases below are written.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A comparison's label with its follower band, as the page shows it (with
/// English grouping and a hyphen; the page uses the browser's).
fn shown(c: &Comparison) -> String {
    match c.followers {
        None => c.label.clone(),
        Some((0, Some(to))) => format!("{}, under {} followers", c.label, grouped(to)),
        Some((from, Some(to))) => {
            format!(
                "{}, {}-{} followers",
                c.label,
                grouped(from),
                grouped(to - 1)
            )
        }
        Some((from, None)) => format!("{}, {}+ followers", c.label, grouped(from)),
    }
}

#[track_caller]
fn comparison<'a>(list: &'a [Comparison], label: &str) -> &'a Comparison {
    list.iter()
        .find(|c| shown(c) == label)
        .unwrap_or_else(|| panic!("no comparison {label:?} in {list:#?}"))
}

#[track_caller]
fn has_no_comparison(list: &[Comparison], label_start: &str) {
    assert!(
        list.iter().all(|c| !shown(c).starts_with(label_start)),
        "unexpected {label_start:?} in {list:#?}"
    );
}

fn lines(fee: &FeeEstimate, step: Step) -> Vec<&Value> {
    fee.working
        .iter()
        .filter(|l| l.step == step)
        .map(|l| &l.value)
        .collect()
}

#[track_caller]
fn factor_of(fee: &FeeEstimate, step: Step) -> f64 {
    match lines(fee, step).as_slice() {
        [Value::Factor(f)] => *f,
        other => panic!("{step:?}: {other:?}"),
    }
}

// ---------------------------------------------------------------------------
// Ordinary accounts land in the published per-tier ranges (benchmarks.md, Fees)
// ---------------------------------------------------------------------------

#[test]
fn nano_instagram_post_lands_in_the_published_10_to_100_range() {
    lands_in(Post, 5_000, 10.0, Some(100.0));
}
#[test]
fn micro_instagram_post_lands_in_the_published_100_to_500_range() {
    lands_in(Post, 25_000, 100.0, Some(500.0));
}
#[test]
fn mid_tier_instagram_post_lands_in_the_published_500_to_5k_range() {
    lands_in(Post, 200_000, 500.0, Some(5_000.0));
}
#[test]
fn macro_instagram_post_lands_in_the_published_5k_to_10k_range() {
    lands_in(Post, 750_000, 5_000.0, Some(10_000.0));
}
#[test]
fn mega_instagram_post_lands_above_the_published_10k_floor() {
    lands_in(Post, 2_000_000, 10_000.0, None);
}
#[test]
fn nano_tiktok_video_lands_in_the_published_5_to_25_range() {
    lands_in(TikTokVideo, 5_000, 5.0, Some(25.0));
}
#[test]
fn micro_tiktok_video_lands_in_the_published_25_to_125_range() {
    lands_in(TikTokVideo, 25_000, 25.0, Some(125.0));
}
#[test]
fn mid_tier_tiktok_video_lands_in_the_published_125_to_1250_range() {
    lands_in(TikTokVideo, 200_000, 125.0, Some(1_250.0));
}
#[test]
fn macro_tiktok_video_lands_in_the_published_1250_to_2500_range() {
    lands_in(TikTokVideo, 750_000, 1_250.0, Some(2_500.0));
}
#[test]
fn mega_tiktok_video_lands_above_the_published_2500_floor() {
    lands_in(TikTokVideo, 2_000_000, 2_500.0, None);
}
#[test]
fn nano_youtube_dedicated_video_lands_in_the_published_20_to_200_range() {
    lands_in(Dedicated, 5_000, 20.0, Some(200.0));
}
#[test]
fn micro_youtube_dedicated_video_lands_in_the_published_200_to_1k_range() {
    lands_in(Dedicated, 25_000, 200.0, Some(1_000.0));
}
#[test]
fn mid_tier_youtube_dedicated_video_lands_in_the_published_1k_to_10k_range() {
    lands_in(Dedicated, 200_000, 1_000.0, Some(10_000.0));
}
#[test]
fn macro_youtube_dedicated_video_lands_in_the_published_10k_to_20k_range() {
    lands_in(Dedicated, 750_000, 10_000.0, Some(20_000.0));
}
#[test]
fn mega_youtube_dedicated_video_lands_above_the_published_20k_floor() {
    lands_in(Dedicated, 2_000_000, 20_000.0, None);
}

#[test]
fn every_account_inside_a_tier_lands_in_that_tiers_published_range() {
    // Not just the five sample sizes: a spread of sizes across each tier.
    let tiers: [(u64, u64, f64, f64); 4] = [
        (1_000, 10_000, 10.0, 100.0),
        (10_000, 50_000, 100.0, 500.0),
        (50_000, 500_000, 500.0, 5_000.0),
        (500_000, 1_000_000, 5_000.0, 10_000.0),
    ];
    for (from, to, low, high) in tiers {
        for step in 0..=20 {
            let followers = from + (to - 1 - from) * step / 20;
            let fee = one(Post, followers, None).typical;
            assert!((low..=high).contains(&fee), "{followers}: {fee}");
        }
    }
}

#[test]
fn the_base_posts_are_the_published_prices_at_the_tier_edges() {
    close(base_post_usd(Instagram, 10_000), 100.0, 1e-12);
    close(base_post_usd(Instagram, 50_000), 500.0, 1e-12);
    close(base_post_usd(Instagram, 1_000_000), 10_000.0, 1e-12);
    close(base_post_usd(TikTok, 1_000), 5.0, 1e-12);
    close(base_post_usd(TikTok, 500_000), 1_250.0, 1e-12);
    close(base_post_usd(YouTube, 10_000) * 2.2, 200.0, 1e-12);
    close(base_post_usd(X, 100_000), 150.0, 1e-12);
    close(base_post_usd(Facebook, 100_000), 108.0, 1e-12);
    close(base_post_usd(LinkedIn, 100_000), 600.0, 1e-12);
    close(base_post_usd(Pinterest, 100_000), 65.0, 1e-12);
    close(base_post_usd(Blog, 100_000) * 2.0, 2_000.0, 1e-12);
    // Influize's top celebrity, read as 500 million followers.
    close(base_post_usd(Instagram, 500_000_000), 310_000.0, 1e-9);
}

#[test]
fn below_1000_followers_the_price_is_proportional() {
    close(base_post_usd(Instagram, 500), 5.0, 1e-12);
    close(base_post_usd(Instagram, 1), 0.01, 1e-12);
    close(base_post_usd(TikTok, 100), 0.5, 1e-12);
    assert_eq!(base_post_usd(Instagram, 0), base_post_usd(Instagram, 1));
}

#[test]
fn above_a_million_the_price_per_follower_falls() {
    for platform in Platform::ALL {
        let per_follower = |f: u32| base_post_usd(platform, u64::from(f)) / f64::from(f);
        assert!(
            per_follower(10_000_000) < per_follower(1_000_000),
            "{platform:?}"
        );
        assert!(
            per_follower(4_000_000_000) < per_follower(10_000_000),
            "{platform:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// No cliffs: every edge of every tier scheme
// ---------------------------------------------------------------------------

#[test]
fn no_jump_at_any_edge_of_any_tier_scheme_on_any_platform() {
    let mut checked = 0;
    for scheme in SCHEMES {
        for band in scheme.bands {
            for platform in Platform::ALL {
                for &deliverable in Deliverable::for_platform(platform) {
                    for er in [None, Some(0.1), Some(1.5), Some(4.0), Some(40.0)] {
                        no_jump(platform, deliverable, band.from, er);
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 1_000);
}

#[test]
fn no_jump_at_the_pricing_edges_either() {
    for edge in [
        500, 1_000, 3_000, 5_000, 10_000, 25_000, 50_000, 100_000, 200_000,
    ] {
        for platform in Platform::ALL {
            no_jump(
                platform,
                Deliverable::default_for(platform),
                edge,
                Some(2.0),
            );
        }
    }
    for edge in [500_000, 1_000_000, 5_000_000, 500_000_000] {
        no_jump(Instagram, Post, edge, None);
        no_jump(YouTube, Short, edge, Some(0.2));
    }
}

#[test]
fn a_49999_follower_account_is_within_a_fraction_of_a_percent_of_50000() {
    let before = one(Post, 49_999, Some(2.0)).typical;
    let at = one(Post, 50_000, Some(2.0)).typical;
    assert!(at > before && at / before < 1.0001, "{before} {at}");
}

// ---------------------------------------------------------------------------
// Engagement
// ---------------------------------------------------------------------------

#[test]
fn engagement_factor_is_about_the_ratio_near_one_and_bounded() {
    assert_eq!(engagement_factor(1.0), 1.0);
    close(engagement_factor(1.05), 1.05, 0.002);
    close(engagement_factor(0.95), 0.95, 0.002);
    assert_eq!(engagement_factor(0.0), ENGAGEMENT_FLOOR);
    assert_eq!(engagement_factor(-3.0), ENGAGEMENT_FLOOR);
    assert_eq!(engagement_factor(f64::INFINITY), ENGAGEMENT_CAP);
    assert_eq!(engagement_factor(f64::NAN), 1.0);
    assert!(engagement_factor(1e6) <= ENGAGEMENT_CAP);
    assert!(engagement_factor(2.0) > 1.6 && engagement_factor(2.0) < 2.0);
    assert!(engagement_factor(0.5) > 0.6 && engagement_factor(0.5) < 0.7);
}

#[test]
fn a_1000_percent_engagement_rate_cannot_take_the_fee_past_twice_the_typical() {
    for platform in Platform::ALL {
        for followers in [100, 5_000, 80_000, 3_000_000] {
            let d = Deliverable::default_for(platform);
            let typical = one(d, followers, None).typical;
            let freak = one(d, followers, Some(1_000.0)).typical;
            let dead = one(d, followers, Some(0.0)).typical;
            assert!(
                freak <= typical * ENGAGEMENT_CAP * (1.0 + 1e-12),
                "{platform:?}"
            );
            assert!(
                dead >= typical * ENGAGEMENT_FLOOR * (1.0 - 1e-12),
                "{platform:?}"
            );
        }
    }
}

#[test]
fn typical_engagement_falls_with_size_and_has_no_steps() {
    assert_eq!(typical_engagement(Instagram, 100), Some(10.58));
    assert_eq!(typical_engagement(Instagram, 10_000), Some(2.28));
    assert_eq!(typical_engagement(Instagram, 50_000_000), Some(1.54));
    assert_eq!(typical_engagement(TikTok, 123_456), Some(1.31));
    assert_eq!(typical_engagement(YouTube, 1_000), Some(1.745));
    assert_eq!(typical_engagement(YouTube, 10_000_000), Some(0.155));
    assert_eq!(typical_engagement(X, 10_000), Some(0.5));
    assert_eq!(typical_engagement(Facebook, 10_000), Some(0.6));
    assert_eq!(typical_engagement(LinkedIn, 10_000), Some(2.0));
    assert_eq!(typical_engagement(Pinterest, 10_000), None);
    assert_eq!(typical_engagement(Blog, 10_000), None);
    for platform in Platform::ALL {
        let mut previous = f64::INFINITY;
        // 1, 2, 5, 10, 20, 50, ... up to 10 billion.
        let sizes = (0..=10u32).flat_map(|e| [1, 2, 5].map(|m| m * 10u64.pow(e)));
        for followers in sizes {
            if let Some(rate) = typical_engagement(platform, followers) {
                assert!(rate <= previous, "{platform:?} {followers}");
                previous = rate;
            }
        }
    }
}

#[test]
fn without_a_typical_rate_engagement_changes_nothing() {
    for d in [Pin, BlogPost] {
        let plain = one(d, 40_000, None);
        assert_eq!(one(d, 40_000, Some(25.0)), plain);
        assert_eq!(factor_of(&plain, Step::Engagement), 1.0);
    }
}

#[test]
fn engagement_above_typical_raises_and_below_lowers() {
    let typical = one(Post, 25_000, None).typical;
    assert!(one(Post, 25_000, Some(4.0)).typical > typical);
    assert!(one(Post, 25_000, Some(0.5)).typical < typical);
    let at_typical = typical_engagement(Instagram, 25_000);
    close(one(Post, 25_000, at_typical).typical, typical, 1e-12);
}

// ---------------------------------------------------------------------------
// Deliverables, terms, niche
// ---------------------------------------------------------------------------

#[test]
fn deliverable_multipliers_are_the_published_ones() {
    let m = |d: Deliverable| d.multiplier().value;
    assert_eq!(m(Post), 1.0);
    assert_eq!(m(Carousel), 1.25);
    assert_eq!(m(Reel), 1.30);
    assert_eq!(m(Story), 0.40);
    assert_eq!(m(TikTokVideo), 1.0);
    assert_eq!(m(Dedicated), 2.20);
    assert_eq!(m(Integration), 1.0);
    assert_eq!(m(Short), 0.50);
    assert_eq!(m(BlogPost), 2.0);
    assert_eq!(m(Newsletter), 2.0);
    for d in [XPost, FacebookPost, LinkedInPost, Pin] {
        assert_eq!(m(d), 1.0);
    }
}

#[test]
fn a_package_is_the_sum_of_its_deliverables() {
    let reel = one(Reel, 25_000, None).typical;
    let story = one(Story, 25_000, None).typical;
    let package = fee_with(
        Instagram,
        25_000,
        None,
        Niche::Other,
        &[(Reel, 3), (Story, 5)],
        Terms::default(),
    );
    close(package.typical, 3.0 * reel + 5.0 * story, 1e-12);
    assert_eq!(lines(&package, Step::Deliverable).len(), 2);
}

#[test]
fn an_empty_package_or_another_platforms_deliverables_price_one_default() {
    let default = one(Post, 25_000, None);
    let empty = fee_with(Instagram, 25_000, None, Niche::Other, &[], Terms::default());
    let foreign = fee_with(
        Instagram,
        25_000,
        None,
        Niche::Other,
        &[(TikTokVideo, 3), (Post, 0)],
        Terms::default(),
    );
    assert_eq!(empty.typical, default.typical);
    assert_eq!(foreign.typical, default.typical);
}

#[test]
fn quantities_are_capped_at_100() {
    let capped = fee_with(
        Instagram,
        25_000,
        None,
        Niche::Other,
        &[(Story, u32::MAX)],
        Terms::default(),
    );
    let hundred = fee_with(
        Instagram,
        25_000,
        None,
        Niche::Other,
        &[(Story, MAX_QUANTITY)],
        Terms::default(),
    );
    assert_eq!(capped.typical, hundred.typical);
}

#[test]
fn term_premiums_are_the_published_ones() {
    let terms = |usage, whitelist_months, exclusivity, rush| Terms {
        usage,
        whitelist_months,
        exclusivity,
        rush,
    };
    let share = |t: Terms| t.total_share();
    assert_eq!(share(Terms::default()).typical, 0.0);
    assert_eq!(
        share(terms(Usage::Days30, 0, Exclusivity::None, false)).typical,
        0.15
    );
    assert_eq!(
        share(terms(Usage::Year, 0, Exclusivity::None, false)).low,
        0.50
    );
    assert_eq!(
        share(terms(Usage::Year, 0, Exclusivity::None, false)).high,
        1.00
    );
    assert_eq!(
        share(terms(Usage::None, 3, Exclusivity::None, false)).typical,
        0.75
    );
    assert_eq!(
        share(terms(Usage::None, 200, Exclusivity::None, false)).typical,
        6.0
    );
    assert_eq!(
        share(terms(Usage::None, 0, Exclusivity::Days30, false)).low,
        0.10
    );
    assert_eq!(
        share(terms(Usage::None, 0, Exclusivity::Days30, false)).high,
        0.25
    );
    assert_eq!(
        share(terms(Usage::None, 0, Exclusivity::Days90, false)).low,
        0.25
    );
    assert_eq!(
        share(terms(Usage::None, 0, Exclusivity::Days90, false)).high,
        0.40
    );
    assert_eq!(
        share(terms(Usage::None, 0, Exclusivity::None, true)).typical,
        0.15
    );
    close(
        share(terms(Usage::Days90, 2, Exclusivity::Days30, true)).typical,
        0.45 + 0.5 + 0.175 + 0.15,
        1e-12,
    );
}

#[test]
fn longer_usage_and_exclusivity_never_cost_less() {
    for pair in Usage::ALL.windows(2) {
        let (a, b) = (pair[0].premium().share, pair[1].premium().share);
        assert!(
            a.low <= b.low && a.typical <= b.typical && a.high <= b.high,
            "{pair:?}"
        );
    }
    for pair in Exclusivity::ALL.windows(2) {
        let (a, b) = (pair[0].premium().share, pair[1].premium().share);
        assert!(
            a.low <= b.low && a.typical <= b.typical && a.high <= b.high,
            "{pair:?}"
        );
    }
}

#[test]
fn term_ids_round_trip_and_read_leniently() {
    for u in Usage::ALL {
        assert_eq!(Usage::from_id(u.id()), Some(u));
    }
    for e in Exclusivity::ALL {
        assert_eq!(Exclusivity::from_id(e.id()), Some(e));
    }
    let ids: Vec<_> = Usage::ALL.iter().map(|u| u.id()).collect();
    assert_eq!(ids, ["none", "30d", "90d", "1y", "perpetual"]);
    let ids: Vec<_> = Exclusivity::ALL.iter().map(|e| e.id()).collect();
    assert_eq!(ids, ["none", "30d", "90d"]);
    assert_eq!(Usage::from_id(" 1Y "), Some(Usage::Year));
    assert_eq!(Usage::from_id("forever"), None);
    assert_eq!(Exclusivity::from_id("60d"), None);
    let capped = Some("Whitelisting is priced for at most 24 months".to_owned());
    assert_eq!(read_whitelist("3"), (3, None));
    assert_eq!(read_whitelist(" 0 "), (0, None));
    assert_eq!(read_whitelist("24"), (24, None));
    assert_eq!(read_whitelist("25"), (MAX_WHITELIST_MONTHS, capped.clone()));
    assert_eq!(read_whitelist("99999999999999999999999"), (24, capped));
    assert_eq!(
        read_whitelist("-1"),
        (0, Some("Whitelisting months can't be negative".to_owned()))
    );
    assert_eq!(
        read_whitelist("two"),
        (
            0,
            Some("Whitelisting months must be a number, like 12,500 or 12.5K".to_owned())
        )
    );
    assert_eq!(read_whitelist(""), (0, None));
    assert_eq!(parse_rush("1"), Some(true));
    assert_eq!(parse_rush("0"), Some(false));
    assert_eq!(parse_rush("yes"), None);
}

#[test]
fn niche_factors_are_sponsorrates_and_never_below_one() {
    assert_eq!(niche_factor(Niche::Finance).value, 1.5);
    assert_eq!(niche_factor(Niche::Tech).value, 1.3);
    assert_eq!(niche_factor(Niche::Fashion).value, 1.1);
    assert_eq!(niche_factor(Niche::Beauty).value, 1.1);
    assert_eq!(niche_factor(Niche::Lifestyle).value, 1.0);
    assert!(niche_factor(Niche::Lifestyle).note.contains("0.9"));
    for niche in Niche::ALL {
        assert!(niche_factor(niche).value >= 1.0, "{niche:?}");
    }
}

// ---------------------------------------------------------------------------
// The working
// ---------------------------------------------------------------------------

#[test]
fn the_working_has_a_line_per_step_and_adds_up() {
    let terms = Terms {
        usage: Usage::Days90,
        whitelist_months: 2,
        exclusivity: Exclusivity::Days30,
        rush: true,
    };
    let fee = fee_with(
        Instagram,
        25_000,
        Some(3.0),
        Niche::Finance,
        &[(Reel, 3), (Story, 5)],
        terms,
    );
    let steps: Vec<Step> = fee.working.iter().map(|l| l.step).collect();
    assert_eq!(
        steps,
        [
            Step::Base,
            Step::TypicalEngagement,
            Step::Engagement,
            Step::Deliverable,
            Step::Deliverable,
            Step::ContentFee,
            Step::Niche,
            Step::Term,
            Step::Term,
            Step::Term,
            Step::Term,
            Step::Range,
            Step::Disagreement,
            Step::Rounding,
        ]
    );
    let Some(Value::Usd(base)) = lines(&fee, Step::Base).first().copied().copied() else {
        panic!("no base");
    };
    let engagement = factor_of(&fee, Step::Engagement);
    let content: f64 = lines(&fee, Step::Deliverable)
        .iter()
        .map(|v| match v {
            Value::Item {
                quantity,
                multiplier,
                usd,
                ..
            } => {
                close(
                    *usd,
                    base * engagement * multiplier * f64::from(*quantity),
                    1e-12,
                );
                *usd
            }
            other => panic!("{other:?}"),
        })
        .sum();
    assert_eq!(lines(&fee, Step::ContentFee), [&Value::Usd(content)]);
    let niche = factor_of(&fee, Step::Niche);
    let share: f64 = lines(&fee, Step::Term)
        .iter()
        .map(|v| match v {
            Value::Premium { share, .. } => share.typical,
            other => panic!("{other:?}"),
        })
        .sum();
    close(fee.typical, content * niche * (1.0 + share), 1e-12);
    let labels: Vec<&str> = fee.working.iter().map(|l| l.label.as_str()).collect();
    assert!(labels.contains(&"Base: Instagram feed post at this size"));
    assert!(labels.contains(&"3 × Reel"));
    assert!(labels.contains(&"Usage rights: 90 days"));
    assert!(labels.contains(&"Whitelisting: 2 months"));
    assert!(labels.contains(&"Exclusivity: 30 days"));
    assert!(labels.contains(&"Rush delivery"));
    assert!(labels.contains(&"Niche: Finance"));
}

#[test]
fn every_working_line_names_a_source_and_explains_itself() {
    for platform in Platform::ALL {
        for followers in [50, 20_000, 5_000_000] {
            let fee = fee_with(
                platform,
                followers,
                Some(2.0),
                Niche::Travel,
                Deliverable::for_platform(platform)
                    .iter()
                    .map(|&d| (d, 2))
                    .collect::<Vec<_>>()
                    .as_slice(),
                Terms {
                    usage: Usage::Perpetual,
                    whitelist_months: 1,
                    exclusivity: Exclusivity::Days90,
                    rush: true,
                },
            );
            for line in &fee.working {
                assert!(!line.source.name.is_empty(), "{line:?}");
                assert!(!line.label.is_empty(), "{line:?}");
                assert!(line.note.len() > 10, "{line:?}");
            }
        }
    }
}

#[test]
fn the_rounding_line_names_the_rate_table_date() {
    let fee = one(Post, 10_000, None);
    let rounding = fee.working.iter().find(|l| l.step == Step::Rounding);
    assert!(rounding.is_some_and(|l| l.note.contains(RATES_AS_OF)));
}

// ---------------------------------------------------------------------------
// Rules of thumb
// ---------------------------------------------------------------------------

#[test]
fn a_micro_instagram_account_sees_the_published_comparisons() {
    let list = rules_of_thumb(Instagram, 25_000);
    let rule = comparison(
        &list,
        "Rule of thumb per post, micro, 10,000-49,999 followers",
    );
    assert_eq!(
        (rule.low, rule.high, rule.currency),
        (100.0, Some(500.0), Currency::Usd)
    );
    let per_10k = comparison(&list, "\"$100 per 10,000 followers\"");
    assert_eq!((per_10k.low, per_10k.high), (250.0, Some(250.0)));
    let lumanu = comparison(&list, "1-5% of follower count per post");
    assert_eq!((lumanu.low, lumanu.high), (250.0, Some(1_250.0)));
    let webfx = comparison(&list, "WebFX, $20 per 1,000 followers");
    assert_eq!(webfx.low, 500.0);
    let measured = comparison(&list, "Lumanu 2024, median to mean payment");
    assert_eq!((measured.low, measured.high), (800.0, Some(2_300.0)));
    let izea = comparison(
        &list,
        "IZEA 2022 average per post, micro, 10,000-49,999 followers",
    );
    assert_eq!(izea.low, 1_674.0);
    let tribe = comparison(&list, "Tribe UK 2017, 25,000-49,999 followers");
    assert_eq!(
        (tribe.low, tribe.high, tribe.currency),
        (180.0, Some(250.0), Currency::Gbp)
    );
    comparison(
        &list,
        "SocialBrandMatch per post, micro, 10,000-49,999 followers",
    );
    comparison(&list, "femehk, 30% reach at $25 CPM ±20%");
    comparison(&list, "Impulze, $14 per 1,000 followers ±15%");
    comparison(&list, "sponsorrate, feed post: 25% reach at $10 CPM");
    has_no_comparison(&list, "Klear");
}

#[test]
fn comparisons_follow_the_account() {
    let mega = rules_of_thumb(Instagram, 2_000_000);
    let rule = comparison(&mega, "Rule of thumb per post, mega, 1,000,000+ followers");
    assert_eq!((rule.low, rule.high), (10_000.0, None));
    comparison(&mega, "Klear 2019 average, 500,000+ followers");
    has_no_comparison(&mega, "IZEA");
    has_no_comparison(&mega, "SocialBrandMatch per post, mid-tier");

    let emerging = rules_of_thumb(Instagram, 800);
    has_no_comparison(&emerging, "Rule of thumb");
    has_no_comparison(&emerging, "Tribe");
    comparison(&emerging, "Klear 2019 average, 500-4,999 followers");
    comparison(
        &emerging,
        "IZEA 2022 average per post, nano, under 10,000 followers",
    );

    let tiktok = rules_of_thumb(TikTok, 200_000);
    let rule = comparison(
        &tiktok,
        "Rule of thumb per video, mid-tier, 50,000-499,999 followers",
    );
    assert_eq!((rule.low, rule.high), (125.0, Some(1_250.0)));
    has_no_comparison(&tiktok, "Tribe");
    has_no_comparison(&tiktok, "WebFX");

    let youtube = rules_of_thumb(YouTube, 750_000);
    let rule = comparison(
        &youtube,
        "Rule of thumb per video, macro, 500,000-999,999 followers",
    );
    assert_eq!((rule.low, rule.high), (10_000.0, Some(20_000.0)));
    comparison(&youtube, "Klear 2019 average, 500,000+ followers");
    comparison(
        &youtube,
        "sponsorrate, dedicated video: 30-35% reach at $20 CPM",
    );

    let x = rules_of_thumb(X, 100_000);
    has_no_comparison(&x, "Rule of thumb");
    let femehk = comparison(&x, "femehk, 10% reach at $15 CPM ±20%");
    close(femehk.low, 120.0, 1e-12);
    close(femehk.high.unwrap_or_default(), 180.0, 1e-12);
}

#[test]
fn our_typical_sits_inside_the_rule_of_thumb_for_its_tier() {
    for (d, followers) in [
        (Post, 5_000),
        (Post, 25_000),
        (Post, 200_000),
        (Post, 750_000),
        (TikTokVideo, 25_000),
        (Dedicated, 200_000),
    ] {
        let list = rules_of_thumb(d.platform(), followers);
        let Some(rule) = list.iter().find(|c| c.label.starts_with("Rule of thumb")) else {
            panic!("no rule for {d:?}");
        };
        let typical = one(d, followers, None).typical;
        assert!(
            typical >= rule.low && rule.high.is_none_or(|h| typical <= h),
            "{d:?} {followers}: {typical} vs {rule:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// Currency
// ---------------------------------------------------------------------------

#[test]
fn currency_codes_read_case_insensitively() {
    assert_eq!(Currency::from_code("GBP"), Some(Currency::Gbp));
    assert_eq!(Currency::from_code("gbp"), Some(Currency::Gbp));
    assert_eq!(Currency::from_code(" eur "), Some(Currency::Eur));
    assert_eq!(Currency::from_code("Jpy"), Some(Currency::Jpy));
    assert_eq!(Currency::from_code("XYZ"), None);
    assert_eq!(Currency::from_code(""), None);
    for c in Currency::ALL {
        assert_eq!(Currency::from_code(c.code()), Some(c));
        assert!(c.code().len() == 3 && c.code().chars().all(|ch| ch.is_ascii_uppercase()));
        assert!(c.per_usd().is_finite() && c.per_usd() > 0.0, "{c:?}");
        assert!(!c.name().is_empty());
    }
    for wanted in [
        "GBP", "USD", "EUR", "CAD", "AUD", "INR", "JPY", "NZD", "SGD", "CHF", "SEK",
    ] {
        assert!(Currency::from_code(wanted).is_some(), "{wanted}");
    }
    assert_eq!(Currency::Jpy.decimals(), 0);
    assert_eq!(Currency::Gbp.decimals(), 2);
    assert_eq!(Currency::Usd.per_usd(), 1.0);
    assert!(RATES_AS_OF.len() >= 7);
}

#[test]
fn the_default_currency_follows_the_locales_region() {
    locale("en-GB", Currency::Gbp);
    locale("en_GB", Currency::Gbp);
    locale("en-gb", Currency::Gbp);
    locale("cy-GB", Currency::Gbp);
    locale("en-US", Currency::Usd);
    locale("es-US", Currency::Usd);
    locale("de-DE", Currency::Eur);
    locale("de-AT", Currency::Eur);
    locale("fr-FR", Currency::Eur);
    locale("fr-BE", Currency::Eur);
    locale("es-ES", Currency::Eur);
    locale("it-IT", Currency::Eur);
    locale("nl-NL", Currency::Eur);
    locale("en-IE", Currency::Eur);
    locale("fi-FI", Currency::Eur);
    locale("hr-HR", Currency::Eur);
    locale("fr-CA", Currency::Cad);
    locale("en-CA", Currency::Cad);
    locale("en-AU", Currency::Aud);
    locale("en-IN", Currency::Inr);
    locale("hi-IN", Currency::Inr);
    locale("ja-JP", Currency::Jpy);
    locale("en-NZ", Currency::Nzd);
    locale("en-SG", Currency::Sgd);
    locale("de-CH", Currency::Chf);
    locale("fr-CH", Currency::Chf);
    locale("sv-SE", Currency::Sek);
    locale("nb-NO", Currency::Nok);
    locale("da-DK", Currency::Dkk);
    locale("pl-PL", Currency::Pln);
    locale("pt-BR", Currency::Brl);
    locale("pt-PT", Currency::Eur);
    locale("es-MX", Currency::Mxn);
    locale("en-ZA", Currency::Zar);
    locale("zh-Hant-HK", Currency::Hkd);
    locale("ar-AE", Currency::Aed);
    locale("sr-Latn-ME", Currency::Eur);
    locale("en-GB-oxendict", Currency::Gbp);
    locale("de-DE-u-co-phonebk", Currency::Eur);
}

#[test]
fn a_locale_without_a_known_region_falls_back_to_dollars_or_its_language() {
    locale("", Currency::Usd);
    locale("en", Currency::Usd);
    locale("de", Currency::Usd);
    locale("es-419", Currency::Usd);
    locale("en-001", Currency::Usd);
    locale("pt-AO", Currency::Usd);
    locale("x-private", Currency::Usd);
    locale("ja", Currency::Jpy);
    locale("sv", Currency::Sek);
    locale("pl", Currency::Pln);
}

#[test]
fn amounts_round_to_three_significant_figures_in_the_currencys_units() {
    rounds(1_234.5, Currency::Usd, 1_230.0);
    rounds(12.345, Currency::Usd, 12.3);
    rounds(0.1234, Currency::Usd, 0.12);
    rounds(0.004, Currency::Usd, 0.01);
    rounds(999.6, Currency::Usd, 1_000.0);
    rounds(420.5, Currency::Gbp, 421.0);
    rounds(123_456.0, Currency::Jpy, 123_000.0);
    rounds(12.6, Currency::Jpy, 13.0);
    rounds(0.2, Currency::Jpy, 1.0);
    rounds(0.0, Currency::Usd, 0.01);
    rounds(f64::NAN, Currency::Eur, 0.01);
    rounds(9_876_543.0, Currency::Inr, 9_880_000.0);
}

#[test]
fn a_fee_is_shown_converted_and_rounded() {
    let fee = one(Post, 25_000, None);
    let usd = fee.shown(Currency::Usd);
    assert_eq!((usd.low, usd.typical, usd.high), (200.0, 250.0, 300.0));
    let gbp = fee.shown(Currency::Gbp);
    assert_eq!(
        gbp.typical,
        round_shown(250.0 * Currency::Gbp.per_usd(), Currency::Gbp)
    );
    let yen = fee.shown(Currency::Jpy);
    assert_eq!(yen.typical.fract(), 0.0);
}

// ---------------------------------------------------------------------------
// The deliverables URL value
// ---------------------------------------------------------------------------

#[test]
fn deliverables_parse_from_the_url() {
    parses("reel:3,story:5", Instagram, &[(Reel, 3), (Story, 5)], &[]);
    parses("reel", Instagram, &[(Reel, 1)], &[]);
    parses("reel:", Instagram, &[(Reel, 1)], &[]);
    parses(
        " Reel : 2 , STORY ",
        Instagram,
        &[(Reel, 2), (Story, 1)],
        &[],
    );
    parses(
        "post,carousel:2",
        Instagram,
        &[(Post, 1), (Carousel, 2)],
        &[],
    );
    parses(
        "reel:2,story,reel:3",
        Instagram,
        &[(Reel, 5), (Story, 1)],
        &[],
    );
    parses(",,reel:2,,", Instagram, &[(Reel, 2)], &[]);
    parses("reel:0,post", Instagram, &[(Post, 1)], &[]);
    parses("reel:007", Instagram, &[(Reel, 7)], &[]);
    parses("", Instagram, &[], &[]);
    parses("video:4", TikTok, &[(TikTokVideo, 4)], &[]);
    parses(
        "dedicated,integration:2,short:3",
        YouTube,
        &[(Dedicated, 1), (Integration, 2), (Short, 3)],
        &[],
    );
    parses("x-post:4", X, &[(XPost, 4)], &[]);
    parses("fb-post", Facebook, &[(FacebookPost, 1)], &[]);
    parses("li-post:2", LinkedIn, &[(LinkedInPost, 2)], &[]);
    parses("pin:10", Pinterest, &[(Pin, 10)], &[]);
    parses(
        "blog-post,newsletter:2",
        Blog,
        &[(BlogPost, 1), (Newsletter, 2)],
        &[],
    );
}

#[test]
fn deliverable_problems_are_reported_and_the_rest_still_counts() {
    parses("foo", Instagram, &[], &["unknown deliverable 'foo'"]);
    parses(
        "reel:2,foo:3",
        Instagram,
        &[(Reel, 2)],
        &["unknown deliverable 'foo'"],
    );
    parses(
        "story",
        TikTok,
        &[],
        &["'story' is for Instagram, not TikTok"],
    );
    parses(
        "video,dedicated",
        Instagram,
        &[],
        &[
            "'video' is for TikTok, not Instagram",
            "'dedicated' is for YouTube, not Instagram",
        ],
    );
    parses(
        "x-post",
        Facebook,
        &[],
        &["'x-post' is for X (Twitter), not Facebook"],
    );
    parses(
        "reel:x",
        Instagram,
        &[(Reel, 1)],
        &["quantity 'x' for 'reel' is not a whole number, so 1 is used"],
    );
    parses(
        "reel:-2",
        Instagram,
        &[(Reel, 1)],
        &["quantity '-2' for 'reel' is not a whole number, so 1 is used"],
    );
    parses(
        "reel:2.5",
        Instagram,
        &[(Reel, 1)],
        &["quantity '2.5' for 'reel' is not a whole number, so 1 is used"],
    );
    parses(
        "reel:500",
        Instagram,
        &[(Reel, 100)],
        &["'reel' capped at 100, the most of one deliverable"],
    );
    parses(
        "story:60,story:60",
        Instagram,
        &[(Story, 100)],
        &["'story' capped at 100, the most of one deliverable"],
    );
    parses(
        "reel:99999999999999999999999",
        Instagram,
        &[(Reel, 100)],
        &["'reel' capped at 100, the most of one deliverable"],
    );
    parses(":3", Instagram, &[], &["unknown deliverable ''"]);
}

#[test]
fn deliverables_format_for_the_url() {
    assert_eq!(
        format_deliverables(&[(Reel, 3), (Story, 5)]),
        "reel:3,story:5"
    );
    assert_eq!(format_deliverables(&[(Reel, 1), (Post, 0)]), "reel:1");
    assert_eq!(format_deliverables(&[]), "");
    assert_eq!(format_deliverables(&[(BlogPost, 2)]), "blog-post:2");
}

#[test]
fn every_deliverable_belongs_to_one_platform_and_reads_back_from_its_id() {
    let mut seen = Vec::new();
    for platform in Platform::ALL {
        let offered = Deliverable::for_platform(platform);
        assert!(!offered.is_empty(), "{platform:?}");
        assert!(offered.contains(&Deliverable::default_for(platform)));
        for &d in offered {
            assert_eq!(d.platform(), platform);
            assert!(!seen.contains(&d), "{d:?} offered twice");
            seen.push(d);
        }
    }
    assert_eq!(seen.len(), Deliverable::ALL.len());
    for d in Deliverable::ALL {
        assert_eq!(Deliverable::from_id(d.id()), Some(d));
        assert_eq!(Deliverable::from_id(&d.id().to_uppercase()), Some(d));
        assert!(d.multiplier().value > 0.0);
        assert!(!d.name().is_empty() && !d.multiplier().note.is_empty());
    }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn any_platform() -> impl Strategy<Value = Platform> {
    prop::sample::select(Platform::ALL.to_vec())
}

fn any_niche() -> impl Strategy<Value = Niche> {
    prop::sample::select(Niche::ALL.to_vec())
}

fn any_currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(Currency::ALL.to_vec())
}

fn any_engagement() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        (0.0..=1e6f64).prop_map(Some),
        (0.0..=20.0f64).prop_map(Some),
        prop::sample::select(vec![0.0, 1e-9, 1e6, f64::INFINITY, f64::NAN, -5.0]).prop_map(Some),
    ]
}

fn any_terms() -> impl Strategy<Value = Terms> {
    (
        prop::sample::select(Usage::ALL.to_vec()),
        any::<u8>(),
        prop::sample::select(Exclusivity::ALL.to_vec()),
        any::<bool>(),
    )
        .prop_map(|(usage, whitelist_months, exclusivity, rush)| Terms {
            usage,
            whitelist_months,
            exclusivity,
            rush,
        })
}

fn any_package() -> impl Strategy<Value = Vec<(Deliverable, u32)>> {
    prop::collection::vec(
        (
            prop::sample::select(Deliverable::ALL.to_vec()),
            prop_oneof![0..=120u32, any::<u32>()],
        ),
        0..6,
    )
}

fn followers() -> impl Strategy<Value = u64> {
    prop_oneof![1..=MAX_COUNT, 1..=100_000u64, 0..=1u64]
}

/// Inputs on the platform's own deliverables, for comparing two fees.
fn own_package(platform: Platform) -> impl Strategy<Value = Vec<(Deliverable, u32)>> {
    prop::collection::vec(
        (
            prop::sample::select(Deliverable::for_platform(platform).to_vec()),
            1..=10u32,
        ),
        1..4,
    )
}

fn le(a: &FeeEstimate, b: &FeeEstimate) -> bool {
    a.low <= b.low && a.typical <= b.typical && a.high <= b.high
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_fee_is_finite_positive_and_ordered(
        platform in any_platform(),
        followers in prop_oneof![followers(), any::<u64>()],
        er in any_engagement(),
        niche in any_niche(),
        package in any_package(),
        terms in any_terms(),
        currency in any_currency(),
    ) {
        let fee = fee_with(platform, followers, er, niche, &package, terms);
        for v in [fee.low, fee.typical, fee.high] {
            prop_assert!(v.is_finite() && v > 0.0, "{fee:?}");
        }
        prop_assert!(fee.low <= fee.typical && fee.typical <= fee.high, "{fee:?}");
        let shown = fee.shown(currency);
        for v in [shown.low, shown.typical, shown.high] {
            prop_assert!(v.is_finite() && v > 0.0);
        }
        prop_assert!(shown.low <= shown.typical && shown.typical <= shown.high);
    }

    #[test]
    fn more_followers_never_lower_the_fee(
        (platform, package) in any_platform().prop_flat_map(|p| (Just(p), own_package(p))),
        a in followers(),
        b in followers(),
        er in any_engagement(),
        niche in any_niche(),
        terms in any_terms(),
        currency in any_currency(),
    ) {
        let (small, large) = (a.min(b), a.max(b));
        let lo = fee_with(platform, small, er, niche, &package, terms);
        let hi = fee_with(platform, large, er, niche, &package, terms);
        prop_assert!(le(&lo, &hi), "{small}: {lo:?}\n{large}: {hi:?}");
        let (ls, hs) = (lo.shown(currency), hi.shown(currency));
        prop_assert!(ls.low <= hs.low && ls.typical <= hs.typical && ls.high <= hs.high);
    }

    #[test]
    fn one_more_follower_never_moves_the_fee_by_half_a_percent(
        platform in any_platform(),
        followers in 1_000..MAX_COUNT,
        er in any_engagement(),
    ) {
        let d = Deliverable::default_for(platform);
        let before = one(d, followers, er).typical;
        let after = one(d, followers + 1, er).typical;
        prop_assert!(after >= before && after / before - 1.0 < 0.005, "{before} {after}");
    }

    #[test]
    fn higher_engagement_never_lowers_the_fee(
        (platform, package) in any_platform().prop_flat_map(|p| (Just(p), own_package(p))),
        followers in followers(),
        a in 0.0..=1e6f64,
        b in prop_oneof![0.0..=1e6f64, 0.0..=10.0f64],
        niche in any_niche(),
        terms in any_terms(),
    ) {
        let (low_er, high_er) = (a.min(b), a.max(b));
        let lo = fee_with(platform, followers, Some(low_er), niche, &package, terms);
        let hi = fee_with(platform, followers, Some(high_er), niche, &package, terms);
        prop_assert!(le(&lo, &hi), "{low_er}: {lo:?}\n{high_er}: {hi:?}");
    }

    #[test]
    fn engagement_moves_the_fee_only_within_its_bounds(
        platform in any_platform(),
        followers in followers(),
        er in 0.0..=1e6f64,
    ) {
        let d = Deliverable::default_for(platform);
        let typical = one(d, followers, None).typical;
        let fee = one(d, followers, Some(er)).typical;
        prop_assert!(fee <= typical * ENGAGEMENT_CAP * (1.0 + 1e-12));
        prop_assert!(fee >= typical * ENGAGEMENT_FLOOR * (1.0 - 1e-12));
    }

    #[test]
    fn engagement_factor_is_monotone(a in 0.0..1e3f64, b in 0.0..1e3f64) {
        let (x, y) = (a.min(b), a.max(b));
        prop_assert!(engagement_factor(x) <= engagement_factor(y));
    }

    #[test]
    fn adding_any_term_never_lowers_the_fee(
        (platform, package) in any_platform().prop_flat_map(|p| (Just(p), own_package(p))),
        followers in followers(),
        er in any_engagement(),
        niche in any_niche(),
        terms in any_terms(),
        usage in prop::sample::select(Usage::ALL.to_vec()),
        more_months in any::<u8>(),
        exclusivity in prop::sample::select(Exclusivity::ALL.to_vec()),
    ) {
        let before = fee_with(platform, followers, er, niche, &package, terms);
        let longer = |a: usize, b: usize| a.max(b);
        let pos = |u: Usage| Usage::ALL.iter().position(|&x| x == u).unwrap_or(0);
        let epos = |e: Exclusivity| Exclusivity::ALL.iter().position(|&x| x == e).unwrap_or(0);
        let raised = [
            Terms { usage: Usage::ALL[longer(pos(terms.usage), pos(usage))], ..terms },
            Terms { whitelist_months: terms.whitelist_months.saturating_add(more_months), ..terms },
            Terms {
                exclusivity: Exclusivity::ALL[longer(epos(terms.exclusivity), epos(exclusivity))],
                ..terms
            },
            Terms { rush: true, ..terms },
        ];
        for t in raised {
            let after = fee_with(platform, followers, er, niche, &package, t);
            prop_assert!(le(&before, &after), "{terms:?} -> {t:?}");
        }
        let plain = fee_with(platform, followers, er, Niche::Other, &package, terms);
        prop_assert!(le(&plain, &before), "niche {niche:?}");
        let mut bigger = package.clone();
        bigger.push((Deliverable::default_for(platform), 1));
        let more = fee_with(platform, followers, er, niche, &bigger, terms);
        prop_assert!(le(&before, &more), "one more deliverable");
    }

    #[test]
    fn converting_there_and_back_changes_nothing_beyond_rounding(
        amount in 0.0..1e10f64,
        a in any_currency(),
        b in any_currency(),
    ) {
        let back = a.to_usd(a.from_usd(amount));
        prop_assert!((back - amount).abs() <= amount * 1e-12);
        let round_trip = a.convert(b.convert(amount, a), b);
        prop_assert!((round_trip - amount).abs() <= amount * 1e-12);
    }

    #[test]
    fn rounding_keeps_order_and_stays_close(
        a in prop_oneof![0.0..1e12f64, 0.0..1_000.0f64],
        b in prop_oneof![0.0..1e12f64, 0.0..1_000.0f64],
        currency in any_currency(),
    ) {
        let (x, y) = (a.min(b), a.max(b));
        prop_assert!(round_shown(x, currency) <= round_shown(y, currency));
        let unit = if currency.decimals() == 0 { 1.0 } else { 0.01 };
        if x >= unit * 100.0 {
            let shown = round_shown(x, currency);
            prop_assert!((shown - x).abs() <= x * 0.005 + 1e-9, "{x} -> {shown}");
        }
    }

    #[test]
    fn parsing_any_deliverables_text_never_panics(text in ".{0,60}", platform in any_platform()) {
        let (items, _) = parse_deliverables(&text, platform);
        for (d, q) in items {
            prop_assert_eq!(d.platform(), platform);
            prop_assert!((1..=MAX_QUANTITY).contains(&q));
        }
    }

    #[test]
    fn formatted_deliverables_read_back_unchanged(
        (platform, picks) in any_platform().prop_flat_map(|p| {
            let offered = Deliverable::for_platform(p).to_vec();
            let n = offered.len();
            (Just(p), prop::sample::subsequence(offered, 0..=n)
                .prop_flat_map(|ds| {
                    let len = ds.len();
                    (Just(ds), prop::collection::vec(1..=MAX_QUANTITY, len))
                }))
        }),
    ) {
        let (ds, qs) = picks;
        let items: Vec<(Deliverable, u32)> = ds.into_iter().zip(qs).collect();
        let (parsed, problems) = parse_deliverables(&format_deliverables(&items), platform);
        prop_assert_eq!(parsed, items);
        prop_assert!(problems.is_empty());
    }

    #[test]
    fn every_comparison_is_positive_and_ordered(platform in any_platform(), followers in followers()) {
        for c in rules_of_thumb(platform, followers) {
            prop_assert!(c.low.is_finite() && c.low > 0.0, "{c:?}");
            prop_assert!(c.high.is_none_or(|h| h.is_finite() && h >= c.low), "{c:?}");
        }
    }
}

#[test]
fn a_rate_card_s_items_add_up_to_the_package() {
    let fee = fee_with(
        Instagram,
        25_000,
        Some(3.0),
        Niche::Other,
        &[(Reel, 3), (Story, 5)],
        Terms {
            rush: true,
            ..Terms::default()
        },
    );
    let items = fee.items();
    assert_eq!(items.len(), 2);
    assert_eq!((items[0].deliverable, items[0].quantity), (Reel, 3));
    let sum = |pick: fn(&influencer_rate_calculator::calc::fee::Range) -> f64| {
        items
            .iter()
            .map(|i| pick(&i.each) * f64::from(i.quantity))
            .sum::<f64>()
    };
    close(sum(|r| r.low), fee.low, 1e-9);
    close(sum(|r| r.typical), fee.typical, 1e-9);
    close(sum(|r| r.high), fee.high, 1e-9);
    assert!(
        items[0].each.typical > items[1].each.typical,
        "a Reel costs more than a Story"
    );
}

#[test]
fn the_engagement_note_names_the_bounds_the_model_uses() {
    assert_eq!(influencer_rate_calculator::calc::fee::ENGAGEMENT_FLOOR, 0.6);
    assert_eq!(influencer_rate_calculator::calc::fee::ENGAGEMENT_CAP, 2.0);
    let fee = one(Post, 25_000, Some(3.0));
    let note = &fee
        .working
        .iter()
        .find(|l| l.step == Step::Engagement)
        .expect("a line")
        .note;
    assert!(note.contains("0.6x") && note.contains("2x"), "{note}");
}
