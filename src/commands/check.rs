//! `figaudit check [PATH]...`: evaluate rule files and report findings.
//!
//! Rule files are worked through in small batches on a thread pool: each
//! file is read, its figures selected, its rules evaluated and its findings
//! rendered in parallel, for every report asked for; then, in file order,
//! the results are merged (rule ids checked for duplicates, the human
//! report written, the machine reports' rows spooled). The output is the
//! same whatever the number of threads, and memory holds a batch of files,
//! not the whole archive (the HTML report, which shows the documents,
//! holds what it shows).

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::Outcome;
use crate::check::baseline::{Baseline, Entry};
use crate::check::{self, fingerprint, Finding, Status, Summary};
use crate::report::figures::shown_figure;
use crate::report::github;
use crate::report::html_report::{HtmlItem, HtmlPage, ShownFigure};
use crate::report::html_split;
use crate::report::human::{self, Style};
use crate::report::machine::{MachineFormats, MachineReports, RenderedRow, RenderedRule};
use crate::report::output::{same_file, write_atomically, Stdout};
use crate::report::rows::FindingRow;
use crate::report::sarif_report::RuleInfo;
use crate::rules::{self, did_you_mean, DocumentCache, IndexedDocument, Origin, Rule, RuleIds, Severity};
use crate::text::visible::{one_line, path_text};
use crate::text::{Document, Exclude};

/// The lowest severity that fails a run (`fail-on` in `figaudit.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
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
    /// The article with its figures highlighted (report files only).
    Html,
    /// GitHub Actions annotations (stdout only).
    Github,
    /// The CSV's rows as a workbook (report files only).
    Xlsx,
}

#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Rule files, folders or globs of them.
    pub paths: Vec<PathBuf>,
    /// What folder walks and globs pass over (`--exclude`).
    pub exclude: Exclude,
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
    /// Human output without the summary line.
    pub quiet: bool,
    /// Threads to use; all cores when `None`.
    pub jobs: Option<usize>,
    /// Failing findings accepted before: neither reported nor failing.
    pub baseline: Option<PathBuf>,
    /// Write the failing findings of this run as a baseline here.
    pub write_baseline: Option<PathBuf>,
}

impl CheckOptions {
    fn wants_rows(&self) -> bool {
        self.format != Format::Human || !self.files.is_empty()
    }

    fn wants(&self, wanted: Format) -> bool {
        self.format == wanted || self.files.iter().any(|(format, _)| *format == wanted)
    }

    /// The machine reports asked for, on stdout or in files.
    fn machine_formats(&self) -> MachineFormats {
        MachineFormats {
            csv: self.wants(Format::Csv),
            json: self.wants(Format::Json),
            sarif: self.wants(Format::Sarif),
            xlsx: self.wants(Format::Xlsx),
        }
    }
}

/// Rule files evaluated per thread in one batch.
const FILES_PER_THREAD: usize = 8;

/// A finding, rendered for every report that may carry it.
struct Rendered {
    status: Status,
    severity: Severity,
    fails: [bool; 2],
    human: Option<String>,
    /// The finding in each machine report, when they carry it.
    row: Option<io::Result<RenderedRow>>,
    /// Every finding, passing ones too, for the HTML report.
    html: Option<HtmlItem>,
    github: Option<String>,
    fingerprint: String,
    /// A failing finding the baseline accepted.
    baselined: bool,
    /// For `--write-baseline`: a failing finding, as a baseline entry.
    entry: Option<Entry>,
}

/// A rule with its rendered findings.
struct Evaluated {
    rule: Rule,
    /// The rule as SARIF describes it.
    info: Option<io::Result<RenderedRule>>,
    findings: Vec<Rendered>,
}

/// What a rule file yields, ready to merge.
struct FileResult {
    problems: Vec<miette::Report>,
    /// Every rule id of the file, evaluated or not (for `--rule` help).
    ids: Vec<String>,
    rules: Vec<Evaluated>,
    documents: Vec<PathBuf>,
    /// The documents the rules read, with their figures, for the HTML
    /// report.
    shown_documents: Vec<(Arc<Document>, Vec<ShownFigure>)>,
}

