//! The fair fee for a package of deliverables, in US dollars, with the working
//! line by line.
//!
//! base post = the consensus of every published method for the platform at the
//!             account's size (median typical, 25th-75th percentile range);
//! fee = base x engagement adjustment x sum of (quantity x deliverable
//!       multiplier) x niche x (1 + sum of term surcharges).
//!
//! Each published method is a continuous, non-decreasing curve of followers,
//! and the set of methods for a platform does not change with size, so the
//! consensus has no jump anywhere and never falls as followers grow.

pub mod consensus;
pub mod engagement;
pub mod methods;
pub mod niche;
pub mod terms;

pub use consensus::{base_price, BasePrice, Consensus};
pub use methods::{Method, MethodFigure, METHODS};
pub use niche::niche_factor;
pub use terms::{
    parse_flag, read_whitelist, Exclusivity, Premium, Terms, Usage, MAX_WHITELIST_MONTHS,
};

use super::choice::Choice;
use super::deliverable::{Deliverable, MAX_QUANTITY};
use super::input::MAX_COUNT;
use super::niche::Niche;
use super::platform::Platform;
use super::sources::{Source, OWN_ASSUMPTION};
use super::verdict::{Assessment, UnknownReason};

/// Low, typical and high of one figure, with `low <= typical <= high`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Range {
    pub low: f64,
    pub typical: f64,
    pub high: f64,
}

impl Range {
    #[must_use]
    pub const fn new(low: f64, typical: f64, high: f64) -> Self {
        Self { low, typical, high }
    }

    #[must_use]
    pub const fn flat(value: f64) -> Self {
        Self::new(value, value, value)
    }

    #[must_use]
    pub fn plus(self, other: Self) -> Self {
        Self::new(
            self.low + other.low,
            self.typical + other.typical,
            self.high + other.high,
        )
    }

    /// Each end times `factor`.
    #[must_use]
    pub fn times(self, factor: f64) -> Self {
        Self::new(self.low * factor, self.typical * factor, self.high * factor)
    }
}

/// Everything the fee depends on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FeeInputs<'a> {
    pub platform: Platform,
    /// Followers or subscribers; 0 is read as 1 and counts above 10 billion as 10 billion.
    pub followers: u64,
    /// The verdict on the account's engagement; `None` prices typical engagement.
    pub assessment: Option<&'a Assessment>,
    pub niche: Niche,
    /// Deliverables and quantities. Items for another platform are left out and
    /// quantities capped at [`MAX_QUANTITY`]; an empty package is one base post.
    pub deliverables: &'a [(Deliverable, u32)],
    pub terms: Terms,
}

/// What one working line shows beside its label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// An amount in US dollars.
    Usd(f64),
    /// Low, typical and high in US dollars.
    UsdRange(Range),
    /// An engagement range in percent.
    PercentRange(f64, f64),
    /// A multiplier on the running total.
    Factor(f64),
    /// `quantity` x `multiplier` x the base post, costing `usd` at typical.
    Item {
        deliverable: Deliverable,
        quantity: u32,
        multiplier: f64,
        usd: f64,
    },
    /// A surcharge: `share` of the fee so far (0.15 = +15%), `usd` at typical.
    Premium { share: Range, usd: f64 },
    /// An explanation only.
    Note,
}

/// Which step of the calculation a working line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Base,
    TypicalEngagement,
    Engagement,
    Deliverable,
    ContentFee,
    Niche,
    Term,
    Range,
}

/// One line of the working: what was done, by how much, and on whose figure.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkingLine {
    pub step: Step,
    pub label: String,
    pub value: Value,
    pub source: Source,
    pub note: String,
}

fn line(
    step: Step,
    label: impl Into<String>,
    value: Value,
    source: Source,
    note: impl Into<String>,
) -> WorkingLine {
    WorkingLine {
        step,
        label: label.into(),
        value,
        source,
        note: note.into(),
    }
}

/// The fee for a whole package in US dollars, unrounded, with its working.
/// All three amounts are finite and positive, and `low <= typical <= high`.
#[derive(Clone, Debug, PartialEq)]
pub struct FeeEstimate {
    pub low: f64,
    pub typical: f64,
    pub high: f64,
    /// The published methods for one base post, and their consensus.
    pub base: BasePrice,
    /// The engagement adjustment applied (1 when none).
    pub engagement: f64,
    pub working: Vec<WorkingLine>,
}

