//! The documentation's console examples stay true: each example listed here
//! is run in a copy of the corpus and rules, and every line the document
//! shows for it (but `...`) must be in what figaudit prints.

use crate::common;
use std::fs;
use std::path::Path;

/// (document, command as the document writes it, planted edit the prose
/// before the example describes: file, from, to).
type Example = (
    &'static str,
    &'static str,
    Option<(&'static str, &'static str, &'static str)>,
);

const EXAMPLES: &[Example] = &[
    ("README.md", "figaudit audit corpus/", None),
    (
        "README.md",
        "figaudit audit corpus/dgsn-2025-annual-report.txt",
        // «Change a digit of 2.653.895»: the example shows 2.653.995.
        Some(("dgsn-2025-annual-report.txt", "2.653.895", "2.653.995")),
    ),
    (
        "README.md",
        "figaudit suggest corpus/dgsn-2025-annual-report.txt -o rules/suggested-2025.yaml",
        None,
    ),
    ("README.md", "figaudit figures corpus/dgsn-2025-annual-report.txt", None),
    ("README.md", "figaudit figures corpus/dgsn-2025-fr.txt", None),
    (
        "README.md",
        "figaudit figures --format json corpus/dgsn-2025-sawt-aladala.txt",
        None,
    ),
    (
        "rules/README.md",
        "figaudit figures corpus/dgsn-2025-annual-report.txt",
        None,
    ),
];

/// The output lines a document shows after `$ {command}`, up to the next
/// command or the end of the block.
fn shown_output(document: &str, command: &str) -> Vec<String> {
    let text = fs::read_to_string(document).unwrap();
    let mut lines = text
        .lines()
        .skip_while(|line| line.trim_end() != format!("$ {command}"));
    assert!(lines.next().is_some(), "{document} has no `$ {command}`");
    lines
        .take_while(|line| !line.starts_with("```") && !line.starts_with("$ "))
        .map(|line| line.trim_end().to_string())
        .filter(|line| !line.is_empty() && line.trim() != "...")
        .collect()
}

#[test]
fn the_documented_examples_print_what_the_documents_show() {
    for (document, command, plant) in EXAMPLES {
        let rules = common::pack_files();
        let files: Vec<(&str, &str)> = rules.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
        let edits: Vec<(&str, &str, &str)> = plant.iter().copied().collect();
        let dir = common::workspace(common::planted(&edits), &files);
        let args: Vec<&str> = command.split_whitespace().skip(1).collect();
        let output = common::figaudit()
            .current_dir(dir.path())
            .args(&args)
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .output()
            .unwrap();
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let printed: Vec<&str> = printed.lines().map(str::trim_end).collect();
        for line in shown_output(document, command) {
            assert!(
                printed.contains(&line.as_str()),
                "{document}: `{command}` no longer prints\n{line}\nIt prints:\n{}",
                printed.join("\n")
            );
        }
        assert!(Path::new(document).exists());
    }
}
