//! Every kind of rule-file problem: exit status 2, and a diagnostic that
//! names the rule file with the line and column of the offending node.

use crate::common;
use std::fs;

use crate::common::figaudit;

const HEAD: &str = "version: 1
documents:
  report: corpus/dgsn-2025-annual-report.txt
figures:
  total_2025:
    document: report
    pattern: \"إنجاز ما مجموعه {} بطاقة\"
  rabat_2025:
    document: report
    pattern: \"{} بطاقة تم إنتاجها بمركز الإصدار بمدينة الرباط\"
  marrakech_2025:
    document: report
    pattern: \"و{} بطاقة وطنية أخرى\"
";

/// Runs `figaudit check` on rule files written into a folder that also
/// holds the corpus; returns (exit code, stdout, stderr).
fn check_files(files: &[(&str, &str)], args: &[&str]) -> (Option<i32>, String, String) {
    let dir = common::workspace(|_, text| text, files);
    common::check_in(dir.path(), args)
}

fn check_one(rules: &str) -> (Option<i32>, String, String) {
    check_files(&[("x.yaml", rules)], &["x.yaml"])
}

/// Asserts exit 2 and a diagnostic at `location` saying `message`.
fn assert_error(rules: &str, location: &str, message: &str) -> String {
    let (code, _, stderr) = check_one(rules);
    assert_eq!(code, Some(2), "{stderr}");
    let wanted = format!("{location}: {message}");
    assert!(stderr.contains(&wanted), "wanted {wanted:?} in:\n{stderr}");
    stderr
}

#[test]
fn yaml_syntax_error() {
    // The flow sequence opened on line 16 is never closed.
    let rules = format!("{HEAD}rules:\n  - id: a\n    sum: [rabat_2025, marrakech_2025\n    equals: total_2025\n");
    let (code, _, stderr) = check_one(&rules);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("x.yaml:17:") && stderr.contains("invalid YAML"),
        "{stderr}"
    );
}

#[test]
fn unknown_key_in_a_rule_suggests_the_near_one() {
    let rules = format!("{HEAD}rules:\n  - id: a\n    sum: [rabat_2025, marrakech_2025]\n    equls: total_2025\n");
    let stderr = assert_error(&rules, "x.yaml:17:5", "unknown key `equls` in a rule");
    assert!(stderr.contains("did you mean `equals`?"));
}

#[test]
fn unknown_rule_kind_suggests_the_near_one() {
    let rules = format!("{HEAD}rules:\n  - id: a\n    claims: total_2025\n");
    let stderr = assert_error(&rules, "x.yaml:16:5", "unknown key `claims` in a rule");
    assert!(stderr.contains("did you mean `claim`?"));
    assert!(stderr.contains("x.yaml:15:5: the rule asserts nothing"));
}

#[test]
fn unknown_top_level_key() {
    let rules = format!("{HEAD}rule:\n  - id: a\n");
    let stderr = assert_error(&rules, "x.yaml:14:1", "unknown key `rule` in a rule file");
    assert!(stderr.contains("did you mean `rules`?"));
}

#[test]
fn a_rule_with_two_relations() {
    let rules = format!("{HEAD}rules:\n  - id: a\n    claim: total_2025\n    agrees_with: rabat_2025\n    equal: [total_2025, rabat_2025]\n");
    assert_error(
        &rules,
        "x.yaml:18:5",
        "a rule asserts one relation; this one has both `claim` and `equal`",
    );
}

#[test]
fn a_sum_without_its_total() {
    let rules = format!("{HEAD}rules:\n  - id: a\n    sum: [rabat_2025, marrakech_2025]\n");
    assert_error(&rules, "x.yaml:16:5", "`sum` needs `equals`");
}

#[test]
fn unknown_figure_name_suggests_the_near_one() {
    let rules = format!("{HEAD}rules:\n  - id: a\n    sum: [rabat_2025, marakech_2025]\n    equals: total_2025\n");
    let stderr = assert_error(&rules, "x.yaml:16:23", "unknown figure `marakech_2025`");
    assert!(stderr.contains("did you mean `marrakech_2025`?"));
}

#[test]
fn unknown_document_suggests_the_near_one() {
    let rules = HEAD.replace(
        "    document: report\n    pattern: \"و{}",
        "    document: reprot\n    pattern: \"و{}",
    );
    let stderr = assert_error(&rules, "x.yaml:12:15", "unknown document `reprot`");
    assert!(stderr.contains("did you mean `report`?"));
}

