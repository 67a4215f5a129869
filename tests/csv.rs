#![cfg(not(target_arch = "wasm32"))]
//! Pasted tables and opened CSV files, in the user's words: what a brand
//! pastes from a spreadsheet, what the page reads, and what it says when a
//! cell cannot be read. Then the CSV the page saves, read back unchanged.

#![allow(clippy::float_cmp)]
#![allow(clippy::too_many_lines)]

use std::fmt::Write as _;
use std::time::Instant;

use influencer_rate_calculator::calc::choice::Choice;
use influencer_rate_calculator::calc::csv::{
    header_key, parse, plain_decimal, to_csv, Column, Separator, Table, TableError, MAX_CELL_BYTES,
    MAX_ROWS,
};
use influencer_rate_calculator::calc::platform::Platform::{self, Instagram, TikTok, YouTube};
use influencer_rate_calculator::calc::shortlist::{parse_shortlist, Shortlist, ShortlistRow};
use proptest::prelude::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

#[track_caller]
fn table(text: &str) -> Table {
    parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

/// The header and the data rows' cells of `text`.
#[track_caller]
fn reads(text: &str, headers: &[&str], rows: &[&[&str]]) {
    let t = table(text);
    assert_eq!(t.headers, headers, "headers of {text:?}");
    let got: Vec<&[String]> = t.rows.iter().map(|r| r.cells.as_slice()).collect();
    assert_eq!(got, rows, "rows of {text:?}");
}

#[track_caller]
fn separator(text: &str, want: Separator) {
    assert_eq!(table(text).separator, want, "{text:?}");
}

/// The row numbers the user would see for each data row.
#[track_caller]
fn numbered(text: &str, want: &[usize]) {
    let got: Vec<usize> = table(text).rows.iter().map(|r| r.number).collect();
    assert_eq!(got, want, "{text:?}");
}

#[track_caller]
fn table_says(text: &str, want: &str) {
    match parse(text) {
        Ok(t) => panic!("{text:?} read as {t:?}, wanted {want:?}"),
        Err(e) => assert_eq!(e.to_string(), want),
    }
}

#[track_caller]
fn shortlist(text: &str) -> Shortlist {
    parse_shortlist(text, Instagram).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

#[track_caller]
fn shortlist_says(text: &str, want: &str) {
    match parse_shortlist(text, Instagram) {
        Ok(s) => panic!("{text:?} read as {s:?}, wanted {want:?}"),
        Err(e) => assert_eq!(e.to_string(), want),
    }
}

/// The messages a shortlist shows for its cells.
#[track_caller]
fn problems(text: &str, want: &[&str]) {
    let got: Vec<String> = shortlist(text)
        .problems
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(got, want, "{text:?}");
}

/// Name, platform, followers, likes and comments of a row.
type Creator<'a> = (&'a str, Platform, Option<u64>, Option<u64>, Option<u64>);

/// Name, platform, followers, likes and comments of each row.
#[track_caller]
fn creators(text: &str, want: &[Creator<'_>]) {
    let list = shortlist(text);
    let got: Vec<_> = list
        .rows
        .iter()
        .map(|r| {
            (
                r.name.as_str(),
                r.platform,
                r.followers,
                r.likes,
                r.comments,
            )
        })
        .collect();
    assert_eq!(got, want, "{text:?}");
}

#[track_caller]
fn written(headers: &[&str], rows: &[&[&str]], want: &str) {
    assert_eq!(to_csv(headers, rows), want);
}

/// `to_csv` then `parse` gives back exactly what was written.
#[track_caller]
fn round_trip(headers: &[&str], rows: &[&[&str]]) {
    let text = to_csv(headers, rows);
    reads(&text, headers, rows);
}

#[track_caller]
fn decimal(value: f64, want: &str) {
    assert_eq!(plain_decimal(value), want, "{value}");
}

const FOLLOWERS: Column = Column {
    label: "Followers",
    aliases: &["followers", "subscribers", "follower count"],
    required: true,
};

#[track_caller]
fn matches_followers(header: &str) {
    let t = table(&format!("name,{header}\nA,1"));
    assert_eq!(t.columns(&[FOLLOWERS]), Ok(vec![Some(1)]), "{header:?}");
}

/// A shortlist of `n` creators, one per line.
fn long_shortlist(n: usize) -> String {
    let mut text = String::from("Name\tPlatform\tFollowers\tLikes\tComments\tQuote\n");
    for i in 0..n {
        let _ = writeln!(
            text,
            "creator_{i}\ttiktok\t{},{:03}\t{}\t{}\t$1,{:03}.50",
            10 + i % 900,
            i % 1000,
            400 + i,
            30 + i % 50,
            i % 1000
        );
    }
    text
}

// ---------------------------------------------------------------------------
// Separators, quotes, line ends
// ---------------------------------------------------------------------------

#[test]
fn a_spreadsheet_paste_is_split_at_tabs() {
    reads(
        "name\tfollowers\nAnna\t12,500\n",
        &["name", "followers"],
        &[&["Anna", "12,500"]],
    );
    separator("name\tfollowers\nAnna\t12,500", Separator::Tab);
    // Commas inside a tab-separated cell are part of the number.
    reads("a\tb\n1,200\t3,4", &["a", "b"], &[&["1,200", "3,4"]]);
}

#[test]
fn a_csv_file_is_split_at_commas() {
    reads(
        "name,followers\nAnna,12500",
        &["name", "followers"],
        &[&["Anna", "12500"]],
    );
    separator("name,followers\nAnna,12500", Separator::Comma);
}

#[test]
fn european_excel_csv_is_split_at_semicolons() {
    reads(
        "Name;Followers;Quote\nAnna;12.500;1.200,50 €",
        &["Name", "Followers", "Quote"],
        &[&["Anna", "12.500", "1.200,50 €"]],
    );
    separator("a;b,c;d", Separator::Semicolon);
    separator("a,b;c,d", Separator::Comma);
}

#[test]
fn the_separator_comes_from_the_header_line_only() {
    separator("name,followers\nA;B\tC,1", Separator::Comma);
    separator("\n\n  \nname;followers\nA,1;2", Separator::Semicolon);
    separator("\"a,b\";c\n1;2", Separator::Semicolon);
    separator("single\nvalue", Separator::Comma);
}

#[test]
fn excels_sep_line_names_the_separator_and_is_not_a_row() {
    reads("sep=;\r\na;b,c\r\n1;2,3", &["a", "b,c"], &[&["1", "2,3"]]);
    reads("SEP=,\na;b,c", &["a;b", "c"], &[]);
    numbered("sep=;\na;b\n1;2", &[2]);
    reads("sep=x\na,b", &["sep=x"], &[&["a", "b"]]);
}

#[test]
fn quoted_cells_keep_commas_quotes_and_line_breaks() {
    reads(
        "name,bio\n\"Smith, Anna\",x",
        &["name", "bio"],
        &[&["Smith, Anna", "x"]],
    );
    reads(
        "name,bio\nA,\"She said \"\"hi\"\"\"",
        &["name", "bio"],
        &[&["A", "She said \"hi\""]],
    );
    reads(
        "name,bio\nA,\"line one\nline two\"\nB,y",
        &["name", "bio"],
        &[&["A", "line one\nline two"], &["B", "y"]],
    );
    reads(
        "name,bio\r\nA,\"one\r\ntwo\"\r\n",
        &["name", "bio"],
        &[&["A", "one\r\ntwo"]],
    );
    reads(
        "name\tbio\nA\t\"tab\there\"",
        &["name", "bio"],
        &[&["A", "tab\there"]],
    );
    reads("name;bio\n\"a;b\";\"\"", &["name", "bio"], &[&["a;b", ""]]);
    reads(
        "\"\"\"quoted\"\" header\",b\n1,2",
        &["\"quoted\" header", "b"],
        &[&["1", "2"]],
    );
}

#[test]
fn quotes_inside_an_unquoted_cell_are_kept() {
    reads(
        "name,nick\nAnna,the \"best\"",
        &["name", "nick"],
        &[&["Anna", "the \"best\""]],
    );
    reads(
        "name,nick\n\"Anna\" B,x",
        &["name", "nick"],
        &[&["Anna B", "x"]],
    );
}

#[test]
fn windows_and_unix_line_ends_are_both_read() {
    reads(
        "a,b\r\n1,2\r\n3,4\r\n",
        &["a", "b"],
        &[&["1", "2"], &["3", "4"]],
    );
    reads("a,b\n1,2\n3,4", &["a", "b"], &[&["1", "2"], &["3", "4"]]);
    reads("a,b\r1,2\r3,4", &["a", "b"], &[&["1", "2"], &["3", "4"]]);
    reads("\u{feff}a,b\r\n1,2", &["a", "b"], &[&["1", "2"]]);
}

#[test]
fn blank_lines_and_empty_rows_are_skipped() {
    reads(
        "\n\na,b\n\n1,2\n   \n,\n3,4\n\n",
        &["a", "b"],
        &[&["1", "2"], &["3", "4"]],
    );
    reads("", &[], &[]);
    reads("  \n\r\n\t\n", &[], &[]);
    reads("a,b", &["a", "b"], &[]);
}

#[test]
fn short_and_long_rows_are_kept_as_they_are() {
    reads(
        "a,b,c\n1\n1,2,3,4",
        &["a", "b", "c"],
        &[&["1"], &["1", "2", "3", "4"]],
    );
    let t = table("a,b,c\n1");
    assert_eq!(t.rows[0].cell(2), "", "a missing cell reads as empty");
}

// ---------------------------------------------------------------------------
// Row numbers as the user counts them
// ---------------------------------------------------------------------------

#[test]
fn rows_are_numbered_as_a_spreadsheet_numbers_them() {
    numbered("a,b\n1,2\n3,4\n5,6", &[2, 3, 4]);
    numbered("a,b\n1,2\n\n5,6", &[2, 4]);
    numbered("\n\na,b\n1,2", &[2]);
    numbered("a,b\n\"x\ny\",2\n3,4", &[2, 3]);
    numbered("a,b\r\n1,2\r\n\r\n3,4", &[2, 4]);
}

// ---------------------------------------------------------------------------
// Header names
// ---------------------------------------------------------------------------

#[test]
fn headers_match_ignoring_case_spaces_underscores_and_punctuation() {
    matches_followers("followers");
    matches_followers("Followers");
    matches_followers("FOLLOWERS");
    matches_followers(" Followers ");
    matches_followers("Subscribers");
    matches_followers("follower count");
    matches_followers("Follower_Count");
    matches_followers("follower-count:");
    matches_followers("\"Followers\"");
    assert_eq!(header_key("Product value (€)"), "productvalue");
}

#[test]
fn a_missing_optional_column_is_none_and_a_doubled_one_is_refused() {
    let optional = Column {
        required: false,
        ..FOLLOWERS
    };
    assert_eq!(table("name\nA").columns(&[optional]), Ok(vec![None]));
    assert_eq!(
        table("Followers,Subscribers\n1,2").columns(&[FOLLOWERS]),
        Err(TableError::DuplicateColumn {
            label: "Followers",
            first: "Followers".into(),
            second: "Subscribers".into()
        })
    );
}

// ---------------------------------------------------------------------------
// Limits and broken tables
// ---------------------------------------------------------------------------

#[test]
fn two_thousand_rows_are_read_and_one_more_is_refused() {
    let rows = |n: usize| format!("a\n{}", "1\n".repeat(n));
    assert_eq!(table(&rows(MAX_ROWS)).rows.len(), MAX_ROWS);
    table_says(
        &rows(MAX_ROWS + 1),
        "The table has more than 2,000 rows: paste at most 2,000 at a time",
    );
    // Blank lines do not count towards the limit.
    assert_eq!(
        table(&format!("a\n{}", "1\n\n".repeat(MAX_ROWS)))
            .rows
            .len(),
        MAX_ROWS
    );
}

#[test]
fn a_cell_of_64_kb_is_read_and_a_longer_one_is_refused() {
    let cell = |n: usize| format!("a,b\n1,{}\n", "x".repeat(n));
    assert_eq!(
        table(&cell(MAX_CELL_BYTES)).rows[0].cells[1].len(),
        MAX_CELL_BYTES
    );
    table_says(
        &cell(MAX_CELL_BYTES + 1),
        "Row 2: a cell is longer than 64 KB; is a quote (\") left open before it?",
    );
    table_says(
        &format!("a,b\n1,\"{}\"", "x".repeat(MAX_CELL_BYTES + 1)),
        "Row 2: a cell is longer than 64 KB; is a quote (\") left open before it?",
    );
}

#[test]
fn a_quote_never_closed_is_named_by_its_row() {
    table_says(
        "a,b\n1,2\n3,\"four\n5,6",
        "Row 3: a quote (\") opens a cell that is never closed",
    );
    table_says(
        "\"a,b\n1,2",
        "Row 1: a quote (\") opens a cell that is never closed",
    );
}

#[test]
fn a_thousand_row_paste_is_read_quickly() {
    let text = long_shortlist(1_000);
    let start = Instant::now();
    let list = shortlist(&text);
    let elapsed = start.elapsed();
    assert_eq!(list.rows.len(), 1_000);
    assert_eq!(list.problems, vec![]);
    // Unoptimised test build on a shared 2-core machine: a generous bound.
    assert!(elapsed.as_millis() < 500, "took {elapsed:?}");
}

// ---------------------------------------------------------------------------
// A brand's shortlist
// ---------------------------------------------------------------------------

#[test]
fn a_shortlist_is_read_into_typed_fields() {
    let list = shortlist(
        "name,platform,followers,likes,comments,views,quote,product_value,commission\n\
         Anna,tiktok,12.5K,480,36,20k,\"$1,200\",€80,12.5%\n",
    );
    assert_eq!(
        list.rows,
        vec![ShortlistRow {
            row: 2,
            name: "Anna".into(),
            platform: TikTok,
            followers: Some(12_500),
            likes: Some(480),
            comments: Some(36),
            views: Some(20_000),
            quote: Some(1200.0),
            product_value: Some(80.0),
            commission: Some(12.5),
        }]
    );
    assert_eq!(list.problems, vec![]);
}

#[test]
fn shortlist_columns_come_in_any_order_under_any_of_their_names() {
    creators(
        "Comments\tSubscribers\tCreator\tLikes\tPlatform\n36\t12,500\tAnna\t480\tYouTube\n",
        &[("Anna", YouTube, Some(12_500), Some(480), Some(36))],
    );
    creators(
        "Follower Count;Avg Likes;Avg Comments;Handle\n1.200;40;3;@bo",
        &[("@bo", Instagram, Some(1_200), Some(40), Some(3))],
    );
}

#[test]
fn the_default_platform_fills_an_empty_or_missing_platform() {
    creators(
        "name,followers,likes,comments\nAnna,1000,10,1",
        &[("Anna", Instagram, Some(1000), Some(10), Some(1))],
    );
    creators(
        "name,platform,followers,likes,comments\nAnna,,1000,10,1\nBo,Twitter,2000,20,2",
        &[
            ("Anna", Instagram, Some(1000), Some(10), Some(1)),
            ("Bo", Platform::X, Some(2000), Some(20), Some(2)),
        ],
    );
}

#[test]
fn missing_shortlist_columns_are_named_in_one_message() {
    shortlist_says(
        "name,platform,likes\nAnna,tiktok,40",
        "Missing columns: Followers and Comments. The first row must name each column, in any order",
    );
    shortlist_says(
        "handle,followers,likes\nAnna,1,2",
        "Missing column: Comments. The first row must name each column, in any order",
    );
    shortlist_says(
        "12500,480,36\n1,2,3",
        "Missing columns: Name, Followers, Likes and Comments. The first row must name each column, in any order",
    );
}

#[test]
fn a_bad_cell_is_named_by_row_and_column_and_the_rest_is_kept() {
    let text = "Name,Followers,Likes,Comments\n\
                Anna,12500,480,36\n\
                Bo,9000,300,20\n\
                Cy,lots,480,36\n\
                Di,-5,-1,abc\n";
    problems(
        text,
        &[
            "Row 4, Followers: Followers must be a number, like 12,500 or 12.5K",
            "Row 5, Followers: Followers can't be negative",
            "Row 5, Likes: Likes can't be negative",
            "Row 5, Comments: Comments must be a number, like 12,500 or 12.5K",
        ],
    );
    creators(
        text,
        &[
            ("Anna", Instagram, Some(12_500), Some(480), Some(36)),
            ("Bo", Instagram, Some(9_000), Some(300), Some(20)),
            ("Cy", Instagram, None, Some(480), Some(36)),
            ("Di", Instagram, None, None, None),
        ],
    );
}

#[test]
fn the_column_is_named_as_the_user_wrote_it() {
    problems(
        "creator;SUBSCRIBERS;likes;comments\nAnna;0;1;1",
        &["Row 2, SUBSCRIBERS: SUBSCRIBERS must be at least 1"],
    );
    problems(
        "name,followers,likes,comments,quote,commission\nA,1,1,1,$-5,140%",
        &[
            "Row 2, quote: quote can't be negative",
            "Row 2, commission: commission can't be more than 100%",
        ],
    );
}

#[test]
fn an_unknown_platform_is_named_and_the_default_is_used() {
    problems(
        "name,platform,followers,likes,comments\nAnna,Snapchat,1,1,1",
        &[
            "Row 2, platform: \"Snapchat\" is not a platform here: use one of instagram, \
           tiktok, youtube, x, facebook, linkedin, pinterest, blog; Instagram is assumed",
        ],
    );
}

#[test]
fn a_row_without_followers_is_named_and_kept() {
    problems(
        "name,followers,likes,comments\nAnna,,480,36\nBo,  ,1,1\nCy,9000,,",
        &[
            "Row 2, followers: missing; every row needs it",
            "Row 3, followers: missing; every row needs it",
        ],
    );
    problems(
        "name,likes,comments,followers\nAnna,1,1",
        &["Row 2, followers: missing; every row needs it"],
    );
    creators(
        "name,followers,likes,comments\nAnna,,480,36",
        &[("Anna", Instagram, None, Some(480), Some(36))],
    );
}

#[test]
fn a_row_separated_unlike_its_header_is_named_once() {
    problems(
        "name;followers;likes;comments\nAnna;12500;480;36\nZed,instagram,12K,1,1",
        &["Row 3: one cell where the header has 4: this row is separated by commas, the header by semicolons"],
    );
    problems(
        "name,followers,likes,comments\nZed;12K;1;1",
        &["Row 2: one cell where the header has 4: this row is separated by semicolons, the header by commas"],
    );
    problems(
        "name\tfollowers\tlikes\tcomments\nZed,12K,1,1",
        &["Row 2: one cell where the header has 4: this row is separated by commas, the header by tabs"],
    );
    // A name with a comma, quoted, in a row of its own cells is no problem.
    problems(
        "name;followers;likes;comments\n\"Ana, the traveller\";12K;1;1",
        &[],
    );
}

#[test]
fn a_blank_shortlist_is_empty_without_a_message() {
    assert_eq!(parse_shortlist("", TikTok), Ok(Shortlist::default()));
    assert_eq!(parse_shortlist(" \n\t\n", TikTok), Ok(Shortlist::default()));
}

// ---------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------

#[test]
fn export_is_comma_separated_with_crlf_and_quotes_only_where_needed() {
    written(
        &["name", "spend"],
        &[&["Anna", "1200.5"]],
        "name,spend\r\nAnna,1200.5\r\n",
    );
    written(
        &["name"],
        &[&["Smith, Anna"]],
        "name\r\n\"Smith, Anna\"\r\n",
    );
    written(
        &["name"],
        &[&["the \"best\""]],
        "name\r\n\"the \"\"best\"\"\"\r\n",
    );
    written(&["bio"], &[&["one\ntwo"]], "bio\r\n\"one\ntwo\"\r\n");
    written(&["bio"], &[&["a;b"]], "bio\r\n\"a;b\"\r\n");
    written(&["bio"], &[&["a\tb"]], "bio\r\n\"a\tb\"\r\n");
    written(&["name"], &[&[" spaced "]], "name\r\n spaced \r\n");
}

#[test]
fn export_neutralises_spreadsheet_formulas_in_text() {
    written(
        &["name"],
        &[&["=HYPERLINK(\"x\")"]],
        "name\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n",
    );
    written(&["name"], &[&["+1 555"]], "name\r\n'+1 555\r\n");
    written(&["name"], &[&["-x"]], "name\r\n'-x\r\n");
    written(&["name"], &[&["@cmd"]], "name\r\n'@cmd\r\n");
    written(&["name"], &[&["'=already"]], "name\r\n''=already\r\n");
    written(&["=header"], &[&["a"]], "'=header\r\na\r\n");
    // Numbers are numbers: a negative return stays a number.
    written(&["roi"], &[&["-50"]], "roi\r\n-50\r\n");
    written(&["roi"], &[&["-12.25"]], "roi\r\n-12.25\r\n");
    // Text that merely contains the characters is left alone.
    written(&["name"], &[&["a=b"]], "name\r\na=b\r\n");
    written(&["name"], &[&["'quoted'"]], "name\r\n'quoted'\r\n");
}

#[test]
fn export_reads_back_unchanged() {
    round_trip(&["name", "spend"], &[&["Anna", "1200.5"], &["Bo", ""]]);
    round_trip(
        &["name"],
        &[&["Smith, Anna"], &["the \"best\""], &["one\r\ntwo"]],
    );
    round_trip(
        &["name", "x"],
        &[&["=SUM(A1:A9)", "-3"], &["'=x", "''@y"], &["+", "-"]],
    );
    round_trip(&["a;b", "c\td"], &[&["1;2", "3\t4"]]);
    round_trip(&["a"], &[&[" leading and trailing "]]);
    round_trip(&["a", "b"], &[&["", "x"], &["y", ""]]);
    round_trip(&["emoji 🎉", "ünïcödé"], &[&["日本語", "€ 1.200,50"]]);
}

#[test]
fn export_writes_plain_decimals() {
    decimal(1200.5, "1200.5");
    decimal(0.1 + 0.2, "0.3");
    decimal(-50.0, "-50");
    decimal(-0.0, "0");
    decimal(1e15, "1000000000000000");
    decimal(1.0 / 3.0, "0.3333");
    decimal(0.000_04, "0");
    decimal(f64::NAN, "");
    decimal(f64::INFINITY, "");
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// Cells made of the characters that matter to CSV.
fn tricky_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9 ,;\t\"'=+@\\-\r\n.]{0,12}",
        "\\PC{0,8}",
        "[0-9]{1,6}",
    ]
}

/// A header and rows that have something in them (rows with only empty
/// cells are skipped like blank lines, so they cannot come back).
fn some_table() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>)> {
    let row = || {
        prop::collection::vec(tricky_cell(), 1..6).prop_filter("a row with content", |r| {
            r.iter().any(|c| !c.trim().is_empty())
        })
    };
    (row(), prop::collection::vec(row(), 0..12))
}

