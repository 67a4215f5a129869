#![cfg(not(target_arch = "wasm32"))]
//! What people type into count fields and the per-post list, and the exact
//! message beside a field that cannot be read.
//! One line per case, through the `#[track_caller]` helpers in `common`, so a
//! failure points at the case.

// Rates are one correctly rounded division (`part * 100 / whole`), so where
// the true value is a terminating decimal, exact equality with the literal is
// what we mean; elsewhere the helpers compare with a stated tolerance.
#![allow(clippy::float_cmp)]
// fend-style: a test is a list of one-line cases, so its length is its coverage.
#![allow(clippy::too_many_lines)]
#![allow(clippy::wildcard_imports)]

mod common;
use common::*;

// ---------------------------------------------------------------------------
// 1. Parsing what people type
// ---------------------------------------------------------------------------

#[test]
fn plain_numbers_are_read_as_typed() {
    count("0", 0);
    count("1", 1);
    count("5", 5);
    count("480", 480);
    count("12500", 12_500);
    count("007", 7);
    count("1000000", 1_000_000);
    count("9999999999", 9_999_999_999);
    count("10000000000", 10_000_000_000);
    count("  42  ", 42);
    count("\t42\n", 42);
}

#[test]
fn thousands_separators_are_ignored() {
    count("1,200", 1_200);
    count("12,500", 12_500);
    count("999,999", 999_999);
    count("1,234,567", 1_234_567);
    count("10,000,000,000", 10_000_000_000);
    count("1 200", 1_200);
    count("12 500", 12_500);
    count("1 234 567", 1_234_567);
    count(" 3 400 ", 3_400);
    count("1\u{a0}200", 1_200);
    count("1\u{a0}234\u{a0}567", 1_234_567);
    count("1\u{202f}200", 1_200);
    count("1\u{202f}234\u{202f}567", 1_234_567);
    count("1\u{2009}200", 1_200);
    count("1'200", 1_200);
    count("1\u{2019}200", 1_200);
    count("1_200", 1_200);
    count("\u{a0}3\u{a0}400\u{a0}", 3_400);
}

#[test]
fn a_dot_before_three_digits_is_grouping_not_a_decimal() {
    count("1.200", 1_200);
    count("12.500", 12_500);
    count("1.234.567", 1_234_567);
    count("10.000.000.000", 10_000_000_000);
}

#[test]
fn spaces_group_digits_in_threes_like_commas_do() {
    count("12 500", 12_500);
    count("1  200", 1_200);
    count("12 50 000", 1_250_000);
    count("1'234'567", 1_234_567);
    count("1 234.5K", 1_234_500);
    count("1 234,5K", 1_234_500);
    rejects("480 36", NotANumber);
    rejects("1 2", NotANumber);
    rejects("1 2 3", NotANumber);
    rejects("12 3456", NotANumber);
    rejects("1234 567", NotANumber);
    rejects("12 345 6", NotANumber);
    rejects("1'23", NotANumber);
    rejects("1_2", NotANumber);
    rejects("12 . 5k", NotANumber);
}

#[test]
fn indian_grouping_is_understood() {
    count("12,50,000", 1_250_000);
    count("1,00,000", 100_000);
    count("1,00,00,000", 10_000_000);
    count("99,99,999", 9_999_999);
    count("1,23,45,678", 12_345_678);
}

#[test]
fn k_m_and_b_suffixes_multiply() {
    count("12.5K", 12_500);
    count("12.5k", 12_500);
    count("12K", 12_000);
    count("12 k", 12_000);
    count("12.5 K", 12_500);
    count("1.2M", 1_200_000);
    count("1.2m", 1_200_000);
    count("1.25M", 1_250_000);
    count("0.5M", 500_000);
    count("3M", 3_000_000);
    count("1B", 1_000_000_000);
    count("1.5b", 1_500_000_000);
    count("10B", 10_000_000_000);
    count("1.234K", 1_234);
    count(".5k", 500);
    count(".5 M", 500_000);
    count("0.001K", 1);
    count("0k", 0);
    count("1.000K", 1_000);
}

#[test]
fn multiplier_words_multiply() {
    count("1.2 million", 1_200_000);
    count("1.2 Million", 1_200_000);
    count("2 thousand", 2_000);
    count("2.5 billion", 2_500_000_000);
    count("1.5 mln", 1_500_000);
    count("1.5mil", 1_500_000);
    count("3 mio", 3_000_000);
    count("3 Mio", 3_000_000);
    count("2mn", 2_000_000);
    count("2 bn", 2_000_000_000);
    count("10 billion", 10_000_000_000);
}

