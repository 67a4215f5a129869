//! An SVG gauge placing the user's rate in the typical range and beside each
//! source's typical figure.

use yew::prelude::*;

use super::intl;
use super::markup::Markup;
use super::svg::{at, fitting_class, write_marker, SIZES};
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

/// A tick label's width in drawing units at type `size`, at most: about 0.65
/// em a character, and a label has no more characters than bytes.
fn label_width(label: &str, size: f64) -> f64 {
    const EMS_PER_CHAR: f64 = 0.65;
    f64::from(u32::try_from(label.len()).unwrap_or(u32::MAX)) * EMS_PER_CHAR * size
}

/// The largest tick type (a 320 px phone's, [`SIZES`]): labels are placed
/// so that they stay apart even at that size.
const LARGEST_TICK: f64 = SIZES[SIZES.len() - 1].1;

/// Appends the labels under the scale: the typical range's ends and where
/// far above begins, at `xs`, and zero at the start when it fits. Labels
/// never run past the drawing or into each other: when the range's ends sit
/// close, their labels move apart, one ending and one starting at its tick,
/// and a label that would still reach the one before it moves right.
fn write_ticks(m: &mut Markup, xs: [f64; 3], values: [f64; 3]) {
    const GAP: f64 = 8.0;
    let labels = values.map(intl::percent);
    let widths = [0, 1, 2].map(|i| label_width(&labels[i], LARGEST_TICK));
    let close = xs[1] - xs[0] < f64::midpoint(widths[0], widths[1]) + GAP;
    // Each label's anchor, and the share of its width left of its tick.
    let anchors = if close {
        [("end", 1.0), ("start", 0.0), ("middle", 0.5)]
    } else {
        [("middle", 0.5); 3]
    };
    // Where each label is drawn: no label starts left of the drawing's
    // margin, or before the one left of it ends (where far above begins can
    // sit close to the range's top when a high rate stretches the scale).
    let mut at_x = xs;
    let mut right = f64::NEG_INFINITY;
    for i in 0..3 {
        let left = xs[i] - widths[i] * anchors[i].1;
        let shift = (-MARGIN - left).max(right + GAP - left).max(0.0);
        at_x[i] += shift;
        right = left + shift + widths[i];
    }
    // Zero, at each size where there is room left of the first label (its
    // type, and so its width, grows as the drawing narrows).
    let zero = intl::percent(0.0);
    let first_left = |size: f64| at_x[0] - label_width(&labels[0], size) * anchors[0].1;
    if let Some(class) =
        fitting_class(|&(_, size, _)| label_width(&zero, size) + GAP <= first_left(size))
    {
        m.raw(r#"<text class="tick "#).raw(class);
        m.raw(r#"" x="0" y="56" text-anchor="start">"#)
            .text(&zero)
            .raw("</text>");
    }
    for i in 0..3 {
        m.raw(r#"<text class="tick" x=""#).text(&at(at_x[i]));
        m.raw(r#"" y="56" text-anchor=""#)
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
        r#"<div class="drawing"><svg class="gauge" viewBox="-24 0 648 101" preserveAspectRatio="xMinYMin slice" role="img" aria-label=""#,
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
    m.raw(r#"" y="93" text-anchor="end">far above</text><text class="tick" x=""#);
    m.text(&at(x(f64::midpoint(props.floor, props.ceiling))));
    m.raw(r#"" y="93" text-anchor="middle">typical</text></svg></div>"#);
    m.html()
}
