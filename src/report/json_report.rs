//! The discrepancy report as JSON (SPEC §5):
//! `{"version": 1, "summary": {...}, "findings": [...]}`.

use std::io::{self, Write};

use serde::Serialize;

use super::json_array::Frame;
use super::rows::{FigureEntry, FindingRow};
use super::spool::Spool;
use crate::check::Summary;

#[derive(Serialize)]
/// The report's frame; its findings are written one by one.
struct Report {
    version: u32,
    summary: SummaryJson,
    findings: [(); 0],
}

#[derive(Serialize)]
struct SummaryJson {
    rules: usize,
    documents: usize,
    passed: usize,
    failed: usize,
    warnings: usize,
    errors: usize,
    /// Failing findings a baseline accepted (only with `--baseline`).
    #[serde(skip_serializing_if = "Option::is_none")]
    baselined: Option<usize>,
    /// `audit`: the documents' counts and percentages, and how many of
    /// them no checked relation takes in.
    #[serde(skip_serializing_if = "Option::is_none")]
    figures: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    figures_in_no_relation: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    figures_not_searched: Option<usize>,
}

/// The CSV fields of a finding, with `figures` as objects.
#[derive(Serialize)]
struct FindingJson<'a> {
    rule_id: &'a str,
    status: &'a str,
    severity: &'a str,
    message: &'a str,
    description: Option<&'a str>,
    document: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    text: Option<&'a str>,
    value: Option<&'a str>,
    expected: Option<&'a str>,
    difference: Option<&'a str>,
    rules_file: &'a str,
    rule_line: usize,
    /// The finding's identity across edits, as baselines know it.
    fingerprint: &'a str,
    figures: Vec<FigureJson<'a>>,
}

#[derive(Serialize)]
struct FigureJson<'a> {
    name: &'a str,
    document: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    start: Option<usize>,
    end: Option<usize>,
    text: Option<&'a str>,
    value: &'a str,
    kind: &'a str,
    qualifier: &'a str,
    precision: Option<&'a str>,
    unit: &'a str,
    noun: &'a str,
    change: &'a str,
    calendar: &'a str,
    range: &'a str,
    range_with: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    /// In a table: the cell (`B7`, `Sheet1!B7`).
    #[serde(skip_serializing_if = "Option::is_none")]
    cell: Option<&'a str>,
}

fn figure(entry: &FigureEntry) -> FigureJson<'_> {
    FigureJson {
        name: &entry.name,
        document: entry.document.as_deref(),
        line: entry.line,
        column: entry.column,
        start: entry.start,
        end: entry.end,
        text: entry.text.as_deref(),
        value: &entry.value,
        kind: entry.kind,
        qualifier: entry.qualifier,
        precision: entry.precision.as_deref(),
        unit: &entry.unit,
        noun: &entry.noun,
        change: entry.change,
        calendar: entry.calendar,
        range: entry.range,
        range_with: entry.range_with,
        source: entry.source.as_deref(),
        cell: entry.cell.as_deref(),
    }
}

/// One finding of the report, printed pretty at the top level.
pub(crate) fn record(row: &FindingRow) -> io::Result<Vec<u8>> {
    let primary = row.primary.as_ref();
    let finding = FindingJson {
        rule_id: &row.rule_id,
        status: row.status,
        severity: row.severity,
        message: &row.message,
        description: row.description.as_deref(),
        document: primary.and_then(|p| p.document.as_deref()),
        line: primary.and_then(|p| p.line),
        column: primary.and_then(|p| p.column),
        text: primary.and_then(|p| p.text.as_deref()),
        value: row.value.as_deref(),
        expected: row.expected.as_deref(),
        difference: row.difference.as_deref(),
        rules_file: &row.rules_file,
        rule_line: row.rule_line,
        fingerprint: &row.fingerprint,
        figures: row.figures.iter().map(figure).collect(),
    };
    Ok(serde_json::to_vec_pretty(&finding)?)
}

/// Writes the report: `inputs` first, then the findings `record` made.
pub(crate) fn write(out: &mut dyn Write, inputs: &[FindingRow], rows: &mut Spool, summary: &Summary) -> io::Result<()> {
    let report = Report {
        version: 1,
        summary: SummaryJson {
            rules: summary.rules,
            documents: summary.documents,
            passed: summary.passed,
            failed: summary.failed,
            warnings: summary.warnings,
            errors: summary.errors,
            baselined: summary.baselined,
            figures: summary.coverage.map(|c| c.figures),
            figures_in_no_relation: summary.coverage.map(|c| c.unrelated()),
            figures_not_searched: summary.coverage.map(|c| c.not_searched),
        },
        findings: [],
    };
    let frame = serde_json::to_string_pretty(&report)?;
    let frame = Frame::split(&frame, "findings")?;
    let mut findings = frame.open(out)?;
    for row in inputs {
        findings.item(out, &record(row)?)?;
    }
    rows.for_each(|row| findings.item(out, row))?;
    findings.close(out)?;
    out.write_all(frame.after.as_bytes())?;
    writeln!(out)
}
