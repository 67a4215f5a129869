//! Every published method's price for one base post, as a list: the method,
//! its kind and source, its figure (an `<output name="fee_method">`), and a
//! bar placing it on a log scale beside the consensus range.

use yew::prelude::*;

use super::intl;
use super::markup::Markup;
use super::source_cite::write_cite;
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
    let mut m = Markup::of(r#"<ol class="methods" aria-label="Published methods, lowest first">"#);
    // The consensus band and median are the same on every bar.
    let mut band = Markup::of(r#"<rect class="band" x=""#);
    band.text(&at(band_x))
        .raw(r#"" y="0" width=""#)
        .text(&at(band_w));
    band.raw(r#"" height="12"></rect><line class="median" x1=""#)
        .text(&at(x(k.typical)));
    band.raw(r#"" x2=""#)
        .text(&at(x(k.typical)))
        .raw(r#"" y1="0" y2="12"></line>"#);
    for f in rows {
        let local = c.from_usd(f.usd);
        m.raw(r#"<li><span class="method">"#).text(f.method.label);
        m.raw(r#"<span class="note">"#);
        write_cite(&mut m, f.method.source, true);
        m.raw(" ").text(f.method.note);
        m.raw(r#"</span></span><output name="fee_method" data-value=""#);
        m.text(&intl::data_value(Some(local))).raw(r#"">"#);
        m.text(&money(local, c, Rounding::Nearest));
        m.raw(r#"</output><svg class="bar" viewBox="0 0 "#)
            .text(&at(WIDTH));
        m.raw(r#" 12" aria-hidden="true">"#).append(&band);
        m.raw(r#"<circle class="dot "#)
            .text(&f.method.source.kind.name().replace(' ', "-"));
        m.raw(r#"" cx=""#)
            .text(&at(x(f.usd)))
            .raw(r#"" cy="6" r="5"></circle></svg></li>"#);
    }
    m.raw("</ol>");
    m.html()
}
