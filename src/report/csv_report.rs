//! The discrepancy report as CSV (SPEC §5): RFC 4180, the exact header,
//! one row per finding, formula-like text neutralised.

use std::io::{self, Write};

use super::cells::neutralize_formula;
use super::rows::FindingRow;
use super::spool::Spool;

pub const HEADER: [&str; 14] = [
    "rule_id",
    "status",
    "severity",
    "message",
    "document",
    "line",
    "column",
    "text",
    "value",
    "expected",
    "difference",
    "rules_file",
    "rule_line",
    "figures",
];

const BOM: &[u8] = "\u{feff}".as_bytes();

/// One row of the report, as CSV bytes with its line ending.
pub fn record(row: &FindingRow) -> io::Result<Vec<u8>> {
    let mut csv = csv::Writer::from_writer(Vec::new());
    let primary = row.primary.as_ref();
    let number = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
    // Text cells are neutralised; the numeric ones (line, value,
    // difference …) are plain decimals a spreadsheet must read as numbers.
    csv.write_record([
        neutralize_formula(&row.rule_id).as_ref(),
        row.status,
        row.severity,
        &neutralize_formula(&row.message),
        &neutralize_formula(primary.and_then(|p| p.document.as_deref()).unwrap_or("")),
        &number(primary.and_then(|p| p.line)),
        &number(primary.and_then(|p| p.column)),
        &neutralize_formula(primary.and_then(|p| p.text.as_deref()).unwrap_or("")),
        row.value.as_deref().unwrap_or(""),
        row.expected.as_deref().unwrap_or(""),
        row.difference.as_deref().unwrap_or(""),
        &neutralize_formula(&row.rules_file),
        &row.rule_line.to_string(),
        &neutralize_formula(&row.references()),
    ])?;
    csv.into_inner().map_err(|error| error.into_error())
}

/// Writes the report: `inputs` first, then the rows `records` made;
/// `bom` starts the file with a UTF-8 byte-order mark so that Excel reads
/// the Arabic text right.
pub fn write(out: &mut dyn Write, inputs: &[FindingRow], rows: &mut Spool, bom: bool) -> io::Result<()> {
    if bom {
        out.write_all(BOM)?;
    }
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(HEADER)?;
    out.write_all(&csv.into_inner().map_err(|error| error.into_error())?)?;
    for row in inputs {
        out.write_all(&record(row)?)?;
    }
    rows.for_each(|row| out.write_all(row))
}
