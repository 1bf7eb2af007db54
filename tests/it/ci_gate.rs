//! The CI gate (SPEC §6.5, §7.4): baselines keyed on content, GitHub
//! annotations, SARIF related locations, standard input, figaudit.toml's
//! tables, folder walks (`.gitignore`, `.ignore`, `--exclude`, globs).

use std::fs;
use std::path::Path;

use crate::common::{figaudit, planted, run_in, workspace};
use serde_json::Value;

const REPORT: &str = "corpus/dgsn-2025-annual-report.txt";

fn with_rules() -> tempfile::TempDir {
    let rules = fs::read_to_string("rules/dgsn-2025.yaml").unwrap();
    workspace(
        planted(&[("dgsn-2025-annual-report.txt", "2.653.895", "2.653.995")]),
        &[("rules/dgsn-2025.yaml", &rules)],
    )
}

fn edit(dir: &Path, file: &str, change: impl Fn(String) -> String) {
    let path = dir.join(file);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, change(text)).unwrap();
}

#[test]
fn a_baseline_survives_moved_lines_and_ends_when_a_figure_changes() {
    let dir = with_rules();
    let gate = ["check", "rules", "--fail-on", "warning", "--baseline", "baseline.json"];
    let (code, _, _) = run_in(
        dir.path(),
        &["check", "rules", "--write-baseline", "baseline.json", "-q"],
    );
    assert_eq!(code, Some(1));
    let baseline = fs::read_to_string(dir.path().join("baseline.json")).unwrap();
    // The failed sum and the loose headline, an entry a line.
    assert_eq!(baseline.lines().count(), 4, "{baseline}");
    let (code, out, _) = run_in(dir.path(), &gate);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.ends_with("0 errors, 2 baselined\n"), "{out}");

    // Lines inserted above, and a paragraph added at the end.
    edit(dir.path(), REPORT, |text| {
        format!("سطر أضيف في الأعلى\n\nوفقرة ثانية أضيفت بعده.\n\n{text}\n\nفقرة ختامية أضيفت في آخر المقال.\n")
    });
    let (code, out, _) = run_in(dir.path(), &gate);
    assert_eq!(code, Some(0), "{out}");

    // A figure of the failing sum changes: a new finding, and the old entry
    // is no longer found.
    edit(dir.path(), REPORT, |text| text.replace("1.032.069", "1.032.070"));
    let (code, out, _) = run_in(dir.path(), &gate);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("× rabat_2025 + marrakech_2025 add up to 3,686,065"),
        "{out}"
    );
    assert!(
        out.contains("fixed since the baseline: 2025-centres-sum-to-total («ثلاثة ملايين و685 ألف و964»"),
        "{out}"
    );
    assert!(out.ends_with("1 baselined\n"), "{out}");
}

#[test]
fn a_broken_baseline_is_broken_input_naming_its_file() {
    let dir = with_rules();
    fs::write(
        dir.path().join("baseline.json"),
        "{\"version\": 1, \"findings\": [\n  {oops}\n]}\n",
    )
    .unwrap();
    let (code, _, err) = run_in(dir.path(), &["check", "rules", "--baseline", "baseline.json"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("baseline.json:2:4: not a figaudit baseline"), "{err}");
}

/// A workflow command's name, properties and message.
type Command = (String, Vec<(String, String)>, String);

/// A workflow command: `::name key=value,…::message`, values escaped.
fn parse_command(line: &str) -> Option<Command> {
    let rest = line.strip_prefix("::")?;
    let (head, message) = rest.split_once("::")?;
    let (name, properties) = head.split_once(' ')?;
    let properties = properties
        .split(',')
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap();
            (k.to_string(), v.to_string())
        })
        .collect();
    Some((name.to_string(), properties, message.to_string()))
}

