//! The quantity key (SPEC §7.2): what a figure counts, so that figures of
//! one quantity meet whatever their spelling and number. The noun is
//! folded as patterns are, its article and glued prepositions dropped
//! (`Figure::noun`), ta marbuta read as ha, and a plural brought to its
//! singular: sound plurals by their endings, broken plurals by a table.
//! Function words are never nouns.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::extract::{currency_names, fold_pattern};

/// Words the reader may take for a counted noun that count nothing: a
/// rate, a preposition, a pronoun, a time word.
const NOT_NOUNS: &[&str] = &[
    "نسبه",
    "بنسبه",
    "لنسبه",
    "معدل",
    "بمعدل",
    "نفس",
    "لنفس",
    "بنفس",
    "حوالي",
    "نحو",
    "اي",
    "ما",
    "من",
    "في",
    "الي",
    "على",
    "عن",
    "مع",
    "او",
    "ثم",
    "حيث",
    "التي",
    "الذي",
    "الذين",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "كل",
    "بعد",
    "قبل",
    "منذ",
    "خلال",
    "مقابل",
    "مقارنه",
    "سنه",
    "عام",
    "شهر",
    "يوم",
    "مرات",
    "مره",
    "فقط",
    "منهم",
    "منها",
    "منه",
    "منهن",
    "بينهم",
    "بينها",
    "لهم",
    "لها",
    "له",
    "عليهم",
    "عليها",
    "فيها",
    "فيهم",
    "بها",
    "بهم",
    "اخري",
    "اخر",
    "اضافيه",
    "جديده",
    "جديد",
    "de",
    "des",
    "du",
    "la",
    "le",
    "les",
    "en",
    "et",
    "a",
    "au",
    "aux",
    "par",
    "pour",
    "sur",
    "soit",
    "contre",
    "dont",
    "environ",
    "pres",
    "plus",
    "moins",
];

/// Broken plurals the press counts most, with their singular (folded).
const BROKEN_PLURALS: &[(&str, &str)] = &[
    ("اشخاص", "شخص"),
    ("افراد", "فرد"),
    ("اطفال", "طفل"),
    ("سكان", "ساكن"),
    ("مواطنين", "مواطن"),
    ("مقاعد", "مقعد"),
    ("قضايا", "قضيه"),
    ("ضحايا", "ضحيه"),
    ("حوادث", "حادثه"),
    ("جرائم", "جريمه"),
    ("مواليد", "مولود"),
    ("وفيات", "وفاه"),
    ("حالات", "حاله"),
    ("سياح", "سائح"),
    ("زوار", "زائر"),
    ("طلاب", "طالب"),
    ("طلبه", "طالب"),
    ("تلاميذ", "تلميذ"),
    ("عمال", "عامل"),
    ("مناصب", "منصب"),
    ("وظائف", "وظيفه"),
    ("مشاريع", "مشروع"),
    ("ملفات", "ملف"),
    ("بلاغات", "بلاغ"),
    ("اطنان", "طن"),
    ("دراهم", "درهم"),
    ("دنانير", "دينار"),
    ("دولارات", "دولار"),
    ("جنيهات", "جنيه"),
    ("اسر", "اسره"),
    ("مراكز", "مركز"),
    ("مدن", "مدينه"),
    ("اشهر", "شهر"),
    ("شهور", "شهر"),
    ("ايام", "يوم"),
    ("سنوات", "سنه"),
    ("رخص", "رخصه"),
    ("وثائق", "وثيقه"),
    ("عقود", "عقد"),
    ("قروض", "قرض"),
    ("احكام", "حكم"),
    ("دوائر", "دائره"),
    ("مدارس", "مدرسه"),
    ("مساكن", "مسكن"),
    ("منازل", "منزل"),
];

/// The key of a counted noun as `Figure::noun` gives it; `None` for a
/// function word.
pub(crate) fn key(noun: &str) -> Option<String> {
    let folded: String = fold_pattern(noun)
        .chars()
        .map(|c| if c == 'ة' { 'ه' } else { c })
        .collect::<String>()
        .to_lowercase();
    let word = folded.trim();
    if word.chars().count() < 2 || NOT_NOUNS.contains(&word) || word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // A verb in the present plural (`يعملون`, `يقيمون`) follows a count as
    // often as a noun does; it names no quantity.
    if word.starts_with('ي') && (word.ends_with("ون") || word.ends_with("ين")) && word.chars().count() >= 5 {
        return None;
    }
    if let Some(&(_, singular)) = BROKEN_PLURALS.iter().find(|(plural, _)| *plural == word) {
        return Some(singular.to_string());
    }
    Some(singular(word))
}

