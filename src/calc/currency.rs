//! Currencies, the dated rate table shipped with the app, and the default
//! currency for a browser locale.
//!
//! The app never fetches rates: every conversion uses [`RATES_AS_OF`]'s table,
//! and the page shows that date. The rates are approximate mid-market figures
//! for that month, good to a few percent: enough to price a post, not to settle
//! an invoice.

use super::source::Source;

/// The month the rate table describes (ISO 8601 year and month).
pub const RATES_AS_OF: &str = "2024-06";

/// Where the rates come from: named plainly as our own approximate table.
pub const RATES_SOURCE: Source = Source {
    name: "This calculator's own approximate exchange-rate table (mid-market, end of June 2024)",
    year: Some(2024),
    sample: "one approximate mid-market rate per currency, rounded; not live, not for settlement",
    url: "",
};

/// A currency the fee can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Currency {
    #[default]
    Usd,
    Eur,
    Gbp,
    Cad,
    Aud,
    Inr,
    Jpy,
    Nzd,
    Sgd,
    Chf,
    Sek,
    Nok,
    Dkk,
    Pln,
    Brl,
    Mxn,
    Zar,
    Hkd,
    Aed,
}

impl Currency {
    /// Every currency, in the order the picker lists them.
    pub const ALL: [Self; 19] = [
        Self::Usd,
        Self::Eur,
        Self::Gbp,
        Self::Cad,
        Self::Aud,
        Self::Inr,
        Self::Jpy,
        Self::Nzd,
        Self::Sgd,
        Self::Chf,
        Self::Sek,
        Self::Nok,
        Self::Dkk,
        Self::Pln,
        Self::Brl,
        Self::Mxn,
        Self::Zar,
        Self::Hkd,
        Self::Aed,
    ];

    /// The ISO 4217 code: the `currency` URL parameter and `data-value`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Usd => "USD",
            Self::Eur => "EUR",
            Self::Gbp => "GBP",
            Self::Cad => "CAD",
            Self::Aud => "AUD",
            Self::Inr => "INR",
            Self::Jpy => "JPY",
            Self::Nzd => "NZD",
            Self::Sgd => "SGD",
            Self::Chf => "CHF",
            Self::Sek => "SEK",
            Self::Nok => "NOK",
            Self::Dkk => "DKK",
            Self::Pln => "PLN",
            Self::Brl => "BRL",
            Self::Mxn => "MXN",
            Self::Zar => "ZAR",
            Self::Hkd => "HKD",
            Self::Aed => "AED",
        }
    }

    /// The English name, for the picker.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Usd => "US dollar",
            Self::Eur => "Euro",
            Self::Gbp => "Pound sterling",
            Self::Cad => "Canadian dollar",
            Self::Aud => "Australian dollar",
            Self::Inr => "Indian rupee",
            Self::Jpy => "Japanese yen",
            Self::Nzd => "New Zealand dollar",
            Self::Sgd => "Singapore dollar",
            Self::Chf => "Swiss franc",
            Self::Sek => "Swedish krona",
            Self::Nok => "Norwegian krone",
            Self::Dkk => "Danish krone",
            Self::Pln => "Polish złoty",
            Self::Brl => "Brazilian real",
            Self::Mxn => "Mexican peso",
            Self::Zar => "South African rand",
            Self::Hkd => "Hong Kong dollar",
            Self::Aed => "UAE dirham",
        }
    }

    /// Reads an ISO code case-insensitively ("gbp", " EUR "); `None` otherwise.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        super::find_by_id(&Self::ALL, Self::code, code)
    }

    /// Digits after the decimal point in the major unit (ISO 4217 minor unit).
    #[must_use]
    pub const fn decimals(self) -> u8 {
        match self {
            Self::Jpy => 0,
            _ => 2,
        }
    }

    /// Units of this currency per US dollar, from the table dated [`RATES_AS_OF`].
    #[must_use]
    pub const fn per_usd(self) -> f64 {
        match self {
            Self::Usd => 1.0,
            Self::Eur => 0.93,
            Self::Gbp => 0.79,
            Self::Cad => 1.37,
            Self::Aud => 1.50,
            Self::Inr => 83.4,
            Self::Jpy => 160.0,
            Self::Nzd => 1.64,
            Self::Sgd => 1.355,
            Self::Chf => 0.90,
            Self::Sek => 10.6,
            Self::Nok => 10.65,
            Self::Dkk => 6.96,
            Self::Pln => 4.02,
            Self::Brl => 5.55,
            Self::Mxn => 18.3,
            Self::Zar => 18.2,
            // Pegged: 7.75-7.85 band, and 3.6725 since 1997.
            Self::Hkd => 7.81,
            Self::Aed => 3.6725,
        }
    }

    /// `usd` US dollars in this currency (unrounded).
    #[must_use]
    pub fn from_usd(self, usd: f64) -> f64 {
        usd * self.per_usd()
    }

    /// `amount` of this currency in US dollars (unrounded).
    #[must_use]
    pub fn to_usd(self, amount: f64) -> f64 {
        amount / self.per_usd()
    }

    /// `amount` of currency `from` in this currency (unrounded).
    #[must_use]
    pub fn convert(self, amount: f64, from: Self) -> f64 {
        self.from_usd(from.to_usd(amount))
    }

    /// The default currency for a BCP 47 locale tag such as `en-GB`, `fr-CA`,
    /// `zh-Hant-HK` or `en_IN`: by its region, or for a tag without one by a
    /// language spoken mainly in one currency area (`ja`, `sv`). US dollars
    /// otherwise.
    #[must_use]
    pub fn default_for_locale(tag: &str) -> Self {
        let mut subtags = tag.trim().split(['-', '_']);
        let language = subtags.next().unwrap_or("");
        // The region is the first two-letter subtag after the language (scripts
        // have four letters, variants five or more, extensions start with one).
        let region = subtags
            .take_while(|s| s.len() != 1)
            .find(|s| s.len() == 2 && s.chars().all(|c| c.is_ascii_alphabetic()));
        match region {
            Some(region) => for_region(&region.to_ascii_uppercase()),
            None => for_language(&language.to_ascii_lowercase()),
        }
    }
}

