//! Parsing what people type into a count field.
//!
//! Parse once, where the text enters, into a `u64` that cannot be wrong
//! afterwards. Lenient where the meaning is obvious (`12.5K`, `1,200`,
//! `1 200`, `12k followers`, `1.2 million`), strict otherwise, with one error
//! type whose messages are written for people.

use std::fmt;

/// The largest count any field accepts, in billions: more than every account on Earth.
pub const MAX_COUNT_BILLIONS: u64 = 10;
/// The largest count any field accepts.
pub const MAX_COUNT: u64 = MAX_COUNT_BILLIONS * 1_000_000_000;
/// The largest amount any field accepts, in trillions of a currency's major
/// unit (a whole number, so the message is written from it without a float
/// formatter in the build).
pub const MAX_AMOUNT_TRILLIONS: u32 = 1;
/// The largest amount any field accepts, in a currency's major unit: more
/// than any campaign, even in yen, rupiah or won.
pub const MAX_AMOUNT: f64 = MAX_AMOUNT_TRILLIONS as f64 * 1e12;

/// Why a field's text is not a usable count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    NotANumber,
    Negative,
    Fractional,
    TooLarge,
    /// Zero where the calculation divides by it (followers, posts, views).
    Zero,
    /// An amount of money above [`MAX_AMOUNT`].
    AmountTooLarge,
    /// A percentage above 100 where a share is meant (margin, commission).
    OverHundred,
}

impl InputError {
    /// The message shown beside the field, naming it: "Followers can't be negative".
    #[must_use]
    pub fn message(self, label: &str) -> String {
        match self {
            Self::NotANumber => format!("{label} must be a number, like 12,500 or 12.5K"),
            Self::Negative => format!("{label} can't be negative"),
            Self::Fractional => format!("{label} must be a whole number"),
            Self::TooLarge => {
                format!("{label} is too large: the limit is {MAX_COUNT_BILLIONS} billion")
            }
            Self::Zero => format!("{label} must be at least 1"),
            Self::AmountTooLarge => {
                format!("{label} is too large: the limit is {MAX_AMOUNT_TRILLIONS} trillion")
            }
            Self::OverHundred => format!("{label} can't be more than 100%"),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message("This value"))
    }
}

impl std::error::Error for InputError {}

/// Words people add after a number ("12k followers"); they carry no meaning here.
const NOUNS: &[&str] = &[
    "follower",
    "followers",
    "fan",
    "fans",
    "subscriber",
    "subscribers",
    "subs",
    "like",
    "likes",
    "reaction",
    "reactions",
    "comment",
    "comments",
    "reply",
    "replies",
    "share",
    "shares",
    "repost",
    "reposts",
    "retweets",
    "save",
    "saves",
    "bookmark",
    "bookmarks",
    "view",
    "views",
    "play",
    "plays",
    "impression",
    "impressions",
    "open",
    "opens",
    "reader",
    "readers",
    "connection",
    "connections",
    "post",
    "posts",
    "pin",
    "pins",
];

/// Multiplier words and letters, longest first so "mn" wins over "m".
const MULTIPLIERS: &[(&str, u64)] = &[
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
    ("bn", 1_000_000_000),
    ("mln", 1_000_000),
    ("mil", 1_000_000),
    ("mio", 1_000_000),
    ("mn", 1_000_000),
    ("k", 1_000),
    ("m", 1_000_000),
    ("b", 1_000_000_000),
];

fn is_group_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '\u{2019}' | '_'
    )
}

