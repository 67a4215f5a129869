#![cfg(not(target_arch = "wasm32"))]
//! What a campaign returned, in the user's words: a brand types what it spent
//! and what came back, and sees each result with its formula, or why it
//! cannot be worked out, and every figure that cannot be true.

// Each result is one or two correctly rounded operations on exact inputs, so
// where the answer is a terminating decimal, equality is what we mean;
// elsewhere `close` states its tolerance.
#![allow(clippy::float_cmp)]
#![allow(clippy::too_many_lines)]

use influencer_rate_calculator::calc::amount::{parse_amount, parse_percent};
use influencer_rate_calculator::calc::campaign::benchmarks::{
    cpm_benchmarks, disagreement, no_benchmark, Position, CPM_BENCHMARKS, CPM_CURRENCY,
};
use influencer_rate_calculator::calc::campaign::creators::{
    export_csv, parse_results, ranking, totals, CreatorResult, RankBy,
};
use influencer_rate_calculator::calc::campaign::emv::{emv, Content, LABEL};
use influencer_rate_calculator::calc::campaign::sentiment::{sentiment, SentimentCounts};
use influencer_rate_calculator::calc::campaign::{
    evaluate, CampaignInputs, Flag, Goal, Input, Line, MetricId, Metrics, Unit,
};
use influencer_rate_calculator::calc::choice::Choice;
use influencer_rate_calculator::calc::currency::Currency;
use influencer_rate_calculator::calc::input::parse_count;
use influencer_rate_calculator::calc::platform::Platform::{
    self, Blog, Facebook, Instagram, TikTok, YouTube, X,
};
use influencer_rate_calculator::calc::sources;
use proptest::prelude::*;

use MetricId::{BreakEvenCpa, ConversionRate, Cpa, Cpc, Cpe, Cpm, ProfitRoi, Roas, Roi};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// A campaign as a brand types it: `"spend=1,200; impressions=100K"`, each
/// value read by the parser its field uses.
#[track_caller]
fn given(text: &str) -> CampaignInputs {
    let mut inputs = CampaignInputs::default();
    for pair in text.split(';').filter(|p| !p.trim().is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or_else(|| panic!("{pair:?}"));
        let count = || parse_count(value).unwrap_or_else(|e| panic!("{pair:?}: {e}"));
        let amount = || parse_amount(value).unwrap_or_else(|e| panic!("{pair:?}: {e}"));
        match key.trim() {
            "spend" => inputs.spend = amount(),
            "impressions" => inputs.impressions = count(),
            "reach" => inputs.reach = count(),
            "engagements" => inputs.engagements = count(),
            "clicks" => inputs.clicks = count(),
            "conversions" => inputs.conversions = count(),
            "revenue" => inputs.revenue = amount(),
            "aov" => inputs.average_order_value = amount(),
            "margin" => {
                inputs.margin = parse_percent(value).unwrap_or_else(|e| panic!("{pair:?}: {e}"));
            }
            other => panic!("unknown input {other:?}"),
        }
    }
    inputs
}

fn metric_of(inputs: &CampaignInputs, id: MetricId) -> Result<f64, String> {
    let metrics = Metrics::compute(inputs);
    let m = metrics.get(id).unwrap_or_else(|| panic!("no {id:?}"));
    m.value.map_err(|missing| missing.to_string())
}

/// The result `id` of the campaign typed as `text`.
#[track_caller]
fn shows(text: &str, id: MetricId, want: f64) {
    assert_eq!(metric_of(&given(text), id), Ok(want), "{id:?} of {text:?}");
}

#[track_caller]
fn close(text: &str, id: MetricId, want: f64) {
    let got = metric_of(&given(text), id).unwrap_or_else(|e| panic!("{id:?} of {text:?}: {e}"));
    assert!(
        (got - want).abs() <= 1e-12 * want.abs().max(1.0),
        "{id:?} of {text:?}: got {got}, wanted {want}"
    );
}

/// The sentence shown instead of result `id`.
#[track_caller]
fn says(text: &str, id: MetricId, want: &str) {
    assert_eq!(
        metric_of(&given(text), id),
        Err(want.to_owned()),
        "{id:?} of {text:?}"
    );
}

/// As [`says`], for inputs no parser would give (negative, NaN, huge).
#[track_caller]
fn raw_says(inputs: CampaignInputs, id: MetricId, want: &str) {
    assert_eq!(
        metric_of(&inputs, id),
        Err(want.to_owned()),
        "{id:?} of {inputs:?}"
    );
}

