//! Every figure of the corpus articles (five Arabic, two French), written down by reading each
//! article: (line, text, value, kind, qualifier, precision).

use crate::common;

type Expected<'a> = (u64, &'a str, &'a str, &'a str, &'a str, &'a str);

fn assert_figures(path: &str, expected: &[Expected]) {
    let found = common::figures_json(path);
    let found: Vec<(u64, &str, &str, &str, &str, &str)> = found
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().unwrap(),
                f["text"].as_str().unwrap(),
                f["value"].as_str().unwrap(),
                f["kind"].as_str().unwrap(),
                f["qualifier"].as_str().unwrap(),
                f["precision"].as_str().unwrap_or(""),
            )
        })
        .collect();
    for (i, (want, got)) in expected.iter().zip(&found).enumerate() {
        assert_eq!(want, got, "{path}: figure {i}");
    }
    assert_eq!(expected.len(), found.len(), "{path}: figure count");
}

#[test]
fn le360_2017_article() {
    assert_figures(
        "corpus/dgsn-2017-le360.txt",
        &[
            (1, "حوالي مليوني", "2000000", "number", "about", "1000000"),
            (1, "2017", "2017", "year", "exact", "1"),
            (5, "22/12/2017", "2017-12-22", "date", "exact", ""),
            (5, "14:00", "14:00", "time", "exact", ""),
            (7, "1.965.644", "1965644", "number", "exact", "1"),
            (7, "206.464", "206464", "number", "exact", "1"),
            (9, "1.965.644", "1965644", "number", "exact", "1"),
            (9, "206.464", "206464", "number", "exact", "1"),
            (9, "47.914", "47914", "number", "exact", "1"),
            (9, "476", "476", "number", "exact", "1"),
            (9, "1.158.875", "1158875", "number", "exact", "1"),
            (9, "59.478", "59478", "number", "exact", "1"),
            (9, "7.448", "7448", "number", "exact", "1"),
            (9, "945", "945", "number", "exact", "1"),
            (11, "1646", "1646", "number", "exact", "1"),
            (11, "340", "340", "number", "exact", "1"),
            (11, "652", "652", "number", "exact", "1"),
            (11, "15188", "15188", "number", "exact", "1"),
            // أيام 14 و15 و16 شتنبر 2017: three days of one month.
            (11, "14", "2017-09-14", "date", "exact", ""),
            (11, "15", "2017-09-15", "date", "exact", ""),
            (11, "16 شتنبر 2017", "2017-09-16", "date", "exact", ""),
            (13, "2017", "2017", "year", "exact", "1"),
            (15, "2018", "2018", "year", "exact", "1"),
            (15, "19", "19", "number", "exact", "1"),
            (17, "إحدى عشر", "11", "number", "exact", "1"),
            (17, "أربعة", "4", "number", "exact", "1"),
            (21, "2017", "2017", "year", "exact", "1"),
            (23, "2018", "2018", "year", "exact", "1"),
            // Line 25, "Le360 مع و.م.ع", has no figure: Le360 is a name.
            (26, "22/12/2017", "2017-12-22", "date", "exact", ""),
            (26, "14:00", "14:00", "time", "exact", ""),
        ],
    );
}

#[test]
fn annual_report_2023_article() {
    assert_figures(
        "corpus/dgsn-2023-annual-report.txt",
        &[
            (1, "أكثر من 4 ملايين", "4000000", "number", "more_than", "1000000"),
            (3, "13", "13", "number", "exact", "1"),
            (3, "2023", "2023", "year", "exact", "1"),
            (5, "4.269.781", "4269781", "number", "exact", "1"),
            (5, "3.077.398", "3077398", "number", "exact", "1"),
            (5, "1.192.383", "1192383", "number", "exact", "1"),
            (7, "2023", "2023", "year", "exact", "1"),
            (7, "348.070", "348070", "number", "exact", "1"),
            (7, "45.739", "45739", "number", "exact", "1"),
            (7, "1.552.306", "1552306", "number", "exact", "1"),
            (7, "43.807", "43807", "number", "exact", "1"),
            (7, "20.031", "20031", "number", "exact", "1"),
            (7, "2246", "2246", "number", "exact", "1"),
            (11, "2023", "2023", "year", "exact", "1"),
            (11, "57", "57", "number", "exact", "1"),
            (11, "19", "19", "number", "exact", "1"),
            (13, "350", "350", "number", "exact", "1"),
            (17, "800", "800", "number", "exact", "1"),
            (19, "228", "228", "number", "exact", "1"),
            (19, "585", "585", "number", "exact", "1"),
            (23, "222", "222", "number", "exact", "1"),
            // "كل واحدة منها" (each one of them) is no figure.
            (27, "2023", "2023", "year", "exact", "1"),
            (27, "32", "32", "number", "exact", "1"),
            (27, "128.451", "128451", "number", "exact", "1"),
            (31, "13", "13", "number", "exact", "1"),
            (31, "24", "24", "number", "exact", "1"),
            (31, "454", "454", "number", "exact", "1"),
            (33, "19 مليون و722 ألف و41", "19722041", "number", "exact", "1"),
            (33, "19", "19", "number", "exact", "1"),
            (33, "867.042", "867042", "number", "exact", "1"),
            (33, "448.256", "448256", "number", "exact", "1"),
            (35, "494", "494", "number", "exact", "1"),
            (35, "529.164", "529164", "number", "exact", "1"),
            (43, "2023", "2023", "year", "exact", "1"),
            (43, "ثلاث", "3", "number", "exact", "1"),
            (43, "20", "20", "number", "exact", "1"),
            // "في مكان واحد": in one place.
            (43, "واحد", "1", "number", "exact", "1"),
            (43, "90%", "90", "percent", "exact", "1"),
            (47, "2023", "2023", "year", "exact", "1"),
            (47, "07", "7", "number", "exact", "1"),
            (47, "ثلاث", "3", "number", "exact", "1"),
            (47, "ثلاث", "3", "number", "exact", "1"),
            (47, "ثلاث", "3", "number", "exact", "1"),
            (49, "549", "549", "number", "exact", "1"),
            (49, "2132", "2132", "number", "exact", "1"),
        ],
    );
}

