//! The page's state: what the user typed, as typed, and the choices they made.
//! Results are never stored here; they are derived from it (`calc::evaluate`,
//! [`State::quote`]). Pure, so the URL round trip is tested natively; the Yew
//! reducer wraps it.

mod campaign;
mod keys;

pub use campaign::{given, key_of_input, read_results, CampaignForm, ReadResults, ROW_INPUTS};
pub use keys::{is_long, Key};

use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::calc::deliverable::{
    format_deliverables, parse_deliverables, Deliverable, Package, MAX_QUANTITY,
};
use crate::calc::fee::{estimate, parse_flag, read_whitelist, Exclusivity, FeeEstimate, FeeInputs};
use crate::calc::fee::{Terms, Usage};
use crate::calc::niche::Niche;
use crate::calc::platform::Platform;
use crate::calc::tier::Scheme;
use crate::calc::{CreatorInputs, Field, Report};
use crate::query::Query;

crate::choice! {
    /// Which part of the calculator is shown: the `mode` URL value.
    #[derive(Default)]
    pub enum Mode {
        #[default]
        Creator = ("creator", "Creator"),
        Brand = ("brand", "Brand"),
        Campaign = ("campaign", "Campaign"),
    }
}

crate::choice! {
    /// The colour scheme an embedding page asks for.
    #[derive(Default)]
    pub enum Theme {
        #[default]
        Auto = ("auto", "Follow the device"),
        Light = ("light", "Light"),
        Dark = ("dark", "Dark"),
    }
}

crate::choice! {
    /// How interactions are entered.
    #[derive(Default)]
    pub enum PostsMode {
        /// Totals over `posts` posts (default 1).
        #[default]
        Totals = ("totals", "Totals or one post"),
        /// One line per post.
        List = ("list", "A list, one post per line"),
    }
}

/// The creator fields and their keys, in form order.
pub const CREATOR_FIELDS: [(Field, Key); 8] = [
    (Field::Followers, Key::Followers),
    (Field::Likes, Key::Likes),
    (Field::Comments, Key::Comments),
    (Field::Shares, Key::Shares),
    (Field::Saves, Key::Saves),
    (Field::Views, Key::Views),
    (Field::Posts, Key::Posts),
    (Field::List, Key::List),
];

/// The key of a creator field.
#[must_use]
pub fn key_of(field: Field) -> Key {
    CREATOR_FIELDS
        .iter()
        .find(|(f, _)| *f == field)
        .map_or(Key::Followers, |&(_, k)| k)
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub mode: Mode,
    /// The compact view for embedding in a blog post.
    pub embed: bool,
    pub theme: Theme,
    /// A validated `#rgb` or `#rrggbb` colour from the link.
    pub accent: Option<String>,
    pub platform: Platform,
    pub niche: Niche,
    pub scheme: Scheme,
    pub currency: Currency,
    pub posts_mode: PostsMode,
    /// Every deliverable of the platform with its quantity, in display order.
    pub package: Package,
    pub usage: Usage,
    pub exclusivity: Exclusivity,
    pub rush: bool,
    pub emv: bool,
    /// Every text input as typed, indexed by [`Key`].
    texts: Vec<String>,
    /// What the link held that could not be used, one message each.
    pub link_problems: Vec<String>,
}

impl Default for State {
    fn default() -> Self {
        let platform = Platform::default();
        Self {
            mode: Mode::default(),
            embed: false,
            theme: Theme::default(),
            accent: None,
            platform,
            niche: Niche::default(),
            scheme: Scheme::default(),
            currency: Currency::default(),
            posts_mode: PostsMode::default(),
            package: default_package(platform),
            usage: Usage::default(),
            exclusivity: Exclusivity::default(),
            rush: false,
            emv: false,
            texts: vec![String::new(); Key::ALL.len()],
            link_problems: Vec::new(),
        }
    }
}

/// One of the platform's base post and none of the rest.
#[must_use]
pub fn default_package(platform: Platform) -> Package {
    Deliverable::for_platform(platform)
        .map(|d| (d, u32::from(d == Deliverable::default_for(platform))))
        .collect()
}

/// Everything the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Mode(Mode),
    Platform(Platform),
    Niche(Niche),
    Scheme(Scheme),
    PostsMode(PostsMode),
    /// New text for an input, as typed.
    Text(Key, String),
    Currency(Currency),
    /// How many of a deliverable the package holds.
    Quantity(Deliverable, u32),
    Usage(Usage),
    Exclusivity(Exclusivity),
    Rush(bool),
    Emv(bool),
    /// Fill in a realistic example for the current view.
    Example,
    /// Empty every field of the current view, keeping the platform, scheme
    /// and currency.
    Clear,
    /// Replace everything (remembered inputs read back on load).
    Restore(Box<State>),
}

