//! What an amount with no counted noun is an amount of, from the words
//! before it: money and tonnage are written `بلغت الواردات 291.1 مليار
//! درهم`, `les exportations se sont chiffrées à 28,11 milliards DH`, with
//! the quantity as the clause's subject and nothing after the figure but
//! its unit. A clause with no subject of its own (`لتصل إلى 291.1 مليار`,
//! `contre 29,71 milliards`) continues the sentence's last one.
//!
//! A subject is weaker evidence than a noun: it only ever says that two
//! amounts are of one quantity, never that they are of two.

use super::quantity;

/// Relative pronouns and time words that take the Arabic article but
/// name no quantity.
const NOT_SUBJECTS: &[&str] = &[
    "التي",
    "الذي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللواتي",
    "اللاتي",
    "السنه",
    "العام",
    "الفتره",
    "الماضي",
    "الماضيه",
    "الحالي",
    "الحاليه",
    "المقبل",
    "المقبله",
    "الاشهر",
    "الشهر",
    "الفصل",
    "الربع",
    "النصف",
    "الثلاثي",
    "الاولي",
    "الاول",
    "نفس",
];

/// French words that open a noun phrase.
const DETERMINERS: &[&str] = &["le", "la", "les", "l", "du", "des", "au", "aux", "leur", "leurs"];

/// French nouns of time, place in a text or amount that name no quantity.
const NOT_FRENCH_SUBJECTS: &[&str] = &[
    "annee",
    "annees",
    "periode",
    "mois",
    "fin",
    "debut",
    "total",
    "ensemble",
    "hausse",
    "baisse",
    "niveau",
    "montant",
    "moment",
    "meme",
    "premier",
    "premiere",
    "dernier",
    "derniere",
    "cours",
    "cadre",
    "base",
    "part",
    "taux",
    "office",
    "agence",
    "ministere",
    "source",
    "donnees",
];

/// Arabic one-letter prefixes a definite noun may carry (`والواردات`,
/// `بالصادرات`).
const PREFIXES: &[char] = &['و', 'ف', 'ب', 'ك'];

/// A noun without its article, if it has one: `الصادرات` → `صادرات`,
/// and `للمملكة` (ل with the article) → `مملكة`.
fn without_article(word: &str) -> Option<&str> {
    word.strip_prefix("ال").or_else(|| word.strip_prefix("لل"))
}

/// A word keyed as a subject is (`الصادرات`, `صادرات`, `exportations`):
/// its article dropped, for tables of words that name quantities.
pub(crate) fn key_of(word: &str) -> Option<String> {
    quantity::key(without_article(word).unwrap_or(word))
}

/// The subject among `words` (folded, as [`super::cues::words_before`]
/// gives them): the first definite noun of an Arabic clause, the first
/// noun after a determiner in a French one. As a quantity key.
pub(crate) fn subject(words: &[String], french: bool) -> Option<String> {
    if french {
        words.windows(2).find_map(|pair| {
            let (determiner, noun) = (pair[0].as_str(), pair[1].as_str());
            let noun = noun.strip_prefix("l’").unwrap_or(noun);
            (DETERMINERS.contains(&determiner)
                && noun.chars().count() >= 4
                && noun.chars().all(char::is_alphabetic)
                && !NOT_FRENCH_SUBJECTS.contains(&noun))
            .then(|| quantity::key(noun))
            .flatten()
        })
    } else {
        let definite = |word: &str| -> Option<String> {
            let bare = word.strip_prefix(PREFIXES).unwrap_or(word);
            let noun = without_article(bare)?;
            if noun.chars().count() < 3 || NOT_SUBJECTS.contains(&bare) || NOT_SUBJECTS.contains(&word) {
                return None;
            }
            quantity::key(noun)
        };
        let at = words.iter().position(|w| definite(w).is_some())?;
        let noun = definite(&words[at])?;
        // A definite adjective right after it is part of what it names:
        // `الموارد العادية` and `الموارد الجبائية` are two quantities.
        let adjective = words
            .get(at + 1)
            .filter(|w| w.starts_with("ال"))
            .and_then(|w| definite(w));
        Some(match adjective {
            Some(adjective) => format!("{noun} {adjective}"),
            None => noun,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::cues::words_before;
    use super::*;

    #[test]
    fn the_first_definite_noun_of_an_arabic_clause() {
        let imports = subject(&words_before("وزادت الواردات بنسبة"), false);
        assert_eq!(imports, quantity::key("واردات"));
        assert_eq!(
            subject(&words_before("ارتفع العجز التجاري للمملكة بنحو"), false),
            Some(format!(
                "{} {}",
                quantity::key("عجز").unwrap(),
                quantity::key("تجاري").unwrap()
            ))
        );
        assert_ne!(
            subject(&words_before("تصل الموارد العادية إلى"), false),
            subject(&words_before("ارتفاع الموارد الجبائية بنسبة"), false)
        );
        assert_eq!(
            subject(&words_before("لتفوق الصادرات التي بلغت"), false),
            quantity::key("صادرات")
        );
        assert_eq!(subject(&words_before("لتصل إلى"), false), None);
        assert_eq!(subject(&words_before("خلال السنة الماضية بلغت"), false), None);
    }

    #[test]
    fn the_first_noun_after_a_french_determiner() {
        assert_eq!(
            subject(&words_before("les exportations se sont chiffrées à un total de"), true),
            quantity::key("exportations")
        );
        assert_eq!(
            subject(
                &words_before("Quant aux importations, elles sont passées à plus de"),
                true
            ),
            quantity::key("importations")
        );
        assert_eq!(subject(&words_before("contre"), true), None);
        assert_eq!(subject(&words_before("à la fin de l'année, soit"), true), None);
    }
}
