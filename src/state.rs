//! The page's state: what the user typed, as typed, and the choices they made.
//! Results are never stored here; they are derived from it by `calc::evaluate`.
//! Pure, so the URL round trip is tested natively; the Yew reducer wraps it.

use crate::calc::currency::Currency;
use crate::calc::deliverable::{
    format_deliverables, parse_deliverables, Deliverable, MAX_QUANTITY,
};
use crate::calc::fee::{parse_rush, read_whitelist, Exclusivity, Terms, Usage};
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
    /// The deal: what is asked for and on which terms.
    pub currency: Currency,
    /// As in the URL: `reel:3,story:5`; empty means one default deliverable.
    pub deliverables: String,
    pub usage: Usage,
    /// Months of paid-ads whitelisting, as typed.
    pub whitelist: String,
    pub exclusivity: Exclusivity,
    pub rush: bool,
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
            currency: Currency::default(),
            deliverables: String::new(),
            usage: Usage::default(),
            whitelist: String::new(),
            exclusivity: Exclusivity::default(),
            rush: false,
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
    Currency(Currency),
    /// How many of a deliverable the package holds.
    Quantity(Deliverable, u32),
    Usage(Usage),
    /// Whitelisting months, as typed.
    Whitelist(String),
    Exclusivity(Exclusivity),
    Rush(bool),
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
    /// The state a URL describes, for a visitor whose browser language is
    /// `locale` (it picks the currency when the URL does not). Each parameter
    /// affects only its own input: an unknown choice falls back to its default.
    #[must_use]
    pub fn from_query(query: &Query, locale: &str) -> Self {
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
            currency: query
                .get("currency")
                .and_then(Currency::from_code)
                .unwrap_or_else(|| Currency::default_for_locale(locale)),
            deliverables: query.get("deliverables").unwrap_or_default().to_owned(),
            usage: query
                .get("usage")
                .and_then(Usage::from_id)
                .unwrap_or_default(),
            whitelist: query.get("whitelist").unwrap_or_default().to_owned(),
            exclusivity: query
                .get("exclusivity")
                .and_then(Exclusivity::from_id)
                .unwrap_or_default(),
            rush: query.get("rush").and_then(parse_rush).unwrap_or(false),
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
        // The currency always: a shared link shows the same amounts anywhere.
        query.push("currency", self.currency.code());
        query.push("deliverables", &self.deliverables);
        if self.usage != Usage::None {
            query.push("usage", self.usage.id());
        }
        query.push("whitelist", &self.whitelist);
        if self.exclusivity != Exclusivity::None {
            query.push("exclusivity", self.exclusivity.id());
        }
        if self.rush {
            query.push("rush", "1");
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
            Action::Platform(p) => {
                // Deliverables belong to a platform: a new platform starts afresh.
                if p != self.platform {
                    self.deliverables.clear();
                }
                self.platform = p;
            }
            Action::Currency(c) => self.currency = c,
            Action::Quantity(d, n) => {
                let mut items = self.quantities();
                if let Some(item) = items.iter_mut().find(|(x, _)| *x == d) {
                    item.1 = n.min(MAX_QUANTITY);
                }
                self.deliverables = format_deliverables(&items);
                if self.deliverables.is_empty() {
                    // Every quantity at 0 is a choice, not "nothing chosen yet":
                    // keep it, so the field being retyped does not jump back to 1.
                    self.deliverables = format!("{}:0", d.id());
                }
            }
            Action::Usage(u) => self.usage = u,
            Action::Whitelist(text) => self.whitelist = text,
            Action::Exclusivity(e) => self.exclusivity = e,
            Action::Rush(r) => self.rush = r,
            Action::Niche(n) => self.niche = n,
            Action::Scheme(s) => self.scheme = s,
            Action::Mode(m) => self.mode = m,
            Action::Text(field, text) => *self.text_mut(field) = text,
            Action::Example => return Self::example(self.platform, self.scheme, self.currency),
            Action::Clear => {
                return Self {
                    platform: self.platform,
                    scheme: self.scheme,
                    currency: self.currency,
                    ..Self::default()
                }
            }
        }
        self
    }

    /// A micro creator with healthy engagement: 12,500 followers, 480 likes and
    /// 36 comments a post.
    #[must_use]
    pub fn example(platform: Platform, scheme: &'static TierScheme, currency: Currency) -> Self {
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
            currency,
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

    /// Every deliverable of the platform with its quantity, in display order.
    /// A package never set is one of the platform's default.
    #[must_use]
    pub fn quantities(&self) -> Vec<(Deliverable, u32)> {
        self.package().0
    }

    /// What the `deliverables` URL value could not use, one message each.
    #[must_use]
    pub fn deliverable_problems(&self) -> Vec<String> {
        self.package().1
    }

    /// [`Self::quantities`] and [`Self::deliverable_problems`] from one reading.
    #[must_use]
    pub fn package(&self) -> (Vec<(Deliverable, u32)>, Vec<String>) {
        let (items, problems) = parse_deliverables(&self.deliverables, self.platform);
        // Only a package never touched gets the default one post.
        let empty = self.deliverables.trim().is_empty();
        let quantities = Deliverable::for_platform(self.platform)
            .iter()
            .map(|&d| {
                let listed = items.iter().find(|(x, _)| *x == d).map(|&(_, n)| n);
                let default = u32::from(empty && d == Deliverable::default_for(self.platform));
                (d, listed.unwrap_or(default))
            })
            .collect();
        (quantities, problems)
    }

    /// The terms asked for, and the message for unreadable whitelisting months.
    #[must_use]
    pub fn terms(&self) -> (Terms, Option<String>) {
        let (months, error) = read_whitelist(&self.whitelist);
        let terms = Terms {
            usage: self.usage,
            whitelist_months: months,
            exclusivity: self.exclusivity,
            rush: self.rush,
        };
        (terms, error)
    }
}
