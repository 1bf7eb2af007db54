//! Parts within wholes (`16 قيادة من مجموع 22 قيادة`, `1.965.644 بطاقة،
//! من بينها 206.464`), sub-totals within the grand total, and shares or
//! falls that cannot pass 100%.

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::{is_quantity, number, quote, same_noun, Article, Confidence, FigureRef, Relation, Suggestion};
use crate::extract::{Change, Kind};

/// How many paragraphs back the whole of a `من بينها` part may stand.
const PARAGRAPHS_BACK: usize = 2;
/// Parts and wholes this large, with the same noun, make an error rule.
const STRONG: u32 = 100;

pub fn find(articles: &[Article], a: usize, sums: &[Suggestion]) -> Vec<Suggestion> {
    let Some(article) = articles.get(a) else {
        return Vec::new();
    };
    let figures = article.index.figures();
    let facts = &article.facts;
    // Parts already in a sum with their whole need no rule of their own.
    let mut related: HashSet<(usize, usize)> = HashSet::new();
    for suggestion in sums {
        if let Relation::Sum { parts, total } = &suggestion.relation {
            related.extend(parts.iter().map(|p| (p.figure, total.figure)));
        }
    }
    let quantity = |i: usize| figures.get(i).is_some_and(is_quantity);
    let mut found = Vec::new();
    let mut push = |found: &mut Vec<Suggestion>, part: usize, whole: usize, why: &str| {
        if !related.insert((part, whole)) {
            return;
        }
        let (p, w) = (
            FigureRef {
                article: a,
                figure: part,
            },
            FigureRef {
                article: a,
                figure: whole,
            },
        );
        let large = [part, whole].iter().all(|&i| {
            figures
                .get(i)
                .and_then(number)
                .is_some_and(|v| v >= Decimal::from(STRONG))
        });
        let same = facts[part].noun.is_some() && facts[part].noun == facts[whole].noun;
        found.push(Suggestion {
            description: format!("{} is part of {}", quote(articles, p), quote(articles, w)),
            reason: why.to_string(),
            relation: Relation::Within { part: p, whole: w },
            confidence: if large && same {
                Confidence::Strong
            } else {
                Confidence::Weak
            },
            suspected: None,
        });
    };
    for i in 0..figures.len() {
        if !quantity(i) {
            continue;
        }
        let noun = facts[i].noun.as_deref();
        let previous = (0..i).rev().find(|&j| quantity(j));
        // `A من مجموع B`: the figure just before, in the same paragraph.
        if facts[i].whole_cue {
            if let Some(j) = previous.filter(|&j| {
                facts[j].paragraph == facts[i].paragraph
                    && (noun.is_none() || facts[j].noun.is_none() || same_noun(noun, facts[j].noun.as_deref()))
            }) {
                push(&mut found, j, i, "«من مجموع» (out of) stands between them");
            }
        }
        // `B، من بينها A`: the nearest figure before that counts the same
        // thing (or any figure of the paragraph, when A names no noun).
        if facts[i].part_cue {
            let whole = (0..i).rev().filter(|&j| quantity(j)).find(|&j| {
                let p = facts[j].paragraph;
                p + PARAGRAPHS_BACK >= facts[i].paragraph
                    && match noun {
                        Some(_) => same_noun(noun, facts[j].noun.as_deref()),
                        None => p == facts[i].paragraph,
                    }
            });
            if let Some(j) = whole {
                push(
                    &mut found,
                    i,
                    j,
                    "«من بينها» (among them) says it is counted in the figure before",
                );
            }
        }
    }
    // Totals of one noun: each other one is part of the grand total, the
    // total of a sum if there is one, else the first written.
    let totals: Vec<usize> = (0..figures.len())
        .filter(|&i| quantity(i) && facts[i].total_word && facts[i].noun.is_some())
        .collect();
    let sum_totals: Vec<usize> = sums
        .iter()
        .filter_map(|s| match &s.relation {
            Relation::Sum { total, .. } => Some(total.figure),
            _ => None,
        })
        .collect();
    for &t in &totals {
        let same = |u: &usize| facts[*u].noun == facts[t].noun && figures[*u].unit == figures[t].unit;
        let grand = sum_totals
            .iter()
            .copied()
            .find(|u| same(u))
            .or_else(|| totals.iter().copied().find(|u| same(u)));
        if let Some(g) = grand.filter(|&g| g != t) {
            push(
                &mut found,
                t,
                g,
                "both are totals (مجموع) of the same noun: this one is counted in the grand total",
            );
        }
    }
    // A share, or a fall, is at most the whole.
    for (i, figure) in figures.iter().enumerate() {
        if figure.kind == Kind::Percent && figure.change != Some(Change::Rise) && figure.range.is_none() {
            let percent = FigureRef { article: a, figure: i };
            found.push(Suggestion {
                description: format!("{} is at most 100%", quote(articles, percent)),
                reason: match figure.change {
                    Some(_) => "a fall cannot take away more than the whole".to_string(),
                    None => "a share or a rate is at most the whole".to_string(),
                },
                relation: Relation::AtMostWhole { percent },
                confidence: Confidence::Strong,
                suspected: None,
            });
        }
    }
    found
}