#[test]
fn duplicate_ids_across_files() {
    let a = format!("{HEAD}rules:\n  - id: same\n    equal: [total_2025, total_2025]\n");
    let b = format!("{HEAD}rules:\n  - id: other\n    equal: [rabat_2025, rabat_2025]\n  - id: same\n    equal: [rabat_2025, rabat_2025]\n");
    let (code, _, stderr) = check_files(&[("rules/a.yaml", &a), ("rules/b.yaml", &b)], &["rules"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("rules/b.yaml:17:9: duplicate rule id `same`"),
        "{stderr}"
    );
    assert!(stderr.contains("the first `same` is at rules/a.yaml:15:9"));
}

#[test]
fn bad_figure_name() {
    let rules = format!("{HEAD}  Total-2025:\n    value: 3685964\n");
    assert_error(&rules, "x.yaml:14:3", "`Total-2025` is not a figure name");
}

#[test]
fn bad_tolerance() {
    let rules = format!("{HEAD}rules:\n  - id: a\n    tolerance: \"a little\"\n    equal: [total_2025, rabat_2025]\n");
    assert_error(&rules, "x.yaml:16:16", "invalid tolerance");
}

#[test]
fn wrong_type_is_reported_at_the_value() {
    let rules = format!("{HEAD}rules:\n  - id: a\n    sum: rabat_2025\n    equals: total_2025\n");
    assert_error(&rules, "x.yaml:16:10", "`sum` must be a list of figure names");
    let rules = format!("{HEAD}rules:\n  - id: a\n    severity: fatal\n    equal: [total_2025, rabat_2025]\n");
    let stderr = assert_error(&rules, "x.yaml:16:15", "`severity` must be error, warning or info");
    assert!(stderr.contains("`fatal` is not one of them"), "{stderr}");
    let rules = format!("{HEAD}rules:\n  - id: a\n    severity: warnng\n    equal: [total_2025, rabat_2025]\n");
    let stderr = assert_error(&rules, "x.yaml:16:15", "`severity` must be error, warning or info");
    assert!(stderr.contains("did you mean `warning`?"), "{stderr}");
}

#[test]
fn pattern_that_matches_nothing_shows_the_closest_text() {
    let rules = HEAD.replace("بمدينة الرباط", "بمدينة فاس");
    let stderr = assert_error(
        &rules,
        "x.yaml:10:14",
        "the pattern of `rabat_2025` matches no figure in corpus/dgsn-2025-annual-report.txt",
    );
    // The article says «2.653.895 بطاقة تم إنتاجها بمركز الإصدار بمدينة الرباط».
    assert!(stderr.contains("the closest text in corpus/dgsn-2025-annual-report.txt is at 18:79: «2.653.895 بطاقة تم إنتاجها بمركز الإصدار بمدينة»"), "{stderr}");
}

#[test]
fn ambiguous_pattern_lists_every_match() {
    let rules = HEAD.replace("\"و{} بطاقة وطنية أخرى\"", "\"{} بطاقة\"");
    let stderr = assert_error(
        &rules,
        "x.yaml:13:14",
        "the pattern of `marrakech_2025` matches 5 figures",
    );
    for place in ["12:21", "16:65", "18:79", "18:136", "20:30"] {
        assert!(stderr.contains(place), "{place} missing from {stderr}");
    }
    // occurrence picks one of them.
    let picked = HEAD.replace("\"و{} بطاقة وطنية أخرى\"", "\"{} بطاقة\"\n    occurrence: 4");
    let rules = format!("{picked}rules:\n  - id: a\n    sum: [rabat_2025, marrakech_2025]\n    equals: total_2025\n");
    let (code, stdout, stderr) = check_one(&rules);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
}

#[test]
fn expression_errors_point_into_the_expression() {
    let rules = format!("{HEAD}rules:\n  - id: a\n    expr: \"rabat_2025 / total_2025 => 50%\"\n");
    // `=>` starts at char 24 of the expression; the expression at column 12.
    assert_error(&rules, "x.yaml:16:36", "invalid expression: use == to compare");
}

#[test]
fn missing_document_file() {
    let rules = HEAD.replace(
        "corpus/dgsn-2025-annual-report.txt",
        "corpus/dgsn-2026-annual-report.txt",
    );
    let stderr = assert_error(
        &rules,
        "x.yaml:3:11",
        "cannot read document corpus/dgsn-2026-annual-report.txt",
    );
    assert!(stderr.contains("No such file"));
    // Which path was tried, and from where relative paths start.
    assert!(
        stderr.contains("document paths are relative to the rule file's folder, ./; the path tried was"),
        "{stderr}"
    );
}

#[test]
fn missing_version() {
    let rules = HEAD.replace("version: 1\n", "");
    assert_error(&rules, "x.yaml:1:1", "the rule file has no version");
}

#[test]
fn rule_file_that_is_not_utf8() {
    let (code, _, stderr) = check_files(&[("x.yaml", "version: 1\n# caf\u{e9}\n")], &["x.yaml"]);
    assert_eq!(code, Some(0), "valid UTF-8 is fine: {stderr}");
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("latin1.yaml"), b"version: 1\n# caf\xe9\n").unwrap();
    let output = figaudit()
        .current_dir(dir.path())
        .args(["check", "latin1.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    // Line 2, after "# caf": the place as well as the byte offset.
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("latin1.yaml:2:6: not valid UTF-8: invalid byte at offset 16")
    );
}

#[test]
fn missing_rule_path_and_empty_folder() {
    let (code, _, stderr) = check_files(&[], &["nowhere.yaml"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("cannot read nowhere.yaml"), "{stderr}");
    let (code, _, stderr) = check_files(&[("rules/README.md", "no rules here")], &["rules"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("rules: no rule files"), "{stderr}");
}

#[test]
fn one_broken_rule_never_hides_the_others() {
    let planted = HEAD.replace("value: 3685964", "");
    let rules = format!(
        "{planted}rules:\n  - id: broken\n    equal: [total_2025, nowhere]\n  - id: failing\n    sum: [rabat_2025, rabat_2025]\n    equals: total_2025\n  - id: passing\n    sum: [rabat_2025, marrakech_2025]\n    equals: total_2025\n"
    );
    let (code, stdout, stderr) = check_one(&rules);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("x.yaml:16:25: unknown figure `nowhere`"), "{stderr}");
    assert!(stdout.contains("rule `broken` could not be evaluated"));
    // 2,653,895 + 2,653,895 = 5,307,790, not 3,685,964.
    assert!(
        stdout.contains("rabat_2025 + rabat_2025 add up to 5,307,790"),
        "{stdout}"
    );
    // The rule that could not be evaluated, and its unknown figure.
    assert!(
        stdout.contains("checked 3 rules over 1 document: 1 passed, 1 failed, 0 warnings, 2 errors"),
        "{stdout}"
    );
}

#[test]
fn equal_written_for_equals_is_pointed_out() {
    let rules = format!("{HEAD}rules:\n  - id: a\n    sum: [rabat_2025, marrakech_2025]\n    equal: total_2025\n");
    let stderr = assert_error(
        &rules,
        "x.yaml:17:5",
        "a rule asserts one relation; this one has both `sum` and `equal`",
    );
    assert!(stderr.contains("did you mean `equals:`?"), "{stderr}");
}

#[test]
fn a_tab_in_the_indentation_is_named() {
    let rules = format!("{HEAD}rules:\n  - id: a\n\tsum: [rabat_2025, marrakech_2025]\n    equals: total_2025\n");
    let (code, _, stderr) = check_one(&rules);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("invalid YAML"), "{stderr}");
    assert!(
        stderr.contains("line 16 is indented with a tab: YAML indents with spaces only"),
        "{stderr}"
    );
}

#[test]
fn a_figure_whose_keys_lost_their_indentation_is_one_diagnostic() {
    let rules = HEAD.replace(
        "  rabat_2025:\n    document: report\n    pattern:",
        "  rabat_2025:\n  document: report\n  pattern:",
    ) + "rules:\n  - id: a\n    sum: [rabat_2025, marrakech_2025]\n    equals: total_2025\n";
    let stderr = assert_error(
        &rules,
        "x.yaml:8:3",
        "figure `rabat_2025` is empty: `document:` and `pattern:` below it are not indented under it",
    );
    assert!(
        stderr.contains("indent `document:` and `pattern:` two spaces more"),
        "{stderr}"
    );
    // Not a figure named `document` or `pattern`.
    assert!(!stderr.contains("a figure is a mapping"), "{stderr}");
    assert_eq!(
        stderr.matches("x.yaml:").count(),
        2,
        "one diagnostic (its excerpt names the file twice):\n{stderr}"
    );
}

#[test]
fn a_duplicate_key_is_reported_at_the_duplicate() {
    // `document:` twice in one figure: line 9 is the second.
    let rules = HEAD.replace(
        "  rabat_2025:\n    document: report\n",
        "  rabat_2025:\n    document: report\n    document: report\n",
    );
    let stderr = assert_error(
        &rules,
        "x.yaml:10:5",
        "`document` is written twice in `figures.rabat_2025`",
    );
    assert!(stderr.contains("`document` is first written here"), "{stderr}");
    assert!(stderr.contains("x.yaml:9:5"), "{stderr}");
    // A figure name written twice.
    let rules = format!("{HEAD}  total_2025:\n    value: 3685964\n");
    // HEAD is 13 lines: the second `total_2025:` is line 14.
    assert_error(&rules, "x.yaml:14:3", "`total_2025` is written twice in `figures`");
}

#[test]
fn a_rule_file_built_to_expand_is_refused() {
    // Ten aliases to the level below, twelve levels: 10^13 nodes if expanded.
    let mut rules = String::from("version: 1\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..=12 {
        let below = format!("*l{}", i - 1);
        let items = [below.as_str(); 10].join(", ");
        rules.push_str(&format!("l{i}: &l{i} [{items}]\n"));
    }
    let (code, _, stderr) = check_one(&rules);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("invalid YAML: it expands past the limits figaudit sets for a rule file"),
        "{stderr}"
    );
}

