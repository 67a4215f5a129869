//! The page state and its URL form: share links round-trip, hostile links
//! change only their own value.
#![cfg(not(target_arch = "wasm32"))]

use influencer_rate_calculator::calc::currency::Currency;
use influencer_rate_calculator::calc::deliverable::Deliverable;
use influencer_rate_calculator::calc::fee::{Exclusivity, Usage};
use influencer_rate_calculator::calc::niche::Niche;
use influencer_rate_calculator::calc::platform::Platform;
use influencer_rate_calculator::calc::{evaluate, Field};
use influencer_rate_calculator::query::{Query, MAX_VALUE_LEN};
use influencer_rate_calculator::state::{Action, PostsMode, State};
use proptest::prelude::*;

fn from(search: &str) -> State {
    State::from_query(&Query::parse(search), "en-US")
}

#[track_caller]
fn round_trips(state: &State) {
    let search = state.to_query().to_search();
    assert_eq!(&from(&search), state, "{search}");
}

#[test]
fn a_share_link_sets_every_input() {
    let s = from("?platform=youtube&followers=12.5K&likes=480&comments=36&shares=1&saves=2&views=6%2C200&posts=3&niche=travel&scheme=izea");
    assert_eq!(s.platform, Platform::YouTube);
    assert_eq!(s.followers, "12.5K");
    assert_eq!(s.views, "6,200");
    assert_eq!(s.posts, "3");
    assert_eq!(s.niche, Niche::Travel);
    assert_eq!(s.scheme.id, "izea");
    assert_eq!(s.mode, PostsMode::Totals);
}

#[test]
fn a_list_in_the_link_opens_list_mode() {
    let s = from("?followers=10000&list=300%2C%2020%0A500%2C%2040");
    assert_eq!(s.mode, PostsMode::List);
    assert_eq!(s.list, "300, 20\n500, 40");
    let report = evaluate(&s.inputs());
    assert_eq!(report.posts, 2);
}

#[test]
fn spaces_and_plus_signs_decode_as_people_typed_them() {
    assert_eq!(from("?followers=3+400").followers, "3 400");
    assert_eq!(from("?followers=%2B5").followers, "+5");
}

#[test]
fn an_unknown_platform_niche_or_scheme_falls_back_to_the_default_only() {
    let s = from("?platform=myspace&niche=cats&scheme=nope&followers=5000");
    assert_eq!(s.platform, Platform::Instagram);
    assert_eq!(s.niche, Niche::Other);
    assert_eq!(s.scheme.id, "standard");
    assert_eq!(s.followers, "5000");
}

#[test]
fn a_hostile_value_shows_up_in_its_own_field_with_a_message() {
    let s = from("?followers=12500&likes=%3Cscript%3Ealert(1)%3C%2Fscript%3E&comments=36");
    let report = evaluate(&s.inputs());
    assert_eq!(
        report.error(Field::Likes),
        Some("Likes must be a number, like 12,500 or 12.5K")
    );
    assert_eq!(report.error(Field::Followers), None);
    assert_eq!(report.followers, Some(12_500));
}

#[test]
fn an_overlong_value_is_cut_not_rejected() {
    let long = "9".repeat(10_000);
    let s = from(&format!("?followers={long}&likes=5"));
    assert_eq!(s.followers.len(), MAX_VALUE_LEN);
    assert_eq!(s.likes, "5");
}

#[test]
fn repeated_keys_take_the_last_value() {
    assert_eq!(from("?followers=1&followers=2").followers, "2");
}

#[test]
fn empty_fields_and_defaults_stay_out_of_the_link() {
    let s = State::default().apply(Action::Text(Field::Followers, "8k".into()));
    assert_eq!(
        s.to_query().to_search(),
        "?platform=instagram&followers=8k&currency=USD"
    );
}

#[test]
fn typed_states_round_trip_through_the_link() {
    let s = State::example(
        Platform::TikTok,
        &influencer_rate_calculator::calc::tier::SCHEMES[3],
        Currency::Eur,
    )
    .apply(Action::Niche(Niche::Gaming))
    .apply(Action::Text(Field::Posts, "4".into()));
    round_trips(&s);
    let list = State::default()
        .apply(Action::Mode(PostsMode::List))
        .apply(Action::Text(Field::Followers, "1,000".into()))
        .apply(Action::Text(Field::List, "1, 2\n3, 4".into()));
    round_trips(&list);
}

#[test]
fn clear_keeps_the_platform_and_empties_the_rest() {
    let s = State::example(
        Platform::X,
        &influencer_rate_calculator::calc::tier::STANDARD,
        Currency::Usd,
    )
    .apply(Action::Clear);
    assert_eq!(s.platform, Platform::X);
    assert_eq!(s.followers, "");
}

