#![cfg(not(target_arch = "wasm32"))]
//! Invariants of every data table: tier schemes, benchmarks, sources, niche
//! figures, micro definitions, currencies and every named choice. A new row
//! that breaks one fails here, naming the table and the row. Where a rule is
//! about the source text ("one fact, one place"), the test reads `src/`.

use std::collections::{HashMap, HashSet};
use std::fmt::Debug;
use std::path::{Path, PathBuf};

use influencer_rate_calculator::calc::{
    benchmarks::{Band, Benchmark, Exclusion, Formula, RateKind, BENCHMARKS},
    choice::Choice,
    currency::{Currency, RATES_DATE},
    deliverable::Deliverable,
    engagement::{EngagementRates, Interactions},
    fee::terms::{Exclusivity, Usage},
    flags::{
        self, Flag, FEW_COMMENTS_MIN_LIKES, HIDDEN_LIKES_MAX, HIDDEN_LIKES_MIN_COMMENTS,
        HIDDEN_LIKES_MIN_VIEWS, IMPLAUSIBLY_HIGH_FACTOR, IMPLAUSIBLY_HIGH_PERCENT,
        IMPLAUSIBLY_LOW_PERCENT, LIKES_PER_COMMENT_LIMIT,
    },
    niche::{self, Niche, NICHE_FIGURES},
    platform::Platform,
    sources::{self, Kind, Source, OWN_ASSUMPTION},
    tier::{Scheme, Tier, MICRO_DEFINITIONS},
    typical::typical,
    verdict::{assess, Verdict, FAR_ABOVE_FACTOR},
    Field,
};
use influencer_rate_calculator::state::{Key, Mode, PostsMode, Theme};

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
        assert!((1990..=2026).contains(&year), "{what}: year {year}");
    }
    assert!(
        sources::ALL.contains(source),
        "{what}: {} is not in sources::ALL",
        source.name
    );
}

