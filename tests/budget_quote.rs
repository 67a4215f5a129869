#![cfg(not(target_arch = "wasm32"))]
//! Brand planning, tested natively in the user's words: a quote checked
//! against the fair range, a shortlist's totals, and properties of every
//! formula. One line per case, through `#[track_caller]` helpers.

// Where the arithmetic is exact (whole creators, round amounts), exact
// equality is what we mean; elsewhere `close` states its tolerance.
#![allow(clippy::float_cmp)]
#![allow(clippy::too_many_lines)]

mod budget_common;

#[allow(clippy::wildcard_imports)]
use budget_common::*;
// ---------------------------------------------------------------------------
// Quote checker
// ---------------------------------------------------------------------------

/// A $500 offer to a 50,000-follower creator, judged at `engagement`.
fn cost_per_engagement(deliverable: Deliverable, engagement: Option<TypicalRate>) -> QuoteCheck {
    check(&QuoteInputs {
        offer: cash(500.0),
        deliverable,
        followers: 50_000,
        engagement,
        funnel: Funnel::default(),
        range: RANGE,
        methods: &[],
    })
}

#[test]
fn a_rate_per_follower_engages_the_followers() {
    let q = cost_per_engagement(Deliverable::Post, Some(TypicalRate::per_follower(2.0)));
    close(q.engagements, 1_000.0, "engagements");
    some_close(q.cost_per_engagement, 0.5, "cost per engagement");
}

#[test]
fn a_rate_by_views_engages_the_people_a_post_reaches() {
    // TikTok: sponsorrate's 30% of 50,000 followers see the video; 5% of them engage.
    let q = cost_per_engagement(Deliverable::TikTokVideo, Some(TypicalRate::per_view(5.0)));
    some_close(q.reach, 15_000.0, "reach");
    close(q.engagements, 750.0, "engagements");
    some_close(q.cost_per_engagement, 500.0 / 750.0, "cost per engagement");
    let line = q
        .working
        .iter()
        .find(|l| l.label == "Implied cost per engagement")
        .unwrap();
    assert!(line.note.contains("by views"), "{}", line.note);
}

#[test]
fn a_rate_by_views_without_a_reach_rate_leaves_the_cost_per_engagement_unknown() {
    let q = cost_per_engagement(Deliverable::Pin, Some(TypicalRate::per_view(5.0)));
    assert_eq!(
        (q.reach, q.engagements, q.cost_per_engagement),
        (None, 0.0, None)
    );
}

#[test]
fn no_rate_leaves_the_cost_per_engagement_unknown() {
    let q = cost_per_engagement(Deliverable::Post, None);
    assert_eq!((q.engagements, q.cost_per_engagement), (0.0, None));
}

#[test]
fn an_offer_a_penny_under_the_low_end_is_below() {
    offer_is(399.99, Position::Below);
}
#[test]
fn an_offer_at_the_low_end_is_within() {
    offer_is(400.0, Position::Within);
}
#[test]
fn an_offer_at_our_typical_is_within() {
    offer_is(500.0, Position::Within);
}
#[test]
fn an_offer_at_the_high_end_is_within() {
    offer_is(600.0, Position::Within);
}
#[test]
fn an_offer_a_penny_over_the_high_end_is_above() {
    offer_is(600.01, Position::Above);
}
#[test]
fn a_zero_offer_is_below() {
    offer_is(0.0, Position::Below);
}
#[test]
fn an_offer_of_300_is_100_or_25_percent_below_the_low_end() {
    offer_beyond(300.0, 100.0, 25.0);
}
#[test]
fn an_offer_of_900_is_300_or_50_percent_above_the_high_end() {
    offer_beyond(900.0, 300.0, 50.0);
}
#[test]
fn an_offer_within_is_beyond_nothing() {
    assert_eq!(quoted(Post, cash(450.0)).beyond, None);
}
#[test]
fn position_ids_are_below_within_above() {
    assert_eq!(
        [Position::Below, Position::Within, Position::Above].map(Position::id),
        ["below", "within", "above"]
    );
}