#[test]
fn a_comma_before_a_suffix_is_a_decimal_comma() {
    count("12,5K", 12_500);
    count("1,5M", 1_500_000);
    count("1,25 million", 1_250_000);
    count(",5k", 500);
}

#[test]
fn a_separator_before_three_digits_and_a_suffix_is_a_decimal() {
    // Documented in input.rs: before a suffix a single separator is a decimal
    // sign, so "1,200K" is 1.2 thousand (a European decimal comma).
    count("1.200K", 1_200);
    count("1,200K", 1_200);
    count("12,345K", 12_345);
}

#[test]
fn both_separators_mean_grouping_then_decimal() {
    count("1.234,5K", 1_234_500);
    count("1,234.5K", 1_234_500);
    count("1 234.5K", 1_234_500);
    count("1.234,5M", 1_234_500_000);
    count("1,234.5M", 1_234_500_000);
    count("1 234 567,891K", 1_234_567_891);
    count("1,234.000", 1_234);
    count("1.234,000", 1_234);
}

#[test]
fn words_after_the_number_are_ignored() {
    count("12k followers", 12_000);
    count("12K Followers", 12_000);
    count("12k\u{a0}followers", 12_000);
    count("12k\tfollowers", 12_000);
    count("12k   followers", 12_000);
    count("1 follower", 1);
    count("1.2 million followers", 1_200_000);
    count("2.5M subscribers", 2_500_000);
    count("800 subs", 800);
    count("480 likes", 480);
    count("1 like", 1);
    count("36 comments", 36);
    count("12 replies", 12);
    count("40 shares", 40);
    count("3 reposts", 3);
    count("3 retweets", 3);
    count("20 saves", 20);
    count("20 bookmarks", 20);
    count("1 200 views", 1_200);
    count("50K plays", 50_000);
    count("9,000 impressions", 9_000);
    count("4.5K opens", 4_500);
    count("300 readers", 300);
    count("500 connections", 500);
    count("40 reactions", 40);
    count("12 fans", 12);
    count("12 posts", 12);
    count("30 pins", 30);
    count("+12k followers", 12_000);
}

#[test]
fn a_plus_sign_and_minus_zero_are_allowed() {
    count("+5", 5);
    count("+ 5", 5);
    count("+1,200", 1_200);
    count("+12.5K", 12_500);
    count("-0", 0);
    count("- 0", 0);
    count("\u{2212}0", 0);
    count("-0k", 0);
    count("-0.0", 0);
}

#[test]
fn blank_text_is_no_value_not_an_error() {
    empty("");
    empty(" ");
    empty("   ");
    empty("\t");
    empty("\n");
    empty("\r\n");
    empty("\u{a0}");
    empty("\u{202f}");
    empty(" \u{a0}\t ");
}

#[test]
fn negative_counts_are_rejected() {
    rejects("-5", Negative);
    rejects("\u{2212}5", Negative);
    rejects("-12k", Negative);
    rejects("-12K", Negative);
    rejects("- 5", Negative);
    rejects("-1,200", Negative);
    rejects("-1 200", Negative);
    rejects("-1.5", Negative);
    rejects("-0.5k followers", Negative);
    rejects("-abc", NotANumber);
    rejects("\u{2212}12.5K", Negative);
    rejects("-1.2 million", Negative);
    rejects("-5 followers", Negative);
    rejects("  -5  ", Negative);
    rejects("-99999999999999", Negative);
    rejects("-1", Negative);
}

