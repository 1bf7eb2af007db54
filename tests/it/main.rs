//! The integration tests, one binary (as ripgrep keeps `tests/tests.rs`):
//! linking the crate once instead of once per file is most of a cold
//! `cargo test`. Each module is one area; `common` is their one support
//! module.

mod common;

mod architecture;
mod bad_input;
mod check_rules;
mod ci_gate;
mod counted_fields;
mod docs;
mod fuzz_props;
mod gold;
mod hardening;
mod html_xlsx;
mod large_file;
mod paragraph_starts;
mod parallel;
mod reader_props;
mod reports;
mod rule_file_errors;
mod rule_pack;
mod schema;
mod snapshots;
mod suggest_audit;
