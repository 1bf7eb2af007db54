//! `figaudit check [PATH]...`: evaluate rule files and report findings.

use std::io::{self, Write};
use std::path::PathBuf;

use super::Outcome;
use crate::check::{self, Finding, Status, Summary};
use crate::report::human::{self, Style};
use crate::report::output::write_atomically;
use crate::report::rows::FindingRow;
use crate::report::sarif_report::RuleInfo;
use crate::report::{csv_report, json_report, sarif_report};
use crate::rules::{self, did_you_mean, Rule, Severity};

/// The lowest severity that fails a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

/// A report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Csv,
    Json,
    Sarif,
}

#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Rule files or folders of them.
    pub paths: Vec<PathBuf>,
    /// The report written to stdout.
    pub format: Format,
    /// Report files to write as well, each in its format.
    pub files: Vec<(Format, PathBuf)>,
    pub fail_on: FailOn,
    /// Evaluate only these rule ids (all when empty).
    pub only: Vec<String>,
    /// CSV, JSON and SARIF also carry the rules that passed.
    pub include_passing: bool,
    /// Start CSV with a UTF-8 byte-order mark.
    pub csv_bom: bool,
    pub style: Style,
}

/// Everything a report needs, computed once.
struct Evaluated<'a> {
    findings: &'a [Finding],
    rows: Vec<FindingRow>,
    summary: Summary,
    rules: Vec<RuleInfo>,
}

impl Evaluated<'_> {
    fn write(&self, format: Format, out: &mut dyn Write, options: &CheckOptions) -> io::Result<()> {
        match format {
            Format::Human => human::write_report(out, self.findings, &self.summary, options.style),
            Format::Csv => csv_report::write(out, &self.rows, options.csv_bom),
            Format::Json => json_report::write(out, &self.rows, &self.summary),
            Format::Sarif => sarif_report::write(out, &self.rows, &self.rules),
        }
    }
}

fn rule_info(rule: &Rule) -> RuleInfo {
    RuleInfo {
        id: rule.id.clone(),
        description: rule.description.clone(),
        relation: rule.relation(),
        location: rule.location.describe(),
    }
}

/// Loads, evaluates and reports; problems with the input are handed to
/// `diagnose` and everything else is still evaluated.
pub fn run(
    options: &CheckOptions,
    mut out: impl Write,
    mut diagnose: impl FnMut(miette::Report),
) -> io::Result<Outcome> {
    let set = rules::load(&options.paths);
    let mut broken = !set.problems.is_empty();
    for problem in set.problems {
        diagnose(problem);
    }
    for wanted in &options.only {
        if !set.rules.iter().any(|r| &r.id == wanted) {
            broken = true;
            let near = did_you_mean(wanted, set.rules.iter().map(|r| r.id.as_str()));
            let help = near.map(|n| format!("did you mean `{n}`?")).unwrap_or_default();
            diagnose(miette::miette!(
                code = "figaudit::rules",
                help = help,
                "--rule {wanted}: no rule has this id"
            ));
        }
    }
    let selected: Vec<&Rule> = set
        .rules
        .iter()
        .filter(|r| options.only.is_empty() || options.only.contains(&r.id))
        .collect();
    let findings = check::evaluate(selected.iter().copied());
    let evaluated = Evaluated {
        findings: &findings,
        rows: FindingRow::all(&findings, options.include_passing),
        summary: Summary::new(selected.len(), set.documents.len(), &findings),
        rules: selected.iter().map(|r| rule_info(r)).collect(),
    };
    for (format, path) in &options.files {
        if let Err(error) = write_atomically(path, |file| evaluated.write(*format, file, options)) {
            broken = true;
            diagnose(miette::Report::new(error));
        }
    }
    evaluated.write(options.format, &mut out, options)?;
    out.flush()?;

    if broken || findings.iter().any(|f| f.status == Status::Error) {
        return Ok(Outcome::BrokenInput);
    }
    let fail_on = match options.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
    };
    let failed = fail_on.is_some_and(|level| findings.iter().any(|f| f.fails_at(level)));
    Ok(if failed { Outcome::Failed } else { Outcome::Clean })
}
