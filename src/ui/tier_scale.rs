//! A small SVG: a scheme's tiers on a log scale and a marker at the count.

use yew::prelude::*;

use super::intl;
use super::svg::at;
use crate::calc::bands::count;
use crate::calc::choice::Choice;
use crate::calc::tier::TierScheme;

#[derive(Properties, PartialEq)]
pub struct TierScaleProps {
    pub scheme: &'static TierScheme,
    pub followers: Option<u64>,
}

/// The scale runs from 100 to 10 million followers, logarithmically.
const SCALE_MIN: f64 = 2.0;
const SCALE_MAX: f64 = 7.0;
const WIDTH: f64 = 600.0;

/// Where `followers` sits on the scale, 0 to [`WIDTH`].
#[must_use]
pub fn x_of(followers: u64) -> f64 {
    let log = count(followers.max(1)).log10().clamp(SCALE_MIN, SCALE_MAX);
    (log - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * WIDTH
}

/// The tier scale.
pub fn tier_scale(props: &TierScaleProps) -> Html {
    let label = match props.followers {
        Some(f) => format!(
            "Scale from 100 to 10 million: {} sits in {}",
            intl::count(f),
            props.scheme.tier(f).name()
        ),
        None => "Scale of tiers from 100 to 10 million followers".to_owned(),
    };
    html! {
        <svg class="scale" viewBox="-24 0 648 58" role="img" aria-label={label}>
            { for props.scheme.bands.iter().enumerate().map(|(i, b)| {
                let x0 = x_of(b.span.from);
                let x1 = b.span.to.map_or(WIDTH, x_of);
                let width = (x1 - x0).max(0.0);
                html! {
                    <g class={format!("band band-{}", i % 2)}>
                        <rect x={at(x0)} y="14" width={at(width)} height="20" />
                        if width > 44.0 {
                            <text x={at(f64::midpoint(x0, x1))} y="28" text-anchor="middle">{ b.tier.name() }</text>
                        }
                    </g>
                }
            }) }
            { for [100_u64, 1_000, 10_000, 100_000, 1_000_000, 10_000_000].into_iter().map(|t| html! {
                <text class="tick" x={at(x_of(t))} y="50" text-anchor="middle">{ intl::compact(count(t)) }</text>
            }) }
            if let Some(f) = props.followers {
                <g class="marker" data-x={at(x_of(f))}>
                    <line x1={at(x_of(f))} x2={at(x_of(f))} y1="8" y2="40" />
                    <path d={format!("M{} 8 l-5 -7 h10 z", at(x_of(f)))} />
                </g>
            }
        </svg>
    }
}
