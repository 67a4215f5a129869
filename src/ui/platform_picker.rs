//! The platform, as a group of radio buttons.

use yew::prelude::*;

use crate::calc::platform::Platform;

#[derive(Properties, PartialEq)]
pub struct PlatformPickerProps {
    pub selected: Platform,
    pub on_pick: Callback<Platform>,
}

#[component]
pub fn PlatformPicker(props: &PlatformPickerProps) -> Html {
    html! {
        <fieldset class="platforms">
            <legend>{ "Platform" }</legend>
            { for Platform::ALL.into_iter().map(|p| {
                let on_pick = props.on_pick.clone();
                let id = format!("platform-{}", p.id());
                html! {
                    <span class="chip">
                        <input
                            type="radio"
                            name="platform"
                            id={id.clone()}
                            value={p.id()}
                            checked={p == props.selected}
                            onchange={Callback::from(move |_: Event| on_pick.emit(p))}
                        />
                        <label for={id}>{ p.name() }</label>
                    </span>
                }
            }) }
        </fieldset>
    }
}
