//! SPEC §7.1's qualifiers, currencies, percentage points and cents, each
//! mixed into a sentence of either language with any number: the reader
//! finds one figure, whose value is the number's and whose qualifier and
//! unit are the ones the phrase states. A phrase read as exact, or without
//! its currency, would make a relation hold or fail that should not.

use figaudit::{figures, Figure};
use proptest::prelude::*;
use rust_decimal::Decimal;

use super::{in_digits, Script};

/// Arabic qualifiers and where they stand: `{}` is the number.
const ARABIC_QUALIFIED: &[(&str, &str)] = &[
    ("يتجاوز {} مستفيد", "more_than"),
    ("تتجاوز {} حالة", "more_than"),
    ("تفوق {} حالة", "more_than"),
    ("أكبر من {} حالة", "more_than"),
    ("فوق {} متر", "more_than"),
    ("تحت {} متر", "less_than"),
    ("أقل من أو يساوي {} حالة", "at_most"),
    ("{} حالة أو أكثر", "at_least"),
    ("{} حالة فأكثر", "at_least"),
    ("لم يتجاوز عدد الحالات {} حالة", "at_most"),
    ("تجاوزت قيمة الصادرات {} درهم", "more_than"),
];

/// French qualifiers and where they stand.
const FRENCH_QUALIFIED: &[(&str, &str)] = &[
    ("un chiffre supérieur à {} cas", "more_than"),
    ("le total doit dépasser {} cas", "more_than"),
    ("il en faut plus {} cas", "more_than"),
    ("un chiffre inférieur à {} cas", "less_than"),
    ("un chiffre inférieur ou égal à {} cas", "at_most"),
    ("les ménages de {} personnes et plus", "at_least"),
    ("un coût qui devrait avoisiner {} euros", "about"),
    ("un budget de l'ordre de {} dirhams", "about"),
];

/// Currencies written as signs, codes and names, and the unit each is.
const CURRENCIES: &[(&str, &str)] = &[
    ("payé ${} hier", "USD"),
    ("payé {} US$ hier", "USD"),
    ("payé €{} hier", "EUR"),
    ("payé {} € hier", "EUR"),
    ("payé {} £ hier", "GBP"),
    ("payé ¥{} hier", "JPY"),
    ("payé EUR {} hier", "EUR"),
    ("payé {} SAR hier", "SAR"),
    ("payé {} livres sterling hier", "GBP"),
    ("payé {} dollars canadiens hier", "CAD"),
    ("payé {} dollars australiens hier", "AUD"),
    ("payé {} dinars algériens hier", "DZD"),
    ("payé {} dinars tunisiens hier", "TND"),
    ("payé {} yens hier", "JPY"),
];

/// The same in Arabic sentences.
const ARABIC_CURRENCIES: &[(&str, &str)] = &[
    ("دفع {} جنيه استرليني أمس", "GBP"),
    ("دفع {} دينار أردني أمس", "JOD"),
    ("دفع {} دينار كويتي أمس", "KWD"),
    ("دفع {} US$ أمس", "USD"),
];

/// Percentage points after a figure.
const POINTS: &[&str] = &[
    "ارتفعت النسبة بـ {} نقاط مئوية",
    "ارتفعت النسبة بـ {} نقطة",
    "la part a gagné {} points de pourcentage",
    "la part a gagné {} points",
];

/// The one figure of `sentence`, which must be there.
fn the_figure(sentence: &str) -> Result<Figure, TestCaseError> {
    let found: Vec<Figure> = figures(sentence).filter_map(Result::ok).collect();
    prop_assert_eq!(found.len(), 1, "{:?} gave {:?}", sentence, found);
    Ok(found[0].clone())
}

/// A number as the press of `french` writes it: French groups with a
/// space, Arabic with a dot or nothing.
fn written(n: u64, french: bool, grouped: bool) -> String {
    let separator = match (grouped, french) {
        (false, _) => None,
        (true, true) => Some(' '),
        (true, false) => Some('.'),
    };
    in_digits(n, Script::Ascii, separator)
}

