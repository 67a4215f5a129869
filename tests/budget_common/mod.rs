//! Helpers shared by the brand-planning tests (`budget.rs`, `budget_quote.rs`):
//! one `#[track_caller]` line per case. Each test file uses only some of them.
#![allow(
    dead_code,
    unused_imports,
    clippy::float_cmp,
    clippy::must_use_candidate,
    clippy::missing_panics_doc
)]

// Where the arithmetic is exact (whole creators, round amounts), exact
// equality is what we mean; elsewhere `close` states its tolerance.

pub use influencer_rate_calculator::calc::choice::Choice;
pub use influencer_rate_calculator::calc::{
    bands::Span,
    budget::{
        celebrity::{
            compare, CelebrityInputs, CELEBRITY_FOLLOWERS_SOURCE, CELEBRITY_PRICE_SOURCE,
            DEFAULT_CELEBRITY_FOLLOWERS, INFLUIZE_CELEBRITY_GBP, INFLUIZE_CELEBRITY_USD,
        },
        overlap::{Overlap, DEFAULT_OVERLAP_PERCENT, OVERLAP_SOURCE},
        planner::{
            buys, plan, representative_followers, PlanInputs, Purchase, TierPrice, TypicalRate,
            ROUNDING_SLACK,
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
pub use proptest::prelude::*;

pub use Deliverable::{
    BlogPost, Carousel, Dedicated, FacebookPost, LinkedInPost, Newsletter, Pin, Post, Reel, Short,
    Story, TikTokVideo, XPost,
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

#[track_caller]
pub fn close(got: f64, want: f64, what: &str) {
    let tolerance = 1e-9 * want.abs().max(1.0);
    assert!(
        (got - want).abs() <= tolerance,
        "{what}: got {got}, wanted {want}"
    );
}

#[track_caller]
pub fn some_close(got: Option<f64>, want: f64, what: &str) {
    let got = got.unwrap_or_else(|| panic!("{what}: nothing, wanted {want}"));
    close(got, want, what);
}

pub fn band(tier: Tier) -> TierBand {
    Scheme::Standard
        .table()
        .band_of(tier)
        .unwrap_or_else(|| panic!("the default scheme has no {tier:?}"))
}

// --- what a budget buys ---

#[track_caller]
pub fn budget_buys(budget: f64, fee: f64, fixed_cost: f64, want: u64) {
    assert_eq!(
        buys(budget, fee + fixed_cost),
        want,
        "budget {budget}, fee {fee} + fixed {fixed_cost}"
    );
}

// --- reach ---

#[track_caller]
pub fn reach_used(deliverable: Deliverable, followers: u64, source: Source, want_percent: f64) {
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
pub fn reach_between(
    deliverable: Deliverable,
    followers: u64,
    source: Source,
    low: f64,
    high: f64,
) {
    let r = reach(deliverable, followers);
    let used = r.used().map(|f| (f.source, f.percent));
    assert!(
        used.is_some_and(|(s, p)| s == source && low < p && p < high),
        "{deliverable:?} at {followers}: {used:?}"
    );
}

#[track_caller]
pub fn reach_shows(deliverable: Deliverable, followers: u64, source: Source, want_percent: f64) {
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
pub fn reach_leaves_out(deliverable: Deliverable, followers: u64, source: Source) {
    let r = reach(deliverable, followers);
    assert!(
        r.figures.iter().all(|f| f.source != source),
        "{deliverable:?} at {followers} shows {}",
        source.name
    );
}

#[track_caller]
pub fn reach_unknown(deliverable: Deliverable) {
    let r = reach(deliverable, 50_000);
    assert_eq!(r.percent(), None, "{deliverable:?}");
    assert_eq!(r.people(), None, "{deliverable:?}");
    assert_eq!(r.working.len(), 1);
    assert!(r.working[0].note.contains("unknown"), "{:?}", r.working[0]);
}

/// One follower more at a band edge changes the reach rate by less than 0.01%.
#[track_caller]
pub fn no_step_at(deliverable: Deliverable, edge: u64) {
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
pub fn together(creators: u64, each: f64, overlap_percent: f64, want: f64) {
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
pub const TIERS: [(Tier, f64, f64); 3] = [
    (Tier::Nano, 100.0, 4.0),
    (Tier::Micro, 500.0, 2.0),
    (Tier::Mega, 20_000.0, 1.0),
];

pub fn tiers() -> Vec<TierPrice> {
    TIERS
        .iter()
        .map(|&(t, fee, er)| (band(t), fee, Some(TypicalRate::per_follower(er))))
        .collect()
}

pub fn planned(budget: f64, deliverable: Deliverable, tier: Tier) -> Purchase {
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
pub fn plan_buys(budget: f64, tier: Tier, creators: u64, spend: f64) {
    let p = planned(budget, Post, tier);
    assert_eq!(p.creators, creators, "{tier:?} for {budget}");
    assert_eq!(p.spend, spend, "{tier:?} for {budget}: spend");
    assert!(
        p.spend + p.left == budget.max(0.0),
        "{tier:?}: spend + left"
    );
}

#[track_caller]
pub fn plan_reaches(budget: f64, deliverable: Deliverable, tier: Tier, people: Option<f64>) {
    let p = planned(budget, deliverable, tier);
    match people {
        Some(want) => some_close(p.reach, want, &format!("{tier:?} reach for {budget}")),
        None => assert_eq!(p.reach, None, "{tier:?} reach for {budget}"),
    }
}

#[track_caller]
pub fn plan_engages(budget: f64, tier: Tier, engagements: f64, cost_per_engagement: Option<f64>) {
    let p = planned(budget, Post, tier);
    some_close(p.engagements, engagements, &format!("{tier:?} engagements"));
    match cost_per_engagement {
        Some(want) => some_close(p.cost_per_engagement, want, &format!("{tier:?} CPE")),
        None => assert_eq!(p.cost_per_engagement, None),
    }
}

#[track_caller]
pub fn plan_cpm(budget: f64, deliverable: Deliverable, tier: Tier, cpm: Option<f64>) {
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
pub const RANGE: FeeRange = FeeRange {
    low: 400.0,
    typical: 500.0,
    high: 600.0,
};
pub const METHODS: [f64; 4] = [300.0, 450.0, 500.0, 700.0];

pub fn quoted(deliverable: Deliverable, offer: Offer) -> QuoteCheck {
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
        engagement: Some(TypicalRate::per_follower(3.77)),
        funnel: Funnel::default(),
        range: RANGE,
        methods: &methods,
    })
}

pub fn cash(amount: f64) -> Offer {
    Offer {
        cash: amount,
        ..Offer::default()
    }
}

#[track_caller]
pub fn offer_is(cash_amount: f64, want: Position) {
    assert_eq!(
        quoted(Post, cash(cash_amount)).position,
        want,
        "£{cash_amount}"
    );
}

#[track_caller]
pub fn offer_beyond(cash_amount: f64, amount: f64, percent: f64) {
    let q = quoted(Post, cash(cash_amount));
    let beyond = q
        .beyond
        .unwrap_or_else(|| panic!("£{cash_amount} is within"));
    close(beyond.amount, amount, "amount beyond");
    some_close(beyond.percent, percent, "percent beyond");
}

#[track_caller]
pub fn commission_is(
    commission_percent: f64,
    order_value: f64,
    want_sales: f64,
    want_commission: f64,
) {
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
pub fn methods_below(cash_amount: f64, below: usize, percent: f64) {
    let q = quoted(Post, cash(cash_amount));
    assert_eq!(
        (q.methods_below, q.methods),
        (below, METHODS.len()),
        "£{cash_amount}"
    );
    some_close(q.methods_below_percent, percent, "share below");
}

#[track_caller]
pub fn counter_offer(cash_amount: f64, party: Party, low: f64, high: f64) {
    let c = quoted(Post, cash(cash_amount)).counter;
    assert_eq!(
        (c.party, c.low, c.high),
        (party, low, high),
        "£{cash_amount}"
    );
}

pub fn pounds(x: f64) -> String {
    format!("£{x:.0}")
}

pub fn pct(x: f64) -> String {
    format!("{x:.0}%")
}

#[track_caller]
pub fn reason_says(cash_amount: f64, index: usize, want: &str) {
    let c = quoted(Post, cash(cash_amount)).counter;
    assert_eq!(
        c.reasons[index].sentence(&pounds, &pct),
        want,
        "£{cash_amount}"
    );
}

// --- shortlist ---

pub const fn candidate(
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
pub const SHORTLIST: [Candidate; 3] = [
    candidate(10_000, 3.0, 400.0, 500.0, 600.0, Some(600.0)),
    candidate(10_000, 1.0, 200.0, 300.0, 400.0, None),
    candidate(50_000, 2.0, 600.0, 700.0, 800.0, Some(500.0)),
];

pub fn short(budget: f64) -> ShortlistTotals {
    totals(budget, 0.0, &SHORTLIST)
}

#[track_caller]
pub fn shortlist_order(budget: f64, want: [(usize, bool); 3]) {
    let got: Vec<(usize, bool)> = short(budget)
        .rows
        .iter()
        .map(|r| (r.index, r.fits))
        .collect();
    assert_eq!(got, want, "budget {budget}");
}

// --- finiteness ---

#[track_caller]
pub fn finite_lines(lines: &[Line]) {
    for line in lines {
        let x = match line.value {
            Value::Money(x) | Value::Percent(x) | Value::People(x) => x,
            _ => 0.0,
        };
        assert!(x.is_finite(), "{line:?}");
    }
}

#[track_caller]
pub fn finite(values: &[Option<f64>]) {
    for v in values.iter().flatten() {
        assert!(v.is_finite(), "{values:?}");
    }
}

#[track_caller]
pub fn finite_purchase(p: &Purchase) {
    finite(&[
        Some(p.cost_each),
        Some(p.spend),
        Some(p.left),
        p.reach,
        p.engagements,
        p.cost_per_engagement,
        p.cpm,
    ]);
    assert!(p.left >= 0.0 && p.spend >= 0.0);
    finite_lines(&p.working);
}