/// Parses an optional count. Empty or blank text is `Ok(None)`.
///
/// # Errors
/// An [`InputError`] naming what is wrong with the text.
pub fn parse_count(text: &str) -> Result<Option<u64>, InputError> {
    let lower = text.trim().to_ascii_lowercase();
    if lower.is_empty() {
        return Ok(None);
    }
    let (negative, unsigned) = match lower.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (
            false,
            lower.strip_prefix('+').unwrap_or(&lower).trim_start(),
        ),
    };
    let without_noun = strip_noun(unsigned);
    let (number, multiplier) = split_multiplier(without_noun);
    let value = parse_number(number, multiplier);
    if negative {
        // "-1.5" is first of all negative; "-abc" is first of all not a number.
        return match value {
            Ok(Some(0)) => Ok(Some(0)),
            Err(InputError::NotANumber) => Err(InputError::NotANumber),
            _ => Err(InputError::Negative),
        };
    }
    value?.map(Some).ok_or(InputError::TooLarge)
}

/// Parses a count that must be present and at least 1 (followers, posts).
///
/// # Errors
/// As [`parse_count`], plus [`InputError::Zero`] for zero.
pub fn parse_positive(text: &str) -> Result<Option<u64>, InputError> {
    match parse_count(text)? {
        Some(0) => Err(InputError::Zero),
        other => Ok(other),
    }
}

fn strip_noun(text: &str) -> &str {
    let Some((head, last)) = text.rsplit_once(|c: char| c.is_whitespace()) else {
        return text;
    };
    if NOUNS.contains(&last) {
        head.trim_end()
    } else {
        text
    }
}

/// Splits a trailing multiplier (`k`, `M`, `million`, `bn`) off lowercase
/// text: `("12.5", 1_000)` from `"12.5k"`; `(text, 1)` without one.
pub(crate) fn split_multiplier(text: &str) -> (&str, u64) {
    for &(word, factor) in MULTIPLIERS {
        if let Some(head) = text.strip_suffix(word) {
            let head = head.trim_end();
            if head.ends_with(|c: char| c.is_ascii_digit()) {
                return (head, factor);
            }
        }
    }
    (text, 1)
}

/// Reads digits with grouping and an optional decimal part, times `multiplier`.
/// `Ok(None)` means the value is above [`MAX_COUNT`].
fn parse_number(text: &str, multiplier: u64) -> Result<Option<u64>, InputError> {
    let (int_digits, frac_part) = split_decimal(text, multiplier > 1)?;
    scale(&int_digits, &frac_part, multiplier)
}

/// The integer digits and the decimal digits of a number typed with grouping
/// (`1,200.5`, `1.200,5`, `12 500`, `12,34,567`): the one reading of
/// separators, shared by counts and amounts (`amount.rs`). `prefer_decimal`
/// reads a lone separator before three digits as a decimal point (`1.200K`,
/// `0.125`) instead of as grouping (`1,200`).
///
/// # Errors
/// [`InputError::NotANumber`] when the text is not digits grouped one of those ways.
pub(crate) fn split_decimal(
    text: &str,
    prefer_decimal: bool,
) -> Result<(String, String), InputError> {
    if text.is_empty() || !text.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(InputError::NotANumber);
    }
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || is_group_space(c))
    {
        return Err(InputError::NotANumber);
    }
    if !space_grouping_is_valid(text) {
        return Err(InputError::NotANumber);
    }
    let compact: String = text.chars().filter(|&c| !is_group_space(c)).collect();
    let decimal = decimal_separator(&compact, prefer_decimal);
    let (int_part, frac_part) = match decimal {
        Some(sep) => compact.rsplit_once(sep).unwrap_or((&compact, "")),
        None => (compact.as_str(), ""),
    };
    if frac_part.contains([',', '.']) {
        return Err(InputError::NotANumber);
    }
    if !grouping_is_valid(int_part) {
        return Err(InputError::NotANumber);
    }
    let int_digits: String = int_part.chars().filter(char::is_ascii_digit).collect();
    if int_digits.is_empty() && frac_part.is_empty() {
        return Err(InputError::NotANumber);
    }
    Ok((int_digits, frac_part.to_owned()))
}

