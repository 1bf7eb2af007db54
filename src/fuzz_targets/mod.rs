//! The fuzz targets, shared by `fuzz/` (cargo-fuzz, on nightly) and by the
//! property tests in `tests/it/fuzz_props.rs` (stable, in every CI run).
//!
//! Each takes arbitrary bytes, drives one entry point of figaudit the way
//! the command line does, and panics only when an invariant breaks: a
//! panic inside figaudit, a span out of bounds or off a char boundary.

mod generate;

use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::check;
use crate::discover::{discover, Article};
use crate::extract;
use crate::report::figures::{render_document, FigureFormat};
use crate::report::human::{self, Style};
use crate::report::rows::FindingRow;
use crate::rules::{self, DocumentCache};
use crate::text::Document;

/// Where the fuzzed rule file claims to live: the shipped `rules/`, so that
/// its documents can name the real corpus (`../corpus/…`). It is never
/// written; only what it names is read.
fn rule_file_path() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/fuzzed.yaml"))
}

/// The stack figaudit's work runs on: rayon's workers are spawned threads
/// with the default 2 MiB, not the main thread's 8 MiB, so a target runs
/// there too, or a recursion too deep for a worker would pass here.
const WORKER_STACK: usize = 2 * 1024 * 1024;

/// Runs `target` on a thread with a worker's stack; its panic is this
/// thread's.
fn on_worker_stack(target: impl FnOnce() + Send) {
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .stack_size(WORKER_STACK)
            .spawn_scoped(scope, target);
        match spawned.map(|handle| handle.join()) {
            Ok(Ok(())) => {}
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            // No thread to be had (the machine's limit, not the input's):
            // nothing is checked this once.
            Err(_) => {}
        }
    });
}

/// An HTML page as a document (see [`html_page_here`]), on a worker's stack.
pub fn html_page(data: &[u8]) {
    on_worker_stack(|| html_page_here(data));
}

/// The number reader and the figures report (see [`reader_here`]), on a
/// worker's stack.
pub fn reader(data: &[u8]) {
    on_worker_stack(|| reader_here(data));
}

/// A rule file loaded, evaluated and reported (see [`rule_loader_here`]),
/// on a worker's stack.
pub fn rule_loader(data: &[u8]) {
    on_worker_stack(|| rule_loader_here(data));
}

/// `expr` parsed and evaluated (see [`expr_here`]), on a worker's stack.
pub fn expr(data: &[u8]) {
    on_worker_stack(|| expr_here(data));
}

/// An `expr` built from the bytes read as choices (see
/// [`generate::expression`]), parsed and evaluated as [`expr`] does, on a
/// worker's stack.
pub fn expr_built(data: &[u8]) {
    on_worker_stack(|| expr_text(&generate::expression(&mut generate::Choices::new(data))));
}

/// A whole rule file built from the bytes read as choices (see
/// [`generate::rule_file`]), loaded, evaluated and reported as
/// [`rule_loader`] does, on a worker's stack.
pub fn rule_file_built(data: &[u8]) {
    on_worker_stack(|| rule_loader_here(generate::rule_file(&mut generate::Choices::new(data)).as_bytes()));
}

/// `suggest` over an article (see [`audit_here`]), on a worker's stack.
pub fn audit(data: &[u8]) {
    on_worker_stack(|| audit_here(data));
}

/// An HTML page as a document: its text and every figure's place in the
/// file stay within the file, on char boundaries, in order.
fn html_page_here(data: &[u8]) {
    let Ok(document) = Document::from_bytes(Path::new("fuzzed.html"), data.to_vec()) else {
        return;
    };
    let file = document.file_behind_text().unwrap_or_default();
    let mut previous = 0;
    for figure in extract::document_figures(&document).filter_map(Result::ok) {
        let (start, end) = (
            document.file_offset(figure.span.start),
            document.file_end(figure.span.end),
        );
        assert!(start < end && end <= file.len(), "{start}..{end} of {}", file.len());
        assert!(file.is_char_boundary(start) && file.is_char_boundary(end));
        assert!(start >= previous, "figures out of order at {start}");
        previous = start;
        let position = document.line_index().position(figure.span.start);
        assert!(position.line >= 1 && position.column >= 1);
    }
    if let Ok(rendered) = render_document(
        &document,
        crate::commands::figures::read_figures(&document, false),
        FigureFormat::Html,
    ) {
        assert!(std::str::from_utf8(&rendered.body).is_ok());
    }
}

