//! Follower bands: the one half-open range check, and the one rule that turns
//! a table of per-band figures into a curve without steps.
//!
//! Published tables give one figure per follower band (1,000-4,999: 4.26%;
//! 5,000-19,999: 2.28%). Read literally, a single follower more at 5,000
//! changes the figure by half. Every table here is read the same way instead:
//! each band's figure sits at the band's geometric middle, and between two
//! middles the figure moves in a straight line on a log-log chart (a constant
//! growth rate per doubling of followers). Beyond the first and last middle it
//! stays at the end band's figure.

/// A follower range `[from, to)`; `to: None` is open-ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub from: u64,
    pub to: Option<u64>,
}

/// An open-ended band is read as reaching one decade past its known end.
/// This calculator's own assumption: it only decides where the band's figure
/// is placed, between its neighbours.
pub const OPEN_END_DECADES: f64 = 1.0;

impl Span {
    #[must_use]
    pub const fn new(from: u64, to: Option<u64>) -> Self {
        Self { from, to }
    }

    /// Every count from 0 up.
    pub const ALL: Self = Self::new(0, None);

    /// Whether `count` is in `[from, to)`: the only band check in the calculator.
    #[must_use]
    pub fn contains(self, count: u64) -> bool {
        count >= self.from && self.to.is_none_or(|to| count < to)
    }

    /// The band's geometric middle (`sqrt(from x to)`); an open end is read as
    /// [`OPEN_END_DECADES`] beyond the known one. `None` for `[0, None)`.
    #[must_use]
    pub fn middle(self) -> Option<f64> {
        let stretch = 10f64.powf(OPEN_END_DECADES);
        match (count(self.from), self.to.map(count)) {
            (from, Some(to)) if from > 0.0 => Some((from * to).sqrt()),
            (_, Some(to)) => Some(to / stretch.sqrt()),
            (from, None) if from > 0.0 => Some(from * stretch.sqrt()),
            (_, None) => None,
        }
    }
}

/// A count as f64. Exact: counts are capped far below 2^53.
#[allow(clippy::cast_precision_loss)]
#[must_use]
pub fn count(n: u64) -> f64 {
    n as f64
}

/// The value of a stepped table at `x`: log-log interpolation between the
/// band middles, flat beyond the ends. `points` are `(middle, value)` with
/// ascending middles and positive values; `None` when there are none.
#[must_use]
pub fn interpolate(points: &[(f64, f64)], x: f64) -> Option<f64> {
    let (first, last) = (points.first()?, points.last()?);
    if x <= first.0 {
        return Some(first.1);
    }
    if x >= last.0 {
        return Some(last.1);
    }
    let [(x0, y0), (x1, y1)] = points.windows(2).find_map(|w| match w {
        [a, b] if x < b.0 => Some([*a, *b]),
        _ => None,
    })?;
    if x1 <= x0 || y0 <= 0.0 || y1 <= 0.0 {
        return Some(y0);
    }
    let t = (x / x0).ln() / (x1 / x0).ln();
    Some(y0 * (y1 / y0).powf(t))
}

/// A table's figure at `followers`, without steps: each band's value at its
/// middle (see [`Span::middle`]), [`interpolate`]d between them. Bands must be
/// sorted and may leave gaps (the neighbours are interpolated across them).
#[must_use]
pub fn blended(bands: impl IntoIterator<Item = (Span, f64)>, followers: u64) -> Option<f64> {
    let points: Vec<(f64, f64)> = bands
        .into_iter()
        .filter_map(|(span, value)| Some((span.middle()?, value)))
        .collect();
    interpolate(&points, count(followers.max(1)))
}
