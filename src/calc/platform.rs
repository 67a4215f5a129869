//! Platforms and what each calls its numbers.

crate::choice! {
    /// A social platform, or a blog/newsletter.
    #[derive(Default)]
    pub enum Platform {
        #[default]
        Instagram = ("instagram", "Instagram"),
        TikTok = ("tiktok", "TikTok"),
        YouTube = ("youtube", "YouTube"),
        X = ("x", "X (Twitter)"),
        Facebook = ("facebook", "Facebook"),
        LinkedIn = ("linkedin", "LinkedIn"),
        Pinterest = ("pinterest", "Pinterest"),
        Blog = ("blog", "Blog or newsletter"),
    }
    aliases { "twitter" => X, "newsletter" => Blog }
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
