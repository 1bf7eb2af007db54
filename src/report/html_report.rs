//! The report people open (SPEC §6.5): one self-contained HTML file with
//! each document's text, every figure highlighted with its fields on
//! hover, the figures of each finding marked by status and linked both
//! ways with it, the findings and the summary. No script, no external
//! resource; everything taken from the inputs is escaped.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::Range;

use super::cells::group_thousands;
use super::rows::{FigureEntry, FindingRow};
use super::spool::Spool;
use crate::text::paragraphs;
use crate::text::script::Script;
use crate::text::table::SheetGrid;
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
table.table { border-collapse: collapse; margin: .5rem 0; font-variant-numeric: tabular-nums; }
table.table caption { text-align: start; font-weight: 600; padding: .25rem 0; }
table.table th, table.table td { border: 1px solid #ddd; padding: .2rem .5rem; text-align: start; }
table.table thead th { background: #f3f4f6; }
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

/// The status class of a finding: `fail-error`, `pass-warning`, …
fn status_class(status: &str, severity: &str) -> String {
    format!("{status}-{severity}")
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
pub(crate) fn escape(text: &str) -> String {
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
    // Only a « that a later » closes opens an isolate, so the page's
    // elements always nest, whatever order the input puts them in.
    let chars: Vec<char> = escaped.chars().collect();
    let mut closes = vec![false; chars.len()];
    let mut open: Vec<usize> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '«' => open.push(i),
            '»' => {
                if let Some(o) = open.pop() {
                    closes[o] = true;
                    closes[i] = true;
                }
            }
            _ => {}
        }
    }
    let mut out = String::with_capacity(escaped.len() + 32);
    for (i, &c) in chars.iter().enumerate() {
        match c {
            // Left-to-right marks keep the guillemets in the sentence's
            // direction.
            '«' if closes[i] => out.push_str("&lrm;«<bdi>"),
            '»' if closes[i] => out.push_str("</bdi>»&lrm;"),
            c => out.push(c),
        }
    }
    out
}

/// A stable id for a figure of a document: the document's name, written
/// out in hex (exact, so two names never share an id, as two 32-bit
/// hashes of names did), and its start.
pub(crate) fn figure_id(document: &str, start: usize) -> String {
    let mut id = String::with_capacity(4 + document.len() * 2 + 12);
    id.push_str("fig-");
    for byte in document.bytes() {
        let _ = write!(id, "{byte:02x}");
    }
    let _ = write!(id, "-{start}");
    id
}

/// The page's start: everything up to the body's content.
pub(crate) fn start(out: &mut dyn Write, title: &str) -> io::Result<()> {
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(title)
    )
}

pub(crate) fn end(out: &mut dyn Write) -> io::Result<()> {
    out.write_all(b"</body>\n</html>\n")
}

/// The findings a figure belongs to: its status class and their numbers.
type Marks = HashMap<usize, (String, Vec<usize>)>;

/// A figure as a document's section shows it, made by the command that
/// read it (a report never runs the reader).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct ShownFigure {
    /// Where it stands in the document's text.
    start: usize,
    end: usize,
    /// Where it starts in the file: what findings name it by (they differ
    /// for an HTML page, whose text is not its file).
    file_start: usize,
    tooltip: String,
    value: String,
}

impl ShownFigure {
    /// A figure at `span` of the document's text and `file_start` of its
    /// file, with its tooltip and its value as written out.
    pub(crate) fn new(span: Range<usize>, file_start: usize, tooltip: String, value: String) -> ShownFigure {
        ShownFigure {
            start: span.start,
            end: span.end,
            file_start,
            tooltip,
            value,
        }
    }
}