#[test]
fn letters_and_symbols_are_not_a_number() {
    rejects("abc", NotANumber);
    rejects("twelve", NotANumber);
    rejects("12 apples", NotANumber);
    rejects("1e6", NotANumber);
    rejects("1E6", NotANumber);
    rejects("12abc", NotANumber);
    rejects("abc12", NotANumber);
    rejects("k", NotANumber);
    rejects("m", NotANumber);
    rejects("K followers", NotANumber);
    rejects("followers", NotANumber);
    rejects("million", NotANumber);
    rejects("-", NotANumber);
    rejects("+", NotANumber);
    rejects("\u{2212}", NotANumber);
    rejects(".", NotANumber);
    rejects(",", NotANumber);
    rejects(".k", NotANumber);
    rejects("1..2", NotANumber);
    rejects("1.2.3", NotANumber);
    rejects("1,2,3", NotANumber);
    rejects("1,,000", NotANumber);
    rejects("1,2345,678", NotANumber);
    rejects("12kk", NotANumber);
    rejects("12k+", NotANumber);
    rejects("~12K", NotANumber);
    rejects("$500", NotANumber);
    rejects("500$", NotANumber);
    rejects("50%", NotANumber);
    rejects("0x10", NotANumber);
    rejects("NaN", NotANumber);
    rejects("inf", NotANumber);
    rejects("infinity", NotANumber);
    rejects("\u{221e}", NotANumber);
    rejects("--5", NotANumber);
    rejects("+-5", NotANumber);
    rejects("5-", NotANumber);
    rejects("1-2", NotANumber);
    rejects("12kfollowers", NotANumber);
    rejects("12k followers followers", NotANumber);
    rejects("\u{661}\u{662}", NotANumber);
    rejects("\u{ff11}\u{ff12}", NotANumber);
    rejects("1\t200", NotANumber);
    rejects("12k apples", NotANumber);
}

#[test]
fn fractions_of_a_person_are_rejected() {
    rejects("1.5", Fractional);
    rejects("0.5", Fractional);
    rejects("1,5", Fractional);
    rejects("12.34", Fractional);
    rejects("1,000.5", Fractional);
    rejects("12.3456K", Fractional);
    rejects("1.0001K", Fractional);
    rejects("1.2345678M", Fractional);
    rejects("0.0000001M", Fractional);
    rejects("0.0001k", Fractional);
    rejects("1.5 followers", Fractional);
    rejects("0.00000000000000000001B", Fractional);
    rejects("0.000000000000000000000001B", Fractional);
    rejects("1.000000000000000000000000001", Fractional);
}

#[test]
fn whole_numbers_with_decimal_zeros_are_accepted() {
    count("5.0", 5);
    count("5.", 5);
    count("12.50K", 12_500);
    count("1.20M", 1_200_000);
    count("1.500000000000000000000000000K", 1_500);
}

#[test]
fn counts_above_ten_billion_are_too_large() {
    count("10000000000", MAX_COUNT);
    count("10B", MAX_COUNT);
    count("10000M", MAX_COUNT);
    count("10000000K", MAX_COUNT);
    rejects("10000000001", TooLarge);
    rejects("10,000,000,001", TooLarge);
    rejects("10.000000001B", TooLarge);
    rejects("10000001K", TooLarge);
    rejects("11B", TooLarge);
    rejects("11 billion", TooLarge);
    rejects("10001M", TooLarge);
    rejects("18446744073709551615", TooLarge);
    rejects("18446744073709551616", TooLarge);
    rejects("99999999999999999999", TooLarge);
    rejects("99999999999999999999k", TooLarge);
    rejects("99999999999999999999b", TooLarge);
    rejects("999999999999999999999999999999", TooLarge);
    rejects("100000000000000000000000000000", TooLarge);
    rejects("123,456,789,012,345,678,901,234,567,890", TooLarge);
    rejects(&"9".repeat(1_000), TooLarge);
    rejects(&format!("{}B", "9".repeat(200)), TooLarge);
}

#[test]
fn the_limit_in_the_message_is_the_limit_parsing_applies() {
    message(
        TooLarge,
        "Followers",
        &format!("Followers is too large: the limit is {MAX_COUNT_BILLIONS} billion"),
    );
    count(&format!("{MAX_COUNT_BILLIONS} billion"), MAX_COUNT);
    rejects(&format!("{MAX_COUNT_BILLIONS}.000000001 billion"), TooLarge);
    rejects(&format!("{} billion", MAX_COUNT_BILLIONS + 1), TooLarge);
}

#[test]
fn leading_zeros_do_not_make_a_count_large() {
    count(&format!("{}5", "0".repeat(100)), 5);
    count(&format!("{}1.5K", "0".repeat(40)), 1_500);
}

#[test]
fn followers_posts_and_views_must_be_at_least_one() {
    rejects_positive("0", Zero);
    rejects_positive("0k", Zero);
    rejects_positive("000", Zero);
    rejects_positive("-0", Zero);
    rejects_positive("0 followers", Zero);
    rejects_positive("0.0M", Zero);
    positive("1", 1);
    positive("12.5K", 12_500);
    positive("10B", MAX_COUNT);
    rejects_positive("-5", Negative);
    rejects_positive("abc", NotANumber);
    rejects_positive("1.5", Fractional);
    rejects_positive("11B", TooLarge);
}

