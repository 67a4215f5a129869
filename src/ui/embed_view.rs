//! The compact calculator for a blog post (`?embed=1`): platform, followers
//! and interactions, the four answers, and a link to the full calculator with
//! the same numbers.

use yew::prelude::*;

use super::markup::raw;

use super::app::{no_submit, Actions};
use super::choice_field::chips;
use super::creator_view::{creator_field, fee_in};
use super::summary::{summary, SummaryProps};
use super::url;
use crate::calc::platform::Platform;
use crate::calc::{evaluate, Field};
use crate::state::State;

/// The full calculator's address with the same inputs: the embed settings
/// left out, resolved against this page so it works from any subpath.
#[must_use]
pub fn full_link(state: &State) -> String {
    format!("./{}", url::search(&state.unembedded().to_query()))
}

/// The link from an embed to the full calculator, in a new tab.
pub fn open_full(state: &State) -> Html {
    html! {
        <p class="open-full">
            <a href={full_link(state)} target="_blank" rel="noopener">
                { "Open the full calculator, with every source and the working" }
            </a>
        </p>
    }
}

/// The compact creator calculator for `state`, reporting through `a`.
pub fn embed_view(state: &State, a: &Actions) -> Html {
    let report = evaluate(&state.inputs());
    let fee = state.quote(&report);
    let platform: Platform = state.platform;
    let field =
        |field: Field, optional: bool| creator_field(state, a, &report, field, optional, None);
    html! {
        <main class="embed" id="main" key="creator">
            { raw("<h1>Influencer rate calculator</h1>") }
            <form class="inputs" aria-label="Your numbers" onsubmit={no_submit()}>
                { chips("platform", "Platform", platform, &a.platform) }
                <div class="pair">
                    { field(Field::Followers, false) }
                    { field(Field::Likes, false) }
                    { field(Field::Comments, false) }
                    { field(Field::Views, true) }
                </div>
            </form>
            { summary(&SummaryProps::of(platform, &report, fee.as_ref(), fee_in(state, fee.as_ref()), state.currency)) }
            { open_full(state) }
        </main>
    }
}
