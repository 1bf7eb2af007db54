//! What each subcommand does, from inputs to outputs, with diagnostics
//! handed to the caller to print.

pub mod audit;
pub mod check;
pub mod config;
pub mod figures;
pub mod suggest;

use std::path::PathBuf;

use crate::text::visible::path_text;
use crate::text::{files_in, DocumentError};

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

/// The documents (`*.txt`, `*.md`) of `paths`, files or folders at any
/// depth, or `-` for standard input; a folder with none, or a path that cannot be listed, is handed
/// to `diagnose` and makes the outcome [`Outcome::BrokenInput`].
pub fn documents_in(paths: &[PathBuf], diagnose: &mut impl FnMut(miette::Report)) -> (Vec<PathBuf>, Outcome) {
    let mut outcome = Outcome::Clean;
    let mut files = Vec::new();
    for path in paths {
        // `-` is standard input, read as one document.
        if path.as_os_str() == "-" {
            files.push(path.clone());
            continue;
        }
        match files_in(path, &["txt", "md"]) {
            // A folder with nothing to read is a mistake, not a clean run.
            Ok(found) if found.is_empty() => {
                diagnose(miette::miette!(
                    code = "figaudit::document::none",
                    help = "name .txt or .md files, or folders that hold some",
                    "{}: no documents (*.txt, *.md) in this folder",
                    path_text(path)
                ));
                outcome = Outcome::BrokenInput;
            }
            Ok(found) => files.extend(found),
            Err(source) => {
                diagnose(miette::Report::new(DocumentError::Io {
                    path: path.clone(),
                    source,
                }));
                outcome = Outcome::BrokenInput;
            }
        }
    }
    (files, outcome)
}
