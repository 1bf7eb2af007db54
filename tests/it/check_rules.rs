//! `figaudit check` end to end: the rule kinds pass on the untouched
//! articles and fail, with the right message and labels, on copies with a
//! planted error.

use crate::common::{check_fixture_rules as rules, workspace_2025 as workspace};

use crate::common::check_in as check;

const REPORT: &str = "dgsn-2025-annual-report.txt";
const PRESS: &str = "dgsn-2025-sawt-aladala.txt";

#[test]
fn untouched_articles_pass_with_the_loose_headline_as_a_warning() {
    let dir = workspace(&rules(), &[]);
    let (code, stdout, stderr) = check(dir.path(), &[]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(
        stdout.ends_with("checked 6 rules over 2 documents: 6 passed, 0 failed, 1 warning, 0 errors\n"),
        "{stdout}"
    );
    // "أزيد من 3.5 مليون" is true of 3,685,964 but it could say 3.6 million.
    assert!(stdout.contains("report-headline-agrees/loose"));
    assert!(stdout.contains("could say more than 3,600,000"));
    let (code, ..) = check(dir.path(), &["--fail-on", "warning"]);
    assert_eq!(code, Some(1));
}

#[test]
fn a_changed_digit_in_a_part_fails_the_sum() {
    let dir = workspace(&rules(), &[(REPORT, "2.653.895", "2.653.985")]);
    let (code, stdout, _) = check(dir.path(), &[]);
    assert_eq!(code, Some(1));
    // 2,653,985 + 1,032,069 = 3,686,054, which is 90 more than 3,685,964.
    assert!(
        stdout.contains("rabat_2025 + marrakech_2025 add up to 3,686,054"),
        "{stdout}"
    );
    assert!(
        stdout.contains("the total total_2025 = 3,685,964 («ثلاثة ملايين و685 ألف و964»): a difference of 90"),
        "{stdout}"
    );
    assert!(stdout.contains("difference -90"));
    assert!(stdout.contains("checked 6 rules over 2 documents: 5 passed, 1 failed, 1 warning, 0 errors"));
    insta::assert_snapshot!(section(&stdout, "centres-sum-to-total"));
}

#[test]
fn an_overstated_headline_fails_the_claim() {
    let dir = workspace(&rules(), &[(PRESS, "أزيد من 3.6 مليون", "أزيد من 3.7 مليون")]);
    let (code, stdout, _) = check(dir.path(), &[]);
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains("press_headline_2025 = 3,700,000 («أزيد من 3.7 مليون») disagrees with total_2025 = 3,685,964")
    );
    assert!(stdout.contains("a claim more than 3,600,000 agrees with 3,685,964"));
    insta::assert_snapshot!(section(&stdout, "press-headline-agrees"));
}

#[test]
fn a_second_article_that_disagrees_fails_equal() {
    let dir = workspace(&rules(), &[(PRESS, "برسم سنة 2025، والتي", "برسم سنة 2024، والتي")]);
    let (code, stdout, _) = check(dir.path(), &[]);
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains("report_year = 2025 («2025») disagrees with press_year = 2024 («2024»): a difference of 1"),
        "{stdout}"
    );
    // Labels in both articles: the press one is shown as a related note.
    let found = section(&stdout, "articles-same-year");
    assert!(
        found.contains("corpus/dgsn-2025-annual-report.txt") && found.contains("corpus/dgsn-2025-sawt-aladala.txt")
    );
    insta::assert_snapshot!(found);
}

#[test]
fn a_percentage_that_does_not_match_fails_expr() {
    let sentence = "وتمثل حصة مراكش 28 في المائة من المجموع.";
    let rules = rules().replace(
        "  official_2025:",
        "  marrakech_share:\n    document: report\n    pattern: \"حصة مراكش {} من المجموع\"\n  official_2025:",
    ) + "  - id: marrakech-share-stated\n    tolerance: \"0.005\"\n    expr: \"marrakech_2025 / total_2025 == marrakech_share\"\n";
    let with_share = |share: &str| {
        [(
            REPORT,
            "في إطار سياسة القرب من المواطنين.",
            &*format!("في إطار سياسة القرب من المواطنين. {}", sentence.replace("28", share)),
        )]
        .map(|(f, a, b)| (f, a, b.to_string()))
    };
    let right = with_share("28");
    let dir = workspace(&rules, &[(right[0].0, right[0].1, &right[0].2)]);
    let (code, stdout, stderr) = check(dir.path(), &[]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let wrong = with_share("35");
    let dir = workspace(&rules, &[(wrong[0].0, wrong[0].1, &wrong[0].2)]);
    let (code, stdout, _) = check(dir.path(), &[]);
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains(
            "`marrakech_2025 / total_2025 == marrakech_share` is false: the left side is 28%, the right side 35%"
        ),
        "{stdout}"
    );
    insta::assert_snapshot!(section(&stdout, "marrakech-share-stated"));
}

