//! Snapshots of what people read: the figures table and a diagnostic.
//! Review changes with `cargo insta review`.

use crate::common;
use std::path::Path;

use crate::common::figaudit;

fn run(args: &[&str]) -> std::process::Output {
    run_in(Path::new("."), args)
}

/// Runs figaudit in `dir` as a 100-column terminal without colour.
fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    figaudit()
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .unwrap()
}

#[test]
fn figures_table_of_the_2025_annual_report() {
    let output = run(&["figures", "corpus/dgsn-2025-annual-report.txt"]);
    assert!(output.status.success());
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout));
}

#[test]
fn figures_csv_of_the_2017_article() {
    let output = run(&["figures", "--format", "csv", "corpus/dgsn-2017-le360.txt"]);
    assert!(output.status.success());
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout));
}

#[test]
fn out_of_range_figure_diagnostic() {
    let output = run(&["figures", "tests/fixtures/absurd-number.txt"]);
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stderr));
}

#[test]
fn suggested_rules_of_the_2025_annual_report() {
    let output = run(&["suggest", "corpus/dgsn-2025-annual-report.txt"]);
    assert!(output.status.success());
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout));
}

#[test]
fn figures_table_with_patterns() {
    let output = run(&["figures", "--patterns", "corpus/dgsn-2025-sawt-aladala.txt"]);
    assert!(output.status.success());
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout));
}

#[test]
fn audit_of_a_part_with_a_mistyped_digit() {
    let dir = common::workspace(
        common::planted(&[("dgsn-2025-annual-report.txt", "2.653.895", "2.653.995")]),
        &[],
    );
    let output = run_in(dir.path(), &["audit", "corpus/dgsn-2025-annual-report.txt"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout));
}

#[test]
fn figures_table_of_the_french_2025_article() {
    let output = run(&["figures", "corpus/dgsn-2025-fr.txt"]);
    assert!(output.status.success());
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout));
}

#[test]
fn a_french_article_that_disagrees_with_the_arabic_one() {
    let rules = std::fs::read_to_string("rules/dgsn-2025-fr.yaml").unwrap();
    let dir = common::workspace(
        common::planted(&[("dgsn-2025-fr.txt", "a émis 1 032 069", "a émis 1 023 069")]),
        &[("rules/dgsn-2025-fr.yaml", &rules)],
    );
    let output = run_in(
        dir.path(),
        &[
            "check",
            "rules/dgsn-2025-fr.yaml",
            "--rule",
            "2025-fr-ar-marrakech-agrees",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout));
}

#[test]
fn audit_of_a_french_count_one_slip_from_the_arabic_one() {
    let dir = common::workspace(
        common::planted(&[("dgsn-2017-fr.txt", "59 478 visas", "59 487 visas")]),
        &[],
    );
    let output = run_in(
        dir.path(),
        &[
            "audit",
            "corpus/dgsn-2017-fr.txt",
            "corpus/dgsn-2017-le360.txt",
            "--fail-on",
            "warning",
            "-q",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout));
}

/// The widest line of `text` in terminal columns, counting a char as one
/// column (the articles here have no wide or combining chars).
fn widest_line(text: &str) -> usize {
    text.lines().map(|line| line.chars().count()).max().unwrap_or(0)
}

#[test]
fn diagnostics_stay_whole_in_a_60_column_terminal() {
    // A line wider than the terminal wraps, and the underline and its
    // label no longer sit under the figure.
    let narrow = |dir: &Path, args: &[&str]| {
        figaudit()
            .current_dir(dir)
            .args(args)
            .env("NO_COLOR", "1")
            .env("COLUMNS", "60")
            .output()
            .unwrap()
    };
    let output = narrow(Path::new("."), &["check", "rules/dgsn-2025.yaml", "-q"]);
    let loose_headline = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(loose_headline.contains("3,500,000"), "{loose_headline}");
    assert!(widest_line(&loose_headline) <= 60, "{loose_headline}");
    insta::assert_snapshot!(loose_headline);

    let dir = common::workspace(
        common::planted(&[("dgsn-2025-annual-report.txt", "2.653.895", "2.653.995")]),
        &[],
    );
    let output = narrow(dir.path(), &["audit", "corpus/dgsn-2025-annual-report.txt", "-q"]);
    let slip = String::from_utf8_lossy(&output.stdout);
    assert!(slip.contains("2,653,995"), "{slip}");
    assert!(widest_line(&slip) <= 60, "{slip}");
}
