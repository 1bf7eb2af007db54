//! The number grammar: units, tens, hundreds and scales, in words, digits
//! or both, joined by و the way Arabic composes them (SPEC §3). Words below
//! a thousand are read by `lang/ar/compose.rs`; a French paragraph by
//! `lang/fr/compose.rs`, which departs from this grammar.
//!
//! ```text
//! number  := group ( [و] group )*      each group smaller than the scale
//!                                      that ends the one before; a group
//!                                      of digits needs the و
//! group   := count scale* | scale+     scales grow: ألف مليار
//! count   := numeral | small
//! small   := hundreds [[و] tens_units] | tens_units
//! tens_units := unit عشر | unit و tens | tens | عشرة | unit | صفر
//! fraction := و (نصف | ربع) [scale]   after a group that ends in a scale
//! part_of  := (نصف | ربع | unit أرباع) scale     نصف مليون، ثلاثة أرباع المليون
//! ```

use rust_decimal::Decimal;

use super::lang::ar::compose::{joined_word, small};
use super::lexicon::{NumberWord, ScaleForm};
use super::window::Prefix::None as NoPrefix;
use super::window::{Prefix, Window};

/// A number read from tokens `[start, next)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Composed {
    pub next: usize,
    /// `None` when the number is beyond rust_decimal.
    pub value: Option<Decimal>,
    pub precision: Option<Decimal>,
    /// The scale word the number ends with, if any (`ألف` in `130 ألف`).
    pub scale: Option<u64>,
    /// Written as digits from its first token.
    pub digits_first: bool,
    /// Only a word for "one" (واحد، إحدى), which the reader keeps or drops
    /// by what stands around it.
    pub lone_one: bool,
    /// A numeral with no scale: the token it came from, for years.
    pub bare_numeral: bool,
    /// One separator and three digits before a scale word, read as a
    /// decimal point (`162.984 مليون`): grouped thousands are the other
    /// reading (SPEC §7.2).
    pub decimal_before_scale: bool,
}

/// Reads the longest number starting at token `at` (in a French
/// paragraph, with the French grammar of [`super::lang::fr::compose`]).
pub fn number(window: &mut Window, at: usize) -> Option<Composed> {
    if window.is_french() {
        return super::lang::fr::compose::number(window, at);
    }
    let mut number = group(window, at, Prefix::Any)?;
    while let Some(scale) = number.scale {
        let (part_at, prefix, has_waw) = match window.conjunction(number.next) {
            Some((i, prefix)) => (i, prefix, true),
            None => (number.next, Prefix::None, false),
        };
        if window.joined(part_at).is_none() {
            break;
        }
        // مليون ونصف (مليون): a fraction of the scale ends the number.
        if let (true, Some(NumberWord::Fraction { per })) = (has_waw, window.number_word(part_at, prefix)) {
            number = with_fraction(window, number, scale, per, part_at + 1);
            break;
        }
        let Some(part) = group(window, part_at, prefix) else {
            break;
        };
        // `14 و15` stays two figures: digits join only after a scale word.
        if !smaller_than(&part, scale) || (part.digits_first && !has_waw) {
            break;
        }
        number = joined(number, part);
    }
    Some(number)
}

/// Whether `part` can follow a group that ends with `scale` (`685 ألف`
/// after `ثلاثة ملايين`, `six cent mille` after `trois millions`).
pub(super) fn smaller_than(part: &Composed, scale: u64) -> bool {
    part.value.is_some_and(|v| v < Decimal::from(scale)) && part.scale.is_none_or(|s| s < scale)
}

/// `number` with a smaller `part` added after it: stated to the finer of
/// their precisions.
pub(super) fn joined(number: Composed, part: Composed) -> Composed {
    Composed {
        next: part.next,
        value: number.value.zip(part.value).and_then(|(a, b)| a.checked_add(b)),
        precision: number.precision.zip(part.precision).map(|(a, b)| a.min(b)),
        scale: part.scale,
        digits_first: number.digits_first,
        lone_one: false,
        bare_numeral: false,
        decimal_before_scale: false,
    }
}

/// `number` and one `per`-th of its last scale: `مليون ونصف` is 1,500,000,
/// stated to the nearest 500,000. The scale may be said again after the
/// fraction (`مليونا ونصف المليون`), and is then part of the figure.
pub(super) fn with_fraction(window: &mut Window, number: Composed, scale: u64, per: u8, next: usize) -> Composed {
    let unit = Decimal::from(scale) / Decimal::from(per);
    let repeated = window.joined(next).is_some()
        && matches!(
            window.number_word(next, NoPrefix),
            Some(NumberWord::Scale { value, form: ScaleForm::Singular | ScaleForm::Definite }) if value == scale
        );
    Composed {
        next: next + usize::from(repeated),
        value: number.value.and_then(|v| v.checked_add(unit)),
        precision: number.precision.map(|p| p.min(unit)),
        lone_one: false,
        bare_numeral: false,
        decimal_before_scale: false,
        ..number
    }
}