/// Digits grouped by spaces (or `'`, `_`) follow the comma rule of
/// [`grouping_is_valid`]: `12 500` and `12 50 000`, but not `480 36`, which
/// would otherwise be read silently as 48,036.
fn space_grouping_is_valid(text: &str) -> bool {
    let groups: Vec<&str> = text
        .split(is_group_space)
        .filter(|g| !g.is_empty())
        .collect();
    let Some((last, rest)) = groups.split_last() else {
        return true;
    };
    let Some((first, middle)) = rest.split_first() else {
        return true;
    };
    let digits = |g: &str| g.chars().all(|c| c.is_ascii_digit());
    let leading = last.chars().take_while(char::is_ascii_digit).count();
    let trailing = first.chars().rev().take_while(char::is_ascii_digit).count();
    leading == 3
        && (1..=3).contains(&trailing)
        && middle
            .iter()
            .all(|g| digits(g) && (g.len() == 2 || g.len() == 3))
}

/// Which of `,` and `.` (if any) is the decimal separator.
fn decimal_separator(text: &str, has_multiplier: bool) -> Option<char> {
    let last_comma = text.rfind(',');
    let last_dot = text.rfind('.');
    match (last_comma, last_dot) {
        (None, None) => None,
        (Some(c), Some(d)) => Some(if c > d { ',' } else { '.' }),
        (Some(_), None) => single_kind(text, ',', has_multiplier),
        (None, Some(_)) => single_kind(text, '.', has_multiplier),
    }
}

/// With only one kind of separator: repeated means grouping (`1,200,000`);
/// once followed by exactly three digits means grouping (`1,200`, `1.200`)
/// unless a multiplier follows (`1.200K` and `1,200K` are 1.2 thousand, as a
/// European decimal comma reads); otherwise decimal (`12,5K`, `1.5`).
fn single_kind(text: &str, sep: char, has_multiplier: bool) -> Option<char> {
    if text.matches(sep).count() > 1 {
        return None;
    }
    let after = text.rsplit_once(sep).map_or("", |(_, tail)| tail);
    if !has_multiplier && after.len() == 3 && !text.starts_with(sep) {
        None
    } else {
        Some(sep)
    }
}

/// Thousands (`1,234,567`) or Indian (`12,34,567`) grouping: the last group has
/// three digits, the ones before it two or three.
fn grouping_is_valid(int_part: &str) -> bool {
    let groups: Vec<&str> = int_part.split([',', '.']).collect();
    let Some((last, rest)) = groups.split_last() else {
        return true;
    };
    if rest.is_empty() {
        return true;
    }
    let (first, middle) = rest.split_first().unwrap_or((&"", &[]));
    last.len() == 3
        && (1..=3).contains(&first.len())
        && middle.iter().all(|g| g.len() == 2 || g.len() == 3)
}

fn scale(int_digits: &str, frac_digits: &str, multiplier: u64) -> Result<Option<u64>, InputError> {
    // The multiplier is a power of ten (`MULTIPLIERS`): the value is the digits
    // with the decimal point moved that many places right, so "1.2M" is exactly
    // 1,200,000 and no float rounding can creep in. Decimals left over after
    // the move make a fraction of a count.
    let digits = int_digits.trim_start_matches('0');
    let frac = frac_digits.trim_end_matches('0');
    if digits.len() > 20 {
        return Ok(None);
    }
    let places = multiplier.ilog10() as usize;
    if frac.len() > places {
        return Err(InputError::Fractional);
    }
    let padding = std::iter::repeat_n(b'0', places - frac.len());
    let total = digits
        .bytes()
        .chain(frac.bytes())
        .chain(padding)
        .try_fold(0_u64, |n, d| {
            n.checked_mul(10)?.checked_add(u64::from(d - b'0'))
        });
    Ok(total.filter(|&t| t <= MAX_COUNT))
}

/// One post's interactions, from a line of a pasted per-post list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PostCounts {
    pub likes: u64,
    pub comments: u64,
    pub shares: Option<u64>,
    pub saves: Option<u64>,
    pub views: Option<u64>,
}

