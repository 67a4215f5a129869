//! Influencer rate calculator: a pure calculator core (`calc`), the page state
//! and its URL codec (`state`, `query`), and a thin Yew layer (`ui`).
#![forbid(unsafe_code)]
// User input reaches almost every path: no unwrap or expect in the app itself
// (the tests, separate crates, may use them).
#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod calc;
pub mod query;
pub mod state;
pub mod ui;
