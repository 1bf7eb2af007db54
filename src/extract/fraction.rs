//! Fractions that measure a share of something (SPEC §7.1): `ثلث السكان`,
//! `ثلثا الأسر`, `ثلاثة أرباع المشاريع`, `les deux tiers des électeurs` are
//! one figure of kind `fraction`, its value the decimal. A fraction word in
//! a name (`نصف النهائي`, `المنتجات نصف المصنعة`) or before a span of time
//! (`ربع ساعة`) is none, and so is one the reader cannot tell.

use rust_decimal::Decimal;

use crate::text::normalize::fold;

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

fn is_in(table: &[&str], word: &str) -> bool {
    let word = fold(word);
    table.iter().any(|w| fold(w) == word)
}

/// The fraction an Arabic word standing alone writes, as (numerator,
/// denominator).
pub(super) fn alone(word: &str) -> Option<(u8, u8)> {
    // Asked of every short word: most are passed without folding them.
    if !matches!(word.chars().next(), Some('ن' | 'ث' | 'ر')) {
        return None;
    }
    let word = fold(word);
    ARABIC_ALONE
        .iter()
        .find(|(w, ..)| fold(w) == word)
        .map(|&(_, n, d)| (n, d))
}

/// The denominator a word after a count writes (`أرباع`, `tiers`).
pub(super) fn denominator(word: &str) -> Option<u8> {
    let word = fold(&word.to_lowercase());
    DENOMINATORS.iter().find(|(w, _)| fold(w) == word).map(|&(_, d)| d)
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

/// Whether `word`, just before a fraction, qualifies it or makes it part
/// of a name (a definite noun: `المنتجات نصف المصنعة`).
pub(super) fn taken_before(word: &str) -> bool {
    is_in(QUALIFYING_BEFORE, word) || fold(word).starts_with("ال")
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
