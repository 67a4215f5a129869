//! The money side of the fee: the ECB rates, currencies by locale, how
//! amounts are shown, and the `deliverables` URL value. Split from `fee.rs`.
#![cfg(not(target_arch = "wasm32"))]
// Exact literals are what we mean where a value is set, not computed.
#![allow(clippy::float_cmp)]

use influencer_rate_calculator::calc::choice::Choice;
use influencer_rate_calculator::calc::currency::{Currency, AED_PER_USD, RATES_DATE};
use influencer_rate_calculator::calc::deliverable::{
    format_deliverables, parse_deliverables, Deliverable,
};
use influencer_rate_calculator::calc::format::{shown_money, Rounding};
use influencer_rate_calculator::calc::platform::Platform;
use proptest::prelude::*;

use Deliverable::{
    BlogPost, Dedicated, FacebookPost, Integration, LinkedInPost, Newsletter, Pin, Post, Reel,
    Short, Story, TikTokVideo, XPost,
};
use Platform::{Blog, Facebook, Instagram, LinkedIn, Pinterest, TikTok, YouTube, X};

#[track_caller]
fn close(got: f64, want: f64, relative: f64) {
    assert!(
        (got - want).abs() <= want.abs() * relative,
        "{got} is not within {relative} of {want}"
    );
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
fn shows(amount: f64, currency: Currency, rounding: Rounding, want: f64) {
    let got = shown_money(amount, currency, rounding);
    assert!(
        (got - want).abs() < 1e-9 * want.max(1.0),
        "{amount} {currency:?} {rounding:?}: {got}, want {want}"
    );
}

// ---------------------------------------------------------------------------
// Currencies and shown amounts
// ---------------------------------------------------------------------------

#[test]
fn rates_are_the_ecbs_of_30_october_2026() {
    assert_eq!(RATES_DATE, "2026-10-30");
    assert_eq!(Currency::Usd.per_usd(), 1.0);
    close(Currency::Eur.per_usd(), 1.0 / 1.1172, 1e-15);
    assert_eq!(Currency::Aed.per_usd(), 3.6725);
    assert_eq!(AED_PER_USD, 3.6725);
    for c in Currency::ALL.iter().copied() {
        assert!(c.has_rate(), "{c:?}");
        let r = c.per_usd();
        assert!(r.is_finite() && r > 0.0, "{c:?}: {r}");
        let there = c.from_usd(1_234.5);
        assert!(there.is_finite() && there > 0.0, "{c:?}");
        close(c.to_usd(there), 1_234.5, 1e-12);
    }
}

#[test]
fn currency_codes_read_case_insensitively() {
    assert_eq!(Currency::from_code("GBP"), Some(Currency::Gbp));
    assert_eq!(Currency::from_code("gbp"), Some(Currency::Gbp));
    assert_eq!(Currency::from_code(" eur "), Some(Currency::Eur));
    assert_eq!(Currency::from_code("XYZ"), None);
    assert_eq!(Currency::from_code(""), None);
    for c in Currency::ALL.iter().copied() {
        assert_eq!(Currency::from_code(c.code()), Some(c));
        assert!(c.code().len() == 3 && c.code().chars().all(|ch| ch.is_ascii_uppercase()));
    }
    assert_eq!(Currency::Jpy.decimals(), 0);
    assert_eq!(Currency::Gbp.decimals(), 2);
}

#[test]
fn the_default_currency_follows_the_locales_region() {
    locale("en-GB", Currency::Gbp);
    locale("en_GB", Currency::Gbp);
    locale("en-gb", Currency::Gbp);
    locale("en-US", Currency::Usd);
    locale("de-DE", Currency::Eur);
    locale("bg-BG", Currency::Eur);
    locale("fr-CA", Currency::Cad);
    locale("en-AU", Currency::Aud);
    locale("hi-IN", Currency::Inr);
    locale("ja-JP", Currency::Jpy);
    locale("de-CH", Currency::Chf);
    locale("pt-BR", Currency::Brl);
    locale("pt-PT", Currency::Eur);
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
    locale("pt-AO", Currency::Usd);
    locale("x-private", Currency::Usd);
    locale("ja", Currency::Jpy);
    locale("sv", Currency::Sek);
    locale("pl", Currency::Pln);
}

#[test]
fn shown_money_keeps_three_significant_figures_low_down_high_up() {
    use Rounding::{Down, Nearest, Up};
    shows(1_234.5, Currency::Usd, Nearest, 1_230.0);
    shows(1_234.5, Currency::Usd, Down, 1_230.0);
    shows(1_234.5, Currency::Usd, Up, 1_240.0);
    shows(1_230.0, Currency::Usd, Up, 1_230.0);
    shows(1_230.0, Currency::Usd, Down, 1_230.0);
    shows(12.345, Currency::Usd, Down, 12.3);
    shows(12.345, Currency::Usd, Up, 12.4);
    shows(0.1234, Currency::Usd, Nearest, 0.12);
    shows(0.1234, Currency::Usd, Up, 0.13);
    shows(999.6, Currency::Usd, Nearest, 1_000.0);
    shows(999.6, Currency::Usd, Down, 999.0);
    shows(123_456.0, Currency::Jpy, Down, 123_000.0);
    shows(123_456.0, Currency::Jpy, Up, 124_000.0);
    shows(12.6, Currency::Jpy, Down, 12.0);
    shows(12.6, Currency::Jpy, Up, 13.0);
    shows(9_876_543.0, Currency::Inr, Nearest, 9_880_000.0);
}

#[test]
fn shown_money_is_never_below_one_minor_unit() {
    for rounding in [Rounding::Down, Rounding::Nearest, Rounding::Up] {
        shows(0.004, Currency::Usd, rounding, 0.01);
        shows(0.0, Currency::Usd, rounding, 0.01);
        shows(-5.0, Currency::Usd, rounding, 0.01);
        shows(f64::NAN, Currency::Eur, rounding, 0.01);
        shows(f64::INFINITY, Currency::Eur, rounding, 0.01);
        shows(0.2, Currency::Jpy, rounding, 1.0);
    }
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
        "reel:2,story,reel:3",
        Instagram,
        &[(Reel, 5), (Story, 1)],
        &[],
    );
    parses(",,reel:2,,", Instagram, &[(Reel, 2)], &[]);
    // A quantity of 0 is kept: a package of nothing is a choice.
    parses("reel:0,post", Instagram, &[(Reel, 0), (Post, 1)], &[]);
    parses("post:0", Instagram, &[(Post, 0)], &[]);
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
    assert_eq!(format_deliverables(&[(Post, 0)]), "post:0");
    assert_eq!(format_deliverables(&[]), "");
}

