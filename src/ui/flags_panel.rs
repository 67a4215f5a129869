//! Audience-quality flags, each with a one-line explanation.

use yew::prelude::*;

use super::markup::Markup;

use crate::calc::choice::Choice;
use crate::calc::flags::Flag;

/// The panel for `flags`; `ready` once there is anything to check.
pub fn flags_panel(flags: &[Flag], ready: bool) -> Html {
    let mut m = Markup::of(
        r#"<section class="panel" aria-labelledby="flags-heading"><h2 id="flags-heading">Audience quality</h2>"#,
    );
    if !ready {
        m.raw(r#"<p class="note">Checks appear once followers, likes and comments are in.</p>"#);
    } else if flags.is_empty() {
        m.raw(r#"<p class="ok" data-flags="none">Nothing unusual in these numbers.</p>"#);
    } else {
        m.raw(r#"<ul class="flags">"#);
        for f in flags {
            m.raw(r#"<li data-flag=""#)
                .text(f.id())
                .raw(r#""><strong>"#);
            m.text(f.name()).raw("</strong><span>").text(&f.explain());
            m.raw("</span></li>");
        }
        m.raw("</ul>");
    }
    m.raw(r#"<p class="note">Thresholds are this calculator's own assumptions: a reason to look closer, not proof.</p></section>"#);
    m.html()
}
