#![cfg(not(target_arch = "wasm32"))]
//! The three engagement rates, each with its formula, and per-post lists.
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
// 3. Formulas
// ---------------------------------------------------------------------------

#[test]
fn er_is_likes_plus_comments_over_followers() {
    er("12.5K", "480", "36", 4.128);
    er("12.8K", "520", "30", 4.296_875);
    er("1000", "50", "0", 5.0);
    er("1,000", "0", "50", 5.0);
    er("10,000", "250", "50", 3.0);
    er("10k followers", "250 likes", "50 comments", 3.0);
    er("20K", "280", "20", 1.5);
    er("1M", "25K", "500", 2.55);
    er("1", "1", "0", 100.0);
    er("1", "0", "0", 0.0);
    er("3", "1", "0", 100.0 / 3.0);
    er("7", "1", "1", 200.0 / 7.0);
    er("1", "10B", "10B", 2e12);
    er("10B", "1", "0", 1e-8);
    er("10B", "10B", "10B", 200.0);
}

#[test]
fn er_divides_totals_by_the_number_of_posts() {
    er_posts("10,000", "3,000", "300", "3", 11.0);
    er_posts("10,000", "3,000", "300", "1", 33.0);
    er_posts("10,000", "3,000", "300", "", 33.0);
    er_posts("12.5K", "5,760", "432", "12", 4.128);
    er_posts("1,000", "500", "0", "10", 5.0);
    er_posts("10B", "10B", "0", "10B", 1e-8);
    er_posts("1", "1", "0", "10B", 1e-8);
}

#[test]
fn extended_er_adds_shares_and_saves() {
    extended("10,000", ["300", "30", "20", "50"], 4.0);
    extended("10,000", ["300", "30", "10", ""], 3.4);
    extended("10,000", ["300", "30", "", "70"], 4.0);
    extended("10,000", ["300", "30", "0", "0"], 3.3);
    extended("1K", ["0", "0", "0", "1"], 0.1);
    let report = evaluate(&CreatorInputs {
        followers: "10,000",
        likes: "300",
        comments: "30",
        shares: "20",
        saves: "50",
        posts: "2",
        ..BLANK
    });
    close(report.rates.extended, 2.0, "extended over two posts");
    close(report.rates.per_follower, 1.65, "per follower beside it");
}

#[test]
fn extended_er_needs_shares_or_saves_and_likes_and_comments() {
    let rates = |likes, comments, shares, saves| {
        evaluate(&CreatorInputs {
            followers: "10K",
            likes,
            comments,
            shares,
            saves,
            ..BLANK
        })
        .rates
    };
    assert_eq!(rates("300", "30", "", "").extended, None);
    assert_eq!(rates("", "30", "20", "50").extended, None);
    assert_eq!(rates("300", "", "20", "50").extended, None);
    assert_eq!(rates("300", "30", "abc", "").extended, None);
}

#[test]
fn er_by_views_counts_every_interaction_over_views() {
    per_view(["400", "50", "30", "20"], "10,000", 5.0);
    per_view(["400", "50", "", ""], "10,000", 4.5);
    per_view(["400", "", "", ""], "10,000", 4.0);
    per_view(["", "", "", "20"], "1,000", 2.0);
    per_view(["4K", "100", "200", "100"], "60K", 4_400.0 / 600.0);
    per_view(["1", "0", "0", "0"], "10B", 1e-8);
    per_view(["10B", "10B", "10B", "10B"], "1", 4e12);
}

#[test]
fn er_by_views_is_not_divided_by_posts() {
    let report = evaluate(&CreatorInputs {
        likes: "400",
        comments: "50",
        shares: "30",
        saves: "20",
        views: "10,000",
        posts: "5",
        ..BLANK
    });
    close(
        report.rates.per_view,
        5.0,
        "views are totals over the same posts",
    );
}

#[test]
fn missing_inputs_give_no_rate() {
    no_er("", "480", "36");
    no_er("12.5K", "", "36");
    no_er("12.5K", "480", "");
    no_er("12.5K", "", "");
    no_er("", "", "");
    no_er("abc", "480", "36");
    no_er("12.5K", "-480", "36");
    no_er("12.5K", "480", "3.6");
    let report = viewed(TikTok, "12.5K", "", "", "10,000");
    assert_eq!(report.rates.per_view, None, "views but no interactions");
    let report = viewed(TikTok, "12.5K", "480", "36", "");
    assert_eq!(report.rates.per_view, None, "no views");
    assert_eq!(report.rates, account(TikTok, "12.5K", "480", "36").rates);
    assert_eq!(
        account(Instagram, "", "", "").rates,
        EngagementRates::default()
    );
}

