//! The human report: one miette diagnostic per finding, with labels on
//! every figure in its document, then the summary line.

use std::fmt;
use std::sync::Arc;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use crate::check::{show_as, show_value, Finding, Status};
use crate::rules::{Origin, Severity};
use crate::text::{Document, LabelledExcerpt, Labels};

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

/// Draws a diagnostic as text.
pub fn render(diagnostic: &dyn Diagnostic, style: Style) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(style.width);
    let mut out = String::new();
    if handler.render_report(&mut out, diagnostic).is_err() {
        // Rendering only fails on a broken formatter; the message remains.
        out = format!("{diagnostic}\n");
    }
    out
}

/// A finding as people read it: its diagnostic and a blank line.
pub fn render_finding(finding: &Finding, style: Style) -> String {
    let mut out = render(&FindingDiagnostic::new(finding, style.width), style);
    out.push('\n');
    out
}

/// A finding as a diagnostic: its figures labelled in their documents.
#[derive(Debug)]
pub struct FindingDiagnostic {
    code: String,
    message: String,
    severity: miette::Severity,
    help: String,
    /// The document of the primary figure, and the labels in it.
    main: Option<LabelledExcerpt>,
    /// Other documents the rule's figures come from.
    others: Vec<LabelledExcerpt>,
}

/// Room for the source text beside miette's gutter (` 16 │ `) and margins.
const GUTTER: usize = 12;

impl FindingDiagnostic {
    /// The diagnostic of `finding`, its article lines cut to fit `width`.
    pub fn new(finding: &Finding, width: usize) -> FindingDiagnostic {
        let mut groups: Vec<(Arc<Document>, Labels)> = Vec::new();
        let mut literals = Vec::new();
        for (i, figure) in finding.figures.iter().enumerate() {
            let text = format!("{} = {}", figure.name, show_value(figure));
            match &figure.origin {
                Origin::Document { document, span } => {
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
            let title = format!("figures in {}", document.path().display());
            LabelledExcerpt::new(&document, title, labels, width.saturating_sub(GUTTER))
        });
        let main = groups.next();
        let others = groups.collect();

        let mut help = Vec::new();
        if let Some(h) = &finding.help {
            help.push(h.clone());
        }
        if let (Some(value), Some(expected), Some(difference)) = (finding.value, finding.expected, finding.difference())
        {
            if finding.status == Status::Fail {
                let kind = finding.primary().map_or(crate::extract::Kind::Number, |f| f.kind);
                let show = |n| show_as(kind, n);
                help.push(format!(
                    "value {}, expected {}, difference {}",
                    show(value),
                    show(expected),
                    show(difference)
                ));
            }
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
