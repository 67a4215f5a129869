//! How the comments felt: each category's share, and net sentiment.

use crate::calc::bands::count;

use super::metric::{finite, Cause, Input, Metric, MetricId, Missing};

/// Comments counted by hand into four categories; a question is its own
/// category, not also counted as positive, neutral or negative.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SentimentCounts {
    pub positive: Option<u64>,
    pub neutral: Option<u64>,
    pub negative: Option<u64>,
    pub questions: Option<u64>,
}

/// The shares of each category (of all four together) and net sentiment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sentiment {
    pub positive: Metric,
    pub neutral: Metric,
    pub negative: Metric,
    pub questions: Metric,
    pub net: Metric,
}

const ALL_FOUR: &[Input] = &[
    Input::Positive,
    Input::Neutral,
    Input::Negative,
    Input::Questions,
];

fn share(
    id: MetricId,
    (input, part): (Input, Option<u64>),
    total: f64,
    formula: &'static str,
) -> Metric {
    let missing = |cause| Missing { metric: id, cause };
    let value = match part {
        None => Err(missing(Cause::Empty(input))),
        Some(_) if total <= 0.0 => Err(missing(Cause::NoComments)),
        Some(part) => finite(id, count(part) / total * 100.0),
    };
    Metric {
        id,
        value,
        formula,
        inputs: ALL_FOUR,
        note: None,
    }
}

/// Each category's share of the comments counted, and net sentiment:
/// `(positive - negative) / (positive + neutral + negative) x 100`, from
/// -100 (all negative) to 100 (all positive), questions left out.
#[must_use]
pub fn sentiment(counts: &SentimentCounts) -> Sentiment {
    // Summed as floats: exact for any real count, and no overflow to clamp.
    let n = |c: Option<u64>| count(c.unwrap_or(0));
    let opinions = n(counts.positive) + n(counts.neutral) + n(counts.negative);
    let total = opinions + n(counts.questions);
    let of_all = "comments in the category / all comments counted x 100";
    let id = MetricId::NetSentiment;
    let missing = |cause| Missing { metric: id, cause };
    let net = match (counts.positive, counts.negative) {
        (None, _) => Err(missing(Cause::Empty(Input::Positive))),
        (_, None) => Err(missing(Cause::Empty(Input::Negative))),
        _ if opinions <= 0.0 => Err(missing(Cause::NoComments)),
        (Some(p), Some(m)) => finite(id, (count(p) - count(m)) / opinions * 100.0),
    };
    Sentiment {
        positive: share(
            MetricId::PositiveShare,
            (Input::Positive, counts.positive),
            total,
            of_all,
        ),
        neutral: share(
            MetricId::NeutralShare,
            (Input::Neutral, counts.neutral),
            total,
            of_all,
        ),
        negative: share(
            MetricId::NegativeShare,
            (Input::Negative, counts.negative),
            total,
            of_all,
        ),
        questions: share(
            MetricId::QuestionShare,
            (Input::Questions, counts.questions),
            total,
            of_all,
        ),
        net: Metric {
            id,
            value: net,
            formula: "(positive - negative) / (positive + neutral + negative) x 100",
            inputs: &[Input::Positive, Input::Neutral, Input::Negative],
            note: None,
        },
    }
}