/// The text of `range`, its figures (the next ones of `next`) marked with
/// the status of their findings and linked to them.
fn push_marked<'f>(
    out: &mut String,
    name: &str,
    text: &str,
    range: Range<usize>,
    next: &mut std::iter::Peekable<impl Iterator<Item = &'f ShownFigure>>,
    marks: &Marks,
    finding_href: &dyn Fn(usize) -> String,
) {
    let mut at = range.start;
    while let Some(figure) = next.next_if(|f| f.start < range.end) {
        let Some(shown) = text.get(figure.start..figure.end).filter(|_| figure.start >= at) else {
            continue;
        };
        push_text(out, text.get(at..figure.start).unwrap_or(""));
        let id = figure_id(name, figure.file_start);
        let (class, numbers) = marks
            .get(&figure.file_start)
            .map_or(("", &[][..]), |(c, n)| (c.as_str(), n.as_slice()));
        let _ = write!(
            out,
            "<mark class=\"fig {}\" id=\"{}\" title=\"{}\" data-value=\"{}\">",
            escape(class),
            escape(&id),
            escape(&figure.tooltip),
            escape(&figure.value)
        );
        push_text(out, shown);
        out.push_str("</mark>");
        if !numbers.is_empty() {
            out.push_str("<sup class=\"refs\">");
            for n in numbers {
                let _ = write!(out, "<a href=\"{}\">{n}</a>", escape(&finding_href(*n)));
            }
            out.push_str("</sup>");
        }
        at = figure.end;
    }
    push_text(out, text.get(at..range.end).unwrap_or(""));
}

