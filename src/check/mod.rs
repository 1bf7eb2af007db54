//! Step 4 of the pipeline: evaluating rules into findings.
//!
//! Each rule yields one [`Finding`] (pass, fail, or error when it cannot be
//! evaluated), plus a `/loose` warning when a true claim understates its
//! figure. Findings carry their figures, so reports need nothing else.

pub(crate) mod agreement;
mod arith;
pub(crate) mod baseline;
mod exact;
pub(crate) mod fingerprint;

use std::sync::Arc;

use rust_decimal::Decimal;

use crate::extract::Qualifier;
use crate::rules::{Location, Loose, NamedFigure, Rule, RuleKind, Severity, Tolerance};
use crate::text::wording::group_thousands;
use agreement::{agreement, tightest, Agreement};
use arith::{eval, EvalError};
use exact::{add, div, mul, sub, Exact, Overflow};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Pass,
    Fail,
    /// The rule could not be evaluated.
    Error,
}

impl Status {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Error => "error",
        }
    }
}

/// The outcome of one rule, or of its loose-claim check.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The rule id, with `/loose` for a loose-claim warning.
    pub(crate) rule_id: String,
    pub(crate) status: Status,
    pub(crate) severity: Severity,
    /// What disagrees and by how much.
    pub(crate) message: String,
    /// The expected value, for people.
    pub(crate) help: Option<String>,
    pub(crate) description: Option<String>,
    /// The primary figure's value (for `expr`, the left side's).
    pub(crate) value: Option<Decimal>,
    pub(crate) expected: Option<Decimal>,
    /// Every figure of the rule, the primary one first.
    pub(crate) figures: Vec<Arc<NamedFigure>>,
    pub(crate) location: Location,
    /// `value` and `expected` are fractions that people read as
    /// percentages (an `expr` compared with a percentage).
    pub(crate) percent: bool,
}

impl Finding {
    pub(crate) fn difference(&self) -> Option<Decimal> {
        self.value.zip(self.expected).and_then(|(v, e)| v.checked_sub(e))
    }

    pub(crate) fn primary(&self) -> Option<&Arc<NamedFigure>> {
        self.figures.first()
    }

    /// Counts toward the exit status at `fail_on` and above.
    pub(crate) fn fails_at(&self, fail_on: Severity) -> bool {
        self.status == Status::Fail && self.severity != Severity::Info && self.severity >= fail_on
    }
}

/// A number as people read it: `3,685,964`.
pub(crate) fn show(n: Decimal) -> String {
    // Ratios come out with 28 digits; people read four (the reports that
    // machines read keep every digit).
    let n = if n.scale() > SHOWN_DECIMALS {
        n.round_dp(SHOWN_DECIMALS)
    } else {
        n
    };
    let plain = n.normalize().to_string();
    match plain.strip_prefix('-') {
        Some(positive) => format!("-{}", group_thousands(positive)),
        None => group_thousands(&plain),
    }
}

/// Decimal places shown to people.
const SHOWN_DECIMALS: u32 = 4;

/// A number of the given kind as people read it: years stay `2025`.
pub(crate) fn show_as(kind: crate::extract::Kind, n: Decimal) -> String {
    if kind == crate::extract::Kind::Year {
        n.normalize().to_string()
    } else {
        show(n)
    }
}

/// A finding's value, what was expected and their difference as people
/// read them (`value 78.5882%, expected 49.2%, difference 29.3882%`): a
/// fraction of a percentage comparison as a percentage, a year as a year.
pub(crate) fn comparison_shown(finding: &Finding) -> Option<String> {
    let (value, expected, difference) = (finding.value?, finding.expected?, finding.difference()?);
    let kind = finding.primary().map_or(crate::extract::Kind::Number, |f| f.kind);
    let shown = |n: Decimal| match n.checked_mul(Decimal::ONE_HUNDRED) {
        Some(hundredfold) if finding.percent => format!("{}%", show_as(crate::extract::Kind::Number, hundredfold)),
        _ => show_as(kind, n),
    };
    Some(format!(
        "value {}, expected {}, difference {}",
        shown(value),
        shown(expected),
        shown(difference)
    ))
}

