#![cfg(not(target_arch = "wasm32"))]
//! The brand view's pricing, tested natively in the user's words: every tier
//! priced for the planner, a shortlisted creator judged and priced like the
//! creator view, a quote at the typical fee within the range.

use influencer_rate_calculator::calc::benchmarks::RateKind;
use influencer_rate_calculator::calc::brand::{judge, typical_rate, Deal, Judged};
use influencer_rate_calculator::calc::budget::overlap::Overlap;
use influencer_rate_calculator::calc::budget::planner::{plan, PlanInputs, TypicalRate};
use influencer_rate_calculator::calc::budget::quote::{Funnel, Position};
use influencer_rate_calculator::calc::choice::Choice;
use influencer_rate_calculator::calc::deliverable::Deliverable;
use influencer_rate_calculator::calc::fee::Terms;
use influencer_rate_calculator::calc::niche::Niche;
use influencer_rate_calculator::calc::platform::Platform;
use influencer_rate_calculator::calc::shortlist::parse_shortlist;
use influencer_rate_calculator::calc::tier::Scheme;
use influencer_rate_calculator::calc::typical::typical;

fn deal(package: &[(Deliverable, u32)]) -> Deal {
    Deal {
        platform: Platform::Instagram,
        niche: Niche::default(),
        package: package.to_vec(),
        terms: Terms::default(),
        per_usd: 1.0,
        funnel: Funnel::default(),
        order_value: 0.0,
    }
}

#[track_caller]
fn row(csv: &str) -> Judged {
    let list = parse_shortlist(csv, Platform::Instagram).unwrap();
    judge(&list.rows[0], &deal(&[]), Scheme::default())
}

#[test]
fn every_tier_with_a_middle_is_priced_and_fees_grow_with_size() {
    let tiers = deal(&[]).tiers(Scheme::default());
    assert!(tiers.len() >= 5);
    assert!(tiers.windows(2).all(|w| w[0].1 <= w[1].1));
    assert!(tiers.iter().all(|t| t.1 > 0.0
        && t.2
            .is_some_and(|e| e.percent > 0.0 && e.kind == RateKind::PerFollower)));
}

fn plan_on(platform: Platform) -> Vec<influencer_rate_calculator::calc::budget::planner::Purchase> {
    let deal = Deal {
        platform,
        ..deal(&[])
    };
    let tiers = deal.tiers(Scheme::default());
    plan(&PlanInputs {
        budget: 5_000.0,
        fixed_cost: 0.0,
        deliverable: deal.deliverable(),
        overlap: Overlap::default(),
        tiers: &tiers,
    })
    .rows
    .into_iter()
    .filter_map(|r| r.purchase)
    .collect()
}

fn engagements_note(p: &influencer_rate_calculator::calc::budget::planner::Purchase) -> &str {
    p.working
        .iter()
        .find(|l| l.label == "Expected engagements")
        .unwrap()
        .note
        .as_str()
}

#[test]
fn on_tiktok_engagements_follow_the_views_a_post_gets() {
    // TikTok is judged per view: no benchmark gives a typical rate per follower,
    // so a plan's engagements are the views (followers x reach rate) x the
    // typical rate by views, the one the creator view's verdict uses.
    let per_follower = |p| typical(p, 10_000, RateKind::PerFollower).map(|t| t.centre());
    assert_eq!(per_follower(Platform::TikTok), None);
    assert!(per_follower(Platform::Instagram).is_some_and(|e| e > 0.0));
    assert_eq!(
        typical_rate(Platform::TikTok, 10_000),
        typical(Platform::TikTok, 10_000, RateKind::PerView)
            .map(|t| TypicalRate::per_view(t.centre()))
    );
    assert_eq!(
        typical_rate(Platform::Instagram, 10_000),
        per_follower(Platform::Instagram).map(TypicalRate::per_follower)
    );
    let rows = plan_on(Platform::TikTok);
    assert!(
        rows.iter()
            .filter(|p| p.engagements.is_some_and(|e| e > 0.0))
            .count()
            >= 3
    );
    for p in &rows {
        let Some(rate) = typical_rate(Platform::TikTok, p.followers) else {
            // Below the smallest band any benchmark covers.
            assert_eq!(p.engagements, None);
            assert!(
                engagements_note(p).starts_with("Unknown"),
                "{}",
                engagements_note(p)
            );
            continue;
        };
        let rate = rate.percent;
        let views = p.reach_rate.people().unwrap();
        let want =
            influencer_rate_calculator::calc::bands::count(p.creators) * views * rate / 100.0;
        let got = p.engagements.unwrap();
        assert!(
            (got - want).abs() <= 1e-9 * want.max(1.0),
            "{got} against {want}"
        );
        assert!(
            engagements_note(p).contains("by views"),
            "{}",
            engagements_note(p)
        );
    }
}

