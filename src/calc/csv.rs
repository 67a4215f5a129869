//! A table pasted from a spreadsheet or opened from a CSV file, and the CSV a
//! table is saved as.
//!
//! Reads tabs (a spreadsheet paste), commas and semicolons (European Excel),
//! whichever the header line uses or Excel's `sep=;` line names, with RFC
//! 4180 quotes (`"a, b"`, `""` for a quote, line breaks inside quotes), CRLF
//! or LF line ends, and a byte-order mark. Rows are numbered as a spreadsheet numbers them: the header is row 1
//! and every line after it counts, blank ones included, so "Row 4" is the row
//! the user sees as 4. Rows with nothing but spaces in them are skipped.

use std::fmt;

use super::input::InputError;

/// The most data rows a table may have: a brand's shortlist or a campaign's
/// creators, with room to spare; more is almost surely a wrong paste.
pub const MAX_ROWS: usize = 2_000;

/// The longest cell, in bytes (UTF-8).
pub const MAX_CELL_BYTES: usize = 64 * 1024;

/// What separates the cells of a row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Separator {
    #[default]
    Comma,
    Semicolon,
    Tab,
}

impl Separator {
    const ALL: [Self; 3] = [Self::Comma, Self::Semicolon, Self::Tab];

    const fn byte(self) -> u8 {
        match self {
            Self::Comma => b',',
            Self::Semicolon => b';',
            Self::Tab => b'\t',
        }
    }

    const fn plural(self) -> &'static str {
        match self {
            Self::Comma => "commas",
            Self::Semicolon => "semicolons",
            Self::Tab => "tabs",
        }
    }
}

/// A data row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// The row's number as the user counts it: the header is row 1.
    pub number: usize,
    /// The cells as written (unquoted), in the order of the header's columns.
    /// A short row has fewer cells than there are headers.
    pub cells: Vec<String>,
}

impl Row {
    /// The cell in column `index`; empty where the row is short.
    #[must_use]
    pub fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", String::as_str)
    }
}

/// A table read from text: the header row and the data rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The separator found in the header line.
    pub separator: Separator,
    /// The header cells as written; empty when the text was blank.
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

/// Why a table cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    /// More than [`MAX_ROWS`] data rows.
    TooManyRows,
    /// A cell longer than [`MAX_CELL_BYTES`], on this row.
    CellTooLong { row: usize },
    /// A quote opened on this row is never closed.
    UnclosedQuote { row: usize },
    /// Required columns are missing (their labels, in the caller's order).
    MissingColumns(Vec<&'static str>),
    /// Two header cells name the same column.
    DuplicateColumn {
        label: &'static str,
        first: String,
        second: String,
    },
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooManyRows => write!(
                f,
                "The table has more than {} rows: paste at most {} at a time",
                grouped(MAX_ROWS),
                grouped(MAX_ROWS)
            ),
            Self::CellTooLong { row } => write!(
                f,
                "Row {row}: a cell is longer than {} KB; is a quote (\") left open before it?",
                MAX_CELL_BYTES / 1024
            ),
            Self::UnclosedQuote { row } => write!(
                f,
                "Row {row}: a quote (\") opens a cell that is never closed"
            ),
            Self::MissingColumns(labels) => {
                let s = if labels.len() == 1 { "" } else { "s" };
                write!(
                    f,
                    "Missing column{s}: {}. The first row must name each column, in any order",
                    and_list(labels)
                )
            }
            Self::DuplicateColumn {
                label,
                first,
                second,
            } => write!(
                f,
                "Two columns could be {label}: \"{first}\" and \"{second}\"; rename or remove one"
            ),
        }
    }
}

impl std::error::Error for TableError {}

/// `1,000`-style grouping for the few fixed limits quoted in messages.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "A", "A and B", "A, B and C".
pub(crate) fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A problem with one cell; the rest of its row is still read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellProblem {
    /// The row as the user counts it (the header is row 1).
    pub row: usize,
    /// The column's header, as the user wrote it.
    pub column: String,
    /// What is wrong, in the words of the field messages.
    pub message: String,
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.column.is_empty() {
            write!(f, "Row {}: {}", self.row, self.message)
        } else {
            write!(f, "Row {}, {}: {}", self.row, self.column, self.message)
        }
    }
}

