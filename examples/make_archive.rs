//! Builds a synthetic news archive from the corpus, for benchmarks:
//! `cargo run --release --example make_archive -- OUT_DIR N`.
//!
//! Each article is the 2025 annual report's sentences with new figures (a
//! national total written in words and digits, the two centres' parts, a
//! rounded headline), padded with other corpus paragraphs to about 5 KB, so
//! 20,000 articles make about 100 MB. Each gets a rule file checking its sum
//! and its headline; every second article has a planted error (a centre's
//! figure off by a few units, or an overstated headline). Figures come from
//! a fixed pseudo-random sequence, so the archive is the same on every run.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// xorshift64*: small, fast, and the same everywhere.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }
}

/// `3.685.964`, as the Moroccan press groups thousands.
fn dotted(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// `ثلاثة ملايين و685 ألف و964`, as the 2025 report writes its total.
fn mixed_words(n: u64) -> String {
    const MILLIONS: [&str; 10] = [
        "",
        "مليون",
        "مليونان",
        "ثلاثة ملايين",
        "أربعة ملايين",
        "خمسة ملايين",
        "ستة ملايين",
        "سبعة ملايين",
        "ثمانية ملايين",
        "تسعة ملايين",
    ];
    let (millions, thousands, units) = (n / 1_000_000, n / 1000 % 1000, n % 1000);
    let mut out = MILLIONS[millions as usize].to_string();
    if thousands > 0 {
        out.push_str(&format!(" و{thousands} ألف"));
    }
    if units > 0 {
        out.push_str(&format!(" و{units}"));
    }
    out
}

fn paragraphs(corpus: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for name in [
        "dgsn-2023-annual-report.txt",
        "dgsn-2024-annual-report.txt",
        "dgsn-2025-sawt-aladala.txt",
    ] {
        let text = fs::read_to_string(corpus.join(name)).unwrap_or_default();
        // Paragraphs without figures of their own, so each article's
        // figures are the ones its rules check.
        found.extend(
            text.lines()
                .filter(|l| l.chars().count() > 200 && !l.chars().any(|c| c.is_ascii_digit()))
                .map(str::to_string),
        );
    }
    found
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(out), Some(count)) = (args.get(1), args.get(2).and_then(|n| n.parse::<usize>().ok())) else {
        eprintln!("usage: make_archive OUT_DIR N");
        std::process::exit(2);
    };
    let out = PathBuf::from(out);
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let filler = paragraphs(&corpus);
    let articles = out.join("articles");
    let rules = out.join("rules");
    for dir in [&articles, &rules] {
        if let Err(error) = fs::create_dir_all(dir) {
            eprintln!("cannot create {}: {error}", dir.display());
            std::process::exit(2);
        }
    }
    let mut sequence = Sequence(0x9E37_79B9_7F4A_7C15);
    let mut bytes = 0usize;
    for i in 0..count {
        // Never a round thousand: «… و146 ألف» alone would state the total
        // only to the nearest 1,000, and a planted error of a few units
        // would rightly agree with it.
        let total = sequence.between(3_000_001, 4_899_999) / 1000 * 1000 + sequence.between(1, 999);
        let rabat = total * sequence.between(65, 80) / 100;
        let mut marrakech = total - rabat;
        // The headline states the total to the nearest 100,000 below it.
        let mut headline = (total / 100_000) as f64 / 10.0;
        let planted = i % 2 == 1;
        if planted && i % 4 == 1 {
            marrakech += sequence.between(1, 90);
        } else if planted {
            headline += 0.2;
        }
        let year = 2000 + i % 26;
        let mut text = format!(
            "مديرية الأمن: إصدار أزيد من {headline:.1} مليون بطاقة وطنية من الجيل الجديد\n\n\
             أفادت مديرية الأمن الوطني بأنه تم خلال سنة {year} إنجاز ما مجموعه {} بطاقة وطنية للتعريف الإلكترونية من الجيل الجديد.\n\n\
             وأوضحت المديرية في حصيلتها السنوية برسم سنة {year}، أنه من بين البطاقات المنجزة {} بطاقة تم إنتاجها بمركز الإصدار بمدينة الرباط، و{} بطاقة وطنية أخرى تم إصدارها بمركز الإصدار الجهوي الذي تم إحداثه بمدينة مراكش في إطار سياسة القرب من المواطنين.\n\n",
            mixed_words(total),
            dotted(rabat),
            dotted(marrakech),
        );
        let mut k = i;
        while text.len() < 5_000 && !filler.is_empty() {
            text.push_str(&filler[k % filler.len()]);
            text.push_str("\n\n");
            k += 7;
        }
        let name = format!("article-{i:06}");
        let rule_file = format!(
            "version: 1\n\
             documents:\n  article: ../articles/{name}.txt\n\
             figures:\n\
             \x20 total:\n    document: article\n    pattern: \"إنجاز ما مجموعه {{}} بطاقة\"\n\
             \x20 rabat:\n    document: article\n    pattern: \"{{}} بطاقة تم إنتاجها بمركز الإصدار بمدينة الرباط\"\n\
             \x20 marrakech:\n    document: article\n    pattern: \"و{{}} بطاقة وطنية أخرى\"\n\
             \x20 headline:\n    document: article\n    pattern: \"إصدار {{}} بطاقة وطنية\"\n\
             rules:\n\
             \x20 - id: {name}-centres-sum-to-total\n    sum: [rabat, marrakech]\n    equals: total\n\
             \x20 - id: {name}-headline-agrees\n    loose: ignore\n    claim: headline\n    agrees_with: total\n"
        );
        bytes += text.len();
        let written = fs::write(articles.join(format!("{name}.txt")), &text)
            .and_then(|()| fs::write(rules.join(format!("{name}.yaml")), rule_file));
        if let Err(error) = written {
            eprintln!("cannot write {name}: {error}");
            std::process::exit(2);
        }
    }
    let _ = writeln!(
        std::io::stdout(),
        "{count} articles ({:.1} MB) and {count} rule files in {}",
        bytes as f64 / 1e6,
        out.display()
    );
}
