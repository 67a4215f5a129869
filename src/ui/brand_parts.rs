//! Small pieces the brand view's panels share: reading an amount with its
//! message, a text field for a key, the deal the state describes, results as
//! `<output>`s tagged with their tier or row, and the working as a list of
//! sourced lines. Plain functions, not components: each is a few bytes.

use yew::prelude::*;

use super::app::Actions;
use super::intl;
use super::markup::Markup;
use super::source_cite::write_cite;
use super::sourced_table::open_scroll;
use super::summary::cash;
use super::text_field::{key_props, text_field, TextFieldProps};
use crate::calc::amount::{parse_amount, parse_percent};
use crate::calc::brand::Deal;
use crate::calc::budget::quote::{
    Funnel, Position, DEFAULT_CLICK_THROUGH_PERCENT, DEFAULT_CONVERSION_PERCENT,
};
use crate::calc::budget::{Line, Value};
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::calc::input::{parse_positive, InputError};
use crate::state::{Key, State};

/// How a key's text is read.
pub type Parse = fn(&str) -> Result<Option<f64>, InputError>;

/// The number typed under `key`, and the message when it cannot be read.
#[must_use]
pub fn read(state: &State, key: Key, parse: Parse) -> (Option<f64>, Option<AttrValue>) {
    match parse(state.text(key)) {
        Ok(v) => (v.filter(|v| v.is_finite()), None),
        Err(e) => (None, Some(e.message(key.name()).into())),
    }
}

/// A count read as a number, for [`field`] and [`read`].
///
/// # Errors
/// As [`parse_positive`].
#[allow(clippy::cast_precision_loss)] // counts are capped far below 2^53
pub fn count(text: &str) -> Result<Option<f64>, InputError> {
    parse_positive(text).map(|n| n.map(|n| n as f64))
}

/// An amount of money under `key`: 0 when empty or unreadable.
#[must_use]
pub fn amount(state: &State, key: Key) -> f64 {
    read(state, key, parse_amount).0.unwrap_or(0.0)
}

/// The text field for `key`, with the message for what it holds.
pub fn field(
    state: &State,
    a: &Actions,
    key: Key,
    parse: Parse,
    hint: Option<&'static str>,
) -> Html {
    let error = read(state, key, parse).1;
    text_field(&TextFieldProps {
        optional: hint.is_some(),
        hint: hint.map(AttrValue::from),
        inputmode: Some("decimal".into()),
        ..key_props(state, &a.text, key, key.name().into(), error)
    })
}

/// The deal every creator is offered, as the state describes it.
#[must_use]
pub fn deal(state: &State) -> Deal {
    let rate = |key, default| read(state, key, parse_percent).0.unwrap_or(default);
    Deal {
        platform: state.platform,
        niche: state.niche,
        package: state.package.clone(),
        terms: state.terms().0,
        per_usd: state.currency.per_usd(),
        funnel: Funnel {
            click_through_percent: rate(Key::ClickRate, DEFAULT_CLICK_THROUGH_PERCENT),
            conversion_percent: rate(Key::SaleRate, DEFAULT_CONVERSION_PERCENT),
        },
        order_value: amount(state, Key::Aov),
    }
}

/// A number of people, whole.
#[must_use]
pub fn people(value: f64) -> String {
    intl::number(value.round(), 0)
}

/// A number of people, whole, or "unknown" where there is no figure.
#[must_use]
pub fn people_or_unknown(value: Option<f64>) -> String {
    value.map_or_else(|| "unknown".to_owned(), people)
}

/// A number of people in the locale's compact notation (12K).
#[must_use]
pub fn short(value: f64) -> String {
    intl::compact(value.round())
}

/// Appends `<output name data-tier data-row data-value>text</output>`: a
/// result tagged with its tier or its row (each attribute only when given).
pub fn write_tagged(
    m: &mut Markup,
    name: &'static str,
    tier: Option<&'static str>,
    row: Option<usize>,
    value: Option<f64>,
    text: &str,
) {
    m.raw(r#"<output name=""#).raw(name);
    if let Some(t) = tier {
        m.raw(r#"" data-tier=""#).raw(t);
    }
    if let Some(r) = row {
        m.raw(r#"" data-row=""#).text(&r.to_string());
    }
    m.raw(r#"" data-value=""#).text(&intl::data_value(value));
    m.raw(r#"">"#).text(text).raw("</output>");
}

/// What a working line shows beside its label.
#[must_use]
pub fn value_text(value: Value, c: Currency) -> String {
    match value {
        Value::Money(v) => cash(v, c),
        Value::Percent(v) => intl::percent(v),
        Value::People(v) => people(v),
        Value::Creators(n) | Value::Followers(n) => intl::count(n),
        Value::None => String::new(),
    }
}

/// The working, one line each: label, figure, note and source.
pub fn working(lines: &[Line], c: Currency) -> Html {
    let mut m = Markup::default();
    write_working(&mut m, lines, c);
    m.html()
}

/// Appends the working to `m`, as [`working`] shows it.
pub fn write_working(m: &mut Markup, lines: &[Line], c: Currency) {
    m.raw(r#"<dl class="working">"#);
    for l in lines {
        m.raw("<div><dt>").text(l.label);
        m.raw("</dt><dd><strong>").text(&value_text(l.value, c));
        m.raw("</strong> ").text(&l.note);
        if let Some(s) = l.source {
            m.raw(" ");
            write_cite(m, s, true);
        }
        m.raw("</dd></div>");
    }
    m.raw("</dl>");
}

/// Where an offer sits against our range, in words.
#[must_use]
pub const fn position_name(p: Position) -> &'static str {
    match p {
        Position::Below => "Below our range",
        Position::Within => "Within our range",
        Position::Above => "Above our range",
    }
}

/// Opens a table in its scrolling region: caption and column headings;
/// the rows follow, written with [`open_row`], then [`close_table`].
pub fn open_table(m: &mut Markup, label: &'static str, caption: &str, heads: &[&'static str]) {
    open_scroll(m, label);
    m.raw("<table>");
    table_head(m, caption, heads);
    m.raw("<tbody>");
}

/// A table's caption and column headings.
pub fn table_head(m: &mut Markup, caption: &str, heads: &[&'static str]) {
    m.raw("<caption>")
        .text(caption)
        .raw("</caption><thead><tr>");
    for h in heads {
        m.raw(r#"<th scope="col">"#).text(h).raw("</th>");
    }
    m.raw("</tr></thead>");
}

/// Opens a row and its heading cell; the heading follows.
pub fn open_row(m: &mut Markup) {
    m.raw(r#"<tr><th scope="row">"#);
}

/// Closes the table [`open_table`] opened, and its region.
pub fn close_table(m: &mut Markup) {
    m.raw("</tbody></table></div>");
}

/// An amount, or "unknown".
#[must_use]
pub fn maybe(value: Option<f64>, c: Currency) -> String {
    value.map_or_else(|| "unknown".to_owned(), |v| cash(v, c))
}
