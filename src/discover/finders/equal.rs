//! The same quantity written twice: in a headline and the body, in
//! digits and in words, or in two documents of one group. Pairs of equal
//! value are looked up by value, never searched for; a pair one edit
//! apart with the same quantity key is proposed as a near miss.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::super::amount::{Amount, Class};
use super::super::candidate::{chance, Candidate, Evidence, KeyAgreement};
use super::super::repair;
use super::super::score;
use super::super::Relation;
use super::{key_agreement, units_agree};

/// Amounts of every article in a group, each list in text order.
pub fn find(groups: &[&[Amount]]) -> Vec<Candidate> {
    let all: Vec<&Amount> = groups.iter().flat_map(|g| g.iter()).collect();
    let mut by_value: HashMap<(Decimal, Class), Vec<usize>> = HashMap::new();
    for (i, a) in all.iter().enumerate() {
        by_value.entry((a.value.normalize(), a.class)).or_default().push(i);
    }
    let mut per_class: HashMap<Class, usize> = HashMap::new();
    for a in &all {
        *per_class.entry(a.class).or_default() += 1;
    }
    let mut found = Vec::new();
    let mut keys: Vec<&(Decimal, Class)> = by_value.keys().collect();
    keys.sort_by(|a, b| a.0.cmp(&b.0).then((a.1 as u8).cmp(&(b.1 as u8))));
    for key in keys {
        let members = &by_value[key];
        // Each later figure with the nearest earlier one it may repeat.
        for (n, &later) in members.iter().enumerate().skip(1) {
            let b = all[later];
            let Some(&earlier) = members[..n].iter().rev().find(|&&e| pairable(all[e], b)) else {
                continue;
            };
            let a = all[earlier];
            let trials = per_class.get(&a.class).copied().unwrap_or(1);
            found.push(candidate(a, b, true, trials, Vec::new()));
        }
    }
    found.extend(near_misses(&all, &per_class));
    found
}

/// Two amounts that may state one quantity: same class, stated with the
/// same precision, units that agree, and no quantity keys that differ.
fn pairable(a: &Amount, b: &Amount) -> bool {
    a.at != b.at
        && a.class == b.class
        && a.precision == b.precision
        && a.qualifier == b.qualifier
        && units_agree(a, b)
        && key_agreement([a, b]) != KeyAgreement::Different
        && super::claim::periods_agree(a, b)
}

fn candidate(
    a: &Amount,
    b: &Amount,
    holds: bool,
    trials: usize,
    repairs: Vec<super::super::candidate::Repair>,
) -> Candidate {
    let across = a.at.article != b.at.article;
    let evidence = Evidence {
        holds,
        coincidence: chance(a.precision, a.value.abs().max(a.precision)),
        trials,
        cues: u32::from(a.headline != b.headline && !across),
        key: key_agreement([a, b]),
        spread: if across {
            0
        } else {
            b.sentence.saturating_sub(a.sentence).min(3)
        },
        figures: 2,
        repairs,
        across,
    };
    Candidate {
        relation: Relation::Equal {
            figures: vec![a.at, b.at],
        },
        explained: b.at,
        evidence,
        tolerance: None,
        values: Some((a.value, b.value)),
    }
}

/// Two amounts of one quantity key, one edit apart: one of them is
/// likely mistyped. Looked for among the neighbours of each value.
fn near_misses(all: &[&Amount], per_class: &HashMap<Class, usize>) -> Vec<Candidate> {
    let mut by_key: HashMap<(Class, Decimal, &str), Vec<usize>> = HashMap::new();
    for (i, a) in all.iter().enumerate() {
        if let Some(key) = a.key.as_deref() {
            by_key.entry((a.class, a.value.normalize(), key)).or_default().push(i);
        }
    }
    let mut found = Vec::new();
    for (i, b) in all.iter().enumerate() {
        let Some(key) = b.key.as_deref() else { continue };
        if !score::may_be_mistyped(b) {
            continue;
        }
        for (to, edit) in repair::neighbours(b) {
            let Some(others) = by_key.get(&(b.class, to.normalize(), key)) else {
                continue;
            };
            for &j in others.iter().filter(|&&j| j < i) {
                let a = all[j];
                if !pairable(a, b) || a.change != b.change {
                    continue;
                }
                let repairs = vec![super::super::candidate::Repair {
                    figure: b.at,
                    from: b.value,
                    to,
                    edit,
                }];
                let trials = per_class.get(&a.class).copied().unwrap_or(1) * repair::EDITS_PER_DIGIT;
                found.push(candidate(a, b, false, trials, repairs));
            }
        }
    }
    found
}