#[test]
fn the_currency_follows_the_browser_unless_the_link_names_one() {
    let q = Query::parse("?followers=5000");
    assert_eq!(State::from_query(&q, "en-GB").currency, Currency::Gbp);
    assert_eq!(State::from_query(&q, "en-IN").currency, Currency::Inr);
    assert_eq!(State::from_query(&q, "").currency, Currency::Usd);
    let named = Query::parse("?currency=eur");
    assert_eq!(State::from_query(&named, "en-GB").currency, Currency::Eur);
    let bogus = Query::parse("?currency=XYZ");
    assert_eq!(State::from_query(&bogus, "en-GB").currency, Currency::Gbp);
}

#[test]
fn a_deal_link_sets_deliverables_and_terms() {
    let s = from(
        "?deliverables=reel:3,story:5&usage=90d&whitelist=2&exclusivity=30d&rush=1&currency=GBP",
    );
    assert_eq!(
        s.quantities(),
        vec![
            (Deliverable::Post, 0),
            (Deliverable::Carousel, 0),
            (Deliverable::Reel, 3),
            (Deliverable::Story, 5)
        ]
    );
    let (terms, error) = s.terms();
    assert_eq!(terms.usage, Usage::Days90);
    assert_eq!(terms.whitelist_months, 2);
    assert_eq!(terms.exclusivity, Exclusivity::Days30);
    assert!(terms.rush);
    assert_eq!(error, None);
    round_trips(&s);
}

#[test]
fn with_no_deliverables_one_default_post_is_priced() {
    let s = from("?platform=youtube");
    assert_eq!(
        s.quantities(),
        vec![
            (Deliverable::Dedicated, 1),
            (Deliverable::Integration, 0),
            (Deliverable::Short, 0)
        ]
    );
}

#[test]
fn changing_a_quantity_rewrites_the_package() {
    let s = from("?platform=instagram")
        .apply(Action::Quantity(Deliverable::Reel, 3))
        .apply(Action::Quantity(Deliverable::Story, 500));
    assert_eq!(s.deliverables, "post:1,reel:3,story:100");
}

#[test]
fn clearing_the_only_deliverable_shows_zero_not_the_default() {
    let s = from("?platform=instagram").apply(Action::Quantity(Deliverable::Post, 0));
    assert_eq!(s.deliverables, "post:0");
    assert_eq!(s.quantities()[0], (Deliverable::Post, 0));
    let s = s.apply(Action::Quantity(Deliverable::Post, 3));
    assert_eq!(s.deliverables, "post:3");
    round_trips(&s);
}

#[test]
fn a_new_platform_starts_a_new_package() {
    let s = from("?deliverables=reel:3").apply(Action::Platform(Platform::TikTok));
    assert_eq!(s.deliverables, "");
    assert!(s.deliverable_problems().is_empty());
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
        s.deliverable_problems(),
        vec![
            "unknown deliverable 'bomb'".to_owned(),
            "quantity 'x' for 'reel' is not a whole number, so 1 is used".to_owned()
        ]
    );
    assert_eq!(s.followers, "5000");
}

#[test]
fn whitelisting_beyond_two_years_is_capped_with_a_message() {
    let (terms, error) = from("?whitelist=36").terms();
    assert_eq!(terms.whitelist_months, 24);
    assert_eq!(
        error.as_deref(),
        Some("Whitelisting is priced for at most 24 months")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn any_query_string_decodes_without_panicking(search in "\\PC*") {
        let state = from(&search);
        let report = evaluate(&state.inputs());
        for rate in [report.rates.per_follower, report.rates.extended, report.rates.per_view].into_iter().flatten() {
            prop_assert!(rate.is_finite());
        }
    }

    #[test]
    fn any_byte_soup_decodes_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let search = String::from_utf8_lossy(&bytes);
        let _ = from(&search);
    }

    #[test]
    fn any_typed_text_round_trips(followers in "\\PC{0,16}", likes in "[0-9kKmM., ]{0,12}") {
        let s = State::default()
            .apply(Action::Text(Field::Followers, followers.clone()))
            .apply(Action::Text(Field::Likes, likes.clone()));
        let back = from(&s.to_query().to_search());
        // Blank values are left out of the link; everything else comes back as typed.
        let expect = |typed: &str| if typed.trim().is_empty() { String::new() } else { typed.to_owned() };
        prop_assert_eq!(back.followers, expect(&followers));
        prop_assert_eq!(back.likes, expect(&likes));
    }
}
