//! Where a figure comes from: shown in the app beside every number.

/// A publication or dataset a figure is taken from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Publisher and title, as a reader would search for it.
    pub name: &'static str,
    /// `None` where the citation gives no year.
    pub year: Option<u16>,
    /// What was measured, and how many ("about 37,000 Instagram accounts").
    /// `"not stated"` where the publisher does not say.
    pub sample: &'static str,
    /// Where to read it; empty where only a secondary citation exists.
    pub url: &'static str,
}

impl Source {
    #[must_use]
    pub const fn new(
        name: &'static str,
        year: Option<u16>,
        sample: &'static str,
        url: &'static str,
    ) -> Self {
        Self {
            name,
            year,
            sample,
            url,
        }
    }
}

/// This calculator's own choices, named as such wherever they are used.
pub const OWN_ASSUMPTION: Source = Source {
    name: "This calculator's own assumption",
    year: Some(2026),
    sample: "none: a judgement, stated so it can be checked",
    url: "",
};
