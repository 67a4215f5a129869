//! Rounding rules for what is shown. Localisation (digits, separators, the
//! percent sign) is the browser's `Intl`; how many decimals to show is ours.

/// Decimals to show for a rate in percent: enough to tell 0.029% from 0.03%,
/// never more than the inputs can support.
#[must_use]
pub fn percent_decimals(percent: f64) -> u8 {
    let magnitude = percent.abs();
    if magnitude >= 10.0 {
        1
    } else if magnitude >= 0.1 || magnitude == 0.0 {
        2
    } else {
        3
    }
}

/// The `data-value` text of a rate: the unrounded decimal (`4.296875`), or empty.
/// Never "NaN" or "inf": a non-finite rate is treated as not computable.
#[must_use]
pub fn data_value(percent: Option<f64>) -> String {
    match percent {
        Some(v) if v.is_finite() => v.to_string(),
        _ => String::new(),
    }
}

/// A ratio such as the spread between sources, to one decimal: "3.2".
#[must_use]
pub fn ratio(value: f64) -> String {
    if value.is_finite() {
        format!("{:.1}", (value * 10.0).round() / 10.0)
    } else {
        String::new()
    }
}
