//! An SVG gauge placing the user's rate in the typical range and beside each
//! source's typical figure.

use yew::prelude::*;

use super::intl;
use super::svg::at;
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

/// The gauge's top value and where a rate sits, 0 to [`WIDTH`].
pub fn scale(value: f64, ceiling: f64) -> (f64, impl Fn(f64) -> f64) {
    let far = ceiling * f64::from(FAR_ABOVE_FACTOR);
    // Room for the far-above zone, stretched for the user's rate up to a
    // point; beyond it the marker sits at the end with an arrow.
    let max = (far * 1.25).max((value * 1.1).min(far * 2.5)).max(0.1);
    (max, move |v: f64| (v / max).clamp(0.0, 1.0) * WIDTH)
}

/// The gauge.
pub fn gauge(props: &GaugeProps) -> Html {
    let far = props.ceiling * f64::from(FAR_ABOVE_FACTOR);
    let (max, x) = scale(props.value, props.ceiling);
    let zone = |from: f64, to: f64, class: &'static str| {
        html! { <rect class={class} x={at(x(from))} y="10" width={at((x(to) - x(from)).max(0.0))} height="18" /> }
    };
    let clipped = props.value > max;
    let label = format!(
        "Gauge: your {} against a typical range of {} to {}",
        intl::percent(props.value),
        intl::percent(props.floor),
        intl::percent(props.ceiling)
    );
    let vx = x(props.value);
    html! {
        <svg class="gauge" viewBox="-24 0 648 62" role="img" aria-label={label}>
            { zone(0.0, props.floor, "zone-below") }
            { zone(props.floor, props.ceiling, "zone-typical") }
            { zone(props.ceiling, far, "zone-above") }
            { zone(far, max, "zone-far") }
            { for props.marks.iter().map(|&m| html! {
                <circle class="source-mark" cx={at(x(m))} cy="19" r="4" />
            }) }
            <g class="marker" data-x={at(vx)}>
                <line x1={at(vx)} x2={at(vx)} y1="4" y2="34" />
                if clipped {
                    <path d={format!("M{} 19 l8 -7 v14 z", at(vx))} />
                } else {
                    <path d={format!("M{} 4 l-5 -4 h10 z", at(vx))} />
                }
            </g>
            { for [0.0, props.floor, props.ceiling, far].into_iter().map(|t| html! {
                <text class="tick" x={at(x(t))} y="48" text-anchor="middle">{ intl::percent(t) }</text>
            }) }
            <text class="tick" x={at(WIDTH)} y="60" text-anchor="end">{ "far above" }</text>
            <text class="tick" x={at(x(f64::midpoint(props.floor, props.ceiling)))} y="60" text-anchor="middle">{ "typical" }</text>
        </svg>
    }
}
