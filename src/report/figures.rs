//! `figaudit figures` output: a table for people, CSV and JSON for tools.
//!
//! Each document is rendered on its own (so documents can be rendered in
//! parallel), and a [`FigureStream`] writes them in order with what the
//! format needs around them: the CSV header, the JSON array's brackets and
//! commas.

use std::io::{self, Write};

use miette::SourceSpan;
use serde::Serialize;

use std::collections::HashMap;

use super::cells::{group_thousands, neutralize_formula};
use super::html_report;
use crate::extract::{pattern_for, Figure, FigureError, FigureIndex, Kind, Pattern};
use crate::text::visible::visible;
use crate::text::{Document, Excerpt};

/// The output formats of `figaudit figures`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureFormat {
    Table,
    Csv,
    Json,
    /// One page, every document's text with its figures highlighted.
    Html,
}

/// One figure with its position, as every format shows it.
#[derive(Debug, Serialize)]
pub(crate) struct FigureRow<'a> {
    pub(crate) document: &'a str,
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: &'a str,
    pub(crate) value: String,
    pub(crate) kind: Kind,
    pub(crate) qualifier: &'static str,
    pub(crate) precision: Option<String>,
    /// SPEC §6.2: each is empty when none.
    pub(crate) unit: &'static str,
    pub(crate) noun: String,
    pub(crate) change: &'static str,
    pub(crate) calendar: &'static str,
    pub(crate) range: &'static str,
    /// The `start` of the range's other end.
    pub(crate) range_with: Option<usize>,
    /// The other reading of `162.984 مليون` (grouped thousands), if any.
    pub(crate) alternative: Option<String>,
    /// In a table: the cell (`B7`, `Sheet1!B7`) and its row's and
    /// column's labels.
    pub(crate) cell: Option<String>,
    pub(crate) row_label: Option<String>,
    pub(crate) column_label: Option<String>,
    /// With `--patterns`: `pattern` and `occurrence`.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub(crate) pattern: Option<PatternCells>,
}

/// A figure's generated pattern, as `figures --patterns` shows it.
#[derive(Debug, Serialize)]
pub(crate) struct PatternCells {
    /// The shortest pattern that finds the figure ("" when none does).
    pub(crate) pattern: String,
    /// Which match it is, when no context is unique.
    pub(crate) occurrence: Option<usize>,
}

impl<'a> FigureRow<'a> {
    /// A row for `figure` of `document`, named `name` (computed once per
    /// document by the caller, not once per figure).
    pub(crate) fn new(document: &'a Document, name: &'a str, figure: &Figure) -> FigureRow<'a> {
        let position = document.line_index().position(figure.span.start);
        let cell = document.cell_at(figure.span.start);
        FigureRow {
            document: name,
            line: position.line,
            column: position.column,
            start: document.file_offset(figure.span.start),
            end: document.file_end(figure.span.end),
            text: figure.text(document.text()),
            value: figure.value.to_string(),
            kind: figure.kind,
            qualifier: figure.qualifier.as_str(),
            precision: figure.precision.map(|p| p.to_string()),
            unit: figure.unit.unwrap_or(""),
            noun: crate::extract::figure_noun(document, figure).unwrap_or_default(),
            change: figure.change.map_or("", |c| c.as_str()),
            calendar: figure.calendar.map_or("", |c| c.as_str()),
            range: figure.range.map_or("", |(end, _)| end.as_str()),
            range_with: figure.range.map(|(_, other)| document.file_offset(other)),
            alternative: figure.alternative.map(|a| a.to_string()),
            cell: cell.as_ref().map(|c| c.place.clone()),
            row_label: cell.as_ref().and_then(|c| c.row_label.map(str::to_string)),
            column_label: cell.as_ref().and_then(|c| c.column_label.map(str::to_string)),
            pattern: None,
        }
    }
}

const CSV_HEADER: [&str; 20] = [
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
    "unit",
    "noun",
    "change",
    "calendar",
    "range",
    "range_with",
    "alternative",
    "cell",
    "row_label",
    "column_label",
];

