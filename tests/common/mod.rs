//! Helpers shared by the calculator's native tests: what a person types, and
//! one-line `#[track_caller]` checks of what the page then says.
#![allow(dead_code, unused_imports)]

pub use influencer_rate_calculator::calc::{
    benchmarks::{Exclusion, RateKind},
    choice::Choice,
    engagement::{per_post_summary, EngagementRates, Interactions, PerPostSummary},
    evaluate,
    flags::Flag,
    format::percent_decimals,
    input::{
        parse_count, parse_positive, parse_post_list, InputError, ListError, ListErrorKind,
        PostCounts, MAX_COUNT, MAX_COUNT_BILLIONS, MAX_LIST_LINES,
    },
    niche::Niche,
    platform::Platform,
    tier::{self, Scheme, Tier, TierBand, TierScheme, MICRO_DEFINITIONS},
    typical::typical,
    verdict::{assess, judge, UnknownReason, Verdict},
    CreatorInputs, Field, Report,
};
pub use proptest::prelude::*;

pub use InputError::{Fractional, Negative, NotANumber, TooLarge, Zero};
pub use Platform::{Blog, Facebook, Instagram, LinkedIn, Pinterest, TikTok, YouTube, X};

/// Every field empty, Instagram, the default tier scheme.
pub const BLANK: CreatorInputs<'static> = CreatorInputs {
    platform: Platform::Instagram,
    niche: Niche::Other,
    scheme: Scheme::Standard,
    followers: "",
    likes: "",
    comments: "",
    shares: "",
    saves: "",
    views: "",
    posts: "",
    list: None,
};

/// What the page shows for an account with these totals over one post.
pub fn account(platform: Platform, followers: &str, likes: &str, comments: &str) -> Report {
    evaluate(&CreatorInputs {
        platform,
        followers,
        likes,
        comments,
        ..BLANK
    })
}

/// As [`account`], with views.
pub fn viewed(
    platform: Platform,
    followers: &str,
    likes: &str,
    comments: &str,
    views: &str,
) -> Report {
    evaluate(&CreatorInputs {
        platform,
        followers,
        likes,
        comments,
        views,
        ..BLANK
    })
}

/// As [`account`], from a pasted per-post list.
pub fn listed(platform: Platform, followers: &str, list: &str) -> Report {
    evaluate(&CreatorInputs {
        platform,
        followers,
        list: Some(list),
        ..BLANK
    })
}

#[track_caller]
pub fn close(got: Option<f64>, want: f64, what: &str) {
    let got = got.unwrap_or_else(|| panic!("{what}: no rate, wanted {want}"));
    let tolerance = 1e-12 * want.abs().max(1.0);
    assert!(
        (got - want).abs() <= tolerance,
        "{what}: got {got}, wanted {want}"
    );
}

/// Equal to `want` as written, to its last decimal place (at most 0.0005% apart
/// in relative terms, or 0.0006 absolute for figures written to 3 decimals).
#[track_caller]
pub fn about(got: Option<f64>, want: f64, what: &str) {
    let got = got.unwrap_or_else(|| panic!("{what}: nothing, wanted about {want}"));
    assert!(
        (got - want).abs() <= 6e-4_f64.max(want.abs() * 5e-5),
        "{what}: got {got}, wanted about {want}"
    );
}

// --- parsing ---

#[track_caller]
pub fn count(text: &str, want: u64) {
    assert_eq!(parse_count(text), Ok(Some(want)), "{text:?}");
}

#[track_caller]
pub fn empty(text: &str) {
    assert_eq!(parse_count(text), Ok(None), "{text:?}");
    assert_eq!(parse_positive(text), Ok(None), "{text:?} (positive)");
}

#[track_caller]
pub fn rejects(text: &str, want: InputError) {
    assert_eq!(parse_count(text), Err(want), "{text:?}");
}

