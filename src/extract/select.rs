//! Selecting a figure by the text around it (SPEC §4 `pattern`).
//!
//! The document is folded once the way patterns are: spelling variants,
//! digit scripts, diacritics and tatweel folded, white-space runs made one
//! space. A pattern `before{}after` selects each figure whose folded text is
//! preceded by `before` and followed by `after`, so `{}` always coincides
//! with exactly one whole figure.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex};

use super::Figure;
use crate::text::normalize::{is_plain_letter, push_folded};
use crate::text::Document;

/// A document's figures, with its folded text for pattern matching.
#[derive(Debug)]
pub struct FigureIndex {
    figures: Vec<Figure>,
    /// For an index made for some patterns only: the place (in `bounds`)
    /// of each figure kept, ascending. `None` when every figure is kept.
    kept: Option<Vec<u32>>,
    folded: String,
    /// Where each figure starts and ends in `folded` (a document is at
    /// most 256 MiB: offsets fit in 32 bits, half the memory of a long
    /// document's many figures).
    bounds: Vec<(u32, u32)>,
    /// The figures each pattern that matched several selects, by its
    /// folded before- and after-text. A document whose sentences repeat
    /// asks the same few patterns once per figure (to name each by its
    /// occurrence, and to find it again), and each asking would cost a
    /// pass over all its figures: the run would be quadratic.
    ambiguous: Mutex<Remembered>,
    /// Whether the document has figures past `figures` (its first ones
    /// only, see [`FigureIndex::first_of`]): a pattern that selects one
    /// figure here may select more in the whole document.
    cut: bool,
}

/// The figures of each ambiguous pattern, by its folded before- and
/// after-text.
type Remembered = HashMap<(String, String), Arc<[usize]>>;

/// Ambiguous patterns remembered per document, at most.
const MOST_REMEMBERED: usize = 4096;

/// How many of a pattern's matches an error names, at most.
pub const SHOWN_MATCHES: usize = 10;

/// Why a pattern selected no single figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SelectError {
    /// The pattern has no `{}`, or more than one.
    Placeholder { count: usize },
    /// Nothing matched; the passage most like the pattern, if any.
    NotFound { closest: Option<Range<usize>> },
    /// Several figures matched: how many, and the spans of the first
    /// [`SHOWN_MATCHES`].
    Ambiguous { count: usize, first: Vec<Range<usize>> },
    /// `occurrence` is past the number of matches.
    NoSuchOccurrence { occurrence: usize, count: usize },
}

/// Folds text for matching, calling `emit(disk, fold, run)` before each
/// input char's folded form is appended, with the char's byte offset and
/// the folded text's length; for a run of plain Arabic letters, which fold
/// to themselves byte for byte, once for the run: its first char and its
/// length in bytes (`run` is 0 for a char on its own).
fn fold_into(text: &str, out: &mut String, mut emit: impl FnMut(usize, usize, usize)) {
    let bytes = text.as_bytes();
    let mut in_space = false;
    let mut offset = 0;
    while let Some(rest) = text.get(offset..).filter(|rest| !rest.is_empty()) {
        // Plain Arabic letters, most of an article, fold to themselves: a
        // run of them is copied as written, each keeping its length.
        let mut end = offset;
        while bytes.get(end..end.saturating_add(2)).is_some_and(is_plain_letter) {
            end += 2;
        }
        if end > offset {
            emit(offset, out.len(), end - offset);
            out.push_str(text.get(offset..end).unwrap_or_default());
            in_space = false;
            offset = end;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        emit(offset, out.len(), 0);
        fold_char_into(c, out, &mut in_space);
        offset += c.len_utf8();
    }
}

/// What one call of [`fold_into`]'s `emit` stands for, char by char:
/// each `(disk, fold)` offset pair (a run's letters are two bytes each).
fn each_char(disk: usize, fold: usize, run: usize) -> impl Iterator<Item = (usize, usize)> {
    (0..run.max(1)).step_by(2).map(move |k| (disk + k, fold + k))
}

/// Folds one char as [`fold_into`] does, `in_space` telling whether the
/// folded text ends in a space it wrote.
fn fold_char_into(c: char, out: &mut String, in_space: &mut bool) {
    // Plain Arabic letters and ASCII letters and digits, most of any
    // article, fold to themselves.
    let plain = matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | 'a'..='z' | '0'..='9')
        && !matches!(c, 'أ' | 'إ' | 'آ' | 'ى' | 'ة');
    if plain {
        out.push(c);
        *in_space = false;
    } else if let Some(arabic) = arabic_punctuation(c) {
        // A pattern typed with a Latin `,` finds the article's `،`.
        out.push(arabic);
        *in_space = false;
    } else if c.is_whitespace() {
        if !*in_space {
            out.push(' ');
        }
        *in_space = true;
    } else {
        let before = out.len();
        push_folded(c, out);
        *in_space &= out.len() == before;
    }
}