/// Table column widths; the Arabic text comes last so that right-to-left
/// runs cannot push the other columns around.
const POSITION_WIDTH: usize = 9;
const KIND_WIDTH: usize = 8;
const QUALIFIER_WIDTH: usize = 10;
const VALUE_WIDTH: usize = 16;
const UNIT_WIDTH: usize = 9;
const CHANGE_WIDTH: usize = 6;
const RANGE_WIDTH: usize = 5;

/// A document's figures, rendered, and the figures it could not read.
pub(crate) struct RenderedDocument {
    /// The document's name, as problems name it.
    pub(crate) name: String,
    pub(crate) body: Vec<u8>,
    pub(crate) problems: Problems,
}

/// How many problems of one document are shown; the rest are counted, so
/// that a document of a million unread words prints a page, not a
/// hundred megabytes (and costs no excerpt each).
pub(crate) const MOST_SHOWN_PER_DOCUMENT: usize = 20;

/// The problems of a document (or of a part of one) as shown, and how many
/// more there are beyond [`MOST_SHOWN_PER_DOCUMENT`].
#[derive(Debug, Default)]
pub(crate) struct Problems {
    pub(crate) shown: Vec<FigureDiagnostic>,
    pub(crate) more_warnings: usize,
    pub(crate) more_errors: usize,
}

impl Problems {
    /// Adds `error` of `document`: shown while fewer than `budget` are,
    /// counted after.
    fn add(&mut self, document: &Document, error: FigureError, budget: usize) {
        if self.shown.len() < budget {
            self.shown.push(FigureDiagnostic::new(document, error));
        } else if error.warning {
            self.more_warnings += 1;
        } else {
            self.more_errors += 1;
        }
    }

    /// Whether any of them, shown or counted, is an error.
    pub(crate) fn has_errors(&self) -> bool {
        self.more_errors > 0 || self.shown.iter().any(|p| !p.warning)
    }
}

/// The problems of a document past those shown, in one line.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {count} more problem{plural} not shown ({errors} figure{errors_plural} left out, {warnings} word{warnings_plural} not read)", plural = if *.count == 1 { "" } else { "s" }, errors_plural = if *.errors == 1 { "" } else { "s" }, warnings_plural = if *.warnings == 1 { "" } else { "s" })]
pub(crate) struct MoreProblems {
    pub(crate) path: String,
    pub(crate) count: usize,
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
}

impl MoreProblems {
    pub(crate) fn new(path: &str, errors: usize, warnings: usize) -> Option<MoreProblems> {
        let count = errors.saturating_add(warnings);
        (count > 0).then(|| MoreProblems {
            path: path.to_string(),
            count,
            errors,
            warnings,
        })
    }
}

impl miette::Diagnostic for MoreProblems {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new("figaudit::figure::more"))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(if self.errors > 0 {
            miette::Severity::Error
        } else {
            miette::Severity::Warning
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(format!(
            "the first {MOST_SHOWN_PER_DOCUMENT} of the document are shown above"
        )))
    }
}

/// Renders the figures read from `document` in `format` (for JSON, one
/// object per line, which [`FigureStream`] joins into the array), with each
/// figure's pattern when `read` has the index to make them.
pub(crate) fn render_document(
    document: &Document,
    read: Read<'_>,
    format: FigureFormat,
) -> io::Result<RenderedDocument> {
    let mut head = document_head(format, document.name())?;
    let RenderedFigures {
        body,
        rows,
        problems,
        shown,
    } = render_figures(document, read, format)?;
    if format == FigureFormat::Html {
        return Ok(RenderedDocument {
            name: document.name().to_string(),
            body: html_report::plain_document_section(document, &shown).into_bytes(),
            problems,
        });
    }
    head.extend_from_slice(&body);
    head.extend_from_slice(&document_foot(format, rows)?);
    Ok(RenderedDocument {
        name: document.name().to_string(),
        body: head,
        problems,
    })
}

