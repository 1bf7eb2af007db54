//! Rounded or qualified figures and the precise figure they state
//! (`أزيد من 3.6 مليون` and `3.685.964`): a headline and its body, or an
//! article and the report it quotes.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::{
    by_year, is_precise, is_quantity, number, quote, show, Article, Confidence, FigureRef, Relation, Suggestion,
};
use crate::extract::{Figure, Qualifier};

/// A claim this far from its closest precise figure (as a fraction of
/// it) is about something else; nearer, a disagreement is suspected.
const NEAR: Decimal = Decimal::from_parts(25, 0, 0, false, 2);
/// Claims smaller than this are rounded by chance (`نحو 30 شخصا`).
const SMALLEST_CLAIM: u32 = 1000;

/// Precise figures by what they count, sorted by value: `(value, figure)`.
type Candidates = Vec<(Decimal, FigureRef)>;

pub fn find(articles: &[Article]) -> Vec<Suggestion> {
    // Same article first; then articles on the same year.
    let mut in_article: HashMap<(usize, &str, Option<&str>), Candidates> = HashMap::new();
    let mut in_year: HashMap<(i64, &str, Option<&str>), Candidates> = HashMap::new();
    let year_of = year_keys(articles);
    for (a, article) in articles.iter().enumerate() {
        for (i, figure) in article.index.figures().iter().enumerate() {
            let (Some(noun), Some(value)) = (article.facts[i].noun.as_deref(), number(figure)) else {
                continue;
            };
            if !is_quantity(figure) || !is_precise(figure) {
                continue;
            }
            let at = FigureRef { article: a, figure: i };
            in_article.entry((a, noun, figure.unit)).or_default().push((value, at));
            in_year
                .entry((year_of[a], noun, figure.unit))
                .or_default()
                .push((value, at));
        }
    }
    for list in in_article.values_mut().chain(in_year.values_mut()) {
        list.sort();
    }
    let mut found = Vec::new();
    // Claims that state one precise figure, for `equal` between articles.
    let mut by_precise: HashMap<FigureRef, Vec<FigureRef>> = HashMap::new();
    for (a, article) in articles.iter().enumerate() {
        for (i, figure) in article.index.figures().iter().enumerate() {
            let (Some(noun), Some(stated)) = (article.facts[i].noun.as_deref(), number(figure)) else {
                continue;
            };
            if !is_quantity(figure) || is_precise(figure) || stated < Decimal::from(SMALLEST_CLAIM) {
                continue;
            }
            let claim = FigureRef { article: a, figure: i };
            let same_article = in_article
                .get(&(a, noun, figure.unit))
                .and_then(|c| closest(c, stated, a, true));
            let other_article = || {
                in_year
                    .get(&(year_of[a], noun, figure.unit))
                    .and_then(|c| closest(c, stated, a, false))
            };
            let Some((actual, precise, same)) = same_article
                .filter(|&(v, _)| agrees(figure, stated, v) || near(stated, v))
                .map(|(v, p)| (v, p, true))
                .or_else(|| other_article().map(|(v, p)| (v, p, false)))
            else {
                continue;
            };
            let holds = agrees(figure, stated, actual);
            if !holds && !near(stated, actual) {
                continue;
            }
            let place = if same {
                "in the same article"
            } else {
                "in an article on the same year"
            };
            let description = format!("{} agrees with {}", quote(articles, claim), quote(articles, precise));
            let reason = format!("the closest precise count of {noun} {place} to this rounded figure");
            let suspected = (!holds).then(|| {
                format!(
                    "{} ({}) does not agree with {} ({}), the precise count of {noun} {place}",
                    quote(articles, claim),
                    claim_words(figure, stated),
                    show(actual),
                    quote(articles, precise)
                )
            });
            if holds {
                by_precise.entry(precise).or_default().push(claim);
            }
            found.push(Suggestion {
                relation: Relation::Claim { claim, precise },
                confidence: if same || holds {
                    Confidence::Strong
                } else {
                    Confidence::Weak
                },
                description,
                reason,
                suspected,
            });
        }
    }
    // Two articles' rounded figures for one precise figure state the same
    // quantity (one claim per article).
    let mut shared: Vec<(FigureRef, Vec<FigureRef>)> = by_precise.into_iter().collect();
    shared.sort();
    for (precise, mut claims) in shared {
        claims.sort();
        claims.dedup_by_key(|c| c.article);
        if claims.len() < 2 {
            continue;
        }
        let quoted: Vec<String> = claims.iter().map(|&c| quote(articles, c)).collect();
        found.push(Suggestion {
            description: format!("{} state the same quantity", quoted.join(" and ")),
            reason: format!(
                "rounded figures of {} articles that each agree with {}",
                claims.len(),
                quote(articles, precise)
            ),
            relation: Relation::Equal { figures: claims },
            confidence: Confidence::Strong,
            suspected: None,
        });
    }
    found
}

/// A key per article: its year, or a key of its own when it has none.
pub(super) fn year_keys(articles: &[Article]) -> Vec<i64> {
    let mut keys = vec![0; articles.len()];
    for (key, members) in by_year(articles) {
        for a in members {
            keys[a] = key;
        }
    }
    keys
}

/// The candidate nearest `stated`, in article `a` (`same`) or in another.
fn closest(candidates: &Candidates, stated: Decimal, a: usize, same: bool) -> Option<(Decimal, FigureRef)> {
    let at = candidates.partition_point(|&(v, _)| v < stated);
    let wanted = |&&(_, r): &&(Decimal, FigureRef)| (r.article == a) == same;
    let below = candidates[..at].iter().rev().find(wanted);
    let above = candidates[at..].iter().find(wanted);
    match (below, above) {
        (Some(&b), Some(&u)) => Some(if stated - b.0 <= u.0 - stated { b } else { u }),
        (b, u) => b.or(u).copied(),
    }
}

fn near(stated: Decimal, actual: Decimal) -> bool {
    !actual.is_zero() && ((stated - actual).abs() / actual) <= NEAR
}

/// Whether the claim is true of `actual` (SPEC §4's table, without
/// tolerance: `check` decides with the rule's own).
fn agrees(claim: &Figure, stated: Decimal, actual: Decimal) -> bool {
    let half = claim.precision.unwrap_or(Decimal::ONE) / Decimal::TWO;
    match claim.qualifier {
        Qualifier::Exact | Qualifier::About => (actual - stated).abs() <= half,
        Qualifier::MoreThan => actual > stated,
        Qualifier::AtLeast => actual >= stated,
        Qualifier::LessThan => actual < stated,
        Qualifier::AtMost => actual <= stated,
    }
}

fn claim_words(claim: &Figure, stated: Decimal) -> String {
    let words = match claim.qualifier {
        Qualifier::Exact => "about",
        Qualifier::About => "about",
        Qualifier::MoreThan => "more than",
        Qualifier::AtLeast => "at least",
        Qualifier::LessThan => "less than",
        Qualifier::AtMost => "at most",
    };
    format!("{words} {}", show(stated))
}
