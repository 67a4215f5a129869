//! The fair fee: the consensus of the published methods for one base post,
//! the engagement adjustment against the verdict's typical range, deliverables,
//! niche and terms. Currencies, shown amounts and the `deliverables` URL value
//! are in `fee_money.rs`.
#![cfg(not(target_arch = "wasm32"))]
// Exact literals are what we mean where a value is set, not computed.
#![allow(clippy::float_cmp)]
// fend-style: a test is a list of one-line cases, so its length is its coverage.
#![allow(clippy::too_many_lines)]

use influencer_rate_calculator::calc::benchmarks::RateKind;
use influencer_rate_calculator::calc::choice::Choice;
use influencer_rate_calculator::calc::currency::Currency;
use influencer_rate_calculator::calc::deliverable::{Deliverable, MAX_QUANTITY};
use influencer_rate_calculator::calc::engagement::EngagementRates;
use influencer_rate_calculator::calc::fee::consensus::quantile;
use influencer_rate_calculator::calc::fee::engagement::{
    factor, ENGAGEMENT_CAP, ENGAGEMENT_FLOOR, TYPICAL_SWING,
};
use influencer_rate_calculator::calc::fee::methods::{figures, Shape};
use influencer_rate_calculator::calc::fee::niche::SPONSORRATE_LIMITS;
use influencer_rate_calculator::calc::fee::{
    base_price, estimate, niche_factor, parse_flag, read_whitelist, Consensus, Exclusivity,
    FeeEstimate, FeeInputs, Step, Terms, Usage, Value, MAX_WHITELIST_MONTHS, METHODS,
};
use influencer_rate_calculator::calc::input::MAX_COUNT;
use influencer_rate_calculator::calc::niche::Niche;
use influencer_rate_calculator::calc::platform::Platform;
use influencer_rate_calculator::calc::tier::Scheme;
use influencer_rate_calculator::calc::typical::{typical, Typical};
use influencer_rate_calculator::calc::verdict::{assess, kinds, Assessment, Verdict};
use influencer_rate_calculator::calc::{evaluate, CreatorInputs};
use proptest::prelude::*;

use Deliverable::{
    BlogPost, Carousel, Dedicated, FacebookPost, Integration, LinkedInPost, Newsletter, Pin, Post,
    Reel, Short, Story, TikTokVideo, XPost,
};
use Platform::{Blog, Instagram, TikTok, YouTube};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

#[track_caller]
fn fee_with(
    platform: Platform,
    followers: u64,
    assessment: Option<&Assessment>,
    niche: Niche,
    deliverables: &[(Deliverable, u32)],
    terms: Terms,
) -> FeeEstimate {
    estimate(&FeeInputs {
        platform,
        followers,
        assessment,
        niche,
        deliverables,
        terms,
    })
    .expect("every platform has a published method")
}

/// One `deliverable` at typical engagement, no terms, no niche.
#[track_caller]
fn one(deliverable: Deliverable, followers: u64) -> FeeEstimate {
    fee_with(
        deliverable.platform(),
        followers,
        None,
        Niche::Other,
        &[(deliverable, 1)],
        Terms::default(),
    )
}

/// One base post on `platform` with `terms`.
#[track_caller]
fn with_terms(platform: Platform, followers: u64, terms: Terms) -> FeeEstimate {
    fee_with(platform, followers, None, Niche::Other, &[], terms)
}

#[track_caller]
fn close(got: f64, want: f64, relative: f64) {
    assert!(
        (got - want).abs() <= want.abs() * relative,
        "{got} is not within {relative} of {want}"
    );
}

#[track_caller]
fn q(values: &[f64], p: f64, want: Option<f64>) {
    let got = quantile(values, p);
    match (got, want) {
        (Some(g), Some(w)) => assert!(
            (g - w).abs() < 1e-12,
            "quantile({values:?}, {p}) = {g}, want {w}"
        ),
        _ => assert_eq!(got, want, "quantile({values:?}, {p})"),
    }
}

fn terms(usage: Usage, whitelist_months: u8, exclusivity: Exclusivity, rush: bool) -> Terms {
    Terms {
        usage,
        whitelist_months,
        exclusivity,
        rush,
    }
}

/// Every follower count where a tier scheme or a published method has an
/// edge, and the round sizes people type.
fn edges() -> Vec<u64> {
    let mut out: Vec<u64> = vec![
        1_000,
        3_000,
        5_000,
        10_000,
        25_000,
        50_000,
        100_000,
        200_000,
        500_000,
        1_000_000,
        5_000_000,
        10_000_000,
        100_000_000,
        1_000_000_000,
    ];
    for scheme in Scheme::ALL {
        for band in scheme.table().bands {
            out.push(band.span.from);
            out.extend(band.span.to);
        }
    }
    for method in METHODS {
        match method.shape {
            Shape::Edges(points) => out.extend(points.iter().map(|&(x, _)| x)),
            Shape::Bands(bands) => {
                for (span, _) in bands {
                    out.push(span.from);
                    out.extend(span.to);
                }
            }
            _ => {}
        }
    }
    out.retain(|&e| e >= 2);
    out.sort_unstable();
    out.dedup();
    out
}

