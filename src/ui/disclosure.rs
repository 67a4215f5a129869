//! A section collapsed by default whose content is built only once opened:
//! what nobody reads before the answer costs nothing until someone asks.

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    pub summary: AttrValue,
    /// A class beside `disclosure`, or "".
    #[prop_or_default]
    pub class: &'static str,
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
    let class = if props.class.is_empty() {
        "disclosure".to_owned()
    } else {
        format!("disclosure {}", props.class)
    };
    html! {
        <details ~className={class} open={*open} ontoggle={on_toggle}>
            <summary>{ &props.summary }</summary>
            if *open { { props.children.clone() } }
        </details>
    }
}
