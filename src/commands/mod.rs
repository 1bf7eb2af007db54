//! What each subcommand does, from inputs to outputs, with diagnostics
//! handed to the caller to print.

pub mod check;
pub mod figures;

/// How a command ended, for the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was read, and nothing failed.
    Clean,
    /// A finding reached `--fail-on`.
    Failed,
    /// Some input was broken; what could be read was reported.
    BrokenInput,
}
