//! Hostile and odd input, through the real binary: nothing panics, nothing
//! hangs, nothing reaches the terminal raw, report files are written as
//! users expect. One test (or more) per defect the fuzzing and
//! fault-injection pass found.
#![cfg(unix)]

use crate::common;
use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{check_in, figaudit, workspace};

/// A guard against a hang, far above what any of these runs takes.
const HANG: Duration = Duration::from_secs(120);

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

use crate::common::assert_no_panic;

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

fn csv_records(text: &str) -> Vec<csv::StringRecord> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader.records().map(Result::unwrap).collect()
}

const ARTICLE: &str = "أعلنت المديرية عن إصدار 476 بطاقة في المركز الأول، أي حوالي 10 في المائة من المجموع.\n";

/// A rule file over `article.txt` (ARTICLE), with the given rules.
fn rule_file(rules: &str) -> String {
    format!(
        "version: 1\ndocuments:\n  a: article.txt\nfigures:\n  cards:\n    document: a\n    pattern: \"إصدار {{}} بطاقة\"\n  \
         share:\n    document: a\n    pattern: \"أي {{}} من\"\n  tiny:\n    value: 1e-28\n    qualifier: about\n\
         rules:\n{rules}"
    )
}

fn article_workspace(rules: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("article.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("rules.yaml"), rule_file(rules)).unwrap();
    dir
}

// 1. Decimal overflow.

#[test]
fn overflowing_rules_are_error_findings_and_every_other_rule_is_reported() {
    let dir = article_workspace(
        "  - id: past-the-range\n    expr: \"1 == -79228162514264337593543950335\"\n\
         \x20 - id: tiny-claim\n    claim: tiny\n    agrees_with: share\n\
         \x20 - id: sum-past-the-range\n    expr: \"79228162514264337593543950335 + cards > 0\"\n\
         \x20 - id: cards-counted\n    expr: \"cards == 476\"\n",
    );
    let output = figaudit()
        .current_dir(dir.path())
        .args(["check", "rules.yaml", "--format", "csv", "--include-passing"])
        .output()
        .unwrap();
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(2), "errors exit 2");
    let rows = csv_records(&text(&output.stdout));
    let status = |id: &str| {
        rows.iter()
            .find(|r| &r[0] == id)
            .map(|r| r[1].to_string())
            .unwrap_or_else(|| panic!("no row for {id}"))
    };
    assert_eq!(status("past-the-range"), "error");
    assert_eq!(status("tiny-claim"), "error");
    assert_eq!(status("sum-past-the-range"), "error");
    assert_eq!(status("cards-counted"), "pass");
    let message = &rows.iter().find(|r| &r[0] == "tiny-claim").unwrap()[3];
    assert!(message.contains("largest exact decimal"), "{message}");
}

#[test]
fn expressions_nested_past_the_limit_are_input_errors_and_every_other_rule_is_reported() {
    // Each of these overflowed a worker thread's stack (exit 134) and took
    // every report with it.
    let hostile = [
        (
            "nested-parentheses",
            format!("{}cards{} == 476", "(".repeat(2_327), ")".repeat(2_327)),
        ),
        (
            "nested-abs",
            format!("{}cards{} == 476", "abs(".repeat(2_327), ")".repeat(2_327)),
        ),
        ("minus-signs", format!("{}cards == 476", "-".repeat(5_927))),
        ("long-sum", format!("{} > 0", vec!["cards"; 8_154].join(" + "))),
    ];
    let mut rules: String = hostile
        .iter()
        .map(|(id, expr)| format!("  - id: {id}\n    expr: \"{expr}\"\n"))
        .collect();
    rules.push_str("  - id: cards-counted\n    expr: \"cards == 476\"\n");
    let dir = article_workspace(&rules);
    let output = figaudit()
        .current_dir(dir.path())
        .args([
            "check",
            "rules.yaml",
            "--format",
            "csv",
            "--include-passing",
            "--csv",
            "out/report.csv",
        ])
        .output()
        .unwrap();
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(2), "input errors exit 2");
    let written = fs::read_to_string(dir.path().join("out/report.csv")).unwrap();
    assert_eq!(written, text(&output.stdout), "the report file is written whole");
    let rows = csv_records(&written);
    let pass = rows
        .iter()
        .find(|r| &r[0] == "cards-counted")
        .expect("the good rule is reported");
    assert_eq!(&pass[1], "pass");
    let problems: Vec<_> = rows.iter().filter(|r| &r[0] == "figaudit/input").collect();
    assert_eq!(
        problems.len(),
        hostile.len(),
        "one input problem per hostile rule: {written}"
    );
    for row in problems {
        assert_eq!(&row[1], "error");
        assert!(row[3].contains("deeper than 256 levels"), "{}", &row[3]);
        assert_eq!(&row[11], "rules.yaml", "located in the rule file: {row:?}");
    }
}