#[test]
fn annual_report_2024_article() {
    assert_figures(
        "corpus/dgsn-2024-annual-report.txt",
        &[
            (3, "أربعة ملايين و696 ألف و69", "4696069", "number", "exact", "1"),
            (3, "3.449.678", "3449678", "number", "exact", "1"),
            (3, "1.246.391", "1246391", "number", "exact", "1"),
            (5, "2024", "2024", "year", "exact", "1"),
            (5, "1.513.569", "1513569", "number", "exact", "1"),
            (5, "51.391", "51391", "number", "exact", "1"),
            (5, "21.270", "21270", "number", "exact", "1"),
            (5, "3310", "3310", "number", "exact", "1"),
            (6, "71", "71", "number", "exact", "1"),
            (6, "219 ألف و408", "219408", "number", "exact", "1"),
            (6, "2024", "2024", "year", "exact", "1"),
            (10, "2024", "2024", "year", "exact", "1"),
            (10, "80", "80", "number", "exact", "1"),
            (14, "130 ألف و242", "130242", "number", "exact", "1"),
            (26, "2024", "2024", "year", "exact", "1"),
            (38, "2024", "2024", "year", "exact", "1"),
            (46, "17", "17", "number", "exact", "1"),
        ],
    );
}

#[test]
fn annual_report_2025_article() {
    // Lines 1-9 are "story-0" … "story-8": identifiers, no figures.
    assert_figures(
        "corpus/dgsn-2025-annual-report.txt",
        &[
            (12, "أزيد من 3.5 مليون", "3500000", "number", "more_than", "100000"),
            (16, "2025", "2025", "year", "exact", "1"),
            (16, "ثلاثة ملايين و685 ألف و964", "3685964", "number", "exact", "1"),
            (18, "2025", "2025", "year", "exact", "1"),
            (18, "2.653.895", "2653895", "number", "exact", "1"),
            (18, "1.032.069", "1032069", "number", "exact", "1"),
            (20, "1.575.431", "1575431", "number", "exact", "1"),
            (20, "49.415", "49415", "number", "exact", "1"),
            (20, "24.798", "24798", "number", "exact", "1"),
            (20, "4.188", "4188", "number", "exact", "1"),
            (22, "2025", "2025", "year", "exact", "1"),
            (22, "80", "80", "number", "exact", "1"),
            (24, "85 ألف و51", "85051", "number", "exact", "1"),
            (26, "16", "16", "number", "exact", "1"),
            (26, "22", "22", "number", "exact", "1"),
        ],
    );
}

#[test]
fn sawt_aladala_2025_article() {
    assert_figures(
        "corpus/dgsn-2025-sawt-aladala.txt",
        &[
            (1, "2025", "2025", "year", "exact", "1"),
            (3, "2025", "2025", "year", "exact", "1"),
            // Line 5, "IMG 20251217 WA0046", is an image file name.
            (6, "17 ديسمبر، 2025", "2025-12-17", "date", "exact", ""),
            (6, "7:52 مساءً", "19:52", "time", "exact", ""),
            (10, "2025", "2025", "year", "exact", "1"),
            (12, "2025", "2025", "year", "exact", "1"),
            (14, "2025", "2025", "year", "exact", "1"),
            (16, "أزيد من 3.6 مليون", "3600000", "number", "more_than", "100000"),
            (18, "2025", "2025", "year", "exact", "1"),
            (18, "10 في المائة", "10", "percent", "exact", "1"),
            (18, "95 في المائة", "95", "percent", "exact", "1"),
            (20, "93", "93", "number", "exact", "1"),
            // "آلاف الموظفين" (thousands of employees) has no count.
            (22, "2025", "2025", "year", "exact", "1"),
        ],
    );
}