/// One deliverable's price on a rate card: its share of the package, each.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemPrice {
    pub deliverable: Deliverable,
    pub quantity: u32,
    /// Low, typical and high for one, in US dollars: the item's share of the
    /// content fee applied to the package's low, typical and high.
    pub each: Range,
}

impl FeeEstimate {
    /// The three amounts.
    #[must_use]
    pub const fn range(&self) -> Range {
        Range::new(self.low, self.typical, self.high)
    }

    /// Each deliverable's price for one, niche and terms included, so the
    /// items of a rate card add up to the package.
    #[must_use]
    pub fn items(&self) -> Vec<ItemPrice> {
        let items = self.working.iter().filter_map(|l| match l.value {
            Value::Item {
                deliverable,
                quantity,
                usd,
                ..
            } => Some((deliverable, quantity, usd)),
            _ => None,
        });
        let content: f64 = items.clone().map(|(_, _, usd)| usd).sum();
        if content <= 0.0 {
            return Vec::new();
        }
        items
            .map(|(deliverable, quantity, usd)| ItemPrice {
                deliverable,
                quantity,
                each: self
                    .range()
                    .times(usd / content / f64::from(quantity.max(1))),
            })
            .collect()
    }
}

/// The package's items: those for the platform with a quantity, capped; one
/// base post when there are none; with whether that default was used.
fn package(inputs: &FeeInputs<'_>) -> (Vec<(Deliverable, u32)>, bool) {
    let items: Vec<(Deliverable, u32)> = inputs
        .deliverables
        .iter()
        .filter(|(d, q)| d.platform() == inputs.platform && *q > 0)
        .map(|&(d, q)| (d, q.min(MAX_QUANTITY)))
        .collect();
    if items.is_empty() {
        (vec![(Deliverable::default_for(inputs.platform), 1)], true)
    } else {
        (items, false)
    }
}

/// The fee range for a package, with its working; `None` only if no published
/// method prices this platform (a table test rules that out).
#[must_use]
pub fn estimate(inputs: &FeeInputs<'_>) -> Option<FeeEstimate> {
    let followers = inputs.followers.clamp(1, MAX_COUNT);
    let base = base_price(inputs.platform, followers)?;
    let c = &base.consensus;
    let base_range = Range::new(c.low, c.typical, c.high);
    let unit = Deliverable::default_for(inputs.platform)
        .name()
        .to_ascii_lowercase();
    let mut working = vec![line(
        Step::Base,
        format!("Base: one {unit}, the published methods' consensus"),
        Value::UsdRange(base_range),
        OWN_ASSUMPTION,
        format!(
            "{} published methods price one {unit} at this size, each listed below with its \
             source. Their median is typical and their middle half (25th to 75th percentile, \
             Hazen's rule) is the range. Every method is read without steps at tier edges.",
            base.figures.len()
        ),
    )];
    let engagement = engagement_step(inputs, &mut working);
    let per_post = base_range.times(engagement);
    let content = content_step(inputs, per_post.typical, &mut working);
    let niche = niche_factor(inputs.niche);
    working.push(line(
        Step::Niche,
        format!("Niche: {}", inputs.niche.name()),
        Value::Factor(niche.value),
        niche.source,
        niche.note,
    ));
    let fee = per_post.times(content * niche.value);
    let share = terms_step(inputs.terms, fee.typical, &mut working);
    working.push(line(
        Step::Range,
        "Low and high",
        Value::Note,
        OWN_ASSUMPTION,
        "The methods' 25th and 75th percentiles carried through every step; where a term's \
         published figures disagree, its lowest and highest widen the range.",
    ));
    Some(FeeEstimate {
        low: fee.low * (1.0 + share.low),
        typical: fee.typical * (1.0 + share.typical),
        high: fee.high * (1.0 + share.high),
        base,
        engagement,
        working,
    })
}

