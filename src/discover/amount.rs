//! Every amount of an article as discovery weighs it (SPEC §7.2): a
//! count, a percentage or a change in percentage points, with the
//! interval of values that round to what the text states, its quantity
//! key, its period, and where it stands.

use rust_decimal::Decimal;

use super::{Article, Facts, FigureRef};
use crate::extract::{Change, Figure, Kind, Qualifier, Value};

/// What an amount measures; only amounts of one class meet in arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Class {
    Count,
    Percent,
    /// A difference of percentages (`نقطة مئوية`, `points`).
    Points,
}

/// The closed interval of values a figure may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Interval {
    pub(crate) lo: Decimal,
    pub(crate) hi: Decimal,
}

impl Interval {
    pub(crate) fn point(v: Decimal) -> Interval {
        Interval { lo: v, hi: v }
    }

    pub(crate) fn overlaps(self, other: Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    pub(crate) fn width(self) -> Decimal {
        self.hi.saturating_sub(self.lo)
    }

    pub(crate) fn add(self, other: Interval) -> Option<Interval> {
        Some(Interval {
            lo: self.lo.checked_add(other.lo)?,
            hi: self.hi.checked_add(other.hi)?,
        })
    }

    pub(crate) fn sub(self, other: Interval) -> Option<Interval> {
        Some(Interval {
            lo: self.lo.checked_sub(other.hi)?,
            hi: self.hi.checked_sub(other.lo)?,
        })
    }

    /// `self / other` for a positive `other`.
    pub(crate) fn div(self, other: Interval) -> Option<Interval> {
        if other.lo <= Decimal::ZERO {
            return None;
        }
        let corners = [
            self.lo.checked_div(other.lo)?,
            self.lo.checked_div(other.hi)?,
            self.hi.checked_div(other.lo)?,
            self.hi.checked_div(other.hi)?,
        ];
        Some(Interval {
            lo: corners.iter().copied().min()?,
            hi: corners.iter().copied().max()?,
        })
    }
}

/// One amount of an article.
#[derive(Debug, Clone)]
pub(crate) struct Amount {
    pub(crate) at: FigureRef,
    /// The value as stated (a percentage as its percent: 51.1).
    pub(crate) value: Decimal,
    /// The values that round to it, in the same unit as `value`.
    pub(crate) interval: Interval,
    /// The smallest place value stated (1 for an exact count).
    pub(crate) precision: Decimal,
    pub(crate) class: Class,
    pub(crate) qualifier: Qualifier,
    pub(crate) unit: Option<&'static str>,
    pub(crate) key: Option<std::sync::Arc<str>>,
    /// The year its sentence names.
    pub(crate) period: Option<i64>,
    /// The year its article reports on: its period when compared with
    /// another document's figures and its sentence names none.
    pub(crate) article_year: Option<i64>,
    pub(crate) change: Option<Change>,
    pub(crate) sentence: usize,
    pub(crate) headline: bool,
    /// Its place among the article's amounts.
    pub(crate) order: usize,
    pub(crate) french: bool,
    /// Read the other way (`162.984 مليون` as 162,984 million, SPEC §7.2):
    /// an amount of its own, beside the one read as written.
    pub(crate) alternative: bool,
    /// In a table: the quantity keys of its labels' words.
    pub(crate) labels: super::Labels,
    /// In prose: the key of the word after its noun.
    pub(crate) next_key: Option<std::sync::Arc<str>>,
    /// The subject of its clause (see `subject`): what an amount with no
    /// noun is of.
    pub(crate) subject: Option<std::sync::Arc<str>>,
    /// Its value with two written parts swapped (see [`Swap`]).
    pub(crate) swapped: Option<Swap>,
    /// Introduced as set against the figure before it (`مقابل`, `contre`).
    pub(crate) contrasted: bool,
    /// For a percentage: the span of years it is an average over.
    pub(crate) span: Option<(i64, i64)>,
    /// Which end of a range it is (`entre 10.000 et 12.000`), if any.
    pub(crate) range: Option<crate::extract::RangeEnd>,
}

/// Whether `later` is introduced as set against `earlier` (`X مقابل Y`,
/// `X contre Y`) and follows it with nothing between (`between`, in text
/// order) but the earlier figure's other reading.
pub(crate) fn set_against<'a>(earlier: &Amount, later: &Amount, mut between: impl Iterator<Item = &'a Amount>) -> bool {
    later.contrasted
        && earlier.at != later.at
        && earlier.at.article == later.at.article
        && between.all(|a| a.alternative && a.at == earlier.at)
}

