//! Rule loading and evaluation: the shipped DGSN pack over the corpus,
//! `cargo bench --bench evaluate`.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion};
use figaudit::{check, rules};

fn evaluate(c: &mut Criterion) {
    let paths = [PathBuf::from("rules")];
    let mut group = c.benchmark_group("evaluate");
    group.bench_function("dgsn_pack_load_and_check", |b| {
        b.iter(|| {
            let set = rules::load(black_box(&paths));
            check::evaluate(&set.rules).len()
        })
    });
    let set = rules::load(&paths);
    group.bench_function("dgsn_pack_check_only", |b| {
        b.iter(|| check::evaluate(black_box(&set.rules)).len())
    });
    group.finish();
}

criterion_group!(benches, evaluate);
criterion_main!(benches);
