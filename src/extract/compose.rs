//! The number grammar's shared parts: a number read from tokens, digits
//! with the scale words after them, scales, fractions of a scale, and a
//! smaller part joined after a larger. Each language composes them in its
//! own folder (`lang/ar/compose.rs`, `lang/fr/compose.rs`), and
//! `number.rs` reads a number in its paragraph's language. The Arabic
//! grammar (SPEC §3), which the French departs from:
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

use super::lexicon::{NumberWord, ScaleForm};
use super::token::{is_dash, Gap, Token, TokenKind};
use super::window::Prefix::None as NoPrefix;
use super::window::{Prefix, Window};

/// A number read from tokens `[start, next)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Composed {
    pub(crate) next: usize,
    /// `None` when the number is beyond rust_decimal.
    pub(crate) value: Option<Decimal>,
    pub(crate) precision: Option<Decimal>,
    /// The scale word the number ends with, if any (`ألف` in `130 ألف`).
    pub(crate) scale: Option<u64>,
    /// Written as digits from its first token.
    pub(crate) digits_first: bool,
    /// Only a word for "one" (واحد، إحدى), which the reader keeps or drops
    /// by what stands around it.
    pub(crate) lone_one: bool,
    /// A numeral with no scale: the token it came from, for years.
    pub(crate) bare_numeral: bool,
    /// One separator and three digits before a scale word, read as a
    /// decimal point (`162.984 مليون`): grouped thousands are the other
    /// reading (SPEC §7.2).
    pub(crate) decimal_before_scale: bool,
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
/// `ثلاثة أرباع المليون`, `نصف مئة`), stated to the nearest `per`-th.
pub(super) fn part_of_scale(window: &mut Window, scale_at: usize, parts: u8, per: u8) -> Option<Composed> {
    window.joined(scale_at)?;
    let value = match window.number_word(scale_at, NoPrefix)? {
        NumberWord::Scale {
            value,
            form: ScaleForm::Singular | ScaleForm::Definite,
        } => value,
        // Half a hundred is fifty, never a hundred. `ثلث مئة` is an old
        // spelling of three hundred, no third of a hundred.
        NumberWord::Hundreds(100) if per == 2 => 100,
        _ => return None,
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

/// Digits and the growing scale words after them (`130 ألف`, `1,2
/// milliard`).
pub(super) fn numeral_group(window: &mut Window, at: usize) -> Option<Composed> {
    let (numeral, _) = window.numeral(at)?;
    // `(1343.2) مليار ريال`: digits set in parentheses before their scale
    // word are that many of it, as `(15) بالمائة` is a percentage.
    let closed = in_parentheses(window, at);
    // `11.9 – مليار دينار`: a dash some pages set between the digits and
    // their scale word; the scale word alone would be a billion of its own.
    let dashed = !closed && dash_before_scale(window, at + 1);
    let count = Composed {
        next: if closed || dashed { at + 2 } else { at + 1 },
        value: numeral.value,
        precision: numeral.precision(),
        scale: None,
        digits_first: true,
        lone_one: false,
        bare_numeral: true,
        decimal_before_scale: false,
    };
    let composed = scaled(window, count, numeral.decimal_if_scaled);
    if (closed || dashed) && composed.scale.is_none() {
        return Some(Composed {
            next: at + 1,
            ..composed
        });
    }
    Some(composed)
}

/// Whether the token at `at` is a dash between spaces on one line with a
/// scale word right after it (a dash opening a line is a list's bullet).
fn dash_before_scale(window: &mut Window, at: usize) -> bool {
    let spaced = |token: Option<Token>| token.is_some_and(|t| t.gap == Gap::Space);
    window.punct(at).is_some_and(|(c, t)| is_dash(c) && t.gap == Gap::Space)
        && spaced(window.get(at + 1))
        && matches!(window.number_word(at + 1, Prefix::None), Some(NumberWord::Scale { .. }))
}

/// Whether the digits at `at` stand alone in parentheses, glued to both.
pub(super) fn in_parentheses(window: &mut Window, at: usize) -> bool {
    let opened = match at.checked_sub(1) {
        Some(before) => window.punct(before).map(|(c, _)| c),
        None => window.previous().and_then(|t| match t.kind {
            TokenKind::Punct(c) => Some(c),
            _ => None,
        }),
    };
    let glued = |token: Option<Token>| token.is_some_and(|t| t.gap == Gap::None);
    opened == Some('(')
        && glued(window.get(at))
        && window
            .punct(at + 1)
            .is_some_and(|(c, t)| c == ')' && t.gap == Gap::None)
}

/// `part` times the growing scale words after it. `decimal_if_scaled`:
/// `1.392 مليون`, one `.` or `,` before three digits groups thousands on
/// its own, but is a decimal point before a scale word (SPEC §6.1).
pub(super) fn scaled(window: &mut Window, mut part: Composed, mut decimal_if_scaled: bool) -> Composed {
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
    part
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
