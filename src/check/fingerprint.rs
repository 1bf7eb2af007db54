//! A finding's identity across edits (SPEC §6.5), computed here once for
//! baselines, SARIF and anything else that needs it: the rule id, and for
//! each figure its document's file name, its folded text and the folded
//! words around it. Never a line number, so it survives lines moving and
//! edits elsewhere; it changes when a figure of the finding changes.

use std::ops::Range;

use super::Finding;
use crate::rules::Origin;
use crate::text::normalize::fold;

/// Words taken on each side of a figure.
const WORDS_AROUND: usize = 3;

/// FNV-1a over the parts, each ended by a zero byte: the same across runs,
/// platforms and Rust versions (std's hasher promises none of that).
pub(crate) fn hash(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// Folded text with white space made single spaces.
fn folded(text: &str) -> String {
    fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words around `span` on its own line, folded. Read outward from the
/// figure, word by word, so that a document of one long line costs each
/// finding its few words, not the whole line.
fn surroundings(text: &str, span: &Range<usize>) -> (String, String) {
    let before = words_before(text.get(..span.start).unwrap_or(""), WORDS_AROUND).join(" ");
    let after = words_after(text.get(span.end..).unwrap_or(""), WORDS_AROUND).join(" ");
    (folded(&before), folded(&after))
}

/// The last `n` words of the last line of `text`, in order.
fn words_before(text: &str, n: usize) -> Vec<&str> {
    let mut words = Vec::with_capacity(n);
    let mut word_end = None;
    let mut line_start = 0;
    for (i, c) in text.char_indices().rev() {
        if c == '\n' {
            line_start = i + 1;
            break;
        }
        match (c.is_whitespace(), word_end) {
            (true, Some(end)) => {
                words.extend(text.get(i + c.len_utf8()..end));
                word_end = None;
                if words.len() == n {
                    break;
                }
            }
            (false, None) => word_end = Some(i + c.len_utf8()),
            _ => {}
        }
    }
    if let Some(end) = word_end.filter(|_| words.len() < n) {
        words.extend(text.get(line_start..end));
    }
    words.reverse();
    words
}

/// The first `n` words of the first line of `text`.
fn words_after(text: &str, n: usize) -> Vec<&str> {
    let mut words = Vec::with_capacity(n);
    let mut word_start = None;
    let mut line_end = text.len();
    for (i, c) in text.char_indices() {
        if words.len() == n {
            break;
        }
        if c == '\n' {
            line_end = i;
            break;
        }
        match (c.is_whitespace(), word_start) {
            (true, Some(start)) => {
                words.extend(text.get(start..i));
                word_start = None;
            }
            (false, None) => word_start = Some(i),
            _ => {}
        }
    }
    if let Some(start) = word_start.filter(|_| words.len() < n) {
        words.extend(text.get(start..line_end));
    }
    words
}

/// The finding's fingerprint (16 hex digits).
pub(crate) fn fingerprint(finding: &Finding) -> String {
    let mut parts: Vec<String> = vec![finding.rule_id.clone()];
    for figure in &finding.figures {
        match &figure.origin {
            Origin::Document { document, span } => {
                let text = document.text();
                let file = document.path().file_name().map(|n| n.to_string_lossy().into_owned());
                let (before, after) = surroundings(text, span);
                parts.push(file.unwrap_or_default());
                parts.push(before);
                parts.push(folded(text.get(span.clone()).unwrap_or("")));
                parts.push(after);
            }
            Origin::Literal { .. } => {
                parts.push(figure.name.clone());
                parts.push(figure.value.to_string());
            }
        }
    }
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    hash(&parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_and_distinguish_inputs() {
        assert_eq!(hash(&["a", "b"]), hash(&["a", "b"]));
        assert_ne!(hash(&["ab", ""]), hash(&["a", "b"]));
        // FNV-1a of the empty input is its offset basis.
        assert_eq!(hash(&[]), "cbf29ce484222325");
    }

    #[test]
    fn the_words_around_stay_on_the_figures_line() {
        let text = "first line\nإنجاز ما مجموعه 3.685.964 بطاقة وطنية للتعريف الإلكترونية\nlast";
        let start = text.find("3.685.964").unwrap();
        let (before, after) = surroundings(text, &(start..start + "3.685.964".len()));
        assert_eq!(before, "انجاز ما مجموعه");
        assert_eq!(after, "بطاقه وطنيه للتعريف");
    }

    /// The words around, as the line would be split: every line, every
    /// white space, fewer words than asked.
    fn split_line(text: &str, span: &Range<usize>) -> (Vec<String>, Vec<String>) {
        let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[span.end..].find('\n').map_or(text.len(), |i| span.end + i);
        let before: Vec<&str> = text[line_start..span.start].split_whitespace().collect();
        let after: Vec<&str> = text[span.end..line_end].split_whitespace().collect();
        let own = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        (
            own(&before[before.len().saturating_sub(WORDS_AROUND)..]),
            own(&after[..after.len().min(WORDS_AROUND)]),
        )
    }

    proptest::proptest! {
        #[test]
        fn the_words_around_are_those_of_the_split_line(
            text in "[ab\u{0629} \t\r\n]{0,40}",
            at in 0usize..40,
            len in 0usize..4,
        ) {
            let chars: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let start = chars[at.min(chars.len() - 1)];
            let end = chars[(at + len).min(chars.len() - 1)];
            let (before, after) = split_line(&text, &(start..end));
            proptest::prop_assert_eq!(words_before(&text[..start], WORDS_AROUND), before);
            proptest::prop_assert_eq!(words_after(&text[end..], WORDS_AROUND), after);
        }
    }
}