/// Euro area members and the microstates that use the euro by agreement.
/// Bulgaria joined the euro area on 1 January 2026.
const EURO_REGIONS: &[&str] = &[
    "AT", "BE", "BG", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PT", "SI", "SK", "AD", "MC", "SM", "VA", "ME", "XK",
];

fn for_region(region: &str) -> Currency {
    if EURO_REGIONS.contains(&region) {
        return Currency::Eur;
    }
    match region {
        "GB" | "UK" | "GG" | "JE" | "IM" => Currency::Gbp,
        "CA" => Currency::Cad,
        "AU" => Currency::Aud,
        "IN" => Currency::Inr,
        "JP" => Currency::Jpy,
        "NZ" => Currency::Nzd,
        "SG" => Currency::Sgd,
        "CH" | "LI" => Currency::Chf,
        "SE" => Currency::Sek,
        "NO" => Currency::Nok,
        "DK" | "FO" | "GL" => Currency::Dkk,
        "PL" => Currency::Pln,
        "BR" => Currency::Brl,
        "MX" => Currency::Mxn,
        "ZA" => Currency::Zar,
        "HK" => Currency::Hkd,
        "AE" => Currency::Aed,
        _ => Currency::Usd,
    }
}

/// Only languages whose speakers mostly share one currency; German, French,
/// Spanish and the rest span several, so they fall back to US dollars.
fn for_language(language: &str) -> Currency {
    match language {
        "ja" => Currency::Jpy,
        "sv" => Currency::Sek,
        "da" => Currency::Dkk,
        "nb" | "nn" | "no" => Currency::Nok,
        "pl" => Currency::Pln,
        "hi" => Currency::Inr,
        _ => Currency::Usd,
    }
}

/// Significant figures kept in a shown amount.
pub const SIGNIFICANT_FIGURES: i32 = 3;

/// Rounds `amount` (in `currency`'s major unit) for display: to three
/// significant figures, then to the currency's smallest unit, and never below
/// one smallest unit. Each step is a non-decreasing function, so rounding
/// keeps the order of amounts (a larger fee never shows smaller). Non-finite or
/// non-positive input gives the smallest unit.
#[must_use]
pub fn round_shown(amount: f64, currency: Currency) -> f64 {
    let unit = 10f64.powi(-i32::from(currency.decimals()));
    if !amount.is_finite() || amount <= 0.0 {
        return unit;
    }
    // Truncation is intended: the exponent of a finite positive f64 is in -324..=308.
    #[allow(clippy::cast_possible_truncation)]
    let exponent = amount.log10().floor() as i32;
    let step = 10f64.powi(exponent - (SIGNIFICANT_FIGURES - 1));
    let significant = (amount / step).round() * step;
    let scale = 10f64.powi(i32::from(currency.decimals()));
    ((significant * scale).round() / scale).max(unit)
}
