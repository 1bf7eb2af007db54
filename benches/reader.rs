//! The figure reader's throughput over Arabic news text, on one core:
//! `cargo bench --bench reader`. Target: at least 100 MB/s.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use figaudit::extract::figures;

/// The five corpus articles, repeated to about 2 MB.
fn corpus() -> String {
    let mut one = String::new();
    for entry in std::fs::read_dir("corpus").into_iter().flatten().flatten() {
        one.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
        one.push('\n');
    }
    one.repeat((2_000_000 / one.len().max(1)).max(1))
}

fn reader(c: &mut Criterion) {
    let text = corpus();
    let mut group = c.benchmark_group("reader");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("corpus_figures", |b| b.iter(|| figures(black_box(&text)).count()));
    group.finish();
}

criterion_group!(benches, reader);
criterion_main!(benches);
