//! The tier under the chosen scheme, a scale showing where the count sits, and
//! how the other schemes name the same account.

use std::rc::Rc;

use yew::prelude::*;

use super::markup::raw;

use super::choice_field::choice_field;
use super::deferred::deferred;
use super::disclosure::Disclosure;
use super::intl;
use super::markup::note;
use super::schemes_table::{schemes_table, SchemesTableProps};
use super::tier_scale::{tier_scale, TierScaleProps};
use crate::calc::bands::Span;
use crate::calc::choice::Choice;
use crate::calc::tier::{consensus, micro_definitions_including, Scheme, MICRO_DEFINITIONS};
use crate::state::Key;

/// "Across 9 published schemes: micro in 7, mid-tier in 2. 4 of 5 article
/// definitions of micro include it."
fn consensus_text(followers: u64) -> String {
    let counts = consensus(followers);
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let parts = counts
        .iter()
        .map(|(t, n)| format!("{} in {n}", t.name().to_ascii_lowercase()))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "Across {total} published schemes: {parts}. {} of {} article definitions of micro include it.",
        micro_definitions_including(followers),
        MICRO_DEFINITIONS.len()
    )
}

/// "10,000–49,999" or "1,000,000+".
#[must_use]
pub fn span_text(span: Span) -> String {
    match span.to {
        Some(to) => format!(
            "{}–{}",
            intl::count(span.from),
            intl::count(to.saturating_sub(1))
        ),
        None => format!("{}+", intl::count(span.from)),
    }
}

/// The tier panel for `followers` under `scheme`.
pub fn tier_panel(followers: Option<u64>, scheme: Scheme, on_scheme: &Callback<Scheme>) -> Html {
    let chosen = scheme;
    let scheme = chosen.table();
    html! {
        <section class="panel" aria-labelledby="tier-heading">
            { raw(r#"<h2 id="tier-heading">Tier</h2>"#) }
            { tier_scale(&TierScaleProps { scheme, followers }) }
            { choice_field(Key::Scheme.id(), "Tier scheme", chosen, Some(scheme.note.into()), on_scheme) }
            if let Some(f) = followers {
                { note(&consensus_text(f)) }
            }
            <Disclosure summary="Every tier scheme side by side">
                { deferred(Rc::new(move || schemes_table(&SchemesTableProps { followers, chosen }))) }
            </Disclosure>
        </section>
    }
}
