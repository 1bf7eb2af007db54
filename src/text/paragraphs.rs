//! The paragraphs of a text, split once for everything that reads them:
//! the reader reads each in its script, discovery measures distances and
//! finds the headline by them, and the HTML report sets each as a `<p>`.
//! A paragraph ends after a line break followed by a line of white space
//! only, as the reader's paragraph gap does (SPEC §6.3).

use std::ops::Range;

use super::script::{script_of, Script};

/// One paragraph of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Paragraph {
    /// From its first byte to the next paragraph's: the blank lines after
    /// it go with it, so that the blocks of a text cover it in order.
    pub(crate) block: Range<usize>,
    /// Its lines: the block without the blank lines around it and the
    /// line break after the last (empty for blank lines that open a text).
    pub(crate) lines: Range<usize>,
    /// The script most of its letters are written in.
    pub(crate) script: Script,
}

/// Every paragraph of `text`, in order, their blocks covering it.
pub(crate) fn paragraphs(text: &str) -> Vec<Paragraph> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut start = 0;
    while start < bytes.len() {
        let end = paragraph_end(bytes, start);
        let block = bytes.get(start..end).unwrap_or_default();
        let first = start + blank_lines(block);
        let last = block
            .iter()
            .rposition(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
            .map_or(first, |at| start + at + 1)
            .max(first);
        found.push(Paragraph {
            block: start..end,
            lines: first..last,
            script: script_of(block),
        });
        start = end;
    }
    found
}

/// Runs of consecutive paragraphs of one script, covering the whole text
/// in order (a text with no Latin paragraph is one Arabic run).
pub(crate) fn script_runs(paragraphs: &[Paragraph]) -> Vec<(Range<usize>, Script)> {
    let mut runs: Vec<(Range<usize>, Script)> = Vec::new();
    for paragraph in paragraphs {
        match runs.last_mut() {
            Some((range, last)) if *last == paragraph.script => range.end = paragraph.block.end,
            _ => runs.push((paragraph.block.clone(), paragraph.script)),
        }
    }
    runs
}

/// Where the last paragraph of `bytes` whose end is settled ends: one
/// after whose blank lines text follows, so that no byte read later can
/// move its end. A text cut there reads as it does whole, each part on its
/// own: nothing joins across a paragraph gap. `None` when no paragraph of
/// `bytes` is settled.
pub(crate) fn settled_paragraph_end(bytes: &[u8]) -> Option<usize> {
    let last_text = bytes.iter().rposition(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'))?;
    let mut settled = None;
    let mut start = 0;
    loop {
        let end = paragraph_end(bytes, start);
        if end > last_text || end == start {
            return settled;
        }
        settled = Some(end);
        start = end;
    }
}

/// Where the paragraph starting at `start` ends: after the blank lines
/// that follow its last line, or at the end of the text.
fn paragraph_end(bytes: &[u8], start: usize) -> usize {
    let mut at = start;
    while let Some(found) = memchr::memchr(b'\n', bytes.get(at..).unwrap_or_default()) {
        let after = at + found + 1;
        let blank = blank_lines(bytes.get(after..).unwrap_or_default());
        // A line break, then a blank line: the paragraph ends.
        if blank > 0 {
            return after + blank;
        }
        at = after;
    }
    bytes.len()
}

/// The length of the blank lines (white space, then a line break) that
/// start `rest`.
fn blank_lines(rest: &[u8]) -> usize {
    let mut taken = 0;
    let mut line = 0;
    for &b in rest {
        line += 1;
        match b {
            b'\n' => {
                taken += line;
                line = 0;
            }
            b' ' | b'\t' | b'\r' => {}
            _ => break,
        }
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<(Range<usize>, Script)> {
        script_runs(&paragraphs(text))
    }

    fn lines(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().map(|p| &text[p.lines]).collect()
    }

    #[test]
    fn a_paragraph_is_settled_once_text_follows_its_blank_lines() {
        use super::settled_paragraph_end as settled;
        assert_eq!(settled(b"one\n\ntwo"), Some(5));
        assert_eq!(settled(b"one\n \n\t\ntwo\n\nthree"), Some(13));
        // More blank lines may still come, or the line may be text.
        assert_eq!(settled(b"one\n\n"), None);
        assert_eq!(settled(b"one\n\n  "), None);
        assert_eq!(settled(b"one\ntwo"), None);
        assert_eq!(settled(b""), None);
        // Every paragraph of the whole text ends where a part would cut.
        let text = "أ\n\n b\n\n\nc d\n \ne";
        let ends: Vec<usize> = paragraphs(text).into_iter().map(|p| p.block.end).collect();
        for cut in 0..=text.len() {
            if let Some(end) = settled(&text.as_bytes()[..cut]) {
                assert!(ends.contains(&end), "cut {cut}: {end}");
            }
        }
    }

    #[test]
    fn an_arabic_article_is_one_run() {
        let text = "بلغ عدد البطاقات 2.653.895 بطاقة.\n\nوقال المدير إن Le360 نشرت الخبر.\n";
        assert_eq!(runs(text), [(0..text.len(), Script::Arabic)]);
    }

    #[test]
    fn a_french_caption_is_its_own_run() {
        let arabic = "أصدرت المديرية 3.685.964 بطاقة.\n\n";
        let french = "Légende : dont 2 653 895 à Rabat.\n \n\n";
        let more = "وأضافت المديرية.";
        let text = format!("{arabic}{french}{more}");
        let a = arabic.len();
        let f = a + french.len();
        assert_eq!(
            runs(&text),
            [
                (0..a, Script::Arabic),
                (a..f, Script::Latin),
                (f..text.len(), Script::Arabic)
            ]
        );
    }

    #[test]
    fn one_line_break_does_not_end_a_paragraph() {
        let text = "Titre\nسطر عربي طويل جدا هنا\n";
        assert_eq!(runs(text), [(0..text.len(), Script::Arabic)]);
        assert_eq!(runs(""), []);
    }

    #[test]
    fn a_paragraphs_lines_leave_out_the_blank_lines_around_them() {
        assert_eq!(lines("\n\none\ntwo\r\n \n\nthree  \n"), ["", "one\ntwo", "three"]);
        assert_eq!(lines("only"), ["only"]);
    }

    #[test]
    fn the_blocks_cover_the_text_in_order() {
        let text = "\n a\n\nb\n\t\n\nc\nd\n\n\n";
        let found = paragraphs(text);
        let mut at = 0;
        for paragraph in &found {
            assert_eq!(paragraph.block.start, at);
            assert!(paragraph.block.start <= paragraph.lines.start && paragraph.lines.end <= paragraph.block.end);
            at = paragraph.block.end;
        }
        assert_eq!(at, text.len());
    }
}