#[track_caller]
pub fn positive(text: &str, want: u64) {
    assert_eq!(parse_positive(text), Ok(Some(want)), "{text:?}");
}

#[track_caller]
pub fn rejects_positive(text: &str, want: InputError) {
    assert_eq!(parse_positive(text), Err(want), "{text:?}");
}

#[track_caller]
pub fn message(error: InputError, label: &str, want: &str) {
    assert_eq!(error.message(label), want, "{error:?}");
}

/// The message beside `field` when `text` is typed into it on `platform`.
#[track_caller]
pub fn field_says(platform: Platform, field: Field, text: &str, want: &str) {
    let mut inputs = CreatorInputs { platform, ..BLANK };
    match field {
        Field::Followers => inputs.followers = text,
        Field::Likes => inputs.likes = text,
        Field::Comments => inputs.comments = text,
        Field::Shares => inputs.shares = text,
        Field::Saves => inputs.saves = text,
        Field::Views => inputs.views = text,
        Field::Posts => inputs.posts = text,
        Field::List => inputs.list = Some(text),
    }
    let report = evaluate(&inputs);
    assert_eq!(
        report.error(field),
        Some(want),
        "{platform:?} {field:?} {text:?}"
    );
    assert_eq!(report.errors.len(), 1, "{platform:?} {field:?} {text:?}");
}

#[track_caller]
pub fn field_accepts(platform: Platform, field: Field, text: &str) {
    let mut inputs = CreatorInputs { platform, ..BLANK };
    match field {
        Field::Followers => inputs.followers = text,
        Field::Likes => inputs.likes = text,
        Field::Comments => inputs.comments = text,
        Field::Shares => inputs.shares = text,
        Field::Saves => inputs.saves = text,
        Field::Views => inputs.views = text,
        Field::Posts => inputs.posts = text,
        Field::List => inputs.list = Some(text),
    }
    let report = evaluate(&inputs);
    assert_eq!(report.errors, vec![], "{platform:?} {field:?} {text:?}");
}

// --- per-post list ---

/// Likes and comments of each post, nothing else given.
#[track_caller]
pub fn list(text: &str, want: &[(u64, u64)]) {
    let want: Vec<PostCounts> = want
        .iter()
        .map(|&(likes, comments)| PostCounts {
            likes,
            comments,
            ..PostCounts::default()
        })
        .collect();
    assert_eq!(parse_post_list(text), Ok(want), "{text:?}");
}

/// Every column of one post.
#[track_caller]
pub fn list_row(
    text: &str,
    likes: u64,
    comments: u64,
    shares: Option<u64>,
    saves: Option<u64>,
    views: Option<u64>,
) {
    let want = PostCounts {
        likes,
        comments,
        shares,
        saves,
        views,
    };
    assert_eq!(parse_post_list(text), Ok(vec![want]), "{text:?}");
}

#[track_caller]
pub fn list_rejects(text: &str, want: &str) {
    match parse_post_list(text) {
        Err(e) => assert_eq!(e.to_string(), want, "{text:?}"),
        Ok(posts) => panic!("{text:?}: read as {posts:?}, wanted {want:?}"),
    }
}

// --- tiers ---

#[track_caller]
pub fn tier(scheme: &str, followers: u64, want: &str) {
    let s = Scheme::from_id(scheme).unwrap_or_else(|| panic!("no scheme {scheme:?}"));
    let band = s.table().band(followers);
    assert_eq!(band.tier.id(), want, "{scheme} at {followers}");
    assert!(
        band.span.contains(followers),
        "{scheme} at {followers}: {band:?}"
    );
}

/// The tier shown for what was typed, under the default scheme.
#[track_caller]
pub fn typed_tier(followers: &str, want: &str) {
    let report = account(Instagram, followers, "", "");
    assert_eq!(
        report.tier.map(|b| b.tier.id()),
        Some(want),
        "{followers:?}"
    );
}

