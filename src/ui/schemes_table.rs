//! Every tier scheme and every published definition of "micro", side by side,
//! with the account placed in each.

use yew::prelude::*;

use super::markup::Markup;
use super::source_cite::write_cite;
use super::sourced_table::open_scroll;
use super::tier_panel::span_text;
use crate::calc::choice::Choice;
use crate::calc::tier::{Scheme, Tier, MICRO_DEFINITIONS};

/// What the table compares.
pub struct SchemesTableProps {
    pub followers: Option<u64>,
    /// The scheme the user picked, highlighted.
    pub chosen: Scheme,
}

/// The table, built only when opened (see [`super::deferred`]).
pub fn schemes_table(props: &SchemesTableProps) -> Html {
    let mut m = Markup::default();
    open_scroll(&mut m, "Every tier scheme");
    m.raw(r#"<table><caption>Publishers disagree on where tiers start and end. Ranges include both ends shown.</caption><thead><tr><th scope="col">Scheme</th><th scope="col">This account</th><th scope="col">Micro means</th></tr></thead><tbody>"#);
    for &s in Scheme::ALL {
        let table = s.table();
        let here = props.followers.map(|f| table.band(f));
        let micro = table.band_of(Tier::Micro);
        m.raw(if s == props.chosen {
            r#"<tr class="chosen">"#
        } else {
            "<tr>"
        });
        m.raw(r#"<th scope="row">"#)
            .text(s.name())
            .raw(r#"<span class="note">"#);
        write_cite(&mut m, table.source, true);
        m.raw("</span></th><td>");
        if let Some(b) = here {
            m.text(b.tier.name())
                .raw(r#"<span class="note">"#)
                .text(&span_text(b.span));
        } else {
            m.raw(r#"<span class="note">"#);
        }
        m.raw("</span></td><td>");
        if let Some(b) = micro {
            m.text(&span_text(b.span));
        }
        m.raw("</td></tr>");
    }
    for d in MICRO_DEFINITIONS {
        m.raw(r#"<tr><th scope="row">"#);
        write_cite(&mut m, d.source, true);
        m.raw("</th><td>");
        if let Some(f) = props.followers {
            m.raw(if d.span.contains(f) {
                "Micro"
            } else {
                "Not micro"
            });
        }
        m.raw("</td><td>")
            .text(&span_text(d.span))
            .raw("</td></tr>");
    }
    m.raw("</tbody></table></div>");
    m.html()
}
