//! Browser unit tests: components rendered in headless Chromium, used the way
//! a person would (type into a field, read what is shown).
#![cfg(target_arch = "wasm32")]

use influencer_rate_calculator::calc::choice::Choice;
use influencer_rate_calculator::calc::currency::Currency;
use influencer_rate_calculator::calc::deliverable::Deliverable;
use influencer_rate_calculator::calc::engagement::EngagementRates;
use influencer_rate_calculator::calc::fee::{estimate, Exclusivity, FeeInputs, Terms, Usage};
use influencer_rate_calculator::calc::niche::Niche;
use influencer_rate_calculator::calc::platform::Platform;
use influencer_rate_calculator::calc::tier::Scheme;
use influencer_rate_calculator::calc::verdict::assess;
use influencer_rate_calculator::ui::deal_fields::{deal_fields_for, DealFieldsProps};
use influencer_rate_calculator::ui::disclosure::{Disclosure, DisclosureProps};
use influencer_rate_calculator::ui::engagement_panel::{engagement_panel, EngagementPanelProps};
use influencer_rate_calculator::ui::fee_panel::{fee_panel, FeePanelProps};
use influencer_rate_calculator::ui::gauge::{gauge, scale, GaugeProps};
use influencer_rate_calculator::ui::intl;
use influencer_rate_calculator::ui::text_field::{text_field, TextFieldProps};
use influencer_rate_calculator::ui::tier_scale::{tier_scale, x_of, TierScaleProps};
use influencer_rate_calculator::ui::verdict_panel::{verdict_panel, VerdictPanelProps};
use influencer_rate_calculator::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlInputElement, InputEvent, InputEventInit};
use yew::{component, html, AppHandle, BaseComponent, Callback, Html, Properties, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("window")
        .document()
        .expect("document")
}

/// Renders a component into a fresh element and returns both.
struct Page<C: BaseComponent> {
    root: Element,
    app: Option<AppHandle<C>>,
}

impl<C: BaseComponent> Page<C> {
    async fn with_props(props: C::Properties) -> Self {
        let root = document().create_element("div").expect("div");
        document()
            .body()
            .expect("body")
            .append_child(&root)
            .expect("append");
        let app = Renderer::<C>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        Self {
            root,
            app: Some(app),
        }
    }

    fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .expect("valid selector")
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    fn all(&self, selector: &str) -> u32 {
        self.root
            .query_selector_all(selector)
            .expect("valid selector")
            .length()
    }

    fn data_value(&self, output: &str) -> String {
        self.find(&format!("output[name={output}]"))
            .get_attribute("data-value")
            .unwrap_or_default()
    }

    async fn type_into(&self, id: &str, text: &str) {
        let input: HtmlInputElement = self.find(&format!("#{id}")).dyn_into().expect("an input");
        input.set_value(text);
        let init = InputEventInit::new();
        init.set_bubbles(true);
        let event = InputEvent::new_with_event_init_dict("input", &init).expect("event");
        input.dispatch_event(&event).expect("dispatch");
        yew::scheduler::flush().await;
    }
}

impl<C: BaseComponent> Drop for Page<C> {
    fn drop(&mut self) {
        // Unmounting runs effect clean-ups, so no timer outlives its test.
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

/// A part the app calls as a plain function (`fn(&P) -> Html`), with its
/// props, so a test can mount it alone.
#[derive(Properties)]
struct Shown<P: PartialEq + 'static> {
    props: P,
    view: fn(&P) -> Html,
}

impl<P: PartialEq + 'static> PartialEq for Shown<P> {
    fn eq(&self, other: &Self) -> bool {
        self.props == other.props
    }
}

#[component]
fn Host<P: PartialEq + 'static>(shown: &Shown<P>) -> Html {
    (shown.view)(&shown.props)
}

/// `view` rendered with `props` into a fresh element.
async fn shown<P: PartialEq + 'static>(view: fn(&P) -> Html, props: P) -> Page<Host<P>> {
    Page::with_props(Shown { props, view }).await
}

