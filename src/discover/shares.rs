//! Percentages that are the ratio of two figures: a share (`206.464
//! بطاقة، أي ما نسبته 10.5 في المائة`) or a change between two counts of
//! one thing in one paragraph (`من 120 إلى 150، بارتفاع 25 في المائة`).

use rust_decimal::Decimal;

use super::{
    is_precise, is_quantity, number, quote, same_noun, show, Article, Confidence, FigureRef, Relation, Suggestion,
};
use crate::extract::{Change, Figure, Kind};

pub fn find(articles: &[Article], a: usize) -> Vec<Suggestion> {
    let Some(article) = articles.get(a) else {
        return Vec::new();
    };
    let figures = article.index.figures();
    let facts = &article.facts;
    let counted = |i: usize| figures.get(i).is_some_and(|f| is_quantity(f) && is_precise(f));
    let mut found = Vec::new();
    for (s, figure) in figures.iter().enumerate() {
        let Some(percent) = number(figure).filter(|_| figure.kind == Kind::Percent && figure.range.is_none()) else {
            continue;
        };
        let fraction = percent / Decimal::ONE_HUNDRED;
        let tolerance = tolerance(figure);
        let share_ref = FigureRef { article: a, figure: s };
        let paragraph = facts[s].paragraph;
        if let Some(change) = figure.change {
            // Two counts of one thing in the paragraph: from one to the other.
            let pair: Vec<usize> = (0..figures.len())
                .filter(|&i| counted(i) && facts[i].paragraph == paragraph && facts[i].noun.is_some())
                .collect();
            let [x, y] = pair.as_slice() else { continue };
            if !same_noun(facts[*x].noun.as_deref(), facts[*y].noun.as_deref()) {
                continue;
            }
            let (Some(vx), Some(vy)) = (figures.get(*x).and_then(number), figures.get(*y).and_then(number)) else {
                continue;
            };
            let ((smaller, vs), (larger, vl)) = if vx <= vy {
                ((*x, vx), (*y, vy))
            } else {
                ((*y, vy), (*x, vx))
            };
            let rise = change == Change::Rise;
            let base = if rise { vs } else { vl };
            if base.is_zero() {
                continue;
            }
            let actual = (vl - vs) / base;
            let holds = (actual - fraction).abs() <= tolerance;
            let (sr, lr) = (
                FigureRef {
                    article: a,
                    figure: smaller,
                },
                FigureRef {
                    article: a,
                    figure: larger,
                },
            );
            let from_to = if rise { (sr, lr) } else { (lr, sr) };
            found.push(Suggestion {
                description: format!(
                    "{} is the {} from {} to {}",
                    quote(articles, share_ref),
                    if rise { "rise" } else { "fall" },
                    quote(articles, from_to.0),
                    quote(articles, from_to.1)
                ),
                reason: "a change and the only two counts of one thing in its paragraph".to_string(),
                suspected: (!holds).then(|| {
                    format!(
                        "from {} to {} is a {} of {}%, not {}",
                        show(if rise { vs } else { vl }),
                        show(if rise { vl } else { vs }),
                        if rise { "rise" } else { "fall" },
                        show((actual * Decimal::ONE_HUNDRED).round_dp(2)),
                        quote(articles, share_ref)
                    )
                }),
                relation: Relation::Change {
                    change: share_ref,
                    smaller: sr,
                    larger: lr,
                    rise,
                },
                confidence: Confidence::Weak,
            });
            continue;
        }
        if !facts[s].share_cue {
            continue;
        }
        // The part: the count just before, in the paragraph.
        let Some(part) = (0..s).rev().find(|&i| counted(i) && facts[i].paragraph == paragraph) else {
            continue;
        };
        let Some(part_value) = figures.get(part).and_then(number) else {
            continue;
        };
        let noun = facts[part].noun.as_deref();
        // Its whole: a larger count of the same thing in the article, the
        // nearest first; the first whose ratio matches is the one meant.
        let mut wholes: Vec<usize> = (0..figures.len())
            .filter(|&i| {
                i != part
                    && counted(i)
                    && same_noun(noun, facts[i].noun.as_deref())
                    && figures.get(i).and_then(number).is_some_and(|v| v > part_value)
            })
            .collect();
        wholes.sort_by_key(|&i| i.abs_diff(part));
        let ratio = |w: usize| figures.get(w).and_then(number).map(|v| part_value / v);
        let matching = wholes
            .iter()
            .copied()
            .find(|&w| ratio(w).is_some_and(|r| (r - fraction).abs() <= tolerance));
        // With no match, the whole a reader would take: a total of the
        // same thing, or else the nearest larger count.
        let designated = || {
            wholes
                .iter()
                .copied()
                .find(|&w| facts[w].total_word)
                .or_else(|| wholes.first().copied())
        };
        let Some(whole) = matching.or_else(designated) else {
            continue;
        };
        let whole_ref = FigureRef {
            article: a,
            figure: whole,
        };
        let part_ref = FigureRef {
            article: a,
            figure: part,
        };
        found.push(Suggestion {
            description: format!(
                "{} is the share {} is of {}",
                quote(articles, share_ref),
                quote(articles, part_ref),
                quote(articles, whole_ref)
            ),
            reason: "a share (ما نسبته, أي, يمثل) after a count, and a larger count of the same thing".to_string(),
            suspected: matching.is_none().then(|| {
                format!(
                    "{} of {} is {}%, not {}",
                    show(part_value),
                    figures.get(whole).and_then(number).map(show).unwrap_or_default(),
                    ratio(whole)
                        .map(|r| show((r * Decimal::ONE_HUNDRED).round_dp(2)))
                        .unwrap_or_default(),
                    quote(articles, share_ref)
                )
            }),
            relation: Relation::Share {
                share: share_ref,
                part: part_ref,
                whole: whole_ref,
            },
            confidence: Confidence::Weak,
        });
    }
    found
}

/// Half of the percentage's last stated digit, as a fraction: `10.5%`
/// holds for ratios within 0.0005 of 0.105.
pub fn tolerance(percent: &Figure) -> Decimal {
    percent.precision.unwrap_or(Decimal::ONE) / Decimal::TWO / Decimal::ONE_HUNDRED
}
