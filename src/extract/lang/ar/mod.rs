//! Arabic: the word tables (numbers, scales, qualifiers, units, months,
//! cues) and the number grammar (SPEC §3): groups joined by و, and
//! numbers below a thousand in words, over the shared parts of
//! `src/extract/compose.rs`.

pub(crate) mod compose;
pub(crate) mod lexicon;
pub(crate) mod verb_first;
