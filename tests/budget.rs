#![cfg(not(target_arch = "wasm32"))]
//! Brand planning, tested natively in the user's words: a budget, the
//! creators it buys and the people they reach, and one celebrity against many
//! small creators. One line per case, through `#[track_caller]` helpers.

// Where the arithmetic is exact (whole creators, round amounts), exact
// equality is what we mean; elsewhere `close` states its tolerance.
#![allow(clippy::float_cmp)]
#![allow(clippy::too_many_lines)]

mod budget_common;

#[allow(clippy::wildcard_imports)]
use budget_common::*;
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
            "Typical engagement rate",
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
        (
            band(Tier::Nano),
            100.0,
            Some(TypicalRate::per_follower(4.0)),
        ),
        (
            band(Tier::Micro),
            500.0,
            Some(TypicalRate::per_follower(2.0)),
        ),
    ];
    compare(&CelebrityInputs {
        price: INFLUIZE_CELEBRITY_GBP,
        followers: DEFAULT_CELEBRITY_FOLLOWERS,
        engagement: Some(TypicalRate::per_follower(1.0)),
        deliverable: Post,
        fixed_cost: 50.0,
        overlap: Overlap::default(),
        alternatives: &tiers,
    })
}

#[track_caller]
fn side(index: usize, creators: u64, reach: f64, engagements: f64) {
    let comparison = celebrity_for_250k();
    let sides = comparison.sides();
    let p = sides[index].purchase;
    assert_eq!(p.creators, creators, "side {index}");
    some_close(p.reach, reach, &format!("side {index} reach"));
    some_close(
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
            engagement: Some(TypicalRate::per_follower(1.0)),
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
