//! Parallel and single-threaded runs give byte-identical output, for
//! `check` (every report format, diagnostics included) and `figures`.

use std::fs;
use std::path::Path;

use crate::common::figaudit;

const ARTICLES: usize = 60;

/// An archive of copies of the 2025 report, one rule file each; every
/// third copy has a planted error, and one rule file is broken.
fn archive() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let article = fs::read_to_string("corpus/dgsn-2025-annual-report.txt").unwrap();
    let rules = fs::read_to_string("tests/fixtures/check/dgsn-2025.yaml").unwrap();
    let press = fs::read_to_string("corpus/dgsn-2025-sawt-aladala.txt").unwrap();
    fs::create_dir_all(dir.path().join("articles")).unwrap();
    fs::create_dir_all(dir.path().join("rules")).unwrap();
    fs::write(dir.path().join("articles/press.txt"), press).unwrap();
    for i in 0..ARTICLES {
        let text = if i % 3 == 1 {
            article.replace("2.653.895", "2.653.985")
        } else {
            article.clone()
        };
        fs::write(dir.path().join(format!("articles/report-{i:03}.txt")), text).unwrap();
        let mut file = rules
            .replace(
                "../corpus/dgsn-2025-annual-report.txt",
                &format!("../articles/report-{i:03}.txt"),
            )
            .replace("../corpus/dgsn-2025-sawt-aladala.txt", "../articles/press.txt")
            .replace("  - id: ", &format!("  - id: a{i:03}-"));
        if i == 17 {
            file = file.replace("equals: total_2025", "equals: totl_2025");
        }
        fs::write(dir.path().join(format!("rules/report-{i:03}.yaml")), file).unwrap();
    }
    dir
}

/// stdout, stderr, exit code and every report file of one run.
fn run(dir: &Path, args: &[&str], reports: &[&str]) -> (Vec<u8>, Vec<u8>, Option<i32>, Vec<Vec<u8>>) {
    let output = figaudit()
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    let files = reports.iter().map(|r| fs::read(dir.join(r)).unwrap()).collect();
    (output.stdout, output.stderr, output.status.code(), files)
}

#[test]
fn check_reports_are_the_same_for_any_number_of_threads() {
    let dir = archive();
    let reports = ["out/d.csv", "out/d.json", "out/d.sarif"];
    let args = |jobs: &'static str| {
        [
            "check",
            "rules",
            "--jobs",
            jobs,
            "--include-passing",
            "--csv",
            reports[0],
            "--json",
            reports[1],
            "--sarif",
            reports[2],
        ]
    };
    let single = run(dir.path(), &args("1"), &reports);
    let parallel = run(dir.path(), &args("4"), &reports);
    assert_eq!(single.2, Some(2), "the broken rule file makes it exit 2");
    assert!(String::from_utf8_lossy(&single.1).contains("unknown figure `totl_2025`"));
    // 20 planted errors, each failing its sum.
    assert_eq!(
        String::from_utf8_lossy(&single.0)
            .matches("add up to 3,686,054")
            .count(),
        20
    );
    assert!(single.0 == parallel.0, "stdout differs");
    assert!(single.1 == parallel.1, "stderr differs");
    assert_eq!(single.2, parallel.2);
    for (i, (a, b)) in single.3.iter().zip(&parallel.3).enumerate() {
        assert!(a == b, "{} differs", reports[i]);
    }
    for format in ["csv", "json", "sarif"] {
        let one = run(dir.path(), &["check", "rules", "-j", "1", "--format", format], &[]);
        let many = run(dir.path(), &["check", "rules", "-j", "3", "--format", format], &[]);
        assert!(one.0 == many.0, "{format} differs");
    }
}

#[test]
fn figures_listings_are_the_same_for_any_number_of_threads() {
    let dir = archive();
    for format in ["table", "csv", "json"] {
        let one = run(
            dir.path(),
            &["figures", "articles", "--format", format, "--jobs", "1"],
            &[],
        );
        let many = run(
            dir.path(),
            &["figures", "articles", "--format", format, "--jobs", "4"],
            &[],
        );
        assert_eq!(one.2, Some(0));
        assert!(one.0 == many.0, "{format} differs");
    }
    // The folder's documents come in name order, each with its figures.
    let json = run(dir.path(), &["figures", "articles", "--format", "json"], &[]).0;
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&json).unwrap();
    let documents: Vec<&str> = rows.iter().map(|r| r["document"].as_str().unwrap()).collect();
    let mut sorted = documents.clone();
    sorted.sort();
    assert_eq!(documents, sorted);
    assert_eq!(
        rows.len(),
        ARTICLES * 15 + 13,
        "15 figures in each report copy, 13 in the press article"
    );
}

#[test]
fn audit_and_suggest_are_the_same_for_any_number_of_threads() {
    let dir = archive();
    for format in ["human", "csv", "json", "sarif"] {
        let args = |jobs| ["audit", "articles", "--include-passing", "--format", format, "-j", jobs];
        let one = run(dir.path(), &args("1"), &[]);
        let many = run(dir.path(), &args("3"), &[]);
        assert!(one.0 == many.0 && one.1 == many.1, "audit --format {format} differs");
    }
    let one = run(dir.path(), &["suggest", "articles", "-j", "1"], &[]);
    let many = run(dir.path(), &["suggest", "articles", "-j", "3"], &[]);
    assert_eq!(one.2, Some(0));
    assert!(one.0 == many.0, "suggest differs");
}