fn render(
    finding: &Finding,
    rule_id: &str,
    options: &CheckOptions,
    machine: MachineFormats,
    baseline: Option<&Baseline>,
) -> Rendered {
    let fingerprint = fingerprint::fingerprint(finding);
    let failing = finding.status == Status::Fail;
    let entry = (failing && options.write_baseline.is_some()).then(|| {
        let primary = finding.primary();
        Entry {
            fingerprint: fingerprint.clone(),
            rule_id: finding.rule_id.clone(),
            document: primary
                .and_then(|p| match &p.origin {
                    Origin::Document { document, .. } => Some(document.name().to_string()),
                    Origin::Literal { .. } => None,
                })
                .unwrap_or_default(),
            text: primary.and_then(|p| p.text()).unwrap_or_default().to_string(),
        }
    });
    if failing && baseline.is_some_and(|b| b.contains(&fingerprint)) {
        return Rendered {
            status: finding.status,
            severity: finding.severity,
            fails: [false, false],
            human: None,
            row: None,
            html: None,
            github: None,
            fingerprint,
            baselined: true,
            entry,
        };
    }
    let shown = finding.status != Status::Pass;
    let in_machine = (shown || options.include_passing) && options.wants_rows();
    let in_html = options.wants(Format::Html);
    let in_github = shown && options.format == Format::Github;
    let row = (in_machine || in_html || in_github).then(|| FindingRow::with_fingerprint(finding, fingerprint.clone()));
    let row = row.as_ref();
    Rendered {
        status: finding.status,
        severity: finding.severity,
        fails: [finding.fails_at(Severity::Error), finding.fails_at(Severity::Warning)],
        human: (shown && options.format == Format::Human).then(|| human::render_finding(finding, options.style)),
        row: row.filter(|_| in_machine).map(|row| machine.render(row, rule_id)),
        html: row.filter(|_| in_html).map(HtmlItem::new),
        github: row.filter(|_| in_github).and_then(github::line),
        fingerprint,
        baselined: false,
        entry,
    }
}

/// A rule file to evaluate: on disk, or written in memory by `audit`.
#[derive(Debug, Clone)]
pub(crate) enum RuleSource {
    File(PathBuf),
    Memory(Arc<Document>),
}

fn evaluate_file(
    source: &RuleSource,
    cache: &DocumentCache,
    options: &CheckOptions,
    baseline: Option<&Baseline>,
) -> FileResult {
    let loaded = match source {
        RuleSource::File(path) => rules::load_file(path, cache),
        RuleSource::Memory(file) => rules::load_rule_document(Arc::clone(file), cache),
    };
    let ids = loaded.rules.iter().map(|rule| rule.id.clone()).collect();
    let machine = options.machine_formats();
    let rules: Vec<Evaluated> = loaded
        .rules
        .into_iter()
        .filter(|rule| options.only.is_empty() || options.only.contains(&rule.id))
        .map(|rule| {
            let findings = check::evaluate_rule(&rule)
                .iter()
                .map(|f| render(f, &rule.id, options, machine, baseline))
                .collect();
            // Only SARIF describes every rule.
            let info = machine
                .sarif
                .then(|| {
                    machine.rule(RuleInfo {
                        id: rule.id.clone(),
                        description: rule.description.clone(),
                        relation: rule.relation(),
                        location: rule.location.describe(),
                    })
                })
                .and_then(Result::transpose);
            Evaluated { rule, info, findings }
        })
        .collect();
    let mut shown_documents: Vec<(Arc<Document>, Vec<ShownFigure>)> = Vec::new();
    if options.wants(Format::Html) {
        for evaluated in &rules {
            let Ok(kind) = &evaluated.rule.kind else { continue };
            for figure in kind.figures() {
                if let Origin::Document { document, .. } = &figure.origin {
                    if !shown_documents.iter().any(|(d, _)| d.path() == document.path()) {
                        let figures = crate::extract::document_figures(document)
                            .filter_map(Result::ok)
                            .map(|figure| shown_figure(document, &figure))
                            .collect();
                        shown_documents.push((Arc::clone(document), figures));
                    }
                }
            }
        }
    }
    FileResult {
        problems: loaded.problems,
        ids,
        rules,
        documents: loaded.documents,
        shown_documents,
    }
}

/// Everything kept across batches.
#[derive(Default)]
struct Merged {
    ids: RuleIds,
    documents: HashSet<PathBuf>,
    summary: Summary,
    /// The machine reports' rows, spooled.
    reports: MachineReports,
    broken: bool,
    failed: [bool; 2],
    /// For the HTML report: every finding, and each document once.
    html: HtmlPage,
    /// Baseline fingerprints met in this run.
    baseline_seen: HashSet<String>,
    new_baseline: Vec<Entry>,
}

