//! A labelled drop-down of named choices (niche, tier scheme).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceFieldProps {
    /// The select's id and name: the URL parameter it maps to.
    pub id: AttrValue,
    pub label: AttrValue,
    /// `(id, name)` pairs in display order.
    pub options: Vec<(&'static str, &'static str)>,
    pub selected: &'static str,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub on_change: Callback<String>,
}

#[component]
pub fn ChoiceField(props: &ChoiceFieldProps) -> Html {
    let on_change = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            cb.emit(select.value());
        })
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <select
                id={props.id.clone()}
                name={props.id.clone()}
                onchange={on_change}
                aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}
            >
                { for props.options.iter().map(|&(id, name)| html! {
                    <option value={id} selected={id == props.selected}>{ name }</option>
                }) }
            </select>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}
