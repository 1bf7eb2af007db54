//! The shipped DGSN rule pack: it passes on today's articles, every rule
//! fails on a copy with an error planted for it, and no rule can pass with
//! its figures edited out of the article.

use crate::common;
use std::fs;
use std::path::Path;

const Y2017: &str = "dgsn-2017-le360.txt";
const Y2023: &str = "dgsn-2023-annual-report.txt";
const Y2024: &str = "dgsn-2024-annual-report.txt";
const Y2025: &str = "dgsn-2025-annual-report.txt";
const PRESS: &str = "dgsn-2025-sawt-aladala.txt";
const FR2017: &str = "dgsn-2017-fr.txt";
const FR2025: &str = "dgsn-2025-fr.txt";
const TABLE: &str = "dgsn-identity-2023-2025.csv";
const PAGE: &str = "dgsn-2025-identity-page.html";

/// For each rule: the article, the text there, and the planted error. Each
/// was written from the article, to break exactly the relation the rule
/// asserts.
const PLANTED: &[(&str, &str, &str, &str)] = &[
    // About three million is not 1.965.644.
    ("2017-headline-agrees", Y2017, "حوالي مليوني", "حوالي ثلاثة ملايين"),
    // The second statement of the total, in paragraph 2, gets two digits swapped.
    (
        "2017-total-repeated-consistently",
        Y2017,
        "تم إصدار 1.965.644",
        "تم إصدار 1.956.644",
    ),
    (
        "2017-mre-repeated-consistently",
        Y2017,
        "206.464 بطاقة لفائدة أفراد الجالية المغربية بالخارج، مشيرة",
        "206.446 بطاقة لفائدة أفراد الجالية المغربية بالخارج، مشيرة",
    ),
    (
        "2017-mre-within-total",
        Y2017,
        "206.464 بطاقة لفائدة أفراد الجالية المغربية بالخارج.",
        "2.206.464 بطاقة لفائدة أفراد الجالية المغربية بالخارج.",
    ),
    (
        "2017-southern-within-new-buildings",
        Y2017,
        "أربعة بالمناطق",
        "اثنا عشر بالمناطق",
    ),
    ("2023-centres-sum-to-total", Y2023, "3.077.398", "3.077.389"),
    ("2023-headline-agrees", Y2023, "أكثر من 4 ملايين", "أكثر من 5 ملايين"),
    ("2023-mre-within-total", Y2023, "348.070", "4.348.070"),
    ("2023-minors-within-mre", Y2023, "45.739", "450.739"),
    (
        "2023-headline-buildings-agree",
        Y2023,
        "إحداث 13 بناية",
        "إحداث 15 بناية",
    ),
    (
        "2023-interventions-within-calls",
        Y2023,
        "بما مجموعه 19 مليون و722 ألف و41",
        "بما مجموعه 722 ألف و41",
    ),
    (
        "2023-mobile-interventions-within-calls",
        Y2023,
        "448.256 تدخلا",
        "44.825.600 تدخلا",
    ),
    (
        "2023-headquarters-progress-is-a-share",
        Y2023,
        "وصلت إلى 90%",
        "وصلت إلى 190%",
    ),
    ("2023-new-headquarters-add-up", Y2023, "07 مقرات", "08 مقرات"),
    ("2024-centres-sum-to-total", Y2024, "3.449.678", "3.449.687"),
    ("2024-mre-within-total", Y2024, "219 ألف و408", "5 ملايين و219 ألف و408"),
    ("2025-centres-sum-to-total", Y2025, "2.653.895", "2.653.985"),
    // An overstated headline: more than 3.7 million is false of 3.685.964.
    (
        "2025-report-headline-agrees",
        Y2025,
        "أزيد من 3.5 مليون",
        "أزيد من 3.7 مليون",
    ),
    (
        "2025-press-headline-agrees",
        PRESS,
        "أزيد من 3.6 مليون",
        "أزيد من 3.7 مليون",
    ),
    ("2025-headlines-agree", Y2025, "أزيد من 3.5 مليون", "أزيد من 2.5 مليون"),
    (
        "2025-articles-agree-on-year",
        PRESS,
        "برسم سنة 2025، والتي",
        "برسم سنة 2024، والتي",
    ),
    ("2025-commands-within-total", Y2025, "ليشمل 16 قيادة", "ليشمل 26 قيادة"),
    (
        "2025-violent-crime-drop-is-a-share",
        PRESS,
        "بنسبة 10 في المائة",
        "بنسبة 110 في المائة",
    ),
    (
        "2025-repression-rate-is-a-share",
        PRESS,
        "95 في المائة",
        "195 في المائة",
    ),
    // Six million in 2024 would be +57% on 2023.
    (
        "trend-2024-plausible",
        Y2024,
        "أربعة ملايين و696 ألف و69",
        "ستة ملايين و696 ألف و69",
    ),
    // The French articles against their Arabic counterparts.
    // About three million is not 1.965.644.
    (
        "2017-fr-headline-agrees",
        FR2017,
        "près de deux millions de cartes d'identité",
        "près de trois millions de cartes d'identité",
    ),
    (
        "2017-fr-ar-cards-agree",
        FR2017,
        "l'année 1 965 644 cartes",
        "l'année 1 956 644 cartes",
    ),
    (
        "2017-fr-ar-mre-cards-agree",
        FR2017,
        "dont 206 464 cartes",
        "dont 260 464 cartes",
    ),
    (
        "2017-fr-ar-criminal-records-agree",
        FR2017,
        "1 158 875 fiches",
        "1 158 857 fiches",
    ),
    ("2017-fr-ar-entry-visas-agree", FR2017, "59 478 visas", "59 487 visas"),
    (
        "2017-fr-ar-new-buildings-agree",
        FR2017,
        "onze nouveaux",
        "douze nouveaux",
    ),
    (
        "2017-fr-mre-within-total",
        FR2017,
        "dont 206 464 cartes",
        "dont 2 206 464 cartes",
    ),
    (
        "2025-fr-centres-sum-to-total",
        FR2025,
        "en a fabriqué 2 653 895",
        "en a fabriqué 2 635 895",
    ),
    (
        "2025-fr-total-in-words-agrees",
        FR2025,
        "six cent quatre-vingt-cinq mille",
        "six cent quatre-vingt-quinze mille",
    ),
    (
        "2025-fr-headline-agrees",
        FR2025,
        "plus de 3,6 millions",
        "plus de 3,7 millions",
    ),
    (
        "2025-fr-ar-cards-agree",
        FR2025,
        "un total de 3 685 964",
        "un total de 3 865 964",
    ),
    ("2025-fr-ar-rabat-agrees", Y2025, "2.653.895", "2.653.859"),
    (
        "2025-fr-ar-marrakech-agrees",
        FR2025,
        "a émis 1 032 069",
        "a émis 1 023 069",
    ),
    ("2025-fr-rabat-share", FR2025, "assure ainsi 72 %", "assure ainsi 75 %"),
    (
        "2025-fr-ar-commands-agree",
        FR2025,
        "désormais 16 commandements",
        "désormais 18 commandements",
    ),
    (
        "2025-fr-ar-commands-total-agrees",
        Y2025,
        "من مجموع 22 قيادة",
        "من مجموع 24 قيادة",
    ),
    (
        "2025-fr-ar-violent-crime-drop-agrees",
        FR2025,
        "en baisse de 10 %",
        "en baisse de 12 %",
    ),
    (
        "2025-fr-ar-repression-rate-agrees",
        PRESS,
        "معدل الزجر 95 في المائة",
        "معدل الزجر 59 في المائة",
    ),
    // 2.685.964 in 2025 would be −43% on 2024.
    (
        "trend-2025-plausible",
        Y2025,
        "ثلاثة ملايين و685 ألف و964",
        "مليونان و685 ألف و964",
    ),
    // The table against itself: one centre's cell with two digits swapped.
    ("table-2023-centres-sum-to-total", TABLE, "3077398", "3077389"),
    ("table-2024-centres-sum-to-total", TABLE, "1246391", "1246319"),
    ("table-2025-centres-sum-to-total", TABLE, "1032069", "1032096"),
    // Each article against the table: a slip in the article's figure.
    ("2023-total-as-in-table", Y2023, "4.269.781", "4.296.781"),
    ("2023-rabat-as-in-table", Y2023, "3.077.398", "3.077.389"),
    ("2023-marrakech-as-in-table", Y2023, "1.192.383", "1.192.833"),
    ("2023-mre-as-in-table", Y2023, "348.070", "348.700"),
    (
        "2024-total-as-in-table",
        Y2024,
        "أربعة ملايين و696 ألف و69",
        "أربعة ملايين و669 ألف و69",
    ),
    ("2024-rabat-as-in-table", Y2024, "3.449.678", "3.449.687"),
    ("2024-marrakech-as-in-table", Y2024, "1.246.391", "1.246.301"),
    ("2024-mre-as-in-table", Y2024, "219 ألف و408", "219 ألف و480"),
    (
        "2025-total-as-in-table",
        Y2025,
        "ثلاثة ملايين و685 ألف و964",
        "ثلاثة ملايين و658 ألف و964",
    ),
    ("2025-rabat-as-in-table", Y2025, "2.653.895", "2.635.895"),
    ("2025-marrakech-as-in-table", Y2025, "1.032.069", "1.023.069"),
    // Or in the table's cell.
    ("2025-records-as-in-table", TABLE, "1575431", "1575413"),
    ("2025-residence-as-in-table", TABLE, "49415", "49451"),
    ("2025-visas-as-in-table", TABLE, "24798", "24789"),
    ("2025-permits-as-in-table", TABLE, "4188", "4181"),
    // The news page: a slip in its text, its own small table, or its
    // headline.
    (
        "page-2025-headline-agrees-with-total",
        PAGE,
        "<h1>أزيد من 3.6 مليون",
        "<h1>أزيد من 3.8 مليون",
    ),
    (
        "page-2025-centres-sum-to-total",
        PAGE,
        "أنجز 2.653.895",
        "أنجز 2.635.895",
    ),
    (
        "page-2025-marrakech-share",
        PAGE,
        "ما يعادل 28 في المائة",
        "ما يعادل 38 في المائة",
    ),
    (
        "page-2025-table-cells-as-in-text",
        PAGE,
        "<td>2.653.895</td>",
        "<td>2.653.985</td>",
    ),
    (
        "page-2025-marrakech-cell-as-in-text",
        PAGE,
        "<td>1.032.069</td>",
        "<td>1.302.069</td>",
    ),
    (
        "page-2025-total-as-in-table",
        PAGE,
        "ما مجموعه 3.685.964",
        "ما مجموعه 3.685.946",
    ),
    ("page-2025-rabat-as-in-table", PAGE, "أنجز 2.653.895", "أنجز 2.653.859"),
    (
        "page-2025-marrakech-as-in-table",
        PAGE,
        "أنجز 1.032.069",
        "أنجز 1.032.609",
    ),
    (
        "page-2025-records-as-in-table",
        PAGE,
        "1.575.431 بطاقة",
        "1.575.341 بطاقة",
    ),
    ("page-2025-residence-as-in-table", PAGE, "49.415 سندا", "49.451 سندا"),
    ("page-2025-visas-as-in-table", PAGE, "24.798 تأشيرة", "24.789 تأشيرة"),
    ("page-2025-permits-as-in-table", PAGE, "4.188 رخصة", "4.118 رخصة"),
];

