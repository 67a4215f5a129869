#![cfg(not(target_arch = "wasm32"))]
//! Money and percentages as people type them: what a brand pastes into a
//! spend, revenue, quote or margin field, and what the page reads.

// Amounts are read by one correctly rounded decimal conversion, so equality
// with the literal is what we mean.
#![allow(clippy::float_cmp)]

use influencer_rate_calculator::calc::amount::{parse_amount, parse_percent, MAX_AMOUNT};
use influencer_rate_calculator::calc::input::InputError::{
    self, AmountTooLarge, Negative, NotANumber, OverHundred,
};
use proptest::prelude::*;

#[track_caller]
fn amount(text: &str, want: f64) {
    assert_eq!(parse_amount(text), Ok(Some(want)), "{text:?}");
}

#[track_caller]
fn amount_rejected(text: &str, want: InputError) {
    assert_eq!(parse_amount(text), Err(want), "{text:?}");
}

#[track_caller]
fn percent(text: &str, want: f64) {
    assert_eq!(parse_percent(text), Ok(Some(want)), "{text:?}");
}

#[track_caller]
fn percent_rejected(text: &str, want: InputError) {
    assert_eq!(parse_percent(text), Err(want), "{text:?}");
}

#[track_caller]
fn says(error: InputError, label: &str, want: &str) {
    assert_eq!(error.message(label), want);
}

// --- amounts as typed ---

#[test]
fn amounts_are_read_as_people_type_them() {
    amount("1200", 1200.0);
    amount(" 99 ", 99.0);
    amount("1,200.50", 1200.5);
    amount("1.200,50", 1200.5);
    amount("1 200,50", 1200.5);
    amount("0.99", 0.99);
    amount("10.123456789", 10.123_456_789);
    amount("+50", 50.0);
}

#[test]
fn a_currency_sign_code_or_name_before_or_after_is_ignored() {
    amount("€ 3 400", 3400.0);
    amount("£250,000", 250_000.0);
    amount("1.200,50 €", 1200.5);
    amount("1 200,50 €", 1200.5);
    amount("USD 1,200", 1200.0);
    amount("1200 eur", 1200.0);
    amount("GBP250", 250.0);
    amount("US$ 40", 40.0);
    amount("R$ 1.500,00", 1500.0);
    amount("₹12,34,567", 1_234_567.0);
    amount("2 500 kr", 2500.0);
    amount("300 dollars", 300.0);
    amount("1 200 zł", 1200.0);
    amount("zł 45", 45.0);
    amount("5 000 Kč", 5000.0);
}

#[test]
fn a_word_that_only_ends_in_a_currency_code_is_not_one() {
    amount_rejected("5 éeur", InputError::NotANumber);
    amount_rejected("éusd 5", InputError::NotANumber);
    amount_rejected("5 złeur", InputError::NotANumber);
}

#[test]
fn thousands_and_millions_are_understood() {
    amount("$12.5K", 12500.0);
    amount("2.5M", 2_500_000.0);
    amount("1.2 million", 1_200_000.0);
    amount("¥1bn", 1e9);
    amount("12.5k USD", 12500.0);
    amount("1000bn", MAX_AMOUNT);
}

#[test]
fn a_lone_separator_reads_as_in_counts_except_after_a_zero() {
    amount("12,50", 12.5);
    amount("1,200", 1200.0);
    amount("1.200", 1200.0);
    amount("0.125", 0.125);
    amount("0,125", 0.125);
}

#[test]
fn zero_is_an_amount_and_the_limit_is_accepted() {
    amount("0", 0.0);
    amount("-0", 0.0);
    amount("1000000000000", MAX_AMOUNT);
}

#[test]
fn an_empty_field_is_no_amount() {
    assert_eq!(parse_amount(""), Ok(None));
    assert_eq!(parse_amount("  \t "), Ok(None));
}

#[test]
fn negative_amounts_are_refused() {
    amount_rejected("-50", Negative);
    amount_rejected("-$50", Negative);
    amount_rejected("$-50", Negative);
    amount_rejected("\u{2212}€12", Negative);
}

