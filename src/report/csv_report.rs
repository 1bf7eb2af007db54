//! The discrepancy report as CSV (SPEC §5): RFC 4180, the exact header,
//! one row per finding, formula-like text neutralised.

use std::io::{self, Write};

use super::cells::neutralize_formula;
use super::rows::FindingRow;
use super::spool::Spool;

pub(crate) const HEADER: [&str; 14] = [
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

/// Columns that hold numbers (`line`, `column`, `value`, `expected`,
/// `difference`, `rule_line`); the others hold text.
pub(crate) const NUMBER_COLUMNS: [usize; 6] = [5, 6, 8, 9, 10, 12];

/// A finding's cells under [`HEADER`], as found (empty when none).
pub(crate) fn cells(row: &FindingRow) -> [String; 14] {
    let primary = row.primary.as_ref();
    let number = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
    let text = |t: Option<&String>| t.cloned().unwrap_or_default();
    [
        row.rule_id.clone(),
        row.status.to_string(),
        row.severity.to_string(),
        row.message.clone(),
        text(primary.and_then(|p| p.document.as_ref())),
        number(primary.and_then(|p| p.line)),
        number(primary.and_then(|p| p.column)),
        text(primary.and_then(|p| p.text.as_ref())),
        text(row.value.as_ref()),
        text(row.expected.as_ref()),
        text(row.difference.as_ref()),
        row.rules_file.clone(),
        row.rule_line.to_string(),
        row.references(),
    ]
}

/// CSV bytes of one record, with its line ending.
pub(crate) fn encode<I: AsRef<[u8]>>(fields: impl IntoIterator<Item = I>) -> io::Result<Vec<u8>> {
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(fields)?;
    csv.into_inner().map_err(|error| error.into_error())
}

/// One row of the report. Text cells are neutralised; the numeric ones
/// (line, value, difference …) are plain decimals a spreadsheet must read
/// as numbers.
pub(crate) fn record(row: &FindingRow) -> io::Result<Vec<u8>> {
    let cells = cells(row);
    encode(cells.iter().enumerate().map(|(column, cell)| {
        if NUMBER_COLUMNS.contains(&column) {
            cell.clone()
        } else {
            neutralize_formula(cell).into_owned()
        }
    }))
}

/// Writes the report: `inputs` first, then the rows `records` made;
/// `bom` starts the file with a UTF-8 byte-order mark so that Excel reads
/// the Arabic text right.
pub(crate) fn write(out: &mut dyn Write, inputs: &[FindingRow], rows: &mut Spool, bom: bool) -> io::Result<()> {
    if bom {
        out.write_all(BOM)?;
    }
    out.write_all(&encode(HEADER)?)?;
    for row in inputs {
        out.write_all(&record(row)?)?;
    }
    rows.for_each(|row| out.write_all(row))
}
