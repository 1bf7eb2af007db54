//! Arabic numbers (SPEC §3): groups of a count and its scale words joined
//! by و (`ثلاثة ملايين و685 ألف و964`), and below a thousand in words:
//! units, تسعة عشر, tens joined by و (`خمسة وعشرون`), hundreds in one word
//! or two (`ثلاثمائة`، `ثلاث مائة`) and what follows them. The shared
//! parts (`src/extract/compose.rs`) compose digits and scales.

use rust_decimal::Decimal;

use crate::extract::compose::{
    joined, numeral_group, part_of_scale, scaled, smaller_than, times_scale, with_fraction, words, Composed,
};
use crate::extract::lexicon::{is_currency_code, lexicon, NumberWord, ScaleForm, WordList};
use crate::extract::token::TokenKind;
use crate::extract::window::{Prefix, Window};
use crate::extract::{counted, word_in};

/// Reads the longest Arabic number starting at token `at`.
pub(in crate::extract) fn number(window: &mut Window, at: usize) -> Option<Composed> {
    compose(window, at, true)
}

/// Reads the first of two numbers joined by و (`بين 800 ألف و2 مليون`):
/// its thousands are never thousands of the scale of the second.
pub(in crate::extract) fn first_of_two(window: &mut Window, at: usize) -> Option<Composed> {
    compose(window, at, false)
}

/// The longest number at `at`; `rising` lets thousands be thousands of a
/// larger scale said after them.
fn compose(window: &mut Window, at: usize, rising: bool) -> Option<Composed> {
    let mut number = group(window, at, Prefix::Any)?;
    let mut joined_any = false;
    let mut before_rising: Option<Composed> = None;
    while let Some(scale) = number.scale {
        let (part_at, prefix, has_waw) = match window.conjunction(number.next) {
            Some((i, prefix)) => (i, prefix, true),
            None => (number.next, Prefix::None, false),
        };
        if window.joined(part_at).is_none() {
            break;
        }
        // مليون ونصف (مليون): a fraction of the scale ends the number. Not
        // after a decimal count (`2.5 مليون ونصف` is no 3 million), nor
        // before what a fraction is a share of (`ونصف الميزانية`).
        if let (true, Some(NumberWord::Fraction { per })) = (has_waw, window.number_word(part_at, prefix)) {
            let whole_count = number
                .value
                .and_then(|v| v.checked_div(Decimal::from(scale)))
                .is_some_and(|count| count.fract().is_zero());
            let of_a_share = !matches!(
                window.number_word(part_at + 1, Prefix::None),
                Some(NumberWord::Scale { .. })
            ) && window
                .joined(part_at + 1)
                .and_then(|t| window.text().get(t.figure_start()..t.end))
                .is_some_and(|w| crate::extract::fraction::opens_share(w, false));
            if whole_count && !of_a_share {
                number = with_fraction(window, number, scale, per, part_at + 1);
            }
            break;
        }
        let Some(part) = group(window, part_at, prefix) else {
            break;
        };
        if rising
            && has_waw
            && !joined_any
            && !matches!(window.number_word(part_at, prefix), Some(NumberWord::Scale { .. }))
            && thousands_of_the_next_scale(&number, &part)
        {
            before_rising = Some(number);
            number = joined(times_scale(number, part.scale.unwrap_or(1)), part);
            joined_any = true;
            continue;
        }
        // `14 و15` stays two figures: digits join only after a scale word.
        if !smaller_than(&part, scale) || (part.digits_first && !has_waw) {
            break;
        }
        number = joined(number, part);
        joined_any = true;
    }
    // Only money is counted in thousands of millions: the number read so
    // must end before a currency, else it is the thousands alone.
    match before_rising {
        Some(thousands) if !a_currency_follows(window, number.next) => Some(thousands),
        _ => Some(number),
    }
}

/// Whether a currency is written at `at` (`دينار`, `دولار`, `DZD`): the
/// money the press counts in thousands of millions. A count of people
/// (`800 ألف و2 مليون نسمة على التوالي`) lists two numbers.
fn a_currency_follows(window: &mut Window, at: usize) -> bool {
    if counted::unit_at(window, at).is_some_and(|(unit, _)| is_currency_code(unit)) {
        return true;
    }
    let next = window.joined(at);
    word_in(window.text(), next).is_some_and(|w| lexicon().is(WordList::CurrencyNames, w))
}

/// `50 ألف و28 مليون دينار`: thousands of the larger scale said after
/// them, as some press counts billions (fifty thousand million and
/// twenty-eight million: 50,028 million). `number` is a count of
/// thousands below a million, `part` a count of a larger scale, more
/// than one (`800 ألف ومليون` is a range's two ends) and below a thousand.
fn thousands_of_the_next_scale(number: &Composed, part: &Composed) -> bool {
    let (Some(value), Some(rest), Some(scale)) = (number.value, part.value, part.scale) else {
        return false;
    };
    let thousand = Decimal::ONE_THOUSAND;
    let count = |v: Decimal, unit: Decimal| v.checked_div(unit).filter(|n| n.fract().is_zero() && *n < thousand);
    number.scale == Some(1000)
        && scale > 1000
        && count(value, thousand).is_some()
        && count(rest, Decimal::from(scale)).is_some_and(|n| n > Decimal::ONE)
}

