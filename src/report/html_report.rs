//! The report people open (SPEC §6.5): one self-contained HTML file with
//! each document's text, every figure highlighted with its fields on
//! hover, the figures of each finding marked by status and linked both
//! ways with it, the findings and the summary. No script, no external
//! resource; everything taken from the inputs is escaped.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::Range;
use std::sync::Arc;

use super::cells::group_thousands;
use super::rows::{FigureEntry, FindingRow};
use crate::extract::{self, Figure, Kind};
use crate::text::script::{self, Script};
use crate::text::visible::visible;
use crate::text::Document;

const STYLE: &str = r#"
:root { --fail: #c62828; --fail-bg: #ffebee; --warn: #b26a00; --warn-bg: #fff4e0; --pass: #2e7d32; --pass-bg: #e8f5e9; --fig-bg: #eef1f6; --ink: #1d1d1f; --muted: #5f6368; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, sans-serif; color: var(--ink); background: #fafafa; }
header, main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.25rem; }
header { border-bottom: 1px solid #ddd; background: #fff; max-width: none; }
header h1 { font-size: 1.25rem; margin: 0; }
.summary { margin: .25rem 0 0; color: var(--muted); }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; overflow-wrap: anywhere; }
.findings ol { list-style: none; padding: 0; margin: 0; }
.finding { background: #fff; border: 1px solid #ddd; border-inline-start: 6px solid var(--muted); border-radius: 6px; padding: .6rem .9rem; margin: .6rem 0; overflow-wrap: anywhere; }
.finding.fail-error, .finding.error-error, .finding.error-warning, .finding.error-info { border-inline-start-color: var(--fail); }
.finding.fail-warning { border-inline-start-color: var(--warn); }
.finding.pass-error, .finding.pass-warning, .finding.pass-info { border-inline-start-color: var(--pass); }
.finding:target { outline: 3px solid #1a73e8; }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; padding: 0 .45rem; border-radius: 4px; background: #eee; }
.fail-error .badge, .error-error .badge { background: var(--fail-bg); color: var(--fail); }
.fail-warning .badge { background: var(--warn-bg); color: var(--warn); }
.pass-error .badge, .pass-warning .badge, .pass-info .badge { background: var(--pass-bg); color: var(--pass); }
.rule-id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; }
.message { margin: .3rem 0; }
.details, .where { margin: .2rem 0; font-size: .9rem; color: var(--muted); }
.figure-links a { margin-inline-end: .6rem; }
details.passed { margin: 1rem 0; }
.document { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .2rem 1rem .6rem; margin: 1rem 0; }
.document h2 { direction: ltr; text-align: left; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .95rem; }
.document p { margin: .6rem 0; font-size: 1.05rem; line-height: 2; overflow-wrap: anywhere; unicode-bidi: plaintext; }
mark.fig { background: var(--fig-bg); color: inherit; padding: 0 .15em; border-radius: 3px; unicode-bidi: isolate; }
mark.fig:target { outline: 3px solid #1a73e8; }
mark.fig.fail-error, mark.fig.error-error, mark.fig.error-warning, mark.fig.error-info { background: var(--fail-bg); box-shadow: inset 0 -2px var(--fail); }
mark.fig.fail-warning { background: var(--warn-bg); box-shadow: inset 0 -2px var(--warn); }
mark.fig.pass-error, mark.fig.pass-warning, mark.fig.pass-info { background: var(--pass-bg); box-shadow: inset 0 -2px var(--pass); }
sup.refs { font-size: .7rem; line-height: 0; unicode-bidi: isolate; }
sup.refs a { text-decoration: none; margin: 0 .1em; }
a { color: #1a73e8; }
@media (max-width: 40rem) { body { font-size: 15px; } header, main { padding: .75rem; } .document { padding: .2rem .6rem .5rem; } }
@media print { body { background: #fff; } header { border: 0; } .finding, .document { break-inside: avoid; border-color: #999; } a { color: inherit; text-decoration: none; } details.passed > * { display: block; } }
"#;

/// What the HTML needs of a finding: its row, and its number on the page.
struct Numbered<'a> {
    number: usize,
    row: &'a FindingRow,
}

/// The status class of a finding: `fail-error`, `pass-warning`, …
fn status_class(row: &FindingRow) -> String {
    format!("{}-{}", row.status, row.severity)
}

/// How much a status class weighs when one figure belongs to several
/// findings: the figure shows the worst.
fn weight(class: &str) -> u8 {
    match class {
        c if c.starts_with("error-") || c == "fail-error" => 3,
        "fail-warning" => 2,
        "fail-info" => 1,
        _ => 0,
    }
}

/// Text and attribute escaping: `& < > " '`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Article text for the page: controls and BiDi overrides made visible
/// (as in the terminal), then escaped.
fn shown(text: &str) -> String {
    escape(&visible(text))
}

/// Escaped text whose «quotes» are isolated (`<bdi>`), so that an Arabic
/// quotation inside an English message keeps its place and order.
fn shown_with_quotes(text: &str) -> String {
    let escaped = shown(text);
    if escaped.matches('«').count() != escaped.matches('»').count() {
        return escaped;
    }
    // Left-to-right marks keep the guillemets in the sentence's direction.
    escaped.replace('«', "&lrm;«<bdi>").replace('»', "</bdi>»&lrm;")
}

/// A stable id for a figure of a document: from the document's name (so
/// that documents rendered apart still get distinct ids) and its start.
pub fn figure_id(document: &str, start: usize) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in document.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("fig-{hash:08x}-{start}")
}

/// The page's start: everything up to the body's content.
pub fn start(out: &mut dyn Write, title: &str) -> io::Result<()> {
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(title)
    )
}

pub fn end(out: &mut dyn Write) -> io::Result<()> {
    out.write_all(b"</body>\n</html>\n")
}

/// A figure's fields, for its tooltip.
fn tooltip(figure: &Figure, text: &str) -> String {
    let value = match figure.kind {
        Kind::Number => group_thousands(&figure.value.to_string()),
        Kind::Percent => format!("{}%", group_thousands(&figure.value.to_string())),
        _ => figure.value.to_string(),
    };
    let mut lines = vec![
        format!("value: {value}"),
        format!("kind: {}", figure.kind.as_str()),
        format!("qualifier: {}", figure.qualifier.as_str()),
    ];
    if let Some(p) = figure.precision {
        lines.push(format!("precision: {}", group_thousands(&p.normalize().to_string())));
    }
    if let Some(unit) = figure.unit {
        lines.push(format!("unit: {unit}"));
    }
    if let Some(noun) = figure.noun(text) {
        lines.push(format!("noun: {noun}"));
    }
    if let Some(change) = figure.change {
        lines.push(format!("change: {}", change.as_str()));
    }
    if let Some(calendar) = figure.calendar {
        lines.push(format!("calendar: {}", calendar.as_str()));
    }
    lines.join("\n")
}

/// The findings a figure belongs to: its status class and their numbers.
type Marks = HashMap<usize, (String, Vec<usize>)>;

/// One document as a section: its paragraphs, every figure highlighted,
/// those of findings marked with their status and linked to them.
fn document_section(document: &Document, marks: &Marks) -> String {
    let text = document.text();
    let name = document.name();
    let figures: Vec<Figure> = extract::figures(text).filter_map(Result::ok).collect();
    let mut out = String::new();
    let _ = write!(
        out,
        "<section class=\"document\" id=\"{}\">\n<h2>{}</h2>\n",
        escape(&figure_id(name, usize::MAX)),
        shown(name)
    );
    let mut next = figures.iter().peekable();
    // French paragraphs read left to right, the rest right to left.
    let french: Vec<Range<usize>> = script::runs(text)
        .into_iter()
        .filter(|(_, s)| *s == Script::Latin)
        .map(|(range, _)| range)
        .collect();
    for paragraph in paragraphs(text) {
        if french.iter().any(|run| run.contains(&paragraph.start)) {
            out.push_str("<p dir=\"ltr\" lang=\"fr\">");
        } else {
            out.push_str("<p dir=\"rtl\">");
        }
        let mut at = paragraph.start;
        while let Some(figure) = next.next_if(|f| f.span.start < paragraph.end) {
            if figure.span.start < at {
                continue;
            }
            push_text(&mut out, &text[at..figure.span.start]);
            let id = figure_id(name, figure.span.start);
            let (class, numbers) = marks
                .get(&figure.span.start)
                .map_or(("", &[][..]), |(c, n)| (c.as_str(), n.as_slice()));
            let _ = write!(
                out,
                "<mark class=\"fig {}\" id=\"{}\" title=\"{}\" data-value=\"{}\">",
                escape(class),
                escape(&id),
                escape(&tooltip(figure, text)),
                escape(&figure.value.to_string())
            );
            push_text(&mut out, figure.text(text));
            out.push_str("</mark>");
            if !numbers.is_empty() {
                out.push_str("<sup class=\"refs\">");
                for n in numbers {
                    let _ = write!(out, "<a href=\"#finding-{n}\">{n}</a>");
                }
                out.push_str("</sup>");
            }
            at = figure.span.end;
        }
        push_text(&mut out, text.get(at..paragraph.end).unwrap_or(""));
        out.push_str("</p>\n");
    }
    out.push_str("</section>\n");
    out
}

/// A document with every figure highlighted and no finding.
pub fn plain_document_section(document: &Document) -> String {
    document_section(document, &Marks::new())
}

/// Text with its single line breaks kept.
fn push_text(out: &mut String, text: &str) {
    let mut lines = text.split('\n');
    if let Some(first) = lines.next() {
        out.push_str(&shown(first.trim_start_matches('\u{feff}')));
    }
    for line in lines {
        out.push_str("<br>");
        out.push_str(&shown(line));
    }
}

/// The paragraphs of a text: runs of lines between blank lines, trimmed
/// of their line breaks.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                found.push(s..end);
            }
        } else {
            start.get_or_insert(offset);
            end = offset + content.len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        found.push(s..end);
    }
    found
}