/// Adds the engagement lines and returns the adjustment factor.
fn engagement_step(inputs: &FeeInputs<'_>, working: &mut Vec<WorkingLine>) -> f64 {
    let none = |working: &mut Vec<WorkingLine>, why: &str| {
        working.push(line(
            Step::Engagement,
            "Engagement adjustment",
            Value::Factor(1.0),
            OWN_ASSUMPTION,
            why,
        ));
        1.0
    };
    let Some(assessment) = inputs.assessment else {
        return none(working, "Priced for an account of typical engagement.");
    };
    let (Some((kind, value)), Some(typical)) = (assessment.rate, &assessment.typical) else {
        let why = match assessment.unknown_reason {
            Some(UnknownReason::NeedsViews) => {
                "This platform is judged per view: add views to adjust for engagement. Priced \
                 for typical engagement."
            }
            Some(UnknownReason::NoBenchmark) => {
                "No credible typical engagement is published for this platform and size, so \
                 engagement does not change the fee."
            }
            _ => "No engagement rate given: priced for an account of typical engagement.",
        };
        return none(working, why);
    };
    let names: Vec<&str> = typical.sources().map(|s| s.name).collect();
    working.push(line(
        Step::TypicalEngagement,
        format!("Typical {} for this size", kind.name()),
        Value::PercentRange(typical.floor, typical.ceiling),
        typical.only_source().unwrap_or(OWN_ASSUMPTION),
        format!(
            "The same range the verdict uses, from {}.",
            names.join(" and ")
        ),
    ));
    let factor = engagement::factor(value, typical);
    working.push(line(
        Step::Engagement,
        "Engagement adjustment",
        Value::Factor(factor),
        OWN_ASSUMPTION,
        format!(
            "A rate inside the typical range moves the fee by at most {}%; beyond it the \
             adjustment follows the rate and eases towards {}x below and {}x above (the \
             narrower of Impulze's and femehk's published clamps).",
            round_percent(engagement::TYPICAL_SWING),
            hundredths(engagement::ENGAGEMENT_FLOOR),
            hundredths(engagement::ENGAGEMENT_CAP),
        ),
    ));
    factor
}

/// A share as a whole percentage, for prose (0.1 -> "10").
fn round_percent(share: f64) -> String {
    // Shares here are small constants; rounding to a whole number is exact enough.
    #[allow(clippy::cast_possible_truncation)]
    let whole = (share * 100.0).round() as i64;
    whole.to_string()
}

/// A multiplier with up to two decimals, for prose (0.6 -> "0.6", 2.0 -> "2").
fn hundredths(value: f64) -> String {
    #[allow(clippy::cast_possible_truncation)]
    let cents = (value * 100.0).round() as i64;
    let (whole, rest) = (cents / 100, cents % 100);
    match rest {
        0 => whole.to_string(),
        r if r % 10 == 0 => format!("{whole}.{}", r / 10),
        r => format!("{whole}.{r:02}"),
    }
}

/// Adds a line per deliverable and the content line; returns the package's
/// multiple of one base post.
fn content_step(inputs: &FeeInputs<'_>, per_post: f64, working: &mut Vec<WorkingLine>) -> f64 {
    let (items, defaulted) = package(inputs);
    let mut multiple = 0.0;
    for (deliverable, quantity) in items {
        let multiplier = deliverable.multiplier();
        multiple += multiplier.value * f64::from(quantity);
        let chosen = if defaulted {
            " No deliverable was chosen, so one is priced."
        } else {
            ""
        };
        working.push(line(
            Step::Deliverable,
            format!("{quantity} × {}", deliverable.name()),
            Value::Item {
                deliverable,
                quantity,
                multiplier: multiplier.value,
                usd: per_post * multiplier.value * f64::from(quantity),
            },
            multiplier.source,
            format!("{}{chosen}", multiplier.note),
        ));
    }
    working.push(line(
        Step::ContentFee,
        "Content fee",
        Value::Usd(per_post * multiple),
        OWN_ASSUMPTION,
        "Each deliverable is priced in full: no bundle discount is published to apply.",
    ));
    multiple
}

/// Adds a line per term asked for; returns the sum of their shares.
fn terms_step(terms: Terms, fee: f64, working: &mut Vec<WorkingLine>) -> Range {
    let mut share = Range::flat(0.0);
    for premium in terms.premiums() {
        share = share.plus(premium.share);
        let cited: Vec<String> = premium
            .figures
            .iter()
            .map(|f| format!("{}: {}", f.source.name, f.note))
            .collect();
        working.push(line(
            Step::Term,
            premium.label,
            Value::Premium {
                share: premium.share,
                usd: fee * premium.share.typical,
            },
            premium.figures.first().map_or(OWN_ASSUMPTION, |f| f.source),
            format!("{} {}", cited.join(" "), premium.note)
                .trim()
                .to_owned(),
        ));
    }
    share
}