/// A table's sheets drawn as tables: headers, row labels, and each cell
/// with its figures marked.
fn push_grids(
    out: &mut String,
    (name, text): (&str, &str),
    grids: &[SheetGrid],
    figures: &[ShownFigure],
    marks: &Marks,
    finding_href: &dyn Fn(usize) -> String,
) {
    let mut next = figures.iter().peekable();
    for grid in grids {
        out.push_str("<table class=\"table\" dir=\"auto\">");
        if !grid.name.is_empty() {
            let _ = write!(out, "<caption>{}</caption>", shown(&grid.name));
        }
        out.push_str("<thead><tr>");
        for header in &grid.headers {
            let _ = write!(out, "<th scope=\"col\">{}</th>", shown(header));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &grid.rows {
            out.push_str("<tr>");
            if grid.labels_column {
                let _ = write!(
                    out,
                    "<th scope=\"row\">{}</th>",
                    shown(row.label.as_deref().unwrap_or(""))
                );
            }
            for cell in &row.cells {
                out.push_str("<td>");
                // A cell's own spaces (a CSV's blanked quotes) are not shown.
                let content = text.get(cell.clone()).unwrap_or("");
                let start = cell.start + (content.len() - content.trim_start().len());
                let end = cell.end - (content.len() - content.trim_end().len());
                push_marked(out, name, text, start..end.max(start), &mut next, marks, finding_href);
                out.push_str("</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table>\n");
    }
}

/// One document as a section: its paragraphs (a table's sheets as tables),
/// every figure highlighted, those of findings marked with their status
/// and linked to them.
fn document_section(
    name: &str,
    text: &str,
    grids: Option<&[SheetGrid]>,
    figures: &[ShownFigure],
    marks: &Marks,
    finding_href: &dyn Fn(usize) -> String,
) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<section class=\"document\" id=\"{}\">\n<h2>{}</h2>\n",
        escape(&figure_id(name, usize::MAX)),
        shown(name)
    );
    if let Some(grids) = grids {
        push_grids(&mut out, (name, text), grids, figures, marks, finding_href);
        out.push_str("</section>\n");
        return out;
    }
    let mut next = figures.iter().peekable();
    for paragraph in paragraphs::paragraphs(text) {
        if paragraph.lines.is_empty() {
            continue;
        }
        // French paragraphs read left to right, the rest right to left.
        if paragraph.script == Script::Latin {
            out.push_str("<p dir=\"ltr\" lang=\"fr\">");
        } else {
            out.push_str("<p dir=\"rtl\">");
        }
        push_marked(&mut out, name, text, paragraph.lines, &mut next, marks, finding_href);
        out.push_str("</p>\n");
    }
    out.push_str("</section>\n");
    out
}

/// A document with every figure highlighted and no finding.
pub(crate) fn plain_document_section(document: &Document, figures: &[ShownFigure]) -> String {
    let grids = document.cells().and_then(|cells| cells.grids(document.text()));
    document_section(
        document.name(),
        document.text(),
        grids.as_deref(),
        figures,
        &Marks::new(),
        &on_this_page,
    )
}

/// The link to finding `n` when it is on the same page.
pub(super) fn on_this_page(n: usize) -> String {
    format!("#finding-{n}")
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

/// The start of a finding's list item, up to its number's second place.
fn item_head(out: &mut String, number: usize, status: &str, severity: &str) {
    let _ = write!(
        out,
        "<li class=\"finding {}\" id=\"finding-{}\">\n<span class=\"badge\">{} · {}</span> <span class=\"number\">{}.</span> ",
        escape(&status_class(status, severity)),
        number,
        escape(status),
        escape(severity),
        number,
    );
}

/// The rest of a finding's list item, with links to its figures.
fn item_body(row: &FindingRow) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<code class=\"rule-id\">{}</code>\n<p class=\"message\" dir=\"auto\">{}</p>\n",
        shown(&row.rule_id),
        shown_with_quotes(&row.message)
    );
    if let Some(comparison) = &row.comparison_shown {
        let _ = writeln!(out, "<p class=\"details\">{}</p>", escape(comparison));
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
    out
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
    let mut label = match &figure.text {
        Some(text) => format!("{} = {value} «{text}»", figure.name),
        None => format!("{} = {value}", figure.name),
    };
    if let Some(cell) = &figure.cell {
        label.push_str(&format!(" ({cell})"));
    }
    match (&figure.document, figure.start) {
        (Some(document), Some(start)) => format!(
            "<a href=\"#{}\">{}</a>",
            escape(&figure_id(document, start)),
            shown_with_quotes(&label)
        ),
        _ => format!("<span>{}</span>", shown_with_quotes(&label)),
    }
}

/// A report laid out over several pages: an index (the page written to
/// the `out` of [`HtmlPage::write_laid_out`]) and pages of findings and
/// documents, each bounded, linked both ways.
pub(super) trait Pages {
    /// Findings numbered up to `failing` are discrepancies (or input
    /// problems).
    fn set_failing(&mut self, failing: usize);
    /// Places the next document, of `text_bytes`, on a page.
    fn place_document(&mut self, name: &str, text_bytes: usize);
    /// The page (from 1) a placed document is on.
    fn page_of_document(&self, name: &str) -> usize;
    /// The link to finding `n` from the index or from a page.
    fn finding_href(&self, n: usize, from_index: bool) -> String;
    /// Finding `n`'s list item, on the index (`out`) or on its page.
    fn item(&mut self, out: &mut dyn Write, n: usize, item: &str, summary: &str) -> io::Result<()>;
    /// Writes the findings page being filled.
    fn finish_findings(&mut self, summary: &str) -> io::Result<()>;
    /// The index's links to the findings pages.
    fn findings_contents(&self, out: &mut dyn Write, passing: usize) -> io::Result<()>;
    /// Writes a page of documents' sections.
    fn document_page(&self, page: usize, sections: &str, summary: &str) -> io::Result<()>;
    /// The index's table of contents of the documents.
    fn documents_contents(&self, out: &mut dyn Write) -> io::Result<()>;
    /// Removes the pages an earlier, larger run left.
    fn remove_stale_pages(&self);
}

/// A finding as the page lists it, rendered where it is evaluated: its
/// list item but for its number (which depends on every finding before it
/// on the page), and the figures it marks.
pub(crate) struct HtmlItem {
    status: &'static str,
    severity: &'static str,
    /// The list item after its number.
    body: String,
    /// Each figure it marks: its document's name and start.
    figures: Vec<(String, usize)>,
}

impl HtmlItem {
    pub(crate) fn new(row: &FindingRow) -> HtmlItem {
        HtmlItem {
            status: row.status,
            severity: row.severity,
            body: item_body(row),
            figures: row
                .figures
                .iter()
                .filter_map(|f| Some((f.document.clone()?, f.start?)))
                .collect(),
        }
    }

    fn passing(&self) -> bool {
        self.status == "pass"
    }

    /// The item as spooled: status, severity and body, one per line (the
    /// first two are words of one line).
    fn record(&self) -> String {
        format!("{}\n{}\n{}", self.status, self.severity, self.body)
    }
}

/// Where a finding stands on the page: discrepancies first (input
/// problems, then the rules'), then the rules that passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    InputsFailing,
    Failing,
    InputsPassing,
    Passing,
}

