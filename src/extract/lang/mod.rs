//! The languages the reader reads, one folder each: its word tables and
//! its number grammar, over the kinds of words all languages share
//! (`word.rs`). The shared machinery (tokens, the window, the parts of
//! composition, precision) stands above them in `src/extract`, and names
//! no language's folder: `src/extract/number.rs` picks the grammar.

pub(crate) mod ar;
pub(crate) mod fr;
pub(crate) mod word;

use crate::text::script::Script;

/// The language a run of text is read in (SPEC §6.3): a paragraph mostly
/// in Latin letters is French, any other Arabic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Language {
    #[default]
    Arabic,
    French,
}

impl Language {
    /// The language of a paragraph written mostly in `script`.
    pub(crate) fn of(script: Script) -> Language {
        match script {
            Script::Latin => Language::French,
            _ => Language::Arabic,
        }
    }
}
