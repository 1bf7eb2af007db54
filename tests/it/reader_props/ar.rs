//! Property tests for the number reader: any integer from 0 to 10^12,
//! written the ways Arabic press writes it, reads back to itself.

use figaudit::{figures, Figure};
use proptest::prelude::*;
use rust_decimal::Decimal;

use super::{in_digits, magnitudes, only_figure, Script, MAX};

/// How to write a number in words.
#[derive(Debug, Clone, Copy)]
struct Style {
    feminine: bool,
    /// و between scale groups and after hundreds (it is always written
    /// between a unit and its tens).
    waw: bool,
    /// Oblique case (عشرين، اثنين، مائتين) instead of nominative.
    oblique: bool,
    /// مئة instead of مائة.
    mia: bool,
}

const UNITS_M: [&str; 10] = [
    "",
    "واحد",
    "اثنان",
    "ثلاثة",
    "أربعة",
    "خمسة",
    "ستة",
    "سبعة",
    "ثمانية",
    "تسعة",
];
const UNITS_F: [&str; 10] = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"];
const TENS_NOM: [&str; 10] = [
    "",
    "عشرة",
    "عشرون",
    "ثلاثون",
    "أربعون",
    "خمسون",
    "ستون",
    "سبعون",
    "ثمانون",
    "تسعون",
];
const TENS_OBL: [&str; 10] = [
    "",
    "عشرة",
    "عشرين",
    "ثلاثين",
    "أربعين",
    "خمسين",
    "ستين",
    "سبعين",
    "ثمانين",
    "تسعين",
];

fn unit(n: u64, s: Style) -> String {
    let n = n as usize;
    match (n, s.feminine, s.oblique) {
        (2, false, true) => "اثنين".into(),
        (2, true, true) => "اثنتين".into(),
        (_, true, _) => UNITS_F[n].into(),
        _ => UNITS_M[n].into(),
    }
}

fn below_100(n: u64, s: Style) -> String {
    let (t, u) = (n / 10, n % 10);
    match n {
        0 => String::new(),
        1..=9 => unit(n, s),
        10 => {
            if s.feminine {
                "عشر".into()
            } else {
                "عشرة".into()
            }
        }
        11 => {
            if s.feminine {
                "إحدى عشرة".into()
            } else {
                "أحد عشر".into()
            }
        }
        12 => {
            if s.feminine {
                "اثنتا عشرة".into()
            } else {
                "اثنا عشر".into()
            }
        }
        13..=19 => {
            if s.feminine {
                format!("{} عشرة", UNITS_F[u as usize])
            } else {
                format!("{} عشر", UNITS_M[u as usize])
            }
        }
        _ => {
            let tens = if s.oblique {
                TENS_OBL[t as usize]
            } else {
                TENS_NOM[t as usize]
            };
            if u == 0 {
                tens.into()
            } else {
                format!("{} و{}", unit(u, s), tens)
            }
        }
    }
}

fn hundreds(h: u64, s: Style) -> String {
    let mia = if s.mia { "مئة" } else { "مائة" };
    match h {
        1 => mia.into(),
        2 => format!(
            "{}{}",
            if s.mia { "مئت" } else { "مائت" },
            if s.oblique { "ين" } else { "ان" }
        ),
        _ => format!(
            "{}{mia}",
            ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"][h as usize]
        ),
    }
}

