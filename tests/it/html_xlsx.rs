//! The reports people open (SPEC §6.5): the HTML page parsed, the workbook
//! read back.

use crate::common;
use std::collections::HashSet;
use std::fs;
use std::path::Path;

use crate::common::{figaudit, figures_json, planted, workspace};
use calamine::{open_workbook, Data, Reader, Xlsx};
use scraper::{Html, Selector};

fn select(selector: &str) -> Selector {
    Selector::parse(selector).unwrap()
}

fn run_in(dir: &Path, args: &[&str]) -> Option<i32> {
    common::run_in(dir, args).0
}

const RULES_2025: &str = "rules/dgsn-2025.yaml";

/// A workspace with a digit of Rabat's 2025 figure changed and the 2025
/// rule file, whose `documents:` name `../corpus/…`.
fn planted_2025() -> tempfile::TempDir {
    let rules = fs::read_to_string(RULES_2025).unwrap();
    workspace(
        planted(&[("dgsn-2025-annual-report.txt", "2.653.895", "2.653.995")]),
        &[("rules/dgsn-2025.yaml", &rules)],
    )
}

#[test]
fn the_page_highlights_every_figure_and_links_findings_both_ways() {
    let dir = planted_2025();
    let code = run_in(dir.path(), &["check", "rules", "--html", "reports/r.html", "-q"]);
    assert_eq!(code, Some(1));
    let page = Html::parse_document(&fs::read_to_string(dir.path().join("reports/r.html")).unwrap());

    // Every figure of each document is its own highlighted element.
    for (document, name) in [
        ("corpus/dgsn-2025-annual-report.txt", "dgsn-2025-annual-report.txt"),
        ("corpus/dgsn-2025-sawt-aladala.txt", "dgsn-2025-sawt-aladala.txt"),
    ] {
        let expected: Vec<String> = figures_json(dir.path().join(document).to_str().unwrap())
            .iter()
            .map(|f| f["text"].as_str().unwrap().to_string())
            .collect();
        let section = page
            .select(&select("section.document"))
            .find(|s| {
                s.select(&select("h2"))
                    .next()
                    .unwrap()
                    .text()
                    .collect::<String>()
                    .ends_with(name)
            })
            .unwrap_or_else(|| panic!("no section for {name}"));
        let marked: Vec<String> = section
            .select(&select("mark.fig"))
            .map(|m| m.text().collect())
            .collect();
        assert_eq!(marked, expected, "{name}");
    }

    // The planted figure is marked as failing and links to its finding,
    // which links back to it.
    let mark = page
        .select(&select("mark.fig"))
        .find(|m| m.text().collect::<String>() == "2.653.995")
        .unwrap();
    assert!(mark.value().classes().any(|c| c == "fail-error"), "{:?}", mark.value());
    let title = mark.value().attr("title").unwrap();
    assert!(
        title.contains("value: 2,653,995") && title.contains("noun: بطاقة"),
        "{title}"
    );
    let id = mark.value().attr("id").unwrap();
    let refs: Vec<&str> = page
        .select(&select("sup.refs a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(!refs.is_empty());
    let finding_ids: HashSet<&str> = page
        .select(&select("li.finding"))
        .filter_map(|li| li.value().attr("id"))
        .collect();
    for href in &refs {
        assert!(
            finding_ids.contains(href.trim_start_matches('#')),
            "{href} leads nowhere"
        );
    }
    let sum = page
        .select(&select("li.finding.fail-error"))
        .find(|li| li.text().collect::<String>().contains("2025-centres-sum-to-total"))
        .unwrap();
    let links: Vec<&str> = sum
        .select(&select("a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(links.contains(&format!("#{id}").as_str()), "{links:?}");
    // Every link from a finding leads to a figure on the page.
    let mark_ids: HashSet<&str> = page
        .select(&select("mark.fig"))
        .filter_map(|m| m.value().attr("id"))
        .collect();
    for href in page
        .select(&select("li.finding a"))
        .filter_map(|a| a.value().attr("href"))
    {
        assert!(mark_ids.contains(href.trim_start_matches('#')), "{href} leads nowhere");
    }
    // The summary, and the passing rules folded away.
    let summary: String = page.select(&select(".summary")).next().unwrap().text().collect();
    assert!(summary.starts_with("checked 8 rules over 2 documents"), "{summary}");
    assert!(page.select(&select("details.passed li.finding")).count() >= 6);
}

/// The page's numbers run 1, 2, 3… down the list: input problems, then the
/// discrepancies, then the rules that passed; each figure's references are
/// exactly the findings that link to it, and it shows the worst of them.
#[test]
fn findings_are_numbered_in_order_and_marks_name_the_findings_that_link_them() {
    let dir = planted_2025();
    fs::write(dir.path().join("rules/broken.yaml"), "figures: [\n").unwrap();
    let code = run_in(dir.path(), &["check", "rules", "--html", "reports/r.html", "-q"]);
    assert_eq!(code, Some(2));
    let page = Html::parse_document(&fs::read_to_string(dir.path().join("reports/r.html")).unwrap());
    let items: Vec<_> = page.select(&select("li.finding")).collect();
    let numbers: Vec<String> = items
        .iter()
        .map(|li| li.select(&select("span.number")).next().unwrap().text().collect())
        .collect();
    let expected: Vec<String> = (1..=items.len()).map(|n| format!("{n}.")).collect();
    assert_eq!(numbers, expected);
    let class = |li: &scraper::ElementRef| li.value().attr("class").unwrap().to_string();
    assert!(
        class(&items[0]).contains("error-error"),
        "the input problem first: {}",
        class(&items[0])
    );
    let first_pass = items.iter().position(|li| class(li).contains("pass-")).unwrap();
    assert!(first_pass > 1, "the discrepancy before the passing rules");
    assert!(items[first_pass..].iter().all(|li| class(li).contains("pass-")));

    // Which findings link each figure, read from the findings.
    let mut linking: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    for (n, li) in items.iter().enumerate() {
        for href in li
            .select(&select(".figure-links a"))
            .filter_map(|a| a.value().attr("href"))
        {
            let numbers = linking.entry(href.trim_start_matches('#').to_string()).or_default();
            if !numbers.contains(&(n + 1)) {
                numbers.push(n + 1);
            }
        }
    }
    assert!(!linking.is_empty());
    for (id, numbers) in &linking {
        let mark = page
            .select(&select(&format!("mark.fig[id=\"{id}\"]")))
            .next()
            .unwrap_or_else(|| panic!("no mark {id}"));
        let refs: Vec<usize> = mark
            .next_siblings()
            .find_map(scraper::ElementRef::wrap)
            .filter(|e| e.value().name() == "sup")
            .map(|sup| {
                sup.select(&select("a"))
                    .map(|a| a.text().collect::<String>().parse().unwrap())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(&refs, numbers, "{id}");
        let worst = numbers.iter().any(|&n| !class(&items[n - 1]).contains("pass-"));
        let marked = mark.value().attr("class").unwrap();
        assert_eq!(!marked.contains("pass-"), worst, "{id}: {marked}");
    }
}

#[test]
fn the_page_is_self_contained_and_escapes_what_comes_from_inputs() {
    let rules = "version: 1\n\
        documents:\n  a: \"../corpus/x&y <b>.txt\"\n\
        figures:\n  total:\n    document: a\n    pattern: \"مجموعه {} بطاقة\"\n  \
        part:\n    document: a\n    pattern: \"منها {} بطاقة\"\n\
        rules:\n  - id: \"<script>alert(1)</script>\"\n    \
        description: \"<img src=x onerror=alert(2)>\"\n    expr: \"total < part\"\n";
    let article = "<b>عنوان</b> <script>alert(3)</script>\n\nتم إنجاز ما مجموعه 1.200 بطاقة، منها 300 بطاقة.\n";
    let dir = workspace(
        |_, text| text,
        &[("rules/r.yaml", rules), ("corpus/x&y <b>.txt", article)],
    );
    let code = run_in(dir.path(), &["check", "rules", "--html", "reports/r.html", "-q"]);
    assert_eq!(code, Some(1));
    let html = fs::read_to_string(dir.path().join("reports/r.html")).unwrap();
    let page = Html::parse_document(&html);
    // Nothing from the inputs became an element.
    assert_eq!(page.select(&select("script")).count(), 0);
    assert_eq!(page.select(&select("img")).count(), 0);
    assert_eq!(page.select(&select("b")).count(), 0);
    // It is shown as text instead.
    let text: String = page.root_element().text().collect();
    for shown in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "<b>عنوان</b>",
        "x&y <b>.txt",
    ] {
        assert!(text.contains(shown), "{shown} is not shown");
    }
    // No external resource: no link, script or image, no URL but anchors.
    assert!(page
        .select(&select("link, script, img, iframe, object"))
        .next()
        .is_none());
    for a in page.select(&select("a")) {
        assert!(a.value().attr("href").is_some_and(|h| h.starts_with('#')));
    }
}

#[test]
fn figures_as_a_page() {
    let output = figaudit()
        .args(["figures", "--format", "html", "corpus/dgsn-2017-le360.txt"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let page = Html::parse_document(&String::from_utf8(output.stdout).unwrap());
    let marked: Vec<String> = page.select(&select("mark.fig")).map(|m| m.text().collect()).collect();
    let expected: Vec<String> = figures_json("corpus/dgsn-2017-le360.txt")
        .iter()
        .map(|f| f["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(marked, expected);
    // Right to left where the text is Arabic; the by-line «DR» left to right.
    for p in page.select(&select("section.document p")) {
        let text: String = p.text().collect();
        let arabic = text.chars().filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)).count();
        let latin = text.chars().filter(char::is_ascii_alphabetic).count();
        let expected = if latin > arabic { "ltr" } else { "rtl" };
        assert_eq!(p.value().attr("dir"), Some(expected), "{text}");
    }
}

#[test]
fn french_paragraphs_read_left_to_right() {
    let output = figaudit()
        .args(["figures", "--format", "html", "corpus/dgsn-2025-fr.txt"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let page = Html::parse_document(&String::from_utf8(output.stdout).unwrap());
    let paragraphs: Vec<_> = page.select(&select("section.document p")).collect();
    assert!(!paragraphs.is_empty());
    for p in paragraphs {
        assert_eq!(p.value().attr("dir"), Some("ltr"));
        assert_eq!(p.value().attr("lang"), Some("fr"));
    }
    let marked: Vec<String> = page.select(&select("mark.fig")).map(|m| m.text().collect()).collect();
    assert!(marked.contains(&"plus de 3,6 millions".to_string()), "{marked:?}");
}

#[test]
fn the_workbook_keeps_text_as_text_and_numbers_as_numbers() {
    let dir = planted_2025();
    let code = run_in(
        dir.path(),
        &[
            "check",
            "rules",
            "--xlsx",
            "reports/r.xlsx",
            "--csv",
            "reports/r.csv",
            "--include-passing",
            "-q",
        ],
    );
    assert_eq!(code, Some(1));
    let mut workbook: Xlsx<_> = open_workbook(dir.path().join("reports/r.xlsx")).unwrap();
    let sheet = workbook.worksheet_range("findings").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let csv = fs::read_to_string(dir.path().join("reports/r.csv")).unwrap();
    assert_eq!(header.join(","), csv.lines().next().unwrap());
    assert_eq!(rows.len(), csv.lines().count());
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let sum = rows
        .iter()
        .find(|r| r[0] == Data::String("2025-centres-sum-to-total".into()))
        .unwrap();
    assert_eq!(sum[column("status")], Data::String("fail".into()));
    // The article's text exactly as written; numbers as numbers.
    assert_eq!(sum[column("text")], Data::String("ثلاثة ملايين و685 ألف و964".into()));
    assert_eq!(sum[column("value")], Data::Float(3_685_964.0));
    assert_eq!(sum[column("expected")], Data::Float(3_686_064.0));
    assert_eq!(sum[column("difference")], Data::Float(-100.0));
    assert_eq!(sum[column("line")], Data::Float(16.0));
    let press = rows
        .iter()
        .find(|r| r[0] == Data::String("2025-press-headline-agrees".into()))
        .unwrap();
    assert_eq!(press[column("text")], Data::String("أزيد من 3.6 مليون".into()));
    // A figure that a spreadsheet would read as a decimal stays text.
    let commands = rows
        .iter()
        .find(|r| r[0] == Data::String("2025-commands-within-total".into()))
        .unwrap();
    assert_eq!(commands[column("text")], Data::String("16".into()));
}

#[test]
fn a_workbook_figure_that_looks_like_a_decimal_stays_text() {
    let rules = fs::read_to_string("rules/dgsn-2017.yaml").unwrap();
    let dir = workspace(|_, text| text, &[("rules/dgsn-2017.yaml", &rules)]);
    let code = run_in(
        dir.path(),
        &["check", "rules", "--xlsx", "reports/r.xlsx", "--include-passing"],
    );
    assert_eq!(code, Some(0));
    let mut workbook: Xlsx<_> = open_workbook(dir.path().join("reports/r.xlsx")).unwrap();
    let sheet = workbook.worksheet_range("findings").unwrap();
    let texts: Vec<&Data> = sheet.rows().skip(1).map(|r| &r[7]).collect();
    // «206.464» and «1.965.644» as written, not 206.464 or a date.
    assert!(texts.contains(&&Data::String("206.464".into())), "{texts:?}");
    assert!(texts.contains(&&Data::String("1.965.644".into())), "{texts:?}");
}

/// A news page (tests/fixtures/pages, written for these tests around the
/// corpus article it carries, with a site's header, menus, teasers, script
/// and footer) has exactly the figures of the article as text, each at its
/// own bytes in the page.
#[test]
fn a_news_page_has_the_figures_of_its_article_at_their_bytes_in_the_page() {
    let page_path = "tests/fixtures/pages/dgsn-2025-fr.html";
    let fields = |figures: &[serde_json::Value]| {
        let mut fields: Vec<String> = figures
            .iter()
            .map(|f| {
                format!(
                    "{} {} {} {} {}",
                    f["value"], f["kind"], f["qualifier"], f["unit"], f["noun"]
                )
            })
            .collect();
        fields.sort();
        fields
    };
    let page = figures_json(page_path);
    let text = figures_json("corpus/dgsn-2025-fr.txt");
    assert!(page.len() >= 20, "{page:?}");
    assert_eq!(fields(&page), fields(&text));
    // Nothing of the page's chrome: its script's 1234567, the menu's 100,
    // the teasers' 5 millions and 300, the footer's 14 and 2026.
    for value in ["1234567", "100", "5000000", "300", "14"] {
        assert!(
            page.iter().all(|f| f["value"] != value),
            "{value} read from the page's chrome"
        );
    }
    let html = fs::read_to_string(page_path).unwrap();
    let lines: Vec<&str> = html.split('\n').collect();
    for figure in &page {
        let (start, end) = (
            figure["start"].as_u64().unwrap() as usize,
            figure["end"].as_u64().unwrap() as usize,
        );
        let bytes = &html[start..end];
        // The page's bytes are the figure's text, written with references.
        let decoded = bytes.replace("&nbsp;", "\u{a0}").replace("&#160;", "\u{a0}");
        assert_eq!(decoded, figure["text"].as_str().unwrap(), "bytes {start}..{end}");
        let line = figure["line"].as_u64().unwrap() as usize;
        let column = figure["column"].as_u64().unwrap() as usize;
        let before = &lines[line - 1];
        let at: usize = lines[..line - 1].iter().map(|l| l.len() + 1).sum();
        assert_eq!(
            before[..start - at].chars().count() + 1,
            column,
            "{bytes} at {line}:{column}"
        );
    }
    let big = page.iter().find(|f| f["value"] == "3685964").unwrap();
    assert_eq!(
        &html[big["start"].as_u64().unwrap() as usize..big["end"].as_u64().unwrap() as usize],
        "3&nbsp;685&nbsp;964"
    );
}

/// A slip in a page is found and shown at its line of the page, and the
/// HTML report links it to the figure where the page's text shows it.
#[test]
fn a_slip_in_a_page_is_reported_at_the_page_line_and_linked_in_the_report() {
    let page = fs::read_to_string("tests/fixtures/pages/dgsn-2025-fr.html").unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Rabat's 2 653 895 becomes 2 653 985: the two centres no longer add up.
    fs::write(dir.path().join("page.html"), page.replace("2 653 895", "2 653 985")).unwrap();
    let output = figaudit()
        .current_dir(dir.path())
        .args(["audit", "page.html", "--html", "r.html", "--json", "r.json"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let human = String::from_utf8_lossy(&output.stdout).to_string() + &String::from_utf8_lossy(&output.stderr);
    let line = page.split('\n').position(|l| l.contains("2 653 895")).unwrap() + 1;
    // The excerpt is the page's own lines, numbered as in the file.
    let gutter = format!(" {line} │ ");
    assert!(
        human.lines().any(|l| l.starts_with(&gutter) && l.contains("2 653 985")),
        "{human}"
    );
    let report: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("r.json")).unwrap()).unwrap();
    let failing: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "fail")
        .collect();
    assert!(
        failing.iter().any(|f| f["figures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["text"] == "2 653 985" && g["line"] == line)),
        "{failing:?}"
    );
    let html = Html::parse_document(&fs::read_to_string(dir.path().join("r.html")).unwrap());
    let marked: Vec<String> = html
        .select(&select("mark.fig.fail-error, mark.fig.fail-warning"))
        .map(|m| m.text().collect())
        .collect();
    assert!(marked.iter().any(|t| t == "2 653 985"), "{marked:?}");
    // Every link from a finding to a figure lands on a figure of the page.
    let ids: HashSet<String> = html
        .select(&select("mark.fig"))
        .filter_map(|m| m.value().attr("id").map(str::to_string))
        .collect();
    for link in html.select(&select(".finding a[href^=\"#fig-\"]")) {
        let target = link.value().attr("href").unwrap().trim_start_matches('#');
        assert!(ids.contains(target), "{target}");
    }
}

/// The figures of a table, as `figures --format json` lists them.
fn table_figures(path: &Path) -> Vec<serde_json::Value> {
    let output = figaudit()
        .args(["figures", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The shipped table (corpus/tables, compiled from the annual reports'
/// figures): every number of its 23 filled data cells is a figure, placed
/// at its cell and at its bytes in the file, labelled by its row and
/// column; the headers are no figures.
#[test]
fn a_csv_table_has_a_figure_per_data_cell_with_its_cell_and_labels() {
    let path = Path::new("corpus/tables/dgsn-identity-2023-2025.csv");
    let figures = table_figures(path);
    assert_eq!(figures.len(), 23);
    let file = fs::read_to_string(path).unwrap();
    for figure in &figures {
        let (start, end) = (
            figure["start"].as_u64().unwrap() as usize,
            figure["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&file[start..end], figure["text"].as_str().unwrap());
        assert!(figure["cell"].as_str().is_some_and(|c| c.len() == 2), "{figure}");
        assert!(["2023", "2024", "2025"].contains(&figure["column_label"].as_str().unwrap()));
    }
    let rabat = figures.iter().find(|f| f["cell"] == "D3").unwrap();
    assert_eq!(rabat["value"], "2653895");
    assert_eq!(rabat["row_label"], "مركز الإصدار بالرباط");
    assert_eq!(rabat["column_label"], "2025");
    assert_eq!((rabat["line"].as_u64(), rabat["column"].as_u64()), (Some(3), Some(38)));
    // The one empty cell (2025, Moroccans abroad) has no figure.
    assert!(figures.iter().all(|f| f["cell"] != "D5"));
    // What a cell counts is its row's first word (its article dropped),
    // as a prose figure's is the word after it.
    let visas = figures.iter().find(|f| f["cell"] == "D8").unwrap();
    assert_eq!(
        (visas["value"].as_str(), visas["noun"].as_str()),
        (Some("24798"), Some("تاشيرات"))
    );
    let records = figures.iter().find(|f| f["cell"] == "B6").unwrap();
    assert_eq!(records["noun"], "بطاقات");
}

/// A table of years by row takes its noun from the column's header,
/// past a head word (`عدد`, `Nombre de`) to what is counted.
#[test]
fn a_table_with_years_for_rows_takes_its_noun_from_the_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("visiteurs.csv");
    fs::write(
        &path,
        "السنة,عدد الزوار,Nombre de nuitées\n2024,14500000,28100000\n2025,17400000,31200000\n",
    )
    .unwrap();
    let figures = table_figures(&path);
    let cell = |place: &str| figures.iter().find(|f| f["cell"] == place).unwrap();
    assert_eq!(
        (cell("B3")["value"].as_str(), cell("B3")["noun"].as_str()),
        (Some("17400000"), Some("زوار"))
    );
    assert_eq!(
        (cell("C2")["value"].as_str(), cell("C2")["noun"].as_str()),
        (Some("28100000"), Some("nuitees"))
    );
}

/// A workbook: each sheet's data cells read as prose is (a number cell,
/// and `3,6 millions` or `12,5 %` written as text), placed `sheet!B7`.
#[test]
fn a_workbook_has_its_figures_by_sheet_and_cell() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bilan.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("بطاقات").unwrap();
    for (column, header) in ["المركز", "2024", "2025"].iter().enumerate() {
        sheet.write_string(0, column as u16, *header).unwrap();
    }
    sheet.write_string(1, 0, "الرباط").unwrap();
    sheet.write_number(1, 1, 3449678).unwrap();
    sheet.write_number(1, 2, 2653895).unwrap();
    sheet.write_string(2, 0, "مراكش").unwrap();
    sheet.write_number(2, 1, 1246391).unwrap();
    sheet.write_formula(2, 2, "=1000000+32069").unwrap();
    let summary = workbook.add_worksheet();
    summary.set_name("Synthèse").unwrap();
    summary.write_string(0, 1, "Total").unwrap();
    summary.write_string(0, 2, "Part").unwrap();
    summary.write_string(1, 0, "Rabat").unwrap();
    summary.write_string(1, 1, "3,6 millions").unwrap();
    summary.write_string(1, 2, "72 %").unwrap();
    workbook.save(&path).unwrap();

    let figures = table_figures(&path);
    let cell = |place: &str| {
        figures
            .iter()
            .find(|f| f["cell"] == place)
            .unwrap_or_else(|| panic!("no figure at {place}: {figures:?}"))
    };
    assert_eq!(cell("بطاقات!C2")["value"], "2653895");
    assert_eq!(cell("بطاقات!C2")["row_label"], "الرباط");
    assert_eq!(cell("بطاقات!C2")["column_label"], "2025");
    assert_eq!(cell("بطاقات!B3")["value"], "1246391");
    assert_eq!(cell("Synthèse!B2")["value"], "3600000");
    assert_eq!(cell("Synthèse!B2")["column_label"], "Total");
    assert_eq!(cell("Synthèse!C2")["kind"], "percent");
    // Headers and row labels are no figures: 2024 and 2025 are labels.
    assert!(figures.iter().all(|f| f["value"] != "2024" && f["value"] != "2025"));
}

/// A rule file names cells by row label and column header (a year may be
/// written as a number); one that names no header says which, and what
/// was meant.
#[test]
fn rules_name_table_cells_and_a_missing_header_is_named() {
    let output = figaudit().args(["check", "rules/dgsn-tables.yaml"]).output().unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{out}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(out.contains("checked 18 rules over 4 documents: 18 passed"), "{out}");

    let text = fs::read_to_string("rules/dgsn-tables.yaml").unwrap();
    let broken = text.replacen("row: \"مركز الإصدار بالرباط\"", "row: \"مركز الاصدار بالرباظ\"", 1);
    let dir = workspace(|_, text| text, &[("rules/dgsn-tables.yaml", &broken)]);
    let output = figaudit()
        .current_dir(dir.path())
        .args(["check", "rules/dgsn-tables.yaml"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(err.contains("no row label «مركز الاصدار بالرباظ» in"), "{err}");
    assert!(err.contains("did you mean «مركز الإصدار بالرباط»?"), "{err}");
}

/// The findings of `audit --format json` on `paths`.
fn audit_findings(paths: &[&Path]) -> Vec<serde_json::Value> {
    let output = figaudit()
        .arg("audit")
        .args(paths)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    report["findings"].as_array().unwrap().clone()
}

/// `audit` of each article that reports the table, with the table: every
/// cell of the article's year is linked to the article's figure, the clean
/// pairs have no failing finding, and a slip of one digit in the article
/// (each such figure in turn) is flagged at the changed figure.
#[test]
fn audit_links_articles_to_the_table_and_flags_slips_at_the_changed_figure() {
    let table = fs::canonicalize("corpus/tables/dgsn-identity-2023-2025.csv").unwrap();
    let cells = table_figures(&table);
    let mut planted = 0;
    let mut flagged = Vec::new();
    for (article, year) in [
        ("dgsn-2023-annual-report.txt", "2023"),
        ("dgsn-2024-annual-report.txt", "2024"),
        ("dgsn-2025-annual-report.txt", "2025"),
        ("dgsn-2025-fr.txt", "2025"),
    ] {
        let values: HashSet<&str> = cells
            .iter()
            .filter(|c| c["column_label"] == year)
            .map(|c| c["value"].as_str().unwrap())
            .collect();
        let text = fs::read_to_string(format!("corpus/{article}")).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join(article);
        // What fails on `text`: errors, and with `warnings` warnings too.
        let failing = |text: &str, warnings: bool| -> Vec<serde_json::Value> {
            fs::write(&copy, text).unwrap();
            audit_findings(&[&copy, &table])
                .into_iter()
                // The 2025 headline's loose «أزيد من 3.5 مليون» is a true
                // warning; a discrepancy is an error.
                .filter(|f| f["status"] == "fail" && (warnings || f["severity"] == "error"))
                .collect()
        };
        assert_eq!(
            failing(&text, false),
            Vec::<serde_json::Value>::new(),
            "{article} with the table"
        );
        let figures = figures_json(&format!("corpus/{article}"));
        let reported: Vec<&serde_json::Value> = figures
            .iter()
            .filter(|f| values.contains(f["value"].as_str().unwrap()))
            .collect();
        assert!(reported.len() >= values.len().min(7), "{article}: {reported:?}");
        for figure in reported {
            let (start, end) = (
                figure["start"].as_u64().unwrap() as usize,
                figure["end"].as_u64().unwrap() as usize,
            );
            // Its last ASCII digit raised by one.
            let written = &text[start..end];
            let Some(at) = written.rfind(|c: char| c.is_ascii_digit()) else {
                continue;
            };
            let digit = written.as_bytes()[at] - b'0';
            let slipped = format!("{}{}{}", &written[..at], (digit + 1) % 10, &written[at + 1..]);
            let changed = format!("{}{slipped}{}", &text[..start], &text[end..]);
            planted += 1;
            let hit = failing(&changed, true)
                .iter()
                .any(|f| f["figures"].as_array().unwrap().iter().any(|g| g["start"] == start));
            if hit {
                flagged.push(format!("{article}: {written}"));
            }
        }
    }
    assert!(planted >= 28, "{planted} slips planted");
    assert!(
        flagged.len() * 10 >= planted * 9,
        "{} of {planted} flagged: {flagged:?}",
        flagged.len()
    );
}

/// A table adds up along its rows and columns: a total row one digit
/// off its column is flagged at its cell, while a cell that happens to be
/// one digit from a cell of another row plus one of another column (an
/// export's file numbers beside its counts) is no sum at all.
#[test]
fn a_table_adds_up_along_its_lines_only() {
    let dir = tempfile::tempdir().unwrap();
    let audit = |name: &str, table: &str| -> Vec<Vec<String>> {
        let path = dir.path().join(name);
        fs::write(&path, table).unwrap();
        audit_findings(&[&path])
            .iter()
            .filter(|f| f["status"] == "fail")
            .map(|f| {
                f["figures"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|g| g["cell"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .collect()
    };
    // 2,653,895 + 1,032,069 = 3,685,964: the 2025 total is written 3,685,864.
    let by_centre =
        "المركز,2024,2025\nمركز الرباط,3449678,2653895\nمركز مراكش,1246391,1032069\nالمجموع,4696069,3685864\n";
    assert_eq!(audit("centres.csv", by_centre), [["C4", "C2", "C3"]]);
    // 4,162 (a file number) + 6,836,508 (the next row's count) is 6,840,670,
    // one digit from the count above it: not a relation of the table.
    let files = "البيان,2024,ملاحظة\nعدد الملفات رقم 1,6838670,ملف 4162\nعدد الملفات رقم 2,6836508,ملف 4163\n";
    assert_eq!(audit("files.csv", files), Vec::<Vec<String>>::new());
}

/// Tables that are not what a table should be: ragged rows and formulas
/// are read as they are, an empty file has no figure, a broken workbook
/// and a table of too many cells get a clear error (exit 2); none panics.
#[test]
fn bad_tables_are_read_or_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        path
    };
    let ragged = write(
        "ragged.csv",
        "x,a,b\nr1,1\nr2,=SUM(B2:B3),\"3,6 millions\",12\n\n,,\n".as_bytes(),
    );
    let values: Vec<String> = table_figures(&ragged)
        .iter()
        .map(|f| f["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(values, ["1", "3600000", "12"]);
    assert!(table_figures(&write("empty.tsv", b"")).is_empty());
    // A workbook with merged header cells, a formula and an empty sheet:
    // the merged cell's value is its first cell's, the others are empty.
    let merged = dir.path().join("merged.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet
        .merge_range(0, 1, 0, 2, "2025", &rust_xlsxwriter::Format::new())
        .unwrap();
    sheet.write_string(1, 0, "الرباط").unwrap();
    sheet.write_number(1, 1, 2653895).unwrap();
    sheet.write_formula(1, 2, "=B2*2").unwrap();
    workbook.add_worksheet().set_name("فارغة").unwrap();
    workbook.save(&merged).unwrap();
    let figures = table_figures(&merged);
    let first = figures.iter().find(|f| f["cell"] == "Sheet1!B2").unwrap();
    assert_eq!(
        (&first["value"], &first["column_label"]),
        (&"2653895".into(), &"2025".into())
    );
    assert!(figures
        .iter()
        .all(|f| f["cell"].as_str().is_some_and(|c| c.starts_with("Sheet1!"))));
    assert!(table_figures(&write("header.csv", b"a,b,c\n")).is_empty());
    for (name, bytes, message) in [
        (
            "broken.xlsx",
            b"PK\x03\x04 not a workbook".to_vec(),
            "cannot be read as a table",
        ),
        (
            "huge.csv",
            format!("h\n{}", "1,".repeat(5_000_001)).into_bytes(),
            "more than 5000000 cells",
        ),
    ] {
        let path = write(name, &bytes);
        let output = figaudit().arg("figures").arg(&path).output().unwrap();
        let err = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{name}: {err}");
        assert!(err.contains(message), "{name}: {err}");
    }
}

/// Two cells at the corners of a sheet (a 6 KB file) asked the workbook
/// reader for the whole area between them, 550 GB, and the run aborted:
/// now the sheet is refused with its size, and the other documents of the
/// run are still read.
#[test]
fn a_workbook_whose_cells_span_the_whole_sheet_is_refused_not_an_abort() {
    let dir = tempfile::tempdir().unwrap();
    let corners = dir.path().join("corners.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet().set_name("بعيد").unwrap();
    sheet.write_number(0, 0, 1).unwrap();
    sheet.write_number(1_048_575, 16_383, 2).unwrap();
    workbook.save(&corners).unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, "بلغ عدد البطاقات 2.653.895 بطاقة.\n").unwrap();
    let output = figaudit()
        .args(["figures", "--format", "json"])
        .arg(&corners)
        .arg(&article)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(err.contains("sheet بعيد spans 1048576 rows by 16384"), "{err}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("2653895"));
}

/// In the HTML report a table is drawn as a table: its headers, its row
/// labels, and each cell's figure marked and linked from the findings,
/// which name the cell.
#[test]
fn the_html_report_draws_a_table_as_a_table() {
    let dir = workspace(
        |name, text| {
            if name == "dgsn-identity-2023-2025.csv" {
                text.replacen("2653895", "2653985", 1)
            } else {
                text
            }
        },
        &[(
            "rules/dgsn-tables.yaml",
            &fs::read_to_string("rules/dgsn-tables.yaml").unwrap(),
        )],
    );
    assert_eq!(
        run_in(dir.path(), &["check", "rules/dgsn-tables.yaml", "--html", "r.html"]),
        Some(1)
    );
    let html = Html::parse_document(&fs::read_to_string(dir.path().join("r.html")).unwrap());
    let headers: Vec<String> = html
        .select(&select("table.table thead th"))
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(headers, ["الوثيقة", "2023", "2024", "2025"]);
    let rows: Vec<String> = html
        .select(&select("table.table tbody th"))
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(rows.len(), 8);
    assert_eq!(rows[1], "مركز الإصدار بالرباط");
    let rabat = html
        .select(&select("table.table tbody tr"))
        .nth(1)
        .unwrap()
        .select(&select("td"))
        .nth(2)
        .unwrap()
        .select(&select("mark.fig"))
        .next()
        .unwrap();
    assert_eq!(rabat.text().collect::<String>(), "2653985");
    assert!(rabat.value().classes().any(|c| c == "fail-error"));
    let links: Vec<String> = html.select(&select(".finding a")).map(|a| a.text().collect()).collect();
    assert!(links.iter().any(|l| l.contains("«2653985»\u{200e} (D3)")), "{links:?}");
}

/// The ids and the links of an HTML file.
fn ids_and_links(path: &Path) -> (HashSet<String>, Vec<String>) {
    let page = Html::parse_document(&fs::read_to_string(path).unwrap());
    let ids = page
        .select(&select("[id]"))
        .filter_map(|e| e.value().attr("id").map(str::to_string))
        .collect();
    let links = page
        .select(&select("a[href]"))
        .filter_map(|e| e.value().attr("href").map(str::to_string))
        .collect();
    (ids, links)
}

#[test]
fn a_large_run_is_an_index_and_pages_that_link_both_ways() {
    // Five articles of about 1.8 MB each (9 MB in all): past what one page
    // holds. The last one has a part mistyped.
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    fs::create_dir_all(&articles).unwrap();
    let paragraph = format!("{}\n\n", "وتواصل المصالح تحديث مراكزها وتجهيزها ".repeat(30));
    let filler = paragraph.repeat(1_800_000 / paragraph.len());
    for n in 1..=5 {
        let rabat = if n == 5 { "1.190" } else { "1.100" };
        let text = format!(
            "بطاقات الرباط ومراكش\n\nأعلنت المديرية أنها أنجزت خلال السنة ما مجموعه 4.200 بطاقة وطنية، \
             منها 3.100 بطاقة بمركز الرباط و{rabat} بطاقة بمركز مراكش.\n\n{filler}"
        );
        fs::write(articles.join(format!("a{n}.txt")), text).unwrap();
    }
    let code = run_in(dir.path(), &["audit", "articles", "--html", "reports/r.html", "-q"]);
    assert_eq!(code, Some(1));

    let index = dir.path().join("reports/r.html");
    let folder = dir.path().join("reports/r_files");
    assert!(fs::metadata(&index).unwrap().len() < 1_000_000);
    // Each document has a page of its own (two do not fit one), the one
    // with a discrepancy first.
    for page in 1..=5 {
        let path = folder.join(format!("documents-{page}.html"));
        assert!(fs::metadata(&path).unwrap().len() < 8_000_000, "{page}");
    }
    assert!(!folder.join("documents-6.html").exists());

    // Every link of every page lands on a file and an element that exist.
    let mut pages = vec![index.clone()];
    pages.extend(fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()));
    let targets: std::collections::HashMap<_, _> = pages
        .iter()
        .map(|p| (fs::canonicalize(p).unwrap(), ids_and_links(p).0))
        .collect();
    for page in &pages {
        for link in ids_and_links(page).1 {
            let (file, anchor) = link.split_once('#').unwrap_or((&link, ""));
            let target = match file {
                "" => page.clone(),
                file => page.parent().unwrap().join(file),
            };
            let ids = &targets[&fs::canonicalize(&target).unwrap_or_else(|_| panic!("{link} in {page:?}"))];
            assert!(anchor.is_empty() || ids.contains(anchor), "{link} in {page:?}");
        }
    }

    // The discrepancy on the index links to its figures on a documents
    // page, and they link back to it.
    let page = Html::parse_document(&fs::read_to_string(&index).unwrap());
    let finding = page
        .select(&select("li.finding.fail-error"))
        .find(|f| f.text().any(|t| t.contains("4,290")))
        .unwrap();
    let id = finding.value().attr("id").unwrap();
    let figure_link = finding.select(&select(".figure-links a")).next().unwrap();
    let href = figure_link.value().attr("href").unwrap();
    let (file, _) = href.split_once('#').unwrap();
    assert!(file.starts_with("r_files/documents-"), "{href}");
    let documents = fs::read_to_string(dir.path().join("reports").join(file)).unwrap();
    assert!(documents.contains("articles/a5.txt"));
    assert!(documents.contains(&format!("href=\"../r.html#{id}\"")));

    // A small run at the same path is one page again, and the pages go.
    fs::remove_dir_all(&articles).unwrap();
    fs::create_dir_all(&articles).unwrap();
    fs::write(
        articles.join("a.txt"),
        "في السنة: ما مجموعه 4.200 بطاقة، منها 3.100 بالرباط و1.100 بمراكش.\n",
    )
    .unwrap();
    run_in(dir.path(), &["audit", "articles", "--html", "reports/r.html", "-q"]);
    assert!(!folder.exists());
    assert!(fs::read_to_string(&index).unwrap().contains("articles/a.txt"));
}

#[test]
fn a_failing_share_reads_as_percentages_on_the_page() {
    // Written for this test: 2672 of 3.4 million is 78.59%, not the 49.2%
    // the text states (1672 thousand was meant).
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "بلغ عدد التلاميذ المسجلين 3.4 مليون تلميذ سنة 2024.\n\n\
وبلغ عدد الذكور 1728 ألف تلميذ بنسبة 50.8% من إجمالي عدد التلاميذ، \
وبلغ عدد الإناث 2672 ألف تلميذ بنسبة 49.2% من إجمالي عدد التلاميذ.\n",
    )
    .unwrap();
    run_in(dir.path(), &["audit", "a.txt", "--html", "r.html", "-q"]);
    let page = Html::parse_document(&fs::read_to_string(dir.path().join("r.html")).unwrap());
    let details: Vec<String> = page
        .select(&select("li.finding p.details"))
        .map(|p| p.text().collect())
        .collect();
    assert!(
        details
            .iter()
            .any(|d| d.contains("78.5882%") && d.contains("expected 49.2%")),
        "{details:?}"
    );
    assert!(details.iter().all(|d| !d.contains("0.7858823")), "{details:?}");
    // The suspicion reads the same way.
    let whole: String = page.root_element().text().collect();
    assert!(
        whole.contains("the figures give 78.5882%, the text states 49.2%"),
        "{whole}"
    );
}
