//! Words that say how figures relate: the evidence a fact-checker looks
//! for before calling two numbers a sum or a share. Entries are folded the
//! way patterns are (`إجمالي` is written `اجمالي`), and compared word by
//! word with the words just before a figure.

use crate::extract::fold_pattern;

/// A total follows: `ما مجموعه 4.269.781`, `إجمالي`.
pub(crate) const TOTAL_WORDS: &[&str] = &[
    "مجموع",
    "مجموعه",
    "مجموعها",
    "بمجموع",
    "المجموع",
    "اجمالي",
    "باجمالي",
    "الاجمالي",
    "اجماليه",
    // French: `un total de 3 685 964`, `au total`, `totalisent`.
    "total",
    "totalise",
    "totalisent",
];

/// A part of the figure before follows: `من بينها 206.464`, `منها`,
/// `من بين البطاقات المنجزة 2.653.895`.
pub(crate) const PART_CUES: &[&str] = &[
    "من بينها",
    "من بينهم",
    "من بين",
    "منها",
    "منهم",
    "من ضمنها",
    "ضمنها",
    "بينها",
    // French: `dont 206 464`, `parmi lesquelles`.
    "dont",
    "parmi lesquels",
    "parmi lesquelles",
    "parmi eux",
    "parmi elles",
];

/// The whole of the figure before follows: `16 قيادة من مجموع 22`.
pub(crate) const WHOLE_CUES: &[&str] = &[
    "من مجموع",
    "من اصل",
    "من اجمالي",
    "من بين",
    // French: `16 commandements sur un total de 22`, `sur 22`.
    "sur",
    "total de",
];

/// A share of the figure before follows: `أي ما نسبته 10.5 في المائة`.
pub(crate) const SHARE_CUES: &[&str] = &[
    "ما نسبته",
    "بنسبة",
    "ما يمثل",
    "يمثل",
    "تمثل",
    "ما يعادل",
    "اي",
    "اي ما",
    // French: `soit 72 %`, `représente 28 %`.
    "soit",
    "represente",
    "representent",
    "representant",
];

/// Parts of a total follow: `توزعت على`, `موزعة بين`, `تتكون من`, `se
/// répartit entre`, `composées de`.
pub(crate) const DISTRIBUTION_CUES: &[&str] = &[
    "توزع",
    "توزعت",
    "يتوزع",
    "تتوزع",
    "موزعه",
    "موزعين",
    "موزعا",
    "تتوزع على",
    "تتكون من",
    "يتكون من",
    "تتالف من",
    "يتالف من",
    "repartis",
    "reparties",
    "repartit",
    "repartie",
    "se repartit",
    "ventiles",
    "compose de",
    "composee de",
    "composes de",
    "composees de",
    "formee de",
    "formees de",
];

/// After a percentage, its whole is a total: `90 في المائة من مجموع
/// الشكايات`, `51.1% من إجمالي عدد المواليد`, `du total`.
pub(crate) const OF_TOTAL_CUES: &[&str] = &[
    "من مجموع",
    "من المجموع",
    "من اجمالي",
    "من الاجمالي",
    "من العدد الاجمالي",
    "du total",
    "de l'ensemble",
];

/// Before a balance, the difference of two flows the text states
/// (`عجزا بقيمة 2.7 مليار`, `un excédent commercial de 14,84 milliards`):
/// the figure is what one flow exceeds the other by.
pub(crate) const BALANCE_CUES: &[&str] = &[
    "عجز",
    "عجزا",
    "العجز",
    "فائض",
    "فائضا",
    "الفائض",
    "excedent",
    "excedents",
    "deficit",
    "deficits",
    "solde",
];

/// The two flows a balance is the difference of, what comes in and what
/// goes out (`الصادرات` less `الواردات`, `recettes` less `dépenses`), as
/// the words before their figures name them.
pub(crate) const BALANCE_FLOWS: &[(&[&str], &[&str])] = &[
    (&["الصادرات", "صادرات"], &["الواردات", "واردات"]),
    (
        &["الايرادات", "ايرادات", "المداخيل", "مداخيل", "الموارد", "موارد"],
        &["النفقات", "نفقات", "المصروفات", "مصروفات"],
    ),
    (&["exportations"], &["importations"]),
    (&["ventes"], &["achats"]),
    (&["recettes"], &["depenses"]),
];