/// A count followed by growing scale words, or scale words alone.
fn group(window: &mut Window, at: usize, prefix: Prefix) -> Option<Composed> {
    if window.numeral(at).is_some() {
        return numeral_group(window, at);
    }
    let part = match window.number_word(at, prefix)? {
        // `ثلث مائة`: an old spelling of three hundred (ثلاث مائة), never a
        // third of a hundred nor the hundred alone.
        NumberWord::Fraction { per: 3 } if joined_word(window, at + 1) == Some(NumberWord::Hundreds(100)) => {
            hundreds_tail(window, at + 2, 300)
        }
        NumberWord::Fraction { per } => part_of_scale(window, at + 1, 1, per)?,
        // `ثلاثة أرباع` with no scale word is a proportion, not 3.
        NumberWord::Unit(u) if joined_word(window, at + 1) == Some(NumberWord::Quarters) => {
            part_of_scale(window, at + 2, u, 4)?
        }
        NumberWord::Scale { value, form } => {
            let count = match form {
                ScaleForm::Singular => 1,
                ScaleForm::Dual => 2,
                // `المليون و800 ألف` is the million and the rest: 1,800,000,
                // never the rest alone.
                ScaleForm::Definite if counted_rest_follows(window, at + 1) => 1,
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
    };
    Some(scaled(window, part, false))
}

/// Whether `و` and a number (digits or words) stand at `at`.
fn counted_rest_follows(window: &mut Window, at: usize) -> bool {
    let Some((rest_at, prefix)) = window.conjunction(at) else {
        return false;
    };
    window.numeral(rest_at).is_some() || window.number_word(rest_at, prefix).is_some()
}

/// A number below one thousand in words.
fn small(window: &mut Window, at: usize, prefix: Prefix) -> Option<Composed> {
    match window.number_word(at, prefix)? {
        NumberWord::Hundreds(h) => Some(hundreds_tail(window, at + 1, u32::from(h))),
        // ثلاث مائة written apart, and أربع مئات (the plural counted by a
        // unit, never the unit alone).
        NumberWord::Unit(u)
            if u >= 3
                && (joined_word(window, at + 1) == Some(NumberWord::Hundreds(100))
                    || plural_hundreds(window, at + 1)) =>
        {
            Some(hundreds_tail(window, at + 2, u32::from(u) * 100))
        }
        _ => tens_units(window, at, prefix),
    }
}

/// Hundreds, then tens or units after them, with or without و.
fn hundreds_tail(window: &mut Window, at: usize, hundreds: u32) -> Composed {
    let (rest_at, prefix) = window.conjunction(at).unwrap_or((at, Prefix::None));
    match window.joined(rest_at).and_then(|_| tens_units(window, rest_at, prefix)) {
        Some(rest) => Composed {
            value: rest.value.map(|v| v + Decimal::from(hundreds)),
            lone_one: false,
            ..rest
        },
        None => words(at, hundreds, 100),
    }
}

/// A number below one hundred in words.
fn tens_units(window: &mut Window, at: usize, prefix: Prefix) -> Option<Composed> {
    match window.number_word(at, prefix)? {
        NumberWord::Zero => Some(words(at + 1, 0, 1)),
        NumberWord::Ten => Some(words(at + 1, 10, 10)),
        NumberWord::Tens(t) => Some(words(at + 1, u32::from(t), 10)),
        NumberWord::Unit(u) => {
            let u = u32::from(u);
            if joined_word(window, at + 1) == Some(NumberWord::Ten) {
                return Some(words(at + 2, 10 + u, 1));
            }
            if let Some((tens_at, tens_prefix)) = window.conjunction(at + 1) {
                if let Some(NumberWord::Tens(t)) = window.number_word(tens_at, tens_prefix) {
                    return Some(words(tens_at + 1, u + u32::from(t), 1));
                }
            }
            Some(Composed {
                lone_one: u == 1,
                ..words(at + 1, u, 1)
            })
        }
        NumberWord::Teen(_)
        | NumberWord::Hundreds(_)
        | NumberWord::Scale { .. }
        | NumberWord::Fraction { .. }
        | NumberWord::Quarters => None,
    }
}

/// Whether the plural of a hundred (`مئات`) stands joined at `at`. Alone
/// it is no number (`مئات الأشخاص`), so it is looked up by its text.
fn plural_hundreds(window: &mut Window, at: usize) -> bool {
    window
        .joined(at)
        .filter(|t| matches!(t.kind, TokenKind::Word { .. }))
        .and_then(|t| window.text().get(t.start..t.end))
        .is_some_and(|word| lexicon().is(WordList::PluralHundreds, word))
}

fn joined_word(window: &mut Window, at: usize) -> Option<NumberWord> {
    window.joined(at)?;
    window.number_word(at, Prefix::None)
}