#[track_caller]
fn flagged(text: &str, want: &[Flag]) {
    assert_eq!(evaluate(&given(text)).flags, want, "{text:?}");
}

#[track_caller]
fn leads_with(goal: Goal, first: &[Line]) {
    assert_eq!(&goal.order()[..first.len()], first, "{goal:?}");
}

/// (low, high, source name) of each CPM figure shown for `platform`.
#[track_caller]
fn cpm_figures(platform: Platform, want: &[(f64, f64, &str)]) {
    let got: Vec<(f64, f64, &str)> = cpm_benchmarks(platform)
        .iter()
        .map(|b| (b.low, b.high, b.source.name))
        .collect();
    assert_eq!(got, want, "{platform:?}");
}

#[track_caller]
fn emv_usd(platform: Platform, content: Content, want: f64) {
    let got = emv(platform, content).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        (got.value - want).abs() < 1e-9,
        "{platform:?} {content:?}: {}",
        got.value
    );
    assert_eq!(got.currency, Currency::Usd);
    assert_eq!(got.label, LABEL);
}

fn counts(positive: u64, neutral: u64, negative: u64, questions: u64) -> SentimentCounts {
    SentimentCounts {
        positive: Some(positive),
        neutral: Some(neutral),
        negative: Some(negative),
        questions: Some(questions),
    }
}

/// Shares of positive, neutral, negative and questions, and net sentiment.
#[track_caller]
fn feels(c: SentimentCounts, shares: [f64; 4], net: f64) {
    let s = sentiment(&c);
    let got = [s.positive, s.neutral, s.negative, s.questions].map(|m| m.ok().unwrap_or(f64::NAN));
    for (g, w) in got.iter().zip(shares) {
        assert!(
            (g - w).abs() < 1e-9,
            "{c:?}: shares {got:?}, wanted {shares:?}"
        );
    }
    assert!(
        (s.net.ok().unwrap_or(f64::NAN) - net).abs() < 1e-9,
        "{c:?}: net {:?}",
        s.net
    );
}

