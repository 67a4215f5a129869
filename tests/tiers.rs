#![cfg(not(target_arch = "wasm32"))]
//! Tier schemes: what each publisher calls an account of a given size.
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
use influencer_rate_calculator::calc::bands::Span;
use influencer_rate_calculator::calc::sources::{
    Source, CONVERTMATE, HOOTSUITE, INFLUENCER_MARKETING_LTD, INFLUIZE_2020, MUMSNET,
    OWN_ASSUMPTION, UNNAMED_BLOG,
};

// ---------------------------------------------------------------------------
// 2. Tiers
// ---------------------------------------------------------------------------

#[test]
fn the_default_scheme_names_every_size() {
    tier("standard", 0, "emerging");
    tier("standard", 1, "emerging");
    tier("standard", 999, "emerging");
    tier("standard", 1_000, "nano");
    tier("standard", 9_999, "nano");
    tier("standard", 10_000, "micro");
    tier("standard", 49_999, "micro");
    tier("standard", 50_000, "mid");
    tier("standard", 499_999, "mid");
    tier("standard", 500_000, "macro");
    tier("standard", 999_999, "macro");
    tier("standard", 1_000_000, "mega");
    tier("standard", 10_000_000_000, "mega");
    tier("standard", u64::MAX, "mega");
}

#[test]
fn typed_followers_show_their_tier() {
    typed_tier("999", "emerging");
    typed_tier("1K", "nano");
    typed_tier("1,000", "nano");
    typed_tier("9,999", "nano");
    typed_tier("10k followers", "micro");
    typed_tier("12.5K", "micro");
    typed_tier("49 999", "micro");
    typed_tier("50K", "mid");
    typed_tier("499,999", "mid");
    typed_tier("0.5M", "macro");
    typed_tier("999.999K", "macro");
    typed_tier("1M", "mega");
    typed_tier("1.2 million", "mega");
    typed_tier("10B", "mega");
    assert_eq!(account(Instagram, "", "", "").tier, None);
    assert_eq!(account(Instagram, "0", "", "").tier, None);
}

#[test]
fn the_scheme_picked_changes_the_tier() {
    let report = evaluate(&CreatorInputs {
        followers: "12,000",
        scheme: Scheme::HypeAuditor2018,
        ..BLANK
    });
    assert_eq!(report.tier.map(|b| b.tier), Some(Tier::Micro));
    let report = evaluate(&CreatorInputs {
        followers: "12,000",
        scheme: Scheme::Upfluence2019,
        ..BLANK
    });
    assert_eq!(report.tier.map(|b| b.tier), Some(Tier::Nano));
}

#[test]
fn the_default_scheme_is_our_own_assumption_on_hootsuites_ranges() {
    assert_eq!(Scheme::Standard.table().source, OWN_ASSUMPTION);
    assert_eq!(Scheme::Hootsuite.table().source, HOOTSUITE);
    assert_eq!(
        Scheme::Standard.table().bands,
        Scheme::Hootsuite.table().bands
    );
    assert!(Scheme::Standard.table().note.contains("Hootsuite"));
}

#[test]
fn there_is_no_celebrity_tier_any_more() {
    assert_eq!(Tier::from_id("celebrity"), None);
    assert!(Tier::ALL.iter().all(|t| t.name() != "Celebrity"));
}

#[test]
fn a_scheme_finds_the_band_of_a_tier_it_names() {
    let micro = |s: Scheme| {
        s.table()
            .band_of(Tier::Micro)
            .map(|b| (b.span.from, b.span.to))
    };
    assert_eq!(micro(Scheme::Standard), Some((10_000, Some(50_000))));
    assert_eq!(micro(Scheme::HypeAuditor2018), Some((5_000, Some(20_000))));
    assert_eq!(micro(Scheme::Upfluence2019), Some((15_000, Some(50_000))));
    assert_eq!(
        Scheme::Izea.table().band_of(Tier::Mega).map(|b| b.span),
        Some(Span::new(500_000, Some(1_000_000)))
    );
    assert_eq!(Scheme::Izea.table().band_of(Tier::Vip), None);
    assert_eq!(
        Scheme::IabUk.table().band_of(Tier::Vip).map(|b| b.span),
        Some(Span::new(5_000_000, None))
    );
}

