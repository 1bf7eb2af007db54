//! Step 1 of the pipeline: document text and positions.
//!
//! A [`Document`] holds the file exactly as it is on disk (a leading BOM
//! included), so every byte offset handed forward is an offset into the file.
//! Lines and columns are computed only at the edge, by the [`LineIndex`].

mod excerpt;
pub(crate) mod html;
mod line_index;
pub(crate) mod normalize;
mod offset_map;
pub(crate) mod paragraphs;
mod parts;
pub(crate) mod read;
pub(crate) mod script;
pub(crate) mod table;
pub mod visible;
pub(crate) mod walk;
pub(crate) mod wording;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

pub(crate) use excerpt::{Excerpt, LabelledExcerpt, Labels, GUTTER};
pub(crate) use line_index::{LineIndex, Position};
pub(crate) use offset_map::OffsetMap;
pub use parts::{Parts, PART_BYTES};
use visible::path_text;
pub use walk::{files_in, Exclude};

/// A UTF-8 article read from disk.
#[derive(Debug)]
pub struct Document {
    path: PathBuf,
    /// The path as text, for reports (see [`visible::path_text`]).
    name: String,
    /// Shared with the line index; an `Arc<str>` would copy the text
    /// once more when made from the `String` read.
    text: Arc<String>,
    /// Where the text starts in its file: the start, unless the document
    /// is one part of a large file read a part at a time.
    start: PartStart,
    /// For a document whose text is not its file (an HTML page): the file,
    /// and where each byte of the text is in it.
    page: Option<Page>,
    /// For a table: its data cells, to place each figure and name its
    /// labels.
    cells: Option<Arc<table::Cells>>,
    line_index: OnceLock<LineIndex>,
    /// Split once, for the reader, discovery and the HTML report.
    paragraphs: OnceLock<Vec<paragraphs::Paragraph>>,
}

/// The file behind a document's text, when the text is not the file.
#[derive(Debug, Clone)]
struct Page {
    file: Arc<String>,
    map: Arc<OffsetMap>,
}

/// Where a part of a file starts: its byte offset and 1-based line. Parts
/// start at the start of a line, so columns need no shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PartStart {
    pub(crate) offset: usize,
    pub(crate) line: usize,
}

impl PartStart {
    /// The start of the file.
    pub(crate) const FILE: PartStart = PartStart { offset: 0, line: 1 };
}

/// Why a document (or a rule file: both are text files read the same way)
/// could not be read.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum DocumentError {
    #[error("cannot read {}", path_text(.path))]
    #[diagnostic(code(figaudit::document::io))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} is not a regular file: it is {what}", path_text(.path))]
    #[diagnostic(
        code(figaudit::document::not_a_file),
        help("figaudit reads text files; save the text to a file first (`-` is not a file name here)")
    )]
    NotAFile { path: PathBuf, what: &'static str },
    #[error("{} is {size} bytes, more than the {} MiB figaudit reads", path_text(.path), read::MAX_BYTES >> 20)]
    #[diagnostic(
        code(figaudit::document::too_large),
        help("split the file, or check that it is the text you meant")
    )]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}:{line}:{column}: not valid UTF-8: invalid byte at offset {offset}", path_text(.path))]
    #[diagnostic(code(figaudit::document::utf8), help("save the file as UTF-8 text"))]
    InvalidUtf8 {
        path: PathBuf,
        offset: usize,
        line: usize,
        column: usize,
    },
    #[error("{} cannot be read as a table: {message}", path_text(.path))]
    #[diagnostic(
        code(figaudit::document::table),
        help("save the table as .csv, .tsv, .xlsx or .ods, with its headers in the first row")
    )]
    Table { path: PathBuf, message: String },
    #[error("{} looks like a binary file: NUL byte at offset {offset}", path_text(.path))]
    #[diagnostic(
        code(figaudit::document::binary),
        help("figaudit reads UTF-8 text files (.txt, .md)")
    )]
    Binary { path: PathBuf, offset: usize },
}

impl Document {
    /// Reads a document from disk, rejecting what is not a regular file,
    /// files over [`read::MAX_BYTES`], invalid UTF-8 and binary files.
    pub fn load(path: &Path) -> Result<Document, DocumentError> {
        let bytes = read::bounded(path)?;
        Document::from_bytes(path, bytes)
    }

    /// Builds a document from bytes already in memory, with the same checks
    /// as [`Document::load`].
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Document, DocumentError> {
        Document::part(path, bytes, PartStart::FILE)
    }

