//! Byte offset → 1-based line and char column, built once per document.
//!
//! Lines break at `\n` (so CRLF is one break). Columns count Unicode scalar
//! values from the start of the line; a leading BOM is not counted. To keep
//! look-ups cheap on very long lines, the index stores checkpoints every
//! [`CHECKPOINT_BYTES`] bytes, so a look-up counts at most that many bytes.

use std::sync::Arc;

use super::{OffsetMap, PartStart};

const CHECKPOINT_BYTES: usize = 1024;
const BOM: &str = "\u{feff}";

/// A 1-based line and column (column in chars).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, Copy)]
struct Checkpoint {
    offset: usize,
    line: usize,
    column: usize,
}

/// Maps byte offsets of one text to lines and columns.
#[derive(Debug)]
pub struct LineIndex {
    checkpoints: Vec<Checkpoint>,
    /// The file's text, shared with its document (not copied).
    text: Arc<String>,
    /// For a document whose text is not its file: where the text's offsets
    /// are in the file.
    map: Option<Arc<OffsetMap>>,
}

impl LineIndex {
    /// The index of `shared`, which starts at `part` in its file.
    pub(crate) fn new(shared: &Arc<String>, part: PartStart) -> LineIndex {
        let text: &str = shared;
        // Only the file's own start may carry a BOM.
        let start = if part.offset == 0 && text.starts_with(BOM) {
            BOM.len()
        } else {
            0
        };
        let mut checkpoints = Vec::new();
        let (mut line, mut line_start) = (part.line, start);
        loop {
            let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
            checkpoints.push(Checkpoint {
                offset: line_start,
                line,
                column: 1,
            });
            // Long lines get a checkpoint every CHECKPOINT_BYTES or so.
            let (mut at, mut column) = (line_start, 1);
            while line_end - at > CHECKPOINT_BYTES {
                let mut next = at + CHECKPOINT_BYTES;
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                column += text[at..next].chars().count();
                at = next;
                checkpoints.push(Checkpoint {
                    offset: at,
                    line,
                    column,
                });
            }
            if line_end == text.len() {
                break;
            }
            line += 1;
            line_start = line_end + 1;
        }
        LineIndex {
            checkpoints,
            text: Arc::clone(shared),
            map: None,
        }
    }

    /// The index of the file `file`, for a text whose offsets `map` maps
    /// into it (an HTML page's article text).
    pub(crate) fn mapped(file: &Arc<String>, map: Arc<OffsetMap>) -> LineIndex {
        LineIndex {
            map: Some(map),
            ..LineIndex::new(file, PartStart::FILE)
        }
    }

    /// The position in the file where the text's byte at `offset` starts.
    pub fn position(&self, offset: usize) -> Position {
        match &self.map {
            Some(map) => self.file_position(map.start(offset)),
            None => self.file_position(offset),
        }
    }

    /// The position in the file where a span of the text that ends at
    /// `offset` ends.
    pub(crate) fn end_position(&self, offset: usize) -> Position {
        match &self.map {
            Some(map) => self.file_position(map.end(offset)),
            None => self.file_position(offset),
        }
    }

    /// The position of a byte offset of the file (clamped to it).
    pub(crate) fn file_position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let at = self.checkpoints.partition_point(|c| c.offset <= offset);
        let Some(checkpoint) = at.checked_sub(1).and_then(|i| self.checkpoints.get(i)) else {
            // Only offsets inside a leading BOM come before the first checkpoint.
            return Position { line: 1, column: 1 };
        };
        let chars = self.text.as_bytes()[checkpoint.offset..offset]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count();
        Position {
            line: checkpoint.line,
            column: checkpoint.column + chars,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, offset: usize) -> Position {
        let body = text.strip_prefix(BOM).unwrap_or(text);
        let skip = text.len() - body.len();
        let before = &text[skip.min(offset)..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line,
            column: before[line_start..].chars().count() + 1,
        }
    }

    #[test]
    fn columns_count_chars_not_bytes() {
        let text = "أزيد من 3.6\nب 800";
        let index = LineIndex::new(&Arc::new(text.to_string()), PartStart::FILE);
        let three = text.find('3').unwrap();
        assert_eq!(index.position(three), Position { line: 1, column: 9 });
        let eight = text.find('8').unwrap();
        assert_eq!(index.position(eight), Position { line: 2, column: 3 });
    }

    #[test]
    fn crlf_is_one_line_break_and_bom_is_not_a_column() {
        let text = "\u{feff}a\r\nb";
        let index = LineIndex::new(&Arc::new(text.to_string()), PartStart::FILE);
        assert_eq!(index.position(3), Position { line: 1, column: 1 });
        assert_eq!(index.position(text.len() - 1), Position { line: 2, column: 1 });
    }

    #[test]
    fn long_lines_agree_with_counting_from_the_start() {
        let text: String = "١٢ كلمة ".repeat(2000) + "\n" + &"x".repeat(5000);
        let index = LineIndex::new(&Arc::new(text.clone()), PartStart::FILE);
        for (offset, _) in text.char_indices().step_by(97) {
            assert_eq!(index.position(offset), naive(&text, offset), "offset {offset}");
        }
    }
}
