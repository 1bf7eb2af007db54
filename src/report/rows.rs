//! Findings as flat rows: the fields every machine-readable report shares
//! (SPEC §5), with positions looked up once from each document's index.

use serde::Serialize;

use crate::check::Finding;
use crate::rules::{NamedFigure, Origin};
use crate::text::visible::path_text;

/// One figure of a finding, positioned.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FigureEntry {
    pub(crate) name: String,
    /// The document it was read from; `None` for a literal of the rule file.
    pub(crate) document: Option<String>,
    pub(crate) line: Option<usize>,
    pub(crate) column: Option<usize>,
    pub(crate) end_line: Option<usize>,
    pub(crate) end_column: Option<usize>,
    pub(crate) start: Option<usize>,
    pub(crate) end: Option<usize>,
    pub(crate) text: Option<String>,
    pub(crate) value: String,
    pub(crate) kind: &'static str,
    pub(crate) qualifier: &'static str,
    pub(crate) precision: Option<String>,
    /// SPEC §6.2, each empty when none.
    pub(crate) unit: String,
    pub(crate) noun: String,
    pub(crate) change: &'static str,
    pub(crate) calendar: &'static str,
    pub(crate) range: &'static str,
    pub(crate) range_with: Option<usize>,
    /// Where a literal comes from, as the rule file says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) source: Option<String>,
    /// In a table: the cell (`B7`, `Sheet1!B7`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) cell: Option<String>,
    /// `rules/x.yaml:12:5` for a literal.
    #[serde(skip)]
    pub(crate) defined_at: String,
}

impl FigureEntry {
    pub(crate) fn new(figure: &NamedFigure) -> FigureEntry {
        let mut entry = FigureEntry {
            name: figure.name.clone(),
            document: None,
            line: None,
            column: None,
            end_line: None,
            end_column: None,
            start: None,
            end: None,
            text: None,
            value: figure.value.to_string(),
            kind: figure.kind.as_str(),
            qualifier: figure.qualifier.as_str(),
            precision: figure.precision.map(|p| p.normalize().to_string()),
            unit: figure.unit.clone().unwrap_or_default(),
            noun: figure.noun.clone().unwrap_or_default(),
            change: figure.change.map_or("", |c| c.as_str()),
            calendar: figure.calendar.map_or("", |c| c.as_str()),
            range: figure.range.map_or("", |(end, _)| end.as_str()),
            range_with: figure.range.map(|(_, other)| other),
            source: None,
            cell: None,
            defined_at: figure.defined_at.describe(),
        };
        match &figure.origin {
            Origin::Document { document, span } => {
                let index = document.line_index();
                let (start, end) = (index.position(span.start), index.end_position(span.end));
                entry.document = Some(document.name().to_string());
                entry.line = Some(start.line);
                entry.column = Some(start.column);
                entry.end_line = Some(end.line);
                entry.end_column = Some(end.column);
                entry.start = Some(document.file_offset(span.start));
                entry.end = Some(document.file_end(span.end));
                entry.text = document.text().get(span.clone()).map(str::to_string);
                entry.cell = document.cell_at(span.start).map(|c| c.place);
            }
            Origin::Literal { source } => entry.source = source.clone(),
        }
        entry
    }

    /// `name=value@document:line:column` (a literal names its rule file).
    pub(crate) fn reference(&self) -> String {
        match (&self.document, self.line, self.column) {
            (Some(document), Some(line), Some(column)) => {
                format!("{}={}@{document}:{line}:{column}", self.name, self.value)
            }
            _ => format!("{}={}@{}", self.name, self.value, self.defined_at),
        }
    }
}

/// The rule id of problems with the input.
pub(crate) const INPUT_RULE: &str = "figaudit/input";

