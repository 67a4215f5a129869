//! The page state and its URL form: share links set every input and round
//! trip, hostile links change only their own value, and the fee is put
//! together in one place (`State::quote`).
#![cfg(not(target_arch = "wasm32"))]

use influencer_rate_calculator::calc::choice::Choice;
use influencer_rate_calculator::calc::currency::Currency;
use influencer_rate_calculator::calc::deliverable::Deliverable;
use influencer_rate_calculator::calc::fee::{estimate, Exclusivity, FeeInputs, Terms, Usage};
use influencer_rate_calculator::calc::niche::Niche;
use influencer_rate_calculator::calc::platform::Platform;
use influencer_rate_calculator::calc::tier::Scheme;
use influencer_rate_calculator::calc::{evaluate, Field};
use influencer_rate_calculator::query::{Query, MAX_LONG_VALUE_LEN, MAX_VALUE_LEN};
use influencer_rate_calculator::state::{
    default_package, is_long, parse_accent, Action, Key, Mode, PostsMode, State, Theme,
};
use proptest::prelude::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The query a browser would read from `search` (with or without `?`).
fn query(search: &str) -> Query {
    let search = search.strip_prefix('?').unwrap_or(search);
    Query::from_pairs(serde_urlencoded::from_str(search).expect("a decodable query"))
}

fn from(search: &str) -> State {
    State::from_query(&query(search), "en-US")
}

/// The search string for `pairs`, encoded as the browser would.
fn search(pairs: &[(&str, String)]) -> String {
    serde_urlencoded::to_string(pairs).expect("encodable")
}

/// The search string the app writes for `state`.
fn link(state: &State) -> String {
    serde_urlencoded::to_string(state.to_query().pairs()).expect("encodable")
}

#[track_caller]
fn round_trips(state: &State) {
    let search = link(state);
    assert_eq!(&from(&search), state, "{search}");
}

/// A valid value other than the default for each key, as the app writes it.
fn sample(key: Key) -> String {
    match key {
        Key::Mode => Mode::Brand.id().to_owned(),
        Key::Embed | Key::Rush | Key::Emv => "1".to_owned(),
        Key::Theme => Theme::Dark.id().to_owned(),
        Key::Accent => "#0b5cad".to_owned(),
        Key::Platform => Platform::YouTube.id().to_owned(),
        Key::Niche => Niche::Travel.id().to_owned(),
        Key::Scheme => Scheme::Izea.id().to_owned(),
        Key::Currency => Currency::Eur.id().to_owned(),
        Key::Deliverables => "integration:2,short:3".to_owned(),
        Key::Usage => Usage::Days90.id().to_owned(),
        Key::Exclusivity => Exclusivity::Days30.id().to_owned(),
        Key::List => "300, 20\n500, 40".to_owned(),
        Key::Whitelist => "2".to_owned(),
        // Every other key is a text input: a distinct number each.
        _ => (1_000 + key.index()).to_string(),
    }
}

/// Every key with its sample value, except `List` (a list switches the
/// totals fields out of the link).
fn every_input() -> Vec<(&'static str, String)> {
    Key::ALL
        .iter()
        .filter(|&&k| k != Key::List)
        .map(|&k| (k.id(), sample(k)))
        .collect()
}

/// What a key holds: its text for a text input, else its link value.
fn held(state: &State, key: Key) -> Option<String> {
    let text = state.text(key);
    if text.is_empty() {
        state.value(key)
    } else {
        Some(text.to_owned())
    }
}

// ---------------------------------------------------------------------------
// Reading a link
// ---------------------------------------------------------------------------

