//! Hostile input at a high case count: every parser and decoder that user text
//! or a URL reaches, fed arbitrary strings and byte soups. None may panic, and
//! no number the page would show may be NaN or infinite.
#![cfg(not(target_arch = "wasm32"))]

use influencer_rate_calculator::calc::deliverable::parse_deliverables;
use influencer_rate_calculator::calc::fee::{estimate, parse_rush, read_whitelist, FeeInputs};
use influencer_rate_calculator::calc::input::{parse_count, parse_post_list, MAX_COUNT};
use influencer_rate_calculator::calc::platform::Platform;
use influencer_rate_calculator::calc::{evaluate, Report};
use influencer_rate_calculator::query::Query;
use influencer_rate_calculator::state::State;
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

#[track_caller]
fn all_finite(report: &Report) {
    let rates = [
        report.rates.per_follower,
        report.rates.extended,
        report.rates.per_view,
    ];
    for rate in rates.into_iter().flatten() {
        assert!(rate.is_finite() && rate >= 0.0, "{rate}");
    }
    if let Some((_, value)) = report.assessment.rate {
        assert!(value.is_finite());
    }
    if let Some((low, high)) = report.assessment.typical_range {
        assert!(low.is_finite() && high.is_finite() && low <= high);
    }
    if let Some(d) = report.assessment.disagreement {
        assert!(d.is_finite());
    }
}

/// Everything the page derives from a URL, as the app derives it.
fn page_from(search: &str) {
    let state = State::from_query(&Query::parse(search), "en-GB");
    let report = evaluate(&state.inputs());
    all_finite(&report);
    let quantities = state.quantities();
    let (terms, _) = state.terms();
    if let Some(followers) = report.followers {
        let fee = estimate(&FeeInputs {
            platform: state.platform,
            followers,
            engagement: report.rates.per_follower,
            niche: state.niche,
            deliverables: &quantities,
            terms,
        });
        let shown = fee.shown(state.currency);
        for v in [
            fee.low,
            fee.typical,
            fee.high,
            shown.low,
            shown.typical,
            shown.high,
        ] {
            assert!(v.is_finite() && v > 0.0, "{v}");
        }
        assert!(shown.low <= shown.typical && shown.typical <= shown.high);
        for item in fee.items() {
            assert!(item.each.typical.is_finite());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn counts_never_panic_and_stay_in_range(text in prop_oneof![pasted(), "\\PC*", byte_soup()]) {
        if let Ok(Some(n)) = parse_count(&text) {
            prop_assert!(n <= MAX_COUNT);
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
    fn deal_values_never_panic(text in prop_oneof![byte_soup(), "[a-z:0-9,\\-]{0,40}"]) {
        for platform in Platform::ALL {
            let _ = parse_deliverables(&text, platform);
        }
        let (months, _) = read_whitelist(&text);
        prop_assert!(months <= 24);
        let _ = parse_rush(&text);
    }

    #[test]
    fn any_address_gives_a_page_with_only_finite_numbers(search in prop_oneof![byte_soup(), "\\PC*"]) {
        page_from(&search);
    }

    #[test]
    fn any_values_in_every_parameter_give_only_finite_numbers(
        values in proptest::collection::vec(prop_oneof![pasted(), byte_soup()], 17)
    ) {
        const KEYS: [&str; 17] = [
            "platform", "followers", "likes", "comments", "shares", "saves", "views", "posts",
            "list", "niche", "scheme", "currency", "deliverables", "usage", "whitelist",
            "exclusivity", "rush",
        ];
        let pairs: Vec<(&str, &str)> = KEYS.iter().copied().zip(values.iter().map(String::as_str)).collect();
        let search = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        page_from(&search);
    }
}
