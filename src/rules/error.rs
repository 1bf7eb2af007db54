//! Rule-file problems as miette diagnostics pointing into the rule file,
//! with notes pointing into documents where that helps (the closest text to
//! a pattern that matched nothing, every match of an ambiguous one).

use std::fmt;
use std::ops::Range;

use miette::{Diagnostic, LabeledSpan, SourceCode};

use crate::text::{Document, Excerpt, LabelledExcerpt};

/// Something wrong with a rule file, or with what it asks of a document.
#[derive(Debug)]
pub(crate) struct RuleError {
    pub(crate) message: String,
    /// `rules/dgsn-2025.yaml:12:5`
    pub(crate) location: String,
    pub(crate) label: String,
    pub(crate) help: Option<String>,
    source: Excerpt,
    /// The offending node, in `source`.
    span: Range<usize>,
    notes: Vec<LabelledExcerpt>,
}

/// How many chars of an article line a note shows around its labels.
const NOTE_WIDTH: usize = 60;

/// Rule-file lines are short; this only guards against a pathological one.
const RULE_FILE_WIDTH: usize = 200;

impl RuleError {
    /// An error at `span` of the rule file `file`.
    pub(crate) fn at(
        file: &Document,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> RuleError {
        let position = file.line_index().position(span.start);
        let (source, spans) = file.excerpt(std::slice::from_ref(&span), RULE_FILE_WIDTH);
        RuleError {
            message: message.into(),
            location: format!("{}:{}:{}", file.name(), position.line, position.column),
            label: label.into(),
            help: None,
            source,
            span: spans.into_iter().next().unwrap_or_default(),
            notes: Vec::new(),
        }
    }

    pub(crate) fn with_help(mut self, help: impl Into<String>) -> RuleError {
        self.help = Some(help.into());
        self
    }

    /// Adds "did you mean" help when `wrong` is near one of `known`.
    pub(crate) fn suggest<'a>(self, wrong: &str, known: impl IntoIterator<Item = &'a str>) -> RuleError {
        match did_you_mean(wrong, known) {
            Some(near) => self.with_help(format!("did you mean `{near}`?")),
            None => self,
        }
    }

    /// Adds labels in a document.
    pub(crate) fn with_note(
        mut self,
        document: &Document,
        message: String,
        labels: Vec<(Range<usize>, String)>,
    ) -> RuleError {
        let labels = labels.into_iter().map(|(span, text)| (span, text, false)).collect();
        self.notes
            .push(LabelledExcerpt::new(document, message, labels, NOTE_WIDTH));
        self
    }
}

/// The known name closest to `wrong`, if it is close enough to be a typo.
pub(crate) fn did_you_mean<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|name| (strsim::damerau_levenshtein(wrong, name), name))
        .filter(|&(distance, name)| distance <= (name.chars().count() / 3).max(2))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, name)| name)
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for RuleError {}

impl Diagnostic for RuleError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("figaudit::rules"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let label = LabeledSpan::new_with_span(Some(self.label.clone()), self.span.clone());
        Some(Box::new(std::iter::once(label)))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.notes.is_empty() {
            return None;
        }
        Some(Box::new(self.notes.iter().map(|n| n as &dyn Diagnostic)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_names_are_suggested_and_far_ones_are_not() {
        let known = ["total_2025", "rabat_2025", "marrakech_2025"];
        assert_eq!(did_you_mean("totl_2025", known), Some("total_2025"));
        assert_eq!(did_you_mean("marakech_2025", known), Some("marrakech_2025"));
        assert_eq!(did_you_mean("population", known), None);
    }
}