/// A log-spaced sweep from 1 to 10 billion followers, `per_decade` points a decade.
fn sweep(per_decade: u32) -> Vec<u64> {
    let steps = 10 * per_decade;
    let mut out: Vec<u64> = (0..=steps)
        .map(|i| {
            let f = 10f64.powf(f64::from(i) / f64::from(per_decade));
            // In range: 1 to 1e10.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let n = f.round() as u64;
            n
        })
        .collect();
    out.dedup();
    out
}

const SIZES: [u64; 14] = [
    1,
    500,
    999,
    1_000,
    4_321,
    10_000,
    25_000,
    49_999,
    100_000,
    250_000,
    999_999,
    1_000_000,
    5_000_000,
    10_000_000_000,
];

// ---------------------------------------------------------------------------
// The median and quartiles: Hazen's rule
// ---------------------------------------------------------------------------

#[test]
fn quantile_of_nothing_is_none() {
    q(&[], 0.5, None);
    q(&[f64::NAN, f64::NAN], 0.5, None);
}

#[test]
fn quantile_of_one_value_is_that_value_everywhere() {
    for p in [0.0, 0.25, 0.5, 0.75, 1.0] {
        q(&[42.0], p, Some(42.0));
    }
}

#[test]
fn quantile_of_an_odd_count_takes_the_middle_as_median() {
    q(&[3.0, 1.0, 2.0], 0.5, Some(2.0));
    q(&[10.0, 20.0, 30.0, 40.0, 50.0], 0.5, Some(30.0));
    // Hazen: positions (i - 0.5) / 5 = 0.1, 0.3, 0.5, 0.7, 0.9.
    q(&[10.0, 20.0, 30.0, 40.0, 50.0], 0.25, Some(17.5));
    q(&[10.0, 20.0, 30.0, 40.0, 50.0], 0.75, Some(42.5));
    q(&[10.0, 20.0, 30.0, 40.0, 50.0], 0.1, Some(10.0));
    q(&[10.0, 20.0, 30.0, 40.0, 50.0], 0.05, Some(10.0));
    q(&[10.0, 20.0, 30.0, 40.0, 50.0], 0.95, Some(50.0));
}

#[test]
fn quantile_of_an_even_count_takes_the_middle_twos_mean_as_median() {
    q(&[4.0, 1.0, 3.0, 2.0], 0.5, Some(2.5));
    q(&[1.0, 2.0], 0.5, Some(1.5));
    // Positions 0.125, 0.375, 0.625, 0.875: p = 0.25 is halfway between 1 and 2.
    q(&[1.0, 2.0, 3.0, 4.0], 0.25, Some(1.5));
    q(&[1.0, 2.0, 3.0, 4.0], 0.75, Some(3.5));
    q(&[1.0, 2.0], 0.25, Some(1.0));
    q(&[1.0, 2.0], 0.75, Some(2.0));
}

#[test]
fn quantile_ignores_nan_and_clamps_p() {
    q(&[f64::NAN, 1.0, 3.0, f64::NAN, 2.0], 0.5, Some(2.0));
    q(&[1.0, 2.0, 3.0], -1.0, Some(1.0));
    q(&[1.0, 2.0, 3.0], 7.0, Some(3.0));
    q(&[1.0, 2.0, 3.0], 0.0, Some(1.0));
    q(&[1.0, 2.0, 3.0], 1.0, Some(3.0));
}

#[test]
fn consensus_is_the_quartiles_median_and_extremes() {
    let c = Consensus::of(&[10.0, 20.0, 30.0, 40.0, 50.0]).expect("values");
    assert_eq!(
        (c.low, c.typical, c.high, c.min, c.max),
        (17.5, 30.0, 42.5, 10.0, 50.0)
    );
    assert_eq!(Consensus::of(&[]), None);
}

// ---------------------------------------------------------------------------
// The base post is the methods' consensus
// ---------------------------------------------------------------------------

