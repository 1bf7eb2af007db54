//! Parts that add up to a total within one article.
//!
//! Parts are consecutive figures that count the same thing (`2.653.895
//! بطاقة … و1.032.069 بطاقة`): runs of two to six of them are summed once
//! and indexed by their sum, so each total is looked up, not searched for,
//! and a 200-figure article costs a few thousand additions.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::{is_precise, is_quantity, near, number, quote, show, Article, Confidence, FigureRef, Relation, Suggestion};

const MAX_PARTS: usize = 6;
/// Totals below this add up by chance (days of a month, small counts).
const SMALLEST_TOTAL: u32 = 20;
/// Near misses are looked for among totals this large: below it, many
/// numbers are one slip from many others.
const SMALLEST_NEAR_MISS: u32 = 1000;
/// A near-miss total this large, with a total word, is an error.
const STRONG_TOTAL: u32 = 10_000;
/// How many paragraphs after the total's its parts may stand.
const PARAGRAPHS_AFTER: usize = 2;

/// A run of consecutive members: `(first, length)`.
type Run = (usize, usize);

pub fn find(articles: &[Article], a: usize) -> Vec<Suggestion> {
    let Some(article) = articles.get(a) else {
        return Vec::new();
    };
    let figures = article.index.figures();
    // Precise counts by what they count, in text order.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<(Option<&str>, Option<&str>), usize> = HashMap::new();
    for (i, figure) in figures.iter().enumerate() {
        let noun = article.facts[i].noun.as_deref();
        if !is_quantity(figure) || !is_precise(figure) || (noun.is_none() && figure.unit.is_none()) {
            continue;
        }
        let g = *group_of.entry((noun, figure.unit)).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    let mut found = Vec::new();
    for members in &groups {
        found.extend(in_group(articles, a, members));
    }
    found
}

fn in_group(articles: &[Article], a: usize, members: &[usize]) -> Vec<Suggestion> {
    let article = &articles[a];
    let figures = article.index.figures();
    let value = |m: usize| figures.get(members[m]).and_then(number).unwrap_or_default();
    let mut runs: HashMap<Decimal, Vec<Run>> = HashMap::new();
    for start in 0..members.len() {
        let mut sum = Decimal::ZERO;
        for len in 1..=MAX_PARTS.min(members.len() - start) {
            let Some(next) = sum.checked_add(value(start + len - 1)) else {
                break;
            };
            sum = next;
            if len >= 2 {
                runs.entry(sum).or_default().push((start, len));
            }
        }
    }
    let mut found = Vec::new();
    let mut used: Vec<Run> = Vec::new();
    for t in 0..members.len() {
        let total = value(t);
        let facts = &article.facts[members[t]];
        if total < Decimal::from(SMALLEST_TOTAL) {
            continue;
        }
        // Parts stand after the total within two paragraphs, or, with no
        // total word to point at them, in the total's own paragraph.
        let fits = |&(start, len): &Run| {
            let inside = start <= t && t < start + len;
            let paragraphs_ok = (start..start + len).all(|m| {
                let p = article.facts[members[m]].paragraph;
                if facts.total_word {
                    p >= facts.paragraph && p <= facts.paragraph + PARAGRAPHS_AFTER
                } else {
                    p == facts.paragraph
                }
            });
            !inside && paragraphs_ok && !used.contains(&(start, len))
        };
        let refs = |(start, len): Run| -> Vec<FigureRef> {
            (start..start + len)
                .map(|m| FigureRef {
                    article: a,
                    figure: members[m],
                })
                .collect()
        };
        let total_ref = FigureRef {
            article: a,
            figure: members[t],
        };
        if let Some(&run) = runs.get(&total).and_then(|r| r.iter().find(|r| fits(r))) {
            used.push(run);
            let parts = refs(run);
            found.push(Suggestion {
                description: describe(articles, &parts, total_ref),
                reason: format!(
                    "{} figures that count {} add up to the {}",
                    parts.len(),
                    facts
                        .noun
                        .as_deref()
                        .or(figures[members[t]].unit)
                        .unwrap_or("the same thing"),
                    if facts.total_word {
                        "total the text names as one"
                    } else {
                        "figure in their paragraph"
                    }
                ),
                relation: Relation::Sum {
                    parts,
                    total: total_ref,
                },
                confidence: if facts.total_word {
                    Confidence::Strong
                } else {
                    Confidence::Weak
                },
                suspected: None,
            });
            continue;
        }
        if !facts.total_word || total < Decimal::from(SMALLEST_NEAR_MISS) {
            continue;
        }
        let near_miss = near::neighbours(total)
            .into_iter()
            .find_map(|sum| runs.get(&sum)?.iter().find(|r| fits(r)).map(|&run| (sum, run)));
        if let Some((sum, run)) = near_miss {
            used.push(run);
            let parts = refs(run);
            let difference = total - sum;
            let slip = near::slip(difference).unwrap_or("a slip");
            let digit = near::where_differs(total, sum)
                .map(|d| format!("; in the total, {d}"))
                .unwrap_or_default();
            let large = parts.iter().all(|p| {
                figures
                    .get(p.figure)
                    .and_then(number)
                    .is_some_and(|v| v >= Decimal::from(100))
            });
            found.push(Suggestion {
                description: describe(articles, &parts, total_ref),
                reason: format!(
                    "the total is named as one and its {} parts count the same thing, but miss it by {}",
                    parts.len(),
                    show(difference.abs())
                ),
                suspected: Some(format!(
                    "the parts add up to {}, the total {} says {}: they differ by {}, as {} would make, in the total or in a part{digit}",
                    show(sum),
                    quote(articles, total_ref),
                    show(total),
                    show(difference.abs()),
                    slip
                )),
                relation: Relation::Sum { parts, total: total_ref },
                confidence: if total >= Decimal::from(STRONG_TOTAL) && large {
                    Confidence::Strong
                } else {
                    Confidence::Weak
                },
            });
        }
    }
    found
}

fn describe(articles: &[Article], parts: &[FigureRef], total: FigureRef) -> String {
    let parts: Vec<String> = parts.iter().map(|&p| quote(articles, p)).collect();
    format!("{} = {}", parts.join(" + "), quote(articles, total))
}
