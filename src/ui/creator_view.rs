//! The creator view: the numbers on the left, the answers on the right, then
//! the panels that explain each answer.

use std::rc::Rc;

use yew::prelude::*;

use super::markup::raw;

use super::app::{no_submit, Actions};
use super::choice_field::{chips, choice_field};
use super::copy_link::CopyLink;
use super::deal_fields::deal_fields;
use super::disclosure::Disclosure;
use super::embed_snippet::EmbedSnippet;
use super::engagement_panel::{engagement_panel, EngagementPanelProps};
use super::fee_panel::{fee_panel, FeePanelProps};
use super::flags_panel::flags_panel;
use super::intl;
use super::niche_note::niche_note;
use super::posts_field::{posts_field, PostsFieldProps};
use super::rate_card::RateCard;
use super::summary::{money, summary, SummaryProps};
use super::summary_bar::summary_bar;
use super::text_field::{key_props, text_field, TextFieldProps};
use super::tier_panel::tier_panel;
use super::verdict_panel::{verdict_panel, VerdictPanelProps};
use crate::calc::choice::Choice;
use crate::calc::fee::{FeeEstimate, Range};
use crate::calc::format::Rounding;
use crate::calc::tier::Scheme;
use crate::calc::{evaluate, Field, Report};
use crate::state::{key_of, Key, PostsMode, State};

/// The fee in the state's currency, unrounded.
#[must_use]
pub fn fee_in(state: &State, fee: Option<&FeeEstimate>) -> Option<Range> {
    fee.map(|e| e.range().times(state.currency.per_usd()))
}

