#![cfg(not(target_arch = "wasm32"))]
//! Invariants of every data table: tier schemes, benchmarks, niche figures,
//! micro definitions and ids. A new row that breaks one fails here, naming
//! the table and the row.

use std::collections::HashSet;

use influencer_rate_calculator::calc::{
    benchmarks::{Band, Benchmark, Exclusion, Formula, RateKind, BENCHMARKS},
    flags::{
        Flag, FEW_COMMENTS_MIN_LIKES, IMPLAUSIBLY_HIGH_FACTOR, IMPLAUSIBLY_HIGH_PERCENT,
        IMPLAUSIBLY_LOW_FACTOR, LIKES_PER_COMMENT_LIMIT,
    },
    niche::{self, Niche, NICHE_FIGURES},
    platform::Platform,
    source::{Source, OWN_ASSUMPTION},
    tier::{Tier, TierScheme, MICRO_DEFINITIONS, SCHEMES, STANDARD},
    verdict::{Verdict, FAR_ABOVE_FACTOR},
    Field,
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

#[track_caller]
fn source_is_cited(source: &Source, what: &str) {
    assert!(!source.name.trim().is_empty(), "{what}: source has no name");
    assert!(
        !source.sample.trim().is_empty(),
        "{what}: source has no sample"
    );
    assert!(
        source.url.is_empty() || source.url.starts_with("https://"),
        "{what}: url {:?} is neither empty nor https",
        source.url
    );
    if let Some(year) = source.year {
        assert!((2010..=2030).contains(&year), "{what}: year {year}");
    }
}

#[track_caller]
fn scheme_is_complete(scheme: &TierScheme) {
    let id = scheme.id;
    let bands = scheme.bands;
    assert!(!bands.is_empty(), "{id}: no bands");
    assert_eq!(bands[0].from, 0, "{id}: does not start at 0");
    for pair in bands.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        assert_eq!(
            a.to,
            Some(b.from),
            "{id}: gap or overlap between {a:?} and {b:?}"
        );
    }
    for band in bands {
        if let Some(to) = band.to {
            assert!(band.from < to, "{id}: empty or reversed band {band:?}");
            // Half-open: `to` belongs to the next band, `to - 1` to this one.
            assert!(band.contains(to - 1), "{id}: {band:?}");
            assert!(!band.contains(to), "{id}: {band:?} is not half-open");
        }
        assert!(band.contains(band.from), "{id}: {band:?}");
        if band.from > 0 {
            assert!(!band.contains(band.from - 1), "{id}: {band:?}");
        }
    }
    let last = bands[bands.len() - 1];
    assert_eq!(last.to, None, "{id}: last band is not open-ended");
    assert!(
        bands[..bands.len() - 1].iter().all(|b| b.to.is_some()),
        "{id}: an open band before the last"
    );
    let tiers: Vec<Tier> = bands.iter().map(|b| b.tier).collect();
    let unique: HashSet<Tier> = tiers.iter().copied().collect();
    assert_eq!(
        unique.len(),
        tiers.len(),
        "{id}: a tier appears twice: {tiers:?}"
    );
    assert!(!scheme.note.trim().is_empty(), "{id}: no note");
}

#[track_caller]
fn band_is_sane(benchmark: &Benchmark, band: &Band) {
    let what = format!(
        "{:?} {}: {band:?}",
        benchmark.platform, benchmark.source.name
    );
    for value in [band.low, band.typical, band.high] {
        assert!(value.is_finite(), "{what}: not finite");
    }
    assert!(band.low > 0.0, "{what}: low is not positive");
    assert!(band.low <= band.typical, "{what}: low above typical");
    assert!(band.typical <= band.high, "{what}: typical above high");
    assert!(band.high < 100.0, "{what}: a rate of 100% or more");
    if let Some(to) = band.to {
        assert!(band.from < to, "{what}: empty or reversed");
    }
}

#[track_caller]
fn bands_are_sorted_and_apart(benchmark: &Benchmark) {
    let what = format!("{:?} {}", benchmark.platform, benchmark.source.name);
    assert!(!benchmark.bands.is_empty(), "{what}: no bands");
    for pair in benchmark.bands.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let a_to =
            a.to.unwrap_or_else(|| panic!("{what}: open band {a:?} before {b:?}"));
        assert!(a_to <= b.from, "{what}: {a:?} overlaps or is after {b:?}");
    }
}

// ---------------------------------------------------------------------------
// Tier schemes
// ---------------------------------------------------------------------------

