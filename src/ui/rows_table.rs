//! A table written as markup whose rows are replaced one at a time. A table
//! handed to Yew as one string is replaced whole whenever any cell changes,
//! since Yew cannot diff a string (and it parses raw markup inside a `div`,
//! where rows are not allowed, so each row cannot be its own string). With a
//! shortlist of 1,000 creators a budget keystroke then re-laid out 1,000 rows
//! to flip the "Fits budget" cell of a few; here only the rows whose markup
//! changed are parsed again, rows are added or removed at the end, and the
//! table's scrolling region (and its sideways scroll) stays.
//!
//! A long table lists its first [`FIRST_ROWS`] rows until "Show all" is
//! pressed ([`show_all`]): each listed row costs layout and paint.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::intl;

/// Rows listed before "Show all".
pub const FIRST_ROWS: usize = 100;

/// A table as markup.
#[derive(Clone, Default, PartialEq)]
pub struct Rows {
    /// The caption and head: `<caption>…</caption><thead>…</thead>`.
    pub head: AttrValue,
    /// Each row's `<tr>…</tr>`, in order.
    pub rows: Rc<Vec<String>>,
    /// `<tfoot>…</tfoot>`, or nothing.
    pub foot: AttrValue,
}

impl Rows {
    /// The whole table, for the first render and when its head changes.
    fn whole(&self) -> String {
        let mut s = String::from("<table>");
        s.push_str(&self.head);
        s.push_str("<tbody>");
        for r in self.rows.iter() {
            s.push_str(r);
        }
        s.push_str("</tbody>");
        s.push_str(&self.foot);
        s.push_str("</table>");
        s
    }
}

/// Brings `body` (a `tbody`) from the `old` rows to the `new` ones: changed
/// rows are replaced, rows beyond the new count removed, new ones appended.
fn update(body: &Element, old: &[String], new: &[String]) {
    let mut tr = body.first_element_child();
    let mut added = String::new();
    for (i, row) in new.iter().enumerate() {
        if let Some(el) = tr {
            tr = el.next_element_sibling();
            if old.get(i) != Some(row) {
                el.set_outer_html(row);
            }
        } else {
            added.push_str(row);
        }
    }
    while let Some(el) = tr {
        tr = el.next_element_sibling();
        el.remove();
    }
    if !added.is_empty() {
        // Cannot fail: "beforeend" is a valid position and the markup is ours.
        let _ = body.insert_adjacent_html("beforeend", &added);
    }
}

/// The table's scrolling region, focusable so keyboard users can scroll it
/// too (as `sourced_table::open_scroll` writes it for tables replaced
/// whole), kept showing `table` after each render that changes it.
#[hook]
pub fn use_rows_table(label: &'static str, table: Rows) -> Html {
    let region = use_node_ref();
    let shown = use_mut_ref(|| None::<Rows>);
    {
        let region = region.clone();
        use_effect_with(table, move |table| {
            let Some(region) = region.cast::<Element>() else {
                return;
            };
            let mut shown = shown.borrow_mut();
            let body = match shown.as_ref() {
                Some(old) if old.head == table.head => region
                    .first_element_child()
                    .and_then(|t| t.query_selector("tbody").ok().flatten())
                    .map(|b| (b, old)),
                _ => None,
            };
            match body {
                Some((body, old)) => {
                    update(&body, &old.rows, &table.rows);
                    if old.foot != table.foot {
                        if let Some(foot) = body.next_element_sibling() {
                            foot.remove();
                        }
                        let _ = body.insert_adjacent_html("afterend", &table.foot);
                    }
                }
                None => region.set_inner_html(&table.whole()),
            }
            *shown = Some(table.clone());
        });
    }
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={label} ref={region} />
    }
}

/// "Show all 1,000 creators" under a table of `total` rows longer than
/// [`FIRST_ROWS`], and "Show the first 100 only" once pressed; `all` says
/// which. Nothing for a shorter table.
pub fn show_all(all: &UseStateHandle<bool>, total: usize) -> Option<Html> {
    (total > FIRST_ROWS).then(|| {
        let label = if **all {
            format!("Show the first {FIRST_ROWS} only")
        } else {
            format!("Show all {} creators", intl::count(total as u64))
        };
        let all = all.clone();
        html! {
            <p class="buttons">
                <button type="button" class="secondary" onclick={Callback::from(move |_: MouseEvent| all.set(!*all))}>
                    { label }
                </button>
            </p>
        }
    })
}

/// How many of `total` rows to list.
#[must_use]
pub fn listed(all: bool, total: usize) -> usize {
    if all {
        total
    } else {
        total.min(FIRST_ROWS)
    }
}