#[test]
fn a_share_link_sets_every_input() {
    let s = from(&search(&every_input()));
    for &key in Key::ALL {
        if key == Key::List {
            assert_eq!(s.value(key), None);
            continue;
        }
        assert_eq!(s.value(key), Some(sample(key)), "{key:?}");
    }
    assert_eq!(s.mode, Mode::Brand);
    assert!(s.embed && s.rush && s.emv);
    assert_eq!(s.theme, Theme::Dark);
    assert_eq!(s.accent.as_deref(), Some("#0b5cad"));
    assert_eq!(s.platform, Platform::YouTube);
    assert_eq!(s.niche, Niche::Travel);
    assert_eq!(s.scheme, Scheme::Izea);
    assert_eq!(s.currency, Currency::Eur);
    assert_eq!(s.usage, Usage::Days90);
    assert_eq!(s.exclusivity, Exclusivity::Days30);
    assert_eq!(
        s.package,
        vec![
            (Deliverable::Dedicated, 0),
            (Deliverable::Integration, 2),
            (Deliverable::Short, 3)
        ]
    );
    assert_eq!(s.posts_mode, PostsMode::Totals);
    assert_eq!(
        s.terms(),
        (
            Terms {
                usage: Usage::Days90,
                whitelist_months: 2,
                exclusivity: Exclusivity::Days30,
                rush: true,
            },
            None
        )
    );
    assert!(s.link_problems.is_empty(), "{:?}", s.link_problems);
    round_trips(&s);
}

#[test]
fn a_list_in_the_link_opens_list_mode() {
    let s = from(&search(&[
        ("followers", "10000".to_owned()),
        ("likes", "999".to_owned()),
        ("views", "5000".to_owned()),
        (Key::List.id(), sample(Key::List)),
    ]));
    assert_eq!(s.posts_mode, PostsMode::List);
    assert_eq!(s.text(Key::List), "300, 20\n500, 40");
    let inputs = s.inputs();
    assert_eq!(inputs.list, Some("300, 20\n500, 40"));
    assert_eq!(inputs.views, "");
    let report = evaluate(&inputs);
    assert_eq!(report.posts, 2);
    // In list mode the totals stay out of the link.
    assert_eq!(s.value(Key::Likes), None);
    assert_eq!(s.value(Key::Views), None);
    round_trips(&from(&link(&s)));
    assert_eq!(from("?list=%20%20").posts_mode, PostsMode::Totals);
}

#[test]
fn spaces_and_plus_signs_decode_as_people_typed_them() {
    assert_eq!(from("?followers=3+400").text(Key::Followers), "3 400");
    assert_eq!(from("?followers=%2B5").text(Key::Followers), "+5");
}

#[test]
fn unknown_choices_fall_back_only_themselves() {
    let s = State::from_query(
        &query("?platform=myspace&niche=cats&scheme=nope&currency=XYZ&usage=forever&exclusivity=60d&mode=admin&theme=neon&followers=5000&rush=1"),
        "en-GB",
    );
    assert_eq!(s.platform, Platform::Instagram);
    assert_eq!(s.niche, Niche::default());
    assert_eq!(s.scheme, Scheme::Standard);
    assert_eq!(s.currency, Currency::Gbp);
    assert_eq!(s.usage, Usage::None);
    assert_eq!(s.exclusivity, Exclusivity::None);
    assert_eq!(s.mode, Mode::Creator);
    assert_eq!(s.theme, Theme::Auto);
    assert_eq!(s.text(Key::Followers), "5000");
    assert!(s.rush);
}

#[test]
fn choices_read_case_insensitively_and_by_alias() {
    let s = from("?platform=TWITTER&niche=Travel&currency=gbp&usage=1Y&mode=Campaign&theme=LIGHT");
    assert_eq!(s.platform, Platform::X);
    assert_eq!(s.niche, Niche::Travel);
    assert_eq!(s.currency, Currency::Gbp);
    assert_eq!(s.usage, Usage::Year);
    assert_eq!(s.mode, Mode::Campaign);
    assert_eq!(s.theme, Theme::Light);
}

