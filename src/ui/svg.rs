//! SVG coordinates as whole units: the drawings are 600 units wide, so a unit
//! is finer than a pixel, and integer text keeps Rust's float formatting (about
//! 10 KB of wasm) out of the build.

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
