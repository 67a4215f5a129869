//! What the brand asks for beyond the content: usage rights, whitelisting,
//! exclusivity and rush. Each term's surcharge is the consensus of its
//! published figures (the median typical, the lowest low and the highest
//! high), and each only ever raises the price.

use super::super::choice::Choice;
use super::super::input::{parse_count, InputError};
use super::super::sources::{
    Source, CREATOR_MONEY_TOOLS, INBEAT_EXCLUSIVITY, NOXAKIT, TOP_GROWTH_MARKETING,
};
use super::consensus::quantile;
use super::Range;

/// One published figure for a surcharge, as a share of the content fee
/// (`0.15` is +15%), per month where the term is priced by the month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub share: Range,
    pub source: Source,
    pub note: &'static str,
}

const fn figure(low: f64, typical: f64, high: f64, source: Source, note: &'static str) -> Figure {
    Figure {
        share: Range::new(low, typical, high),
        source,
        note,
    }
}

/// A published range, read at its middle.
const fn between(low: f64, high: f64, source: Source, note: &'static str) -> Figure {
    figure(low, f64::midpoint(low, high), high, source, note)
}

/// Paid usage (licensing) per month.
pub const USAGE_PER_MONTH: &[Figure] = &[
    figure(
        0.15,
        0.15,
        0.15,
        TOP_GROWTH_MARKETING,
        "15% of the fee a month for licensing.",
    ),
    figure(
        0.20,
        0.20,
        0.20,
        NOXAKIT,
        "20% a month for each platform the brand uses it on (one platform here).",
    ),
];

/// Whitelisting (the brand runs ads from the creator's account) per month.
pub const WHITELIST_PER_MONTH: &[Figure] = &[figure(
    0.15,
    0.25,
    0.25,
    TOP_GROWTH_MARKETING,
    "25% of the fee a month; the low end is the same publisher's 15% a month for licensing \
     alone, which whitelisting includes.",
)];

/// Category exclusivity for 30 days.
pub const EXCLUSIVITY_30_DAYS: &[Figure] = &[
    between(
        0.10,
        0.25,
        CREATOR_MONEY_TOOLS,
        "+10-25% of the base fee for 30 days, read at the middle.",
    ),
    figure(
        1.0,
        1.0,
        1.0,
        INBEAT_EXCLUSIVITY,
        "\"Fee x months\": a month's exclusivity priced like another post.",
    ),
];

/// Category exclusivity for 90 days.
pub const EXCLUSIVITY_90_DAYS: &[Figure] = &[
    between(
        0.25,
        0.40,
        CREATOR_MONEY_TOOLS,
        "+25-40% of the base fee for 90 days, read at the middle.",
    ),
    figure(
        3.0,
        3.0,
        3.0,
        INBEAT_EXCLUSIVITY,
        "\"Fee x months\": $100 for a post and $300 for 3 months' exclusivity.",
    ),
];

/// Delivery in under 7 days.
pub const RUSH_FIGURES: &[Figure] = &[figure(
    0.15,
    0.15,
    0.15,
    NOXAKIT,
    "Under 7 days' turnaround: +15%.",
)];

/// The consensus of `figures`, each scaled by `months`: the median of their
/// typical shares, the lowest low and the highest high.
#[must_use]
pub fn consensus(figures: &[Figure], months: f64) -> Range {
    let typicals: Vec<f64> = figures.iter().map(|f| f.share.typical * months).collect();
    let low = figures
        .iter()
        .map(|f| f.share.low * months)
        .fold(f64::INFINITY, f64::min);
    let high = figures
        .iter()
        .map(|f| f.share.high * months)
        .fold(0.0, f64::max);
    match quantile(&typicals, 0.5) {
        Some(typical) => Range::new(low.min(typical), typical, high.max(typical)),
        None => Range::flat(0.0),
    }
}

crate::choice! {
    /// How long the brand may reuse the content in its own channels and ads.
    #[derive(Default)]
    pub enum Usage {
        #[default]
        None = ("none", "None"),
        Days30 = ("30d", "30 days"),
        Days90 = ("90d", "90 days"),
        Year = ("1y", "1 year"),
        Perpetual = ("perpetual", "Perpetual"),
    }
}

/// Usage is priced by the month for at most this many months; perpetual
/// rights are priced as the cap. This calculator's own assumption: no
/// published figure prices perpetual rights.
pub const USAGE_CAP_MONTHS: u8 = 12;

impl Usage {
    /// Months priced.
    #[must_use]
    pub const fn months(self) -> u8 {
        match self {
            Self::None => 0,
            Self::Days30 => 1,
            Self::Days90 => 3,
            Self::Year | Self::Perpetual => USAGE_CAP_MONTHS,
        }
    }
}

