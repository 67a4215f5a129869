//! SVG coordinates as whole units: the drawings are 600 units wide, so a unit
//! is finer than a pixel, and integer text keeps Rust's float formatting (about
//! 10 KB of wasm) out of the build.

use super::markup::Markup;

/// The drawings' type as they narrow (styles/app.css, for the 648-unit
/// drawings: about 12 px on a desktop, larger in the drawing's units on a
/// phone so that it stays about 12 px or more down to 320 px): a name's size
/// and a tick label's size in drawing units, and the class that leaves a
/// label out of drawings narrower than where that size starts.
pub const SIZES: [(f64, f64, &str); 7] = [
    (12.0, 11.0, ""),
    (15.0, 14.0, "hide-707"),
    (18.0, 17.5, "hide-566"),
    (22.0, 21.5, "hide-453"),
    (25.0, 25.5, "hide-362"),
    (27.0, 26.5, "hide-318"),
    (31.0, 31.0, "hide-288"),
];

/// Of [`SIZES`], the class for a label that fits at the sizes up to some
/// step (`fits` is given each step): "" when it fits at every size, the class
/// of the first step it does not fit at, `None` when it does not fit even on
/// a desktop.
pub fn fitting_class(fits: impl Fn(&(f64, f64, &str)) -> bool) -> Option<&'static str> {
    match SIZES.iter().position(|s| !fits(s)) {
        None => Some(""),
        Some(0) => None,
        Some(i) => Some(SIZES[i].2),
    }
}

/// Appends the marker at coordinate `x` (from [`at`]): a line with `ys`
/// (`y1="4" y2="34"`) and the pointer drawn from `M{x}` by `tip`
/// (` 4 l-5 -4 h10 z`). The gauge and the tier scale share it.
pub fn write_marker(m: &mut Markup, x: &str, ys: &'static str, tip: &'static str) {
    m.raw(r#"<g class="marker" data-x=""#).text(x);
    m.raw(r#""><line x1=""#).text(x).raw(r#"" x2=""#).text(x);
    m.raw(r#"" "#).raw(ys).raw(r#"></line><path d="M"#).text(x);
    m.raw(tip).raw(r#""></path></g>"#);
}

/// `value` rounded to a whole coordinate ("312"); non-finite values give "0".
#[must_use]
// The clamp keeps the value far inside i32, so the cast cannot truncate.
#[allow(clippy::cast_possible_truncation)]
pub fn at(value: f64) -> String {
    let v = if value.is_finite() {
        value.round().clamp(-1e6, 1e6)
    } else {
        0.0
    };
    (v as i32).to_string()
}