#[track_caller]
fn scheme_is_complete(scheme: Scheme) {
    let id = scheme.id();
    let table = scheme.table();
    let bands = table.bands;
    assert!(!bands.is_empty(), "{id}: no bands");
    assert_eq!(bands[0].span.from, 0, "{id}: does not start at 0");
    for pair in bands.windows(2) {
        let (a, b) = (pair[0].span, pair[1].span);
        assert_eq!(
            a.to,
            Some(b.from),
            "{id}: gap or overlap between {a:?} and {b:?}"
        );
    }
    for band in bands.iter().map(|b| b.span) {
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
    assert_eq!(last.span.to, None, "{id}: last band is not open-ended");
    let tiers: Vec<Tier> = bands.iter().map(|b| b.tier).collect();
    let unique: HashSet<Tier> = tiers.iter().copied().collect();
    assert_eq!(
        unique.len(),
        tiers.len(),
        "{id}: a tier appears twice: {tiers:?}"
    );
    assert!(!table.note.trim().is_empty(), "{id}: no note");
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
    if let Some(to) = band.span.to {
        assert!(band.span.from < to, "{what}: empty or reversed");
    }
}

#[track_caller]
fn bands_are_sorted_and_apart(benchmark: &Benchmark) {
    let what = format!("{:?} {}", benchmark.platform, benchmark.source.name);
    assert!(!benchmark.bands.is_empty(), "{what}: no bands");
    for pair in benchmark.bands.windows(2) {
        let (a, b) = (pair[0].span, pair[1].span);
        let a_to =
            a.to.unwrap_or_else(|| panic!("{what}: open band {a:?} before {b:?}"));
        assert!(a_to <= b.from, "{what}: {a:?} overlaps or is after {b:?}");
    }
}

/// Every option of `C` has a unique id (ignoring case) and name, is found by
/// its id however it is spaced or cased, and sits at its own index.
#[track_caller]
fn every_choice_round_trips<C: Choice + Debug>(what: &str) {
    every_choice_round_trips_by_id::<C>(what);
    let names: HashSet<&str> = C::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(
        names.len(),
        C::ALL.len(),
        "{what}: two options share a name"
    );
}

/// As [`every_choice_round_trips`], for options whose names may repeat.
#[track_caller]
fn every_choice_round_trips_by_id<C: Choice + Debug>(what: &str) {
    assert!(!C::ALL.is_empty(), "{what}: no options");
    let ids: HashSet<String> = C::ALL.iter().map(|c| c.id().to_ascii_lowercase()).collect();
    assert_eq!(ids.len(), C::ALL.len(), "{what}: two options share an id");
    for (i, &c) in C::ALL.iter().enumerate() {
        let id = c.id();
        assert!(!id.is_empty() && id == id.trim(), "{what}: id {id:?}");
        assert!(!c.name().trim().is_empty(), "{what} {c:?}: no name");
        assert_eq!(C::from_id(id), Some(c), "{what}: {id}");
        assert_eq!(
            C::from_id(&id.to_ascii_uppercase()),
            Some(c),
            "{what}: {id}"
        );
        assert_eq!(C::from_id(&format!("  {id}\t")), Some(c), "{what}: {id}");
        assert_eq!(c.index(), i, "{what}: {c:?}");
    }
    for &(alias, target) in C::aliases() {
        assert!(
            !ids.contains(&alias.to_ascii_lowercase()),
            "{what}: alias {alias:?} shadows an id"
        );
        assert_eq!(C::from_id(alias), Some(target), "{what}: alias {alias}");
    }
    assert_eq!(C::from_id(""), None, "{what}");
    assert_eq!(C::from_id("no-such-option"), None, "{what}");
}

/// `low` is strictly below `high`: two thresholds in the order the app relies on.
#[track_caller]
fn ordered(what: &str, low: u64, high: u64) {
    assert!(low < high, "{what}: {low} is not below {high}");
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(!files.is_empty(), "no .rs files under {}", dir.display());
    files
}

fn src(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(sub)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The code of a Rust file with comments removed and every string or char
/// literal's contents blanked, line breaks kept (so line numbers still hold).
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                if chars[i] == '\n' {
                    out.push('\n');
                }
                i += 1;
            }
            i += 2;
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if chars.get(i) == Some(&'\n') {
                    out.push('\n');
                }
                i += 1;
            }
            out.push('"');
            i += 1;
        } else if c == '\'' && next == Some('\\') {
            // An escaped char literal: '\n', '\'', '\u{a0}'.
            out.push_str("' '");
            i += 3;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
        } else if c == '\'' && next.is_some() && chars.get(i + 2) == Some(&'\'') {
            out.push_str("' '");
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The decimal literals (`2.28`, `1_105.0`, `3.6725f64`) in `code`, with
/// their 1-based line numbers.
fn decimal_literals(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let starts_token = i == 0
                || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_' || chars[i - 1] == '.');
            if starts_token && chars[i].is_ascii_digit() {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '_') {
                    i += 1;
                }
                let has_fraction = chars.get(i) == Some(&'.')
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if has_fraction {
                    i += 1;
                    while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '_') {
                        i += 1;
                    }
                    found.push((n + 1, chars[start..i].iter().collect()));
                }
            }
            i += 1;
        }
    }
    found
}

/// Significant digits of a decimal literal: `2.28` has 3, `1_105.0` 4, `100.0` 1.
fn significant_digits(literal: &str) -> usize {
    let digits: String = literal.chars().filter(char::is_ascii_digit).collect();
    digits.trim_start_matches('0').trim_end_matches('0').len()
}

// ---------------------------------------------------------------------------
// Named choices
// ---------------------------------------------------------------------------

