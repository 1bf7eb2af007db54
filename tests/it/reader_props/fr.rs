//! Property tests for the French reader (SPEC §6.3): any integer from 0 to
//! 10^12, written in French words (traditional spelling, hyphens below a
//! hundred; or the 1990 spelling, hyphens between all number words; with
//! the French, Belgian or Swiss tens) or in digits with each French
//! grouping, reads back to itself.

use figaudit::{figures, Figure};
use proptest::prelude::*;

use super::{in_digits, magnitudes, only_figure, Script, MAX};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tens {
    /// soixante-dix, quatre-vingts, quatre-vingt-dix.
    France,
    /// septante, quatre-vingts, nonante.
    Belgium,
    /// septante, huitante, nonante.
    Switzerland,
}

#[derive(Debug, Clone, Copy)]
struct Style {
    /// The 1990 spelling: `deux-cent-vingt-et-un`.
    hyphens_everywhere: bool,
    tens: Tens,
}

const SMALL: [&str; 17] = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
    "quatorze", "quinze", "seize",
];

impl Style {
    /// Between number words above a hundred: a space, or a hyphen.
    fn sep(self) -> &'static str {
        if self.hyphens_everywhere {
            "-"
        } else {
            " "
        }
    }

    fn and(self) -> &'static str {
        if self.hyphens_everywhere {
            "-et-"
        } else {
            " et "
        }
    }
}

/// 1 to 99; `last` when nothing follows in the number (quatre-vingts).
fn below_100(n: u64, s: Style, last: bool) -> String {
    let (t, u) = (n / 10, n % 10);
    let twenty_based = s.tens == Tens::France;
    match n {
        0..=16 => SMALL[n as usize].to_string(),
        17..=19 => format!("dix-{}", SMALL[u as usize]),
        70..=79 if twenty_based => match u {
            1 => format!("soixante{}onze", s.and()),
            _ => format!("soixante-{}", below_100(10 + u, s, last)),
        },
        80 if s.tens != Tens::Switzerland => if last { "quatre-vingts" } else { "quatre-vingt" }.to_string(),
        81..=89 if s.tens != Tens::Switzerland => format!("quatre-vingt-{}", SMALL[u as usize]),
        90..=99 if twenty_based => format!("quatre-vingt-{}", below_100(10 + u, s, last)),
        _ => {
            let tens = [
                "",
                "",
                "vingt",
                "trente",
                "quarante",
                "cinquante",
                "soixante",
                "septante",
                "huitante",
                "nonante",
            ][t as usize];
            match u {
                0 => tens.to_string(),
                1 => format!("{tens}{}un", s.and()),
                _ => format!("{tens}-{}", SMALL[u as usize]),
            }
        }
    }
}

/// 1 to 999; `last` when no `mille` follows (deux cents, but deux cent mille).
fn below_1000(n: u64, s: Style, last: bool) -> String {
    let (h, rest) = (n / 100, n % 100);
    let hundreds = match h {
        0 => return below_100(rest, s, last),
        1 => "cent".to_string(),
        _ if rest == 0 && last => format!("{}{}cents", SMALL[h as usize], s.sep()),
        _ => format!("{}{}cent", SMALL[h as usize], s.sep()),
    };
    if rest == 0 {
        hundreds
    } else {
        format!("{hundreds}{}{}", s.sep(), below_100(rest, s, last))
    }
}

/// A count of millions or milliards: `un million`, `trois milliards`,
/// `mille milliards`. These are nouns: spaces around them in both spellings.
fn scale_group(count: u64, singular: &str, s: Style) -> String {
    match count {
        1 => format!("un {singular}"),
        1_000 => format!("mille {singular}s"),
        _ => format!("{} {singular}s", below_1000(count, s, true)),
    }
}

fn in_words(n: u64, s: Style) -> String {
    if n == 0 {
        return "zéro".into();
    }
    let mut parts = Vec::new();
    let (milliards, millions, thousands, rest) = (n / 1_000_000_000, n / 1_000_000 % 1000, n / 1000 % 1000, n % 1000);
    if milliards > 0 {
        parts.push(scale_group(milliards, "milliard", s));
    }
    if millions > 0 {
        parts.push(scale_group(millions, "million", s));
    }
    let mut small = Vec::new();
    match thousands {
        0 => {}
        1 => small.push("mille".to_string()),
        _ => small.push(format!("{}{}mille", below_1000(thousands, s, false), s.sep())),
    }
    if rest > 0 {
        small.push(below_1000(rest, s, true));
    }
    if !small.is_empty() {
        parts.push(small.join(s.sep()));
    }
    parts.join(" ")
}

