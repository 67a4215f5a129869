//! The URL query as key/value pairs. The browser's `URLSearchParams` does the
//! percent-encoding both ways (`ui::url`); this type only holds the pairs, so
//! the state's codec (`state`) stays pure and is tested natively.
//!
//! Reading never fails as a whole: an unknown or repeated key is ignored and a
//! hostile value only affects its own field (it shows up in that field with a
//! message, or is replaced by the default for a choice).

/// Query parameters as ordered key/value pairs, the last of a repeated key winning.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

/// The longest value kept for one parameter; longer ones are cut, not rejected.
pub const MAX_VALUE_LEN: usize = 64;
/// Pasted tables and per-post lists may be long.
pub const MAX_LONG_VALUE_LEN: usize = 64 * 1024;

impl Query {
    /// The query holding `pairs`, in order.
    #[must_use]
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        Self(pairs)
    }

    /// The pairs, in order.
    #[must_use]
    pub fn pairs(&self) -> &[(String, String)] {
        &self.0
    }

    /// The value of `key`, cut to a safe length on a character boundary
    /// ([`MAX_LONG_VALUE_LEN`] for `long` values, else [`MAX_VALUE_LEN`]).
    #[must_use]
    pub fn get(&self, key: &str, long: bool) -> Option<&str> {
        let limit = if long {
            MAX_LONG_VALUE_LEN
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
