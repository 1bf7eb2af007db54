//! `figaudit.toml` (SPEC §6.5): defaults for `check` and `audit`, found by
//! walking up from the working directory as ruff and Vale find theirs, or
//! named with `--config`; `--isolated` ignores it. The command line wins
//! over the file; paths in the file are relative to its folder.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::text::visible::path_text;
use crate::text::Document;

/// The file's name.
pub const FILE_NAME: &str = "figaudit.toml";

/// What a configuration file may set.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Rule files or folders `check` reads when none is named.
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    /// `error`, `warning` or `never`.
    pub fail_on: Option<String>,
    /// A baseline file (see `--baseline`).
    pub baseline: Option<PathBuf>,
    /// Report files written by every run.
    #[serde(default)]
    pub reports: Reports,
}

/// Report files, by format.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reports {
    pub csv: Option<PathBuf>,
    pub json: Option<PathBuf>,
    pub sarif: Option<PathBuf>,
    pub html: Option<PathBuf>,
    pub xlsx: Option<PathBuf>,
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
            help = "keys: rules, fail-on, baseline, and [reports] csv, json, sarif, html, xlsx",
            "{}:{line}:{column}: {}",
            path_text(path),
            error.message()
        )
    })?;
    if let Some(fail_on) = &config.fail_on {
        if !matches!(fail_on.as_str(), "error" | "warning" | "never") {
            return Err(miette::miette!(
                code = "figaudit::config",
                help = "fail-on is \"error\", \"warning\" or \"never\"",
                "{}: fail-on = {fail_on:?} is not a severity",
                path_text(path)
            ));
        }
    }
    let base = path.parent().unwrap_or(Path::new(""));
    let resolve = |p: &mut PathBuf| {
        if p.is_relative() {
            *p = base.join(&*p);
        }
    };
    config.rules.iter_mut().for_each(resolve);
    config.baseline.iter_mut().for_each(resolve);
    let reports = &mut config.reports;
    for path in [
        &mut reports.csv,
        &mut reports.json,
        &mut reports.sarif,
        &mut reports.html,
        &mut reports.xlsx,
    ]
    .into_iter()
    .flatten()
    {
        resolve(path);
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
        let config = load(&found).unwrap();
        assert_eq!(config.rules, vec![dir.path().join("rules")]);
        assert_eq!(config.fail_on.as_deref(), Some("warning"));
        assert_eq!(config.reports.csv, Some(dir.path().join("reports/d.csv")));
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
