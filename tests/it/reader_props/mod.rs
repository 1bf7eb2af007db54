//! Property tests for the reader, one phrase writer per language: each
//! writes any integer from 0 to 10^12 the ways its press does (words,
//! digits, both), and the reader must read it back to itself. What the
//! languages share (the range, digits in each script, the one-figure
//! check) is here; what each writes is in its own file.

use figaudit::{figures, Figure};
use proptest::prelude::*;

mod ar;
mod codes;
mod fr;
mod stated;

/// The largest number the writers write: a thousand billion.
pub const MAX: u64 = 1_000_000_000_000;

/// The digits a number is written in.
#[derive(Debug, Clone, Copy)]
pub enum Script {
    Ascii,
    ArabicIndic,
    Extended,
}

/// `n` in digits of `script`, thousands grouped by `separator` if any.
pub fn in_digits(n: u64, script: Script, separator: Option<char>) -> String {
    let plain = n.to_string();
    let mut out = String::new();
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && (plain.len() - i).is_multiple_of(3) {
            if let Some(sep) = separator {
                out.push(sep);
            }
        }
        let d = c as u32 - '0' as u32;
        let base = match script {
            Script::Ascii => '0' as u32,
            Script::ArabicIndic => 0x0660,
            Script::Extended => 0x06F0,
        };
        out.push(char::from_u32(base + d).unwrap_or('?'));
    }
    out
}

/// The only figure of `sentence`, which must cover `written` exactly.
pub fn only_figure(sentence: &str, written: &str) -> Figure {
    let found: Vec<Figure> = figures(sentence).map(|f| f.expect("in range")).collect();
    assert_eq!(found.len(), 1, "{sentence:?} gave {found:?}");
    assert_eq!(found[0].text(sentence), written, "{sentence:?}");
    found[0].clone()
}

/// Numbers spread over every magnitude, not only the large ones: zero,
/// then from `least` below a thousand up to [`MAX`].
pub fn magnitudes(least: u64) -> impl Strategy<Value = u64> {
    prop_oneof![
        Just(0u64),
        least..1_000u64,
        1_000..1_000_000u64,
        1_000_000..1_000_000_000u64,
        1_000_000_000..=MAX,
        Just(MAX)
    ]
}