#[test]
fn one_base_post_at_typical_engagement_is_the_methods_consensus() {
    for platform in Platform::ALL.iter().copied() {
        for followers in SIZES {
            let fee = with_terms(platform, followers, Terms::default());
            let base = base_price(platform, followers).expect("methods");
            let c = &fee.base.consensus;
            assert_eq!(fee.base, base, "{platform:?} {followers}");
            let values: Vec<f64> = figures(platform, followers).iter().map(|f| f.usd).collect();
            let listed: Vec<f64> = fee.base.figures.iter().map(|f| f.usd).collect();
            assert_eq!(listed, values, "{platform:?} {followers}");
            assert_eq!(
                c.low,
                quantile(&values, 0.25).unwrap(),
                "{platform:?} {followers}"
            );
            assert_eq!(
                c.typical,
                quantile(&values, 0.5).unwrap(),
                "{platform:?} {followers}"
            );
            assert_eq!(
                c.high,
                quantile(&values, 0.75).unwrap(),
                "{platform:?} {followers}"
            );
            close(fee.typical, c.typical, 1e-12);
            close(fee.low, c.low, 1e-12);
            close(fee.high, c.high, 1e-12);
            assert!(fee.low <= fee.typical && fee.typical <= fee.high);
            assert_eq!(fee.engagement, 1.0);
        }
    }
}

#[test]
fn every_platform_has_at_least_two_methods_at_every_size() {
    for platform in Platform::ALL.iter().copied() {
        for followers in SIZES {
            let n = figures(platform, followers).len();
            assert!(n >= 2, "{platform:?} {followers}: {n} methods");
            for f in figures(platform, followers) {
                assert!(
                    f.usd.is_finite() && f.usd > 0.0,
                    "{platform:?} {followers} {}",
                    f.method.label
                );
            }
        }
    }
}

#[test]
fn zero_followers_is_priced_as_one() {
    for platform in Platform::ALL.iter().copied() {
        assert_eq!(
            with_terms(platform, 0, Terms::default()),
            with_terms(platform, 1, Terms::default())
        );
    }
}

#[test]
fn counts_above_ten_billion_are_priced_as_ten_billion() {
    for platform in Platform::ALL.iter().copied() {
        assert_eq!(
            with_terms(platform, u64::MAX, Terms::default()),
            with_terms(platform, MAX_COUNT, Terms::default())
        );
    }
}

#[test]
fn the_methods_are_the_published_figures_at_known_points() {
    let at = |platform: Platform, followers: u64, label: &str| -> f64 {
        figures(platform, followers)
            .iter()
            .find(|f| f.method.label.starts_with(label))
            .map_or_else(|| panic!("no method {label} for {platform:?}"), |f| f.usd)
    };
    close(at(Instagram, 10_000, "Per-tier rule"), 100.0, 1e-12);
    close(at(Instagram, 50_000, "Per-tier rule"), 500.0, 1e-12);
    close(at(Instagram, 500, "Per-tier rule"), 5.0, 1e-12);
    close(at(Instagram, 5_000_000, "Per-tier rule"), 10_000.0, 1e-12);
    close(at(TikTok, 10_000, "Per-tier rule"), 25.0, 1e-12);
    close(at(YouTube, 10_000, "Per-tier rule"), 200.0, 1e-12);
    close(at(Instagram, 10_000, "\"$100 per 10,000"), 100.0, 1e-12);
    close(at(Blog, 10_000, "\"$100 per 10,000"), 200.0, 1e-12);
    close(at(Instagram, 10_000, "1-5% of follower"), 300.0, 1e-12);
    close(at(Instagram, 10_000, "femehk"), 75.0, 1e-12);
    close(at(YouTube, 10_000, "Impulze"), 350.0 * 2.2, 1e-12);
    close(at(Instagram, 10_000, "Lumanu 2024"), 800.0, 1e-12);
    // Tribe is in pounds: £100 at 10K, converted at the ECB rate.
    close(
        at(Instagram, 10_000, "Tribe UK"),
        Currency::Gbp.to_usd(100.0),
        1e-12,
    );
}

// ---------------------------------------------------------------------------
// Continuity and growth
// ---------------------------------------------------------------------------