/// The Arabic mark a Latin comma or semicolon stands for in a pattern.
fn arabic_punctuation(c: char) -> Option<char> {
    match c {
        ',' => Some('،'),
        ';' => Some('؛'),
        _ => None,
    }
}

/// Folds a piece of pattern text.
pub fn fold_pattern(text: &str) -> String {
    let mut out = String::new();
    fold_into(text, &mut out, |_, _, _| {});
    out
}

impl FigureIndex {
    /// Reads the figures of a document (those out of range are left out:
    /// `figaudit figures` reports them).
    pub fn new(document: &Document) -> FigureIndex {
        let figures: Vec<Figure> = super::document_figures(document).filter_map(Result::ok).collect();
        FigureIndex::of(document, figures)
    }

    /// The index of `figures`, already read from `document` (in text order).
    pub(crate) fn of(document: &Document, figures: Vec<Figure>) -> FigureIndex {
        let text = document.text();
        // Figures come in text order, so their boundaries are met in order
        // while folding: only those positions are kept, not one per char.
        let mut marks: Vec<usize> = figures.iter().flat_map(|f| [f.span.start, f.span.end]).collect();
        marks.sort_unstable();
        let mut at_mark: Vec<(usize, usize)> = Vec::with_capacity(marks.len());
        let mut next = marks.iter().copied().peekable();
        let mut folded = String::with_capacity(text.len());
        fold_into(text, &mut folded, |disk, fold, run| {
            // A boundary inside a run keeps its distance from the run's start.
            while let Some(m) = next.next_if(|&m| m <= disk || m < disk + run) {
                at_mark.push((m, fold + m.saturating_sub(disk)));
            }
        });
        at_mark.extend(next.map(|m| (m, folded.len())));
        let find = |disk: usize| {
            let i = at_mark.partition_point(|&(d, _)| d < disk);
            at_mark.get(i).map_or(folded.len(), |&(_, f)| f)
        };
        let bounds = figures
            .iter()
            .map(|f| (offset(find(f.span.start)), offset(find(f.span.end))))
            .collect();
        FigureIndex {
            figures,
            kept: None,
            folded,
            bounds,
            ambiguous: Mutex::default(),
            cut: false,
        }
    }

