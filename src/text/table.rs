//! Tables as documents (SPEC §7.3): CSV and TSV files, and the sheets of
//! XLSX and ODS workbooks.
//!
//! A table's text, the one the reader reads, holds its data cells only:
//! the first row (column headers) and a first column of row labels are
//! labels, not figures, and are blanked. Cells are separated by a tab, which
//! no figure crosses, and rows by line breaks, so each cell is read as prose
//! is (`2.653.895`, `3,6 millions`, `12,5 %`).
//!
//! A CSV or TSV file's text has the file's length, byte for byte (labels,
//! quotes and separators blanked in place), so every offset is the file's
//! and lines and columns are counted on the file itself. A workbook is no
//! text; its text is written out, one line per row of each sheet, and each
//! figure's place is its cell (`Sheet1!B7`).

use std::ops::Range;
use std::path::Path;

/// What kind of table a path names, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TableKind {
    /// Delimited text: `,` (`.csv`) or tab (`.tsv`).
    Delimited(u8),
    /// An XLSX or ODS workbook.
    Workbook,
}

/// The kind of table at `path`, if its extension names one.
pub(crate) fn table_kind(path: &Path) -> Option<TableKind> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "csv" => Some(TableKind::Delimited(b',')),
        "tsv" => Some(TableKind::Delimited(b'\t')),
        "xlsx" | "xlsm" | "ods" => Some(TableKind::Workbook),
        _ => None,
    }
}

/// One data cell: where it stands in the text, and where in the table.
#[derive(Debug, Clone, PartialEq, Eq)]
struct DataCell {
    span: Range<usize>,
    sheet: u32,
    /// 1-based row and column of the sheet.
    row: u32,
    column: u32,
}

/// One sheet's labels.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Sheet {
    /// The sheet's name; empty for a CSV or TSV file.
    name: String,
    /// Where its first row starts in the text, and how many rows it has.
    start: usize,
    rows: usize,
    /// Whether its first column holds the row labels.
    labels_column: bool,
    /// The rows and columns before its first (a workbook's used range may
    /// start below row 1 or right of column A).
    skipped_rows: usize,
    skipped_columns: usize,
    /// The header of each column (index 0 is column A).
    column_labels: Vec<String>,
    /// The label of each row (index 0 is row 1), when the first column
    /// holds labels.
    row_labels: Vec<String>,
}

/// The cells of a table, to place each figure and name its labels.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cells {
    sheets: Vec<Sheet>,
    /// Data cells with a digit, in text order.
    cells: Vec<DataCell>,
}

/// A data cell as reports and rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CellPlace<'c> {
    /// `B7`, or `Sheet1!B7` in a workbook.
    pub(crate) place: String,
    /// The row's label (its first cell), if the table has row labels.
    pub(crate) row_label: Option<&'c str>,
    /// The column's header.
    pub(crate) column_label: Option<&'c str>,
    /// Where the cell stands in the document's text.
    pub(crate) span: Range<usize>,
    /// Its sheet (by order), row and column: which cells share a line.
    pub(crate) grid: (u32, u32, u32),
}

