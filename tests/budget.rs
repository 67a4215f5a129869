#![cfg(not(target_arch = "wasm32"))]
//! Brand planning, tested natively in the user's words: a budget, the
//! creators it buys and the people they reach; one celebrity against many
//! small creators; a quote checked against the fair range; a shortlist's
//! totals. One line per case, through `#[track_caller]` helpers.

// Where the arithmetic is exact (whole creators, round amounts), exact
// equality is what we mean; elsewhere `close` states its tolerance.
#![allow(clippy::float_cmp)]
#![allow(clippy::too_many_lines)]

use influencer_rate_calculator::calc::choice::Choice;
use influencer_rate_calculator::calc::{
    bands::Span,
    budget::{
        celebrity::{
            compare, CelebrityInputs, CELEBRITY_FOLLOWERS_SOURCE, CELEBRITY_PRICE_SOURCE,
            DEFAULT_CELEBRITY_FOLLOWERS, INFLUIZE_CELEBRITY_GBP, INFLUIZE_CELEBRITY_USD,
        },
        overlap::{Overlap, DEFAULT_OVERLAP_PERCENT, OVERLAP_SOURCE},
        planner::{
            buys, plan, representative_followers, PlanInputs, Purchase, TierPrice, ROUNDING_SLACK,
        },
        quote::{
            check, FeeRange, Funnel, MethodPrice, Offer, Party, Position, QuoteCheck, QuoteInputs,
            Reason, DEFAULT_CLICK_THROUGH_PERCENT, DEFAULT_CONVERSION_PERCENT, FUNNEL_SOURCE,
        },
        reach::{reach, Band, CIRQLE_REACH, FORMULA_REACH, MEASURED_REACH},
        shortlist::{totals, Candidate, ShortlistTotals},
        Line, Value,
    },
    deliverable::Deliverable,
    sources::{
        Kind, Source, CIRQLE_2024, FEMEHK, INFLUIZE_2020, MINTER_2019, OWN_ASSUMPTION, SPONSORRATE,
    },
    tier::{Scheme, Tier, TierBand},
};
use proptest::prelude::*;

