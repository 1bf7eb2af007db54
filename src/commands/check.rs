//! `figaudit check [PATH]...`: evaluate rule files and report findings.

use std::io::{self, Write};
use std::path::PathBuf;

use super::Outcome;
use crate::check::{self, Status, Summary};
use crate::report::human::{self, Style};
use crate::rules::{self, did_you_mean, Severity};

/// The lowest severity that fails a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Rule files or folders of them.
    pub paths: Vec<PathBuf>,
    pub fail_on: FailOn,
    /// Evaluate only these rule ids (all when empty).
    pub only: Vec<String>,
    pub style: Style,
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
    let selected = set
        .rules
        .iter()
        .filter(|r| options.only.is_empty() || options.only.contains(&r.id));
    let findings = check::evaluate(selected.clone());
    let summary = Summary::new(selected.count(), set.documents.len(), &findings);
    human::write_report(&mut out, &findings, &summary, options.style)?;
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