#[test]
fn github_annotations_parse_as_workflow_commands() {
    let dir = with_rules();
    let (code, out, _) = run_in(dir.path(), &["check", "rules", "--format", "github"]);
    assert_eq!(code, Some(1));
    let mut lines = out.lines();
    let commands: Vec<_> = lines.by_ref().take(2).map(|l| parse_command(l).unwrap()).collect();
    assert_eq!(
        lines.next().unwrap(),
        "checked 8 rules over 2 documents: 7 passed, 1 failed, 1 warning, 0 errors"
    );
    let (name, properties, message) = &commands[0];
    assert_eq!(name, "error");
    let keys: Vec<&str> = properties.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["file", "line", "col", "endLine", "endColumn", "title"]);
    assert_eq!(properties[0].1, REPORT);
    assert_eq!(properties[1].1, "16");
    assert_eq!(properties[5].1, "2025-centres-sum-to-total");
    // The message's line break is escaped, and no raw separator is left.
    assert!(message.contains("%0ARabat"), "{message}");
    assert!(!message.contains('\n'));
    assert_eq!(commands[1].0, "warning");
}

#[test]
fn a_broken_rule_file_or_document_is_an_error_annotation_at_its_place() {
    let dir = with_rules();
    fs::write(
        dir.path().join("rules/broken.yaml"),
        "version: 1\nrules:\n  - id: x\n    sum: [a, b\n",
    )
    .unwrap();
    let (code, out, _) = run_in(dir.path(), &["check", "rules", "--format", "github", "-q"]);
    assert_eq!(code, Some(2));
    let inputs: Vec<_> = out
        .lines()
        .filter_map(parse_command)
        .filter(|(_, properties, _)| properties.iter().any(|(k, v)| k == "title" && v == "figaudit/input"))
        .collect();
    assert_eq!(inputs.len(), 1, "{out}");
    let (name, properties, message) = &inputs[0];
    assert_eq!(name, "error");
    let at: Vec<(&str, &str)> = properties.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        at,
        [
            ("file", "rules/broken.yaml"),
            ("line", "4"),
            ("col", "10"),
            ("title", "figaudit/input")
        ]
    );
    assert!(message.contains("unclosed bracket"), "{message}");
    // An article that is not UTF-8, read by audit: at its line and column.
    fs::write(dir.path().join("corpus/latin1.txt"), b"12 cartes\nd\xe9livr\xe9es\n").unwrap();
    let (code, out, _) = run_in(dir.path(), &["audit", "corpus/", "--format", "github", "-q"]);
    assert_eq!(code, Some(2));
    assert!(
        out.lines()
            .any(|l| l.starts_with("::error file=corpus/latin1.txt,line=2,col=2,title=figaudit/input::")),
        "{out}"
    );
}