/// How the published schemes (all but the default) name this size, most common first.
#[track_caller]
fn consensus_is(followers: u64, want: &[(Tier, usize)]) {
    assert_eq!(tier::consensus(followers), want, "at {followers}");
    let total: usize = tier::consensus(followers).iter().map(|(_, n)| n).sum();
    assert_eq!(
        total,
        Scheme::ALL.len() - 1,
        "every published scheme has a say at {followers}"
    );
}

#[test]
fn publishers_mostly_agree_on_nano_and_disagree_on_mid_sizes() {
    consensus_is(500, &[(Tier::Emerging, 5), (Tier::Nano, 4)]);
    consensus_is(12_000, &[(Tier::Micro, 8), (Tier::Nano, 1)]);
    consensus_is(6_000, &[(Tier::Nano, 7), (Tier::Micro, 2)]);
    consensus_is(2_000_000, &[(Tier::Mega, 8), (Tier::Unnamed, 1)]);
    consensus_is(
        6_000_000,
        &[(Tier::Mega, 7), (Tier::Unnamed, 1), (Tier::Vip, 1)],
    );
}

#[test]
fn hootsuite_matches_the_default() {
    tier("hootsuite", 999, "emerging");
    tier("hootsuite", 1_000, "nano");
    tier("hootsuite", 9_999, "nano");
    tier("hootsuite", 10_000, "micro");
    tier("hootsuite", 49_999, "micro");
    tier("hootsuite", 50_000, "mid");
    tier("hootsuite", 499_999, "mid");
    tier("hootsuite", 500_000, "macro");
    tier("hootsuite", 999_999, "macro");
    tier("hootsuite", 1_000_000, "mega");
}

#[test]
fn later_and_fohr_start_nano_at_zero_and_micro_runs_to_100k() {
    tier("later-fohr-2021", 0, "nano");
    tier("later-fohr-2021", 999, "nano");
    tier("later-fohr-2021", 9_999, "nano");
    tier("later-fohr-2021", 10_000, "micro");
    tier("later-fohr-2021", 99_999, "micro");
    tier("later-fohr-2021", 100_000, "mid");
    tier("later-fohr-2021", 499_999, "mid");
    tier("later-fohr-2021", 500_000, "macro");
    tier("later-fohr-2021", 999_999, "macro");
    tier("later-fohr-2021", 1_000_000, "mega");
}

#[test]
fn hypeauditor_2018_micro_is_5k_to_20k() {
    tier("hypeauditor-2018", 999, "emerging");
    tier("hypeauditor-2018", 1_000, "nano");
    tier("hypeauditor-2018", 4_999, "nano");
    tier("hypeauditor-2018", 5_000, "micro");
    tier("hypeauditor-2018", 19_999, "micro");
    tier("hypeauditor-2018", 20_000, "mid");
    tier("hypeauditor-2018", 99_999, "mid");
    tier("hypeauditor-2018", 100_000, "macro");
    tier("hypeauditor-2018", 999_999, "macro");
    tier("hypeauditor-2018", 1_000_000, "mega");
}

#[test]
fn hypeauditor_2023_leaves_50k_to_1m_unnamed() {
    tier("hypeauditor-2023", 999, "emerging");
    tier("hypeauditor-2023", 1_000, "nano");
    tier("hypeauditor-2023", 9_999, "nano");
    tier("hypeauditor-2023", 10_000, "micro");
    tier("hypeauditor-2023", 49_999, "micro");
    tier("hypeauditor-2023", 50_000, "unnamed");
    tier("hypeauditor-2023", 999_999, "unnamed");
    tier("hypeauditor-2023", 1_000_000, "mega");
}

#[test]
fn emarketer_starts_nano_at_one_follower() {
    tier("emarketer", 0, "emerging");
    tier("emarketer", 1, "nano");
    tier("emarketer", 4_999, "nano");
    tier("emarketer", 5_000, "micro");
    tier("emarketer", 19_999, "micro");
    tier("emarketer", 20_000, "mid");
    tier("emarketer", 99_999, "mid");
    tier("emarketer", 100_000, "macro");
    tier("emarketer", 999_999, "macro");
    tier("emarketer", 1_000_000, "mega");
}