#[test]
fn every_choice_has_unique_ids_and_names_that_round_trip() {
    every_choice_round_trips::<Platform>("Platform");
    every_choice_round_trips::<Niche>("Niche");
    every_choice_round_trips::<Currency>("Currency");
    // "Post" is X's, Facebook's and LinkedIn's: names are unique per platform.
    every_choice_round_trips_by_id::<Deliverable>("Deliverable");
    for &platform in Platform::ALL {
        let names: Vec<&str> = Deliverable::for_platform(platform)
            .map(Choice::name)
            .collect();
        let unique: HashSet<&str> = names.iter().copied().collect();
        assert_eq!(unique.len(), names.len(), "{platform:?}: {names:?}");
    }
    for &d in Deliverable::ALL {
        assert!(
            Deliverable::for_platform(d.platform()).any(|x| x == d),
            "{d:?}"
        );
    }
    every_choice_round_trips::<Tier>("Tier");
    every_choice_round_trips::<Scheme>("Scheme");
    every_choice_round_trips::<Verdict>("Verdict");
    every_choice_round_trips::<Flag>("Flag");
    every_choice_round_trips::<Usage>("Usage");
    every_choice_round_trips::<Exclusivity>("Exclusivity");
    every_choice_round_trips::<Key>("state::Key");
    every_choice_round_trips::<Mode>("state::Mode");
    every_choice_round_trips::<Theme>("state::Theme");
    every_choice_round_trips::<PostsMode>("state::PostsMode");
}

#[test]
fn choice_ids_fit_in_a_url() {
    fn url_safe<C: Choice + Debug>(what: &str) {
        for &c in C::ALL {
            let id = c.id();
            assert!(
                id.chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_'),
                "{what} {c:?}: {id:?} in a URL"
            );
        }
    }
    url_safe::<Platform>("Platform");
    url_safe::<Niche>("Niche");
    url_safe::<Scheme>("Scheme");
    url_safe::<Tier>("Tier");
    url_safe::<Verdict>("Verdict");
    url_safe::<Flag>("Flag");
}

#[test]
fn platforms_keep_their_old_names_and_defaults() {
    assert_eq!(Platform::from_id("twitter"), Some(Platform::X));
    assert_eq!(Platform::from_id(" Twitter "), Some(Platform::X));
    assert_eq!(Platform::from_id("newsletter"), Some(Platform::Blog));
    assert_eq!(Platform::from_id("NEWSLETTER"), Some(Platform::Blog));
    assert_eq!(Platform::from_id("myspace"), None);
    assert_eq!(Platform::default(), Platform::Instagram);
    assert_eq!(Niche::from_id("knitting"), None);
    assert_eq!(Niche::default(), Niche::Other);
    assert_eq!(Scheme::default(), Scheme::Standard);
    assert_eq!(Scheme::ALL[0], Scheme::Standard, "the default comes first");
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
    for &platform in Platform::ALL {
        let labels: Vec<&str> = fields.iter().map(|f| f.label(platform)).collect();
        assert!(labels.iter().all(|l| !l.trim().is_empty()), "{platform:?}");
        let unique: HashSet<&str> = labels.iter().copied().collect();
        assert_eq!(unique.len(), labels.len(), "{platform:?}: {labels:?}");
    }
    assert_eq!(Field::Followers.label(Platform::YouTube), "Subscribers");
    assert_eq!(Field::Comments.label(Platform::X), "Replies");
    assert_eq!(Field::Views.label(Platform::LinkedIn), "Impressions");
}

// ---------------------------------------------------------------------------
// Sources: every publication once
// ---------------------------------------------------------------------------

#[test]
fn no_two_sources_share_a_name() {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, s) in sources::ALL.iter().enumerate() {
        if let Some(first) = seen.insert(s.name, i) {
            panic!("sources::ALL[{first}] and [{i}] are both {:?}", s.name);
        }
        source_is_cited(s, s.name);
    }
}

