//! The brand view. (Being built: see the brand issue.)

use std::rc::Rc;

use yew::prelude::*;

use super::app::Actions;
use crate::state::State;

#[derive(Properties, PartialEq)]
pub struct BrandViewProps {
    pub state: Rc<State>,
    pub actions: Actions,
    /// Whether the first frame is out: the explaining panels wait for it.
    pub settled: bool,
}

#[component]
pub fn BrandView(props: &BrandViewProps) -> Html {
    let _ = (&props.state, &props.actions, props.settled);
    html! { <main id="main" class="brand"></main> }
}