#[test]
fn every_tier_scheme_covers_every_count_once() {
    for scheme in SCHEMES {
        scheme_is_complete(scheme);
    }
    scheme_is_complete(&STANDARD);
}

#[test]
fn no_scheme_falls_back_to_an_unlisted_band() {
    // `band` returns an Unnamed 0.. band only when the table has a gap.
    for scheme in SCHEMES {
        for band in scheme.bands {
            let probes = [Some(band.from), band.to.map(|t| t - 1)];
            for followers in probes.into_iter().flatten() {
                assert!(
                    scheme.bands.contains(&scheme.band(followers)),
                    "{} at {followers}",
                    scheme.id
                );
            }
        }
        assert!(
            scheme.bands.contains(&scheme.band(u64::MAX)),
            "{}",
            scheme.id
        );
    }
}

#[test]
fn tier_scheme_ids_are_unique_and_round_trip() {
    let ids: Vec<&str> = SCHEMES.iter().map(|s| s.id).collect();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    for scheme in SCHEMES {
        let id = scheme.id;
        assert!(
            !id.is_empty() && id == id.trim() && id == id.to_ascii_lowercase(),
            "{id:?}"
        );
        assert!(
            id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "{id:?} in a URL"
        );
        assert_eq!(TierScheme::from_id(id), Some(scheme), "{id}");
        assert_eq!(
            TierScheme::from_id(&id.to_ascii_uppercase()),
            Some(scheme),
            "{id}"
        );
        assert_eq!(
            TierScheme::from_id(&format!(" {id} ")),
            Some(scheme),
            "{id}"
        );
    }
    assert_eq!(SCHEMES[0], STANDARD);
}

#[test]
fn every_tier_scheme_cites_its_source() {
    for scheme in SCHEMES {
        source_is_cited(&scheme.source, scheme.id);
    }
}

#[test]
fn tier_ids_are_unique() {
    let all = [
        Tier::Emerging,
        Tier::Nano,
        Tier::Micro,
        Tier::Mid,
        Tier::Macro,
        Tier::Mega,
        Tier::Celebrity,
        Tier::Vip,
        Tier::Unnamed,
    ];
    let ids: HashSet<&str> = all.iter().map(|t| t.id()).collect();
    let names: HashSet<&str> = all.iter().map(|t| t.name()).collect();
    assert_eq!(ids.len(), all.len());
    assert_eq!(names.len(), all.len());
    for scheme in SCHEMES {
        for band in scheme.bands {
            assert!(all.contains(&band.tier));
        }
    }
}

#[test]
fn every_micro_definition_is_a_real_range_with_a_source() {
    assert!(!MICRO_DEFINITIONS.is_empty());
    let names: HashSet<&str> = MICRO_DEFINITIONS.iter().map(|d| d.source.name).collect();
    assert_eq!(
        names.len(),
        MICRO_DEFINITIONS.len(),
        "one definition per source"
    );
    for d in MICRO_DEFINITIONS {
        let what = d.source.name;
        source_is_cited(&d.source, what);
        assert!(d.from < d.to, "{what}: {d:?}");
        assert!(d.contains(d.from) && d.contains(d.to - 1), "{what}");
        assert!(!d.contains(d.to), "{what}: not half-open");
        if d.from > 0 {
            assert!(!d.contains(d.from - 1), "{what}");
        }
    }
}

// ---------------------------------------------------------------------------
// Benchmarks
// ---------------------------------------------------------------------------

#[test]
fn every_benchmark_band_is_sorted_positive_and_ordered() {
    for benchmark in BENCHMARKS {
        bands_are_sorted_and_apart(benchmark);
        for band in benchmark.bands {
            band_is_sane(benchmark, band);
        }
    }
}

#[test]
fn every_benchmark_cites_its_source_and_says_what_it_is() {
    for b in BENCHMARKS {
        let what = format!("{:?} {}", b.platform, b.source.name);
        source_is_cited(&b.source, &what);
        assert!(!b.statistic.trim().is_empty(), "{what}: no statistic");
        assert!(!b.caveat.trim().is_empty(), "{what}: no caveat");
    }
}

#[test]
fn a_benchmark_used_in_verdicts_uses_one_of_our_formulas() {
    for b in BENCHMARKS {
        let what = format!("{:?} {}", b.platform, b.source.name);
        match b.excluded {
            None => assert!(
                b.formula.comparable_rate().is_some(),
                "{what}: included but its formula compares with none of our rates"
            ),
            Some(Exclusion::Formula) => assert_eq!(
                b.formula.comparable_rate(),
                None,
                "{what}: excluded for its formula, but the formula is comparable"
            ),
            Some(_) => {}
        }
        assert_eq!(
            b.verdict_rate().is_some(),
            b.excluded.is_none(),
            "{what}: verdict_rate"
        );
    }
}

