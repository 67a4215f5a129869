//! What the creator is asked to make, per platform, each priced as a multiple
//! of the platform's base post; and the `deliverables` URL value
//! (`reel:3,story:5`).

use super::fee::{Sourced, HYPEAUDITOR_PRICING, IMPULZE, RULE_IG, RULE_TT, SPROUTLAW};
use super::platform::Platform;
use super::source::OWN_ASSUMPTION;

/// The most of one deliverable in a package; larger quantities are capped.
pub const MAX_QUANTITY: u32 = 100;

/// One kind of content a brand pays for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Deliverable {
    /// Instagram feed post (photo): Instagram's base post.
    Post,
    Carousel,
    Reel,
    Story,
    /// TikTok video: TikTok's base post.
    TikTokVideo,
    /// YouTube video about the brand.
    Dedicated,
    /// YouTube sponsored segment inside a video: YouTube's base post.
    Integration,
    Short,
    XPost,
    FacebookPost,
    LinkedInPost,
    Pin,
    BlogPost,
    Newsletter,
}

const ALL: [Deliverable; 14] = [
    Deliverable::Post,
    Deliverable::Carousel,
    Deliverable::Reel,
    Deliverable::Story,
    Deliverable::TikTokVideo,
    Deliverable::Dedicated,
    Deliverable::Integration,
    Deliverable::Short,
    Deliverable::XPost,
    Deliverable::FacebookPost,
    Deliverable::LinkedInPost,
    Deliverable::Pin,
    Deliverable::BlogPost,
    Deliverable::Newsletter,
];

impl Deliverable {
    /// Every deliverable, grouped by platform.
    pub const ALL: [Self; 14] = ALL;

    /// The id in the `deliverables` URL value.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Post => "post",
            Self::Carousel => "carousel",
            Self::Reel => "reel",
            Self::Story => "story",
            Self::TikTokVideo => "video",
            Self::Dedicated => "dedicated",
            Self::Integration => "integration",
            Self::Short => "short",
            Self::XPost => "x-post",
            Self::FacebookPost => "fb-post",
            Self::LinkedInPost => "li-post",
            Self::Pin => "pin",
            Self::BlogPost => "blog-post",
            Self::Newsletter => "newsletter",
        }
    }

    /// What a person calls it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Post => "Feed post",
            Self::Carousel => "Carousel",
            Self::Reel => "Reel",
            Self::Story => "Story",
            Self::TikTokVideo => "Video",
            Self::Dedicated => "Dedicated video",
            Self::Integration => "Integration (sponsored segment)",
            Self::Short => "Short",
            Self::XPost | Self::FacebookPost | Self::LinkedInPost => "Post",
            Self::Pin => "Pin",
            Self::BlogPost => "Blog post",
            Self::Newsletter => "Newsletter issue",
        }
    }

    /// The platform it is made for.
    #[must_use]
    pub const fn platform(self) -> Platform {
        match self {
            Self::Post | Self::Carousel | Self::Reel | Self::Story => Platform::Instagram,
            Self::TikTokVideo => Platform::TikTok,
            Self::Dedicated | Self::Integration | Self::Short => Platform::YouTube,
            Self::XPost => Platform::X,
            Self::FacebookPost => Platform::Facebook,
            Self::LinkedInPost => Platform::LinkedIn,
            Self::Pin => Platform::Pinterest,
            Self::BlogPost | Self::Newsletter => Platform::Blog,
        }
    }

    /// The deliverables offered for `platform`, the default first.
    #[must_use]
    pub const fn for_platform(platform: Platform) -> &'static [Self] {
        match platform {
            Platform::Instagram => &[Self::Post, Self::Carousel, Self::Reel, Self::Story],
            Platform::TikTok => &[Self::TikTokVideo],
            Platform::YouTube => &[Self::Dedicated, Self::Integration, Self::Short],
            Platform::X => &[Self::XPost],
            Platform::Facebook => &[Self::FacebookPost],
            Platform::LinkedIn => &[Self::LinkedInPost],
            Platform::Pinterest => &[Self::Pin],
            Platform::Blog => &[Self::BlogPost, Self::Newsletter],
        }
    }

    /// What is priced when no deliverable is chosen.
    #[must_use]
    pub const fn default_for(platform: Platform) -> Self {
        match platform {
            Platform::Instagram => Self::Post,
            Platform::TikTok => Self::TikTokVideo,
            Platform::YouTube => Self::Dedicated,
            Platform::X => Self::XPost,
            Platform::Facebook => Self::FacebookPost,
            Platform::LinkedIn => Self::LinkedInPost,
            Platform::Pinterest => Self::Pin,
            Platform::Blog => Self::BlogPost,
        }
    }

    /// Reads an id case-insensitively, for any platform; `None` otherwise.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        super::find_by_id(&ALL, Self::id, id)
    }

    /// Its price as a multiple of the platform's base post, with the source.
    #[must_use]
    pub const fn multiplier(self) -> Sourced {
        match self {
            Self::Post => Sourced {
                value: 1.0,
                source: RULE_IG,
                note: "The base: Instagram's published per-tier prices are for a feed post.",
            },
            Self::Carousel => Sourced {
                value: 1.25,
                source: HYPEAUDITOR_PRICING,
                note: "HypeAuditor gives +20-30% for a carousel; the middle is used.",
            },
            Self::Reel => Sourced {
                value: 1.30,
                source: IMPULZE,
                note: "Impulze's Reel figure. HypeAuditor gives +40-50% for video and sproutlaw \
                       2x: sources disagree, and the one figure for Reels is used.",
            },
            Self::Story => Sourced {
                value: 0.40,
                source: IMPULZE,
                note: "Impulze's Story figure; sproutlaw gives a third of a post (0.33).",
            },
            Self::TikTokVideo => Sourced {
                value: 1.0,
                source: RULE_TT,
                note: "The base: TikTok's published per-tier prices are for a video.",
            },
            Self::Dedicated => Sourced {
                value: 2.20,
                source: IMPULZE,
                note: "Impulze's dedicated-video figure. YouTube's per-tier prices are read as \
                       the price of a dedicated video, so this lands on them.",
            },
            Self::Integration => Sourced {
                value: 1.0,
                source: IMPULZE,
                note: "The base: Impulze prices YouTube formats relative to a sponsored segment.",
            },
            Self::Short => Sourced {
                value: 0.50,
                source: IMPULZE,
                note: "Impulze's Short figure.",
            },
            Self::XPost | Self::FacebookPost | Self::LinkedInPost | Self::Pin => Sourced {
                value: 1.0,
                source: OWN_ASSUMPTION,
                note: "The base: the reach x CPM estimate prices one post.",
            },
            Self::BlogPost => Sourced {
                value: 2.0,
                source: SPROUTLAW,
                note: "sproutlaw: a blog post costs twice a social post.",
            },
            Self::Newsletter => Sourced {
                value: 2.0,
                source: OWN_ASSUMPTION,
                note: "No published newsletter figure in our research: priced like a blog post \
                       (sproutlaw's 2x).",
            },
        }
    }
}

