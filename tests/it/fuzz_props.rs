//! The fuzz targets of `fuzz/` on a few thousand generated inputs each, on
//! stable, so every CI run keeps them: the number reader, the rule loader
//! (through evaluation and reports), `expr`, and `suggest`/`audit`. Inputs are built from the
//! pieces real inputs are made of, then mutated, so that they reach deep
//! rather than failing at the first byte.

use figaudit::fuzz_targets;
use proptest::prelude::*;

/// Pieces of news pages: markup, references and figures.
const HTML_PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "<td>",
    "</td>",
    "<article>",
    "</article>",
    "<nav>",
    "</nav>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<br>",
    "<b>",
    "</b>",
    "<p hidden>",
    "<",
    ">",
    "&nbsp;",
    "&#160;",
    "&#x202F;",
    "&amp;",
    "&",
    "&#",
    ";",
    "2 653 895",
    "3,6 millions",
    "2.653.895",
    "مليون",
    "3.6",
    "10 %",
    "٪",
    "en 2025",
    " ",
    "\n",
    "é",
    "\u{200f}",
];

/// Pieces of Arabic news text around figures, hostile characters included.
const TEXT_PIECES: &[&str] = &[
    "ثلاثة",
    "ملايين",
    "مليون",
    "و685",
    "ألف",
    "و964",
    "2.653.895",
    "3.6",
    "3,6",
    "٣٫٦",
    "۱۲۳",
    "أزيد من",
    "حوالي",
    "على الأقل",
    "في المائة",
    "%",
    "٪",
    "بـ",
    "ل",
    "و",
    "مائتي",
    "ألفين",
    "مليونان",
    "ونصف",
    "22/12/2017",
    "17 ديسمبر",
    "2025",
    "الساعة",
    "14:00",
    "مساء",
    "فاتح",
    "يناير",
    "story-3",
    "COVID19",
    "(",
    ")",
    "-",
    ".",
    ",",
    "،",
    "٬",
    " ",
    "\n",
    "\r\n",
    "\t",
    "\u{200f}",
    "\u{202e}",
    "\u{1b}[2J",
    "\u{7}",
    "\u{0640}",
    "\u{064e}",
    "ﻣﻠﻴﻮﻥ",
    "9",
    "99999999999999999999999999999999",
    "0",
    "ر",
    "بليون",
];

/// Pieces of rule files: keys, values, names and YAML punctuation.
const RULE_PIECES: &[&str] = &[
    "version: 1\n",
    "documents:\n",
    "  r: ../corpus/dgsn-2025-annual-report.txt\n",
    "  p: ../corpus/dgsn-2025-sawt-aladala.txt\n",
    "  x: /dev/zero\n",
    "  y: ../corpus\n",
    "figures:\n",
    "  total:\n    document: r\n    pattern: \"إنجاز ما مجموعه {} بطاقة\"\n",
    "  rabat:\n    document: r\n    pattern: \"{} بطاقة تم إنتاجها بمركز الإصدار بمدينة الرباط\"\n",
    "  head:\n    document: p\n    pattern: \"تم إنجاز {} بطاقة تعريف إلكترونية\"\n",
    "  any:\n    document: r\n    pattern: \"{}\"\n    occurrence: 3\n",
    "  lit:\n    value: 3685964\n",
    "  big:\n    value: 79228162514264337593543950335\n",
    "  tiny:\n    value: 1e-28\n    qualifier: about\n",
    "  pct:\n    value: \"28%\"\n",
    "rules:\n",
    "  - id: s\n    sum: [rabat, rabat]\n    equals: total\n",
    "  - id: c\n    claim: head\n    agrees_with: total\n",
    "  - id: e\n    equal: [total, lit, big]\n",
    "  - id: x\n    expr: \"rabat / total <= 30%\"\n",
    "  - id: t\n    claim: tiny\n    agrees_with: pct\n",
    "    tolerance: \"0.5%\"\n",
    "    tolerance: -1\n",
    "    severity: warning\n",
    "    loose: ignore\n",
    "[",
    "]",
    "{",
    "}",
    ":",
    "- ",
    "\"",
    "'",
    "#",
    "&a ",
    "*a",
    "!!str ",
    "\t",
    "\n",
    "  ",
    "{}",
    "|\n",
    ">\n",
];

