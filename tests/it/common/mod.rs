//! Helpers shared by the end-to-end tests.
#![allow(dead_code)]

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

pub fn figaudit() -> Command {
    match Command::cargo_bin("figaudit") {
        Ok(cmd) => cmd,
        Err(err) => panic!("the figaudit binary is not built: {err}"),
    }
}

/// The figures of `path` as `figaudit figures --format json` lists them.
pub fn figures_json(path: &str) -> Vec<Value> {
    let output = figaudit().args(["figures", "--format", "json", path]).output().unwrap();
    assert!(
        output.status.success(),
        "figaudit failed on {path}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice::<Vec<Value>>(&output.stdout).unwrap()
}

/// A temporary folder with `corpus/` (copies of the articles, each passed
/// through `edit(file name, text)`) and the given files (rule files).
pub fn workspace(edit: impl Fn(&str, String) -> String, files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    // The corpus's articles, and its tables and pages in their folders.
    for folder in ["corpus", "corpus/tables", "corpus/pages"] {
        fs::create_dir(dir.path().join(folder)).unwrap();
        for entry in fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                continue;
            }
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            let text = edit(&name, fs::read_to_string(&path).unwrap());
            fs::write(dir.path().join(folder).join(name), text).unwrap();
        }
    }
    for (name, text) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

/// An `edit` for [`workspace`] that plants errors: in `file`, the first
/// `from` becomes `to`.
pub fn planted<'a>(edits: &'a [(&'a str, &'a str, &'a str)]) -> impl Fn(&str, String) -> String + 'a {
    move |name, mut text| {
        for (file, from, to) in edits.iter().filter(|(f, ..)| *f == name) {
            assert!(text.contains(from), "{file} has no {from:?} to plant an error in");
            text = text.replacen(from, to, 1);
        }
        text
    }
}

/// Runs `figaudit check` in `dir`, wide enough that no message wraps;
/// returns (exit code, stdout, stderr).
pub fn check_in(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let args: Vec<&str> = std::iter::once("check").chain(args.iter().copied()).collect();
    run_in(dir, &args)
}

/// Runs figaudit with `args` in `dir`, wide enough that no message wraps;
/// returns (exit code, stdout, stderr).
pub fn run_in(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let output = figaudit()
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "1000")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr,
    )
}

/// The shipped rule pack: each file of `rules/` (rule files and the
/// schema) as (path, text), for [`workspace`].
pub fn pack_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir("rules")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|x| x == "yaml" || x == "json"))
        .map(|path| {
            let name = format!("rules/{}", path.file_name().unwrap().to_string_lossy());
            (name, fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// A [`workspace`] with the whole rule pack.
pub fn pack_workspace(edit: impl Fn(&str, String) -> String) -> tempfile::TempDir {
    let files = pack_files();
    let files: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    workspace(edit, &files)
}

/// The rule file of the check tests (`tests/fixtures/check`), which names
/// the 2025 articles.
pub fn check_fixture_rules() -> String {
    fs::read_to_string("tests/fixtures/check/dgsn-2025.yaml").unwrap()
}

/// A [`workspace`] with `rules` as `rules/dgsn-2025.yaml` and `edits`
/// planted in the corpus.
pub fn workspace_2025(rules: &str, edits: &[(&str, &str, &str)]) -> tempfile::TempDir {
    workspace(planted(edits), &[("rules/dgsn-2025.yaml", rules)])
}

/// Fails when figaudit panicked: a panic message, or exit status 101.
pub fn assert_no_panic(output: &std::process::Output) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(output.status.code(), Some(101), "{stderr}");
}