/// A problem on one line of the per-post list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListError {
    /// 1-based line number as the user sees it.
    pub line: usize,
    pub kind: ListErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListErrorKind {
    /// A value on the line is not a count; names the column.
    Value {
        column: &'static str,
        error: InputError,
    },
    /// Fewer than two values (likes and comments are both needed).
    TooFewValues,
    /// More than five values.
    TooManyValues,
    /// More than [`MAX_LIST_LINES`] posts.
    TooManyPosts,
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = self.line;
        match &self.kind {
            ListErrorKind::Value { column, error } => {
                write!(f, "Line {line}: {}", error.message(column))
            }
            ListErrorKind::TooFewValues => {
                write!(
                    f,
                    "Line {line}: give at least likes and comments, like 480, 36"
                )
            }
            ListErrorKind::TooManyPosts => write!(
                f,
                "Line {line}: at most {MAX_LIST_LINES} posts; paste the most recent ones"
            ),
            ListErrorKind::TooManyValues => write!(
                f,
                "Line {line}: at most five values: likes, comments, shares, saves, views"
            ),
        }
    }
}

const LIST_COLUMNS: [&str; 5] = ["Likes", "Comments", "Shares", "Saves", "Views"];

/// The most lines a pasted list may hold; more is almost surely a wrong paste.
pub const MAX_LIST_LINES: usize = 1_000;

/// Parses one post per line: `likes, comments[, shares, saves, views]`.
/// Values may be separated by tabs (a spreadsheet paste), semicolons, `|`, or a
/// comma followed by a space (so `1,200, 36` is 1,200 likes and 36 comments).
/// Blank lines are skipped.
///
/// # Errors
/// The first line that cannot be read, with its number and the reason.
pub fn parse_post_list(text: &str) -> Result<Vec<PostCounts>, ListError> {
    let mut posts = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        if posts.len() == MAX_LIST_LINES {
            return Err(ListError {
                line: line_no,
                kind: ListErrorKind::TooManyPosts,
            });
        }
        let fields = split_fields(line);
        if fields.len() < 2 {
            return Err(ListError {
                line: line_no,
                kind: ListErrorKind::TooFewValues,
            });
        }
        if fields.len() > LIST_COLUMNS.len() {
            return Err(ListError {
                line: line_no,
                kind: ListErrorKind::TooManyValues,
            });
        }
        let mut values = [None; 5];
        for (slot, (field, column)) in values.iter_mut().zip(fields.iter().zip(LIST_COLUMNS)) {
            *slot = parse_count(field).map_err(|error| ListError {
                line: line_no,
                kind: ListErrorKind::Value { column, error },
            })?;
        }
        posts.push(PostCounts {
            likes: values[0].unwrap_or(0),
            comments: values[1].unwrap_or(0),
            shares: values[2],
            saves: values[3],
            views: values[4],
        });
    }
    Ok(posts)
}

fn split_fields(line: &str) -> Vec<&str> {
    if line.contains(['\t', ';', '|']) {
        return line.split(['\t', ';', '|']).map(str::trim).collect();
    }
    let by_comma_space: Vec<&str> = split_comma_space(line);
    if by_comma_space.len() > 1 {
        return by_comma_space;
    }
    // "480,36" cannot be thousands grouping (the group is not three digits),
    // so plain commas separate values; "1,200" alone stays one value.
    if grouping_is_valid(line.trim()) && !line.trim().contains(char::is_whitespace) {
        return vec![line.trim()];
    }
    let by_comma: Vec<&str> = line.split(',').map(str::trim).collect();
    if by_comma.len() > 1 {
        return by_comma;
    }
    line.split_whitespace().collect()
}

fn split_comma_space(line: &str) -> Vec<&str> {
    let mut fields = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b',' && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace) {
            fields.push(line[start..i].trim());
            start = i + 1;
        }
    }
    fields.push(line[start..].trim());
    fields
}
