//! The thin Yew layer: one component per file; the state lives in `app`.

pub mod ad_reminder;
pub mod app;
pub mod brand_celebrity;
pub mod brand_parts;
pub mod brand_view;
pub mod campaign_creators;
pub mod campaign_fields;
pub mod campaign_panels;
pub mod campaign_results;
pub mod campaign_view;
pub mod choice_field;
pub mod clipboard;
pub mod copy_link;
pub mod creator_view;
pub mod deal_fields;
pub mod deferred;
pub mod disclosure;
pub mod embed_snippet;
pub mod embed_view;
pub mod engagement_panel;
pub mod fee_chart;
pub mod fee_panel;
pub mod flags_panel;
pub mod gauge;
pub mod intl;
pub mod look;
pub mod markup;
pub mod memory;
pub mod niche_note;
pub mod planner_table;
pub mod posts_field;
pub mod quote_checker;
pub mod rate_card;
pub mod rows_table;
pub mod schemes_table;
pub mod shortlist_table;
pub mod source_cite;
pub mod sourced_table;
pub mod summary;
pub mod summary_bar;
pub mod svg;
pub mod table_input;
pub mod text_field;
pub mod tier_panel;
pub mod tier_scale;
pub mod url;
pub mod verdict_panel;

pub use app::App;

/// Mounts the calculator.
pub fn start() {
    // Into `#app`, after the static header; anywhere else, the whole body.
    match web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