#[test]
fn every_source_constant_is_listed_in_all() {
    // The constants are defined in the folder's files; the list is in mod.rs.
    let text = include_str!("../src/calc/sources/mod.rs");
    let all_files = [
        text,
        include_str!("../src/calc/sources/studies.rs"),
        include_str!("../src/calc/sources/prices.rs"),
    ]
    .concat();
    let defined: Vec<&str> = all_files
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub const "))
        .filter_map(|l| l.split_once(": Source ="))
        .map(|(name, _)| name.trim())
        .collect();
    assert!(defined.len() > 10, "found only {defined:?}");
    let list_start = text
        .find("pub const ALL: &[Source] = &[")
        .expect("sources::ALL");
    let list = &text[list_start..];
    let list = &list[list.find("= &[").expect("= &[") + 4..list.find("];").expect("];")];
    let listed: Vec<&str> = code_only(list)
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            // `code_only` returns an owned String; keep the names by matching them back.
            defined
                .iter()
                .copied()
                .find(|d| *d == s)
                .unwrap_or_else(|| panic!("sources::ALL lists {s:?}, not a Source constant"))
        })
        .collect();
    let missing: Vec<&&str> = defined.iter().filter(|d| !listed.contains(d)).collect();
    assert!(missing.is_empty(), "not in sources::ALL: {missing:?}");
    let unique: HashSet<&&str> = listed.iter().collect();
    assert_eq!(
        unique.len(),
        listed.len(),
        "sources::ALL lists a constant twice"
    );
    assert_eq!(listed.len(), sources::ALL.len());
}

