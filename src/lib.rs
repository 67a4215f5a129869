//! Influencer rate calculator: a pure calculator core (`calc`), the URL codec
//! (`query`) and a thin Yew layer (`ui`).
#![forbid(unsafe_code)]

pub mod calc;
