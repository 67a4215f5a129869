//! The panels that explain a campaign's results: published CPMs and their
//! disagreement, brand sentiment, earned media value when asked for, and the
//! ad-disclosure reminder. Plain functions: these are leaves.

use yew::prelude::*;

use super::campaign_results::{metric_line, panel, shown};
use super::intl;
use super::markup::{raw, Markup};
use super::source_cite::write_cite;
use super::sourced_table::{sourced_table, SourcedRow};
use crate::calc::campaign::benchmarks::{cpm_benchmarks, disagreement, no_benchmark, Position};
use crate::calc::campaign::emv::{emv, Content, CAUTIONS, LABEL};
use crate::calc::campaign::sentiment::Sentiment;
use crate::calc::campaign::{CampaignInputs, MetricId, Unit};
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::calc::platform::Platform;
use crate::calc::sources::MIGHTYSCOUT_EMV;

/// Every published CPM for `platform` with what it counts and where `cpm`
/// (in `c`) sits against it; then the results nobody publishes a method for.
pub fn benchmarks(platform: Platform, cpm: Option<f64>, c: Currency) -> Html {
    let list = cpm_benchmarks(platform);
    let at = |usd: f64| shown(Unit::Money, c.from_usd(usd), c);
    let rows: Vec<SourcedRow> = list
        .iter()
        .map(|b| {
            let remark = cpm.map(|cpm| match b.position(c.to_usd(cpm)) {
                Position::Below => "Yours is below",
                Position::Within => "Yours is within",
                Position::Above => "Yours is above",
            });
            SourcedRow {
                label: b.platform.map_or("Any platform", Choice::name).into(),
                note: b.counts.into(),
                amount: (at(b.low) + "–" + &at(b.high)).into(),
                remark,
                source: b.source,
            }
        })
        .collect();
    let unbenchmarked: Vec<&str> = [MetricId::Cpe, MetricId::Cpa, MetricId::ConversionRate]
        .into_iter()
        .filter(|&m| no_benchmark(m).is_some())
        .map(MetricId::short)
        .collect();
    panel(
        "bench-heading",
        "Against published benchmarks",
        "",
        html! {
            <>
                { disagreement(&list).map(|d| {
                    let mut m = Markup::of(r#"<p data-factor=""#);
                    m.text(&intl::data_value(Some(d.factor))).raw(r#"">"#);
                    m.text(&format!("Published CPMs for {} run from {} to {}: {}-fold apart, because each counts something different. Read what each counts before comparing.",
                        platform.name(), at(d.lowest), at(d.highest), intl::number(d.factor, 0)));
                    m.raw("</p>");
                    m.html()
                }) }
                { sourced_table("Published CPM (cost per 1,000 impressions), converted from US dollars", ("Platform", "CPM"), &rows) }
                { no_benchmark(MetricId::Cpa).map(|why| {
                    let mut m = Markup::of(r#"<p class="no-benchmark"><strong>"#);
                    m.text(&unbenchmarked.join(", ")).raw(": </strong>").text(why).raw("</p>");
                    m.html()
                }) }
            </>
        },
    )
}

/// Each comment category's share and net sentiment, from the brand's tally.
pub fn sentiment(s: &Sentiment, inputs: &CampaignInputs, c: Currency) -> Html {
    panel(
        "sentiment-heading",
        "Brand sentiment",
        "",
        html! {
            <>
                { raw(r#"<p class="note">From the comments you counted into each category; a question counts only as a question.</p>"#) }
                <dl class="lines">
                    { for [&s.net, &s.positive, &s.neutral, &s.negative, &s.questions].into_iter().map(|m| metric_line(m, inputs, c)) }
                </dl>
            </>
        },
    )
}

/// Earned media value by MightyScout's formula, labelled "not revenue", with
/// the measurement profession's warnings. Only when asked for.
pub fn emv_panel(platform: Platform, inputs: &CampaignInputs, c: Currency) -> Html {
    let ways = [
        (
            "emv_video",
            "Counting impressions as video views",
            inputs.impressions.map(|views| Content::Video { views }),
        ),
        (
            "emv_static",
            "Counting engagements as likes, comments and shares of static posts",
            inputs.engagements.map(|likes| Content::Static {
                likes,
                comments: 0,
                shares: 0,
            }),
        ),
    ];
    let mut sources = Markup::of(r#"<p class="note">Formula: "#);
    write_cite(&mut sources, MIGHTYSCOUT_EMV, true);
    sources.raw(r#"</p><ul class="flags">"#);
    for w in CAUTIONS {
        sources.raw("<li>").text(w.says).raw(" ");
        write_cite(&mut sources, w.source, true);
        sources.raw("</li>");
    }
    sources.raw("</ul>");
    panel(
        "emv-heading",
        LABEL,
        "emv",
        html! {
            <>
                { raw("<p>What the attention would have cost as advertising. It is not money the campaign made, and it is never used for ROI or ROAS above.</p>") }
                <dl class="lines">
                    { for ways.into_iter().map(|(name, how, content)| {
                        let worked = content.map(|content| emv(platform, content));
                        let value = worked.and_then(Result::ok).map(|e| c.from_usd(e.value));
                        let text = match worked {
                            None => "Add the figure it counts".to_owned(),
                            Some(Ok(_)) => value.map(|v| shown(Unit::Money, v, c)).unwrap_or_default(),
                            Some(Err(no)) => no.to_string(),
                        };
                        let mut term = Markup::of("<dt>");
                        term.text(how).raw("</dt>");
                        let mut working = Markup::default();
                        if let Some(Ok(e)) = worked {
                            working.raw(r#"<code class="formula">"#).text(e.formula);
                            working.raw(r#"</code><span class="note">CPM "#);
                            working.text(&shown(Unit::Money, c.from_usd(e.cpm), c)).raw("</span>");
                        }
                        html! {
                            <div class="line">
                                { term.html() }
                                <dd>
                                    <output name={name} data-value={intl::data_value(value)}>{ text }</output>
                                    { working.html() }
                                </dd>
                            </div>
                        }
                    }) }
                </dl>
                { sources.html() }
            </>
        },
    )
}
