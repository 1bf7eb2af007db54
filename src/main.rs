//! The figaudit command line: parses arguments, runs a command, maps its
//! outcome to an exit status (0 clean, 1 a finding failed, 2 broken input).

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use figaudit::cli::check::{CheckOptions, FailOn, Format};
use figaudit::cli::config::{self, Config, Settings};
use figaudit::cli::{self as commands, human, Exclude, FigureFormat, Outcome, Style};

/// Audits the numbers in news articles.
#[derive(Debug, Parser)]
#[command(name = "figaudit", version = env!("FIGAUDIT_VERSION"), about, long_about = None, after_help = EXIT_STATUS)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// When to colour human output: auto (a terminal, unless NO_COLOR is set,
    /// CLICOLOR=0 or TERM=dumb; FORCE_COLOR or CLICOLOR_FORCE forces it), always or never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, global = true)]
    color: ColorArg,
    /// Read defaults for check and audit from FILE instead of the nearest figaudit.toml.
    #[arg(long, value_name = "FILE", global = true)]
    config: Option<PathBuf>,
    /// Ignore every figaudit.toml.
    #[arg(long, global = true, conflicts_with = "config")]
    isolated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Evaluate rule files and report every discrepancy.
    #[command(after_help = EXIT_STATUS)]
    Check {
        /// Rule files, folders of *.yaml / *.yml (at any depth, in path order)
        /// or globs; files that .gitignore or .ignore list are passed over.
        /// (default: the `rules` of figaudit.toml, else `rules`)
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Find the relations among the figures and check them, with no rule file.
    #[command(after_help = EXIT_STATUS)]
    Audit {
        /// Documents (UTF-8 .txt, .md, .html pages, or .csv, .tsv, .xlsx, .ods tables), folders of them (at any depth), globs, or - for standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Write the rules the figures suggest, as a rule file `check` loads.
    Suggest {
        /// Documents (UTF-8 .txt, .md, .html pages, or .csv, .tsv, .xlsx, .ods tables), folders of them (at any depth), or globs.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Pass over the files and folders GLOB names in folder walks and
        /// globs, as a .gitignore line would (repeatable).
        #[arg(long, value_name = "GLOB")]
        exclude: Vec<String>,

        /// Write the rule file to FILE (atomically) instead of stdout;
        /// document paths in it are relative to its folder.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
        /// Threads to use (default: all cores); the output is the same.
        #[arg(long, short = 'j', value_name = "N")]
        jobs: Option<usize>,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a manual page (roff), for `man -l -`, or write every page to a man folder.
    Man {
        /// The command whose page to print (`figaudit man check` prints figaudit-check(1)); figaudit's own page without one.
        #[arg(value_parser = ["check", "audit", "suggest", "completions", "man", "schema", "figures"])]
        command: Option<String>,
        /// Write every page (figaudit.1, figaudit-check.1, …) into DIR, for MANPATH (DIR/man1).
        #[arg(long, value_name = "DIR", conflicts_with = "command")]
        dir: Option<PathBuf>,
    },
    /// Print the JSON Schema (draft-07) of rule files, for editors.
    Schema,
    /// List every figure found in the documents.
    Figures {
        /// Documents to read (UTF-8 .txt, .md, .html pages, or .csv, .tsv, .xlsx, .ods tables), folders of them (at any depth), globs, or - for standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Pass over the files and folders GLOB names in folder walks and
        /// globs, as a .gitignore line would (repeatable).
        #[arg(long, value_name = "GLOB")]
        exclude: Vec<String>,

        /// Output format.
        #[arg(long, value_enum, default_value_t = FiguresFormatArg::Table)]
        format: FiguresFormatArg,
        /// Show each figure's pattern: the shortest text that finds it in a rule file.
        #[arg(long)]
        patterns: bool,
        /// Threads to use (default: all cores); the output is the same.
        #[arg(long, short = 'j', value_name = "N")]
        jobs: Option<usize>,
    },
}

/// The report options of `check` and `audit`.
#[derive(Debug, clap::Args)]
struct ReportArgs {
    /// Report written to stdout.
    #[arg(long, value_enum, default_value_t = CheckFormatArg::Human)]
    format: CheckFormatArg,
    /// Also write the CSV report to FILE (atomically; folders are created).
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
    /// Also write the JSON report to FILE.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Also write the SARIF report to FILE.
    #[arg(long, value_name = "FILE")]
    sarif: Option<PathBuf>,
    /// Also write the HTML report to FILE: the articles with their figures highlighted.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// Also write the report as an Excel workbook to FILE.
    #[arg(long, value_name = "FILE")]
    xlsx: Option<PathBuf>,
    /// Lowest severity that fails the run (exit status 1).
    /// (default: figaudit.toml's `fail-on`, for audit its [audit] table's; else error)
    #[arg(long, value_enum)]
    fail_on: Option<FailOnArg>,
    /// CSV, JSON and SARIF also carry the rules that passed.
    #[arg(long)]
    include_passing: bool,
    /// Start the CSV with a UTF-8 byte-order mark, so that Excel reads the Arabic text right.
    #[arg(long)]
    csv_bom: bool,
    /// Evaluate only this rule (repeatable).
    #[arg(long = "rule", value_name = "ID")]
    rules: Vec<String>,
    /// Threads to use (default: all cores); the output is the same.
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// Print the findings only, without the closing summary line.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Accept the failing findings listed in FILE (written by --write-baseline): they neither fail the run nor appear in reports.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Write this run's failing findings to FILE as a baseline.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Pass over the files and folders GLOB names in folder walks and
    /// globs, as a .gitignore line would (repeatable).
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
}

impl ReportArgs {
    /// The options, with what the command line leaves unset taken from
    /// the command's settings in the configuration file.
    fn options(self, paths: Vec<PathBuf>, style: Style, settings: Settings) -> Result<CheckOptions, miette::Report> {
        let reports = settings.reports;
        let files = [
            (Format::Csv, self.csv.or(reports.csv)),
            (Format::Json, self.json.or(reports.json)),
            (Format::Sarif, self.sarif.or(reports.sarif)),
            (Format::Html, self.html.or(reports.html)),
            (Format::Xlsx, self.xlsx.or(reports.xlsx)),
        ]
        .into_iter()
        .filter_map(|(format, path)| Some((format, path?)))
        .collect();
        Ok(CheckOptions {
            paths,
            exclude: Exclude::new(&self.exclude)?,
            format: match self.format {
                CheckFormatArg::Human => Format::Human,
                CheckFormatArg::Csv => Format::Csv,
                CheckFormatArg::Json => Format::Json,
                CheckFormatArg::Sarif => Format::Sarif,
                CheckFormatArg::Github => Format::Github,
            },
            files,
            include_passing: self.include_passing,
            csv_bom: self.csv_bom,
            fail_on: match self.fail_on {
                Some(FailOnArg::Error) => FailOn::Error,
                Some(FailOnArg::Warning) => FailOn::Warning,
                Some(FailOnArg::Never) => FailOn::Never,
                None => settings.fail_on.unwrap_or(FailOn::Error),
            },
            only: self.rules,
            jobs: self.jobs,
            quiet: self.quiet,
            style,
            baseline: self.baseline.or(settings.baseline),
            write_baseline: self.write_baseline,
        })
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CheckFormatArg {
    /// miette diagnostics and a summary line.
    Human,
    Csv,
    Json,
    Sarif,
    /// GitHub Actions annotations, one `::error` or `::warning` line per finding, then the summary.
    Github,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FailOnArg {
    Error,
    Warning,
    Never,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FiguresFormatArg {
    Table,
    Csv,
    Json,
    /// One self-contained page: the text with its figures highlighted.
    Html,
}

/// The exit statuses, as `--help` states them.
const EXIT_STATUS: &str = "Exit status:
  0  no finding reaches --fail-on (check, audit); everything was read
  1  a finding reaches --fail-on (error by default)
  2  broken input: a file that cannot be read, a rule file in error, a pattern
     that finds no figure, a wrong command line; what could be read is
     still reported";

const EXIT_FAILED: u8 = 1;
const EXIT_BROKEN_INPUT: u8 = 2;

/// Whether colour is wanted. `--color always|never` decides; for `auto`,
/// in this order: FORCE_COLOR (not empty, not 0) forces it, NO_COLOR (not
/// empty) turns it off, CLICOLOR_FORCE (not empty, not 0) forces it,
/// CLICOLOR=0 turns it off (the order anstream, which clap uses, follows),
/// and otherwise a terminal gets it unless TERM=dumb says it cannot show it.
fn color_wanted(choice: ColorArg, terminal: bool, env: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    let set = |name: &str| env(name).is_some_and(|v| !v.is_empty());
    let forced = |name: &str| env(name).is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto if forced("FORCE_COLOR") => true,
        ColorArg::Auto if set("NO_COLOR") => false,
        ColorArg::Auto if forced("CLICOLOR_FORCE") => true,
        ColorArg::Auto if env("CLICOLOR").is_some_and(|v| v == "0") => false,
        ColorArg::Auto => terminal && env("TERM").is_none_or(|term| term != "dumb"),
    }
}

/// Colour as [`color_wanted`] says. As wide as COLUMNS says, or as the
/// terminal is, or 100.
fn style_for(
    color: ColorArg,
    terminal: bool,
    measured: Option<(terminal_size::Width, terminal_size::Height)>,
) -> Style {
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    let measured = measured.filter(|_| terminal).map(|(width, _)| usize::from(width.0));
    Style {
        color: color_wanted(color, terminal, |name| std::env::var_os(name)),
        width: columns.or(measured).unwrap_or(100),
    }
}

/// The configuration: `--config FILE`, else the nearest figaudit.toml up
/// from the working directory, else none (and none with `--isolated`).
/// A found file owned by another user is not read, with a warning.
fn configuration(
    named: &Option<PathBuf>,
    isolated: bool,
    warn: &mut impl FnMut(miette::Report),
) -> Result<Config, miette::Report> {
    let path = match named {
        Some(path) => Some(path.clone()),
        None if isolated => None,
        None => std::env::current_dir()
            .ok()
            .and_then(|cwd| config::find(&cwd))
            .filter(|found| {
                let foreign = config::owned_by_another_user(found);
                if foreign {
                    warn(miette::miette!(
                        severity = miette::Severity::Warning,
                        code = "figaudit::config",
                        help = "name it with --config if you trust it, or remove it",
                        "{} belongs to another user: not read",
                        figaudit::cli::path_text(found)
                    ));
                }
                !foreign
            }),
    };
    path.map_or(Ok(Config::default()), |path| config::load(&path))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let error_style = style_for(
        cli.color,
        io::stderr().is_terminal(),
        terminal_size::terminal_size_of(io::stderr()),
    );
    // Never eprint!: it panics when standard error is closed.
    let print_problem = |report: miette::Report| {
        let _ = io::stderr().write_all(human::render(report.as_ref(), error_style).as_bytes());
    };
    let stdout_style = || {
        style_for(
            cli.color,
            io::stdout().is_terminal(),
            terminal_size::terminal_size_of(io::stdout()),
        )
    };
    let stdout = BufWriter::new(io::stdout().lock());
    let result = match cli.command {
        Command::Check { paths, report } => {
            let options = configuration(&cli.config, cli.isolated, &mut |r| print_problem(r)).and_then(|config| {
                let settings = config.check();
                let paths = match (paths.is_empty(), settings.rules.is_empty()) {
                    (false, _) => paths,
                    (true, false) => settings.rules.clone(),
                    (true, true) => vec![PathBuf::from("rules")],
                };
                report.options(paths, stdout_style(), settings)
            });
            match options {
                Ok(options) => commands::check::run(&options, stdout, print_problem),
                Err(problem) => {
                    print_problem(problem);
                    Ok(Outcome::BrokenInput)
                }
            }
        }
        Command::Audit { files, report } => {
            let options = configuration(&cli.config, cli.isolated, &mut |r| print_problem(r))
                .and_then(|config| report.options(files, stdout_style(), config.audit()));
            match options {
                Ok(options) => commands::audit::run(&options, stdout, print_problem),
                Err(problem) => {
                    print_problem(problem);
                    Ok(Outcome::BrokenInput)
                }
            }
        }
        Command::Suggest {
            files,
            output,
            jobs,
            exclude,
        } => match Exclude::new(&exclude) {
            Ok(exclude) => {
                let options = commands::suggest::SuggestOptions {
                    paths: files,
                    exclude,
                    output,
                    jobs,
                };
                commands::suggest::run(&options, stdout, print_problem)
            }
            Err(problem) => {
                print_problem(problem);
                Ok(Outcome::BrokenInput)
            }
        },
        Command::Completions { shell } => {
            // clap_complete panics when its writer fails (a full disk, a
            // closed pipe): it writes to memory, and the error is ours.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "figaudit", &mut script);
            let mut stdout = stdout;
            stdout
                .write_all(&script)
                .and_then(|()| stdout.flush())
                .map(|()| Outcome::Clean)
        }
        Command::Man { command, dir } => commands::manual::run(
            Cli::command(),
            command.as_deref(),
            dir.as_deref(),
            stdout,
            print_problem,
        ),
        Command::Schema => {
            let mut stdout = stdout;
            stdout
                .write_all(figaudit::cli::json_schema().as_bytes())
                .and_then(|()| stdout.flush())
                .map(|()| Outcome::Clean)
        }
        Command::Figures {
            files,
            format,
            patterns,
            jobs,
            exclude,
        } => {
            let format = match format {
                FiguresFormatArg::Table => FigureFormat::Table,
                FiguresFormatArg::Csv => FigureFormat::Csv,
                FiguresFormatArg::Json => FigureFormat::Json,
                FiguresFormatArg::Html => FigureFormat::Html,
            };
            match Exclude::new(&exclude) {
                Ok(exclude) => commands::figures::run(&files, format, patterns, jobs, &exclude, stdout, print_problem),
                Err(problem) => {
                    print_problem(problem);
                    Ok(Outcome::BrokenInput)
                }
            }
        }
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(EXIT_FAILED),
        Ok(Outcome::BrokenInput) => ExitCode::from(EXIT_BROKEN_INPUT),
        // A closed pipe (`figaudit figures … | head`) is the reader's choice.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            let _ = writeln!(io::stderr(), "figaudit: cannot write the output: {error}");
            ExitCode::from(EXIT_BROKEN_INPUT)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wanted(choice: ColorArg, terminal: bool, env: &[(&str, &str)]) -> bool {
        color_wanted(choice, terminal, |name| {
            env.iter().find(|(key, _)| *key == name).map(|(_, value)| value.into())
        })
    }

    #[test]
    fn colour_follows_the_flag_then_the_environment_then_the_terminal() {
        use ColorArg::{Always, Auto, Never};
        assert!(wanted(Auto, true, &[]));
        assert!(!wanted(Auto, false, &[]));
        assert!(wanted(Auto, true, &[("TERM", "xterm-256color")]));
        assert!(!wanted(Auto, true, &[("TERM", "dumb")]));
        assert!(!wanted(Auto, true, &[("NO_COLOR", "1")]));
        assert!(!wanted(Auto, true, &[("NO_COLOR", "0")]), "any value of NO_COLOR");
        assert!(!wanted(Auto, true, &[("CLICOLOR", "0")]));
        assert!(wanted(Auto, false, &[("CLICOLOR_FORCE", "1")]));
        assert!(wanted(Auto, false, &[("CLICOLOR_FORCE", "1"), ("TERM", "dumb")]));
        assert!(!wanted(Auto, false, &[("CLICOLOR_FORCE", "0")]));
        assert!(!wanted(Auto, false, &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]));
        assert!(wanted(Auto, false, &[("FORCE_COLOR", "1"), ("NO_COLOR", "1")]));
        assert!(wanted(Always, false, &[("NO_COLOR", "1"), ("TERM", "dumb")]));
        assert!(!wanted(Never, true, &[("CLICOLOR_FORCE", "1")]));
    }
}