impl Cells {
    /// The data cell that holds the text offset `offset`.
    pub(crate) fn at(&self, offset: usize) -> Option<CellPlace<'_>> {
        let at = self.cells.partition_point(|c| c.span.start <= offset);
        let cell = at.checked_sub(1).and_then(|i| self.cells.get(i))?;
        (offset < cell.span.end).then(|| self.place(cell))
    }

    fn place(&self, cell: &DataCell) -> CellPlace<'_> {
        let sheet = self.sheets.get(cell.sheet as usize);
        let name = sheet.map_or("", |s| s.name.as_str());
        let address = format!("{}{}", column_letters(cell.column), cell.row);
        fn label(labels: Option<&[String]>, i: u32) -> Option<&str> {
            labels
                .and_then(|l| l.get((i as usize).checked_sub(1)?))
                .map(String::as_str)
                .filter(|l| !l.is_empty())
        }
        CellPlace {
            place: if name.is_empty() {
                address
            } else {
                format!("{name}!{address}")
            },
            row_label: label(sheet.map(|s| s.row_labels.as_slice()), cell.row),
            column_label: label(sheet.map(|s| s.column_labels.as_slice()), cell.column),
            span: cell.span.clone(),
            grid: (cell.sheet, cell.row, cell.column),
        }
    }

    /// The `i`-th data cell in text order.
    pub(crate) fn get(&self, i: usize) -> Option<CellPlace<'_>> {
        self.cells.get(i).map(|c| self.place(c))
    }

    /// Every data cell, in text order.
    pub(crate) fn all(&self) -> impl Iterator<Item = CellPlace<'_>> {
        self.cells.iter().map(|c| self.place(c))
    }

    /// Every row label and every column header, for messages.
    pub(crate) fn labels(&self) -> (Vec<&str>, Vec<&str>) {
        let mut rows: Vec<&str> = Vec::new();
        let mut columns: Vec<&str> = Vec::new();
        for sheet in &self.sheets {
            rows.extend(sheet.row_labels.iter().map(String::as_str).filter(|l| !l.is_empty()));
            columns.extend(sheet.column_labels.iter().map(String::as_str).filter(|l| !l.is_empty()));
        }
        (rows, columns)
    }
}

/// A sheet as a grid, to draw it as a table: its headers, and each row's
/// label and the spans of its other cells in the document's text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct SheetGrid {
    pub(crate) name: String,
    pub(crate) headers: Vec<String>,
    /// Whether the first header heads the row labels.
    pub(crate) labels_column: bool,
    pub(crate) rows: Vec<GridRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct GridRow {
    pub(crate) label: Option<String>,
    pub(crate) cells: Vec<Range<usize>>,
}

impl Cells {
    /// Each sheet as a grid, from `text` (the document's): a row per line,
    /// a cell per tab. `None` when the lines are not the rows (a quoted cell
    /// of a CSV file holding line breaks).
    pub(crate) fn grids(&self, text: &str) -> Option<Vec<SheetGrid>> {
        let mut grids = Vec::new();
        for sheet in &self.sheets {
            let body = text.get(sheet.start..)?;
            let mut lines = Vec::new();
            let mut at = sheet.start;
            for line in body.split_inclusive('\n').take(sheet.rows) {
                let content = line.trim_end_matches(['\n', '\r']);
                lines.push(at..at + content.len());
                at += line.len();
            }
            if lines.len() != sheet.rows {
                return None;
            }
            let mut rows = Vec::new();
            for (r, line) in lines.into_iter().enumerate().skip(1) {
                let content = text.get(line.clone())?;
                let mut cells = Vec::new();
                let mut start = line.start;
                for part in content.split('\t') {
                    cells.push(start..start + part.len());
                    start += part.len() + 1;
                }
                if sheet.labels_column && !cells.is_empty() {
                    cells.remove(0);
                }
                rows.push(GridRow {
                    label: sheet
                        .row_labels
                        .get(sheet.skipped_rows + r)
                        .cloned()
                        .filter(|_| sheet.labels_column),
                    cells,
                });
            }
            grids.push(SheetGrid {
                name: sheet.name.clone(),
                headers: sheet
                    .column_labels
                    .iter()
                    .skip(sheet.skipped_columns)
                    .cloned()
                    .collect(),
                labels_column: sheet.labels_column,
                rows,
            });
        }
        Some(grids)
    }
}

