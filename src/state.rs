//! The page's state: what the user typed, as typed, and the choices they made.
//! Results are never stored here; they are derived from it by `calc::evaluate`.
//! Pure, so the URL round trip is tested natively; the Yew reducer wraps it.

use crate::calc::niche::Niche;
use crate::calc::platform::Platform;
use crate::calc::tier::{TierScheme, STANDARD};
use crate::calc::{CreatorInputs, Field};
use crate::query::Query;

/// How interactions are entered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PostsMode {
    /// Totals over `posts` posts (default 1).
    #[default]
    Totals,
    /// One line per post.
    List,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub platform: Platform,
    pub niche: Niche,
    pub scheme: &'static TierScheme,
    pub mode: PostsMode,
    pub followers: String,
    pub likes: String,
    pub comments: String,
    pub shares: String,
    pub saves: String,
    pub views: String,
    pub posts: String,
    pub list: String,
}

impl Default for State {
    fn default() -> Self {
        Self {
            platform: Platform::default(),
            niche: Niche::default(),
            scheme: &STANDARD,
            mode: PostsMode::default(),
            followers: String::new(),
            likes: String::new(),
            comments: String::new(),
            shares: String::new(),
            saves: String::new(),
            views: String::new(),
            posts: String::new(),
            list: String::new(),
        }
    }
}

/// Everything the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Platform(Platform),
    Niche(Niche),
    Scheme(&'static TierScheme),
    Mode(PostsMode),
    /// New text for a field, as typed.
    Text(Field, String),
    /// Fill in a realistic example account.
    Example,
    /// Empty every field, keeping the platform and scheme.
    Clear,
}

/// The URL key of each text field.
const TEXT_KEYS: [(Field, &str); 8] = [
    (Field::Followers, "followers"),
    (Field::Likes, "likes"),
    (Field::Comments, "comments"),
    (Field::Shares, "shares"),
    (Field::Saves, "saves"),
    (Field::Views, "views"),
    (Field::Posts, "posts"),
    (Field::List, "list"),
];

impl State {
    /// The state a URL describes. Each parameter affects only its own input:
    /// an unknown platform, niche or scheme falls back to the default.
    #[must_use]
    pub fn from_query(query: &Query) -> Self {
        let mut state = Self {
            platform: query
                .get("platform")
                .and_then(Platform::from_id)
                .unwrap_or_default(),
            niche: query
                .get("niche")
                .and_then(Niche::from_id)
                .unwrap_or_default(),
            scheme: query
                .get("scheme")
                .and_then(TierScheme::from_id)
                .unwrap_or(&STANDARD),
            ..Self::default()
        };
        for (field, key) in TEXT_KEYS {
            if let Some(value) = query.get(key) {
                value.clone_into(state.text_mut(field));
            }
        }
        if !state.list.trim().is_empty() {
            state.mode = PostsMode::List;
        }
        state
    }

    /// The URL query for this state; empty inputs and defaults are left out.
    #[must_use]
    pub fn to_query(&self) -> Query {
        let mut query = Query::default();
        query.push("platform", self.platform.id());
        for (field, key) in TEXT_KEYS {
            let list_mode = self.mode == PostsMode::List;
            let skip = match field {
                Field::Followers => false,
                Field::List => !list_mode,
                _ => list_mode,
            };
            if !skip {
                query.push(key, self.text(field));
            }
        }
        if self.niche != Niche::default() {
            query.push("niche", self.niche.id());
        }
        if self.scheme.id != STANDARD.id {
            query.push("scheme", self.scheme.id);
        }
        query
    }

    #[must_use]
    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::Followers => &self.followers,
            Field::Likes => &self.likes,
            Field::Comments => &self.comments,
            Field::Shares => &self.shares,
            Field::Saves => &self.saves,
            Field::Views => &self.views,
            Field::Posts => &self.posts,
            Field::List => &self.list,
        }
    }

    fn text_mut(&mut self, field: Field) -> &mut String {
        match field {
            Field::Followers => &mut self.followers,
            Field::Likes => &mut self.likes,
            Field::Comments => &mut self.comments,
            Field::Shares => &mut self.shares,
            Field::Saves => &mut self.saves,
            Field::Views => &mut self.views,
            Field::Posts => &mut self.posts,
            Field::List => &mut self.list,
        }
    }

    /// The state after `action`.
    #[must_use]
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::Platform(p) => self.platform = p,
            Action::Niche(n) => self.niche = n,
            Action::Scheme(s) => self.scheme = s,
            Action::Mode(m) => self.mode = m,
            Action::Text(field, text) => *self.text_mut(field) = text,
            Action::Example => return Self::example(self.platform, self.scheme),
            Action::Clear => {
                return Self {
                    platform: self.platform,
                    scheme: self.scheme,
                    ..Self::default()
                }
            }
        }
        self
    }

    /// A micro creator with healthy engagement: 12,500 followers, 480 likes and
    /// 36 comments a post.
    #[must_use]
    pub fn example(platform: Platform, scheme: &'static TierScheme) -> Self {
        let text = |s: &str| s.to_owned();
        Self {
            platform,
            scheme,
            followers: text("12.5K"),
            likes: text("480"),
            comments: text("36"),
            shares: text("12"),
            saves: text("40"),
            views: text("6,200"),
            ..Self::default()
        }
    }

    /// The calculator's view of this state.
    #[must_use]
    pub fn inputs(&self) -> CreatorInputs<'_> {
        // In list mode the views field still counts for nothing: views come
        // per post from the list.
        let list_mode = self.mode == PostsMode::List;
        CreatorInputs {
            platform: self.platform,
            niche: self.niche,
            scheme: self.scheme,
            followers: &self.followers,
            likes: &self.likes,
            comments: &self.comments,
            shares: &self.shares,
            saves: &self.saves,
            views: if list_mode { "" } else { &self.views },
            posts: &self.posts,
            list: list_mode.then_some(self.list.as_str()),
        }
    }
}
