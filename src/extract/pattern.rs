//! Patterns that find a figure again (SPEC §6.4): the shortest text around
//! it that the matcher finds exactly once, made of words only — never
//! another figure's text or any digit — so that the rule still finds its
//! figure after other figures change. A pattern is accepted only when the
//! matcher itself selects the figure with it.

use super::{fold_pattern, FigureIndex};
use crate::text::normalize::digit_value;

/// A pattern, with `occurrence` when no context is unique.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    pub(crate) text: String,
    pub(crate) occurrence: Option<usize>,
}

/// Words tried on each side, at most.
const MOST_WORDS: usize = 8;
/// Letters a pattern needs besides `{}`: `و{}` alone matches by chance.
const FEWEST_LETTERS: usize = 3;

/// A char that may not stand in a pattern: a digit of any script, a line
/// break, or a brace (`{}` is the placeholder).
fn stops(c: char) -> bool {
    c == '\n' || c == '{' || c == '}' || c.is_ascii_digit() || digit_value(c).is_some()
}

/// The pattern of figure `i` of `index`, read from `text`.
pub(crate) fn pattern_for(index: &FigureIndex, text: &str, i: usize) -> Option<Pattern> {
    let figures = index.figures();
    let figure = figures.get(i)?;
    let (start, end) = (figure.span.start, figure.span.end);
    let previous_end = i
        .checked_sub(1)
        .and_then(|p| figures.get(p))
        .map_or(0, |f| f.span.end.min(start));
    let next_start = figures.get(i + 1).map_or(text.len(), |f| f.span.start.max(end));
    let before_text = text.get(previous_end..start)?;
    let after_text = text.get(end..next_start)?;
    // Only whole words: a word cut by a stop or by the other figure is
    // left out.
    let left = before_text
        .char_indices()
        .rev()
        .find(|&(_, c)| stops(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let right = after_text.find(stops).unwrap_or(after_text.len());
    let before_cut = left > 0 || previous_end > 0 && !before_text.starts_with(char::is_whitespace);
    let after_cut = right < after_text.len() || next_start < text.len() && !after_text.ends_with(char::is_whitespace);
    let befores = word_starts(&before_text[left..], before_cut);
    let afters = word_ends(&after_text[..right], after_cut);
    // Each side's candidates with their letters and chars: each longer
    // one adds a word to the one before, so only that word is counted.
    let measure = |t: &str| (t.chars().filter(|c| c.is_alphabetic()).count(), t.chars().count());
    let add = |(l, c): (usize, usize), (m, d): (usize, usize)| (l + m, c + d);
    let mut befores_measured: Vec<(&str, (usize, usize))> = Vec::new();
    let mut last = (before_text.len(), (0, 0));
    for &b in befores.iter().take(MOST_WORDS + 1) {
        let counts = add(last.1, measure(&before_text[left + b..last.0]));
        befores_measured.push((&before_text[left + b..], counts));
        last = (left + b, counts);
    }
    let mut afters_measured: Vec<(&str, (usize, usize))> = Vec::new();
    let mut last = (0, (0, 0));
    for &a in afters.iter().take(MOST_WORDS + 1) {
        let counts = add(last.1, measure(&after_text[last.0..a]));
        afters_measured.push((&after_text[..a], counts));
        last = (a, counts);
    }
    let (befores, afters) = (befores_measured, afters_measured);
    let mut tries: Vec<(usize, &str, &str)> = Vec::new();
    for &(before, (letters_b, chars_b)) in &befores {
        for &(after, (letters_a, chars_a)) in &afters {
            if letters_b + letters_a >= FEWEST_LETTERS {
                tries.push((chars_b + chars_a, before, after));
            }
        }
    }
    tries.sort_by_key(|&(chars, _, after)| (chars, after.len()));
    let selects = |pattern: &str, occurrence: Option<usize>| {
        index
            .select(text, pattern, occurrence)
            .is_ok_and(|found| found.span == figure.span)
    };
    // In a document read only in part, a context found once may be found
    // again past the part: the figure is named by its occurrence, which
    // only the figures before it decide.
    let tries_unique = if index.is_cut() { &[][..] } else { &tries[..] };
    for &(_, before, after) in tries_unique {
        if index.shares_context(i, fold_pattern(before).len(), fold_pattern(after).len()) {
            continue;
        }
        let pattern = format!("{before}{{}}{after}");
        if selects(&pattern, None) {
            return Some(Pattern {
                text: pattern,
                occurrence: None,
            });
        }
    }
    // No context is unique: the widest, with the occurrence that is it.
    let (before, after) = tries
        .iter()
        .max_by_key(|(_, b, a)| b.len() + a.len())
        .map_or(("", ""), |&(_, b, a)| (b, a));
    let pattern = format!("{before}{{}}{after}");
    // The figure's place among the pattern's matches, which a document
    // of repeated sentences asks of the same pattern for each figure.
    let occurrence = index.occurrence_of(&pattern, i)?;
    selects(&pattern, Some(occurrence)).then_some(Pattern {
        text: pattern,
        occurrence: Some(occurrence),
    })
}

/// Where the before-text may start, nearest the figure first: at the
/// figure (nothing), then at the start of each word going back; `cut`
/// says the text's first word is a piece of a longer one.
fn word_starts(text: &str, cut: bool) -> Vec<usize> {
    let mut starts = vec![text.len()];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(k, c)) in chars.iter().enumerate().rev() {
        let at_word_start = !c.is_whitespace()
            && match n.checked_sub(1).and_then(|p| chars.get(p)) {
                Some(&(_, before)) => before.is_whitespace(),
                None => !cut,
            };
        if at_word_start {
            starts.push(k);
        }
    }
    starts
}

/// Where the after-text may end, nearest the figure first.
fn word_ends(text: &str, cut: bool) -> Vec<usize> {
    let mut ends = vec![0];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(k, c)) in chars.iter().enumerate() {
        let end = k + c.len_utf8();
        let at_word_end = !c.is_whitespace()
            && match chars.get(n + 1) {
                Some(&(_, next)) => next.is_whitespace(),
                None => !cut,
            };
        if at_word_end {
            ends.push(end);
        }
    }
    ends
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::text::Document;

    fn patterns(text: &str) -> Vec<Option<Pattern>> {
        let document = Document::from_bytes(Path::new("t.txt"), text.as_bytes().to_vec()).unwrap();
        let index = FigureIndex::new(&document);
        (0..index.figures().len())
            .map(|i| pattern_for(&index, text, i))
            .collect()
    }

    fn plain(text: &str) -> Option<Pattern> {
        Some(Pattern {
            text: text.to_string(),
            occurrence: None,
        })
    }

    #[test]
    fn the_shortest_unique_context_of_words() {
        let found = patterns("سجلت المصلحة 120 حادثة في المدينة و45 حادثة في القرى.");
        assert_eq!(found, vec![plain("المصلحة {}"), plain("و{} حادثة")]);
    }

    #[test]
    fn never_another_figures_digits() {
        let found = patterns("بلغ العدد 30 40 و50 شخصا");
        // Between 30 and 40 there is no word: only the occurrence is left.
        let second = found[1].as_ref().unwrap();
        assert!(!second.text.contains("30") && !second.text.contains("50"), "{second:?}");
    }

    #[test]
    fn a_repeated_context_falls_back_to_the_occurrence() {
        let found = patterns("زار 12 مدينة.\n\nزار 12 مدينة.");
        assert_eq!(found[1].as_ref().map(|p| p.occurrence), Some(Some(2)));
        assert_eq!(found[0].as_ref().map(|p| p.occurrence), Some(Some(1)));
    }
}