/// A folder with the shipped `rules/` and a copy of `corpus/` in which
/// `edit(file, text)` may change each article.
fn workspace(edit: impl Fn(&str, String) -> String) -> tempfile::TempDir {
    common::pack_workspace(edit)
}

use crate::common::check_in as check;

/// Every rule id of the pack, from its JSON report.
fn pack_rule_ids(dir: &Path) -> Vec<String> {
    let (_, stdout, _) = check(dir, &["rules", "--format", "json", "--include-passing"]);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule_id"].as_str().unwrap().to_string())
        .filter(|id| !id.ends_with("/loose"))
        .collect()
}

#[test]
fn the_untouched_corpus_passes_with_one_loose_headline() {
    let dir = workspace(|_, text| text);
    let (code, stdout, stderr) = check(dir.path(), &["rules"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(
        stdout.ends_with("checked 74 rules over 9 documents: 74 passed, 0 failed, 1 warning, 0 errors\n"),
        "{stdout}"
    );
    assert!(stdout.contains("2025-report-headline-agrees/loose"));
}

#[test]
fn the_main_job_writes_the_discrepancy_report() {
    let dir = workspace(|_, text| text);
    let (code, ..) = check(dir.path(), &["rules/", "--csv", "reports/discrepancies.csv"]);
    assert_eq!(code, Some(0));
    let csv = fs::read_to_string(dir.path().join("reports/discrepancies.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    let warning = &rows[0];
    assert_eq!(&warning[0], "2025-report-headline-agrees/loose");
    assert_eq!((&warning[1], &warning[2]), ("fail", "warning"));
    assert_eq!(&warning[7], "أزيد من 3.5 مليون");
    // «أزيد من 3.5 مليون» understates 3,685,964, which is more than 3.6 million.
    assert_eq!(
        (&warning[8], &warning[9], &warning[10]),
        ("3500000", "3600000", "-100000")
    );
}

#[test]
fn every_rule_of_the_pack_has_a_planted_error() {
    let dir = workspace(|_, text| text);
    let ids = pack_rule_ids(dir.path());
    assert_eq!(ids.len(), 74);
    for id in &ids {
        assert!(PLANTED.iter().any(|(rule, ..)| rule == id), "no planted error for {id}");
    }
    assert_eq!(PLANTED.len(), ids.len());
}

#[test]
fn every_rule_fails_on_its_planted_error() {
    for (rule, file, from, to) in PLANTED {
        let dir = workspace(|name, text| {
            if name != *file {
                return text;
            }
            assert!(text.contains(from), "{file} has no {from:?}");
            text.replacen(from, to, 1)
        });
        // Warnings fail the run only with --fail-on warning.
        let (code, stdout, stderr) = check(dir.path(), &["rules", "--rule", rule, "--fail-on", "warning"]);
        assert_eq!(code, Some(1), "{rule} did not fail:\n{stdout}{stderr}");
        assert!(stdout.contains(&format!("{rule}\n")), "{rule}: {stdout}");
        assert!(stdout.contains("checked 1 rule"), "{rule}: {stdout}");
    }
}

#[test]
fn no_rule_passes_with_its_figures_edited_out() {
    let clean = workspace(|_, text| text);
    let (_, stdout, _) = check(clean.path(), &["rules", "--format", "json", "--include-passing"]);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    for finding in report["findings"].as_array().unwrap() {
        let rule = finding["rule_id"].as_str().unwrap();
        if rule.ends_with("/loose") {
            continue;
        }
        for figure in finding["figures"].as_array().unwrap() {
            let document = figure["document"].as_str().unwrap();
            let name = Path::new(document).file_name().unwrap().to_str().unwrap().to_string();
            let (start, end) = (
                figure["start"].as_u64().unwrap() as usize,
                figure["end"].as_u64().unwrap() as usize,
            );
            // The figure's text becomes a word: the pattern finds no figure.
            let dir = workspace(|file, text| {
                if file == name {
                    format!("{}كذا{}", &text[..start], &text[end..])
                } else {
                    text
                }
            });
            let (code, stdout, stderr) = check(dir.path(), &["rules", "--rule", rule]);
            assert_eq!(code, Some(2), "{rule} without {}: {stdout}{stderr}", figure["name"]);
            assert!(stdout.contains("could not be evaluated"), "{rule}: {stdout}");
        }
    }
}