#[test]
fn no_jump_at_any_tier_or_method_edge_for_any_deliverable() {
    let edges = edges();
    for platform in Platform::ALL.iter().copied() {
        for deliverable in Deliverable::for_platform(platform) {
            for &edge in &edges {
                let before = one(deliverable, edge - 1);
                let at = one(deliverable, edge);
                for (what, b, a) in [
                    ("low", before.low, at.low),
                    ("typical", before.typical, at.typical),
                    ("high", before.high, at.high),
                ] {
                    assert!(
                        (a / b - 1.0).abs() < 0.005,
                        "{deliverable:?} {what} at {edge}: {b} -> {a}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_base_consensus_never_falls_as_followers_grow_dense_sweep() {
    let mut counts = sweep(400);
    counts.extend(edges().iter().flat_map(|&e| [e - 1, e, e + 1]));
    counts.sort_unstable();
    counts.dedup();
    for platform in Platform::ALL.iter().copied() {
        let mut last: Option<Consensus> = None;
        for &f in &counts {
            let c = base_price(platform, f).expect("methods").consensus;
            if let Some(prev) = &last {
                assert!(
                    c.low >= prev.low && c.typical >= prev.typical && c.high >= prev.high,
                    "{platform:?} falls at {f}: {prev:?} -> {c:?}"
                );
            }
            last = Some(c);
        }
    }
}

// ---------------------------------------------------------------------------
// Engagement: the verdict's typical range
// ---------------------------------------------------------------------------

fn rates(kind: RateKind, value: f64) -> EngagementRates {
    match kind {
        RateKind::PerFollower => EngagementRates {
            per_follower: Some(value),
            ..EngagementRates::default()
        },
        RateKind::PerView => EngagementRates {
            per_follower: None,
            extended: None,
            per_view: Some(value),
        },
    }
}

/// Every (platform, followers, kind, typical range) the verdict can judge.
fn judged_ranges() -> Vec<(Platform, u64, RateKind, Typical)> {
    let mut out = Vec::new();
    for platform in Platform::ALL.iter().copied() {
        for followers in [800, 3_000, 12_500, 60_000, 250_000, 2_000_000] {
            for kind in [RateKind::PerFollower, RateKind::PerView] {
                if let Some(t) = typical(platform, followers, kind) {
                    out.push((platform, followers, kind, t));
                }
            }
        }
    }
    out
}

#[test]
fn a_rate_the_verdict_calls_typical_moves_the_fee_by_at_most_ten_percent() {
    let ranges = judged_ranges();
    assert!(ranges.len() >= 10, "only {} ranges", ranges.len());
    let top = 1.0 + TYPICAL_SWING;
    let mut checked = 0;
    for (platform, followers, kind, t) in ranges {
        for i in 0..=20 {
            let value = t.floor * (t.ceiling / t.floor).powf(f64::from(i) / 20.0);
            let a = assess(platform, Some(followers), &rates(kind, value));
            if a.verdict != Verdict::Typical || a.rate.map(|(k, _)| k) != Some(kind) {
                continue;
            }
            let fee = fee_with(
                platform,
                followers,
                Some(&a),
                Niche::Other,
                &[],
                Terms::default(),
            );
            assert!(
                fee.engagement >= 1.0 / top - 1e-12 && fee.engagement <= top + 1e-12,
                "{platform:?} {followers} {kind:?} {value}: {}",
                fee.engagement
            );
            checked += 1;
        }
        // The centre of the range is priced exactly as typical.
        close(factor(t.centre(), &t), 1.0, 1e-12);
    }
    assert!(checked >= 100, "only {checked} typical rates checked");
}

#[test]
fn a_typical_account_typed_in_is_priced_within_ten_percent_of_typical() {
    let mut checked = Vec::new();
    for platform in Platform::ALL.iter().copied() {
        for (followers, f) in [("10,000", 10_000), ("250K", 250_000), ("4,000", 4_000)] {
            for kind in [RateKind::PerFollower, RateKind::PerView] {
                // A rate per view is judged first only where the verdict says so.
                let judged_first = kinds(platform)[0] == kind;
                let Some(t) = typical(platform, f, kind).filter(|_| judged_first) else {
                    continue;
                };
                // Per follower: likes over followers; per view: likes over 100,000 views.
                let (base, views) = match kind {
                    RateKind::PerFollower => (f, ""),
                    RateKind::PerView => (100_000, "100,000"),
                };
                // Likes for a rate at the centre of the typical range.
                #[allow(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    clippy::cast_precision_loss
                )]
                let likes = ((t.centre() / 100.0 * base as f64).round() as u64).to_string();
                checked.push((platform, f, kind));
                typed_in_typical(platform, (followers, f), &likes, views);
            }
        }
    }
    assert!(checked.len() >= 6, "only {checked:?}");
    assert!(checked.iter().any(|c| c.0 == TikTok) && checked.iter().any(|c| c.0 == YouTube));
}

#[track_caller]
fn typed_in_typical(platform: Platform, (followers, f): (&str, u64), likes: &str, views: &str) {
    {
        let report = evaluate(&CreatorInputs {
            platform,
            niche: Niche::Other,
            scheme: Scheme::Standard,
            followers,
            likes,
            comments: "0",
            shares: "",
            saves: "",
            views,
            posts: "",
            list: None,
        });
        assert_eq!(
            report.assessment.verdict,
            Verdict::Typical,
            "{platform:?} {followers}"
        );
        let fee = fee_with(
            platform,
            report.followers.unwrap(),
            Some(&report.assessment),
            Niche::Other,
            &[],
            Terms::default(),
        );
        assert!(
            (1.0 / 1.1..=1.1).contains(&fee.engagement),
            "{platform:?} {followers}: {}",
            fee.engagement
        );
        let plain = with_terms(platform, f, Terms::default());
        close(fee.typical, plain.typical * fee.engagement, 1e-12);
    }
}

#[test]
fn outside_the_typical_range_the_adjustment_is_bounded_monotone_and_continuous() {
    for (_, _, _, t) in judged_ranges() {
        let mut last = 0.0;
        for i in 0..=4_000 {
            // 0.0001% to 1,000%.
            let value = 10f64.powf(-4.0 + 7.0 * f64::from(i) / 4_000.0);
            let f = factor(value, &t);
            assert!(
                (ENGAGEMENT_FLOOR..=ENGAGEMENT_CAP).contains(&f),
                "{value}: {f}"
            );
            assert!(f >= last, "falls at {value}: {last} -> {f}");
            assert!(i == 0 || f / last < 1.01, "jumps at {value}: {last} -> {f}");
            last = f;
        }
        for edge in [t.floor, t.ceiling] {
            let below = factor(edge * (1.0 - 1e-9), &t);
            let above = factor(edge * (1.0 + 1e-9), &t);
            assert!(
                (above - below).abs() < 1e-6,
                "step at {edge}: {below} -> {above}"
            );
        }
    }
}

#[test]
fn engagement_factor_bounds_and_odd_values() {
    let t = Typical {
        kind: RateKind::PerFollower,
        floor: 1.0,
        ceiling: 4.0,
        contributions: Vec::new(),
    };
    close(factor(2.0, &t), 1.0, 1e-12);
    close(factor(4.0, &t), 1.1, 1e-12);
    close(factor(1.0, &t), 1.0 / 1.1, 1e-12);
    assert_eq!(factor(f64::NAN, &t), 1.0);
    assert_eq!(factor(0.0, &t), ENGAGEMENT_FLOOR);
    assert_eq!(factor(-3.0, &t), ENGAGEMENT_FLOOR);
    assert!(factor(1e6, &t) <= ENGAGEMENT_CAP && factor(1e6, &t) > 1.9);
    assert!(factor(1e-6, &t) >= ENGAGEMENT_FLOOR && factor(1e-6, &t) < 0.65);
    assert_eq!(factor(f64::INFINITY, &t), ENGAGEMENT_CAP);
    assert_eq!((ENGAGEMENT_FLOOR, ENGAGEMENT_CAP), (0.6, 2.0));
}

#[test]
fn without_a_rate_engagement_changes_nothing() {
    let no_rate = assess(Instagram, Some(10_000), &EngagementRates::default());
    let fee = fee_with(
        Instagram,
        10_000,
        Some(&no_rate),
        Niche::Other,
        &[],
        Terms::default(),
    );
    assert_eq!(fee.engagement, 1.0);
    assert_eq!(
        fee.typical,
        with_terms(Instagram, 10_000, Terms::default()).typical
    );
}

#[test]
fn engagement_above_typical_raises_and_below_lowers() {
    let t = typical(Instagram, 10_000, RateKind::PerFollower).expect("a range");
    let high = assess(
        Instagram,
        Some(10_000),
        &rates(RateKind::PerFollower, t.ceiling * 3.0),
    );
    let low = assess(
        Instagram,
        Some(10_000),
        &rates(RateKind::PerFollower, t.floor / 3.0),
    );
    let plain = with_terms(Instagram, 10_000, Terms::default());
    let up = fee_with(
        Instagram,
        10_000,
        Some(&high),
        Niche::Other,
        &[],
        Terms::default(),
    );
    let down = fee_with(
        Instagram,
        10_000,
        Some(&low),
        Niche::Other,
        &[],
        Terms::default(),
    );
    assert!(up.engagement > 1.1 && up.typical > plain.typical);
    assert!(down.engagement < 1.0 / 1.1 && down.typical < plain.typical);
}

// ---------------------------------------------------------------------------
// Deliverables, niche and terms
// ---------------------------------------------------------------------------

#[test]
fn deliverable_multipliers_are_relative_to_the_base_post() {
    let m = |d: Deliverable| d.multiplier().value;
    for platform in Platform::ALL.iter().copied() {
        assert_eq!(m(Deliverable::default_for(platform)), 1.0, "{platform:?}");
    }
    assert_eq!(m(Carousel), 1.25);
    assert_eq!(m(Reel), 1.30);
    assert_eq!(m(Story), 0.40);
    close(m(Integration), 1.0 / 2.2, 1e-15);
    close(m(Short), 0.5 / 2.2, 1e-15);
    assert_eq!(m(Newsletter), 1.0);
    for d in [
        Post,
        TikTokVideo,
        Dedicated,
        XPost,
        FacebookPost,
        LinkedInPost,
        Pin,
        BlogPost,
    ] {
        assert_eq!(m(d), 1.0, "{d:?}");
    }
}

#[test]
fn a_package_is_the_sum_of_its_deliverables() {
    let reel = one(Reel, 25_000);
    let story = one(Story, 25_000);
    let package = fee_with(
        Instagram,
        25_000,
        None,
        Niche::Other,
        &[(Reel, 3), (Story, 5)],
        Terms::default(),
    );
    close(
        package.typical,
        3.0 * reel.typical + 5.0 * story.typical,
        1e-12,
    );
    close(package.low, 3.0 * reel.low + 5.0 * story.low, 1e-12);
    close(package.high, 3.0 * reel.high + 5.0 * story.high, 1e-12);
    let items = package.items();
    assert_eq!(items.len(), 2);
    let sum: f64 = items
        .iter()
        .map(|i| i.each.typical * f64::from(i.quantity))
        .sum();
    close(sum, package.typical, 1e-12);
    close(items[0].each.typical, reel.typical, 1e-12);
}

#[test]
fn an_empty_package_or_another_platforms_deliverables_price_one_base_post() {
    let default = one(Post, 25_000);
    let empty = fee_with(Instagram, 25_000, None, Niche::Other, &[], Terms::default());
    let foreign = fee_with(
        Instagram,
        25_000,
        None,
        Niche::Other,
        &[(TikTokVideo, 3), (Reel, 0)],
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
    assert_eq!(MAX_QUANTITY, 100);
}

#[test]
fn niche_factors_are_sponsorrates_within_its_limits() {
    assert_eq!(SPONSORRATE_LIMITS, (0.7, 1.4));
    assert_eq!(niche_factor(Niche::Finance).value, 1.4);
    assert!(niche_factor(Niche::Finance).note.contains("1.5"));
    assert_eq!(niche_factor(Niche::Tech).value, 1.3);
    assert_eq!(niche_factor(Niche::Fashion).value, 1.1);
    assert_eq!(niche_factor(Niche::Beauty).value, 1.1);
    assert_eq!(niche_factor(Niche::Lifestyle).value, 0.9);
    assert_eq!(niche_factor(Niche::Travel).value, 1.0);
    assert_eq!(niche_factor(Niche::Other).value, 1.0);
    for niche in Niche::ALL.iter().copied() {
        let v = niche_factor(niche).value;
        assert!((0.7..=1.4).contains(&v), "{niche:?}: {v}");
    }
    let plain = fee_with(Instagram, 25_000, None, Niche::Other, &[], Terms::default());
    let finance = fee_with(
        Instagram,
        25_000,
        None,
        Niche::Finance,
        &[],
        Terms::default(),
    );
    close(finance.typical, plain.typical * 1.4, 1e-12);
}

#[test]
fn term_surcharges_are_the_consensus_of_the_published_figures() {
    let share = |t: Terms| t.total_share();
    let none = share(Terms::default());
    assert_eq!((none.low, none.typical, none.high), (0.0, 0.0, 0.0));
    // Usage: 15% and 20% a month, median 17.5%.
    let month = share(terms(Usage::Days30, 0, Exclusivity::None, false));
    close(month.low, 0.15, 1e-12);
    close(month.typical, 0.175, 1e-12);
    close(month.high, 0.20, 1e-12);
    let year = share(terms(Usage::Year, 0, Exclusivity::None, false));
    close(year.typical, 0.175 * 12.0, 1e-12);
    assert_eq!(
        share(terms(Usage::Perpetual, 0, Exclusivity::None, false)),
        year
    );
    // Whitelisting: 15-25% a month, 25% typical.
    let whitelist = share(terms(Usage::None, 3, Exclusivity::None, false));
    close(whitelist.low, 0.45, 1e-12);
    close(whitelist.typical, 0.75, 1e-12);
    close(whitelist.high, 0.75, 1e-12);
    // Exclusivity: creatormoneytools' +10-25% and inbeat's "fee x months".
    let ex30 = share(terms(Usage::None, 0, Exclusivity::Days30, false));
    close(ex30.low, 0.10, 1e-12);
    close(ex30.typical, f64::midpoint(0.175, 1.0), 1e-12);
    close(ex30.high, 1.0, 1e-12);
    let ex90 = share(terms(Usage::None, 0, Exclusivity::Days90, false));
    close(ex90.low, 0.25, 1e-12);
    close(ex90.typical, f64::midpoint(0.325, 3.0), 1e-12);
    close(ex90.high, 3.0, 1e-12);
    let rush = share(terms(Usage::None, 0, Exclusivity::None, true));
    close(rush.typical, 0.15, 1e-12);
    let all = share(terms(Usage::Days90, 2, Exclusivity::Days30, true));
    close(all.typical, 0.175 * 3.0 + 0.5 + 0.5875 + 0.15, 1e-12);
}

#[test]
fn every_term_only_raises_the_price() {
    for platform in [Instagram, TikTok, YouTube, Blog] {
        for followers in [500, 25_000, 1_000_000] {
            let plain = with_terms(platform, followers, Terms::default());
            for &usage in Usage::ALL {
                for months in 0..=10 {
                    for &exclusivity in Exclusivity::ALL {
                        for rush in [false, true] {
                            let t = terms(usage, months, exclusivity, rush);
                            let fee = with_terms(platform, followers, t);
                            assert!(
                                fee.low >= plain.low
                                    && fee.typical >= plain.typical
                                    && fee.high >= plain.high,
                                "{platform:?} {followers} {t:?}"
                            );
                            assert!(fee.low <= fee.typical && fee.typical <= fee.high, "{t:?}");
                            if months > 0 {
                                let fewer = with_terms(
                                    platform,
                                    followers,
                                    terms(usage, months - 1, exclusivity, rush),
                                );
                                assert!(
                                    fee.low >= fewer.low
                                        && fee.typical >= fewer.typical
                                        && fee.high >= fewer.high,
                                    "{t:?}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn longer_usage_and_exclusivity_never_cost_less() {
    let share = |t: Terms| t.total_share();
    for pair in Usage::ALL.windows(2) {
        let a = share(terms(pair[0], 0, Exclusivity::None, false));
        let b = share(terms(pair[1], 0, Exclusivity::None, false));
        assert!(
            a.low <= b.low && a.typical <= b.typical && a.high <= b.high,
            "{pair:?}"
        );
    }
    for pair in Exclusivity::ALL.windows(2) {
        let a = share(terms(Usage::None, 0, pair[0], false));
        let b = share(terms(Usage::None, 0, pair[1], false));
        assert!(
            a.low <= b.low && a.typical <= b.typical && a.high <= b.high,
            "{pair:?}"
        );
    }
}

#[test]
fn whitelisting_above_six_months_is_priced_as_six() {
    assert_eq!(MAX_WHITELIST_MONTHS, 6);
    let six = with_terms(
        Instagram,
        25_000,
        terms(Usage::None, 6, Exclusivity::None, false),
    );
    for months in [7, 10, 24, u8::MAX] {
        let more = with_terms(
            Instagram,
            25_000,
            terms(Usage::None, months, Exclusivity::None, false),
        );
        assert_eq!(more.range(), six.range(), "{months}");
    }
    let capped = Some("Whitelisting is priced for at most 6 months".to_owned());
    assert_eq!(read_whitelist("6"), (6, None));
    assert_eq!(read_whitelist("7"), (6, capped.clone()));
    assert_eq!(read_whitelist("24"), (6, capped.clone()));
    assert_eq!(read_whitelist("99999999999999999999999"), (6, capped));
}

#[test]
fn whitelisting_months_read_leniently_with_a_message_for_the_field() {
    assert_eq!(read_whitelist("3"), (3, None));
    assert_eq!(read_whitelist(" 0 "), (0, None));
    assert_eq!(read_whitelist(""), (0, None));
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
}

#[test]
fn flags_read_one_and_zero_only() {
    assert_eq!(parse_flag("1"), Some(true));
    assert_eq!(parse_flag(" 1 "), Some(true));
    assert_eq!(parse_flag("0"), Some(false));
    assert_eq!(parse_flag("yes"), None);
    assert_eq!(parse_flag("true"), None);
    assert_eq!(parse_flag(""), None);
}

#[test]
fn term_ids_round_trip_and_read_leniently() {
    let ids: Vec<_> = Usage::ALL.iter().map(|u| u.id()).collect();
    assert_eq!(ids, ["none", "30d", "90d", "1y", "perpetual"]);
    let ids: Vec<_> = Exclusivity::ALL.iter().map(|e| e.id()).collect();
    assert_eq!(ids, ["none", "30d", "90d"]);
    for &u in Usage::ALL {
        assert_eq!(Usage::from_id(u.id()), Some(u));
    }
    for &e in Exclusivity::ALL {
        assert_eq!(Exclusivity::from_id(e.id()), Some(e));
    }
    assert_eq!(Usage::from_id(" 1Y "), Some(Usage::Year));
    assert_eq!(Usage::from_id("forever"), None);
    assert_eq!(Exclusivity::from_id("60d"), None);
}

// ---------------------------------------------------------------------------
// The working
// ---------------------------------------------------------------------------

#[test]
fn the_working_has_a_line_per_step_in_order() {
    let t = typical(Instagram, 25_000, RateKind::PerFollower).expect("a range");
    let a = assess(
        Instagram,
        Some(25_000),
        &rates(RateKind::PerFollower, t.ceiling * 2.0),
    );
    let fee = fee_with(
        Instagram,
        25_000,
        Some(&a),
        Niche::Tech,
        &[(Reel, 3), (Story, 5)],
        terms(Usage::Days90, 2, Exclusivity::Days30, true),
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
        ]
    );
    for line in &fee.working {
        assert!(
            !line.label.is_empty() && !line.source.name.is_empty(),
            "{line:?}"
        );
    }
    let factor_of = |step: Step| {
        fee.working
            .iter()
            .rev()
            .find(|l| l.step == step)
            .and_then(|l| match l.value {
                Value::Factor(f) => Some(f),
                _ => None,
            })
    };
    assert_eq!(factor_of(Step::Engagement), Some(fee.engagement));
    assert_eq!(factor_of(Step::Niche), Some(1.3));
    let Some(Value::UsdRange(base)) = fee.working.first().map(|l| l.value) else {
        panic!("the first line is the base range");
    };
    let c = &fee.base.consensus;
    assert_eq!(
        (base.low, base.typical, base.high),
        (c.low, c.typical, c.high)
    );
}

#[test]
fn the_engagement_note_names_the_bounds_the_model_uses() {
    let t = typical(Instagram, 25_000, RateKind::PerFollower).expect("a range");
    let a = assess(
        Instagram,
        Some(25_000),
        &rates(RateKind::PerFollower, t.centre()),
    );
    let fee = fee_with(
        Instagram,
        25_000,
        Some(&a),
        Niche::Other,
        &[],
        Terms::default(),
    );
    let note = &fee
        .working
        .iter()
        .find(|l| l.step == Step::Engagement)
        .expect("an engagement line")
        .note;
    for part in ["10%", "0.6x", "2x"] {
        assert!(note.contains(part), "{part} not in {note}");
    }
}

// ---------------------------------------------------------------------------
// The table for the issue
// ---------------------------------------------------------------------------

#[test]
#[ignore = "prints the fee table: cargo test --test fee print_fee_table -- --ignored --nocapture"]
fn print_fee_table() {
    let rows: [(Platform, u64); 12] = [
        (Instagram, 1_000),
        (Instagram, 5_000),
        (Instagram, 25_000),
        (Instagram, 100_000),
        (Instagram, 1_000_000),
        (Instagram, 5_000_000),
        (TikTok, 10_000),
        (TikTok, 100_000),
        (TikTok, 1_000_000),
        (YouTube, 10_000),
        (YouTube, 100_000),
        (YouTube, 1_000_000),
    ];
    println!("| Platform | Followers | Low | Typical | High | Methods (n) min-max |");
    println!("|---|---:|---:|---:|---:|---|");
    for (platform, followers) in rows {
        let fee = with_terms(platform, followers, Terms::default());
        let c = &fee.base.consensus;
        println!(
            "| {} | {followers} | {:.0} | {:.0} | {:.0} | ({}) {:.0}-{:.0} |",
            platform.name(),
            fee.low,
            fee.typical,
            fee.high,
            fee.base.figures.len(),
            c.min,
            c.max
        );
    }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn any_platform() -> impl Strategy<Value = Platform> {
    proptest::sample::select(Platform::ALL)
}

fn followers() -> impl Strategy<Value = u64> {
    prop_oneof![1u64..2_000_000, 1u64..=10_000_000_000]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn more_followers_never_lower_the_base_consensus(
        platform in any_platform(),
        a in followers(),
        b in followers(),
    ) {
        let (small, large) = (a.min(b), a.max(b));
        let s = base_price(platform, small).unwrap().consensus;
        let l = base_price(platform, large).unwrap().consensus;
        prop_assert!(s.low <= l.low && s.typical <= l.typical && s.high <= l.high,
            "{platform:?} {small} -> {large}: {s:?} {l:?}");
    }

    #[test]
    fn one_more_follower_never_moves_the_fee_by_half_a_percent(
        platform in any_platform(),
        f in 1u64..10_000_000_000,
    ) {
        let a = with_terms(platform, f, Terms::default());
        let b = with_terms(platform, f + 1, Terms::default());
        prop_assert!((b.typical / a.typical - 1.0).abs() < 0.005);
        prop_assert!((b.low / a.low - 1.0).abs() < 0.005);
        prop_assert!((b.high / a.high - 1.0).abs() < 0.005);
    }

    #[test]
    fn the_engagement_factor_never_falls_as_the_rate_rises(
        a in 0.0..1e3f64,
        b in 0.0..1e3f64,
        floor in 0.01..10.0f64,
        width in 1.0..10.0f64,
    ) {
        let t = Typical { kind: RateKind::PerFollower, floor, ceiling: floor * width, contributions: Vec::new() };
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(factor(lo, &t) <= factor(hi, &t));
        prop_assert!((ENGAGEMENT_FLOOR..=ENGAGEMENT_CAP).contains(&factor(a, &t)));
    }
}
