//! The discrepancy report as an Excel workbook (SPEC §6.5): the CSV's
//! columns, where text stays text (the article's `206.464` is not the
//! decimal 206.464) and `line`, `value`, `expected`, `difference` are
//! numbers; Arabic cells right-to-left; a frozen bold header with filters;
//! failing rows highlighted. No spreadsheet setting can make a CSV do that
//! for every reader's locale; a workbook does.

use rust_xlsxwriter::{cell_autofit_width, Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::csv_report::{self, HEADER, NUMBER_COLUMNS};
use super::rows::FindingRow;
use super::spool::Spool;
use std::io;

/// Widest a column grows to fit, in characters.
const WIDEST: u32 = 60;
/// Columns of prose (`message`, `text`, `figures`), wrapped within
/// [`WIDEST_WRAPPED`] chars so that a printed row stays one page wide and
/// still legible.
const WRAPPED_COLUMNS: [usize; 3] = [3, 7, 13];
const WIDEST_WRAPPED: u32 = 40;
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

/// The number in a decimal string, when Excel can hold its whole part
/// exactly. The far decimals of a computed ratio (0.0998383757855496569…)
/// round to what a double holds: the cell shows six, and the CSV and JSON
/// reports keep them all.
fn exact_number(text: &str) -> Option<f64> {
    let whole = text.split('.').next().unwrap_or(text);
    let digits = whole.chars().filter(char::is_ascii_digit).count();
    if digits > EXACT_DIGITS {
        return None;
    }
    text.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// A cell as the workbook holds it.
enum Cell<'a> {
    Blank,
    Text(&'a str),
    Number(f64),
}

impl<'a> Cell<'a> {
    /// The cell of `text` in `column`: numbers where the column holds
    /// numbers and Excel can hold them exactly, text otherwise.
    fn of(column: usize, text: &'a str) -> Cell<'a> {
        if text.is_empty() {
            return Cell::Blank;
        }
        match NUMBER_COLUMNS.contains(&column).then(|| exact_number(text)).flatten() {
            Some(n) => Cell::Number(n),
            None => Cell::Text(text),
        }
    }

    /// Its width in pixels as rust_xlsxwriter's autofit measures it: the
    /// longest line of a text, seven pixels per char of a number.
    fn pixels(&self) -> u32 {
        match self {
            Cell::Blank => 0,
            Cell::Text(text) => text
                .lines()
                .map(|line| cell_autofit_width(line).saturating_sub(CELL_PADDING))
                .max()
                .unwrap_or(0),
            Cell::Number(n) => u32::try_from(n.to_string().len()).map_or(u32::MAX, |len| len.saturating_mul(7)),
        }
    }
}

/// The padding autofit adds to a cell, in pixels.
const CELL_PADDING: u32 = 7;
/// The filter button of a header cell, in pixels.
const FILTER_BUTTON: u32 = 16;

/// Each column's width, fitted to its widest cell as rust_xlsxwriter's
/// autofit fits it. Autofit reads the cells the worksheet keeps; a
/// worksheet written row by row keeps none, so the rows are measured in a
/// pass of their own.
struct Widths(Vec<u32>);

impl Widths {
    /// The widths of the header, whose cells carry a filter button.
    fn of_header() -> Widths {
        Widths(
            HEADER
                .iter()
                .enumerate()
                .map(|(column, name)| fitted(column, Cell::Text(name).pixels().saturating_add(FILTER_BUTTON)))
                .collect(),
        )
    }

    fn row(&mut self, record: &[u8]) -> Result<(), XlsxError> {
        let cells = fields(record)?;
        for (column, text) in cells.iter().enumerate() {
            let width = fitted(column, Cell::of(column, text).pixels());
            if let Some(widest) = self.0.get_mut(column) {
                *widest = (*widest).max(width);
            }
        }
        Ok(())
    }
}

/// A cell's width in `column` with its padding, at most [`WIDEST`] chars
/// ([`WIDEST_WRAPPED`] in a column of prose).
fn fitted(column: usize, pixels: u32) -> u32 {
    if pixels == 0 {
        return 0;
    }
    let widest = match WRAPPED_COLUMNS.contains(&column) {
        true => WIDEST_WRAPPED,
        false => WIDEST,
    };
    pixels.saturating_add(CELL_PADDING).min(widest * 7)
}

/// One row of the workbook: its cells as the CSV has them, but raw (a
/// workbook cell needs no guard against formulas), as CSV bytes.
pub(crate) fn record(row: &FindingRow) -> io::Result<Vec<u8>> {
    csv_report::encode(csv_report::cells(row))
}

/// The fields of a spooled record.
fn fields(record: &[u8]) -> Result<csv::StringRecord, XlsxError> {
    Ok(csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(record)
        .records()
        .next()
        .transpose()
        .map_err(|error| XlsxError::IoError(io::Error::other(error)))?
        .unwrap_or_default())
}

/// Columns of amounts (`value`, `expected`, `difference`), shown with
/// thousands separators and the decimals the figure states (3,685,964;
/// 12.50); line and column numbers stay plain.
const AMOUNT_COLUMNS: [usize; 3] = [8, 9, 10];

/// The most decimals an amount's cell shows.
const SHOWN_DECIMALS: usize = 6;

/// The number format of an amount written `text`: grouped thousands, and
/// as many decimals as it has.
fn amount_format(text: &str) -> String {
    match text.split_once('.') {
        Some((_, decimals)) if !decimals.is_empty() => {
            // A computed share has dozens of decimals; the cell keeps them,
            // its display stops at what a reader compares.
            format!("#,##0.{}", "0".repeat(decimals.len().min(SHOWN_DECIMALS)))
        }
        _ => "#,##0".to_string(),
    }
}

/// The most characters Excel keeps in a cell; rust_xlsxwriter refuses
/// more, which lost the whole workbook for one long cell.
const CELL_LIMIT: usize = 32_767;

/// `text` cut to what a cell holds, saying so visibly: the CSV and JSON
/// reports keep it whole.
fn within_cell_limit(text: &str) -> std::borrow::Cow<'_, str> {
    let count = text.chars().count();
    if count <= CELL_LIMIT {
        return std::borrow::Cow::Borrowed(text);
    }
    // The marker takes under a hundred characters.
    let keep = CELL_LIMIT - 100;
    let mut cut: String = text.chars().take(keep).collect();
    cut.push_str(&format!(
        " … [cut: {} more characters; the CSV and JSON reports have it whole]",
        count - keep
    ));
    std::borrow::Cow::Owned(cut)
}

/// The height of a line of the default font (Calibri 11), in points.
const LINE_HEIGHT: f64 = 15.0;
/// The tallest row Excel allows, in points.
const TALLEST_ROW: f64 = 409.0;

/// How many lines `text` takes in a column of prose: its own lines, each
/// wrapped at about [`WIDEST_WRAPPED`] chars.
fn wrapped_lines(text: &str) -> usize {
    let per_line = (WIDEST_WRAPPED as usize).saturating_sub(4).max(1);
    text.split('\n')
        .map(|line| line.chars().count().div_ceil(per_line).max(1))
        .sum()
}

fn write_row(sheet: &mut Worksheet, row: u32, record: &[u8]) -> Result<(), XlsxError> {
    let cells = fields(record)?;
    let field = |column: usize| cells.get(column).unwrap_or("");
    // Top-aligned, so that a row made tall by a wrapped message still
    // reads across.
    let top = Format::new().set_align(FormatAlign::Top);
    let row_format = match fill(field(1), field(2)) {
        Some(color) => top.set_background_color(color),
        None => top,
    };
    // Neither Excel nor LibreOffice sizes a row to its wrapped text on
    // opening a file, so the row is made as tall as its longest cell.
    let lines = cells
        .iter()
        .enumerate()
        .filter(|(column, _)| WRAPPED_COLUMNS.contains(column))
        .map(|(_, text)| wrapped_lines(text))
        .max()
        .unwrap_or(1);
    if lines > 1 {
        let points = LINE_HEIGHT * f64::from(u16::try_from(lines).unwrap_or(u16::MAX));
        sheet.set_row_height(row, points.min(TALLEST_ROW))?;
    }
    for (column, text) in (0u16..).zip(cells.iter()) {
        let base = match WRAPPED_COLUMNS.contains(&usize::from(column)) {
            true => row_format.clone().set_text_wrap(),
            false => row_format.clone(),
        };
        let text = within_cell_limit(text);
        let text = text.as_ref();
        match Cell::of(usize::from(column), text) {
            Cell::Blank => sheet.write_blank(row, column, &base).map(|_| ())?,
            Cell::Number(n) => {
                let format = match AMOUNT_COLUMNS.contains(&usize::from(column)) {
                    true => base.clone().set_num_format(amount_format(text)),
                    false => base.clone(),
                };
                sheet.write_number_with_format(row, column, n, &format).map(|_| ())?
            }
            Cell::Text(text) if is_arabic(text) => {
                let rtl = base.clone().set_reading_direction(2).set_align(FormatAlign::Right);
                sheet.write_string_with_format(row, column, text, &rtl).map(|_| ())?
            }
            Cell::Text(text) => sheet.write_string_with_format(row, column, text, &base).map(|_| ())?,
        }
    }
    Ok(())
}

/// The workbook's bytes: `inputs` first, then the rows `record` made.
///
/// The worksheet is written row by row to a temporary file
/// (rust_xlsxwriter's constant-memory mode, its strings inline), so a
/// report of any length takes a few megabytes; the rows are read twice,
/// once to fit the columns.
pub(crate) fn to_bytes(inputs: &[FindingRow], rows: &mut Spool) -> Result<Vec<u8>, XlsxError> {
    let mut widths = Widths::of_header();
    for input in inputs {
        widths.row(&record(input)?)?;
    }
    rows.for_each(|record| widths.row(record).map_err(io::Error::other))?;
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet_with_constant_memory();
    sheet.set_name("findings")?;
    for (column, &width) in (0u16..).zip(&widths.0) {
        if width > 0 {
            sheet.set_column_autofit_width(column, width)?;
        }
    }
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
    // Printed (or saved as PDF): landscape, one page wide however long the
    // messages (a finding's row over several sheets of paper cannot be
    // read), the header on every page, and the pages numbered.
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_footer("&L&A&RPage &P of &N");
    sheet.autofilter(0, 0, last_row, last_column)?;
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_show_thousands_separators_and_their_own_decimals() {
        assert_eq!(amount_format("3685964"), "#,##0");
        assert_eq!(amount_format("12.50"), "#,##0.00");
        assert_eq!(amount_format("-0.5"), "#,##0.0");
        assert_eq!(amount_format("0.0538461538461538461538461538"), "#,##0.000000");
    }

    #[test]
    fn a_long_cell_is_cut_with_a_marker_within_the_limit() {
        let long = "ب".repeat(40_000);
        let cut = within_cell_limit(&long);
        assert!(cut.chars().count() <= CELL_LIMIT);
        assert!(cut.ends_with("more characters; the CSV and JSON reports have it whole]"));
        assert!(cut.contains("[cut: "));
        assert_eq!(within_cell_limit("short"), "short");
    }

    #[test]
    fn arabic_is_told_from_latin() {
        assert!(is_arabic("أزيد من 3.6 مليون"));
        assert!(!is_arabic("rules/dgsn-2025.yaml"));
        assert!(!is_arabic("total = 3,685,964 («ثلاثة ملايين»)"));
    }

    /// The `<cols>` element of a workbook's only sheet.
    fn columns(workbook: &[u8]) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(workbook)).unwrap();
        let mut sheet = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(), &mut sheet).unwrap();
        let start = sheet.find("<cols>").unwrap();
        let end = sheet.find("</cols>").unwrap();
        sheet[start..end].to_string()
    }

    #[test]
    fn columns_are_fitted_as_autofit_fits_them() {
        let rows: Vec<[&str; 14]> = vec![
            // Short cells: the header (with its filter button) is widest.
            [
                "a", "pass", "error", "ok", "d.txt", "1", "2", "x", "1", "1", "0", "r.yaml", "3", "f",
            ],
            // Long text past the widest column, several lines, Arabic, a
            // number with decimals, and one too long for Excel (text).
            [
                "2025-centres-sum-to-total-and-then-some-more-words-than-sixty-chars",
                "fail",
                "warning",
                "short line\na much longer second line of the message",
                "corpus/dgsn-2025-annual-report.txt",
                "12345",
                "",
                "أزيد من 3.6 مليون",
                "3685964.5",
                "12345678901234567890",
                "-0.25",
                "rules/x.yaml",
                "",
                "total, rabat",
            ],
        ];
        let mut spool = Spool::default();
        for row in &rows {
            spool.push(&csv_report::encode(row).unwrap()).unwrap();
        }
        let fitted = to_bytes(&[], &mut spool).unwrap();

        // The same cells in a worksheet that keeps them, fitted by autofit.
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        for (column, name) in (0u16..).zip(HEADER) {
            sheet.write_string(0, column, name).unwrap();
        }
        for (row, cells) in (1u32..).zip(&rows) {
            write_row(sheet, row, &csv_report::encode(cells).unwrap()).unwrap();
        }
        sheet.autofilter(0, 0, 2, 13).unwrap();
        sheet.set_autofit_max_width(WIDEST * 7);
        sheet.autofit();
        let autofit = workbook.save_to_buffer().unwrap();
        assert_eq!(columns(&fitted), columns(&autofit));
        assert!(columns(&fitted).contains("width=\"60\""), "{}", columns(&fitted));
    }

    #[test]
    fn a_printed_report_is_one_page_wide_with_its_header_on_every_page() {
        let mut spool = Spool::default();
        let wide = "a message long enough to need a page of its own ".repeat(3);
        let row = [
            "r", "fail", "error", &wide, "d.txt", "1", "2", "x", "1", "2", "1", "r.yaml", "3", "f",
        ];
        spool.push(&csv_report::encode(row).unwrap()).unwrap();
        let workbook = to_bytes(&[], &mut spool).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(workbook)).unwrap();
        let mut sheet = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(), &mut sheet).unwrap();
        assert!(
            sheet.contains(r#"<pageSetup fitToHeight="0" orientation="landscape""#),
            "{sheet}"
        );
        assert!(sheet.contains(r#"<pageSetUpPr fitToPage="1"/>"#), "{sheet}");
        assert!(
            sheet.contains("<oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter>"),
            "{sheet}"
        );
        // The long message wraps within its column instead of widening it.
        let message = sheet
            .split("<col ")
            .find(|c| c.starts_with(r#"min="4" max="4""#))
            .unwrap();
        let width: f64 = message
            .split("width=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(width <= f64::from(WIDEST_WRAPPED) + 1.0, "{message}");
        let mut styles = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/styles.xml").unwrap(), &mut styles).unwrap();
        assert!(styles.contains(r#"wrapText="1""#), "{styles}");
        let mut names = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/workbook.xml").unwrap(), &mut names).unwrap();
        assert!(names.contains("_xlnm.Print_Titles"), "{names}");
    }

    #[test]
    fn numbers_past_what_excel_holds_stay_text() {
        assert_eq!(exact_number("3685964"), Some(3_685_964.0));
        assert_eq!(exact_number("-100"), Some(-100.0));
        assert_eq!(
            exact_number("0.0998383757855496569964595374"),
            Some(0.099_838_375_785_549_66)
        );
        assert_eq!(exact_number("12345678901234567890"), None);
        assert_eq!(exact_number("12345678901234567.5"), None);
        assert_eq!(exact_number("2025-12-17"), None);
    }
}
