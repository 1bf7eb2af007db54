//! The reports people open (SPEC §6.5): the HTML page parsed, the workbook
//! read back.

mod common;

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use calamine::{open_workbook, Data, Reader, Xlsx};
use common::{figaudit, figures_json, planted, workspace};
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
