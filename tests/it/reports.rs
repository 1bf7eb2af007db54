//! Discrepancy reports that tools accept: CSV read back column by column,
//! JSON's shape, SARIF's regions, and report files that are never left
//! half-written.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::figaudit;

use crate::common::{check_fixture_rules as rules, workspace_2025 as workspace};

const REPORT: &str = "dgsn-2025-annual-report.txt";

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    figaudit().current_dir(dir).arg("check").args(args).output().unwrap()
}

fn csv_rows(text: &str) -> Vec<csv::StringRecord> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "rule_id",
            "status",
            "severity",
            "message",
            "document",
            "line",
            "column",
            "text",
            "value",
            "expected",
            "difference",
            "rules_file",
            "rule_line",
            "figures"
        ]
    );
    reader.records().map(Result::unwrap).collect()
}

fn row<'a>(rows: &'a [csv::StringRecord], rule_id: &str) -> &'a csv::StringRecord {
    rows.iter()
        .find(|r| &r[0] == rule_id)
        .unwrap_or_else(|| panic!("no row for {rule_id}"))
}

#[test]
fn csv_columns_of_a_failing_sum_a_loose_claim_and_an_unresolved_figure() {
    let planted = [
        (REPORT, "2.653.895", "2.653.985"),
        (REPORT, "و1.032.069 بطاقة وطنية أخرى", "و1.032.069 بطاقات أخرى"),
    ];
    // Rabat is read from the article; Marrakech can no longer be found, so
    // the sum is an error; a second sum over Rabat alone fails.
    let rules = rules() + "  - id: rabat-alone-is-total\n    sum: [rabat_2025]\n    equals: total_2025\n";
    let dir = workspace(&rules, &planted);
    let output = run(dir.path(), &["--format", "csv"]);
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let rows = csv_rows(&stdout);

    // 3,685,964 − 2,653,985 = 1,031,979.
    let sum = row(&rows, "rabat-alone-is-total");
    assert_eq!(&sum[1], "fail");
    assert_eq!(&sum[2], "error");
    assert_eq!(&sum[4], "corpus/dgsn-2025-annual-report.txt");
    assert_eq!((&sum[5], &sum[6]), ("16", "65"));
    assert_eq!(&sum[7], "ثلاثة ملايين و685 ألف و964");
    assert_eq!((&sum[8], &sum[9], &sum[10]), ("3685964", "2653985", "1031979"));
    // The fixture has 50 lines; the rule appended to it starts on line 51.
    assert_eq!((&sum[11], &sum[12]), ("rules/dgsn-2025.yaml", "51"));
    assert_eq!(
        &sum[13],
        "total_2025=3685964@corpus/dgsn-2025-annual-report.txt:16:65; rabat_2025=2653985@corpus/dgsn-2025-annual-report.txt:18:79"
    );

    // «أزيد من 3.5 مليون» for 3,685,964: it could say 3.6 million.
    let loose = row(&rows, "report-headline-agrees/loose");
    assert_eq!((&loose[1], &loose[2]), ("fail", "warning"));
    assert_eq!((&loose[5], &loose[6], &loose[7]), ("12", "21", "أزيد من 3.5 مليون"));
    // A negative difference stays a plain number, never a quoted text.
    assert_eq!((&loose[8], &loose[9], &loose[10]), ("3500000", "3600000", "-100000"));

    let unresolved = row(&rows, "centres-sum-to-total");
    assert_eq!(&unresolved[1], "error");
    assert!(unresolved[3].contains("`marrakech_2025` could not be selected"));
    assert_eq!((&unresolved[4], &unresolved[5], &unresolved[8]), ("", "", ""));
    assert_eq!(&unresolved[12], "32");
    // Passing rules are left out unless asked for.
    assert!(rows.iter().all(|r| &r[1] != "pass"));
}

