//! A window of a document around some spans, as miette source code.
//!
//! News paragraphs are single lines of hundreds of characters; shown whole,
//! they wrap in a terminal and the underlines no longer sit under the
//! figures. An excerpt keeps the lines from the first span to the last (and
//! one line of context either side), cuts each long line to a window around
//! its spans marked with `…`, and still reports the document's own line
//! numbers and char columns.

use std::ops::Range;

use std::fmt;

use miette::{Diagnostic, LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use super::visible::{is_unsafe, push_escape};
use super::Document;

/// Marks text left out: at a line's ends, and between far-apart figures.
const ELLIPSIS: &str = "…";

/// Figures closer than this (in chars) share one segment of their line.
const NEAR: usize = 24;

/// Part of a document line shown in the excerpt.
#[derive(Debug, Clone)]
struct Segment {
    /// Where it starts in the excerpt's text.
    at: usize,
    /// The part of the document it shows.
    window: Range<usize>,
    /// 1-based line and char column of the window's start.
    line: usize,
    column: usize,
}

/// Part of a document, ready for miette.
#[derive(Debug, Clone)]
pub(crate) struct Excerpt {
    name: String,
    text: String,
    segments: Vec<Segment>,
}

impl Document {
    /// An excerpt showing `spans`, with lines cut to about `width` chars;
    /// returns it with the spans mapped into it.
    pub(crate) fn excerpt(&self, spans: &[Range<usize>], width: usize) -> (Excerpt, Vec<Range<usize>>) {
        let index = self.line_index();
        match self.file_behind_text() {
            // A page shows the lines of the file, as saved, so that the
            // lines and columns shown are the file's.
            Some(file) => {
                let spans: Vec<Range<usize>> = spans
                    .iter()
                    .map(|s| self.file_offset(s.start)..self.file_end(s.end))
                    .collect();
                excerpt_of(self.name(), file, &|at| index.file_position(at), &spans, width)
            }
            None => excerpt_of(self.name(), self.text(), &|at| index.position(at), spans, width),
        }
    }
}

/// An excerpt of `text`, whose offsets `position` places, showing `spans`.
fn excerpt_of(
    name: &str,
    text: &str,
    position: &dyn Fn(usize) -> super::Position,
    spans: &[Range<usize>],
    width: usize,
) -> (Excerpt, Vec<Range<usize>>) {
    {
        let width = width.max(20);
        let lowest = spans.iter().map(|s| s.start).min().unwrap_or(0).min(text.len());
        let highest = spans.iter().map(|s| s.end).max().unwrap_or(0).min(text.len());
        let line_start = |at: usize| text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
        let line_end = |at: usize| text.get(at..).and_then(|t| t.find('\n')).map_or(text.len(), |i| at + i);
        // One line of context either side, as miette shows.
        let first = line_start(lowest);
        let first = if first > 0 { line_start(first - 1) } else { first };
        let last = line_end(highest);
        let last = if last < text.len() { line_end(last + 1) } else { last };

        let mut excerpt = Excerpt {
            name: super::visible::visible(name).into_owned(),
            text: String::new(),
            segments: Vec::new(),
        };
        let mut start = first;
        let mut first_line = true;
        while start <= last {
            let end = line_end(start);
            let line = start..end.min(last).max(start);
            if !first_line {
                excerpt.text.push('\n');
            }
            first_line = false;
            let windows = windows(text, line.clone(), spans, width);
            for (i, window) in windows.iter().enumerate() {
                if i > 0 {
                    excerpt.text.push_str(&format!(" {ELLIPSIS} "));
                } else if window.start > line.start {
                    excerpt.text.push_str(&format!("{ELLIPSIS} "));
                }
                let shown = text.get(window.clone()).unwrap_or("").trim_end_matches('\r');
                excerpt.push(position, window.start, shown);
            }
            if windows.last().is_some_and(|w| w.end < line.end) {
                excerpt.text.push_str(&format!(" {ELLIPSIS}"));
            }
            start = end + 1;
        }
        let mapped = spans.iter().map(|s| excerpt.map(s.start)..excerpt.map(s.end)).collect();
        (excerpt, mapped)
    }
}

/// The parts of `line` to show: all of it when short; else one part around
/// each group of nearby spans, about `width` chars in all, cut at spaces.
fn windows(text: &str, line: Range<usize>, spans: &[Range<usize>], width: usize) -> Vec<Range<usize>> {
    let chars = |r: Range<usize>| text.get(r).map_or(0, |t| t.chars().count());
    if chars(line.clone()) <= width {
        return vec![line];
    }
    let mut touching: Vec<Range<usize>> = spans
        .iter()
        .filter(|s| s.start <= line.end && s.end >= line.start)
        .map(|s| s.start.max(line.start)..s.end.min(line.end))
        .collect();
    touching.sort_by_key(|s| s.start);
    // Groups of spans close enough to share a segment.
    let mut groups: Vec<Range<usize>> = Vec::new();
    for span in touching {
        match groups.last_mut() {
            Some(group) if chars(group.end..span.start.max(group.end)) <= NEAR => group.end = group.end.max(span.end),
            _ => groups.push(span),
        }
    }
    if groups.is_empty() {
        groups.push(line.start..line.start);
    }
    let used: usize = groups.iter().map(|g| chars(g.clone())).sum();
    // The `…` marks between and around the segments take room too; where
    // the figures alone nearly fill the width, the context goes first.
    let marks = 3 * groups.len() + 1;
    let margin = width.saturating_sub(used + marks) / (2 * groups.len());
    let mut windows: Vec<Range<usize>> = groups
        .iter()
        .map(|group| {
            let before = text.get(line.start..group.start).unwrap_or("");
            let after = text.get(group.end..line.end).unwrap_or("");
            let mut start = before
                .char_indices()
                .rev()
                .nth(margin.saturating_sub(1))
                .map_or(line.start, |(i, _)| line.start + i);
            let mut end = after
                .char_indices()
                .nth(margin)
                .map_or(line.end, |(i, _)| group.end + i);
            // Whole words read better: move inwards to the nearest space.
            if start > line.start {
                if let Some(space) = text.get(start..group.start).and_then(|t| t.find(' ')) {
                    start += space + 1;
                }
            }
            if end < line.end {
                if let Some(space) = text.get(group.end..end).and_then(|t| t.rfind(' ')) {
                    end = group.end + space;
                }
            }
            start..end
        })
        .collect();
    // Segments that meet become one.
    windows.dedup_by(|next, previous| {
        if next.start <= previous.end {
            previous.end = previous.end.max(next.end);
            true
        } else {
            false
        }
    });
    windows
}

/// Room for miette's gutter (` 16 │ `) and margins beside a source line
/// cut to a width: a terminal `w` columns wide shows `w - GUTTER` chars.
pub(crate) const GUTTER: usize = 12;

/// The fewest chars a wrapped label line holds, however far right its
/// figure stands: narrower, a label would be all breaks.
const NARROWEST_LABEL: usize = 16;

/// `text` broken into lines (miette draws each under the first) where,
/// drawn after its arrow (`╰── `) at `column`, it would pass `width`:
/// a line the terminal wraps breaks the drawing under the figure.
fn fit_label(text: &str, column: usize, width: usize) -> String {
    const ARROW: usize = 4;
    let room = width.saturating_sub(column + ARROW).max(NARROWEST_LABEL);
    if text.chars().count() <= room {
        return text.to_string();
    }
    textwrap::wrap(text, textwrap::Options::new(room).break_words(false)).join("\n")
}

impl Excerpt {
    /// The columns a label line may take when source lines are cut to
    /// `width`: the terminal's, less the label line's own gutter (the
    /// widest line number, a space either side and `·`).
    fn label_room(&self, width: usize) -> usize {
        let widest_line = self.segments.iter().map(|s| s.line).max().unwrap_or(1);
        let digits = widest_line.checked_ilog10().map_or(1, |d| d as usize + 1);
        (width + GUTTER).saturating_sub(digits + 3)
    }

    /// The char column in its line of the middle of `span` (an excerpt
    /// span), where miette draws the label's arrow.
    fn label_column(&self, span: &Range<usize>) -> usize {
        let chars = |r: Range<usize>| self.text.get(r).map_or(0, |t| t.chars().count());
        let line_start = self
            .text
            .get(..span.start)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i + 1);
        chars(line_start..span.start) + chars(span.clone()) / 2
    }

    /// Appends `shown`, the document's text from offset `start`, as one
    /// segment per run of safe chars: a control or BiDi char in between is
    /// shown as its visible escape (see [`super::visible`]), which is not
    /// the length of the char, so offsets map linearly only within a run.
    fn push(&mut self, position: &dyn Fn(usize) -> super::Position, start: usize, shown: &str) {
        let mut run = 0;
        let chars = shown.char_indices().filter(|&(_, c)| is_unsafe(c));
        for (at, c) in chars.map(|(i, c)| (Some(i), c)).chain([(None, ' ')]) {
            let end = at.unwrap_or(shown.len());
            // Each window keeps at least its first segment, even when empty.
            if end > run || run == 0 {
                let place = position(start + run);
                self.segments.push(Segment {
                    at: self.text.len(),
                    window: start + run..start + end,
                    line: place.line,
                    column: place.column,
                });
                self.text.push_str(shown.get(run..end).unwrap_or(""));
            }
            if at.is_some() {
                push_escape(&mut self.text, c);
                run = end + c.len_utf8();
            }
        }
    }

    /// Where a document offset stands in the excerpt.
    fn map(&self, offset: usize) -> usize {
        let segment = self
            .segments
            .iter()
            .rev()
            .find(|s| s.window.start <= offset)
            .or(self.segments.first());
        match segment {
            Some(s) => s.at + offset.clamp(s.window.start, s.window.end) - s.window.start,
            None => 0,
        }
    }

    /// The segment holding an excerpt offset.
    fn segment_at(&self, at: usize) -> Option<&Segment> {
        self.segments.iter().rev().find(|s| s.at <= at)
    }

    /// The line an excerpt offset is on: that of the next segment when the
    /// offset sits before one on the same excerpt line (a `…` marker).
    fn line_at(&self, at: usize) -> usize {
        let line_start = self.text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
        self.segments
            .iter()
            .find(|s| s.at >= line_start)
            .or_else(|| self.segment_at(at))
            .map_or(1, |s| s.line)
    }
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.read_span(span, context_lines_before, context_lines_after)?;
        // miette numbers the lines it shows from the line the contents start
        // on (the excerpt's lines are the document's, in order); it reads
        // the column only for a span read without context.
        let first_line = self.line_at(inner.span().offset());
        let column = match self.segment_at(span.offset()) {
            Some(segment) => {
                let shown = self.text.get(segment.at..span.offset()).unwrap_or("");
                segment.column + shown.chars().count()
            }
            None => 1,
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            first_line - 1,
            column - 1,
            inner.line_count(),
        )))
    }
}

