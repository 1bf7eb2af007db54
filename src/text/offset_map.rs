//! Offsets in a document's text → offsets in its file, for documents whose
//! text is not the file itself (an HTML page's text without its markup).
//!
//! The text is built from runs of the file copied as they are, and from
//! pieces that stand for a run of the file written otherwise (an entity
//! decoded, a run of white space made one space) or for nothing in it (the
//! break between two paragraphs). Each piece is one [`Piece`]; a copied run
//! maps byte for byte, any other piece maps as a whole.

/// One piece of the text and the part of the file it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// Where it starts in the text.
    text: usize,
    /// Where what it stands for starts in the file.
    file: usize,
    /// How many bytes of the file it stands for.
    file_len: usize,
    /// Whether it is the file's bytes as they are (so it maps byte for byte).
    copied: bool,
}

/// The map from a text's offsets to its file's, built piece by piece.
#[derive(Debug, Default, Clone)]
pub(crate) struct OffsetMap {
    pieces: Vec<Piece>,
    text_len: usize,
}

impl OffsetMap {
    /// Records that the next `len` bytes of the text are the file's bytes
    /// from `file` on, as they are.
    pub(crate) fn copied(&mut self, file: usize, len: usize) {
        if len == 0 {
            return;
        }
        // A copied run that continues the last one extends it.
        if let Some(last) = self.pieces.last_mut() {
            if last.copied && last.file + last.file_len == file && last.text + last.file_len == self.text_len {
                last.file_len += len;
                self.text_len += len;
                return;
            }
        }
        self.pieces.push(Piece {
            text: self.text_len,
            file,
            file_len: len,
            copied: true,
        });
        self.text_len += len;
    }

    /// Records that the next `len` bytes of the text stand for the file's
    /// bytes `file..file + file_len`, written otherwise (`file_len` may be
    /// 0: a break the file marks with a tag).
    pub(crate) fn replaced(&mut self, file: usize, file_len: usize, len: usize) {
        if len == 0 {
            return;
        }
        self.pieces.push(Piece {
            text: self.text_len,
            file,
            file_len,
            copied: false,
        });
        self.text_len += len;
    }

    /// The length of the text mapped so far.
    #[cfg(test)]
    pub(crate) fn text_len(&self) -> usize {
        self.text_len
    }

    fn piece(&self, offset: usize) -> Option<&Piece> {
        let at = self.pieces.partition_point(|p| p.text <= offset);
        at.checked_sub(1).and_then(|i| self.pieces.get(i))
    }

    /// The file offset where the text's byte at `offset` starts.
    pub(crate) fn start(&self, offset: usize) -> usize {
        match self.piece(offset) {
            Some(p) if p.copied => p.file + (offset - p.text).min(p.file_len),
            Some(p) => p.file,
            None => 0,
        }
    }

    /// The file offset where a span of the text that ends (exclusive) at
    /// `offset` ends: after what its last byte stands for.
    pub(crate) fn end(&self, offset: usize) -> usize {
        let Some(last) = offset.checked_sub(1) else {
            return self.start(0);
        };
        match self.piece(last) {
            Some(p) if p.copied => p.file + (offset - p.text).min(p.file_len),
            Some(p) => p.file + p.file_len,
            None => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_runs_map_byte_for_byte_and_other_pieces_as_a_whole() {
        // File: `<p>2&nbsp;653</p>`; text: `2\u{a0}653`.
        let mut map = OffsetMap::default();
        map.copied(3, 1);
        map.replaced(4, 6, 2);
        map.copied(10, 3);
        assert_eq!(map.text_len(), 6);
        assert_eq!(map.start(0), 3);
        assert_eq!(map.start(1), 4);
        assert_eq!(map.start(2), 4);
        assert_eq!(map.start(3), 10);
        assert_eq!(map.end(6), 13);
        assert_eq!(map.end(3), 10, "a span ending with the entity ends after it");
        assert_eq!(map.end(1), 4);
    }

    #[test]
    fn adjacent_copies_are_one_piece() {
        let mut map = OffsetMap::default();
        map.copied(0, 2);
        map.copied(2, 3);
        assert_eq!(map.pieces.len(), 1);
        map.copied(9, 1);
        assert_eq!(map.start(5), 9);
    }
}