#[test]
fn an_all_tiers_figure_covers_every_count() {
    for b in BENCHMARKS {
        if b.excluded == Some(Exclusion::AllTiers) {
            let what = format!("{:?} {}", b.platform, b.source.name);
            assert_eq!(b.bands.len(), 1, "{what}");
            assert_eq!((b.bands[0].from, b.bands[0].to), (0, None), "{what}");
        }
    }
}

#[test]
fn a_benchmark_band_is_found_for_its_own_counts() {
    for b in BENCHMARKS {
        for band in b.bands {
            assert_eq!(b.band(band.from), Some(*band));
            if let Some(to) = band.to {
                assert_eq!(b.band(to - 1), Some(*band));
            }
        }
    }
}

#[test]
fn benchmarks_are_grouped_by_platform() {
    let order: Vec<Platform> = BENCHMARKS.iter().map(|b| b.platform).collect();
    let mut seen = Vec::new();
    for platform in order {
        if seen.last() != Some(&platform) {
            assert!(
                !seen.contains(&platform),
                "{platform:?} appears in two groups"
            );
            seen.push(platform);
        }
    }
}

#[test]
fn instagram_always_has_a_per_follower_benchmark() {
    let ig = || {
        BENCHMARKS
            .iter()
            .filter(|b| b.platform == Platform::Instagram)
            .filter(|b| b.verdict_rate() == Some(RateKind::PerFollower))
    };
    let edges: Vec<u64> = ig()
        .flat_map(|b| {
            b.bands
                .iter()
                .flat_map(|band| [band.from, band.to.unwrap_or(u64::MAX)])
        })
        .chain([1, u64::MAX])
        .collect();
    for followers in edges {
        assert!(ig().any(|b| b.band(followers).is_some()), "{followers}");
    }
}

#[test]
fn pinterest_and_blogs_have_no_invented_benchmark() {
    for platform in [Platform::Pinterest, Platform::Blog] {
        assert_eq!(
            BENCHMARKS.iter().filter(|b| b.platform == platform).count(),
            0,
            "{platform:?}"
        );
    }
    for platform in [Platform::X, Platform::Facebook, Platform::LinkedIn] {
        assert!(
            BENCHMARKS
                .iter()
                .filter(|b| b.platform == platform)
                .all(|b| b.excluded.is_some()),
            "{platform:?}: brand studies must not judge creators"
        );
    }
}

#[test]
fn formulas_and_exclusions_describe_themselves() {
    let formulas = [
        Formula::LikesCommentsPerFollower,
        Formula::LikesPerFollower,
        Formula::InteractionsPerFollower,
        Formula::InteractionsPerView,
        Formula::NotStated,
    ];
    let described: HashSet<&str> = formulas.iter().map(|f| f.describe()).collect();
    assert_eq!(described.len(), formulas.len());
    let exclusions = [
        Exclusion::Formula,
        Exclusion::Brands,
        Exclusion::SponsoredOnly,
        Exclusion::AllTiers,
        Exclusion::TopQuartile,
        Exclusion::MethodChanged,
    ];
    let described: HashSet<&str> = exclusions.iter().map(|e| e.describe()).collect();
    assert_eq!(described.len(), exclusions.len());
    assert!(described.iter().all(|d| !d.is_empty()));
}

// ---------------------------------------------------------------------------
// Niches, platforms, thresholds
// ---------------------------------------------------------------------------

#[test]
fn niche_figures_are_positive_and_cited() {
    for f in NICHE_FIGURES {
        let what = format!("{:?} {}", f.niche, f.source.name);
        assert!(
            f.percent.is_finite() && f.percent > 0.0,
            "{what}: {}",
            f.percent
        );
        assert!(f.percent < 100.0, "{what}");
        assert!(!f.reading.trim().is_empty(), "{what}: no reading");
        assert!(!f.note.trim().is_empty(), "{what}: no note");
        source_is_cited(&f.source, &what);
    }
    assert_eq!(niche::figures(Niche::Travel).count(), 2);
    assert_eq!(niche::figures(Niche::Other).count(), 0);
}

