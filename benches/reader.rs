//! The figure reader's throughput over news text, on one core, Arabic and
//! French side by side: `cargo bench --bench reader`. Target: 200 MB/s
//! (about 190 MiB/s) on the Arabic corpus text; see the README for where
//! it stands.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use figaudit::figures;

/// The corpus articles of one language (French ones end in `-fr.txt`),
/// repeated to about 2 MB.
fn corpus(french: bool) -> String {
    let mut paths: Vec<_> = std::fs::read_dir("corpus")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with("-fr.txt") == french)
        .collect();
    paths.sort();
    let mut one = String::new();
    for path in paths {
        one.push_str(&std::fs::read_to_string(path).unwrap_or_default());
        one.push_str("\n\n");
    }
    one.repeat((2_000_000 / one.len().max(1)).max(1))
}

fn reader(c: &mut Criterion) {
    let mut group = c.benchmark_group("reader");
    for (name, french) in [("arabic_corpus", false), ("french_corpus", true)] {
        let text = corpus(french);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| figures(black_box(&text)).count()));
    }
    // Hostile text: a run of numbers listed with commas, one line. Each
    // number could open a list of days; the reader must stay linear.
    let listed = "1, ".repeat(700_000);
    group.throughput(Throughput::Bytes(listed.len() as u64));
    group.bench_function("listed_numbers", |b| b.iter(|| figures(black_box(&listed)).count()));
    group.finish();
}

criterion_group!(benches, reader);
criterion_main!(benches);