#[test]
fn free_product_counts_toward_the_fee() {
    assert_eq!(
        quoted(
            Post,
            Offer {
                cash: 200.0,
                product_value: 250.0,
                ..Offer::default()
            }
        )
        .position,
        Position::Within
    );
}
#[test]
fn ten_percent_commission_on_50_pound_orders_from_5k_followers() {
    commission_is(
        10.0,
        50.0,
        5_000.0 * 0.377 * 0.01 * 0.02,
        0.1 * 0.377 * 50.0,
    );
}
#[test]
fn no_commission_rate_earns_no_commission() {
    commission_is(0.0, 50.0, 0.377, 0.0);
}
#[test]
fn a_commission_rate_above_100_percent_is_read_as_100() {
    commission_is(250.0, 50.0, 0.377, 0.377 * 50.0);
}
#[test]
fn the_default_funnel_is_our_assumption() {
    assert_eq!(
        (
            DEFAULT_CLICK_THROUGH_PERCENT,
            DEFAULT_CONVERSION_PERCENT,
            FUNNEL_SOURCE
        ),
        (1.0, 2.0, OWN_ASSUMPTION)
    );
}
#[test]
fn pinterest_commission_is_unknown_and_left_out() {
    let q = quoted(
        Pin,
        Offer {
            cash: 100.0,
            commission_percent: 10.0,
            average_order_value: 50.0,
            ..Offer::default()
        },
    );
    assert_eq!((q.commission, q.total, q.cpm), (None, 100.0, None));
}
#[test]
fn cash_and_product_are_certain() {
    let q = quoted(
        Post,
        Offer {
            cash: 100.0,
            product_value: 50.0,
            commission_percent: 10.0,
            average_order_value: 50.0,
        },
    );
    some_close(
        q.certain_percent,
        15_000.0 / (150.0 + 1.885),
        "certain share",
    );
}

#[test]
fn an_offer_of_480_beats_half_the_methods() {
    methods_below(480.0, 2, 50.0);
}
#[test]
fn a_method_at_the_offer_is_not_below_it() {
    methods_below(500.0, 2, 50.0);
}
#[test]
fn an_offer_of_1000_beats_every_method() {
    methods_below(1_000.0, 4, 100.0);
}
#[test]
fn an_offer_of_100_beats_no_method() {
    methods_below(100.0, 0, 0.0);
}

#[test]
fn the_implied_cpm_is_the_offer_per_thousand_reached() {
    some_close(quoted(Post, cash(377.0)).cpm, 200.0, "CPM");
}
#[test]
fn the_implied_cost_per_engagement_is_the_offer_per_engagement() {
    some_close(quoted(Post, cash(377.0)).cost_per_engagement, 2.0, "CPE");
}

#[test]
fn a_creator_offered_too_little_can_ask_for_low_to_typical() {
    counter_offer(300.0, Party::Creator, 400.0, 500.0);
}
#[test]
fn a_brand_quoted_too_much_can_offer_typical_to_high() {
    counter_offer(900.0, Party::Brand, 500.0, 600.0);
}
#[test]
fn an_offer_within_needs_no_counter() {
    counter_offer(450.0, Party::Either, 400.0, 600.0);
}
#[test]
fn a_low_offer_says_how_far_below() {
    reason_says(
        300.0,
        0,
        "The offer is £100 (25%) below the bottom of the fair range (low end £400).",
    );
}
#[test]
fn a_counter_offer_cites_the_methods_middle_half() {
    reason_says(
        300.0,
        1,
        "The published methods' middle half runs from £400 to £600; their median is £500.",
    );
}
#[test]
fn a_counter_offer_counts_the_methods_below() {
    reason_says(
        300.0,
        2,
        "0 of 4 published pricing methods price this creator below the offer.",
    );
}
#[test]
fn a_high_quote_gives_the_brand_the_implied_cpm() {
    reason_says(900.0, 3, "The offer pays £477 per 1,000 people reached.");
}

#[test]
fn a_low_offer_paid_in_commission_and_product_says_so() {
    let reasons = quoted(
        Post,
        Offer {
            cash: 100.0,
            product_value: 50.0,
            commission_percent: 10.0,
            average_order_value: 50.0,
        },
    )
    .counter
    .reasons;
    assert!(reasons
        .iter()
        .any(|r| matches!(r, Reason::DependsOnSales { .. }) && r.party() == Party::Creator));
    assert!(reasons.contains(&Reason::InProduct { amount: 50.0 }));
}

#[test]
fn a_range_given_out_of_order_is_put_in_order() {
    assert_eq!(
        FeeRange::new(600.0, f64::NAN, 400.0),
        FeeRange {
            low: 0.0,
            typical: 400.0,
            high: 600.0
        }
    );
}

// ---------------------------------------------------------------------------
// Shortlist totals
// ---------------------------------------------------------------------------