fn join(parts: Vec<String>, s: Style) -> String {
    let sep = if s.waw { " و" } else { " " };
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

fn below_1000(n: u64, s: Style) -> String {
    let (h, rest) = (n / 100, n % 100);
    let head = if h > 0 { hundreds(h, s) } else { String::new() };
    join(vec![head, below_100(rest, s)], s)
}

/// (singular, dual nominative, dual oblique, plural)
const SCALES: [(u64, [&str; 4]); 3] = [
    (1_000_000_000, ["مليار", "ملياران", "مليارين", "مليارات"]),
    (1_000_000, ["مليون", "مليونان", "مليونين", "ملايين"]),
    (1_000, ["ألف", "ألفان", "ألفين", "آلاف"]),
];

fn group(count: u64, forms: [&str; 4], s: Style) -> String {
    match count {
        0 => String::new(),
        1 => forms[0].into(),
        2 => (if s.oblique { forms[2] } else { forms[1] }).into(),
        3..=10 => format!("{} {}", below_1000(count, s), forms[3]),
        1000 => format!("ألف {}", forms[0]),
        _ => format!("{} {}", below_1000(count, s), forms[0]),
    }
}

fn in_words(n: u64, s: Style) -> String {
    if n == 0 {
        return "صفر".into();
    }
    let mut rest = n;
    let mut parts = Vec::new();
    for (scale, forms) in SCALES {
        parts.push(group(rest / scale, forms, s));
        rest %= scale;
    }
    parts.push(below_1000(rest, s));
    join(parts, s)
}

/// The corpus style: counts in digits, scale words, و glued to the digits
/// that follow (`ثلاثة ملايين و685 ألف و964` with digits for words).
fn mixed(n: u64, plural: bool) -> String {
    let mut rest = n;
    let mut parts = Vec::new();
    for (scale, forms) in SCALES {
        let count = rest / scale;
        rest %= scale;
        if count > 0 {
            let word = if plural && (3..=10).contains(&count) {
                forms[3]
            } else {
                forms[0]
            };
            parts.push(format!("{count} {word}"));
        }
    }
    if rest > 0 || parts.is_empty() {
        parts.push(rest.to_string());
    }
    parts.join(" و")
}

fn style() -> impl Strategy<Value = Style> {
    (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(feminine, waw, oblique, mia)| Style {
        feminine,
        waw,
        oblique,
        mia,
    })
}

/// Numbers spread over every magnitude, not only the large ones.
fn number() -> impl Strategy<Value = u64> {
    magnitudes(0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn number_words_read_back(n in number(), s in style()) {
        let written = in_words(n, s);
        let sentence = format!("أعلنت المديرية عن {written} بطاقة");
        let figure = only_figure(&sentence, &written);
        prop_assert_eq!(figure.value.to_string(), n.to_string(), "{}", written);
    }

    #[test]
    fn mixed_words_and_digits_read_back(n in 1_000..=MAX, plural in any::<bool>()) {
        let written = mixed(n, plural);
        let sentence = format!("ما مجموعه {written} بطاقة");
        let figure = only_figure(&sentence, &written);
        prop_assert_eq!(figure.value.to_string(), n.to_string(), "{}", written);
        // The smallest place written: 1 when digits end it, else its last scale.
        let smallest = [1, 1_000, 1_000_000, 1_000_000_000u64]
            .into_iter()
            .find(|&place| !(n / place).is_multiple_of(1000) || place == 1_000_000_000)
            .unwrap_or(1);
        prop_assert_eq!(figure.precision.map(|p| p.to_string()), Some(smallest.to_string()));
    }

    #[test]
    fn digits_in_every_script_and_separator_read_back(
        n in number(),
        script in prop_oneof![Just(Script::Ascii), Just(Script::ArabicIndic), Just(Script::Extended)],
        separator in prop_oneof![Just(None), Just(Some('.')), Just(Some(',')), Just(Some(' ')), Just(Some('\u{a0}')), Just(Some('٬'))],
    ) {
        let written = in_digits(n, script, separator);
        let sentence = format!("إصدار {written} بطاقة");
        let figure = only_figure(&sentence, &written);
        prop_assert_eq!(figure.value.to_string(), n.to_string());
        prop_assert_eq!(figure.precision.map(|p| p.to_string()), Some("1".to_string()));
    }

    #[test]
    fn a_decimal_before_a_scale_word_reads_back(whole in 1..1000u64, tenth in 0..10u64, comma in any::<bool>()) {
        let mark = if comma { ',' } else { '.' };
        let written = format!("{whole}{mark}{tenth} مليون");
        let figure = only_figure(&format!("أزيد من {written} بطاقة"), &format!("أزيد من {written}"));
        prop_assert_eq!(figure.value.to_string(), ((whole * 10 + tenth) * 100_000).to_string());
        prop_assert_eq!(figure.precision.map(|p| p.to_string()), Some("100000".to_string()));
    }

    #[test]
    fn any_text_of_waw_digits_and_separators_reads_without_panic(
        text in proptest::collection::vec(
            prop_oneof![Just("و"), Just("1"), Just("٣"), Just("۴"), Just("."), Just(","), Just("٫"), Just(" "), Just("\n"),
                        Just("%"), Just(":"), Just("/"), Just("ألف"), Just("مليون"), Just("\u{200f}"), Just("9999999999")],
            0..60,
        ).prop_map(|parts| parts.concat())
    ) {
        for found in figures(&text) {
            let span = match found {
                Ok(figure) => figure.span,
                Err(error) => error.span,
            };
            prop_assert!(span.start < span.end && span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
}

/// A scale word's singular and plural, and its value.
const SCALE_WORDS: [(&str, &str, u64); 3] = [
    ("ألف", "آلاف", 1_000),
    ("مليون", "ملايين", 1_000_000),
    ("مليار", "مليارات", 1_000_000_000),
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    /// SPEC §6.1: `N مليون ونصف` is N.5 million, stated to half a million;
    /// `نصف مليون` and `ربع مليون` are that part of it.
    #[test]
    fn a_fraction_joins_its_scale_word(count in 1..10u64, scale in 0..3usize, quarter in any::<bool>(), repeat in any::<bool>()) {
        let (singular, plural, value) = SCALE_WORDS[scale];
        let (fraction, per) = if quarter { ("ربع", 4) } else { ("نصف", 2) };
        let head = match count {
            1 => singular.to_string(),
            2..=9 => format!("{count} {plural}"),
            _ => unreachable!(),
        };
        let tail = if repeat { format!(" {singular}") } else { String::new() };
        let written = format!("{head} و{fraction}{tail}");
        let figure = only_figure(&format!("بلغ العدد {written} وحدة"), &written);
        let part = value / per;
        prop_assert_eq!(figure.value.to_string(), (count * value + part).to_string());
        prop_assert_eq!(figure.precision.map(|p| p.to_string()), Some(part.to_string()));
        let before = format!("{fraction} {singular}");
        let figure = only_figure(&format!("رصد {before} درهم"), &before);
        prop_assert_eq!(figure.value.to_string(), part.to_string());
    }

    /// SPEC §6.1: `5ر1` is 1.5 (the digits after ر are the whole part), and
    /// one `.` before three digits and a scale word is a decimal point.
    #[test]
    fn wire_and_scaled_decimals_read_back(whole in 1..1000u64, fraction in 1..1000u64, scale in 0..3usize) {
        let (singular, _, value) = SCALE_WORDS[scale];
        let digits = fraction.to_string();
        let wire = format!("{digits}ر{whole}");
        let expected = format!("{whole}.{digits}").parse::<rust_decimal::Decimal>().unwrap();
        let figure = only_figure(&format!("بقيمة {wire} في المائة"), &format!("{wire} في المائة"));
        prop_assert_eq!(figure.value.to_string(), expected.normalize().to_string());
        let three = format!("{whole}.{fraction:03} {singular}");
        let figure = only_figure(&format!("بلغ {three} درهم"), &three);
        let scaled = (whole * 1000 + fraction) * (value / 1000);
        prop_assert_eq!(figure.value.to_string(), scaled.to_string());
        prop_assert_eq!(figure.precision.map(|p| p.to_string()), Some((value / 1000).to_string()));
    }
}

/// Every value the reader finds in `sentence`.
fn values(sentence: &str) -> Vec<Decimal> {
    figures(sentence)
        .filter_map(Result::ok)
        .filter_map(|f| match f.value {
            figaudit::Value::Number(n) => Some(n),
            _ => None,
        })
        .collect()
}

const ORDINAL_UNITS: [&str; 9] = [
    "الحادي",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
];
const DENOMINATORS: [&str; 6] = ["أرباع", "أثمان", "أخماس", "أسداس", "أعشار", "أسباع"];
const AFTER_A_YEAR: [&str; 8] = ["التي", "الذي", "عرف", "شهدت", "حسب", "هو", "قد", "سجلت"];

// SPEC §7.1: the reader may miss a figure, never misread one.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// A minus glued before digits, or a sign word before them, makes the
    /// figure negative; with a percent sign or word, too.
    #[test]
    fn a_sign_is_never_dropped(
        n in 1..1_000_000_000u64,
        separator in prop_oneof![Just(None), Just(Some('.')), Just(Some(','))],
        minus in prop_oneof![Just("-"), Just("\u{2212}"), Just("ناقص "), Just("سالب ")],
        percent in any::<bool>(),
    ) {
        let digits = in_digits(n, Script::Ascii, separator);
        let written = format!("{minus}{digits}{}", if percent { " في المائة" } else { "" });
        let sentence = format!("وسجل الرصيد {written} عند نهاية الفترة.");
        let figure = only_figure(&sentence, &written);
        prop_assert_eq!(figure.value, figaudit::Value::Number(-Decimal::from(n)));
    }

    /// `الحادي عشر`، `الثاني والعشرون`، `الخامسة و عشرون`: never 10 or
    /// 20, never any figure.
    #[test]
    fn an_ordinal_is_never_read_in_part(unit in 0..9usize, tens in 0..3usize) {
        let ordinal = match tens {
            0 => format!("{} عشر", ORDINAL_UNITS[unit]),
            1 => format!("{} والعشرون", ORDINAL_UNITS[unit]),
            _ => format!("{} و عشرون", ORDINAL_UNITS[unit]),
        };
        let sentence = format!("انطلقت الدورة {ordinal} من المعرض الدولي.");
        prop_assert!(values(&sentence).is_empty(), "{:?} gave {:?}", sentence, values(&sentence));
    }

    /// `الذكرى المائة وخمسون`، `الصفحة الثلاثمائة و عشرون`: the rest of a
    /// definite hundred, which the grammar does not compose, is never read
    /// alone.
    #[test]
    fn the_rest_of_a_definite_hundred_is_never_read_alone(h in 0..5usize, n in 1..100u64, detached in any::<bool>()) {
        let head = ["المائة", "المئة", "الثلاثمائة", "الخمسمئة", "التسعمائة"][h];
        let rest = in_words(n, Style { feminine: false, waw: true, oblique: false, mia: true });
        let waw = if detached { "و " } else { "و" };
        let sentence = format!("تحتفل المدينة بالذكرى {head} {waw}{rest} لتأسيسها.");
        prop_assert!(values(&sentence).is_empty(), "{:?} gave {:?}", sentence, values(&sentence));
    }

    /// `خمسة أثمان`, `مئة وثلاثة أرباع`: never the numerator alone.
    #[test]
    fn a_fraction_is_never_its_numerator(n in 2..10u64, d in 0..6usize, hundred in any::<bool>()) {
        let numerator = in_words(n, Style { feminine: false, waw: true, oblique: false, mia: true });
        let phrase = if hundred { format!("مئة و{numerator}") } else { numerator };
        let sentence = format!("وبلغت حصة الأسر {phrase} {} المجموع.", DENOMINATORS[d]);
        let found = values(&sentence);
        prop_assert!(
            !found.contains(&Decimal::from(n)) && !found.contains(&Decimal::from(100 + n)),
            "{:?} gave {:?}", sentence, found
        );
    }

    /// `خمسة أثمان المجموع`: a share, one figure of kind fraction whose
    /// value is the decimal (SPEC §7.1).
    #[test]
    fn a_share_fraction_is_its_decimal(n in 2..10u64, d in 0..6usize) {
        let numerator = in_words(n, Style { feminine: false, waw: true, oblique: false, mia: true });
        let sentence = format!("وبلغت حصة الأسر {numerator} {} المجموع.", DENOMINATORS[d]);
        let found: Vec<Figure> = figures(&sentence).filter_map(Result::ok).collect();
        let per = [4u64, 8, 5, 6, 10, 7][d];
        prop_assert_eq!(found.len(), 1, "{:?}", sentence);
        prop_assert_eq!(found[0].kind, figaudit::Kind::Fraction);
        prop_assert_eq!(
            found[0].value,
            figaudit::Value::Number(Decimal::from(n) / Decimal::from(per))
        );
    }

    /// `خمسة وثلاثة أرباع`, `مئة وثلاثة أرباع`: the whole and the fraction,
    /// never the whole alone (SPEC §7.1).
    #[test]
    fn a_whole_and_a_fraction_are_one_figure(whole in 2..10u64, hundred in any::<bool>(), f in 0..4usize) {
        let (n, denominator, per) = [(3u64, "أرباع", 4u64), (5, "أثمان", 8), (3, "أخماس", 5), (7, "أعشار", 10)][f];
        let style = Style { feminine: false, waw: true, oblique: false, mia: true };
        let (phrase, value) = if hundred { ("مئة".to_string(), 100) } else { (in_words(whole, style), whole) };
        let written = format!("{phrase} و{} {denominator}", in_words(n, style));
        let sentence = format!("وقطع العداء {written} كيلومتر في الحصة.");
        let figure = only_figure(&sentence, &written);
        prop_assert_eq!(
            figure.value,
            figaudit::Value::Number(Decimal::from(value) + Decimal::from(n) / Decimal::from(per))
        );
    }

    /// Four digits before a relative, a verb or a particle stay a year.
    #[test]
    fn a_year_before_a_function_word_or_verb_is_a_year(year in 1990..2031u64, w in 0..8usize) {
        let sentence = format!("وأظهرت حصيلة {year} {} المديرية تحسنا.", AFTER_A_YEAR[w]);
        let found: Vec<Figure> = figures(&sentence).filter_map(Result::ok).collect();
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(found[0].kind, figaudit::Kind::Year);
    }

    /// `0.075`, `0,5`: a first group of one zero is a decimal point.
    #[test]
    fn a_leading_zero_makes_decimals(decimals in 1..1000u64, comma in any::<bool>()) {
        let written = format!("0{}{decimals:03}", if comma { ',' } else { '.' });
        let sentence = format!("وبلغت النسبة {written} في المائة من الطلبات.");
        let found = values(&sentence);
        prop_assert_eq!(found, vec![Decimal::new(decimals as i64, 3)]);
    }

    /// `ثلاثة فاصلة خمسة`: a decimal point in words.
    #[test]
    fn spelled_decimals_read_back(whole in 1..100u64, tenth in 1..10u64) {
        let s = Style { feminine: false, waw: true, oblique: false, mia: true };
        let sentence = format!("وبلغ المعدل {} فاصلة {} في المائة.", in_words(whole, s), in_words(tenth, s));
        let found = values(&sentence);
        prop_assert_eq!(found, vec![Decimal::from(whole) + Decimal::new(tenth as i64, 1)]);
    }
}