    /// The index of `document` for the patterns `wanted` (each with the
    /// occurrence asked for, if any): the place of every figure is kept,
    /// eight bytes each, but the figures themselves only where one of
    /// these patterns selects them or an error would name them. A long
    /// document of many figures costs little more than its text: the
    /// figures are read twice instead of held. Other patterns select
    /// nothing from such an index.
    pub(crate) fn for_patterns(document: &Document, wanted: &[(String, Option<usize>)]) -> FigureIndex {
        let figures = || super::document_figures(document).filter_map(Result::ok);
        let mut bounds: Vec<(u32, u32)> = Vec::new();
        let mut last_end = 0;
        for figure in figures() {
            // Figures in text order never overlap; were they to, the
            // boundaries could not be folded in one pass.
            if figure.span.start < last_end {
                return FigureIndex::new(document);
            }
            last_end = figure.span.end;
            bounds.push((offset(figure.span.start), offset(figure.span.end)));
        }
        let folded = fold_bounds(document.text(), &mut bounds);
        let mut index = FigureIndex {
            figures: Vec::new(),
            kept: Some(Vec::new()),
            folded,
            bounds,
            ambiguous: Mutex::default(),
            cut: false,
        };
        let mut keep: Vec<u32> = Vec::new();
        for (pattern, occurrence) in wanted {
            let Some((before, after)) = pattern.split_once("{}") else {
                continue;
            };
            let found = index.matching(&fold_pattern(before), &fold_pattern(after));
            let asked = occurrence.and_then(|k| k.checked_sub(1)).and_then(|k| found.get(k));
            keep.extend(found.iter().take(SHOWN_MATCHES).chain(asked).map(|&j| offset(j)));
        }
        keep.sort_unstable();
        keep.dedup();
        let mut next = keep.iter().copied().peekable();
        for (j, figure) in figures().enumerate() {
            let Some(&wanted) = next.peek() else { break };
            if offset(j) == wanted {
                index.figures.push(figure);
                next.next();
            }
        }
        // Figures beyond the count read the first time are none of them.
        keep.truncate(index.figures.len());
        index.kept = Some(keep);
        index
    }

    /// The figure at place `j` of the index, when it is kept.
    fn figure(&self, j: usize) -> Option<&Figure> {
        match &self.kept {
            None => self.figures.get(j),
            Some(kept) => kept.binary_search(&offset(j)).ok().and_then(|k| self.figures.get(k)),
        }
    }

    /// Where figure `j` starts and ends in the folded text.
    fn bound(&self, j: usize) -> Option<(usize, usize)> {
        self.bounds.get(j).map(|&(s, e)| (s as usize, e as usize))
    }

    /// The index of the first `figures` of `document`, which has more
    /// after them when `cut`.
    pub(crate) fn first_of(document: &Document, figures: Vec<Figure>, cut: bool) -> FigureIndex {
        FigureIndex {
            cut,
            ..FigureIndex::of(document, figures)
        }
    }

    /// Whether the document has figures this index does not hold.
    pub(crate) fn is_cut(&self) -> bool {
        self.cut
    }

    /// The figures, in text order.
    pub fn figures(&self) -> &[Figure] {
        &self.figures
    }

    /// Whether another figure has the same `before` bytes of folded text
    /// just before it as figure `i`, and the same `after` bytes just after
    /// it: a pattern of that much of `i`'s surroundings would select it
    /// too. Stops at the first such figure, which a repeated sentence
    /// offers at once.
    pub(crate) fn shares_context(&self, i: usize, before: usize, after: usize) -> bool {
        let Some((start, end)) = self.bound(i) else {
            return false;
        };
        let folded = self.folded.as_bytes();
        let (Some(own_before), Some(own_after)) = (
            start.checked_sub(before).and_then(|from| folded.get(from..start)),
            end.checked_add(after).and_then(|to| folded.get(end..to)),
        ) else {
            return false;
        };
        self.bounds.iter().enumerate().any(|(j, &(s, e))| {
            j != i
                && folded.get(..s as usize).is_some_and(|t| t.ends_with(own_before))
                && folded.get(e as usize..).is_some_and(|t| t.starts_with(own_after))
        })
    }

