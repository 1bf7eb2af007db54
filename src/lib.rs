//! figaudit: audits the numbers in news articles.
//!
//! The crate is a pipeline, one module a step:
//! [`text`] (documents and positions) → [`extract`] (figures) →
//! [`discover`] (relations found without rules) → [`rules`] (rule loading, figure selection) → [`report`].

pub mod check;
pub mod commands;
pub mod discover;
pub mod extract;
#[doc(hidden)]
pub mod fuzz_targets;
pub mod report;
pub mod rules;
pub mod text;
