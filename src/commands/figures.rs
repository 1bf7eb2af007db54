//! `figaudit figures FILE...`: every figure of every document.

use std::io::{self, Write};
use std::path::PathBuf;

use super::Outcome;
use crate::extract;
use crate::report::figures::{FigureDiagnostic, FigureFormat, FigureRow, FigureWriter};
use crate::text::Document;

/// Lists the figures of `files` to `out`; every unreadable file or figure is
/// handed to `diagnose` and the others are still listed.
pub fn run(
    files: &[PathBuf],
    format: FigureFormat,
    out: impl Write,
    mut diagnose: impl FnMut(miette::Report),
) -> io::Result<Outcome> {
    let mut writer = FigureWriter::new(out, format)?;
    let mut outcome = Outcome::Clean;
    for path in files {
        let document = match Document::load(path) {
            Ok(document) => document,
            Err(error) => {
                diagnose(miette::Report::new(error));
                outcome = Outcome::BrokenInput;
                continue;
            }
        };
        writer.begin_document(&document)?;
        let name = document.path().display().to_string();
        for found in extract::figures(document.text()) {
            match found {
                Ok(figure) => writer.figure(&FigureRow::new(&document, &name, &figure))?,
                Err(error) => {
                    diagnose(miette::Report::new(FigureDiagnostic::new(&document, error)));
                    outcome = Outcome::BrokenInput;
                }
            }
        }
        writer.end_document()?;
    }
    writer.finish()?;
    Ok(outcome)
}