#[cfg(unix)]
#[test]
fn a_full_disk_under_stdout_is_an_error_not_a_panic() {
    for args in [&["completions", "bash"][..], &["man"], &["schema"]] {
        let full = fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_figaudit"))
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        assert_no_panic(&output);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(text(&output.stderr).contains("cannot write the output"), "{args:?}");
    }
}

#[test]
fn a_baseline_saved_with_a_byte_order_mark_is_read() {
    let dir = planted_workspace();
    let (code, _, _) = check_in(dir.path(), &["rules", "--write-baseline", "baseline.json"]);
    assert_eq!(code, Some(1), "the planted error fails the run");
    let written = fs::read(dir.path().join("baseline.json")).unwrap();
    let mut with_bom = b"\xef\xbb\xbf".to_vec();
    with_bom.extend(written);
    fs::write(dir.path().join("baseline.json"), with_bom).unwrap();
    let (code, _, stderr) = check_in(dir.path(), &["rules", "--baseline", "baseline.json"]);
    assert_eq!(code, Some(0), "the baseline accepts the planted error: {stderr}");
}

#[test]
fn a_baseline_entry_cannot_forge_a_workflow_command() {
    let dir = planted_workspace();
    let (_, _, _) = check_in(dir.path(), &["rules", "--write-baseline", "baseline.json"]);
    let text = fs::read_to_string(dir.path().join("baseline.json")).unwrap();
    let mut baseline: serde_json::Value = serde_json::from_str(&text).unwrap();
    baseline["findings"].as_array_mut().unwrap().push(serde_json::json!({
        "fingerprint": "0000000000000000",
        "rule_id": "gone\n::error file=README.md,line=1::forged",
        "document": "corpus/a.txt\n::warning::forged too",
        "text": "\u{1b}]52;c;AAAA\u{7}"
    }));
    fs::write(dir.path().join("baseline.json"), baseline.to_string()).unwrap();
    let (_, stdout, _) = check_in(
        dir.path(),
        &["rules", "--baseline", "baseline.json", "--format", "github"],
    );
    assert!(stdout.contains("fixed since the baseline: gone"), "{stdout}");
    for line in stdout.lines() {
        assert!(
            !line.contains("::error file=README.md") || !line.starts_with("::"),
            "{line}"
        );
        assert!(!line.starts_with("::warning::forged"), "{line}");
    }
    assert_nothing_raw(&stdout);
}

// 2. Terminal injection.

/// Control and BiDi chars that must never reach a terminal raw.
const RAW: [char; 6] = ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\u{2066}', '\u{8}'];

fn assert_nothing_raw(output: &str) {
    for c in RAW {
        assert!(!output.contains(c), "raw U+{:04X} in:\n{output}", u32::from(c));
    }
}