#[test]
fn each_error_has_a_message_for_people() {
    message(
        NotANumber,
        "Followers",
        "Followers must be a number, like 12,500 or 12.5K",
    );
    message(Negative, "Followers", "Followers can't be negative");
    message(Fractional, "Followers", "Followers must be a whole number");
    message(
        TooLarge,
        "Followers",
        "Followers is too large: the limit is 10 billion",
    );
    message(Zero, "Followers", "Followers must be at least 1");
    message(Negative, "Subscribers", "Subscribers can't be negative");
    message(Zero, "Posts", "Posts must be at least 1");
}

#[test]
fn an_error_without_a_field_says_this_value() {
    assert_eq!(
        NotANumber.to_string(),
        "This value must be a number, like 12,500 or 12.5K"
    );
    assert_eq!(Negative.to_string(), "This value can't be negative");
    assert_eq!(Fractional.to_string(), "This value must be a whole number");
    assert_eq!(
        TooLarge.to_string(),
        "This value is too large: the limit is 10 billion"
    );
    assert_eq!(Zero.to_string(), "This value must be at least 1");
}

#[test]
fn each_field_names_itself_in_the_platforms_words() {
    field_says(
        Instagram,
        Field::Followers,
        "-5",
        "Followers can't be negative",
    );
    field_says(
        Instagram,
        Field::Followers,
        "abc",
        "Followers must be a number, like 12,500 or 12.5K",
    );
    field_says(
        Instagram,
        Field::Followers,
        "1.5",
        "Followers must be a whole number",
    );
    field_says(
        Instagram,
        Field::Followers,
        "11B",
        "Followers is too large: the limit is 10 billion",
    );
    field_says(
        Instagram,
        Field::Followers,
        "0",
        "Followers must be at least 1",
    );
    field_says(
        YouTube,
        Field::Followers,
        "0",
        "Subscribers must be at least 1",
    );
    field_says(
        Blog,
        Field::Followers,
        "-3",
        "Subscribers can't be negative",
    );
    field_says(Instagram, Field::Likes, "-1", "Likes can't be negative");
    field_says(
        Facebook,
        Field::Likes,
        "x",
        "Reactions must be a number, like 12,500 or 12.5K",
    );
    field_says(
        LinkedIn,
        Field::Likes,
        "1.5",
        "Reactions must be a whole number",
    );
    field_says(X, Field::Comments, "-2", "Replies can't be negative");
    field_says(
        Blog,
        Field::Comments,
        "-2",
        "Comments or replies can't be negative",
    );
    field_says(X, Field::Shares, "-2", "Reposts can't be negative");
    field_says(LinkedIn, Field::Shares, "-2", "Reposts can't be negative");
    field_says(
        Blog,
        Field::Shares,
        "-2",
        "Shares or forwards can't be negative",
    );
    field_says(
        Instagram,
        Field::Saves,
        "1.5",
        "Saves must be a whole number",
    );
    field_says(X, Field::Saves, "-2", "Bookmarks can't be negative");
    field_says(
        YouTube,
        Field::Saves,
        "-2",
        "Saves to playlists can't be negative",
    );
    field_says(
        Pinterest,
        Field::Saves,
        "-2",
        "Saves (repins) can't be negative",
    );
    field_says(TikTok, Field::Views, "0", "Views must be at least 1");
    field_says(
        LinkedIn,
        Field::Views,
        "0",
        "Impressions must be at least 1",
    );
    field_says(
        Pinterest,
        Field::Views,
        "abc",
        "Impressions must be a number, like 12,500 or 12.5K",
    );
    field_says(
        Blog,
        Field::Views,
        "0",
        "Opens or page views must be at least 1",
    );
    field_says(Instagram, Field::Posts, "0", "Posts must be at least 1");
    field_says(YouTube, Field::Posts, "2.5", "Posts must be a whole number");
    field_says(
        Instagram,
        Field::List,
        "480",
        "Line 1: give at least likes and comments, like 480, 36",
    );
}

#[test]
fn zero_is_fine_where_nothing_divides_by_it() {
    field_accepts(Instagram, Field::Likes, "0");
    field_accepts(Instagram, Field::Comments, "0");
    field_accepts(Instagram, Field::Shares, "0");
    field_accepts(Instagram, Field::Saves, "0");
    field_accepts(Instagram, Field::Followers, "");
    field_accepts(Instagram, Field::Posts, "");
    field_accepts(Instagram, Field::List, "");
}