#[test]
fn letters_and_malformed_numbers_are_refused() {
    amount_rejected("about fifty", NotANumber);
    amount_rejected("12 abc", NotANumber);
    amount_rejected("$", NotANumber);
    amount_rejected("EUR", NotANumber);
    amount_rejected("35%", NotANumber);
    amount_rejected("480 36", NotANumber);
    amount_rejected("1.2.3", NotANumber);
    amount_rejected("-abc", NotANumber);
    amount_rejected("1.5T", NotANumber);
    amount_rejected("1e6", NotANumber);
    amount_rejected("inf", NotANumber);
    amount_rejected("NaN", NotANumber);
}

#[test]
fn absurd_amounts_are_refused() {
    amount_rejected("1000000000001", AmountTooLarge);
    amount_rejected("1,000,000,000,001.50", AmountTooLarge);
    amount_rejected(&"9".repeat(400), AmountTooLarge);
}

// --- percentages ---

#[test]
fn a_margin_is_read_as_percent() {
    percent("35", 35.0);
    percent("35%", 35.0);
    percent("35 %", 35.0);
    percent("12.5", 12.5);
    percent("12,5 %", 12.5);
    percent("0", 0.0);
    percent("100%", 100.0);
    percent("40 percent", 40.0);
    percent("0.35", 0.35);
    assert_eq!(parse_percent(" "), Ok(None));
}

#[test]
fn a_margin_over_100_negative_or_in_words_is_refused() {
    percent_rejected("120", OverHundred);
    percent_rejected("100.01%", OverHundred);
    percent_rejected("12,500", OverHundred);
    percent_rejected(&"9".repeat(300), OverHundred);
    percent_rejected("-5%", Negative);
    percent_rejected("1k", NotANumber);
    percent_rejected("a third", NotANumber);
    percent_rejected("$35", NotANumber);
}

// --- messages ---

#[test]
fn messages_name_the_field() {
    says(
        AmountTooLarge,
        "Spend",
        "Spend is too large: the limit is 1 trillion",
    );
    says(
        OverHundred,
        "Gross margin",
        "Gross margin can't be more than 100%",
    );
    says(Negative, "Revenue", "Revenue can't be negative");
    says(
        NotANumber,
        "Quote",
        "Quote must be a number, like 12,500 or 12.5K",
    );
    assert_eq!(
        MAX_AMOUNT, 1_000_000_000_000.0,
        "the limit the message states"
    );
}

// --- properties ---

fn moneyish() -> impl Strategy<Value = String> {
    "[-+−]?[$€£¥₹]? ?[0-9 ,.'\u{a0}]{0,14} ?(k|K|m|M|bn|million|%|USD|eur|kr|abc)?"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn any_text_reads_as_an_amount_or_an_error(text in prop_oneof![any::<String>(), moneyish()]) {
        if let Ok(Some(v)) = parse_amount(&text) {
            prop_assert!(v.is_finite() && (0.0..=MAX_AMOUNT).contains(&v), "{text:?} -> {v}");
            prop_assert!(v.is_sign_positive());
        }
    }

    #[test]
    fn any_text_reads_as_a_percent_or_an_error(text in prop_oneof![any::<String>(), moneyish()]) {
        if let Ok(Some(v)) = parse_percent(&text) {
            prop_assert!(v.is_finite() && (0.0..=100.0).contains(&v), "{text:?} -> {v}");
        }
    }

    #[test]
    fn cents_written_either_way_agree(units in 0u64..10_000_000, cents in 0u64..100) {
        let english = format!("{units}.{cents:02}");
        let european = format!("{units},{cents:02}");
        prop_assert_eq!(parse_amount(&english), parse_amount(&european));
    }

    #[test]
    fn a_whole_amount_reads_as_the_count_does(n in 0u64..=10_000_000_000) {
        let grouped = influencer_rate_calculator::calc::input::parse_count(&n.to_string());
        #[allow(clippy::cast_precision_loss)]
        let as_float = grouped.map(|c| c.map(|c| c as f64));
        prop_assert_eq!(parse_amount(&n.to_string()), as_float);
    }
}