/// The figures of a document, or of one part of a large file, rendered
/// without what comes before and after the document's figures.
pub(crate) struct RenderedFigures {
    pub(crate) body: Vec<u8>,
    /// How many figures the body lists.
    pub(crate) rows: usize,
    pub(crate) problems: Problems,
    /// The figures as the HTML page shows them (for that format only).
    pub(crate) shown: Vec<html_report::ShownFigure>,
}

/// What the table shows before a document's figures: its name and the
/// column heads (the other formats show nothing).
pub(crate) fn document_head(format: FigureFormat, name: &str) -> io::Result<Vec<u8>> {
    let mut head = Vec::new();
    if format == FigureFormat::Table {
        writeln!(head, "{}", visible(name))?;
        writeln!(
            head,
            "  {:>POSITION_WIDTH$}  {:<KIND_WIDTH$} {:<QUALIFIER_WIDTH$} {:>VALUE_WIDTH$}  {:<UNIT_WIDTH$} {:<CHANGE_WIDTH$} {:<RANGE_WIDTH$} text [noun]",
            "line:col", "kind", "qualifier", "value", "unit", "change", "range"
        )?;
    }
    Ok(head)
}

/// What the table shows after a document's `rows` figures.
pub(crate) fn document_foot(format: FigureFormat, rows: usize) -> io::Result<Vec<u8>> {
    let mut foot = Vec::new();
    if format == FigureFormat::Table {
        if rows == 0 {
            writeln!(foot, "  no figures")?;
        }
        writeln!(foot)?;
    }
    Ok(foot)
}

/// What the command read of a document: every figure or the error in
/// its place, in text order, and, for `--patterns`, the index the matcher
/// selects from (made from the same figures, not read again).
pub(crate) struct Read<'d> {
    /// Streamed as the reader finds them, unless the index needed them all.
    pub(crate) found: Box<dyn Iterator<Item = Result<Figure, FigureError>> + Send + 'd>,
    pub(crate) index: Option<FigureIndex>,
}

/// Renders each figure read from `document` in `format` (nothing for HTML,
/// whose page shows the text itself), held whole.
pub(crate) fn render_figures(document: &Document, read: Read<'_>, format: FigureFormat) -> io::Result<RenderedFigures> {
    let mut body = Vec::new();
    let rendered = render_figures_to(document, read, format, &mut |chunk: &[u8]| {
        body.extend_from_slice(chunk);
        Ok(())
    })?;
    Ok(RenderedFigures { body, ..rendered })
}

/// How much rendered text [`render_figures_to`] holds before handing it on.
const CHUNK_BYTES: usize = 64 << 10;

