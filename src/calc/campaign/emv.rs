//! Earned media value, only when asked for: what the attention would have
//! cost as advertising, by MightyScout's published formula. It is not
//! revenue and never enters the return on investment.

use std::fmt;

use crate::calc::bands::count;
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::calc::platform::Platform;
use crate::calc::sources::{Source, AMEC_BARCELONA, MIGHTYSCOUT_EMV, TRAACKR_EMV};

/// What was posted, with the counts the formula uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Content {
    /// A video or reel, valued by its views.
    Video { views: u64 },
    /// A photo or carousel, valued by its interactions.
    Static {
        likes: u64,
        comments: u64,
        shares: u64,
    },
    /// A story, valued by the followers it is assumed to reach.
    Story { followers: u64 },
}

/// MightyScout's CPM for a platform, in US dollars; `None` where it gives none.
#[must_use]
pub const fn emv_cpm(platform: Platform) -> Option<f64> {
    match platform {
        Platform::Instagram | Platform::Facebook => Some(10.0),
        Platform::TikTok => Some(5.0),
        Platform::YouTube => Some(20.0),
        _ => None,
    }
}

/// MightyScout's impressions per interaction on a static post.
pub const STATIC_IMPRESSIONS_PER_INTERACTION: f64 = 8.7;

/// MightyScout's share of followers a story reaches.
pub const STORY_REACH: f64 = 0.03;

/// The label the value always carries.
pub const LABEL: &str = "Earned media value: not revenue";

/// A warning from the measurement profession, shown with every EMV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caution {
    pub source: Source,
    pub says: &'static str,
}

pub const CAUTIONS: [Caution; 2] = [
    Caution {
        source: AMEC_BARCELONA,
        says: "Advertising value equivalents are not the value of communication: \
               measure outcomes (sales, sign-ups, changes in opinion) instead.",
    },
    Caution {
        source: TRAACKR_EMV,
        says: "EMV prices attention at someone's idea of a media rate; each tool \
               computes it differently, and it is not money the campaign made.",
    },
];

/// An earned media value and its working.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Emv {
    /// In [`Emv::currency`] (US dollars): convert with the app's rate table.
    pub value: f64,
    pub currency: Currency,
    /// Impressions the formula assumes: views, interactions x 8.7, or
    /// followers x 3%.
    pub impressions: f64,
    /// The platform's CPM, in US dollars.
    pub cpm: f64,
    pub formula: &'static str,
    pub label: &'static str,
    pub source: Source,
    pub cautions: [Caution; 2],
}

/// Why there is no earned media value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoEmv(pub Platform);

impl fmt::Display for NoEmv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "MightyScout publishes no CPM for {}: no earned media value",
            self.0.name()
        )
    }
}

/// The earned media value of `content` on `platform`, in US dollars.
///
/// # Errors
/// [`NoEmv`] for a platform MightyScout gives no CPM for.
pub fn emv(platform: Platform, content: Content) -> Result<Emv, NoEmv> {
    let cpm = emv_cpm(platform).ok_or(NoEmv(platform))?;
    let (impressions, formula) = match content {
        Content::Video { views } => (count(views), "views x CPM / 1,000"),
        Content::Static {
            likes,
            comments,
            shares,
        } => (
            count(likes.saturating_add(comments).saturating_add(shares))
                * STATIC_IMPRESSIONS_PER_INTERACTION,
            "(likes + comments + shares) x 8.7 x CPM / 1,000",
        ),
        Content::Story { followers } => (
            count(followers) * STORY_REACH,
            "followers x 3% x CPM / 1,000",
        ),
    };
    Ok(Emv {
        value: impressions * cpm / 1_000.0,
        currency: Currency::Usd,
        impressions,
        cpm,
        formula,
        label: LABEL,
        source: MIGHTYSCOUT_EMV,
        cautions: CAUTIONS,
    })
}
