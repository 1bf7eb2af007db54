//! Arabic: the word tables (numbers, scales, qualifiers, units, months,
//! cues) and the grammar of numbers below a thousand in words; the shared
//! composition (`src/extract/compose.rs`) joins them with digits and
//! scales, as French's own grammar departs from it.

pub mod compose;
pub mod lexicon;