#[track_caller]
fn results(text: &str) -> Vec<CreatorResult> {
    let parsed = parse_results(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    assert_eq!(parsed.problems, vec![], "{text:?}");
    parsed.rows
}

#[track_caller]
fn ranked(text: &str, by: RankBy, want: &[&str]) {
    let rows = results(text);
    let names: Vec<&str> = ranking(&rows, by)
        .iter()
        .map(|&i| rows[i].name.as_str())
        .collect();
    assert_eq!(names, want, "{by:?}");
}

const TEAM: &str = "name,spend,impressions,engagements,clicks,conversions,revenue\n\
                    Anna,1000,100000,4000,500,20,2400\n\
                    Bo,500,20000,1500,100,25,1500\n\
                    Cy,2000,150000,3000,300,,\n\
                    Di,800,40000,900,200,10,400\n";

// ---------------------------------------------------------------------------
// Costs
// ---------------------------------------------------------------------------

#[test]
fn cost_per_thousand_impressions() {
    shows("spend=1,200; impressions=100K", Cpm, 12.0);
    shows("spend=$12.5K; impressions=2.5M", Cpm, 5.0);
    shows("spend=0; impressions=1000", Cpm, 0.0);
    shows("spend=1000000000000; impressions=1", Cpm, 1e15);
    says(
        "impressions=100K",
        Cpm,
        "No spend: no cost per thousand impressions",
    );
    says(
        "spend=1200",
        Cpm,
        "No impressions or reach: no cost per thousand impressions",
    );
    says(
        "spend=1200; impressions=0",
        Cpm,
        "Zero impressions: no cost per thousand impressions",
    );
    says("", Cpm, "No spend: no cost per thousand impressions");
}

#[test]
fn cpm_uses_reach_when_impressions_are_missing_and_says_so() {
    shows("spend=1200; reach=50K", Cpm, 24.0);
    let from_reach = evaluate(&given("spend=1200; reach=50K")).metrics.cpm;
    assert_eq!(from_reach.formula, "spend / reach x 1,000");
    assert_eq!(from_reach.inputs, [Input::Spend, Input::Reach]);
    assert!(from_reach.note.is_some_and(|n| n.starts_with("From reach")));
    // Impressions, when given, win over reach.
    shows("spend=1200; reach=50K; impressions=100K", Cpm, 12.0);
    let from_impressions = evaluate(&given("spend=1200; impressions=100K")).metrics.cpm;
    assert_eq!(from_impressions.note, None);
    assert_eq!(from_impressions.formula, "spend / impressions x 1,000");
    says(
        "spend=1200; reach=0",
        Cpm,
        "Zero reach: no cost per thousand impressions",
    );
}

#[test]
fn cost_per_engagement_click_and_acquisition() {
    shows("spend=500; engagements=2,000", Cpe, 0.25);
    shows("spend=1000; clicks=400", Cpc, 2.5);
    shows("spend=1000; conversions=40", Cpa, 25.0);
    shows("spend=0; conversions=40", Cpa, 0.0);
    close("spend=100; clicks=3", Cpc, 100.0 / 3.0);
    says("spend=1000", Cpc, "No clicks: no cost per click");
    says(
        "spend=1000; clicks=0",
        Cpc,
        "Zero clicks: no cost per click",
    );
    says("spend=1000", Cpe, "No engagements: no cost per engagement");
    says(
        "spend=1000; engagements=0",
        Cpe,
        "Zero engagements: no cost per engagement",
    );
    says("spend=1000", Cpa, "No conversions: no cost per acquisition");
    says(
        "spend=1000; conversions=0",
        Cpa,
        "Zero conversions: no cost per acquisition",
    );
    says("clicks=10", Cpc, "No spend: no cost per click");
}

#[test]
fn conversion_rate_is_conversions_per_click() {
    shows("conversions=40; clicks=1000", ConversionRate, 4.0);
    shows("conversions=0; clicks=1000", ConversionRate, 0.0);
    says(
        "conversions=40",
        ConversionRate,
        "No clicks: no conversion rate",
    );
    says(
        "conversions=40; clicks=0",
        ConversionRate,
        "Zero clicks: no conversion rate",
    );
    says(
        "clicks=100",
        ConversionRate,
        "No conversions: no conversion rate",
    );
}

#[test]
fn a_billion_conversions_from_ten_clicks_is_shown_and_flagged() {
    shows("conversions=1bn; clicks=10", ConversionRate, 1e10);
    shows("spend=100; conversions=1bn; clicks=10", Cpa, 1e-7);
    flagged(
        "conversions=1bn; clicks=10",
        &[Flag::ConversionsAboveClicks],
    );
}

// ---------------------------------------------------------------------------
// Return
// ---------------------------------------------------------------------------

#[test]
fn return_on_investment_and_on_ad_spend() {
    shows("revenue=3000; spend=1000", Roi, 200.0);
    shows("revenue=1000; spend=1000", Roi, 0.0);
    shows("revenue=0; spend=1000", Roi, -100.0);
    shows("revenue=500; spend=1000", Roi, -50.0);
    shows("revenue=3000; spend=1000", Roas, 3.0);
    shows("revenue=0; spend=1000", Roas, 0.0);
    says("spend=1000", Roi, "No revenue: no return on investment");
    says("revenue=3000", Roi, "No spend: no return on investment");
    says(
        "revenue=3000; spend=0",
        Roi,
        "Zero spend: no return on investment",
    );
    says(
        "revenue=3000; spend=0",
        Roas,
        "Zero spend: no return on ad spend",
    );
    shows("revenue=1000000000000; spend=0.01", Roas, 1e14);
}

#[test]
fn return_from_profit_needs_the_margin() {
    shows("revenue=3000; margin=40%; spend=1000", ProfitRoi, 20.0);
    shows("revenue=2000; margin=50; spend=1000", ProfitRoi, 0.0);
    shows("revenue=0; margin=50; spend=1000", ProfitRoi, -100.0);
    says(
        "revenue=3000; spend=1000",
        ProfitRoi,
        "No gross margin: no return on investment from profit",
    );
    says(
        "margin=40; spend=1000",
        ProfitRoi,
        "No revenue: no return on investment from profit",
    );
    says(
        "revenue=3000; margin=40",
        ProfitRoi,
        "No spend: no return on investment from profit",
    );
}

#[test]
fn break_even_cpa_is_the_profit_on_an_average_order() {
    shows("aov=80; margin=35%", BreakEvenCpa, 28.0);
    shows("aov=80; margin=0", BreakEvenCpa, 0.0);
    shows("aov=€1.200,00; margin=100", BreakEvenCpa, 1200.0);
    says(
        "aov=80",
        BreakEvenCpa,
        "No gross margin: no break-even cost per acquisition",
    );
    says(
        "margin=35",
        BreakEvenCpa,
        "No average order value: no break-even cost per acquisition",
    );
}

#[test]
fn inputs_no_parser_gives_are_refused_not_computed() {
    let spend = |v: f64| CampaignInputs {
        spend: Some(v),
        clicks: Some(10),
        revenue: Some(5.0),
        ..CampaignInputs::default()
    };
    raw_says(
        spend(-5.0),
        Cpc,
        "Spend needs correcting: no cost per click",
    );
    raw_says(
        spend(f64::NAN),
        Cpc,
        "Spend needs correcting: no cost per click",
    );
    raw_says(
        spend(f64::INFINITY),
        Roi,
        "Spend needs correcting: no return on investment",
    );
    raw_says(
        spend(f64::MAX),
        Cpm,
        "No impressions or reach: no cost per thousand impressions",
    );
    let huge = CampaignInputs {
        spend: Some(f64::MAX),
        impressions: Some(1),
        ..CampaignInputs::default()
    };
    raw_says(
        huge,
        Cpm,
        "Too large to work out: no cost per thousand impressions",
    );
    let tiny = CampaignInputs {
        spend: Some(f64::MIN_POSITIVE),
        revenue: Some(f64::MAX),
        ..CampaignInputs::default()
    };
    raw_says(tiny, Roas, "Too large to work out: no return on ad spend");
    let margin = CampaignInputs {
        average_order_value: Some(80.0),
        margin: Some(-1.0),
        ..CampaignInputs::default()
    };
    raw_says(
        margin,
        BreakEvenCpa,
        "Gross margin needs correcting: no break-even cost per acquisition",
    );
}

#[test]
fn every_result_says_its_formula_and_inputs() {
    let all = evaluate(&given("spend=1; impressions=1; engagements=1; clicks=1; conversions=1; revenue=1; aov=1; margin=1")).metrics;
    let formulas: Vec<&str> = all.all().iter().map(|m| m.formula).collect();
    assert_eq!(
        formulas,
        [
            "spend / impressions x 1,000",
            "spend / engagements",
            "spend / clicks",
            "spend / conversions",
            "conversions / clicks x 100",
            "(revenue - spend) / spend x 100",
            "revenue / spend",
            "(revenue x gross margin - spend) / spend x 100",
            "average order value x gross margin",
        ]
    );
    for m in all.all() {
        assert!(m.value.is_ok(), "{:?}", m.id);
        assert!(!m.inputs.is_empty(), "{:?}", m.id);
        assert!(!m.id.short().is_empty() && !m.id.name().is_empty());
    }
    assert_eq!(Cpm.unit(), Unit::Money);
    assert_eq!(ConversionRate.unit(), Unit::Percent);
    assert_eq!(Roas.unit(), Unit::Times);
}

// ---------------------------------------------------------------------------
// Figures that cannot all be true
// ---------------------------------------------------------------------------

#[test]
fn contradictions_are_flagged_and_the_results_still_shown() {
    flagged(
        "clicks=100; conversions=101",
        &[Flag::ConversionsAboveClicks],
    );
    flagged(
        "clicks=101; impressions=100",
        &[Flag::ClicksAboveImpressions],
    );
    flagged(
        "engagements=5000; impressions=4000",
        &[Flag::EngagementsAboveImpressions],
    );
    flagged("reach=50K; impressions=40K", &[Flag::ReachAboveImpressions]);
    flagged(
        "revenue=500; conversions=0",
        &[Flag::RevenueWithoutConversions],
    );
    let over = CampaignInputs {
        margin: Some(120.0),
        ..CampaignInputs::default()
    };
    assert_eq!(evaluate(&over).flags, [Flag::MarginOverHundred]);
    flagged(
        "impressions=10; reach=20; engagements=30; clicks=40; conversions=50",
        &[
            Flag::ConversionsAboveClicks,
            Flag::ClicksAboveImpressions,
            Flag::EngagementsAboveImpressions,
            Flag::ReachAboveImpressions,
        ],
    );
    shows("spend=100; clicks=101; impressions=100", Cpm, 1000.0);
}

#[test]
fn consistent_or_missing_figures_are_not_flagged() {
    flagged("", &[]);
    flagged(
        "clicks=100; conversions=100; impressions=100; reach=100; engagements=100",
        &[],
    );
    flagged("conversions=50", &[]);
    flagged("revenue=500", &[]);
    flagged("revenue=0; conversions=0", &[]);
    flagged("margin=100", &[]);
}

#[test]
fn every_flag_names_its_inputs_and_says_what_to_check() {
    for flag in Flag::ALL {
        assert!(flag.message().contains("Check"), "{flag:?}");
        assert!(!flag.inputs().is_empty(), "{flag:?}");
        assert!(!flag.id().is_empty());
        // The few words shown beside each field: the message's first clause.
        let headline = flag.headline();
        assert!(
            headline.len() > 10 && headline.len() < 40,
            "{flag:?}: {headline}"
        );
        assert!(
            flag.message().starts_with(&format!("{headline}: ")),
            "{flag:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// Goals
// ---------------------------------------------------------------------------

#[test]
fn the_goal_decides_what_comes_first() {
    use Line::{Input as I, Metric as M};
    leads_with(
        Goal::Awareness,
        &[I(Input::Reach), I(Input::Impressions), M(Cpm)],
    );
    leads_with(Goal::Traffic, &[I(Input::Clicks), M(Cpc)]);
    leads_with(
        Goal::Sales,
        &[
            I(Input::Conversions),
            M(Cpa),
            M(BreakEvenCpa),
            I(Input::Revenue),
            M(Roas),
            M(Roi),
        ],
    );
    leads_with(Goal::Leads, &[I(Input::Conversions), M(Cpa)]);
}

#[test]
fn every_goal_shows_every_result_once() {
    for &goal in Goal::ALL {
        let metrics: Vec<MetricId> = goal
            .order()
            .iter()
            .filter_map(|l| match l {
                Line::Metric(m) => Some(*m),
                Line::Input(_) => None,
            })
            .collect();
        let mut sorted = metrics.clone();
        sorted.sort_by_key(|m| m.id());
        sorted.dedup();
        assert_eq!(sorted.len(), metrics.len(), "{goal:?} repeats a result");
        assert_eq!(
            metrics.len(),
            Metrics::compute(&CampaignInputs::default()).all().len(),
            "{goal:?}"
        );
        assert_eq!(Goal::from_id(goal.id()), Some(goal));
        assert_eq!(Goal::from_id(&goal.id().to_uppercase()), Some(goal));
    }
    assert_eq!(Goal::from_id("fame"), None);
}

// ---------------------------------------------------------------------------
// Benchmarks
// ---------------------------------------------------------------------------

#[test]
fn cpm_benchmarks_for_a_platform_include_the_all_platform_ones() {
    let (inzpire, tribe, inbeat, hero) = (
        sources::INZPIRE.name,
        sources::TRIBE_2021.name,
        sources::INBEAT_CPM.name,
        sources::INFLUENCER_HERO_CPM.name,
    );
    cpm_figures(
        Instagram,
        &[
            (32.0, 42.0, inzpire),
            (5.0, 15.0, hero),
            (100.0, 300.0, tribe),
            (2.0, 10.0, inbeat),
        ],
    );
    cpm_figures(
        TikTok,
        &[
            (25.0, 35.0, inzpire),
            (3.0, 10.0, hero),
            (100.0, 300.0, tribe),
            (2.0, 10.0, inbeat),
        ],
    );
    cpm_figures(
        YouTube,
        &[
            (51.0, 61.0, inzpire),
            (10.0, 30.0, hero),
            (100.0, 300.0, tribe),
            (2.0, 10.0, inbeat),
        ],
    );
    cpm_figures(X, &[(100.0, 300.0, tribe), (2.0, 10.0, inbeat)]);
    cpm_figures(Blog, &[(100.0, 300.0, tribe), (2.0, 10.0, inbeat)]);
    assert_eq!(CPM_CURRENCY, Currency::Usd);
}

#[test]
fn the_disagreement_between_cpm_figures_is_shown() {
    let spread = disagreement(&cpm_benchmarks(Instagram)).unwrap_or_else(|| panic!("no figures"));
    assert_eq!(
        (spread.lowest, spread.highest, spread.factor),
        (2.0, 300.0, 150.0)
    );
    assert_eq!(disagreement(&[]), None);
    let inzpire = cpm_benchmarks(Instagram)[0];
    assert_eq!(inzpire.position(20.0), Position::Below);
    assert_eq!(inzpire.position(32.0), Position::Within);
    assert_eq!(inzpire.position(42.0), Position::Within);
    assert_eq!(inzpire.position(50.0), Position::Above);
}

#[test]
fn every_cpm_figure_cites_a_known_source_and_says_what_it_counts() {
    for b in CPM_BENCHMARKS {
        assert!(0.0 < b.low && b.low <= b.high, "{}", b.source.name);
        assert!(!b.counts.is_empty(), "{}", b.source.name);
        assert!(sources::ALL.contains(&b.source), "{}", b.source.name);
    }
}

#[test]
fn conversion_rate_and_cpa_have_no_benchmark_and_say_so() {
    for id in [ConversionRate, Cpa] {
        assert!(
            no_benchmark(id).is_some_and(|s| s.starts_with("No trustworthy benchmark")),
            "{id:?}"
        );
    }
    assert_eq!(no_benchmark(Cpm), None);
}

// ---------------------------------------------------------------------------
// Earned media value
// ---------------------------------------------------------------------------

#[test]
fn earned_media_value_by_mightyscouts_formula() {
    emv_usd(Instagram, Content::Video { views: 120_000 }, 1_200.0);
    emv_usd(Facebook, Content::Video { views: 120_000 }, 1_200.0);
    emv_usd(TikTok, Content::Video { views: 100_000 }, 500.0);
    emv_usd(YouTube, Content::Video { views: 100_000 }, 2_000.0);
    emv_usd(
        Instagram,
        Content::Static {
            likes: 1_000,
            comments: 50,
            shares: 50,
        },
        95.7,
    );
    emv_usd(Instagram, Content::Story { followers: 100_000 }, 30.0);
    emv_usd(TikTok, Content::Video { views: 0 }, 0.0);
    emv_usd(
        YouTube,
        Content::Static {
            likes: u64::MAX,
            comments: u64::MAX,
            shares: 1,
        },
        18_446_744_073_709_551_615.0 * 8.7 * 20.0 / 1_000.0,
    );
}

#[test]
fn earned_media_value_is_labelled_not_revenue_and_cites_its_critics() {
    let value = emv(Instagram, Content::Video { views: 1 }).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(value.label, "Earned media value: not revenue");
    assert_eq!(value.source, sources::MIGHTYSCOUT_EMV);
    let critics: Vec<_> = value.cautions.iter().map(|c| c.source).collect();
    assert_eq!(critics, [sources::AMEC_BARCELONA, sources::TRAACKR_EMV]);
    assert_eq!(value.formula, "views x CPM / 1,000");
}

#[test]
fn platforms_without_a_published_emv_cpm_get_none() {
    for platform in [X, Blog, Platform::LinkedIn, Platform::Pinterest] {
        let Err(none) = emv(platform, Content::Video { views: 1 }) else {
            panic!("{platform:?}")
        };
        assert_eq!(
            none.to_string(),
            format!(
                "MightyScout publishes no CPM for {}: no earned media value",
                platform.name()
            )
        );
    }
}

// ---------------------------------------------------------------------------
// Sentiment
// ---------------------------------------------------------------------------

#[test]
fn comment_sentiment_as_shares_and_net() {
    feels(counts(60, 30, 10, 0), [60.0, 30.0, 10.0, 0.0], 50.0);
    feels(
        counts(60, 30, 10, 20),
        [50.0, 25.0, 100.0 / 12.0, 100.0 / 6.0],
        50.0,
    );
    feels(counts(0, 0, 10, 0), [0.0, 0.0, 100.0, 0.0], -100.0);
    feels(counts(5, 0, 5, 0), [50.0, 0.0, 50.0, 0.0], 0.0);
    feels(
        counts(u64::MAX, u64::MAX, 0, 0),
        [50.0, 50.0, 0.0, 0.0],
        50.0,
    );
}

#[test]
fn sentiment_without_comments_says_why() {
    let none = sentiment(&counts(0, 0, 0, 0));
    assert_eq!(
        none.net.value.map_err(|m| m.to_string()),
        Err("No comments counted: no net sentiment".into())
    );
    assert_eq!(
        none.positive.value.map_err(|m| m.to_string()),
        Err("No comments counted: no share of positive comments".into())
    );
    let only_questions = sentiment(&counts(0, 0, 0, 4));
    assert_eq!(only_questions.questions.ok(), Some(100.0));
    assert_eq!(
        only_questions.net.value.map_err(|m| m.to_string()),
        Err("No comments counted: no net sentiment".into())
    );
    let no_positive = sentiment(&SentimentCounts {
        negative: Some(3),
        ..SentimentCounts::default()
    });
    assert_eq!(
        no_positive.net.value.map_err(|m| m.to_string()),
        Err("No positive comments: no net sentiment".into())
    );
    assert_eq!(no_positive.negative.ok(), Some(100.0));
}

// ---------------------------------------------------------------------------
// Per creator
// ---------------------------------------------------------------------------

#[test]
fn each_creator_gets_their_own_results() {
    let rows = results(TEAM);
    let cpa: Vec<Option<f64>> = rows.iter().map(|r| r.metrics().cpa.ok()).collect();
    assert_eq!(cpa, [Some(50.0), Some(20.0), None, Some(80.0)]);
    let cpm: Vec<Option<f64>> = rows.iter().map(|r| r.metrics().cpm.ok()).collect();
    assert_eq!(cpm, [Some(10.0), Some(25.0), Some(40.0 / 3.0), Some(20.0)]);
    assert_eq!(
        rows[2].metrics().cpa.value.map_err(|m| m.to_string()),
        Err("No conversions: no cost per acquisition".into())
    );
    assert_eq!(rows.iter().map(|r| r.row).collect::<Vec<_>>(), [2, 3, 4, 5]);
}

#[test]
fn results_columns_come_in_any_order_and_bad_cells_are_named() {
    let parsed =
        parse_results("Revenue;Creator;Cost;Sales\n1.200,50 €;Anna;€ 300;4\n;Bo;lots;-2\n")
            .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(parsed.rows[0].inputs.revenue, Some(1200.5));
    assert_eq!(parsed.rows[0].inputs.spend, Some(300.0));
    assert_eq!(parsed.rows[0].inputs.conversions, Some(4));
    let messages: Vec<String> = parsed.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "Row 3, Sales: Sales can't be negative",
            "Row 3, Cost: Cost must be a number, like 12,500 or 12.5K"
        ]
    );
    assert_eq!(parsed.rows[1].name, "Bo");
    let mixed = parse_results("name;spend\nAnna;300\nBo,200\n").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        mixed.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["Row 3: one cell where the header has 2: this row is separated by commas, the header by semicolons"]
    );
    let missing = parse_results("name,clicks\nA,1").map_err(|e| e.to_string());
    assert_eq!(
        missing,
        Err("Missing column: Spend. The first row must name each column, in any order".into())
    );
}

#[test]
fn totals_are_sums_and_their_results_are_the_campaigns() {
    let rows = results(TEAM);
    let total = totals(&rows);
    assert_eq!(total.inputs, given("spend=4300; impressions=310000; engagements=9400; clicks=1100; conversions=55; revenue=4300"));
    assert_eq!(total.incomplete, [Input::Conversions, Input::Revenue]);
    assert_eq!(total.metrics(), evaluate(&total.inputs).metrics);
    assert_eq!(total.metrics().roi.ok(), Some(0.0));
    let empty = totals(&[]);
    assert_eq!(empty.inputs, CampaignInputs::default());
    assert_eq!(empty.incomplete, []);
}

#[test]
fn creators_rank_by_cpa_or_roas_with_the_unknown_last() {
    ranked(TEAM, RankBy::Cpa, &["Bo", "Anna", "Di", "Cy"]);
    ranked(TEAM, RankBy::Roas, &["Bo", "Anna", "Di", "Cy"]);
    ranked(
        "name,spend,revenue\nA,100,100\nB,100,\nC,100,300\nD,100,100",
        RankBy::Roas,
        &["C", "A", "D", "B"],
    );
    ranked(
        "name,spend,conversions\nA,100,0\nB,0,5\nC,100,5",
        RankBy::Cpa,
        &["B", "C", "A"],
    );
    assert_eq!(RankBy::from_id("ROAS"), Some(RankBy::Roas));
}

#[test]
fn the_results_table_exports_as_plain_decimals() {
    let rows = results(
        "name,spend,impressions,clicks,conversions,revenue\n=cmd,1000.5,30000,300,3,-\n"
            .replace(",-", ",")
            .as_str(),
    );
    assert_eq!(
        export_csv(&rows),
        "Name,Spend,Impressions,Engagements,Clicks,Conversions,Revenue,CPM,CPE,CPC,CPA,Conversion rate (%),ROI (%),ROAS\r\n\
         '=cmd,1000.5,30000,,300,3,,33.35,,3.335,333.5,1,,\r\n"
    );
}

#[test]
fn an_exported_table_reads_back_as_the_same_creators() {
    let rows = results(TEAM);
    let back = results(&export_csv(&rows));
    assert_eq!(back, rows);
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn any_amount() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        Just(Some(0.0)),
        (0.0..=1e12f64).prop_map(Some),
        any::<f64>().prop_map(Some),
        Just(Some(f64::MAX)),
        Just(Some(f64::MIN_POSITIVE)),
    ]
}