#[test]
fn a_changed_digit_in_the_total_fails_the_sum() {
    // The total in words loses 18: 3,685,946 where the parts add up to 3,685,964.
    let dir = workspace(
        &rules(),
        &[(REPORT, "ثلاثة ملايين و685 ألف و964", "ثلاثة ملايين و685 ألف و946")],
    );
    let (code, stdout, _) = check(dir.path(), &[]);
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains("rabat_2025 + marrakech_2025 add up to 3,685,964; the total total_2025 = 3,685,946"),
        "{stdout}"
    );
    assert!(stdout.contains("a difference of 18"), "{stdout}");
    insta::assert_snapshot!(section(&stdout, "centres-sum-to-total"));
}

#[test]
fn a_literal_figure_that_disagrees_is_a_warning_by_its_severity() {
    let dir = workspace(&rules().replace("value: 3685964", "value: 3685946"), &[]);
    let (code, stdout, _) = check(dir.path(), &[]);
    // The rule's severity is warning: it fails, but not the run.
    assert_eq!(code, Some(0));
    assert!(
        stdout.contains(
            "total_2025 = 3,685,964 («ثلاثة ملايين و685 ألف و964») disagrees with official_2025 = 3,685,946: a difference of 18"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("given in the rule file: official_2025 = 3,685,946 (from DGSN annual report 2025)"));
    assert!(stdout.contains("0 failed, 2 warnings"));
    let (code, ..) = check(dir.path(), &["--fail-on", "warning"]);
    assert_eq!(code, Some(1));
}

#[test]
fn fail_on_never_and_rule_filters() {
    let dir = workspace(&rules(), &[(REPORT, "2.653.895", "2.653.985")]);
    let (code, ..) = check(dir.path(), &["--fail-on", "never"]);
    assert_eq!(code, Some(0));
    let (code, stdout, _) = check(dir.path(), &["--rule", "press-headline-agrees"]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.ends_with("checked 1 rule over 2 documents: 1 passed, 0 failed, 0 warnings, 0 errors\n"),
        "{stdout}"
    );
    let (code, _, stderr) = check(dir.path(), &["--rule", "press-headline-agree"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("did you mean `press-headline-agrees`?"), "{stderr}");
}

#[test]
fn a_figure_edited_out_of_its_article_is_an_error_not_a_pass() {
    let dir = workspace(
        &rules(),
        &[(REPORT, "و1.032.069 بطاقة وطنية أخرى", "و1.032.069 بطاقات أخرى")],
    );
    let (code, stdout, stderr) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("rules/dgsn-2025.yaml:15:14: the pattern of `marrakech_2025` matches no figure"),
        "{stderr}"
    );
    assert!(stdout.contains(
        "rule `centres-sum-to-total` could not be evaluated: its figure `marrakech_2025` could not be selected"
    ));
    // The other rules are still evaluated.
    // Two rules use marrakech_2025: the sum and the share; the pattern
    // that matches nothing is a third error (SPEC §6.5, `figaudit/input`).
    assert!(
        stdout.contains("checked 6 rules over 2 documents: 4 passed, 0 failed, 1 warning, 3 errors"),
        "{stdout}"
    );
}

#[test]
fn the_default_path_is_the_rules_folder() {
    let dir = workspace(&rules(), &[]);
    let (code, stdout, _) = check(dir.path(), &["rules"]);
    let (default_code, default_stdout, _) = check(dir.path(), &[]);
    assert_eq!((code, stdout), (default_code, default_stdout));
}

/// The diagnostic of one finding: from its code line to the next code
/// line (a line after a blank one that starts in the first column).
fn section(stdout: &str, code: &str) -> String {
    let start = stdout
        .find(&format!("{code}\n"))
        .unwrap_or_else(|| panic!("no {code} in {stdout}"));
    let lines: Vec<&str> = stdout[start..].lines().collect();
    let end = (1..lines.len())
        .find(|&i| {
            let starts_a_new_block =
                lines[i - 1].is_empty() && !lines[i].starts_with([' ', '\t']) && !lines[i].is_empty();
            starts_a_new_block && !lines[i].starts_with("Advice:")
        })
        .unwrap_or(lines.len());
    lines[..end].join("\n").trim_end().to_string()
}

#[test]
fn tolerance_absolute_and_relative_widens_the_sum() {
    // The parts add up to 90 more than the total.
    let planted = [(REPORT, "2.653.895", "2.653.985")];
    let with = |tolerance: &str| {
        rules().replace(
            "    sum: [rabat_2025, marrakech_2025]",
            &format!("    tolerance: \"{tolerance}\"\n    sum: [rabat_2025, marrakech_2025]"),
        )
    };
    for (tolerance, code) in [("90", 0), ("89", 1), ("0.003%", 0), ("0.002%", 1)] {
        // 0.003% of 3,685,964 is 110.6; 0.002% is 73.7.
        let dir = workspace(&with(tolerance), &planted);
        let (got, stdout, _) = check(dir.path(), &[]);
        assert_eq!(got, Some(code), "tolerance {tolerance}: {stdout}");
    }
}
