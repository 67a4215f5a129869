//! The share links `make bench` loads, printed as JSON:
//! `{"creator": "?...", "brand": "?...", "campaign": "?...", "embed": "?..."}`.
//!
//! Links are written by the app's own URL codec from typed state, so the bench
//! never spells a parameter name and follows any change of the URL contract.
//! Run with `cargo run --quiet --example share_links`.

use influencer_rate_calculator::calc::currency::Currency;
use influencer_rate_calculator::calc::deliverable::Deliverable;
use influencer_rate_calculator::calc::fee::{Exclusivity, Usage};
use influencer_rate_calculator::calc::niche::Niche;
use influencer_rate_calculator::calc::platform::Platform;
use influencer_rate_calculator::calc::tier::Scheme;
use influencer_rate_calculator::state::{default_package, Action, Key, Mode, State};

/// `state` with each text input set as typed.
fn typed(state: State, texts: &[(Key, &str)]) -> State {
    texts.iter().fold(state, |state, &(key, text)| {
        state.apply(Action::Text(key, text.to_owned()))
    })
}

/// A micro Instagram creator (the app's example account) with every creator
/// and fee input filled in, so this link renders every panel of the creator view.
fn creator() -> State {
    let platform = Platform::Instagram;
    let mut state = State::default().apply(Action::Platform(platform)).example();
    state.scheme = Scheme::Hootsuite;
    state.currency = Currency::Eur;
    state.niche = Niche::Travel;
    state.package = default_package(platform)
        .into_iter()
        .map(|(d, _)| match d {
            Deliverable::Reel => (d, 2),
            Deliverable::Story => (d, 3),
            _ => (d, 0),
        })
        .collect();
    state.usage = Usage::Days90;
    state.exclusivity = Exclusivity::Days30;
    state.rush = true;
    typed(state, &[(Key::Posts, "1"), (Key::Whitelist, "3")])
}

/// Ten creators on a brand's shortlist, pasted from a spreadsheet: mixed
/// platforms, quotes and number formats.
pub const SHORTLIST: &str = "name,platform,followers,likes,comments,views,quote\n\
    Ana,instagram,12.5K,480,36,,900\n\
    Ben,instagram,48K,1900,85,,1500\n\
    Cleo,instagram,8200,610,41,,250\n\
    Dev,tiktok,250K,12000,400,90000,4000\n\
    Eli,tiktok,31K,2600,70,24000,600\n\
    Fay,youtube,120K,3100,260,41000,3500\n\
    Gus,instagram,3400,290,22,,\n\
    Hana,instagram,\"1,200,000\",21000,640,,18000\n\
    Ivo,instagram,95K,2100,60,,1200\n\
    Jo,instagram,22K,950,48,,700\n";

/// A brand with £250,000: the planner, one celebrity against many micros, a
/// quote to check and a ten-creator shortlist, so every brand panel renders.
fn brand() -> State {
    let mut state = State::default()
        .apply(Action::Platform(Platform::Instagram))
        .apply(Action::Mode(Mode::Brand));
    state.currency = Currency::Gbp;
    typed(
        state,
        &[
            (Key::Budget, "250000"),
            (Key::FixedCost, "150"),
            (Key::Overlap, "20"),
            (Key::Followers, "48K"),
            (Key::Likes, "1,900"),
            (Key::Comments, "85"),
            (Key::Quote, "900"),
            (Key::Creators, SHORTLIST),
        ],
    )
}

/// Five creators' rows (their totals are the campaign example's figures),
/// with a goal, margin, comment counts and earned media value asked for, so
/// this link renders every panel of the campaign view.
fn campaign() -> State {
    let mut state = State::default()
        .apply(Action::Mode(Mode::Campaign))
        .apply(Action::Platform(Platform::Instagram))
        .apply(Action::Emv(true));
    state.currency = Currency::Usd;
    typed(
        state,
        &[
            (Key::Goal, "sales"),
            // Typed as well as totalled (they agree), so the bench's floor
            // page, which reads only these two, computes the same CPM.
            (Key::Spend, "12000"),
            (Key::Impressions, "850000"),
            (
                Key::Results,
                "name,spend,impressions,engagements,clicks,conversions,revenue\n\
                 @ana,2400,180000,9100,1400,70,6500\n\
                 @ben,3100,210000,10400,1500,82,7700\n\
                 @cleo,1800,120000,5600,900,41,3900\n\
                 @dev,2900,200000,9900,1500,74,6900\n\
                 @eli,1800,140000,6000,900,43,4000",
            ),
            (Key::Aov, "94"),
            (Key::Margin, "55"),
            (Key::Positive, "420"),
            (Key::Neutral, "180"),
            (Key::Negative, "35"),
            (Key::Questions, "65"),
        ],
    )
}

/// The creator's link in the compact embed.
fn embed(creator: &State) -> State {
    let mut embed = creator.clone();
    embed.embed = true;
    embed
}

/// `?a=1&b=2` as the browser's `URLSearchParams` writes it (which the app uses
/// in `ui::url`, a wasm-only module): application/x-www-form-urlencoded, here
/// by the same dev-dependency the native tests use.
fn search(state: &State) -> String {
    let pairs = state.to_query().pairs().to_vec();
    format!(
        "?{}",
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    )
}

/// A JSON string literal (links are percent-encoded, so this is all they need).
fn json_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn main() {
    let creator = creator();
    let links = [
        ("creator", search(&creator)),
        ("brand", search(&brand())),
        ("campaign", search(&campaign())),
        ("embed", search(&embed(&creator))),
    ];
    let fields: Vec<String> = links
        .iter()
        .map(|(view, link)| format!("{}: {}", json_string(view), json_string(link)))
        .collect();
    println!("{{{}}}", fields.join(", "));
}