/// The creator view for `state`, reporting through `a`. `later` is the state
/// the explaining panels show: it follows `state` one turn of the event loop
/// later, so a keystroke updates the answer first, and is `None` until the
/// first frame is out.
pub fn creator_view(state: &State, a: &Actions, later: Option<&Rc<State>>) -> Html {
    let report = evaluate(&state.inputs());
    let fee = state.quote(&report);
    let fee_range = fee_in(state, fee.as_ref());
    let glance: Vec<String> = [
        report.tier.map(|b| b.tier.name().to_owned()),
        report.rates.per_follower.map(intl::percent),
        fee_range.map(|f| {
            let c = state.currency;
            format!(
                "{}–{}",
                money(f.low, c, Rounding::Down),
                money(f.high, c, Rounding::Up)
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <>
        <main class="layout" id="main" key="creator">
            { creator_form(state, a, &report, later.is_some()) }
            <div class="results" id="results">
                { summary(&SummaryProps::of(state.platform, &report, fee.as_ref(), fee_range, state.currency)) }
                <CopyLink />
                if let Some(later) = later {
                    <CreatorPanels state={later.clone()} on_scheme={a.scheme.clone()} />
                }
            </div>
        </main>
        { summary_bar(&glance) }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CreatorPanelsProps {
    state: Rc<State>,
    on_scheme: Callback<Scheme>,
}

/// The panels that explain the answer, from their own (lagging) state.
#[component]
fn CreatorPanels(props: &CreatorPanelsProps) -> Html {
    let state = &props.state;
    let report = evaluate(&state.inputs());
    let fee = state.quote(&report);
    let labels = state.platform.labels();
    // What the rate waits for, shown by the verdict and the engagement panels.
    let rate_waiting = report.rate_prompt(state.platform);
    // On the first load the panels arrive over several turns of the event
    // loop, one or two a turn in reading order, so the page starts as a few
    // short tasks rather than one long one (a task blocks typing and
    // scrolling while it runs). Once all are in, every render shows them all.
    let stage = use_state_eq(|| 0_u8);
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |&now| {
            let pending = (now < STAGES)
                .then(|| gloo_timers::callback::Timeout::new(0, move || stage.set(now + 1)));
            move || drop(pending)
        });
    }
    let stage = *stage;
    html! {
        <>
        if stage >= 1 {
            { fee_panel(&FeePanelProps {
                estimate: fee.clone(),
                platform: state.platform,
                currency: state.currency,
                waiting: report.size_prompt(state.platform),
            }) }
        }
        if stage >= 2 {
            { verdict_panel(&VerdictPanelProps {
                assessment: report.assessment.clone(),
                platform: state.platform,
                followers: report.followers,
                noun: labels.followers.to_ascii_lowercase().into(),
                waiting: rate_waiting.clone(),
            }) }
        }
        if stage >= 3 {
            { engagement_panel(&EngagementPanelProps {
                rates: report.rates,
                per_post: report.per_post,
                waiting: rate_waiting,
            }) }
            { tier_panel(report.followers, state.scheme, &props.on_scheme) }
        }
        if stage >= STAGES {
            { flags_panel(&report.flags, report.rates.per_follower.is_some()) }
            if let (Some(e), Some(f), Some(band)) = (fee, report.followers, report.tier) {
                <RateCard platform={state.platform} followers={f} tier={band.tier}
                    engagement={report.rates.per_follower} estimate={Rc::new(e)} terms={state.terms().0} currency={state.currency} />
            }
            <section class="panel no-print" aria-labelledby="embed-heading">
                { raw(r#"<h2 id="embed-heading">On your blog</h2>"#) }
                <Disclosure summary="Embed this calculator">
                    <EmbedSnippet />
                </Disclosure>
            </section>
        }
        </>
    }
}

/// The turns the panels take to arrive on the first load (see `CreatorPanels`):
/// the deal's terms, then the fee, the verdict, engagement and tier, the rest.
const STAGES: u8 = 4;

/// The text field for one of the creator's counts, with its message from
/// `report`: written once for the full form and the embed's.
#[inline(never)]
pub fn creator_field(
    state: &State,
    a: &Actions,
    report: &Report,
    field: Field,
    optional: bool,
    hint: Option<&'static str>,
) -> Html {
    text_field(&TextFieldProps {
        optional,
        hint: hint.map(AttrValue::from),
        ..key_props(
            state,
            &a.text,
            key_of(field),
            field.label(state.platform).into(),
            report.error(field).map(AttrValue::from),
        )
    })
}

/// The form for `state` and its `report`, reporting through `a`. `complete`
/// is false for the first frame: the niche and the deal's terms (below the
/// counts) follow a moment later, so the first answer waits only for the counts.
fn creator_form(state: &State, a: &Actions, report: &Report, complete: bool) -> Html {
    let platform = state.platform;
    let field = |field: Field, optional: bool, hint: Option<&'static str>| {
        creator_field(state, a, report, field, optional, hint)
    };
    let list_summary = report.per_post.map(|s| {
        AttrValue::from(format!(
            "{} posts read: median {}, mean {} per post.",
            s.posts,
            intl::percent(s.median),
            intl::percent(s.mean)
        ))
    });
    html! {
        <form class="inputs" aria-labelledby="inputs-heading" onsubmit={no_submit()}>
            { raw(r#"<h2 id="inputs-heading">Your numbers</h2>"#) }
            { chips("platform", "Platform", platform, &a.platform) }
            { field(Field::Followers, false, Some("12,500, 12.5K and 1.2M all work.")) }
            if state.posts_mode == PostsMode::Totals {
                <div class="pair">
                    { field(Field::Likes, false, None) }
                    { field(Field::Comments, false, None) }
                </div>
                <div class="pair">
                    { field(Field::Shares, true, None) }
                    { field(Field::Saves, true, None) }
                </div>
                { field(Field::Views, true, Some("Views or plays of the same posts.")) }
            }
            { posts_field(&PostsFieldProps {
                mode: state.posts_mode,
                posts: state.text(Key::Posts).to_owned().into(),
                list: state.text(Key::List).to_owned().into(),
                posts_error: report.error(Field::Posts).map(AttrValue::from),
                list_error: report.error(Field::List).map(AttrValue::from),
                list_summary,
                on_mode: a.posts_mode.clone(),
                on_posts: a.text.reform(|t| (Key::Posts, t)),
                on_list: a.text.reform(|t| (Key::List, t)),
            }) }
            if complete {
                { choice_field(Key::Niche.id(), "Niche", state.niche, None, &a.niche) }
                { niche_note(state.niche) }
                { deal_fields(state, a) }
                { a.buttons(true) }
                <p class="note">{ format!("Counts are per post unless you give a number of posts. {} are optional: they give the rate by views.", platform.labels().views) }</p>
                <p class="note">{ "Your last numbers are remembered on this device only, so the page opens with them next time; \"Forget my numbers\" removes them." }</p>
            }
        </form>
    }
}
