//! The pure calculator: parsing, tiers, engagement, benchmarks, verdicts and
//! flags. No browser types: strings in, typed results out, tested natively.

pub mod amount;
pub mod bands;
pub mod benchmarks;
pub mod brand;
pub mod budget;
pub mod campaign;
pub mod choice;
pub mod csv;
pub mod currency;
pub mod deliverable;
pub mod engagement;
pub mod fee;
pub mod flags;
pub mod format;
pub mod input;
pub mod niche;
pub mod order;
pub mod platform;
mod rates;
pub mod shortlist;
pub mod sources;
pub mod tier;
pub mod typical;
pub mod verdict;

use engagement::{per_post_summary, EngagementRates, Interactions, PerPostSummary};
use flags::Flag;
use input::{parse_count, parse_positive, parse_post_list, InputError};
use niche::Niche;
use platform::Platform;
use tier::{Scheme, TierBand};
use verdict::{assess, Assessment};

/// An input field, for attaching a message to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Followers,
    Likes,
    Comments,
    Shares,
    Saves,
    Views,
    Posts,
    List,
}

impl Field {
    /// The field's label on `platform` ("Subscribers" on YouTube).
    #[must_use]
    pub const fn label(self, platform: Platform) -> &'static str {
        let labels = platform.labels();
        match self {
            Self::Followers => labels.followers,
            Self::Likes => labels.likes,
            Self::Comments => labels.comments,
            Self::Shares => labels.shares,
            Self::Saves => labels.saves,
            Self::Views => labels.views,
            Self::Posts => "Posts",
            Self::List => "Per-post list",
        }
    }
}

/// What the user typed, as typed.
#[derive(Clone, Copy, Debug)]
pub struct CreatorInputs<'a> {
    pub platform: Platform,
    pub niche: Niche,
    pub scheme: Scheme,
    pub followers: &'a str,
    pub likes: &'a str,
    pub comments: &'a str,
    pub shares: &'a str,
    pub saves: &'a str,
    pub views: &'a str,
    pub posts: &'a str,
    /// `Some` when interactions come as a per-post list instead of totals.
    pub list: Option<&'a str>,
}

/// Everything the page shows, derived from [`CreatorInputs`].
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// One message per field that could not be read, in field order.
    pub errors: Vec<(Field, String)>,
    pub followers: Option<u64>,
    /// Posts the totals cover (at least 1).
    pub posts: u64,
    pub totals: Interactions,
    pub tier: Option<TierBand>,
    pub rates: EngagementRates,
    /// Median and mean per post, from a per-post list.
    pub per_post: Option<PerPostSummary>,
    pub assessment: Assessment,
    pub flags: Vec<Flag>,
}

impl Report {
    /// The message for `field`, if its text could not be read.
    #[must_use]
    pub fn error(&self, field: Field) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }

    /// Whether `field` holds a figure the results can use.
    fn given(&self, field: Field) -> bool {
        let t = &self.totals;
        match field {
            Field::Followers => self.followers.is_some(),
            Field::Likes => t.likes.is_some(),
            Field::Comments => t.comments.is_some(),
            Field::Shares => t.shares.is_some(),
            Field::Saves => t.saves.is_some(),
            Field::Views => t.views.is_some(),
            Field::Posts | Field::List => self.error(field).is_none(),
        }
    }

    /// What the tier and the fee wait for: "Enter followers", "Correct subscribers".
    #[must_use]
    pub fn size_prompt(&self, platform: Platform) -> String {
        self.prompt(platform, "Enter", &[Field::Followers])
    }

    /// What the engagement rate waits for: "Add likes and comments".
    #[must_use]
    pub fn rate_prompt(&self, platform: Platform) -> String {
        self.prompt(
            platform,
            "Add",
            &[Field::Followers, Field::Likes, Field::Comments],
        )
    }

    /// What to do for a result that needs `fields` on `platform`: "Correct
    /// likes" where one was typed but cannot be read, else `verb` and the
    /// ones not given ("Enter followers"), named as the form names them.
    #[must_use]
    pub fn prompt(&self, platform: Platform, verb: &str, fields: &[Field]) -> String {
        let missing: Vec<Field> = fields.iter().copied().filter(|f| !self.given(*f)).collect();
        let unread: Vec<Field> = missing
            .iter()
            .copied()
            .filter(|f| self.error(*f).is_some())
            .collect();
        let (verb, shown) = match (unread.is_empty(), missing.is_empty()) {
            (false, _) => ("Correct", unread.as_slice()),
            (true, false) => (verb, missing.as_slice()),
            (true, true) => (verb, fields),
        };
        let labels: Vec<String> = shown
            .iter()
            .map(|f| f.label(platform).to_ascii_lowercase())
            .collect();
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        format!("{verb} {}", csv::and_list(&labels))
    }
}

/// Computes every result from the raw inputs. A bad field yields a message for
/// that field and is treated as empty; everything else still computes.
#[must_use]
pub fn evaluate(inputs: &CreatorInputs<'_>) -> Report {
    let mut errors = Vec::new();
    let platform = inputs.platform;
    let mut read = |field: Field, parsed: Result<Option<u64>, InputError>| {
        parsed.unwrap_or_else(|e| {
            errors.push((field, e.message(field.label(platform))));
            None
        })
    };
    let followers = read(Field::Followers, parse_positive(inputs.followers));
    let (totals, posts, per_post) = if let Some(list) = inputs.list {
        match parse_post_list(list) {
            Ok(parsed) if !parsed.is_empty() => {
                let summary = followers.and_then(|f| per_post_summary(f, &parsed));
                let count = u64::try_from(parsed.len()).unwrap_or(1);
                (Interactions::total(&parsed), count, summary)
            }
            Ok(_) => (Interactions::default(), 1, None),
            Err(e) => {
                errors.push((Field::List, e.to_string()));
                (Interactions::default(), 1, None)
            }
        }
    } else {
        let totals = Interactions {
            likes: read(Field::Likes, parse_count(inputs.likes)),
            comments: read(Field::Comments, parse_count(inputs.comments)),
            shares: read(Field::Shares, parse_count(inputs.shares)),
            saves: read(Field::Saves, parse_count(inputs.saves)),
            views: read(Field::Views, parse_positive(inputs.views)),
        };
        let posts = read(Field::Posts, parse_positive(inputs.posts)).unwrap_or(1);
        (totals, posts, None)
    };
    let rates = EngagementRates::compute(followers, posts, &totals);
    let assessment = assess(platform, followers, &rates);
    let flags = flags::flags(followers, posts, &totals, &rates, &assessment);
    Report {
        errors,
        followers,
        posts,
        totals,
        tier: followers.map(|f| inputs.scheme.table().band(f)),
        rates,
        per_post,
        assessment,
        flags,
    }
}