/// `1` → `A`, `28` → `AB`.
pub(crate) fn column_letters(column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Whether a label column is there: the first column holds text (a letter
/// in a data cell), or the header's first cell is empty beside other
/// headers (the corner of a cross table).
fn first_column_is_labels(rows: &[Vec<String>]) -> bool {
    let text_in_first = rows
        .iter()
        .skip(1)
        .filter_map(|r| r.first())
        .any(|c| c.chars().any(char::is_alphabetic));
    text_in_first || rows.first().is_some_and(|h| corner_is_empty(h))
}

/// One field of a delimited file: its bytes in the file (quotes included)
/// and its value.
struct Field {
    span: Range<usize>,
    value: String,
}

/// The rows of a delimited file, one at a time, each field with its bytes
/// (RFC 4180: a field in double quotes may hold the delimiter, line breaks
/// and `""`).
struct DelimitedRows<'f> {
    file: &'f str,
    delimiter: u8,
    at: usize,
    done: bool,
}

impl<'f> DelimitedRows<'f> {
    fn new(file: &'f str, delimiter: u8) -> Self {
        // A BOM is not part of the first header.
        let at = if file.starts_with('\u{feff}') { 3 } else { 0 };
        DelimitedRows {
            file,
            delimiter,
            at,
            done: false,
        }
    }

    /// The field from `self.at` on, and whether it ends its row.
    fn field(&mut self) -> (Field, bool) {
        let (file, bytes, delimiter) = (self.file, self.file.as_bytes(), self.delimiter);
        let start = self.at;
        let mut at = self.at;
        let mut value = String::new();
        let until_end = |at: usize| {
            bytes
                .get(at..)
                .and_then(|rest| rest.iter().position(|&b| b == delimiter || b == b'\n'))
                .unwrap_or(bytes.len().saturating_sub(at))
        };
        if bytes.get(at) == Some(&b'"') {
            at += 1;
            loop {
                match bytes.get(at) {
                    Some(b'"') if bytes.get(at + 1) == Some(&b'"') => {
                        value.push('"');
                        at += 2;
                    }
                    Some(b'"') => {
                        at += 1;
                        break;
                    }
                    Some(_) => {
                        let run = bytes[at..].iter().position(|&b| b == b'"').unwrap_or(bytes.len() - at);
                        value.push_str(file.get(at..at + run).unwrap_or(""));
                        at += run;
                    }
                    None => break,
                }
            }
            // Anything after the closing quote, up to the delimiter, is kept.
            let run = until_end(at);
            value.push_str(file.get(at..at + run).unwrap_or("").trim_end_matches('\r'));
            at += run;
        } else {
            let run = until_end(at);
            value.push_str(file.get(at..at + run).unwrap_or("").trim_end_matches('\r'));
            at += run;
        }
        let field = Field {
            span: start..at.min(bytes.len()),
            value,
        };
        match bytes.get(at) {
            Some(&b) if b == delimiter => {
                self.at = at + 1;
                (field, false)
            }
            Some(b'\n') => {
                self.at = at + 1;
                self.done = self.at >= bytes.len();
                (field, true)
            }
            _ => {
                self.done = true;
                (field, true)
            }
        }
    }
}

impl Iterator for DelimitedRows<'_> {
    type Item = Vec<Field>;

    fn next(&mut self) -> Option<Vec<Field>> {
        if self.done {
            return None;
        }
        let mut row = Vec::new();
        loop {
            let (field, last) = self.field();
            row.push(field);
            if last {
                return Some(row);
            }
        }
    }
}

/// Why a table could not be read.
#[derive(Debug)]
pub(crate) struct TableError(pub String);

/// The most data cells with a digit a table may hold (all sheets): far
/// above any statistical table, far below what would exhaust memory.
pub(crate) const MOST_TABLE_CELLS: usize = 5_000_000;

fn too_many_cells() -> TableError {
    TableError(format!(
        "more than {MOST_TABLE_CELLS} cells with figures; split the table"
    ))
}