#[test]
fn include_passing_adds_the_rules_that_passed() {
    let dir = workspace(&rules(), &[]);
    let output = run(dir.path(), &["--format", "csv", "--include-passing"]);
    let rows = csv_rows(&String::from_utf8(output.stdout).unwrap());
    // Six rules pass; one of them also has a loose-claim warning.
    assert_eq!(rows.iter().filter(|r| &r[1] == "pass").count(), 6);
    assert_eq!(rows.len(), 7);
}

#[test]
fn formula_like_rule_ids_are_neutralised_and_numbers_are_not() {
    let rules = rules()
        .replace("id: centres-sum-to-total", "id: \"=HYPERLINK(\\\"x\\\")\"")
        .replace("id: press-headline-agrees", "id: \"@cmd\"");
    let dir = workspace(&rules, &[(REPORT, "2.653.895", "2.653.985")]);
    let output = run(dir.path(), &["--format", "csv", "--include-passing"]);
    let rows = csv_rows(&String::from_utf8(output.stdout).unwrap());
    let formula = row(&rows, "'=HYPERLINK(\"x\")");
    assert_eq!(&formula[10], "-90");
    assert!(rows.iter().any(|r| &r[0] == "'@cmd"));
    assert!(rows.iter().all(|r| !r[0].starts_with(['=', '@', '+', '-'])));
}

#[test]
fn csv_bom_is_written_only_when_asked() {
    let dir = workspace(&rules(), &[]);
    let with = run(dir.path(), &["--format", "csv", "--csv-bom"]).stdout;
    assert!(with.starts_with("\u{feff}rule_id,".as_bytes()));
    let without = run(dir.path(), &["--format", "csv"]).stdout;
    assert!(without.starts_with(b"rule_id,"));
}

#[test]
fn json_has_the_documented_shape() {
    let dir = workspace(&rules(), &[(REPORT, "2.653.895", "2.653.985")]);
    let output = run(dir.path(), &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["version"], 1);
    let summary = &json["summary"];
    assert_eq!(
        (
            summary["rules"].as_u64(),
            summary["failed"].as_u64(),
            summary["warnings"].as_u64()
        ),
        (Some(6), Some(1), Some(1))
    );
    let finding = &json["findings"][0];
    assert_eq!(finding["rule_id"], "centres-sum-to-total");
    assert_eq!(finding["difference"], "-90");
    let figures = finding["figures"].as_array().unwrap();
    let names: Vec<&str> = figures.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["total_2025", "rabat_2025", "marrakech_2025"]);
    let rabat = &figures[1];
    assert_eq!(rabat["text"], "2.653.985");
    assert_eq!(rabat["qualifier"], "exact");
    assert_eq!(rabat["kind"], "number");
    let text = fs::read_to_string(dir.path().join("corpus").join(REPORT)).unwrap();
    let (start, end) = (
        rabat["start"].as_u64().unwrap() as usize,
        rabat["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "2.653.985");
}

#[test]
fn sarif_regions_point_at_the_arabic_text() {
    let dir = workspace(&rules(), &[(REPORT, "2.653.895", "2.653.985")]);
    let output = run(dir.path(), &["--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["tool"]["driver"]["name"], "figaudit");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), 7, "six rules and the loose variant");
    assert!(rules
        .iter()
        .all(|r| !r["shortDescription"]["text"].as_str().unwrap().is_empty()));
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "centres-sum-to-total");
    assert_eq!(result["level"], "error");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "corpus/dgsn-2025-annual-report.txt"
    );
    // «ثلاثة ملايين و685 ألف و964» is 26 chars from column 65 of line 16.
    let region = &location["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(16), Some(65))
    );
    assert_eq!(
        (region["endLine"].as_u64(), region["endColumn"].as_u64()),
        (Some(16), Some(91))
    );
}

#[test]
fn sarif_fingerprints_survive_unrelated_lines_moving() {
    let planted = (REPORT, "2.653.895", "2.653.985");
    let fingerprint = |edits: &[(&str, &str, &str)]| {
        let dir = workspace(&rules(), edits);
        let output = run(dir.path(), &["--format", "sarif"]);
        let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        sarif["runs"][0]["results"][0]["partialFingerprints"]["primaryLocationLineHash"].clone()
    };
    let before = fingerprint(&[planted]);
    let moved = fingerprint(&[planted, (REPORT, "أمن وعدالة |", "سطر جديد\n\nأمن وعدالة |")]);
    assert_eq!(before, moved);
    assert!(before.is_string());
}

#[test]
fn report_files_in_every_format_in_one_run() {
    let dir = workspace(&rules(), &[]);
    let output = run(
        dir.path(),
        &[
            "--csv",
            "reports/out/d.csv",
            "--json",
            "reports/d.json",
            "--sarif",
            "reports/d.sarif",
            "--format",
            "json",
        ],
    );
    assert_eq!(output.status.code(), Some(0));
    let csv = fs::read_to_string(dir.path().join("reports/out/d.csv")).unwrap();
    assert_eq!(csv_rows(&csv).len(), 1, "the loose warning");
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("reports/d.json")).unwrap()).unwrap();
    assert_eq!(json["summary"]["warnings"], 1);
    assert!(fs::read_to_string(dir.path().join("reports/d.sarif"))
        .unwrap()
        .contains("\"2.1.0\""));
    // The stdout report is the same JSON.
    let stdout: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(stdout, json);
}

