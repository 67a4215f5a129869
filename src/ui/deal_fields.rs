//! The deal: deliverables and quantities, terms, and the currency to price in.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::markup::raw;

use super::app::Actions;
use super::choice_field::choice_field;
use super::text_field::{text_field, TextFieldProps};
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::calc::deliverable::{Deliverable, MAX_QUANTITY};
use crate::calc::fee::{Exclusivity, Usage};
use crate::state::{Key, State};

#[derive(Properties, PartialEq)]
pub struct DealFieldsProps {
    pub quantities: Vec<(Deliverable, u32)>,
    /// What the link held that could not be used.
    pub problems: Vec<String>,
    pub currency: Currency,
    pub usage: Usage,
    pub whitelist: AttrValue,
    #[prop_or_default]
    pub whitelist_error: Option<AttrValue>,
    pub exclusivity: Exclusivity,
    pub rush: bool,
    pub on_quantity: Callback<(Deliverable, u32)>,
    pub on_usage: Callback<Usage>,
    pub on_whitelist: Callback<String>,
    pub on_exclusivity: Callback<Exclusivity>,
    pub on_rush: Callback<bool>,
    pub on_currency: Callback<Currency>,
}

/// The deal's fields.
pub fn deal_fields_for(props: &DealFieldsProps) -> Html {
    let on_rush = props.on_rush.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.checked()
    });
    html! {
        <fieldset class="deal">
            <legend>{ raw("<h2>The deal</h2>") }</legend>
            <div class="quantities">
                { for props.quantities.iter().map(|&(d, n)| {
                    let id = format!("qty-{}", d.id());
                    let on_input = props.on_quantity.reform(move |e: InputEvent| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        // A number input's value is "" or digits; anything else counts as 0.
                        (d, input.value().trim().parse::<u32>().unwrap_or(0))
                    });
                    html! {
                        <div class="qty">
                            <label for={id.clone()}>{ d.name() }</label>
                            <input id={id} type="number" inputmode="numeric" min="0" max={MAX_QUANTITY.to_string()}
                                value={n.to_string()} oninput={on_input} />
                        </div>
                    }
                }) }
            </div>
            if !props.problems.is_empty() {
                <p class="error" id="link-problems">{ format!("From the link: {}.", props.problems.join("; ")) }</p>
            }
            { choice_field(Key::Usage.id(), "Usage rights for the brand", props.usage,
                Some("How long the brand may reuse the content in its own ads and channels.".into()),
                &props.on_usage) }
            { text_field(&TextFieldProps {
                id: Key::Whitelist.id().into(),
                label: "Paid-ads whitelisting (months)".into(),
                value: props.whitelist.clone(),
                optional: true,
                placeholder: Some("0".into()),
                error: props.whitelist_error.clone(),
                inputmode: Some("numeric".into()),
                hint: Some("Months the brand may run ads from your account.".into()),
                on_input: props.on_whitelist.clone(),
            }) }
            { choice_field(Key::Exclusivity.id(), "Exclusivity", props.exclusivity, None, &props.on_exclusivity) }
            <div class="check">
                <input type="checkbox" id={Key::Rush.id()} checked={props.rush} onchange={on_rush} />
                <label for={Key::Rush.id()}>{ "Rush delivery (under 7 days)" }</label>
            </div>
            { choice_field(Key::Currency.id(), "Currency", props.currency, None, &props.on_currency) }
        </fieldset>
    }
}

/// The deal's fields for `state`, reporting through `a`.
pub fn deal_fields(state: &State, a: &Actions) -> Html {
    deal_fields_for(&DealFieldsProps {
        quantities: state.package.clone(),
        problems: state.link_problems.clone(),
        currency: state.currency,
        usage: state.usage,
        whitelist: state.text(Key::Whitelist).to_owned().into(),
        whitelist_error: state.terms().1.map(AttrValue::from),
        exclusivity: state.exclusivity,
        rush: state.rush,
        on_quantity: a.quantity.clone(),
        on_usage: a.usage.clone(),
        on_whitelist: a.text.reform(|t| (Key::Whitelist, t)),
        on_exclusivity: a.exclusivity.clone(),
        on_rush: a.rush.clone(),
        on_currency: a.currency.clone(),
    })
}