/// A figure's value as people read it: `3,685,964`, `28%`, `2025`.
pub(crate) fn show_value(figure: &NamedFigure) -> String {
    use crate::extract::Kind;
    match (figure.kind, figure.number()) {
        (Kind::Number, Some(n)) => show(n),
        (Kind::Percent, Some(n)) => format!("{}%", show(n)),
        _ => figure.value.to_string(),
    }
}

/// A figure as people read it: `total_2025 = 3,685,964 («…»)`.
fn describe(figure: &NamedFigure) -> String {
    let value = show_value(figure);
    match figure.text() {
        Some(text) => format!("{} = {value} («{text}»)", figure.name),
        None => format!("{} = {value}", figure.name),
    }
}

fn qualifier_words(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exactly",
        Qualifier::About => "about",
        Qualifier::MoreThan => "more than",
        Qualifier::AtLeast => "at least",
        Qualifier::LessThan => "less than",
        Qualifier::AtMost => "at most",
    }
}

/// Evaluates every rule, in order.
pub fn evaluate<'a>(rules: impl IntoIterator<Item = &'a Rule>) -> Vec<Finding> {
    rules.into_iter().flat_map(evaluate_rule).collect()
}

/// The findings of one rule.
pub(crate) fn evaluate_rule(rule: &Rule) -> Vec<Finding> {
    let base = Finding {
        rule_id: rule.id.clone(),
        status: Status::Pass,
        severity: rule.severity,
        message: String::new(),
        help: None,
        description: rule.description.clone(),
        value: None,
        expected: None,
        figures: Vec::new(),
        location: rule.location.clone(),
        percent: false,
    };
    let kind = match &rule.kind {
        Ok(kind) => kind,
        Err(reason) => {
            return vec![Finding {
                status: Status::Error,
                message: format!("rule `{}` could not be evaluated: {reason}", rule.id),
                ..base
            }]
        }
    };
    let base = Finding {
        figures: kind.figures().into_iter().cloned().collect(),
        ..base
    };
    if let Some((a, b)) = mixed_units(&base.figures) {
        let verb = match kind {
            RuleKind::Sum { .. } => "adds",
            RuleKind::Expr { .. } => "computes with",
            RuleKind::Claim { .. } | RuleKind::Equal { .. } => "compares",
        };
        let why = format!(
            "it {verb} figures in different units: {} in {} and {} in {}",
            a.name,
            a.unit_or_empty(),
            b.name,
            b.unit_or_empty()
        );
        return could_not(base, &why);
    }
    // A fraction compared with percentages is read as one: ثلث as 33.33…%.
    let percents = base.figures.iter().any(|f| f.kind == crate::extract::Kind::Percent);
    let read = |figure: &Arc<NamedFigure>| match (percents, fraction_as_percent(figure)) {
        (true, Some(percent)) => Arc::new(percent),
        _ => Arc::clone(figure),
    };
    let findings = match kind {
        RuleKind::Sum { parts, total } => {
            let parts: Vec<Arc<NamedFigure>> = parts.iter().map(read).collect();
            sum(rule, base.clone(), &parts, &read(total))
        }
        RuleKind::Claim { claim, agrees_with } => claim_rule(rule, base.clone(), &read(claim), &read(agrees_with)),
        RuleKind::Equal { figures } => equal(rule, base.clone(), &figures.iter().map(read).collect::<Vec<_>>()),
        RuleKind::Expr {
            comparison,
            text,
            figures,
        } => expr(rule, base.clone(), comparison, text, figures),
    };
    findings.unwrap_or_else(|Overflow| could_not(base, OVERFLOW))
}

