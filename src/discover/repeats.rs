//! The same quantity written twice: in words and in digits, in a headline
//! and the body, or in two articles on the same year. And its near miss:
//! one quantity with two values one slip apart.

use std::collections::{BTreeMap, HashMap, HashSet};

use rust_decimal::Decimal;

use super::claims::year_keys;
use super::{
    is_precise, is_quantity, near, number, quote, same_noun, show, Article, Confidence, FigureRef, Relation, Suggestion,
};
use crate::extract::fold_pattern;

/// Equal values below this, both in body text, are chance (`ثلاث دوائر`
/// twice for two different sets of districts).
const SMALLEST_REPEAT: u32 = 100;
/// Near misses only among figures this large.
const SMALLEST_NEAR_MISS: u32 = 1000;
/// A near miss this large, with the very same noun, is an error.
const STRONG_NEAR_MISS: u32 = 10_000;
/// Figures linked by one `equal` rule, at most.
const MOST_FIGURES: usize = 8;

pub fn find(articles: &[Article]) -> Vec<Suggestion> {
    let year_of = year_keys(articles);
    // Precise counts by (year, unit, value), in article and text order.
    let mut by_value: BTreeMap<(i64, Option<&str>, Decimal), Vec<FigureRef>> = BTreeMap::new();
    for (a, article) in articles.iter().enumerate() {
        for (i, figure) in article.index.figures().iter().enumerate() {
            let Some(value) = number(figure) else { continue };
            if is_quantity(figure) && is_precise(figure) && article.facts[i].noun.is_some() {
                by_value
                    .entry((year_of[a], figure.unit, value))
                    .or_default()
                    .push(FigureRef { article: a, figure: i });
            }
        }
    }
    let noun = |r: FigureRef| articles[r.article].facts[r.figure].noun.as_deref();
    let headline = |r: FigureRef| articles[r.article].facts[r.figure].headline;
    let mut found = Vec::new();
    for (&(_, _, value), figures) in &by_value {
        let mut left: Vec<FigureRef> = figures.clone();
        while let Some(first) = left.first().copied() {
            let (same, rest): (Vec<FigureRef>, Vec<FigureRef>) = left
                .iter()
                .partition(|&&r| r == first || same_noun(noun(first), noun(r)));
            left = rest;
            let mut group: Vec<FigureRef> = same.into_iter().take(MOST_FIGURES).collect();
            if group.len() < 2 {
                continue;
            }
            let articles_count = group.iter().map(|r| r.article).collect::<HashSet<_>>().len();
            let headline_and_body = group.iter().any(|&r| headline(r)) && group.iter().any(|&r| !headline(r));
            if value < Decimal::from(SMALLEST_REPEAT) && !(headline_and_body && articles_count == 1) {
                continue;
            }
            group.sort();
            let quoted: Vec<String> = group.iter().map(|&r| quote(articles, r)).collect();
            let place = match (articles_count, headline_and_body) {
                (1, true) => "in the headline and the body".to_string(),
                (1, false) => "twice in the article".to_string(),
                (n, _) => format!("in {n} articles on the same year"),
            };
            found.push(Suggestion {
                description: format!("{} state the same quantity", quoted.join(" and ")),
                reason: format!("{} of {} written {place}", show(value), noun(first).unwrap_or("")),
                relation: Relation::Equal { figures: group },
                confidence: if value >= Decimal::from(SMALLEST_NEAR_MISS) {
                    Confidence::Strong
                } else {
                    Confidence::Weak
                },
                suspected: None,
            });
        }
    }
    found.extend(near_misses(articles, &by_value));
    found.extend(headline_mismatches(articles));
    found.extend(across_languages(articles, &year_of));
    found
}

/// A figure in each language: Arabic first, then French.
type ByLanguage = [Option<FigureRef>; 2];