/// Two reports asked for at one path would overwrite each other: a
/// mistake on the command line, caught before any work is done.
/// The files a run writes, each with the option that names it.
fn outputs(options: &CheckOptions) -> Vec<(&'static str, &Path)> {
    let name = |format: Format| match format {
        Format::Human => "human",
        Format::Csv => "--csv",
        Format::Json => "--json",
        Format::Sarif => "--sarif",
        Format::Html => "--html",
        Format::Xlsx => "--xlsx",
        Format::Github => "github",
    };
    let mut outputs: Vec<(&'static str, &Path)> = options.files.iter().map(|(f, p)| (name(*f), p.as_path())).collect();
    if let Some(path) = &options.write_baseline {
        outputs.push(("--write-baseline", path));
    }
    outputs
}

/// Two outputs at one path, or an output at an input's path (an article, a
/// rule file, the baseline, after links): a command-line error, found
/// before anything is read, so that no report ever replaces what it reads.
pub(crate) fn clashing_outputs(outputs: &[(&str, &Path)], inputs: &[&Path]) -> Option<miette::Report> {
    for (i, (option, path)) in outputs.iter().enumerate() {
        if let Some((other, _)) = outputs
            .get(i + 1..)
            .unwrap_or_default()
            .iter()
            .find(|(_, p)| same_file(path, p))
        {
            return Some(miette::miette!(
                code = "figaudit::usage",
                help = "give each report a file of its own",
                "{option} and {other} name the same file, {}",
                path_text(path)
            ));
        }
        if let Some(input) = inputs.iter().find(|input| same_file(path, input)) {
            return Some(miette::miette!(
                code = "figaudit::usage",
                help = "write the report to another file: figaudit never replaces what it reads",
                "{option} names {}, which this run reads",
                path_text(input)
            ));
        }
    }
    None
}

/// Loads, evaluates and reports; problems with the input are handed to
/// `diagnose` and everything else is still evaluated.
pub fn run(options: &CheckOptions, out: impl Write, mut diagnose: impl FnMut(miette::Report)) -> io::Result<Outcome> {
    let (files, problems) = rules::rule_files(&options.paths, &options.exclude);
    if !check_report_files(options, &files, &mut diagnose) {
        return Ok(Outcome::BrokenInput);
    }
    let sources: Vec<RuleSource> = files.into_iter().map(RuleSource::File).collect();
    let cache = DocumentCache::default();
    let prepared = Prepared {
        sources: Sources::Listed(&sources),
        cache: &cache,
        problems,
        documents: None,
        coverage: None,
    };
    run_sources(options, prepared, out, diagnose)
}

/// Rule files to evaluate, in order.
pub(crate) enum Sources<'a> {
    /// Known before any is evaluated (`check`).
    Listed(&'a [RuleSource]),
    /// Made batch by batch as the run goes (`audit`), so that what they
    /// are made from need not be held all at once; `None` when done.
    Made(&'a mut dyn FnMut() -> Option<MadeBatch>),
}

/// Rule files made for the next batch, with the documents they read (held
/// in the cache until the batch is evaluated) and any problems met.
pub(crate) struct MadeBatch {
    pub(crate) sources: Vec<RuleSource>,
    pub(crate) held: Vec<Arc<IndexedDocument>>,
    pub(crate) problems: Vec<miette::Report>,
}

/// What a command has ready before rules are evaluated.
pub(crate) struct Prepared<'a> {
    /// The rule files, in order.
    pub(crate) sources: Sources<'a>,
    /// Documents already read, for the rule files to select from.
    pub(crate) cache: &'a DocumentCache,
    /// Problems with the input found so far, to report with the rest.
    pub(crate) problems: Vec<miette::Report>,
    /// How many documents were read, when the command read them (`audit`
    /// reads every document, whether a rule uses it or not).
    pub(crate) documents: Option<usize>,
    /// `audit`: the figures its relations take in, counted as the rule
    /// files are made (read once every source is consumed).
    pub(crate) coverage: Option<&'a std::sync::Mutex<crate::check::Coverage>>,
}

/// Report files asked for twice at one path: checked before any work.
/// Report files checked before any work: none twice, none over an input
/// (`inputs`, and the baseline read).
pub(crate) fn check_report_files(
    options: &CheckOptions,
    inputs: &[PathBuf],
    diagnose: &mut impl FnMut(miette::Report),
) -> bool {
    let mut read: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    read.extend(options.baseline.as_deref());
    match clashing_outputs(&outputs(options), &read) {
        Some(problem) => {
            diagnose(problem);
            false
        }
        None => true,
    }
}

/// Evaluates the rule files of `prepared` and reports as [`run`] does.
pub(crate) fn run_sources(
    options: &CheckOptions,
    prepared: Prepared,
    out: impl Write,
    mut diagnose: impl FnMut(miette::Report),
) -> io::Result<Outcome> {
    let (mut sources, cache) = (prepared.sources, prepared.cache);
    // Every problem with the input is shown, and is also a `figaudit/input`
    // finding of the machine reports, counted among the errors.
    let wants_rows = options.wants_rows();
    let inputs: RefCell<Vec<FindingRow>> = RefCell::new(Vec::new());
    let problems = Cell::new(0usize);
    let mut report_problem = |report: miette::Report| {
        if wants_rows {
            inputs.borrow_mut().push(FindingRow::input(&report));
        }
        problems.set(problems.get() + 1);
        diagnose(report);
    };
    let diagnose = &mut report_problem;
    prepared.problems.into_iter().for_each(&mut *diagnose);
    // A reader that leaves early (`| head`) changes nothing but the output.
    let mut out = Stdout::new(out);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .build()
        .map_err(io::Error::other)?;
    let mut merged = Merged::default();
    let baseline = match &options.baseline {
        Some(path) => match read_baseline(path) {
            Ok(baseline) => {
                merged.summary.baselined = Some(0);
                Some(baseline)
            }
            Err(problem) => {
                diagnose(problem);
                return Ok(Outcome::BrokenInput);
            }
        },
        None => None,
    };
    let batch = pool.current_num_threads().max(1) * FILES_PER_THREAD;
    let mut all_ids: HashSet<String> = HashSet::new();
    let mut listed = 0;
    loop {
        // A made batch's documents stay held while it is evaluated.
        let made;
        let chunk = match &mut sources {
            Sources::Listed(files) => {
                let rest = files.get(listed..).unwrap_or_default();
                if rest.is_empty() {
                    break;
                }
                let chunk = rest.get(..batch).unwrap_or(rest);
                listed += chunk.len();
                chunk
            }
            Sources::Made(next) => {
                let Some(batch) = next() else { break };
                batch.problems.into_iter().for_each(&mut *diagnose);
                made = (batch.sources, batch.held);
                made.0.as_slice()
            }
        };
        let results: Vec<FileResult> = pool.install(|| {
            chunk
                .par_iter()
                .map(|file| evaluate_file(file, cache, options, baseline.as_ref()))
                .collect()
        });
        for result in results {
            merged.broken |= !result.problems.is_empty();
            result.problems.into_iter().for_each(&mut *diagnose);
            merged.documents.extend(result.documents);
            for (document, figures) in result.shown_documents {
                merged.html.document(&document, &figures)?;
            }
            if !options.only.is_empty() {
                all_ids.extend(result.ids);
            }
            for evaluated in result.rules {
                if let Err(duplicate) = merged.ids.admit(&evaluated.rule) {
                    merged.broken = true;
                    diagnose(miette::Report::new(*duplicate));
                    continue;
                }
                merged.summary.rules += 1;
                if let Some(info) = evaluated.info {
                    merged.reports.rule(info?)?;
                }
                for finding in evaluated.findings {
                    merged.new_baseline.extend(finding.entry);
                    if finding.baselined {
                        merged.summary.baselined = merged.summary.baselined.map(|n| n + 1);
                        merged.baseline_seen.insert(finding.fingerprint);
                        continue;
                    }
                    merged.summary.add(finding.status, finding.severity);
                    merged.broken |= finding.status == Status::Error;
                    merged.failed[0] |= finding.fails[0];
                    merged.failed[1] |= finding.fails[1];
                    if let Some(human) = finding.human {
                        out.write_all(human.as_bytes())?;
                    }
                    if let Some(line) = finding.github {
                        writeln!(out, "{line}")?;
                    }
                    if let Some(row) = finding.row {
                        merged.reports.row(row?)?;
                    }
                    if let Some(item) = finding.html {
                        merged.html.finding(item)?;
                    }
                }
            }
        }
    }
    for wanted in &options.only {
        if !all_ids.contains(wanted) {
            merged.broken = true;
            let near = did_you_mean(wanted, all_ids.iter().map(String::as_str));
            let help = near.map(|n| format!("did you mean `{n}`?")).unwrap_or_default();
            diagnose(miette::miette!(
                code = "figaudit::rules",
                help = help,
                "--rule {wanted}: no rule has this id"
            ));
        }
    }
    merged.summary.documents = prepared.documents.unwrap_or(merged.documents.len());
    merged.summary.coverage = prepared
        .coverage
        .map(|c| c.lock().map(|c| *c).unwrap_or_else(|poisoned| *poisoned.into_inner()));
    // Input problems so far are findings too (report files that cannot be
    // written are not: they are the reports).
    merged.summary.errors += problems.get();
    merged.broken |= problems.get() > 0;
    let inputs = inputs.take();
    let execution_successful = !merged.broken;

    if let Some(baseline) = &baseline {
        // Accepted findings no longer found: fixed since the baseline.
        let mut notes = String::new();
        for entry in baseline.fixed(&merged.baseline_seen) {
            notes.push_str(&format!(
                "fixed since the baseline: {} («{}» in {})\n",
                one_line(&entry.rule_id),
                one_line(&entry.text),
                one_line(&entry.document)
            ));
        }
        if matches!(options.format, Format::Human | Format::Github) && !options.quiet {
            out.write_all(notes.as_bytes())?;
        } else if !notes.is_empty() {
            let _ = io::stderr().write_all(notes.as_bytes());
        }
    }
    if let Some(path) = &options.write_baseline {
        let text = Baseline::write(std::mem::take(&mut merged.new_baseline));
        if let Err(error) = write_atomically(path, |file| file.write_all(text.as_bytes())) {
            merged.broken = true;
            diagnose(miette::Report::new(error));
        }
    }
    let summary = merged.summary;
    let reports = &mut merged.reports;
    let html = &mut merged.html;
    let mut write = |format: Format, out: &mut dyn Write, html: &mut HtmlPage| match format {
        Format::Github => {
            // Each input problem as an annotation too (SPEC 7.4).
            for line in inputs.iter().filter_map(github::line) {
                writeln!(out, "{line}")?;
            }
            if options.quiet {
                Ok(())
            } else {
                writeln!(out, "{summary}")
            }
        }
        Format::Human if options.quiet => Ok(()),
        Format::Human => writeln!(out, "{summary}"),
        Format::Csv => reports.write_csv(out, &inputs, options.csv_bom),
        Format::Json => reports.write_json(out, &inputs, &summary),
        Format::Sarif => reports.write_sarif(out, &inputs, execution_successful),
        Format::Html => html.write(out, &inputs, &summary.to_string()),
        Format::Xlsx => reports.write_xlsx(out, &inputs),
    };
    for (format, path) in &options.files {
        let written = match format {
            // A large run's page is split into an index and pages beside it.
            Format::Html => html_split::write_file(html, path, &inputs, &summary.to_string()),
            _ => write_atomically(path, |file| write(*format, file, html)),
        };
        if let Err(error) = written {
            merged.broken = true;
            diagnose(miette::Report::new(error));
        }
    }
    write(options.format, &mut out, html)?;
    out.flush()?;

    if merged.broken {
        return Ok(Outcome::BrokenInput);
    }
    let failed = match options.fail_on {
        FailOn::Error => merged.failed[0],
        FailOn::Warning => merged.failed[1],
        FailOn::Never => false,
    };
    Ok(if failed { Outcome::Failed } else { Outcome::Clean })
}

/// Reads a baseline file; a problem names the file.
fn read_baseline(path: &std::path::Path) -> Result<Baseline, miette::Report> {
    let document = Document::load(path).map_err(miette::Report::new)?;
    // An editor may save it with a byte-order mark, as it may a rule file
    // or `figaudit.toml`, which are read all the same.
    let text = document.text();
    Baseline::parse(text.strip_prefix('\u{feff}').unwrap_or(text)).map_err(|error| {
        miette::miette!(
            code = "figaudit::baseline",
            help = "write one with --write-baseline FILE",
            "{}:{}:{}: not a figaudit baseline: {error}",
            path_text(path),
            error.line(),
            error.column()
        )
    })
}
