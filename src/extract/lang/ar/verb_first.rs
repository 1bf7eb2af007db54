//! A bound stated by a verb before its clause's subject: Arabic puts the
//! verb first (`يتجاوز عدد المستفيدين 300 ألف`, `لم تتجاوز قيمة الصفقة 12
//! مليون درهم`), so the subject stands between the verb and the figure the
//! verb bounds. Read from the words behind the figure; the figure's span
//! stays the number's, and the subject stays the words before it.

use std::sync::OnceLock;

use crate::extract::figure::Qualifier;
use crate::extract::lexicon::{lexicon, SUBJECT_HEADS, VERB_QUALIFIERS};
use crate::extract::token::{Gap, TokenKind};
use crate::extract::window::Window;
use crate::text::normalize::fold;

/// The most words a subject between the verb and the figure takes
/// (`عدد المسجلين الجدد في المنصة`).
const MOST_SUBJECT_WORDS: usize = 6;

/// Prepositions of a phrase within a subject (`في`, `من`).
const SUBJECT_PREPOSITIONS: &[&str] = &["في", "من", "على"];

/// The bound a verb before the subject behind the figure starting at the
/// current token states, if one does.
pub(in crate::extract) fn qualifier_across_subject(window: &mut Window) -> Option<Qualifier> {
    // A figure at the start of a line has no clause behind it.
    if window
        .get(0)
        .is_none_or(|t| matches!(t.gap, Gap::Line | Gap::Paragraph))
    {
        return None;
    }
    let text = window.text();
    // Most figures follow no subject: reject those without folding a word.
    let before = window.behind(0)?;
    let raw = text.get(before.start..before.end)?;
    let first = raw
        .strip_prefix('و')
        .filter(|r| !r.is_empty())
        .unwrap_or(raw)
        .chars()
        .next()?;
    if !matches!(first, 'ا' | 'أ' | 'إ' | 'آ' | 'ٱ' | 'ع' | 'ق' | 'ح' | 'م' | 'ن' | 'ك') {
        return None;
    }
    let word_at = |window: &Window, i: usize| -> Option<(String, bool)> {
        let token = window.behind(i)?;
        if !matches!(token.kind, TokenKind::Word { .. }) {
            return None;
        }
        let starts_line = matches!(token.gap, Gap::Line | Gap::Paragraph);
        Some((fold(text.get(token.start..token.end)?), starts_line))
    };
    // The subject, read backwards: definite words and heads, and the
    // prepositions of a phrase within it (`نسبة الملء في السدود`), each
    // before a definite word.
    let mut subject = 0;
    let mut after_definite = false;
    while subject < MOST_SUBJECT_WORDS {
        let (word, starts_line) = word_at(window, subject)?;
        let preposition = after_definite && folded_tables().prepositions.contains(&word);
        if !is_subject_word(&word) && !preposition {
            break;
        }
        after_definite = !preposition;
        subject += 1;
        if starts_line {
            return None;
        }
    }
    // The subject starts with a noun, not a preposition.
    if subject == 0 || !after_definite {
        return None;
    }
    // The words a verb may be (verbs take two words at most), folded once.
    let most = folded_tables()
        .verbs
        .iter()
        .map(|(words, _)| words.len())
        .max()
        .unwrap_or(0);
    let behind: Vec<Option<(String, bool)>> = (0..most).map(|k| word_at(window, subject + k)).collect();
    folded_tables().verbs.iter().find_map(|(words, qualifier)| {
        let last = words.len().checked_sub(1)?;
        let matches = words.iter().rev().enumerate().all(|(k, wanted)| {
            behind
                .get(k)
                .and_then(Option::as_ref)
                .is_some_and(|(word, starts_line)| {
                    // The verb's first word may carry و or ف; no word but the
                    // first may start a line.
                    let same = wanted == word
                        || (k == last && ["و", "ف"].iter().any(|p| word.strip_prefix(p) == Some(wanted.as_str())));
                    same && (k == last || !starts_line)
                })
        });
        matches.then_some(*qualifier)
    })
}

/// A word of a subject: definite (`المستفيدين`, `والصادرات`) and no
/// function word (`التي`, `إلى`), or a head that names a quantity (`عدد`).
fn is_subject_word(word: &str) -> bool {
    let bare = word.strip_prefix('و').filter(|w| w.starts_with("ال")).unwrap_or(word);
    let definite = bare.starts_with("ال") && bare.chars().count() > 3;
    (definite && !lexicon().is_function_word(bare)) || folded_tables().heads.iter().any(|h| h == bare)
}

/// The tables above, folded once: every figure of an article looks them up.
struct Folded {
    verbs: Vec<(Vec<String>, Qualifier)>,
    heads: Vec<String>,
    prepositions: Vec<String>,
}

fn folded_tables() -> &'static Folded {
    static FOLDED: OnceLock<Folded> = OnceLock::new();
    FOLDED.get_or_init(|| Folded {
        verbs: VERB_QUALIFIERS
            .iter()
            .map(|&(phrase, qualifier)| (phrase.split_whitespace().map(fold).collect(), qualifier))
            .collect(),
        heads: SUBJECT_HEADS.iter().map(|h| fold(h)).collect(),
        prepositions: SUBJECT_PREPOSITIONS.iter().map(|p| fold(p)).collect(),
    })
}