/// A finding as a list item, with links to its figures.
fn finding_item(out: &mut String, finding: &Numbered) {
    let row = finding.row;
    let _ = write!(
        out,
        "<li class=\"finding {}\" id=\"finding-{}\">\n<span class=\"badge\">{} · {}</span> <span class=\"number\">{}.</span> <code class=\"rule-id\">{}</code>\n<p class=\"message\" dir=\"auto\">{}</p>\n",
        escape(&status_class(row)),
        finding.number,
        escape(row.status),
        escape(row.severity),
        finding.number,
        shown(&row.rule_id),
        shown_with_quotes(&row.message)
    );
    if let (Some(value), Some(expected)) = (&row.value, &row.expected) {
        let _ = writeln!(
            out,
            "<p class=\"details\">value {}, expected {}{}</p>",
            escape(&group_thousands(value)),
            escape(&group_thousands(expected)),
            row.difference
                .as_ref()
                .map(|d| format!(", difference {}", escape(&signed_thousands(d))))
                .unwrap_or_default()
        );
    }
    let _ = write!(
        out,
        "<p class=\"where\" dir=\"auto\">rule at {}:{}:{}",
        shown(&row.rules_file),
        row.rule_line,
        row.rule_column
    );
    if let Some(description) = &row.description {
        let _ = write!(out, ": {}", shown_with_quotes(description));
    }
    out.push_str("</p>\n<p class=\"figure-links\" dir=\"auto\">");
    for figure in &row.figures {
        out.push_str(&figure_link(figure));
    }
    out.push_str("</p>\n</li>\n");
}

