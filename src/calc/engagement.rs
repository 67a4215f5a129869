//! The three engagement rates, each with its formula.

use super::input::PostCounts;

/// Interaction totals over `posts` posts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Interactions {
    pub likes: Option<u64>,
    pub comments: Option<u64>,
    pub shares: Option<u64>,
    pub saves: Option<u64>,
    pub views: Option<u64>,
}

impl Interactions {
    /// Totals of a per-post list. Shares and saves count where given; views only
    /// when every post has them (otherwise the rate by views would be skewed).
    #[must_use]
    pub fn total(posts: &[PostCounts]) -> Self {
        let sum_some = |get: fn(&PostCounts) -> Option<u64>| {
            posts.iter().filter_map(get).reduce(u64::saturating_add)
        };
        let views = if posts.iter().all(|p| p.views.is_some()) {
            sum_some(|p| p.views)
        } else {
            None
        };
        Self {
            likes: Some(posts.iter().map(|p| p.likes).fold(0, u64::saturating_add)),
            comments: Some(
                posts
                    .iter()
                    .map(|p| p.comments)
                    .fold(0, u64::saturating_add),
            ),
            shares: sum_some(|p| p.shares),
            saves: sum_some(|p| p.saves),
            views,
        }
    }

    /// Likes + comments + shares + saves, missing ones counted as 0.
    #[must_use]
    pub fn all(&self) -> u64 {
        [self.likes, self.comments, self.shares, self.saves]
            .into_iter()
            .flatten()
            .fold(0, u64::saturating_add)
    }
}

/// The rates in percent; `None` where the inputs do not allow one.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EngagementRates {
    /// (likes + comments) / posts / followers x 100: comparable with public benchmarks.
    pub per_follower: Option<f64>,
    /// (likes + comments + shares + saves) / posts / followers x 100.
    pub extended: Option<f64>,
    /// (likes + comments + shares + saves) / views x 100.
    pub per_view: Option<f64>,
}

pub const FORMULA_PER_FOLLOWER: &str = "(likes + comments) / posts / followers × 100";
pub const FORMULA_EXTENDED: &str = "(likes + comments + shares + saves) / posts / followers × 100";
pub const FORMULA_PER_VIEW: &str = "(likes + comments + shares + saves) / views × 100";

/// `part / whole x 100` as one correctly rounded division: `None` for a zero whole.
#[allow(clippy::cast_precision_loss)] // counts are capped at 1e10, well within f64's 2^53
fn percent(part: u64, whole: u128) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}

impl EngagementRates {
    /// The rates for `totals` over `posts` posts of an account with `followers`.
    #[must_use]
    pub fn compute(followers: Option<u64>, posts: u64, totals: &Interactions) -> Self {
        let audience = followers.map_or(0, |f| u128::from(f) * u128::from(posts));
        let per_follower = match (totals.likes, totals.comments) {
            (Some(l), Some(c)) => percent(l.saturating_add(c), audience),
            _ => None,
        };
        let has_extra = totals.shares.is_some() || totals.saves.is_some();
        let extended = if has_extra && totals.likes.is_some() && totals.comments.is_some() {
            percent(totals.all(), audience)
        } else {
            None
        };
        let any_interaction = totals.likes.is_some() || totals.comments.is_some() || has_extra;
        let per_view = match totals.views {
            Some(v) if any_interaction => percent(totals.all(), u128::from(v)),
            _ => None,
        };
        Self {
            per_follower,
            extended,
            per_view,
        }
    }
}

/// The median of the per-post rates (likes + comments) / followers, and their mean.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PerPostSummary {
    pub posts: usize,
    pub median: f64,
    pub mean: f64,
}

/// Median and mean of per-post (likes + comments) / followers; `None` for no posts.
#[must_use]
#[allow(clippy::cast_precision_loss)] // at most MAX_LIST_LINES posts
pub fn per_post_summary(followers: u64, posts: &[PostCounts]) -> Option<PerPostSummary> {
    let mut rates: Vec<f64> = posts
        .iter()
        .filter_map(|p| percent(p.likes.saturating_add(p.comments), u128::from(followers)))
        .collect();
    if rates.is_empty() {
        return None;
    }
    crate::calc::order::sort_floats(&mut rates);
    let mid = rates.len() / 2;
    let median = if rates.len().is_multiple_of(2) {
        f64::midpoint(rates[mid - 1], rates[mid])
    } else {
        rates[mid]
    };
    let mean = rates.iter().sum::<f64>() / rates.len() as f64;
    Some(PerPostSummary {
        posts: rates.len(),
        median,
        mean,
    })
}
