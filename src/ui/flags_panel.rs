//! Audience-quality flags, each with a one-line explanation.

use yew::prelude::*;

use super::raw::raw;

use crate::calc::choice::Choice;
use crate::calc::flags::Flag;

/// The panel for `flags`; `ready` once there is anything to check.
pub fn flags_panel(flags: &[Flag], ready: bool) -> Html {
    html! {
        <section class="panel" aria-labelledby="flags-heading">
            { raw(r#"<h2 id="flags-heading">Audience quality</h2>"#) }
            if !ready {
                { raw(r#"<p class="note">Checks appear once followers, likes and comments are in.</p>"#) }
            } else if flags.is_empty() {
                { raw(r#"<p class="ok" data-flags="none">Nothing unusual in these numbers.</p>"#) }
            } else {
                <ul class="flags">
                    { for flags.iter().map(|f| html! {
                        <li data-flag={f.id()}>
                            <strong>{ f.name() }</strong>
                            <span>{ f.explain() }</span>
                        </li>
                    }) }
                </ul>
            }
            { raw(r#"<p class="note">Thresholds are this calculator's own assumptions: a reason to look closer, not proof.</p>"#) }
        </section>
    }
}
