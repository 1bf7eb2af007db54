//! Step 3 of the pipeline: rule loading and figure selection.
//!
//! [`load`] reads rule files (YAML, SPEC §4) into [`Rule`]s whose
//! figures are already selected from their documents. Every problem becomes
//! a located [`RuleError`]; a rule that cannot be built, or whose figures
//! cannot be found, is still listed so that it is reported as an error while
//! every other rule is evaluated.

mod error;
pub(crate) mod expr;
mod load;
mod nesting;
pub mod schema;
mod write;
mod yaml;

use std::ops::Range;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub(crate) use error::{did_you_mean, RuleError};
pub use load::{load, load_file, load_rule_document, rule_files, DocumentCache, IndexedDocument, RuleIds};
pub use write::suggested_rules;

use crate::extract::{Calendar, Change, Kind, Qualifier, RangeEnd, Value};
use crate::text::Document;

/// Everything the rule files asked for, ready to evaluate.
#[derive(Debug, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    /// Problems found while loading, in the order found.
    pub problems: Vec<miette::Report>,
    /// How many distinct documents the rules read.
    pub documents: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// How far apart two figures may be and still agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tolerance {
    Absolute(Decimal),
    /// A fraction of the expected value (`"0.5%"` is 0.005).
    Relative(Decimal),
}

/// Whether a true but understated claim is worth a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Loose {
    #[default]
    Warn,
    Ignore,
}

/// A rule of a rule file.
#[derive(Debug)]
pub struct Rule {
    pub(crate) id: String,
    pub(crate) description: Option<String>,
    pub(crate) severity: Severity,
    pub(crate) tolerance: Option<Tolerance>,
    pub(crate) loose: Loose,
    /// What the rule asserts; `Err` with the reason when it cannot be
    /// evaluated (its problems are in [`RuleSet::problems`]).
    pub(crate) kind: Result<RuleKind, String>,
    pub location: Location,
}

impl Rule {
    /// The relation the rule asserts, in words: `a + b = c`.
    pub(crate) fn relation(&self) -> String {
        let names = |figures: &[Arc<NamedFigure>], sep: &str| {
            figures.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(sep)
        };
        match &self.kind {
            Ok(RuleKind::Sum { parts, total }) => format!("{} = {}", names(parts, " + "), total.name),
            Ok(RuleKind::Claim { claim, agrees_with }) => format!("{} agrees with {}", claim.name, agrees_with.name),
            Ok(RuleKind::Equal { figures }) => format!("{} state the same quantity", names(figures, ", ")),
            Ok(RuleKind::Expr { text, .. }) => text.clone(),
            Err(reason) => format!("rule {} ({reason})", self.id),
        }
    }
}

/// A place in a rule file.
#[derive(Debug, Clone)]
pub struct Location {
    file: Arc<Document>,
    span: Range<usize>,
}

impl Location {
    fn new(file: &Arc<Document>, span: Range<usize>) -> Location {
        Location {
            file: Arc::clone(file),
            span,
        }
    }

    pub(crate) fn file(&self) -> &Arc<Document> {
        &self.file
    }

    /// The byte span of the node in the rule file.
    pub(crate) fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    pub fn position(&self) -> crate::text::Position {
        self.file.line_index().position(self.span.start)
    }

    /// `path:line:column`
    pub(crate) fn describe(&self) -> String {
        let position = self.position();
        format!("{}:{}:{}", self.file.name(), position.line, position.column)
    }
}

/// The relation a rule asserts, over selected figures.
#[derive(Debug)]
pub(crate) enum RuleKind {
    Sum {
        parts: Vec<Arc<NamedFigure>>,
        total: Arc<NamedFigure>,
    },
    Claim {
        claim: Arc<NamedFigure>,
        agrees_with: Arc<NamedFigure>,
    },
    Equal {
        figures: Vec<Arc<NamedFigure>>,
    },
    Expr {
        comparison: expr::Comparison,
        text: String,
        /// Every figure the expression names, in order of first use.
        figures: Vec<Arc<NamedFigure>>,
    },
}

impl RuleKind {
    /// Every figure of the rule, primary first (SPEC §5: the total of a
    /// sum, the claim, the first of `equal`, the first of an `expr`).
    pub(crate) fn figures(&self) -> Vec<&Arc<NamedFigure>> {
        match self {
            RuleKind::Sum { parts, total } => std::iter::once(total).chain(parts).collect(),
            RuleKind::Claim { claim, agrees_with } => vec![claim, agrees_with],
            RuleKind::Equal { figures } | RuleKind::Expr { figures, .. } => figures.iter().collect(),
        }
    }
}

/// A figure a rule file names.
#[derive(Debug, Clone)]
pub(crate) struct NamedFigure {
    pub(crate) name: String,
    pub(crate) value: Value,
    pub(crate) kind: Kind,
    pub(crate) qualifier: Qualifier,
    pub(crate) precision: Option<Decimal>,
    /// What it counts (SPEC §6.2): read with it, or given in the rule file.
    pub(crate) unit: Option<String>,
    pub(crate) noun: Option<String>,
    pub(crate) change: Option<Change>,
    pub(crate) calendar: Option<Calendar>,
    /// Which end of a range it is, and where the other end starts.
    pub(crate) range: Option<(RangeEnd, usize)>,
    pub(crate) origin: Origin,
    /// Where the rule file defines it.
    pub(crate) defined_at: Location,
}

/// Where a figure's value comes from.
#[derive(Debug, Clone)]
pub(crate) enum Origin {
    /// Read from a document, at `span`.
    Document {
        document: Arc<Document>,
        span: Range<usize>,
    },
    /// Written in the rule file (`value:`), with the source it cites.
    Literal { source: Option<String> },
}

impl NamedFigure {
    pub(crate) fn number(&self) -> Option<Decimal> {
        match self.value {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The number a rule computes with: a percent stands for its fraction
    /// (28% is 0.28), as in SPEC §4's `expr`.
    pub(crate) fn fraction_or_number(&self) -> Option<Decimal> {
        let n = self.number()?;
        Some(if self.kind == Kind::Percent {
            n / Decimal::ONE_HUNDRED
        } else {
            n
        })
    }

    /// Stated exactly: no qualifier and nothing rounded away.
    pub(crate) fn is_precise(&self) -> bool {
        self.qualifier == Qualifier::Exact && self.precision.is_none_or(|p| p <= Decimal::ONE)
    }

    /// The unit, or "" when none is known.
    pub(crate) fn unit_or_empty(&self) -> &str {
        self.unit.as_deref().unwrap_or("")
    }

    pub(crate) fn text(&self) -> Option<&str> {
        match &self.origin {
            Origin::Document { document, span } => document.text().get(span.clone()),
            Origin::Literal { .. } => None,
        }
    }
}
