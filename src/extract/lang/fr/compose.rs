//! The French number grammar (SPEC §6.3): digits with a scale word, and
//! number words to the milliards, with or without hyphens, including
//! soixante-dix, quatre-vingt(s), septante and nonante and `et un`. The
//! result and its precision are those of the Arabic grammar
//! ([`Composed`]): the place of the smallest part named.
//!
//! ```text
//! number     := group group*              each smaller than the scale
//!                                         ending the one before
//! group      := numeral scale* | below_1000 scale* | mille scale*
//!             | mil below_1000            (a year: mil neuf cent vingt)
//! below_1000 := [unit | 11..19] cent[s] [below_100] | below_100
//! below_100  := tens [[et] unit | [et] onze | teen | dix [unit]]
//!             | quatre vingt[s] [...] | dix [sept|huit|neuf] | teen | unit | zéro
//! ```
//! Digits join as the first group, and after a count of millions or
//! milliards in digits (`7 millions 689 000`, `1 milliard 200 millions`,
//! as statistics offices write them): the millions read alone would be
//! part of a figure, a misread (SPEC §7.1).

use rust_decimal::Decimal;

use crate::extract::compose::{self, words, Composed};
use crate::extract::lang::fr::lexicon::YEAR_THOUSANDS;
use crate::extract::lexicon::{lexicon, NumberWord, ScaleForm};
use crate::extract::token::TokenKind;
use crate::extract::window::{Prefix, Window};

/// `un quart de million`, `trois quarts de milliard`, `deux tiers de
/// million`: a count of a fraction of a scale word (250,000; 750 million),
/// never the fraction alone (SPEC §7.1).
fn fraction_of_scale(window: &mut Window, at: usize) -> Option<Composed> {
    let Some(NumberWord::Unit(parts)) = window.number_word(at, Prefix::None) else {
        return None;
    };
    let denominator = window.joined(at + 1)?;
    let per = crate::extract::fraction::denominator(window.text().get(denominator.start..denominator.end)?)?;
    let of = window.joined(at + 2)?;
    if !window.text().get(of.start..of.end)?.eq_ignore_ascii_case("de") {
        return None;
    }
    compose::part_of_scale(window, at + 3, parts, per)
}

/// Reads the longest French number starting at token `at`.
pub(crate) fn number(window: &mut Window, at: usize) -> Option<Composed> {
    // `un demi-million`, `demi-million`: half the scale.
    let half_at = match window.number_word(at, Prefix::None) {
        Some(NumberWord::Unit(1)) if matches!(word(window, at + 1), Some(NumberWord::Fraction { .. })) => Some(at + 1),
        Some(NumberWord::Fraction { .. }) => Some(at),
        _ => None,
    };
    if let Some(half_at) = half_at {
        if let Some(NumberWord::Fraction { per }) = window.number_word(half_at, Prefix::None) {
            return compose::part_of_scale(window, half_at + 1, 1, per);
        }
    }
    if let Some(part) = fraction_of_scale(window, at) {
        return Some(part);
    }
    let mut number = if window.numeral(at).is_some() {
        compose::numeral_group(window, at)?
    } else {
        words_group(window, at)?
    };
    while let Some(scale) = number.scale {
        // `3231,5 mille trois mois plus tôt`: a count stated finer than
        // its scale is whole; a number word after it starts other words.
        if window.joined(number.next).is_none() || number.precision.is_some_and(|p| p < Decimal::from(scale)) {
            break;
        }
        let part = match words_group(window, number.next) {
            Some(part) => part,
            None if number.digits_first && scale >= 1_000_000 => match digits_after_scale(window, number, scale) {
                Some(part) => part,
                None => break,
            },
            None => break,
        };
        // `11 milliards un an plus tôt`: after millions and milliards (nouns
        // in French), `un` before a word is that word's article; after
        // `mille` it counts (`mille un`).
        let article = part.lone_one
            && scale >= 1_000_000
            && window
                .joined(part.next)
                .is_some_and(|t| matches!(t.kind, TokenKind::Word { .. }));
        if !compose::smaller_than(&part, scale) || article {
            break;
        }
        number = compose::joined(number, part);
    }
    // `un million et demi`, `deux milliards et demie`.
    if let Some(scale) = number.scale {
        if is_and(window, number.next) {
            if let Some(NumberWord::Fraction { per }) = word(window, number.next + 1) {
                number = compose::with_fraction(window, number, scale, per, number.next + 2);
            }
        }
    }
    Some(number)
}

/// Digits (and their scale words) after `7 millions`: whole, after one
/// space (a tab or a run of spaces parts a table's cells), after a whole
/// count of the scale (`3,6 millions` is stated to the hundred thousand),
/// and not a year (`12 milliards 2025` is no number).
fn digits_after_scale(window: &mut Window, number: Composed, scale: u64) -> Option<Composed> {
    let at = number.next;
    if number.precision != Some(Decimal::from(scale)) {
        return None;
    }
    let scale_word = window.get(at.checked_sub(1)?)?;
    let (numeral, token) = window.numeral(at)?;
    let gap = window.text().get(scale_word.end..token.start)?;
    if !matches!(gap, " " | "\u{a0}" | "\u{202f}") {
        return None;
    }
    let year_like = !numeral.grouped
        && numeral.int_digits == 4
        && numeral
            .value
            .is_some_and(|v| v >= Decimal::from(1900) && v <= Decimal::from(2100));
    if numeral.frac_digits > 0 || year_like {
        return None;
    }
    compose::numeral_group(window, at)
}

