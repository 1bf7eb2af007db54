//! Reading a large file a part at a time, so that listing its figures
//! holds a few parts of it, not the whole file.
//!
//! Each part ends where a paragraph ends ([`paragraphs::settled_paragraph_end`]):
//! nothing the reader joins crosses a paragraph gap, so the parts read as
//! the whole file does. Offsets and lines stay those of the file.

use std::fs::File;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};

use super::read::{self, MAX_BYTES, STDIN};
use super::{paragraphs, Document, DocumentError, PartStart};

/// About how much of a file one part holds; files no larger are read whole.
/// Listed as JSON, a part's figures take up to a hundred times its bytes
/// until written.
pub const PART_BYTES: usize = 1 << 20;

/// The parts of one file, in order.
pub struct Parts {
    path: PathBuf,
    file: File,
    /// Read but not yet handed out: the start of the next part.
    pending: Vec<u8>,
    start: PartStart,
    part_bytes: usize,
    finished: bool,
}

impl Parts {
    /// The file at `path` as parts, when it is larger than one part and is
    /// all UTF-8 text. `None` otherwise, and for standard input (which
    /// cannot be read twice) or a file that cannot be read: those are read
    /// whole, which reports whatever is wrong with them as it always has,
    /// before any of their figures is listed.
    pub(crate) fn open(path: &Path) -> Option<Parts> {
        Parts::open_sized(path, PART_BYTES)
    }

    /// [`Parts::open`] with parts of about `part_bytes` (tests cut small
    /// texts into many parts).
    pub fn open_sized(path: &Path, part_bytes: usize) -> Option<Parts> {
        let part_bytes = part_bytes.max(1);
        // An HTML page or a table is read whole: its text is found by
        // parsing it all.
        if path == Path::new(STDIN) || super::html::is_html(path) || super::table::table_kind(path).is_some() {
            return None;
        }
        let metadata = std::fs::metadata(path).ok()?;
        read::check(path, &metadata).ok()?;
        if metadata.len() <= part_bytes as u64 {
            return None;
        }
        let mut file = read::open(path).ok()?;
        if !is_text(&mut file).ok()? {
            return None;
        }
        file.rewind().ok()?;
        Some(Parts {
            path: path.to_path_buf(),
            file,
            pending: Vec::new(),
            start: PartStart::FILE,
            part_bytes,
            finished: false,
        })
    }

    /// The file's name as reports show it (as [`Document::name`] does).
    pub(crate) fn name(&self) -> String {
        super::visible::path_text(&self.path)
    }

    /// Reads on until a part ends in what has been read, or the file does;
    /// returns the part's length.
    fn fill(&mut self) -> Result<usize, DocumentError> {
        let io = |source| DocumentError::Io {
            path: self.path.clone(),
            source,
        };
        loop {
            let read = (&mut self.file)
                .take(self.part_bytes as u64)
                .read_to_end(&mut self.pending)
                .map_err(io)?;
            let size = u64::try_from(self.start.offset.saturating_add(self.pending.len())).unwrap_or(u64::MAX);
            if size > MAX_BYTES {
                // The file grew past the limit while it was read.
                return Err(DocumentError::TooLarge {
                    path: self.path.clone(),
                    size,
                });
            }
            if read == 0 {
                return Ok(self.pending.len());
            }
            if let Some(end) =
                paragraphs::settled_paragraph_end(&self.pending).filter(|&end| end >= self.part_bytes / 2)
            {
                return Ok(end);
            }
        }
    }
}

