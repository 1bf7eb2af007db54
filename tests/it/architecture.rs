//! The pipeline's order (text → extract → discover → rules → check →
//! report → commands): no file of a step names a later step. Reading the
//! source is enough: every path into another step starts `crate::step`.

use std::fs;
use std::path::Path;

const STEPS: [&str; 7] = ["text", "extract", "discover", "rules", "check", "report", "commands"];

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_step_of_the_pipeline_names_a_later_one() {
    let mut backwards = Vec::new();
    for (rank, step) in STEPS.iter().enumerate() {
        let mut sources = Vec::new();
        files(&Path::new("src").join(step), &mut sources);
        assert!(!sources.is_empty(), "src/{step} has no source");
        for path in sources {
            let text = fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                for later in &STEPS[rank + 1..] {
                    if line.contains(&format!("crate::{later}::")) || line.contains(&format!("crate::{later}}}")) {
                        backwards.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        backwards.is_empty(),
        "imports against the pipeline:\n{}",
        backwards.join("\n")
    );
}

/// Reports never run the reader: they are handed the figures.
#[test]
fn no_report_calls_the_reader() {
    let mut sources = Vec::new();
    files(Path::new("src/report"), &mut sources);
    for path in sources {
        let text = fs::read_to_string(&path).unwrap();
        let body = text.split("#[cfg(test)]").next().unwrap_or("");
        for call in ["extract::figures(", "FigureIndex::new("] {
            assert!(!body.contains(call), "{} calls {call}", path.display());
        }
    }
}
