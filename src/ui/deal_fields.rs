//! The deal: deliverables and quantities, terms, and the currency to price in.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::choice_field::ChoiceField;
use super::count_field::CountField;
use crate::calc::currency::Currency;
use crate::calc::deliverable::{Deliverable, MAX_QUANTITY};
use crate::calc::fee::{Exclusivity, Usage};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct DealFieldsProps {
    pub quantities: Vec<(Deliverable, u32)>,
    pub problems: Vec<String>,
    pub currency: Currency,
    pub usage: Usage,
    pub whitelist: AttrValue,
    #[prop_or_default]
    pub whitelist_error: Option<AttrValue>,
    pub exclusivity: Exclusivity,
    pub rush: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn DealFields(props: &DealFieldsProps) -> Html {
    let act = |make: fn(String) -> Option<Action>| {
        let cb = props.on_action.clone();
        Callback::from(move |v: String| {
            if let Some(action) = make(v) {
                cb.emit(action);
            }
        })
    };
    let currencies = Currency::ALL
        .iter()
        .map(|c| (c.code(), c.name()))
        .collect::<Vec<_>>();
    let usages = Usage::ALL
        .iter()
        .map(|u| (u.id(), u.name()))
        .collect::<Vec<_>>();
    let exclusivities = Exclusivity::ALL
        .iter()
        .map(|e| (e.id(), e.name()))
        .collect::<Vec<_>>();
    let on_rush = {
        let cb = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(Action::Rush(input.checked()));
        })
    };
    html! {
        <fieldset class="deal">
            <legend><h2>{ "The deal" }</h2></legend>
            <div class="quantities">
                { for props.quantities.iter().map(|&(d, n)| {
                    let cb = props.on_action.clone();
                    let id = format!("qty-{}", d.id());
                    let on_input = Callback::from(move |e: InputEvent| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        // A number input's value is "" or digits; anything else counts as 0.
                        let n = input.value().trim().parse::<u32>().unwrap_or(0);
                        cb.emit(Action::Quantity(d, n));
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
                <p class="error" id="deliverables-error">{ format!("From the link: {}.", props.problems.join("; ")) }</p>
            }
            <ChoiceField id="usage" label="Usage rights for the brand" options={usages} selected={props.usage.id()}
                hint="How long the brand may reuse the content in its own ads and channels."
                on_change={act(|v| Usage::from_id(&v).map(Action::Usage))} />
            <CountField id="whitelist" label="Paid-ads whitelisting (months)" value={props.whitelist.clone()}
                optional=true placeholder="0" error={props.whitelist_error.clone()}
                hint="Months the brand may run ads from your account."
                on_input={act(|v| Some(Action::Whitelist(v)))} />
            <ChoiceField id="exclusivity" label="Exclusivity" options={exclusivities} selected={props.exclusivity.id()}
                on_change={act(|v| Exclusivity::from_id(&v).map(Action::Exclusivity))} />
            <div class="check">
                <input type="checkbox" id="rush" checked={props.rush} onchange={on_rush} />
                <label for="rush">{ "Rush delivery (under 7 days)" }</label>
            </div>
            <ChoiceField id="currency" label="Currency" options={currencies} selected={props.currency.code()}
                on_change={act(|v| Currency::from_code(&v).map(Action::Currency))} />
        </fieldset>
    }
}
