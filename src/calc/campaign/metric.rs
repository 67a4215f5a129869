//! A campaign result: its value or why there is none, its formula and the
//! inputs it used. The one safe division every rate goes through.

use std::fmt;

use crate::calc::bands::count;
use crate::calc::choice::Choice;

crate::choice! {
    /// A figure the user gives about a campaign: its URL and `data-value` id,
    /// and its field label, which also names it in messages.
    pub enum Input {
        Spend = ("spend", "Spend"),
        Impressions = ("impressions", "Impressions"),
        Reach = ("reach", "Reach"),
        Engagements = ("engagements", "Engagements"),
        Clicks = ("clicks", "Clicks"),
        Conversions = ("conversions", "Conversions"),
        Revenue = ("revenue", "Revenue"),
        AverageOrderValue = ("aov", "Average order value"),
        Margin = ("margin", "Gross margin"),
        Positive = ("positive", "Positive comments"),
        Neutral = ("neutral", "Neutral comments"),
        Negative = ("negative", "Negative comments"),
        Questions = ("questions", "Questions"),
    }
}

impl Input {
    /// The name inside a sentence ("no clicks", "zero spend").
    #[must_use]
    pub const fn phrase(self) -> &'static str {
        match self {
            Self::Spend => "spend",
            Self::Impressions => "impressions",
            Self::Reach => "reach",
            Self::Engagements => "engagements",
            Self::Clicks => "clicks",
            Self::Conversions => "conversions",
            Self::Revenue => "revenue",
            Self::AverageOrderValue => "average order value",
            Self::Margin => "gross margin",
            Self::Positive => "positive comments",
            Self::Neutral => "neutral comments",
            Self::Negative => "negative comments",
            Self::Questions => "questions",
        }
    }
}

/// How a result is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// In the campaign's currency, major unit.
    Money,
    /// In percent (`35` is 35%).
    Percent,
    /// A multiple (`3.2` is "3.2x").
    Times,
}

/// A campaign result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MetricId {
    Cpm,
    Cpe,
    Cpc,
    Cpa,
    ConversionRate,
    Roi,
    Roas,
    ProfitRoi,
    BreakEvenCpa,
    PositiveShare,
    NeutralShare,
    NegativeShare,
    QuestionShare,
    NetSentiment,
}

impl MetricId {
    pub const ALL: [Self; 14] = [
        Self::Cpm,
        Self::Cpe,
        Self::Cpc,
        Self::Cpa,
        Self::ConversionRate,
        Self::Roi,
        Self::Roas,
        Self::ProfitRoi,
        Self::BreakEvenCpa,
        Self::PositiveShare,
        Self::NeutralShare,
        Self::NegativeShare,
        Self::QuestionShare,
        Self::NetSentiment,
    ];

    /// The `data-value` id and export column key.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Cpm => "cpm",
            Self::Cpe => "cpe",
            Self::Cpc => "cpc",
            Self::Cpa => "cpa",
            Self::ConversionRate => "conversion_rate",
            Self::Roi => "roi",
            Self::Roas => "roas",
            Self::ProfitRoi => "profit_roi",
            Self::BreakEvenCpa => "break_even_cpa",
            Self::PositiveShare => "positive_share",
            Self::NeutralShare => "neutral_share",
            Self::NegativeShare => "negative_share",
            Self::QuestionShare => "question_share",
            Self::NetSentiment => "net_sentiment",
        }
    }

    /// The short name people use ("CPM"), a column header.
    #[must_use]
    pub const fn short(self) -> &'static str {
        match self {
            Self::Cpm => "CPM",
            Self::Cpe => "CPE",
            Self::Cpc => "CPC",
            Self::Cpa => "CPA",
            Self::Roi => "ROI",
            Self::Roas => "ROAS",
            Self::ProfitRoi => "Profit ROI",
            Self::BreakEvenCpa => "Break-even CPA",
            Self::ConversionRate => "Conversion rate",
            Self::PositiveShare => "Positive",
            Self::NeutralShare => "Neutral",
            Self::NegativeShare => "Negative",
            Self::QuestionShare => "Questions",
            Self::NetSentiment => "Net sentiment",
        }
    }

    /// The name in words, lowercase, as in "no cost per click".
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Cpm => "cost per thousand impressions",
            Self::Cpe => "cost per engagement",
            Self::Cpc => "cost per click",
            Self::Cpa => "cost per acquisition",
            Self::ConversionRate => "conversion rate",
            Self::Roi => "return on investment",
            Self::Roas => "return on ad spend",
            Self::ProfitRoi => "return on investment from profit",
            Self::BreakEvenCpa => "break-even cost per acquisition",
            Self::PositiveShare => "share of positive comments",
            Self::NeutralShare => "share of neutral comments",
            Self::NegativeShare => "share of negative comments",
            Self::QuestionShare => "share of questions",
            Self::NetSentiment => "net sentiment",
        }
    }

    #[must_use]
    pub const fn unit(self) -> Unit {
        match self {
            Self::Cpm | Self::Cpe | Self::Cpc | Self::Cpa | Self::BreakEvenCpa => Unit::Money,
            Self::Roas => Unit::Times,
            _ => Unit::Percent,
        }
    }
}