/// A fraction figure as the percentage it is (SPEC §7.1: it compares with
/// a percentage as its value × 100); `None` for any other figure. A
/// fraction states a share to the whole percent at best: `ثلث` is about
/// 33.33%, and agrees with 33.4% and 33%, not with 35%.
fn fraction_as_percent(figure: &NamedFigure) -> Option<NamedFigure> {
    if figure.kind != crate::extract::Kind::Fraction {
        return None;
    }
    let value = figure.number()?.checked_mul(Decimal::ONE_HUNDRED)?;
    Some(NamedFigure {
        value: crate::extract::Value::Number(value),
        kind: crate::extract::Kind::Percent,
        qualifier: match figure.qualifier {
            Qualifier::Exact => Qualifier::About,
            other => other,
        },
        precision: Some(figure.precision.unwrap_or(Decimal::ONE)),
        ..figure.clone()
    })
}

/// The first two figures whose units are both given and differ: a rule
/// never adds or compares dirhams with dollars silently (SPEC §6.2).
fn mixed_units(figures: &[Arc<NamedFigure>]) -> Option<(&NamedFigure, &NamedFigure)> {
    let mut with_unit = figures.iter().filter(|f| f.unit.is_some());
    let first = with_unit.next()?;
    let other = with_unit.find(|f| f.unit != first.unit)?;
    Some((first, other))
}

/// Why a rule whose arithmetic leaves the exact decimal range is an error.
const OVERFLOW: &str = "its arithmetic goes past the largest exact decimal (about ±7.9 × 10^28, \
     or 28 decimal places)";

fn tolerance_for(rule: &Rule, expected: Decimal) -> Exact<Decimal> {
    match rule.tolerance {
        None => Ok(Decimal::ZERO),
        Some(Tolerance::Absolute(t)) => Ok(t),
        Some(Tolerance::Relative(f)) => Ok(mul(f, expected)?.abs()),
    }
}

/// A number from a figure the loader already checked is numeric.
fn number(figure: &NamedFigure) -> Decimal {
    figure.number().unwrap_or_default()
}

fn precision(figure: &NamedFigure) -> Decimal {
    figure.precision.unwrap_or(Decimal::ONE)
}

fn could_not(base: Finding, why: &str) -> Vec<Finding> {
    vec![Finding {
        status: Status::Error,
        message: format!("rule `{}` could not be evaluated: {why}", base.rule_id),
        ..base
    }]
}

/// The `/loose` warning for a true claim that understates `actual`.
fn loose_warning(
    rule: &Rule,
    base: &Finding,
    stated: &NamedFigure,
    actual: Decimal,
    against: &str,
) -> Exact<Option<Finding>> {
    if rule.loose == Loose::Ignore {
        return Ok(None);
    }
    let could_say = tightest(stated.qualifier, precision(stated), actual)?;
    let words = qualifier_words(stated.qualifier);
    Ok(Some(Finding {
        rule_id: format!("{}/loose", rule.id),
        status: Status::Fail,
        severity: Severity::Warning,
        message: format!(
            "{} is true but loose: {against} is {}, so it could say {words} {}",
            describe(stated),
            show(actual),
            show(could_say)
        ),
        help: Some(format!(
            "the figure understates by at least one unit of its precision ({})",
            show(precision(stated))
        )),
        value: Some(number(stated)),
        expected: Some(could_say),
        ..base.clone()
    }))
}