#[test]
fn izea_names_nothing_from_a_million_up() {
    tier("izea", 0, "nano");
    tier("izea", 9_999, "nano");
    tier("izea", 10_000, "micro");
    tier("izea", 49_999, "micro");
    tier("izea", 50_000, "mid");
    tier("izea", 199_999, "mid");
    tier("izea", 200_000, "macro");
    tier("izea", 499_999, "macro");
    tier("izea", 500_000, "mega");
    tier("izea", 999_999, "mega");
    tier("izea", 1_000_000, "unnamed");
    tier("izea", u64::MAX, "unnamed");
}

#[test]
fn nielsen_leaves_100k_to_1m_unnamed() {
    tier("nielsen-2022", 999, "emerging");
    tier("nielsen-2022", 1_000, "nano");
    tier("nielsen-2022", 9_999, "nano");
    tier("nielsen-2022", 10_000, "micro");
    tier("nielsen-2022", 49_999, "micro");
    tier("nielsen-2022", 50_000, "mid");
    tier("nielsen-2022", 99_999, "mid");
    tier("nielsen-2022", 100_000, "unnamed");
    tier("nielsen-2022", 999_999, "unnamed");
    tier("nielsen-2022", 1_000_000, "mega");
}

#[test]
fn iab_uk_calls_five_million_and_up_vip() {
    tier("iab-uk", 999, "emerging");
    tier("iab-uk", 1_000, "nano");
    tier("iab-uk", 9_999, "nano");
    tier("iab-uk", 10_000, "micro");
    tier("iab-uk", 49_999, "micro");
    tier("iab-uk", 50_000, "mid");
    tier("iab-uk", 499_999, "mid");
    tier("iab-uk", 500_000, "macro");
    tier("iab-uk", 999_999, "macro");
    tier("iab-uk", 1_000_000, "mega");
    tier("iab-uk", 4_999_999, "mega");
    tier("iab-uk", 5_000_000, "vip");
    tier("iab-uk", u64::MAX, "vip");
}

#[test]
fn upfluence_micro_starts_at_15k() {
    tier("upfluence-2019", 0, "nano");
    tier("upfluence-2019", 14_999, "nano");
    tier("upfluence-2019", 15_000, "micro");
    tier("upfluence-2019", 49_999, "micro");
    tier("upfluence-2019", 50_000, "mid");
    tier("upfluence-2019", 99_999, "mid");
    tier("upfluence-2019", 100_000, "macro");
    tier("upfluence-2019", 999_999, "macro");
    tier("upfluence-2019", 1_000_000, "mega");
}

#[test]
fn every_band_edge_of_every_scheme_maps_to_the_right_band() {
    for &scheme in Scheme::ALL {
        for (i, band) in scheme.table().bands.iter().map(|b| b.span).enumerate() {
            edge(scheme, band.from, i);
            if band.to.is_none_or(|to| band.from + 1 < to) {
                edge(scheme, band.from + 1, i);
            }
            if band.from > 0 {
                edge(scheme, band.from - 1, i - 1);
            }
            if let Some(to) = band.to {
                edge(scheme, to - 1, i);
                edge(scheme, to, i + 1);
            } else {
                edge(scheme, MAX_COUNT, i);
                edge(scheme, u64::MAX, i);
            }
        }
    }
}

#[test]
fn micro_means_different_things_to_different_publishers() {
    let micro = |source: Source| {
        MICRO_DEFINITIONS
            .iter()
            .find(|d| d.source == source)
            .unwrap_or_else(|| panic!("no micro definition from {}", source.name))
    };
    let mumsnet = micro(MUMSNET);
    assert_eq!((mumsnet.span.from, mumsnet.span.to), (5_000, Some(50_000)));
    assert!(!mumsnet.span.contains(4_999));
    assert!(mumsnet.span.contains(5_000));
    assert!(mumsnet.span.contains(49_999));
    assert!(!mumsnet.span.contains(50_000));
    assert_eq!(
        (micro(INFLUIZE_2020).span.from, micro(INFLUIZE_2020).span.to),
        (1_000, Some(100_000))
    );
    assert_eq!(
        (
            micro(INFLUENCER_MARKETING_LTD).span.from,
            micro(INFLUENCER_MARKETING_LTD).span.to
        ),
        (3_000, Some(100_000))
    );
    assert_eq!(
        (micro(CONVERTMATE).span.from, micro(CONVERTMATE).span.to),
        (1_000, Some(100_000))
    );
    assert_eq!(
        (micro(UNNAMED_BLOG).span.from, micro(UNNAMED_BLOG).span.to),
        (10_000, Some(50_000))
    );
    assert!(micro(INFLUIZE_2020).span.contains(99_999));
    assert!(!micro(INFLUIZE_2020).span.contains(100_000));
    assert!(!micro(INFLUENCER_MARKETING_LTD).span.contains(2_999));
    assert!(micro(INFLUENCER_MARKETING_LTD).span.contains(3_000));
    assert!(!micro(UNNAMED_BLOG).span.contains(9_999));
    assert!(micro(UNNAMED_BLOG).span.contains(10_000));
}

