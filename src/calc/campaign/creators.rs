//! Results per creator, from a pasted table or an opened CSV file: each
//! row's results, the totals, a ranking and the table as CSV again.

use crate::calc::amount::parse_amount;
use crate::calc::csv::{self, plain_decimal, to_csv, CellProblem, Column, TableError, NAME_COLUMN};
use crate::calc::input::parse_count;

use super::metric::{Input, MetricId};
use super::{CampaignInputs, Metrics};

// Positions in [`COLUMNS`].
const NAME: usize = 0;
const SPEND: usize = 1;
const IMPRESSIONS: usize = 2;
const ENGAGEMENTS: usize = 3;
const CLICKS: usize = 4;
const CONVERSIONS: usize = 5;
const REVENUE: usize = 6;

/// The columns of a results table. Only name and spend are required; a
/// result whose inputs are absent is missing with its reason.
pub const COLUMNS: [Column; 7] = [
    NAME_COLUMN,
    Column {
        label: "Spend",
        aliases: &["spend", "cost", "fee", "paid", "amount spent"],
        required: true,
    },
    Column {
        label: "Impressions",
        aliases: &["impressions", "views"],
        required: false,
    },
    Column {
        label: "Engagements",
        aliases: &["engagements", "engagement", "interactions"],
        required: false,
    },
    Column {
        label: "Clicks",
        aliases: &["clicks", "link clicks"],
        required: false,
    },
    Column {
        label: "Conversions",
        aliases: &[
            "conversions",
            "sales",
            "orders",
            "leads",
            "signups",
            "purchases",
        ],
        required: false,
    },
    Column {
        label: "Revenue",
        aliases: &["revenue", "sales value", "income"],
        required: false,
    },
];

/// One creator's row.
#[derive(Clone, Debug, PartialEq)]
pub struct CreatorResult {
    /// The row as the user counts it (the header is row 1).
    pub row: usize,
    pub name: String,
    /// The row's figures; reach, order value and margin are never set.
    pub inputs: CampaignInputs,
}

impl CreatorResult {
    /// This creator's results.
    #[must_use]
    pub fn metrics(&self) -> Metrics {
        Metrics::compute(&self.inputs)
    }
}

/// The rows read, and every cell that could not be.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CreatorResults {
    pub rows: Vec<CreatorResult>,
    pub problems: Vec<CellProblem>,
}

/// Reads a results table: columns `name, spend, impressions, engagements,
/// clicks, conversions, revenue` in any order (see [`COLUMNS`] for the other
/// names each may have). Blank text gives no rows.
///
/// # Errors
/// A [`TableError`] when the table cannot be read at all, including one
/// message naming every required column that is missing.
pub fn parse_results(text: &str) -> Result<CreatorResults, TableError> {
    let table = csv::parse(text)?;
    if table.is_empty() {
        return Ok(CreatorResults::default());
    }
    let found = table.columns(&COLUMNS)?;
    let col = |i: usize| found.get(i).copied().flatten();
    let mut problems = Vec::new();
    let mut rows = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        // A row may lack any figure (its results say which are missing).
        problems.extend(table.row_problem(row, &[]));
        let mut count = |i: usize| table.read(row, col(i), parse_count, &mut problems);
        let (impressions, engagements, clicks, conversions) = (
            count(IMPRESSIONS),
            count(ENGAGEMENTS),
            count(CLICKS),
            count(CONVERSIONS),
        );
        let mut amount = |i: usize| table.read(row, col(i), parse_amount, &mut problems);
        let (spend, revenue) = (amount(SPEND), amount(REVENUE));
        rows.push(CreatorResult {
            row: row.number,
            name: col(NAME).map_or("", |i| row.cell(i).trim()).to_owned(),
            inputs: CampaignInputs {
                spend,
                impressions,
                engagements,
                clicks,
                conversions,
                revenue,
                ..CampaignInputs::default()
            },
        });
    }
    Ok(CreatorResults { rows, problems })
}

/// The sum of every row's inputs, and the columns where some rows gave a
/// figure and others did not (their total covers only the rows that did).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    /// Each figure summed over the rows that give it; `None` where no row does.
    pub inputs: CampaignInputs,
    pub incomplete: Vec<Input>,
}

impl Totals {
    /// The campaign's results from the totals: the same as entering the
    /// totals as a whole campaign.
    #[must_use]
    pub fn metrics(&self) -> Metrics {
        Metrics::compute(&self.inputs)
    }
}

fn sum_counts(values: impl Iterator<Item = Option<u64>>) -> (Option<u64>, bool) {
    let (mut total, mut given, mut absent) = (None::<u64>, false, false);
    for v in values {
        match v {
            Some(v) => {
                total = Some(total.unwrap_or(0).saturating_add(v));
                given = true;
            }
            None => absent = true,
        }
    }
    (total, given && absent)
}