/// Whether `later` follows `earlier` in one sentence with nothing between
/// (`between`, in text order) but the earlier figure's other reading: two
/// figures of a series (`بشهر ايار 3.23 مليون … بشهر حزيران 3.27 مليون`).
pub(crate) fn one_after_the_other<'a>(
    earlier: &Amount,
    later: &Amount,
    mut between: impl Iterator<Item = &'a Amount>,
) -> bool {
    earlier.at.article == later.at.article
        && earlier.sentence == later.sentence
        && between.all(|a| a.alternative && a.at == earlier.at)
}

impl Amount {
    /// Stated exactly: no qualifier and nothing rounded away.
    pub(crate) fn precise(&self) -> bool {
        self.qualifier == Qualifier::Exact && self.interval.width().is_zero()
    }

    /// How many significant digits the text states (`2.6 مليون`: 2).
    pub(crate) fn digits(&self) -> u32 {
        let Some(mantissa) = self.value.abs().checked_div(self.precision) else {
            return 1;
        };
        let digits = mantissa.trunc().normalize().to_string().len();
        u32::try_from(digits).unwrap_or(u32::MAX).max(1)
    }

    /// The place of the last digit that is not zero, at least the
    /// precision: `99.000` and `126.000` are whole thousands, as written
    /// to the unit as they are.
    pub(crate) fn granularity(&self) -> Decimal {
        const COARSEST: u32 = 15;
        let mut place = self.precision.max(Decimal::ONE);
        if self.value.is_zero() || !self.value.fract().is_zero() {
            return self.precision;
        }
        for _ in 0..COARSEST {
            let Some(next) = place.checked_mul(Decimal::TEN) else {
                break;
            };
            if !(self.value % next).is_zero() {
                break;
            }
            place = next;
        }
        place
    }

    /// The written digits as an integer and the place value of its last
    /// digit: `2.6 مليون` is (26, 100000).
    pub(crate) fn mantissa(&self) -> Option<(Decimal, Decimal)> {
        let m = self.value.checked_div(self.precision)?;
        m.fract().is_zero().then_some((m, self.precision))
    }
}

/// Nouns of time spans, as quantity keys: singulars and the keys their
/// plurals fold to (`ans` and `mois` are too short to lose their `s`;
/// broken plurals keep their own form).
const TIME_NOUNS: &[&str] = &[
    "شهر",
    "سنه",
    "سنين",
    "يوم",
    "اسبوع",
    "اسابيع",
    "ساعه",
    "دقيقه",
    "دقائق",
    "عام",
    "عاما",
    "اعوام",
    "mois",
    "moi",
    "an",
    "ans",
    "annee",
    "jour",
    "semaine",
    "heure",
    "trimestre",
];

/// The amounts of `article`, in text order.
pub(crate) fn amounts(article: &Article, a: usize) -> Vec<Amount> {
    let mut out = Vec::new();
    for (i, figure) in article.index.figures().iter().enumerate() {
        let Some(facts) = article.facts.get(i) else { continue };
        let Some((value, class)) = class_of(figure, facts.key.as_deref()) else {
            continue;
        };
        let precision = figure.precision.unwrap_or(Decimal::ONE);
        // A fraction states a share to the whole percent at best (SPEC
        // §7.1): `ثلث` is about 33%, as `check` reads it.
        let qualifier = match (figure.kind, figure.qualifier) {
            (Kind::Fraction, Qualifier::Exact) => Qualifier::About,
            (_, qualifier) => qualifier,
        };
        let Some(interval) = interval_of(qualifier, value, precision, class) else {
            continue;
        };
        let written = Amount {
            at: FigureRef { article: a, figure: i },
            value,
            interval,
            precision,
            class,
            qualifier,
            unit: figure.unit,
            range: figure.range.map(|(end, _)| end),
            key: match class {
                Class::Points => None,
                Class::Percent => facts.key.clone().or_else(|| share_of(facts)),
                Class::Count => facts.key.clone(),
            },
            period: facts.period,
            article_year: article.year,
            change: figure.change.or_else(|| restated_change(&out, class, facts)),
            sentence: facts.sentence,
            headline: facts.headline,
            order: out.len(),
            french: facts.french,
            alternative: false,
            labels: facts.labels.clone(),
            next_key: facts.next_key.clone(),
            subject: facts.subject.clone(),
            contrasted: facts.contrast_cue,
            span: facts.span,
            swapped: swapped_parts(
                figure,
                (value, precision, qualifier, class),
                facts.french,
                article.document.text(),
            ),
        };
        // The other reading is exact as far as it goes: its last digit
        // is a unit of the scale word.
        let other = figure.alternative.filter(|_| class == Class::Count).and_then(|value| {
            let precision = precision.checked_mul(Decimal::ONE_THOUSAND)?;
            Some(Amount {
                value,
                interval: interval_of(qualifier, value, precision, class)?,
                precision,
                order: out.len() + 1,
                alternative: true,
                swapped: None,
                ..written.clone()
            })
        });
        out.push(written);
        out.extend(other);
    }
    out
}