#[test]
fn every_bad_field_gets_its_own_message_in_field_order() {
    let report = evaluate(&CreatorInputs {
        followers: "-5",
        likes: "abc",
        comments: "1.5",
        shares: "11B",
        saves: "-1",
        views: "0",
        posts: "0",
        ..BLANK
    });
    let fields: Vec<Field> = report.errors.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        fields,
        [
            Field::Followers,
            Field::Likes,
            Field::Comments,
            Field::Shares,
            Field::Saves,
            Field::Views,
            Field::Posts
        ]
    );
    assert_eq!(report.error(Field::Saves), Some("Saves can't be negative"));
    assert_eq!(report.error(Field::List), None);
}

#[test]
fn a_bad_field_is_treated_as_empty_and_the_rest_still_computes() {
    let report = viewed(TikTok, "abc", "400", "50", "10,000");
    assert_eq!(report.followers, None);
    assert_eq!(report.tier, None);
    assert_eq!(report.rates.per_follower, None);
    close(report.rates.per_view, 4.5, "per view without followers");

    let report = evaluate(&CreatorInputs {
        followers: "10K",
        likes: "400",
        comments: "50",
        posts: "zero",
        ..BLANK
    });
    assert_eq!(report.posts, 1, "bad posts count as one post");
    close(report.rates.per_follower, 4.5, "bad posts");
}

// ---------------------------------------------------------------------------
// 1b. The per-post list
// ---------------------------------------------------------------------------

#[test]
fn a_pasted_list_splits_on_commas_tabs_semicolons_and_bars() {
    list("480, 36", &[(480, 36)]);
    list("480,36", &[(480, 36)]);
    list("480 ,36", &[(480, 36)]);
    list("480\t36", &[(480, 36)]);
    list("480;36", &[(480, 36)]);
    list("480 ; 36", &[(480, 36)]);
    list("480|36", &[(480, 36)]);
    list("480 | 36", &[(480, 36)]);
    list("480 36", &[(480, 36)]);
    list("480   36", &[(480, 36)]);
    list("  480, 36  ", &[(480, 36)]);
}

#[test]
fn grouped_numbers_in_a_list_keep_their_commas() {
    list("1,200, 36", &[(1_200, 36)]);
    list("1,200\t36", &[(1_200, 36)]);
    list("1,200;36", &[(1_200, 36)]);
    list("1,200, 1,036", &[(1_200, 1_036)]);
    list("1 200, 36", &[(1_200, 36)]);
    list("12,50,000, 360", &[(1_250_000, 360)]);
    list("12.5K, 300", &[(12_500, 300)]);
    list("12,5K; 300", &[(12_500, 300)]);
    list("1.2M\t3.4K", &[(1_200_000, 3_400)]);
    list("480 likes, 36 comments", &[(480, 36)]);
}

#[test]
fn a_list_line_is_never_silently_misread() {
    // "1,200 36" is 1,200 likes and 36 comments, or an error: never 1 like
    // and 20,036 comments.
    let misread = PostCounts {
        likes: 1,
        comments: 20_036,
        ..PostCounts::default()
    };
    assert_ne!(parse_post_list("1,200 36"), Ok(vec![misread]));
}

#[test]
fn a_list_reads_one_post_per_line_and_skips_blank_lines() {
    list("480, 36\n520, 40", &[(480, 36), (520, 40)]);
    list("480, 36\n\n520, 40\n", &[(480, 36), (520, 40)]);
    list("\n\n480, 36\n   \n\t\n520, 40\n\n", &[(480, 36), (520, 40)]);
    list("480, 36\r\n520, 40\r\n", &[(480, 36), (520, 40)]);
    list(
        "480\t36\n520\t40\n610\t12",
        &[(480, 36), (520, 40), (610, 12)],
    );
    list("", &[]);
    list("\n", &[]);
    list("  \n\t\n \u{a0}\n", &[]);
}