fn sum_amounts(values: impl Iterator<Item = Option<f64>>) -> (Option<f64>, bool) {
    let (mut total, mut given, mut absent) = (None::<f64>, false, false);
    for v in values {
        match v {
            Some(v) => {
                total = Some((total.unwrap_or(0.0) + v).min(f64::MAX));
                given = true;
            }
            None => absent = true,
        }
    }
    (total, given && absent)
}

/// Sums every column over `rows`.
#[must_use]
pub fn totals(rows: &[CreatorResult]) -> Totals {
    let counts =
        |f: fn(&CampaignInputs) -> Option<u64>| sum_counts(rows.iter().map(|r| f(&r.inputs)));
    let amounts =
        |f: fn(&CampaignInputs) -> Option<f64>| sum_amounts(rows.iter().map(|r| f(&r.inputs)));
    let (spend, spend_partial) = amounts(|i| i.spend);
    let (impressions, impressions_partial) = counts(|i| i.impressions);
    let (engagements, engagements_partial) = counts(|i| i.engagements);
    let (clicks, clicks_partial) = counts(|i| i.clicks);
    let (conversions, conversions_partial) = counts(|i| i.conversions);
    let (revenue, revenue_partial) = amounts(|i| i.revenue);
    let incomplete = [
        (Input::Spend, spend_partial),
        (Input::Impressions, impressions_partial),
        (Input::Engagements, engagements_partial),
        (Input::Clicks, clicks_partial),
        (Input::Conversions, conversions_partial),
        (Input::Revenue, revenue_partial),
    ]
    .into_iter()
    .filter_map(|(input, partial)| partial.then_some(input))
    .collect();
    Totals {
        inputs: CampaignInputs {
            spend,
            impressions,
            engagements,
            clicks,
            conversions,
            revenue,
            ..CampaignInputs::default()
        },
        incomplete,
    }
}

crate::choice! {
    /// What to rank creators by: cheapest acquisition or highest return on
    /// ad spend first.
    #[derive(Default)]
    pub enum RankBy {
        #[default]
        Cpa = ("cpa", "Lowest cost per acquisition"),
        Roas = ("roas", "Highest return on ad spend"),
    }
}

/// Positions in `rows`, best first: by CPA ascending or ROAS descending.
/// Rows without the figure come last; ties keep the table's order.
#[must_use]
pub fn ranking(rows: &[CreatorResult], by: RankBy) -> Vec<usize> {
    let key = |row: &CreatorResult| {
        let m = row.metrics();
        match by {
            RankBy::Cpa => m.cpa.ok(),
            RankBy::Roas => m.roas.ok().map(|v| -v),
        }
    };
    let keys: Vec<Option<f64>> = rows.iter().map(key).collect();
    crate::calc::order::ascending(&keys)
}

/// The results shown for each row, in the export's column order.
pub const EXPORTED: [MetricId; 7] = [
    MetricId::Cpm,
    MetricId::Cpe,
    MetricId::Cpc,
    MetricId::Cpa,
    MetricId::ConversionRate,
    MetricId::Roi,
    MetricId::Roas,
];

/// The export's header: the input columns, then each result with its unit.
#[must_use]
pub fn export_headers() -> Vec<String> {
    let inputs = COLUMNS.iter().map(|c| c.label.to_owned());
    let results = EXPORTED.iter().map(|m| match m.unit() {
        super::Unit::Percent => format!("{} (%)", m.short()),
        _ => m.short().to_owned(),
    });
    inputs.chain(results).collect()
}

/// The table as CSV (see [`to_csv`]): each row's inputs, then its results,
/// as plain decimals; an empty cell where a figure is not given or a result
/// cannot be worked out. Reading it back with [`parse_results`] gives the
/// same rows, to four decimals.
#[must_use]
pub fn export_csv(rows: &[CreatorResult]) -> String {
    export_csv_with(rows, plain_decimal)
}

/// As [`export_csv`], with each amount and result written by `decimal`: the
/// page passes the browser's own number writer (rounded to four decimals
/// first), so the app ships no float formatting of its own.
#[must_use]
pub fn export_csv_with(rows: &[CreatorResult], decimal: impl Fn(f64) -> String) -> String {
    let opt_count = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_default();
    let opt_amount = |v: Option<f64>| v.map(&decimal).unwrap_or_default();
    let lines: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            let i = &row.inputs;
            let metrics = row.metrics();
            let mut cells = vec![
                row.name.clone(),
                opt_amount(i.spend),
                opt_count(i.impressions),
                opt_count(i.engagements),
                opt_count(i.clicks),
                opt_count(i.conversions),
                opt_amount(i.revenue),
            ];
            cells.extend(
                EXPORTED
                    .iter()
                    .map(|&id| opt_amount(metrics.get(id).and_then(super::Metric::ok))),
            );
            cells
        })
        .collect();
    to_csv(&export_headers(), &lines)
}
