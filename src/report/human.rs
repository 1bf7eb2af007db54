//! The human report: one miette diagnostic per finding, with labels on
//! every figure in its document, then the summary line.

use std::fmt;
use std::sync::Arc;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use crate::check::{show_value, Finding, Status};
use crate::rules::{Origin, Severity};
use crate::text::visible::visible;
use crate::text::{Document, LabelledExcerpt, Labels, GUTTER};

/// How diagnostics are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Default for Style {
    fn default() -> Style {
        Style {
            color: false,
            width: 100,
        }
    }
}

/// Draws a diagnostic as text, every text from the inputs in it made
/// visible (no raw control or BiDi char reaches the terminal).
pub fn render(diagnostic: &dyn Diagnostic, style: Style) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_word_separator(textwrap::WordSeparator::Custom(words_outside_quotes))
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation);
    let diagnostic = VisibleDiagnostic::new(diagnostic);
    let mut out = String::new();
    if handler.render_report(&mut out, &diagnostic).is_err() {
        // Rendering only fails on a broken formatter; the message remains.
        out = format!("{diagnostic}\n");
    }
    out
}

/// Where a wrapped line may break: at the spaces outside «…», so that a
/// quoted figure (`«3 685 964»`, `«أزيد من 3.6 مليون»`) is never split
/// across lines, while the text itself keeps its plain spaces (and stays
/// searchable). Nothing is split at a hyphen (`quatre-vingt-cinq`, rule ids).
fn words_outside_quotes(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let mut words = Vec::new();
    let (mut start, mut depth, mut after_space) = (0, 0usize, false);
    for (i, c) in line.char_indices() {
        if c != ' ' && after_space && depth == 0 && i > start {
            words.push(textwrap::core::Word::from(&line[start..i]));
            start = i;
        }
        match c {
            '«' => depth += 1,
            '»' => depth = depth.saturating_sub(1),
            _ => {}
        }
        after_space = c == ' ';
    }
    if start < line.len() {
        words.push(textwrap::core::Word::from(&line[start..]));
    }
    Box::new(words.into_iter())
}

/// A diagnostic with every text made [`visible`]: message, code, help,
/// labels, causes and related diagnostics. Source code is shown as it is:
/// the only source figaudit hands miette is an [`crate::text::Excerpt`],
/// which escapes its text itself (it must, to keep its spans).
#[derive(Debug)]
struct VisibleDiagnostic<'a> {
    message: String,
    code: Option<String>,
    severity: Option<miette::Severity>,
    help: Option<String>,
    /// Kept for its source code.
    inner: &'a dyn Diagnostic,
    labels: Vec<LabeledSpan>,
    related: Vec<VisibleDiagnostic<'a>>,
    cause: Option<Box<VisibleCause>>,
}

impl<'a> VisibleDiagnostic<'a> {
    fn new(inner: &'a dyn Diagnostic) -> VisibleDiagnostic<'a> {
        let shown = |d: &dyn fmt::Display| visible(&d.to_string()).into_owned();
        let labels = inner.labels().into_iter().flatten().map(|label| {
            let text = label.label().map(|t| visible(t).into_owned());
            if label.primary() {
                LabeledSpan::new_primary_with_span(text, *label.inner())
            } else {
                LabeledSpan::new_with_span(text, *label.inner())
            }
        });
        VisibleDiagnostic {
            message: shown(inner),
            code: inner.code().map(|c| shown(&c)),
            severity: inner.severity(),
            help: inner.help().map(|h| shown(&h)),
            inner,
            labels: labels.collect(),
            related: inner
                .related()
                .into_iter()
                .flatten()
                .map(VisibleDiagnostic::new)
                .collect(),
            cause: inner.source().map(|cause| Box::new(VisibleCause::new(cause))),
        }
    }
}

impl fmt::Display for VisibleDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for VisibleDiagnostic<'_> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause.as_deref().map(|c| c as &(dyn std::error::Error + 'static))
    }
}

impl Diagnostic for VisibleDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.code.as_ref().map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        self.severity
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.inner.source_code()
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        (!self.labels.is_empty()).then(|| Box::new(self.labels.iter().cloned()) as Box<dyn Iterator<Item = _>>)
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        (!self.related.is_empty())
            .then(|| Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)) as Box<dyn Iterator<Item = _>>)
    }
}

