//! Audience-quality flags: patterns worth a second look, each explained in a
//! line written from its threshold. The thresholds are this calculator's own
//! assumptions, stated in the app.

use super::engagement::{EngagementRates, Interactions};
use super::verdict::{Assessment, FAR_ABOVE_FACTOR};

crate::choice! {
    /// A pattern worth a second look. The name is its one-line title.
    pub enum Flag {
        LikesAboveFollowers = ("likes-above-followers", "More likes per post than followers"),
        ImplausiblyHigh = ("implausibly-high", "Engagement implausibly high for this size"),
        ImplausiblyLow = ("implausibly-low", "Engagement implausibly low for this size"),
        FewComments = ("few-comments", "Very few comments per like"),
        HiddenLikes = ("hidden-likes", "Likes look hidden"),
    }
}

// Whole numbers, so the prose is written from them without a float formatter
// in the build.
/// Above this many times the typical range's top, engagement is implausible.
pub const IMPLAUSIBLY_HIGH_FACTOR: u32 = 3;
/// Without a benchmark, a rate per follower above this percentage is implausible.
pub const IMPLAUSIBLY_HIGH_PERCENT: u32 = 25;
/// Below this percentage of the typical range's bottom, engagement is implausible.
pub const IMPLAUSIBLY_LOW_PERCENT: u32 = 25;
/// Fewer comments than one per this many likes is unusual.
pub const LIKES_PER_COMMENT_LIMIT: u64 = 200;
/// The comments check needs at least this many likes to mean anything.
pub const FEW_COMMENTS_MIN_LIKES: u64 = 500;
/// At most this many likes a post...
pub const HIDDEN_LIKES_MAX: u64 = 3;
/// ...with at least this many comments a post, or...
pub const HIDDEN_LIKES_MIN_COMMENTS: u64 = 10;
/// ...at least this many views a post, looks like likes hidden from view.
pub const HIDDEN_LIKES_MIN_VIEWS: u64 = 1_000;

impl Flag {
    /// What the flag means and its threshold, in one line.
    #[must_use]
    pub fn explain(self) -> String {
        match self {
            Self::LikesAboveFollowers => "Allowed: a viral post reaches non-followers. Repeated \
                across posts it can also mean bought likes."
                .to_owned(),
            Self::ImplausiblyHigh => format!(
                "More than {IMPLAUSIBLY_HIGH_FACTOR} times the top of the typical range (or \
                 {IMPLAUSIBLY_HIGH_PERCENT}% without a benchmark; \"far above\" starts at \
                 {FAR_ABOVE_FACTOR} times): often engagement pods, giveaways or one viral post."
            ),
            Self::ImplausiblyLow => format!(
                "Under {IMPLAUSIBLY_LOW_PERCENT}% of the bottom of the typical range: often \
                 bought or inactive followers."
            ),
            Self::FewComments => format!(
                "Fewer than one comment per {LIKES_PER_COMMENT_LIMIT} likes (checked from \
                 {FEW_COMMENTS_MIN_LIKES} likes up): real audiences comment more; bought likes \
                 rarely come with comments."
            ),
            Self::HiddenLikes => format!(
                "At most {HIDDEN_LIKES_MAX} likes a post with {HIDDEN_LIKES_MIN_COMMENTS} or more \
                 comments or {HIDDEN_LIKES_MIN_VIEWS} or more views: the creator may hide like \
                 counts, so the engagement rate here is too low. Use the likes from their own \
                 insights."
            ),
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
    let posts = posts.max(1);
    let likes = totals.likes.unwrap_or(0);
    let per_post = |n: Option<u64>| n.map(|n| n / posts);
    if followers.is_some_and(|f| f > 0 && likes / posts > f) {
        raised.push(Flag::LikesAboveFollowers);
    }
    match (&assessment.rate, &assessment.typical, rates.per_follower) {
        (Some((_, value)), Some(t), _) => {
            if *value > t.ceiling * f64::from(IMPLAUSIBLY_HIGH_FACTOR) {
                raised.push(Flag::ImplausiblyHigh);
            } else if *value < t.floor * f64::from(IMPLAUSIBLY_LOW_PERCENT) / 100.0 {
                raised.push(Flag::ImplausiblyLow);
            }
        }
        (_, _, Some(value)) if value > f64::from(IMPLAUSIBLY_HIGH_PERCENT) => {
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
    let hidden = totals.likes.is_some()
        && likes / posts <= HIDDEN_LIKES_MAX
        && (per_post(totals.comments).is_some_and(|c| c >= HIDDEN_LIKES_MIN_COMMENTS)
            || per_post(totals.views).is_some_and(|v| v >= HIDDEN_LIKES_MIN_VIEWS));
    if hidden {
        raised.push(Flag::HiddenLikes);
    }
    raised
}
