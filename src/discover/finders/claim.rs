//! A rounded or qualified figure and the precise figure it states
//! (`أزيد من 14 مليون` and `14,5 مليون`; `779 ألف` and `779 ألفًا و08`):
//! in one article or across a group. Each claim is paired with the
//! nearest precise amount of its class that it agrees with; a claim that
//! agrees with none but is one edit from agreeing with one of its own
//! quantity is proposed as a near miss.

use std::collections::BTreeMap;

use super::super::amount::{Amount, Class};
use super::super::candidate::{chance, Candidate, Evidence, KeyAgreement, Repair};
use super::super::repair;
use super::super::FigureRef;
use super::super::Relation;
use super::{key_agreement, units_agree};

pub(crate) fn find(groups: &[&[Amount]]) -> Vec<Candidate> {
    let all: Vec<&Amount> = groups.iter().flat_map(|g| g.iter()).collect();
    let counts: Vec<&Amount> = all.iter().copied().filter(|a| a.class == Class::Count).collect();
    let mut found = Vec::new();
    let mut by_precise: BTreeMap<FigureRef, Vec<&Amount>> = BTreeMap::new();
    for claim in all.iter().copied() {
        if claim.class != Class::Count || claim.precise() || claim.digits() > 4 {
            continue;
        }
        if claim.qualifier == crate::extract::Qualifier::Exact && claim.precision <= rust_decimal::Decimal::ONE {
            continue;
        }
        // Stated more precisely: exactly, to a smaller place value.
        let finer = |p: &&Amount| p.qualifier == crate::extract::Qualifier::Exact && p.precision < claim.precision;
        let fits = |p: &&Amount| {
            finer(p)
                && p.at != claim.at
                && periods_agree(claim, p)
                && units_agree(claim, p)
                && p.value.abs() >= claim.precision
                && key_agreement([claim, *p]) != KeyAgreement::Different
        };
        let mut candidates: Vec<&Amount> = counts.iter().copied().filter(fits).collect();
        let trials = candidates.len().max(1);
        let distance = |p: &&Amount| p.value.saturating_sub(claim.value).abs();
        // The figure it agrees with, in its own article first.
        let agreeing = candidates
            .iter()
            .copied()
            .filter(|p| agrees(claim, p.value) && about_the_same(claim, p))
            .min_by_key(|p| (p.at.article != claim.at.article, distance(p)));
        // A near miss is sought in its own article where that article has
        // figures of its quantity; in other documents only where it has
        // none.
        let own = |p: &&Amount| p.at.article == claim.at.article && claim.key.is_some() && p.key == claim.key;
        if candidates.iter().any(own) {
            candidates.retain(|p| p.at.article == claim.at.article);
        }
        if let Some(p) = agreeing {
            found.push(candidate(claim, p, true, trials, Vec::new()));
            by_precise.entry(p.at).or_default().push(claim);
            continue;
        }
        // One edit of the claim that makes it agree with a precise amount
        // of its own quantity.
        if claim.key.is_none() {
            continue;
        }
        // A dropped or added digit makes another order of magnitude: a
        // claim is compared with figures of its own size only.
        let mut best: Option<(rust_decimal::Decimal, &Amount, rust_decimal::Decimal, &'static str)> = None;
        for (to, edit) in repair::neighbours(claim) {
            if !matches!(edit, "one digit changed" | "two digits swapped") {
                continue;
            }
            let same_key = candidates
                .iter()
                .copied()
                .filter(|p| p.key == claim.key && !agrees(claim, p.value) && agrees_as(claim, to, p.value))
                .min_by_key(|p| (p.at.article != claim.at.article, distance(p)));
            if let Some(p) = same_key {
                let d = distance(&p);
                if best.as_ref().is_none_or(|(bd, ..)| d < *bd) {
                    best = Some((d, p, to, edit));
                }
            }
        }
        if let Some((_, p, to, edit)) = best {
            // The edits tried: the claim is compared with the nearest
            // figure of its own quantity only, not searched among all.
            let edits = claim.digits() as usize * 10;
            let repairs = vec![Repair {
                figure: claim.at,
                from: claim.value,
                to,
                edit,
                digits: claim.digits(),
            }];
            found.push(candidate(claim, p, false, edits, repairs));
        }
    }
    found.extend(restated_claims(by_precise));
    found
}

/// Rounded figures of two articles that each agree with one precise
/// figure state the same quantity (`أزيد من 3.5 مليون` in one,
/// `أزيد من 3.6 مليون` in another): one claim per article.
fn restated_claims(by_precise: BTreeMap<FigureRef, Vec<&Amount>>) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (_, mut claims) in by_precise {
        claims.sort_by_key(|c| c.at);
        claims.dedup_by_key(|c| c.at.article);
        let Some(last) = claims.last().filter(|_| claims.len() >= 2) else {
            continue;
        };
        found.push(Candidate {
            relation: Relation::Equal {
                figures: claims.iter().map(|c| c.at).collect(),
            },
            explained: last.at,
            evidence: Evidence {
                holds: true,
                coincidence: 1.0,
                trials: 1,
                cues: 1,
                key: key_agreement(claims.iter().copied()),
                spread: 0,
                figures: claims.len(),
                repairs: Vec::new(),
                across: true,
                comparison: true,
                unmarked_change: false,
                mixed_periods: false,
                parts_shared: false,
                corroborated: false,
                paired_beside: None,
                aligned: 0,
            },
            tolerance: None,
            values: None,
            read_otherwise: claims.iter().find(|x| x.alternative).map(|x| x.at),
            equation: None,
            stated_change: None,
        });
    }
    found
}

