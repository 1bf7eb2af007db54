//! A file larger than a part is read a part at a time, and lists the
//! figures it lists read whole: same figures, same offsets, same lines.

use std::fs;

use crate::common::figaudit;
use figaudit::figures;
use figaudit::{Document, Parts, PART_BYTES};

/// The corpus articles' paragraphs, Arabic and French, joined by every
/// kind of paragraph gap the reader knows (blank lines with spaces, tabs,
/// CRLF, direction marks), and by single line breaks, which do not end a
/// paragraph, cycling until the text is `size` bytes long.
fn mixed_text(size: usize) -> String {
    let mut paragraphs = Vec::new();
    let mut paths: Vec<_> = fs::read_dir("corpus").unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let text = fs::read_to_string(path).unwrap();
        paragraphs.extend(text.split("\n\n").filter(|p| !p.trim().is_empty()).map(str::to_string));
    }
    let gaps = [
        "\n\n",
        "\n \n",
        "\r\n\r\n",
        "\n\t\n\n",
        "\n",
        "\n\u{200f}\n\n",
        "\n\n\n",
    ];
    let mut text = String::new();
    let mut i = 0;
    while text.len() < size {
        text.push_str(&paragraphs[i % paragraphs.len()]);
        text.push_str(gaps[i % gaps.len()]);
        i += 1;
    }
    text
}

/// Each figure (or unread word) as the file places it: offsets, line and
/// column, and everything read.
fn listed(document: &Document) -> Vec<String> {
    figures(document.text())
        .map(|found| match found {
            Ok(f) => {
                let at = document.line_index().position(f.span.start);
                format!(
                    "{}..{} {}:{} {} {:?} {:?} {:?} {:?} {:?} {:?}",
                    document.file_offset(f.span.start),
                    document.file_offset(f.span.end),
                    at.line,
                    at.column,
                    f.value,
                    f.kind,
                    f.qualifier,
                    f.unit,
                    f.noun(document.text()),
                    f.change,
                    f.range.map(|(end, other)| (end, document.file_offset(other))),
                )
            }
            Err(e) => format!("{} {}", document.file_offset(e.span.start), e.reason),
        })
        .collect()
}

#[test]
fn parts_list_what_the_whole_file_lists() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    let text = mixed_text(400_000);
    fs::write(&path, &text).unwrap();
    let whole = listed(&Document::load(&path).unwrap());
    assert!(whole.len() > 1000, "{} figures", whole.len());
    // Small parts: hundreds of cuts, at every kind of gap.
    for part_bytes in [2_000, 10_000, 100_000] {
        let parts = Parts::open_sized(&path, part_bytes).unwrap();
        let mut from_parts = Vec::new();
        let mut count = 0;
        for part in parts {
            from_parts.extend(listed(&part.unwrap()));
            count += 1;
        }
        assert!(count > text.len() / part_bytes / 2, "{count} parts of {part_bytes}");
        assert_eq!(from_parts, whole, "parts of {part_bytes} bytes");
    }
}

/// Through the binary: a file over one part, made of one article written
/// `copies` times, lists that article's figures `copies` times, each copy's
/// offsets and lines shifted by the copies before it, on 1 and 2 threads.
#[test]
fn a_large_file_lists_each_copy_of_its_article_at_its_place() {
    let article = fs::read_to_string("corpus/dgsn-2025-annual-report.txt").unwrap();
    let article = format!("{}\n\n", article.trim_end());
    let copies = PART_BYTES / article.len() * 2 + 1;
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("one.txt"), &article).unwrap();
    fs::write(dir.path().join("big.txt"), article.repeat(copies)).unwrap();
    let rows = |name: &str, jobs: &str| -> Vec<Vec<String>> {
        let out = figaudit()
            .current_dir(dir.path())
            .args(["figures", "--format", "csv", "--jobs", jobs, name])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
        reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    };
    let one = rows("one.txt", "1");
    assert!(!one.is_empty());
    let lines = article.matches('\n').count();
    let shifted = |row: &[String], copy: usize, column: usize, by: usize| -> String {
        row[column]
            .parse::<usize>()
            .map_or(row[column].clone(), |n| (n + copy * by).to_string())
    };
    let mut expected = Vec::new();
    for copy in 0..copies {
        for row in &one {
            let mut row = row.clone();
            row[0] = "big.txt".to_string();
            row[1] = shifted(&row, copy, 1, lines);
            for column in [3, 4, 15] {
                row[column] = shifted(&row, copy, column, article.len());
            }
            expected.push(row);
        }
    }
    for jobs in ["1", "2"] {
        assert_eq!(rows("big.txt", jobs), expected, "--jobs {jobs}");
    }
}