/// Pieces of `expr` text.
const EXPR_PIECES: &[&str] = &[
    "a",
    "b",
    "c",
    "z",
    "tiny",
    "huge",
    "nope",
    " + ",
    " - ",
    " * ",
    " / ",
    "-",
    "(",
    ")",
    "abs(",
    "min(",
    "max(",
    ", ",
    " == ",
    " != ",
    " < ",
    " <= ",
    " > ",
    " >= ",
    "30%",
    "0.5",
    "79228162514264337593543950335",
    "0.0000000000000000000000000001",
    "1e5",
    "%",
    " ",
    "=",
    "!",
    ".",
    "٣",
];

/// Text made of `pieces`, with a few raw bytes flipped in.
fn built_from(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = Vec<u8>> {
    let joined = prop::collection::vec(prop::sample::select(pieces), 0..max).prop_map(|parts| parts.concat());
    let flips = prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..3);
    (joined, flips).prop_map(|(text, flips)| {
        let mut bytes = text.into_bytes();
        for (at, byte) in flips {
            if !bytes.is_empty() {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
        }
        bytes
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn the_reader_target_holds_on_news_like_text(data in built_from(TEXT_PIECES, 40)) {
        fuzz_targets::reader(&data);
    }

    #[test]
    fn the_reader_target_holds_on_any_bytes(data in prop::collection::vec(any::<u8>(), 0..200)) {
        fuzz_targets::reader(&data);
    }

    #[test]
    fn the_html_page_target_holds(data in built_from(HTML_PIECES, 40)) {
        fuzz_targets::html_page(&data);
    }

    #[test]
    fn the_expr_target_holds(data in built_from(EXPR_PIECES, 16)) {
        fuzz_targets::expr(&data);
    }
}

/// Pieces of articles with relations in them: totals, parts, shares,
/// changes, headlines; and what a pattern or YAML must survive.
const ARTICLE_PIECES: &[&str] = &[
    "ما مجموعه ",
    "1.234",
    "812",
    "422",
    "1.254",
    "3.6 مليون",
    " بطاقة",
    " طنا",
    "، من بينها ",
    "من مجموع ",
    "أي ما نسبته ",
    " في المائة",
    "ارتفع من ",
    " إلى ",
    "أزيد من ",
    "حوالي ",
    "و",
    " ",
    "\n\n",
    "\n",
    "{}",
    "\"",
    "\\",
    "#",
    ": ",
    "2024",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn the_audit_target_holds(data in built_from(ARTICLE_PIECES, 40)) {
        fuzz_targets::audit(&data);
    }
}

proptest! {
    // Each case reads and indexes two corpus articles.
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn the_rule_loader_target_holds(data in built_from(RULE_PIECES, 24)) {
        fuzz_targets::rule_loader(&data);
    }
}

proptest! {
    // Built inputs are well formed most of the time: each case reaches
    // evaluation and reporting, and may read up to four corpus documents.
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn the_built_expr_target_holds(data in prop::collection::vec(any::<u8>(), 0..96)) {
        fuzz_targets::expr_built(&data);
    }

    #[test]
    fn the_built_rule_file_target_holds(data in prop::collection::vec(any::<u8>(), 0..160)) {
        fuzz_targets::rule_file_built(&data);
    }
}

/// The shipped rule files themselves, each byte of the first lines flipped.
#[test]
fn the_rule_loader_target_holds_on_mutated_shipped_rules() {
    let pack = std::fs::read("rules/dgsn-2025.yaml").unwrap();
    fuzz_targets::rule_loader(&pack);
    for at in (0..pack.len().min(600)).step_by(7) {
        for byte in [b'\0', b'[', b'"', b'\n', 0xff] {
            let mut mutated = pack.clone();
            mutated[at] = byte;
            fuzz_targets::rule_loader(&mutated);
        }
    }
}
