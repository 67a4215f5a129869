//! Where our range sits among the published rules of thumb: one bar each on a
//! log scale, all in the chosen currency.

use yew::prelude::*;

use super::fee_panel::comparison_label;
use super::intl;
use super::svg::at;
use crate::calc::currency::Currency;
use crate::calc::fee::Comparison;

#[derive(Properties, PartialEq)]
pub struct FeeChartProps {
    pub low: f64,
    pub typical: f64,
    pub high: f64,
    pub currency: Currency,
    pub comparisons: Vec<Comparison>,
}

/// Drawn 360 units wide (shown at most 480 px wide, so text stays legible from
/// a phone to a desktop), each row a label above its bar.
const WIDTH: f64 = 360.0;
const ROW: f64 = 32.0;

#[component]
pub fn FeeChart(props: &FeeChartProps) -> Html {
    let c = props.currency;
    // Each row: label, low, high (None: open-ended), ours?
    let mut rows: Vec<(String, f64, Option<f64>, bool)> = vec![(
        "This estimate".to_owned(),
        props.low,
        Some(props.high),
        true,
    )];
    rows.extend(props.comparisons.iter().map(|k| {
        (
            comparison_label(k),
            c.convert(k.low, k.currency),
            k.high.map(|h| c.convert(h, k.currency)),
            false,
        )
    }));
    let lows = rows
        .iter()
        .map(|r| r.1)
        .fold(f64::INFINITY, f64::min)
        .max(0.01);
    let highs = rows
        .iter()
        .map(|r| r.2.unwrap_or(r.1 * 2.0))
        .fold(0.0, f64::max)
        .max(lows * 10.0);
    let (min, max) = ((lows / 1.5).log10(), (highs * 1.5).log10());
    let x = |v: f64| {
        let t = ((v.max(1e-9).log10() - min) / (max - min)).clamp(0.0, 1.0);
        4.0 + t * (WIDTH - 8.0)
    };
    #[allow(clippy::cast_precision_loss)] // a handful of rows
    let height = ROW * (rows.len() as f64 + 1.0);
    let label = format!(
        "Chart: this estimate, {} to {}, beside {} published rules of thumb",
        intl::money(props.low, c),
        intl::money(props.high, c),
        props.comparisons.len()
    );
    html! {
        <svg class="fee-chart" viewBox={format!("0 0 {} {}", at(WIDTH), at(height))} role="img" aria-label={label}>
            { for rows.iter().enumerate().map(|(i, (name, low, high, ours))| {
                #[allow(clippy::cast_precision_loss)]
                let y = ROW * i as f64;
                let x0 = x(*low);
                let x1 = high.map_or(WIDTH, x);
                html! {
                    <g class={classes!("row", ours.then_some("ours"))}>
                        <text x="4" y={at(y + 12.0)}>{ shorten(name) }</text>
                        <rect x={at(x0)} y={at(y + 16.0)} width={at((x1 - x0).max(3.0))} height="10" rx="3" />
                        if *ours {
                            <line class="typical" x1={at(x(props.typical))} x2={at(x(props.typical))}
                                y1={at(y + 14.0)} y2={at(y + 28.0)} />
                        }
                    </g>
                }
            }) }
            { for [lows / 1.5 * 1.2, (lows * highs).sqrt(), highs].into_iter().map(|v| html! {
                <text class="tick" x={at(x(v))} y={at(height - 4.0)} text-anchor="middle">
                    { intl::money(round_tick(v), c) }
                </text>
            }) }
        </svg>
    }
}

/// Labels are cut to fit the width.
fn shorten(name: &str) -> String {
    const MAX: usize = 56;
    if name.chars().count() <= MAX {
        name.to_owned()
    } else {
        let cut: String = name.chars().take(MAX - 1).collect();
        format!("{cut}…")
    }
}

/// One significant figure, for axis ticks.
fn round_tick(v: f64) -> f64 {
    let magnitude = 10f64.powf(v.log10().floor());
    (v / magnitude).round() * magnitude
}
