//! Fractions that measure a share of something (SPEC §7.1): `ثلث السكان`,
//! `ثلثا الأسر`, `ثلاثة أرباع المشاريع`, `les deux tiers des électeurs` are
//! one figure of kind `fraction`, its value the decimal. A fraction word in
//! a name (`نصف النهائي`, `المنتجات نصف المصنعة`) or before a span of time
//! (`ربع ساعة`) is none, and so is one the reader cannot tell.

use std::sync::OnceLock;

use rust_decimal::Decimal;
use rustc_hash::FxHashMap;

use crate::text::normalize::{fold, folded_starts_with, folds_equal};

/// Arabic fraction words that stand alone: the word, and the fraction.
const ARABIC_ALONE: &[(&str, u8, u8)] = &[
    ("نصف", 1, 2),
    ("ثلث", 1, 3),
    ("ربع", 1, 4),
    ("ثلثا", 2, 3),
    ("ثلثي", 2, 3),
    ("ثلثان", 2, 3),
    ("ثلثين", 2, 3),
];

/// Denominators after a count: Arabic plurals, French words.
const DENOMINATORS: &[(&str, u8)] = &[
    ("أثلاث", 3),
    ("أرباع", 4),
    ("أخماس", 5),
    ("أسداس", 6),
    ("أسباع", 7),
    ("أثمان", 8),
    ("أتساع", 9),
    ("أعشار", 10),
    ("tiers", 3),
    ("quart", 4),
    ("quarts", 4),
    ("cinquième", 5),
    ("cinquièmes", 5),
    ("sixième", 6),
    ("sixièmes", 6),
    ("septième", 7),
    ("septièmes", 7),
    ("huitième", 8),
    ("huitièmes", 8),
    ("neuvième", 9),
    ("neuvièmes", 9),
    ("dixième", 10),
    ("dixièmes", 10),
    ("moitié", 2),
];

/// Words written alike as a count and as a fraction (`خمس`: five, a
/// fifth).
const COUNT_OR_FRACTION: &[&str] = &["خمس", "سبع", "تسع", "عشر"];

/// Whether `word` (as written, a glued prefix aside) may be a count or a
/// fraction alike.
pub(super) fn is_fraction_or_count(word: &str) -> bool {
    is_in(COUNT_OR_FRACTION, word)
}

/// Words after a fraction that make it a name (`نصف النهائي`, `نصف
/// المصنعة`) or a span of time (`ربع الساعة`, `ثلث القرن`): no share.
const NOT_SHARES: &[&str] = &[
    "النهائي",
    "النهائية",
    "المصنعة",
    "المصنع",
    "الكرة",
    "القطر",
    "الليل",
    "النهار",
    "الساعة",
    "اليوم",
    "الأسبوع",
    "الشهر",
    "السنة",
    "العام",
    "القرن",
    "المدة",
    "الوقت",
    "الطريق",
    "المسافة",
];

/// Words just before a fraction that qualify it (`نحو ثلث`, `أكثر من
/// ربع`): the reader keeps no fraction it would read without them.
const QUALIFYING_BEFORE: &[&str] = &["نحو", "حوالي", "قرابة", "زهاء", "من", "عن", "بنحو", "بحوالي"];

/// French words that open what a fraction is a share of.
const FRENCH_OF: &[&str] = &["des", "du", "de"];

/// French words after `de` that make a fraction a name or a span of time
/// (`quart de finale`, `tiers de siècle`): no share.
const FRENCH_NOT_SHARES: &[&str] = &["finale", "finales", "siècle", "heure", "tour", "temps"];

/// French articles before a fraction word that measures a share (`la
/// moitié des détenus`, `le tiers de la population`).
const FRENCH_ARTICLES: &[&str] = &["la", "le"];

/// The French word of a share counted out of a whole (`un Marocain sur
/// trois`).
const FRENCH_OUT_OF: &str = "sur";

/// French spans of time: `six jours sur sept` counts days, and `un an sur
/// deux` says how often; neither is read as a share.
const FRENCH_SPANS_OF_TIME: &[&str] = &[
    "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "heure", "heures", "minute",
    "minutes", "seconde", "secondes", "fois",
];

