//! The same quantity written twice: in a headline and the body, in
//! digits and in words, or in two documents of one group. Pairs of equal
//! value are looked up by value, never searched for; a pair one edit
//! apart with the same quantity key is proposed as a near miss.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::super::amount::{one_after_the_other, Amount, Class};
use super::super::candidate::{chance, Candidate, Evidence, KeyAgreement};
use super::super::landmarks::Landmarks;
use super::super::repair;
use super::super::score;
use super::super::Relation;
use super::{key_agreement, units_agree};
use crate::extract::Qualifier;

/// Amounts of every article in a group, each list in text order.
pub(crate) fn find(groups: &[&[Amount]]) -> Vec<Candidate> {
    let all: Vec<&Amount> = groups.iter().flat_map(|g| g.iter()).collect();
    let mut by_value: HashMap<(Decimal, Class), Vec<usize>> = HashMap::new();
    for (i, a) in all.iter().enumerate() {
        by_value.entry((a.value.normalize(), a.class)).or_default().push(i);
    }
    let mut per_class: HashMap<Class, usize> = HashMap::new();
    let mut per_key: HashMap<(Class, &str), usize> = HashMap::new();
    for a in &all {
        *per_class.entry(a.class).or_default() += 1;
        if let Some(key) = a.key.as_deref() {
            *per_key.entry((a.class, key)).or_default() += 1;
        }
    }
    let mut found = Vec::new();
    let mut keys: Vec<&(Decimal, Class)> = by_value.keys().collect();
    keys.sort_by(|a, b| a.0.cmp(&b.0).then((a.1 as u8).cmp(&(b.1 as u8))));
    for key in keys {
        let members = &by_value[key];
        // A headline's figure that its own body restates is compared with
        // that body, and the body with other documents: two outlets state
        // a figure in their bodies, whatever their titles take of it.
        let restated_below = |x: &Amount| {
            x.headline
                && members
                    .iter()
                    .any(|&m| all[m].at.article == x.at.article && !all[m].headline && pairable(all[m], x))
        };
        let across_headline =
            |x: &Amount, y: &Amount| x.at.article != y.at.article && (restated_below(x) || restated_below(y));
        // Each later figure with the nearest earlier one it may repeat,
        // and a body's figure whose nearest is its own headline with the
        // nearest of another document too.
        for (n, &later) in members.iter().enumerate().skip(1) {
            let b = all[later];
            let mut nearest = members[..n]
                .iter()
                .rev()
                .take(NEAREST_PARTNERS)
                .filter(|&&e| pairable(all[e], b) && !across_headline(all[e], b));
            let Some(&earlier) = nearest.next() else {
                continue;
            };
            let own_headline = all[earlier].at.article == b.at.article && all[earlier].headline && !b.headline;
            let other_document = own_headline
                .then(|| nearest.find(|&&e| all[e].at.article != b.at.article))
                .flatten();
            // Where `b` restates its own headline, that pair accounts for
            // the headline, and `b` is what the other document's repeat
            // accounts for: one figure each, whichever documents have titles.
            found.extend(repeat(all[earlier], b, &per_key, &per_class).map(|mut c| {
                if other_document.is_some() {
                    c.explained = all[earlier].at;
                }
                c
            }));
            if let Some(&other) = other_document {
                found.extend(repeat(all[other], b, &per_key, &per_class));
            }
        }
    }
    found.extend(near_misses(&all, &per_class));
    found
}

/// The repeat of `a` by `b`, where its evidence may be suggested.
fn repeat(
    a: &Amount,
    b: &Amount,
    per_key: &HashMap<(Class, &str), usize>,
    per_class: &HashMap<Class, usize>,
) -> Option<Candidate> {
    // The figures the repeat could have matched by chance: those of its
    // quantity, or of its class when it names none.
    let trials = match (a.key.as_deref(), b.key.as_deref()) {
        (Some(k), Some(_)) => per_key.get(&(a.class, k)).copied(),
        _ => None,
    }
    .or_else(|| per_class.get(&a.class).copied())
    .unwrap_or(1);
    // A repeat likelier by chance than any evidence can outweigh is never
    // suggested, so it is not kept: a dense text repeats a value by the
    // thousand.
    let repeat = candidate(a, b, true, trials, Vec::new());
    (score::score(&repeat.evidence) >= score::HOLDS).then_some(repeat)
}

/// Two amounts that may state one quantity: same class, stated with the
/// same precision, units that agree, and no quantity keys that differ.
fn pairable(a: &Amount, b: &Amount) -> bool {
    pairable_at(a, b, b.precision)
}

/// [`pairable`], with `b` stated to `precision` (a repair may change it:
/// `9.48` with the sides of its point swapped is 48.9, to a tenth).
fn pairable_at(a: &Amount, b: &Amount, precision: Decimal) -> bool {
    a.at != b.at
        && a.class == b.class
        && a.precision == precision
        && same_claim(a.qualifier, b.qualifier)
        && units_agree(a, b)
        && (a.french != b.french || key_agreement([a, b]) != KeyAgreement::Different)
        && super::claim::periods_agree(a, b)
}