/// The quantity of a percentage the text states as a share of a total it
/// names (`بنسبة 48.9% من إجمالي عدد المواليد`): the share of that total,
/// a key no count has, so that two outlets' shares of one total compare.
fn share_of(facts: &Facts) -> Option<std::sync::Arc<str>> {
    let whole = facts.whole_named.as_deref()?;
    Some(std::sync::Arc::from(format!("{}{whole}", super::quantity::SHARE_OF)))
}

/// The change a percentage restates as a rate (`تراجع بمقدار 2,1 مليار
/// درهم، أي بنسبة 5,5 في المائة`, `en baisse de 12 000, soit 3 %`): that
/// of the count just before it in its sentence, which the text states as
/// a change. A rate of a named total (`من مجموع`) is a share instead.
fn restated_change(before: &[Amount], class: Class, facts: &Facts) -> Option<Change> {
    if class != Class::Percent || !facts.share_cue || facts.of_total {
        return None;
    }
    let previous = before.iter().rev().find(|a| !a.alternative)?;
    (previous.class == Class::Count && previous.sentence == facts.sentence)
        .then_some(previous.change)
        .flatten()
}

/// A figure's value with two of its written parts swapped, a slip as
/// common as two digits swapped: a count written as two numbers around a
/// thousand (`59 ألفا و97` for 97,059), or the two sides of an Arabic
/// paragraph's decimal point (`9.48 %` for 48.9), as text copied from a
/// right-to-left page turns them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Swap {
    pub(crate) value: Decimal,
    /// The values it stands for: its own precision, which a swap of the
    /// decimal point's sides changes (48.9 is stated to a tenth).
    pub(crate) interval: Interval,
    /// The precision it is stated to (0.1 for 48.9).
    pub(crate) precision: Decimal,
    /// The edit's name, as repairs say it.
    pub(crate) edit: &'static str,
}

/// The edit that swaps a figure's two numbers around a thousand.
const THOUSANDS_SWAPPED: &str = "its two numbers swapped";
/// The edit that swaps the two sides of a decimal point.
const POINT_SIDES_SWAPPED: &str = "the two sides of its decimal point swapped";

/// `figure`'s value with two of its written parts swapped, if it is
/// written so that a slip may have swapped them.
fn swapped_parts(
    figure: &Figure,
    (value, precision, qualifier, class): (Decimal, Decimal, Qualifier, Class),
    french: bool,
    text: &str,
) -> Option<Swap> {
    let written = figure.text(text);
    let thousands = (class == Class::Count && qualifier == Qualifier::Exact)
        .then(|| swapped_thousands(value, written))
        .flatten()
        .map(|swapped| (swapped, precision, THOUSANDS_SWAPPED));
    let point_sides = || {
        (!french)
            .then(|| swapped_point_sides(value, written))
            .flatten()
            .map(|(swapped, precision)| (swapped, precision, POINT_SIDES_SWAPPED))
    };
    let (value, precision, edit) = thousands.or_else(point_sides)?;
    Some(Swap {
        value,
        interval: interval_of(qualifier, value, precision, class)?,
        precision,
        edit,
    })
}

