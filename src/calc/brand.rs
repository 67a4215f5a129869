//! The brand view's inputs to the budget calculator ([`super::budget`]), priced
//! by the same fee model and typical engagement the creator view uses, so both
//! sides of a deal see one set of numbers: a fee per tier for the planner and
//! a fee range, published methods and engagement per shortlisted creator.
//!
//! Amounts come out in the page's currency (US dollars x `per_usd`).

use super::benchmarks::RateKind;
use super::budget::planner::{representative_followers, TierPrice, TypicalRate};
use super::budget::quote::{check, FeeRange, Funnel, MethodPrice, Offer, Position, QuoteInputs};
use super::budget::shortlist::Candidate;
use super::deliverable::Deliverable;
use super::engagement::{EngagementRates, Interactions};
use super::fee::{estimate, FeeInputs, Terms};
use super::flags::{flags, Flag};
use super::niche::Niche;
use super::platform::Platform;
use super::shortlist::ShortlistRow;
use super::tier::{Scheme, TierBand};
use super::typical::typical;
use super::verdict::{assess, Assessment};

/// What every creator is asked for, and how it is paid.
#[derive(Clone, Debug, PartialEq)]
pub struct Deal {
    pub platform: Platform,
    pub niche: Niche,
    pub package: Vec<(Deliverable, u32)>,
    pub terms: Terms,
    /// The page's currency per US dollar.
    pub per_usd: f64,
    /// Sales funnel and order value for valuing commission.
    pub funnel: Funnel,
    pub order_value: f64,
}

/// A fee in the page's currency, with the published methods scaled alike.
#[derive(Clone, Debug, PartialEq)]
pub struct Priced {
    pub range: FeeRange,
    /// Each published method's price for the same package and terms.
    pub methods: Vec<MethodPrice>,
}

/// The typical engagement rate at this size, for a plan's expected
/// engagements: per follower where a benchmark gives one, else by views
/// (TikTok, YouTube and the other platforms judged per view); the middle of
/// the range the verdict uses.
#[must_use]
pub fn typical_rate(platform: Platform, followers: u64) -> Option<TypicalRate> {
    [RateKind::PerFollower, RateKind::PerView]
        .into_iter()
        .find_map(|kind| {
            typical(platform, followers, kind).map(|t| TypicalRate {
                percent: t.centre(),
                kind,
            })
        })
}

/// The engagement rate a quote is judged at: the account's `own` rate per
/// follower, else the typical one ([`typical_rate`]: by views on platforms
/// judged per view); `None` where neither is known, which leaves the cost
/// per engagement unknown.
#[must_use]
pub fn engagement_or_typical(
    own: Option<f64>,
    platform: Platform,
    followers: u64,
) -> Option<TypicalRate> {
    own.map(TypicalRate::per_follower)
        .or_else(|| typical_rate(platform, followers))
}

impl Deal {
    /// The deliverable whose reach counts: the first asked for, else the base post.
    #[must_use]
    pub fn deliverable(&self) -> Deliverable {
        self.package
            .iter()
            .find(|(d, n)| *n > 0 && d.platform() == self.platform)
            .map_or(Deliverable::default_for(self.platform), |&(d, _)| d)
    }

    /// The fee for an account on `platform` (the package where it is for that
    /// platform, else one base post); `assessment` adjusts for engagement.
    #[must_use]
    pub fn price(
        &self,
        platform: Platform,
        followers: u64,
        assessment: Option<&Assessment>,
    ) -> Option<Priced> {
        let fee = estimate(&FeeInputs {
            platform,
            followers,
            assessment,
            niche: self.niche,
            deliverables: &self.package,
            terms: self.terms,
        })?;
        let k = self.per_usd;
        // Every step after the base post scales each method as it scales the consensus.
        let scale = if fee.base.consensus.typical > 0.0 {
            fee.typical / fee.base.consensus.typical * k
        } else {
            0.0
        };
        Some(Priced {
            range: FeeRange::new(fee.low * k, fee.typical * k, fee.high * k),
            methods: fee
                .base
                .figures
                .iter()
                .map(|f| MethodPrice {
                    source: f.method.source,
                    amount: f.usd * scale,
                })
                .collect(),
        })
    }

    /// Each tier of `scheme` at its representative account: typical fee and
    /// typical engagement rate, for the planner.
    #[must_use]
    pub fn tiers(&self, scheme: Scheme) -> Vec<TierPrice> {
        scheme
            .table()
            .bands
            .iter()
            .filter_map(|band| {
                let followers = representative_followers(band)?;
                let fee = self.price(self.platform, followers, None)?.range.typical;
                Some((*band, fee, typical_rate(self.platform, followers)))
            })
            .collect()
    }
}

/// One shortlisted creator, judged.
#[derive(Clone, Debug, PartialEq)]
pub struct Judged {
    pub tier: Option<TierBand>,
    /// (likes + comments) / followers, percent.
    pub rate: Option<f64>,
    /// The verdict as shown: its name, or why there is none.
    pub verdict_label: &'static str,
    pub flags: Vec<Flag>,
    pub priced: Option<Priced>,
    /// Cash + product + expected commission, when a quote is given.
    pub offer: Option<f64>,
    pub position: Option<Position>,
    /// What the shortlist totals read.
    pub candidate: Candidate,
}

/// A shortlist row judged as the creator view judges an account, priced with
/// `deal`, its offer placed against its fair range.
#[must_use]
pub fn judge(row: &ShortlistRow, deal: &Deal, scheme: Scheme) -> Judged {
    let totals = Interactions {
        likes: row.likes,
        comments: row.comments,
        views: row.views,
        ..Interactions::default()
    };
    let rates = EngagementRates::compute(row.followers, 1, &totals);
    let assessment = assess(row.platform, row.followers, &rates);
    let flags = flags(row.followers, 1, &totals, &rates, &assessment);
    let followers = row.followers.unwrap_or(0);
    let priced = row
        .followers
        .and_then(|f| deal.price(row.platform, f, Some(&assessment)));
    let range = priced.as_ref().map_or_else(FeeRange::default, |p| p.range);
    let engagement = engagement_or_typical(rates.per_follower, row.platform, followers);
    let offer = row.quote.map(|cash| {
        check(&QuoteInputs {
            offer: Offer {
                cash,
                product_value: row.product_value.unwrap_or(0.0),
                commission_percent: row.commission.unwrap_or(0.0),
                average_order_value: deal.order_value,
            },
            deliverable: Deliverable::default_for(row.platform),
            followers,
            engagement,
            funnel: deal.funnel,
            range,
            methods: &[],
        })
        .total
    });
    Judged {
        tier: row.followers.map(|f| scheme.table().band(f)),
        rate: rates.per_follower,
        verdict_label: assessment.label(),
        flags,
        position: offer
            .filter(|_| priced.is_some())
            .map(|o| Position::of(o, range)),
        priced,
        offer,
        candidate: Candidate {
            followers,
            // The shortlist compares rates per follower (its rows always
            // have likes and comments).
            engagement_percent: engagement
                .filter(|r| r.kind == RateKind::PerFollower)
                .map_or(0.0, |r| r.percent),
            range,
            quote: offer,
        },
    }
}
