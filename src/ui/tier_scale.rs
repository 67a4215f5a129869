//! A small SVG: a scheme's tiers on a log scale and a marker at the count.

use yew::prelude::*;

use super::intl;
use super::markup::Markup;
use super::svg::{at, fitting_class, write_marker};
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
/// The scale's length; with its margins the drawing is 648 units wide, as
/// the gauge is, so that the same type sizes suit both (styles/app.css).
const WIDTH: f64 = 584.0;

/// A tier's name's width in ems, at most about: DejaVu Sans, the widest of
/// the usual fonts, gives M 0.86, i 0.28, r 0.41, most letters 0.55-0.75.
fn name_ems(name: &str) -> f64 {
    name.chars()
        .map(|c| match c {
            'M' | 'W' | 'm' | 'w' => 0.9,
            'i' | 'j' | 'l' | 't' | 'r' | 'f' | 'I' | '-' => 0.4,
            ' ' => 0.35,
            c if c.is_ascii_uppercase() => 0.75,
            _ => 0.64,
        })
        .sum()
}

/// The class for a tier's `name` in a band `width` units wide (see
/// [`fitting_class`]): a name is drawn larger as the drawing narrows, and
/// left out where it no longer fits its band.
fn name_class(name: &str, width: f64) -> Option<&'static str> {
    const ROOM: f64 = 4.0;
    let ems = name_ems(name);
    fitting_class(|&(size, _, _)| ems * size + ROOM <= width)
}

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
    let mut m = Markup::of(
        r#"<div class="drawing"><svg class="scale" viewBox="-32 0 648 80" preserveAspectRatio="xMinYMin slice" role="img" aria-label=""#,
    );
    m.text(&label).raw(r#"">"#);
    for (i, b) in props.scheme.bands.iter().enumerate() {
        let x0 = x_of(b.span.from);
        let x1 = b.span.to.map_or(WIDTH, x_of);
        let width = (x1 - x0).max(0.0);
        m.raw(if i % 2 == 0 {
            r#"<g class="band band-0"><rect x=""#
        } else {
            r#"<g class="band band-1"><rect x=""#
        });
        m.text(&at(x0)).raw(r#"" y="10" width=""#).text(&at(width));
        m.raw(r#"" height="30"></rect>"#);
        let name = b.tier.name();
        if let Some(class) = name_class(name, width) {
            m.raw(r#"<text class=""#).raw(class).raw(r#"" x=""#);
            m.text(&at(f64::midpoint(x0, x1)));
            m.raw(r#"" y="25" dominant-baseline="central" text-anchor="middle">"#)
                .text(name)
                .raw("</text>");
        }
        m.raw("</g>");
    }
    for t in [100_u64, 1_000, 10_000, 100_000, 1_000_000, 10_000_000] {
        m.raw(r#"<text class="tick" x=""#).text(&at(x_of(t)));
        m.raw(r#"" y="72" text-anchor="middle">"#)
            .text(&intl::compact(count(t)))
            .raw("</text>");
    }
    if let Some(f) = props.followers {
        write_marker(&mut m, &at(x_of(f)), r#"y1="8" y2="44""#, " 8 l-5 -7 h10 z");
    }
    m.raw("</svg></div>");
    m.html()
}