#[test]
fn zero_followers_is_an_error_and_gives_no_rate() {
    let report = account(Instagram, "0", "480", "36");
    assert_eq!(
        report.error(Field::Followers),
        Some("Followers must be at least 1")
    );
    assert_eq!(report.followers, None);
    assert_eq!(report.tier, None);
    assert_eq!(report.rates.per_follower, None);
    assert_eq!(report.rates.extended, None);
    assert_eq!(report.assessment.verdict, Verdict::Unknown);
    assert_eq!(
        report.assessment.unknown_reason,
        Some(UnknownReason::NoRate)
    );
    // Directly, too: the core never divides by zero.
    let totals = Interactions {
        likes: Some(480),
        comments: Some(36),
        shares: Some(1),
        saves: Some(1),
        views: Some(0),
    };
    assert_eq!(
        EngagementRates::compute(Some(0), 1, &totals),
        EngagementRates::default()
    );
    assert_eq!(
        EngagementRates::compute(Some(1_000), 0, &totals).per_follower,
        None
    );
    assert_eq!(per_post_summary(0, &[PostCounts::default()]), None);
}

#[test]
fn rates_stay_finite_at_the_extremes() {
    let huge = Interactions {
        likes: Some(u64::MAX),
        comments: Some(u64::MAX),
        shares: Some(u64::MAX),
        saves: Some(u64::MAX),
        views: Some(1),
    };
    for (followers, posts) in [(Some(1), 1), (Some(u64::MAX), u64::MAX), (None, 1)] {
        let rates = EngagementRates::compute(followers, posts, &huge);
        for rate in [rates.per_follower, rates.extended, rates.per_view]
            .into_iter()
            .flatten()
        {
            assert!(rate.is_finite(), "{followers:?} {posts}: {rate}");
        }
    }
    assert_eq!(huge.all(), u64::MAX, "totals saturate rather than wrap");
}

#[test]
fn interaction_totals_count_missing_values_as_zero() {
    let totals = Interactions {
        likes: Some(300),
        comments: None,
        shares: Some(20),
        saves: None,
        views: Some(1),
    };
    assert_eq!(totals.all(), 320);
    assert_eq!(Interactions::default().all(), 0);
}

#[test]
fn a_per_post_list_gives_totals_median_and_mean() {
    let report = listed(Instagram, "10K", "100, 0\n200, 0\n600, 0\n1000, 0");
    assert_eq!(report.errors, vec![]);
    assert_eq!(report.posts, 4);
    assert_eq!(report.totals.likes, Some(1_900));
    assert_eq!(report.totals.comments, Some(0));
    assert_eq!(report.totals.shares, None);
    assert_eq!(
        report.per_post,
        Some(PerPostSummary {
            posts: 4,
            median: 4.0,
            mean: 4.75
        })
    );
    close(
        report.rates.per_follower,
        4.75,
        "total over posts over followers",
    );
}

#[test]
fn the_median_of_an_odd_list_is_its_middle_post() {
    let report = listed(Instagram, "1,000", "10, 0\n50, 10\n20, 0");
    let summary = report.per_post.expect("a summary");
    assert_eq!(summary.posts, 3);
    assert_eq!(summary.median, 2.0);
    assert_eq!(summary.mean, 3.0, "mean of 1, 6 and 2");
    let report = listed(Instagram, "1,000", "30, 6");
    assert_eq!(
        report.per_post,
        Some(PerPostSummary {
            posts: 1,
            median: 3.6,
            mean: 3.6
        })
    );
}

#[test]
fn one_viral_post_moves_the_mean_not_the_median() {
    let report = listed(
        Instagram,
        "10,000",
        "300, 20\n310, 10\n290, 30\n20000, 500\n305, 15",
    );
    let summary = report.per_post.expect("a summary");
    assert_eq!(summary.median, 3.2);
    assert!(summary.mean > 40.0, "{summary:?}");
}

#[test]
fn a_list_without_followers_gives_totals_but_no_rates() {
    let report = listed(Instagram, "", "480, 36\n520, 40");
    assert_eq!(report.totals.likes, Some(1_000));
    assert_eq!(report.totals.comments, Some(76));
    assert_eq!(report.posts, 2);
    assert_eq!(report.per_post, None);
    assert_eq!(report.rates.per_follower, None);
}

#[test]
fn list_shares_and_saves_add_up_where_given() {
    let report = listed(Instagram, "10,000", "300, 30, 10, 50\n300, 30, 30");
    assert_eq!(report.totals.shares, Some(40));
    assert_eq!(report.totals.saves, Some(50));
    close(report.rates.extended, 3.75, "(660 + 40 + 50) / 2 / 10,000");
}

