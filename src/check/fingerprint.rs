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

/// The words around `span` on its own line, folded.
fn surroundings(text: &str, span: &Range<usize>) -> (String, String) {
    let line_start = text.get(..span.start).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
    let line_end = text
        .get(span.end..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |i| span.end + i);
    let before: Vec<&str> = text
        .get(line_start..span.start)
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let after: Vec<&str> = text.get(span.end..line_end).unwrap_or("").split_whitespace().collect();
    let before = before[before.len().saturating_sub(WORDS_AROUND)..].join(" ");
    let after = after[..after.len().min(WORDS_AROUND)].join(" ");
    (folded(&before), folded(&after))
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
}