#[test]
fn control_and_bidi_chars_from_every_input_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    // The article's file name, its text, rule ids, descriptions and figure
    // names all carry escapes: clear screen, OSC 52 (clipboard), OSC 8
    // (link), BEL, a C1 CSI, backspace and a right-to-left override.
    let article = "a\u{1b}[2J.txt";
    let body = "\u{1b}]52;c;aGVsbG8=\u{7}تم إصدار \u{202e}476 بطاقة \u{1b}]8;;http://x\u{1b}\\link\u{9b}31m\u{8}\n";
    fs::write(dir.path().join(article), body).unwrap();
    let rules =
        "version: 1\ndocuments:\n  a: \"a\\e[2J.txt\"\nfigures:\n  cards:\n    document: a\n    pattern: \"إصدار {} بطاقة\"\n\
         rules:\n  - id: \"evil\\e[2J\\a\"\n    description: \"\\e]52;c;aGk=\\a \\u202e reversed\"\n    expr: \"cards == 477\"\n\
         \x20 - id: unknown-name\n    expr: \"cards_\\u2066 == 1\"\n";
    fs::write(dir.path().join("rules.yaml"), rules).unwrap();
    let check = figaudit()
        .current_dir(dir.path())
        .args(["check", "rules.yaml"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_no_panic(&check);
    let (stdout, stderr) = (text(&check.stdout), text(&check.stderr));
    assert_nothing_raw(&stdout);
    assert_nothing_raw(&stderr);
    assert!(stdout.contains("evil␛[2J␇"), "{stdout}");
    assert!(stdout.contains("a␛[2J.txt"), "{stdout}");
    assert!(stdout.contains("<U+202E>476"), "{stdout}");

    let table = figaudit()
        .current_dir(dir.path())
        .args(["figures", article])
        .output()
        .unwrap();
    assert_no_panic(&table);
    assert_nothing_raw(&text(&table.stdout));
    assert!(text(&table.stdout).contains("a␛[2J.txt"));
}

// 3. Unbounded reads.

#[test]
fn a_fifo_a_device_and_a_huge_sparse_file_are_refused_without_reading() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    mkfifo(&fifo);
    let huge = dir.path().join("huge.txt");
    fs::File::create(&huge).unwrap().set_len(2 << 30).unwrap();
    for (path, says) in [
        (fifo.as_path(), "is not a regular file: it is a FIFO"),
        (Path::new("/dev/zero"), "is not a regular file: it is a device"),
        (huge.as_path(), "is 2147483648 bytes, more than the 256 MiB"),
    ] {
        let output = figaudit()
            .args(["figures", path.to_str().unwrap()])
            .timeout(HANG)
            .output()
            .unwrap();
        assert_no_panic(&output);
        assert_eq!(output.status.code(), Some(2), "{}", path.display());
        assert!(text(&output.stderr).contains(says), "{}", text(&output.stderr));
    }
    // The same in a rule file's documents, and as a rule file.
    fs::write(
        dir.path().join("rules.yaml"),
        "version: 1\ndocuments:\n  a: pipe.txt\n  z: /dev/zero\nrules: []\n",
    )
    .unwrap();
    let fifo_rules = dir.path().join("fifo.yaml");
    mkfifo(&fifo_rules);
    let output = figaudit()
        .current_dir(dir.path())
        .args(["check", "rules.yaml", "fifo.yaml"])
        .timeout(HANG)
        .output()
        .unwrap();
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("rules.yaml:3:6"), "{stderr}");
    assert!(stderr.contains("rules.yaml:4:6"), "{stderr}");
    // A rule file that cannot be read is not called a document.
    assert!(stderr.contains("fifo.yaml is not a regular file"), "{stderr}");
    assert!(!stderr.contains("document fifo.yaml"), "{stderr}");
}

// 4. A closed pipe.

/// Runs figaudit with its standard output a pipe that is closed at once,
/// as `| head -0` would; returns the exit code.
fn exit_code_with_closed_stdout(dir: &Path, args: &[&str]) -> Option<i32> {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("figaudit"))
        .current_dir(dir)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let stderr = BufReader::new(child.stderr.take().unwrap())
        .lines()
        .map_while(Result::ok)
        .collect::<Vec<_>>()
        .join("\n");
    let status = child.wait().unwrap();
    assert!(
        !stderr.contains("panicked") && !stderr.contains("cannot write"),
        "{stderr}"
    );
    status.code()
}

#[test]
fn a_closed_pipe_ends_quietly_with_the_status_the_findings_call_for() {
    let dir = planted_workspace();
    for format in ["csv", "json", "sarif", "human"] {
        let code = exit_code_with_closed_stdout(dir.path(), &["check", "--format", format, "--csv", "out.csv"]);
        assert_eq!(code, Some(1), "--format {format}: a failing rule exits 1");
        // The report file is still written whole.
        let report = fs::read_to_string(dir.path().join("out.csv")).unwrap();
        assert!(report.contains("centres-sum-to-total"));
    }
    let code = exit_code_with_closed_stdout(dir.path(), &["figures", "--format", "csv", "corpus"]);
    assert_eq!(code, Some(0));
}

// 5. SARIF URIs of files outside the working directory.

