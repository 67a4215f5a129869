//! Published figures for the chosen niche, or a plain statement that none exist.

use yew::prelude::*;

use super::intl;
use super::source_cite::cite;
use crate::calc::choice::Choice;
use crate::calc::niche::{figures, Niche};

/// The note for `niche`.
pub fn niche_note(niche: Niche) -> Html {
    if niche == Niche::Other {
        return html! {};
    }
    let found: Vec<_> = figures(niche).collect();
    let name = niche.name().to_ascii_lowercase();
    html! {
        <div class="niche-note" aria-live="polite">
            if found.is_empty() {
                <p class="note">{ format!("No published engagement figure for {name} was found; the verdict uses all niches.") }</p>
            } else {
                <ul class="note">
                    { for found.iter().map(|f| html! {
                        <li>
                            { format!("{}: {} {} ({}) — ", niche.name(), f.reading, intl::percent(f.percent), f.note) }
                            { cite(f.source, false) }
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}
