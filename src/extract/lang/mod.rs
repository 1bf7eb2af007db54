//! The languages the reader reads, one folder each: its word tables and,
//! where it has its own, its number grammar. The shared machinery (tokens,
//! the window, composition of digits and scales, precision) stands above
//! them in `src/extract`.

pub mod ar;
pub mod fr;

use crate::text::script::Script;

/// The language a run of text is read in (SPEC §6.3): a paragraph mostly
/// in Latin letters is French, any other Arabic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    Arabic,
    French,
}

impl Language {
    /// The language of a paragraph written mostly in `script`.
    pub fn of(script: Script) -> Language {
        match script {
            Script::Latin => Language::French,
            _ => Language::Arabic,
        }
    }
}