/// A claim speaks of a figure near it: within two units of its precision
/// or a quarter of its value (`أكثر من مليون و200 ألف` of 1,236,908).
fn about_the_same(claim: &Amount, p: &Amount) -> bool {
    let distance = p.value.saturating_sub(claim.value).abs();
    distance <= claim.precision.saturating_mul(rust_decimal::Decimal::TWO)
        || distance.saturating_mul(rust_decimal::Decimal::from(4)) <= claim.value.abs()
}

/// Whether the claim is true of `actual` (SPEC §4's table).
fn agrees(claim: &Amount, actual: rust_decimal::Decimal) -> bool {
    agrees_as(claim, claim.value, actual)
}

/// Whether the claim, stating `stated`, is true of `actual`.
fn agrees_as(claim: &Amount, stated: rust_decimal::Decimal, actual: rust_decimal::Decimal) -> bool {
    use crate::extract::Qualifier;
    let half = claim.precision / rust_decimal::Decimal::TWO;
    match claim.qualifier {
        Qualifier::Exact | Qualifier::About => actual.saturating_sub(stated).abs() <= half,
        Qualifier::MoreThan => actual > stated,
        Qualifier::AtLeast => actual >= stated,
        Qualifier::LessThan => actual < stated,
        Qualifier::AtMost => actual <= stated,
    }
}

/// Figures are compared only for one period: within an article, the years
/// their sentences name (an unknown one agrees); across documents, each
/// figure's own year or else its article's.
pub(crate) fn periods_agree(a: &Amount, b: &Amount) -> bool {
    let (pa, pb) = if a.at.article == b.at.article {
        (a.period, b.period)
    } else {
        (a.period.or(a.article_year), b.period.or(b.article_year))
    };
    pa.is_none() || pb.is_none() || pa == pb
}

fn candidate(claim: &Amount, precise: &Amount, holds: bool, trials: usize, repairs: Vec<Repair>) -> Candidate {
    let across = claim.at.article != precise.at.article;
    Candidate {
        relation: Relation::Claim {
            claim: claim.at,
            precise: precise.at,
        },
        explained: claim.at,
        evidence: Evidence {
            holds,
            coincidence: chance(claim.interval.width(), claim.value.abs().max(claim.precision)),
            trials,
            cues: u32::from(claim.headline && !precise.headline),
            key: key_agreement([claim, precise]),
            // A headline restates the body: its distance says nothing.
            spread: if across || claim.headline {
                0
            } else {
                precise.sentence.abs_diff(claim.sentence).min(3)
            },
            figures: 2,
            repairs,
            across,
            comparison: true,
            unmarked_change: false,
            mixed_periods: false,
            parts_shared: false,
            corroborated: false,
            paired_beside: None,
            aligned: 0,
        },
        tolerance: None,
        values: Some((precise.value, claim.value)),
        read_otherwise: [claim, precise].into_iter().find(|x| x.alternative).map(|x| x.at),
        equation: None,
        stated_change: None,
    }
}