/// The number reader and the figures report, on any text.
fn reader_here(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut previous = 0;
    for found in extract::figures(text) {
        let span = match &found {
            Ok(figure) => figure.span.clone(),
            Err(error) => error.span.clone(),
        };
        assert!(span.start < span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(span.start >= previous, "figures out of order at {span:?}");
        previous = span.start;
        if let Ok(figure) = found {
            let _ = figure.value.to_string();
        }
    }
    let Ok(document) = Document::from_bytes(Path::new("fuzzed.txt"), data.to_vec()) else {
        return;
    };
    for format in [
        FigureFormat::Table,
        FigureFormat::Csv,
        FigureFormat::Json,
        FigureFormat::Html,
    ] {
        let Ok(rendered) = render_document(
            &document,
            crate::commands::figures::read_figures(&document, false),
            format,
        ) else {
            continue;
        };
        for problem in &rendered.problems.shown {
            let _ = human::render(problem, Style::default());
        }
    }
}

/// The corpus documents a fuzzed rule file may name, read and indexed
/// once for the whole campaign: reading them again for every input would
/// spend most of its time there. The cache keeps documents weakly, so the
/// indexed documents are kept here too.
fn corpus_cache() -> &'static DocumentCache {
    static CORPUS: OnceLock<(DocumentCache, Vec<Arc<rules::IndexedDocument>>)> = OnceLock::new();
    let (cache, _kept) = CORPUS.get_or_init(|| {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let articles = generate::CORPUS_DOCUMENTS
            .iter()
            .filter_map(|name| Document::load(&corpus.join(name)).ok())
            .map(|document| Article::new(Arc::new(document)));
        let cache = DocumentCache::default();
        let kept = cache.preload(articles.map(|a| (a.document, a.index)));
        (cache, kept)
    });
    cache
}

/// A rule file, loaded, evaluated and reported as `check` does.
fn rule_loader_here(data: &[u8]) {
    let Ok(file) = Document::from_bytes(rule_file_path(), data.to_vec()) else {
        return;
    };
    let loaded = rules::load_rule_document(Arc::new(file), corpus_cache());
    for problem in &loaded.problems {
        let _ = human::render(problem.as_ref(), Style::default());
    }
    for rule in &loaded.rules {
        let _ = rule.relation();
        for finding in check::evaluate_rule(rule) {
            let _ = human::render_finding(&finding, Style::default());
            let row = FindingRow::new(&finding);
            let _ = row.references();
        }
    }
}

/// Literal figures an `expr` may name: ordinary, rounded, a percent, zero,
/// and the extremes of the decimal range.
const EXPR_FIGURES: &str = "\
figures:
  a:
    value: 3685964
  b:
    value: \"أزيد من 3.6 مليون\"
  c:
    value: \"28%\"
  z:
    value: 0
  tiny:
    value: 1e-28
  huge:
    value: 79228162514264337593543950335
";

/// An `expr` rule: parsed, then evaluated over [`EXPR_FIGURES`] with and
/// without a tolerance.
fn expr_here(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        expr_text(text);
    }
}

fn expr_text(text: &str) {
    if let Err(error) = rules::expr::parse(text) {
        assert!(error.span.start <= error.span.end && error.span.end <= text.len());
    }
    // A JSON string is a YAML double-quoted scalar: any text, escaped.
    let Ok(quoted) = serde_json::to_string(text) else {
        return;
    };
    let file = format!(
        "version: 1\n{EXPR_FIGURES}rules:\n  - id: exact\n    expr: {quoted}\n  - id: tolerant\n    tolerance: \"0.5%\"\n    expr: {quoted}\n"
    );
    rule_loader_here(file.as_bytes());
}

/// `suggest` and `audit` on any text: the rule file suggested for it loads
/// back with no problem (every generated pattern finds its figure), and
/// its rules evaluate and render.
fn audit_here(data: &[u8]) {
    let Ok(document) = Document::from_bytes(Path::new("fuzzed.txt"), data.to_vec()) else {
        return;
    };
    let articles = vec![Article::new(Arc::new(document))];
    let suggestions = discover(&articles);
    let yaml = rules::suggested_rules(&articles, &suggestions, Path::new(""));
    let file = match Document::from_bytes(Path::new("fuzzed.txt#suggested"), yaml.clone().into_bytes()) {
        Ok(file) => file,
        Err(error) => panic!("the suggested rule file is not a text file: {error}\n{yaml}"),
    };
    let cache = DocumentCache::default();
    let _held = cache.preload(articles.into_iter().map(|a| (a.document, a.index)));
    let loaded = rules::load_rule_document(Arc::new(file), &cache);
    assert!(
        loaded.problems.is_empty(),
        "the suggested rules do not load back: {:?}\n{yaml}",
        loaded.problems
    );
    for rule in &loaded.rules {
        for finding in check::evaluate_rule(rule) {
            let _ = human::render_finding(&finding, Style::default());
        }
    }
}
