//! An SVG gauge placing the user's rate in the typical range and beside each
//! source's typical figure.

use yew::prelude::*;

use super::intl;
use super::markup::Markup;
use super::svg::{at, write_marker};
use crate::calc::verdict::FAR_ABOVE_FACTOR;

#[derive(Properties, PartialEq)]
pub struct GaugeProps {
    /// The user's rate, percent.
    pub value: f64,
    /// The typical range, percent.
    pub floor: f64,
    pub ceiling: f64,
    /// Each source's typical figure, percent.
    pub marks: Vec<f64>,
}

const WIDTH: f64 = 600.0;
/// The drawing's left margin: its viewBox starts this far left of zero.
const MARGIN: f64 = 24.0;

/// The gauge's top value and where a rate sits, 0 to [`WIDTH`].
pub fn scale(value: f64, ceiling: f64) -> (f64, impl Fn(f64) -> f64) {
    let far = ceiling * f64::from(FAR_ABOVE_FACTOR);
    // Room for the far-above zone, stretched for the user's rate up to a
    // point; beyond it the marker sits at the end with an arrow.
    let max = (far * 1.25).max((value * 1.1).min(far * 2.5)).max(0.1);
    (max, move |v: f64| (v / max).clamp(0.0, 1.0) * WIDTH)
}

/// A tick label's width in drawing units, at most: the narrowest drawing's
/// 26.5-unit type (styles/app.css: on a phone the drawing is shown at about
/// half size, and its text drawn larger to stay legible) is at most about 17
/// units a character, and a label has no more characters than bytes.
fn label_width(label: &str) -> f64 {
    const UNITS_PER_CHAR: f64 = 17.0;
    f64::from(u32::try_from(label.len()).unwrap_or(u32::MAX)) * UNITS_PER_CHAR
}

/// Appends the labels under the scale: the typical range's ends and where
/// far above begins, at `xs`, and zero at the start when it fits. Labels
/// never run past the drawing or into each other: when the range's ends sit
/// close, their labels move apart, one ending and one starting at its tick.
fn write_ticks(m: &mut Markup, xs: [f64; 3], values: [f64; 3]) {
    const GAP: f64 = 8.0;
    let labels = values.map(intl::percent);
    let widths = [0, 1, 2].map(|i| label_width(&labels[i]));
    let close = xs[1] - xs[0] < f64::midpoint(widths[0], widths[1]) + GAP;
    // Each label's anchor, and the share of its width left of its tick.
    let anchors = if close {
        [("end", 1.0), ("start", 0.0), ("middle", 0.5)]
    } else {
        [("middle", 0.5); 3]
    };
    let lefts = [0, 1, 2].map(|i| xs[i] - widths[i] * anchors[i].1);
    let zero = intl::percent(0.0);
    if lefts[0] >= label_width(&zero) + GAP {
        m.raw(r#"<text class="tick" x="0" y="52" text-anchor="start">"#)
            .text(&zero)
            .raw("</text>");
    }
    for i in 0..3 {
        // No label starts left of the drawing's margin.
        let x = xs[i] + (-MARGIN - lefts[i]).max(0.0);
        m.raw(r#"<text class="tick" x=""#).text(&at(x));
        m.raw(r#"" y="52" text-anchor=""#)
            .raw(anchors[i].0)
            .raw(r#"">"#);
        m.text(&labels[i]).raw("</text>");
    }
}

/// The gauge.
pub fn gauge(props: &GaugeProps) -> Html {
    let far = props.ceiling * f64::from(FAR_ABOVE_FACTOR);
    let (max, x) = scale(props.value, props.ceiling);
    let label = format!(
        "Gauge: your {} against a typical range of {} to {}",
        intl::percent(props.value),
        intl::percent(props.floor),
        intl::percent(props.ceiling)
    );
    let vx = at(x(props.value));
    let mut m = Markup::of(
        r#"<div class="drawing"><svg class="gauge" viewBox="-24 0 648 90" role="img" aria-label=""#,
    );
    m.text(&label).raw(r#"">"#);
    for (from, to, class) in [
        (0.0, props.floor, r#"<rect class="zone-below" x=""#),
        (
            props.floor,
            props.ceiling,
            r#"<rect class="zone-typical" x=""#,
        ),
        (props.ceiling, far, r#"<rect class="zone-above" x=""#),
        (far, max, r#"<rect class="zone-far" x=""#),
    ] {
        m.raw(class).text(&at(x(from)));
        m.raw(r#"" y="10" width=""#)
            .text(&at((x(to) - x(from)).max(0.0)));
        m.raw(r#"" height="18"></rect>"#);
    }
    for &mark in &props.marks {
        m.raw(r#"<circle class="source-mark" cx=""#)
            .text(&at(x(mark)));
        m.raw(r#"" cy="19" r="4"></circle>"#);
    }
    // Past the end of the scale the pointer turns into an arrow.
    let tip = if props.value > max {
        " 19 l8 -7 v14 z"
    } else {
        " 4 l-5 -4 h10 z"
    };
    write_marker(&mut m, &vx, r#"y1="4" y2="32""#, tip);
    write_ticks(
        &mut m,
        [x(props.floor), x(props.ceiling), x(far)],
        [props.floor, props.ceiling, far],
    );
    m.raw(r#"<text class="tick" x=""#).text(&at(WIDTH));
    m.raw(r#"" y="83" text-anchor="end">far above</text><text class="tick" x=""#);
    m.text(&at(x(f64::midpoint(props.floor, props.ceiling))));
    m.raw(r#"" y="83" text-anchor="middle">typical</text></svg></div>"#);
    m.html()
}