/// How many words before a figure the name of its flow may stand (`أن
/// قيمة الصادرات ارتفعت خلال الأشهر الثلاثة الأولى من السنة بنسبة`).
const FLOW_WITHIN: usize = 12;

/// Which flow of which balance the last [`FLOW_WITHIN`] words name, the
/// nearest first: the pair's place in [`BALANCE_FLOWS`], and whether it
/// comes in.
pub(crate) fn flow(before: &[String]) -> Option<(usize, bool)> {
    (1..=FLOW_WITHIN.min(before.len())).find_map(|within| {
        BALANCE_FLOWS.iter().enumerate().find_map(|(pair, (inflow, outflow))| {
            if ends_with_any(before, inflow, within) {
                Some((pair, true))
            } else if ends_with_any(before, outflow, within) {
                Some((pair, false))
            } else {
                None
            }
        })
    })
}

/// Which flow of which balance a clause's subject (a quantity key, see
/// `subject`) names: `ليصل إلى 17.61 بليون` after `قيمة الصادرات ارتفعت`.
pub(crate) fn flow_of_subject(subject: &str) -> Option<(usize, bool)> {
    let head = subject.split(' ').next().unwrap_or(subject);
    let names = |words: &[&str]| {
        words
            .iter()
            .any(|w| super::subject::key_of(w).is_some_and(|k| k == head))
    };
    BALANCE_FLOWS
        .iter()
        .enumerate()
        .find_map(|(pair, (inflow, outflow))| match (names(inflow), names(outflow)) {
            (true, _) => Some((pair, true)),
            (_, true) => Some((pair, false)),
            _ => None,
        })
}

/// Whether a clause's subject is a balance (`تراجع العجز التجاري … ليصل
/// إلى 19.98 بليون`).
pub(crate) fn balance_subject(subject: &str) -> bool {
    let head = subject.split(' ').next().unwrap_or(subject);
    BALANCE_CUES
        .iter()
        .any(|w| super::subject::key_of(w).is_some_and(|k| k == head))
}

/// How many words before a figure its balance word may stand (`un
/// excédent commercial en forte hausse à 14,84 milliards`).
pub(crate) const BALANCE_WITHIN: usize = 6;

/// A period named by its place beside the article's own (SPEC §7.2):
/// the current one (`خلال الموسم الحالي`, `cette année`) …
pub(crate) const CURRENT_PERIOD_CUES: &[&str] = &[
    "الموسم الحالي",
    "السنه الحاليه",
    "العام الحالي",
    "السنه الجاريه",
    "العام الجاري",
    "الموسم الجاري",
    "هذه السنه",
    "هذا العام",
    "cette annee",
    "l annee en cours",
    "cette saison",
    "l exercice en cours",
];

/// … and the one before it (`السنة الماضية`, `l'an dernier`).
pub(crate) const PREVIOUS_PERIOD_CUES: &[&str] = &[
    "السنه الماضيه",
    "العام الماضي",
    "الموسم الماضي",
    "السنه السابقه",
    "العام السابق",
    "الموسم السابق",
    "l annee derniere",
    "l an dernier",
    "l annee precedente",
    "la saison derniere",
];

/// How many words from a figure such a period may stand.
const RELATIVE_PERIOD_WITHIN: usize = 4;

