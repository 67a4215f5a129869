//! SVG coordinates as whole units: the drawings are 600 units wide, so a unit
//! is finer than a pixel, and integer text keeps Rust's float formatting (about
//! 10 KB of wasm) out of the build.

use super::markup::Markup;

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
