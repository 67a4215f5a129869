//! Browser unit tests: components rendered in headless Chromium, used the way
//! a person would (type into a field, read what is shown).
#![cfg(target_arch = "wasm32")]

use influencer_rate_calculator::calc::currency::Currency;
use influencer_rate_calculator::calc::deliverable::Deliverable;
use influencer_rate_calculator::calc::engagement::EngagementRates;
use influencer_rate_calculator::calc::fee::{
    estimate, rules_of_thumb, Exclusivity, FeeInputs, Terms, Usage,
};
use influencer_rate_calculator::calc::niche::Niche;
use influencer_rate_calculator::calc::platform::Platform;
use influencer_rate_calculator::calc::tier::STANDARD;
use influencer_rate_calculator::calc::verdict::assess;
use influencer_rate_calculator::state::Action;
use influencer_rate_calculator::ui::count_field::{CountField, CountFieldProps};
use influencer_rate_calculator::ui::deal_fields::{DealFields, DealFieldsProps};
use influencer_rate_calculator::ui::engagement_panel::{EngagementPanel, EngagementPanelProps};
use influencer_rate_calculator::ui::fee_panel::{FeePanel, FeePanelProps};
use influencer_rate_calculator::ui::gauge::{Gauge, GaugeProps};
use influencer_rate_calculator::ui::intl;
use influencer_rate_calculator::ui::tier_scale::{TierScale, TierScaleProps};
use influencer_rate_calculator::ui::verdict_panel::{VerdictPanel, VerdictPanelProps};
use influencer_rate_calculator::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlInputElement, InputEvent, InputEventInit};
use yew::{AppHandle, BaseComponent, Callback, Renderer};

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

/// The whole calculator on a page whose address has no query.
async fn calculator() -> Page<App> {
    let window = web_sys::window().expect("window");
    let path = window.location().pathname().expect("path");
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .expect("replace state");
    Page::with_props(()).await
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
    assert_eq!(page.data_value("er_extended"), "");
    assert_eq!(page.data_value("verdict"), "above");
}