/// [`render_figures`], handing the rendered rows to `sink` a chunk of
/// whole rows at a time rather than holding them: a one-paragraph file of
/// millions of figures is listed in the memory of one chunk. The body
/// returned is empty.
pub(crate) fn render_figures_to(
    document: &Document,
    read: Read<'_>,
    format: FigureFormat,
    sink: &mut dyn FnMut(&[u8]) -> io::Result<()>,
) -> io::Result<RenderedFigures> {
    let name = document.name().to_string();
    let patterns = read.index.is_some();
    // Patterns are made against the figures the matcher selects from.
    let found_patterns: HashMap<usize, Pattern> = match &read.index {
        Some(index) => (0..index.figures().len())
            .filter_map(|i| Some((index.figures()[i].span.start, pattern_for(index, document.text(), i)?)))
            .collect(),
        None => HashMap::new(),
    };
    let mut body = Vec::new();
    let mut problems = Problems::default();
    let mut rows = 0usize;
    let mut shown = Vec::new();
    let new_csv = || csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
    let mut csv = (format == FigureFormat::Csv).then(new_csv);
    for found in read.found {
        let figure = match found {
            Ok(figure) => figure,
            Err(error) => {
                problems.add(document, error, MOST_SHOWN_PER_DOCUMENT);
                continue;
            }
        };
        rows += 1;
        let mut row = FigureRow::new(document, &name, &figure);
        if patterns {
            let pattern = found_patterns.get(&figure.span.start);
            row.pattern = Some(PatternCells {
                pattern: pattern.map(|p| p.text.clone()).unwrap_or_default(),
                occurrence: pattern.and_then(|p| p.occurrence),
            });
        }
        match (format, csv.as_mut()) {
            (FigureFormat::Table, _) => table_row(&mut body, &row)?,
            (FigureFormat::Csv, Some(writer)) => {
                csv_row(writer, &row)?;
                // The writer buffers a few kilobytes: its rows are handed
                // on a chunk at a time, through a fresh writer.
                if rows.is_multiple_of(CSV_ROWS_PER_CHUNK) {
                    let full = std::mem::replace(writer, new_csv());
                    sink(&full.into_inner().map_err(|e| io::Error::other(e.to_string()))?)?;
                }
            }
            (FigureFormat::Html, _) => shown.push(shown_figure(document, &figure)),
            _ => {
                serde_json::to_writer(&mut body, &row)?;
                body.push(b'\n');
            }
        }
        if body.len() >= CHUNK_BYTES {
            sink(&body)?;
            body.clear();
        }
    }
    if let Some(writer) = csv {
        sink(&writer.into_inner().map_err(|e| io::Error::other(e.to_string()))?)?;
    }
    sink(&body)?;
    Ok(RenderedFigures {
        body: Vec::new(),
        rows,
        problems,
        shown,
    })
}

/// CSV rows handed on at a time (a row is about a hundred bytes).
const CSV_ROWS_PER_CHUNK: usize = 512;

fn table_row(out: &mut Vec<u8>, row: &FigureRow) -> io::Result<()> {
    let position = format!("{}:{}", row.line, row.column);
    writeln!(
        out,
        "  {position:>POSITION_WIDTH$}  {:<KIND_WIDTH$} {:<QUALIFIER_WIDTH$} {:>VALUE_WIDTH$}  {:<UNIT_WIDTH$} {:<CHANGE_WIDTH$} {:<RANGE_WIDTH$} {}{}",
        row.kind.as_str(),
        row.qualifier,
        display_value(row),
        if row.unit.is_empty() { row.calendar } else { row.unit },
        row.change,
        row.range,
        visible(&one_line(row.text)),
        if row.noun.is_empty() { String::new() } else { format!("  [{}]", visible(&row.noun)) },
    )?;
    if let Some(PatternCells { pattern, occurrence }) = &row.pattern {
        let occurrence = occurrence.map(|k| format!("  (occurrence {k})")).unwrap_or_default();
        writeln!(
            out,
            "  {:>POSITION_WIDTH$}  pattern: {}{occurrence}",
            "",
            visible(pattern)
        )?;
    }
    Ok(())
}

fn csv_row(csv: &mut csv::Writer<Vec<u8>>, row: &FigureRow) -> io::Result<()> {
    let numeric_value = matches!(row.kind, Kind::Number | Kind::Percent | Kind::Year | Kind::Fraction);
    let value = if numeric_value {
        row.value.as_str().into()
    } else {
        neutralize_formula(&row.value)
    };
    // Field by field, numbers through one buffer: a row allocates nothing
    // for text that needs no `'` (most rows of an archive).
    let mut number = itoa::Buffer::new();
    let mut write_number = |csv: &mut csv::Writer<Vec<u8>>, n: Option<usize>| match n {
        Some(n) => csv.write_field(number.format(n)),
        None => csv.write_field(""),
    };
    csv.write_field(neutralize_formula(row.document).as_ref())?;
    for n in [row.line, row.column, row.start, row.end] {
        write_number(csv, Some(n))?;
    }
    csv.write_field(neutralize_formula(row.text).as_ref())?;
    csv.write_field(value.as_ref())?;
    csv.write_field(row.kind.as_str())?;
    csv.write_field(row.qualifier)?;
    csv.write_field(row.precision.as_deref().unwrap_or(""))?;
    csv.write_field(row.unit)?;
    csv.write_field(neutralize_formula(&row.noun).as_ref())?;
    csv.write_field(row.change)?;
    csv.write_field(row.calendar)?;
    csv.write_field(row.range)?;
    write_number(csv, row.range_with)?;
    csv.write_field(row.alternative.as_deref().unwrap_or(""))?;
    csv.write_field(row.cell.as_deref().unwrap_or(""))?;
    for label in [&row.row_label, &row.column_label] {
        csv.write_field(neutralize_formula(label.as_deref().unwrap_or("")).as_ref())?;
    }
    // With `--patterns`, two more fields (the header names them too).
    if let Some(PatternCells { pattern, occurrence }) = &row.pattern {
        csv.write_field(neutralize_formula(pattern).as_ref())?;
        write_number(csv, *occurrence)?;
    }
    csv.write_record(None::<&[u8]>)?;
    Ok(())
}