#[test]
fn a_hostile_value_changes_only_its_own_field() {
    let base = from(&search(&every_input()));
    for &hostile_key in Key::ALL {
        if hostile_key == Key::List {
            continue;
        }
        let pairs: Vec<(&str, String)> = every_input()
            .into_iter()
            .map(|(k, v)| {
                if k == hostile_key.id() {
                    (k, "<script>alert(1)</script>".to_owned())
                } else {
                    (k, v)
                }
            })
            .collect();
        let s = from(&search(&pairs));
        for &other in Key::ALL {
            // The package belongs to the platform: a platform that cannot be
            // read leaves the other platform's deliverables unread.
            let coupled = hostile_key == Key::Platform && other == Key::Deliverables;
            if other == hostile_key || coupled {
                continue;
            }
            assert_eq!(
                held(&s, other),
                held(&base, other),
                "hostile {hostile_key:?} changed {other:?}"
            );
        }
    }
}

#[test]
fn a_hostile_text_shows_up_in_its_own_field_with_a_message() {
    let s = from("?followers=12500&likes=%3Cscript%3Ealert(1)%3C%2Fscript%3E&comments=36");
    assert_eq!(s.text(Key::Likes), "<script>alert(1)</script>");
    let report = evaluate(&s.inputs());
    assert_eq!(
        report.error(Field::Likes),
        Some("Likes must be a number, like 12,500 or 12.5K")
    );
    assert_eq!(report.error(Field::Followers), None);
    assert_eq!(report.followers, Some(12_500));
}

#[test]
fn hostile_deal_values_change_only_themselves() {
    let s = from("?followers=5000&usage=forever&exclusivity=%3Cb%3E&rush=yes&whitelist=-3&deliverables=bomb:9,reel:x");
    let (terms, error) = s.terms();
    assert_eq!(terms.usage, Usage::None);
    assert_eq!(terms.exclusivity, Exclusivity::None);
    assert!(!terms.rush);
    assert_eq!(terms.whitelist_months, 0);
    assert_eq!(
        error.as_deref(),
        Some("Whitelisting months can't be negative")
    );
    assert_eq!(
        s.link_problems,
        vec![
            "unknown deliverable 'bomb'".to_owned(),
            "quantity 'x' for 'reel' is not a whole number, so 1 is used".to_owned()
        ]
    );
    assert_eq!(s.text(Key::Followers), "5000");
}

#[test]
fn whitelisting_beyond_six_months_is_capped_with_a_message() {
    let (terms, error) = from("?whitelist=36").terms();
    assert_eq!(terms.whitelist_months, 6);
    assert_eq!(
        error.as_deref(),
        Some("Whitelisting is priced for at most 6 months")
    );
}

#[test]
fn an_overlong_value_is_cut_not_rejected() {
    let long = "9".repeat(10_000);
    let s = from(&format!("?followers={long}&likes=5"));
    assert_eq!(s.text(Key::Followers).len(), MAX_VALUE_LEN);
    assert_eq!(s.text(Key::Likes), "5");
    // Cut on a character boundary.
    let accents = "é".repeat(100);
    let s = from(&search(&[("likes", accents)]));
    assert_eq!(s.text(Key::Likes), "é".repeat(MAX_VALUE_LEN / 2));
    // Lists may be long, up to their own limit.
    let list = "1, 2\n".repeat(MAX_LONG_VALUE_LEN);
    let s = from(&search(&[("list", list)]));
    assert!(is_long(Key::List));
    assert_eq!(s.text(Key::List).len(), MAX_LONG_VALUE_LEN);
    let medium = "1, 2\n".repeat(100);
    assert_eq!(
        from(&search(&[("list", medium.clone())])).text(Key::List),
        medium
    );
}

#[test]
fn repeated_keys_take_the_last_value() {
    let s = from("?followers=1&followers=2&platform=tiktok&platform=youtube");
    assert_eq!(s.text(Key::Followers), "2");
    assert_eq!(s.platform, Platform::YouTube);
}