/// Reads a `deliverables` value such as `reel:3,story:5` for `platform`.
///
/// Lenient: ids are case-insensitive and may have spaces around them; a missing
/// quantity means 1; a quantity of 0 drops the item; repeated ids are summed;
/// quantities are capped at [`MAX_QUANTITY`]. Items that cannot be used are
/// left out and described in the second list, one message each:
/// `unknown deliverable 'foo'`, `'story' is for Instagram, not TikTok`,
/// `quantity 'x' for 'reel' is not a whole number, so 1 is used`,
/// `'reel' capped at 100, the most of one deliverable`.
#[must_use]
pub fn parse_deliverables(
    text: &str,
    platform: Platform,
) -> (Vec<(Deliverable, u32)>, Vec<String>) {
    let mut items: Vec<(Deliverable, u64)> = Vec::new();
    let mut problems = Vec::new();
    for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (id, quantity) = match item.split_once(':') {
            Some((id, quantity)) => (id.trim(), quantity.trim()),
            None => (item, ""),
        };
        let Some(deliverable) = Deliverable::from_id(id) else {
            problems.push(format!("unknown deliverable '{id}'"));
            continue;
        };
        if deliverable.platform() != platform {
            problems.push(format!(
                "'{id}' is for {}, not {}",
                deliverable.platform().name(),
                platform.name()
            ));
            continue;
        }
        let count = if quantity.is_empty() {
            1
        } else if quantity.bytes().all(|b| b.is_ascii_digit()) {
            // All digits but too long for u64: as large as it gets, capped below.
            quantity.parse::<u64>().unwrap_or(u64::MAX)
        } else {
            problems.push(format!(
                "quantity '{quantity}' for '{id}' is not a whole number, so 1 is used"
            ));
            1
        };
        match items.iter_mut().find(|(d, _)| *d == deliverable) {
            Some((_, total)) => *total = total.saturating_add(count),
            None => items.push((deliverable, count)),
        }
    }
    let items = items
        .into_iter()
        .filter(|&(_, count)| count > 0)
        .map(|(deliverable, count)| {
            let capped = u32::try_from(count).map_or(MAX_QUANTITY, |c| c.min(MAX_QUANTITY));
            if u64::from(capped) < count {
                problems.push(format!(
                    "'{}' capped at {MAX_QUANTITY}, the most of one deliverable",
                    deliverable.id()
                ));
            }
            (deliverable, capped)
        })
        .collect();
    (items, problems)
}

/// Writes a package as a `deliverables` value (`reel:3,story:5`), leaving out
/// zero quantities. [`parse_deliverables`] reads it back unchanged.
#[must_use]
pub fn format_deliverables(items: &[(Deliverable, u32)]) -> String {
    items
        .iter()
        .filter(|&&(_, count)| count > 0)
        .map(|(d, count)| format!("{}:{count}", d.id()))
        .collect::<Vec<_>>()
        .join(",")
}