    /// One part of the file at `path`, which starts at `start` in it: a
    /// document whose offsets and lines are those of the file (errors
    /// included), for reading a large file a part at a time.
    pub(crate) fn part(path: &Path, bytes: Vec<u8>, start: PartStart) -> Result<Document, DocumentError> {
        let table_error = |table::TableError(message)| DocumentError::Table {
            path: path.to_path_buf(),
            message,
        };
        let table = table::table_kind(path).filter(|_| start == PartStart::FILE);
        if table == Some(table::TableKind::Workbook) {
            let (text, cells) = table::workbook_text(bytes).map_err(table_error)?;
            return Ok(Document::new(path, text, start, None, Some(cells)));
        }
        let text = if simdutf8::basic::from_utf8(&bytes).is_ok() {
            // SAFETY: simdutf8 has just checked that these very bytes are
            // UTF-8. `String::from_utf8` would check them again, which on
            // Arabic text costs about a tenth of reading its figures.
            unsafe { String::from_utf8_unchecked(bytes) }
        } else {
            // Not UTF-8: std's check says where, for the message.
            String::from_utf8(bytes).map_err(|err| {
                let offset = err.utf8_error().valid_up_to();
                // The valid prefix says where the bad byte stands.
                let before = err.as_bytes().get(..offset).unwrap_or_default();
                let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                let line_text = before.get(line_start..).unwrap_or_default();
                DocumentError::InvalidUtf8 {
                    path: path.to_path_buf(),
                    offset: start.offset.saturating_add(offset),
                    line: start
                        .line
                        .saturating_add(before.iter().filter(|&&b| b == b'\n').count()),
                    column: std::str::from_utf8(line_text).map_or(1, |t| t.chars().count() + 1),
                }
            })?
        };
        if let Some(offset) = memchr::memchr(0, text.as_bytes()) {
            return Err(DocumentError::Binary {
                path: path.to_path_buf(),
                offset: start.offset.saturating_add(offset),
            });
        }
        // An HTML page is read whole (never in parts): its text is the
        // article's, and its offsets map back to the page.
        if html::is_html(path) && start == PartStart::FILE {
            let (article, map) = html::page_text(&text);
            let page = Page {
                file: Arc::new(text),
                map: Arc::new(map),
            };
            return Ok(Document::new(path, article, start, Some(page), None));
        }
        // A CSV or TSV file's text has the file's offsets; its lines and
        // columns are counted on the file, labels and all.
        if let Some(table::TableKind::Delimited(delimiter)) = table {
            let (cells_text, cells) = table::delimited_text(&text, delimiter).map_err(table_error)?;
            let mut map = OffsetMap::default();
            map.copied(0, text.len());
            let page = Page {
                file: Arc::new(text),
                map: Arc::new(map),
            };
            return Ok(Document::new(path, cells_text, start, Some(page), Some(cells)));
        }
        Ok(Document::new(path, text, start, None, None))
    }

    fn new(path: &Path, text: String, start: PartStart, page: Option<Page>, cells: Option<table::Cells>) -> Document {
        Document {
            path: path.to_path_buf(),
            // `-` is standard input; reports name it so.
            name: if path.as_os_str() == read::STDIN {
                "<stdin>".to_string()
            } else {
                visible::path_text(path)
            },
            text: Arc::new(text),
            start,
            page,
            cells: cells.map(Arc::new),
            line_index: OnceLock::new(),
            paragraphs: OnceLock::new(),
        }
    }

    /// For a table, the data cell that holds the text offset `offset`.
    pub(crate) fn cell_at(&self, offset: usize) -> Option<table::CellPlace<'_>> {
        self.cells.as_ref()?.at(offset)
    }

    /// For a table, its data cells.
    pub(crate) fn cells(&self) -> Option<&table::Cells> {
        self.cells.as_deref()
    }

    /// The path as the user named it.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// The path as text, as reports name the document.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    /// The text the reader reads: the whole file, BOM included, so
    /// offsets are offsets on disk; for a part, offsets into the part, and
    /// for an HTML page, into the page's text (see
    /// [`Document::file_offset`]).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The offset in the file of an offset into [`Document::text`] (where
    /// the byte there starts).
    pub fn file_offset(&self, offset: usize) -> usize {
        match &self.page {
            Some(page) => page.map.start(offset),
            None => self.start.offset.saturating_add(offset),
        }
    }

    /// The offset in the file where a span of [`Document::text`] that ends
    /// at `offset` ends.
    pub(crate) fn file_end(&self, offset: usize) -> usize {
        match &self.page {
            Some(page) => page.map.end(offset),
            None => self.start.offset.saturating_add(offset),
        }
    }

    /// The file, when the text is not the file itself (an HTML page).
    pub(crate) fn file_behind_text(&self) -> Option<&str> {
        self.page.as_ref().map(|page| page.file.as_str())
    }

    /// The line index (lines of the file), built on first use and kept.
    pub fn line_index(&self) -> &LineIndex {
        self.line_index.get_or_init(|| match &self.page {
            Some(page) => LineIndex::mapped(&page.file, Arc::clone(&page.map)),
            None => LineIndex::new(&self.text, self.start),
        })
    }

    /// The paragraphs of the text, split once.
    pub(crate) fn paragraphs(&self) -> &[paragraphs::Paragraph] {
        self.paragraphs.get_or_init(|| paragraphs::paragraphs(&self.text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let err = Document::from_bytes(Path::new("a.txt"), b"abc\xffdef".to_vec()).unwrap_err();
        assert!(matches!(
            err,
            DocumentError::InvalidUtf8 {
                offset: 3,
                line: 1,
                column: 4,
                ..
            }
        ));
        assert!(err.to_string().contains("a.txt:1:4"));
        let bytes = ["سطر\nعدد ".as_bytes(), b"\xff"].concat();
        let err = Document::from_bytes(Path::new("a.txt"), bytes);
        assert!(matches!(
            err,
            Err(DocumentError::InvalidUtf8 { line: 2, column: 5, .. })
        ));
    }

    #[test]
    fn nul_byte_marks_a_binary_file() {
        let err = Document::from_bytes(Path::new("b.bin"), b"ab\0".to_vec()).unwrap_err();
        assert!(matches!(err, DocumentError::Binary { offset: 2, .. }));
    }

    #[test]
    fn bom_is_kept_so_offsets_are_disk_offsets() {
        let doc = Document::from_bytes(Path::new("c.txt"), "\u{feff}12".as_bytes().to_vec()).unwrap();
        assert_eq!(doc.text().len(), 5);
    }
}
