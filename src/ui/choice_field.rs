//! Pickers for a [`Choice`]: a labelled drop-down, or a row of radio chips.
//! The generic parts only map options to and from their position; the markup
//! is written once, for every kind of choice.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::calc::choice::Choice;

/// A labelled drop-down of every option of `T`. A plain function, not a
/// component: only the mapping to and from positions is generic, so each kind
/// of choice adds a few bytes; the markup is written once, in [`select`].
pub fn choice_field<T: Choice>(
    id: &'static str,
    label: &'static str,
    selected: T,
    hint: Option<AttrValue>,
    on_change: &Callback<T>,
) -> Html {
    select(
        id,
        label,
        hint,
        Options(T::ALL.len(), entry::<T>),
        selected.index(),
        pick(on_change),
    )
}

/// A row of radio chips for every option of `T`; each input's id is
/// `{name}-{option id}`.
pub fn chips<T: Choice>(
    name: &'static str,
    legend: &'static str,
    selected: T,
    on_change: &Callback<T>,
) -> Html {
    radios(
        name,
        legend,
        Options(T::ALL.len(), entry::<T>),
        selected.index(),
        &pick(on_change),
    )
}

/// The option at position `i` (which is in range): its id and name.
fn entry<T: Choice>(i: usize) -> (&'static str, &'static str) {
    let c = T::ALL[i];
    (c.id(), c.name())
}

/// How many options there are, and how to read one's `(id, name)`: the
/// markup reads every kind of choice through this, so the code written for
/// each kind is only [`entry`] and [`pick`].
#[derive(Clone, Copy)]
struct Options(usize, fn(usize) -> (&'static str, &'static str));

impl Options {
    fn iter(self) -> impl Iterator<Item = (usize, (&'static str, &'static str))> {
        (0..self.0).map(move |i| (i, (self.1)(i)))
    }
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

/// The drop-down: `options` in display order.
fn select(
    id: &'static str,
    label: &'static str,
    hint: Option<AttrValue>,
    options: Options,
    selected: usize,
    on_pick: Callback<usize>,
) -> Html {
    let on_change = on_pick.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        usize::try_from(select.selected_index()).unwrap_or(0)
    });
    let hint_id = format!("{id}-hint");
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select id={id} name={id} onchange={on_change}
                aria-describedby={hint.as_ref().map(|_| hint_id.clone())}>
                { for options.iter().map(|(i, (id, name))| html! {
                    <option value={id} selected={i == selected}>{ name }</option>
                }) }
            </select>
            if let Some(hint) = hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}

/// The radio chips: `options` in display order.
fn radios(
    name: &'static str,
    legend: &'static str,
    options: Options,
    selected: usize,
    on_pick: &Callback<usize>,
) -> Html {
    html! {
        <fieldset class="chips">
            <legend>{ legend }</legend>
            { for options.iter().map(|(i, (id, option))| {
                let input_id = format!("{name}-{id}");
                let on_pick = on_pick.reform(move |_: Event| i);
                html! {
                    <span class="chip">
                        <input type="radio" name={name} id={input_id.clone()} value={id}
                            checked={i == selected} onchange={on_pick} />
                        <label for={input_id}>{ option }</label>
                    </span>
                }
            }) }
        </fieldset>
    }
}