#[test]
fn documents_outside_the_working_directory_get_file_uris() {
    let dir = workspace(
        |_, text| text,
        &[(
            "rules/dgsn-2025.yaml",
            &fs::read_to_string("tests/fixtures/check/dgsn-2025.yaml").unwrap(),
        )],
    );
    let elsewhere = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules/dgsn-2025.yaml");
    let output = figaudit()
        .current_dir(elsewhere.path())
        .args([
            "check",
            rules.to_str().unwrap(),
            "--format",
            "sarif",
            "--include-passing",
        ])
        .output()
        .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for result in results {
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(uri.starts_with("file:///"), "{uri}");
        assert!(uri.contains("/corpus/") || uri.contains("/rules/"), "{uri}");
    }
}

// 6. Report files: modes, symlinks, devices, clashes, signals.

/// The corpus with the Rabat centre's figure changed, and the test rules.
fn planted_workspace() -> tempfile::TempDir {
    workspace(
        common::planted(&[("dgsn-2025-annual-report.txt", "2.653.895", "2.653.985")]),
        &[(
            "rules/dgsn-2025.yaml",
            &fs::read_to_string("tests/fixtures/check/dgsn-2025.yaml").unwrap(),
        )],
    )
}

fn clean_workspace() -> tempfile::TempDir {
    workspace(
        |_, text| text,
        &[(
            "rules/dgsn-2025.yaml",
            &fs::read_to_string("tests/fixtures/check/dgsn-2025.yaml").unwrap(),
        )],
    )
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn reports_get_the_umask_mode_or_keep_the_mode_they_replace() {
    let dir = clean_workspace();
    let binary = assert_cmd::cargo::cargo_bin("figaudit");
    let status = Command::new("sh")
        .current_dir(dir.path())
        .arg("-c")
        .arg(format!("umask 027; exec '{}' check --csv new.csv", binary.display()))
        .status()
        .unwrap();
    assert!(status.code().is_some_and(|c| c < 2));
    assert_eq!(mode(&dir.path().join("new.csv")), 0o640);

    let kept = dir.path().join("kept.csv");
    fs::write(&kept, "old").unwrap();
    fs::set_permissions(&kept, fs::Permissions::from_mode(0o604)).unwrap();
    let (code, ..) = check_in(dir.path(), &["--csv", "kept.csv"]);
    assert!(code.is_some_and(|c| c < 2));
    assert_eq!(mode(&kept), 0o604);
    assert!(fs::read_to_string(&kept).unwrap().starts_with("rule_id,"));
}

#[test]
fn a_symlink_is_written_through_and_a_fifo_is_written_into() {
    let dir = clean_workspace();
    fs::create_dir(dir.path().join("real")).unwrap();
    std::os::unix::fs::symlink("real/report.csv", dir.path().join("link.csv")).unwrap();
    let (code, ..) = check_in(dir.path(), &["--csv", "link.csv"]);
    assert!(code.is_some_and(|c| c < 2));
    let link = fs::symlink_metadata(dir.path().join("link.csv")).unwrap();
    assert!(link.file_type().is_symlink(), "the link is kept");
    assert!(fs::read_to_string(dir.path().join("real/report.csv"))
        .unwrap()
        .starts_with("rule_id,"));

    // A FIFO cannot be replaced: the report is written into it.
    let fifo = dir.path().join("report.fifo");
    mkfifo(&fifo);
    let (sender, received) = std::sync::mpsc::channel();
    let reader_path = fifo.clone();
    std::thread::spawn(move || {
        let _ = sender.send(fs::read_to_string(reader_path));
    });
    let (code, ..) = check_in(dir.path(), &["--csv", "report.fifo"]);
    assert!(code.is_some_and(|c| c < 2));
    let report = received
        .recv_timeout(HANG)
        .expect("figaudit wrote into the FIFO")
        .unwrap();
    assert!(report.starts_with("rule_id,"), "{report}");
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn two_reports_at_one_path_are_a_command_line_error() {
    let dir = clean_workspace();
    let (code, stdout, stderr) = check_in(
        dir.path(),
        &["--csv", "reports/x.csv", "--json", "./reports/../reports/x.csv"],
    );
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("--csv and --json name the same file"), "{stderr}");
    assert!(!dir.path().join("reports/x.csv").exists());
}

#[test]
fn no_output_replaces_an_input() {
    let dir = clean_workspace();
    let article = "corpus/dgsn-2025-annual-report.txt";
    let before = fs::read(dir.path().join(article)).unwrap();
    let cases: [(&[&str], &str); 5] = [
        (&["audit", "corpus", "--csv", article], "--csv names"),
        (
            &[
                "suggest",
                article,
                "-o",
                "./corpus/../corpus/dgsn-2025-annual-report.txt",
            ],
            "-o names",
        ),
        (
            &["check", "--write-baseline", "rules/dgsn-2025.yaml"],
            "--write-baseline names",
        ),
        (&["check", "--baseline", "b.json", "--json", "b.json"], "--json names"),
        (
            &["check", "--write-baseline", "x.json", "--csv", "x.json"],
            "--csv and --write-baseline name the same file",
        ),
    ];
    fs::write(dir.path().join("b.json"), "{\"version\": 1, \"findings\": []}\n").unwrap();
    let rules_before = fs::read(dir.path().join("rules/dgsn-2025.yaml")).unwrap();
    for (args, says) in cases {
        let (code, stdout, stderr) = common::run_in(dir.path(), args);
        assert_eq!(code, Some(2), "{args:?}: {stdout}{stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    assert_eq!(
        fs::read(dir.path().join(article)).unwrap(),
        before,
        "the article is untouched"
    );
    assert_eq!(fs::read(dir.path().join("rules/dgsn-2025.yaml")).unwrap(), rules_before);
    assert_eq!(
        fs::read_to_string(dir.path().join("b.json")).unwrap(),
        "{\"version\": 1, \"findings\": []}\n"
    );
    assert!(!dir.path().join("x.json").exists());
}

#[test]
fn suggest_writes_nothing_when_an_input_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("mine.yaml"), "# my rules\n").unwrap();
    let (code, _, _) = common::run_in(dir.path(), &["suggest", "missing.txt", "-o", "mine.yaml"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        fs::read_to_string(dir.path().join("mine.yaml")).unwrap(),
        "# my rules\n"
    );
}

#[test]
fn one_cell_past_excel_s_limit_is_cut_not_the_whole_workbook_lost() {
    use calamine::{Reader, Xlsx};
    let long_id = format!("long-{}", "x".repeat(40_000));
    let dir = article_workspace(&format!("  - id: {long_id}\n    expr: \"cards == 476\"\n"));
    let output = figaudit()
        .current_dir(dir.path())
        .args([
            "check",
            "rules.yaml",
            "--include-passing",
            "--xlsx",
            "report.xlsx",
            "--csv",
            "report.csv",
        ])
        .output()
        .unwrap();
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let mut workbook: Xlsx<_> = calamine::open_workbook(dir.path().join("report.xlsx")).unwrap();
    let sheet = workbook.worksheet_range_at(0).unwrap().unwrap();
    let id = sheet.get((1, 0)).map(|c| c.to_string()).unwrap_or_default();
    assert!(
        id.starts_with("long-xxx") && id.contains("[cut: "),
        "{}",
        &id[..50.min(id.len())]
    );
    assert!(id.chars().count() <= 32_767);
    // The CSV keeps it whole.
    let csv = fs::read_to_string(dir.path().join("report.csv")).unwrap();
    assert!(csv.contains(&long_id));
}

#[test]
fn a_rule_file_named_twice_is_read_once() {
    let dir = clean_workspace();
    let (once, stdout_once, _) = check_in(dir.path(), &["rules", "--format", "csv", "--include-passing"]);
    let (twice, stdout_twice, stderr) = check_in(
        dir.path(),
        &[
            "rules",
            "./rules/dgsn-2025.yaml",
            "--format",
            "csv",
            "--include-passing",
        ],
    );
    assert_eq!(twice, once, "{stderr}");
    assert!(!stderr.contains("duplicate"), "{stderr}");
    assert_eq!(stdout_twice, stdout_once);
}

#[cfg(unix)]
#[test]
fn audit_reads_articles_whose_names_are_not_utf8_or_hold_noncharacters() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let article = fs::read("corpus/dgsn-2025-annual-report.txt").unwrap();
    for name in [&b"a\xff.txt"[..], "b\u{ffff}.txt".as_bytes()] {
        fs::write(dir.path().join(std::ffi::OsStr::from_bytes(name)), &article).unwrap();
    }
    let (code, stdout, stderr) = common::run_in(dir.path(), &["audit", ".", "--format", "json"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["summary"]["errors"], 0, "{report}");
    assert!(report["summary"]["rules"].as_u64().unwrap_or(0) > 0, "{report}");
}

#[cfg(unix)]
#[test]
fn a_figaudit_toml_another_user_owns_is_not_obeyed() {
    let dir = clean_workspace();
    let config = dir.path().join("figaudit.toml");
    fs::write(&config, "[reports]\ncsv = \"planted-by-someone-else.csv\"\n").unwrap();
    // Only root may give a file away; elsewhere there is nothing to test.
    if std::os::unix::fs::chown(&config, Some(65_534), Some(65_534)).is_err() {
        return;
    }
    let (code, stdout, stderr) = check_in(dir.path(), &["rules"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stderr.contains("belongs to another user: not read"), "{stderr}");
    assert!(!dir.path().join("planted-by-someone-else.csv").exists());
    // Named on the command line, it is trusted.
    let (code, _, stderr) = check_in(dir.path(), &["rules", "--config", "figaudit.toml"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(dir.path().join("planted-by-someone-else.csv").exists());
}

/// A rule file whose report runs to megabytes, so a signal can land
/// while it is written.
fn big_report_workspace() -> tempfile::TempDir {
    let mut rules = fs::read_to_string("tests/fixtures/check/dgsn-2025.yaml").unwrap();
    for i in 0..6000 {
        rules.push_str(&format!(
            "  - id: copy-{i}\n    sum: [rabat_2025, rabat_2025]\n    equals: total_2025\n"
        ));
    }
    let dir = workspace(|_, text| text, &[("rules/dgsn-2025.yaml", &rules)]);
    fs::create_dir(dir.path().join("reports")).unwrap();
    dir
}

#[test]
fn a_missing_or_full_temporary_folder_is_named() {
    let dir = big_report_workspace();
    let output = figaudit()
        .current_dir(dir.path())
        .env("TMPDIR", dir.path().join("no-such-folder"))
        .args(["check", "rules", "--csv", "reports/big.csv"])
        .output()
        .unwrap();
    assert_no_panic(&output);
    let stderr = text(&output.stderr);
    assert!(stderr.contains("temporary file in"), "{stderr}");
    assert!(
        stderr.contains("no-such-folder") && stderr.contains("TMPDIR"),
        "{stderr}"
    );
    assert!(!dir.path().join("reports/big.csv").exists(), "no half-written report");
}

fn temp_files(folder: &Path) -> Vec<String> {
    fs::read_dir(folder)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(".figaudit-"))
        .collect()
}

/// Starts a check that writes `reports/big.csv` and sends `signal` the
/// moment its temporary file appears; returns its exit status.
fn signal_mid_write(dir: &Path, signal: &str) -> std::process::ExitStatus {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("figaudit"))
        .current_dir(dir)
        .args(["check", "--csv", "reports/big.csv", "--format", "json"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() && started.elapsed() < HANG {
        if !temp_files(&dir.join("reports")).is_empty() {
            let _ = Command::new("kill").arg(signal).arg(child.id().to_string()).status();
            break;
        }
    }
    child.wait().unwrap()
}

#[test]
fn sigterm_and_sigint_leave_no_temporary_file() {
    let dir = big_report_workspace();
    for signal in ["-TERM", "-INT"] {
        let status = signal_mid_write(dir.path(), signal);
        assert!(
            temp_files(&dir.path().join("reports")).is_empty(),
            "{signal}: {:?}",
            temp_files(&dir.path().join("reports"))
        );
        // Either the signal landed (130) or the run had finished (1).
        assert!(matches!(status.code(), Some(130 | 1)), "{signal}: {status:?}");
    }
}

#[test]
fn a_temporary_file_left_by_kill_9_is_removed_by_the_next_run() {
    let dir = big_report_workspace();
    let reports = dir.path().join("reports");
    signal_mid_write(dir.path(), "-KILL");
    // Whatever kill -9 left, and one from a process long gone.
    fs::write(reports.join(".figaudit-4194399-0.tmp"), "half a report").unwrap();
    let (code, ..) = check_in(dir.path(), &["--csv", "reports/big.csv", "--format", "json"]);
    assert_eq!(code, Some(1));
    assert_eq!(temp_files(&reports), Vec::<String>::new());
}

// 7. Pathological sizes.

#[test]
fn deeply_nested_yaml_is_refused_at_the_bracket_too_deep() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!("version: 1\nrules: {}{}\n", "[".repeat(20_000), "]".repeat(20_000));
    fs::write(dir.path().join("deep.yaml"), deep).unwrap();
    let (code, _, stderr) = check_in(dir.path(), &["deep.yaml"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("deep.yaml:2:72: YAML nested more than 64 levels deep"),
        "{stderr}"
    );
}

#[test]
fn an_ambiguous_pattern_over_thousands_of_figures_shows_the_first_few() {
    let dir = tempfile::tempdir().unwrap();
    let line: String = (1..=1345).map(|i| format!("سجلت {i} بطاقة، ")).collect();
    fs::write(dir.path().join("long.txt"), format!("{line}\n")).unwrap();
    fs::write(
        dir.path().join("rules.yaml"),
        "version: 1\ndocuments:\n  a: long.txt\nfigures:\n  cards:\n    document: a\n    pattern: \"{} بطاقة\"\nrules:\n  - id: r\n    expr: \"cards > 0\"\n",
    )
    .unwrap();
    let (code, _, stderr) = check_in(dir.path(), &["rules.yaml"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("matches 1345 figures"), "{stderr}");
    assert!(stderr.contains("and 1335 more"), "{stderr}");
    assert!(stderr.len() < 20_000, "{} bytes of diagnostics", stderr.len());
}

// 8. Small ones.

#[test]
fn figures_on_an_empty_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = figaudit()
        .args(["figures", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("no documents in this folder"));
}

#[test]
fn file_names_that_are_not_utf8_keep_their_bytes_as_escapes() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    fs::write(dir.path().join(name), "عدد 12 بطاقة\n").unwrap();
    let output = figaudit()
        .current_dir(dir.path())
        .args(["figures", "--format", "json"])
        .arg(name)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let figures: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(figures[0]["document"], "caf\\xE9.txt");
    assert!(!text(&output.stdout).contains('\u{fffd}'));
}

// SPEC §6.5: --color and --quiet.

#[test]
fn color_follows_the_flag_then_force_color_then_no_color() {
    let dir = planted_workspace();
    let coloured = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = figaudit();
        command.current_dir(dir.path()).arg("check").args(args);
        for name in ["NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "CLICOLOR"] {
            command.env_remove(name);
        }
        for (key, value) in env {
            command.env(key, value);
        }
        let output = command.output().unwrap();
        assert_eq!(output.status.code(), Some(1));
        text(&output.stdout).contains('\u{1b}')
    };
    // Piped, so auto means none.
    assert!(!coloured(&[], &[]));
    assert!(coloured(&["--color", "always"], &[("NO_COLOR", "1")]));
    assert!(!coloured(&["--color", "never"], &[("FORCE_COLOR", "1")]));
    assert!(coloured(&[], &[("FORCE_COLOR", "1")]));
    assert!(!coloured(&[], &[("FORCE_COLOR", "0")]));
    // CLICOLOR_FORCE forces it too, after NO_COLOR (as anstream reads them).
    assert!(coloured(&[], &[("CLICOLOR_FORCE", "1")]));
    assert!(coloured(&[], &[("CLICOLOR_FORCE", "1"), ("TERM", "dumb")]));
    assert!(!coloured(&[], &[("CLICOLOR_FORCE", "0")]));
    assert!(!coloured(&[], &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]));
}

/// TERM=dumb on a real terminal: no colour. `script` (util-linux) gives
/// the run a pseudo-terminal; where it is missing there is nothing to run.
#[test]
fn a_dumb_terminal_gets_no_colour() {
    let dir = planted_workspace();
    let Some(binary) = option_env!("CARGO_BIN_EXE_figaudit") else {
        return;
    };
    let on_terminal = |term: &str| {
        let output = std::process::Command::new("script")
            .args(["-qec", &format!("'{binary}' check"), "/dev/null"])
            .current_dir(dir.path())
            .env("TERM", term)
            .env("COLUMNS", "200")
            .env_remove("NO_COLOR")
            .env_remove("FORCE_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CLICOLOR")
            .output();
        output
            .ok()
            .filter(|o| o.status.code() == Some(1))
            .map(|o| text(&o.stdout))
    };
    let Some(xterm) = on_terminal("xterm") else {
        eprintln!("no `script` to give figaudit a terminal: skipped");
        return;
    };
    assert!(xterm.contains('\u{1b}'), "{xterm}");
    let dumb = on_terminal("dumb").unwrap();
    assert!(
        dumb.contains("centres-sum-to-total") && !dumb.contains('\u{1b}'),
        "{dumb}"
    );
}

#[test]
fn quiet_prints_the_findings_without_the_summary() {
    let dir = planted_workspace();
    let (code, stdout, _) = check_in(dir.path(), &["-q"]);
    assert_eq!(code, Some(1));
    assert!(stdout.contains("centres-sum-to-total"), "{stdout}");
    assert!(!stdout.contains("checked "), "{stdout}");
    let (_, stdout, _) = check_in(dir.path(), &[]);
    assert!(stdout.contains("checked "), "{stdout}");
}

#[test]
fn a_document_of_many_problems_shows_twenty_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    // 5,000 halves with no number to take: one warning each, before.
    let halves = vec!["نصف"; 5_000].join(" ");
    fs::write(dir.path().join("halves.txt"), format!("{halves}\n")).unwrap();
    // A run of 200,000 digits: one figure out of range, underlined by its
    // start rather than printed whole.
    fs::write(dir.path().join("digits.txt"), format!("{}\n", "7".repeat(200_000))).unwrap();
    let (code, _, stderr) = common::run_in(dir.path(), &["figures", "halves.txt"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr.matches("figaudit::figure::unread_word").count(), 20);
    assert!(
        stderr.contains("halves.txt: 4980 more problems not shown (0 figures left out, 4980 words not read)"),
        "{stderr}"
    );
    let (code, _, stderr) = common::run_in(dir.path(), &["figures", "digits.txt"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("a number beyond the largest figaudit can hold exactly"));
    assert!(stderr.len() < 4_000, "{} bytes of diagnostics", stderr.len());
}

#[test]
fn a_large_file_read_in_parts_shows_twenty_problems_in_all() {
    let dir = tempfile::tempdir().unwrap();
    // Over 8 MiB: read in several parts, each with problems of its own.
    let words = 1_300_000;
    let line = vec!["نصف"; 1_000].join(" ");
    let text = vec![line; words / 1_000].join("\n");
    fs::write(dir.path().join("big.txt"), format!("{text}\n")).unwrap();
    let (code, _, stderr) = common::run_in(dir.path(), &["figures", "big.txt"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr.matches("figaudit::figure::unread_word").count(), 20);
    let rest = words - 20;
    assert!(
        stderr.contains(&format!(
            "big.txt: {rest} more problems not shown (0 figures left out, {rest} words not read)"
        )),
        "{stderr}"
    );
}

#[test]
fn a_data_dump_is_checked_by_the_figures_its_patterns_select() {
    // A text of many figures keeps only those its patterns select (peak
    // memory is benchmarked, not timed here): each pattern still selects
    // what it selects in an ordinary text, and errors count every match.
    let dir = tempfile::tempdir().unwrap();
    let mut dump = String::from("Le total atteint 12 345 cartes.\n");
    for k in 0..20_000 {
        dump.push_str(&format!("{}, ", k % 7 + 1));
    }
    dump.push_str("et enfin 52 cartes rouges.\n");
    fs::write(dir.path().join("dump.txt"), &dump).unwrap();
    let rules = "version: 1\ndocuments:\n  d: dump.txt\nfigures:\n  total:\n    document: d\n    pattern: \"atteint {} cartes\"\n  red:\n    document: d\n    pattern: \"enfin {} cartes rouges\"\n  third:\n    document: d\n    pattern: \", {},\"\n    occurrence: 3\nrules:\n  - id: total-is-red-and-third\n    expr: total == red + third\n";
    fs::write(dir.path().join("r.yaml"), rules).unwrap();
    let (code, stdout, stderr) = crate::common::check_in(dir.path(), &["r.yaml"]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    // The third figure after a comma is 4 (the list runs 1, 2, 3, 4 …).
    assert!(stdout.contains("third = 4"), "{stdout}");
    assert!(
        stdout.contains("red = 52") && stdout.contains("total = 12,345"),
        "{stdout}"
    );
    let ambiguous = "version: 1\ndocuments:\n  d: dump.txt\nfigures:\n  any:\n    document: d\n    pattern: \", {},\"\nrules:\n  - id: any-positive\n    expr: any > 0\n";
    fs::write(dir.path().join("a.yaml"), ambiguous).unwrap();
    let (code, _, stderr) = crate::common::check_in(dir.path(), &["a.yaml"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("matches 19999 figures in dump.txt"), "{stderr}");
    assert!(stderr.contains("and 19989 more"), "{stderr}");
}
