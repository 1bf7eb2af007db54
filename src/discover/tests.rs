use std::path::Path;
use std::sync::Arc;

use super::*;

fn article(text: &str) -> Article {
    let document = Document::from_bytes(Path::new("a.txt"), text.as_bytes().to_vec()).unwrap();
    Article::new(Arc::new(document))
}

fn kinds(found: &[Suggestion]) -> Vec<(&'static str, bool)> {
    found
        .iter()
        .map(|s| (s.relation.name(), s.suspected.is_some()))
        .collect()
}

// Written for these tests: a regional office's year, in round numbers.
const OFFICE: &str = "توزيع أكثر من 120 ألف وثيقة\n\n\
أعلنت المندوبية الجهوية أنها وزعت خلال سنة 2024 ما مجموعه 125.480 وثيقة إدارية على المرتفقين، \
من بينها 80.300 وثيقة في مكاتب المدينة و45.180 وثيقة في المراكز القروية التابعة لها في مختلف الجماعات.\n";

#[test]
fn a_total_its_parts_and_its_headline_are_found() {
    let found = discover(&[article(OFFICE)]);
    let names = kinds(&found);
    assert!(names.contains(&("sum", false)), "{names:?}");
    assert!(names.contains(&("claim", false)), "{names:?}");
    assert!(found.iter().all(|s| s.suspected.is_none()), "{found:#?}");
}

#[test]
fn a_part_one_digit_off_makes_a_suspected_sum() {
    let planted = OFFICE.replace("80.300", "80.900");
    let found = discover(&[article(&planted)]);
    let sum = found
        .iter()
        .find(|s| s.relation.name() == "sum")
        .expect("the near-miss sum is suggested");
    let suspected = sum.suspected.as_deref().unwrap_or_default();
    assert!(
        suspected.contains("126,080") && suspected.contains("one mistyped digit"),
        "{suspected}"
    );
    assert_eq!(sum.confidence, Confidence::Strong);
}

#[test]
fn small_numbers_do_not_add_up_by_chance() {
    let text = "زار الوفد 3 مدن و5 مدن أخرى، أي 8 مدن في المجموع خلال 4 أيام.\n";
    let found = discover(&[article(text)]);
    assert!(found.iter().all(|s| s.relation.name() != "sum"), "{found:#?}");
}

#[test]
fn paragraphs_and_the_reported_year() {
    let found = article(OFFICE);
    assert_eq!(found.year, Some(2024));
    let paragraphs: Vec<usize> = found.facts.iter().map(|f| f.paragraph).collect();
    assert_eq!(paragraphs.first(), Some(&0));
    assert_eq!(paragraphs.last(), Some(&1));
    assert!(found.facts[0].headline);
    assert!(!found.facts[2].headline);
}

#[test]
fn numbers_as_people_read_them() {
    assert_eq!(show(Decimal::from(3_685_964)), "3,685,964");
    assert_eq!(show(Decimal::from(-100)), "-100");
    assert_eq!(show(Decimal::new(105, 3)), "0.105");
}

#[test]
fn an_archive_year_links_no_articles_but_a_small_folder_does() {
    let text = "سجلت المصالح سنة 2024 ما مجموعه 1.200 حادثة.\n";
    let at = |path: &str| {
        let document = Document::from_bytes(Path::new(path), text.as_bytes().to_vec()).unwrap();
        Article::new(Arc::new(document))
    };
    let mut articles: Vec<Article> = (0..22).map(|i| at(&format!("archive/{i}.txt"))).collect();
    articles.push(at("story/report.txt"));
    articles.push(at("story/press.txt"));
    let groups = by_year(&articles);
    let linked: Vec<&Vec<usize>> = groups.values().filter(|g| g.len() > 1).collect();
    assert_eq!(linked, vec![&vec![22, 23]]);
    // A few articles on one year are linked whatever their folders.
    let few: Vec<Article> = vec![at("a/x.txt"), at("b/y.txt")];
    assert_eq!(by_year(&few).len(), 1);
}

#[test]
fn a_part_one_digit_from_its_total_is_not_a_mistyped_repeat() {
    let text = "تم إنجاز ما مجموعه 3.999.996 بطاقة، من بينها 3.199.996 بطاقة بالرباط و800.000 بطاقة بمراكش.\n";
    let found = discover(&[article(text)]);
    assert!(
        found
            .iter()
            .any(|s| s.relation.name() == "sum" && s.suspected.is_none()),
        "{found:#?}"
    );
    assert!(found.iter().all(|s| s.suspected.is_none()), "{found:#?}");
}

// Written for these tests: the same office's year in French.
const OFFICE_FR: &str = "Plus de 120 000 documents distribués\n\n\
La délégation régionale a distribué en 2024 un total de 125 480 documents administratifs aux usagers, \
dont 80 300 documents dans les bureaux de la ville et 45 180 documents dans les centres ruraux.\n";

#[test]
fn a_french_and_an_arabic_article_state_the_same_counts() {
    let found = discover(&[article(OFFICE), article(OFFICE_FR)]);
    let across: Vec<&Suggestion> = found
        .iter()
        .filter(|s| s.reason.contains("in Arabic and in French"))
        .collect();
    // 125.480, 80.300 and 45.180, each in both languages.
    assert_eq!(across.len(), 3, "{found:#?}");
    assert!(found.iter().all(|s| s.suspected.is_none()), "{found:#?}");
    // The French article's own total and parts, read with its cue words.
    let french_sum = found.iter().any(|s| match &s.relation {
        Relation::Sum { total, .. } => total.article == 1,
        _ => false,
    });
    assert!(french_sum, "{found:#?}");
}

#[test]
fn a_french_count_one_slip_from_the_arabic_one_is_suspected() {
    let planted = OFFICE_FR.replace("125 480", "125 840");
    let found = discover(&[article(OFFICE), article(&planted)]);
    let suspected: Vec<&str> = found.iter().filter_map(|s| s.suspected.as_deref()).collect();
    assert!(
        suspected
            .iter()
            .any(|s| s.contains("the Arabic text says 125,480 and the French 125,840")),
        "{suspected:#?}"
    );
}