/// The text of a CSV or TSV file (its length, labels and punctuation
/// blanked) and its cells.
pub(crate) fn delimited_text(file: &str, delimiter: u8) -> Result<(String, Cells), TableError> {
    // The first pass finds whether the first column holds labels.
    let mut header: Vec<String> = Vec::new();
    let mut text_in_first = false;
    for (r, row) in DelimitedRows::new(file, delimiter).enumerate() {
        if r == 0 {
            header = row.into_iter().map(|f| f.value).collect();
        } else if row.first().is_some_and(|f| f.value.chars().any(char::is_alphabetic)) {
            text_in_first = true;
            break;
        }
    }
    let labels_column = text_in_first || corner_is_empty(&header);
    let mut text = file.as_bytes().to_vec();
    // Blanks a run of the text, line breaks kept (lines stay the file's).
    let blank = |text: &mut Vec<u8>, span: &Range<usize>| {
        for b in text.get_mut(span.clone()).into_iter().flatten() {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    };
    let mut sheet = Sheet {
        start: if file.starts_with('\u{feff}') { 3 } else { 0 },
        labels_column,
        ..Sheet::default()
    };
    let mut cells = Vec::new();
    for (r, row) in DelimitedRows::new(file, delimiter).enumerate() {
        sheet.rows = r + 1;
        let row_number = u32::try_from(r + 1).unwrap_or(u32::MAX);
        if labels_column {
            sheet
                .row_labels
                .push(row.first().map(|f| f.value.trim().to_string()).unwrap_or_default());
        }
        for (c, field) in row.iter().enumerate() {
            let column = u32::try_from(c + 1).unwrap_or(u32::MAX);
            if r == 0 {
                sheet.column_labels.push(field.value.trim().to_string());
            }
            if r == 0 || (c == 0 && labels_column) {
                blank(&mut text, &field.span);
            } else {
                blank_quotes(file, &mut text, &field.span);
                if field.value.chars().any(|ch| ch.is_numeric()) {
                    if cells.len() == MOST_TABLE_CELLS {
                        return Err(too_many_cells());
                    }
                    cells.push(DataCell {
                        span: field.span.clone(),
                        sheet: 0,
                        row: row_number,
                        column,
                    });
                }
            }
            // The delimiter before a field becomes a tab.
            if c > 0 {
                if let Some(b) = field.span.start.checked_sub(1).and_then(|i| text.get_mut(i)) {
                    *b = b'\t';
                }
            }
        }
    }
    // Only whole chars were blanked, with ASCII, so the text is UTF-8.
    let text = String::from_utf8(text).map_err(|e| TableError(e.to_string()))?;
    Ok((
        text,
        Cells {
            sheets: vec![sheet],
            cells,
        },
    ))
}

/// The header of a cross table: an empty first cell under which the row
/// labels stand, beside the column headers.
fn corner_is_empty(header: &[String]) -> bool {
    header.len() > 1
        && header.first().is_none_or(|c| c.trim().is_empty())
        && header.iter().skip(1).any(|c| !c.trim().is_empty())
}

/// Blanks the quotes of a quoted field: the opening and closing ones and
/// the first of each `""`.
fn blank_quotes(file: &str, text: &mut [u8], span: &Range<usize>) {
    if !file.get(span.clone()).is_some_and(|f| f.starts_with('"')) {
        return;
    }
    let mut escaped = false;
    for i in span.clone() {
        if file.as_bytes().get(i) == Some(&b'"') {
            if !escaped {
                if let Some(b) = text.get_mut(i) {
                    *b = b' ';
                }
            }
            escaped = !escaped;
        } else {
            escaped = false;
        }
    }
}

/// A sheet as rows of cell texts: its name, the place of its first cell
/// (row, column, from 0) and its rows from there.
type SheetValues = (String, (u32, u32), Vec<Vec<String>>);

fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Int(i) => i.to_string(),
        Data::Float(f) => f.to_string(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d.to_string(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

/// The sheets of an `.xlsx` workbook, their cells streamed one by one:
/// calamine's own range of a sheet is as large as the area from its first
/// cell to its last, so two cells at `A1` and `XFD1048576` (a 1.5 KB
/// file) asked it for 550 GB. The area is checked before it is laid out.
fn xlsx_sheets<R: std::io::Read + std::io::Seek>(
    mut workbook: calamine::Xlsx<R>,
) -> Result<Vec<SheetValues>, TableError> {
    use calamine::Reader;
    let error = |e: calamine::XlsxError| TableError(e.to_string());
    let mut sheets = Vec::new();
    let mut total = 0usize;
    for name in workbook.sheet_names() {
        let mut reader = workbook.worksheet_cells_reader(&name).map_err(error)?;
        let mut found: Vec<((u32, u32), String)> = Vec::new();
        while let Some(cell) = reader.next_cell().map_err(error)? {
            let text = cell_text(&calamine::Data::from(cell.get_value().clone()));
            if text.is_empty() {
                continue;
            }
            total = total.saturating_add(1);
            if total > MOST_TABLE_CELLS {
                return Err(too_many_cells());
            }
            found.push((cell.get_position(), text));
        }
        let Some(first_row) = found.iter().map(|((r, _), _)| *r).min() else {
            sheets.push((name, (0, 0), Vec::new()));
            continue;
        };
        let first_column = found.iter().map(|((_, c), _)| *c).min().unwrap_or(0);
        let rows = found.iter().map(|((r, _), _)| r - first_row).max().unwrap_or(0) as usize + 1;
        let columns = found.iter().map(|((_, c), _)| c - first_column).max().unwrap_or(0) as usize + 1;
        if rows.saturating_mul(columns) > MOST_TABLE_CELLS {
            return Err(TableError(format!(
                "sheet {name} spans {rows} rows by {columns} columns, more than {MOST_TABLE_CELLS} cells; \
                 remove what lies far from the table"
            )));
        }
        let mut values = vec![vec![String::new(); columns]; rows];
        for ((r, c), text) in found {
            if let Some(slot) = values
                .get_mut((r - first_row) as usize)
                .and_then(|row| row.get_mut((c - first_column) as usize))
            {
                *slot = text;
            }
        }
        sheets.push((name, (first_row, first_column), values));
    }
    Ok(sheets)
}

/// The sheets of another workbook (`.ods`), each read as calamine lays it
/// out.
fn other_sheets(bytes: &[u8]) -> Result<Vec<SheetValues>, TableError> {
    use calamine::{open_workbook_auto_from_rs, Reader};
    let mut workbook =
        open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| TableError(e.to_string()))?;
    let mut sheets = Vec::new();
    let mut total = 0usize;
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).map_err(|e| TableError(e.to_string()))?;
        total = total.saturating_add(range.get_size().0.saturating_mul(range.get_size().1));
        if total > MOST_TABLE_CELLS {
            return Err(too_many_cells());
        }
        let start = range.start().unwrap_or((0, 0));
        let values = range.rows().map(|row| row.iter().map(cell_text).collect()).collect();
        sheets.push((name, start, values));
    }
    Ok(sheets)
}

