//! The HTML report of a large run, split so that every page opens: an
//! index (the file the user named: the summary, the first discrepancies,
//! and a table of contents) and pages in a folder beside it named as
//! browsers name a saved page's files (`report_files/`): further
//! discrepancies, the rules that passed, and the documents, each page
//! bounded in findings or text. Links between findings and figures cross
//! pages; every page is written whole or not at all, and pages an earlier,
//! larger run left are removed.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::html_report::{end, escape, figure_id, start, HtmlPage, Pages};
use super::output::{write_atomically, ReportFileError};
use super::rows::FindingRow;

/// Findings in a run past which its report is split.
const SPLIT_FINDINGS: u64 = 5_000;
/// Bytes of document text in a run past which its report is split.
const SPLIT_TEXT_BYTES: u64 = 8 * 1024 * 1024;
/// Findings on one page.
const FINDINGS_PER_PAGE: usize = 2_000;
/// Bytes of document text on one page (a document longer than that has a
/// page of its own).
const TEXT_PER_PAGE: usize = 2 * 1024 * 1024;

/// Writes the report of `page` to `path`: one page, or an index and pages
/// when the run is large and `path` is a file that can have a folder
/// beside it.
pub(crate) fn write_file(
    page: &mut HtmlPage,
    path: &Path,
    inputs: &[FindingRow],
    summary: &str,
) -> Result<(), ReportFileError> {
    let regular = std::fs::metadata(path).map_or(true, |m| m.is_file());
    let (findings, text_bytes) = page.size(inputs);
    let large = findings > SPLIT_FINDINGS || text_bytes > SPLIT_TEXT_BYTES;
    let split = match (large && regular, path.file_name()) {
        (true, Some(file_name)) => Some(Split::beside(path, file_name)),
        _ => None,
    };
    match (split, path.file_name()) {
        (Some(mut split), _) => {
            write_atomically(path, |out| page.write_laid_out(out, inputs, summary, Some(&mut split)))
        }
        (None, file_name) => {
            write_atomically(path, |out| page.write(out, inputs, summary))?;
            // The pages of an earlier, split report at this path are gone
            // with it.
            if let (true, Some(file_name)) = (regular, file_name) {
                let folder = Split::beside(path, file_name).folder;
                remove_pages_beyond(&folder, [0, 0, 0]);
                let _ = std::fs::remove_dir(&folder);
            }
            Ok(())
        }
    }
}

/// The kinds of pages, as their files begin.
const PAGE_KINDS: [&str; 3] = ["documents-", "failing-", "passed-"];

