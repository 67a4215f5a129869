//! A fixed set of named options (platform, niche, currency, usage rights...):
//! what the page offers in a drop-down or a row of buttons and reads back from
//! the URL by id. Each is declared once with [`choice!`](crate::choice), which
//! writes the enum, its list and its ids and names from one table.

/// A fixed set of named options.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every option, in the order the page lists them.
    const ALL: &'static [Self];

    /// The URL value and `data-value`.
    fn id(self) -> &'static str;

    /// What a person calls it.
    fn name(self) -> &'static str;

    /// Other ids a link may use ("twitter" for X).
    #[must_use]
    fn aliases() -> &'static [(&'static str, Self)] {
        &[]
    }

    /// Reads an id (or an alias), ignoring case and surrounding spaces;
    /// `None` for anything else.
    #[must_use]
    fn from_id(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::ALL
            .iter()
            .map(|&c| (c.id(), c))
            .chain(Self::aliases().iter().copied())
            .find(|(id, _)| id.eq_ignore_ascii_case(text))
            .map(|(_, c)| c)
    }

    /// The option's position in [`Self::ALL`] (0 if absent, which a table
    /// test rules out).
    #[must_use]
    fn index(self) -> usize {
        Self::ALL.iter().position(|&c| c == self).unwrap_or(0)
    }
}

/// Declares an enum of named options and its [`Choice`] implementation:
///
/// ```
/// influencer_rate_calculator::choice! {
///     /// How long the brand may reuse the content.
///     pub enum Usage {
///         None = ("none", "None"),
///         Days30 = ("30d", "30 days"),
///     }
/// }
/// ```
///
/// Attributes before the enum (doc comments, `#[derive(Default)]`) and before
/// a variant (`#[default]`) are kept. An optional `aliases { "twitter" => X }`
/// block after the variants adds other ids a link may use.
#[macro_export]
macro_rules! choice {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = ($id:literal, $label:literal) ),+ $(,)?
        }
        $( aliases { $( $alias:literal => $target:ident ),+ $(,)? } )?
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $crate::calc::choice::Choice for $name {
            const ALL: &'static [Self] = &[ $( Self::$variant ),+ ];

            fn id(self) -> &'static str {
                match self { $( Self::$variant => $id ),+ }
            }

            fn name(self) -> &'static str {
                match self { $( Self::$variant => $label ),+ }
            }

            $(
                fn aliases() -> &'static [(&'static str, Self)] {
                    &[ $( ($alias, Self::$target) ),+ ]
                }
            )?
        }
    };
}