crate::choice! {
    /// How long the creator agrees not to work with the brand's competitors.
    #[derive(Default)]
    pub enum Exclusivity {
        #[default]
        None = ("none", "None"),
        Days30 = ("30d", "30 days"),
        Days90 = ("90d", "90 days"),
    }
}

impl Exclusivity {
    /// The published figures for this length.
    #[must_use]
    pub const fn figures(self) -> &'static [Figure] {
        match self {
            Self::None => &[],
            Self::Days30 => EXCLUSIVITY_30_DAYS,
            Self::Days90 => EXCLUSIVITY_90_DAYS,
        }
    }
}

/// Whitelisting is priced for at most this many months (this calculator's own
/// cap: longer deals are usually negotiated as a flat licence).
pub const MAX_WHITELIST_MONTHS: u8 = 6;

/// What the brand asks for beyond the content itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Terms {
    pub usage: Usage,
    /// 0 to [`MAX_WHITELIST_MONTHS`]; more is priced as the maximum.
    pub whitelist_months: u8,
    pub exclusivity: Exclusivity,
    pub rush: bool,
}

/// One term asked for, with its surcharge and the figures behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Premium {
    pub label: String,
    pub share: Range,
    pub figures: &'static [Figure],
    /// How the figures were combined, and any cap.
    pub note: String,
}

impl Terms {
    /// Each term asked for, labelled, with its surcharge, in working order.
    #[must_use]
    pub fn premiums(&self) -> Vec<Premium> {
        let mut out = Vec::new();
        let months = self.usage.months();
        if months > 0 {
            let perpetual = if self.usage == Usage::Perpetual {
                format!(
                    " No published figure prices perpetual rights: they are priced as the \
                     {USAGE_CAP_MONTHS}-month cap (our assumption)."
                )
            } else {
                String::new()
            };
            out.push(Premium {
                label: format!("Usage rights: {}", self.usage.name()),
                share: consensus(USAGE_PER_MONTH, f64::from(months)),
                figures: USAGE_PER_MONTH,
                note: format!(
                    "The monthly figures x {months} month{}, priced for at most \
                     {USAGE_CAP_MONTHS} months.{perpetual}",
                    plural(months)
                ),
            });
        }
        let whitelist = self.whitelist_months.min(MAX_WHITELIST_MONTHS);
        if whitelist > 0 {
            out.push(Premium {
                label: format!("Whitelisting: {whitelist} month{}", plural(whitelist)),
                share: consensus(WHITELIST_PER_MONTH, f64::from(whitelist)),
                figures: WHITELIST_PER_MONTH,
                note: format!(
                    "The monthly figure x {whitelist}, priced for at most \
                     {MAX_WHITELIST_MONTHS} months (our cap)."
                ),
            });
        }
        if self.exclusivity != Exclusivity::None {
            out.push(Premium {
                label: format!("Exclusivity: {}", self.exclusivity.name()),
                share: consensus(self.exclusivity.figures(), 1.0),
                figures: self.exclusivity.figures(),
                note: "Published practice disagrees widely: the median of the figures is \
                       typical, the lowest and highest are the range."
                    .to_owned(),
            });
        }
        if self.rush {
            out.push(Premium {
                label: "Rush delivery".to_owned(),
                share: consensus(RUSH_FIGURES, 1.0),
                figures: RUSH_FIGURES,
                note: String::new(),
            });
        }
        out
    }

    /// The sum of the surcharges' shares.
    #[must_use]
    pub fn total_share(&self) -> Range {
        self.premiums()
            .iter()
            .fold(Range::flat(0.0), |sum, p| sum.plus(p.share))
    }
}

fn plural(n: u8) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Reads whitelisting months as typed (the field and the `whitelist` URL
/// value), as leniently as every other count: the months priced, capped at
/// [`MAX_WHITELIST_MONTHS`], and the message for the field when the text
/// cannot be read or was capped. Empty text is no whitelisting.
#[must_use]
pub fn read_whitelist(text: &str) -> (u8, Option<String>) {
    let capped = || {
        let message = format!("Whitelisting is priced for at most {MAX_WHITELIST_MONTHS} months");
        (MAX_WHITELIST_MONTHS, Some(message))
    };
    match parse_count(text) {
        Ok(months) => match u8::try_from(months.unwrap_or(0)) {
            Ok(m) if m <= MAX_WHITELIST_MONTHS => (m, None),
            _ => capped(),
        },
        Err(InputError::TooLarge) => capped(),
        Err(e) => (0, Some(e.message("Whitelisting months"))),
    }
}

/// Reads an on/off URL value (`rush`, `embed`, `emv`): `1` or `0`.
#[must_use]
pub fn parse_flag(text: &str) -> Option<bool> {
    match text.trim() {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}
