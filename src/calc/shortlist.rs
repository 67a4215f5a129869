//! A brand's shortlist of creators, pasted or opened as a table: one creator
//! per row, read into typed fields. Judging each row is the quote checker's
//! job; this only reads.

use super::amount::{parse_amount, parse_percent};
use super::choice::Choice;
use super::csv::{self, CellProblem, Column, TableError, NAME_COLUMN};
use super::input::{parse_count, parse_positive};
use super::platform::Platform;

/// One creator on the shortlist. A cell that could not be read is `None`
/// here and has a [`CellProblem`] in [`Shortlist::problems`].
#[derive(Clone, Debug, PartialEq)]
pub struct ShortlistRow {
    /// The row as the user counts it (the header is row 1).
    pub row: usize,
    /// The name cell, trimmed; may be empty.
    pub name: String,
    /// The row's platform, or the default where the cell is empty or unknown.
    pub platform: Platform,
    pub followers: Option<u64>,
    pub likes: Option<u64>,
    pub comments: Option<u64>,
    pub views: Option<u64>,
    /// The creator's quoted fee, in the page's currency.
    pub quote: Option<f64>,
    /// The value of product given, in the page's currency.
    pub product_value: Option<f64>,
    /// Commission on sales, in percent.
    pub commission: Option<f64>,
}

/// The rows read, and every cell that could not be.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shortlist {
    pub rows: Vec<ShortlistRow>,
    pub problems: Vec<CellProblem>,
}

// Positions in [`COLUMNS`].
const NAME: usize = 0;
const PLATFORM: usize = 1;
const FOLLOWERS: usize = 2;
const LIKES: usize = 3;
const COMMENTS: usize = 4;
const VIEWS: usize = 5;
const QUOTE: usize = 6;
const PRODUCT_VALUE: usize = 7;
const COMMISSION: usize = 8;

/// The columns, in the order [`Table::columns`](csv::Table::columns) returns them.
pub const COLUMNS: [Column; 9] = [
    NAME_COLUMN,
    Column {
        label: "Platform",
        aliases: &["platform", "network", "social network"],
        required: false,
    },
    Column {
        label: "Followers",
        aliases: &[
            "followers",
            "follower count",
            "followers count",
            "subscribers",
            "subscriber count",
            "subs",
            "audience",
        ],
        required: true,
    },
    Column {
        label: "Likes",
        aliases: &[
            "likes",
            "avg likes",
            "average likes",
            "likes per post",
            "reactions",
        ],
        required: true,
    },
    Column {
        label: "Comments",
        aliases: &[
            "comments",
            "avg comments",
            "average comments",
            "comments per post",
            "replies",
        ],
        required: true,
    },
    Column {
        label: "Views",
        aliases: &[
            "views",
            "avg views",
            "average views",
            "views per post",
            "plays",
        ],
        required: false,
    },
    Column {
        label: "Quote",
        aliases: &["quote", "fee", "price", "rate", "quoted fee"],
        required: false,
    },
    Column {
        label: "Product value",
        aliases: &["product value", "product", "gifted value", "gift value"],
        required: false,
    },
    Column {
        label: "Commission",
        aliases: &[
            "commission",
            "commission rate",
            "commission %",
            "affiliate commission",
        ],
        required: false,
    },
];

/// The platform ids a cell may hold, for the message about an unknown one.
fn platform_ids() -> String {
    Platform::ALL
        .iter()
        .map(|p| p.id())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads a shortlist: columns `name, followers, likes, comments` (any order,
/// any of their aliases), and optionally `platform`, `views`, `quote`,
/// `product_value` and `commission` (percent). Without a platform column, or
/// where a row's platform cell is empty, `default_platform` applies. Blank
/// text gives an empty shortlist.
///
/// Likes, comments and views are per post, as the calculator's own fields are.
///
/// # Errors
/// A [`TableError`] when the table cannot be read at all, including one
/// message naming every required column that is missing.
pub fn parse_shortlist(text: &str, default_platform: Platform) -> Result<Shortlist, TableError> {
    let table = csv::parse(text)?;
    if table.is_empty() {
        return Ok(Shortlist::default());
    }
    let found = table.columns(&COLUMNS)?;
    let col = |i: usize| found.get(i).copied().flatten();
    let mut problems = Vec::new();
    let mut rows = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        // Without followers a row has no tier, rate or fee.
        problems.extend(table.row_problem(row, &[col(FOLLOWERS)]));
        let platform = match col(PLATFORM).map(|i| row.cell(i).trim()) {
            None | Some("") => default_platform,
            Some(cell) => Platform::from_id(cell).unwrap_or_else(|| {
                let header = col(PLATFORM).map_or("Platform", |i| table.header(i));
                problems.push(CellProblem {
                    row: row.number,
                    column: header.to_owned(),
                    message: format!(
                        "\"{cell}\" is not a platform here: use one of {}; {} is assumed",
                        platform_ids(),
                        default_platform.name()
                    ),
                });
                default_platform
            }),
        };
        let mut count =
            |i: usize, parse: fn(&str) -> _| table.read(row, col(i), parse, &mut problems);
        let followers = count(FOLLOWERS, parse_positive);
        let likes = count(LIKES, parse_count);
        let comments = count(COMMENTS, parse_count);
        let views = count(VIEWS, parse_positive);
        let mut amount =
            |i: usize, parse: fn(&str) -> _| table.read(row, col(i), parse, &mut problems);
        let quote = amount(QUOTE, parse_amount);
        let product_value = amount(PRODUCT_VALUE, parse_amount);
        let commission = amount(COMMISSION, parse_percent);
        rows.push(ShortlistRow {
            row: row.number,
            name: col(NAME).map_or("", |i| row.cell(i).trim()).to_owned(),
            platform,
            followers,
            likes,
            comments,
            views,
            quote,
            product_value,
            commission,
        });
    }
    Ok(Shortlist { rows, problems })
}