#[track_caller]
pub fn band_index(scheme: Scheme, followers: u64) -> usize {
    let table = scheme.table();
    let band = table.band(followers);
    table
        .bands
        .iter()
        .position(|b| *b == band)
        .unwrap_or_else(|| {
            panic!(
                "{} at {followers}: {band:?} is not in the table",
                scheme.id()
            )
        })
}

#[track_caller]
pub fn edge(scheme: Scheme, followers: u64, want_index: usize) {
    assert_eq!(
        band_index(scheme, followers),
        want_index,
        "{} at {followers}",
        scheme.id()
    );
}

// --- engagement ---

/// Per-follower ER of one post on Instagram.
#[track_caller]
pub fn er(followers: &str, likes: &str, comments: &str, want_percent: f64) {
    let report = account(Instagram, followers, likes, comments);
    assert_eq!(
        report.errors,
        vec![],
        "{followers:?} {likes:?} {comments:?}"
    );
    close(
        report.rates.per_follower,
        want_percent,
        &format!("ER of {followers:?} {likes:?} {comments:?}"),
    );
}

/// Per-follower ER of totals over `posts` posts.
#[track_caller]
pub fn er_posts(followers: &str, likes: &str, comments: &str, posts: &str, want_percent: f64) {
    let report = evaluate(&CreatorInputs {
        followers,
        likes,
        comments,
        posts,
        ..BLANK
    });
    assert_eq!(
        report.errors,
        vec![],
        "{followers:?} {likes:?} {comments:?} {posts:?}"
    );
    close(
        report.rates.per_follower,
        want_percent,
        &format!("ER of {followers:?} {likes:?} {comments:?} over {posts:?}"),
    );
}

/// Extended ER (likes + comments + shares + saves) per follower, one post.
#[track_caller]
pub fn extended(followers: &str, interactions: [&str; 4], want_percent: f64) {
    let [likes, comments, shares, saves] = interactions;
    let report = evaluate(&CreatorInputs {
        followers,
        likes,
        comments,
        shares,
        saves,
        ..BLANK
    });
    assert_eq!(report.errors, vec![], "{followers:?} {interactions:?}");
    close(
        report.rates.extended,
        want_percent,
        &format!("extended ER of {followers:?} {interactions:?}"),
    );
}

/// ER by views: (likes + comments + shares + saves) / views.
#[track_caller]
pub fn per_view(interactions: [&str; 4], views: &str, want_percent: f64) {
    let [likes, comments, shares, saves] = interactions;
    let report = evaluate(&CreatorInputs {
        platform: TikTok,
        likes,
        comments,
        shares,
        saves,
        views,
        ..BLANK
    });
    assert_eq!(report.errors, vec![], "{interactions:?} {views:?}");
    close(
        report.rates.per_view,
        want_percent,
        &format!("ER by views of {interactions:?} / {views:?}"),
    );
}

/// No per-follower ER can be computed from these.
#[track_caller]
pub fn no_er(followers: &str, likes: &str, comments: &str) {
    let report = account(Instagram, followers, likes, comments);
    assert_eq!(
        report.rates.per_follower, None,
        "{followers:?} {likes:?} {comments:?}"
    );
    assert_eq!(
        report.rates.extended, None,
        "{followers:?} {likes:?} {comments:?}"
    );
}

// --- verdicts and flags ---

/// The verdict for one post with these numbers (views may be empty).
#[track_caller]
pub fn verdict(
    platform: Platform,
    followers: &str,
    likes: &str,
    comments: &str,
    views: &str,
    want: &str,
) {
    let report = viewed(platform, followers, likes, comments, views);
    let a = &report.assessment;
    assert_eq!(
        a.verdict.id(),
        want,
        "{platform:?} {followers:?} {likes:?} {comments:?} {views:?}: {a:#?}"
    );
    if a.verdict != Verdict::Unknown {
        assert_eq!(a.unknown_reason, None);
        assert!(a.figures.iter().any(|f| f.used), "a verdict uses a figure");
        for f in &a.figures {
            let kind = a.rate.map(|(k, _)| k);
            assert_eq!(f.used, f.benchmark.verdict_rate() == kind, "{f:?}");
        }
    }
}