#[test]
fn positions_are_lines_chars_and_disk_bytes() {
    let text = std::fs::read_to_string("corpus/dgsn-2025-annual-report.txt").unwrap();
    let found = common::figures_json("corpus/dgsn-2025-annual-report.txt");
    let headline = &found[0];
    let start = headline["start"].as_u64().unwrap() as usize;
    let end = headline["end"].as_u64().unwrap() as usize;
    assert_eq!(&text[start..end], "أزيد من 3.5 مليون");
    // "مديرية الأمن: إصدار " is 20 chars, so the figure starts at column 21.
    assert_eq!(headline["column"], 21);
    assert_eq!(headline["document"], "corpus/dgsn-2025-annual-report.txt");
}

#[test]
fn french_2017_article() {
    assert_figures(
        "corpus/dgsn-2017-fr.txt",
        &[
            (1, "près de deux millions", "2000000", "number", "about", "1000000"),
            (1, "2017", "2017", "year", "exact", "1"),
            (5, "22/12/2017", "2017-12-22", "date", "exact", ""),
            (5, "14h00", "14:00", "time", "exact", ""),
            (7, "1 965 644", "1965644", "number", "exact", "1"),
            (7, "206 464", "206464", "number", "exact", "1"),
            (9, "47 914", "47914", "number", "exact", "1"),
            (9, "476", "476", "number", "exact", "1"),
            (9, "1 158 875", "1158875", "number", "exact", "1"),
            (9, "59 478", "59478", "number", "exact", "1"),
            (9, "7 448", "7448", "number", "exact", "1"),
            (9, "945", "945", "number", "exact", "1"),
            (11, "1646", "1646", "number", "exact", "1"),
            (11, "340", "340", "number", "exact", "1"),
            (11, "652", "652", "number", "exact", "1"),
            (11, "15 188", "15188", "number", "exact", "1"),
            // les 14, 15 et 16 septembre 2017: three days of one month.
            (11, "14", "2017-09-14", "date", "exact", ""),
            (11, "15", "2017-09-15", "date", "exact", ""),
            (11, "16 septembre 2017", "2017-09-16", "date", "exact", ""),
            (13, "2018", "2018", "year", "exact", "1"),
            (13, "19", "19", "number", "exact", "1"),
            (13, "onze", "11", "number", "exact", "1"),
            (13, "quatre", "4", "number", "exact", "1"),
            (15, "près de 2 millions", "2000000", "number", "about", "1000000"),
            (15, "2017", "2017", "year", "exact", "1"),
        ],
    );
}

#[test]
fn french_2025_article() {
    assert_figures(
        "corpus/dgsn-2025-fr.txt",
        &[
            (1, "plus de 3,6 millions", "3600000", "number", "more_than", "100000"),
            (1, "2025", "2025", "year", "exact", "1"),
            (5, "17 décembre 2025", "2025-12-17", "date", "exact", ""),
            (5, "19h52", "19:52", "time", "exact", ""),
            (7, "2025", "2025", "year", "exact", "1"),
            (7, "3 685 964", "3685964", "number", "exact", "1"),
            (
                7,
                "trois millions six cent quatre-vingt-cinq mille neuf cent soixante-quatre",
                "3685964",
                "number",
                "exact",
                "1",
            ),
            (9, "2 653 895", "2653895", "number", "exact", "1"),
            (9, "1 032 069", "1032069", "number", "exact", "1"),
            (9, "72 %", "72", "percent", "exact", "1"),
            (9, "28 %", "28", "percent", "exact", "1"),
            (11, "1 575 431", "1575431", "number", "exact", "1"),
            (11, "49 415", "49415", "number", "exact", "1"),
            (11, "24 798", "24798", "number", "exact", "1"),
            (11, "4 188", "4188", "number", "exact", "1"),
            (13, "80", "80", "number", "exact", "1"),
            (13, "85 051", "85051", "number", "exact", "1"),
            (15, "16", "16", "number", "exact", "1"),
            (15, "22", "22", "number", "exact", "1"),
            // «la 93e assemblée générale»: a rank, not a figure.
            (17, "10 %", "10", "percent", "exact", "1"),
            (17, "95 %", "95", "percent", "exact", "1"),
        ],
    );
}
