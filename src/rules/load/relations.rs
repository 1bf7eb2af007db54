//! A rule file's rules: each typed, the relation it asserts checked, and
//! its figure names resolved, with a located error when they cannot be.

use std::ops::Range;
use std::str::FromStr;
use std::sync::Arc;

use rust_decimal::Decimal;

use super::figures::{decimal, FigureTable};
use super::{expected, FileContext, Loader};
use crate::rules::expr;
use crate::rules::schema::RuleSpec;
use crate::rules::yaml::{self, Node};
use crate::rules::{NamedFigure, Rule, RuleKind, Severity, Tolerance};

const RULE_KINDS: &[&str] = &["sum", "claim", "equal", "expr"];
/// The keys that say what a rule asserts.
const RELATION_KEYS: &[&str] = &["sum", "equals", "claim", "agrees_with", "equal", "expr"];
impl Loader<'_> {
    pub(super) fn rule(&mut self, ctx: &FileContext, node: &Node, index: usize, figures: &FigureTable) {
        if node.entries().is_none() {
            let error = ctx.error(
                node.span.clone(),
                "a rule is a mapping",
                "expected `id:` and one relation",
            );
            return self.problem(error);
        }
        let mut unknown = Vec::new();
        let spec = yaml::typed::<RuleSpec>(node, &mut unknown);
        for key in &unknown {
            self.unknown_key(ctx, key, "a rule");
        }
        // Which relation the rule asserts comes first: under two relations
        // (`sum` and `equal`), `equal: total` is a mistyped `equals`, not a
        // list that should have been one.
        let relation = self.relation(ctx, node);
        let (spec, broken) = match (spec, &relation) {
            (Ok(spec), _) => (Some(spec), None),
            (Err(error), Err(reason)) if error.key.as_deref().is_some_and(|k| RELATION_KEYS.contains(&k)) => {
                (None, Some(reason.clone()))
            }
            (Err(error), _) => (None, Some(self.type_error(ctx, node, error))),
        };
        let id = match spec.as_ref().and_then(|s| s.id.clone()) {
            Some(id) => id,
            None => {
                let written = node.get("id").and_then(Node::text);
                if spec.is_some() {
                    self.problem(ctx.error(node.span.clone(), "a rule needs an `id`", "this rule"));
                }
                written.map(str::to_string).unwrap_or_else(|| {
                    let stem = ctx.file.path().file_stem().map(|s| s.to_string_lossy().into_owned());
                    format!("{}#{}", stem.unwrap_or_default(), index + 1)
                })
            }
        };
        let location = ctx.location(node.value_span("id"));
        let Some(spec) = spec else {
            self.loaded.rules.push(Rule {
                id,
                description: None,
                severity: Severity::Error,
                tolerance: None,
                loose: Default::default(),
                kind: Err(broken.unwrap_or_default()),
                location,
            });
            return;
        };
        let tolerance = match node.get("tolerance") {
            None => Ok(None),
            Some(t) => tolerance(t, ctx.text()).map(Some).ok_or_else(|| {
                let error = ctx.error(t.span.clone(), "invalid tolerance", "expected \"250\" or \"0.5%\"");
                self.problem(error.with_help(
                    "a tolerance is a non-negative amount (\"250\") or a percentage of the expected value (\"0.5%\")",
                ));
                "its tolerance is invalid".to_string()
            }),
        };
        let kind = relation.and_then(|kind| self.rule_kind(ctx, node, &spec, kind, figures));
        let (tolerance, kind) = match tolerance {
            Ok(tolerance) => (tolerance, kind),
            Err(reason) => (None, Err(reason)),
        };
        self.loaded.rules.push(Rule {
            id,
            description: spec.description,
            severity: spec.severity.unwrap_or(Severity::Error),
            tolerance,
            loose: spec.loose.unwrap_or_default(),
            kind,
            location,
        });
    }

    /// The relation the rule asserts (`sum`, `claim`, `equal` or `expr`),
    /// with the keys that go with it.
    fn relation(&mut self, ctx: &FileContext, node: &Node) -> Result<&'static str, String> {
        let has = |key: &str| node.entry(key).is_some();
        let kinds: Vec<&'static str> = RULE_KINDS.iter().copied().filter(|k| has(k)).collect();
        let kind = match kinds.as_slice() {
            [] => {
                let error = ctx.error(
                    node.span.clone(),
                    "the rule asserts nothing",
                    "no `sum`, `claim`, `equal` or `expr`",
                );
                self.problem(error.with_help("give the rule one of sum + equals, claim + agrees_with, equal or expr"));
                return Err("it asserts nothing".into());
            }
            [kind] => *kind,
            [first, second, ..] => {
                let message = format!("a rule asserts one relation; this one has both `{first}` and `{second}`");
                let error = ctx.error(node.key_span(second), message, "second relation");
                // `equal:` under a `sum` is nearly always `equals:` mistyped.
                let error = if kinds.contains(&"sum") && kinds.contains(&"equal") && !has("equals") {
                    error.with_help("did you mean `equals:`? a `sum` names its total with `equals`")
                } else {
                    error
                };
                self.problem(error);
                return Err("it has more than one relation".into());
            }
        };
        for (key, owner) in [("equals", "sum"), ("agrees_with", "claim")] {
            if has(key) && kind != owner {
                let message = format!("`{key}` belongs with `{owner}`");
                self.problem(ctx.error(node.key_span(key), message, "stray key"));
                return Err(format!("its `{key}` has no `{owner}`"));
            }
        }
        let partner = match kind {
            "sum" => Some("equals"),
            "claim" => Some("agrees_with"),
            _ => None,
        };
        if let Some(needed) = partner.filter(|p| !has(p)) {
            let message = format!("`{kind}` needs `{needed}`");
            self.problem(ctx.error(node.key_span(kind), message, format!("add `{needed}:`")));
            return Err(format!("its `{kind}` has no `{needed}`"));
        }
        Ok(kind)
    }

    /// The relation `kind` over the rule's figures.
    fn rule_kind(
        &mut self,
        ctx: &FileContext,
        node: &Node,
        spec: &RuleSpec,
        kind: &str,
        figures: &FigureTable,
    ) -> Result<RuleKind, String> {
        let numeric = kind != "equal";
        match kind {
            "sum" => {
                let parts = self.names(ctx, node, "sum", spec.sum.as_deref(), 1)?;
                let total = self.name(ctx, node, "equals", spec.equals.as_deref())?;
                let parts = self.resolve_all(ctx, node, "sum", parts, figures, numeric)?;
                let total = self.lookup(ctx, total, node.value_span("equals"), figures, numeric)?;
                Ok(RuleKind::Sum { parts, total })
            }
            "claim" => {
                let claim = self.name(ctx, node, "claim", spec.claim.as_deref())?;
                let precise = self.name(ctx, node, "agrees_with", spec.agrees_with.as_deref())?;
                let claim = self.lookup(ctx, claim, node.value_span("claim"), figures, numeric)?;
                let agrees_with = self.lookup(ctx, precise, node.value_span("agrees_with"), figures, numeric)?;
                Ok(RuleKind::Claim { claim, agrees_with })
            }
            "equal" => {
                let names = self.names(ctx, node, "equal", spec.equal.as_deref(), 2)?;
                let figures = self.resolve_all(ctx, node, "equal", names, figures, numeric)?;
                let kinds_differ = figures
                    .windows(2)
                    .any(|w| w[0].number().is_some() != w[1].number().is_some());
                if kinds_differ {
                    let error = ctx.error(
                        node.value_span("equal"),
                        "`equal` compares numbers with dates or times",
                        "mixed kinds",
                    );
                    self.problem(error);
                    return Err("it compares numbers with dates".into());
                }
                Ok(RuleKind::Equal { figures })
            }
            _ => self.expr(ctx, node, spec.expr.as_deref(), figures),
        }
    }

    fn expr(
        &mut self,
        ctx: &FileContext,
        node: &Node,
        text: Option<&str>,
        figures: &FigureTable,
    ) -> Result<RuleKind, String> {
        let here = node.value_span("expr");
        let Some(text) = text else {
            let message = format!("`expr` must be {}", expected("expr"));
            self.problem(ctx.error(here, message, "not text"));
            return Err("its expression is not text".into());
        };
        // Spans inside the expression map into the rule file when the
        // expression is written on one line as it is parsed.
        let written = ctx.text().get(here.clone()).unwrap_or_default();
        let start = here.start + usize::from(written.starts_with(['"', '\'']));
        let fits = ctx.text().get(start..start + text.len()) == Some(text);
        let inside = |span: Range<usize>| {
            if fits {
                start + span.start..start + span.end
            } else {
                here.clone()
            }
        };
        let comparison = match expr::parse(text) {
            Ok(comparison) => comparison,
            Err(error) => {
                let span = inside(error.span.clone());
                let message = format!("invalid expression: {}", error.message);
                self.problem(ctx.error(span, message, error.message.clone()));
                return Err("its expression is invalid".into());
            }
        };
        let mut used: Vec<Arc<NamedFigure>> = Vec::new();
        let mut failed = None;
        for (name, span) in comparison.names() {
            if used.iter().any(|f| f.name == name) {
                continue;
            }
            match self.lookup(ctx, name, inside(span), figures, true) {
                Ok(figure) => used.push(figure),
                Err(reason) => failed = failed.or(Some(reason)),
            }
        }
        if let Some(reason) = failed {
            return Err(reason);
        }
        Ok(RuleKind::Expr {
            comparison,
            text: text.to_string(),
            figures: used,
        })
    }

    /// The figure names under `key`: at least `least` of them.
    fn names<'s>(
        &mut self,
        ctx: &FileContext,
        node: &Node,
        key: &str,
        names: Option<&'s [String]>,
        least: usize,
    ) -> Result<&'s [String], String> {
        let Some(names) = names else {
            let message = format!("`{key}` must be {}", expected(key));
            self.problem(ctx.error(node.value_span(key), message, "not a list"));
            return Err(format!("its `{key}` is not a list of names"));
        };
        if names.len() < least {
            let message = format!("`{key}` needs at least {least} figures");
            self.problem(ctx.error(node.value_span(key), message, "too few"));
            return Err(format!("its `{key}` has too few figures"));
        }
        Ok(names)
    }

    /// The figure name under `key`.
    fn name<'s>(
        &mut self,
        ctx: &FileContext,
        node: &Node,
        key: &str,
        name: Option<&'s str>,
    ) -> Result<&'s str, String> {
        name.ok_or_else(|| {
            let message = format!("`{key}` must be {}", expected(key));
            self.problem(ctx.error(node.value_span(key), message, "not a name"));
            format!("its `{key}` is not a figure name")
        })
    }

    /// The figures named in the list under `key`.
    fn resolve_all(
        &mut self,
        ctx: &FileContext,
        node: &Node,
        key: &str,
        names: &[String],
        figures: &FigureTable,
        numeric: bool,
    ) -> Result<Vec<Arc<NamedFigure>>, String> {
        let list = node.get(key);
        let items = list.and_then(Node::items).unwrap_or_default();
        let resolved: Vec<Result<Arc<NamedFigure>, String>> = names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let span = items.get(i).map_or_else(|| node.value_span(key), |n| n.span.clone());
                self.lookup(ctx, name, span, figures, numeric)
            })
            .collect();
        resolved.into_iter().collect()
    }

    /// The figure `name` of this file, reporting an unknown name at `span`.
    fn lookup(
        &mut self,
        ctx: &FileContext,
        name: &str,
        span: Range<usize>,
        figures: &FigureTable,
        numeric: bool,
    ) -> Result<Arc<NamedFigure>, String> {
        match figures.get(name) {
            Some(Some(figure)) if numeric && figure.number().is_none() => {
                let message = format!("figure `{name}` is a {}, not a number", figure.kind);
                self.problem(ctx.error(span, message, "not a number"));
                Err(format!("its figure `{name}` is not a number"))
            }
            Some(Some(figure)) => Ok(Arc::clone(figure)),
            Some(None) => Err(format!("its figure `{name}` could not be selected")),
            None => {
                let message = format!("unknown figure `{name}`");
                let error = ctx
                    .error(span, message, "not under `figures:`")
                    .suggest(name, figures.keys().map(String::as_str));
                self.problem(error);
                Err(format!("it names an unknown figure `{name}`"))
            }
        }
    }
}

fn tolerance(node: &Node, source: &str) -> Option<Tolerance> {
    let tolerance = match node.text() {
        Some(text) if text.trim().ends_with('%') => {
            let percent = Decimal::from_str(text.trim().trim_end_matches('%').trim()).ok()?;
            Tolerance::Relative(percent.checked_div(Decimal::ONE_HUNDRED)?)
        }
        _ => Tolerance::Absolute(decimal(node, source)?),
    };
    let amount = match tolerance {
        Tolerance::Absolute(a) | Tolerance::Relative(a) => a,
    };
    (amount >= Decimal::ZERO).then_some(tolerance)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::yaml::scalar;

    #[test]
    fn tolerances_are_amounts_or_percentages() {
        let tolerance_of = |value: &str| {
            let (node, text) = scalar(value);
            tolerance(&node, &text)
        };
        assert_eq!(tolerance_of("250"), Some(Tolerance::Absolute(Decimal::from(250))));
        assert_eq!(tolerance_of("\"0.5%\""), Some(Tolerance::Relative(Decimal::new(5, 3))));
        assert_eq!(tolerance_of("lots"), None);
        assert_eq!(tolerance_of("-1"), None);
    }
}
