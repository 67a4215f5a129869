//! Every URL parameter, once: the page's state is read from these keys on
//! load and written back to them as the user types.

crate::choice! {
    /// A URL parameter. The id is the key in the address; for a text input it
    /// is also the input's `id` and `name`.
    pub enum Key {
        Mode = ("mode", "View"),
        Embed = ("embed", "Compact embed"),
        Theme = ("theme", "Theme"),
        Accent = ("accent", "Accent colour"),
        Platform = ("platform", "Platform"),
        Followers = ("followers", "Followers"),
        Likes = ("likes", "Likes"),
        Comments = ("comments", "Comments"),
        Shares = ("shares", "Shares"),
        Saves = ("saves", "Saves"),
        Views = ("views", "Views"),
        Posts = ("posts", "Posts"),
        List = ("list", "Per-post list"),
        Niche = ("niche", "Niche"),
        Scheme = ("scheme", "Tier scheme"),
        Currency = ("currency", "Currency"),
        Deliverables = ("deliverables", "Deliverables"),
        Usage = ("usage", "Usage rights"),
        Whitelist = ("whitelist", "Whitelisting months"),
        Exclusivity = ("exclusivity", "Exclusivity"),
        Rush = ("rush", "Rush delivery"),
        Budget = ("budget", "Budget"),
        FixedCost = ("fixed_cost", "Fixed cost per creator"),
        Overlap = ("overlap", "Audience overlap"),
        CelebrityFee = ("celebrity_fee", "Celebrity fee"),
        CelebrityFollowers = ("celebrity_followers", "Celebrity's followers"),
        Quote = ("quote", "Quoted fee"),
        ProductValue = ("product_value", "Product's retail value"),
        Commission = ("commission", "Commission"),
        ClickRate = ("click_rate", "Click-through rate"),
        SaleRate = ("sale_rate", "Conversion rate"),
        Creators = ("creators", "Shortlist"),
        Goal = ("goal", "Campaign goal"),
        Spend = ("spend", "Spend"),
        Impressions = ("impressions", "Impressions"),
        Reach = ("reach", "Reach"),
        Engagements = ("engagements", "Engagements"),
        Clicks = ("clicks", "Link clicks"),
        Conversions = ("conversions", "Conversions"),
        Revenue = ("revenue", "Revenue"),
        Aov = ("aov", "Average order value"),
        Margin = ("margin", "Gross margin"),
        Positive = ("positive", "Positive comments"),
        Neutral = ("neutral", "Neutral comments"),
        Negative = ("negative", "Negative comments"),
        Questions = ("questions", "Questions"),
        Results = ("results", "Results per creator"),
        Rank = ("rank", "Rank creators by"),
        Emv = ("emv", "Show earned media value"),
    }
}

/// Text keep for long values: pasted tables and per-post lists.
#[must_use]
pub const fn is_long(key: Key) -> bool {
    matches!(key, Key::List | Key::Creators | Key::Results)
}
