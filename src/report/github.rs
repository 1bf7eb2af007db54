//! GitHub Actions workflow commands (SPEC §6.5): one `::error` or
//! `::warning` line per failing finding, which GitHub shows as an
//! annotation on the line, in any repository, public or private.

use super::rows::FindingRow;
use crate::text::visible::{is_unsafe, push_escape};

/// Escapes a command's message (`%`, CR, LF), as the runner reads it;
/// controls and BiDi overrides from the inputs are shown, never written.
fn data(text: &str) -> String {
    let shown: String = text
        .chars()
        .map(|c| match c {
            '\n' | '\r' => c.to_string(),
            c if is_unsafe(c) => {
                let mut escaped = String::new();
                push_escape(&mut escaped, c);
                escaped
            }
            c => c.to_string(),
        })
        .collect();
    shown.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value: also `:` and `,`, which end properties.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The command for a finding that did not pass; `None` for a pass. A
/// problem with the input (`figaudit/input`) is an `::error` at its file,
/// line and column, so that a YAML typo is annotated even where no code
/// scanning shows the SARIF report.
pub(crate) fn line(row: &FindingRow) -> Option<String> {
    let command = match (row.status, row.severity) {
        ("pass", _) => return None,
        ("error", _) | (_, "error") => "error",
        (_, "warning") => "warning",
        _ => "notice",
    };
    let primary = row.primary.as_ref();
    let at = primary.and_then(|p| Some((p.document.as_deref()?, p.line?, p.column?, p.end_line?, p.end_column?)));
    let location = match at {
        Some((file, line, column, end_line, end_column)) => format!(
            "file={},line={line},col={column},endLine={end_line},endColumn={end_column},",
            property(file)
        ),
        // A problem tied to no file (an unknown `--rule`): no location.
        None if row.rules_file.is_empty() => String::new(),
        // No figure in a document: the rule (or the problem) in its file.
        None => format!(
            "file={},line={},col={},",
            property(&row.rules_file),
            row.rule_line,
            row.rule_column
        ),
    };
    let message = match &row.description {
        Some(description) => format!("{}\n{description}", row.message),
        None => row.message.clone(),
    };
    Some(format!(
        "::{command} {location}title={}::{}",
        property(&row.rule_id),
        data(&message)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_in_values_are_escaped() {
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(data("50% of a:b\r\n"), "50%25 of a:b%0D%0A");
        assert_eq!(data("a\u{1b}[2Jb\u{202e}c"), "a\u{241b}[2Jb<U+202E>c");
    }

    #[test]
    fn an_input_problem_is_an_error_at_its_place_or_nowhere() {
        let problem = miette::miette!(help = "fix it", "cannot read x");
        let mut row = FindingRow::input(&problem);
        assert_eq!(
            line(&row).as_deref(),
            Some("::error title=figaudit/input::cannot read x%0Afix it")
        );
        row.rules_file = "rules/a,b.yaml".to_string();
        row.rule_line = 4;
        row.rule_column = 10;
        assert_eq!(
            line(&row).as_deref(),
            Some("::error file=rules/a%2Cb.yaml,line=4,col=10,title=figaudit/input::cannot read x%0Afix it")
        );
    }
}
