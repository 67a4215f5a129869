//! Numbers and dates as the visitor's browser writes them, through `Intl`:
//! digits, grouping, decimal sign, currency and percent signs, compact
//! notation and month names all come from the browser's locale data, so we
//! ship none of our own. Formatters are created once and reused.

use std::cell::RefCell;

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::calc::format::percent_decimals;

/// What a number formatter is for: a style, a currency code for money,
/// decimals, and whether notation is compact.
type Key = (&'static str, &'static str, u8, bool);

thread_local! {
    /// One formatter per key: building one costs far more than using it, and
    /// a render formats dozens of numbers.
    static NUMBERS: RefCell<Vec<(Key, Intl::NumberFormat)>> = const { RefCell::new(Vec::new()) };
    /// Dates already written: the rates' date is shown on every render, and
    /// a date formatter is as dear to build as a number formatter.
    static DATES: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// `make()` once per `key`, then the remembered text.
fn remembered(key: &str, make: impl FnOnce() -> String) -> String {
    if let Some(text) = DATES.with(|d| {
        d.borrow()
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, t)| t.clone())
    }) {
        return text;
    }
    let text = make();
    DATES.with(|d| d.borrow_mut().push((key.to_owned(), text.clone())));
    text
}

fn set(options: &Object, key: &str, value: &JsValue) {
    // Reflect::set only fails on frozen objects; this one is ours.
    let _ = Reflect::set(options, &JsValue::from_str(key), value);
}

fn formatter(key: Key) -> Intl::NumberFormat {
    NUMBERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, f)) = cache.iter().find(|(k, _)| *k == key) {
            return f.clone();
        }
        let (style, currency, decimals, compact) = key;
        let options = Object::new();
        set(&options, "style", &JsValue::from_str(style));
        if !currency.is_empty() {
            set(&options, "currency", &JsValue::from_str(currency));
        }
        if compact {
            set(&options, "notation", &JsValue::from_str("compact"));
        }
        set(&options, "maximumFractionDigits", &JsValue::from(decimals));
        // Percentages and money show every decimal they keep ("$31.20").
        let min = if style == "decimal" { 0 } else { decimals };
        set(&options, "minimumFractionDigits", &JsValue::from(min));
        let made = Intl::NumberFormat::new(&Array::new(), &options);
        cache.push((key, made.clone()));
        made
    })
}

fn format(key: Key, value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    formatter(key)
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// A rate given in percent (4.128) shown as the locale writes it ("4.13%").
#[must_use]
pub fn percent(value: f64) -> String {
    format(
        ("percent", "", percent_decimals(value), false),
        value / 100.0,
    )
}

/// A count with the locale's grouping ("12,500").
#[must_use]
pub fn count(value: u64) -> String {
    #[allow(clippy::cast_precision_loss)] // counts are capped at 1e10 < 2^53
    format(("decimal", "", 0, false), value as f64)
}

/// A count in the locale's compact notation ("12K", "1.2 Mio.").
#[must_use]
pub fn compact(value: f64) -> String {
    format(("decimal", "", 1, true), value)
}

/// A plain number with up to `decimals` decimals.
#[must_use]
pub fn number(value: f64, decimals: u8) -> String {
    format(("decimal", "", decimals, false), value)
}

/// An amount already rounded for display (`calc::format::shown_money`) in
/// `currency` ("£1,250", "₹12,500", "$12.30"): whole units from 100 up, the
/// currency's minor units below.
#[must_use]
pub fn money(amount: f64, currency: Currency) -> String {
    let decimals = if amount.abs() >= 100.0 {
        0
    } else {
        currency.decimals()
    };
    format(("currency", currency.id(), decimals, false), amount)
}

/// An ISO date ("2026-10-30") as the locale writes it ("30 October 2026").
#[must_use]
pub fn date(iso: &str) -> String {
    remembered(iso, || write_date(iso))
}

fn write_date(iso: &str) -> String {
    let options = Object::new();
    set(&options, "dateStyle", &JsValue::from_str("long"));
    set(&options, "timeZone", &JsValue::from_str("UTC"));
    let format = Intl::DateTimeFormat::new(&Array::new(), &options);
    format
        .format()
        .call1(&JsValue::NULL, &Date::new(&JsValue::from_str(iso)))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| iso.to_owned())
}

/// Today as the locale writes it (read once per visit).
#[must_use]
pub fn today() -> String {
    remembered("today", || {
        String::from(Date::new_0().to_locale_date_string("default", &Object::new()))
    })
}

/// The `data-value` of a result: the unrounded number as JavaScript writes it
/// (`4.296875`, the shortest text that reads back as the same number), or ""
/// when there is none. Never "NaN" or "Infinity".
#[must_use]
pub fn data_value(value: Option<f64>) -> String {
    match value {
        Some(v) if v.is_finite() => {
            let n = js_sys::Number::from(v);
            let text = String::from(n.to_string_with_radix(10).unwrap_or_else(|_| "".into()));
            if text.contains('e') {
                // Below 1e-6 JavaScript switches to "1e-8"; write it out in full.
                let fixed = String::from(n.to_fixed(20).unwrap_or_else(|_| "".into()));
                fixed.trim_end_matches('0').trim_end_matches('.').to_owned()
            } else {
                text
            }
        }
        _ => String::new(),
    }
}