#[test]
fn list_views_count_only_when_every_post_has_them() {
    let report = listed(TikTok, "50K", "100, 10, , , 1000\n100, 10, , , 1000");
    assert_eq!(report.totals.views, Some(2_000));
    close(report.rates.per_view, 11.0, "220 / 2,000");
    let report = listed(TikTok, "50K", "100, 10, , , 1000\n100, 10");
    assert_eq!(report.totals.views, None);
    assert_eq!(report.rates.per_view, None);
    let report = listed(TikTok, "50K", "100, 10, 0, 0, 0");
    assert_eq!(report.totals.views, Some(0));
    assert_eq!(report.rates.per_view, None, "zero views gives no rate");
}

#[test]
fn list_mode_ignores_the_total_fields() {
    let report = evaluate(&CreatorInputs {
        followers: "10K",
        likes: "abc",
        comments: "-5",
        views: "0",
        posts: "0",
        list: Some("300, 30"),
        ..BLANK
    });
    assert_eq!(report.errors, vec![]);
    close(report.rates.per_follower, 3.3, "from the list");
}

#[test]
fn an_empty_or_bad_list_gives_no_rate() {
    let report = listed(Instagram, "10K", "");
    assert_eq!(report.errors, vec![]);
    assert_eq!(report.posts, 1);
    assert_eq!(report.totals, Interactions::default());
    assert_eq!(report.rates, EngagementRates::default());
    let report = listed(Instagram, "10K", "300, 30\nbad");
    assert_eq!(
        report.error(Field::List),
        Some("Line 2: give at least likes and comments, like 480, 36")
    );
    assert_eq!(report.rates, EngagementRates::default());
    assert_eq!(report.per_post, None);
    assert_eq!(
        report.tier.map(|b| b.tier),
        Some(Tier::Micro),
        "the rest still computes"
    );
}

#[test]
fn per_post_summary_directly() {
    let post = |likes, comments| PostCounts {
        likes,
        comments,
        ..PostCounts::default()
    };
    assert_eq!(per_post_summary(1_000, &[]), None);
    assert_eq!(
        per_post_summary(1_000, &[post(10, 0), post(30, 0)]),
        Some(PerPostSummary {
            posts: 2,
            median: 2.0,
            mean: 2.0
        })
    );
    assert_eq!(
        per_post_summary(100, &[post(u64::MAX, u64::MAX)]).map(|s| s.median.is_finite()),
        Some(true)
    );
}

#[test]
fn small_rates_show_more_decimals() {
    assert_eq!(percent_decimals(12.5), 1);
    assert_eq!(percent_decimals(10.0), 1);
    assert_eq!(percent_decimals(9.99), 2);
    assert_eq!(percent_decimals(1.5), 2);
    assert_eq!(percent_decimals(0.1), 2);
    assert_eq!(percent_decimals(0.0), 2);
    assert_eq!(percent_decimals(0.099), 3);
    assert_eq!(percent_decimals(0.029), 3);
    assert_eq!(percent_decimals(-0.029), 3);
    assert_eq!(percent_decimals(-12.0), 1);
}

// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn one_listed_post_gives_the_same_rates_as_typed_totals(
        followers in 1..=MAX_COUNT,
        likes in 0..=MAX_COUNT,
        comments in 0..=MAX_COUNT,
        views in prop::option::of(1..=MAX_COUNT),
    ) {
        let (f, l, c) = (followers.to_string(), likes.to_string(), comments.to_string());
        let v = views.map(|v| v.to_string()).unwrap_or_default();
        let line = match views {
            Some(v) => format!("{l}\t{c}\t\t\t{v}"),
            None => format!("{l}\t{c}"),
        };
        let typed = viewed(TikTok, &f, &l, &c, &v);
        let pasted = listed(TikTok, &f, &line);
        prop_assert_eq!(typed.rates, pasted.rates);
        prop_assert_eq!(typed.assessment, pasted.assessment);
        prop_assert_eq!(typed.flags, pasted.flags);
        let summary = pasted.per_post.expect("one post");
        prop_assert_eq!(Some(summary.median), typed.rates.per_follower);
    }

    #[test]
    fn evaluating_counts_gives_the_published_formula(
        followers in 1..=MAX_COUNT,
        likes in 0..=MAX_COUNT,
        comments in 0..=MAX_COUNT,
        posts in 1u64..1_000,
        style in 0u8..10,
    ) {
        let (Some(f), Some(l), Some(c), Some(p)) = (
            written(followers, style),
            written(likes, style),
            written(comments, style),
            written(posts, style),
        ) else {
            return Ok(());
        };
        let report = evaluate(&CreatorInputs {
            followers: &f,
            likes: &l,
            comments: &c,
            posts: &p,
            ..BLANK
        });
        prop_assert_eq!(report.errors.len(), 0);
        #[allow(clippy::cast_precision_loss)] // all below 2^53
        let want = (likes + comments) as f64 * 100.0 / (followers as f64 * posts as f64);
        let got = report.rates.per_follower.expect("a rate");
        prop_assert!((got - want).abs() <= want * 1e-12, "{got} vs {want}");
    }
}