/// `value` with the digits before and after its decimal point swapped,
/// and the precision it then has, where the text writes it as those two
/// runs of digits around one point or comma (`9.48` → 48.9, `7,48` →
/// 48.7, `12.34` → 34.12): not one digit on each side (that is two digits
/// swapped, tried already), no zero before the point or after the swap,
/// and no scale word (`2.4 مليون` is read as millions). Direction marks
/// inside the number are passed over, as the reader passes them.
fn swapped_point_sides(value: Decimal, text: &str) -> Option<(Decimal, Decimal)> {
    if value.fract().is_zero() || value <= Decimal::ZERO {
        return None;
    }
    let mut runs: Vec<String> = vec![String::new()];
    let mut separators = 0;
    for c in text.chars() {
        match crate::text::normalize::digit_value(c) {
            Some(d) => runs.last_mut()?.push(char::from(b'0' + d)),
            None if crate::text::normalize::is_ignorable(c) => {}
            None if matches!(c, '.' | ',' | '٫' | '،') && !runs.last()?.is_empty() => {
                separators += 1;
                runs.push(String::new());
            }
            None if runs.last()?.is_empty() && runs.len() == 1 => {}
            None => break,
        }
    }
    let [whole, fraction] = &runs[..] else { return None };
    let one_digit_each = whole.len() == 1 && fraction.len() == 1;
    if separators != 1 || one_digit_each || fraction.is_empty() || fraction.starts_with('0') || whole.starts_with('0') {
        return None;
    }
    // The number as written must be the value (no scale word after it).
    let written: Decimal = format!("{whole}.{fraction}").parse().ok()?;
    if written != value {
        return None;
    }
    let swapped: Decimal = format!("{fraction}.{whole}").parse().ok()?;
    let precision = Decimal::try_new(1, u32::try_from(whole.len()).ok()?).ok()?;
    Some((swapped, precision))
}

/// `value` with its thousands and its units swapped, where the text
/// writes it as exactly those two numbers in that order (`59 ألفا و97`,
/// `٥٩ ألفا و٩٧`): each under a thousand, neither zero.
fn swapped_thousands(value: Decimal, text: &str) -> Option<Decimal> {
    if !value.fract().is_zero() || value <= Decimal::ZERO {
        return None;
    }
    let thousand = Decimal::ONE_THOUSAND;
    let (high, low) = ((value / thousand).trunc(), value % thousand);
    if high.is_zero() || low.is_zero() || high >= thousand {
        return None;
    }
    let mut runs: Vec<Decimal> = Vec::new();
    let mut digits = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        match crate::text::normalize::digit_value(c) {
            Some(d) => digits.push(char::from(b'0' + d)),
            None if !digits.is_empty() => {
                runs.push(digits.parse().ok()?);
                digits.clear();
            }
            None => {}
        }
    }
    if runs != [high, low] {
        return None;
    }
    low.checked_mul(thousand)?.checked_add(high)
}

fn class_of(figure: &Figure, key: Option<&str>) -> Option<(Decimal, Class)> {
    let Value::Number(value) = figure.value else {
        return None;
    };
    // The ends of a range (`من مليون و642 ألفا إلى مليون و700 ألف`) are
    // amounts too: a change runs from one to the other.
    if figure.calendar.is_some() {
        return None;
    }
    match figure.kind {
        Kind::Percent => Some((value, Class::Percent)),
        // `ثلث`, `les deux tiers`: the percentage it stands for.
        Kind::Fraction => Some((value.checked_mul(Decimal::ONE_HUNDRED)?, Class::Percent)),
        // Past a hundred, points are an index's level (`1945.9 نقطة`), a
        // count of its own.
        Kind::Number if figure.unit == Some("pp") && value.abs() <= crate::extract::MOST_PERCENTAGE_POINTS => {
            Some((value, Class::Points))
        }
        // A bare four-digit number that counts nothing is a year the
        // reader could not tell from a count (`موسم 2017-2018`).
        Kind::Number if key.is_none() && figure.unit.is_none() && looks_like_year(value) => None,
        // A span of time (`الأشهر العشرة`, `onze mois`) dates the figures
        // around it; it is not a quantity they add up to.
        Kind::Number if key.is_some_and(|k| TIME_NOUNS.contains(&k)) => None,
        Kind::Number => Some((value, Class::Count)),
        _ => None,
    }
}

fn looks_like_year(value: Decimal) -> bool {
    value.fract().is_zero() && value >= Decimal::from(1900) && value <= Decimal::from(2100)
}