/// Writes rendered documents in order, with what the format needs around
/// them.
pub(crate) struct FigureStream<W: Write> {
    out: W,
    format: FigureFormat,
    json_rows: usize,
}

impl<W: Write> FigureStream<W> {
    pub(crate) fn new(mut out: W, format: FigureFormat, patterns: bool) -> io::Result<FigureStream<W>> {
        match format {
            FigureFormat::Csv => {
                let mut header = csv::Writer::from_writer(Vec::new());
                let extra: &[&str] = if patterns { &["pattern", "occurrence"] } else { &[] };
                header.write_record(CSV_HEADER.iter().chain(extra))?;
                out.write_all(&header.into_inner().map_err(|e| io::Error::other(e.to_string()))?)?;
            }
            FigureFormat::Json => out.write_all(b"[")?,
            FigureFormat::Html => {
                html_report::start(&mut out, "figaudit figures")?;
                out.write_all(b"<main>\n")?;
            }
            FigureFormat::Table => {}
        }
        Ok(FigureStream {
            out,
            format,
            json_rows: 0,
        })
    }

    pub(crate) fn document(&mut self, body: &[u8]) -> io::Result<()> {
        if self.format != FigureFormat::Json {
            return self.out.write_all(body);
        }
        // One object per line: join them with commas into the array.
        for line in body.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            self.out
                .write_all(if self.json_rows == 0 { b"\n  " } else { b",\n  " })?;
            self.out.write_all(line)?;
            self.json_rows += 1;
        }
        Ok(())
    }

    pub(crate) fn finish(mut self) -> io::Result<()> {
        if self.format == FigureFormat::Html {
            self.out.write_all(b"</main>\n")?;
            html_report::end(&mut self.out)?;
        }
        if self.format == FigureFormat::Json {
            self.out
                .write_all(if self.json_rows == 0 { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

/// The value as a person reads it: thousands grouped, `%` after a percent,
/// years, dates and times as written.
fn display_value(row: &FigureRow) -> String {
    match row.kind {
        Kind::Number => group_thousands(&row.value),
        Kind::Percent => format!("{}%", group_thousands(&row.value)),
        Kind::Year | Kind::Date | Kind::Time => row.value.clone(),
        // ⅓ is 0.3333…: four places are what a person reads.
        Kind::Fraction => row
            .value
            .parse::<rust_decimal::Decimal>()
            .map_or_else(|_| row.value.clone(), |v| v.round_dp(4).normalize().to_string()),
    }
}

/// A figure's text on one table line (a figure may span a line break).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A figure that was found but could not be read exactly (an error), or a
/// number word no figure took (a warning).
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}:{column}: {reason}")]
pub(crate) struct FigureDiagnostic {
    path: String,
    line: usize,
    column: usize,
    reason: String,
    pub(crate) warning: bool,
    document: Excerpt,
    span: SourceSpan,
}

impl miette::Diagnostic for FigureDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(if self.warning {
            "figaudit::figure::unread_word"
        } else {
            "figaudit::figure::out_of_range"
        }))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(if self.warning {
            miette::Severity::Warning
        } else {
            miette::Severity::Error
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(if self.warning {
            "figaudit reads this word only as part of a number (مليون ونصف، نصف مليون)"
        } else {
            "figaudit never rounds a figure; this one is left out"
        }))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.document)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let label = if self.warning { "this word" } else { "this figure" };
        Some(Box::new(std::iter::once(miette::LabeledSpan::new_with_span(
            Some(label.to_string()),
            self.span,
        ))))
    }
}