#[test]
fn an_unwritable_report_path_is_an_error_and_leaves_nothing_half_written() {
    let dir = workspace(&rules(), &[]);
    fs::write(dir.path().join("reports"), "a file, not a folder").unwrap();
    fs::write(dir.path().join("earlier.csv"), "earlier report").unwrap();
    let output = run(dir.path(), &["--csv", "reports/d.csv", "--json", "earlier.csv/x.json"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot write the report reports/d.csv"), "{stderr}");
    assert!(
        stderr.contains("cannot write the report earlier.csv/x.json"),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("reports")).unwrap(),
        "a file, not a folder"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("earlier.csv")).unwrap(),
        "earlier report"
    );
    // The human report still reached stdout.
    assert!(String::from_utf8_lossy(&output.stdout).contains("checked 6 rules"));
}

#[test]
fn killing_figaudit_mid_write_never_leaves_a_truncated_report() {
    // Many failing rules make a report of several megabytes.
    let mut rules = rules();
    for i in 0..6000 {
        rules.push_str(&format!(
            "  - id: copy-{i}\n    sum: [rabat_2025, rabat_2025]\n    equals: total_2025\n"
        ));
    }
    let dir = workspace(&rules, &[]);
    let target = dir.path().join("reports/discrepancies.csv");
    fs::create_dir_all(target.parent().unwrap()).unwrap();
    let earlier = "rule_id,status\nearlier,report\n";
    let binary = assert_cmd::cargo::cargo_bin("figaudit");
    for _ in 0..3 {
        fs::write(&target, earlier).unwrap();
        let mut child = Command::new(&binary)
            .current_dir(dir.path())
            .args(["check", "--csv", "reports/discrepancies.csv", "--format", "json"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill it the moment the report file changes: a writer that wrote
        // in place would be caught with its file half-written.
        let started = std::time::Instant::now();
        while child.try_wait().unwrap().is_none() && started.elapsed() < Duration::from_secs(60) {
            let changed = fs::metadata(&target).map_or(true, |m| m.len() != earlier.len() as u64);
            if changed {
                let _ = child.kill();
                break;
            }
        }
        let _ = child.kill();
        let _ = child.wait();
        let report = fs::read_to_string(&target).unwrap_or_default();
        if report != earlier {
            // Otherwise it must be the whole new report: every rule's row.
            let rows = csv_rows(&report);
            assert_eq!(rows.len(), 6001, "the report was left with {} rows", rows.len());
            assert_eq!(&rows[rows.len() - 1][0], "copy-5999");
        }
    }
}