#[test]
fn the_currency_follows_the_locale_unless_the_link_names_one() {
    let q = query("?followers=5000");
    assert_eq!(State::from_query(&q, "en-GB").currency, Currency::Gbp);
    assert_eq!(State::from_query(&q, "en-IN").currency, Currency::Inr);
    assert_eq!(State::from_query(&q, "").currency, Currency::Usd);
    let named = query("?currency=eur");
    assert_eq!(State::from_query(&named, "en-GB").currency, Currency::Eur);
    let bogus = query("?currency=XYZ");
    assert_eq!(State::from_query(&bogus, "en-GB").currency, Currency::Gbp);
}

// ---------------------------------------------------------------------------
// Writing a link
// ---------------------------------------------------------------------------

#[test]
fn empty_fields_and_defaults_stay_out_of_the_link() {
    let s = State::default()
        .apply(Action::Text(Key::Followers, "8k".into()))
        .apply(Action::Text(Key::Likes, "   ".into()))
        .apply(Action::Niche(Niche::default()))
        .apply(Action::Usage(Usage::None));
    assert_eq!(link(&s), "platform=instagram&followers=8k&currency=USD");
    assert_eq!(link(&State::default()), "platform=instagram&currency=USD");
}

#[test]
fn typed_states_round_trip_through_the_link() {
    for &mode in Mode::ALL {
        let s = State::default()
            .apply(Action::Mode(mode))
            .apply(Action::Platform(Platform::TikTok))
            .apply(Action::Scheme(Scheme::HypeAuditor2023))
            .apply(Action::Currency(Currency::Jpy))
            .apply(Action::Example)
            .apply(Action::Niche(Niche::Gaming))
            .apply(Action::Usage(Usage::Perpetual))
            .apply(Action::Exclusivity(Exclusivity::Days90))
            .apply(Action::Rush(true))
            .apply(Action::Emv(true))
            .apply(Action::Quantity(Deliverable::TikTokVideo, 4))
            .apply(Action::Text(Key::Whitelist, "3".into()))
            .apply(Action::Text(Key::Posts, "4".into()));
        round_trips(&s);
    }
    let list = State::default()
        .apply(Action::PostsMode(PostsMode::List))
        .apply(Action::Text(Key::Followers, "1,000".into()))
        .apply(Action::Text(Key::List, "1, 2\n3, 4".into()));
    round_trips(&list);
    round_trips(&from(&search(&every_input())));
}

#[test]
fn view_embed_theme_and_accent_round_trip() {
    let s = from("?mode=campaign&embed=1&theme=dark&accent=%23ABC");
    assert_eq!(s.mode, Mode::Campaign);
    assert!(s.embed);
    assert_eq!(s.theme, Theme::Dark);
    assert_eq!(s.accent.as_deref(), Some("#abc"));
    assert!(s.link_problems.is_empty());
    round_trips(&s);
    assert_eq!(from("?accent=0B5CAD").accent.as_deref(), Some("#0b5cad"));
    assert!(!from("?embed=0").embed);
    assert!(!from("?embed=yes").embed);
}

#[test]
fn an_invalid_accent_gives_a_link_problem() {
    for bad in ["red", "#abcd", "#ggg", "javascript:alert(1)", "#12345"] {
        let s = from(&search(&[
            ("accent", bad.to_owned()),
            ("followers", "5".into()),
        ]));
        assert_eq!(s.accent, None, "{bad}");
        assert_eq!(
            s.link_problems,
            vec![format!("accent '{bad}' is not a colour like #0b5cad")],
            "{bad}"
        );
        assert_eq!(s.text(Key::Followers), "5");
    }
    assert!(from("?accent=").link_problems.is_empty());
    assert_eq!(parse_accent("#abc"), Some("#abc".to_owned()));
    assert_eq!(parse_accent(" abcdef "), Some("#abcdef".to_owned()));
    assert_eq!(parse_accent("#abcdefg"), None);
    assert_eq!(parse_accent(""), None);
}

// ---------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------