#[test]
fn twelve_thousand_followers_is_micro_to_some_and_not_others() {
    let micro_to: Vec<Source> = MICRO_DEFINITIONS
        .iter()
        .filter(|d| d.span.contains(12_000))
        .map(|d| d.source)
        .collect();
    assert_eq!(micro_to.len(), MICRO_DEFINITIONS.len());
    let micro_to: Vec<Source> = MICRO_DEFINITIONS
        .iter()
        .filter(|d| d.span.contains(60_000))
        .map(|d| d.source)
        .collect();
    assert_eq!(
        micro_to,
        [INFLUIZE_2020, INFLUENCER_MARKETING_LTD, CONVERTMATE]
    );
    assert_eq!(
        tier::micro_definitions_including(12_000),
        MICRO_DEFINITIONS.len()
    );
    assert_eq!(tier::micro_definitions_including(60_000), 3);
    assert_eq!(tier::micro_definitions_including(999), 0);
    assert_eq!(tier::micro_definitions_including(100_000), 0);
    let schemes_calling_4k_micro: Vec<&str> = Scheme::ALL
        .iter()
        .filter(|s| s.table().tier(4_000) == Tier::Micro)
        .map(|s| s.id())
        .collect();
    assert_eq!(schemes_calling_4k_micro, Vec::<&str>::new());
    let schemes_calling_6k_micro: Vec<&str> = Scheme::ALL
        .iter()
        .filter(|s| s.table().tier(6_000) == Tier::Micro)
        .map(|s| s.id())
        .collect();
    assert_eq!(schemes_calling_6k_micro, ["hypeauditor-2018", "emarketer"]);
}

#[test]
fn tiers_have_names_for_people() {
    assert_eq!(Tier::Emerging.name(), "Emerging");
    assert_eq!(Tier::Nano.name(), "Nano");
    assert_eq!(Tier::Micro.name(), "Micro");
    assert_eq!(Tier::Mid.name(), "Mid-tier");
    assert_eq!(Tier::Macro.name(), "Macro");
    assert_eq!(Tier::Mega.name(), "Mega");
    assert_eq!(Tier::Vip.name(), "VIP");
    assert_eq!(Tier::Unnamed.name(), "Not named");
}

#[test]
fn schemes_are_found_by_id_ignoring_case_and_spaces() {
    assert_eq!(
        Scheme::from_id("standard").map(Choice::id),
        Some("standard")
    );
    assert_eq!(
        Scheme::from_id("Standard").map(Choice::id),
        Some("standard")
    );
    assert_eq!(Scheme::from_id(" IZEA ").map(Choice::id), Some("izea"));
    assert_eq!(Scheme::from_id("IAB-UK").map(Choice::id), Some("iab-uk"));
    assert_eq!(Scheme::from_id(""), None);
    assert_eq!(Scheme::from_id("made-up"), None);
    assert_eq!(Scheme::ALL[0], Scheme::Standard, "the default comes first");
    assert_eq!(Scheme::default(), Scheme::Standard);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn tiers_never_go_down_as_followers_grow(
        scheme in 0..Scheme::ALL.len(),
        a in followers(),
        b in followers(),
    ) {
        let scheme = Scheme::ALL[scheme];
        let (small, large) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(
            band_index(scheme, small) <= band_index(scheme, large),
            "{}: {} then {}", scheme.id(), small, large
        );
        prop_assert!(scheme.table().band(a).span.contains(a));
    }
}