/// Digits grouped by three with `separator`.
/// The largest power of ten dividing `n`: the smallest place words name.
fn place_of_last_digit(n: u64) -> u64 {
    let mut place = 1;
    while n > 0 && n.is_multiple_of(place * 10) {
        place *= 10;
    }
    place
}

fn style() -> impl Strategy<Value = Style> {
    (
        any::<bool>(),
        prop_oneof![Just(Tens::France), Just(Tens::Belgium), Just(Tens::Switzerland)],
    )
        .prop_map(|(hyphens_everywhere, tens)| Style {
            hyphens_everywhere,
            tens,
        })
}

/// Numbers spread over every magnitude. 1 is left out: `un` alone is the
/// article (`un agent`), never read as a figure.
fn number() -> impl Strategy<Value = u64> {
    magnitudes(2)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3_000))]

    #[test]
    fn french_number_words_read_back(n in number(), s in style()) {
        let written = in_words(n, s);
        let sentence = format!("La DGSN a délivré {written} cartes nationales.");
        let figure = only_figure(&sentence, &written);
        prop_assert_eq!(figure.value.to_string(), n.to_string(), "{}", written);
        let place = place_of_last_digit(n);
        prop_assert_eq!(figure.precision.map(|p| p.to_string()), Some(place.to_string()), "{}", written);
    }

    #[test]
    fn french_digits_read_back_in_every_grouping(
        n in number(),
        separator in prop_oneof![Just(None), Just(Some(' ')), Just(Some('\u{a0}')), Just(Some('\u{202f}')), Just(Some('.'))],
    ) {
        let written = in_digits(n, Script::Ascii, separator);
        let sentence = format!("Au total, {written} cartes ont été produites.");
        let figure = only_figure(&sentence, &written);
        prop_assert_eq!(figure.value.to_string(), n.to_string());
        prop_assert_eq!(figure.precision.map(|p| p.to_string()), Some("1".to_string()));
    }

    #[test]
    fn a_french_decimal_comma_before_a_scale_word_reads_back(whole in 1..1000u64, tenth in 1..10u64, scale in 0..3usize) {
        let (word, value) = [("mille", 1_000u64), ("millions", 1_000_000), ("milliards", 1_000_000_000)][scale];
        let written = format!("{whole},{tenth} {word}");
        let sentence = format!("Plus tard, {written} de dirhams ont été engagés.");
        let figure = only_figure(&sentence, &written);
        prop_assert_eq!(figure.value.to_string(), (whole * value + tenth * value / 10).to_string());
        prop_assert_eq!(figure.precision.map(|p| p.to_string()), Some((value / 10).to_string()));
        prop_assert_eq!(figure.unit, Some("MAD"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Any mix of French number words, digits, separators, elisions and
    /// hyphens, alone or after an Arabic paragraph, reads without a panic,
    /// each figure on char boundaries.
    #[test]
    fn any_french_text_reads_without_panic(
        arabic_first in any::<bool>(),
        text in proptest::collection::vec(
            prop_oneof![Just("et"), Just("un"), Just("vingt"), Just("quatre"), Just("cent"), Just("mille"),
                        Just("millions"), Just("de"), Just("d'"), Just("plus"), Just("1"), Just("00"), Just(","),
                        Just("."), Just(" "), Just("\u{202f}"), Just("-"), Just("%"), Just("h"), Just("er"),
                        Just("janvier"), Just("é"), Just("\n\n"), Just("9999999999"), Just("entre"), Just("à")],
            0..60,
        ).prop_map(|parts| parts.concat())
    ) {
        let text = if arabic_first { format!("بلغ العدد 3.685.964 بطاقة\n\n{text}") } else { text };
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

#[test]
fn the_generator_writes_what_a_french_reader_writes() {
    let france = Style {
        hyphens_everywhere: false,
        tens: Tens::France,
    };
    let reform = Style {
        hyphens_everywhere: true,
        tens: Tens::France,
    };
    let swiss = Style {
        hyphens_everywhere: false,
        tens: Tens::Switzerland,
    };
    assert_eq!(
        in_words(3_685_964, france),
        "trois millions six cent quatre-vingt-cinq mille neuf cent soixante-quatre"
    );
    assert_eq!(in_words(221, reform), "deux-cent-vingt-et-un");
    assert_eq!(in_words(80, france), "quatre-vingts");
    assert_eq!(in_words(80_000, france), "quatre-vingt mille");
    assert_eq!(in_words(200, france), "deux cents");
    assert_eq!(in_words(200_000, france), "deux cent mille");
    assert_eq!(in_words(71, france), "soixante et onze");
    assert_eq!(in_words(97, swiss), "nonante-sept");
    assert_eq!(in_words(MAX, france), "mille milliards");
    assert_eq!(in_digits(1_965_644, Script::Ascii, Some(' ')), "1 965 644");
}

// SPEC §7.1: the reader may miss a figure, never misread one.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// `-1 250`, `−3,5 %`, `moins 12`: the sign stays.
    #[test]
    fn a_sign_is_never_dropped(
        n in 1..1_000_000_000u64,
        separator in prop_oneof![Just(None), Just(Some(' ')), Just(Some('.'))],
        minus in prop_oneof![Just("-"), Just("\u{2212}"), Just("moins ")],
        percent in any::<bool>(),
    ) {
        let digits = in_digits(n, Script::Ascii, separator);
        let written = format!("{minus}{digits}{}", if percent { " %" } else { "" });
        let sentence = format!("Le solde courant ressort à {written} à fin juin.");
        let figure = only_figure(&sentence, &written);
        let expected = rust_decimal::Decimal::from(n);
        prop_assert_eq!(figure.value, figaudit::Value::Number(-expected));
    }

    /// `vingt-cinquième`, `cent vingt-cinquième`: an ordinal is no figure.
    #[test]
    fn an_ordinal_is_never_read_in_part(n in 2..1000u64, s in style()) {
        let words = in_words(n, s);
        // The ordinal of a number written in words: its last word with
        // `ième` (`cinq` → `cinquième`, `neuf` → `neuvième`).
        let ordinal = match words.strip_suffix('e') {
            Some(stem) => format!("{stem}ième"),
            None => match words.strip_suffix('f') {
                Some(stem) => format!("{stem}vième"),
                None => match words.strip_suffix('q') {
                    Some(stem) => format!("{stem}quième"),
                    None => format!("{}ième", words.trim_end_matches('s')),
                },
            },
        };
        // Before a noun, before `des` (a fraction's share word) and at
        // the end of a clause (where a count of a fraction stands alone).
        for sentence in [
            format!("La {ordinal} édition du salon s'ouvre demain."),
            format!("Le club a fini {ordinal} des équipes engagées."),
            format!("Le club a fini {ordinal}."),
        ] {
            let found: Vec<Figure> = figures(&sentence).filter_map(Result::ok).collect();
            prop_assert!(found.is_empty(), "{:?} gave {:?}", sentence, found);
        }
    }

    /// SPEC §7.1: `un quart de million`, `deux tiers de milliard` are that
    /// part of the scale word, never the fraction alone (0.25) nor the
    /// scale word alone.
    #[test]
    fn a_fraction_of_a_scale_word_is_that_part_of_it(count in 1..4u64, quarters in any::<bool>(), milliard in any::<bool>()) {
        let (denominator, per) = match (quarters, count) {
            (true, 1) => ("quart", 4u64),
            (true, _) => ("quarts", 4),
            (false, _) => ("tiers", 3),
        };
        prop_assume!(count < per);
        let (scale_word, scale) = if milliard { ("milliard", 1_000_000_000u64) } else { ("million", 1_000_000) };
        let count_word = ["", "un", "deux", "trois"][count as usize];
        let written = format!("{count_word} {denominator} de {scale_word}");
        let figure = only_figure(&format!("Le projet a coûté {written} de dirhams."), &written);
        let expected = rust_decimal::Decimal::from(scale * count) / rust_decimal::Decimal::from(per);
        let figaudit::Value::Number(value) = figure.value else {
            return Err(TestCaseError::fail(format!("{written:?} is no number")));
        };
        prop_assert_eq!(value.round_dp(6), expected.round_dp(6), "{:?}", written);
        prop_assert_eq!(figure.kind.as_str(), "number");
    }

    /// `un lycéen sur quatre`, `3 sur 250`: a share out of a whole is its
    /// decimal, never the count after `sur` alone.
    #[test]
    fn a_share_out_of_a_whole_is_its_decimal(
        numerator in 1..10u64,
        above in 1..991u64,
        nouns in 0..3usize,
        digits in any::<bool>(),
        s in style(),
    ) {
        let whole = numerator + above;
        let (numerator_written, whole_written) = match digits {
            true => (numerator.to_string(), whole.to_string()),
            false => (in_words(numerator, s), in_words(whole, s)),
        };
        let noun = ["", " élèves", " élèves inscrits"][nouns];
        let written = format!("{numerator_written}{noun} sur {whole_written}");
        let sentence = format!("Selon l'enquête, {written} ont répondu au questionnaire.");
        let figure = only_figure(&sentence, &written);
        let expected = rust_decimal::Decimal::from(numerator) / rust_decimal::Decimal::from(whole);
        prop_assert_eq!(figure.kind.as_str(), "fraction");
        prop_assert_eq!(figure.value, figaudit::Value::Number(expected));
    }
}