fn sum(rule: &Rule, base: Finding, parts: &[Arc<NamedFigure>], total: &NamedFigure) -> Exact<Vec<Finding>> {
    let added = exact::sum(parts.iter().map(|p| number(p)))?;
    let stated = number(total);
    let tolerance = tolerance_for(rule, stated)?;
    let names = parts.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(" + ");
    let result = if !total.is_precise() {
        agreement(stated, total.qualifier, precision(total), added, tolerance)?
    } else {
        // Rounded parts carry half their precision each.
        let halves = parts
            .iter()
            .filter(|p| !p.is_precise())
            .map(|p| div(precision(p), Decimal::TWO));
        let slack = exact::sum(halves.collect::<Exact<Vec<_>>>()?)?;
        if sub(stated, added)?.abs() <= add(slack, tolerance)? {
            Agreement::Agrees
        } else {
            Agreement::Disagrees
        }
    };
    let base = Finding {
        value: Some(stated),
        expected: Some(added),
        ..base
    };
    Ok(match result {
        Agreement::Disagrees => vec![Finding {
            status: Status::Fail,
            // Neutral: the planted error may be in a part as well as in
            // the total.
            message: format!(
                "{names} add up to {}; the total {}: a difference of {}",
                show(added),
                describe(total),
                show_as(total.kind, sub(stated, added)?.abs())
            ),
            help: Some(format!(
                "a part or the total is wrong: for the parts to hold, {} would be {}",
                total.name,
                show_as(total.kind, added)
            )),
            ..base
        }],
        Agreement::Agrees => vec![Finding {
            message: format!("{names} add up to {}", describe(total)),
            ..base
        }],
        Agreement::Loose => {
            let warning = loose_warning(rule, &base, total, added, &names)?;
            let pass = Finding {
                message: format!("{names} add up to {}, which {} states loosely", show(added), total.name),
                ..base
            };
            std::iter::once(pass).chain(warning).collect()
        }
    })
}

/// "90 more than expected" / "90 less than expected".
fn off_by(stated: Decimal, expected: Decimal, kind: crate::extract::Kind) -> Exact<String> {
    let difference = sub(stated, expected)?;
    Ok(if difference > Decimal::ZERO {
        format!("{} more than expected", show_as(kind, difference))
    } else {
        format!("{} less than expected", show_as(kind, -difference))
    })
}

fn claim_rule(rule: &Rule, base: Finding, claim: &NamedFigure, precise: &NamedFigure) -> Exact<Vec<Finding>> {
    let (stated, actual) = (number(claim), number(precise));
    let tolerance = tolerance_for(rule, actual)?;
    let result = agreement(stated, claim.qualifier, precision(claim), actual, tolerance)?;
    let base = Finding {
        value: Some(stated),
        expected: Some(actual),
        ..base
    };
    Ok(match result {
        Agreement::Disagrees => vec![Finding {
            status: Status::Fail,
            message: format!(
                "{} disagrees with {}: the claim says {} {}",
                describe(claim),
                describe(precise),
                qualifier_words(claim.qualifier),
                show(stated)
            ),
            help: Some(format!(
                "a claim {} {} agrees with {}",
                qualifier_words(claim.qualifier),
                show(tightest(claim.qualifier, precision(claim), actual)?),
                show(actual)
            )),
            ..base
        }],
        Agreement::Agrees => vec![Finding {
            message: format!("{} agrees with {}", describe(claim), describe(precise)),
            ..base
        }],
        Agreement::Loose => {
            let warning = loose_warning(rule, &base, claim, actual, &precise.name)?;
            let pass = Finding {
                message: format!("{} agrees with {}", describe(claim), describe(precise)),
                ..base
            };
            std::iter::once(pass).chain(warning).collect()
        }
    })
}