/// Where a problem is: `(file, line, column)`, from the rule-file error's
/// location or the document error's path (1, 1 when it names no place).
fn problem_location(report: &miette::Report) -> (String, usize, usize) {
    if let Some(error) = report.downcast_ref::<crate::rules::RuleError>() {
        let mut parts = error.location.rsplitn(3, ':');
        let column = parts.next().and_then(|c| c.parse().ok());
        let line = parts.next().and_then(|l| l.parse().ok());
        if let (Some(line), Some(column), Some(file)) = (line, column, parts.next()) {
            return (file.to_string(), line, column);
        }
        return (error.location.clone(), 1, 1);
    }
    if let Some(error) = report.downcast_ref::<crate::text::DocumentError>() {
        use crate::text::DocumentError::*;
        return match error {
            InvalidUtf8 { path, line, column, .. } => (path_text(path), *line, *column),
            Io { path, .. }
            | NotAFile { path, .. }
            | TooLarge { path, .. }
            | Binary { path, .. }
            | Table { path, .. } => (path_text(path), 1, 1),
        };
    }
    (String::new(), 1, 1)
}

/// A finding with the location columns of its primary figure.
#[derive(Debug, Clone)]
pub(crate) struct FindingRow {
    pub(crate) rule_id: String,
    pub(crate) status: &'static str,
    pub(crate) severity: &'static str,
    pub(crate) message: String,
    pub(crate) description: Option<String>,
    pub(crate) primary: Option<FigureEntry>,
    pub(crate) value: Option<String>,
    pub(crate) expected: Option<String>,
    pub(crate) difference: Option<String>,
    /// The three as people read them (see `check::comparison_shown`).
    pub(crate) comparison_shown: Option<String>,
    pub(crate) rules_file: String,
    pub(crate) rule_line: usize,
    pub(crate) rule_column: usize,
    pub(crate) figures: Vec<FigureEntry>,
    /// The finding's identity across edits (`check::fingerprint`).
    pub(crate) fingerprint: String,
}

impl FindingRow {
    pub(crate) fn new(finding: &Finding) -> FindingRow {
        FindingRow::with_fingerprint(finding, crate::check::fingerprint::fingerprint(finding))
    }

    /// A row for `finding`, whose fingerprint the caller already has.
    pub(crate) fn with_fingerprint(finding: &Finding, fingerprint: String) -> FindingRow {
        let figures: Vec<FigureEntry> = finding.figures.iter().map(|f| FigureEntry::new(f)).collect();
        let position = finding.location.position();
        let plain = |n: rust_decimal::Decimal| n.normalize().to_string();
        FindingRow {
            rule_id: finding.rule_id.clone(),
            status: finding.status.as_str(),
            severity: finding.severity.as_str(),
            message: finding.message.clone(),
            description: finding.description.clone(),
            primary: figures.first().cloned(),
            value: finding.value.map(plain),
            expected: finding.expected.map(plain),
            difference: finding.difference().map(plain),
            comparison_shown: crate::check::comparison_shown(finding),
            rules_file: finding.location.file().name().to_string(),
            rule_line: position.line,
            rule_column: position.column,
            figures,
            fingerprint,
        }
    }

    /// A problem with the input as a finding of the machine reports
    /// (SPEC §6.5): rule id `figaudit/input`, status `error`, at the file,
    /// line and column the problem names.
    pub(crate) fn input(report: &miette::Report) -> FindingRow {
        let message = report.to_string();
        let (file, line, column) = problem_location(report);
        FindingRow {
            rule_id: INPUT_RULE.to_string(),
            status: "error",
            severity: "error",
            fingerprint: crate::check::fingerprint::hash(&[INPUT_RULE, &message]),
            description: report.help().map(|h| h.to_string()),
            message,
            primary: None,
            value: None,
            expected: None,
            difference: None,
            comparison_shown: None,
            rules_file: file,
            rule_line: line,
            rule_column: column,
            figures: Vec::new(),
        }
    }

    pub(crate) fn references(&self) -> String {
        self.figures
            .iter()
            .map(FigureEntry::reference)
            .collect::<Vec<_>>()
            .join("; ")
    }
}