/// Removes from `folder` the pages numbered past `kept` (for each of
/// [`PAGE_KINDS`]), left by an earlier, larger run; nothing else.
fn remove_pages_beyond(folder: &Path, kept: [usize; 3]) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        for (kind, pages) in PAGE_KINDS.iter().zip(kept) {
            let number = name
                .strip_prefix(kind)
                .and_then(|rest| rest.strip_suffix(".html"))
                .and_then(|n| n.parse::<usize>().ok());
            if number.is_some_and(|n| n > pages) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// Where each part of a split report goes, and the links between them.
pub(crate) struct Split {
    /// The pages' folder.
    folder: PathBuf,
    /// The folder as a link from the index.
    folder_href: String,
    /// The index as a link from a page.
    index_href: String,
    /// Findings numbered up to this are discrepancies (or input problems).
    failing: usize,
    /// Each document's page, by the hex of its name as figure ids hold it.
    document_pages: HashMap<String, usize>,
    /// The documents of each page, in order.
    page_documents: Vec<Vec<String>>,
    /// The text on the last page so far.
    last_page_text: usize,
    /// The findings page being filled: its file and items.
    findings_page: Option<(String, String)>,
    /// The findings pages written, in order: file and first and last number.
    findings_pages: Vec<(String, usize, usize)>,
}

impl Split {
    /// The layout of a report at `path`, its pages in a folder beside it.
    fn beside(path: &Path, file_name: &std::ffi::OsStr) -> Split {
        let name = file_name.to_string_lossy();
        let stem = name.rsplit_once('.').map_or(name.as_ref(), |(stem, _)| stem);
        let folder_name = format!("{stem}_files");
        Split {
            folder: path.with_file_name(&folder_name),
            folder_href: href_path(&folder_name),
            index_href: format!("../{}", href_path(&name)),
            failing: 0,
            document_pages: HashMap::new(),
            page_documents: Vec::new(),
            last_page_text: 0,
            findings_page: None,
            findings_pages: Vec::new(),
        }
    }

    /// The file of finding `n`, or `None` for the index.
    fn finding_file(&self, n: usize) -> Option<String> {
        let per_page = FINDINGS_PER_PAGE;
        if n <= self.failing {
            let page = n.saturating_sub(1) / per_page;
            (page > 0).then(|| format!("failing-{}.html", page + 1))
        } else {
            let page = n.saturating_sub(self.failing.saturating_add(1)) / per_page;
            Some(format!("passed-{}.html", page + 1))
        }
    }

    /// The file of documents page `page`.
    fn document_file(page: usize) -> String {
        format!("documents-{page}.html")
    }

    /// `item` with its links to figures pointing into the documents'
    /// pages.
    fn relinked(&self, item: &str, from_index: bool) -> String {
        const LINK: &str = "href=\"#fig-";
        let mut out = String::with_capacity(item.len() + 64);
        let mut rest = item;
        while let Some(at) = rest.find(LINK) {
            let after = &rest[at + LINK.len()..];
            let hex = after.split('-').next().unwrap_or_default();
            out.push_str(&rest[..at]);
            out.push_str("href=\"");
            let file = Split::document_file(self.document_pages.get(hex).copied().unwrap_or(1));
            if from_index {
                let _ = write!(out, "{}/", self.folder_href);
            }
            out.push_str(&file);
            out.push_str("#fig-");
            rest = after;
        }
        out.push_str(rest);
        out
    }

    /// Writes one page into the folder, whole or not at all.
    fn write_page(&self, file: &str, title: &str, summary: &str, body: &str) -> io::Result<()> {
        let path = self.folder.join(file);
        write_atomically(&path, |out| {
            start(out, &format!("figaudit report: {title}"))?;
            write!(
                out,
                "<header>\n<h1><a href=\"{}\">figaudit report</a>: {}</h1>\n<p class=\"summary\">{}</p>\n</header>\n<main>\n",
                escape(&self.index_href),
                escape(title),
                escape(summary)
            )?;
            out.write_all(body.as_bytes())?;
            out.write_all(b"</main>\n")?;
            end(out)
        })
        .map_err(|error| io::Error::other(format!("{error}")))
    }
}

impl Pages for Split {
    fn set_failing(&mut self, failing: usize) {
        self.failing = failing;
    }

    fn place_document(&mut self, name: &str, text_bytes: usize) {
        let full = self.last_page_text.saturating_add(text_bytes) > TEXT_PER_PAGE;
        if self.page_documents.is_empty() || (full && self.last_page_text > 0) {
            self.page_documents.push(Vec::new());
            self.last_page_text = 0;
        }
        self.last_page_text = self.last_page_text.saturating_add(text_bytes);
        if let Some(names) = self.page_documents.last_mut() {
            names.push(name.to_string());
        }
        self.document_pages.insert(hex_of(name), self.page_documents.len());
    }

    fn page_of_document(&self, name: &str) -> usize {
        self.document_pages.get(&hex_of(name)).copied().unwrap_or(1)
    }

    fn finding_href(&self, n: usize, from_index: bool) -> String {
        match (self.finding_file(n), from_index) {
            (None, true) => format!("#finding-{n}"),
            (None, false) => format!("{}#finding-{n}", self.index_href),
            (Some(file), true) => format!("{}/{file}#finding-{n}", self.folder_href),
            (Some(file), false) => format!("{file}#finding-{n}"),
        }
    }

    fn item(&mut self, out: &mut dyn Write, n: usize, item: &str, summary: &str) -> io::Result<()> {
        let Some(file) = self.finding_file(n) else {
            return out.write_all(self.relinked(item, true).as_bytes());
        };
        if self.findings_page.as_ref().is_some_and(|(open, _)| *open != file) {
            self.finish_findings(summary)?;
        }
        let relinked = self.relinked(item, false);
        match &mut self.findings_page {
            Some((_, items)) => items.push_str(&relinked),
            None => {
                self.findings_pages.push((file.clone(), n, n));
                self.findings_page = Some((file, relinked));
            }
        }
        if let Some(last) = self.findings_pages.last_mut() {
            last.2 = n;
        }
        Ok(())
    }

    fn finish_findings(&mut self, summary: &str) -> io::Result<()> {
        let Some((file, items)) = self.findings_page.take() else {
            return Ok(());
        };
        let (first, last) = self
            .findings_pages
            .last()
            .map_or((0, 0), |(_, first, last)| (*first, *last));
        let kind = if first <= self.failing {
            "Discrepancies"
        } else {
            "Rules that passed"
        };
        let heading = format!("{kind} {first}–{last}");
        let body = format!("<section class=\"findings\">\n<h2>{heading}</h2>\n<ol>\n{items}</ol>\n</section>\n");
        self.write_page(&file, &heading, summary, &body)
    }

    fn findings_contents(&self, out: &mut dyn Write, passing: usize) -> io::Result<()> {
        let links = |failing: bool| {
            let mut list = String::new();
            for (file, first, last) in &self.findings_pages {
                if (*first <= self.failing) == failing {
                    let _ = write!(
                        list,
                        "<li><a href=\"{}/{}\">{first}–{last}</a></li>",
                        escape(&self.folder_href),
                        escape(file)
                    );
                }
            }
            list
        };
        let further = links(true);
        if !further.is_empty() {
            write!(out, "<p>More discrepancies:</p>\n<ul class=\"pages\">{further}</ul>\n")?;
        }
        if passing > 0 {
            write!(
                out,
                "<details class=\"passed\"><summary>{} passed</summary>\n<ul class=\"pages\">{}</ul>\n</details>\n",
                super::counted(passing, "rule", "rules"),
                links(false)
            )?;
        }
        Ok(())
    }

    fn document_page(&self, page: usize, sections: &str, summary: &str) -> io::Result<()> {
        let title = format!("Documents, page {page} of {}", self.page_documents.len());
        self.write_page(&Split::document_file(page), &title, summary, sections)
    }

    fn documents_contents(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"<section class=\"contents\">\n<h2>Documents</h2>\n")?;
        for (page, names) in (1..).zip(&self.page_documents) {
            let file = Split::document_file(page);
            write!(
                out,
                "<h3><a href=\"{}/{file}\">Page {page}</a></h3>\n<ul class=\"pages\">",
                escape(&self.folder_href)
            )?;
            for name in names {
                write!(
                    out,
                    "<li><a href=\"{}/{file}#{}\">{}</a></li>",
                    escape(&self.folder_href),
                    escape(&figure_id(name, usize::MAX)),
                    escape(&crate::text::visible::visible(name))
                )?;
            }
            out.write_all(b"</ul>\n")?;
        }
        out.write_all(b"</section>\n")
    }

    fn remove_stale_pages(&self) {
        let count = |kind: &str| {
            self.findings_pages
                .iter()
                .filter(|(file, ..)| file.starts_with(kind))
                .count()
        };
        // Failing pages start at 2: the first is the index.
        let failing = match count("failing-") {
            0 => 0,
            pages => pages + 1,
        };
        remove_pages_beyond(&self.folder, [self.page_documents.len(), failing, count("passed-")]);
    }
}

