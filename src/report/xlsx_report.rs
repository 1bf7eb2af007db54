//! The discrepancy report as an Excel workbook (SPEC §6.5): the CSV's
//! columns, where text stays text (the article's `206.464` is not the
//! decimal 206.464) and `line`, `value`, `expected`, `difference` are
//! numbers; Arabic cells right-to-left; a frozen bold header with filters;
//! failing rows highlighted. No spreadsheet setting can make a CSV do that
//! for every reader's locale; a workbook does.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::csv_report::{self, HEADER, NUMBER_COLUMNS};
use super::rows::FindingRow;
use super::spool::Spool;
use std::io;

/// Widest a column grows to fit, in characters.
const WIDEST: u32 = 60;
/// Digits an Excel number holds exactly; longer values are kept as text.
const EXACT_DIGITS: usize = 15;

/// Whether a cell reads right to left: its first letter is Arabic (a
/// message in English quoting Arabic reads left to right).
fn is_arabic(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(|c| {
        matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

/// Row fill by status and severity: failing rows stand out.
fn fill(status: &str, severity: &str) -> Option<Color> {
    match (status, severity) {
        ("error", _) | ("fail", "error") => Some(Color::RGB(0xFF_EB_EE)),
        ("fail", "warning") => Some(Color::RGB(0xFF_F4_E0)),
        _ => None,
    }
}

/// The number in a decimal string, when Excel can hold it exactly.
fn exact_number(text: &str) -> Option<f64> {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if digits > EXACT_DIGITS {
        return None;
    }
    text.parse::<f64>().ok().filter(|n| n.is_finite())
}

struct Cells<'a> {
    sheet: &'a mut Worksheet,
    row: u32,
    base: Format,
}

impl Cells<'_> {
    fn text(&mut self, column: u16, text: &str) -> Result<(), XlsxError> {
        if text.is_empty() {
            return self.sheet.write_blank(self.row, column, &self.base).map(|_| ());
        }
        let format = if is_arabic(text) {
            self.base.clone().set_reading_direction(2).set_align(FormatAlign::Right)
        } else {
            self.base.clone()
        };
        self.sheet.write_string_with_format(self.row, column, text, &format)?;
        Ok(())
    }

    fn number(&mut self, column: u16, text: Option<&str>) -> Result<(), XlsxError> {
        match text.map(|t| (t, exact_number(t))) {
            Some((_, Some(n))) => {
                self.sheet.write_number_with_format(self.row, column, n, &self.base)?;
                Ok(())
            }
            Some((t, None)) => self.text(column, t),
            None => self.sheet.write_blank(self.row, column, &self.base).map(|_| ()),
        }
    }
}

/// One row of the workbook: its cells as the CSV has them, but raw (a
/// workbook cell needs no guard against formulas), as CSV bytes.
pub fn record(row: &FindingRow) -> io::Result<Vec<u8>> {
    csv_report::encode(csv_report::cells(row))
}

fn write_row(sheet: &mut Worksheet, row: u32, record: &[u8]) -> Result<(), XlsxError> {
    let cells = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(record)
        .records()
        .next()
        .transpose()
        .map_err(|error| XlsxError::IoError(io::Error::other(error)))?
        .unwrap_or_default();
    let cell = |column: usize| cells.get(column).unwrap_or("");
    let base = match fill(cell(1), cell(2)) {
        Some(color) => Format::new().set_background_color(color),
        None => Format::new(),
    };
    let mut cells_out = Cells { sheet, row, base };
    for (column, text) in (0u16..).zip(cells.iter()) {
        if NUMBER_COLUMNS.contains(&usize::from(column)) {
            cells_out.number(column, Some(text).filter(|t| !t.is_empty()))?;
        } else {
            cells_out.text(column, text)?;
        }
    }
    Ok(())
}

/// The workbook's bytes: `inputs` first, then the rows `record` made.
pub fn to_bytes(inputs: &[FindingRow], rows: &mut Spool) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("findings")?;
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xEC_EF_F1))
        .set_border_bottom(FormatBorder::Thin);
    for (column, name) in (0u16..).zip(HEADER) {
        sheet.write_string_with_format(0, column, name, &header)?;
    }
    let mut row = 0u32;
    for input in inputs {
        row = row.saturating_add(1);
        write_row(sheet, row, &record(input)?)?;
    }
    rows.for_each(|record| {
        row = row.saturating_add(1);
        write_row(sheet, row, record).map_err(io::Error::other)
    })?;
    let last_row = row;
    let last_column = u16::try_from(HEADER.len().saturating_sub(1)).unwrap_or(0);
    sheet.set_freeze_panes(1, 0)?;
    // Printed (or saved as PDF): landscape, the header on every page.
    sheet.set_landscape();
    sheet.set_repeat_rows(0, 0)?;
    sheet.autofilter(0, 0, last_row, last_column)?;
    sheet.set_autofit_max_width(WIDEST * 7);
    sheet.autofit();
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_told_from_latin() {
        assert!(is_arabic("أزيد من 3.6 مليون"));
        assert!(!is_arabic("rules/dgsn-2025.yaml"));
        assert!(!is_arabic("total = 3,685,964 («ثلاثة ملايين»)"));
    }

    #[test]
    fn numbers_past_what_excel_holds_stay_text() {
        assert_eq!(exact_number("3685964"), Some(3_685_964.0));
        assert_eq!(exact_number("-100"), Some(-100.0));
        assert_eq!(exact_number("0.0998383757855496569964595374"), None);
        assert_eq!(exact_number("2025-12-17"), None);
    }
}
