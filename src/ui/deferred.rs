//! Markup built only once it is mounted: inside a closed disclosure, the
//! closure is kept and never run until the reader opens it. One component
//! serves every such table, instead of a component each.

use std::rc::Rc;

use yew::prelude::*;

/// What builds the markup, when mounted.
pub type Build = Rc<dyn Fn() -> Html>;

#[derive(Properties)]
pub struct DeferredProps {
    pub build: Build,
}

impl PartialEq for DeferredProps {
    /// By pointer: a parent's new render brings a new closure and redraws.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.build, &other.build)
    }
}

#[component]
fn Deferred(props: &DeferredProps) -> Html {
    (props.build)()
}

/// The markup `build` returns, built when mounted.
pub fn deferred(build: Build) -> Html {
    html! { <Deferred build={build} /> }
}