#[test]
fn clear_keeps_the_platform_scheme_and_currency() {
    let s = State::default()
        .apply(Action::Platform(Platform::X))
        .apply(Action::Scheme(Scheme::Nielsen2022))
        .apply(Action::Currency(Currency::Gbp))
        .apply(Action::Example)
        .apply(Action::Niche(Niche::Tech))
        .apply(Action::Rush(true))
        .apply(Action::Clear);
    assert_eq!(s.platform, Platform::X);
    assert_eq!(s.scheme, Scheme::Nielsen2022);
    assert_eq!(s.currency, Currency::Gbp);
    assert_eq!(s.text(Key::Followers), "");
    assert_eq!(s.niche, Niche::default());
    assert!(!s.rush);
    assert_eq!(s.package, default_package(Platform::X));
    assert_eq!(link(&s), "platform=x&scheme=nielsen-2022&currency=GBP");
}

#[test]
fn the_example_fills_the_current_view() {
    let creator = State::default().apply(Action::Example);
    assert_eq!(creator.text(Key::Followers), "12.5K");
    let report = evaluate(&creator.inputs());
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert!(creator.quote(&report).is_some());
    let brand = State::default()
        .apply(Action::Mode(Mode::Brand))
        .apply(Action::Example);
    assert_eq!(brand.text(Key::Budget), "25,000");
}

// ---------------------------------------------------------------------------
// Deliverables
// ---------------------------------------------------------------------------

#[test]
fn with_no_deliverables_one_base_post_is_priced() {
    let s = from("?platform=youtube&followers=50000");
    assert_eq!(
        s.package,
        vec![
            (Deliverable::Dedicated, 1),
            (Deliverable::Integration, 0),
            (Deliverable::Short, 0)
        ]
    );
    assert_eq!(s.value(Key::Deliverables), None);
    let report = evaluate(&s.inputs());
    let fee = s.quote(&report).expect("followers are known");
    let by_hand = estimate(&FeeInputs {
        platform: Platform::YouTube,
        followers: 50_000,
        assessment: None,
        niche: s.niche,
        deliverables: &[],
        terms: Terms::default(),
    })
    .unwrap();
    assert_eq!(fee.range(), by_hand.range());
}

#[test]
fn changing_a_quantity_rewrites_the_package() {
    let s = from("?platform=instagram")
        .apply(Action::Quantity(Deliverable::Reel, 3))
        .apply(Action::Quantity(Deliverable::Story, 500));
    assert_eq!(
        s.value(Key::Deliverables).as_deref(),
        Some("post:1,reel:3,story:100")
    );
    round_trips(&s);
    // A deliverable of another platform is not in the package.
    let s2 = s.clone().apply(Action::Quantity(Deliverable::Short, 2));
    assert_eq!(s2.package, s.package);
}

#[test]
fn all_quantities_at_zero_is_kept_as_a_choice() {
    let s = from("?platform=instagram").apply(Action::Quantity(Deliverable::Post, 0));
    assert!(s.package.iter().all(|&(_, n)| n == 0));
    assert_eq!(s.value(Key::Deliverables).as_deref(), Some("post:0"));
    round_trips(&s);
    let back = from("?deliverables=reel:0");
    assert!(back.package.iter().all(|&(_, n)| n == 0));
    assert!(back.link_problems.is_empty());
    let s = s.apply(Action::Quantity(Deliverable::Post, 3));
    assert_eq!(s.value(Key::Deliverables).as_deref(), Some("post:3"));
    round_trips(&s);
}

#[test]
fn a_new_platform_starts_a_new_package() {
    let s = from("?deliverables=reel:3").apply(Action::Platform(Platform::TikTok));
    assert_eq!(s.package, default_package(Platform::TikTok));
    assert_eq!(s.value(Key::Deliverables), None);
    // The same platform again keeps the package.
    let s = from("?deliverables=reel:3");
    let kept = s.clone().apply(Action::Platform(Platform::Instagram));
    assert_eq!(kept.package, s.package);
}

