//! Published figures for the chosen niche, or a plain statement that none exist.

use yew::prelude::*;

use super::intl;
use super::source_cite::cite;
use crate::calc::choice::Choice;
use crate::calc::niche::{figures, Niche};

#[derive(Properties, PartialEq)]
pub struct NicheNoteProps {
    pub niche: Niche,
}

#[component]
pub fn NicheNote(props: &NicheNoteProps) -> Html {
    if props.niche == Niche::Other {
        return html! {};
    }
    let found: Vec<_> = figures(props.niche).collect();
    let name = props.niche.name().to_ascii_lowercase();
    html! {
        <div class="niche-note" aria-live="polite">
            if found.is_empty() {
                <p class="note">{ format!("No published engagement figure for {name} was found; the verdict uses all niches.") }</p>
            } else {
                <ul class="note">
                    { for found.iter().map(|f| html! {
                        <li>
                            { format!("{}: {} {} ({}) — ", props.niche.name(), f.reading, intl::percent(f.percent), f.note) }
                            { cite(f.source, false) }
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}