#[test]
fn the_shortlist_is_sorted_by_cost_per_engagement() {
    shortlist_order(10_000.0, [(2, true), (0, true), (1, true)]);
}
#[test]
fn a_creator_who_does_not_fit_is_skipped_and_cheaper_ones_still_fit() {
    shortlist_order(1_000.0, [(2, true), (0, false), (1, true)]);
}
#[test]
fn nothing_fits_a_zero_budget() {
    shortlist_order(0.0, [(2, false), (0, false), (1, false)]);
}
#[test]
fn the_total_uses_quotes_where_given_else_typical_fees() {
    assert_eq!(short(1_000.0).total, 600.0 + 300.0 + 500.0);
}
#[test]
fn the_shortlist_is_400_over_a_1000_budget() {
    assert_eq!(short(1_000.0).left, -400.0);
}
#[test]
fn what_fits_a_1000_budget_costs_800() {
    let s = short(1_000.0);
    assert_eq!((s.fitting, s.fitting_cost), (2, 800.0));
}
#[test]
fn the_shortlist_at_the_low_and_high_ends() {
    let s = short(1_000.0);
    assert_eq!((s.total_low, s.total_high), (1_200.0, 1_800.0));
}
#[test]
fn a_quote_at_the_top_of_the_range_is_priced_right() {
    assert_eq!(short(1_000.0).rows[1].position, Some(Position::Within));
}
#[test]
fn a_quote_under_the_range_is_below() {
    assert_eq!(short(1_000.0).rows[0].position, Some(Position::Below));
}
#[test]
fn a_creator_without_a_quote_has_no_position() {
    assert_eq!(short(1_000.0).rows[2].position, None);
}
#[test]
fn fixed_costs_count_in_the_shortlist() {
    assert_eq!(totals(1_000.0, 100.0, &SHORTLIST).total, 1_700.0);
}
#[test]
fn thirty_pence_fits_three_ten_pence_creators() {
    let tens = [candidate(100, 1.0, 0.1, 0.1, 0.1, None); 3];
    assert_eq!(totals(0.3, 0.0, &tens).fitting, 3);
}

#[test]
fn a_quote_that_is_not_a_number_is_no_quote() {
    let s = totals(
        1_000.0,
        0.0,
        &[candidate(100, 1.0, 1.0, 2.0, 3.0, Some(f64::NAN))],
    );
    assert_eq!((s.rows[0].from_quote, s.rows[0].fee), (false, 2.0));
}

#[test]
fn an_empty_shortlist_costs_nothing() {
    let s = totals(1_000.0, 50.0, &[]);
    assert_eq!((s.total, s.left, s.fitting), (0.0, 1_000.0, 0));
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn any_deliverable() -> impl Strategy<Value = Deliverable> {
    proptest::sample::select(Deliverable::ALL.to_vec())
}

fn any_tier() -> impl Strategy<Value = TierBand> {
    proptest::sample::select(Scheme::Standard.table().bands.to_vec())
}

/// Any f64 at all, with the awkward ones often.
fn any_amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        0.0..1e7,
        Just(0.0),
        Just(-1.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
    ]
}