/// Accepts `#rgb`, `#rrggbb` or the same without `#`; `None` for anything else.
#[must_use]
pub fn parse_accent(text: &str) -> Option<String> {
    let hex = text.trim().trim_start_matches('#');
    ((hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| format!("#{}", hex.to_ascii_lowercase()))
}

fn flag(value: bool) -> Option<String> {
    value.then(|| "1".to_owned())
}

fn choice<T: Choice>(value: T, default: T) -> Option<String> {
    (value != default).then(|| value.id().to_owned())
}

impl State {
    /// The state a URL describes, for a visitor whose browser language is
    /// `locale` (it picks the currency when the URL does not). Each parameter
    /// affects only its own input: an unknown choice falls back to its default.
    #[must_use]
    pub fn from_query(query: &Query, locale: &str) -> Self {
        let mut state = Self {
            currency: Currency::default_for_locale(locale),
            ..Self::default()
        };
        // The platform first: the package belongs to it.
        for &key in Key::ALL {
            if let Some(value) = query.get(key.id(), is_long(key)) {
                state.read(key, value);
            }
        }
        if !state.text(Key::List).trim().is_empty() {
            state.posts_mode = PostsMode::List;
        }
        state
    }

    /// Sets what `value` under `key` means.
    fn read(&mut self, key: Key, value: &str) {
        fn pick<T: Choice>(slot: &mut T, value: &str) {
            if let Some(v) = T::from_id(value) {
                *slot = v;
            }
        }
        match key {
            Key::Mode => pick(&mut self.mode, value),
            Key::Embed => self.embed = parse_flag(value).unwrap_or(false),
            Key::Theme => pick(&mut self.theme, value),
            Key::Accent => {
                self.accent = parse_accent(value);
                if self.accent.is_none() && !value.trim().is_empty() {
                    self.link_problems
                        .push(format!("accent '{value}' is not a colour like #0b5cad"));
                }
            }
            Key::Platform => {
                pick(&mut self.platform, value);
                self.package = default_package(self.platform);
            }
            Key::Niche => pick(&mut self.niche, value),
            Key::Scheme => pick(&mut self.scheme, value),
            Key::Currency => pick(&mut self.currency, value),
            Key::Usage => pick(&mut self.usage, value),
            Key::Exclusivity => pick(&mut self.exclusivity, value),
            Key::Rush => self.rush = parse_flag(value).unwrap_or(false),
            Key::Emv => self.emv = parse_flag(value).unwrap_or(false),
            Key::Deliverables => {
                let (items, problems) = parse_deliverables(value, self.platform);
                self.link_problems.extend(problems);
                if !items.is_empty() {
                    for (d, n) in &mut self.package {
                        *n = items.iter().find(|(x, _)| x == d).map_or(0, |&(_, q)| q);
                    }
                }
            }
            _ => self.set_text(key, value.to_owned()),
        }
    }

    /// What `key` holds, as the URL writes it; `None` when empty or default.
    #[must_use]
    pub fn value(&self, key: Key) -> Option<String> {
        let list_mode = self.posts_mode == PostsMode::List;
        match key {
            Key::Mode => choice(self.mode, Mode::default()),
            Key::Embed => flag(self.embed),
            Key::Theme => choice(self.theme, Theme::default()),
            Key::Accent => self.accent.clone(),
            // Always: a shared link shows the same platform and amounts anywhere.
            Key::Platform => Some(self.platform.id().to_owned()),
            Key::Currency => Some(self.currency.id().to_owned()),
            Key::Niche => choice(self.niche, Niche::default()),
            Key::Scheme => choice(self.scheme, Scheme::default()),
            Key::Usage => choice(self.usage, Usage::default()),
            Key::Exclusivity => choice(self.exclusivity, Exclusivity::default()),
            Key::Rush => flag(self.rush),
            Key::Emv => flag(self.emv),
            Key::Deliverables => (self.package != default_package(self.platform)).then(|| {
                let chosen: Package = self
                    .package
                    .iter()
                    .copied()
                    .filter(|&(_, n)| n > 0)
                    .collect();
                match (chosen.is_empty(), self.package.first()) {
                    // Every quantity at 0 is a choice, kept as such.
                    (true, Some(&(d, _))) => format_deliverables(&[(d, 0)]),
                    _ => format_deliverables(&chosen),
                }
            }),
            Key::List if !list_mode => None,
            Key::Likes | Key::Comments | Key::Shares | Key::Saves | Key::Views | Key::Posts
                if list_mode =>
            {
                None
            }
            _ => {
                let text = self.text(key);
                (!text.trim().is_empty()).then(|| text.to_owned())
            }
        }
    }

    /// The URL query for this state; empty inputs and defaults are left out.
    #[must_use]
    pub fn to_query(&self) -> Query {
        let mut query = Query::default();
        for &key in Key::ALL {
            if let Some(value) = self.value(key) {
                query.push(key.id(), &value);
            }
        }
        query
    }

    /// This state outside an embed: the embed settings at their defaults
    /// (the full calculator's link, and what is remembered on the device).
    #[must_use]
    pub fn unembedded(&self) -> Self {
        Self {
            embed: false,
            theme: Theme::default(),
            accent: None,
            ..self.clone()
        }
    }

    /// Whether anything has been typed.
    #[must_use]
    pub fn has_inputs(&self) -> bool {
        self.texts.iter().any(|t| !t.trim().is_empty())
    }

    /// The text of an input, as typed.
    #[must_use]
    pub fn text(&self, key: Key) -> &str {
        self.texts.get(key.index()).map_or("", String::as_str)
    }

    fn set_text(&mut self, key: Key, text: String) {
        if let Some(slot) = self.texts.get_mut(key.index()) {
            *slot = text;
        }
    }

    /// The state after `action`.
    #[must_use]
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::Mode(m) => self.mode = m,
            Action::Platform(p) => {
                // Deliverables belong to a platform: a new platform starts afresh.
                if p != self.platform {
                    self.package = default_package(p);
                }
                self.platform = p;
            }
            Action::Currency(c) => self.currency = c,
            Action::Quantity(d, n) => {
                if let Some(item) = self.package.iter_mut().find(|(x, _)| *x == d) {
                    item.1 = n.min(MAX_QUANTITY);
                }
            }
            Action::Usage(u) => self.usage = u,
            Action::Exclusivity(e) => self.exclusivity = e,
            Action::Rush(r) => self.rush = r,
            Action::Emv(e) => self.emv = e,
            Action::Niche(n) => self.niche = n,
            Action::Scheme(s) => self.scheme = s,
            Action::PostsMode(m) => self.posts_mode = m,
            Action::Text(key, text) => self.set_text(key, text),
            Action::Example => return self.example(),
            Action::Clear => return self.cleared(),
            Action::Restore(state) => return *state,
        }
        self
    }

    /// This state with a realistic example for the current view filled in.
    #[must_use]
    pub fn example(self) -> Self {
        let fill: &[(Key, &str)] = match self.mode {
            Mode::Creator => &[
                (Key::Followers, "12.5K"),
                (Key::Likes, "480"),
                (Key::Comments, "36"),
                (Key::Shares, "12"),
                (Key::Saves, "40"),
                (Key::Views, "6,200"),
            ],
            Mode::Brand => &[
                (Key::Budget, "25,000"),
                (Key::FixedCost, "150"),
                (Key::Followers, "48K"),
                (Key::Likes, "1,900"),
                (Key::Comments, "85"),
                (Key::Quote, "900"),
            ],
            Mode::Campaign => &[
                (Key::Spend, "12,000"),
                (Key::Impressions, "850,000"),
                (Key::Engagements, "41,000"),
                (Key::Clicks, "6,200"),
                (Key::Conversions, "310"),
                (Key::Revenue, "29,000"),
                (Key::Aov, "94"),
                (Key::Margin, "55"),
            ],
        };
        let mut state = self.cleared();
        for &(key, text) in fill {
            state.set_text(key, text.to_owned());
        }
        state
    }

    /// This state with the current view's inputs emptied; the view, platform,
    /// scheme, currency and embed settings stay.
    #[must_use]
    pub fn cleared(self) -> Self {
        let mut state = Self {
            mode: self.mode,
            embed: self.embed,
            theme: self.theme,
            accent: self.accent,
            platform: self.platform,
            scheme: self.scheme,
            currency: self.currency,
            ..Self::default()
        };
        state.package = default_package(state.platform);
        state
    }

    /// The calculator's view of the creator inputs.
    #[must_use]
    pub fn inputs(&self) -> CreatorInputs<'_> {
        // In list mode the views field counts for nothing: views come per post.
        let list_mode = self.posts_mode == PostsMode::List;
        let text = |field: Field| self.text(key_of(field));
        CreatorInputs {
            platform: self.platform,
            niche: self.niche,
            scheme: self.scheme,
            followers: text(Field::Followers),
            likes: text(Field::Likes),
            comments: text(Field::Comments),
            shares: text(Field::Shares),
            saves: text(Field::Saves),
            views: if list_mode { "" } else { text(Field::Views) },
            posts: text(Field::Posts),
            list: list_mode.then(|| text(Field::List)),
        }
    }

    /// The terms asked for, and the message for unreadable whitelisting months.
    #[must_use]
    pub fn terms(&self) -> (Terms, Option<String>) {
        let (months, error) = read_whitelist(self.text(Key::Whitelist));
        let terms = Terms {
            usage: self.usage,
            whitelist_months: months,
            exclusivity: self.exclusivity,
            rush: self.rush,
        };
        (terms, error)
    }

    /// The fee for the account in `report` with this state's deal: the one
    /// place the fee's inputs are put together. `None` until followers are known.
    #[must_use]
    pub fn quote(&self, report: &Report) -> Option<FeeEstimate> {
        estimate(&FeeInputs {
            platform: self.platform,
            followers: report.followers?,
            assessment: Some(&report.assessment),
            niche: self.niche,
            deliverables: &self.package,
            terms: self.terms().0,
        })
    }
}