#[test]
fn without_a_reach_rate_a_rate_by_views_leaves_engagements_unknown_not_zero() {
    let p = influencer_rate_calculator::calc::budget::planner::purchase(
        &influencer_rate_calculator::calc::budget::planner::Buying {
            budget: 5_000.0,
            fee: 100.0,
            fixed_cost: 0.0,
            followers: 10_000,
            engagement: Some(TypicalRate::per_view(5.0)),
            deliverable: Deliverable::Pin,
            overlap: Overlap::default(),
        },
    );
    assert_eq!(p.creators, 50);
    assert_eq!(p.reach, None);
    assert_eq!(p.engagements, None);
    assert_eq!(p.cost_per_engagement, None);
    assert!(
        engagements_note(&p).starts_with("Unknown"),
        "{}",
        engagements_note(&p)
    );
}

#[test]
fn a_quote_at_the_typical_fee_is_within() {
    let fee = deal(&[]).price(Platform::Instagram, 48_000, None).unwrap();
    let j = row(&format!(
        "name,followers,likes,comments,quote\nA,48000,,,{}",
        fee.range.typical
    ));
    assert_eq!(j.position, Some(Position::Within));
}

#[test]
fn shortlisted_creator_gets_tier_rate_and_verdict() {
    let j = row("name,followers,likes,comments,quote\nA,12.5K,480,36,100000");
    assert_eq!(j.tier.map(|b| b.tier.id()), Some("micro"));
    assert!((j.rate.unwrap() - 4.128).abs() < 1e-9);
    assert_eq!(j.position, Some(Position::Above));
}

#[test]
fn methods_scale_with_the_package() {
    let one = deal(&[]).price(Platform::Instagram, 50_000, None).unwrap();
    let reel = [(Deliverable::default_for(Platform::Instagram), 2)];
    let two = deal(&reel)
        .price(Platform::Instagram, 50_000, None)
        .unwrap();
    assert!((two.methods[0].amount / one.methods[0].amount - 2.0).abs() < 1e-9);
}

#[test]
fn a_row_without_followers_has_no_fee_and_no_verdict_on_its_quote() {
    let j = row("name,followers,likes,comments,quote\nA,,1,1,500");
    assert!(j.priced.is_none());
    assert_eq!(j.position, None);
    assert_eq!(j.offer, Some(500.0));
}

// The amount parser is written without `str::parse::<f64>` (its tables cost
// about 15 KB of the build): every amount a person types reads exactly as
// Rust's correctly rounded parser reads it. (Three decimals are grouping:
// "1.200" is twelve hundred.)
proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3_000))]
    #[test]
    fn a_typed_amount_reads_exactly_as_the_standard_parser_does(
        units in 0u64..1_000_000_000,
        frac in 0u64..1_000_000,
        width in proptest::sample::select(vec![1usize, 2, 4, 5, 6]),
        k in proptest::bool::ANY,
    ) {
        use influencer_rate_calculator::calc::amount::parse_amount;
        let frac = format!("{frac:06}");
        let text = format!("{units}.{}", &frac[..width]);
        let want: f64 = text.parse().unwrap_or(f64::NAN);
        proptest::prop_assert_eq!(parse_amount(&text), Ok(Some(want)), "{}", text);
        if k && units < 1_000_000 {
            let thousand: f64 = format!("{text}e3").parse().unwrap_or(f64::NAN);
            proptest::prop_assert_eq!(parse_amount(&format!("{text}K")), Ok(Some(thousand)), "{}K", text);
        }
    }
}

#[test]
fn a_shortlist_row_is_labelled_as_the_creator_view_labels_it() {
    let label = |csv: &str| row(csv).verdict_label;
    assert_eq!(
        label("name,platform,followers,likes,comments\nBen,tiktok,48K,1900,85"),
        "Add views to compare"
    );
    assert_eq!(
        label("name,platform,followers,likes,comments,views\nBen,tiktok,48K,3100,95,41K"),
        "Typical"
    );
    assert_eq!(
        label("name,platform,followers,likes,comments\nPia,pinterest,30K,900,20"),
        "No credible benchmark"
    );
    assert_eq!(
        label("name,followers,likes,comments\nDan,,10,2"),
        "Not compared yet"
    );
    assert_eq!(
        label("name,followers,likes,comments\nAna,12.5K,480,36"),
        "Above typical"
    );
}