fn any_count() -> impl Strategy<Value = Option<u64>> {
    prop_oneof![
        Just(None),
        Just(Some(0)),
        (0..=10_000_000_000u64).prop_map(Some),
        any::<u64>().prop_map(Some)
    ]
}

prop_compose! {
    fn any_campaign()(
        spend in any_amount(), impressions in any_count(), reach in any_count(),
        engagements in any_count(), clicks in any_count(), conversions in any_count(),
        revenue in any_amount(), average_order_value in any_amount(), margin in any_amount(),
    ) -> CampaignInputs {
        CampaignInputs { spend, impressions, reach, engagements, clicks, conversions, revenue, average_order_value, margin }
    }
}

prop_compose! {
    /// A creator row as a parser would give it: cents and counts in range.
    fn creator_row()(
        name in "[A-Za-z=+@'\\- ]{0,8}[A-Za-z]",
        cents in prop::option::of(0u64..=100_000_000_000_000),
        counts in prop::array::uniform4(prop::option::of(0..=10_000_000_000u64)),
        revenue_cents in prop::option::of(0u64..=100_000_000_000_000),
    ) -> CreatorResult {
        #[allow(clippy::cast_precision_loss)]
        let money = |c: Option<u64>| c.map(|c| c as f64 / 100.0);
        CreatorResult {
            row: 0,
            name: name.trim().to_owned(),
            inputs: CampaignInputs {
                spend: money(cents),
                impressions: counts[0],
                engagements: counts[1],
                clicks: counts[2],
                conversions: counts[3],
                revenue: money(revenue_cents),
                ..CampaignInputs::default()
            },
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_result_is_a_finite_number_or_says_why_not(inputs in any_campaign()) {
        let campaign = evaluate(&inputs);
        for m in campaign.metrics.all() {
            match m.value {
                Ok(v) => prop_assert!(v.is_finite(), "{:?} = {}", m.id, v),
                Err(missing) => prop_assert!(!missing.to_string().is_empty()),
            }
        }
    }

    #[test]
    fn sentiment_is_finite_and_net_within_100(
        c in (any_count(), any_count(), any_count(), any_count())
            .prop_map(|(positive, neutral, negative, questions)| SentimentCounts { positive, neutral, negative, questions })
    ) {
        let s = sentiment(&c);
        for m in [s.positive, s.neutral, s.negative, s.questions, s.net] {
            if let Ok(v) = m.value {
                prop_assert!(v.is_finite() && (-100.0..=100.0).contains(&v), "{:?} = {}", m.id, v);
            }
        }
    }

    #[test]
    fn emv_is_finite_for_any_counts(views in any::<u64>(), likes in any::<u64>(), comments in any::<u64>(), shares in any::<u64>()) {
        for &platform in Platform::ALL {
            for content in [Content::Video { views }, Content::Static { likes, comments, shares }, Content::Story { followers: views }] {
                if let Ok(value) = emv(platform, content) {
                    prop_assert!(value.value.is_finite() && value.value >= 0.0);
                }
            }
        }
    }

    #[test]
    fn totals_are_the_sums_of_the_rows(rows in prop::collection::vec(creator_row(), 0..30)) {
        let total = totals(&rows);
        let sum_counts = |f: fn(&CampaignInputs) -> Option<u64>| {
            rows.iter().filter_map(|r| f(&r.inputs)).reduce(u64::saturating_add)
        };
        let sum_amounts = |f: fn(&CampaignInputs) -> Option<f64>| {
            rows.iter().filter_map(|r| f(&r.inputs)).reduce(|a, b| a + b)
        };
        prop_assert_eq!(total.inputs.spend, sum_amounts(|i| i.spend));
        prop_assert_eq!(total.inputs.revenue, sum_amounts(|i| i.revenue));
        prop_assert_eq!(total.inputs.impressions, sum_counts(|i| i.impressions));
        prop_assert_eq!(total.inputs.engagements, sum_counts(|i| i.engagements));
        prop_assert_eq!(total.inputs.clicks, sum_counts(|i| i.clicks));
        prop_assert_eq!(total.inputs.conversions, sum_counts(|i| i.conversions));
        prop_assert_eq!(total.metrics(), evaluate(&total.inputs).metrics);
        for m in total.metrics().all() {
            if let Ok(v) = m.value { prop_assert!(v.is_finite()); }
        }
    }

    #[test]
    fn any_pasted_results_never_panic(text in prop_oneof![any::<String>(), "([a-z0-9,;\t.$€ \"-]{0,12}\n){0,8}"]) {
        if let Ok(parsed) = parse_results(&text) {
            let _ = export_csv(&parsed.rows);
            for by in [RankBy::Cpa, RankBy::Roas] {
                prop_assert_eq!(ranking(&parsed.rows, by).len(), parsed.rows.len());
            }
        }
    }

    #[test]
    fn exported_results_read_back_unchanged(rows in prop::collection::vec(creator_row(), 1..20)) {
        let back = parse_results(&export_csv(&rows)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back.problems, vec![]);
        let strip = |r: &CreatorResult| (r.name.clone(), r.inputs);
        prop_assert_eq!(back.rows.iter().map(strip).collect::<Vec<_>>(), rows.iter().map(strip).collect::<Vec<_>>());
    }
}