#[wasm_bindgen_test]
async fn a_bad_follower_count_shows_a_message_and_other_results_stay() {
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
    // The address follows a moment after typing stops.
    yew::platform::time::sleep(std::time::Duration::from_millis(
        u64::from(influencer_rate_calculator::ui::app::URL_DELAY_MS) + 100,
    ))
    .await;
    let search = web_sys::window().unwrap().location().search().unwrap();
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
async fn a_count_field_shows_its_error_beside_it() {
    let page = Page::<CountField>::with_props(CountFieldProps {
        id: "likes".into(),
        label: "Likes".into(),
        value: "abc".into(),
        hint: None,
        error: Some("Likes must be a number, like 12,500 or 12.5K".into()),
        optional: false,
        placeholder: None,
        on_input: Callback::noop(),
    })
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
    let page = Page::<EngagementPanel>::with_props(EngagementPanelProps {
        rates: EngagementRates {
            per_follower: Some(4.296_875),
            extended: None,
            per_view: None,
        },
        per_post: None,
    })
    .await;
    assert_eq!(page.data_value("er_followers"), "4.296875");
    assert_eq!(page.data_value("er_views"), "");
    assert!(page
        .root
        .text_content()
        .unwrap()
        .contains("(likes + comments) / posts / followers"));
}

#[wasm_bindgen_test]
async fn pinterest_says_plainly_there_is_no_benchmark() {
    let rates = EngagementRates {
        per_follower: Some(3.0),
        extended: None,
        per_view: None,
    };
    let page = Page::<VerdictPanel>::with_props(VerdictPanelProps {
        assessment: assess(Platform::Pinterest, Some(20_000), &rates),
        platform: Platform::Pinterest,
        followers: Some(20_000),
        followers_label: "Followers",
    })
    .await;
    assert_eq!(page.data_value("verdict"), "unknown");
    assert!(page
        .root
        .text_content()
        .unwrap()
        .contains("we do not invent one"));
}

#[wasm_bindgen_test]
async fn the_tier_scale_marks_the_follower_count() {
    let page = Page::<TierScale>::with_props(TierScaleProps {
        scheme: &STANDARD,
        followers: Some(12_500),
    })
    .await;
    let label = page.find("svg").get_attribute("aria-label").unwrap();
    assert!(label.contains("Micro"), "{label}");
    page.find(".marker line");
}

#[wasm_bindgen_test]
async fn the_gauge_places_the_rate_between_the_zones() {
    let page = Page::<Gauge>::with_props(GaugeProps {
        value: 4.0,
        floor: 1.0,
        ceiling: 3.0,
        marks: vec![1.5, 2.5],
    })
    .await;
    assert_eq!(
        page.root
            .query_selector_all(".source-mark")
            .unwrap()
            .length(),
        2
    );
    page.find(".zone-typical");
}

#[wasm_bindgen_test]
fn numbers_are_written_the_browsers_way() {
    // Headless Chromium runs in en-US.
    assert_eq!(intl::percent(4.128), "4.13%");
    assert_eq!(intl::count(12_500), "12,500");
    assert_eq!(intl::percent(f64::NAN), "");
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

fn micro_instagram_fee() -> influencer_rate_calculator::calc::fee::FeeEstimate {
    estimate(&FeeInputs {
        platform: Platform::Instagram,
        followers: 25_000,
        engagement: Some(3.0),
        niche: Niche::Other,
        deliverables: &[(Deliverable::Reel, 3)],
        terms: Terms::default(),
    })
}

#[wasm_bindgen_test]
async fn the_fee_panel_shows_the_range_in_the_chosen_currency() {
    let fee = micro_instagram_fee();
    let shown = fee.shown(Currency::Gbp);
    let page = Page::<FeePanel>::with_props(FeePanelProps {
        estimate: Some(fee),
        comparisons: rules_of_thumb(Platform::Instagram, 25_000),
        currency: Currency::Gbp,
        followers: Some(25_000),
    })
    .await;
    assert_eq!(page.data_value("currency"), "GBP");
    assert_eq!(
        page.data_value("fee_low"),
        intl::data_value(Some(shown.low))
    );
    assert_eq!(
        page.data_value("fee_typical"),
        intl::data_value(Some(shown.typical))
    );
    assert_eq!(
        page.data_value("fee_high"),
        intl::data_value(Some(shown.high))
    );
    assert!(page.text("output[name=fee_typical]").starts_with('£'));
    let text = page.root.text_content().unwrap();
    assert!(text.contains("3 × Reel"));
    assert!(
        text.contains("(25,000 followers)"),
        "the base line names the audience"
    );
    assert!(text.contains("Rule of thumb per post, micro, 10,000–49,999 followers"));
    page.find("svg.fee-chart");
}

#[wasm_bindgen_test]
async fn without_followers_the_fee_outputs_are_empty() {
    let page = Page::<FeePanel>::with_props(FeePanelProps {
        estimate: None,
        comparisons: Vec::new(),
        currency: Currency::Usd,
        followers: None,
    })
    .await;
    assert_eq!(page.data_value("fee_typical"), "");
    assert_eq!(page.data_value("currency"), "USD");
    assert!(page
        .root
        .text_content()
        .unwrap()
        .contains("Enter followers to see a fee"));
}

#[wasm_bindgen_test]
async fn typing_a_quantity_asks_for_that_many() {
    let asked = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = asked.clone();
    let page = Page::<DealFields>::with_props(DealFieldsProps {
        quantities: vec![(Deliverable::Post, 1), (Deliverable::Reel, 0)],
        problems: vec!["unknown deliverable 'bomb'".to_owned()],
        currency: Currency::Usd,
        usage: Usage::None,
        whitelist: "".into(),
        whitelist_error: None,
        exclusivity: Exclusivity::None,
        rush: false,
        on_action: Callback::from(move |a| sink.borrow_mut().push(a)),
    })
    .await;
    page.type_into("qty-reel", "3").await;
    assert_eq!(
        asked.borrow().as_slice(),
        &[Action::Quantity(Deliverable::Reel, 3)]
    );
    assert!(page
        .text("#deliverables-error")
        .contains("unknown deliverable 'bomb'"));
}