/// A figure a finding marks, kept compact (a run marks hundreds of
/// thousands): the document and class by their number in [`Interned`].
struct Mark {
    document: u32,
    /// Offsets and places fit: figaudit reads files of at most 256 MiB.
    start: u32,
    group: Group,
    /// The finding's place in its group.
    index: u32,
    class: u8,
}

/// Strings met again and again (document names, status classes), each
/// kept once and named by a number.
#[derive(Default)]
struct Interned {
    numbers: HashMap<String, u32>,
}

impl Interned {
    fn number(&mut self, text: &str) -> u32 {
        if let Some(&number) = self.numbers.get(text) {
            return number;
        }
        let number = u32::try_from(self.numbers.len()).unwrap_or(u32::MAX);
        self.numbers.insert(text.to_string(), number);
        number
    }

    /// Every string, at its number.
    fn texts(&self) -> Vec<&str> {
        let mut texts = vec![""; self.numbers.len()];
        for (text, &number) in &self.numbers {
            if let Some(slot) = texts.get_mut(number as usize) {
                *slot = text;
            }
        }
        texts
    }
}

/// The page, gathered as findings are evaluated: their items and each
/// document's text spooled (on disk past a few megabytes), only the marks
/// on figures kept in memory, so a page of any length takes little.
#[derive(Default)]
pub(crate) struct HtmlPage {
    failing: Spool,
    passing: Spool,
    marks: Vec<Mark>,
    documents: Spool,
    names: Interned,
    /// Which names' documents are spooled, by name number.
    spooled: Vec<bool>,
    classes: Interned,
    /// The bytes of the documents' text.
    text_bytes: u64,
}

impl HtmlPage {
    /// A rule's finding, in the order evaluated.
    pub(crate) fn finding(&mut self, item: HtmlItem) -> io::Result<()> {
        let (group, spool) = if item.passing() {
            (Group::Passing, &mut self.passing)
        } else {
            (Group::Failing, &mut self.failing)
        };
        let index = usize::try_from(spool.len()).unwrap_or(usize::MAX);
        spool.push(item.record().as_bytes())?;
        self.add_marks(group, index, &item);
        Ok(())
    }

    /// A document the findings read, with its figures, in the order
    /// given; one already on the page is not added again.
    pub(crate) fn document(&mut self, document: &Document, figures: &[ShownFigure]) -> io::Result<()> {
        let number = self.names.number(document.name()) as usize;
        if self.spooled.len() <= number {
            self.spooled.resize(number + 1, false);
        }
        match self.spooled.get_mut(number) {
            Some(spooled) if !*spooled => *spooled = true,
            _ => return Ok(()),
        }
        let grids = document.cells().and_then(|cells| cells.grids(document.text()));
        let figures = serde_json::to_vec(&(figures, grids)).map_err(io::Error::other)?;
        let mut record = Vec::with_capacity(8 + document.name().len() + document.text().len() + figures.len());
        for part in [document.name().as_bytes(), document.text().as_bytes()] {
            let length = u32::try_from(part.len()).map_err(io::Error::other)?;
            record.extend_from_slice(&length.to_le_bytes());
            record.extend_from_slice(part);
        }
        record.extend_from_slice(&figures);
        self.text_bytes = self.text_bytes.saturating_add(document.text().len() as u64);
        self.documents.push(&record)
    }