fn is_in(table: &[&str], word: &str) -> bool {
    table.iter().any(|w| folds_equal(w, word))
}

/// The fraction an Arabic word standing alone writes, as (numerator,
/// denominator).
pub(super) fn alone(word: &str) -> Option<(u8, u8)> {
    // Asked of every short word: most are passed without folding them.
    if !matches!(word.chars().next(), Some('ن' | 'ث' | 'ر')) {
        return None;
    }
    ARABIC_ALONE
        .iter()
        .find(|(w, ..)| folds_equal(w, word))
        .map(|&(_, n, d)| (n, d))
}

/// The denominator a word after a count writes (`أرباع`, `tiers`).
pub(super) fn denominator(word: &str) -> Option<u8> {
    // Asked of the word after every French article: one look-up of the
    // folded word, the table folded once.
    static FOLDED: OnceLock<FxHashMap<String, u8>> = OnceLock::new();
    let table = FOLDED.get_or_init(|| DENOMINATORS.iter().map(|&(w, d)| (fold(w), d)).collect());
    let word = match word.is_ascii() {
        true => fold(word),
        false => fold(&word.to_lowercase()),
    };
    table.get(&word).copied()
}

/// Whether `word`, after a fraction, opens what it is a share of: an
/// Arabic definite noun that names no name or span of time, or French
/// `des`, `du`, `de`.
pub(super) fn opens_share(word: &str, french: bool) -> bool {
    if french {
        return FRENCH_OF.iter().any(|w| w.eq_ignore_ascii_case(word));
    }
    let folded = fold(word);
    folded.starts_with("ال") && folded.chars().count() > 3 && !is_in(NOT_SHARES, word)
}

/// Whether `word`, after `de` behind a French fraction, makes it a name or
/// a span of time (`quart de finale`).
pub(super) fn names_no_share(word: &str) -> bool {
    is_in(FRENCH_NOT_SHARES, word)
}

/// Whether `word` is a French article before a fraction word.
pub(super) fn is_french_article(word: &str) -> bool {
    FRENCH_ARTICLES.iter().any(|a| word.eq_ignore_ascii_case(a))
}

/// Whether `word` is the French `sur` of a share out of a whole.
pub(super) fn is_out_of(word: &str) -> bool {
    word.len() == FRENCH_OUT_OF.len() && word.eq_ignore_ascii_case(FRENCH_OUT_OF)
}

/// Whether `word` names a span of time (French).
pub(super) fn is_span_of_time(word: &str) -> bool {
    is_in(FRENCH_SPANS_OF_TIME, word)
}

/// Whether `word`, just before a fraction, qualifies it or makes it part
/// of a name (a definite noun: `المنتجات نصف المصنعة`).
pub(super) fn taken_before(word: &str) -> bool {
    is_in(QUALIFYING_BEFORE, word) || folded_starts_with(word, "ال")
}

/// `numerator / denominator` as a decimal (`ثلث` is 0.3333…).
pub(super) fn value(numerator: Decimal, denominator: u8) -> Option<Decimal> {
    numerator.checked_div(Decimal::from(denominator))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_their_fractions() {
        assert_eq!(alone("ثلث"), Some((1, 3)));
        assert_eq!(alone("ثلثا"), Some((2, 3)));
        assert_eq!(alone("خمس"), None, "خمس is five as often as a fifth");
        assert_eq!(denominator("أرباع"), Some(4));
        assert_eq!(denominator("Tiers"), Some(3));
        assert_eq!(value(Decimal::ONE, 3).unwrap().round_dp(4).to_string(), "0.3333");
    }

    #[test]
    fn a_share_is_of_a_definite_noun_that_names_no_span_of_time() {
        assert!(opens_share("السكان", false));
        assert!(opens_share("الميزانية", false));
        assert!(!opens_share("النهائي", false));
        assert!(!opens_share("الساعة", false));
        assert!(!opens_share("مليون", false));
        assert!(opens_share("des", true));
        assert!(!opens_share("d", true));
    }
}
