//! The URL query codec: every input is a query parameter, read on load and
//! written back as the user types. Pure (serde only), tested natively.
//!
//! Decoding never fails as a whole: an unknown or repeated key is ignored and a
//! hostile value only affects its own field (it shows up in that field with a
//! message, or is replaced by the default for a choice).

/// Query parameters as ordered key/value pairs, the last of a repeated key winning.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

/// The longest value kept for one parameter; longer ones are cut, not rejected.
pub const MAX_VALUE_LEN: usize = 64;
/// The per-post list may be long (one line per post).
pub const MAX_LIST_LEN: usize = 64 * 1024;

impl Query {
    /// Reads `?a=1&b=2` or `a=1&b=2`.
    #[must_use]
    pub fn parse(search: &str) -> Self {
        let search = search.strip_prefix('?').unwrap_or(search);
        // form_urlencoded decodes leniently (bad escapes become U+FFFD), so
        // this only fails on input it cannot split at all: then there is nothing.
        Self(serde_urlencoded::from_str(search).unwrap_or_default())
    }

    /// The value of `key`, cut to a safe length on a character boundary.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&str> {
        let limit = if key == "list" {
            MAX_LIST_LEN
        } else {
            MAX_VALUE_LEN
        };
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| truncate(v, limit))
    }

    /// Appends `key=value` unless `value` is empty.
    pub fn push(&mut self, key: &str, value: &str) {
        if !value.trim().is_empty() {
            self.0.push((key.to_owned(), value.to_owned()));
        }
    }

    /// `?a=1&b=2`, or an empty string when there is nothing to say.
    #[must_use]
    pub fn to_search(&self) -> String {
        match serde_urlencoded::to_string(&self.0) {
            Ok(s) if !s.is_empty() => format!("?{s}"),
            _ => String::new(),
        }
    }
}

fn truncate(text: &str, limit: usize) -> &str {
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