/// The period a figure's words name relative to the article's (0 for the
/// current one, -1 for the one before): the words after it first, then
/// those just before it.
pub(crate) fn relative_period(before: &[String], after: &[String]) -> Option<i64> {
    let named = |cues: &[&'static str]| {
        starts_within(after, cues, RELATIVE_PERIOD_WITHIN) || ends_with_any(before, cues, RELATIVE_PERIOD_WITHIN)
    };
    // The words after a figure are its own; those before may be the end
    // of the figure before it, so they come second.
    let after_only = |cues: &[&'static str]| starts_within(after, cues, RELATIVE_PERIOD_WITHIN);
    if after_only(CURRENT_PERIOD_CUES) {
        return Some(0);
    }
    if after_only(PREVIOUS_PERIOD_CUES) {
        return Some(-1);
    }
    if named(CURRENT_PERIOD_CUES) {
        return Some(0);
    }
    named(PREVIOUS_PERIOD_CUES).then_some(-1)
}

/// Whether one of `cues` starts among the first `within` words, a glued
/// prefix on its first word aside (`بالسنة الماضية`).
fn starts_within(words: &[String], cues: &[&'static str], within: usize) -> bool {
    cues.iter().any(|cue| {
        folded(cue, |cue| {
            (0..words.len().min(within))
                .any(|start| words.get(start..start + cue.len()).is_some_and(|run| is_cue(run, cue)))
        })
    })
}

/// Whether `run` is the cue `wanted`, a prefix `و`, `ب` or `ف` glued to
/// its first word aside.
fn is_cue(run: &[String], wanted: &[String]) -> bool {
    run.iter().zip(wanted).enumerate().all(|(i, (word, wanted))| {
        word == wanted || (i == 0 && ["و", "ب", "ف"].iter().any(|p| word.strip_prefix(p) == Some(wanted)))
    })
}

/// Whether a part cue among the last `within` words makes the figure
/// after them a part of the one before. A cue that opens the words right
/// after the previous figure and is followed by others was said of that
/// figure (`117 منهم بليغة، في 2337 حادثة`: 117 of the injured, in 2,337
/// accidents), not of the next.
pub(crate) fn part_of_previous(words: &[String], follows_a_figure: bool, within: usize) -> bool {
    let said_of_previous = follows_a_figure
        && PART_CUES.iter().any(|cue| {
            folded(cue, |cue_words| {
                words.len() > cue_words.len() && words.get(..cue_words.len()).is_some_and(|run| is_cue(run, cue_words))
            })
        });
    !said_of_previous && ends_with_any(words, PART_CUES, within)
}

/// Between a rate of change and the amount of that change, restating it:
/// `+10,3 % ou +369 millions`, `5 في المائة أي 200 ألف`.
pub(crate) const RESTATING_CUES: &[&str] = &["ou", "soit", "أي", "اي", "او"];

/// Before a figure set against the one before it: `مقابل 2.4 مليون عام
/// 2011`, `contre 3,1 % en 2022`. The year after it is its own.
pub(crate) const CONTRAST_CUES: &[&str] = &[
    "مقابل",
    "في مقابل",
    "بالمقارنه مع",
    "مقارنه ب",
    "مقارنه مع",
    "contre",
    "compare a",
    "par rapport a",
];

/// `with` the folded words of `cue`, folded once per cue and kept: every
/// figure of every article looks up the same few dozen cues.
fn folded(cue: &'static str, with: impl FnOnce(&[String]) -> bool) -> bool {
    static FOLDED: std::sync::OnceLock<std::sync::RwLock<std::collections::HashMap<&'static str, Vec<String>>>> =
        std::sync::OnceLock::new();
    let fold = |cue: &str| -> Vec<String> { fold_pattern(cue).split(' ').map(str::to_string).collect() };
    let table = FOLDED.get_or_init(Default::default);
    if let Ok(known) = table.read() {
        if let Some(words) = known.get(cue) {
            return with(words);
        }
    }
    let words = fold(cue);
    let found = with(&words);
    if let Ok(mut known) = table.write() {
        known.insert(cue, words);
    }
    found
}

/// The words after the first of `cues` that starts within the first
/// `within` of `words`: `من إجمالي الواردات` gives `الواردات`.
pub(crate) fn after_any<'w>(words: &'w [String], cues: &[&'static str], within: usize) -> Option<&'w [String]> {
    (0..words.len().min(within)).find_map(|start| {
        cues.iter().find_map(|cue| {
            let mut end = None;
            folded(cue, |cue_words| {
                let to = start + cue_words.len();
                let found = words.get(start..to).is_some_and(|run| run == cue_words);
                end = found.then_some(to);
                found
            });
            end.and_then(|end| words.get(end..))
        })
    })
}

/// The folded words of `text`, without punctuation.
pub(crate) fn words_before(text: &str) -> Vec<String> {
    fold_pattern(text)
        .split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '%') || "،؛:«»’".contains(c))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The first `most` folded words of `text`, without punctuation, read
/// from no more than its first `most` × [`WORD_BYTES`] bytes: what stands
/// right after a figure, however far the next one is.
pub(crate) fn words_after(text: &str, most: usize) -> Vec<String> {
    let mut end = text.len().min(most.saturating_mul(WORD_BYTES));
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut words = words_before(text.get(..end).unwrap_or(""));
    words.truncate(most);
    words
}

/// Bytes enough for a word and the space after it, in any script.
const WORD_BYTES: usize = 64;

/// Whether one of `cues` (each one or more words) stands among the last
/// `within` words, a prefix `و` or `ب` aside.
pub(crate) fn ends_with_any(words: &[String], cues: &[&'static str], within: usize) -> bool {
    let start = words.len().saturating_sub(within);
    let window = &words[start..];
    cues.iter()
        .any(|cue| folded(cue, |cue| window.windows(cue.len()).any(|run| is_cue(run, cue))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flow_is_named_by_the_words_before_its_figure() {
        assert_eq!(flow(&words_before("وبلغت الصادرات")), Some((0, true)));
        assert_eq!(flow(&words_before("في حين بلغت الواردات نحو")), Some((0, false)));
        assert_eq!(
            flow(&words_before("les importations se sont établies à")),
            Some((2, false))
        );
        assert_eq!(
            flow(&words_before("Les recettes fiscales ont atteint")),
            Some((4, true))
        );
        assert_eq!(flow(&words_before("ont indiqué samedi les douanes")), None);
        // The nearest flow named, whatever the table's order.
        assert_eq!(
            flow(&words_before("après les exportations, les importations ont atteint")),
            Some((2, false))
        );
    }

    #[test]
    fn a_subject_names_a_flow_or_a_balance() {
        let key = |w: &str| super::super::quantity::key(w).unwrap_or_default();
        assert_eq!(flow_of_subject(&key("صادرات")), Some((0, true)));
        assert_eq!(
            flow_of_subject(&format!("{} {}", key("واردات"), key("سلعيه"))),
            Some((0, false))
        );
        assert_eq!(flow_of_subject(&key("importations")), Some((2, false)));
        assert_eq!(flow_of_subject(&key("جهاز")), None);
        assert!(balance_subject(&format!("{} {}", key("عجز"), key("تجاري"))));
        assert!(!balance_subject(&key("صادرات")));
    }

    #[test]
    fn a_cue_is_found_among_the_last_words_only() {
        let words = words_before("أنه تم خلال السنة إنجاز ما مجموعه ");
        assert!(ends_with_any(&words, TOTAL_WORDS, 3));
        let words = words_before("مجموعه بطاقة تم إنتاجها في مدينة الرباط ");
        assert!(!ends_with_any(&words, TOTAL_WORDS, 3));
    }

    #[test]
    fn a_period_is_named_by_its_place_after_a_figure_first() {
        let words = |t: &str| words_before(t);
        assert_eq!(relative_period(&words("بلغ"), &words("طن خلال السنة الماضية")), Some(-1));
        assert_eq!(
            relative_period(&words("بلغ"), &words("طن مقارنة بالسنة الماضية")),
            Some(-1)
        );
        assert_eq!(relative_period(&words("خلال الموسم الحالي، إلى"), &words("طن")), Some(0));
        assert_eq!(
            relative_period(&words("en hausse"), &words("par rapport à l'an dernier")),
            Some(-1)
        );
        // The words after are the figure's own, before those that may end
        // the figure before it.
        assert_eq!(
            relative_period(&words("السنة الماضية، و"), &words("هذا العام")),
            Some(0)
        );
        assert_eq!(relative_period(&words("بلغ"), &words("طن في شهر مارس")), None);
    }

    #[test]
    fn the_words_after_a_cue_are_what_it_names() {
        let words = words_before("في المائة من إجمالي عدد المواليد عام 2012");
        let rest = after_any(&words, OF_TOTAL_CUES, 4).unwrap_or_default();
        assert_eq!(rest.first().map(String::as_str), Some("عدد"));
        let words = words_before("% du total des exportations");
        let rest = after_any(&words, OF_TOTAL_CUES, 4).unwrap_or_default();
        assert_eq!(rest, ["des", "exportations"]);
        let words = words_before("في المائة خلال السنة من إجمالي الصادرات");
        assert_eq!(after_any(&words, OF_TOTAL_CUES, 4), None);
    }

    #[test]
    fn a_prefix_and_punctuation_are_set_aside() {
        let words = words_before("الجديد، ومن بينها ");
        assert!(ends_with_any(&words, PART_CUES, 5));
        assert!(part_of_previous(&words, true, 5));
        // Said of the figure before: `117 منهم بليغة، في 2337`.
        let words = words_before("منهم بليغة، في ");
        assert!(!part_of_previous(&words, true, 5));
        assert!(part_of_previous(&words_before("، منها "), true, 5));
        let words = words_before("أمنية من أصل ");
        assert!(ends_with_any(&words, WHOLE_CUES, 2));
    }
}
