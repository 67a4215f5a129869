//! Numbers as the visitor's browser writes them, through `Intl.NumberFormat`:
//! digits, grouping, decimal sign and percent sign all come from the browser's
//! locale data, so we ship none of our own.

use std::cell::RefCell;

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::calc::currency::Currency;
use crate::calc::format::percent_decimals;

/// What a formatter is for: a style, a currency code for money, and decimals.
type Key = (&'static str, &'static str, u8);

/// One cached formatter per key: building one costs far more than using it,
/// and a render formats dozens of numbers.
type Cache = Vec<(Key, Intl::NumberFormat)>;

thread_local! {
    static CACHE: RefCell<Cache> = const { RefCell::new(Vec::new()) };
}

fn formatter(key: Key) -> Intl::NumberFormat {
    let (style, currency, decimals) = key;
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, f)) = cache.iter().find(|(k, _)| *k == key) {
            return f.clone();
        }
        let options = Object::new();
        let set = |key: &str, value: JsValue| {
            // Reflect::set only fails on frozen objects; this one is ours.
            let _ = Reflect::set(&options, &JsValue::from_str(key), &value);
        };
        set("style", JsValue::from_str(style));
        if !currency.is_empty() {
            set("currency", JsValue::from_str(currency));
        }
        set("maximumFractionDigits", JsValue::from(decimals));
        set(
            "minimumFractionDigits",
            JsValue::from(if style == "percent" { decimals } else { 0 }),
        );
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
    format(("percent", "", percent_decimals(value)), value / 100.0)
}

/// A count with the locale's grouping ("12,500").
#[must_use]
pub fn count(value: u64) -> String {
    #[allow(clippy::cast_precision_loss)] // counts are capped at 1e10 < 2^53
    format(("decimal", "", 0), value as f64)
}

/// A plain number with up to `decimals` decimals.
#[must_use]
pub fn number(value: f64, decimals: u8) -> String {
    format(("decimal", "", decimals), value)
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

/// An amount of money in `currency` ("£1,250", "₹12,500"): whole units from
/// 100 up, the currency's minor units below.
#[must_use]
pub fn money(amount: f64, currency: Currency) -> String {
    let decimals = if amount >= 100.0 {
        0
    } else {
        currency.decimals()
    };
    format(("currency", currency.code(), decimals), amount)
}