fn pasted_table() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::collection::vec("[a-zA-Z0-9 .,€$%kK\\-\"]{0,10}", 1..7),
        0..10,
    )
    .prop_flat_map(|rows| {
        prop_oneof![Just(","), Just(";"), Just("\t")].prop_flat_map(move |sep| {
            let rows = rows.clone();
            prop_oneof![Just("\n"), Just("\r\n")].prop_map(move |end| {
                rows.iter()
                    .map(|r| r.join(sep))
                    .collect::<Vec<_>>()
                    .join(end)
            })
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn parsing_any_text_never_panics(text in prop_oneof![any::<String>(), pasted_table()]) {
        if let Ok(t) = parse(&text) {
            prop_assert!(t.rows.len() <= MAX_ROWS);
            for row in &t.rows {
                prop_assert!(row.number >= 2);
                prop_assert!(row.cells.iter().all(|c| c.len() <= MAX_CELL_BYTES));
            }
        }
        for &platform in Platform::ALL {
            let _ = parse_shortlist(&text, platform);
        }
    }

    #[test]
    fn a_shortlist_with_the_right_header_reads_every_row(
        text in pasted_table().prop_map(|body| format!("name,followers,likes,comments\n{body}"))
    ) {
        // Whatever the body, a table error or one row per non-empty line.
        if let Ok(list) = parse_shortlist(&text, Instagram) {
            for problem in &list.problems {
                prop_assert!(problem.row >= 2);
                // Named by row and column, or by row alone when the whole row is at fault.
                let prefix = if problem.column.is_empty() { ": " } else { ", " };
                let prefix = format!("Row {}{prefix}", problem.row);
                prop_assert!(problem.to_string().starts_with(&prefix));
            }
        }
    }

    #[test]
    fn export_then_parse_gives_back_the_table((headers, rows) in some_table()) {
        let text = to_csv(&headers, &rows);
        let t = parse(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&t.headers, &headers);
        let back: Vec<Vec<String>> = t.rows.into_iter().map(|r| r.cells).collect();
        prop_assert_eq!(back, rows);
    }

    #[test]
    fn exported_text_never_starts_a_cell_with_a_formula(cell in tricky_cell()) {
        let text = to_csv(&["h"], &[vec![cell.clone()]]);
        let body = text.trim_start_matches("h\r\n");
        let body = body.strip_prefix('"').unwrap_or(body);
        let numeric = cell.parse::<f64>().is_ok() && !cell.contains(['e', 'E', '+', 'i', 'n', 'N']);
        if !numeric && !cell.is_empty() {
            prop_assert!(!body.starts_with(['=', '+', '-', '@', '\t', '\r']), "{:?} -> {:?}", cell, text);
        }
    }

    #[test]
    fn plain_decimals_are_numbers_without_exponents(value in any::<f64>()) {
        let text = plain_decimal(value);
        if value.is_finite() {
            prop_assert!(!text.contains(['e', 'E']), "{}", text);
            let back: f64 = text.parse().map_err(|_| TestCaseError::fail(text.clone()))?;
            prop_assert!((back - value).abs() <= 0.000_05 + value.abs() * 1e-15, "{} -> {}", value, text);
        } else {
            prop_assert_eq!(text, "");
        }
    }
}
