//! Published figures for the chosen niche, or a plain statement that none exist.

use yew::prelude::*;

use super::intl;
use super::markup::Markup;
use super::source_cite::write_cite;
use crate::calc::choice::Choice;
use crate::calc::niche::{figures, Niche};

/// The note for `niche`.
pub fn niche_note(niche: Niche) -> Html {
    if niche == Niche::Other {
        return html! {};
    }
    let found: Vec<_> = figures(niche).collect();
    let name = niche.name().to_ascii_lowercase();
    let mut m = Markup::default();
    if found.is_empty() {
        m.note(&format!(
            "No published engagement figure for {name} was found; the verdict uses all niches."
        ));
    } else {
        m.raw(r#"<ul class="note">"#);
        for f in &found {
            m.raw("<li>").text(&format!(
                "{}: {} {} ({}) — ",
                niche.name(),
                f.reading,
                intl::percent(f.percent),
                f.note
            ));
            write_cite(&mut m, f.source, false);
            m.raw("</li>");
        }
        m.raw("</ul>");
    }
    html! { <div class="niche-note" aria-live="polite">{ m.html() }</div> }
}