#[test]
fn every_niche_round_trips_through_its_id() {
    let ids: HashSet<&str> = Niche::ALL.iter().map(|n| n.id()).collect();
    assert_eq!(ids.len(), Niche::ALL.len());
    for niche in Niche::ALL {
        let id = niche.id();
        assert_eq!(Niche::from_id(id), Some(niche), "{id}");
        assert_eq!(
            Niche::from_id(&id.to_ascii_uppercase()),
            Some(niche),
            "{id}"
        );
        assert_eq!(Niche::from_id(&format!("  {id}\t")), Some(niche), "{id}");
        assert!(!niche.name().is_empty(), "{id}");
    }
    assert_eq!(Niche::from_id(""), None);
    assert_eq!(Niche::from_id("knitting"), None);
    assert_eq!(Niche::default(), Niche::Other);
}

#[test]
fn every_platform_round_trips_through_its_id() {
    let ids: HashSet<&str> = Platform::ALL.iter().map(|p| p.id()).collect();
    assert_eq!(ids.len(), Platform::ALL.len());
    for platform in Platform::ALL {
        let id = platform.id();
        assert_eq!(Platform::from_id(id), Some(platform), "{id}");
        assert_eq!(
            Platform::from_id(&id.to_ascii_uppercase()),
            Some(platform),
            "{id}"
        );
        assert_eq!(
            Platform::from_id(&format!(" {id} ")),
            Some(platform),
            "{id}"
        );
        assert!(!platform.name().is_empty(), "{id}");
    }
    assert_eq!(Platform::from_id("twitter"), Some(Platform::X));
    assert_eq!(Platform::from_id(" Twitter "), Some(Platform::X));
    assert_eq!(Platform::from_id("newsletter"), Some(Platform::Blog));
    assert_eq!(Platform::from_id("NEWSLETTER"), Some(Platform::Blog));
    assert_eq!(Platform::from_id(""), None);
    assert_eq!(Platform::from_id("myspace"), None);
    assert_eq!(Platform::default(), Platform::Instagram);
}

#[test]
fn every_platform_labels_every_field() {
    let fields = [
        Field::Followers,
        Field::Likes,
        Field::Comments,
        Field::Shares,
        Field::Saves,
        Field::Views,
        Field::Posts,
        Field::List,
    ];
    for platform in Platform::ALL {
        let labels: Vec<&str> = fields.iter().map(|f| f.label(platform)).collect();
        assert!(labels.iter().all(|l| !l.trim().is_empty()), "{platform:?}");
        let unique: HashSet<&str> = labels.iter().copied().collect();
        assert_eq!(unique.len(), labels.len(), "{platform:?}: {labels:?}");
    }
    assert_eq!(Field::Followers.label(Platform::YouTube), "Subscribers");
    assert_eq!(Field::Comments.label(Platform::X), "Replies");
    assert_eq!(Field::Views.label(Platform::LinkedIn), "Impressions");
}

#[test]
fn verdict_and_flag_ids_are_unique() {
    let verdicts = [
        Verdict::Below,
        Verdict::Typical,
        Verdict::Above,
        Verdict::FarAbove,
        Verdict::Unknown,
    ];
    let ids: HashSet<&str> = verdicts.iter().map(|v| v.id()).collect();
    assert_eq!(ids.len(), verdicts.len());
    let flags = [
        Flag::LikesAboveFollowers,
        Flag::ImplausiblyHigh,
        Flag::ImplausiblyLow,
        Flag::FewComments,
    ];
    let ids: HashSet<&str> = flags.iter().map(|f| f.id()).collect();
    assert_eq!(ids.len(), flags.len());
}

#[test]
fn thresholds_are_ordered_sensibly() {
    // "Far above" must come before "implausibly high", and "implausibly low"
    // below the typical range.
    const { assert!(FAR_ABOVE_FACTOR > 1.0) };
    const { assert!(IMPLAUSIBLY_HIGH_FACTOR > FAR_ABOVE_FACTOR) };
    const { assert!(IMPLAUSIBLY_LOW_FACTOR > 0.0 && IMPLAUSIBLY_LOW_FACTOR < 1.0) };
    const { assert!(IMPLAUSIBLY_HIGH_PERCENT > 0.0 && IMPLAUSIBLY_HIGH_PERCENT < 100.0) };
    const { assert!(LIKES_PER_COMMENT_LIMIT > 0 && FEW_COMMENTS_MIN_LIKES >= LIKES_PER_COMMENT_LIMIT) };
}

#[test]
fn our_own_assumptions_are_labelled_as_such() {
    source_is_cited(&OWN_ASSUMPTION, "own assumption");
    assert!(OWN_ASSUMPTION.name.contains("own assumption"));
}