/// The same count in an Arabic and a French paragraph (two versions of one
/// report, or a caption): the nouns are in two languages, so the value is
/// the evidence, and only large precise counts are linked. A French count
/// one slip from an Arabic one, with no French count of the Arabic value,
/// is suspected.
fn across_languages(articles: &[Article], year_of: &[i64]) -> Vec<Suggestion> {
    // The first figure of each (year, unit, value) in each language.
    let mut first: BTreeMap<(i64, Option<&str>, Decimal), ByLanguage> = BTreeMap::new();
    for (a, article) in articles.iter().enumerate() {
        for (i, figure) in article.index.figures().iter().enumerate() {
            let Some(value) = number(figure) else { continue };
            if !is_quantity(figure) || !is_precise(figure) || value < Decimal::from(SMALLEST_NEAR_MISS) {
                continue;
            }
            let language = usize::from(article.facts[i].french);
            first.entry((year_of[a], figure.unit, value)).or_default()[language]
                .get_or_insert(FigureRef { article: a, figure: i });
        }
    }
    let mut found = Vec::new();
    for (&(year, unit, value), [arabic, french]) in &first {
        let Some(french) = *french else { continue };
        if let Some(arabic) = *arabic {
            found.push(Suggestion {
                description: format!(
                    "{} and {} state the same quantity",
                    quote(articles, arabic),
                    quote(articles, french)
                ),
                reason: format!("{} written in Arabic and in French on the same year", show(value)),
                relation: Relation::Equal {
                    figures: vec![arabic, french],
                },
                confidence: Confidence::Strong,
                suspected: None,
            });
            continue;
        }
        if value < Decimal::from(STRONG_NEAR_MISS) {
            continue;
        }
        let mut neighbours = near::neighbours(value);
        neighbours.sort();
        neighbours.dedup();
        let arabic_near: Vec<(Decimal, FigureRef)> = neighbours
            .into_iter()
            .filter_map(|v| Some((v, first.get(&(year, unit, v))?[0]?)))
            .collect();
        // One Arabic candidate only: two would leave the match to chance.
        if let [(arabic_value, arabic)] = arabic_near[..] {
            let slip = near::slip(value - arabic_value).unwrap_or("a slip");
            found.push(Suggestion {
                description: format!(
                    "{} and {} state the same quantity",
                    quote(articles, arabic),
                    quote(articles, french)
                ),
                reason: "a count in Arabic and a count in French on the same year, one slip apart".to_string(),
                suspected: Some(format!(
                    "the Arabic text says {} and the French {}, as {slip} would make: one of them is likely mistyped",
                    show(arabic_value),
                    show(value)
                )),
                relation: Relation::Equal {
                    figures: vec![arabic, french],
                },
                confidence: Confidence::Weak,
            });
        }
    }
    found
}

/// A headline's exact count and a body count of the same thing followed by
/// the same word (`إحداث 15 بناية أمنية` over `13 بنية أمنية`) that differ,
/// while no body count states the headline's value: a weak textual match,
/// so a warning.
fn headline_mismatches(articles: &[Article]) -> Vec<Suggestion> {
    let mut found = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        let figures = article.index.figures();
        let text = article.document.text();
        let precise = |i: usize| figures.get(i).is_some_and(|f| is_quantity(f) && is_precise(f));
        let word_after_noun = |i: usize| {
            let noun = figures.get(i)?.noun.clone()?;
            let after = text.get(noun.end..)?;
            let word = after.split_whitespace().next()?;
            Some(fold_pattern(word.trim_end_matches(|c: char| !c.is_alphanumeric())))
        };
        for h in (0..figures.len()).filter(|&h| precise(h) && article.facts[h].headline) {
            let noun = article.facts[h].noun.as_deref();
            let Some(value) = figures.get(h).and_then(number) else {
                continue;
            };
            let Some(after) = word_after_noun(h).filter(|w| !w.is_empty()) else {
                continue;
            };
            let body: Vec<usize> = (0..figures.len())
                .filter(|&b| {
                    precise(b) && !article.facts[b].headline && same_noun(noun, article.facts[b].noun.as_deref())
                })
                .collect();
            if body.iter().any(|&b| figures.get(b).and_then(number) == Some(value)) {
                continue;
            }
            let Some(&b) = body.iter().find(|&&b| word_after_noun(b).as_ref() == Some(&after)) else {
                continue;
            };
            let (hr, br) = (FigureRef { article: a, figure: h }, FigureRef { article: a, figure: b });
            let body_value = figures.get(b).and_then(number).unwrap_or_default();
            found.push(Suggestion {
                description: format!(
                    "{} and {} state the same quantity",
                    quote(articles, hr),
                    quote(articles, br)
                ),
                reason: "the headline and the body count the same thing, in the same words".to_string(),
                suspected: Some(format!(
                    "the headline says {} and the body {} of the same {}",
                    show(value),
                    show(body_value),
                    noun.unwrap_or("thing")
                )),
                relation: Relation::Equal { figures: vec![hr, br] },
                confidence: Confidence::Weak,
            });
        }
    }
    found
}