fn equal(rule: &Rule, base: Finding, figures: &[Arc<NamedFigure>]) -> Exact<Vec<Finding>> {
    let Some(first) = figures.first() else {
        return Ok(could_not(base, "it compares no figures"));
    };
    if first.number().is_none() {
        // Dates and times: the same value, or not.
        let differing: Vec<String> = figures
            .iter()
            .filter(|f| f.value != first.value)
            .map(|f| describe(f))
            .collect();
        if differing.is_empty() {
            return Ok(vec![Finding {
                message: format!("all state {}", first.value),
                ..base
            }]);
        }
        return Ok(vec![Finding {
            status: Status::Fail,
            message: format!("{} disagrees with {}", differing.join(", "), describe(first)),
            ..base
        }]);
    }
    let reference = figures.iter().find(|f| f.is_precise()).unwrap_or(first);
    let actual = number(reference);
    let tolerance = tolerance_for(rule, actual)?;
    let mut disagreeing = Vec::new();
    let mut loose = Vec::new();
    for figure in figures.iter().filter(|f| !Arc::ptr_eq(f, reference)) {
        let stated = number(figure);
        let result = match (figure.is_precise(), reference.is_precise()) {
            (true, true) => agreement(stated, Qualifier::Exact, Decimal::ZERO, actual, tolerance)?,
            (false, true) => agreement(stated, figure.qualifier, precision(figure), actual, tolerance)?,
            // Nothing precise: rounded figures agree within half the sum of
            // their precisions (`agreement` halves the precision it is given).
            (_, false) => {
                let slack = add(precision(figure), precision(reference))?;
                agreement(stated, Qualifier::Exact, slack, actual, tolerance)?
            }
        };
        match result {
            Agreement::Disagrees => disagreeing.push(figure),
            Agreement::Loose => loose.push(figure),
            Agreement::Agrees => {}
        }
    }
    let primary = number(first);
    let expected = if Arc::ptr_eq(first, reference) {
        disagreeing.first().map_or(actual, |f| number(f))
    } else {
        actual
    };
    let base = Finding {
        value: Some(primary),
        expected: Some(expected),
        ..base
    };
    let mut findings = Vec::new();
    if disagreeing.is_empty() {
        findings.push(Finding {
            message: format!("all agree with {}", describe(reference)),
            ..base.clone()
        });
    } else if let (true, Some(other)) = (Arc::ptr_eq(first, reference), disagreeing.first()) {
        // The primary figure is the reference: neither side is known to be
        // right, and the value/expected pair is the primary against the
        // first figure it disagrees with, as the help says.
        let list: Vec<String> = disagreeing.iter().map(|f| describe(f)).collect();
        let gaps = disagreeing
            .iter()
            .map(|f| Ok(show_as(f.kind, sub(number(f), actual)?.abs())))
            .collect::<Exact<Vec<String>>>()?;
        let plural = if gaps.len() > 1 { "differences" } else { "a difference" };
        findings.push(Finding {
            status: Status::Fail,
            message: format!(
                "{} disagrees with {}: {plural} of {}",
                describe(first),
                list.join(", "),
                gaps.join(", ")
            ),
            help: Some(format!(
                "one of them is wrong: for {} to agree with {}, it would be {}",
                first.name,
                other.name,
                show_as(other.kind, number(other))
            )),
            ..base.clone()
        });
    } else {
        let list: Vec<String> = disagreeing.iter().map(|f| describe(f)).collect();
        let gaps = disagreeing
            .iter()
            .map(|f| Ok(format!("{} {}", f.name, off_by(number(f), actual, f.kind)?)))
            .collect::<Exact<Vec<String>>>()?;
        findings.push(Finding {
            status: Status::Fail,
            message: format!(
                "{} disagrees with {} ({})",
                list.join(", "),
                describe(reference),
                gaps.join(", ")
            ),
            help: Some(format!(
                "expected every figure to state {}",
                show_as(reference.kind, actual)
            )),
            ..base.clone()
        });
    }
    for figure in loose {
        findings.extend(loose_warning(rule, &base, figure, actual, &reference.name)?);
    }
    Ok(findings)
}