/// The whole calculator on a page whose address has no query and whose
/// device remembers nothing.
async fn calculator() -> Page<App> {
    opened_at("").await
}
#[wasm_bindgen_test]
async fn a_creator_link_answers_in_the_first_frame_and_explains_over_the_next_turns() {
    let page = opened_at("?followers=12.5K&likes=480&comments=36").await;
    // The first frame: the answers, and none of the panels that explain them.
    assert_eq!(page.data_value("er_followers"), "4.128");
    assert_ne!(page.data_value("fee_typical"), "");
    assert_eq!(page.all(".results .panel"), 0);
    // Then the deal's terms, the fee, the verdict, engagement and tier, the
    // rest: one or two a turn, each once, in reading order.
    let headings = |page: &Page<App>| {
        let list = page
            .root
            .query_selector_all(".results .panel h2")
            .expect("selector");
        (0..list.length())
            .filter_map(|i| list.item(i).and_then(|n| n.text_content()))
            .collect::<Vec<_>>()
    };
    let mut seen = Vec::new();
    for _ in 0..6 {
        next_turn().await;
        seen.push(headings(&page).len());
    }
    assert!(
        seen.windows(2).all(|w| w[0] <= w[1]),
        "panels only arrive: {seen:?}"
    );
    let all = headings(&page);
    assert!(all[0].starts_with("Fair fee"), "{all:?}");
    assert!(all[1].starts_with("Against benchmarks"), "{all:?}");
    for heading in [
        "Engagement, three ways",
        "Tier",
        "Audience quality",
        "Rate card: Instagram",
        "On your blog",
    ] {
        assert!(
            all.iter().any(|h| h == heading),
            "{heading} missing from {all:?}"
        );
    }
    assert_eq!(page.all("select#niche"), 1);
}

#[wasm_bindgen_test]
async fn typing_followers_shows_the_tier() {
    let page = calculator().await;
    assert_eq!(page.data_value("tier"), "");
    page.type_into("followers", "12.5K").await;
    assert_eq!(page.data_value("tier"), "micro");
    assert_eq!(page.text("output[name=tier]"), "Micro");
}

#[wasm_bindgen_test]
async fn typing_likes_and_comments_gives_the_engagement_rate() {
    let page = calculator().await;
    page.type_into("followers", "12,500").await;
    page.type_into("likes", "480").await;
    page.type_into("comments", "36").await;
    assert_eq!(page.data_value("er_followers"), "4.128");
    assert_eq!(page.data_value("verdict"), "above");
    assert_ne!(page.data_value("fee_typical"), "");
}

