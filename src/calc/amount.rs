//! Parsing money and percentages as people type them.
//!
//! As lenient as [`parse_count`](super::input::parse_count) and through the
//! same reading of separators ([`split_decimal`]), but with decimals:
//! `1,200.50`, `1.200,50`, `€ 3 400`, `$12.5K`, `£250,000`, `2.5M`. A
//! currency symbol, ISO code or name before or after the number is ignored:
//! every amount on a page is in the one currency the page is set to.

use super::input::{split_decimal, split_multiplier, InputError};

pub use super::input::{MAX_AMOUNT, MAX_AMOUNT_TRILLIONS};

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

/// Whether `c` can be part of a currency word: the ASCII letters and the
/// others in [`WORDS`]. Any other letter belongs to a word that is not a
/// currency either way, and this ships no Unicode letter tables.
fn is_word_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, 'ł' | 'č')
}

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
        .find(|c: char| !is_word_letter(c))
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
    let start = bare.rfind(|c: char| !is_word_letter(c)).map_or(0, |i| {
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

/// 10^0 to 10^22: every one exact in an `f64`.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// At most this many significant digits are read: the rest are below a
/// millionth of a cent of any amount the page accepts.
const MAX_DIGITS: usize = 18;

/// The value of `int.frac x 10^exponent`, or `None` when it would not be
/// finite. Digits and power are read as integers; when the digits are at
/// most 2^53 and the power at most 22 (every amount anyone types), both are
/// exact in binary and one division or multiplication rounds correctly
/// (Clinger's fast path). This replaces the standard library's general float
/// parser, whose tables cost the page about 10 KB.
fn decimal_value(int_digits: &str, frac_digits: &str, exponent: u32) -> Option<f64> {
    let int_digits = int_digits.trim_start_matches('0');
    // More than 15 integer digits is above any limit here: stop before
    // reading a pasted wall of digits.
    if int_digits.len() > 15 {
        return Some(f64::MAX);
    }
    let frac_digits = frac_digits.trim_end_matches('0');
    let mut mantissa: u64 = 0;
    let mut read = 0;
    // A negative power divides: 12.5 is 125 / 10.
    let mut power = i64::from(exponent);
    for (i, b) in int_digits.bytes().chain(frac_digits.bytes()).enumerate() {
        if !b.is_ascii_digit() {
            return None;
        }
        let fractional = i >= int_digits.len();
        if mantissa == 0 && b == b'0' && fractional {
            // Leading zeros of "0.05" only move the point.
            power -= 1;
            continue;
        }
        if read == MAX_DIGITS {
            if !fractional {
                power += 1;
            }
            continue;
        }
        mantissa = mantissa * 10 + u64::from(b - b'0');
        read += 1;
        if fractional {
            power -= 1;
        }
    }
    #[allow(clippy::cast_precision_loss)] // exact up to 2^53, the fast path's bound
    let m = mantissa as f64;
    let scale = |p: i64| {
        POWERS_OF_TEN
            .get(usize::try_from(p.unsigned_abs()).unwrap_or(usize::MAX))
            .copied()
    };
    let value = if power >= 0 {
        m * scale(power)?
    } else {
        // Beyond 10^22 the digits are far below a cent: split the division.
        let p = power.unsigned_abs();
        let first = scale(i64::try_from(p.min(22)).unwrap_or(22))?;
        let rest =
            scale(i64::try_from(p.saturating_sub(22)).unwrap_or(22)).unwrap_or(f64::INFINITY);
        m / first / rest
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
    let lower = text.trim().to_ascii_lowercase();
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
    let lower = text.trim().to_ascii_lowercase();
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
