//! Snapshots of what people read: the figures table and a diagnostic.
//! Review changes with `cargo insta review`.

mod common;

use common::figaudit;

fn run(args: &[&str]) -> std::process::Output {
    figaudit()
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
