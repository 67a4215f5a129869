//! The share links `make bench` loads, printed as JSON:
//! `{"creator": "?...", "brand": "?...", "campaign": "?...", "embed": "?..."}`.
//!
//! Links are written by the app's own URL codec from typed state, so the bench
//! never spells a parameter name and follows any rename of the URL contract.
//! Run with `cargo run --quiet --example share_links`.

use influencer_rate_calculator::calc::currency::Currency;
use influencer_rate_calculator::calc::deliverable::{format_deliverables, Deliverable};
use influencer_rate_calculator::calc::fee::{Exclusivity, Usage};
use influencer_rate_calculator::calc::niche::Niche;
use influencer_rate_calculator::calc::platform::Platform;
use influencer_rate_calculator::calc::tier::TierScheme;
use influencer_rate_calculator::state::State;

/// A micro Instagram creator with every creator and fee input filled in, so a
/// load of this link renders every panel the creator view has.
fn creator() -> State {
    let scheme = TierScheme::from_id("hootsuite").expect("the Hootsuite tier scheme exists");
    State {
        posts: "1".to_owned(),
        niche: Niche::Travel,
        deliverables: format_deliverables(&[(Deliverable::Reel, 2), (Deliverable::Story, 3)]),
        usage: Usage::Days90,
        whitelist: "3".to_owned(),
        exclusivity: Exclusivity::Days30,
        rush: true,
        ..State::example(Platform::Instagram, scheme, Currency::Eur)
    }
}

/// PROVISIONAL: the brand, campaign and embed views are being built and have
/// no typed state yet, so their links are the creator link with their
/// parameters appended by hand. Replace this one function with links written
/// by `to_query()` from each view's state when the views land.
fn links_of_views_in_progress(creator: &str) -> [(&'static str, String); 3] {
    [
        (
            "brand",
            format!("{creator}&mode=brand&budget=25000&fixed_cost=150&overlap=20"),
        ),
        (
            "campaign",
            format!(
                "{creator}&mode=campaign&spend=12000&impressions=850000&engagements=41000\
                 &clicks=6200&conversions=310&revenue=29000"
            ),
        ),
        ("embed", format!("{creator}&embed=1")),
    ]
}

/// A JSON string literal (links are percent-encoded, so this is all they need).
fn json_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn main() {
    let creator = creator().to_query().to_search();
    let mut links = vec![("creator", creator.clone())];
    links.extend(links_of_views_in_progress(&creator));
    let fields: Vec<String> = links
        .iter()
        .map(|(view, link)| format!("{}: {}", json_string(view), json_string(link)))
        .collect();
    println!("{{{}}}", fields.join(", "));
}