    fn add_marks(&mut self, group: Group, index: usize, item: &HtmlItem) {
        let class = self.classes.number(&status_class(item.status, item.severity));
        for (document, start) in &item.figures {
            self.marks.push(Mark {
                document: self.names.number(document),
                start: u32::try_from(*start).unwrap_or(u32::MAX),
                group,
                index: u32::try_from(index).unwrap_or(u32::MAX),
                class: u8::try_from(class).unwrap_or(u8::MAX),
            });
        }
    }

    /// A document's marks as its section shows them: each figure's worst
    /// class (the first of equals) and its findings' numbers in order.
    /// `marks` are the document's, sorted by start and number.
    fn resolve(marks: &[Mark], classes: &[&str], number: impl Fn(&Mark) -> usize) -> Marks {
        let class_of = |mark: &Mark| classes.get(usize::from(mark.class)).copied().unwrap_or_default();
        let mut resolved = Marks::new();
        for mark in marks {
            let (class, numbers) = resolved
                .entry(mark.start as usize)
                .or_insert_with(|| (class_of(mark).to_string(), Vec::new()));
            if weight(class_of(mark)) > weight(class) {
                *class = class_of(mark).to_string();
            }
            if numbers.last() != Some(&number(mark)) {
                numbers.push(number(mark));
            }
        }
        resolved
    }

    /// The whole report on one page: the summary, the findings (input
    /// problems first, those that passed folded away), and each document
    /// with its figures.
    pub(crate) fn write(&mut self, out: &mut dyn Write, inputs: &[FindingRow], summary: &str) -> io::Result<()> {
        self.write_laid_out(out, inputs, summary, None)
    }

    /// How many findings the report lists, and the bytes of its
    /// documents' text.
    pub(super) fn size(&self, inputs: &[FindingRow]) -> (u64, u64) {
        let findings = self
            .failing
            .len()
            .saturating_add(self.passing.len())
            .saturating_add(inputs.len() as u64);
        (findings, self.text_bytes)
    }

