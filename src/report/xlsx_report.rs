//! The discrepancy report as an Excel workbook (SPEC §6.5): the CSV's
//! columns, where text stays text (the article's `206.464` is not the
//! decimal 206.464) and `line`, `value`, `expected`, `difference` are
//! numbers; Arabic cells right-to-left; a frozen bold header with filters;
//! failing rows highlighted. No spreadsheet setting can make a CSV do that
//! for every reader's locale; a workbook does.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::csv_report::HEADER;
use super::rows::FindingRow;

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
fn fill(row: &FindingRow) -> Option<Color> {
    match (row.status, row.severity) {
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

/// The workbook's bytes.
pub fn to_bytes(rows: &[FindingRow]) -> Result<Vec<u8>, XlsxError> {
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
    for (row, finding) in (1u32..).zip(rows) {
        let base = match fill(finding) {
            Some(color) => Format::new().set_background_color(color),
            None => Format::new(),
        };
        let mut cells = Cells { sheet, row, base };
        let primary = finding.primary.as_ref();
        let number = |n: Option<usize>| n.map(|n| n.to_string());
        cells.text(0, &finding.rule_id)?;
        cells.text(1, finding.status)?;
        cells.text(2, finding.severity)?;
        cells.text(3, &finding.message)?;
        cells.text(4, primary.and_then(|p| p.document.as_deref()).unwrap_or(""))?;
        cells.number(5, number(primary.and_then(|p| p.line)).as_deref())?;
        cells.number(6, number(primary.and_then(|p| p.column)).as_deref())?;
        cells.text(7, primary.and_then(|p| p.text.as_deref()).unwrap_or(""))?;
        cells.number(8, finding.value.as_deref())?;
        cells.number(9, finding.expected.as_deref())?;
        cells.number(10, finding.difference.as_deref())?;
        cells.text(11, &finding.rules_file)?;
        cells.number(12, Some(&finding.rule_line.to_string()))?;
        cells.text(13, &finding.references())?;
    }
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
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
