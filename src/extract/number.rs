//! The number at a token, read by the grammar of its paragraph's
//! language (SPEC §6.3): Arabic's in `lang/ar/compose.rs`, French's in
//! `lang/fr/compose.rs`, both over the shared parts of `compose.rs`.

use super::compose::Composed;
use super::lang::{ar, fr};
use super::window::Window;

/// Reads the longest number starting at token `at`.
pub(crate) fn number(window: &mut Window, at: usize) -> Option<Composed> {
    if window.is_french() {
        fr::compose::number(window, at)
    } else {
        ar::compose::number(window, at)
    }
}

/// Reads the first of two numbers joined by a conjunction (a range's
/// `بين A و B`): its thousands are never thousands of B's scale.
pub(crate) fn first_of_two(window: &mut Window, at: usize) -> Option<Composed> {
    if window.is_french() {
        fr::compose::number(window, at)
    } else {
        ar::compose::first_of_two(window, at)
    }
}
