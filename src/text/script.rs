//! The script of each paragraph (SPEC §6.3): Moroccan articles mix Arabic
//! and French, a caption in one inside an article in the other. Each
//! paragraph (text between blank lines) is read in the script most of its
//! letters are written in.

use std::ops::Range;

use super::normalize::{is_arabic_letter, is_latin_letter};

/// The script a paragraph is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Arabic,
    /// French: more Latin letters than Arabic ones.
    Latin,
}

/// Runs of consecutive paragraphs of one script, covering the whole text
/// in order (a text with no Latin paragraph is one Arabic run).
pub fn runs(text: &str) -> Vec<(Range<usize>, Script)> {
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
/// followed by a line of white space only, as the reader's
/// paragraph gap does; the blank lines go with the paragraph before.
fn paragraphs(text: &str) -> impl Iterator<Item = (Range<usize>, Script)> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let rest = text.get(start..)?;
        let (mut arabic, mut latin) = (0usize, 0usize);
        let mut end = text.len();
        let mut line_blank = true;
        let mut breaks = 0;
        for (offset, c) in rest.char_indices() {
            if c == '\n' {
                if line_blank && breaks > 0 {
                    // A blank line: the paragraph ends after it, once the
                    // following blank lines are taken too.
                    end = start + offset + 1;
                    let after = text.get(end..).unwrap_or("");
                    let blank = after
                        .split_inclusive('\n')
                        .take_while(|line| line.ends_with('\n') && line.trim().is_empty())
                        .map(str::len)
                        .sum::<usize>();
                    end += blank;
                    break;
                }
                breaks += 1;
                line_blank = true;
                continue;
            }
            if c.is_ascii() {
                latin += usize::from(c.is_ascii_alphabetic());
            } else if is_arabic_letter(c) {
                arabic += 1;
            } else if is_latin_letter(c) {
                latin += 1;
            }
            line_blank &= c.is_whitespace();
        }
        let script = if latin > arabic { Script::Latin } else { Script::Arabic };
        let paragraph = start..end;
        start = end;
        Some((paragraph, script))
    })
}

#[cfg(test)]
mod tests {
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