/// Through the binary: a file of one paragraph over two parts long (a
/// part ends only where a paragraph does, so it is one part) lists every
/// figure of every sentence at its place, as CSV and as JSON, its rows
/// written as they are rendered rather than held.
#[test]
fn a_one_paragraph_file_is_listed_whole_as_it_is_rendered() {
    let sentence = "سجلت المصالح 1234 حادثة و56 مخالفة خلال الشهر. ";
    let copies = PART_BYTES / sentence.len() * 2 + 1;
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("line.txt"), sentence.repeat(copies)).unwrap();
    // (start, column) of each figure of the sentence, read from it.
    let at = |figure: &str| {
        let start = sentence.find(figure).unwrap();
        (start, sentence[..start].chars().count() + 1, figure.len())
    };
    let chars = sentence.chars().count();
    let mut expected = Vec::new();
    for copy in 0..copies {
        for (start, column, len) in [at("1234"), at("56")] {
            let start = start + copy * sentence.len();
            expected.push((column + copy * chars, start, start + len));
        }
    }
    for jobs in ["1", "2"] {
        let out = |format: &str| {
            let out = figaudit()
                .current_dir(dir.path())
                .args(["figures", "--format", format, "--jobs", jobs, "line.txt"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            out.stdout
        };
        let csv_rows: Vec<(usize, usize, usize)> = csv::Reader::from_reader(out("csv").as_slice())
            .records()
            .map(|r| {
                let r = r.unwrap();
                let n = |i: usize| r[i].parse::<usize>().unwrap();
                (n(2), n(3), n(4))
            })
            .collect();
        assert!(csv_rows == expected, "CSV, --jobs {jobs}: {} rows", csv_rows.len());
        let json: serde_json::Value = serde_json::from_slice(&out("json")).unwrap();
        let json_rows: Vec<(usize, usize, usize)> = json
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let n = |k: &str| f[k].as_u64().unwrap() as usize;
                (n("column"), n("start"), n("end"))
            })
            .collect();
        assert!(json_rows == expected, "JSON, --jobs {jobs}: {} rows", json_rows.len());
    }
}

/// A table larger than a part is read whole (its cells are found by
/// parsing it all), and its rows are written as they are rendered: every
/// data cell is listed, at its cell, between a table file and an article
/// before and after it, as CSV, JSON and the terminal table.
#[test]
fn a_large_table_is_listed_whole_as_it_is_rendered() {
    let dir = tempfile::tempdir().unwrap();
    let mut table = String::from("المركز,2024,2025\n");
    let mut rows = 0;
    while table.len() <= PART_BYTES + 1000 {
        rows += 1;
        table.push_str(&format!("مركز رقم {rows},{},{}\n", 1000 + rows, 2000 + rows));
    }
    fs::write(dir.path().join("b.csv"), &table).unwrap();
    let article = "بلغ عدد البطاقات 2.653.895 بطاقة.\n";
    fs::write(dir.path().join("a.txt"), article).unwrap();
    fs::write(dir.path().join("c.txt"), article).unwrap();
    let out = |format: &str| {
        let out = figaudit()
            .current_dir(dir.path())
            .args(["figures", "--format", format, "a.txt", "b.csv", "c.txt"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    // Each row's two cells, by cell and value, read from the table written.
    let mut expected = vec![("a.txt".to_string(), String::new(), "2653895".to_string())];
    for row in 1..=rows {
        for (column, value) in [("B", 1000 + row), ("C", 2000 + row)] {
            expected.push(("b.csv".into(), format!("{column}{}", row + 1), value.to_string()));
        }
    }
    expected.push(("c.txt".into(), String::new(), "2653895".into()));
    let json: serde_json::Value = serde_json::from_slice(&out("json")).unwrap();
    let listed: Vec<(String, String, String)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let text = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (text("document"), text("cell"), text("value"))
        })
        .collect();
    assert!(listed == expected, "JSON: {} rows of {}", listed.len(), expected.len());
    let csv_rows = csv::Reader::from_reader(out("csv").as_slice()).records().count();
    assert_eq!(csv_rows, expected.len());
    // The terminal table: each document under its name, the table's last
    // cell after its name and before the next document's.
    let shown = String::from_utf8(out("table")).unwrap();
    let last = shown.find(&format!(" {}  [", 2000 + rows)).unwrap_or(0);
    let (a, b, c) = (
        shown.find("a.txt").unwrap(),
        shown.find("b.csv").unwrap(),
        shown.rfind("c.txt").unwrap(),
    );
    assert!(a < b && b < last && last < c, "{}", &shown[shown.len() - 500..]);
}