impl Iterator for Parts {
    type Item = Result<Document, DocumentError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        let end = match self.fill() {
            Ok(end) => end,
            Err(error) => {
                self.finished = true;
                return Some(Err(error));
            }
        };
        if end == 0 {
            self.finished = true;
            return None;
        }
        let rest = self.pending.split_off(end);
        let part = std::mem::replace(&mut self.pending, rest);
        // The next part starts with this one's last line, the blank line
        // before its text, read again: no figure there, but a diagnostic on
        // the next part's first line shows it as context, as it would in
        // the whole file.
        let overlap = if self.pending.is_empty() {
            part.len()
        } else {
            part.get(..part.len().saturating_sub(1))
                .and_then(|body| memchr::memrchr(b'\n', body))
                .map_or(0, |i| i + 1)
        };
        self.pending
            .splice(0..0, part.get(overlap..).unwrap_or_default().iter().copied());
        let start = self.start;
        self.start = PartStart {
            offset: start.offset.saturating_add(overlap),
            line: start
                .line
                .saturating_add(memchr::memchr_iter(b'\n', part.get(..overlap).unwrap_or_default()).count()),
        };
        let document = Document::part(&self.path, part, start);
        if document.is_err() {
            // The file changed since it was checked; nothing after this
            // part can be placed.
            self.finished = true;
        }
        Some(document)
    }
}

/// Whether the rest of `file` is UTF-8 with no NUL byte, read a block at a
/// time.
fn is_text(file: &mut File) -> std::io::Result<bool> {
    let mut block = vec![0u8; 1 << 20];
    // A char cut by the end of a block: its first bytes, moved to the front.
    let mut carried = 0;
    loop {
        let read = file.read(block.get_mut(carried..).unwrap_or_default())?;
        if read == 0 {
            return Ok(carried == 0);
        }
        let filled = carried.saturating_add(read);
        let bytes = block.get(..filled).unwrap_or_default();
        if memchr::memchr(0, bytes).is_some() {
            return Ok(false);
        }
        carried = match simdutf8::compat::from_utf8(bytes) {
            Ok(_) => 0,
            // Cut short by the block's end: read on.
            Err(error) if error.error_len().is_none() => filled - error.valid_up_to(),
            Err(_) => return Ok(false),
        };
        block.copy_within(filled - carried..filled, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paragraphs of Arabic with figures, `size` bytes or a little more.
    fn article(size: usize) -> String {
        let paragraph =
            "بلغ عدد البطاقات 2.653.895 بطاقة، أي أزيد من 3.6 مليون.\nوقال المدير إن 10 في المائة منها جديدة.\n\n";
        paragraph.repeat(size / paragraph.len() + 1)
    }

    fn write(text: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    #[test]
    fn parts_cover_the_file_and_start_at_paragraphs() {
        let text = article(300_000);
        let (_dir, path) = write(text.as_bytes());
        let parts: Vec<Document> = Parts::open_sized(&path, 64 << 10)
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(parts.len() >= 3, "{} parts", parts.len());
        let mut end = 0;
        for part in &parts {
            let offset = part.file_offset(0);
            // Each part but the first starts with the blank line that ends
            // the one before, then its text.
            if offset > 0 {
                assert_eq!(offset + 1, end);
                assert!(part.text().starts_with("\n") && text[..offset].ends_with("\n"));
            }
            assert_eq!(&text[offset..offset + part.text().len()], part.text());
            let line = text[..offset].matches('\n').count() + 1;
            assert_eq!(part.line_index().position(0).line, line);
            end = offset + part.text().len();
        }
        assert_eq!(end, text.len());
    }

    #[test]
    fn small_files_standard_input_and_bad_text_are_read_whole() {
        let (_dir, small) = write(article(1000).as_bytes());
        assert!(Parts::open(&small).is_none());
        assert!(Parts::open_sized(&small, 100).is_some());
        assert!(Parts::open_sized(Path::new(STDIN), 100).is_none());
        let mut bad = article(200_000).into_bytes();
        bad.push(0xff);
        let (_dir, bad) = write(&bad);
        assert!(Parts::open_sized(&bad, 1000).is_none());
        let mut nul = article(200_000).into_bytes();
        nul[100_007] = 0;
        let (_dir, nul) = write(&nul);
        assert!(Parts::open_sized(&nul, 1000).is_none());
    }

    #[test]
    fn chars_cut_by_a_block_end_are_text() {
        // Two-byte letters from an odd offset: every block ends inside one.
        let text = format!("x{}", "ب".repeat(3 << 20));
        let (_dir, path) = write(text.as_bytes());
        assert!(is_text(&mut File::open(&path).unwrap()).unwrap());
    }
}