/// A sentence around `phrase`, in its language.
fn sentence(phrase: &str, french: bool) -> String {
    if french {
        format!("Selon le rapport, {phrase}.")
    } else {
        format!("وحسب التقرير، {phrase}.")
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_qualifier_is_never_dropped(
        n in 1_000..1_000_000u64,
        french in any::<bool>(),
        which in 0..100usize,
        grouped in any::<bool>(),
    ) {
        let table = if french { FRENCH_QUALIFIED } else { ARABIC_QUALIFIED };
        let (phrase, qualifier) = table[which % table.len()];
        let text = sentence(&phrase.replace("{}", &written(n, french, grouped)), french);
        let figure = the_figure(&text)?;
        prop_assert_eq!(&figure.value, &figaudit::Value::Number(Decimal::from(n)), "{:?}", text);
        prop_assert_eq!(figure.qualifier.as_str(), qualifier, "{:?}", text);
    }

    #[test]
    fn a_currency_is_never_dropped(
        n in 1_000..1_000_000u64,
        french in any::<bool>(),
        which in 0..100usize,
    ) {
        let table = if french { CURRENCIES } else { ARABIC_CURRENCIES };
        let (phrase, unit) = table[which % table.len()];
        let text = if french {
            format!("Il a {}.", phrase.replace("{}", &written(n, true, false)))
        } else {
            format!("{}.", phrase.replace("{}", &written(n, false, false)))
        };
        let figure = the_figure(&text)?;
        prop_assert_eq!(&figure.value, &figaudit::Value::Number(Decimal::from(n)), "{:?}", text);
        prop_assert_eq!(figure.unit, Some(unit), "{:?}", text);
    }

    #[test]
    fn points_are_points(n in 2..100u64, which in 0..4usize) {
        let text = sentence(&POINTS[which].replace("{}", &n.to_string()), which >= 2);
        let figure = the_figure(&text)?;
        prop_assert_eq!(&figure.value, &figaudit::Value::Number(Decimal::from(n)), "{:?}", text);
        prop_assert_eq!(figure.unit, Some("pp"), "{:?}", text);
    }

    /// `10 dollars et 50 cents` is 10.50, never 100 (cents are never a
    /// hundred) nor 10 and 50 apart.
    #[test]
    fn cents_join_their_amount(dollars in 1..10_000u64, cents in 1..100u64) {
        let text = format!("Il a payé {dollars} dollars et {cents} cents hier.");
        let figure = the_figure(&text)?;
        prop_assert_eq!(
            &figure.value,
            &figaudit::Value::Number(Decimal::from(dollars) + Decimal::new(cents as i64, 2)),
            "{:?}", text
        );
        prop_assert_eq!(figure.unit, Some("USD"));
    }

    /// `المادة 12 من القانون`, `l'article 1240 du code civil`: the number
    /// of a provision is its label, never a figure, whatever prefix the
    /// noun takes; a count after the label is still read.
    #[test]
    fn a_provision_number_is_no_figure(n in 1..3000u64, which in 0..6usize, count in 2..100u64) {
        let label = ["المادة", "للمادة", "بالفصل", "الفصل", "البند", "L'article"][which];
        let text = if which == 5 {
            format!("{label} {n} du code prévoit {count} cas.")
        } else {
            format!("وتنص {label} {n} من القانون على {count} حالات.")
        };
        let figure = the_figure(&text)?;
        prop_assert_eq!(&figure.value, &figaudit::Value::Number(Decimal::from(count)), "{:?}", text);
    }

    /// `المادتان 16 و17`, `les articles 3, 4 et 9`: every number of the
    /// list after a plural provision is its label; a count after it is
    /// still read.
    #[test]
    fn the_numbers_after_a_plural_provision_are_no_figures(
        first in 1..3000u64,
        more in proptest::collection::vec(1..3000u64, 1..4),
        which in 0..4usize,
        count in 2..100u64,
    ) {
        let (label, comma, and, french) = [
            ("المادتان", "، ", " و", false),
            ("الفصول", "، ", " و", false),
            ("les articles", ", ", " et ", true),
            ("des alinéas", ", ", " et ", true),
        ][which];
        let mut list = first.to_string();
        for (i, n) in more.iter().enumerate() {
            list.push_str(if i + 1 == more.len() { and } else { comma });
            list.push_str(&n.to_string());
        }
        let text = if french {
            format!("Le texte modifie {label} {list} et prévoit {count} cas.")
        } else {
            format!("وتنص {label} {list} من القانون على {count} حالات.")
        };
        let figure = the_figure(&text)?;
        prop_assert_eq!(&figure.value, &figaudit::Value::Number(Decimal::from(count)), "{:?}", text);
    }

    /// `3 M€`, `250 k$`, `$3 M`: a scale's abbreviation glued to a
    /// currency sign, or after a number the sign comes before, scales the
    /// amount; the amount is never left bare. Glued to the
    /// digits too (`250k$`), the reader may take it for a code (`4K`) and
    /// miss it, never misread it.
    #[test]
    fn a_scale_abbreviation_before_a_sign_scales_the_amount(
        n in 1..10_000u64,
        which in 0..3usize,
        sign in 0..3usize,
        glued in any::<bool>(),
        sign_first in any::<bool>(),
    ) {
        let (abbreviation, scale) = [("k", 1_000u64), ("K", 1_000), ("M", 1_000_000)][which];
        let (mark, unit) = [("€", "EUR"), ("$", "USD"), ("£", "GBP")][sign];
        let space = if glued { "" } else { " " };
        // The sign before the number (`$3 M`) or after the abbreviation.
        let text = match sign_first {
            true => format!("Le fonds a levé {mark}{n}{space}{abbreviation} auprès d'investisseurs."),
            false => format!("Le fonds a levé {n}{space}{abbreviation}{mark} auprès d'investisseurs."),
        };
        if glued && figures(&text).next().is_none() {
            return Ok(());
        }
        let figure = the_figure(&text)?;
        prop_assert_eq!(&figure.value, &figaudit::Value::Number(Decimal::from(n * scale)), "{:?}", text);
        prop_assert_eq!(figure.unit, Some(unit));
    }

    /// A smaller unit joins its amount by its own ratio (`فلس`: a thousand
    /// to the Kuwaiti dinar, `هللة`: a hundred to the riyal), never read as
    /// a count of its own, and one of another currency joins nothing.
    #[test]
    fn smaller_units_join_their_amount_by_their_ratio(whole in 1..10_000u64, part in 1..1000u64, which in 0..3usize) {
        let (currency, unit, smaller, per) = [
            ("دنانير كويتية", "KWD", "فلسا", 1000u64),
            ("ريالات سعودية", "SAR", "هللة", 100),
            ("دنانير تونسية", "TND", "مليما", 1000),
        ][which];
        let part = part % per;
        prop_assume!(part > 0);
        let text = format!("وبلغ السعر {whole} {currency} و{part} {smaller} في المتوسط.");
        let figure = the_figure(&text)?;
        let places = per.ilog10();
        prop_assert_eq!(
            &figure.value,
            &figaudit::Value::Number(Decimal::from(whole) + Decimal::new(part as i64, places)),
            "{:?}", text
        );
        prop_assert_eq!(figure.unit, Some(unit));
    }
}