/// An error's cause chain, its messages made [`visible`].
#[derive(Debug)]
struct VisibleCause {
    message: String,
    cause: Option<Box<VisibleCause>>,
}

impl VisibleCause {
    fn new(error: &dyn std::error::Error) -> VisibleCause {
        VisibleCause {
            message: visible(&error.to_string()).into_owned(),
            cause: error.source().map(|cause| Box::new(VisibleCause::new(cause))),
        }
    }
}

impl fmt::Display for VisibleCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for VisibleCause {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause.as_deref().map(|c| c as &(dyn std::error::Error + 'static))
    }
}

/// A finding as people read it: its diagnostic and a blank line.
pub(crate) fn render_finding(finding: &Finding, style: Style) -> String {
    let mut out = render(&FindingDiagnostic::new(finding, style.width), style);
    out.push('\n');
    out
}

/// A finding as a diagnostic: its figures labelled in their documents.
#[derive(Debug)]
pub(crate) struct FindingDiagnostic {
    code: String,
    message: String,
    severity: miette::Severity,
    help: String,
    /// The document of the primary figure, and the labels in it.
    main: Option<LabelledExcerpt>,
    /// Other documents the rule's figures come from.
    others: Vec<LabelledExcerpt>,
}

impl FindingDiagnostic {
    /// The diagnostic of `finding`, its article lines cut to fit `width`.
    pub(crate) fn new(finding: &Finding, width: usize) -> FindingDiagnostic {
        let mut groups: Vec<(Arc<Document>, Labels)> = Vec::new();
        let mut literals = Vec::new();
        for (i, figure) in finding.figures.iter().enumerate() {
            let text = format!("{} = {}", figure.name, show_value(figure));
            match &figure.origin {
                Origin::Document { document, span } => {
                    // A table's figure names its cell, which a workbook's
                    // lines do not show.
                    let text = match document.cell_at(span.start) {
                        Some(cell) => format!("{text} (cell {})", cell.place),
                        None => text,
                    };
                    let label = (span.clone(), text, i == 0);
                    match groups.iter_mut().find(|(d, _)| Arc::ptr_eq(d, document)) {
                        Some((_, labels)) => labels.push(label),
                        None => groups.push((Arc::clone(document), vec![label])),
                    }
                }
                Origin::Literal { source } => literals.push(match source {
                    Some(source) => format!("{text} (from {source})"),
                    None => text,
                }),
            }
        }
        let mut groups = groups.into_iter().map(|(document, labels)| {
            let title = format!("figures in {}", document.name());
            LabelledExcerpt::new(&document, title, labels, width.saturating_sub(GUTTER))
        });
        let main = groups.next();
        let others = groups.collect();

        let mut help = Vec::new();
        if let Some(h) = &finding.help {
            help.push(h.clone());
        }
        if finding.status == Status::Fail {
            help.extend(crate::check::comparison_shown(finding));
        }
        if !literals.is_empty() {
            help.push(format!("given in the rule file: {}", literals.join(", ")));
        }
        let rule = match &finding.description {
            Some(d) => format!("rule at {}: {d}", finding.location.describe()),
            None => format!("rule at {}", finding.location.describe()),
        };
        help.push(rule);
        FindingDiagnostic {
            code: finding.rule_id.clone(),
            message: finding.message.clone(),
            severity: match (finding.status, finding.severity) {
                (Status::Error, _) | (_, Severity::Error) => miette::Severity::Error,
                (_, Severity::Warning) => miette::Severity::Warning,
                (_, Severity::Info) => miette::Severity::Advice,
            },
            help: help.join("\n"),
            main,
            others,
        }
    }
}

impl fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingDiagnostic {}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.help))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.main.as_ref().map(|m| m.source() as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let main = self.main.as_ref()?;
        Some(Box::new(main.labelled_spans()))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.others.is_empty() {
            return None;
        }
        Some(Box::new(self.others.iter().map(|o| o as &dyn Diagnostic)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<&str> {
        words_outside_quotes(line).map(|w| w.word).collect()
    }

    #[test]
    fn a_quoted_figure_is_one_word_for_wrapping() {
        assert_eq!(
            words("total = 3 («3 685 964»): a gap"),
            ["total", "=", "3", "(«3 685 964»):", "a", "gap"]
        );
        assert_eq!(words("«أزيد من 3.6 مليون» and"), ["«أزيد من 3.6 مليون»", "and"]);
        assert_eq!(words(""), Vec::<&str>::new());
    }
}