#[wasm_bindgen_test]
async fn a_bad_comment_count_shows_a_message_and_other_results_stay() {
    let page = calculator().await;
    page.type_into("followers", "12.5K").await;
    page.type_into("likes", "480").await;
    page.type_into("comments", "lots").await;
    assert_eq!(
        page.text("#comments-error"),
        "Comments must be a number, like 12,500 or 12.5K"
    );
    assert_eq!(
        page.find("#comments")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(page.data_value("tier"), "micro");
    assert_eq!(page.data_value("er_followers"), "");
    page.type_into("followers", "-5").await;
    assert_eq!(page.text("#followers-error"), "Followers can't be negative");
}

#[wasm_bindgen_test]
async fn typing_updates_the_address_for_sharing() {
    let page = calculator().await;
    page.type_into("followers", "12.5K").await;
    // The address follows a moment after typing stops: wait for it, no
    // longer than a second.
    let mut search = String::new();
    for _ in 0..50 {
        yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
        search = web_sys::window().unwrap().location().search().unwrap();
        if search.contains("followers=12.5K") {
            break;
        }
    }
    assert!(search.contains("followers=12.5K"), "{search}");
}

#[wasm_bindgen_test]
async fn youtube_asks_for_subscribers() {
    let page = calculator().await;
    let radio: HtmlInputElement = page.find("#platform-youtube").dyn_into().unwrap();
    radio.click();
    yew::scheduler::flush().await;
    assert_eq!(page.text("label[for=followers]"), "Subscribers");
}

#[wasm_bindgen_test]
async fn a_text_field_shows_its_error_beside_it() {
    let page = shown(
        text_field,
        TextFieldProps {
            id: "likes".into(),
            label: "Likes".into(),
            value: "abc".into(),
            hint: None,
            error: Some("Likes must be a number, like 12,500 or 12.5K".into()),
            optional: false,
            placeholder: None,
            inputmode: None,
            on_input: Callback::noop(),
        },
    )
    .await;
    assert_eq!(
        page.text("#likes-error"),
        "Likes must be a number, like 12,500 or 12.5K"
    );
    assert_eq!(
        page.find("#likes")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("likes-error")
    );
}

#[wasm_bindgen_test]
async fn the_engagement_panel_shows_each_formula_and_an_empty_value_when_missing() {
    let page = shown(
        engagement_panel,
        EngagementPanelProps {
            rates: EngagementRates {
                per_follower: Some(4.296_875),
                extended: None,
                per_view: Some(5.5),
            },
            per_post: None,
            waiting: String::new(),
        },
    )
    .await;
    assert_eq!(page.data_value("er_views"), "5.5");
    assert_eq!(page.data_value("er_extended"), "");
    assert!(page
        .root
        .text_content()
        .unwrap()
        .contains("(likes + comments) / posts / followers"));
}

#[wasm_bindgen_test]
async fn pinterest_says_what_was_looked_for_instead_of_a_benchmark() {
    let rates = EngagementRates {
        per_follower: Some(3.0),
        extended: None,
        per_view: None,
    };
    let page = shown(
        verdict_panel,
        VerdictPanelProps {
            assessment: assess(Platform::Pinterest, Some(20_000), &rates),
            platform: Platform::Pinterest,
            followers: Some(20_000),
            noun: "followers".into(),
            waiting: String::new(),
        },
    )
    .await;
    let text = page.root.text_content().unwrap();
    assert!(text.contains("No credible benchmark"), "{text}");
    assert!(
        text.contains("We looked for a Pinterest benchmark"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn a_verdict_resting_on_one_source_names_it() {
    let rates = EngagementRates {
        per_follower: Some(1.0),
        extended: None,
        per_view: Some(3.0),
    };
    let page = shown(
        verdict_panel,
        VerdictPanelProps {
            assessment: assess(Platform::YouTube, Some(200_000), &rates),
            platform: Platform::YouTube,
            followers: Some(200_000),
            noun: "subscribers".into(),
            waiting: String::new(),
        },
    )
    .await;
    assert!(page.text(".one-source").contains("SociaVault Labs"));
}

#[wasm_bindgen_test]
async fn the_tier_scale_marks_the_follower_count_where_it_sits() {
    for followers in [500_u64, 12_500, 2_000_000] {
        let page = shown(
            tier_scale,
            TierScaleProps {
                scheme: Scheme::Standard.table(),
                followers: Some(followers),
            },
        )
        .await;
        let label = page.find("svg").get_attribute("aria-label").unwrap();
        let tier = Scheme::Standard.table().tier(followers).name();
        assert!(label.contains(tier), "{label}");
        let x = page.find(".marker").get_attribute("data-x").unwrap();
        #[allow(clippy::cast_possible_truncation)]
        let want = (x_of(followers).round() as i32).to_string();
        assert_eq!(x, want, "{followers}");
        assert_eq!(page.find(".marker line").get_attribute("x1").unwrap(), want);
    }
}

#[wasm_bindgen_test]
async fn the_gauge_places_the_rate_where_it_sits() {
    let page = shown(
        gauge,
        GaugeProps {
            value: 4.0,
            floor: 1.0,
            ceiling: 3.0,
            marks: vec![1.5, 2.5],
        },
    )
    .await;
    assert_eq!(page.all(".source-mark"), 2);
    let (_, x) = scale(4.0, 3.0);
    #[allow(clippy::cast_possible_truncation)]
    let want = (x(4.0).round() as i32).to_string();
    assert_eq!(page.find(".marker").get_attribute("data-x").unwrap(), want);
    // 4% lies above the typical range, so right of its zone's end.
    let typical = page.find(".zone-typical");
    let end: i32 = typical.get_attribute("x").unwrap().parse::<i32>().unwrap()
        + typical
            .get_attribute("width")
            .unwrap()
            .parse::<i32>()
            .unwrap();
    assert!(want.parse::<i32>().unwrap() > end, "{want} vs {end}");
}

#[wasm_bindgen_test]
async fn the_gauge_labels_its_ticks_apart_when_the_range_is_narrow() {
    // Near the typical range, each tick's label is centred on it, zero included
    // (labels are given room for a 320 px phone's larger type).
    let page = shown(
        gauge,
        GaugeProps {
            value: 4.0,
            floor: 1.2,
            ceiling: 3.0,
            marks: vec![],
        },
    )
    .await;
    let anchors = |page: &Page<Host<GaugeProps>>| -> Vec<(String, String)> {
        (0..page.all(".tick"))
            .map(|i| {
                let t = page.find(&format!(".tick:nth-of-type({})", i + 1));
                (
                    t.text_content().unwrap_or_default(),
                    t.get_attribute("text-anchor").unwrap_or_default(),
                )
            })
            .collect()
    };
    let wide = anchors(&page);
    assert_eq!(wide[0], ("0.00%".into(), "start".into()), "{wide:?}");
    assert_eq!(wide[1], ("1.20%".into(), "middle".into()), "{wide:?}");
    assert_eq!(wide[2], ("3.00%".into(), "middle".into()), "{wide:?}");
    // Zero has room beside 1.20% only while the type is small: drawings
    // narrower than 453 px (where it grows to 21.5 units) leave it out.
    assert_eq!(
        page.find(".tick").get_attribute("class").as_deref(),
        Some("tick hide-453")
    );
    // 40% stretches the scale: 5.5% and 9.35% sit close, so one label ends at
    // its tick and the other starts at its own; zero has no room.
    let page = shown(
        gauge,
        GaugeProps {
            value: 40.0,
            floor: 5.5,
            ceiling: 9.35,
            marks: vec![],
        },
    )
    .await;
    let narrow = anchors(&page);
    assert_eq!(narrow[0], ("5.50%".into(), "end".into()), "{narrow:?}");
    assert_eq!(narrow[1], ("9.35%".into(), "start".into()), "{narrow:?}");
}

#[wasm_bindgen_test]
fn numbers_are_written_the_browsers_way() {
    // Headless Chromium runs in en-US.
    assert_eq!(intl::percent(4.128), "4.13%");
    assert_eq!(intl::count(12_500), "12,500");
    assert_eq!(intl::compact(12_000.0), "12K");
    assert_eq!(intl::percent(f64::NAN), "");
    assert_eq!(intl::date("2026-10-30"), "October 30, 2026");
}

#[wasm_bindgen_test]
fn results_carry_unrounded_plain_decimals() {
    let cases: [(Option<f64>, &str); 10] = [
        (Some(4.296_875), "4.296875"),
        (Some(4.128), "4.128"),
        (Some(4.0), "4"),
        (Some(0.0), "0"),
        (Some(1e-8), "0.00000001"),
        (Some(100.0 / 3.0), "33.333333333333336"),
        (Some(2e12), "2000000000000"),
        (None, ""),
        (Some(f64::NAN), ""),
        (Some(f64::INFINITY), ""),
    ];
    for (value, want) in cases {
        assert_eq!(intl::data_value(value), want, "{value:?}");
    }
}

#[wasm_bindgen_test]
async fn the_fee_panel_lists_every_published_method_in_the_chosen_currency() {
    let fee = estimate(&FeeInputs {
        platform: Platform::Instagram,
        followers: 25_000,
        assessment: None,
        niche: Niche::Other,
        deliverables: &[(Deliverable::Reel, 3)],
        terms: Terms::default(),
    })
    .unwrap();
    let methods = fee.base.figures.len();
    let page = shown(
        fee_panel,
        FeePanelProps {
            estimate: Some(fee.clone()),
            platform: Platform::Instagram,
            currency: Currency::Gbp,
            waiting: String::new(),
        },
    )
    .await;
    assert_eq!(
        page.all("output[name=fee_method]"),
        u32::try_from(methods).unwrap()
    );
    let first = page.find("output[name=fee_method]");
    assert!(first.text_content().unwrap().starts_with('£'));
    let text = page.root.text_content().unwrap();
    assert!(text.contains(&format!("{methods} published methods price one feed post")));
    // The working is collapsed, and built only once opened.
    assert!(!text.contains("3 × Reel"));
}

#[wasm_bindgen_test]
async fn a_collapsed_section_builds_its_content_only_when_opened() {
    let page = Page::<Disclosure>::with_props(DisclosureProps {
        summary: "Details".into(),
        class: "",
        open: false,
        children: html! { <p id="inside">{ "Inside" }</p> },
    })
    .await;
    assert_eq!(page.all("#inside"), 0);
    let details: web_sys::HtmlDetailsElement = page.find("details").dyn_into().unwrap();
    details.set_open(true);
    // The toggle event is queued: let it run, then render.
    let mut seen = 0;
    for _ in 0..50 {
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
        yew::scheduler::flush().await;
        seen = page.all("#inside");
        if seen == 1 {
            break;
        }
    }
    assert_eq!(seen, 1);
}

#[wasm_bindgen_test]
async fn typing_a_quantity_asks_for_that_many() {
    let asked = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = asked.clone();
    let page = shown(
        deal_fields_for,
        DealFieldsProps {
            quantities: vec![(Deliverable::Post, 1), (Deliverable::Reel, 0)],
            problems: vec!["unknown deliverable 'bomb'".to_owned()],
            currency: Currency::Usd,
            usage: Usage::None,
            whitelist: "".into(),
            whitelist_error: None,
            exclusivity: Exclusivity::None,
            rush: false,
            on_quantity: Callback::from(move |q| sink.borrow_mut().push(q)),
            on_usage: Callback::noop(),
            on_whitelist: Callback::noop(),
            on_exclusivity: Callback::noop(),
            on_rush: Callback::noop(),
            on_currency: Callback::noop(),
        },
    )
    .await;
    page.type_into("qty-reel", "3").await;
    assert_eq!(asked.borrow().as_slice(), &[(Deliverable::Reel, 3)]);
    assert!(page
        .text("#link-problems")
        .contains("unknown deliverable 'bomb'"));
}

// ---------------------------------------------------------------------------
// The brand view
// ---------------------------------------------------------------------------

/// The whole calculator opened at `query` (a share link), nothing remembered.
async fn opened_at(query: &str) -> Page<App> {
    let window = web_sys::window().expect("window");
    window
        .local_storage()
        .expect("storage allowed")
        .expect("storage")
        .clear()
        .expect("clear");
    let path = window.location().pathname().expect("path");
    window
        .history()
        .expect("history")
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .expect("replace state");
    Page::with_props(()).await
}

/// Lets the timers due now run (the panels after the first frame).
async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .expect("timeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("timer");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_brand_link_shows_what_the_budget_buys_in_the_first_frame() {
    let page = opened_at("?mode=brand&budget=25000&currency=USD&fixed_cost=150").await;
    let micro = page.find("output[name=buys][data-tier=micro]");
    let buys: u64 = micro
        .get_attribute("data-value")
        .unwrap_or_default()
        .parse()
        .expect("a whole number");
    assert!(buys > 0);
    assert_eq!(
        page.all("output[name=reach][data-tier]"),
        page.all("output[name=buys][data-tier]")
    );
    // The explaining panels wait for the next turn.
    assert_eq!(page.all("output[name=quote_verdict]"), 0);
}

#[wasm_bindgen_test]
async fn typing_a_larger_budget_buys_more_creators() {
    let page = opened_at("?mode=brand&currency=USD").await;
    page.type_into("budget", "10K").await;
    let at = |page: &Page<App>| -> u64 {
        page.find("output[name=buys][data-tier=nano]")
            .get_attribute("data-value")
            .unwrap_or_default()
            .parse()
            .unwrap_or(0)
    };
    let ten = at(&page);
    page.type_into("budget", "100K").await;
    assert!(at(&page) > ten);
    page.type_into("budget", "lots").await;
    assert!(page
        .text("#budget-error")
        .contains("Budget must be a number"));
    assert_eq!(at(&page), 0);
}

#[wasm_bindgen_test]
async fn a_quote_far_below_or_above_the_range_says_so() {
    let page = opened_at("?mode=brand&currency=USD&followers=48K&likes=1900&comments=85").await;
    next_turn().await;
    assert_eq!(page.data_value("quote_verdict"), "");
    page.type_into("quote", "5").await;
    assert_eq!(page.data_value("quote_verdict"), "below");
    page.type_into("quote", "5M").await;
    assert_eq!(page.data_value("quote_verdict"), "above");
}

#[wasm_bindgen_test]
async fn a_shortlist_row_that_cannot_be_read_is_named_and_the_others_stay() {
    let creators = "name,followers,likes,comments,quote%0AAna,12.5K,480,36,900%0ABo,many,1,1,10";
    let page = opened_at(&format!(
        "?mode=brand&currency=USD&budget=5000&creators={creators}"
    ))
    .await;
    next_turn().await;
    assert_eq!(
        page.find("output[name=row_tier][data-row='0']")
            .get_attribute("data-value")
            .as_deref(),
        Some("micro")
    );
    assert_eq!(
        page.find("output[name=row_tier][data-row='1']")
            .get_attribute("data-value")
            .as_deref(),
        Some("")
    );
    assert!(page.text(".problems").contains("Row 3, followers"));
}

// ---- campaign view ----

use influencer_rate_calculator::calc::campaign::creators::{parse_results, totals, RankBy};
use influencer_rate_calculator::state::{Action, Key, Mode, State};
use influencer_rate_calculator::ui::app::{Actions, View};
use influencer_rate_calculator::ui::campaign_creators::{CampaignCreators, CampaignCreatorsProps};
use influencer_rate_calculator::ui::campaign_view::campaign_view;

fn no_actions() -> Actions {
    Actions {
        mode: Callback::noop(),
        text: Callback::noop(),
        platform: Callback::noop(),
        posts_mode: Callback::noop(),
        niche: Callback::noop(),
        scheme: Callback::noop(),
        currency: Callback::noop(),
        quantity: Callback::noop(),
        usage: Callback::noop(),
        exclusivity: Callback::noop(),
        rush: Callback::noop(),
        emv: Callback::noop(),
        example: Callback::noop(),
        clear: Callback::noop(),
        forget: Callback::noop(),
    }
}

fn campaign_state(texts: &[(Key, &str)]) -> State {
    let mut state = State::default().apply(Action::Mode(Mode::Campaign));
    state.currency = Currency::Usd;
    texts
        .iter()
        .fold(state, |s, &(k, t)| s.apply(Action::Text(k, t.to_owned())))
}

#[wasm_bindgen_test]
async fn a_brand_sees_the_cpm_in_the_first_frame_and_no_cpc_without_clicks() {
    let state = campaign_state(&[
        (Key::Spend, "12,000"),
        (Key::Impressions, "850K"),
        (Key::Clicks, "0"),
    ]);
    let page = shown(
        |(state, actions): &(std::rc::Rc<State>, Actions)| {
            campaign_view(&View {
                state,
                actions,
                settled: false,
                compact: false,
                results: &state.campaign().creators,
            })
        },
        (std::rc::Rc::new(state), no_actions()),
    )
    .await;
    assert_eq!(
        page.data_value("cpm"),
        intl::data_value(Some(12_000.0 / 850_000.0 * 1_000.0))
    );
    assert_eq!(page.text("output[name=cpm]"), "$14.10");
    assert_eq!(page.data_value("cpc"), "");
    assert_eq!(
        page.text("output[name=cpc]"),
        "Zero clicks: no cost per click"
    );
    for name in [
        "cpe",
        "cpa",
        "conversion_rate",
        "roi",
        "roas",
        "profit_roi",
        "break_even_cpa",
    ] {
        assert_eq!(page.all(&format!("output[name={name}]")), 1, "{name}");
    }
    // The explaining panels wait for the first frame.
    assert_eq!(page.all("#bench-heading"), 0);
}

#[wasm_bindgen_test]
async fn each_creator_is_ranked_and_the_total_row_is_the_whole_campaign() {
    let text = "name,spend,clicks,conversions,revenue\n@ana,100,50,5,400\n@ben,300,60,4,900\n@cleo,50,x,0,10";
    let results = parse_results(text).expect("readable");
    let sums = totals(&results.rows);
    let page = Page::<CampaignCreators>::with_props(CampaignCreatorsProps {
        results: std::rc::Rc::new(results),
        totals: Some(sums),
        currency: Currency::Usd,
        rank: RankBy::Cpa,
        on_text: Callback::noop(),
    })
    .await;
    let names: Vec<String> = (0..3)
        .map(|i| page.text(&format!("tbody tr:nth-child({}) th", i + 1)))
        .collect();
    // CPA: @ana 20, @ben 75, @cleo none (no conversions) last.
    assert_eq!(names, ["@ana", "@ben", "@cleo"]);
    assert_eq!(page.all("tr.invalid"), 1);
    let total = page.find("tfoot td[data-metric=cpa]");
    assert_eq!(
        total.get_attribute("data-value").unwrap(),
        intl::data_value(Some(450.0 / 9.0))
    );
    let href = page.find("a[download]").get_attribute("href").unwrap();
    assert!(href.starts_with("data:text/csv;charset=utf-8,Name%2CSpend"));
}
