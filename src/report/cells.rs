//! Cell text for spreadsheets.

/// Prefixes text that a spreadsheet would run as a formula with `'`
/// (OWASP's CSV-injection advice). Only for text cells: numeric cells are
/// written as they are.
pub(crate) fn neutralize_formula(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

pub(crate) use crate::text::wording::group_thousands;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_text_is_quoted_and_other_text_is_not() {
        assert_eq!(neutralize_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralize_formula("@cmd"), "'@cmd");
        assert_eq!(neutralize_formula("--12-17"), "'--12-17");
        assert_eq!(neutralize_formula("أزيد من 3.6 مليون"), "أزيد من 3.6 مليون");
    }

    #[test]
    fn thousands_are_grouped_in_the_integer_part_only() {
        assert_eq!(group_thousands("3685964"), "3,685,964");
        assert_eq!(group_thousands("-143300000"), "-143,300,000");
        assert_eq!(group_thousands("-100.5"), "-100.5");
        assert_eq!(group_thousands("964"), "964");
        assert_eq!(group_thousands("1000.25"), "1,000.25");
        assert_eq!(group_thousands("0"), "0");
    }
}
