//! What the creator is asked to make, per platform, each priced as a multiple
//! of the platform's base post (its default deliverable, multiplier 1); and
//! the `deliverables` URL value (`reel:3,story:5`).

use super::choice::Choice;
use super::platform::Platform;
use super::sources::{Sourced, HYPEAUDITOR_PRICING, IMPULZE, OWN_ASSUMPTION, SPROUTLAW};

/// The most of one deliverable in a package; larger quantities are capped.
pub const MAX_QUANTITY: u32 = 100;

crate::choice! {
    /// One kind of content a brand pays for. The id is used in the
    /// `deliverables` URL value.
    pub enum Deliverable {
        /// Instagram feed post (photo): Instagram's base post.
        Post = ("post", "Feed post"),
        Carousel = ("carousel", "Carousel"),
        Reel = ("reel", "Reel"),
        Story = ("story", "Story"),
        /// TikTok video: TikTok's base post.
        TikTokVideo = ("video", "Video"),
        /// A whole YouTube video about the brand: YouTube's base post.
        Dedicated = ("dedicated", "Dedicated video"),
        /// A sponsored segment inside a video.
        Integration = ("integration", "Integration (sponsored segment)"),
        Short = ("short", "Short"),
        XPost = ("x-post", "Post"),
        FacebookPost = ("fb-post", "Post"),
        LinkedInPost = ("li-post", "Post"),
        Pin = ("pin", "Pin"),
        BlogPost = ("blog-post", "Blog post"),
        Newsletter = ("newsletter", "Newsletter issue"),
    }
}

/// Impulze prices YouTube formats as multiples of a sponsored segment: a
/// dedicated video is 2.2 segments, a Short half of one.
const IMPULZE_DEDICATED_PER_SEGMENT: f64 = 2.2;
const IMPULZE_SHORT_PER_SEGMENT: f64 = 0.5;

/// sproutlaw: a blog post costs twice a social post.
pub const BLOG_POST_PER_SOCIAL_POST: f64 = 2.0;

impl Deliverable {
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
    pub fn for_platform(platform: Platform) -> impl Iterator<Item = Self> {
        Self::ALL
            .iter()
            .copied()
            .filter(move |d| d.platform() == platform)
    }

    /// The platform's base post: what is priced when no deliverable is chosen,
    /// and what the published methods' figures are converted to.
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

    /// Its price as a multiple of the platform's base post, with the source.
    #[must_use]
    pub const fn multiplier(self) -> Sourced {
        const fn of(value: f64, source: super::sources::Source, note: &'static str) -> Sourced {
            Sourced {
                value,
                source,
                note,
            }
        }
        match self {
            Self::Post
            | Self::TikTokVideo
            | Self::Dedicated
            | Self::XPost
            | Self::FacebookPost
            | Self::LinkedInPost
            | Self::Pin
            | Self::BlogPost => of(
                1.0,
                OWN_ASSUMPTION,
                "The platform's base post: the published methods are read as pricing it.",
            ),
            Self::Carousel => of(
                f64::midpoint(1.20, 1.30),
                HYPEAUDITOR_PRICING,
                "HypeAuditor gives +20-30% for a carousel; the middle is used.",
            ),
            Self::Reel => of(
                1.30,
                IMPULZE,
                "Impulze's Reel figure. HypeAuditor gives +40-50% for video and sproutlaw 2x: \
                 sources disagree, and the one figure for Reels is used.",
            ),
            Self::Story => of(
                0.40,
                IMPULZE,
                "Impulze's Story figure; sproutlaw gives a third of a post.",
            ),
            Self::Integration => of(
                1.0 / IMPULZE_DEDICATED_PER_SEGMENT,
                IMPULZE,
                "Impulze prices a dedicated video at 2.2 sponsored segments, so a segment is \
                 1 / 2.2 of one.",
            ),
            Self::Short => of(
                IMPULZE_SHORT_PER_SEGMENT / IMPULZE_DEDICATED_PER_SEGMENT,
                IMPULZE,
                "Impulze prices a Short at half a sponsored segment: 0.5 / 2.2 of a dedicated \
                 video.",
            ),
            Self::Newsletter => of(
                1.0,
                OWN_ASSUMPTION,
                "No published newsletter price in our research: priced like a blog post.",
            ),
        }
    }
}

/// How the published "per post" rules of thumb translate to a platform's base
/// post: one for one on social platforms; a blog post costs twice a social
/// post (sproutlaw).
#[must_use]
pub const fn per_social_post(platform: Platform) -> Sourced {
    match platform {
        Platform::Blog => Sourced {
            value: BLOG_POST_PER_SOCIAL_POST,
            source: SPROUTLAW,
            note: "sproutlaw: a blog post costs twice a social post.",
        },
        _ => Sourced {
            value: 1.0,
            source: OWN_ASSUMPTION,
            note: "A rule of thumb for \"a post\" is read as pricing the platform's base post.",
        },
    }
}

/// The items of a package for `platform`: every deliverable offered there
/// with its quantity, in display order.
pub type Package = Vec<(Deliverable, u32)>;

/// Reads a `deliverables` value such as `reel:3,story:5` for `platform`.
///
/// Lenient: ids are case-insensitive and may have spaces around them; a missing
/// quantity means 1; repeated ids are summed; quantities are capped at
/// [`MAX_QUANTITY`]; a quantity of 0 is kept (a package of nothing is a
/// choice). Items that cannot be used are left out and described in the second
/// list, one message each: `unknown deliverable 'foo'`, `'story' is for
/// Instagram, not TikTok`, `quantity 'x' for 'reel' is not a whole number, so
/// 1 is used`, `'reel' capped at 100, the most of one deliverable`.
#[must_use]
pub fn parse_deliverables(text: &str, platform: Platform) -> (Package, Vec<String>) {
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

/// Writes a package as a `deliverables` value (`reel:3,story:5`).
/// [`parse_deliverables`] reads it back unchanged.
#[must_use]
pub fn format_deliverables(items: &[(Deliverable, u32)]) -> String {
    items
        .iter()
        .map(|(d, count)| format!("{}:{count}", d.id()))
        .collect::<Vec<_>>()
        .join(",")
}