    /// The report on one page, or, with `split`, as an index written to
    /// `out` and pages in the split's folder.
    pub(super) fn write_laid_out(
        &mut self,
        out: &mut dyn Write,
        inputs: &[FindingRow],
        summary: &str,
        mut split: Option<&mut dyn Pages>,
    ) -> io::Result<()> {
        let inputs: Vec<HtmlItem> = inputs.iter().map(HtmlItem::new).collect();
        let (inputs_passing, inputs_failing): (Vec<&HtmlItem>, Vec<&HtmlItem>) =
            inputs.iter().partition(|item| item.passing());
        let count = |spool: &Spool| usize::try_from(spool.len()).unwrap_or(usize::MAX);
        let failing = inputs_failing.len().saturating_add(count(&self.failing));
        let passing = inputs_passing.len().saturating_add(count(&self.passing));
        // Numbers start after the groups before.
        let first = |group: Group| match group {
            Group::InputsFailing => 1,
            Group::Failing => 1 + inputs_failing.len(),
            Group::InputsPassing => 1 + failing,
            Group::Passing => 1 + failing + inputs_passing.len(),
        };
        for (group, items) in [
            (Group::InputsFailing, &inputs_failing),
            (Group::InputsPassing, &inputs_passing),
        ] {
            for (index, item) in items.iter().enumerate() {
                self.add_marks(group, index, item);
            }
        }
        let number = |mark: &Mark| first(mark.group).saturating_add(mark.index as usize);
        self.marks.sort_by_key(|mark| (mark.document, mark.start, number(mark)));
        let HtmlPage {
            failing: failing_items,
            passing: passing_items,
            marks,
            documents,
            names,
            classes,
            ..
        } = self;
        let classes = classes.texts();
        // Each document's marks, and whether one is a discrepancy's.
        let mut of_document: Vec<&[Mark]> = vec![&[]; names.numbers.len()];
        for same in marks.chunk_by(|a, b| a.document == b.document) {
            if let Some(slot) = same.first().and_then(|m| of_document.get_mut(m.document as usize)) {
                *slot = same;
            }
        }
        let document_marks = |name: &str| {
            names
                .numbers
                .get(name)
                .and_then(|&n| of_document.get(n as usize))
                .copied()
                .unwrap_or_default()
        };
        let flagged = |name: &str| {
            document_marks(name)
                .iter()
                .any(|m| weight(classes.get(usize::from(m.class)).copied().unwrap_or_default()) > 0)
        };
        if let Some(split) = split.as_deref_mut() {
            split.set_failing(failing);
            // Documents with a discrepancy first, in the order given, as
            // on one page; each page's text within bounds.
            for wanted in [true, false] {
                documents.for_each(|record| {
                    let (name, rest) = length_prefixed(record)?;
                    let (text, _) = length_prefixed(rest)?;
                    let name = std::str::from_utf8(name).map_err(io::Error::other)?;
                    if flagged(name) == wanted {
                        split.place_document(name, text.len());
                    }
                    Ok(())
                })?;
            }
        }

        start(out, "figaudit report")?;
        write!(
            out,
            "<header>\n<h1>figaudit report</h1>\n<p class=\"summary\">{}</p>\n</header>\n<main>\n<section class=\"findings\">\n<h2>Findings</h2>\n",
            shown(summary)
        )?;
        if failing == 0 {
            out.write_all(b"<p>No discrepancy found among the rules checked.</p>\n")?;
        } else {
            out.write_all(b"<ol>\n")?;
            each_item(
                &inputs_failing,
                failing_items,
                first(Group::InputsFailing),
                &mut |n, item| match split.as_deref_mut() {
                    Some(split) => split.item(out, n, item, summary),
                    None => out.write_all(item.as_bytes()),
                },
            )?;
            out.write_all(b"</ol>\n")?;
        }
        match split.as_deref_mut() {
            None if passing > 0 => {
                write!(
                    out,
                    "<details class=\"passed\"><summary>{} passed</summary>\n<ol>\n",
                    super::counted(passing, "rule", "rules")
                )?;
                each_item(
                    &inputs_passing,
                    passing_items,
                    first(Group::InputsPassing),
                    &mut |_, item| out.write_all(item.as_bytes()),
                )?;
                out.write_all(b"</ol>\n</details>\n")?;
            }
            None => {}
            Some(split) => {
                each_item(
                    &inputs_passing,
                    passing_items,
                    first(Group::InputsPassing),
                    &mut |n, item| split.item(out, n, item, summary),
                )?;
                split.finish_findings(summary)?;
                split.findings_contents(out, passing)?;
            }
        }
        out.write_all(b"</section>\n")?;
        let finding_href = |n: usize| match split.as_deref() {
            Some(split) => split.finding_href(n, false),
            None => on_this_page(n),
        };
        let mut pages: Vec<(usize, String)> = Vec::new();
        for wanted in [true, false] {
            documents.for_each(|record| {
                let (name, text, (figures, grids)) = document_record(record)?;
                if flagged(name) == wanted {
                    let marks = HtmlPage::resolve(document_marks(name), &classes, number);
                    let section = document_section(name, text, grids.as_deref(), &figures, &marks, &finding_href);
                    match split.as_deref() {
                        None => out.write_all(section.as_bytes())?,
                        Some(split) => {
                            let page = split.page_of_document(name);
                            match pages.last_mut() {
                                Some((last, sections)) if *last == page => sections.push_str(&section),
                                _ => pages.push((page, section)),
                            }
                            // A page is written once the next one starts.
                            if pages.len() > 1 {
                                let (page, sections) = pages.remove(0);
                                split.document_page(page, &sections, summary)?;
                            }
                        }
                    }
                }
                Ok(())
            })?;
        }
        if let Some(split) = split {
            for (page, sections) in pages {
                split.document_page(page, &sections, summary)?;
            }
            split.documents_contents(out)?;
            split.remove_stale_pages();
        }
        // The rules' marks as they were: the page can be written again.
        marks.retain(|m| matches!(m.group, Group::Failing | Group::Passing));
        out.write_all(b"</main>\n")?;
        end(out)
    }
}

