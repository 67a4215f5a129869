//! The campaign's figures: goal, platform, spend and what it bought, return,
//! comment counts, and the per-creator rows (pasted or opened from a file).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::markup::raw;

use super::table_input::{on_file, on_paste};

use super::app::{no_submit, Actions};
use super::choice_field::{chips, choice_field};
use super::text_field::{key_props, text_field, TextFieldProps};
use crate::calc::campaign::{Flag, Goal, Input};
use crate::calc::choice::Choice;
use crate::state::{key_of_input, CampaignForm, Key, State};

/// The campaign's form for `state`, reporting through `a`. `rows_error` says
/// why the per-creator rows cannot all be read, naming row and column;
/// `flags` are the figures that contradict each other, named beside each
/// field involved; `compact` is the embed's short form: the goal and the six
/// figures most campaigns report. `complete` is false for the first frame:
/// the comment counts, the per-creator rows and the settings below the
/// figures follow a moment later, so the first answer waits only for those.
pub fn campaign_fields(
    state: &State,
    a: &Actions,
    form: &CampaignForm,
    flags: &[Flag],
    rows_error: Option<AttrValue>,
    compact: bool,
    complete: bool,
) -> Html {
    // A figure that cannot be read says so; one that contradicts another
    // names the contradiction (the results still use it).
    let message = |input: Input| {
        form.error(input).map(AttrValue::from).or_else(|| {
            flags
                .iter()
                .find(|f| f.inputs().contains(&input))
                .map(|f| format!("{}: check this figure.", f.headline()).into())
        })
    };
    let field = |input: Input, hint: Option<&'static str>| {
        let key = key_of_input(input);
        let decimal = matches!(
            input,
            Input::Spend | Input::Revenue | Input::AverageOrderValue | Input::Margin
        );
        text_field(&TextFieldProps {
            hint: hint.map(AttrValue::from),
            inputmode: decimal.then_some(AttrValue::from("decimal")),
            ..key_props(state, &a.text, key, key.name().into(), message(input))
        })
    };
    let goal = Goal::from_id(state.text(Key::Goal)).unwrap_or_default();
    let on_goal = a.text.reform(|g: Goal| (Key::Goal, g.id().to_owned()));
    let on_rows = on_paste(Key::Results, &a.text);
    let on_file = on_file(Key::Results, &a.text);
    let on_emv = a.emv.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.checked()
    });
    let invalid = rows_error.is_some();
    html! {
        <form class="inputs" aria-labelledby="inputs-heading" onsubmit={no_submit()}>
            { raw(r#"<h2 id="inputs-heading">Your campaign</h2>"#) }
            { chips("goal", "Goal", goal, &on_goal) }
            if !compact {
                { chips("platform", "Platform", state.platform, &a.platform) }
            }
            { raw(r#"<p class="note">Give what you have: each result says what it needs.</p>"#) }
            { field(Input::Spend, Some("Fees plus product and management costs.")) }
            <div class="pair">
                { field(Input::Impressions, None) }
                if !compact { { field(Input::Reach, None) } }
            </div>
            <div class="pair">
                { field(Input::Engagements, None) }
                { field(Input::Clicks, None) }
            </div>
            <div class="pair">
                { field(Input::Conversions, Some("Sales or leads, from discount codes or UTM links.")) }
                { field(Input::Revenue, None) }
            </div>
            if !compact {
                <div class="pair">
                    { field(Input::AverageOrderValue, None) }
                    { field(Input::Margin, Some("In percent, after the cost of goods.")) }
                </div>
            }
            if !compact && complete {
                <fieldset>
                    { raw("<legend>Comments, as you counted them</legend>") }
                    <div class="pair">
                        { field(Input::Positive, None) }
                        { field(Input::Neutral, None) }
                        { field(Input::Negative, None) }
                        { field(Input::Questions, None) }
                    </div>
                </fieldset>
                <div ~className={if invalid { "field invalid" } else { "field" }}>
                    <label for="results">{ Key::Results.name() }</label>
                    <textarea id="results" name="results" rows="6" spellcheck="false"
                        placeholder={"name, spend, impressions, engagements, clicks, conversions, revenue\n@ana, 2400, 180000, 9100, 1400, 70, 6500"}
                        value={state.text(Key::Results).to_owned()} aria-invalid={invalid.to_string()}
                        aria-describedby="results-hint results-error" oninput={on_rows} />
                    { raw(r#"<p class="hint" id="results-hint">A header row, then one creator per line; paste from a spreadsheet. Only name and spend are needed. A figure not typed above is the rows' total.</p>"#) }
                    <p class="error" id="results-error" aria-live="polite">{ rows_error.unwrap_or_default() }</p>
                    { raw(r#"<label class="file" for="results-file">Or open a CSV file</label>"#) }
                    <input type="file" id="results-file" accept=".csv,.tsv,.txt,text/csv" onchange={on_file} />
                </div>
                { choice_field(Key::Currency.id(), "Currency", state.currency, None, &a.currency) }
                <div class="check">
                    <input type="checkbox" id={Key::Emv.id()} checked={state.emv} onchange={on_emv} />
                    <label for={Key::Emv.id()}>{ Key::Emv.name() }</label>
                </div>
                { a.buttons(false) }
            }
        </form>
    }
}
