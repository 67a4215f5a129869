//! Every published method's price for one base post, as a list: the method,
//! its kind and source, its figure (an `<output name="fee_method">`), and a
//! bar placing it on a log scale beside the consensus range.

use yew::prelude::*;

use super::intl;
use super::source_cite::cite;
use super::summary::money;
use super::svg::at;
use crate::calc::currency::Currency;
use crate::calc::fee::{Consensus, MethodFigure};
use crate::calc::format::Rounding;

/// Each bar is drawn 300 units wide.
const WIDTH: f64 = 300.0;

/// The chart of `figures` against the consensus `k`, in `c`.
pub fn methods_chart(figures: &[MethodFigure], k: &Consensus, c: Currency) -> Html {
    let (lo, hi) = (
        (k.min / 1.5).max(1e-6).log10(),
        (k.max * 1.5).max(1e-5).log10(),
    );
    let x = |usd: f64| {
        let t = ((usd.max(1e-9).log10() - lo) / (hi - lo).max(1e-9)).clamp(0.0, 1.0);
        t * WIDTH
    };
    let (band_x, band_w) = (x(k.low), (x(k.high) - x(k.low)).max(2.0));
    let mut rows: Vec<&MethodFigure> = figures.iter().collect();
    crate::calc::order::sort_by_key(&mut rows, |f| Some(f.usd));
    html! {
        <ol class="methods" aria-label="Published methods, lowest first">
            { for rows.into_iter().map(|f| {
                let local = c.from_usd(f.usd);
                html! {
                    <li>
                        <span class="method">
                            { f.method.label }
                            <span class="note">{ cite(f.method.source, true) }{ " " }{ f.method.note }</span>
                        </span>
                        <output name="fee_method" data-value={intl::data_value(Some(local))}>
                            { money(local, c, Rounding::Nearest) }
                        </output>
                        <svg class="bar" viewBox={format!("0 0 {} 12", at(WIDTH))} aria-hidden="true">
                            <rect class="band" x={at(band_x)} y="0" width={at(band_w)} height="12" />
                            <line class="median" x1={at(x(k.typical))} x2={at(x(k.typical))} y1="0" y2="12" />
                            <circle class={format!("dot {}", f.method.source.kind.name().replace(' ', "-"))}
                                cx={at(x(f.usd))} cy="6" r="5" />
                        </svg>
                    </li>
                }
            }) }
        </ol>
    }
}