/// The text of a workbook (each sheet's rows, one line each, data cells
/// separated by tabs, a blank line between sheets) and its cells.
pub(crate) fn workbook_text(bytes: Vec<u8>) -> Result<(String, Cells), TableError> {
    use calamine::Reader;
    let sheets = match calamine::Xlsx::new(std::io::Cursor::new(bytes.as_slice())) {
        Ok(workbook) => xlsx_sheets(workbook)?,
        Err(_) => other_sheets(&bytes)?,
    };
    let mut text = String::new();
    let mut cells = Cells::default();
    for (index, (name, (first_row, first_column), values)) in sheets.into_iter().enumerate() {
        let labels_column = first_column_is_labels(&values);
        if index > 0 {
            text.push('\n');
        }
        let mut sheet = Sheet {
            name: name.clone(),
            start: text.len(),
            rows: values.len(),
            labels_column,
            skipped_rows: first_row as usize,
            skipped_columns: first_column as usize,
            ..Sheet::default()
        };
        for (r, row) in values.iter().enumerate() {
            let row_number = first_row.saturating_add(u32::try_from(r + 1).unwrap_or(u32::MAX));
            if r == 0 {
                sheet.column_labels = vec![String::new(); first_column as usize];
                sheet.column_labels.extend(row.iter().map(|v| v.trim().to_string()));
            }
            if labels_column {
                let at = (row_number as usize).saturating_sub(1);
                if sheet.row_labels.len() <= at {
                    sheet.row_labels.resize(at + 1, String::new());
                }
                if let Some(label) = sheet.row_labels.get_mut(at) {
                    *label = row.first().map(|v| v.trim().to_string()).unwrap_or_default();
                }
            }
            for (c, value) in row.iter().enumerate() {
                if c > 0 {
                    text.push('\t');
                }
                let is_label = r == 0 || (c == 0 && labels_column);
                // Line breaks and tabs inside a cell would break the layout.
                let value: String = value
                    .chars()
                    .map(|ch| if matches!(ch, '\n' | '\r' | '\t') { ' ' } else { ch })
                    .collect();
                let start = text.len();
                if is_label {
                    text.extend(std::iter::repeat_n(' ', value.chars().count()));
                    continue;
                }
                text.push_str(&value);
                if value.chars().any(|ch| ch.is_numeric()) {
                    cells.cells.push(DataCell {
                        span: start..text.len(),
                        sheet: u32::try_from(index).unwrap_or(u32::MAX),
                        row: row_number,
                        column: first_column.saturating_add(u32::try_from(c + 1).unwrap_or(u32::MAX)),
                    });
                }
            }
            text.push('\n');
        }
        cells.sheets.push(sheet);
    }
    Ok((text, cells))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_count_as_spreadsheets_do() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(703), "AAA");
    }

    #[test]
    fn a_csv_keeps_its_length_and_blanks_its_labels() {
        let file = "المركز,2024,2025\nالرباط,\"2,500,000\",2 653 895\nمراكش,900 000,\"1 032 069\"\n";
        let (text, cells) = delimited_text(file, b',').unwrap();
        assert_eq!(text.len(), file.len());
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].trim().is_empty(), "{:?}", lines[0]);
        assert_eq!(lines[1].trim_start_matches(' '), "\t 2,500,000 \t2 653 895");
        let rabat_2025 = file.find("2 653 895").unwrap();
        let cell = cells.at(rabat_2025).unwrap();
        assert_eq!(cell.place, "C2");
        assert_eq!(cell.row_label, Some("الرباط"));
        assert_eq!(cell.column_label, Some("2025"));
        let quoted = cells.at(file.find("1 032 069").unwrap()).unwrap();
        assert_eq!((quoted.place.as_str(), quoted.row_label), ("C3", Some("مراكش")));
        assert!(cells.at(0).is_none());
    }

    #[test]
    fn a_first_column_of_numbers_is_data() {
        let file = "a,b\n1,2\n3,4";
        let (text, cells) = delimited_text(file, b',').unwrap();
        assert_eq!(text, " \t \n1\t2\n3\t4");
        assert_eq!(cells.all().count(), 4);
        assert_eq!(cells.at(4).unwrap().row_label, None);
    }

    #[test]
    fn quoted_fields_hold_delimiters_line_breaks_and_quotes() {
        let file = "x;y\n\"a, \"\"b\"\"\nc\",\"1,5\"";
        let rows: Vec<Vec<Field>> = DelimitedRows::new(file, b',').collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1][0].value, "a, \"b\"\nc");
        assert_eq!(rows[1][1].value, "1,5");
        let (text, _) = delimited_text(file, b',').unwrap();
        assert_eq!(text.len(), file.len());
    }

    #[test]
    fn broken_tables_never_panic() {
        for file in ["", "\"", "\"\"\"", ",,,\n,,", "a\n\"", "\u{feff}x,y\n1,2", "\"a\"b,c\n"] {
            let (text, _) = delimited_text(file, b',').unwrap();
            assert_eq!(text.len(), file.len(), "{file:?}");
        }
        assert!(workbook_text(b"not a workbook".to_vec()).is_err());
    }
}
