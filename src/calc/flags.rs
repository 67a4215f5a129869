//! Audience-quality flags: patterns worth a second look, each explained in a line.
//! The thresholds are this calculator's own assumptions, stated in the app.

use super::engagement::{EngagementRates, Interactions};
use super::verdict::Assessment;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    LikesAboveFollowers,
    ImplausiblyHigh,
    ImplausiblyLow,
    FewComments,
}

/// Above this many times the highest typical figure, engagement is implausible.
pub const IMPLAUSIBLY_HIGH_FACTOR: f64 = 3.0;
/// Without a benchmark, a rate per follower above this is implausible.
pub const IMPLAUSIBLY_HIGH_PERCENT: f64 = 25.0;
/// Below this fraction of the lowest typical figure, engagement is implausible.
pub const IMPLAUSIBLY_LOW_FACTOR: f64 = 0.25;
/// Fewer comments than one per this many likes is unusual.
pub const LIKES_PER_COMMENT_LIMIT: u64 = 200;
/// The comments check needs at least this many likes to mean anything.
pub const FEW_COMMENTS_MIN_LIKES: u64 = 500;

impl Flag {
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::LikesAboveFollowers => "likes-above-followers",
            Self::ImplausiblyHigh => "implausibly-high",
            Self::ImplausiblyLow => "implausibly-low",
            Self::FewComments => "few-comments",
        }
    }

    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Self::LikesAboveFollowers => "More likes per post than followers",
            Self::ImplausiblyHigh => "Engagement implausibly high for this size",
            Self::ImplausiblyLow => "Engagement implausibly low for this size",
            Self::FewComments => "Very few comments per like",
        }
    }

    #[must_use]
    pub const fn explain(self) -> &'static str {
        match self {
            Self::LikesAboveFollowers => {
                "Allowed: a viral post reaches non-followers. Repeated across posts it can \
                 also mean bought likes."
            }
            Self::ImplausiblyHigh => {
                "More than three times the highest typical figure (or 25% without a benchmark): \
                 often engagement pods, giveaways or one viral post."
            }
            Self::ImplausiblyLow => {
                "Under a quarter of the lowest typical figure: often bought or inactive followers."
            }
            Self::FewComments => {
                "Fewer than one comment per 200 likes: real audiences comment more; bought likes \
                 rarely come with comments."
            }
        }
    }
}

/// The flags raised by these numbers, in a fixed order.
#[must_use]
pub fn flags(
    followers: Option<u64>,
    posts: u64,
    totals: &Interactions,
    rates: &EngagementRates,
    assessment: &Assessment,
) -> Vec<Flag> {
    let mut raised = Vec::new();
    let likes = totals.likes.unwrap_or(0);
    if let Some(f) = followers {
        if f > 0 && likes / posts.max(1) > f {
            raised.push(Flag::LikesAboveFollowers);
        }
    }
    let judged = assessment.rate.zip(assessment.typical_range);
    match (judged, rates.per_follower) {
        (Some(((_, value), (low, high))), _) => {
            if value > high * IMPLAUSIBLY_HIGH_FACTOR {
                raised.push(Flag::ImplausiblyHigh);
            } else if value < low * IMPLAUSIBLY_LOW_FACTOR {
                raised.push(Flag::ImplausiblyLow);
            }
        }
        (None, Some(value)) if value > IMPLAUSIBLY_HIGH_PERCENT => {
            raised.push(Flag::ImplausiblyHigh);
        }
        _ => {}
    }
    if let Some(comments) = totals.comments {
        if likes >= FEW_COMMENTS_MIN_LIKES
            && comments.saturating_mul(LIKES_PER_COMMENT_LIMIT) < likes
        {
            raised.push(Flag::FewComments);
        }
    }
    raised
}
