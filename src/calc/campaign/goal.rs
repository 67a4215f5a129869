//! What the campaign was for, which decides what the page shows first.

use super::metric::{Input, MetricId};

crate::choice! {
    /// A campaign's goal.
    #[derive(Default)]
    pub enum Goal {
        #[default]
        Awareness = ("awareness", "Awareness"),
        Traffic = ("traffic", "Traffic"),
        Sales = ("sales", "Sales"),
        Leads = ("leads", "Leads"),
    }
}

/// One line of the results: an input shown as given, or a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Line {
    Input(Input),
    Metric(MetricId),
}

use Input::{Clicks, Conversions, Engagements, Impressions, Reach, Revenue};
use Line::{Input as I, Metric as M};
use MetricId::{BreakEvenCpa, ConversionRate, Cpa, Cpc, Cpe, Cpm, ProfitRoi, Roas, Roi};

impl Goal {
    /// How many lines of [`Goal::order`] measure this goal: shown first and
    /// largest.
    #[must_use]
    pub const fn leading(self) -> usize {
        match self {
            Self::Awareness => 3,
            Self::Traffic => 2,
            Self::Sales => 7,
            Self::Leads => 4,
        }
    }

    /// Every result line, the ones that measure this goal first. Each
    /// campaign input that has a line and every campaign result (not the
    /// sentiment shares) appears exactly once.
    #[must_use]
    pub const fn order(self) -> &'static [Line] {
        match self {
            Self::Awareness => &[
                I(Reach),
                I(Impressions),
                M(Cpm),
                I(Engagements),
                M(Cpe),
                I(Clicks),
                M(Cpc),
                I(Conversions),
                M(ConversionRate),
                M(Cpa),
                I(Revenue),
                M(Roas),
                M(Roi),
                M(ProfitRoi),
                M(BreakEvenCpa),
            ],
            Self::Traffic => &[
                I(Clicks),
                M(Cpc),
                I(Impressions),
                I(Reach),
                M(Cpm),
                I(Engagements),
                M(Cpe),
                I(Conversions),
                M(ConversionRate),
                M(Cpa),
                I(Revenue),
                M(Roas),
                M(Roi),
                M(ProfitRoi),
                M(BreakEvenCpa),
            ],
            Self::Sales => &[
                I(Conversions),
                M(Cpa),
                M(BreakEvenCpa),
                I(Revenue),
                M(Roas),
                M(Roi),
                M(ProfitRoi),
                M(ConversionRate),
                I(Clicks),
                M(Cpc),
                I(Impressions),
                I(Reach),
                M(Cpm),
                I(Engagements),
                M(Cpe),
            ],
            Self::Leads => &[
                I(Conversions),
                M(Cpa),
                M(BreakEvenCpa),
                M(ConversionRate),
                I(Clicks),
                M(Cpc),
                I(Revenue),
                M(Roas),
                M(Roi),
                M(ProfitRoi),
                I(Impressions),
                I(Reach),
                M(Cpm),
                I(Engagements),
                M(Cpe),
            ],
        }
    }
}
