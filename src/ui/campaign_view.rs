//! The campaign view. (Being built: see the campaign issue.)

use std::rc::Rc;

use yew::prelude::*;

use super::app::Actions;
use crate::state::State;

#[derive(Properties, PartialEq)]
pub struct CampaignViewProps {
    pub state: Rc<State>,
    pub actions: Actions,
    /// Whether the first frame is out: the explaining panels wait for it.
    pub settled: bool,
}

#[component]
pub fn CampaignView(props: &CampaignViewProps) -> Html {
    let _ = (&props.state, &props.actions, props.settled);
    html! { <main id="main" class="campaign"></main> }
}