/// Whether two qualifiers state a value alike: the same, or one exact and
/// one about (a headline drops the body's `حوالي`, `près de`). A bound
/// states another thing than a value.
fn same_claim(a: Qualifier, b: Qualifier) -> bool {
    a == b
        || matches!(
            (a, b),
            (Qualifier::Exact, Qualifier::About) | (Qualifier::About, Qualifier::Exact)
        )
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
        key: if a.french != b.french {
            KeyAgreement::Unknown
        } else {
            key_agreement([a, b])
        },
        // A headline restates the body: its distance says nothing.
        // A quantity is restated anywhere: in the headline, the lede, the
        // conclusion. Distance says nothing of a repeat.
        spread: 0,
        figures: 2,
        repairs,
        across,
        comparison: false,
        unmarked_change: false,
        mixed_periods: false,
        parts_shared: false,
        corroborated: false,
        paired_beside: None,
        aligned: 0,
    };
    Candidate {
        relation: Relation::Equal {
            figures: vec![a.at, b.at],
        },
        explained: b.at,
        evidence,
        tolerance: None,
        values: Some((a.value, b.value)),
        read_otherwise: [a, b].into_iter().find(|x| x.alternative).map(|x| x.at),
        equation: None,
        stated_change: None,
    }
}

/// Two amounts of one quantity, one edit apart: one of them is likely
/// mistyped. Looked for among the neighbours of each value: same
/// quantity key, or the same count in an Arabic and a French paragraph
/// (their nouns are in two languages, so large counts only).
fn near_misses(all: &[&Amount], _per_class: &HashMap<Class, usize>) -> Vec<Candidate> {
    let mut by_value: HashMap<(Class, Decimal), Vec<usize>> = HashMap::new();
    let mut per_key: HashMap<(Class, &str), usize> = HashMap::new();
    for (i, a) in all.iter().enumerate() {
        by_value.entry((a.class, a.value.normalize())).or_default().push(i);
        if let Some(key) = a.key.as_deref() {
            *per_key.entry((a.class, key)).or_default() += 1;
        }
    }
    let landmarks = Landmarks::of(all);
    let mut found = Vec::new();
    for (i, b) in all.iter().enumerate() {
        // Two bounds of one side (`أزيد من 3.5 مليون`, `plus de 3,6
        // millions`) are both true of many values: neither belies the
        // other.
        if !matches!(b.qualifier, Qualifier::Exact | Qualifier::About) {
            continue;
        }
        // A headline restates its body: there a small count one slip from
        // the body's is suspected too.
        let restated = |a: &Amount| a.at.article == b.at.article && a.headline != b.headline;
        // A table's cell is of the quantity its labels name: a figure of
        // prose whose noun is among their words.
        let labelled = |table: &Amount, prose: &Amount| {
            [prose.key.as_deref(), prose.next_key.as_deref()]
                .into_iter()
                .flatten()
                .any(|k| table.labels.iter().any(|l| super::super::quantity::same(l, k)))
        };
        let same_quantity = |a: &Amount| match (a.key.as_deref(), b.key.as_deref()) {
            (Some(x), Some(y)) if a.french == b.french => super::super::quantity::same(x, y),
            _ if !a.labels.is_empty() && b.labels.is_empty() && a.french == b.french => labelled(a, b),
            _ if !b.labels.is_empty() && a.labels.is_empty() && a.french == b.french => labelled(b, a),
            // A headline's figure that names nothing restates the body's.
            (None, None) if restated(a) && a.french == b.french => true,
            _ => a.french != b.french && b.value >= Decimal::from(CROSS_LANGUAGE_SMALLEST),
        };
        let mut best: Option<(Candidate, (u8, usize))> = None;
        // A dropped or added digit makes another order of magnitude: more
        // likely another quantity than a slip. Only substitutions are tried,
        // and the swap of two written parts a right-to-left copy makes
        // (`9.48 %` for 48.9%), to the precision the swap states.
        let substitutions = repair::substitutions(b)
            .into_iter()
            .map(|(to, edit)| (to, edit, b.precision));
        let swap = b.swapped.map(|s| (s.value, s.edit, s.precision));
        for (to, edit, precision) in substitutions.chain(swap) {
            let Some(others) = by_value.get(&(b.class, to.normalize())) else {
                continue;
            };
            // The nearest partners, which the distance below prefers: a
            // value repeated all over a document would make every figure
            // try every other.
            let at = others.partition_point(|&j| j < i);
            let nearest = others
                .get(at.saturating_sub(NEAREST_PARTNERS)..at.saturating_add(NEAREST_PARTNERS).min(others.len()))
                .unwrap_or_default();
            for &j in nearest.iter().filter(|&&j| j != i) {
                let a = all[j];
                // Two tellings of one story (two documents, or a passage an
                // article tells twice) at the same place there state one
                // quantity, whatever their words.
                let aligned = landmarks.sides(j, i);
                // A change the text marks in one telling and restates
                // without the word there (`بزائد 34 في المائة`, then `34 في
                // المائة`); never a rise against a fall.
                let changes_agree = a.change == b.change || (aligned > 0 && (a.change.is_none() || b.change.is_none()));
                if !(same_quantity(a) || aligned > 0) || !pairable_at(a, b, precision) || !changes_agree {
                    continue;
                }
                // `12.5٪ … مقابل 12.6٪`: a figure set against a repeat of
                // the other states something else (another period, another
                // group), so neither is a slip of the other.
                let set_against_a_repeat = |x: usize, y: &Amount| {
                    all[x].contrasted
                        && x.checked_sub(1).and_then(|p| all.get(p)).is_some_and(|before| {
                            before.at.article == all[x].at.article
                                && before.at != y.at
                                && before.class == y.class
                                && before.value == y.value
                        })
                };
                let set_against_a_repeat = set_against_a_repeat(i, a) || set_against_a_repeat(j, b);
                // `904 ألف حاوية … مقابل 944 ألف`: a figure set against the
                // one just before it is of another period or group, so
                // neither is a slip of the other.
                let (earlier, later) = if i < j { (i, j) } else { (j, i) };
                let set_against_each_other = all.get(earlier + 1..later).is_some_and(|run| {
                    super::super::amount::set_against(all[earlier], all[later], run.iter().copied())
                });
                // `entre 10.000 et 12.000`: the two ends of a range are
                // two values by design, not one value and its slip.
                let ends_of_one_range = a.at.article == b.at.article
                    && a.at.figure.abs_diff(b.at.figure) == 1
                    && a.range.zip(b.range).is_some_and(|(x, y)| x != y);
                // `الذكور 1728 ألف … مقابل 1680 ألف … الإناث 1672 ألف …
                // مقابل 1620 ألف`: each is the other end of its own
                // comparison, set against two other values; a figure is
                // restated plainly, or with what it was set against.
                let set_against_value = |x: usize| {
                    all[..x]
                        .iter()
                        .rev()
                        .find(|p| p.at != all[x].at)
                        .filter(|p| p.at.article == all[x].at.article)
                        .map(|p| p.value)
                };
                let both_set_against_others = a.at.article == b.at.article
                    && a.contrasted
                    && b.contrasted
                    && set_against_value(i)
                        .zip(set_against_value(j))
                        .is_some_and(|(x, y)| x != y);
                // `بشهر ايار 3.23 مليون برميل، … بشهر حزيران 3.27 مليون`: two
                // figures of one quantity one after the other in a sentence
                // are a series (two periods, two places), not a figure and
                // its restatement, which a sentence makes further on if at
                // all.
                let one_after_the_other = all
                    .get(earlier + 1..later)
                    .is_some_and(|run| one_after_the_other(all[earlier], all[later], run.iter().copied()));
                if set_against_a_repeat
                    || set_against_each_other
                    || ends_of_one_range
                    || both_set_against_others
                    || one_after_the_other
                {
                    continue;
                }
                if !(score::may_be_mistyped(b) || (restated(a) && a.key.is_some()) || aligned > 0) {
                    continue;
                }
                // The figures it might have been confused with, times the
                // edits tried: where the tellings align, the pairs the
                // landmarks leave.
                let kin = if aligned > 0 {
                    landmarks.confusable_pairs(j, i)
                } else {
                    b.key
                        .as_deref()
                        .and_then(|k| per_key.get(&(b.class, k)))
                        .copied()
                        .unwrap_or(all.len() / 4)
                        .max(1)
                };
                let trials = kin * b.digits() as usize * repair::EDITS_PER_DIGIT;
                let repairs = vec![super::super::candidate::Repair {
                    figure: b.at,
                    from: b.value,
                    to,
                    edit,
                    digits: b.digits(),
                }];
                let (first, second): (&Amount, &Amount) = if a.at < b.at { (a, b) } else { (b, a) };
                let mut c = candidate(first, second, false, trials, repairs);
                c.explained = b.at;
                if a.french != b.french {
                    c.evidence.key = KeyAgreement::Unknown;
                }
                c.evidence.aligned = aligned;
                // The partner the tellings align, else the nearest.
                let distance = (
                    u8::MAX - aligned,
                    a.order.abs_diff(b.order) + usize::from(a.at.article != b.at.article) * 1000,
                );
                if best.as_ref().is_none_or(|(_, d)| distance < *d) {
                    best = Some((c, distance));
                }
            }
        }
        found.extend(best.map(|(c, _)| c));
    }
    found
}

/// Figures of one value tried as a slip's partner, on each side of it in
/// reading order.
const NEAREST_PARTNERS: usize = 32;

/// Counts in two languages are compared from this size on.
const CROSS_LANGUAGE_SMALLEST: u32 = 10_000;