/// How many bytes of one figure a diagnostic underlines.
const LONGEST_SHOWN_FIGURE: usize = 80;

impl FigureDiagnostic {
    pub(crate) fn new(document: &Document, error: FigureError) -> FigureDiagnostic {
        let position = document.line_index().position(error.span.start);
        // A figure in a 50 MB line is shown with its neighbourhood only,
        // and a figure of a million digits by its start.
        let text = document.text();
        let mut end = error
            .span
            .end
            .min(error.span.start.saturating_add(LONGEST_SHOWN_FIGURE));
        while end < error.span.end && !text.is_char_boundary(end) {
            end += 1;
        }
        let shown = error.span.start..end;
        let (excerpt, spans) = document.excerpt(std::slice::from_ref(&shown), 90);
        let span = spans.into_iter().next().unwrap_or_default();
        FigureDiagnostic {
            path: document.name().to_string(),
            line: position.line,
            column: position.column,
            reason: error.reason,
            warning: error.warning,
            document: excerpt,
            span: (span.start, span.len()).into(),
        }
    }
}

/// A figure as the HTML report shows it: where it stands, and its
/// fields for its tooltip (the report itself reads no figure).
pub(crate) fn shown_figure(document: &Document, figure: &Figure) -> html_report::ShownFigure {
    html_report::ShownFigure::new(
        figure.span.clone(),
        document.file_offset(figure.span.start),
        tooltip(figure, document),
        figure.value.to_string(),
    )
}

/// A figure's fields, for its tooltip.
fn tooltip(figure: &Figure, document: &Document) -> String {
    let value = match figure.kind {
        Kind::Number => group_thousands(&figure.value.to_string()),
        Kind::Percent => format!("{}%", group_thousands(&figure.value.to_string())),
        _ => figure.value.to_string(),
    };
    let mut lines = vec![
        format!("value: {value}"),
        format!("kind: {}", figure.kind.as_str()),
        format!("qualifier: {}", figure.qualifier.as_str()),
    ];
    if let Some(p) = figure.precision {
        lines.push(format!("precision: {}", group_thousands(&p.normalize().to_string())));
    }
    if let Some(unit) = figure.unit {
        lines.push(format!("unit: {unit}"));
    }
    if let Some(noun) = crate::extract::figure_noun(document, figure) {
        lines.push(format!("noun: {noun}"));
    }
    if let Some(change) = figure.change {
        lines.push(format!("change: {}", change.as_str()));
    }
    if let Some(calendar) = figure.calendar {
        lines.push(format!("calendar: {}", calendar.as_str()));
    }
    if let Some(alternative) = figure.alternative {
        lines.push(format!(
            "alternative: {} (grouped thousands)",
            group_thousands(&alternative.to_string())
        ));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_read_two_ways_shows_both_in_its_tooltip() {
        let text = "مقابل 162.984 مليون درهم";
        let document = Document::from_bytes(std::path::Path::new("a.txt"), text.as_bytes().to_vec()).unwrap();
        let figure = crate::extract::figures(text).find_map(Result::ok).unwrap();
        let tip = tooltip(&figure, &document);
        assert!(tip.contains("value: 162,984,000"), "{tip}");
        assert!(
            tip.contains("alternative: 162,984,000,000 (grouped thousands)"),
            "{tip}"
        );
    }
}
