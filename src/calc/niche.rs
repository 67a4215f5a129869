//! Niches, and the few published niche figures that exist.

use super::sources::{Source, BUZZOOLE, STATISTA_TOPICS_2023};

crate::choice! {
    /// What the account is about.
    #[derive(Default)]
    pub enum Niche {
        Fashion = ("fashion", "Fashion"),
        Beauty = ("beauty", "Beauty"),
        Travel = ("travel", "Travel"),
        Fitness = ("fitness", "Fitness and sport"),
        Food = ("food", "Food and drink"),
        Parenting = ("parenting", "Parenting and family"),
        Gaming = ("gaming", "Gaming"),
        Tech = ("tech", "Tech"),
        Finance = ("finance", "Finance"),
        Education = ("education", "Education"),
        Lifestyle = ("lifestyle", "Lifestyle"),
        #[default]
        Other = ("other", "Other or mixed"),
    }
}

/// A published engagement figure for a niche (platform and formula as the note says).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NicheFigure {
    pub niche: Niche,
    pub source: Source,
    /// Percent; for "above"/"just under" figures, the bound given.
    pub percent: f64,
    /// How to read it: "average", "above", "just under".
    pub reading: &'static str,
    pub note: &'static str,
}

const fn statista(niche: Niche, percent: f64) -> NicheFigure {
    NicheFigure {
        niche,
        source: STATISTA_TOPICS_2023,
        percent,
        reading: "average",
        note: "social media users in general, all platforms and sizes",
    }
}

pub const NICHE_FIGURES: &[NicheFigure] = &[
    statista(Niche::Travel, 2.4),
    statista(Niche::Beauty, 1.95),
    statista(Niche::Fitness, 1.6),
    statista(Niche::Fashion, 1.53),
    statista(Niche::Education, 1.21),
    NicheFigure {
        niche: Niche::Gaming,
        source: BUZZOOLE,
        percent: 5.0,
        reading: "above",
        note: "platform and formula not stated",
    },
    NicheFigure {
        niche: Niche::Fitness,
        source: BUZZOOLE,
        percent: 4.0,
        reading: "just under",
        note: "\"sport\"; platform and formula not stated",
    },
    NicheFigure {
        niche: Niche::Travel,
        source: BUZZOOLE,
        percent: 4.0,
        reading: "just under",
        note: "\"tourism\"; platform and formula not stated",
    },
];

/// The published figures for a niche, possibly none.
pub fn figures(niche: Niche) -> impl Iterator<Item = &'static NicheFigure> {
    NICHE_FIGURES.iter().filter(move |f| f.niche == niche)
}
