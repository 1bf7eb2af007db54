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

/// The HTML report draws figures it is handed (spans, tooltips, values)
/// with the documents' text: it names nothing of the reader's.
#[test]
fn the_html_report_imports_nothing_from_the_reader() {
    let text = fs::read_to_string("src/report/html_report.rs").unwrap();
    assert!(
        !text.contains("extract::"),
        "src/report/html_report.rs names the reader"
    );
}

/// A source file's module path: `src/discover/finders/sum.rs` is
/// `discover::finders::sum`, a `mod.rs` its folder's, `lib.rs` the root.
fn module_of(path: &Path) -> Vec<String> {
    let relative = path.strip_prefix("src").unwrap_or(path).with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// Every path a source names with `crate::`, `super::` or `self::`
/// (comments and tests left out), a `{a, b::c}` list read as one path
/// each, resolved against the module `at`.
fn named_paths(text: &str, at: &[String]) -> Vec<Vec<String>> {
    let code: String = text
        .split("#[cfg(test)]")
        .next()
        .unwrap_or("")
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let bytes = code.as_bytes();
    let ident = |i: usize| -> (String, usize) {
        let mut j = i;
        while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_') {
            j += 1;
        }
        (code[i..j].to_string(), j)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !code.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let boundary =
            i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b':');
        let (word, end) = ident(i);
        if !boundary || !matches!(word.as_str(), "crate" | "super" | "self") || !code[end..].starts_with("::") {
            i = if word.is_empty() { i + 1 } else { end };
            continue;
        }
        let mut base: Vec<String> = match word.as_str() {
            "crate" => Vec::new(),
            "self" => at.to_vec(),
            _ => at[..at.len().saturating_sub(1)].to_vec(),
        };
        let mut j = end;
        while code[j..].starts_with("::") {
            j += 2;
            let (segment, next) = ident(j);
            if segment == "super" {
                base.pop();
            } else if !segment.is_empty() {
                base.push(segment);
            }
            if next == j {
                break;
            }
            j = next;
        }
        if code[j..].starts_with('{') {
            let close = code[j..].find('}').map_or(code.len(), |c| j + c);
            for item in code[j + 1..close].split(',') {
                let mut path = base.clone();
                path.extend(
                    item.trim()
                        .split("::")
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty() && s != "self" && s != "*"),
                );
                out.push(path);
            }
            j = close;
        } else {
            out.push(base);
        }
        i = j.max(i + 1);
    }
    out
}

/// No two files name each other, however indirectly: each file's
/// dependencies can be read before it. A folder's `mod.rs` declaring its
/// files is not naming them.
#[test]
fn no_cycle_between_files() {
    let mut sources = Vec::new();
    files(Path::new("src"), &mut sources);
    let modules: Vec<Vec<String>> = sources.iter().map(|p| module_of(p)).collect();
    let index_of = |path: &[String]| -> Option<usize> {
        (0..=path.len())
            .rev()
            .find_map(|n| modules.iter().position(|m| m.as_slice() == &path[..n]))
    };
    let mut edges: Vec<std::collections::BTreeSet<usize>> = vec![Default::default(); sources.len()];
    for (from, path) in sources.iter().enumerate() {
        let text = fs::read_to_string(path).unwrap();
        for named in named_paths(&text, &modules[from]) {
            if let Some(to) = index_of(&named).filter(|&to| to != from) {
                edges[from].insert(to);
            }
        }
    }
    // Depth-first search: a file met again on the current path closes a
    // cycle.
    fn visit(
        node: usize,
        edges: &[std::collections::BTreeSet<usize>],
        state: &mut [u8],
        path: &mut Vec<usize>,
        cycles: &mut Vec<Vec<usize>>,
    ) {
        state[node] = 1;
        path.push(node);
        for &next in &edges[node] {
            match state[next] {
                0 => visit(next, edges, state, path, cycles),
                1 => {
                    let from = path.iter().position(|&n| n == next).unwrap_or(0);
                    cycles.push(path[from..].to_vec());
                }
                _ => {}
            }
        }
        path.pop();
        state[node] = 2;
    }
    let mut state = vec![0u8; sources.len()];
    let mut cycles = Vec::new();
    for node in 0..sources.len() {
        if state[node] == 0 {
            visit(node, &edges, &mut state, &mut Vec::new(), &mut cycles);
        }
    }
    let shown: Vec<String> = cycles
        .iter()
        .map(|cycle| {
            cycle
                .iter()
                .chain(cycle.first())
                .map(|&n| sources[n].display().to_string())
                .collect::<Vec<_>>()
                .join(" → ")
        })
        .collect();
    assert!(shown.is_empty(), "files that name each other:\n{}", shown.join("\n"));
    // The reading found the pipeline's own imports: it is not vacuous.
    let sum = sources
        .iter()
        .position(|p| p.ends_with("discover/finders/sum.rs"))
        .unwrap();
    let amount = sources.iter().position(|p| p.ends_with("discover/amount.rs")).unwrap();
    assert!(edges[sum].contains(&amount), "sum.rs names amount.rs");
}

#[test]
fn paths_named_in_a_source_are_resolved_against_its_module() {
    let at: Vec<String> = ["discover", "finders", "sum"].iter().map(|s| s.to_string()).collect();
    let text = "use super::super::amount::{Amount, Class};\n// use crate::report::x;\nuse crate::extract::{Kind, lang::ar};\nlet x = self::helper();\n";
    let named = named_paths(text, &at);
    let show: Vec<String> = named.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        show,
        [
            "discover::amount::Amount",
            "discover::amount::Class",
            "extract::Kind",
            "extract::lang::ar",
            "discover::finders::sum::helper"
        ]
    );
}

/// The crate's only public surface is the façade in `src/lib.rs`: every
/// step of the pipeline is a private module, so nothing outside the crate
/// (the binary, these tests, the benchmarks) reaches a step's inside.
#[test]
fn every_step_is_private_to_the_crate() {
    let lib = fs::read_to_string("src/lib.rs").unwrap();
    for step in STEPS {
        assert!(
            lib.contains(&format!("\nmod {step};")),
            "{step} is not declared private"
        );
        assert!(!lib.contains(&format!("pub mod {step};")), "{step} is public");
    }
    let public: Vec<&str> = lib
        .lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with("pub mod "))
        .collect();
    assert_eq!(public, ["pub mod fuzz_targets;", "pub mod cli {"]);
}
