//! Influencer rate calculator: a pure calculator core (`calc`), the page state
//! and its URL codec (`state`, `query`), and a thin Yew layer (`ui`).
#![forbid(unsafe_code)]

pub mod calc;
pub mod query;
pub mod state;
pub mod ui;
