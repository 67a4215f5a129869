//! The three engagement rates, each with its formula.

use yew::prelude::*;

use super::intl;
use crate::calc::engagement::{
    EngagementRates, PerPostSummary, FORMULA_EXTENDED, FORMULA_PER_FOLLOWER, FORMULA_PER_VIEW,
};

#[derive(Properties, PartialEq)]
pub struct EngagementPanelProps {
    pub rates: EngagementRates,
    pub per_post: Option<PerPostSummary>,
}

struct Row {
    name: &'static str,
    title: &'static str,
    formula: &'static str,
    value: Option<f64>,
    missing: &'static str,
    note: &'static str,
}

#[component]
pub fn EngagementPanel(props: &EngagementPanelProps) -> Html {
    let rows = [
        Row {
            name: "er_followers",
            title: "Engagement rate",
            formula: FORMULA_PER_FOLLOWER,
            value: props.rates.per_follower,
            missing: "Needs followers, likes and comments",
            note: "The one public benchmarks use.",
        },
        Row {
            name: "er_extended",
            title: "Extended engagement rate",
            formula: FORMULA_EXTENDED,
            value: props.rates.extended,
            missing: "Add shares or saves",
            note:
                "Shares and saves are only in your own insights, so no public benchmark uses them.",
        },
        Row {
            name: "er_views",
            title: "Engagement rate by views",
            formula: FORMULA_PER_VIEW,
            value: props.rates.per_view,
            missing: "Add views",
            note: "How TikTok, YouTube and Reels are judged.",
        },
    ];
    html! {
        <section class="panel" aria-labelledby="er-heading">
            <h2 id="er-heading">{ "Engagement" }</h2>
            <dl class="rates">
                { for rows.iter().map(|r| html! {
                    <div class="rate">
                        <dt>{ r.title }</dt>
                        <dd>
                            <output name={r.name} data-value={intl::data_value(r.value)}
                                class={classes!(r.value.is_none().then_some("empty"))}>
                                { r.value.map_or_else(|| r.missing.to_owned(), intl::percent) }
                            </output>
                            <code class="formula">{ r.formula }</code>
                            <span class="note">{ r.note }</span>
                        </dd>
                    </div>
                }) }
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
