//! The reminder that sponsored posts must be disclosed, with its sources:
//! shown to brands before a campaign and again with its results.

use yew::prelude::*;

use super::raw::raw;

use super::source_cite::cite;
use crate::calc::sources::{CMA_ASA, FTC_DISCLOSURES};

pub fn ad_reminder() -> Html {
    html! {
        <section class="panel" aria-labelledby="ad-heading">
            { raw(r#"<h2 id="ad-heading">Sponsored posts must say so</h2><p>Every paid, gifted or affiliate post must say so clearly and up front: #ad or the platform's "Paid partnership" label at the start, not a hashtag lost among others, and said in a video too.</p>"#) }

            <ul class="flags">
                <li>{ cite(FTC_DISCLOSURES, true) }</li>
                <li>{ cite(CMA_ASA, true) }</li>
            </ul>
        </section>
    }
}
