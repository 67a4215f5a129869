//! Parsing money and percentages as people type them.
//!
//! As lenient as [`parse_count`](super::input::parse_count) and through the
//! same reading of separators ([`split_decimal`]), but with decimals:
//! `1,200.50`, `1.200,50`, `€ 3 400`, `$12.5K`, `£250,000`, `2.5M`. A
//! currency symbol, ISO code or name before or after the number is ignored:
//! every amount on a page is in the one currency the page is set to.

use super::input::{split_decimal, split_multiplier, InputError};

/// The largest amount any field accepts, in trillions of a currency's major
/// unit (a whole number, so the message is written from it without a float
/// formatter in the build).
pub const MAX_AMOUNT_TRILLIONS: u32 = 1;
/// The largest amount any field accepts, in a currency's major unit: more
/// than any campaign, even in yen, rupiah or won.
pub const MAX_AMOUNT: f64 = MAX_AMOUNT_TRILLIONS as f64 * 1e12;

/// Symbols, the dollar forms with their country first so `US$` wins over `$`.
const SYMBOLS: &[&str] = &[
    "us$", "nz$", "hk$", "mx$", "ca$", "au$", "a$", "c$", "s$", "r$", "$", "€", "£", "¥", "₹", "₩",
    "₽", "₺", "₪", "₫", "₱", "₦", "₴", "₸", "₵", "¢", "฿", "₡", "₲", "₭", "₮", "₨", "₼", "₾", "৳",
    "﷼", "￥", "＄",
];

/// Local abbreviations and names written instead of a symbol ("250 kr", "10 euros").
const WORDS: &[&str] = &[
    "kr", "zł", "kč", "ft", "rs", "rp", "rm", "lei", "tl", "dollar", "dollars", "euro", "euros",
    "pound", "pounds", "rupee", "rupees", "yen",
];

/// ISO 4217 codes in use: `USD 1,200` and `1.200 EUR` are plain amounts.
const ISO_CODES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND \
    BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN \
    ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD \
    JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT \
    MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR \
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND \
    TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG";

fn is_currency_word(word: &str) -> bool {
    WORDS.contains(&word)
        || (word.len() == 3
            && ISO_CODES
                .split_whitespace()
                .any(|code| code.eq_ignore_ascii_case(word)))
}

fn strip_currency_prefix(text: &str) -> &str {
    for symbol in SYMBOLS {
        if let Some(rest) = text.strip_prefix(symbol) {
            return rest.trim_start();
        }
    }
    let end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let (word, rest) = text.split_at(end);
    if is_currency_word(word) {
        rest.strip_prefix('.').unwrap_or(rest).trim_start()
    } else {
        text
    }
}

fn strip_currency_suffix(text: &str) -> &str {
    for symbol in SYMBOLS {
        if let Some(rest) = text.strip_suffix(symbol) {
            return rest.trim_end();
        }
    }
    let bare = text.strip_suffix('.').unwrap_or(text);
    let start = bare.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + bare[i..].chars().next().map_or(1, char::len_utf8)
    });
    let (rest, word) = bare.split_at(start);
    if !word.is_empty() && is_currency_word(word) {
        rest.trim_end()
    } else {
        text
    }
}

/// A leading sign: `(negative, rest)`.
fn take_sign(text: &str) -> (bool, &str) {
    if let Some(rest) = text.strip_prefix(['-', '\u{2212}']) {
        (true, rest.trim_start())
    } else {
        (false, text.strip_prefix('+').unwrap_or(text).trim_start())
    }
}

/// 10^n; exact up to 10^22 (each step is an exact product), the nearest
/// double beyond.
fn power_of_ten(n: u32) -> f64 {
    (0..n).fold(1.0, |p, _| p * 10.0)
}

