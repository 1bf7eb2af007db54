//! What each subcommand does, from inputs to outputs, with diagnostics
//! handed to the caller to print.

pub mod audit;
pub mod check;
pub mod config;
pub mod figures;
pub mod manual;
pub mod suggest;

use std::path::PathBuf;

use crate::text::visible::path_text;
use crate::text::walk::is_glob;
use crate::text::{files_in, DocumentError, Exclude};

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

/// The extensions of the files a folder walk reads as articles.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm", "csv", "tsv", "xlsx", "ods"];

/// The documents (`*.txt`, `*.md`, `*.html`, `*.htm`) of `paths`, files, folders at any
/// depth or globs (less what `exclude` and ignore files name), or `-` for
/// standard input; a folder or glob with none, or a path that cannot be
/// listed, is handed to `diagnose` and makes the outcome
/// [`Outcome::BrokenInput`].
pub(crate) fn documents_in(
    paths: &[PathBuf],
    exclude: &Exclude,
    diagnose: &mut impl FnMut(miette::Report),
) -> (Vec<PathBuf>, Outcome) {
    let mut outcome = Outcome::Clean;
    let mut files = Vec::new();
    for path in paths {
        // `-` is standard input, read as one document.
        if path.as_os_str() == "-" {
            files.push(path.clone());
            continue;
        }
        match files_in(path, ARTICLE_EXTENSIONS, exclude) {
            // A folder with nothing to read is a mistake, not a clean run.
            Ok(found) if found.is_empty() => {
                let place = if is_glob(path) {
                    "match this glob"
                } else {
                    "in this folder"
                };
                let kinds: Vec<String> = ARTICLE_EXTENSIONS.iter().map(|e| format!("*.{e}")).collect();
                diagnose(miette::miette!(
                    code = "figaudit::document::none",
                    help = format!(
                        "documents are {} files, or folders that hold some (ignored and excluded files are passed over)",
                        kinds.join(", ")
                    ),
                    "{}: no documents {place}",
                    path_text(path),
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
