//! Hostile input at a high case count: every parser and decoder that user text
//! or a URL reaches, fed arbitrary strings and byte soups. None may panic, and
//! no number the page would show may be NaN or infinite.
#![cfg(not(target_arch = "wasm32"))]

use influencer_rate_calculator::calc::choice::Choice;
use influencer_rate_calculator::calc::currency::Currency;
use influencer_rate_calculator::calc::deliverable::{parse_deliverables, MAX_QUANTITY};
use influencer_rate_calculator::calc::fee::{
    parse_flag, read_whitelist, FeeEstimate, MAX_WHITELIST_MONTHS,
};
use influencer_rate_calculator::calc::format::{shown_money, Rounding};
use influencer_rate_calculator::calc::input::{
    parse_count, parse_positive, parse_post_list, MAX_COUNT,
};
use influencer_rate_calculator::calc::platform::Platform;
use influencer_rate_calculator::calc::{evaluate, Report};
use influencer_rate_calculator::query::Query;
use influencer_rate_calculator::state::{parse_accent, Key, State};
use proptest::prelude::*;

const CASES: u32 = 20_000;

/// Text that looks like what people paste: digits, separators, suffixes,
/// signs, words and odd Unicode, in any order.
fn pasted() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[0-9 ,._'+\\-−kKmMbB\u{a0}\u{202f}\u{2009}%$eE]{0,12}( ?(followers|likes|k|million|bn|abc|∞|NaN))?",
    )
    .expect("a valid pattern")
}

fn byte_soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<u8>(), 0..300)
        .prop_map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Any text at all: pasted-looking, arbitrary printable, or byte soup.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![pasted(), "\\PC{0,80}", byte_soup()]
}

#[track_caller]
fn finite(what: &str, v: f64) {
    assert!(v.is_finite(), "{what} is {v}");
}

#[track_caller]
fn report_is_finite(report: &Report) {
    let r = &report.rates;
    for rate in [r.per_follower, r.extended, r.per_view]
        .into_iter()
        .flatten()
    {
        assert!(rate.is_finite() && rate >= 0.0, "rate {rate}");
    }
    if let Some((_, value)) = report.assessment.rate {
        finite("judged rate", value);
    }
    if let Some(t) = &report.assessment.typical {
        finite("typical floor", t.floor);
        finite("typical ceiling", t.ceiling);
        assert!(t.floor <= t.ceiling, "{} > {}", t.floor, t.ceiling);
        finite("typical centre", t.centre());
        if let Some(d) = t.disagreement() {
            finite("disagreement", d);
        }
        for c in &t.contributions {
            for v in [c.low, c.typical, c.high, c.presence] {
                finite("contribution", v);
            }
        }
    }
    if let Some(p) = &report.per_post {
        finite("per-post median", p.median);
        finite("per-post mean", p.mean);
    }
}

#[track_caller]
fn fee_is_finite(fee: &FeeEstimate, currency: Currency) {
    for (what, v) in [
        ("low", fee.low),
        ("typical", fee.typical),
        ("high", fee.high),
    ] {
        assert!(v.is_finite() && v > 0.0, "fee {what} is {v}");
    }
    assert!(
        fee.low <= fee.typical && fee.typical <= fee.high,
        "{:?}",
        fee.range()
    );
    finite("engagement", fee.engagement);
    for f in &fee.base.figures {
        assert!(
            f.usd.is_finite() && f.usd > 0.0,
            "{}: {}",
            f.method.label,
            f.usd
        );
    }
    let c = &fee.base.consensus;
    for v in [c.low, c.typical, c.high, c.min, c.max] {
        finite("consensus", v);
    }
    for item in fee.items() {
        for v in [item.each.low, item.each.typical, item.each.high] {
            finite("item", v);
        }
    }
    let low = shown_money(currency.from_usd(fee.low), currency, Rounding::Down);
    let typical = shown_money(currency.from_usd(fee.typical), currency, Rounding::Nearest);
    let high = shown_money(currency.from_usd(fee.high), currency, Rounding::Up);
    for v in [low, typical, high] {
        assert!(v.is_finite() && v > 0.0, "shown {v}");
    }
    assert!(
        low <= typical && typical <= high,
        "shown {low} {typical} {high}"
    );
}

/// Everything the page derives from a decoded query, as the app derives it.
fn page_from(query: &Query) {
    let state = State::from_query(query, "en-GB");
    let report = evaluate(&state.inputs());
    report_is_finite(&report);
    let _ = state.terms();
    let _ = state.to_query();
    if let Some(fee) = state.quote(&report) {
        fee_is_finite(&fee, state.currency);
    } else {
        assert_eq!(
            report.followers, None,
            "no quote although followers are known"
        );
    }
}

