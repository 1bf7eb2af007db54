//! figaudit: audits the numbers in news articles.
//!
//! The crate is a pipeline, one module a step:
//! [`text`] (documents and positions) → [`extract`] (figures) →
//! [`discover`] (relations found without rules) → [`rules`] (rule loading, figure selection) → [`report`].

mod check;
mod commands;
mod discover;
mod extract;
#[doc(hidden)]
pub mod fuzz_targets;
mod report;
mod rules;
mod text;

// The façade: the only items reachable from outside the crate (the
// binary, the integration tests, the benches and the fuzz targets). Every
// step's inside stays crate-private, so a step's types change without a
// user outside noticing.

/// What the binary runs: one module per subcommand, and the settings and
/// styles its flags choose.
pub mod cli {
    pub use crate::commands::{audit, check, config, figures, manual, suggest, Outcome};
    pub use crate::report::figures::FigureFormat;
    pub use crate::report::human::{self, Style};
    pub use crate::rules::schema::json_schema;
    pub use crate::text::visible::path_text;
    pub use crate::text::Exclude;
}

/// Rule files loaded and evaluated (SPEC §4, §5).
pub use check::evaluate;
/// Relations found without rules, and the rule file they make (SPEC §6.4, §7.2).
pub use discover::{discover, Article, FIGURES_SEARCHED};
/// The reader: figures of a text (SPEC §3, §6.1, §7.1).
pub use extract::{figures, noun_form, Figure, FigureIndex, Kind, Value};
pub use rules::suggested_rules;
pub use rules::{load, load_rule_document, rule_files, DocumentCache};
/// Documents and their parts (SPEC §3).
pub use text::{Document, Parts, PART_BYTES};