#[test]
fn sarif_results_carry_every_figure_and_a_content_line_hash() {
    let dir = with_rules();
    let (_, out, _) = run_in(dir.path(), &["check", "rules", "--format", "sarif"]);
    let sarif: Value = serde_json::from_str(&out).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let sum = results
        .iter()
        .find(|r| r["ruleId"] == "2025-centres-sum-to-total")
        .unwrap();
    let related = sum["relatedLocations"].as_array().unwrap();
    let lines: Vec<i64> = related
        .iter()
        .map(|l| l["physicalLocation"]["region"]["startLine"].as_i64().unwrap())
        .collect();
    assert_eq!(lines, [18, 18], "the two parts");
    assert!(related[0]["message"]["text"].as_str().unwrap().contains("2.653.995"));
    let hash = sum["partialFingerprints"]["primaryLocationLineHash"].as_str().unwrap();
    // The same finding after lines move: the same hash.
    edit(dir.path(), REPORT, |text| format!("سطر جديد\n\n{text}"));
    let (_, moved, _) = run_in(dir.path(), &["check", "rules", "--format", "sarif"]);
    let moved: Value = serde_json::from_str(&moved).unwrap();
    let again = moved["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "2025-centres-sum-to-total")
        .unwrap();
    assert_eq!(
        again["partialFingerprints"]["primaryLocationLineHash"]
            .as_str()
            .unwrap(),
        hash
    );
}

#[test]
fn standard_input_and_nested_folders_give_the_figures_of_the_files() {
    let dir = workspace(|_, text| text, &[]);
    let nested = dir.path().join("archive/2025/12");
    fs::create_dir_all(&nested).unwrap();
    fs::copy(dir.path().join(REPORT), nested.join("report.txt")).unwrap();
    let values = |json: &str| -> Vec<String> {
        serde_json::from_str::<Vec<Value>>(json)
            .unwrap()
            .iter()
            .map(|f| format!("{}@{}", f["value"], f["start"]))
            .collect()
    };
    let (_, file, _) = run_in(dir.path(), &["figures", "--format", "json", REPORT]);
    let (_, folder, _) = run_in(dir.path(), &["figures", "--format", "json", "archive"]);
    let stdin = figaudit()
        .current_dir(dir.path())
        .args(["figures", "--format", "json", "-"])
        .write_stdin(fs::read(dir.path().join(REPORT)).unwrap())
        .output()
        .unwrap();
    assert!(stdin.status.success());
    let stdin = String::from_utf8(stdin.stdout).unwrap();
    assert_eq!(values(&folder), values(&file));
    assert_eq!(values(&stdin), values(&file));
    assert!(stdin.contains("\"document\":\"<stdin>\""));
    // audit reads it too.
    let audit = figaudit()
        .current_dir(dir.path())
        .args(["audit", "-", "--format", "json"])
        .write_stdin(fs::read(dir.path().join(REPORT)).unwrap())
        .output()
        .unwrap();
    assert_eq!(audit.status.code(), Some(0));
    let report: Value = serde_json::from_slice(&audit.stdout).unwrap();
    assert_eq!(report["summary"]["documents"], 1);
}

#[test]
fn help_states_the_exit_statuses() {
    for command in [vec!["--help"], vec!["check", "--help"], vec!["audit", "--help"]] {
        let output = figaudit().args(&command).output().unwrap();
        let help = String::from_utf8(output.stdout).unwrap();
        assert!(
            help.contains("Exit status:\n  0") && help.contains("  2  broken input"),
            "{help}"
        );
    }
}

#[test]
fn a_broken_rule_file_shows_up_in_every_machine_report() {
    let dir = with_rules();
    fs::write(
        dir.path().join("rules/broken.yaml"),
        "version: 1\nrules:\n  - id: x\n    sum: [a, b\n",
    )
    .unwrap();
    let args = [
        "check",
        "rules",
        "--csv",
        "r.csv",
        "--json",
        "r.json",
        "--sarif",
        "r.sarif",
        "--fail-on",
        "never",
    ];
    let (code, out, err) = run_in(dir.path(), &args);
    assert_eq!(code, Some(2));
    // At the bracket that is never closed.
    assert!(
        err.contains("rules/broken.yaml:4:10: invalid YAML: unclosed bracket"),
        "{err}"
    );
    // Never "0 errors" when the exit is 2.
    assert!(out.ends_with("1 warning, 1 error\n"), "{out}");
    let csv = fs::read_to_string(dir.path().join("r.csv")).unwrap();
    let input = csv
        .lines()
        .find(|l| l.starts_with("figaudit/input,error,error,"))
        .unwrap();
    assert!(input.contains(",rules/broken.yaml,4,"), "{input}");
    let json: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("r.json")).unwrap()).unwrap();
    assert_eq!(json["summary"]["errors"], 1);
    let finding = &json["findings"][0];
    assert_eq!(finding["rule_id"], "figaudit/input");
    assert_eq!(finding["rules_file"], "rules/broken.yaml");
    let sarif: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("r.sarif")).unwrap()).unwrap();
    let run = &sarif["runs"][0];
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "figaudit/input");
    assert_eq!(result["level"], "error");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "rules/broken.yaml");
    assert_eq!(location["region"]["startLine"], 4);
    // A clean run says it ran clean.
    fs::remove_file(dir.path().join("rules/broken.yaml")).unwrap();
    let (_, out, _) = run_in(dir.path(), &["check", "rules", "--format", "sarif"]);
    let sarif: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(sarif["runs"][0]["invocations"][0]["executionSuccessful"], true);
}