/// Each of `inputs` then of the spooled items as a list item, numbered
/// from `first`, handed to `each` with its number.
fn each_item(
    inputs: &[&HtmlItem],
    spooled: &mut Spool,
    first: usize,
    each: &mut dyn FnMut(usize, &str) -> io::Result<()>,
) -> io::Result<()> {
    let mut number = first;
    let mut item = String::new();
    for input in inputs {
        item.clear();
        item_head(&mut item, number, input.status, input.severity);
        item.push_str(&input.body);
        each(number, &item)?;
        number = number.saturating_add(1);
    }
    spooled.for_each(|record| {
        let text = std::str::from_utf8(record).map_err(io::Error::other)?;
        let mut parts = text.splitn(3, '\n');
        let (status, severity, body) = (
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
        );
        item.clear();
        item_head(&mut item, number, status, severity);
        item.push_str(body);
        let result = each(number, &item);
        number = number.saturating_add(1);
        result
    })
}

/// A spooled document: its name and text.
/// A part written after its length (4 bytes), and what follows it.
fn length_prefixed(bytes: &[u8]) -> io::Result<(&[u8], &[u8])> {
    let broken = || io::Error::other("a spooled document is cut short");
    let (length, rest) = bytes.split_first_chunk::<4>().ok_or_else(broken)?;
    rest.split_at_checked(u32::from_le_bytes(*length) as usize)
        .ok_or_else(broken)
}

/// A spooled document's figures, and its sheets when it is a table.
type SpooledFigures = (Vec<ShownFigure>, Option<Vec<SheetGrid>>);

fn document_record(record: &[u8]) -> io::Result<(&str, &str, SpooledFigures)> {
    let (name, rest) = length_prefixed(record)?;
    let (text, figures) = length_prefixed(rest)?;
    let text_of = |bytes| std::str::from_utf8(bytes).map_err(io::Error::other);
    let figures = serde_json::from_slice(figures).map_err(io::Error::other)?;
    Ok((text_of(name)?, text_of(text)?, figures))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reversed_or_unmatched_guillemets_never_leave_an_element_open() {
        let reversed = shown_with_quotes("» a « b");
        assert_eq!(reversed.matches("<bdi>").count(), reversed.matches("</bdi>").count());
        assert!(!reversed.contains("<bdi>"), "{reversed}");
        let mixed = shown_with_quotes("»x« «y» «z");
        assert_eq!(mixed.matches("<bdi>").count(), 1, "{mixed}");
        assert_eq!(mixed.matches("</bdi>").count(), 1, "{mixed}");
        assert!(mixed.find("<bdi>") < mixed.find("</bdi>"));
    }

    #[test]
    fn figure_ids_of_two_names_never_collide() {
        // Their 32-bit FNV-1a hashes were equal.
        assert_ne!(figure_id("c/73522.txt", 5), figure_id("c/551080.txt", 5));
        assert_ne!(figure_id("a", 12), figure_id("a1", 2));
    }

    #[test]
    fn markup_in_any_input_is_escaped() {
        assert_eq!(
            escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert_eq!(shown("a\u{202e}b"), "a&lt;U+202E&gt;b");
    }

    #[test]
    fn each_paragraph_is_one_p_in_its_direction() {
        let text = "\n\nعنوان\n\nfirst line\nsecond line\n\n\nlast";
        let section = document_section("a.txt", text, None, &[], &Marks::new(), &on_this_page);
        let paragraphs: Vec<&str> = section
            .split("<p ")
            .skip(1)
            .map(|p| p.split("</p>").next().unwrap_or(""))
            .collect();
        assert_eq!(
            paragraphs,
            [
                "dir=\"rtl\">عنوان",
                "dir=\"ltr\" lang=\"fr\">first line<br>second line",
                "dir=\"ltr\" lang=\"fr\">last"
            ]
        );
    }
}
