//! Selecting a figure by the text around it (SPEC §4 `pattern`).
//!
//! The document is folded once the way patterns are: spelling variants,
//! digit scripts, diacritics and tatweel folded, white-space runs made one
//! space. A pattern `before{}after` selects each figure whose folded text is
//! preceded by `before` and followed by `after`, so `{}` always coincides
//! with exactly one whole figure.

use std::ops::Range;

use crate::extract::{self, Figure};
use crate::text::normalize::fold_char;
use crate::text::Document;

/// A document's figures, with its folded text for pattern matching.
#[derive(Debug)]
pub struct FigureIndex {
    figures: Vec<Figure>,
    folded: String,
    /// (byte offset on disk, byte offset in `folded`) at each char start,
    /// increasing in both.
    offsets: Vec<(usize, usize)>,
}

/// Why a pattern selected no single figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SelectError {
    /// The pattern has no `{}`, or more than one.
    Placeholder { count: usize },
    /// Nothing matched; the passage most like the pattern, if any.
    NotFound { closest: Option<Range<usize>> },
    /// Several figures matched; their spans.
    Ambiguous { matches: Vec<Range<usize>> },
    /// `occurrence` is past the number of matches.
    NoSuchOccurrence {
        occurrence: usize,
        matches: Vec<Range<usize>>,
    },
}

/// Folds text for matching, calling `emit` with each input char's byte
/// offset before its folded form is appended.
fn fold_into(text: &str, out: &mut String, mut emit: impl FnMut(usize, usize)) {
    let mut in_space = false;
    for (offset, c) in text.char_indices() {
        emit(offset, out.len());
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else if let Some(f) = fold_char(c) {
            out.push(f);
            in_space = false;
        }
    }
}

/// Folds a piece of pattern text.
pub fn fold_pattern(text: &str) -> String {
    let mut out = String::new();
    fold_into(text, &mut out, |_, _| {});
    out
}

impl FigureIndex {
    /// Reads the figures of a document (those out of range are left out:
    /// `figaudit figures` reports them).
    pub fn new(document: &Document) -> FigureIndex {
        let text = document.text();
        let figures = extract::figures(text).filter_map(Result::ok).collect();
        let mut folded = String::with_capacity(text.len());
        let mut offsets = Vec::with_capacity(text.len() / 2);
        fold_into(text, &mut folded, |disk, fold| offsets.push((disk, fold)));
        offsets.push((text.len(), folded.len()));
        FigureIndex {
            figures,
            folded,
            offsets,
        }
    }

    pub fn figures(&self) -> &[Figure] {
        &self.figures
    }

    fn folded_at(&self, disk: usize) -> usize {
        let i = self.offsets.partition_point(|&(d, _)| d < disk);
        self.offsets.get(i).map_or(self.folded.len(), |&(_, f)| f)
    }

    fn disk_at(&self, folded: usize) -> usize {
        let i = self.offsets.partition_point(|&(_, f)| f < folded);
        self.offsets.get(i).map_or(usize::MAX, |&(d, _)| d)
    }

    /// The figure `pattern` selects; `occurrence` (1-based) picks one of
    /// several matches.
    pub fn select(&self, pattern: &str, occurrence: Option<usize>) -> Result<&Figure, SelectError> {
        let count = pattern.matches("{}").count();
        let Some((before, after)) = pattern.split_once("{}").filter(|_| count == 1) else {
            return Err(SelectError::Placeholder { count });
        };
        let (before, after) = (fold_pattern(before), fold_pattern(after));
        let matches: Vec<&Figure> = self
            .figures
            .iter()
            .filter(|f| {
                let (start, end) = (self.folded_at(f.span.start), self.folded_at(f.span.end));
                self.folded[..start].ends_with(&before) && self.folded[end..].starts_with(&after)
            })
            .collect();
        let spans = || matches.iter().map(|f| f.span.clone()).collect();
        match (matches.len(), occurrence) {
            (0, _) => Err(SelectError::NotFound {
                closest: self.closest(&before, &after),
            }),
            (n, Some(k)) if k >= 1 && k <= n => Ok(matches[k - 1]),
            (_, Some(k)) => Err(SelectError::NoSuchOccurrence {
                occurrence: k,
                matches: spans(),
            }),
            (1, None) => Ok(matches[0]),
            (_, None) => Err(SelectError::Ambiguous { matches: spans() }),
        }
    }