/// Labels in a document: span, text, and whether it is the primary label.
pub(crate) type Labels = Vec<(Range<usize>, String, bool)>;

/// Labelled spans of one document, shown as an excerpt: the source and
/// labels of a diagnostic, or a note of its own (miette's "related").
#[derive(Debug, Clone)]
pub(crate) struct LabelledExcerpt {
    title: String,
    excerpt: Excerpt,
    /// The labels, their spans mapped into the excerpt.
    labels: Labels,
}

impl LabelledExcerpt {
    /// `labels` are (span in the document, text, primary); lines are cut to
    /// about `width` chars.
    pub(crate) fn new(document: &Document, title: String, labels: Labels, width: usize) -> Self {
        let spans: Vec<Range<usize>> = labels.iter().map(|(span, ..)| span.clone()).collect();
        let (excerpt, spans) = document.excerpt(&spans, width);
        let labels = labels
            .into_iter()
            .zip(spans)
            .map(|((_, text, primary), span)| {
                let text = fit_label(&text, excerpt.label_column(&span), excerpt.label_room(width));
                (span, text, primary)
            })
            .collect();
        LabelledExcerpt { title, excerpt, labels }
    }

    pub(crate) fn source(&self) -> &Excerpt {
        &self.excerpt
    }

    pub(crate) fn labelled_spans(&self) -> impl Iterator<Item = LabeledSpan> + '_ {
        self.labels.iter().map(|(span, text, primary)| {
            if *primary {
                LabeledSpan::new_primary_with_span(Some(text.clone()), span.clone())
            } else {
                LabeledSpan::new_with_span(Some(text.clone()), span.clone())
            }
        })
    }
}