#[test]
fn a_list_line_may_add_shares_saves_and_views() {
    list_row("480, 36", 480, 36, None, None, None);
    list_row("480, 36, 12", 480, 36, Some(12), None, None);
    list_row("480, 36, 12, 8", 480, 36, Some(12), Some(8), None);
    list_row(
        "480, 36, 12, 8, 20000",
        480,
        36,
        Some(12),
        Some(8),
        Some(20_000),
    );
    list_row(
        "480,36,12,8,20000",
        480,
        36,
        Some(12),
        Some(8),
        Some(20_000),
    );
    list_row(
        "480\t36\t12\t8\t20K",
        480,
        36,
        Some(12),
        Some(8),
        Some(20_000),
    );
    list_row("480\t36\t\t\t20000", 480, 36, None, None, Some(20_000));
    list_row("480;36;;;20000", 480, 36, None, None, Some(20_000));
    list_row("480\t36\t", 480, 36, None, None, None);
    list_row("480, 36, 0, 0, 0", 480, 36, Some(0), Some(0), Some(0));
}

#[test]
fn a_bad_list_line_is_named_with_its_number_and_reason() {
    list_rejects(
        "480",
        "Line 1: give at least likes and comments, like 480, 36",
    );
    list_rejects(
        "1,200",
        "Line 1: give at least likes and comments, like 480, 36",
    );
    list_rejects(
        "12.5K",
        "Line 1: give at least likes and comments, like 480, 36",
    );
    list_rejects(
        "480, 36\n\n520",
        "Line 3: give at least likes and comments, like 480, 36",
    );
    list_rejects(
        "1, 2, 3, 4, 5, 6",
        "Line 1: at most five values: likes, comments, shares, saves, views",
    );
    list_rejects(
        "1, 2\n1\t2\t3\t4\t5\t6\t7",
        "Line 2: at most five values: likes, comments, shares, saves, views",
    );
    list_rejects(
        "abc, 36",
        "Line 1: Likes must be a number, like 12,500 or 12.5K",
    );
    list_rejects(
        "480, abc",
        "Line 1: Comments must be a number, like 12,500 or 12.5K",
    );
    list_rejects("480, 36\n-5, 3", "Line 2: Likes can't be negative");
    list_rejects("480, 36, 1.5", "Line 1: Shares must be a whole number");
    list_rejects(
        "1, 2, 3, 11B",
        "Line 1: Saves is too large: the limit is 10 billion",
    );
    list_rejects(
        "1, 2, 3, 4, x",
        "Line 1: Views must be a number, like 12,500 or 12.5K",
    );
    list_rejects(
        "x, 1\ny, 2",
        "Line 1: Likes must be a number, like 12,500 or 12.5K",
    );
}

#[test]
fn a_list_error_carries_its_line_and_kind() {
    assert_eq!(
        parse_post_list("1, 2\n\n3, -4"),
        Err(ListError {
            line: 3,
            kind: ListErrorKind::Value {
                column: "Comments",
                error: Negative
            }
        })
    );
    assert_eq!(
        parse_post_list("7"),
        Err(ListError {
            line: 1,
            kind: ListErrorKind::TooFewValues
        })
    );
    assert_eq!(
        parse_post_list("1;2;3;4;5;6"),
        Err(ListError {
            line: 1,
            kind: ListErrorKind::TooManyValues
        })
    );
}