/// A column a caller looks for, and the header names that mean it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// The name used when the column is missing ("Followers").
    pub label: &'static str,
    /// Header names that mean this column, compared after [`header_key`]
    /// (so `Follower count`, `follower_count` and `FOLLOWER-COUNT` are one).
    pub aliases: &'static [&'static str],
    pub required: bool,
}

/// The creator's name: the first column of every table of creators.
pub const NAME_COLUMN: Column = Column {
    label: "Name",
    aliases: &[
        "name",
        "creator",
        "influencer",
        "handle",
        "account",
        "username",
        "channel name",
    ],
    required: true,
};

/// A header reduced to what identifies it: lowercase letters and digits only.
/// Every header we look for is ASCII, so ASCII letters, digits and case
/// folding are enough (and ship no Unicode tables: a letter outside ASCII
/// could only ever be part of a header we do not look for).
#[must_use]
pub fn header_key(header: &str) -> String {
    header
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

impl Table {
    /// Whether no header was found (blank text).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.headers.is_empty()
    }

    /// Column `index`'s header, trimmed, for messages.
    #[must_use]
    pub fn header(&self, index: usize) -> &str {
        self.headers.get(index).map_or("", |h| h.trim())
    }

    /// Where each wanted column is: `Some(index)` into the headers, `None`
    /// for an optional column that is absent.
    ///
    /// # Errors
    /// [`TableError::MissingColumns`] naming every required column that is
    /// absent, or [`TableError::DuplicateColumn`] when two headers match one column.
    pub fn columns(&self, wanted: &[Column]) -> Result<Vec<Option<usize>>, TableError> {
        let keys: Vec<String> = self.headers.iter().map(|h| header_key(h)).collect();
        let mut found = Vec::with_capacity(wanted.len());
        let mut missing = Vec::new();
        for column in wanted {
            let matches = |key: &String| column.aliases.iter().any(|a| header_key(a) == *key);
            let mut hits = keys.iter().enumerate().filter(|(_, k)| matches(k));
            let first = hits.next().map(|(i, _)| i);
            if let (Some(first), Some((second, _))) = (first, hits.next()) {
                return Err(TableError::DuplicateColumn {
                    label: column.label,
                    first: self.header(first).to_owned(),
                    second: self.header(second).to_owned(),
                });
            }
            if first.is_none() && column.required {
                missing.push(column.label);
            }
            found.push(first);
        }
        if missing.is_empty() {
            Ok(found)
        } else {
            Err(TableError::MissingColumns(missing))
        }
    }

    /// What is wrong with `row` as a whole: one cell holding another
    /// separator (a line pasted from another file), or a blank cell in one of
    /// the `needed` columns (indices as [`Table::columns`] gave them).
    #[must_use]
    pub fn row_problem(&self, row: &Row, needed: &[Option<usize>]) -> Option<CellProblem> {
        let problem = |column: String, message: String| CellProblem {
            row: row.number,
            column,
            message,
        };
        let cell = row.cell(0).as_bytes();
        let other = Separator::ALL
            .into_iter()
            .find(|s| *s != self.separator && cell.contains(&s.byte()));
        if let (Some(other), [_], 2..) = (other, row.cells.as_slice(), self.headers.len()) {
            return Some(problem(
                String::new(),
                format!(
                    "one cell where the header has {}: this row is separated by {}, the header by {}",
                    self.headers.len(),
                    other.plural(),
                    self.separator.plural()
                ),
            ));
        }
        let blank: Vec<&str> = needed
            .iter()
            .flatten()
            .filter(|&&i| row.cell(i).trim().is_empty())
            .map(|&i| self.header(i))
            .collect();
        let them = if blank.len() == 1 { "it" } else { "them" };
        (!blank.is_empty())
            .then(|| problem(and_list(&blank), format!("missing; every row needs {them}")))
    }

    /// Reads `row`'s cell in `column` with `parse`; a cell that cannot be
    /// read adds a [`CellProblem`] naming row and column, and reads as `None`.
    pub fn read<T>(
        &self,
        row: &Row,
        column: Option<usize>,
        parse: impl FnOnce(&str) -> Result<Option<T>, InputError>,
        problems: &mut Vec<CellProblem>,
    ) -> Option<T> {
        let index = column?;
        match parse(row.cell(index)) {
            Ok(value) => value,
            Err(error) => {
                let header = self.header(index);
                problems.push(CellProblem {
                    row: row.number,
                    column: header.to_owned(),
                    message: error.message(header),
                });
                None
            }
        }
    }
}

/// Characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `cell`, past any leading apostrophes, starts like a formula.
fn formula_like(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// A number as [`plain_decimal`] writes it (`-12.5`): safe in any spreadsheet.
fn plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    !int.is_empty()
        && !frac.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// Reads a cell back as written before [`to_csv`] guarded it.
fn unguard(cell: String) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest.to_owned(),
        _ => cell,
    }
}

/// Parses a table with a header row. Blank text gives an empty table.
///
/// # Errors
/// A [`TableError`] when the table as a whole cannot be read: too many rows,
/// a cell over [`MAX_CELL_BYTES`], or a quote never closed.
pub fn parse(text: &str) -> Result<Table, TableError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (separator, text) = declared_separator(text).unwrap_or((detect_separator(text), text));
    let mut reader = Reader {
        bytes: text.as_bytes(),
        text,
        pos: 0,
        sep: separator.byte(),
    };
    let mut table = Table {
        separator,
        ..Table::default()
    };
    // Row numbers count from the header (row 1); lines before it are not rows.
    let mut number = 0;
    while reader.pos < reader.bytes.len() {
        let cells = reader.record(number + 1)?;
        let blank = cells.iter().all(|c| c.trim().is_empty());
        if table.headers.is_empty() {
            if !blank {
                table.headers = cells;
                number = 1;
            }
            continue;
        }
        number += 1;
        if blank {
            continue;
        }
        if table.rows.len() == MAX_ROWS {
            return Err(TableError::TooManyRows);
        }
        table.rows.push(Row { number, cells });
    }
    Ok(table)
}

/// Excel's `sep=;` first line, which names the separator and is not a row;
/// the separator and the text after that line.
fn declared_separator(text: &str) -> Option<(Separator, &str)> {
    let (line, rest) = text.split_once('\n').unwrap_or((text, ""));
    let line = line.strip_suffix('\r').unwrap_or(line);
    let declared = line
        .get(..4)
        .filter(|head| head.eq_ignore_ascii_case("sep="))
        .and_then(|_| line.get(4..))?;
    let separator = match declared {
        "," => Separator::Comma,
        ";" => Separator::Semicolon,
        "\t" => Separator::Tab,
        _ => return None,
    };
    Some((separator, rest))
}