    /// The figures (by place in the index) whose folded text is preceded
    /// by `before` and followed by `after`.
    fn matching(&self, before: &str, after: &str) -> Arc<[usize]> {
        let key = (before.to_string(), after.to_string());
        if let Some(found) = self.ambiguous.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return found;
        }
        let found: Arc<[usize]> = self
            .bounds
            .iter()
            .enumerate()
            .filter(|(_, &(start, end))| {
                let (start, end) = (start as usize, end as usize);
                self.folded[..start].ends_with(before) && self.folded[end..].starts_with(after)
            })
            .map(|(j, _)| j)
            .collect();
        if found.len() > 1 {
            if let Ok(mut remembered) = self.ambiguous.lock() {
                if remembered.len() < MOST_REMEMBERED {
                    remembered.insert(key, Arc::clone(&found));
                }
            }
        }
        found
    }

    /// Which of `pattern`'s matches (1-based) figure `i` is, when the
    /// pattern matches it.
    pub(crate) fn occurrence_of(&self, pattern: &str, i: usize) -> Option<usize> {
        let (before, after) = pattern.split_once("{}")?;
        let found = self.matching(&fold_pattern(before), &fold_pattern(after));
        found.binary_search(&i).ok().map(|k| k + 1)
    }

    /// The disk offset of each folded position in `wanted`, by folding the
    /// text again: only for the rare "closest text" message. Each is the
    /// offset of the first char folded at or after it.
    fn disk_offsets(text: &str, wanted: &[usize]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..wanted.len()).collect();
        order.sort_by_key(|&i| wanted.get(i).copied());
        let mut found = vec![text.len(); wanted.len()];
        let mut next = 0;
        let mut folded = String::new();
        fold_into(text, &mut folded, |disk, fold, run| {
            for (d, p) in each_char(disk, fold, run) {
                while let Some(&i) = order.get(next) {
                    if wanted.get(i).is_none_or(|&w| w > p) {
                        break;
                    }
                    if let Some(slot) = found.get_mut(i) {
                        *slot = d;
                    }
                    next += 1;
                }
            }
        });
        found
    }

    /// The figure `pattern` selects; `occurrence` (1-based) picks one of
    /// several matches.
    pub(crate) fn select(&self, text: &str, pattern: &str, occurrence: Option<usize>) -> Result<&Figure, SelectError> {
        let count = pattern.matches("{}").count();
        let Some((before, after)) = pattern.split_once("{}").filter(|_| count == 1) else {
            return Err(SelectError::Placeholder { count });
        };
        let (before, after) = (fold_pattern(before), fold_pattern(after));
        let matches = self.matching(&before, &after);
        let count = matches.len();
        // An index made for other patterns keeps none of these figures:
        // no figure, rather than a wrong one.
        let at = |k: usize| {
            matches
                .get(k)
                .and_then(|&j| self.figure(j))
                .ok_or(SelectError::NotFound { closest: None })
        };
        match (count, occurrence) {
            (0, _) => Err(SelectError::NotFound {
                closest: self.closest(text, &before, &after),
            }),
            (n, Some(k)) if k >= 1 && k <= n => at(k - 1),
            (_, Some(k)) => Err(SelectError::NoSuchOccurrence { occurrence: k, count }),
            (1, None) => at(0),
            (_, None) => Err(SelectError::Ambiguous {
                count,
                first: matches
                    .iter()
                    .take(SHOWN_MATCHES)
                    .filter_map(|&j| self.figure(j))
                    .map(|f| f.span.clone())
                    .collect(),
            }),
        }
    }

    /// The passage around the figure whose surroundings share the most
    /// text with the pattern.
    fn closest(&self, text: &str, before: &str, after: &str) -> Option<Range<usize>> {
        let (score, (start, end)) = self
            .bounds
            .iter()
            .map(|&(start, end)| {
                let (start, end) = (start as usize, end as usize);
                let shared_before = common_suffix(&self.folded[..start], before);
                let shared_after = common_prefix(&self.folded[end..], after);
                (
                    shared_before + shared_after,
                    (start - shared_before, end + shared_after),
                )
            })
            .max_by_key(|&(score, (start, _))| (score, std::cmp::Reverse(start)))?;
        // Sharing a space or a letter is chance, not resemblance.
        if score <= 3 {
            return None;
        }
        let disk = Self::disk_offsets(text, &[start, end]);
        Some(disk[0]..disk[1])
    }
}