    /// The passage around the figure whose surroundings share the most
    /// text with the pattern.
    fn closest(&self, before: &str, after: &str) -> Option<Range<usize>> {
        let (score, passage) = self
            .figures
            .iter()
            .map(|f| {
                let (start, end) = (self.folded_at(f.span.start), self.folded_at(f.span.end));
                let shared_before = common_suffix(&self.folded[..start], before);
                let shared_after = common_prefix(&self.folded[end..], after);
                let passage = self.disk_at(start - shared_before)..self.disk_at(end + shared_after);
                (shared_before + shared_after, passage)
            })
            .max_by_key(|(score, passage)| (*score, std::cmp::Reverse(passage.start)))?;
        // Sharing a space or a letter is chance, not resemblance.
        (score > 3).then_some(passage)
    }
}

/// Bytes at the end of `a` that end `b` too, on char boundaries.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum()
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn indexed(text: &str) -> (Document, FigureIndex) {
        let document = Document::from_bytes(Path::new("a.txt"), text.as_bytes().to_vec()).unwrap();
        let index = FigureIndex::new(&document);
        (document, index)
    }

    const ARTICLE: &str = "أنجزت ما مجموعه ثلاثة ملايين و685 ألف و964 بطاقة، من بينها 2.653.895 بطاقة تم إنتاجها بالرباط، و1.032.069 بطاقة وطنية أخرى.";

    #[test]
    fn pattern_selects_the_whole_figure_around_its_placeholder() {
        let (doc, index) = indexed(ARTICLE);
        let total = index.select("ما مجموعه {} بطاقة", None).unwrap();
        assert_eq!(total.text(doc.text()), "ثلاثة ملايين و685 ألف و964");
        let rabat = index.select("{} بطاقة تم إنتاجها", None).unwrap();
        assert_eq!(rabat.text(doc.text()), "2.653.895");
        let marrakech = index.select("و{} بطاقة وطنية أخرى", None).unwrap();
        assert_eq!(marrakech.text(doc.text()), "1.032.069");
    }

    #[test]
    fn matching_folds_spelling_digits_and_white_space() {
        let (_, index) = indexed(ARTICLE);
        assert!(index.select("ما   مجموعة {} بطاقه", None).is_ok());
        assert!(index.select("{} بطاقة تم انتاجها", None).is_ok());
        let (_, indic) = indexed("من بينها ٢٬٦٥٣٬٨٩٥ بطاقة");
        assert!(indic.select("من بينها {} بطاقة", None).is_ok());
    }

    #[test]
    fn several_matches_are_ambiguous_unless_an_occurrence_is_picked() {
        let (doc, index) = indexed(ARTICLE);
        let Err(SelectError::Ambiguous { matches }) = index.select("{} بطاقة", None) else {
            panic!("expected ambiguity");
        };
        assert_eq!(matches.len(), 3);
        let second = index.select("{} بطاقة", Some(2)).unwrap();
        assert_eq!(second.text(doc.text()), "2.653.895");
        assert!(matches!(
            index.select("{} بطاقة", Some(4)),
            Err(SelectError::NoSuchOccurrence { occurrence: 4, .. })
        ));
    }

    #[test]
    fn no_match_points_at_the_closest_passage() {
        let (doc, index) = indexed(ARTICLE);
        let Err(SelectError::NotFound { closest: Some(span) }) = index.select("{} بطاقة تم تصنيعها", None)
        else {
            panic!("expected a closest passage");
        };
        assert_eq!(&doc.text()[span], "2.653.895 بطاقة تم ");
    }

    #[test]
    fn placeholder_must_appear_once() {
        let (_, index) = indexed(ARTICLE);
        assert_eq!(index.select("بطاقة", None), Err(SelectError::Placeholder { count: 0 }));
        assert_eq!(index.select("{} و{}", None), Err(SelectError::Placeholder { count: 2 }));
    }

    #[test]
    fn placeholder_never_matches_part_of_a_figure() {
        let (_, index) = indexed("إنجاز أزيد من 3.6 مليون بطاقة");
        // `{}` would cover only "3.6"; the figure is "أزيد من 3.6 مليون".
        assert!(matches!(
            index.select("أزيد من {} مليون", None),
            Err(SelectError::NotFound { .. })
        ));
        assert!(index.select("إنجاز {} بطاقة", None).is_ok());
    }
}