#[test]
fn a_literal_keeps_the_digits_it_is_written_with() {
    // 3.60 states hundredths: 3.6049 agrees with it, 3.61 does not.
    let rules = "version: 1\nfigures:\n  stated:\n    value: 3.60\n  close:\n    value: 3.6049\n  far:\n    value: 3.61\nrules:\n  - id: close\n    claim: stated\n    agrees_with: close\n  - id: far\n    claim: stated\n    agrees_with: far\n";
    let (code, stdout, stderr) = check_one(rules);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(stdout.contains("1 passed, 1 failed"), "{stdout}");
}

#[test]
fn a_number_as_a_figure_name_and_an_empty_relation_are_named() {
    let rules =
        "version: 1\nfigures:\n  2025:\n    value: 3\n  a:\n    value: 4\nrules:\n  - id: r\n    sum:\n    equals: a\n";
    let stderr = assert_error(rules, "x.yaml:3:3", "`2025` is not a figure name");
    assert!(
        stderr.contains("x.yaml:9:8: `sum` must be a list of figure names"),
        "{stderr}"
    );
}

#[test]
fn sections_that_are_not_mappings_are_named_at_their_place() {
    let rules = "version: 1\ndocuments: [corpus/dgsn-2025-annual-report.txt]\nfigures: 3\nrules: []\n";
    let stderr = assert_error(rules, "x.yaml:2:12", "`documents` must map names to paths");
    assert!(
        stderr.contains("x.yaml:3:10: `figures` must map names to figures"),
        "{stderr}"
    );
}

