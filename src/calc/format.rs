//! Rounding rules for what is shown. Localisation (digits, separators, the
//! percent sign) and the writing of numbers are the browser's (`ui::intl`);
//! how many decimals to show is ours.

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
