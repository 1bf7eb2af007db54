//! `figaudit.toml` (SPEC §6.5, §7.4): defaults for `check` and `audit`,
//! found by walking up from the working directory as ruff and Vale find
//! theirs, or named with `--config`; `--isolated` ignores it. The command
//! line wins over the file; paths in the file are relative to its folder.
//!
//! Settings at the top of the file are `check`'s (the file had no tables
//! before `audit` existed); `[check]` overrides them key by key, and
//! `audit` reads only `[audit]`, so that it never writes `check`'s reports
//! nor reads its baseline.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::check::FailOn;
use crate::text::visible::path_text;
use crate::text::Document;

/// The file's name.
pub(crate) const FILE_NAME: &str = "figaudit.toml";

/// What a configuration file may set.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Rule files or folders `check` reads when none is named.
    #[serde(default)]
    rules: Vec<PathBuf>,
    /// `check`'s lowest failing severity.
    fail_on: Option<FailOn>,
    /// `check`'s baseline file (see `--baseline`).
    baseline: Option<PathBuf>,
    /// Report files every `check` writes.
    #[serde(default)]
    reports: Reports,
    /// `check`'s settings, over those at the top.
    #[serde(default)]
    check: CheckTable,
    /// `audit`'s settings: nothing else applies to it.
    #[serde(default)]
    audit: AuditTable,
}

/// The `[check]` table: the top-level keys again.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct CheckTable {
    #[serde(default)]
    rules: Vec<PathBuf>,
    fail_on: Option<FailOn>,
    baseline: Option<PathBuf>,
    #[serde(default)]
    reports: Reports,
}

/// The `[audit]` table: no `rules`, since `audit` needs none.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct AuditTable {
    fail_on: Option<FailOn>,
    baseline: Option<PathBuf>,
    #[serde(default)]
    reports: Reports,
}

/// Report files, by format.
#[derive(Debug, Default, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reports {
    pub csv: Option<PathBuf>,
    pub json: Option<PathBuf>,
    pub sarif: Option<PathBuf>,
    pub html: Option<PathBuf>,
    pub xlsx: Option<PathBuf>,
}

impl Reports {
    /// These reports, each format `over` names taken from `over`.
    fn overridden_by(self, over: Reports) -> Reports {
        Reports {
            csv: over.csv.or(self.csv),
            json: over.json.or(self.json),
            sarif: over.sarif.or(self.sarif),
            html: over.html.or(self.html),
            xlsx: over.xlsx.or(self.xlsx),
        }
    }

    fn paths_mut(&mut self) -> impl Iterator<Item = &mut PathBuf> {
        [
            &mut self.csv,
            &mut self.json,
            &mut self.sarif,
            &mut self.html,
            &mut self.xlsx,
        ]
        .into_iter()
        .flatten()
    }
}

/// What one command takes from the file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Rule files or folders (`check` only; empty for `audit`).
    pub rules: Vec<PathBuf>,
    pub fail_on: Option<FailOn>,
    pub baseline: Option<PathBuf>,
    pub reports: Reports,
}

impl Config {
    /// `check`'s settings: the top-level keys, with `[check]`'s over them.
    pub fn check(self) -> Settings {
        let table = self.check;
        Settings {
            rules: if table.rules.is_empty() {
                self.rules
            } else {
                table.rules
            },
            fail_on: table.fail_on.or(self.fail_on),
            baseline: table.baseline.or(self.baseline),
            reports: self.reports.overridden_by(table.reports),
        }
    }

    /// `audit`'s settings: `[audit]` only.
    pub fn audit(self) -> Settings {
        Settings {
            rules: Vec::new(),
            fail_on: self.audit.fail_on,
            baseline: self.audit.baseline,
            reports: self.audit.reports,
        }
    }

    fn paths_mut(&mut self) -> impl Iterator<Item = &mut PathBuf> {
        self.rules
            .iter_mut()
            .chain(self.baseline.iter_mut())
            .chain(self.reports.paths_mut())
            .chain(self.check.rules.iter_mut())
            .chain(self.check.baseline.iter_mut())
            .chain(self.check.reports.paths_mut())
            .chain(self.audit.baseline.iter_mut())
            .chain(self.audit.reports.paths_mut())
    }
}

