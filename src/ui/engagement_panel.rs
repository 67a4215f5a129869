//! The three engagement rates, each with its formula.

use yew::prelude::*;

use super::markup::raw;

use super::intl;
use super::summary::output;
use crate::calc::engagement::{
    EngagementRates, PerPostSummary, FORMULA_EXTENDED, FORMULA_PER_FOLLOWER, FORMULA_PER_VIEW,
};

#[derive(Properties, PartialEq)]
pub struct EngagementPanelProps {
    pub rates: EngagementRates,
    pub per_post: Option<PerPostSummary>,
    /// What the engagement rate waits for: "Add likes and comments".
    pub waiting: String,
}

/// The engagement panel.
pub fn engagement_panel(props: &EngagementPanelProps) -> Html {
    let r = props.rates;
    let row = |title: &'static str, formula: &'static str, value: Html, note: &'static str| {
        html! {
            <div class="rate">
                <dt>{ title }</dt>
                <dd>{ value }<code class="formula">{ formula }</code><span class="note">{ note }</span></dd>
            </div>
        }
    };
    let or =
        |value: Option<f64>, missing: &str| value.map_or_else(|| missing.to_owned(), intl::percent);
    html! {
        <section class="panel" aria-labelledby="er-heading">
            { raw(r#"<h2 id="er-heading">Engagement, three ways</h2>"#) }
            <dl class="rates">
                { row("Engagement rate", FORMULA_PER_FOLLOWER,
                    html! { <span class="value">{ or(r.per_follower, &props.waiting) }</span> },
                    "The one public benchmarks use.") }
                { row("Extended engagement rate", FORMULA_EXTENDED,
                    output("er_extended", r.extended, or(r.extended, "Add shares or saves")),
                    "Shares and saves are only in your own insights, so no public benchmark uses them.") }
                { row("Engagement rate by views", FORMULA_PER_VIEW,
                    output("er_views", r.per_view, or(r.per_view, "Add views")),
                    "How TikTok, YouTube and Reels are judged.") }
            </dl>
            if let Some(s) = props.per_post {
                <p class="note">
                    { format!(
                        "Per post across {} posts: median {}, mean {}. Benchmarks such as HypeAuditor's use the median of recent posts.",
                        s.posts, intl::percent(s.median), intl::percent(s.mean)
                    ) }
                </p>
            }
        </section>
    }
}