/// The number word at `i`, if `i` is joined to the token before.
fn word(window: &mut Window, i: usize) -> Option<NumberWord> {
    window.joined(i)?;
    window.number_word(i, Prefix::None)
}

fn is_mil(window: &mut Window, at: usize) -> bool {
    let text = window.text();
    window
        .get(at)
        .and_then(|t| text.get(t.start..t.end))
        .is_some_and(|w| YEAR_THOUSANDS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

fn is_and(window: &mut Window, i: usize) -> bool {
    window
        .joined(i)
        .is_some_and(|t| matches!(t.kind, TokenKind::Word { known: Some(w), .. } if w.id == lexicon().et))
}

/// A count below a thousand and the growing scale words after it, or
/// `mille` alone.
fn words_group(window: &mut Window, at: usize) -> Option<Composed> {
    let mut part = match below_thousand(window, at) {
        Some(part) => part,
        None if is_mil(window, at) => {
            // `mil neuf cent vingt`: the thousand of a year said in words.
            // `mil` alone is millet, never a number.
            window.joined(at + 1)?;
            let tail = below_thousand(window, at + 1)?;
            Composed {
                value: tail.value.map(|v| v + Decimal::ONE_THOUSAND),
                lone_one: false,
                ..tail
            }
        }
        None => match window.number_word(at, Prefix::None)? {
            NumberWord::Scale { value: 1_000, .. } => Composed {
                scale: Some(1_000),
                ..words(at + 1, 1_000, 1_000)
            },
            _ => return None,
        },
    };
    while let Some(NumberWord::Scale { value, form }) = word(window, part.next) {
        let grows = part.scale.is_none_or(|s| value > s);
        if !grows || form == ScaleForm::Dual {
            break;
        }
        part = compose::times_scale(part, value);
    }
    Some(part)
}

/// `six cent quatre-vingt-cinq`, `cent un`, `deux cents`, or a number
/// below a hundred.
fn below_thousand(window: &mut Window, at: usize) -> Option<Composed> {
    let (hundreds, rest) = match window.number_word(at, Prefix::None)? {
        NumberWord::Hundreds(100) => (100, at + 1),
        NumberWord::Unit(u) if u >= 2 && word(window, at + 1) == Some(NumberWord::Hundreds(100)) => {
            (u32::from(u) * 100, at + 2)
        }
        _ => {
            let below = below_hundred(window, at)?;
            // `dix-neuf cent soixante-treize`, `onze cents euros`: hundreds
            // counted past ten, as years and old amounts are said.
            let teen = below
                .value
                .and_then(|v| u32::try_from(v).ok())
                .filter(|v| (11..=19).contains(v) && below.precision == Some(Decimal::ONE));
            match teen {
                Some(teen) if word(window, below.next) == Some(NumberWord::Hundreds(100)) => {
                    (teen * 100, below.next + 1)
                }
                _ => return Some(below),
            }
        }
    };
    match window.joined(rest).and_then(|_| below_hundred(window, rest)) {
        Some(tail) => Some(Composed {
            value: tail.value.map(|v| v + Decimal::from(hundreds)),
            lone_one: false,
            ..tail
        }),
        None => Some(words(rest, hundreds, 100)),
    }
}

/// A number below a hundred in words.
fn below_hundred(window: &mut Window, at: usize) -> Option<Composed> {
    match window.number_word(at, Prefix::None)? {
        NumberWord::Zero => Some(words(at + 1, 0, 1)),
        NumberWord::Teen(t) => Some(words(at + 1, u32::from(t), 1)),
        NumberWord::Ten => match word(window, at + 1) {
            Some(NumberWord::Unit(u @ 7..=9)) => Some(words(at + 2, 10 + u32::from(u), 1)),
            _ => Some(words(at + 1, 10, 10)),
        },
        NumberWord::Unit(4) if word(window, at + 1) == Some(NumberWord::Tens(20)) => {
            Some(tens_tail(window, 80, at + 2))
        }
        NumberWord::Unit(u) => Some(Composed {
            lone_one: u == 1,
            ..words(at + 1, u32::from(u), 1)
        }),
        NumberWord::Tens(t) => Some(tens_tail(window, u32::from(t), at + 1)),
        _ => None,
    }
}

/// What may follow tens: `vingt-deux`, `vingt et un`, `soixante et onze`,
/// `soixante-dix-sept`, `quatre-vingt-treize`.
fn tens_tail(window: &mut Window, tens: u32, at: usize) -> Composed {
    let counts_tens_of_twenty = tens == 60 || tens == 80;
    if is_and(window, at) {
        return match word(window, at + 1) {
            Some(NumberWord::Unit(1)) => words(at + 2, tens + 1, 1),
            Some(NumberWord::Teen(11)) if tens == 60 => words(at + 2, 71, 1),
            _ => words(at, tens, 10),
        };
    }
    match word(window, at) {
        Some(NumberWord::Unit(u)) => words(at + 1, tens + u32::from(u), 1),
        Some(NumberWord::Teen(t)) if counts_tens_of_twenty => words(at + 1, tens + u32::from(t), 1),
        Some(NumberWord::Ten) if counts_tens_of_twenty => match word(window, at + 1) {
            Some(NumberWord::Unit(u @ 7..=9)) => words(at + 2, tens + 10 + u32::from(u), 1),
            _ => words(at + 1, tens + 10, 10),
        },
        _ => words(at, tens, 10),
    }
}
