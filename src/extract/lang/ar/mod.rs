//! Arabic: the word tables (numbers, scales, qualifiers, units, months,
//! cues). Its number grammar is the shared composition's
//! (`src/extract/compose.rs`), which French departs from.

pub mod lexicon;