/// The query a browser reads from `search`; `None` where the text is not a
/// decodable query at all (the browser would then give no parameters).
fn decode(search: &str) -> Option<Query> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(search)
        .ok()
        .map(Query::from_pairs)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn counts_never_panic_and_stay_in_range(text in any_text()) {
        if let Ok(Some(n)) = parse_count(&text) {
            prop_assert!(n <= MAX_COUNT);
        }
        if let Ok(Some(n)) = parse_positive(&text) {
            prop_assert!((1..=MAX_COUNT).contains(&n));
        }
    }

    #[test]
    fn per_post_lists_never_panic(text in prop_oneof![byte_soup(), "([0-9,. kK]{0,8}[,;\\t|]){0,6}\\n?{0,3}"]) {
        if let Ok(posts) = parse_post_list(&text) {
            for p in posts {
                prop_assert!(p.likes <= MAX_COUNT && p.comments <= MAX_COUNT);
            }
        }
    }

    #[test]
    fn deal_values_never_panic(text in prop_oneof![any_text(), "[a-zA-Z:0-9,\\- ]{0,40}"]) {
        for &platform in Platform::ALL {
            let (items, _) = parse_deliverables(&text, platform);
            for (d, q) in items {
                prop_assert_eq!(d.platform(), platform);
                prop_assert!(q <= MAX_QUANTITY);
            }
        }
        let (months, _) = read_whitelist(&text);
        prop_assert!(months <= MAX_WHITELIST_MONTHS);
        let _ = parse_flag(&text);
    }

    #[test]
    fn accents_are_only_ever_hex_colours(text in any_text()) {
        if let Some(colour) = parse_accent(&text) {
            prop_assert!(colour.len() == 4 || colour.len() == 7, "{}", colour);
            prop_assert!(colour.starts_with('#'));
            prop_assert!(colour[1..].bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        }
    }

    #[test]
    fn choices_and_locales_never_panic(text in any_text()) {
        let _ = Platform::from_id(&text);
        let _ = Currency::from_code(&text);
        let currency = Currency::default_for_locale(&text);
        prop_assert!(currency.per_usd().is_finite() && currency.per_usd() > 0.0);
    }

    #[test]
    fn any_address_gives_a_page_with_only_finite_numbers(search in prop_oneof![byte_soup(), "\\PC*"]) {
        if let Some(query) = decode(&search) {
            page_from(&query);
        }
        // The raw text as one value of every key, undecoded.
        let pairs = Key::ALL.iter().map(|k| (k.id().to_owned(), search.clone())).collect();
        page_from(&Query::from_pairs(pairs));
    }

    #[test]
    fn any_values_in_every_parameter_give_only_finite_numbers(
        values in proptest::collection::vec(any_text(), Key::ALL.len())
    ) {
        let pairs: Vec<(&str, &str)> = Key::ALL
            .iter()
            .map(|k| k.id())
            .zip(values.iter().map(String::as_str))
            .collect();
        let search = serde_urlencoded::to_string(&pairs).expect("encodable");
        let query = decode(&search).expect("what was encoded decodes");
        page_from(&query);
    }

    #[test]
    fn plausible_values_in_every_parameter_give_only_finite_numbers(
        values in proptest::collection::vec(prop_oneof![
            pasted(),
            proptest::sample::select(vec![
                "instagram", "tiktok", "youtube", "x", "facebook", "linkedin", "pinterest", "blog",
                "1", "0", "finance", "izea", "EUR", "JPY", "perpetual", "90d", "30d",
                "reel:3,story:5", "integration:2,short:100", "video:0", "12.5K", "0.5", "1e300",
            ]).prop_map(str::to_owned),
        ], Key::ALL.len())
    ) {
        let pairs: Vec<(&str, &str)> = Key::ALL
            .iter()
            .map(|k| k.id())
            .zip(values.iter().map(String::as_str))
            .collect();
        let search = serde_urlencoded::to_string(&pairs).expect("encodable");
        page_from(&decode(&search).expect("what was encoded decodes"));
    }
}

/// A decimal count with a multiplier is exact: the same result as working
/// with the fraction as a whole number over a power of ten in u128, for long
/// and short digits, trailing zeros and every multiplier.
#[test]
fn a_decimal_count_times_a_multiplier_is_exact() {
    use influencer_rate_calculator::calc::input::InputError;
    let ints = [
        "",
        "0",
        "1",
        "12",
        "999",
        "0012",
        "4294967296",
        "18446744073709551615",
    ];
    let long_ints = [
        "99999999999999999999",
        "123456789012345678901",
        "000000000000000000000001",
    ];
    let fracs = [
        "",
        "0",
        "5",
        "25",
        "1250",
        "000",
        "1000",
        "123456",
        "123456789",
    ];
    let long_fracs = [
        "1234567890",
        "50000000000000000000000",
        "000000000000000000000001",
    ];
    let multipliers = [("k", 1_000_u64), ("m", 1_000_000), ("bn", 1_000_000_000)];
    for int in ints.iter().chain(&long_ints) {
        for frac in fracs.iter().chain(&long_fracs) {
            for (word, multiplier) in multipliers {
                if int.is_empty() && frac.is_empty() {
                    continue;
                }
                let text = if frac.is_empty() {
                    format!("{int}{word}")
                } else {
                    format!("{int}.{frac}{word}")
                };
                let digits = int.trim_start_matches('0');
                let frac = frac.trim_end_matches('0');
                let want = if digits.len() > 20 {
                    Err(InputError::TooLarge)
                } else if frac.len() > 20 {
                    Err(InputError::Fractional)
                } else {
                    let whole: u128 = digits.parse().unwrap_or(0);
                    let numerator: u128 = frac.parse().unwrap_or(0);
                    let denominator = 10_u128.pow(u32::try_from(frac.len()).unwrap());
                    let scaled = numerator * u128::from(multiplier);
                    if scaled.is_multiple_of(denominator) {
                        let total = whole * u128::from(multiplier) + scaled / denominator;
                        u64::try_from(total)
                            .ok()
                            .filter(|&t| t <= MAX_COUNT)
                            .map(Some)
                            .ok_or(InputError::TooLarge)
                    } else {
                        Err(InputError::Fractional)
                    }
                };
                assert_eq!(parse_count(&text), want, "{text:?}");
            }
        }
    }
}