fn expr(
    rule: &Rule,
    base: Finding,
    comparison: &crate::rules::expr::Comparison,
    text: &str,
    figures: &[Arc<NamedFigure>],
) -> Exact<Vec<Finding>> {
    let value_of = |name: &str| {
        figures
            .iter()
            .find(|f| f.name == name)
            .and_then(|f| f.fraction_or_number())
    };
    let sides = eval(&comparison.left, &value_of).and_then(|l| Ok((l, eval(&comparison.right, &value_of)?)));
    let (left, right) = match sides {
        Ok(sides) => sides,
        Err(EvalError::DivisionByZero) => return Ok(could_not(base, &format!("`{text}` divides by zero"))),
        Err(EvalError::Overflow) => return Err(Overflow),
        Err(EvalError::Unknown(name)) => return Ok(could_not(base, &format!("`{name}` has no value"))),
    };
    use crate::rules::expr::CompareOp::*;
    let tolerance = tolerance_for(rule, right)?;
    let holds = match comparison.op {
        Eq => sub(left, right)?.abs() <= tolerance,
        Ne => sub(left, right)?.abs() > tolerance,
        Lt => left < right,
        Le => left <= right,
        Gt => left > right,
        Ge => left >= right,
    };
    let values: Vec<String> = figures.iter().map(|f| describe(f)).collect();
    // Compared with a percentage (`<= 30%`, a percent figure), both sides
    // read as percentages: 9.98% <= 30%, not 0.0998 <= 0.3.
    let percent = text
        .rsplit_once(comparison.op.as_str())
        .is_some_and(|(_, right)| right.contains('%'))
        || matches!(&comparison.right, crate::rules::expr::Expr::Figure(name, _)
            if figures.iter().any(|f| &f.name == name && f.kind == crate::extract::Kind::Percent));
    let shown = |n: Decimal| -> String {
        match mul(n, Decimal::ONE_HUNDRED) {
            Ok(hundredfold) if percent => format!("{}%", show(hundredfold)),
            _ => show(n),
        }
    };
    let base = Finding {
        value: Some(left),
        expected: Some(right),
        percent,
        ..base
    };
    if holds {
        return Ok(vec![Finding {
            message: format!(
                "`{text}` holds ({} {} {})",
                shown(left),
                comparison.op.as_str(),
                shown(right)
            ),
            ..base
        }]);
    }
    Ok(vec![Finding {
        status: Status::Fail,
        message: format!(
            "`{text}` is false: the left side is {}, the right side {}",
            shown(left),
            shown(right)
        ),
        help: Some(format!("with {}", values.join(", "))),
        ..base
    }])
}

/// Counts for the closing summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Summary {
    pub(crate) rules: usize,
    pub(crate) documents: usize,
    pub(crate) passed: usize,
    pub(crate) failed: usize,
    pub(crate) warnings: usize,
    pub(crate) errors: usize,
    /// Failing findings a baseline accepted; `None` without a baseline.
    pub(crate) baselined: Option<usize>,
    /// For relations found without rules (`audit`): how many figures the
    /// relations checked, so that unchecked text is never shown as clean.
    pub(crate) coverage: Option<Coverage>,
}

/// How many of the documents' amounts (counts and percentages) some
/// checked relation takes in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Coverage {
    pub(crate) figures: usize,
    pub(crate) related: usize,
    /// Of `figures`, those past the most a document's relations are
    /// looked for among: in no relation, never searched.
    pub(crate) not_searched: usize,
}

impl Coverage {
    pub(crate) fn unrelated(&self) -> usize {
        self.figures.saturating_sub(self.related)
    }
}

impl Summary {
    /// Counts a finding.
    pub(crate) fn add(&mut self, status: Status, severity: Severity) {
        match (status, severity) {
            (Status::Pass, _) => self.passed += 1,
            (Status::Error, _) => self.errors += 1,
            (Status::Fail, Severity::Warning) => self.warnings += 1,
            (Status::Fail, _) => self.failed += 1,
        }
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::text::wording::counted;
        write!(
            f,
            "checked {} over {}: {} passed, {} failed, {}, {}",
            counted(self.rules, "rule", "rules"),
            counted(self.documents, "document", "documents"),
            self.passed,
            self.failed,
            counted(self.warnings, "warning", "warnings"),
            counted(self.errors, "error", "errors")
        )?;
        if let Some(baselined) = self.baselined {
            write!(f, ", {baselined} baselined")?;
        }
        let Some(c) = self.coverage else {
            return Ok(());
        };
        write!(
            f,
            "; {}, {} in no relation",
            counted(c.figures, "figure", "figures"),
            c.unrelated()
        )?;
        if c.not_searched > 0 {
            write!(
                f,
                " ({} past the first {} of a document, not searched)",
                c.not_searched,
                crate::discover::FIGURES_SEARCHED
            )?;
        }
        Ok(())
    }
}
