//! Numbers that are part of something else (SPEC §7.1: a number phrase
//! the reader cannot read whole yields no figure): a web address, a
//! version, a code glued to capitals, a slash between two numbers, a
//! currency code glued to its digits. Mixed into a sentence with one true
//! count, the count is the only figure, whatever the numbers are. And
//! numbers read whole that were read in part: digits around a spelled
//! point, a whole and a fraction word.

use figaudit::figures;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// What holds numbers without stating one: `{a}` and `{b}` are numbers.
const NOT_FIGURES: &[&str] = &[
    "https://www.exemple.ma/{a}/{b}/article-{a}.html",
    "http://site.ma/p?id={a}&page={b}",
    "www.journal.ma/{a}/{b}",
    "{a}.{b}.{a}.{b}",
    "{a}G",
    "{a}D",
    "{a}K",
    "{a}k",
    "{a}x{b}",
    "{a}/{b}",
    "USD{a},{b}",
];

/// The one count: `{}` is its number.
const ARABIC_COUNT: &str = "وسجلت المصالح {} حالة";
const FRENCH_COUNT: &str = "et les services ont relevé {} cas";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn numbers_inside_codes_and_addresses_are_no_figures(
        a in 1..3_000u64,
        b in 1..100u64,
        count in 1..1_000_000u64,
        which in 0..100usize,
        french in any::<bool>(),
    ) {
        let code = NOT_FIGURES[which % NOT_FIGURES.len()]
            .replace("{a}", &a.to_string())
            .replace("{b}", &b.to_string());
        let text = if french {
            format!("Le lien {code} circule, {}.", FRENCH_COUNT.replace("{}", &count.to_string()))
        } else {
            format!("انتشر الرابط {code} {}.", ARABIC_COUNT.replace("{}", &count.to_string()))
        };
        let found: Vec<_> = figures(&text).filter_map(Result::ok).collect();
        prop_assert_eq!(found.len(), 1, "{:?} gave {:?}", text, found);
        prop_assert_eq!(&found[0].value, &figaudit::Value::Number(Decimal::from(count)), "{:?}", text);
    }

    /// `10 فاصلة 05`: digits, the point in words and digits are one
    /// number, the decimals' leading zeros kept.
    #[test]
    fn digits_around_a_spelled_point_are_one_number(whole in 1..10_000u64, decimals in 1..100u64) {
        let text = format!("استقر المؤشر عند {whole} فاصلة {decimals:02} نقطة أمس.");
        let found: Vec<_> = figures(&text).filter_map(Result::ok).collect();
        prop_assert_eq!(found.len(), 1, "{:?} gave {:?}", text, found);
        let expected = Decimal::from(whole) + Decimal::new(decimals as i64, 2);
        prop_assert_eq!(&found[0].value, &figaudit::Value::Number(expected), "{:?}", text);
    }
}

/// Arabic units as counts, with the value each writes.
const ARABIC_UNITS: &[(&str, u32)] = &[
    ("واحد", 1),
    ("اثنان", 2),
    ("ثلاثة", 3),
    ("أربعة", 4),
    ("خمسة", 5),
    ("ستة", 6),
    ("سبعة", 7),
    ("ثمانية", 8),
    ("تسعة", 9),
];

/// Fraction words after و, and the hundredths each adds.
const ARABIC_FRACTIONS: &[(&str, i64)] = &[("نصف", 50), ("ربع", 25)];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// `خمسة وربع`: a whole, و and a fraction word are one number, glued
    /// or apart, never the whole alone (SPEC §7.1).
    #[test]
    fn a_whole_and_a_fraction_word_are_one_number(unit in 0..9usize, which in 0..2usize, glued in any::<bool>()) {
        let (word, whole) = ARABIC_UNITS[unit];
        let (fraction, hundredths) = ARABIC_FRACTIONS[which];
        let and = if glued { "و" } else { "و " };
        let text = format!("اشترى التاجر {word} {and}{fraction} طن من القمح أمس.");
        let found: Vec<_> = figures(&text).filter_map(Result::ok).collect();
        prop_assert_eq!(found.len(), 1, "{:?} gave {:?}", text, found);
        let expected = Decimal::from(whole) + Decimal::new(hundredths, 2);
        prop_assert_eq!(&found[0].value, &figaudit::Value::Number(expected), "{:?}", text);
    }
}
