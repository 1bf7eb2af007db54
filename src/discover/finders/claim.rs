//! A rounded or qualified figure and the precise figure it states
//! (`أزيد من 14 مليون` and `14,5 مليون`; `779 ألف` and `779 ألفًا و08`):
//! in one article or across a group. Each claim is paired with the
//! nearest precise amount of its class that it agrees with; a claim that
//! agrees with none but is one edit from agreeing with one of its own
//! quantity is proposed as a near miss.

use super::super::amount::{Amount, Class};
use super::super::candidate::{chance, Candidate, Evidence, KeyAgreement, Repair};
use super::super::repair;
use super::super::Relation;
use super::{key_agreement, units_agree};

pub fn find(groups: &[&[Amount]]) -> Vec<Candidate> {
    let all: Vec<&Amount> = groups.iter().flat_map(|g| g.iter()).collect();
    let counts: Vec<&Amount> = all.iter().copied().filter(|a| a.class == Class::Count).collect();
    let mut found = Vec::new();
    for claim in all.iter().copied() {
        if claim.class != Class::Count || claim.precise() || claim.digits() > 4 {
            continue;
        }
        if claim.qualifier == crate::extract::Qualifier::Exact && claim.precision <= rust_decimal::Decimal::ONE {
            continue;
        }
        // Stated more precisely: exactly, or to a smaller place value.
        let finer = |p: &&Amount| {
            p.qualifier == crate::extract::Qualifier::Exact
                && (p.precision < claim.precision
                    || (p.precision == claim.precision && claim.qualifier != crate::extract::Qualifier::Exact))
        };
        let fits = |p: &&Amount| {
            finer(p)
                && p.at != claim.at
                && periods_agree(claim, p)
                && units_agree(claim, p)
                && p.value.abs() >= claim.precision
                && key_agreement([claim, *p]) != KeyAgreement::Different
        };
        let candidates: Vec<&Amount> = counts.iter().copied().filter(fits).collect();
        let trials = candidates.len().max(1);
        let distance = |p: &&Amount| (p.value - claim.value).abs();
        let agreeing = candidates
            .iter()
            .copied()
            .filter(|p| claim.interval.overlaps(p.interval))
            .min_by_key(|p| (p.at.article != claim.at.article, distance(p)));
        if let Some(p) = agreeing {
            found.push(candidate(claim, p, true, trials, Vec::new()));
            continue;
        }
        // One edit of the claim that makes it agree with a precise amount
        // of its own quantity.
        if claim.key.is_none() {
            continue;
        }
        for (to, edit) in repair::neighbours(claim) {
            let shift = to - claim.value;
            let moved = super::super::amount::Interval {
                lo: claim.interval.lo + shift,
                hi: claim.interval.hi + shift,
            };
            let same_key = candidates
                .iter()
                .copied()
                .filter(|p| p.key == claim.key && moved.overlaps(p.interval))
                .min_by_key(|p| (p.at.article != claim.at.article, distance(p)));
            if let Some(p) = same_key {
                let repairs = vec![Repair {
                    figure: claim.at,
                    from: claim.value,
                    to,
                    edit,
                }];
                found.push(candidate(claim, p, false, trials * repair::EDITS_PER_DIGIT, repairs));
                break;
            }
        }
    }
    found
}

/// Figures of two documents are compared only for one period.
pub fn periods_agree(a: &Amount, b: &Amount) -> bool {
    a.at.article == b.at.article || a.period.is_none() || b.period.is_none() || a.period == b.period
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
            spread: if across {
                0
            } else {
                precise.sentence.abs_diff(claim.sentence).min(3)
            },
            figures: 2,
            repairs,
            across,
        },
        tolerance: None,
        values: Some((precise.value, claim.value)),
    }
}
