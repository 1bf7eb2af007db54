//! French (SPEC §6.3): the word tables, merged with the Arabic ones into
//! one lexicon, and the number grammar where it differs (`trois millions
//! six cent mille`, `un million et demi`).

pub(crate) mod compose;
pub(crate) mod lexicon;