#[test]
fn every_deliverable_belongs_to_one_platform_and_reads_back_from_its_id() {
    let mut seen = Vec::new();
    for platform in Platform::ALL.iter().copied() {
        let offered: Vec<_> = Deliverable::for_platform(platform).collect();
        assert_eq!(offered.first(), Some(&Deliverable::default_for(platform)));
        for d in offered {
            assert_eq!(d.platform(), platform);
            assert!(!seen.contains(&d), "{d:?} offered twice");
            seen.push(d);
        }
    }
    assert_eq!(seen.len(), Deliverable::ALL.len());
    for d in Deliverable::ALL.iter().copied() {
        assert_eq!(Deliverable::from_id(d.id()), Some(d));
        assert_eq!(Deliverable::from_id(&d.id().to_uppercase()), Some(d));
    }
}

fn any_platform() -> impl Strategy<Value = Platform> {
    proptest::sample::select(Platform::ALL)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]
    #[test]
    fn the_shown_range_contains_the_computed_one(
        amount in 1e-3..1e12f64,
        currency in proptest::sample::select(Currency::ALL),
    ) {
        let down = shown_money(amount, currency, Rounding::Down);
        let up = shown_money(amount, currency, Rounding::Up);
        let unit = 10f64.powi(-i32::from(currency.decimals()));
        prop_assert!(down <= amount * (1.0 + 1e-9) || down == unit, "{amount} down {down}");
        prop_assert!(up >= amount * (1.0 - 1e-9), "{amount} up {up}");
        prop_assert!(down >= unit && up >= unit);
        prop_assert!(down <= up);
        // Within one step of three significant figures.
        prop_assert!(up <= (amount * 1.01).max(unit) + 1e-9);
    }

    #[test]
    fn a_larger_amount_never_shows_smaller(
        a in 0.0..1e9f64,
        b in 0.0..1e9f64,
        currency in proptest::sample::select(Currency::ALL),
    ) {
        let (lo, hi) = (a.min(b), a.max(b));
        for rounding in [Rounding::Down, Rounding::Nearest, Rounding::Up] {
            prop_assert!(shown_money(lo, currency, rounding) <= shown_money(hi, currency, rounding),
                "{lo} {hi} {rounding:?}");
        }
    }

    #[test]
    fn formatted_deliverables_read_back_unchanged(
        platform in any_platform(),
        quantities in proptest::collection::vec(0u32..=100, 4),
    ) {
        let items: Vec<(Deliverable, u32)> = Deliverable::for_platform(platform)
            .zip(quantities)
            .collect();
        let (back, problems) = parse_deliverables(&format_deliverables(&items), platform);
        prop_assert_eq!(back, items);
        prop_assert!(problems.is_empty());
    }
}