impl fmt::Display for LabelledExcerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.title)
    }
}

impl std::error::Error for LabelledExcerpt {}

impl Diagnostic for LabelledExcerpt {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.excerpt)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labelled_spans()))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn doc(text: &str) -> Document {
        Document::from_bytes(Path::new("a.txt"), text.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn short_lines_are_shown_whole() {
        let d = doc("سطر أول\nإصدار 476 بطاقة\nسطر ثالث\nرابع");
        let at = d.text().find("476").unwrap();
        let (excerpt, spans) = d.excerpt(std::slice::from_ref(&(at..at + 3)), 80);
        assert_eq!(excerpt.text, "سطر أول\nإصدار 476 بطاقة\nسطر ثالث");
        assert_eq!(&excerpt.text[spans[0].clone()], "476");
    }

    #[test]
    fn long_lines_are_cut_around_the_spans_at_spaces() {
        let filler = "كلمة ".repeat(200);
        let text = format!("{filler}إصدار 2.653.895 بطاقة {filler}");
        let d = doc(&text);
        let at = text.find("2.653.895").unwrap();
        let (excerpt, spans) = d.excerpt(std::slice::from_ref(&(at..at + "2.653.895".len())), 60);
        assert!(excerpt.text.starts_with("… كلمة"), "{}", excerpt.text);
        assert!(excerpt.text.ends_with(" …"));
        assert!(excerpt.text.chars().count() <= 66, "{}", excerpt.text.chars().count());
        assert_eq!(&excerpt.text[spans[0].clone()], "2.653.895");
    }

    #[test]
    fn a_label_that_would_pass_the_width_is_broken_into_lines_that_fit() {
        // Drawn after `╰── ` at column 30 of a 60-column room: 26 left.
        let label = fit_label("headline_cards_2025 = 3,500,000 (cell B7)", 30, 60);
        assert_eq!(label, "headline_cards_2025 =\n3,500,000 (cell B7)");
        assert_eq!(fit_label("cards_2025 = 3,685,964", 30, 60), "cards_2025 = 3,685,964");
        // A figure at the far right still gets lines of a readable width.
        let far = fit_label("l1_c781 = 484,780", 58, 60);
        assert_eq!(far.lines().count(), 2, "{far}");
    }

    #[test]
    fn far_apart_figures_get_a_segment_each() {
        let filler = "كلمة ".repeat(60);
        let text = format!("{filler}أولا 111 {filler}ثانيا 222 {filler}");
        let d = doc(&text);
        let (a, b) = (text.find("111").unwrap(), text.find("222").unwrap());
        let (excerpt, spans) = d.excerpt(&[a..a + 3, b..b + 3], 60);
        assert_eq!(&excerpt.text[spans[0].clone()], "111");
        assert_eq!(&excerpt.text[spans[1].clone()], "222");
        assert_eq!(excerpt.text.matches('…').count(), 3, "{}", excerpt.text);
        assert!(excerpt.text.chars().count() <= 70, "{}", excerpt.text);
        // The second figure's column is the document's.
        let contents = excerpt.read_span(&(spans[1].start, 3).into(), 0, 0).unwrap();
        assert_eq!(contents.column() + 1, d.line_index().position(b).column);
    }

    #[test]
    fn control_and_bidi_chars_are_shown_escaped_and_spans_still_fit() {
        let text = "\u{1b}]52;c;aGk=\u{7}عدد \u{202e}476 بطاقة\u{1b}[2J";
        let d = doc(text);
        let at = text.find("476").unwrap();
        let (excerpt, spans) = d.excerpt(std::slice::from_ref(&(at..at + 3)), 80);
        assert_eq!(excerpt.text, "␛]52;c;aGk=␇عدد <U+202E>476 بطاقة␛[2J");
        assert_eq!(&excerpt.text[spans[0].clone()], "476");
        // The column is still the document's.
        let contents = excerpt.read_span(&(spans[0].start, 3).into(), 0, 0).unwrap();
        assert_eq!(contents.column() + 1, d.line_index().position(at).column);
    }

    #[test]
    fn reported_positions_are_the_documents() {
        let filler = "كلمة ".repeat(100);
        let text = format!("عنوان\n\n{filler}أزيد من 3.6 مليون بطاقة");
        let d = doc(&text);
        let at = text.find("أزيد").unwrap();
        let (excerpt, spans) = d.excerpt(std::slice::from_ref(&(at..text.len() - " بطاقة".len())), 40);
        let expected = d.line_index().position(at);
        assert_eq!(expected.line, 3);
        // Read alone, a span gives its own line and column …
        let alone = excerpt.read_span(&(spans[0].start, 3).into(), 0, 0).unwrap();
        assert_eq!((alone.line() + 1, alone.column() + 1), (expected.line, expected.column));
        // … and with a line of context, the line that context starts on.
        let context = excerpt.read_span(&(spans[0].start, 3).into(), 1, 1).unwrap();
        assert_eq!(context.line() + 1, 2);
    }
}