/// A typical rate of any amount, per follower or by views.
fn any_typical_rate() -> impl Strategy<Value = TypicalRate> {
    (any_amount(), any::<bool>()).prop_map(|(percent, by_views)| {
        if by_views {
            TypicalRate::per_view(percent)
        } else {
            TypicalRate::per_follower(percent)
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn a_plan_never_shows_nan_or_infinity(
        budget in any_amount(), fixed in any_amount(), fee in any_amount(),
        er in proptest::option::of(any_typical_rate()),
        overlap in any_amount(), tier in any_tier(), deliverable in any_deliverable(),
    ) {
        let tiers = [(tier, fee, er)];
        let plan = plan(&PlanInputs { budget, fixed_cost: fixed, deliverable, overlap: Overlap::new(overlap), tiers: &tiers });
        for row in &plan.rows {
            if let Some(p) = &row.purchase {
                finite_purchase(p);
                prop_assert!(p.spend <= plan.budget);
            }
        }
    }

    #[test]
    fn a_quote_check_never_shows_nan_or_infinity(
        cash in any_amount(), product in any_amount(), rate in any_amount(), order in any_amount(),
        click in any_amount(), convert in any_amount(), er in proptest::option::of(any_typical_rate()),
        low in any_amount(), typical in any_amount(), high in any_amount(), method in any_amount(),
        followers in any::<u64>(), deliverable in any_deliverable(),
    ) {
        let methods = [MethodPrice { source: FEMEHK, amount: method }];
        let q = check(&QuoteInputs {
            offer: Offer { cash, product_value: product, commission_percent: rate, average_order_value: order },
            deliverable, followers, engagement: er,
            funnel: Funnel { click_through_percent: click, conversion_percent: convert },
            range: FeeRange { low, typical, high }, methods: &methods,
        });
        finite(&[Some(q.total), Some(q.certain), q.commission, q.expected_sales, q.certain_percent,
            q.methods_below_percent, q.reach, q.cpm, Some(q.engagements), q.cost_per_engagement,
            Some(q.counter.low), Some(q.counter.high)]);
        if let Some(b) = q.beyond { finite(&[Some(b.amount), Some(b.end), b.percent]); }
        finite_lines(&q.working);
        for r in &q.counter.reasons {
            let text = r.sentence(&pounds, &pct);
            prop_assert!(!text.contains("NaN") && !text.contains("inf"), "{}", text);
        }
    }

    #[test]
    fn a_celebrity_comparison_never_shows_nan_or_infinity(
        price in any_amount(), followers in any::<u64>(), er in proptest::option::of(any_typical_rate()),
        fixed in any_amount(),
        fee in any_amount(), tier in any_tier(), deliverable in any_deliverable(),
    ) {
        let tiers = [(tier, fee, er)];
        let c = compare(&CelebrityInputs { price, followers, engagement: er, deliverable, fixed_cost: fixed, overlap: Overlap::default(), alternatives: &tiers });
        prop_assert!(c.money.is_finite());
        for s in c.sides() { finite_purchase(s.purchase); }
        finite_lines(&c.working);
    }

    #[test]
    fn shortlist_totals_never_show_nan_or_infinity(
        budget in any_amount(), fixed in any_amount(),
        rows in proptest::collection::vec((any::<u64>(), any_amount(), any_amount(), any_amount(), any_amount(), proptest::option::of(any_amount())), 0..6),
    ) {
        let candidates: Vec<Candidate> = rows.iter().map(|&(f, er, l, t, h, q)| candidate(f, er, l, t, h, q)).collect();
        let s = totals(budget, fixed, &candidates);
        finite(&[Some(s.total), Some(s.total_low), Some(s.total_high), Some(s.left), Some(s.fitting_cost)]);
        prop_assert!(s.fitting_cost <= s.budget);
        for r in &s.rows { finite(&[Some(r.fee), Some(r.cost), Some(r.engagements), r.cost_per_engagement]); }
        finite_lines(&s.working);
    }

    #[test]
    fn a_bigger_budget_never_buys_fewer_creators(a in any_amount(), b in any_amount(), cost in any_amount()) {
        prop_assume!(!a.is_nan() && !b.is_nan());
        let (small, large) = if a.total_cmp(&b).is_le() { (a, b) } else { (b, a) };
        prop_assert!(buys(small, cost) <= buys(large, cost));
    }

    #[test]
    fn creators_bought_cost_no_more_than_the_budget_and_one_more_would(budget in 0.0..1e12_f64, cost in 0.01..1e6_f64) {
        let n = buys(budget, cost);
        #[allow(clippy::cast_precision_loss)]
        let (spent, next) = (n as f64 * cost, (n + 1) as f64 * cost);
        let limit = budget * (1.0 + ROUNDING_SLACK);
        prop_assert!(spent <= limit && next > limit, "{n} x {cost} for {budget}");
    }

    #[test]
    fn a_bigger_account_never_reaches_fewer_people(a in any::<u64>(), b in any::<u64>(), deliverable in any_deliverable()) {
        let (small, large) = (a.min(b), a.max(b));
        let (r_small, r_large) = (reach(deliverable, small).people(), reach(deliverable, large).people());
        prop_assert_eq!(r_small.is_some(), r_large.is_some());
        if let (Some(s), Some(l)) = (r_small, r_large) {
            prop_assert!(s <= l * (1.0 + 1e-12), "{} at {} > {} at {}", s, small, l, large);
        }
    }

    #[test]
    fn overlap_never_lifts_reach_above_the_sum_and_never_lowers_it_with_more_creators(
        n in 0..10_000_u64, each in 0.0..1e9_f64, overlap in any_amount(),
    ) {
        let o = Overlap::new(overlap);
        #[allow(clippy::cast_precision_loss)]
        let sum = n as f64 * each;
        prop_assert!(o.unique_reach(n, each) <= sum);
        prop_assert!(o.unique_reach(n, each) <= o.unique_reach(n + 1, each));
    }
}