#[test]
fn the_platform_is_read_before_the_deliverables_in_any_order() {
    let a = from("?deliverables=integration:2&platform=youtube");
    let b = from("?platform=youtube&deliverables=integration:2");
    assert_eq!(a, b);
    assert!(a.link_problems.is_empty(), "{:?}", a.link_problems);
    assert_eq!(a.value(Key::Deliverables).as_deref(), Some("integration:2"));
}

#[test]
fn a_bad_deliverables_value_gives_link_problems() {
    let s = from("?platform=tiktok&deliverables=story:2,video:x,nonsense,video:500");
    assert_eq!(
        s.link_problems,
        vec![
            "'story' is for Instagram, not TikTok".to_owned(),
            "quantity 'x' for 'video' is not a whole number, so 1 is used".to_owned(),
            "unknown deliverable 'nonsense'".to_owned(),
            "'video' capped at 100, the most of one deliverable".to_owned(),
        ]
    );
    assert_eq!(s.package, vec![(Deliverable::TikTokVideo, 100)]);
    // Nothing usable leaves the default package.
    let s = from("?deliverables=bomb");
    assert_eq!(s.package, default_package(Platform::Instagram));
    assert_eq!(
        s.link_problems,
        vec!["unknown deliverable 'bomb'".to_owned()]
    );
}

// ---------------------------------------------------------------------------
// The quote
// ---------------------------------------------------------------------------

#[test]
fn the_quote_is_the_estimate_of_the_states_inputs() {
    let s = from(
        "?platform=instagram&followers=48K&likes=1900&comments=85&niche=finance&deliverables=reel:3,story:5&usage=90d&whitelist=9&exclusivity=30d&rush=1",
    );
    let report = evaluate(&s.inputs());
    let quote = s.quote(&report).expect("followers are known");
    let by_hand = estimate(&FeeInputs {
        platform: Platform::Instagram,
        followers: 48_000,
        assessment: Some(&report.assessment),
        niche: Niche::Finance,
        deliverables: &[(Deliverable::Reel, 3), (Deliverable::Story, 5)],
        terms: Terms {
            usage: Usage::Days90,
            whitelist_months: 6,
            exclusivity: Exclusivity::Days30,
            rush: true,
        },
    })
    .unwrap();
    assert_eq!(quote, by_hand);
}

#[test]
fn there_is_no_quote_without_followers() {
    for search in [
        "?likes=100",
        "?followers=",
        "?followers=abc",
        "?followers=0",
    ] {
        let s = from(search);
        let report = evaluate(&s.inputs());
        assert_eq!(s.quote(&report), None, "{search}");
    }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn any_typed_text_round_trips(
        key in proptest::sample::select(Key::ALL),
        text in "\\PC{0,16}",
    ) {
        // Only the text inputs: the keys `read` stores as typed.
        prop_assume!(key != Key::List && from(&search(&[(key.id(), "x1".to_owned())])).text(key) == "x1");
        let s = State::default().apply(Action::Text(key, text.clone()));
        let back = from(&link(&s));
        let expect = if text.trim().is_empty() { String::new() } else { text.chars().take(MAX_VALUE_LEN).collect::<String>() };
        if text.len() <= MAX_VALUE_LEN {
            prop_assert_eq!(back.text(key), expect.as_str());
        }
    }

    #[test]
    fn any_value_for_any_key_changes_only_its_own_field(
        key in proptest::sample::select(Key::ALL),
        value in "\\PC{0,40}",
    ) {
        prop_assume!(key != Key::List);
        let base = from(&search(&every_input()));
        let pairs: Vec<(&str, String)> = every_input()
            .into_iter()
            .map(|(k, v)| if k == key.id() { (k, value.clone()) } else { (k, v) })
            .collect();
        let s = from(&search(&pairs));
        for &other in Key::ALL {
            let coupled = key == Key::Platform && other == Key::Deliverables;
            if other != key && !coupled {
                prop_assert_eq!(held(&s, other), held(&base, other), "{:?} changed {:?}", key, other);
            }
        }
    }
}