/// The hex of a document's name, as [`figure_id`] writes it.
fn hex_of(name: &str) -> String {
    let id = figure_id(name, 0);
    id.strip_prefix("fig-")
        .and_then(|rest| rest.strip_suffix("-0"))
        .unwrap_or_default()
        .to_string()
}

/// A file name as a relative link: every byte but unreserved ones
/// percent-encoded.
fn href_path(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split() -> Split {
        let mut split = Split::beside(Path::new("reports/run 1.html"), std::ffi::OsStr::new("run 1.html"));
        split.failing = 2_500;
        split
    }

    #[test]
    fn findings_are_on_the_index_then_on_pages_of_two_thousand() {
        let split = split();
        assert_eq!(split.finding_href(1, true), "#finding-1");
        assert_eq!(split.finding_href(2_000, false), "../run%201.html#finding-2000");
        assert_eq!(
            split.finding_href(2_001, true),
            "run%201_files/failing-2.html#finding-2001"
        );
        assert_eq!(split.finding_href(2_501, false), "passed-1.html#finding-2501");
        assert_eq!(split.finding_href(4_501, false), "passed-2.html#finding-4501");
    }

    #[test]
    fn documents_fill_pages_up_to_their_text_bound() {
        let mut split = split();
        split.place_document("a.txt", TEXT_PER_PAGE - 10);
        split.place_document("b.txt", 5);
        split.place_document("c.txt", 20);
        // Longer than a page: a page of its own, never an empty one.
        split.place_document("d.txt", TEXT_PER_PAGE * 3);
        split.place_document("e.txt", 1);
        assert_eq!(
            ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"].map(|n| split.page_of_document(n)),
            [1, 1, 2, 3, 4]
        );
    }

    #[test]
    fn links_to_figures_point_into_their_documents_page() {
        let mut split = split();
        split.place_document("a.txt", TEXT_PER_PAGE);
        split.place_document("b.txt", 10);
        let item = format!(
            "<a href=\"#{}\">x</a> <a href=\"#{}\">y</a>",
            figure_id("a.txt", 12),
            figure_id("b.txt", 7)
        );
        let from_index = split.relinked(&item, true);
        assert!(from_index.contains(&format!(
            "href=\"run%201_files/documents-1.html#{}\"",
            figure_id("a.txt", 12)
        )));
        assert!(from_index.contains(&format!(
            "href=\"run%201_files/documents-2.html#{}\"",
            figure_id("b.txt", 7)
        )));
        let from_page = split.relinked(&item, false);
        assert!(from_page.contains(&format!("href=\"documents-2.html#{}\"", figure_id("b.txt", 7))));
    }
}
