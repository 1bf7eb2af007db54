//! What a figure counts (SPEC §6.2), end to end: the fields in `figures`
//! and in check's JSON, `unit:` on literal figures, and rules that would
//! mix units.

use std::fs;

use crate::common::{check_in, figaudit};

const ARTICLE: &str = "\
رصدت الوزارة غلافا ماليا قدره 3 ملايين درهم للبرنامج، منها مليون ونصف درهم للتجهيز.
واستفاد من البرنامج 1.200 مستفيدة ومستفيدا، بزيادة 200 مستفيد عن السنة الماضية.
وبلغت قيمة القرض 2 مليون دولار.
";

fn workspace(rules: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("article.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("rules.yaml"), rules).unwrap();
    dir
}

#[test]
fn figures_json_carries_unit_noun_and_change() {
    let dir = workspace("");
    let output = figaudit()
        .current_dir(dir.path())
        .args(["figures", "--format", "json", "article.txt"])
        .output()
        .unwrap();
    let figures: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let fields = |text: &str| {
        let f = figures
            .iter()
            .find(|f| f["text"] == text)
            .unwrap_or_else(|| panic!("no figure {text}"));
        (
            f["value"].clone(),
            f["unit"].clone(),
            f["noun"].clone(),
            f["change"].clone(),
        )
    };
    assert_eq!(
        fields("3 ملايين"),
        ("3000000".into(), "MAD".into(), "".into(), "".into())
    );
    assert_eq!(
        fields("مليون ونصف"),
        ("1500000".into(), "MAD".into(), "".into(), "".into())
    );
    assert_eq!(fields("1.200"), ("1200".into(), "".into(), "مستفيد".into(), "".into()));
    assert_eq!(fields("200"), ("200".into(), "".into(), "مستفيد".into(), "rise".into()));
    assert_eq!(
        fields("2 مليون"),
        ("2000000".into(), "USD".into(), "".into(), "".into())
    );
}

#[test]
fn adding_dirhams_to_dollars_is_an_error_naming_both_units() {
    let rules = r#"version: 1
documents:
  a: article.txt
figures:
  budget:
    document: a
    pattern: "قدره {} درهم"
  equipment:
    document: a
    pattern: "منها {} درهم"
  loan:
    document: a
    pattern: "القرض {} دولار"
  official:
    value: 3000000
    unit: MAD
rules:
  - id: mixed-sum
    sum: [equipment, loan]
    equals: budget
  - id: same-unit
    equal: [budget, official]
  - id: mixed-literal
    expr: "official > loan"
"#;
    let dir = workspace(rules);
    let (code, stdout, stderr) = check_in(dir.path(), &["rules.yaml", "--format", "json", "--include-passing"]);
    assert_eq!(code, Some(2), "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let finding = |id: &str| {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule_id"] == id)
            .unwrap_or_else(|| panic!("no finding {id}"))
            .clone()
    };
    let mixed = finding("mixed-sum");
    assert_eq!(mixed["status"], "error");
    let message = mixed["message"].as_str().unwrap();
    assert!(message.contains("MAD") && message.contains("USD"), "{message}");
    assert_eq!(finding("same-unit")["status"], "pass");
    assert_eq!(finding("mixed-literal")["status"], "error");
    // Check's JSON figures carry the fields too.
    let figures = finding("same-unit")["figures"].as_array().unwrap().clone();
    assert_eq!(figures[0]["unit"], "MAD");
    assert_eq!(figures[1]["unit"], "MAD", "the literal's unit: from the rule file");
}