/// The nearest `figaudit.toml` from `start` up to the root.
pub fn find(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|folder| folder.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// Whether the file belongs to someone else: a `figaudit.toml` another
/// user left in a shared parent folder (`/tmp`, a home's parent) would
/// choose the reports this run writes and the baseline it trusts. As git
/// does with a repository another user owns, such a file is not obeyed.
/// Always false off Unix.
pub fn owned_by_another_user(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        std::fs::metadata(path).is_ok_and(|m| m.uid() != me)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// Reads a configuration file; paths in it are made relative to the
/// working directory. A problem names the file, line and column.
pub fn load(path: &Path) -> Result<Config, miette::Report> {
    let document = Document::load(path).map_err(miette::Report::new)?;
    let mut config: Config = toml::from_str(document.text()).map_err(|error| {
        let (line, column) = error
            .span()
            .map(|span| {
                let position = document.line_index().position(span.start);
                (position.line, position.column)
            })
            .unwrap_or((1, 1));
        miette::miette!(
            code = "figaudit::config",
            help = "keys: rules, fail-on (error, warning or never), baseline, [reports] csv, json, sarif, html, \
                    xlsx; the same in [check], and all but rules in [audit] (see docs/reference.md)",
            "{}:{line}:{column}: {}",
            path_text(path),
            error.message().trim_end()
        )
    })?;
    let base = path.parent().unwrap_or(Path::new(""));
    for path in config.paths_mut() {
        if path.is_relative() {
            *path = base.join(&*path);
        }
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_file_up_the_tree_is_found_and_its_paths_resolved() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a/b");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            "rules = [\"rules\"]\nfail-on = \"warning\"\n[reports]\ncsv = \"reports/d.csv\"\n",
        )
        .unwrap();
        let found = find(&nested).unwrap();
        assert_eq!(found, dir.path().join(FILE_NAME));
        let check = load(&found).unwrap().check();
        assert_eq!(check.rules, vec![dir.path().join("rules")]);
        assert_eq!(check.fail_on, Some(FailOn::Warning));
        assert_eq!(check.reports.csv, Some(dir.path().join("reports/d.csv")));
    }

    #[test]
    fn top_level_settings_are_checks_and_audit_reads_its_own_table() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(
            &path,
            "fail-on = \"warning\"\nbaseline = \"b.json\"\n[reports]\ncsv = \"c.csv\"\nhtml = \"c.html\"\n\
             [check]\nfail-on = \"never\"\n[check.reports]\ncsv = \"check.csv\"\n\
             [audit]\nbaseline = \"a.json\"\n[audit.reports]\njson = \"a.json\"\n",
        )
        .unwrap();
        let at = |name: &str| Some(dir.path().join(name));
        let check = load(&path).unwrap().check();
        assert_eq!(check.fail_on, Some(FailOn::Never));
        assert_eq!(check.baseline, at("b.json"));
        assert_eq!((check.reports.csv, check.reports.html), (at("check.csv"), at("c.html")));
        let audit = load(&path).unwrap().audit();
        assert_eq!(audit.fail_on, None);
        assert_eq!(audit.baseline, at("a.json"));
        assert_eq!(
            audit.reports,
            Reports {
                json: at("a.json"),
                ..Reports::default()
            }
        );
    }

    #[test]
    fn a_wrong_value_or_a_rules_key_for_audit_names_its_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "[check]\nfail-on = \"warnng\"\n").unwrap();
        let error = load(&path).unwrap_err().to_string();
        assert!(
            error.contains("figaudit.toml:2:11: unknown variant `warnng`"),
            "{error}"
        );
        std::fs::write(&path, "[audit]\nrules = [\"r\"]\n").unwrap();
        let error = load(&path).unwrap_err().to_string();
        assert!(error.contains("figaudit.toml:2:1: unknown field `rules`"), "{error}");
    }

    #[test]
    fn an_unknown_key_names_its_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "rules = [\"rules\"]\nfail_on = \"warning\"\n").unwrap();
        let error = load(&path).unwrap_err().to_string();
        assert!(error.contains("figaudit.toml:2:1: unknown field `fail_on`"), "{error}");
    }
}
