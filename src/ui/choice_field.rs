//! Pickers for a [`Choice`]: a labelled drop-down, or a row of radio chips.
//! The generic parts only map options to and from their position; the markup
//! is written once, for every kind of choice.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::calc::choice::Choice;

/// A labelled drop-down of every option of `T`. A plain function, not a
/// component: only the mapping to and from positions is generic, so each kind
/// of choice adds a few bytes instead of a component of its own.
pub fn choice_field<T: Choice>(
    id: &'static str,
    label: &'static str,
    selected: T,
    hint: Option<AttrValue>,
    on_change: &Callback<T>,
) -> Html {
    html! {
        <Select id={id} label={label} hint={hint} options={names::<T>()}
            selected={selected.index()} on_pick={pick(on_change)} />
    }
}

/// A row of radio chips for every option of `T`; each input's id is
/// `{name}-{option id}`.
pub fn chips<T: Choice>(
    name: &'static str,
    legend: &'static str,
    selected: T,
    on_change: &Callback<T>,
) -> Html {
    html! {
        <Radios name={name} legend={legend} options={names::<T>()}
            selected={selected.index()} on_pick={pick(on_change)} />
    }
}

fn names<T: Choice>() -> Vec<(&'static str, &'static str)> {
    T::ALL.iter().map(|c| (c.id(), c.name())).collect()
}

/// A callback taking an option's position and reporting the option.
fn pick<T: Choice>(on_change: &Callback<T>) -> Callback<usize> {
    let on_change = on_change.clone();
    Callback::from(move |i: usize| {
        if let Some(&choice) = T::ALL.get(i) {
            on_change.emit(choice);
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// `(id, name)` in display order.
    pub options: Vec<(&'static str, &'static str)>,
    pub selected: usize,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub on_pick: Callback<usize>,
}

#[component]
fn Select(props: &SelectProps) -> Html {
    let on_change = props.on_pick.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        usize::try_from(select.selected_index()).unwrap_or(0)
    });
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <select id={props.id.clone()} name={props.id.clone()} onchange={on_change}
                aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}>
                { for props.options.iter().enumerate().map(|(i, &(id, name))| html! {
                    <option value={id} selected={i == props.selected}>{ name }</option>
                }) }
            </select>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    pub name: AttrValue,
    pub legend: AttrValue,
    pub options: Vec<(&'static str, &'static str)>,
    pub selected: usize,
    pub on_pick: Callback<usize>,
}

#[component]
fn Radios(props: &RadiosProps) -> Html {
    html! {
        <fieldset class="chips">
            <legend>{ &props.legend }</legend>
            { for props.options.iter().enumerate().map(|(i, &(id, name))| {
                let input_id = format!("{}-{id}", props.name);
                let on_pick = props.on_pick.reform(move |_: Event| i);
                html! {
                    <span class="chip">
                        <input type="radio" name={props.name.clone()} id={input_id.clone()} value={id}
                            checked={i == props.selected} onchange={on_pick} />
                        <label for={input_id}>{ name }</label>
                    </span>
                }
            }) }
        </fieldset>
    }
}
