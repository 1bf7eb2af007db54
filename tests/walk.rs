//! Folder walks (SPEC §7.4): `.gitignore` and `.ignore` files obeyed,
//! inside a git repository or not; `--exclude GLOB`; globs in paths.

mod common;

use std::fs;
use std::path::Path;

use common::run_in;
use serde_json::Value;

const ARTICLE: &str = "La ville compte 12 000 habitants.\n";

/// A folder (no git repository) with articles at `names`.
fn articles(names: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in names {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, ARTICLE).unwrap();
    }
    dir
}

/// The documents `figures ARGS` lists, in its order.
fn documents(dir: &Path, args: &[&str]) -> Vec<String> {
    let args: Vec<&str> = ["figures", "--format", "json"].iter().chain(args).copied().collect();
    let (code, out, err) = run_in(dir, &args);
    assert_eq!(code, Some(0), "{err}");
    let figures: Vec<Value> = serde_json::from_str(&out).unwrap();
    let mut names: Vec<String> = figures
        .iter()
        .map(|f| f["document"].as_str().unwrap().to_string())
        .collect();
    names.dedup();
    names
}

#[test]
fn ignore_files_are_obeyed_without_a_git_repository() {
    let dir = articles(&[
        "corpus/b.txt",
        "corpus/a/2025.md",
        "corpus/node_modules/pkg/readme.md",
        "corpus/scratch/s.txt",
        "corpus/.cache/c.txt",
    ]);
    fs::write(dir.path().join(".gitignore"), "node_modules/\n").unwrap();
    fs::write(dir.path().join("corpus/scratch/.ignore"), "*.txt\n").unwrap();
    assert_eq!(documents(dir.path(), &["corpus"]), ["corpus/a/2025.md", "corpus/b.txt"]);
    // A file named on the command line is read all the same.
    assert_eq!(
        documents(dir.path(), &["corpus/scratch/s.txt"]),
        ["corpus/scratch/s.txt"]
    );
}

#[test]
fn exclude_passes_over_what_it_names_as_a_gitignore_line_would() {
    let dir = articles(&[
        "corpus/a.txt",
        "corpus/drafts/d.txt",
        "corpus/2019/old.txt",
        "corpus/x.bak.txt",
    ]);
    let found = documents(
        dir.path(),
        &[
            "corpus",
            "--exclude",
            "drafts/",
            "--exclude",
            "/corpus/2019",
            "--exclude",
            "*.bak.txt",
        ],
    );
    assert_eq!(found, ["corpus/a.txt"]);
    // audit and check take it too.
    let (code, out, err) = run_in(
        dir.path(),
        &["audit", "corpus", "--exclude", "drafts", "--format", "json"],
    );
    assert_eq!(code, Some(0), "{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["summary"]["documents"], 3, "{out}");
    let (code, _, err) = run_in(dir.path(), &["figures", "corpus", "--exclude", "{a"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--exclude {a: "), "{err}");
    // Everything excluded: nothing to read is broken input.
    let (code, _, err) = run_in(dir.path(), &["figures", "corpus", "--exclude", "*.txt"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("corpus: no documents (*.txt, *.md) in this folder"),
        "{err}"
    );
}

#[test]
fn globs_in_paths_are_expanded_in_path_order() {
    let dir = articles(&[
        "corpus/b.txt",
        "corpus/a.md",
        "corpus/2025/c.txt",
        "corpus/2025/deep/d.txt",
    ]);
    // Quoted, as on Windows or in figaudit.toml: figaudit expands them.
    assert_eq!(documents(dir.path(), &["corpus/*.txt"]), ["corpus/b.txt"]);
    assert_eq!(
        documents(dir.path(), &["corpus/**/*.txt"]),
        ["corpus/2025/c.txt", "corpus/2025/deep/d.txt", "corpus/b.txt"]
    );
    assert_eq!(documents(dir.path(), &["corpus/*"]), ["corpus/a.md", "corpus/b.txt"]);
    let (code, _, err) = run_in(dir.path(), &["figures", "corpus/*.html"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("corpus/*.html: no documents (*.txt, *.md) match this glob"),
        "{err}"
    );
}

#[test]
fn check_walks_rule_folders_and_globs_the_same_way() {
    let rule = |document: &str| {
        format!(
            "version: 1\ndocuments:\n  a: {document}\nfigures:\n  n:\n    document: a\n    pattern: \"compte {{}} habitants\"\nrules:\n  - id: {}\n    expr: \"n == 12000\"\n",
            document.replace(['/', '.'], "-")
        )
    };
    let dir = articles(&["corpus/a.txt"]);
    for (name, document) in [
        ("rules/a.yaml", "../corpus/a.txt"),
        ("rules/old/b.yaml", "../../corpus/a.txt"),
        ("rules/wip/c.yaml", "../../corpus/a.txt"),
    ] {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, rule(document)).unwrap();
    }
    fs::write(dir.path().join("rules/.gitignore"), "wip/\n").unwrap();
    let (code, out, err) = run_in(dir.path(), &["check", "rules", "--exclude", "old"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("checked 1 rule over 1 document"), "{out}");
    let (code, out, err) = run_in(dir.path(), &["check", "rules/**/*.yaml"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("checked 2 rules over 1 document"), "{out}");
}