#[test]
fn a_figure_read_one_way_only_cannot_be_read_otherwise() {
    let rules = format!(
        "{HEAD}  other:
    document: report
    pattern: \"إنجاز ما مجموعه {{}} بطاقة\"
    reading: alternative
rules:
  - id: r
    equal: [total_2025, other]
"
    );
    let stderr = assert_error(&rules, "x.yaml:17:14", "figure `other` is read one way only");
    assert!(stderr.contains("remove `reading`"), "{stderr}");
}

#[test]
fn a_figure_read_with_grouped_thousands_takes_that_value() {
    let article = "بلغت الواردات 158،120 مليون درهم مقابل 152.640 مليون درهم، أي بزيادة 5،480 مليون درهم.\n";
    let rules = "version: 1
documents:
  a: a.txt
figures:
  now:
    document: a
    pattern: \"الواردات {}\"
  before:
    document: a
    pattern: \"مقابل {}\"
    reading: alternative
  rise:
    document: a
    pattern: \"بزيادة {}\"
rules:
  - id: difference
    sum: [before, rise]
    equals: now
";
    let (code, stdout, stderr) = check_files(&[("a.txt", article), ("x.yaml", rules)], &["x.yaml"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    // Read as written, the same rule fails.
    let written = rules.replace("    reading: alternative\n", "");
    let (code, stdout, stderr) = check_files(&[("a.txt", article), ("x.yaml", &written)], &["x.yaml"]);
    assert_eq!(code, Some(1), "{stdout}{stderr}");
}