/// No verdict, for `want` reason.
#[track_caller]
pub fn no_verdict(
    platform: Platform,
    followers: &str,
    likes: &str,
    comments: &str,
    views: &str,
    want: UnknownReason,
) {
    let report = viewed(platform, followers, likes, comments, views);
    let a = &report.assessment;
    let what = format!("{platform:?} {followers:?} {likes:?} {comments:?} {views:?}");
    assert_eq!(a.verdict, Verdict::Unknown, "{what}: {a:#?}");
    assert_eq!(a.unknown_reason, Some(want), "{what}");
    assert_eq!(a.rate, None, "{what}");
    assert_eq!(a.typical, None, "{what}");
    assert!(a.figures.iter().all(|f| !f.used), "{what}: nothing is used");
}

/// Which kind of rate the verdict judged, and its value.
/// The verdict judged the rate of `kind` and it is the report's own.
#[track_caller]
pub fn judged(
    kind: RateKind,
    platform: Platform,
    followers: &str,
    likes: &str,
    comments: &str,
    views: &str,
) {
    let report = viewed(platform, followers, likes, comments, views);
    let (judged, value) = report.assessment.rate.expect("a judged rate");
    assert_eq!(judged, kind, "{platform:?} {followers:?}");
    let own = match kind {
        RateKind::PerView => report.rates.per_view,
        RateKind::PerFollower => report.rates.per_follower,
    };
    assert_eq!(Some(value), own);
}

/// The typical range (lowest low, highest high) the verdict compared with.
#[track_caller]
pub fn typical_range(platform: Platform, followers: &str, views: &str, low: f64, high: f64) {
    let report = viewed(platform, followers, "100", "10", views);
    let t = report.assessment.typical.expect("a typical range");
    about(
        Some(t.floor),
        low,
        &format!("floor on {platform:?} at {followers:?}"),
    );
    about(
        Some(t.ceiling),
        high,
        &format!("ceiling on {platform:?} at {followers:?}"),
    );
}

#[track_caller]
pub fn flagged(
    platform: Platform,
    followers: &str,
    likes: &str,
    comments: &str,
    posts: &str,
    want: &[&str],
) {
    let report = evaluate(&CreatorInputs {
        platform,
        followers,
        likes,
        comments,
        posts,
        ..BLANK
    });
    let ids: Vec<&str> = report.flags.iter().map(|f| f.id()).collect();
    assert_eq!(
        ids, want,
        "{platform:?} {followers:?} {likes:?} {comments:?} over {posts:?}"
    );
}

#[track_caller]
pub fn flagged_per_view(
    platform: Platform,
    followers: &str,
    likes: &str,
    comments: &str,
    views: &str,
    want: &[&str],
) {
    let report = viewed(platform, followers, likes, comments, views);
    let ids: Vec<&str> = report.flags.iter().map(|f| f.id()).collect();
    assert_eq!(
        ids, want,
        "{platform:?} {followers:?} {likes:?} {comments:?} {views:?}"
    );
}

/// Text shaped like a count: signs, digits, separators, suffixes, nouns.
pub fn countish() -> impl Strategy<Value = String> {
    prop_oneof![
        "[-+\u{2212}]? ?[0-9]{0,25}([.,][0-9]{0,25})? ?(k|K|m|M|b|B|mn|bn|mln|mil|mio|thousand|million|billion)?( followers| likes| views)?",
        "[0-9.,' _\u{a0}\u{202f}\u{2009}kKmMbB+\u{2212}-]{0,30}",
        "[0-9]{1,3}([,. \u{a0}][0-9]{2,3}){0,6}([.,][0-9]{0,4})?[kKmMbB]?",
    ]
}