/// A digit count as an exponent step (digit strings here are short).
fn steps(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// The value of `int.frac x 10^exponent`, or `None` when it would not be
/// finite. Correctly rounded whenever the significant digits fit 2^53 and
/// their power of ten is at most 10^22 (every amount a person types: one
/// exact integer times or divided by one exact power of ten); beyond that,
/// within a unit or two in the last place.
///
/// Written out rather than through `str::parse::<f64>`, whose tables of
/// powers of five cost about 15 KB of the gzipped build.
fn decimal_value(int_digits: &str, frac_digits: &str, exponent: u32) -> Option<f64> {
    let int_digits = int_digits.trim_start_matches('0');
    // More than 15 integer digits is above any limit here.
    if int_digits.len() > 15 {
        return Some(f64::MAX);
    }
    let frac: String = frac_digits.chars().take(40).collect();
    let mut digits = String::with_capacity(int_digits.len() + frac.len());
    digits.push_str(int_digits);
    digits.push_str(&frac);
    let trimmed = digits.trim_end_matches('0');
    let significant = trimmed.trim_start_matches('0');
    if significant.is_empty() {
        return Some(0.0);
    }
    // At most 19 digits fit a u64; digits cut beyond move the scale.
    let kept = significant.get(..significant.len().min(19)).unwrap_or("");
    let scale = i32::try_from(exponent).unwrap_or(0) - steps(frac.len())
        + steps(digits.len() - trimmed.len())
        + steps(significant.len() - kept.len());
    let mantissa = kept
        .bytes()
        .fold(0u64, |m, b| m * 10 + u64::from(b.wrapping_sub(b'0')));
    #[allow(clippy::cast_precision_loss)] // exact up to 2^53: the correctly rounded case
    let m = mantissa as f64;
    let value = if scale >= 0 {
        m * power_of_ten(scale.unsigned_abs())
    } else {
        m / power_of_ten(scale.unsigned_abs())
    };
    Some(value).filter(|v| v.is_finite())
}

/// Reads `text` as an unsigned decimal number with an optional multiplier.
fn unsigned_value(text: &str, allow_multiplier: bool) -> Result<f64, InputError> {
    let (number, multiplier) = if allow_multiplier {
        split_multiplier(text)
    } else {
        (text, 1)
    };
    let number = number.trim();
    // "0.125" is an eighth, never 125 grouped with a zero.
    let leading_zero = number
        .split([',', '.'])
        .next()
        .is_some_and(|head| !head.is_empty() && head.chars().all(|c| c == '0'));
    let (int_digits, frac_digits) = split_decimal(number, multiplier > 1 || leading_zero)?;
    let exponent = multiplier.checked_ilog10().unwrap_or(0);
    decimal_value(&int_digits, &frac_digits, exponent).ok_or(InputError::AmountTooLarge)
}

/// A signed reading: zero typed with a minus is zero, any other negative is
/// [`InputError::Negative`], and text that is not a number says so first.
fn unsigned_or_negative(negative: bool, value: Result<f64, InputError>) -> Result<f64, InputError> {
    match (negative, value) {
        (_, Err(e)) => Err(e),
        (true, Ok(v)) if v > 0.0 => Err(InputError::Negative),
        // -0 is shown as 0.
        (_, Ok(v)) => Ok(v.abs()),
    }
}

/// Parses an optional amount of money in a currency's major unit. Empty or
/// blank text is `Ok(None)`. Lone separators read as counts do (`1,200` and
/// `1.200` are twelve hundred; `12,50` and `12.5` twelve and a half), except
/// after a zero (`0.125`) or before a multiplier (`1.200K`).
///
/// # Errors
/// [`InputError::NotANumber`] for letters or a malformed number,
/// [`InputError::Negative`] for a negative amount, and
/// [`InputError::AmountTooLarge`] above [`MAX_AMOUNT`].
pub fn parse_amount(text: &str) -> Result<Option<f64>, InputError> {
    let lower = text.trim().to_lowercase();
    if lower.is_empty() {
        return Ok(None);
    }
    let (mut negative, rest) = take_sign(&lower);
    let mut rest = strip_currency_prefix(rest);
    if !negative {
        (negative, rest) = take_sign(rest);
    }
    let rest = strip_currency_suffix(rest);
    let value = unsigned_or_negative(negative, unsigned_value(rest, true))?;
    if value > MAX_AMOUNT {
        return Err(InputError::AmountTooLarge);
    }
    Ok(Some(value))
}

/// Parses an optional percentage for a share such as a margin or a
/// commission: `35`, `35%`, `35 %`, `12.5` and `12,5` are percent. Empty or
/// blank text is `Ok(None)`. A separator before three digits is grouping, as
/// in counts, so `12,500` is above 100 rather than silently 12.5.
///
/// # Errors
/// [`InputError::NotANumber`], [`InputError::Negative`], and
/// [`InputError::OverHundred`] above 100.
pub fn parse_percent(text: &str) -> Result<Option<f64>, InputError> {
    let lower = text.trim().to_lowercase();
    if lower.is_empty() {
        return Ok(None);
    }
    let (negative, rest) = take_sign(&lower);
    let rest = ["%", "\u{ff05}", "percent", "pct"]
        .iter()
        .find_map(|sign| rest.strip_suffix(sign))
        .unwrap_or(rest)
        .trim_end();
    let value = match unsigned_or_negative(negative, unsigned_value(rest, false)) {
        Err(InputError::AmountTooLarge) => return Err(InputError::OverHundred),
        other => other?,
    };
    if value > 100.0 {
        return Err(InputError::OverHundred);
    }
    Ok(Some(value))
}