/// `parts` `per`-ths of the scale word at `scale_at` (`نصف مليون`,
/// `ثلاثة أرباع المليون`), stated to the nearest `per`-th.
pub(super) fn part_of_scale(window: &mut Window, scale_at: usize, parts: u8, per: u8) -> Option<Composed> {
    window.joined(scale_at)?;
    let NumberWord::Scale {
        value,
        form: ScaleForm::Singular | ScaleForm::Definite,
    } = window.number_word(scale_at, NoPrefix)?
    else {
        return None;
    };
    let unit = Decimal::from(value) / Decimal::from(per);
    Some(Composed {
        next: scale_at + 1,
        value: unit.checked_mul(Decimal::from(parts)),
        precision: Some(unit),
        scale: Some(value),
        digits_first: false,
        lone_one: false,
        bare_numeral: false,
        decimal_before_scale: false,
    })
}

/// A count followed by growing scale words, or scale words alone.
pub(super) fn group(window: &mut Window, at: usize, prefix: Prefix) -> Option<Composed> {
    // `1.392 مليون`: one `.` or `,` before three digits groups thousands
    // on its own, but is a decimal point before a scale word (SPEC §6.1).
    let mut decimal_if_scaled = false;
    let mut part = match window.numeral(at) {
        Some((numeral, _)) => {
            decimal_if_scaled = numeral.decimal_if_scaled;
            Composed {
                next: at + 1,
                value: numeral.value,
                precision: numeral.precision(),
                scale: None,
                digits_first: true,
                lone_one: false,
                bare_numeral: true,
                decimal_before_scale: false,
            }
        }
        None => match window.number_word(at, prefix)? {
            NumberWord::Fraction { per } => part_of_scale(window, at + 1, 1, per)?,
            // `ثلاثة أرباع` with no scale word is a proportion, not 3.
            NumberWord::Unit(u) if joined_word(window, at + 1) == Some(NumberWord::Quarters) => {
                part_of_scale(window, at + 2, u, 4)?
            }
            NumberWord::Scale { value, form } => {
                let count = match form {
                    ScaleForm::Singular => 1,
                    ScaleForm::Dual => 2,
                    // آلاف alone is "thousands of", المليون "the million":
                    // no figure.
                    ScaleForm::Plural | ScaleForm::Definite => return None,
                };
                Composed {
                    next: at + 1,
                    value: Some(Decimal::from(count) * Decimal::from(value)),
                    precision: Some(Decimal::from(value)),
                    scale: Some(value),
                    digits_first: false,
                    lone_one: false,
                    bare_numeral: false,
                    decimal_before_scale: false,
                }
            }
            _ => small(window, at, prefix)?,
        },
    };
    while window.joined(part.next).is_some() {
        let Some(NumberWord::Scale { value, form }) = window.number_word(part.next, Prefix::None) else {
            break;
        };
        // A dual (ألفان) is a number of its own, never a multiplier.
        let grows = part.scale.is_none_or(|s| value > s);
        if !grows || matches!(form, ScaleForm::Dual | ScaleForm::Definite) {
            break;
        }
        if std::mem::take(&mut decimal_if_scaled) {
            part.value = part.value.map(|v| v / Decimal::ONE_THOUSAND);
            part.precision = Some(Decimal::new(1, 3));
            part.decimal_before_scale = true;
        }
        part = times_scale(part, value);
    }
    Some(part)
}

/// `part` multiplied by the scale word after it (`130 ألف`, `six cent mille`).
pub(super) fn times_scale(part: Composed, value: u64) -> Composed {
    let scale = Decimal::from(value);
    Composed {
        next: part.next + 1,
        value: part.value.and_then(|v| v.checked_mul(scale)),
        precision: part.precision.and_then(|p| p.checked_mul(scale)),
        scale: Some(value),
        lone_one: false,
        bare_numeral: false,
        ..part
    }
}

pub(super) fn words(next: usize, value: u32, precision: u32) -> Composed {
    Composed {
        next,
        value: Some(Decimal::from(value)),
        precision: Some(Decimal::from(precision)),
        scale: None,
        digits_first: false,
        lone_one: false,
        bare_numeral: false,
        decimal_before_scale: false,
    }
}