/// An offset into a document or its folded text, in 32 bits (a document
/// is at most 256 MiB, its folded text not much more).
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Folds `text` for matching, turning `bounds` (byte offsets of figures'
/// starts and ends in `text`, in text order, none overlapping) into
/// offsets in the folded text, in place.
fn fold_bounds(text: &str, bounds: &mut [(u32, u32)]) -> String {
    let mut folded = String::with_capacity(text.len());
    // The boundaries in order: start and end of the first figure, then
    // of the next …; each is read before it is rewritten.
    let mut next = 0;
    let total = bounds.len() * 2;
    let mut fold_of = |bounds: &mut [(u32, u32)], disk: usize, fold: usize, run: usize| {
        while next < total {
            let (figure, is_end) = (next / 2, next % 2 == 1);
            let Some(pair) = bounds.get_mut(figure) else { break };
            let at = if is_end { pair.1 } else { pair.0 } as usize;
            if at > disk && at >= disk + run {
                break;
            }
            let mapped = offset(fold + at.saturating_sub(disk));
            if is_end {
                pair.1 = mapped;
            } else {
                pair.0 = mapped;
            }
            next += 1;
        }
    };
    fold_into(text, &mut folded, |disk, fold, run| fold_of(bounds, disk, fold, run));
    let end = offset(folded.len());
    for k in next..total {
        if let Some(pair) = bounds.get_mut(k / 2) {
            if k % 2 == 1 {
                pair.1 = end;
            } else {
                pair.0 = end;
            }
        }
    }
    folded
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

    #[test]
    fn runs_of_plain_letters_fold_as_char_by_char() {
        let mut texts: Vec<String> = std::fs::read_dir("corpus")
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default())
            .collect();
        texts.push("أإآىة ـ  بطاقةً، 3,5 , ABC\u{200F}ﻣﻠﻴﻮﻥ\n\n x".to_string());
        for text in &texts {
            let (mut fast, mut fast_marks) = (String::new(), Vec::new());
            fold_into(text, &mut fast, |disk, fold, run| {
                fast_marks.extend(each_char(disk, fold, run));
            });
            let (mut slow, mut slow_marks, mut in_space) = (String::new(), Vec::new(), false);
            for (offset, c) in text.char_indices() {
                slow_marks.push((offset, slow.len()));
                fold_char_into(c, &mut slow, &mut in_space);
            }
            assert_eq!(fast, slow);
            assert_eq!(fast_marks, slow_marks);
        }
    }

    fn indexed(text: &str) -> (Document, FigureIndex) {
        let document = Document::from_bytes(Path::new("a.txt"), text.as_bytes().to_vec()).unwrap();
        let index = FigureIndex::new(&document);
        (document, index)
    }

    const ARTICLE: &str = "أنجزت ما مجموعه ثلاثة ملايين و685 ألف و964 بطاقة، من بينها 2.653.895 بطاقة تم إنتاجها بالرباط، و1.032.069 بطاقة وطنية أخرى.";

    #[test]
    fn pattern_selects_the_whole_figure_around_its_placeholder() {
        let (doc, index) = indexed(ARTICLE);
        let total = index.select(ARTICLE, "ما مجموعه {} بطاقة", None).unwrap();
        assert_eq!(total.text(doc.text()), "ثلاثة ملايين و685 ألف و964");
        let rabat = index.select(ARTICLE, "{} بطاقة تم إنتاجها", None).unwrap();
        assert_eq!(rabat.text(doc.text()), "2.653.895");
        let marrakech = index.select(ARTICLE, "و{} بطاقة وطنية أخرى", None).unwrap();
        assert_eq!(marrakech.text(doc.text()), "1.032.069");
    }

    #[test]
    fn a_latin_comma_in_a_pattern_finds_the_arabic_comma() {
        let (doc, index) = indexed(ARTICLE);
        let rabat = index.select(ARTICLE, "بطاقة, من بينها {}", None).unwrap();
        assert_eq!(rabat.text(doc.text()), "2.653.895");
        assert!(index.select(ARTICLE, "بطاقة، من بينها {}", None).is_ok());
    }

    #[test]
    fn matching_folds_spelling_digits_and_white_space() {
        let (_, index) = indexed(ARTICLE);
        assert!(index.select(ARTICLE, "ما   مجموعة {} بطاقه", None).is_ok());
        assert!(index.select(ARTICLE, "{} بطاقة تم انتاجها", None).is_ok());
        let indic_text = "من بينها ٢٬٦٥٣٬٨٩٥ بطاقة";
        let (_, indic) = indexed(indic_text);
        assert!(indic.select(indic_text, "من بينها {} بطاقة", None).is_ok());
    }

    #[test]
    fn matching_folds_latin_case_and_accents() {
        let text = "Le Centre de Rabat a émis 2 653 895 cartes d’identité.";
        let (doc, index) = indexed(text);
        let rabat = index
            .select(text, "le centre de rabat a EMIS {} cartes d'identite", None)
            .unwrap();
        assert_eq!(rabat.text(doc.text()), "2 653 895");
    }

    #[test]
    fn several_matches_are_ambiguous_unless_an_occurrence_is_picked() {
        let (doc, index) = indexed(ARTICLE);
        let Err(SelectError::Ambiguous { count, first }) = index.select(ARTICLE, "{} بطاقة", None) else {
            panic!("expected ambiguity");
        };
        assert_eq!((count, first.len()), (3, 3));
        let second = index.select(ARTICLE, "{} بطاقة", Some(2)).unwrap();
        assert_eq!(second.text(doc.text()), "2.653.895");
        assert!(matches!(
            index.select(ARTICLE, "{} بطاقة", Some(4)),
            Err(SelectError::NoSuchOccurrence { occurrence: 4, .. })
        ));
    }

    #[test]
    fn an_index_for_some_patterns_selects_what_the_whole_index_selects() {
        let text = format!("{ARTICLE}\nLe centre   de Rabat a émis 2 653 895 cartes, et Fès 410 000 cartes.");
        let document = Document::from_bytes(Path::new("a.txt"), text.clone().into_bytes()).unwrap();
        let whole = FigureIndex::new(&document);
        let wanted: Vec<(String, Option<usize>)> = [
            ("ما مجموعه {} بطاقة", None),
            ("من بينها {} بطاقة", None),
            ("{} cartes", None),
            ("{} cartes", Some(2)),
            ("de rabat a emis {} cartes", None),
        ]
        .iter()
        .map(|&(p, k)| (p.to_string(), k))
        .collect();
        let part = FigureIndex::for_patterns(&document, &wanted);
        // Every figure has its place, folded the same way.
        assert_eq!(part.bounds, whole.bounds);
        assert!(part.figures.len() < whole.figures.len());
        for (pattern, occurrence) in &wanted {
            assert_eq!(
                part.select(&text, pattern, *occurrence),
                whole.select(&text, pattern, *occurrence),
                "{pattern}"
            );
        }
        // The closest passage of a pattern that matches nothing, too.
        let missing = "{} بطاقة تم تصنيعها";
        assert_eq!(part.select(&text, missing, None), whole.select(&text, missing, None));
        // A pattern it was not made for selects nothing, never another
        // figure.
        assert!(whole.select(&text, "و{} بطاقة وطنية أخرى", None).is_ok());
        assert_eq!(
            part.select(&text, "و{} بطاقة وطنية أخرى", None),
            Err(SelectError::NotFound { closest: None })
        );
    }

    #[test]
    fn no_match_points_at_the_closest_passage() {
        let (doc, index) = indexed(ARTICLE);
        let Err(SelectError::NotFound { closest: Some(span) }) = index.select(ARTICLE, "{} بطاقة تم تصنيعها", None)
        else {
            panic!("expected a closest passage");
        };
        assert_eq!(&doc.text()[span], "2.653.895 بطاقة تم ");
    }

    #[test]
    fn placeholder_must_appear_once() {
        let (_, index) = indexed(ARTICLE);
        assert_eq!(
            index.select(ARTICLE, "بطاقة", None),
            Err(SelectError::Placeholder { count: 0 })
        );
        assert_eq!(
            index.select(ARTICLE, "{} و{}", None),
            Err(SelectError::Placeholder { count: 2 })
        );
    }

    #[test]
    fn placeholder_never_matches_part_of_a_figure() {
        let text = "إنجاز أزيد من 3.6 مليون بطاقة";
        let (_, index) = indexed(text);
        // `{}` would cover only "3.6"; the figure is "أزيد من 3.6 مليون".
        assert!(matches!(
            index.select(text, "أزيد من {} مليون", None),
            Err(SelectError::NotFound { .. })
        ));
        assert!(index.select(text, "إنجاز {} بطاقة", None).is_ok());
    }
}
