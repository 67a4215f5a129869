//! Inputs that cannot all be true. Each is shown beside the results, which
//! are still worked out: a typo should be visible, not hidden.

use super::metric::Input;
use super::CampaignInputs;

/// A pair of inputs that contradict each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    ConversionsAboveClicks,
    ClicksAboveImpressions,
    EngagementsAboveImpressions,
    ReachAboveImpressions,
    RevenueWithoutConversions,
    MarginOverHundred,
}

impl Flag {
    pub const ALL: [Self; 6] = [
        Self::ConversionsAboveClicks,
        Self::ClicksAboveImpressions,
        Self::EngagementsAboveImpressions,
        Self::ReachAboveImpressions,
        Self::RevenueWithoutConversions,
        Self::MarginOverHundred,
    ];

    /// The `data-flag` id.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::ConversionsAboveClicks => "conversions_above_clicks",
            Self::ClicksAboveImpressions => "clicks_above_impressions",
            Self::EngagementsAboveImpressions => "engagements_above_impressions",
            Self::ReachAboveImpressions => "reach_above_impressions",
            Self::RevenueWithoutConversions => "revenue_without_conversions",
            Self::MarginOverHundred => "margin_over_100",
        }
    }

    /// What is wrong, and what to check.
    #[must_use]
    pub const fn message(self) -> &'static str {
        match self {
            Self::ConversionsAboveClicks => {
                "More conversions than clicks: both can only be right if some conversions \
                 came without a click (a promo code, a view). Check both figures; the \
                 conversion rate is above 100%."
            }
            Self::ClicksAboveImpressions => {
                "More clicks than impressions: every click needs an impression. Check both figures."
            }
            Self::EngagementsAboveImpressions => {
                "More engagements than impressions: every like, comment or share needs an \
                 impression. Check both figures."
            }
            Self::ReachAboveImpressions => {
                "Reach above impressions: each person reached saw the content at least \
                 once, so impressions are at least the reach. Check both figures."
            }
            Self::RevenueWithoutConversions => {
                "Revenue with zero conversions: every sale is a conversion. Check both figures."
            }
            Self::MarginOverHundred => {
                "Gross margin above 100%: it is the share of revenue left after the cost \
                 of the goods, so at most 100%. Check the figure."
            }
        }
    }

    /// What is wrong, in a few words ("More conversions than clicks"): the
    /// message's first clause, for the note beside each field involved.
    #[must_use]
    pub fn headline(self) -> &'static str {
        self.message().split(':').next().unwrap_or_default()
    }

    /// The inputs that contradict each other, to mark beside their fields.
    #[must_use]
    pub const fn inputs(self) -> &'static [Input] {
        match self {
            Self::ConversionsAboveClicks => &[Input::Conversions, Input::Clicks],
            Self::ClicksAboveImpressions => &[Input::Clicks, Input::Impressions],
            Self::EngagementsAboveImpressions => &[Input::Engagements, Input::Impressions],
            Self::ReachAboveImpressions => &[Input::Reach, Input::Impressions],
            Self::RevenueWithoutConversions => &[Input::Revenue, Input::Conversions],
            Self::MarginOverHundred => &[Input::Margin],
        }
    }
}

/// Every contradiction in `inputs`, in [`Flag::ALL`] order. Inputs not given
/// contradict nothing.
#[must_use]
pub fn flags(inputs: &CampaignInputs) -> Vec<Flag> {
    let above = |a: Option<u64>, b: Option<u64>| matches!((a, b), (Some(a), Some(b)) if a > b);
    let checks = [
        above(inputs.conversions, inputs.clicks),
        above(inputs.clicks, inputs.impressions),
        above(inputs.engagements, inputs.impressions),
        above(inputs.reach, inputs.impressions),
        inputs.revenue.is_some_and(|r| r > 0.0) && inputs.conversions == Some(0),
        inputs.margin.is_some_and(|m| m > 100.0),
    ];
    Flag::ALL
        .into_iter()
        .zip(checks)
        .filter_map(|(flag, on)| on.then_some(flag))
        .collect()
}