/// The separator of the first non-blank line: tab if it has any, else the
/// more frequent of semicolon and comma (comma on a tie), outside quotes.
fn detect_separator(text: &str) -> Separator {
    let (mut tabs, mut semicolons, mut commas) = (0usize, 0usize, 0usize);
    let (mut quoted, mut content) = (false, false);
    for b in text.bytes() {
        if quoted {
            quoted = b != b'"';
            continue;
        }
        match b {
            b'"' => (quoted, content) = (true, true),
            b'\n' | b'\r' if content => break,
            b'\n' | b'\r' => (tabs, semicolons, commas) = (0, 0, 0),
            b'\t' => tabs += 1,
            b';' => semicolons += 1,
            b',' => commas += 1,
            b' ' => {}
            _ => content = true,
        }
    }
    if tabs > 0 {
        Separator::Tab
    } else if semicolons > commas {
        Separator::Semicolon
    } else {
        Separator::Comma
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    sep: u8,
}

/// How a cell ended.
#[derive(PartialEq, Eq)]
enum End {
    Separator,
    Line,
}

impl Reader<'_> {
    /// One record (a line, or more where quotes hold line breaks).
    fn record(&mut self, row: usize) -> Result<Vec<String>, TableError> {
        let mut cells = Vec::new();
        loop {
            let (cell, end) = self.cell(row)?;
            if cell.len() > MAX_CELL_BYTES {
                return Err(TableError::CellTooLong { row });
            }
            cells.push(unguard(cell));
            if end == End::Line {
                return Ok(cells);
            }
        }
    }

    /// The position of the next byte at or after `from` that ends an
    /// unquoted cell, or the end of the text.
    fn next_stop(&self, from: usize) -> usize {
        let sep = self.sep;
        self.bytes[from..]
            .iter()
            .position(|&b| b == sep || b == b'\n' || b == b'\r')
            .map_or(self.bytes.len(), |i| from + i)
    }

    /// Consumes the separator or line end at `self.pos`.
    fn end(&mut self) -> End {
        match self.bytes.get(self.pos) {
            Some(&b) if b == self.sep => {
                self.pos += 1;
                End::Separator
            }
            Some(b'\r') => {
                self.pos += 1;
                if self.bytes.get(self.pos) == Some(&b'\n') {
                    self.pos += 1;
                }
                End::Line
            }
            Some(b'\n') => {
                self.pos += 1;
                End::Line
            }
            _ => End::Line,
        }
    }

    fn cell(&mut self, row: usize) -> Result<(String, End), TableError> {
        if self.bytes.get(self.pos) != Some(&b'"') {
            let stop = self.next_stop(self.pos);
            let cell = self.text[self.pos..stop].to_owned();
            self.pos = stop;
            return Ok((cell, self.end()));
        }
        let mut cell = String::new();
        let mut from = self.pos + 1;
        loop {
            let Some(offset) = self.bytes[from..].iter().position(|&b| b == b'"') else {
                return Err(TableError::UnclosedQuote { row });
            };
            let quote = from + offset;
            cell.push_str(&self.text[from..quote]);
            if cell.len() > MAX_CELL_BYTES {
                return Err(TableError::CellTooLong { row });
            }
            if self.bytes.get(quote + 1) == Some(&b'"') {
                cell.push('"');
                from = quote + 2;
            } else {
                // Text after the closing quote (`"a"b`) is kept as written.
                let stop = self.next_stop(quote + 1);
                cell.push_str(&self.text[quote + 1..stop]);
                self.pos = stop;
                return Ok((cell, self.end()));
            }
        }
    }
}

/// Writes a table as CSV (RFC 4180: comma, CRLF after every row, a cell
/// quoted only when it holds a comma, quote, semicolon, tab or line break).
///
/// Formula injection is neutralised: a text cell that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return (after any apostrophes) is written
/// with one more leading `'`, so a spreadsheet shows it as text instead of
/// running it. Numbers as [`plain_decimal`] writes them (`-12.5`) are left
/// as they are. [`parse`] removes that one apostrophe again, so
/// `parse(&to_csv(headers, rows))` gives back exactly `headers` and `rows`,
/// guarded cells included; the one exception is a row whose cells are all
/// empty or spaces, which `parse` skips like a blank line.
#[must_use]
pub fn to_csv<H, R, C>(headers: &[H], rows: &[R]) -> String
where
    H: AsRef<str>,
    R: AsRef<[C]>,
    C: AsRef<str>,
{
    let mut out = String::new();
    write_row(&mut out, headers);
    for row in rows {
        write_row(&mut out, row.as_ref());
    }
    out
}

fn write_row<C: AsRef<str>>(out: &mut String, cells: &[C]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_cell(out, cell.as_ref());
    }
    out.push_str("\r\n");
}

fn write_cell(out: &mut String, cell: &str) {
    let guard = formula_like(cell) && !plain_number(cell);
    let quote = cell.contains([',', '"', ';', '\t', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    if quote {
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// A number for export: a plain decimal with no exponent and at most four
/// decimals (`1234.5`, `-50`, `0.0012`, `291352417622.78`): the shortest form
/// that reads back as the same number where that has four decimals or fewer,
/// else rounded to four. Empty for NaN or an infinity.
#[must_use]
pub fn plain_decimal(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    // Adding 0.0 turns -0 into 0.
    let shortest = format!("{}", value + 0.0);
    let decimals = shortest.split_once('.').map_or(0, |(_, d)| d.len());
    if decimals <= 4 {
        return shortest;
    }
    let rounded = format!("{value:.4}");
    let trimmed = rounded.trim_end_matches('0').trim_end_matches('.');
    if trimmed == "-0" {
        "0".to_owned()
    } else {
        trimmed.to_owned()
    }
}
