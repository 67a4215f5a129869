//! A section collapsed by default whose content is built only once opened:
//! what nobody reads before the answer costs nothing until someone asks.

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    pub summary: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub open: bool,
    /// Rendered only while open.
    pub children: Html,
}

#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state_eq(|| props.open);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    // Written out rather than merged as a set: the app passes one class at most.
    let class = if props.class.is_empty() {
        AttrValue::Static("disclosure")
    } else {
        format!("disclosure {}", props.class.to_string()).into()
    };
    html! {
        <details class={class} open={*open} ontoggle={on_toggle}>
            <summary>{ &props.summary }</summary>
            if *open { { props.children.clone() } }
        </details>
    }
}