#[test]
fn a_list_holds_up_to_max_list_lines_posts() {
    let full = "1, 1\n".repeat(MAX_LIST_LINES);
    assert_eq!(parse_post_list(&full).map(|p| p.len()), Ok(MAX_LIST_LINES));
    // One more post is an error naming the line; nothing past it is read.
    let longer = format!("{full}1, 1\nnot a post\n");
    assert_eq!(
        parse_post_list(&longer).map_err(|e| e.to_string()),
        Err(format!(
            "Line {}: at most 1000 posts; paste the most recent ones",
            MAX_LIST_LINES + 1
        ))
    );
    let bad_last = format!("{}oops", "1, 1\n".repeat(MAX_LIST_LINES - 1));
    assert_eq!(
        parse_post_list(&bad_last).map_err(|e| e.line),
        Err(MAX_LIST_LINES)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_positive_is_parse_count_without_zero(text in any_text()) {
        let expected = match parse_count(&text) {
            Ok(Some(0)) => Err(Zero),
            other => other,
        };
        prop_assert_eq!(parse_positive(&text), expected);
    }

    #[test]
    fn a_written_count_reads_back_as_itself(
        n in prop_oneof![0..=MAX_COUNT, 0u64..100_000, 0u64..10_000_000],
        style in 0u8..25,
    ) {
        if let Some(text) = written(n, style) {
            prop_assert_eq!(parse_count(&text), Ok(Some(n)), "{:?}", text);
        }
    }

    #[test]
    fn a_written_count_with_a_minus_sign_is_negative(
        n in 1..=MAX_COUNT,
        style in 0u8..25,
        minus in prop::sample::select(vec!["-", "\u{2212}", "- "]),
    ) {
        if let Some(text) = written(n, style) {
            let text = format!("{minus}{}", text.trim_start().trim_start_matches('+'));
            prop_assert_eq!(parse_count(&text), Err(Negative), "{:?}", text);
        }
    }

    #[test]
    fn a_count_above_the_limit_is_too_large(n in (MAX_COUNT + 1)..=u64::MAX, style in 0u8..10) {
        if let Some(text) = written(n, style) {
            prop_assert_eq!(parse_count(&text), Err(TooLarge), "{:?}", text);
        }
    }

    #[test]
    fn case_does_not_matter(text in countish()) {
        prop_assert_eq!(parse_count(&text.to_uppercase()), parse_count(&text.to_lowercase()));
    }

    #[test]
    fn a_noun_after_a_count_changes_nothing(
        text in countish(),
        noun in prop::sample::select(vec!["followers", "likes", "Views", "subs", "comments"]),
    ) {
        // One noun is dropped, not two: "0 followers followers" is not a count.
        prop_assume!(!["followers", "likes", "views"].iter().any(|n| text.contains(n)));
        if let Ok(Some(value)) = parse_count(&text) {
            let with_noun = format!("{} {noun}", text.trim_end());
            prop_assert_eq!(parse_count(&with_noun), Ok(Some(value)), "{:?}", with_noun);
        }
    }

    #[test]
    fn a_list_error_names_a_line_that_exists(text in listish()) {
        if let Err(e) = parse_post_list(&text) {
            prop_assert!(e.line >= 1 && e.line <= text.lines().count(), "{e:?}");
            let shown = e.to_string();
            prop_assert!(shown.starts_with(&format!("Line {}: ", e.line)), "{shown}");
        }
    }

    #[test]
    fn a_list_of_written_counts_reads_back(
        rows in prop::collection::vec((0..=MAX_COUNT, 0u64..100_000), 1..20),
    ) {
        let text = rows
            .iter()
            .map(|(likes, comments)| format!("{}, {}", grouped(*likes, ","), grouped(*comments, ",")))
            .collect::<Vec<_>>()
            .join("\n");
        let want: Vec<PostCounts> = rows
            .iter()
            .map(|&(likes, comments)| PostCounts { likes, comments, ..PostCounts::default() })
            .collect();
        prop_assert_eq!(parse_post_list(&text), Ok(want));
    }
}

/// What the tier and the engagement rate say while they wait for input.
#[track_caller]
fn waits(platform: Platform, followers: &str, likes: &str, comments: &str, size: &str, rate: &str) {
    let report = account(platform, followers, likes, comments);
    let all = [Field::Followers, Field::Likes, Field::Comments];
    assert_eq!(
        report.prompt(platform, "Enter", &[Field::Followers]),
        size,
        "size"
    );
    assert_eq!(report.prompt(platform, "Add", &all), rate, "rate");
}

#[test]
fn an_empty_or_unreadable_field_is_named_where_the_answer_would_be() {
    waits(
        Instagram,
        "",
        "",
        "",
        "Enter followers",
        "Add followers, likes and comments",
    );
    waits(
        Instagram,
        "12.5K",
        "",
        "",
        "Enter followers",
        "Add likes and comments",
    );
    waits(
        Instagram,
        "12.5K",
        "480",
        "",
        "Enter followers",
        "Add comments",
    );
    waits(
        Instagram,
        "",
        "480",
        "36",
        "Enter followers",
        "Add followers",
    );
    waits(
        Instagram,
        "abc",
        "480",
        "36",
        "Correct followers",
        "Correct followers",
    );
    waits(
        Instagram,
        "12.5K",
        "-5",
        "1e99",
        "Enter followers",
        "Correct likes and comments",
    );
    waits(
        Instagram,
        "abc",
        "-5",
        "",
        "Correct followers",
        "Correct followers and likes",
    );
    waits(
        Instagram,
        "0",
        "1",
        "1",
        "Correct followers",
        "Correct followers",
    );
    waits(
        YouTube,
        "",
        "",
        "",
        "Enter subscribers",
        "Add subscribers, likes and comments",
    );
}
