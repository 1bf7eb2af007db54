//! `figaudit figures` output: a table for people, CSV and JSON for tools.
//! Rows are written as figures stream in, so a long document is never held
//! twice.

use miette::SourceSpan;
use serde::Serialize;
use std::io::{self, Write};

use super::cells::{group_thousands, neutralize_formula};
use crate::extract::{Figure, FigureError, Kind};
use crate::text::{Document, Excerpt};

/// The output formats of `figaudit figures`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureFormat {
    Table,
    Csv,
    Json,
}

/// One figure with its position, as every format shows it.
#[derive(Debug, Serialize)]
pub struct FigureRow<'a> {
    pub document: &'a str,
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub value: String,
    pub kind: Kind,
    pub qualifier: &'static str,
    pub precision: Option<String>,
}

impl<'a> FigureRow<'a> {
    /// A row for `figure` of `document`, named `name` (computed once per
    /// document by the caller, not once per figure).
    pub fn new(document: &'a Document, name: &'a str, figure: &Figure) -> FigureRow<'a> {
        let position = document.line_index().position(figure.span.start);
        FigureRow {
            document: name,
            line: position.line,
            column: position.column,
            start: figure.span.start,
            end: figure.span.end,
            text: figure.text(document.text()),
            value: figure.value.to_string(),
            kind: figure.kind,
            qualifier: figure.qualifier.as_str(),
            precision: figure.precision.map(|p| p.to_string()),
        }
    }
}

/// Writes figure rows in one format, as they come.
// One writer lives per run, so the size of the CSV variant does not matter.
#[allow(clippy::large_enum_variant)]
pub enum FigureWriter<W: Write> {
    Table { out: W, rows_in_document: usize },
    Csv(csv::Writer<W>),
    Json { out: W, rows: usize },
}

const CSV_HEADER: [&str; 10] = [
    "document",
    "line",
    "column",
    "start",
    "end",
    "text",
    "value",
    "kind",
    "qualifier",
    "precision",
];

/// Table column widths; the Arabic text comes last so that right-to-left
/// runs cannot push the other columns around.
const POSITION_WIDTH: usize = 9;
const KIND_WIDTH: usize = 8;
const QUALIFIER_WIDTH: usize = 10;
const VALUE_WIDTH: usize = 16;

impl<W: Write> FigureWriter<W> {
    pub fn new(mut out: W, format: FigureFormat) -> io::Result<FigureWriter<W>> {
        Ok(match format {
            FigureFormat::Table => FigureWriter::Table {
                out,
                rows_in_document: 0,
            },
            FigureFormat::Csv => {
                let mut csv = csv::Writer::from_writer(out);
                csv.write_record(CSV_HEADER)?;
                FigureWriter::Csv(csv)
            }
            FigureFormat::Json => {
                out.write_all(b"[")?;
                FigureWriter::Json { out, rows: 0 }
            }
        })
    }

    /// Starts the rows of a document.
    pub fn begin_document(&mut self, document: &Document) -> io::Result<()> {
        if let FigureWriter::Table { out, rows_in_document } = self {
            *rows_in_document = 0;
            writeln!(out, "{}", document.path().display())?;
            writeln!(
                out,
                "  {:>POSITION_WIDTH$}  {:<KIND_WIDTH$} {:<QUALIFIER_WIDTH$} {:>VALUE_WIDTH$}  text",
                "line:col", "kind", "qualifier", "value"
            )?;
        }
        Ok(())
    }

    pub fn figure(&mut self, row: &FigureRow) -> io::Result<()> {
        match self {
            FigureWriter::Table { out, rows_in_document } => {
                *rows_in_document += 1;
                let position = format!("{}:{}", row.line, row.column);
                writeln!(
                    out,
                    "  {position:>POSITION_WIDTH$}  {:<KIND_WIDTH$} {:<QUALIFIER_WIDTH$} {:>VALUE_WIDTH$}  {}",
                    row.kind.as_str(),
                    row.qualifier,
                    display_value(row),
                    one_line(row.text),
                )
            }
            FigureWriter::Csv(csv) => {
                let numeric_value = matches!(row.kind, Kind::Number | Kind::Percent | Kind::Year);
                let value = if numeric_value {
                    row.value.as_str().into()
                } else {
                    neutralize_formula(&row.value)
                };
                csv.write_record([
                    neutralize_formula(row.document).as_ref(),
                    &row.line.to_string(),
                    &row.column.to_string(),
                    &row.start.to_string(),
                    &row.end.to_string(),
                    &neutralize_formula(row.text),
                    &value,
                    row.kind.as_str(),
                    row.qualifier,
                    row.precision.as_deref().unwrap_or(""),
                ])?;
                Ok(())
            }
            FigureWriter::Json { out, rows } => {
                out.write_all(if *rows == 0 { b"\n  " } else { b",\n  " })?;
                *rows += 1;
                serde_json::to_writer(&mut *out, row)?;
                Ok(())
            }
        }
    }

    /// Ends the rows of a document.
    pub fn end_document(&mut self) -> io::Result<()> {
        if let FigureWriter::Table { out, rows_in_document } = self {
            if *rows_in_document == 0 {
                writeln!(out, "  no figures")?;
            }
            writeln!(out)?;
        }
        Ok(())
    }

    /// Closes the output (the JSON array) and flushes it.
    pub fn finish(self) -> io::Result<()> {
        match self {
            FigureWriter::Table { mut out, .. } => out.flush(),
            FigureWriter::Csv(mut csv) => csv.flush(),
            FigureWriter::Json { mut out, rows } => {
                out.write_all(if rows == 0 { b"]\n" } else { b"\n]\n" })?;
                out.flush()
            }
        }
    }
}

/// The value as a person reads it: thousands grouped, `%` after a percent,
/// years, dates and times as written.
fn display_value(row: &FigureRow) -> String {
    match row.kind {
        Kind::Number => group_thousands(&row.value),
        Kind::Percent => format!("{}%", group_thousands(&row.value)),
        Kind::Year | Kind::Date | Kind::Time => row.value.clone(),
    }
}

/// A figure's text on one table line (a figure may span a line break).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A figure that was found but could not be read exactly.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{path}:{line}:{column}: {reason}")]
#[diagnostic(
    code(figaudit::figure::out_of_range),
    help("figaudit never rounds a figure; this one is left out")
)]
pub struct FigureDiagnostic {
    path: String,
    line: usize,
    column: usize,
    reason: String,
    #[source_code]
    document: Excerpt,
    #[label("this figure")]
    span: SourceSpan,
}

impl FigureDiagnostic {
    pub fn new(document: &Document, error: FigureError) -> FigureDiagnostic {
        let position = document.line_index().position(error.span.start);
        // A figure in a 50 MB line is shown with its neighbourhood only.
        let (excerpt, spans) = document.excerpt(std::slice::from_ref(&error.span), 90);
        let span = spans.into_iter().next().unwrap_or_default();
        FigureDiagnostic {
            path: document.path().display().to_string(),
            line: position.line,
            column: position.column,
            reason: error.reason,
            document: excerpt,
            span: (span.start, span.len()).into(),
        }
    }
}
