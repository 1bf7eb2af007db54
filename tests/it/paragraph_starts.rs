//! A figure at the start of a paragraph reads as it does at the start of
//! a line within one: the reader takes each paragraph on its own, and
//! what it knows of the text before a figure (nothing) must not change
//! the figure.

use std::fs;

use crate::common::figures_json;

/// Phrases that open a line, each with a sentence before it without a
/// figure, and the value of the phrase's first figure as the text says
/// it. A sentence in the other language before it makes the reader start
/// afresh at the phrase, as each run of one language is read on its own.
const PHRASES: &[(&str, &str, &str)] = &[
    ("Le rapport est paru hier.", ",08 du total", "0.08"),
    ("صدر التقرير أمس.", ",08 du total", "0.08"),
    ("صدر التقرير أمس.", ".08 du total", "0.08"),
    ("Le rapport est paru hier.", "0,750 tonne de produits", "0.750"),
    ("Le rapport est paru hier.", "−5 % sur un an", "-5"),
    ("Le rapport est paru hier.", "+3,2 % sur un an", "3.2"),
    ("Le rapport est paru hier.", "moins 25,1 % sur un an", "-25.1"),
    (
        "Le rapport est paru hier.",
        "un million et demi de visiteurs",
        "1500000",
    ),
    (
        "صدر التقرير أمس.",
        "les deux tiers des électeurs",
        "0.6666666666666666666666666667",
    ),
    ("Le rapport est paru hier.", "plus de 3,6 millions de cartes", "3600000"),
    ("Le rapport est paru hier.", "20 € par mois", "20"),
    ("Le rapport est paru hier.", "$75 millions de dette", "75000000"),
    ("Le rapport est paru hier.", "٫08 من المجموع", "0.08"),
    ("صدر التقرير أمس.", "ناقص 10 في المائة", "-10"),
    ("صدر التقرير أمس.", "مليون ونصف زائر", "1500000"),
    ("صدر التقرير أمس.", "ثلث السكان", "0.3333333333333333333333333333"),
    ("صدر التقرير أمس.", "أزيد من 3.6 مليون بطاقة", "3600000"),
    ("صدر التقرير أمس.", "ثلاثة ملايين و685 ألف و964 بطاقة", "3685964"),
    ("صدر التقرير أمس.", "2.653.895 بطاقة", "2653895"),
    ("صدر التقرير أمس.", "أربع مئات من الأسر", "400"),
];

/// Phrases that are no figure wherever they stand (SPEC §7.1: a number
/// phrase the reader cannot read whole yields none).
const NO_FIGURE: &[(&str, &str)] = &[
    ("صدر التقرير أمس.", "اتنين مليون زائر"),
    ("صدر التقرير أمس.", "متين واحد وعشرين زائرا"),
];

/// (text, value, unit, change) of every figure of `text`, read from a file.
fn read(dir: &std::path::Path, name: &str, text: &str) -> Vec<(String, String, String, String)> {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    figures_json(path.to_str().unwrap())
        .iter()
        .map(|f| {
            let field = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (field("text"), field("value"), field("unit"), field("change"))
        })
        .collect()
}

#[test]
fn a_paragraph_s_first_figure_reads_as_a_line_s_first_figure() {
    let dir = tempfile::tempdir().unwrap();
    for (i, (before, phrase, value)) in PHRASES.iter().enumerate() {
        let in_one_paragraph = read(dir.path(), &format!("line-{i}.txt"), &format!("{before}\n{phrase}\n"));
        let in_its_own = read(dir.path(), &format!("para-{i}.txt"), &format!("{before}\n\n{phrase}\n"));
        for figures in [&in_one_paragraph, &in_its_own] {
            let first = figures.first().map(|f| f.1.as_str());
            let same = first.and_then(|v| v.parse::<f64>().ok()) == value.parse::<f64>().ok();
            assert!(same, "{phrase:?} after {before:?}: {figures:?}");
        }
        assert_eq!(in_its_own, in_one_paragraph, "{phrase:?}");
    }
}

#[test]
fn a_phrase_read_as_no_figure_is_none_at_a_paragraph_s_start_too() {
    let dir = tempfile::tempdir().unwrap();
    for (i, (before, phrase)) in NO_FIGURE.iter().enumerate() {
        let in_one_paragraph = read(dir.path(), &format!("line-{i}.txt"), &format!("{before}\n{phrase}\n"));
        let in_its_own = read(dir.path(), &format!("para-{i}.txt"), &format!("{before}\n\n{phrase}\n"));
        assert_eq!(in_one_paragraph, vec![], "{phrase:?}");
        assert_eq!(in_its_own, vec![], "{phrase:?}");
    }
}

/// A change word that ends a line (a heading) states no change of the
/// figure that opens the next line or paragraph.
#[test]
fn a_change_word_does_not_reach_across_a_break() {
    let dir = tempfile::tempdir().unwrap();
    for (i, gap) in ["\n", "\n\n"].iter().enumerate() {
        let text = format!("المبيعات في تراجع{gap}12 في المائة من الأسر تملك سيارة.\n");
        let figures = read(dir.path(), &format!("heading-{i}.txt"), &text);
        assert_eq!(figures.len(), 1, "{figures:?}");
        assert_eq!(figures[0].3, "", "{gap:?}: {figures:?}");
    }
}
