//! Read-only markup written as one string and handed to the browser in one
//! piece. A table built with `html!` costs about 200 bytes of wasm per
//! element (each node is constructed, boxed and diffed); the same table as
//! text costs a few bytes per element and parses faster. Used only for parts
//! with no listeners and no state (tables, citations, working): anything a
//! person types into or clicks stays in `html!`.
//!
//! Safety: markup is only ever our own `&'static str`; everything else goes
//! through [`Markup::text`], which escapes the five characters that could
//! end a text node or an attribute value.

use yew::prelude::*;

/// A string of HTML under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Starts with our own constant markup.
    #[must_use]
    pub fn of(html: &'static str) -> Self {
        Self(html.to_owned())
    }

    /// Appends our own constant markup.
    pub fn raw(&mut self, html: &'static str) -> &mut Self {
        self.0.push_str(html);
        self
    }

    /// Appends `text` escaped, for a text node or a double-quoted attribute.
    pub fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// Appends `<p class="note">text</p>`.
    pub fn note(&mut self, text: &str) -> &mut Self {
        self.raw(r#"<p class="note">"#).text(text).raw("</p>")
    }

    /// Appends markup built (and escaped) by another `Markup`.
    pub fn append(&mut self, other: &Markup) -> &mut Self {
        self.0.push_str(&other.0);
        self
    }

    /// The markup, for a node of the page.
    pub fn html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }

    /// The markup written, as a string.
    #[must_use]
    pub fn into_string(self) -> String {
        self.0
    }

    /// The markup as written so far.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `html` as written, for markup with nothing dynamic in it (headings, notes,
/// hints we write ourselves): no copy is made.
pub fn raw(html: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(html))
}

/// `<p class="note">text</p>`, the most common read-only line.
pub fn note(text: &str) -> Html {
    let mut m = Markup::default();
    m.note(text);
    m.html()
}
