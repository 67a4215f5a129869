//! The root component: holds the state, derives the results, keeps the URL in step.

use std::rc::Rc;

use yew::prelude::*;

use super::choice_field::ChoiceField;
use super::count_field::CountField;
use super::deal_fields::DealFields;
use super::engagement_panel::EngagementPanel;
use super::fee_panel::FeePanel;
use super::flags_panel::FlagsPanel;
use super::niche_note::NicheNote;
use super::platform_picker::PlatformPicker;
use super::posts_field::PostsField;
use super::rate_card::RateCard;
use super::schemes_table::SchemesTable;
use super::summary_bar::SummaryBar;
use super::tier_panel::TierPanel;
use super::verdict_panel::VerdictPanel;
use super::{intl, url};
use crate::calc::fee::{estimate, rules_of_thumb, FeeInputs};
use crate::calc::niche::Niche;
use crate::calc::tier::TierScheme;
use crate::calc::{evaluate, Field};
use crate::state::{Action, PostsMode, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

/// How long after the last change the address is updated.
pub const URL_DELAY_MS: u32 = 200;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State::from_query(&url::current_query(), &url::browser_locale()));
    {
        // The address follows the inputs a moment after typing stops, so
        // history.replaceState (a millisecond or more) stays off the keystroke path.
        let query = state.to_query();
        use_effect_with(query, |q| {
            let q = q.clone();
            let pending =
                gloo_timers::callback::Timeout::new(URL_DELAY_MS, move || url::replace_query(&q));
            move || drop(pending)
        });
    }
    let report = evaluate(&state.inputs());
    let platform = state.platform;
    let labels = platform.labels();
    // Children get callbacks that turn what they report into an Action.
    let act: Callback<Action> = state.dispatcher().to_callback();
    let text_cb = |field: Field| act.reform(move |text: String| Action::Text(field, text));
    let error = |field: Field| report.error(field).map(AttrValue::from);
    let field = |field: Field, id: &'static str, optional: bool, hint: Option<&'static str>| {
        html! {
            <CountField
                id={id}
                label={field.label(platform)}
                value={state.text(field).to_owned()}
                error={error(field)}
                optional={optional}
                hint={hint.map(AttrValue::from)}
                on_input={text_cb(field)}
            />
        }
    };
    let list_mode = state.mode == PostsMode::List;
    let list_summary = report.per_post.map(|s| {
        AttrValue::from(format!(
            "{} posts read: median {}, mean {} per post.",
            s.posts,
            intl::percent(s.median),
            intl::percent(s.mean)
        ))
    });
    let on_niche = act.reform(|id: String| Action::Niche(Niche::from_id(&id).unwrap_or_default()));
    let on_scheme = act.reform(|id: String| {
        Action::Scheme(TierScheme::from_id(&id).unwrap_or(&crate::calc::tier::STANDARD))
    });
    let niche_options = Niche::ALL
        .iter()
        .map(|n| (n.id(), n.name()))
        .collect::<Vec<_>>();
    let ready = report.rates.per_follower.is_some();
    let (quantities, package_problems) = state.package();
    let (terms, whitelist_error) = state.terms();
    let fee = report.followers.map(|followers| {
        estimate(&FeeInputs {
            platform,
            followers,
            engagement: report.rates.per_follower,
            niche: state.niche,
            deliverables: &quantities,
            terms,
        })
    });
    let comparisons = report
        .followers
        .map(|f| rules_of_thumb(platform, f))
        .unwrap_or_default();
    let summary: Vec<String> = [
        report.tier.map(|b| b.tier.name().to_owned()),
        report.rates.per_follower.map(intl::percent),
        fee.as_ref().map(|e| {
            let shown = e.shown(state.currency);
            format!(
                "{}–{}",
                intl::money(shown.low, state.currency),
                intl::money(shown.high, state.currency)
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <>
        <header class="top">
            <h1>{ "Influencer rate calculator" }</h1>
            <p class="tagline">
                { "Tier, engagement rate against published benchmarks, a fair fee range, and where every number comes from. " }
                <strong>{ "Private: nothing you type leaves this device." }</strong>
            </p>
        </header>
        <main class="layout">
            <form class="inputs" aria-labelledby="inputs-heading" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h2 id="inputs-heading">{ "Your numbers" }</h2>
                <PlatformPicker selected={platform} on_pick={act.reform(Action::Platform)} />
                { field(Field::Followers, "followers", false, Some("12,500, 12.5K and 1.2M all work.")) }
                if !list_mode {
                    <div class="pair">
                        { field(Field::Likes, "likes", false, None) }
                        { field(Field::Comments, "comments", false, None) }
                    </div>
                    <div class="pair">
                        { field(Field::Shares, "shares", true, None) }
                        { field(Field::Saves, "saves", true, None) }
                    </div>
                    { field(Field::Views, "views", true, Some("Views or plays of the same posts.")) }
                }
                <PostsField
                    mode={state.mode}
                    posts={state.posts.clone()}
                    list={state.list.clone()}
                    posts_error={error(Field::Posts)}
                    list_error={error(Field::List)}
                    list_summary={list_summary}
                    on_mode={act.reform(Action::Mode)}
                    on_posts={text_cb(Field::Posts)}
                    on_list={text_cb(Field::List)}
                />
                <ChoiceField id="niche" label="Niche" options={niche_options} selected={state.niche.id()} on_change={on_niche} />
                <NicheNote niche={state.niche} />
                <DealFields
                    quantities={quantities.clone()}
                    problems={package_problems}
                    currency={state.currency}
                    usage={state.usage}
                    whitelist={state.whitelist.clone()}
                    whitelist_error={whitelist_error.map(AttrValue::from)}
                    exclusivity={state.exclusivity}
                    rush={state.rush}
                    on_action={act.clone()}
                />
                <div class="buttons">
                    <button type="button" onclick={act.reform(|_: MouseEvent| Action::Example)}>{ "Try an example" }</button>
                    <button type="button" class="secondary" onclick={act.reform(|_: MouseEvent| Action::Clear)}>{ "Clear" }</button>
                </div>
                { labels_note(labels.views) }
            </form>
            <div class="results">
                <TierPanel followers={report.followers} followers_label={labels.followers} scheme={state.scheme} on_scheme={on_scheme} />
                <FeePanel estimate={fee.clone()} comparisons={comparisons} currency={state.currency} followers={report.followers} />
                <EngagementPanel rates={report.rates} per_post={report.per_post} />
                <VerdictPanel assessment={report.assessment.clone()} platform={platform} followers={report.followers} followers_label={labels.followers} />
                <FlagsPanel flags={report.flags.clone()} ready={ready} />
                if let (Some(e), Some(f), Some(band)) = (fee, report.followers, report.tier) {
                    <RateCard platform={platform} followers={f} tier={band.tier}
                        engagement={report.rates.per_follower} estimate={e} terms={terms} currency={state.currency} />
                }
                <SchemesTable followers={report.followers} chosen={state.scheme.id} />
            </div>
        </main>
        <SummaryBar parts={summary} />
        <footer class="bottom">
            <p>{ "Every benchmark names its source, year, sample and formula. Where sources disagree, all are shown; where none is credible, we say so rather than invent one. The link in your address bar reproduces this page exactly." }</p>
        </footer>
        </>
    }
}

fn labels_note(views: &'static str) -> Html {
    html! {
        <p class="note">{ format!("Counts are per post unless you give a number of posts. {views} are optional: they give the rate by views.") }</p>
    }
}
