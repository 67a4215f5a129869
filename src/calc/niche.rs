//! Niches, and the few published niche figures that exist.

use super::source::Source;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Niche {
    Fashion,
    Beauty,
    Travel,
    Fitness,
    Food,
    Parenting,
    Gaming,
    Tech,
    Finance,
    Education,
    Lifestyle,
    #[default]
    Other,
}

impl Niche {
    pub const ALL: [Self; 12] = [
        Self::Fashion,
        Self::Beauty,
        Self::Travel,
        Self::Fitness,
        Self::Food,
        Self::Parenting,
        Self::Gaming,
        Self::Tech,
        Self::Finance,
        Self::Education,
        Self::Lifestyle,
        Self::Other,
    ];

    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Fashion => "fashion",
            Self::Beauty => "beauty",
            Self::Travel => "travel",
            Self::Fitness => "fitness",
            Self::Food => "food",
            Self::Parenting => "parenting",
            Self::Gaming => "gaming",
            Self::Tech => "tech",
            Self::Finance => "finance",
            Self::Education => "education",
            Self::Lifestyle => "lifestyle",
            Self::Other => "other",
        }
    }

    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Fashion => "Fashion",
            Self::Beauty => "Beauty",
            Self::Travel => "Travel",
            Self::Fitness => "Fitness and sport",
            Self::Food => "Food and drink",
            Self::Parenting => "Parenting and family",
            Self::Gaming => "Gaming",
            Self::Tech => "Tech",
            Self::Finance => "Finance",
            Self::Education => "Education",
            Self::Lifestyle => "Lifestyle",
            Self::Other => "Other or mixed",
        }
    }

    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        super::find_by_id(&Self::ALL, Self::id, id)
    }
}

/// A published engagement figure for a niche (Instagram unless the note says).
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

const STATISTA_2023: Source = Source {
    name: "Statista, Instagram engagement by topic",
    year: Some(2023),
    sample: "not stated",
    url: "",
};

const BUZZOOLE: Source = Source {
    name: "Buzzoole",
    year: None,
    sample: "not stated",
    url: "",
};

const fn statista(niche: Niche, percent: f64) -> NicheFigure {
    NicheFigure {
        niche,
        source: STATISTA_2023,
        percent,
        reading: "average",
        note: "Instagram, all tiers",
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
