//! Platforms and what each calls its numbers.

/// A social platform, or a blog/newsletter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Platform {
    #[default]
    Instagram,
    TikTok,
    YouTube,
    X,
    Facebook,
    LinkedIn,
    Pinterest,
    Blog,
}

/// What the platform calls each input, so labels and messages read naturally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Labels {
    pub followers: &'static str,
    pub likes: &'static str,
    pub comments: &'static str,
    pub shares: &'static str,
    pub saves: &'static str,
    pub views: &'static str,
}

impl Platform {
    pub const ALL: [Self; 8] = [
        Self::Instagram,
        Self::TikTok,
        Self::YouTube,
        Self::X,
        Self::Facebook,
        Self::LinkedIn,
        Self::Pinterest,
        Self::Blog,
    ];

    /// The URL and `data-value` id.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Instagram => "instagram",
            Self::TikTok => "tiktok",
            Self::YouTube => "youtube",
            Self::X => "x",
            Self::Facebook => "facebook",
            Self::LinkedIn => "linkedin",
            Self::Pinterest => "pinterest",
            Self::Blog => "blog",
        }
    }

    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Instagram => "Instagram",
            Self::TikTok => "TikTok",
            Self::YouTube => "YouTube",
            Self::X => "X (Twitter)",
            Self::Facebook => "Facebook",
            Self::LinkedIn => "LinkedIn",
            Self::Pinterest => "Pinterest",
            Self::Blog => "Blog or newsletter",
        }
    }

    /// Reads an id case-insensitively; `None` for anything else.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        super::find_by_id(&Self::ALL, Self::id, id).or(
            match id.trim().to_ascii_lowercase().as_str() {
                "twitter" => Some(Self::X),
                "newsletter" => Some(Self::Blog),
                _ => None,
            },
        )
    }

    #[must_use]
    pub const fn labels(self) -> Labels {
        match self {
            Self::Instagram | Self::TikTok => Labels {
                followers: "Followers",
                likes: "Likes",
                comments: "Comments",
                shares: "Shares",
                saves: "Saves",
                views: "Views",
            },
            Self::YouTube => Labels {
                followers: "Subscribers",
                likes: "Likes",
                comments: "Comments",
                shares: "Shares",
                saves: "Saves to playlists",
                views: "Views",
            },
            Self::X => Labels {
                followers: "Followers",
                likes: "Likes",
                comments: "Replies",
                shares: "Reposts",
                saves: "Bookmarks",
                views: "Views",
            },
            Self::Facebook => Labels {
                followers: "Followers",
                likes: "Reactions",
                comments: "Comments",
                shares: "Shares",
                saves: "Saves",
                views: "Views",
            },
            Self::LinkedIn => Labels {
                followers: "Followers",
                likes: "Reactions",
                comments: "Comments",
                shares: "Reposts",
                saves: "Saves",
                views: "Impressions",
            },
            Self::Pinterest => Labels {
                followers: "Followers",
                likes: "Reactions",
                comments: "Comments",
                shares: "Shares",
                saves: "Saves (repins)",
                views: "Impressions",
            },
            Self::Blog => Labels {
                followers: "Subscribers",
                likes: "Likes",
                comments: "Comments or replies",
                shares: "Shares or forwards",
                saves: "Saves",
                views: "Opens or page views",
            },
        }
    }
}