/// The currencies a key names when the text writes a currency without
/// its country (`12 مليار دينار`, `500 millions de dinars`): every code
/// whose name opens on that word (`دينار كويتي`, `دينار أردني` …); `None`
/// for a key that names no currency.
pub(crate) fn currencies_of(key: &str) -> Option<&'static [&'static str]> {
    static BY_KEY: OnceLock<FxHashMap<String, Vec<&'static str>>> = OnceLock::new();
    let by_key = BY_KEY.get_or_init(|| {
        let mut by_key: FxHashMap<String, Vec<&'static str>> = FxHashMap::default();
        for (name, code) in currency_names() {
            let Some(word_key) = name.split(' ').next().and_then(self::key) else {
                continue;
            };
            let codes = by_key.entry(word_key).or_default();
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        by_key
    });
    by_key.get(key).map(Vec::as_slice)
}

/// Two keys that name one thing: the same, or (both of four letters or
/// more) one letter apart, as the press spells `بناية` and `بنية`.
pub(crate) fn same(a: &str, b: &str) -> bool {
    // A share's key is compared by the total it names, a count's by its
    // noun; a share is never a count.
    let (a, b) = match (a.strip_prefix(SHARE_OF), b.strip_prefix(SHARE_OF)) {
        (Some(x), Some(y)) => (x, y),
        (None, None) => (a, b),
        _ => return false,
    };
    a == b || one_letter_apart(a, b)
}

/// What the key of a percentage the text states as a share of a named
/// total starts with, before that total (`% المواليد`).
pub(crate) const SHARE_OF: &str = "% ";

fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 4 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    prefix + suffix + 1 >= a.len().max(b.len())
}

/// A sound plural's singular: `بطاقات` → `بطاقه`, `موظفين` → `موظف`,
/// `chômeurs` → `chômeur`.
fn singular(word: &str) -> String {
    let letters = word.chars().count();
    if word.is_ascii()
        || word
            .chars()
            .all(|c| c.is_alphabetic() && !('\u{600}'..='\u{6ff}').contains(&c))
    {
        return match word.strip_suffix(['s', 'x']) {
            Some(stem) if letters > 3 => stem.to_string(),
            _ => word.to_string(),
        };
    }
    if letters >= 5 {
        if let Some(stem) = word.strip_suffix("ات") {
            return format!("{stem}ه");
        }
        for ending in ["ون", "ين"] {
            if let Some(stem) = word.strip_suffix(ending) {
                return stem.to_string();
            }
        }
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singular_and_plural_share_a_key() {
        assert_eq!(key("بطاقات"), key("بطاقة"));
        assert_eq!(key("أشخاص"), key("شخص"));
        assert_eq!(key("موظفين"), key("موظف"));
        assert_eq!(key("chômeurs"), key("chômeur"));
    }

    #[test]
    fn keys_one_letter_apart_name_one_thing() {
        assert!(same("بنايه", "بنيه"));
        assert!(!same("بطاقه", "وثيقه"));
        assert!(!same("سنه", "سنو"));
    }

    #[test]
    fn a_currency_without_its_country_may_be_any_of_its_countries() {
        let dinar = key("دنانير").and_then(|k| currencies_of(&k)).unwrap_or_default();
        assert!(dinar.contains(&"KWD") && dinar.contains(&"DZD") && !dinar.contains(&"USD"));
        let dinar = key("dinars").and_then(|k| currencies_of(&k)).unwrap_or_default();
        assert!(dinar.contains(&"TND") && !dinar.contains(&"MAD"));
        assert_eq!(key("بطاقات").and_then(|k| currencies_of(&k)), None);
    }

    #[test]
    fn function_words_are_no_nouns() {
        assert_eq!(key("لنفس"), None);
        assert_eq!(key("بنسبة"), None);
        assert_eq!(key("soit"), None);
        assert_eq!(key("يعملون"), None);
    }
}
