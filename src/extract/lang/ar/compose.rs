//! Arabic numbers below a thousand in words (SPEC §3): units, تسعة عشر,
//! tens joined by و (`خمسة وعشرون`), hundreds in one word or two (`ثلاثمائة`،
//! `ثلاث مائة`) and what follows them. The shared composition
//! (`src/extract/compose.rs`) takes them as the count before scale words.

use rust_decimal::Decimal;

use crate::extract::compose::{words, Composed};
use crate::extract::lexicon::NumberWord;
use crate::extract::window::{Prefix, Window};

/// A number below one thousand in words.
pub(in crate::extract) fn small(window: &mut Window, at: usize, prefix: Prefix) -> Option<Composed> {
    match window.number_word(at, prefix)? {
        NumberWord::Hundreds(h) => Some(hundreds_tail(window, at + 1, u32::from(h))),
        NumberWord::Unit(u) if u >= 3 && joined_word(window, at + 1) == Some(NumberWord::Hundreds(100)) => {
            // ثلاث مائة, written apart.
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

pub(in crate::extract) fn joined_word(window: &mut Window, at: usize) -> Option<NumberWord> {
    window.joined(at)?;
    window.number_word(at, Prefix::None)
}