/// The values that round to the figure: half its precision each side for
/// a rounded amount or a percentage, one unit of precision on the stated
/// side of a bound (`أزيد من 14 مليون`: 14 to 15 million); an exact count
/// is itself.
fn interval_of(qualifier: Qualifier, value: Decimal, precision: Decimal, class: Class) -> Option<Interval> {
    let half = precision.checked_div(Decimal::TWO)?;
    let rounded =
        class != Class::Count || precision > Decimal::ONE || !value.fract().is_zero() || precision < Decimal::ONE;
    Some(match qualifier {
        Qualifier::Exact if !rounded => Interval::point(value),
        Qualifier::Exact => Interval {
            lo: value.checked_sub(half)?,
            hi: value.checked_add(half)?,
        },
        Qualifier::About => Interval {
            lo: value.checked_sub(precision)?,
            hi: value.checked_add(precision)?,
        },
        Qualifier::MoreThan | Qualifier::AtLeast => Interval {
            lo: value,
            hi: value.checked_add(precision)?,
        },
        Qualifier::LessThan | Qualifier::AtMost => Interval {
            lo: value.checked_sub(precision)?,
            hi: value,
        },
    })
}

/// An exact count with nothing known around it, for tests to adjust.
#[cfg(test)]
pub(crate) fn bare(value: Decimal, precision: Decimal) -> Amount {
    Amount {
        at: FigureRef { article: 0, figure: 0 },
        value,
        interval: Interval::point(value),
        precision,
        class: Class::Count,
        qualifier: Qualifier::Exact,
        unit: None,
        key: None,
        period: None,
        article_year: None,
        change: None,
        sentence: 0,
        headline: false,
        order: 0,
        french: false,
        alternative: false,
        labels: super::Labels::default(),
        next_key: None,
        subject: None,
        swapped: None,
        contrasted: false,
        span: None,
        range: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_numbers_around_a_thousand_swap() {
        let swap = |value: i64, text: &str| swapped_thousands(Decimal::from(value), text);
        assert_eq!(swap(59_097, "59 ألفا و97"), Some(Decimal::from(97_059)));
        assert_eq!(swap(59_097, "٥٩ ألفا و٩٧"), Some(Decimal::from(97_059)));
        assert_eq!(swap(387_721, "387 ألفا و 721"), Some(Decimal::from(721_387)));
        // Not two numbers around a thousand.
        assert_eq!(swap(1_032_069, "1.032.069"), None);
        assert_eq!(swap(59_000, "59 ألف"), None);
        assert_eq!(swap(1_206_000, "مليون و 206 آلاف"), None);
        assert_eq!(swap(59_097, "59097"), None);
    }

    #[test]
    fn two_sides_of_a_decimal_point_swap() {
        let swap = |value: &str, text: &str| {
            swapped_point_sides(value.parse().unwrap(), text).map(|(v, p)| (v.to_string(), p.to_string()))
        };
        let some = |v: &str, p: &str| Some((v.to_string(), p.to_string()));
        // The value swapped, stated to as many decimals as the whole had digits.
        assert_eq!(swap("9.48", "9.48 %"), some("48.9", "0.1"));
        assert_eq!(swap("7.48", "7,48 في المائة"), some("48.7", "0.1"));
        assert_eq!(swap("12.5", "١٢٫٥٪"), some("5.12", "0.01"));
        assert_eq!(swap("12.34", "12.34%"), some("34.12", "0.01"));
        assert_eq!(swap("1.25", "من 1.25 إلى 3.5"), some("25.1", "0.1"));
        // A direction mark inside the number, as the reader passes it.
        assert_eq!(swap("9.48", "9\u{200F}.48 %"), some("48.9", "0.1"));
        // One digit on each side is two digits swapped, tried already.
        assert_eq!(swap("2.4", "2.4%"), None);
        // A scale word, a zero after the swap or before the point, no decimals.
        assert_eq!(swap("2400000", "2.4 مليون"), None);
        assert_eq!(swap("1.05", "1.05%"), None);
        assert_eq!(swap("0.25", "0.25"), None);
        assert_eq!(swap("9.48", "09.48"), None);
        // More digits than a decimal's scale holds: no swap, no panic.
        assert_eq!(swap("9.48", &format!("{}9.48", "0".repeat(30))), None);
        assert_eq!(swap("9.48", &format!("9.{}48", "1".repeat(40))), None);
        assert_eq!(swap("48", "48%"), None);
    }
}
