//! Rule loading and evaluation: the shipped DGSN pack over the corpus,
//! `cargo bench --bench evaluate`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use figaudit::cli::Exclude;
use figaudit::{
    evaluate as evaluate_rules, load as load_rules, load_rule_document, rule_files, Document, DocumentCache,
    FigureIndex,
};

fn evaluate(c: &mut Criterion) {
    let paths = [PathBuf::from("rules")];
    let mut group = c.benchmark_group("evaluate");
    group.bench_function("dgsn_pack_load_and_check", |b| {
        b.iter(|| {
            let set = load_rules(black_box(&paths));
            evaluate_rules(&set.rules).len()
        })
    });
    let set = load_rules(&paths);
    group.bench_function("dgsn_pack_check_only", |b| {
        b.iter(|| evaluate_rules(black_box(&set.rules)).len())
    });
    group.finish();
}

/// Reading rule files alone: the YAML, its typing and the located rules
/// (each rule's line, as every report row asks for it), with the documents
/// they name already read and indexed, as when many rule files share them.
fn load(c: &mut Criterion) {
    let corpus = std::fs::read_dir("corpus").map(|entries| {
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        paths
    });
    let documents = corpus.unwrap_or_default().into_iter().filter_map(|path| {
        let document = Document::load(&path).ok()?;
        let index = FigureIndex::new(&document);
        Some((Arc::new(document), index))
    });
    let cache = DocumentCache::default();
    let _held = cache.preload(documents);
    let (files, _) = rule_files(&[PathBuf::from("rules")], &Exclude::default());
    let texts: Vec<Arc<Document>> = files
        .iter()
        .filter_map(|path| Document::load(Path::new(path)).ok().map(Arc::new))
        .collect();
    let mut group = c.benchmark_group("load");
    group.bench_function("dgsn_pack_rule_files_documents_cached", |b| {
        b.iter(|| {
            let mut lines = 0;
            for text in &texts {
                let loaded = load_rule_document(Arc::clone(black_box(text)), &cache);
                lines += loaded
                    .rules
                    .iter()
                    .map(|rule| rule.location.position().line)
                    .sum::<usize>();
            }
            lines
        })
    });
    group.finish();
}

criterion_group!(benches, evaluate, load);
criterion_main!(benches);
