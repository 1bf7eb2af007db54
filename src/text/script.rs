//! The script of each paragraph (SPEC §6.3): Moroccan articles mix Arabic
//! and French, a caption in one inside an article in the other. Each
//! paragraph (text between blank lines) is read in the script most of its
//! letters are written in.

use std::ops::Range;

/// The script a paragraph is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Arabic,
    /// French: more Latin letters than Arabic ones.
    Latin,
}

/// Runs of consecutive paragraphs of one script, covering the whole text
/// in order (a text with no Latin paragraph is one Arabic run).
pub(crate) fn runs(text: &str) -> Vec<(Range<usize>, Script)> {
    let mut runs: Vec<(Range<usize>, Script)> = Vec::new();
    for (paragraph, script) in paragraphs(text) {
        match runs.last_mut() {
            Some((range, last)) if *last == script => range.end = paragraph.end,
            _ => runs.push((paragraph, script)),
        }
    }
    runs
}

/// Each paragraph with its script. A paragraph ends after a line break
/// followed by a line of white space only, as the reader's paragraph gap
/// does; the blank lines go with the paragraph before.
fn paragraphs(text: &str) -> impl Iterator<Item = (Range<usize>, Script)> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end = paragraph_end(bytes, start);
        let paragraph = bytes.get(start..end).unwrap_or_default();
        let script = if latin_letters(paragraph) > arabic_letters(paragraph) {
            Script::Latin
        } else {
            Script::Arabic
        };
        let range = start..end;
        start = end;
        Some((range, script))
    })
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

/// Latin letters, by byte: ASCII letters and the lead bytes of U+00C0–
/// U+027F (accented letters). Counted without decoding, so the scan costs
/// little beside reading.
fn latin_letters(bytes: &[u8]) -> usize {
    count_bytes(bytes, |b| b.is_ascii_alphabetic() || (0xC3..=0xC9).contains(&b))
}

/// Arabic letters, by lead byte: U+0600–U+06FF, and the presentation forms
/// of text copied from PDFs (lead byte EF; rare enough to count all).
fn arabic_letters(bytes: &[u8]) -> usize {
    count_bytes(bytes, |b| (0xD8..=0xDB).contains(&b) || b == 0xEF)
}

/// The bytes that are `wanted`, counted in byte-wide lanes (chunks of 255
/// cannot overflow a `u8`), which the compiler turns into wide compares.
fn count_bytes(bytes: &[u8], wanted: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n.wrapping_add(u8::from(wanted(b))))))
        .sum()
}

#[cfg(test)]
mod tests {
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
        let ends: Vec<usize> = paragraphs(text).map(|(range, _)| range.end).collect();
        for cut in 0..=text.len() {
            if let Some(end) = settled(&text.as_bytes()[..cut]) {
                assert!(ends.contains(&end), "cut {cut}: {end}");
            }
        }
    }

    use super::*;

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
}