#[test]
fn figaudit_toml_sets_defaults_that_the_command_line_overrides() {
    let rules = fs::read_to_string("rules/dgsn-2025.yaml").unwrap();
    let config = "rules = [\"rules\"]\nfail-on = \"warning\"\n\n[reports]\ncsv = \"reports/discrepancies.csv\"\n";
    let dir = workspace(
        |_, text| text,
        &[("rules/dgsn-2025.yaml", &rules), ("figaudit.toml", config)],
    );
    let nested = dir.path().join("corpus");
    // Found from a subfolder; its paths are relative to its own folder.
    let (code, out, _) = run_in(&nested, &["check"]);
    assert_eq!(code, Some(1), "the loose headline fails at warning: {out}");
    assert!(dir.path().join("reports/discrepancies.csv").is_file());
    // The command line wins; --isolated ignores the file.
    let (code, _, _) = run_in(&nested, &["check", "--fail-on", "error"]);
    assert_eq!(code, Some(0));
    let (code, _, _) = run_in(dir.path(), &["check", "--isolated"]);
    assert_eq!(code, Some(0));
    // --config names another file.
    fs::write(dir.path().join("strict.toml"), "fail-on = \"never\"\n").unwrap();
    let (code, _, _) = run_in(dir.path(), &["check", "rules", "--config", "strict.toml"]);
    assert_eq!(code, Some(0));
    // A mistake in it is broken input, named at its place.
    fs::write(
        dir.path().join("figaudit.toml"),
        "rules = [\"rules\"]\nfail_on = \"warning\"\n",
    )
    .unwrap();
    let (code, _, err) = run_in(dir.path(), &["check"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("figaudit.toml:2:1: unknown field `fail_on`"), "{err}");
}

#[test]
fn audit_reads_only_the_audit_table_of_figaudit_toml() {
    // Settings at the top are check's: a baseline and a CSV report.
    let config = "baseline = \"figaudit-baseline.json\"\n\n[reports]\ncsv = \"reports/check.csv\"\n";
    let dir = with_rules();
    fs::write(dir.path().join("figaudit.toml"), config).unwrap();
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "check",
            "rules",
            "--isolated",
            "--write-baseline",
            "figaudit-baseline.json",
        ],
    );
    assert_eq!(code, Some(1), "{err}");
    // audit neither writes check's CSV nor reads its baseline (whose
    // entries it would list as fixed: audit's rules are others).
    let (code, out, err) = run_in(dir.path(), &["audit", "corpus/"]);
    assert_eq!(code, Some(1), "the planted error fails: {out}{err}");
    assert!(!out.contains("fixed since the baseline"), "{out}");
    assert!(!out.contains("baselined"), "{out}");
    assert!(!dir.path().join("reports/check.csv").exists());
    // check still uses both: the baseline accepts its findings.
    let (code, out, _) = run_in(dir.path(), &["check", "rules"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("baselined"), "{out}");
    assert!(dir.path().join("reports/check.csv").is_file());
    // [audit] is audit's own; [check] overrides the top for check.
    let config = format!(
        "{config}\n[check]\nfail-on = \"never\"\n\n[audit]\nfail-on = \"never\"\n\n[audit.reports]\ncsv = \"reports/audit.csv\"\n"
    );
    fs::write(dir.path().join("figaudit.toml"), config).unwrap();
    fs::remove_file(dir.path().join("reports/check.csv")).unwrap();
    let (code, out, err) = run_in(dir.path(), &["audit", "corpus/"]);
    assert_eq!(code, Some(0), "fail-on never: {out}{err}");
    let audit_csv = fs::read_to_string(dir.path().join("reports/audit.csv")).unwrap();
    assert!(audit_csv.contains("suggested/"), "{audit_csv}");
    assert!(!dir.path().join("reports/check.csv").exists());
    // A wrong value is named at its line and column.
    fs::write(dir.path().join("figaudit.toml"), "[audit]\nfail-on = \"warnng\"\n").unwrap();
    let (code, _, err) = run_in(dir.path(), &["audit", "corpus/"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("figaudit.toml:2:11: unknown variant `warnng`"), "{err}");
}

#[test]
fn version_names_the_commit_in_a_git_checkout() {
    let output = figaudit().arg("--version").output().unwrap();
    assert!(output.status.success());
    let version = String::from_utf8(output.stdout).unwrap();
    assert!(
        version.starts_with(&format!("figaudit {}", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    // Built from this checkout (not from a source tarball): `0.2.0 (1a2b3c4d5e6f)`.
    if Path::new(".git").exists() {
        let commit = version
            .trim_end()
            .rsplit_once(" (")
            .map(|(_, c)| c.trim_end_matches(')'));
        assert!(
            commit.is_some_and(|c| c.len() == 12 && c.chars().all(|c| c.is_ascii_hexdigit())),
            "{version}"
        );
    }
}

#[test]
fn completions_and_the_manual_page() {
    let bash = figaudit().args(["completions", "bash"]).output().unwrap();
    assert!(bash.status.success());
    let script = String::from_utf8(bash.stdout).unwrap();
    assert!(
        script.contains("_figaudit()") && script.contains("--write-baseline"),
        "{script}"
    );
    let man = figaudit().arg("man").output().unwrap();
    assert!(man.status.success());
    let page = String::from_utf8(man.stdout).unwrap();
    assert!(
        page.contains(".TH figaudit 1") && page.contains("Exit status"),
        "{page}"
    );
}

#[test]
fn every_command_has_a_manual_page_with_its_options_and_exit_statuses() {
    let check = figaudit().args(["man", "check"]).output().unwrap();
    assert!(check.status.success());
    let page = String::from_utf8(check.stdout).unwrap();
    assert!(page.contains(".TH figaudit-check 1"), "{page}");
    assert!(
        page.contains("\\-\\-fail\\-on") && page.contains("\\-\\-baseline"),
        "{page}"
    );
    assert!(page.contains("Exit status"), "{page}");

    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("man1");
    let written = figaudit().args(["man", "--dir"]).arg(&folder).output().unwrap();
    assert!(written.status.success());
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "figaudit-audit.1",
            "figaudit-check.1",
            "figaudit-completions.1",
            "figaudit-figures.1",
            "figaudit-man.1",
            "figaudit-schema.1",
            "figaudit-suggest.1",
            "figaudit.1"
        ]
    );
    let audit = std::fs::read_to_string(folder.join("figaudit-audit.1")).unwrap();
    assert!(
        audit.contains("figaudit audit") && audit.contains("\\-\\-include\\-passing"),
        "{audit}"
    );

    let unknown = figaudit().args(["man", "nope"]).output().unwrap();
    assert_eq!(unknown.status.code(), Some(2));

    // A folder that cannot be written is said once, with exit 2.
    let file = dir.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let blocked = figaudit()
        .args(["man", "--dir"])
        .arg(file.join("man1"))
        .output()
        .unwrap();
    assert_eq!(blocked.status.code(), Some(2));
    let err = String::from_utf8_lossy(&blocked.stderr);
    assert_eq!(err.matches("cannot write").count(), 1, "{err}");
}

// Folder walks (SPEC §7.4): `.gitignore` and `.ignore` files obeyed,
// inside a git repository or not; `--exclude GLOB`; globs in paths.

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
    assert!(err.contains("corpus: no documents in this folder"), "{err}");
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
    let (code, _, err) = run_in(dir.path(), &["figures", "corpus/*.pdf"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("corpus/*.pdf: no documents match this glob"), "{err}");
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