use Deliverable::{
    BlogPost, Carousel, Dedicated, FacebookPost, LinkedInPost, Newsletter, Pin, Post, Reel, Short,
    Story, TikTokVideo, XPost,
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

#[track_caller]
fn close(got: f64, want: f64, what: &str) {
    let tolerance = 1e-9 * want.abs().max(1.0);
    assert!(
        (got - want).abs() <= tolerance,
        "{what}: got {got}, wanted {want}"
    );
}

#[track_caller]
fn some_close(got: Option<f64>, want: f64, what: &str) {
    let got = got.unwrap_or_else(|| panic!("{what}: nothing, wanted {want}"));
    close(got, want, what);
}

fn band(tier: Tier) -> TierBand {
    Scheme::Standard
        .table()
        .band_of(tier)
        .unwrap_or_else(|| panic!("the default scheme has no {tier:?}"))
}

// --- what a budget buys ---

#[track_caller]
fn budget_buys(budget: f64, fee: f64, fixed_cost: f64, want: u64) {
    assert_eq!(
        buys(budget, fee + fixed_cost),
        want,
        "budget {budget}, fee {fee} + fixed {fixed_cost}"
    );
}

// --- reach ---

#[track_caller]
fn reach_used(deliverable: Deliverable, followers: u64, source: Source, want_percent: f64) {
    let r = reach(deliverable, followers);
    let used = r
        .used()
        .unwrap_or_else(|| panic!("{deliverable:?} at {followers}: no reach rate"));
    assert_eq!(used.source, source, "{deliverable:?} at {followers}");
    close(
        used.percent,
        want_percent,
        &format!("{deliverable:?} at {followers}"),
    );
    assert_eq!(r.working[0].label, "Reach rate used");
    assert_eq!(r.working[0].source, Some(source));
}

#[track_caller]
fn reach_between(deliverable: Deliverable, followers: u64, source: Source, low: f64, high: f64) {
    let r = reach(deliverable, followers);
    let used = r.used().map(|f| (f.source, f.percent));
    assert!(
        used.is_some_and(|(s, p)| s == source && low < p && p < high),
        "{deliverable:?} at {followers}: {used:?}"
    );
}

#[track_caller]
fn reach_shows(deliverable: Deliverable, followers: u64, source: Source, want_percent: f64) {
    let r = reach(deliverable, followers);
    let figure = r
        .figures
        .iter()
        .find(|f| f.source == source)
        .unwrap_or_else(|| panic!("{deliverable:?} at {followers}: no {} figure", source.name));
    close(
        figure.percent,
        want_percent,
        &format!("{deliverable:?} at {followers}, {}", source.name),
    );
}

#[track_caller]
fn reach_leaves_out(deliverable: Deliverable, followers: u64, source: Source) {
    let r = reach(deliverable, followers);
    assert!(
        r.figures.iter().all(|f| f.source != source),
        "{deliverable:?} at {followers} shows {}",
        source.name
    );
}

#[track_caller]
fn reach_unknown(deliverable: Deliverable) {
    let r = reach(deliverable, 50_000);
    assert_eq!(r.percent(), None, "{deliverable:?}");
    assert_eq!(r.people(), None, "{deliverable:?}");
    assert_eq!(r.working.len(), 1);
    assert!(r.working[0].note.contains("unknown"), "{:?}", r.working[0]);
}

/// One follower more at a band edge changes the reach rate by less than 0.01%.
#[track_caller]
fn no_step_at(deliverable: Deliverable, edge: u64) {
    let (below, at) = (reach(deliverable, edge - 1), reach(deliverable, edge));
    let (below, at) = (below.percent().unwrap_or(0.0), at.percent().unwrap_or(0.0));
    assert!(
        (below - at).abs() <= 1e-4 * at,
        "{deliverable:?}: {below}% at {} and {at}% at {edge}",
        edge - 1
    );
}

// --- overlap ---

#[track_caller]
fn together(creators: u64, each: f64, overlap_percent: f64, want: f64) {
    let got = Overlap::new(overlap_percent).unique_reach(creators, each);
    close(
        got,
        want,
        &format!("{creators} creators x {each} at {overlap_percent}% overlap"),
    );
}

// --- plan ---

/// GBP 10,000 on Instagram posts, £50 fixed cost a creator, 20% overlap; nano
/// at £100 and 4%, micro at £500 and 2%, mega at £20,000 and 1%.
const TIERS: [(Tier, f64, f64); 3] = [
    (Tier::Nano, 100.0, 4.0),
    (Tier::Micro, 500.0, 2.0),
    (Tier::Mega, 20_000.0, 1.0),
];

fn tiers() -> Vec<TierPrice> {
    TIERS
        .iter()
        .map(|&(t, fee, er)| (band(t), fee, er))
        .collect()
}

fn planned(budget: f64, deliverable: Deliverable, tier: Tier) -> Purchase {
    let tiers = tiers();
    let plan = plan(&PlanInputs {
        budget,
        fixed_cost: 50.0,
        deliverable,
        overlap: Overlap::default(),
        tiers: &tiers,
    });
    plan.rows
        .into_iter()
        .find(|r| r.band.tier == tier)
        .and_then(|r| r.purchase)
        .unwrap_or_else(|| panic!("no {tier:?} row"))
}

#[track_caller]
fn plan_buys(budget: f64, tier: Tier, creators: u64, spend: f64) {
    let p = planned(budget, Post, tier);
    assert_eq!(p.creators, creators, "{tier:?} for {budget}");
    assert_eq!(p.spend, spend, "{tier:?} for {budget}: spend");
    assert!(
        p.spend + p.left == budget.max(0.0),
        "{tier:?}: spend + left"
    );
}

#[track_caller]
fn plan_reaches(budget: f64, deliverable: Deliverable, tier: Tier, people: Option<f64>) {
    let p = planned(budget, deliverable, tier);
    match people {
        Some(want) => some_close(p.reach, want, &format!("{tier:?} reach for {budget}")),
        None => assert_eq!(p.reach, None, "{tier:?} reach for {budget}"),
    }
}

#[track_caller]
fn plan_engages(budget: f64, tier: Tier, engagements: f64, cost_per_engagement: Option<f64>) {
    let p = planned(budget, Post, tier);
    close(p.engagements, engagements, &format!("{tier:?} engagements"));
    match cost_per_engagement {
        Some(want) => some_close(p.cost_per_engagement, want, &format!("{tier:?} CPE")),
        None => assert_eq!(p.cost_per_engagement, None),
    }
}

#[track_caller]
fn plan_cpm(budget: f64, deliverable: Deliverable, tier: Tier, cpm: Option<f64>) {
    let p = planned(budget, deliverable, tier);
    match cpm {
        Some(want) => some_close(p.cpm, want, &format!("{tier:?} CPM")),
        None => assert_eq!(p.cpm, None, "{tier:?} CPM"),
    }
}

// --- quote ---

/// Our range for the creator: £400 to £600, typical £500. Instagram post,
/// 5,000 followers (1,885 reached at Minter.io's 37.7%) at 3.77%, default click-through and conversion, methods
/// at £300, £450, £500 and £700.
const RANGE: FeeRange = FeeRange {
    low: 400.0,
    typical: 500.0,
    high: 600.0,
};
const METHODS: [f64; 4] = [300.0, 450.0, 500.0, 700.0];

fn quoted(deliverable: Deliverable, offer: Offer) -> QuoteCheck {
    let methods: Vec<MethodPrice> = METHODS
        .iter()
        .map(|&amount| MethodPrice {
            source: FEMEHK,
            amount,
        })
        .collect();
    check(&QuoteInputs {
        offer,
        deliverable,
        followers: 5_000,
        engagement_percent: 3.77,
        funnel: Funnel::default(),
        range: RANGE,
        methods: &methods,
    })
}

fn cash(amount: f64) -> Offer {
    Offer {
        cash: amount,
        ..Offer::default()
    }
}

#[track_caller]
fn offer_is(cash_amount: f64, want: Position) {
    assert_eq!(
        quoted(Post, cash(cash_amount)).position,
        want,
        "£{cash_amount}"
    );
}

#[track_caller]
fn offer_beyond(cash_amount: f64, amount: f64, percent: f64) {
    let q = quoted(Post, cash(cash_amount));
    let beyond = q
        .beyond
        .unwrap_or_else(|| panic!("£{cash_amount} is within"));
    close(beyond.amount, amount, "amount beyond");
    some_close(beyond.percent, percent, "percent beyond");
}

#[track_caller]
fn commission_is(commission_percent: f64, order_value: f64, want_sales: f64, want_commission: f64) {
    let q = quoted(
        Post,
        Offer {
            cash: 100.0,
            product_value: 50.0,
            commission_percent,
            average_order_value: order_value,
        },
    );
    some_close(q.expected_sales, want_sales, "expected sales");
    some_close(q.commission, want_commission, "commission");
    close(q.certain, 150.0, "certain");
    close(q.total, 150.0 + want_commission, "total");
}

#[track_caller]
fn methods_below(cash_amount: f64, below: usize, percent: f64) {
    let q = quoted(Post, cash(cash_amount));
    assert_eq!(
        (q.methods_below, q.methods),
        (below, METHODS.len()),
        "£{cash_amount}"
    );
    some_close(q.methods_below_percent, percent, "share below");
}

#[track_caller]
fn counter_offer(cash_amount: f64, party: Party, low: f64, high: f64) {
    let c = quoted(Post, cash(cash_amount)).counter;
    assert_eq!(
        (c.party, c.low, c.high),
        (party, low, high),
        "£{cash_amount}"
    );
}

fn pounds(x: f64) -> String {
    format!("£{x:.0}")
}

fn pct(x: f64) -> String {
    format!("{x:.0}%")
}

#[track_caller]
fn reason_says(cash_amount: f64, index: usize, want: &str) {
    let c = quoted(Post, cash(cash_amount)).counter;
    assert_eq!(
        c.reasons[index].sentence(&pounds, &pct),
        want,
        "£{cash_amount}"
    );
}

// --- shortlist ---

const fn candidate(
    followers: u64,
    er: f64,
    low: f64,
    typical: f64,
    high: f64,
    quote: Option<f64>,
) -> Candidate {
    Candidate {
        followers,
        engagement_percent: er,
        range: FeeRange { low, typical, high },
        quote,
    }
}

/// Three creators: A quotes £600 (300 engagements), B has no quote and a
/// typical £300 (100 engagements), C quotes £500 (1,000 engagements).
const SHORTLIST: [Candidate; 3] = [
    candidate(10_000, 3.0, 400.0, 500.0, 600.0, Some(600.0)),
    candidate(10_000, 1.0, 200.0, 300.0, 400.0, None),
    candidate(50_000, 2.0, 600.0, 700.0, 800.0, Some(500.0)),
];

fn short(budget: f64) -> ShortlistTotals {
    totals(budget, 0.0, &SHORTLIST)
}

#[track_caller]
fn shortlist_order(budget: f64, want: [(usize, bool); 3]) {
    let got: Vec<(usize, bool)> = short(budget)
        .rows
        .iter()
        .map(|r| (r.index, r.fits))
        .collect();
    assert_eq!(got, want, "budget {budget}");
}

// --- finiteness ---

#[track_caller]
fn finite_lines(lines: &[Line]) {
    for line in lines {
        let x = match line.value {
            Value::Money(x) | Value::Percent(x) | Value::People(x) => x,
            _ => 0.0,
        };
        assert!(x.is_finite(), "{line:?}");
    }
}

#[track_caller]
fn finite(values: &[Option<f64>]) {
    for v in values.iter().flatten() {
        assert!(v.is_finite(), "{values:?}");
    }
}

#[track_caller]
fn finite_purchase(p: &Purchase) {
    finite(&[
        Some(p.cost_each),
        Some(p.spend),
        Some(p.left),
        p.reach,
        Some(p.engagements),
        p.cost_per_engagement,
        p.cpm,
    ]);
    assert!(p.left >= 0.0 && p.spend >= 0.0);
    finite_lines(&p.working);
}

// ---------------------------------------------------------------------------
// What a budget buys
// ---------------------------------------------------------------------------

#[test]
fn a_thousand_buys_ten_creators_at_a_hundred() {
    budget_buys(1_000.0, 100.0, 0.0, 10);
}
#[test]
fn a_budget_a_penny_short_buys_one_fewer() {
    budget_buys(999.99, 100.0, 0.0, 9);
}
#[test]
fn thirty_pence_buys_three_at_ten_pence_despite_rounding() {
    budget_buys(0.3, 0.1, 0.0, 3);
}
#[test]
fn a_creator_dearer_than_the_budget_buys_none() {
    budget_buys(99.0, 100.0, 0.0, 0);
}
#[test]
fn a_zero_budget_buys_none() {
    budget_buys(0.0, 100.0, 0.0, 0);
}
#[test]
fn a_negative_budget_buys_none() {
    budget_buys(-5_000.0, 100.0, 0.0, 0);
}
#[test]
fn a_budget_that_is_not_a_number_buys_none() {
    budget_buys(f64::NAN, 100.0, 0.0, 0);
}
#[test]
fn creators_with_no_cost_are_not_counted() {
    budget_buys(1_000.0, 0.0, 0.0, 0);
}
#[test]
fn an_infinite_budget_is_read_as_the_largest_amount() {
    budget_buys(f64::INFINITY, 1_000.0, 0.0, 1_000_000_000_000);
}
#[test]
fn fixed_cost_makes_a_hundred_micros_cost_more_than_their_fees() {
    budget_buys(50_000.0, 500.0, 50.0, 90);
}
#[test]
fn a_hundred_micros_fit_when_the_fixed_cost_is_budgeted() {
    budget_buys(55_000.0, 500.0, 50.0, 100);
}
#[test]
fn the_fixed_cost_alone_can_price_a_creator_out() {
    budget_buys(120.0, 100.0, 50.0, 0);
}

#[test]
fn a_tier_is_planned_at_its_geometric_middle() {
    assert_eq!(representative_followers(&band(Tier::Nano)), Some(3_162));
}
#[test]
fn micro_is_planned_at_its_geometric_middle() {
    assert_eq!(representative_followers(&band(Tier::Micro)), Some(22_361));
}
#[test]
fn mega_is_planned_a_half_decade_past_a_million() {
    assert_eq!(representative_followers(&band(Tier::Mega)), Some(3_162_278));
}

#[test]
fn ten_thousand_pounds_buys_66_nanos_at_150_each() {
    plan_buys(10_000.0, Tier::Nano, 66, 9_900.0);
}
#[test]
fn ten_thousand_pounds_buys_18_micros_at_550_each() {
    plan_buys(10_000.0, Tier::Micro, 18, 9_900.0);
}
#[test]
fn ten_thousand_pounds_buys_no_mega() {
    plan_buys(10_000.0, Tier::Mega, 0, 0.0);
}
#[test]
fn a_zero_budget_plans_nothing() {
    plan_buys(0.0, Tier::Nano, 0, 0.0);
}
#[test]
fn an_absurd_budget_plans_finitely() {
    finite_purchase(&planned(1e300, Post, Tier::Nano));
}

#[test]
fn nanos_reach_their_followers_at_minters_rate_after_overlap() {
    plan_reaches(
        10_000.0,
        Post,
        Tier::Nano,
        Some(3_162.0 * 0.377 * (1.0 + 65.0 * 0.8)),
    );
}
#[test]
fn no_creators_reach_nobody() {
    plan_reaches(10_000.0, Post, Tier::Mega, Some(0.0));
}
#[test]
fn pinterest_reach_is_unknown_in_a_plan() {
    plan_reaches(10_000.0, Pin, Tier::Nano, None);
}
#[test]
fn nanos_engage_at_their_typical_rate() {
    plan_engages(
        10_000.0,
        Tier::Nano,
        66.0 * 3_162.0 * 0.04,
        Some(9_900.0 / (66.0 * 3_162.0 * 0.04)),
    );
}
#[test]
fn no_creators_have_no_cost_per_engagement() {
    plan_engages(10_000.0, Tier::Mega, 0.0, None);
}
#[test]
fn nano_cpm_is_spend_per_thousand_reached() {
    plan_cpm(
        10_000.0,
        Post,
        Tier::Nano,
        Some(9_900.0 / (3_162.0 * 0.377 * 53.0) * 1_000.0),
    );
}
#[test]
fn pinterest_cpm_is_unknown() {
    plan_cpm(10_000.0, Pin, Tier::Nano, None);
}
#[test]
fn no_spend_has_no_cpm() {
    plan_cpm(10_000.0, Post, Tier::Mega, None);
}

#[test]
fn every_plan_line_names_a_source_or_is_given() {
    let p = planned(10_000.0, Post, Tier::Nano);
    let labels: Vec<&str> = p.working.iter().map(|l| l.label).collect();
    assert_eq!(
        labels,
        [
            "Account size",
            "Fee per creator",
            "Fixed cost per creator",
            "Creators the budget buys",
            "Spend",
            "Reach rate used",
            "Audience overlap",
            "Expected reach",
            "Expected engagements",
            "Cost per engagement",
            "CPM on reach"
        ]
    );
    assert_eq!(p.working[5].source, Some(MINTER_2019));
    assert_eq!(p.working[6].source, Some(OWN_ASSUMPTION));
}

// ---------------------------------------------------------------------------
// Reach rate
// ---------------------------------------------------------------------------

#[test]
fn a_small_instagram_post_reaches_minters_377_percent() {
    reach_used(Post, 5_000, MINTER_2019, 37.7);
}
#[test]
fn a_mid_sized_instagram_post_reaches_229_percent() {
    reach_used(Post, 100_000, MINTER_2019, 22.9);
}
#[test]
fn a_celebrity_instagram_post_reaches_191_percent() {
    reach_used(Post, 100_000_000, MINTER_2019, 19.1);
}
#[test]
fn a_reel_uses_minters_post_rate() {
    reach_used(Reel, 5_000, MINTER_2019, 37.7);
}
#[test]
fn a_carousel_uses_minters_post_rate() {
    reach_used(Carousel, 5_000, MINTER_2019, 37.7);
}
#[test]
fn a_small_accounts_story_reaches_82_percent() {
    reach_used(Story, 5_000, MINTER_2019, 8.2);
}
#[test]
fn a_mid_sized_story_reaches_between_minters_43_and_41_percent() {
    reach_between(Story, 100_000, MINTER_2019, 4.1, 4.3);
}
#[test]
fn a_celebrity_story_reaches_38_percent() {
    reach_used(Story, 100_000_000, MINTER_2019, 3.8);
}
#[test]
fn the_cirqle_is_shown_beside_minter_for_micro() {
    reach_shows(Post, 10_000, CIRQLE_2024, 15.7);
}
#[test]
fn the_cirqle_is_shown_beside_minter_for_macro() {
    reach_shows(Post, 5_000_000, CIRQLE_2024, 3.2);
}
#[test]
fn the_cirqle_has_no_story_figure() {
    reach_leaves_out(Story, 10_000, CIRQLE_2024);
}
#[test]
fn femehks_instagram_reach_is_shown_for_a_post() {
    reach_shows(Post, 10_000, FEMEHK, 30.0);
}
#[test]
fn femehks_post_reach_is_not_used_for_a_story() {
    reach_leaves_out(Story, 10_000, FEMEHK);
}
#[test]
fn sponsorrates_feed_view_rate_is_shown_for_a_post() {
    reach_shows(Post, 10_000, SPONSORRATE, 25.0);
}
#[test]
fn sponsorrates_reel_view_rate_is_shown_for_a_reel() {
    reach_shows(Reel, 10_000, SPONSORRATE, 40.0);
}
#[test]
fn sponsorrates_story_view_rate_is_shown_for_a_story() {
    reach_shows(Story, 10_000, SPONSORRATE, 10.0);
}
#[test]
fn tiktok_uses_the_lower_formula_input_sponsorrates() {
    reach_used(TikTokVideo, 50_000, SPONSORRATE, 30.0);
}
#[test]
fn tiktok_shows_femehks_fifty_percent_beside_it() {
    reach_shows(TikTokVideo, 50_000, FEMEHK, 50.0);
}
#[test]
fn youtube_uses_femehks_25_percent() {
    reach_used(Dedicated, 50_000, FEMEHK, 25.0);
}
#[test]
fn youtube_shows_sponsorrates_range_at_its_middle() {
    reach_shows(Dedicated, 50_000, SPONSORRATE, 32.5);
}
#[test]
fn youtube_shorts_take_the_youtube_figures() {
    reach_used(Short, 50_000, FEMEHK, 25.0);
}
#[test]
fn linkedin_reaches_15_percent() {
    reach_used(LinkedInPost, 5_000, FEMEHK, 15.0);
}
#[test]
fn linkedin_shows_sponsorrates_equal_figure() {
    reach_shows(LinkedInPost, 5_000, SPONSORRATE, 15.0);
}
#[test]
fn facebook_reaches_6_percent() {
    reach_used(FacebookPost, 5_000, FEMEHK, 6.0);
}
#[test]
fn x_reaches_10_percent() {
    reach_used(XPost, 5_000, FEMEHK, 10.0);
}
#[test]
fn pinterest_reach_is_unknown() {
    reach_unknown(Pin);
}
#[test]
fn blog_reach_is_unknown() {
    reach_unknown(BlogPost);
}
#[test]
fn newsletter_reach_is_unknown() {
    reach_unknown(Newsletter);
}

#[test]
fn no_jump_at_20k_for_posts() {
    no_step_at(Post, 20_000);
}
#[test]
fn no_jump_at_100k_for_posts() {
    no_step_at(Post, 100_000);
}
#[test]
fn no_jump_at_1m_for_posts() {
    no_step_at(Post, 1_000_000);
}
#[test]
fn no_jump_at_20k_for_stories() {
    no_step_at(Story, 20_000);
}
#[test]
fn no_jump_at_100k_for_stories() {
    no_step_at(Story, 100_000);
}
#[test]
fn no_jump_at_a_micro_edge_for_the_cirqle() {
    no_step_at(Post, 50_000);
}

#[test]
fn the_cirqle_micro_and_macro_are_read_as_the_default_schemes() {
    let spans: Vec<Option<Span>> = CIRQLE_REACH.bands.iter().map(|b| b.band.span()).collect();
    assert_eq!(
        spans,
        [
            Some(Span::new(10_000, Some(50_000))),
            Some(Span::new(500_000, Some(1_000_000)))
        ]
    );
    assert!(matches!(
        CIRQLE_REACH.bands[0].band,
        Band::Tier(Tier::Micro)
    ));
}

#[test]
fn measured_reach_tables_are_sorted_and_sourced_as_measured() {
    for table in MEASURED_REACH {
        assert_eq!(table.source.kind, Kind::Measured, "{}", table.source.name);
        let spans: Vec<Span> = table.bands.iter().filter_map(|b| b.band.span()).collect();
        assert_eq!(spans.len(), table.bands.len(), "{}", table.source.name);
        for pair in spans.windows(2) {
            assert!(
                pair[0].to.is_some_and(|to| to <= pair[1].from),
                "{}: {pair:?}",
                table.source.name
            );
        }
    }
}

#[test]
fn formula_reach_figures_are_formula_inputs_within_0_to_100() {
    for f in FORMULA_REACH {
        assert_eq!(f.source.kind, Kind::Formula, "{f:?}");
        assert!(0.0 < f.low && f.low <= f.high && f.high <= 100.0, "{f:?}");
        assert!(
            f.deliverables.iter().all(|d| d.platform() == f.platform),
            "{f:?}"
        );
    }
}

#[test]
fn a_reach_figure_lists_the_bands_it_is_read_from() {
    let r = reach(Post, 30_000);
    assert_eq!(r.figures[0].bands.len(), 4);
    assert_eq!(r.figures[0].bands[0], (Span::new(0, Some(20_000)), 37.7));
}

#[test]
fn the_rule_for_the_used_figure_is_in_the_working() {
    let r = reach(Post, 30_000);
    let rule = r
        .working
        .iter()
        .find(|l| l.label == "Rule")
        .map(|l| l.note.as_str());
    assert!(rule.is_some_and(|n| n.contains("Measured figures are used over formula inputs")));
}

// ---------------------------------------------------------------------------
// Audience overlap
// ---------------------------------------------------------------------------

#[test]
fn no_creators_reach_no_one() {
    together(0, 1_000.0, 20.0, 0.0);
}
#[test]
fn one_creator_reaches_their_own_audience() {
    together(1, 1_000.0, 20.0, 1_000.0);
}
#[test]
fn ten_creators_at_20_percent_overlap_reach_8200() {
    together(10, 1_000.0, 20.0, 8_200.0);
}
#[test]
fn ten_creators_with_no_overlap_add_up() {
    together(10, 1_000.0, 0.0, 10_000.0);
}
#[test]
fn ten_creators_with_the_same_audience_reach_it_once() {
    together(10, 1_000.0, 100.0, 1_000.0);
}
#[test]
fn an_overlap_above_100_percent_is_read_as_100() {
    together(10, 1_000.0, 150.0, 1_000.0);
}
#[test]
fn a_negative_overlap_is_read_as_none() {
    together(10, 1_000.0, -5.0, 10_000.0);
}
#[test]
fn an_overlap_that_is_not_a_number_is_the_default() {
    together(10, 1_000.0, f64::NAN, 8_200.0);
}
#[test]
fn the_default_overlap_is_our_20_percent() {
    assert_eq!(
        (
            Overlap::default().percent(),
            DEFAULT_OVERLAP_PERCENT,
            OVERLAP_SOURCE
        ),
        (20.0, 20.0, OWN_ASSUMPTION)
    );
}

// ---------------------------------------------------------------------------
// One celebrity or many micros
// ---------------------------------------------------------------------------

fn celebrity_for_250k() -> influencer_rate_calculator::calc::budget::celebrity::CelebrityComparison
{
    let tiers: Vec<TierPrice> = vec![
        (band(Tier::Nano), 100.0, 4.0),
        (band(Tier::Micro), 500.0, 2.0),
    ];
    compare(&CelebrityInputs {
        price: INFLUIZE_CELEBRITY_GBP,
        followers: DEFAULT_CELEBRITY_FOLLOWERS,
        engagement_percent: 1.0,
        deliverable: Post,
        fixed_cost: 50.0,
        overlap: Overlap::default(),
        alternatives: &tiers,
    })
}

#[track_caller]
fn side(index: usize, creators: u64, reach: f64, engagements: f64) {
    let sides = celebrity_for_250k().sides();
    let p = &sides[index].purchase;
    assert_eq!(p.creators, creators, "side {index}");
    some_close(p.reach, reach, &format!("side {index} reach"));
    close(
        p.engagements,
        engagements,
        &format!("side {index} engagements"),
    );
    some_close(
        p.cost_per_engagement,
        p.spend / engagements,
        "cost per engagement",
    );
}

#[test]
fn the_default_celebrity_price_is_influizes_250000_pounds() {
    assert_eq!(
        (
            INFLUIZE_CELEBRITY_GBP,
            INFLUIZE_CELEBRITY_USD,
            CELEBRITY_PRICE_SOURCE
        ),
        (250_000.0, 310_000.0, INFLUIZE_2020)
    );
}
#[test]
fn the_default_celebrity_audience_is_our_100_million() {
    assert_eq!(
        (DEFAULT_CELEBRITY_FOLLOWERS, CELEBRITY_FOLLOWERS_SOURCE),
        (100_000_000, OWN_ASSUMPTION)
    );
}
#[test]
fn the_money_compared_is_the_price_plus_one_fixed_cost() {
    assert_eq!(celebrity_for_250k().money, 250_050.0);
}
#[test]
fn one_celebrity_post_reaches_191_million_of_100_million_followers() {
    side(0, 1, 19_100_000.0, 1_000_000.0);
}
#[test]
fn the_same_money_buys_1667_nanos() {
    side(
        1,
        1_667,
        3_162.0 * 0.377 * (1.0 + 1_666.0 * 0.8),
        1_667.0 * 3_162.0 * 0.04,
    );
}
#[test]
fn the_same_money_buys_454_micros() {
    side(
        2,
        454,
        22_361.0 * 0.273_247_735_011_037 * (1.0 + 453.0 * 0.8),
        454.0 * 22_361.0 * 0.02,
    );
}
#[test]
fn the_celebrity_comparison_lists_celebrity_nano_and_micro() {
    assert_eq!(
        celebrity_for_250k()
            .sides()
            .iter()
            .map(|s| s.band.map(|b| b.tier))
            .collect::<Vec<_>>(),
        [None, Some(Tier::Nano), Some(Tier::Micro)]
    );
}
#[test]
fn a_free_celebrity_buys_nothing() {
    assert_eq!(
        compare(&CelebrityInputs {
            price: 0.0,
            followers: 1,
            engagement_percent: 1.0,
            deliverable: Post,
            fixed_cost: 0.0,
            overlap: Overlap::default(),
            alternatives: &[]
        })
        .celebrity
        .creators,
        0
    );
}

// ---------------------------------------------------------------------------
// Quote checker
// ---------------------------------------------------------------------------

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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn a_plan_never_shows_nan_or_infinity(
        budget in any_amount(), fixed in any_amount(), fee in any_amount(), er in any_amount(),
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
        click in any_amount(), convert in any_amount(), er in any_amount(),
        low in any_amount(), typical in any_amount(), high in any_amount(), method in any_amount(),
        followers in any::<u64>(), deliverable in any_deliverable(),
    ) {
        let methods = [MethodPrice { source: FEMEHK, amount: method }];
        let q = check(&QuoteInputs {
            offer: Offer { cash, product_value: product, commission_percent: rate, average_order_value: order },
            deliverable, followers, engagement_percent: er,
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
        price in any_amount(), followers in any::<u64>(), er in any_amount(), fixed in any_amount(),
        fee in any_amount(), tier in any_tier(), deliverable in any_deliverable(),
    ) {
        let tiers = [(tier, fee, er)];
        let c = compare(&CelebrityInputs { price, followers, engagement_percent: er, deliverable, fixed_cost: fixed, overlap: Overlap::default(), alternatives: &tiers });
        prop_assert!(c.money.is_finite());
        for s in c.sides() { finite_purchase(&s.purchase); }
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