/// Where `code` builds a `Source`: a struct literal naming a field, or a
/// call of `source(...)` (not a method, not a longer name).
fn source_constructions(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let compact: String = code.split_whitespace().collect();
    for (i, _) in compact.match_indices("Source{") {
        let after = &compact[i + "Source{".len()..];
        let field = after.split([':', ',', '}']).next().unwrap_or("");
        if ["name", "year", "sample", "url", "kind", ".."]
            .iter()
            .any(|f| field.starts_with(f))
        {
            found.push(compact[i..(i + 40).min(compact.len())].to_owned());
        }
    }
    for (n, line) in code.lines().enumerate() {
        for (i, _) in line.match_indices("source(") {
            let before = line[..i].trim_end();
            let is_call =
                !line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.');
            if is_call && !before.ends_with("fn") {
                found.push(format!("line {}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn sources_are_constructed_only_in_sources_rs() {
    let home = src("calc/sources");
    let mut found = Vec::new();
    for path in rust_files(&src("")) {
        if !path.starts_with(&home) {
            for place in source_constructions(&code_only(&read(&path))) {
                found.push(format!("{}: {place}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "a Source made outside sources.rs:\n{}",
        found.join("\n")
    );
    // The scan finds the constructors sources.rs does use.
    let at_home: usize = rust_files(&home)
        .iter()
        .map(|p| source_constructions(&code_only(&read(p))).len())
        .sum();
    assert!(at_home > 10);
    assert_eq!(
        source_constructions("fn rate_source(self) -> Source { x.source() }"),
        Vec::<String>::new()
    );
    assert_eq!(
        source_constructions("let s = Source {\n name: \"x\", ..S };").len(),
        1
    );
    assert_eq!(
        source_constructions("const S: Source = source(\"x\");").len(),
        1
    );
}

/// Equal figures from different publications or meanings, each checked by
/// hand: the value, how many places may hold it, and why. A further copy of
/// any of them still fails.
const COINCIDENCES: &[(&str, usize, &str)] = &[
    (
        "22.9",
        2,
        "Minter.io 2019 publishes the same median post reach for 20-100K and 100K-1M",
    ),
    (
        "1.62",
        2,
        "HypeAuditor 2018 20K-100K average; Modash Instagram 5K-10K high",
    ),
    (
        "3.41",
        2,
        "Statista Sweden 2024 nano; SociaVault Labs YouTube 1K-10K 25th percentile",
    ),
    (
        "2.19",
        2,
        "Statista worldwide 2023 nano; Modash TikTok 2023 1K-5K high",
    ),
];

#[test]
fn no_figure_is_typed_twice() {
    let mut places: HashMap<u64, Vec<String>> = HashMap::new();
    for path in rust_files(&src("calc")) {
        let code = code_only(&read(&path));
        for (line, literal) in decimal_literals(&code) {
            if significant_digits(&literal) < 3 {
                continue;
            }
            let value: f64 = literal.replace('_', "").parse().expect("a decimal literal");
            let shown = path
                .strip_prefix(src(""))
                .unwrap_or(&path)
                .display()
                .to_string();
            places
                .entry(value.to_bits())
                .or_default()
                .push(format!("{shown}:{line} ({literal})"));
        }
    }
    assert!(
        places.len() > 50,
        "found only {} figures: is the scan reading src?",
        places.len()
    );
    let allowed = |value: u64, count: usize| {
        COINCIDENCES.iter().any(|&(literal, n, _)| {
            literal.parse::<f64>().map(f64::to_bits) == Ok(value) && count <= n
        })
    };
    let mut twice: Vec<String> = places
        .into_iter()
        .filter(|(value, p)| p.len() > 1 && !allowed(*value, p.len()))
        .map(|(_, p)| p.join(", "))
        .collect();
    twice.sort();
    assert!(
        twice.is_empty(),
        "figures typed in more than one place:\n{}",
        twice.join("\n")
    );
}

#[test]
fn the_scans_see_what_they_look_for() {
    // The scans above pass on an empty input too; check they would catch a case.
    let code =
        code_only("let a = 2.28; // 2.28 again\nlet s = \"10.58\"; let b = 1_105.0 + 0.5 + x.0.1;");
    let found: Vec<String> = decimal_literals(&code)
        .into_iter()
        .map(|(_, l)| l)
        .collect();
    assert_eq!(found, ["2.28", "1_105.0", "0.5"]);
    assert_eq!(significant_digits("2.28"), 3);
    assert_eq!(significant_digits("1_105.0"), 4);
    assert_eq!(significant_digits("100.0"), 1);
    assert_eq!(significant_digits("0.975"), 3);
    assert_eq!(
        code_only("a /* 1.25 */ b '\\'' 'x' '\\u{a0}'"),
        "a  b ' ' ' ' ' '"
    );
}

#[test]
fn our_own_assumptions_are_labelled_as_such() {
    source_is_cited(&OWN_ASSUMPTION, "own assumption");
    assert_eq!(OWN_ASSUMPTION.kind, Kind::Assumption);
    assert_eq!(Kind::Assumption.name(), "our assumption");
    let assumptions: Vec<&str> = sources::ALL
        .iter()
        .filter(|s| s.kind == Kind::Assumption)
        .map(|s| s.name)
        .collect();
    assert_eq!(
        assumptions,
        [OWN_ASSUMPTION.name],
        "one source speaks for our own choices"
    );
    assert_eq!(Scheme::Standard.table().source, OWN_ASSUMPTION);
    for &scheme in Scheme::ALL.iter().filter(|&&s| s != Scheme::Standard) {
        assert_ne!(
            scheme.table().source,
            OWN_ASSUMPTION,
            "{scheme:?} is published"
        );
    }
}

// ---------------------------------------------------------------------------
// Tier schemes
// ---------------------------------------------------------------------------

#[test]
fn every_tier_scheme_covers_every_count_once() {
    for &scheme in Scheme::ALL {
        scheme_is_complete(scheme);
    }
}

#[test]
fn no_scheme_falls_back_to_an_unlisted_band() {
    for &scheme in Scheme::ALL {
        let table = scheme.table();
        for band in table.bands {
            let edges = [
                Some(band.span.from),
                band.span.to.map(|t| t - 1),
                band.span.to,
            ];
            for count in edges.into_iter().flatten() {
                assert!(
                    table.bands.contains(&table.band(count)),
                    "{scheme:?} at {count}"
                );
            }
        }
        assert!(table.bands.contains(&table.band(u64::MAX)), "{scheme:?}");
    }
}

#[test]
fn every_tier_scheme_cites_its_source() {
    for &scheme in Scheme::ALL {
        source_is_cited(&scheme.table().source, scheme.id());
    }
}

#[test]
fn every_tier_a_scheme_uses_is_a_known_tier() {
    for &scheme in Scheme::ALL {
        for band in scheme.table().bands {
            assert!(Tier::ALL.contains(&band.tier), "{scheme:?}: {band:?}");
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
        let to = d.span.to.unwrap_or_else(|| panic!("{what}: open-ended"));
        assert!(d.span.from < to, "{what}: {d:?}");
        assert!(
            d.span.contains(d.span.from) && d.span.contains(to - 1),
            "{what}"
        );
        assert!(!d.span.contains(to), "{what}: not half-open");
        if d.span.from > 0 {
            assert!(!d.span.contains(d.span.from - 1), "{what}");
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
            Some(Exclusion::Impressions) => assert_eq!(
                b.formula,
                Formula::InteractionsPerImpression,
                "{what}: excluded as per impression, but it is not"
            ),
            Some(_) => {}
        }
        if b.formula == Formula::InteractionsPerImpression {
            assert_eq!(b.excluded, Some(Exclusion::Impressions), "{what}");
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
            assert_eq!(
                (b.bands[0].span.from, b.bands[0].span.to),
                (0, None),
                "{what}"
            );
        }
    }
}

#[test]
fn a_benchmark_band_is_found_for_its_own_counts() {
    for b in BENCHMARKS {
        for band in b.bands {
            assert_eq!(b.band(band.span.from), Some(*band));
            if let Some(to) = band.span.to {
                assert_eq!(b.band(to - 1), Some(*band));
            }
        }
    }
}

#[test]
fn benchmarks_are_grouped_by_platform() {
    let mut seen = Vec::new();
    for platform in BENCHMARKS.iter().map(|b| b.platform) {
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
fn instagram_always_has_a_typical_rate_per_follower_from_1000_up() {
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
                .flat_map(|band| [band.span.from, band.span.to.unwrap_or(u64::MAX)])
        })
        .chain([1_000, 10_000_000_000])
        .filter(|&e| e >= 1)
        .collect();
    for followers in edges {
        assert!(
            typical(Platform::Instagram, followers, RateKind::PerFollower).is_some(),
            "{followers}"
        );
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
        Formula::InteractionsPerImpression,
        Formula::NotStated,
    ];
    let described: HashSet<&str> = formulas.iter().map(|f| f.describe()).collect();
    assert_eq!(described.len(), formulas.len());
    let exclusions = [
        Exclusion::Formula,
        Exclusion::Impressions,
        Exclusion::Brands,
        Exclusion::AnyAccounts,
        Exclusion::SponsoredOnly,
        Exclusion::AllTiers,
        Exclusion::TopQuartile,
        Exclusion::Superseded,
    ];
    let described: HashSet<&str> = exclusions.iter().map(|e| e.describe()).collect();
    assert_eq!(described.len(), exclusions.len());
    assert!(described.iter().all(|d| !d.is_empty()));
}

// ---------------------------------------------------------------------------
// Niches, currencies, thresholds
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
fn every_currency_has_a_rate() {
    for &currency in Currency::ALL {
        assert!(currency.has_rate(), "{currency:?}");
        let per_usd = currency.per_usd();
        assert!(
            per_usd.is_finite() && per_usd > 0.0,
            "{currency:?}: {per_usd}"
        );
    }
}

/// Days since 0000-03-01 for a valid date (the civil-from-days algorithm).
fn days(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let m = if month <= 2 { month + 9 } else { month - 3 };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
}

/// A `YYYY-MM-DD` date as (year, month, day), or why it is not one.
fn iso_date(text: &str) -> Result<(i64, i64, i64), String> {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(format!("{text:?} is not YYYY-MM-DD"));
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(format!("{text:?} is not YYYY-MM-DD"));
    }
    let number = |s: &str| s.parse::<i64>().map_err(|e| format!("{text:?}: {e}"));
    let (year, month, day) = (number(y)?, number(m)?, number(d)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(format!("{text:?}: no month {month}")),
    };
    if !(1..=month_days).contains(&day) {
        return Err(format!("{text:?}: no day {day} in month {month}"));
    }
    Ok((year, month, day))
}

#[test]
fn the_exchange_rates_are_dated_and_recent() {
    let (y, m, d) = iso_date(RATES_DATE).unwrap_or_else(|e| panic!("RATES_DATE: {e}"));
    let age = days(2026, 12, 1) - days(y, m, d);
    assert!(age >= 0, "RATES_DATE {RATES_DATE} is after 2026-12-01");
    assert!(
        age <= 365,
        "RATES_DATE {RATES_DATE} is {age} days before 2026-12-01"
    );
}

#[test]
fn the_date_check_rejects_what_is_not_a_date() {
    assert_eq!(iso_date("2024-02-29"), Ok((2024, 2, 29)));
    assert!(iso_date("2026-02-29").is_err());
    assert!(iso_date("2026-13-01").is_err());
    assert!(iso_date("2026-04-31").is_err());
    assert!(iso_date("26-10-30").is_err());
    assert!(iso_date("2026/10/30").is_err());
    assert_eq!(days(2026, 12, 1) - days(2025, 12, 1), 365);
    assert_eq!(days(2024, 3, 1) - days(2024, 2, 28), 2);
}

#[test]
fn thresholds_are_ordered_sensibly() {
    // "Far above" comes before "implausibly high"; "implausibly low" is a
    // fraction of the bottom of the typical range; hidden likes are fewer
    // than the comments that reveal them.
    ordered("1 < far above", 1, u64::from(FAR_ABOVE_FACTOR));
    ordered(
        "far above < implausibly high",
        u64::from(FAR_ABOVE_FACTOR),
        u64::from(IMPLAUSIBLY_HIGH_FACTOR),
    );
    ordered(
        "0 < implausibly low %",
        0,
        u64::from(IMPLAUSIBLY_LOW_PERCENT),
    );
    ordered(
        "implausibly low % < 100",
        u64::from(IMPLAUSIBLY_LOW_PERCENT),
        100,
    );
    ordered(
        "0 < implausibly high %",
        0,
        u64::from(IMPLAUSIBLY_HIGH_PERCENT),
    );
    ordered(
        "implausibly high % < 100",
        u64::from(IMPLAUSIBLY_HIGH_PERCENT),
        100,
    );
    ordered("0 < likes per comment", 0, LIKES_PER_COMMENT_LIMIT);
    ordered(
        "likes per comment <= few-comments minimum",
        LIKES_PER_COMMENT_LIMIT - 1,
        FEW_COMMENTS_MIN_LIKES,
    );
    ordered(
        "hidden likes < comments",
        HIDDEN_LIKES_MAX,
        HIDDEN_LIKES_MIN_COMMENTS,
    );
    ordered(
        "hidden likes < views",
        HIDDEN_LIKES_MAX,
        HIDDEN_LIKES_MIN_VIEWS,
    );
}

/// The verdict and flags for `factor` times the typical range's `edge` at
/// Instagram 20K, per follower only.
fn judged_at(edge: fn(f64, f64) -> f64, factor: f64) -> (Verdict, Vec<Flag>) {
    let range = typical(Platform::Instagram, 20_000, RateKind::PerFollower).expect("a range");
    let rates = EngagementRates {
        per_follower: Some(edge(range.floor, range.ceiling) * factor),
        ..EngagementRates::default()
    };
    let assessment = assess(Platform::Instagram, Some(20_000), &rates);
    let raised = flags::flags(
        Some(20_000),
        1,
        &Interactions::default(),
        &rates,
        &assessment,
    );
    (assessment.verdict, raised)
}

#[test]
fn thresholds_leave_room_between_far_above_and_implausible() {
    let top = |_: f64, ceiling: f64| ceiling;
    let bottom = |floor: f64, _: f64| floor;
    let between = f64::midpoint(
        f64::from(FAR_ABOVE_FACTOR),
        f64::from(IMPLAUSIBLY_HIGH_FACTOR),
    );
    assert_eq!(judged_at(top, between), (Verdict::FarAbove, vec![]));
    assert_eq!(
        judged_at(top, f64::from(IMPLAUSIBLY_HIGH_FACTOR) * 1.01),
        (Verdict::FarAbove, vec![Flag::ImplausiblyHigh])
    );
    assert_eq!(judged_at(bottom, 0.99), (Verdict::Below, vec![]));
    let low = f64::from(IMPLAUSIBLY_LOW_PERCENT) / 100.0;
    assert_eq!(
        judged_at(bottom, low * 0.99),
        (Verdict::Below, vec![Flag::ImplausiblyLow])
    );
    assert_eq!(judged_at(bottom, low * 1.01), (Verdict::Below, vec![]));
}

// ---------------------------------------------------------------------------
// No import cycle between the calculator's modules
// ---------------------------------------------------------------------------

/// The `src/calc` modules each module's code names: `crate::calc::x` anywhere,
/// and `super::x` in files whose parent is `calc` itself (`calc/x.rs` and
/// `calc/x/mod.rs`). Grouped paths (`super::{a, b::c}`) count each item.
fn calc_imports() -> HashMap<String, HashSet<String>> {
    let calc = src("calc");
    let mut graph: HashMap<String, HashSet<String>> = HashMap::new();
    for path in rust_files(&calc) {
        let rel = path.strip_prefix(&calc).expect("under src/calc");
        let parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
            .collect();
        let module = parts[0].clone();
        if module == "mod" {
            continue;
        }
        let super_is_calc = parts.len() == 1 || (parts.len() == 2 && parts[1] == "mod");
        let code = code_only(&read(&path));
        let mut prefixes = vec!["crate::calc::"];
        if super_is_calc {
            prefixes.push("super::");
        }
        let deps = graph.entry(module.clone()).or_default();
        for prefix in prefixes {
            for (at, _) in code.match_indices(prefix) {
                let rest = &code[at + prefix.len()..];
                let names: Vec<&str> = match rest.strip_prefix('{') {
                    Some(group) => group[..group.find('}').unwrap_or(group.len())]
                        .split(',')
                        .collect(),
                    None => vec![rest],
                };
                for name in names {
                    let name: String = name
                        .trim()
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() && name != module && name != "self" {
                        deps.insert(name);
                    }
                }
            }
        }
    }
    graph
}

/// A cycle in `graph` as the modules along it, if there is one.
fn a_cycle(graph: &HashMap<String, HashSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &HashMap<String, HashSet<String>>,
        path: &mut Vec<String>,
        done: &mut HashSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if !done.insert(node.to_owned()) {
            return None;
        }
        path.push(node.to_owned());
        let mut next: Vec<&String> = graph.get(node).into_iter().flatten().collect();
        next.sort();
        let found = next.into_iter().find_map(|n| visit(n, graph, path, done));
        path.pop();
        found
    }
    let mut done = HashSet::new();
    let mut nodes: Vec<&String> = graph.keys().collect();
    nodes.sort();
    nodes
        .into_iter()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_import_cycle_between_calc_modules() {
    let graph = calc_imports();
    assert!(
        graph.len() > 15 && graph["fee"].contains("deliverable"),
        "the scan found too little: {graph:?}"
    );
    assert_eq!(a_cycle(&graph), None);
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let graph: HashMap<String, HashSet<String>> = [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")]
        .into_iter()
        .map(|(from, to)| (from.to_owned(), HashSet::from([to.to_owned()])))
        .collect();
    assert_eq!(
        a_cycle(&graph),
        Some(["a", "b", "c", "a"].map(String::from).to_vec())
    );
}
