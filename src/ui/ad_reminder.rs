//! The reminder that sponsored posts must be disclosed, with its sources:
//! shown to brands before a campaign and again with its results.

use yew::prelude::*;

use super::markup::Markup;
use super::source_cite::write_cite;
use crate::calc::sources::{CMA_ASA, FTC_DISCLOSURES};

/// The reminder with its two sources, as one piece of markup.
pub fn ad_reminder() -> Html {
    let mut m = Markup::of(
        r#"<section class="panel" aria-labelledby="ad-heading"><h2 id="ad-heading">Sponsored posts must say so</h2><p>Every paid, gifted or affiliate post must say so clearly and up front: #ad or the platform's "Paid partnership" label at the start, not a hashtag lost among others, and said in a video too.</p><ul class="flags"><li>"#,
    );
    write_cite(&mut m, FTC_DISCLOSURES, true);
    m.raw("</li><li>");
    write_cite(&mut m, CMA_ASA, true);
    m.raw("</li></ul></section>");
    m.html()
}