/// Why a result cannot be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cause {
    /// The input was not given.
    Empty(Input),
    /// The input is zero and the formula divides by it.
    Zero(Input),
    /// The input is negative or not a number: typed so (see
    /// [`Missing::blaming`]), or given so by code.
    Unusable(Input),
    /// Neither impressions nor reach was given.
    NoAudience,
    /// No comments were counted in any sentiment category.
    NoComments,
    /// The result would be too large to be a number.
    OutOfRange,
}

/// A result that cannot be computed, and why, in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Missing {
    pub metric: MetricId,
    pub cause: Cause,
}

impl Missing {
    /// The same, blaming an input that was typed but could not be read
    /// (`unread`) where the cause is that input's absence.
    #[must_use]
    pub fn blaming(self, unread: &[Input]) -> Self {
        let cause = match self.cause {
            Cause::Empty(i) if unread.contains(&i) => Cause::Unusable(i),
            Cause::NoAudience => [Input::Impressions, Input::Reach]
                .into_iter()
                .find(|i| unread.contains(i))
                .map_or(Cause::NoAudience, Cause::Unusable),
            cause => cause,
        };
        Self { cause, ..self }
    }
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = self.metric.name();
        match self.cause {
            Cause::Empty(input) => write!(f, "No {}: no {what}", input.phrase()),
            Cause::Zero(input) => write!(f, "Zero {}: no {what}", input.phrase()),
            Cause::Unusable(input) => {
                write!(f, "{} needs correcting: no {what}", input.name())
            }
            Cause::NoAudience => write!(f, "No impressions or reach: no {what}"),
            Cause::NoComments => write!(f, "No comments counted: no {what}"),
            Cause::OutOfRange => write!(f, "Too large to work out: no {what}"),
        }
    }
}

/// A result: its value (or why there is none), how it is worked out, and
/// which inputs it used.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metric {
    pub id: MetricId,
    /// Finite whenever `Ok`.
    pub value: Result<f64, Missing>,
    /// The formula in words and symbols, as shown beside the figure.
    pub formula: &'static str,
    pub inputs: &'static [Input],
    /// What the reader must know about this figure, if anything.
    pub note: Option<&'static str>,
}

impl Metric {
    /// The value, if there is one.
    #[must_use]
    pub fn ok(&self) -> Option<f64> {
        self.value.ok()
    }
}

/// A value read for a formula: which input, and what was given.
pub(crate) type Given = (Input, Option<f64>);

/// A count as a formula input.
pub(crate) fn given_count(input: Input, value: Option<u64>) -> Given {
    (input, value.map(count))
}

/// The value of an input that must be present, finite and not negative.
pub(crate) fn need(metric: MetricId, (input, value): Given) -> Result<f64, Missing> {
    let missing = |cause| Missing { metric, cause };
    match value {
        None => Err(missing(Cause::Empty(input))),
        Some(v) if !v.is_finite() || v < 0.0 => Err(missing(Cause::Unusable(input))),
        Some(v) => Ok(v),
    }
}

/// As [`need`], and not zero: a divisor.
pub(crate) fn divisor(metric: MetricId, given: Given) -> Result<f64, Missing> {
    match need(metric, given)? {
        0.0 => Err(Missing {
            metric,
            cause: Cause::Zero(given.0),
        }),
        v => Ok(v),
    }
}

/// `value` if it is a finite number, else [`Cause::OutOfRange`]; `-0` reads as `0`.
pub(crate) fn finite(metric: MetricId, value: f64) -> Result<f64, Missing> {
    if value.is_finite() {
        Ok(value + 0.0)
    } else {
        Err(Missing {
            metric,
            cause: Cause::OutOfRange,
        })
    }
}

/// `numerator / denominator x scale`: the shape of every cost and rate here.
pub(crate) fn ratio(
    metric: MetricId,
    numerator: Given,
    denominator: Given,
    scale: f64,
) -> Result<f64, Missing> {
    let n = need(metric, numerator)?;
    let d = divisor(metric, denominator)?;
    finite(metric, n / d * scale)
}
