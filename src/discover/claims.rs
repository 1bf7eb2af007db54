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
    let mut in_article: HashMap<(usize, Option<&str>, Option<&str>), Candidates> = HashMap::new();
    let mut in_year: HashMap<(i64, Option<&str>, Option<&str>), Candidates> = HashMap::new();
    let year_of = year_keys(articles);
    for (a, article) in articles.iter().enumerate() {
        for (i, figure) in article.index.figures().iter().enumerate() {
            let noun = article.facts[i].noun.as_deref();
            let Some(value) = number(figure) else { continue };
            if !is_quantity(figure) || !is_precise(figure) || (noun.is_none() && figure.unit.is_none()) {
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
            let noun = article.facts[i].noun.as_deref();
            let Some(stated) = number(figure) else { continue };
            let counts = noun.or(figure.unit).unwrap_or_default();
            if !is_quantity(figure)
                || is_precise(figure)
                || stated < Decimal::from(SMALLEST_CLAIM)
                || (noun.is_none() && figure.unit.is_none())
            {
                continue;
            }
            let claim = FigureRef { article: a, figure: i };
            let headline = article.facts[i].headline;
            let same_article = in_article
                .get(&(a, noun, figure.unit))
                .and_then(|c| in_same_article(articles, c, figure, stated, headline));
            let other_article = || {
                in_year
                    .get(&(year_of[a], noun, figure.unit))
                    .and_then(|c| closest(c, stated, a))
            };
            let Some((actual, precise, same)) = same_article
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
            let reason = format!("the closest precise count of {counts} {place} to this rounded figure");
            let suspected = (!holds).then(|| {
                format!(
                    "{} ({}) does not agree with {} ({}), the precise count of {counts} {place}",
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

/// The precise figure a claim states, in its own article: for a headline,
/// the first of the body (the lede's figure) when near; else the nearest
/// one it agrees with; else the nearest, if near enough to be the same.
fn in_same_article(
    articles: &[Article],
    candidates: &Candidates,
    claim: &Figure,
    stated: Decimal,
    headline: bool,
) -> Option<(Decimal, FigureRef)> {
    let distance = |&(v, r): &(Decimal, FigureRef)| ((v - stated).abs(), r);
    let lede = candidates
        .iter()
        .filter(|(v, r)| headline && !articles[r.article].facts[r.figure].headline && near(stated, *v))
        .min_by_key(|(_, r)| *r);
    let agreeing = || {
        candidates
            .iter()
            .filter(|(v, _)| agrees(claim, stated, *v))
            .min_by_key(|c| distance(c))
    };
    let nearest = || {
        candidates
            .iter()
            .min_by_key(|c| distance(c))
            .filter(|(v, _)| near(stated, *v))
    };
    lede.or_else(agreeing).or_else(nearest).copied()
}

/// The candidate of another article nearest `stated` (the first written,
/// among equal values).
fn closest(candidates: &Candidates, stated: Decimal, a: usize) -> Option<(Decimal, FigureRef)> {
    let at = candidates.partition_point(|&(v, _)| v < stated);
    let wanted = |&&(_, r): &&(Decimal, FigureRef)| r.article != a;
    let below = candidates[..at].iter().rev().find(wanted);
    let above = candidates[at..].iter().find(wanted);
    let value = match (below, above) {
        (Some(&b), Some(&u)) => Some(if stated - b.0 <= u.0 - stated { b.0 } else { u.0 }),
        (b, u) => b.or(u).map(|c| c.0),
    }?;
    let first = candidates.partition_point(|&(v, _)| v < value);
    candidates[first..].iter().find(wanted).copied()
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
