//! A table written as markup whose rows are replaced one at a time. A table
//! handed to Yew as one string is replaced whole whenever any cell changes,
//! since Yew cannot diff a string (and it parses raw markup inside a `div`,
//! where rows are not allowed, so each row cannot be its own string). With a
//! shortlist of 1,000 creators a budget keystroke then re-laid out 1,000 rows
//! to flip the "Fits budget" cell of a few; here only the rows whose markup
//! changed are parsed again, and rows are added or removed at the end.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

/// The whole table, for the first render and when its head changes.
fn whole(head: &str, rows: &[String]) -> String {
    let mut s =
        String::with_capacity(head.len() + rows.iter().map(String::len).sum::<usize>() + 40);
    s.push_str("<table>");
    s.push_str(head);
    s.push_str("<tbody>");
    for r in rows {
        s.push_str(r);
    }
    s.push_str("</tbody></table>");
    s
}

/// Brings `body` from the `old` rows to the `new` ones: changed rows are
/// replaced, rows beyond the new count removed, new ones appended.
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
        // Cannot fail: "beforeend" is a valid position and markup is ours.
        let _ = body.insert_adjacent_html("beforeend", &added);
    }
}

/// Keeps the table in `region` (an empty `div`, the table's scrolling
/// region) showing `head` (`<caption>…</caption><thead>…</thead>`) and
/// `rows` (each `<tr>…</tr>`, in order), after each render that changes them.
#[hook]
pub fn use_rows_table(region: &NodeRef, head: AttrValue, rows: Rc<Vec<String>>) {
    let shown = use_mut_ref(|| None::<(AttrValue, Rc<Vec<String>>)>);
    let region = region.clone();
    use_effect_with((head, rows), move |(head, rows)| {
        let Some(region) = region.cast::<Element>() else {
            return;
        };
        let mut shown = shown.borrow_mut();
        let body = match shown.as_ref() {
            Some((h, old)) if h == head => region
                .query_selector("tbody")
                .ok()
                .flatten()
                .map(|b| (b, old)),
            _ => None,
        };
        match body {
            Some((body, old)) => update(&body, old, rows),
            None => region.set_inner_html(&whole(head, rows)),
        }
        *shown = Some((head.clone(), Rc::clone(rows)));
    });
}
