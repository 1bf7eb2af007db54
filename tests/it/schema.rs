//! The rule-file schema (SPEC §6.6): the shipped file is what `figaudit
//! schema` prints, every shipped rule file and every suggested one is valid
//! against it, and it catches the typos editors should underline.

use std::fs;

use crate::common::figaudit;
use serde_json::Value;

const SHIPPED: &str = "rules/figaudit-rules.schema.json";

fn schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&fs::read_to_string(SHIPPED).unwrap()).unwrap();
    jsonschema::draft7::new(&schema).unwrap()
}

fn yaml(text: &str) -> Value {
    serde_saphyr::from_str(text).unwrap()
}

fn errors(validator: &jsonschema::Validator, text: &str) -> Vec<String> {
    validator.iter_errors(&yaml(text)).map(|e| e.to_string()).collect()
}

#[test]
fn the_shipped_schema_is_what_the_command_prints() {
    let output = figaudit().arg("schema").output().unwrap();
    assert!(output.status.success());
    let printed = String::from_utf8(output.stdout).unwrap();
    assert!(
        printed == fs::read_to_string(SHIPPED).unwrap(),
        "{SHIPPED} is out of date: run `figaudit schema > {SHIPPED}`"
    );
    let schema: Value = serde_json::from_str(&printed).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
}

#[test]
fn every_shipped_rule_file_is_valid_and_names_the_schema() {
    let validator = schema();
    let mut checked = 0;
    for entry in fs::read_dir("rules").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("# yaml-language-server: $schema=figaudit-rules.schema.json\n"),
            "{} does not name the schema on its first line",
            path.display()
        );
        let found = errors(&validator, &text);
        assert!(found.is_empty(), "{}: {found:#?}", path.display());
        checked += 1;
    }
    assert!(checked >= 7);
}

#[test]
fn a_suggested_rule_file_is_valid() {
    let output = figaudit().args(["suggest", "corpus"]).output().unwrap();
    assert!(output.status.success());
    let found = errors(&schema(), &String::from_utf8(output.stdout).unwrap());
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_schema_catches_typos_an_editor_should_underline() {
    let validator = schema();
    let good = "version: 1\ndocuments:\n  r: a.txt\nfigures:\n  total:\n    document: r\n    pattern: \"{} x\"\n  part:\n    value: 12\nrules:\n  - id: a\n    severity: warning\n    expr: \"part <= total\"\n";
    assert!(errors(&validator, good).is_empty());
    for bad in [
        good.replace("pattern:", "patern:"),
        good.replace("  total:", "  Total:"),
        good.replace("warning", "warnng"),
        good.replace("expr:", "exp:"),
        good.replace("version: 1", "version: 2"),
        // Two kinds in one rule.
        good.replace(
            "    expr: \"part <= total\"\n",
            "    expr: \"part <= total\"\n    equal: [part, total]\n",
        ),
        // A pattern with no placeholder.
        good.replace("\"{} x\"", "\"x\""),
    ] {
        assert!(!errors(&validator, &bad).is_empty(), "accepted:\n{bad}");
    }
}
