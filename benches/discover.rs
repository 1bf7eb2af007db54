//! `suggest` on one long article: `cargo bench --bench discover`. The
//! article is the corpus and the consistent test articles end to end,
//! twice, so over 300 figures with sums, claims, parts, shares and repeats
//! among them (and every repeated context a pattern must get past); what is timed is reading its figures,
//! finding the relations and writing the rule file (patterns included).

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use figaudit::suggested_rules;
use figaudit::Document;
use figaudit::{discover, Article};

fn long_article() -> String {
    let mut text = String::new();
    for folder in ["corpus", "tests/fixtures/consistent/articles"] {
        let mut paths: Vec<_> = std::fs::read_dir(folder)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        paths.sort();
        for path in paths {
            text.push_str(&std::fs::read_to_string(path).unwrap_or_default());
            text.push_str("\n\n");
        }
    }
    text.repeat(2)
}

/// Times `suggest` on `text`: reading its figures, finding the relations
/// and writing the rule file; `what` names the benchmark with the number
/// of figures.
fn bench_suggest(c: &mut Criterion, what: &str, text: String, samples: usize) {
    bench_suggest_file(c, what, "bench.txt", text, samples);
}

/// [`bench_suggest`] on a document named `name` (a table is named `.csv`).
fn bench_suggest_file(c: &mut Criterion, what: &str, name: &str, text: String, samples: usize) {
    let document = Arc::new(Document::from_bytes(Path::new(name), text.into_bytes()).unwrap());
    let figures = Article::new(Arc::clone(&document)).index.figures().len();
    let mut group = c.benchmark_group("discover");
    group.sample_size(samples);
    group.bench_function(format!("suggest_{what}_{figures}_figures"), |b| {
        b.iter(|| {
            let articles = vec![Article::new(Arc::clone(&document))];
            let found = discover(black_box(&articles));
            suggested_rules(&articles, &found, Path::new("")).len()
        })
    });
    group.finish();
}

fn suggest(c: &mut Criterion) {
    bench_suggest(c, "one_article", long_article(), 100);
}

/// A fixed linear congruential sequence from `seed`, each draw below its
/// bound: the same text every run.
fn sequence(seed: u64) -> impl FnMut(u64) -> u64 {
    let mut state = seed;
    move |n: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % n
    }
}

/// One paragraph of 1,000 figures of one noun, a fifth of them
/// percentages: every figure is a candidate partner of every other, so a
/// search that grows faster than the window it looks in shows here.
fn dense_paragraph() -> String {
    let mut next = sequence(7);
    let mut parts = Vec::with_capacity(1_000);
    for _ in 0..1_000 {
        if next(5) == 0 {
            parts.push(format!("بنسبة {}.{} في المائة", 1 + next(98), next(10)));
        } else {
            parts.push(format!("{}.{:03} حادثة", 1 + next(998), 100 + next(899)));
        }
    }
    format!("سجلت المصالح {}.\n", parts.join("، و"))
}

fn dense(c: &mut Criterion) {
    bench_suggest(c, "one_paragraph", dense_paragraph(), 10);
}

/// One sentence repeated in 1,333 paragraphs: no figure's context is
/// unique, so every pattern falls back to an occurrence; patterns were
/// cubic in the figures here (64 s).
fn repeated(c: &mut Criterion) {
    let paragraph = "سجلت المصالح 1.234 حادثة خلال السنة، منها 1.000 حادثة في المدن و234 حادثة في القرى.";
    bench_suggest(c, "repeated_paragraphs", vec![paragraph; 1_333].join("\n\n"), 10);
}

/// One sentence of 100,000 figures and no year (`1,1,1,…`): each figure's
/// period was looked for back to the sentence's start, quadratic in the
/// figures (80,000 took 2.9 s, 8 million hours).
fn one_long_sentence(c: &mut Criterion) {
    bench_suggest(c, "one_sentence", format!("{}\n", vec!["1"; 100_000].join(",")), 10);
}

/// One change sentence said 4,000 times in one paragraph (12,000
/// figures): every figure is one digit from a third of the others (100
/// and 105) and shares its context with a third of them. Slips were
/// looked for among all of them and patterns compared each figure with
/// every other: quadratic (26 s for 5,000 sentences, 99 s for 10,000).
fn repeated_in_one_paragraph(c: &mut Criterion) {
    let sentence = "ارتفع بنسبة 5 في المائة من 100 إلى 105، ";
    bench_suggest(c, "repeated_sentences", format!("{}\n", sentence.repeat(4_000)), 10);
}

/// A table of 3,000 rows whose cells all share their labels' words, as
/// an export's rows do: every cell is a partner of the cells around it.
/// The failing candidates of the whole table were held at once, and the
/// rule writer and loader searched every cell for each cell they named:
/// a 700 KB table took 900 MB, and 100,000 rows five minutes.
fn long_table(c: &mut Criterion) {
    let mut next = sequence(11);
    let mut table = String::from("البند,2024,ملاحظة\n");
    for row in 0..3_000 {
        table.push_str(&format!(
            "عدد الملفات رقم {row},{},ملف {}\n",
            1 + next(9_999_999),
            next(999)
        ));
    }
    bench_suggest_file(c, "table_rows", "bench.csv", table, 10);
}

criterion_group!(
    benches,
    suggest,
    dense,
    repeated,
    one_long_sentence,
    repeated_in_one_paragraph,
    long_table
);
criterion_main!(benches);
