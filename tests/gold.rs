//! The published accuracy of the reader: every `tests/gold/*.gold` file
//! (sentences written for figaudit, each figure's fields decided by
//! reading; format in tests/gold/README.md) against what the reader finds.
//! Fails below 99% recall or 100% precision; prints the figures either way
//! (`cargo test --test gold -- --nocapture`).

use std::collections::BTreeMap;
use std::fs;
use std::str::FromStr;

use figaudit::extract::{self, noun_form, Figure};
use rust_decimal::Decimal;

/// The fields compared, in the order of a gold line after `text`.
const FIELDS: [&str; 9] = [
    "value",
    "kind",
    "qualifier",
    "precision",
    "unit",
    "noun",
    "change",
    "range",
    "calendar",
];

struct Sentence {
    file: String,
    line: usize,
    text: String,
    /// (text, fields in FIELDS order)
    expected: Vec<(String, Vec<String>)>,
}

fn parse(file: &str, content: &str) -> Vec<Sentence> {
    let mut sentences: Vec<Sentence> = Vec::new();
    for (i, line) in content.lines().enumerate() {
        if let Some(text) = line.strip_prefix("> ") {
            sentences.push(Sentence {
                file: file.to_string(),
                line: i + 1,
                text: text.to_string(),
                expected: Vec::new(),
            });
        } else if let Some(figure) = line.strip_prefix("= ") {
            let mut cells: Vec<String> = figure.split('|').map(|c| c.trim().to_string()).collect();
            assert!(cells.len() >= 2, "{file}:{}: a figure needs text and value", i + 1);
            cells.resize(FIELDS.len() + 1, String::new());
            let text = cells.remove(0);
            let sentence = sentences
                .last_mut()
                .unwrap_or_else(|| panic!("{file}:{}: a figure before any sentence", i + 1));
            sentence.expected.push((text, cells));
        }
    }
    sentences
}

/// The fields of a found figure, as the gold file writes them.
fn fields(figure: &Figure, text: &str) -> Vec<String> {
    vec![
        figure.value.to_string(),
        figure.kind.as_str().to_string(),
        figure.qualifier.as_str().to_string(),
        figure.precision.map(|p| p.normalize().to_string()).unwrap_or_default(),
        figure.unit.unwrap_or("").to_string(),
        figure.noun(text).unwrap_or_default(),
        figure.change.map_or("", |c| c.as_str()).to_string(),
        figure.range.map_or("", |(end, _)| end.as_str()).to_string(),
        figure.calendar.map_or("", |c| c.as_str()).to_string(),
    ]
}

/// Whether a found field agrees with the gold one: decimals by value,
/// nouns after the same folding, the rest as written.
fn same(field: &str, expected: &str, found: &str) -> bool {
    match field {
        "value" | "precision" => match (Decimal::from_str(expected), Decimal::from_str(found)) {
            (Ok(e), Ok(f)) => e == f,
            _ => expected == found,
        },
        "noun" if !expected.is_empty() => noun_form(expected) == found,
        _ => expected == found,
    }
}

#[test]
fn the_reader_meets_its_published_accuracy_on_the_gold_set() {
    let mut sentences = Vec::new();
    let mut files: Vec<_> = fs::read_dir("tests/gold")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "gold"))
        .collect();
    files.sort();
    for path in &files {
        let content = fs::read_to_string(path).unwrap();
        sentences.extend(parse(&path.display().to_string(), &content));
    }

    let (mut expected_count, mut found_count, mut matched) = (0usize, 0usize, 0usize);
    let mut field_right: BTreeMap<&str, usize> = BTreeMap::new();
    let mut misses = Vec::new();
    for sentence in &sentences {
        let found: Vec<Figure> = extract::figures(&sentence.text).filter_map(Result::ok).collect();
        expected_count += sentence.expected.len();
        found_count += found.len();
        let mut used = vec![false; found.len()];
        for (text, want) in &sentence.expected {
            let hit = found
                .iter()
                .enumerate()
                .find(|(i, f)| !used[*i] && f.text(&sentence.text) == text);
            let Some((i, figure)) = hit else {
                misses.push(format!("{}:{}: missed «{text}»", sentence.file, sentence.line));
                continue;
            };
            used[i] = true;
            matched += 1;
            let got = fields(figure, &sentence.text);
            for (k, field) in FIELDS.iter().enumerate() {
                if same(field, &want[k], &got[k]) {
                    *field_right.entry(field).or_default() += 1;
                } else {
                    misses.push(format!(
                        "{}:{}: «{text}» {field}: expected {:?}, read {:?}",
                        sentence.file, sentence.line, want[k], got[k]
                    ));
                }
            }
        }
        for (figure, _) in found.iter().zip(&used).filter(|(_, used)| !**used) {
            misses.push(format!(
                "{}:{}: invented «{}»",
                sentence.file,
                sentence.line,
                figure.text(&sentence.text)
            ));
        }
    }

    let percent = |n: usize, of: usize| 100.0 * n as f64 / of.max(1) as f64;
    let recall = percent(matched, expected_count);
    let precision = percent(matched, found_count);
    let mut report = format!(
        "gold set: {} sentences, {expected_count} figures; recall {recall:.1}% ({matched}/{expected_count}), \
         precision {precision:.1}% ({matched}/{found_count})\nfield accuracy over the {matched} figures found:",
        sentences.len()
    );
    for field in FIELDS {
        let right = field_right.get(field).copied().unwrap_or(0);
        report.push_str(&format!(" {field} {:.1}%", percent(right, matched)));
    }
    println!("{report}");
    for miss in &misses {
        println!("  {miss}");
    }
    assert!(expected_count >= 300, "the gold set must hold at least 300 figures");
    assert!(recall >= 99.0 && precision >= 100.0, "{report}\n{}", misses.join("\n"));
}