/// Two precise counts of one noun, in one article or two on the same
/// year, one slip apart. Counts are compared within their (year, unit,
/// noun) group: pair by pair when the group is small, as in an article;
/// through the numbers one slip from each when it is large.
fn near_misses(
    articles: &[Article],
    by_value: &BTreeMap<(i64, Option<&str>, Decimal), Vec<FigureRef>>,
) -> Vec<Suggestion> {
    let noun = |r: FigureRef| articles[r.article].facts[r.figure].noun.as_deref();
    // Each group's values, ascending, with the first figure of each.
    let mut groups: BTreeMap<(i64, Option<&str>, &str), Counts> = BTreeMap::new();
    for (&(year, unit, value), figures) in by_value {
        // The first figure of each noun stating the value: one value may
        // count two things (`cartes` in French, `بطاقة` in Arabic).
        let mut seen: HashSet<&str> = HashSet::new();
        for &figure in figures {
            if let Some(n) = noun(figure).filter(|n| seen.insert(n)) {
                groups.entry((year, unit, n)).or_default().push((value, figure));
            }
        }
    }
    let mut found = Vec::new();
    for ((_, _, n), values) in &groups {
        let mut pairs: Vec<((Decimal, FigureRef), (Decimal, FigureRef))> = Vec::new();
        if values.len() <= PAIRWISE {
            for (j, &larger) in values.iter().enumerate() {
                if larger.0 < Decimal::from(SMALLEST_NEAR_MISS) {
                    continue;
                }
                for &smaller in &values[..j] {
                    if near::slip(larger.0 - smaller.0).is_some() {
                        pairs.push((smaller, larger));
                    }
                }
            }
        } else {
            let at: HashMap<Decimal, FigureRef> = values.iter().copied().collect();
            for &larger in values.iter().filter(|(v, _)| *v >= Decimal::from(SMALLEST_NEAR_MISS)) {
                let mut near_values: Vec<Decimal> = near::neighbours(larger.0)
                    .into_iter()
                    .filter(|v| *v < larger.0 && at.contains_key(v))
                    .collect();
                near_values.sort();
                pairs.extend(
                    near_values
                        .into_iter()
                        .filter_map(|v| Some(((v, *at.get(&v)?), larger))),
                );
            }
        }
        for ((small, other), (large, first)) in pairs {
            found.push(near_miss(articles, n, (other, small), (first, large)));
        }
    }
    found
}

/// A group's values, ascending, each with the first figure stating it.
type Counts = Vec<(Decimal, FigureRef)>;

/// Groups of at most this many values are compared pair by pair.
const PAIRWISE: usize = 64;

fn near_miss(articles: &[Article], n: &str, smaller: (FigureRef, Decimal), larger: (FigureRef, Decimal)) -> Suggestion {
    let ((other, other_value), (first, value)) = (smaller, larger);
    let place = if first.article == other.article {
        "in the same article"
    } else {
        "in two articles on the same year"
    };
    let slip = near::slip(value - other_value).unwrap_or("a slip");
    let digit = near::where_differs(value, other_value)
        .map(|d| format!(" ({d})"))
        .unwrap_or_default();
    Suggestion {
        description: format!(
            "{} and {} state the same quantity",
            quote(articles, other),
            quote(articles, first)
        ),
        reason: format!("two counts of {n} {place}, one slip apart"),
        suspected: Some(format!(
            "{} and {} count {n} {place} and differ by {}, as {slip} would make{digit}: one of them is likely mistyped",
            quote(articles, other),
            quote(articles, first),
            show(value - other_value)
        )),
        relation: Relation::Equal {
            figures: vec![other, first],
        },
        confidence: if other_value >= Decimal::from(STRONG_NEAR_MISS) {
            Confidence::Strong
        } else {
            Confidence::Weak
        },
    }
}