/// Any text at all, and text shaped like a count.
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "\\PC*", countish()]
}

/// Text shaped like a pasted per-post list.
pub fn listish() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        "([0-9.,kK ]{0,8}[,;|\t ] ?){0,7}[0-9]{0,6}",
        prop::collection::vec(countish(), 0..7).prop_map(|v| v.join(", ")),
        prop::collection::vec(countish(), 0..7).prop_map(|v| v.join("\t")),
        "\\PC{0,20}",
    ];
    prop_oneof![
        any::<String>(),
        "\\PC*",
        prop::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n")),
    ]
}

/// Follower counts, biased towards the sizes where tiers change.
pub fn followers() -> impl Strategy<Value = u64> {
    prop_oneof![any::<u64>(), 0..=MAX_COUNT, 0u64..2_000_000, 0u64..20_000]
}

pub fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

pub fn indian(n: u64) -> String {
    let digits = n.to_string();
    if digits.len() <= 3 {
        return digits;
    }
    let (head, last) = digits.split_at(digits.len() - 3);
    let mut out = String::new();
    for (i, c) in head.chars().enumerate() {
        if i > 0 && (head.len() - i).is_multiple_of(2) {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out},{last}")
}

/// `n` in units of `unit` (10^`width`) with an exact decimal part: "1.234K".
/// The whole part is grouped with `group` (or not, if empty).
pub fn suffixed(n: u64, width: u32, suffix: &str, decimal: char, group: &str) -> Option<String> {
    let unit = 10u64.pow(width);
    let (whole, rem) = (n / unit, n % unit);
    let whole = if group.is_empty() {
        whole.to_string()
    } else {
        grouped(whole, group)
    };
    if rem == 0 {
        // "1,234K" and "1.234K" read as 1.234 thousand: a grouped whole part
        // with no decimal part is ambiguous, so it is not generated.
        let ambiguous = (group == "," || group == ".") && whole.contains(group);
        return (!ambiguous).then(|| format!("{whole}{suffix}"));
    }
    let width = usize::try_from(width).unwrap_or(0);
    let frac = format!("{rem:0width$}");
    Some(format!(
        "{whole}{decimal}{}{suffix}",
        frac.trim_end_matches('0')
    ))
}

/// `n` written the way a person might; `None` where the style does not apply.
pub fn written(n: u64, style: u8) -> Option<String> {
    Some(match style {
        0 => n.to_string(),
        1 => grouped(n, ","),
        2 => grouped(n, " "),
        3 => grouped(n, "\u{a0}"),
        4 => grouped(n, "\u{202f}"),
        5 => grouped(n, "\u{2009}"),
        6 => grouped(n, "'"),
        7 => grouped(n, "_"),
        8 => grouped(n, "."),
        9 => indian(n),
        10 => suffixed(n, 3, "K", '.', "")?,
        11 => suffixed(n, 3, "k", ',', "")?,
        12 => suffixed(n, 3, " thousand", '.', "")?,
        13 => suffixed(n, 3, "K", '.', " ")?,
        14 => suffixed(n, 3, "K", '.', ",")?,
        15 => suffixed(n, 3, "K", ',', ".")?,
        16 => suffixed(n, 6, "M", '.', "")?,
        17 => suffixed(n, 6, " million", ',', "")?,
        18 => suffixed(n, 6, "m", '.', ",")?,
        19 => suffixed(n, 9, "B", '.', "")?,
        20 => suffixed(n, 9, " billion", ',', "")?,
        21 => format!("{} followers", grouped(n, ",")),
        22 => format!("+{}", grouped(n, " ")),
        23 => format!("  {}\u{a0}", grouped(n, ",")),
        24 => format!("{} likes", suffixed(n, 3, "k", '.', "")?),
        _ => return None,
    })
}