fn signed_thousands(n: &str) -> String {
    match n.strip_prefix('-') {
        Some(positive) => format!("-{}", group_thousands(positive)),
        None => group_thousands(n),
    }
}

fn figure_link(figure: &FigureEntry) -> String {
    let value = match figure.kind {
        "number" => signed_thousands(&figure.value),
        "percent" => format!("{}%", signed_thousands(&figure.value)),
        _ => figure.value.clone(),
    };
    let label = match &figure.text {
        Some(text) => format!("{} = {value} «{text}»", figure.name),
        None => format!("{} = {value}", figure.name),
    };
    match (&figure.document, figure.start) {
        (Some(document), Some(start)) => format!(
            "<a href=\"#{}\">{}</a>",
            escape(&figure_id(document, start)),
            shown_with_quotes(&label)
        ),
        _ => format!("<span>{}</span>", shown_with_quotes(&label)),
    }
}

/// The whole report: the summary, the findings (those that passed folded
/// away), and each document with its figures.
pub fn write(out: &mut dyn Write, rows: &[FindingRow], documents: &[Arc<Document>], summary: &str) -> io::Result<()> {
    start(out, "figaudit report")?;
    // Discrepancies first, numbered from 1; the rules that passed after.
    let (passing, failing): (Vec<&FindingRow>, Vec<&FindingRow>) = rows.iter().partition(|r| r.status == "pass");
    let numbered: Vec<Numbered> = failing
        .into_iter()
        .chain(passing)
        .enumerate()
        .map(|(i, row)| Numbered { number: i + 1, row })
        .collect();
    // Each figure's findings, by document name and start.
    let mut marks: HashMap<&str, Marks> = HashMap::new();
    for finding in &numbered {
        let class = status_class(finding.row);
        for figure in &finding.row.figures {
            let (Some(document), Some(start)) = (figure.document.as_deref(), figure.start) else {
                continue;
            };
            let entry = marks
                .entry(document)
                .or_default()
                .entry(start)
                .or_insert_with(|| (class.clone(), Vec::new()));
            if weight(&class) > weight(&entry.0) {
                entry.0.clone_from(&class);
            }
            if !entry.1.contains(&finding.number) {
                entry.1.push(finding.number);
            }
        }
    }
    let mut page = String::new();
    let _ = write!(
        page,
        "<header>\n<h1>figaudit report</h1>\n<p class=\"summary\">{}</p>\n</header>\n<main>\n<section class=\"findings\">\n<h2>Findings</h2>\n",
        shown(summary)
    );
    let (passed, shown_findings): (Vec<&Numbered>, Vec<&Numbered>) =
        numbered.iter().partition(|f| f.row.status == "pass");
    if shown_findings.is_empty() {
        page.push_str("<p>No discrepancy found.</p>\n");
    } else {
        page.push_str("<ol>\n");
        for finding in shown_findings {
            finding_item(&mut page, finding);
        }
        page.push_str("</ol>\n");
    }
    if !passed.is_empty() {
        let _ = write!(
            page,
            "<details class=\"passed\"><summary>{} rules passed</summary>\n<ol>\n",
            passed.len()
        );
        for finding in passed {
            finding_item(&mut page, finding);
        }
        page.push_str("</ol>\n</details>\n");
    }
    page.push_str("</section>\n");
    out.write_all(page.as_bytes())?;
    // Documents with a discrepancy first, in the order given.
    let flagged = |d: &Arc<Document>| {
        marks
            .get(d.name())
            .is_some_and(|m| m.values().any(|(class, _)| weight(class) > 0))
    };
    let (first, rest): (Vec<&Arc<Document>>, Vec<&Arc<Document>>) = documents.iter().partition(|d| flagged(d));
    let none = Marks::new();
    for document in first.into_iter().chain(rest) {
        let marks = marks.get(document.name()).unwrap_or(&none);
        out.write_all(document_section(document, marks).as_bytes())?;
    }
    out.write_all(b"</main>\n")?;
    end(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_any_input_is_escaped() {
        assert_eq!(
            escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert_eq!(shown("a\u{202e}b"), "a&lt;U+202E&gt;b");
    }

    #[test]
    fn paragraphs_are_runs_of_lines_between_blank_lines() {
        let text = "title\n\nfirst line\nsecond line\n\n\nlast";
        let found: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, vec!["title", "first line\nsecond line", "last"]);
    }
}
