//! The figure model of SPEC §3.

use std::fmt;
use std::ops::Range;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One numeric expression found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// Byte span in the document file, qualifier words included.
    pub span: Range<usize>,
    pub value: Value,
    pub kind: Kind,
    pub qualifier: Qualifier,
    /// The smallest place value the text states; `None` for dates and times.
    pub precision: Option<Decimal>,
    /// The currency or unit written with it, normalised (`MAD`, `km`).
    pub unit: Option<&'static str>,
    /// Where the noun it counts stands (`بطاقة` in `2.653.895 بطاقة`); read
    /// with [`Figure::noun`].
    pub(crate) noun: Option<Range<usize>>,
    /// Whether it states a change rather than a level.
    pub change: Option<Change>,
    /// The calendar of a year or date, when not the Gregorian one.
    pub calendar: Option<Calendar>,
    /// Which end of a range it is, and where the other end starts.
    pub range: Option<(RangeEnd, usize)>,
    /// The value of the other reading, where one separator and three
    /// digits stand before a scale word (`162.984 مليون` is 162,984,000 as
    /// written; 162,984,000,000 read with grouped thousands).
    pub(crate) alternative: Option<Decimal>,
}

impl Figure {
    /// A figure with nothing known of what it counts.
    pub(crate) fn new(
        span: Range<usize>,
        value: Value,
        kind: Kind,
        qualifier: Qualifier,
        precision: Option<Decimal>,
    ) -> Figure {
        Figure {
            span,
            value,
            kind,
            qualifier,
            precision,
            unit: None,
            noun: None,
            change: None,
            calendar: None,
            range: None,
            alternative: None,
        }
    }

    /// The exact source text of the figure.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.span.clone()).unwrap_or("")
    }

    /// The noun it counts as reports show it (SPEC §6.2): diacritics,
    /// tatweel and the hamza and ya variants folded as in patterns, the
    /// article and the prepositions glued to it removed (`بالبطاقات` →
    /// `بطاقات`), and the accusative ending of a count (`بلاغا` → `بلاغ`).
    /// Ta marbuta stays, so the word reads as written (`بطاقة`).
    pub fn noun(&self, source: &str) -> Option<String> {
        let word = source.get(self.noun.clone()?)?;
        Some(noun_form(word))
    }
}

/// See [`Figure::noun`].
pub fn noun_form(word: &str) -> String {
    let mut folded = String::with_capacity(word.len());
    for c in word.chars() {
        match crate::text::normalize::fold_char(c) {
            // Ta marbuta is kept as written.
            Some(_) if c == 'ة' => folded.push('ة'),
            Some(f) => folded.push(f),
            None => {}
        }
    }
    let mut noun = folded.as_str();
    for article in ["وال", "بال", "فال", "كال", "ال"] {
        if let Some(rest) = noun.strip_prefix(article).filter(|r| r.chars().count() >= 2) {
            noun = rest;
            break;
        }
    }
    // لل is ل + ال: لللاجئين aside, the rest starts after both.
    if let Some(rest) = noun.strip_prefix("لل").filter(|r| r.chars().count() >= 2) {
        noun = rest;
    }
    // The accusative -ا of a counted noun (`مستفيدا`), not the -يا of a
    // plural (`ضحايا`, `قضايا`).
    if noun.chars().count() >= 4 && noun.ends_with('ا') && !noun.ends_with("يا") && !noun.ends_with("اا") {
        noun = &noun[..noun.len() - 'ا'.len_utf8()];
    }
    noun.to_string()
}

/// A figure that states a change (`ارتفع بـ 5 في المائة`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    Rise,
    Fall,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Rise => "rise",
            Change::Fall => "fall",
        }
    }
}

/// An end of a range (`بين A و B`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RangeEnd {
    From,
    To,
}

impl RangeEnd {
    pub fn as_str(self) -> &'static str {
        match self {
            RangeEnd::From => "from",
            RangeEnd::To => "to",
        }
    }
}

/// A calendar other than the Gregorian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Calendar {
    Hijri,
}

impl Calendar {
    pub fn as_str(self) -> &'static str {
        match self {
            Calendar::Hijri => "hijri",
        }
    }
}

/// A figure's value: an exact decimal, a (possibly partial) date, or a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Number(Decimal),
    Date(Date),
    Time { hour: u8, minute: u8 },
}

/// An ISO 8601 calendar date; the year or the day may be missing from the
/// text (`17 ديسمبر` is `--12-17`, `ديسمبر 2025` is `2025-12`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub(crate) year: Option<u16>,
    pub(crate) month: u8,
    pub(crate) day: Option<u8>,
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => write!(f, "{}", n.normalize()),
            Value::Date(d) => write!(f, "{d}"),
            Value::Time { hour, minute } => write!(f, "{hour:02}:{minute:02}"),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.day) {
            (Some(y), Some(d)) => write!(f, "{y:04}-{:02}-{d:02}", self.month),
            (Some(y), None) => write!(f, "{y:04}-{:02}", self.month),
            (None, Some(d)) => write!(f, "--{:02}-{d:02}", self.month),
            (None, None) => write!(f, "--{:02}", self.month),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Number,
    Percent,
    Year,
    Date,
    Time,
    /// A share written as a fraction (`ثلث السكان`), its value the decimal.
    Fraction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
    About,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Percent => "percent",
            Kind::Year => "year",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Fraction => "fraction",
        }
    }
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::AtMost => "at_most",
            Qualifier::About => "about",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The most percentage points a change of a rate can be: past it, points
/// are a stock index's level (`(1945.9) نقطة`).
pub const MOST_PERCENTAGE_POINTS: rust_decimal::Decimal = rust_decimal::Decimal::ONE_HUNDRED;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_as_plain_decimals_and_iso_dates() {
        let scaled = Decimal::new(36, 1) * Decimal::from(1_000_000);
        assert_eq!(Value::Number(scaled).to_string(), "3600000");
        assert_eq!(Value::Number(Decimal::new(250, 2)).to_string(), "2.5");
        let date = Date {
            year: Some(2017),
            month: 12,
            day: Some(22),
        };
        assert_eq!(Value::Date(date).to_string(), "2017-12-22");
        let no_year = Date {
            year: None,
            month: 12,
            day: Some(17),
        };
        assert_eq!(no_year.to_string(), "--12-17");
        assert_eq!(Value::Time { hour: 20, minute: 0 }.to_string(), "20:00");
    }
}
