//! The niche multiplier: sponsorrate's published figures, within sponsorrate's
//! own 0.7-1.4 limit on its multipliers.

use super::super::niche::Niche;
use super::super::sources::{Sourced, OWN_ASSUMPTION, SPONSORRATE};

/// sponsorrate limits its combined multipliers to this range.
pub const SPONSORRATE_LIMITS: (f64, f64) = (0.7, 1.4);

/// The niche multiplier with its source.
#[must_use]
pub fn niche_factor(niche: Niche) -> Sourced {
    let sponsorrate = |value: f64, note: &'static str| Sourced {
        value: value.clamp(SPONSORRATE_LIMITS.0, SPONSORRATE_LIMITS.1),
        source: SPONSORRATE,
        note,
    };
    match niche {
        Niche::Finance => sponsorrate(
            1.5,
            "sponsorrate's finance figure is 1.5, above its own 1.4 limit, so 1.4 is used; \
             noxakit gives finance, B2B and medical +30-50%.",
        ),
        Niche::Tech => sponsorrate(1.3, "sponsorrate's tech figure."),
        Niche::Fashion | Niche::Beauty => {
            sponsorrate(1.1, "sponsorrate's fashion and beauty figure.")
        }
        Niche::Lifestyle => sponsorrate(0.9, "sponsorrate's lifestyle figure."),
        Niche::Travel => Sourced {
            value: 1.0,
            source: OWN_ASSUMPTION,
            note: "sponsorrate gives no travel figure. Klear 2019 found travel posts averaged \
                   far more than most niches, likely the cost of travelling; one survey, so it \
                   is not applied.",
        },
        Niche::Fitness
        | Niche::Food
        | Niche::Parenting
        | Niche::Gaming
        | Niche::Education
        | Niche::Other => Sourced {
            value: 1.0,
            source: OWN_ASSUMPTION,
            note: "No published figure for this niche: no adjustment.",
        },
    }
}
