//! Which figure a slip is in, from the other relations (SPEC §7.2: a
//! suspicion needs one repair, the only one). One mistyped figure breaks
//! every relation it stands in, and leaves those it does not stand in
//! whole:
//! - an edit that would break a relation holding as written (two parts of
//!   a sum that adds up, one digit apart, are no mistyped repeat) is no
//!   repair; a failing relation left with none is no suspicion;
//! - two figures whose change (or share) a percentage states as written
//!   are not the change of another percentage that misses: the text
//!   states their change once, and the other is about something else;
//! - a figure that a relation holding as written vouches for is not the
//!   one to repair while another figure of the failing relation may be;
//! - the same edit of the same figure repairing two failing relations,
//!   neither within the other and each saying something on its own (its
//!   words, or a miss by little), is one slip seen twice, far less likely
//!   by coincidence than either; but two of one kind that share a figure or
//!   a value besides it are one relation told two ways (a sum and a share
//!   of one total still see it twice).

use std::collections::{BTreeSet, HashMap, HashSet};

use rust_decimal::Decimal;

use super::amount::Amount;
use super::candidate::{Candidate, Compare, Equation, Repair};
use super::{score, FigureRef, RatioKind, Relation};

/// Narrows the repairs of each failing candidate to the figures the
/// holding relations leave in doubt, marks those whose repair another
/// failing relation shares, and scores them again. `scored` holds each
/// candidate with its score.
pub(crate) fn corroborate(scored: &mut [(Candidate, f64)], amounts: &[Vec<Amount>]) {
    // A bound (`plus de 26 %`) holds for a range of values, as readily
    // with a mistyped figure as with the right one: it vouches for none.
    let holding = || {
        scored.iter().filter(|(c, s)| {
            c.evidence.holds
                && *s >= score::HOLDS
                && score::arithmetic(&c.evidence) >= VOUCHES
                && !is_bound(&c.relation)
        })
    };
    let vouched: HashSet<FigureRef> = holding().flat_map(|(c, _)| c.relation.figures()).collect();
    // The equations of the holding relations, by the figures they hold.
    let mut guards: HashMap<FigureRef, Vec<Equation>> = HashMap::new();
    for (candidate, _) in holding() {
        if let Some(equation) = &candidate.equation {
            for figure in candidate.relation.figures() {
                guards.entry(figure).or_default().push(equation.clone());
            }
        }
    }
    let breaks_a_holding_relation = |r: &Repair| {
        let Some(article) = amounts.get(r.figure.article) else {
            return false;
        };
        guards.get(&r.figure).is_some_and(|equations| {
            equations.iter().any(|equation| {
                equation
                    .amounts()
                    .filter(|&i| article.get(i).is_some_and(|a| a.at == r.figure))
                    .any(|i| !equation.holds(article, Some((i, r.to))))
            })
        })
    };
    // The figures whose ratio a holding percentage states, by kind (a
    // bound states none, and vouches for nothing).
    let stated_ratios: HashSet<(RatioKind, BTreeSet<FigureRef>)> =
        holding().filter_map(|(c, _)| ratio_figures(&c.relation)).collect();
    for (candidate, score) in scored.iter_mut() {
        if candidate.evidence.holds {
            continue;
        }
        if ratio_figures(&candidate.relation).is_some_and(|ratio| stated_ratios.contains(&ratio)) {
            *score = f64::NEG_INFINITY;
            continue;
        }
        if candidate.evidence.repairs.iter().any(breaks_a_holding_relation) {
            candidate.evidence.repairs.retain(|r| !breaks_a_holding_relation(r));
            *score = match candidate.evidence.repairs.is_empty() {
                true => f64::NEG_INFINITY,
                false => score::score(&candidate.evidence),
            };
        }
        if candidate.evidence.repaired_figures() < 2 {
            continue;
        }
        let repairs = &mut candidate.evidence.repairs;
        if repairs.iter().any(|r| !vouched.contains(&r.figure)) {
            let before = repairs.len();
            repairs.retain(|r| !vouched.contains(&r.figure));
            if repairs.len() != before {
                *score = score::score(&candidate.evidence);
            }
        }
    }
    // Each edit (figure, value it would take), and the figure sets of the
    // failing relations it repairs.
    let mut repairing: HashMap<(FigureRef, Decimal), Vec<KindAndFigures>> = HashMap::new();
    for (candidate, s) in scored.iter() {
        if candidate.evidence.holds
            || *s == f64::NEG_INFINITY
            || score::text_score(&candidate.evidence) < CORROBORATES
            || !says_something(&candidate.evidence)
        {
            continue;
        }
        let set: BTreeSet<FigureRef> = candidate.relation.figures().into_iter().collect();
        let kind = candidate.relation.name();
        for r in &candidate.evidence.repairs {
            let sets = repairing.entry((r.figure, r.to.normalize())).or_default();
            if !sets.iter().any(|(k, s)| *k == kind && *s == set) {
                sets.push((kind, set.clone()));
            }
        }
    }
    // Two relations whose other figures state the same values (`262 +
    // 284` with either of two seat counts of 284) are one relation written
    // twice, not a second sighting of the slip.
    let value_of: HashMap<FigureRef, Decimal> = amounts
        .iter()
        .flatten()
        .filter(|a| !a.alternative)
        .map(|a| (a.at, a.value.normalize()))
        .collect();
    let values_besides = |set: &BTreeSet<FigureRef>, figure: FigureRef| -> Vec<Option<Decimal>> {
        let mut values: Vec<Option<Decimal>> = set
            .iter()
            .filter(|&&f| f != figure)
            .map(|f| value_of.get(f).copied())
            .collect();
        values.sort_unstable();
        values
    };
    let same_values = |a: Vec<Option<Decimal>>, b: Vec<Option<Decimal>>| a.iter().all(Option::is_some) && a == b;
    // Two relations of one kind that share a figure or a value besides
    // the repaired one (`262 + 284` and `145 + 117 + 284`, where 145 +
    // 117 make 262) are one relation told two ways: the slip is seen once.
    let one_kind_sharing = |kind: &str, other_kind: &str, a: &BTreeSet<FigureRef>, b: &BTreeSet<FigureRef>, figure| {
        let values = values_besides(b, figure);
        kind == other_kind
            && (a.intersection(b).any(|&f| f != figure)
                || values_besides(a, figure)
                    .iter()
                    .any(|v| v.is_some() && values.contains(v)))
    };
    for (candidate, score) in scored.iter_mut() {
        if candidate.evidence.holds || candidate.evidence.comparison || !says_something(&candidate.evidence) {
            continue;
        }
        let set: BTreeSet<FigureRef> = candidate.relation.figures().into_iter().collect();
        let kind = candidate.relation.name();
        let seen_elsewhere = |figure: FigureRef, to: Decimal| {
            repairing.get(&(figure, to.normalize())).is_some_and(|sets| {
                sets.iter().any(|(other_kind, other)| {
                    !other.is_subset(&set)
                        && !set.is_subset(other)
                        && !one_kind_sharing(kind, other_kind, &set, other, figure)
                        && !same_values(values_besides(other, figure), values_besides(&set, figure))
                })
            })
        };
        let repairs = &mut candidate.evidence.repairs;
        let shared = |r: &Repair| score::enough_digits(r.digits) && seen_elsewhere(r.figure, r.to);
        if repairs.iter().any(shared) {
            repairs.retain(shared);
            candidate.evidence.corroborated = true;
            *score = score::score(&candidate.evidence);
        }
    }
}

/// A failing relation's kind (`sum`, `share`, …) and its figures.
type KindAndFigures = (&'static str, BTreeSet<FigureRef>);

/// The least arithmetic evidence (see [`score::arithmetic`]) of a holding
/// relation that vouches for its figures, in powers of ten: one of
/// rounded figures that holds within their rounding more than about one
/// time in three by chance holds as readily with a mistyped figure.
const VOUCHES: f64 = 0.5;

/// Whether `relation` states a bound rather than a value.
fn is_bound(relation: &Relation) -> bool {
    matches!(relation, Relation::Ratio { compare, .. } if *compare != Compare::Eq)
}

/// A ratio's kind and the figures it divides (not its percentage).
fn ratio_figures(relation: &Relation) -> Option<(RatioKind, BTreeSet<FigureRef>)> {
    match relation {
        Relation::Ratio {
            numerator,
            denominator,
            kind,
            ..
        } => Some((*kind, numerator.iter().chain(denominator).map(|(f, _)| *f).collect())),
        _ => None,
    }
}

/// The least text score of a failing relation whose repair counts as a
/// second sighting of a slip: one the text itself argues against (nouns
/// that differ, figures of other periods) is not. Its arithmetic alone
/// may say little (a share of a rounded whole misses by much by chance);
/// two relations repaired by one edit are what make the slip likely.
const CORROBORATES: f64 = 0.0;

/// Whether a failing relation says something on its own: the words
/// around its figures argue for it (a cue, one quantity, the text's own
/// pairing), or it misses by so little that chance, over every
/// combination tried, does so less than about one time in three (the
/// floor at which a holding relation vouches for its figures). Only then
/// is a repair it shares with another a second sighting of one slip; two
/// relations that say nothing, repaired by one edit, are one coincidence
/// seen twice.
fn says_something(evidence: &super::candidate::Evidence) -> bool {
    score::text_score(evidence) > CORROBORATES || score::arithmetic(evidence) >= VOUCHES
}

#[cfg(test)]
mod tests {
    use super::super::candidate::{Compare, Evidence, KeyAgreement};
    use super::super::{RatioKind, Relation, SumKind};
    use super::*;

    fn at(figure: usize) -> FigureRef {
        FigureRef { article: 0, figure }
    }

    fn repair(figure: usize, to: i64, digits: u32) -> Repair {
        Repair {
            figure: at(figure),
            from: Decimal::ZERO,
            to: Decimal::from(to),
            edit: "one digit changed",
            digits,
        }
    }

    fn candidate(relation: Relation, repairs: Vec<Repair>) -> Candidate {
        Candidate {
            relation,
            explained: at(0),
            evidence: Evidence {
                holds: repairs.is_empty(),
                coincidence: 0.001,
                trials: 100,
                repairs,
                ..Evidence::holding()
            },
            tolerance: None,
            values: None,
            read_otherwise: None,
            equation: None,
            stated_change: None,
        }
    }

    fn sum(parts: &[usize], total: usize, repairs: Vec<Repair>) -> Candidate {
        candidate(
            Relation::Sum {
                parts: parts.iter().map(|&p| at(p)).collect(),
                total: at(total),
                kind: SumKind::Sum,
            },
            repairs,
        )
    }

    fn share(percent: usize, part: usize, whole: usize, repairs: Vec<Repair>) -> Candidate {
        candidate(
            Relation::Ratio {
                percent: at(percent),
                numerator: vec![(at(part), false)],
                denominator: vec![(at(whole), false)],
                compare: Compare::Eq,
                kind: RatioKind::Share,
            },
            repairs,
        )
    }

    /// Figures 0 = 1 + 2, with 3 the share of 1 in 0; figure 1 slipped.
    /// The share's nouns agree or differ as `key` says.
    fn slipped(share_score: f64, digits: u32, key: KeyAgreement) -> Vec<(Candidate, f64)> {
        let sum = sum(
            &[1, 2],
            0,
            vec![repair(0, 4700, 4), repair(1, 1984, digits), repair(2, 716, 4)],
        );
        let sum_score = score::score(&sum.evidence);
        let mut share = share(3, 1, 0, vec![repair(1, 1984, digits)]);
        share.evidence.key = key;
        vec![(sum, sum_score), (share, share_score)]
    }

    #[test]
    fn one_edit_repairing_two_relations_of_other_figures_is_one_slip_seen_twice() {
        let mut scored = slipped(0.5, 4, KeyAgreement::Same);
        let before = scored[0].1;
        corroborate(&mut scored, &[]);
        let (sum, after) = &scored[0];
        assert!(sum.evidence.corroborated);
        assert_eq!(sum.evidence.repairs, vec![repair(1, 1984, 4)]);
        assert!(*after > before, "{before} {after}");
        assert!(scored[1].0.evidence.corroborated);
    }

    #[test]
    fn a_relation_whose_arithmetic_alone_says_little_still_corroborates() {
        // A share of a rounded whole (`2.6 مليون`) misses by more than
        // chance explains alone; the same edit repairing the sum is what
        // makes the slip likely.
        let mut scored = slipped(-1.5, 4, KeyAgreement::Same);
        corroborate(&mut scored, &[]);
        assert!(scored[0].0.evidence.corroborated);
        assert_eq!(scored[0].0.evidence.repairs, vec![repair(1, 1984, 4)]);
    }

    #[test]
    fn a_relation_the_text_argues_against_or_a_short_figure_corroborates_nothing() {
        for (key, digits) in [(KeyAgreement::Different, 4), (KeyAgreement::Same, 2)] {
            let mut scored = slipped(0.5, digits, key);
            let before = scored[0].1;
            corroborate(&mut scored, &[]);
            assert!(!scored[0].0.evidence.corroborated, "{key:?} {digits}");
            assert_eq!(scored[0].0.evidence.repairs.len(), 3);
            assert_eq!(scored[0].1, before);
        }
    }

    #[test]
    fn two_relations_that_say_nothing_alone_are_one_coincidence_seen_twice() {
        // A budget's spending plus its reserve against its revenue, and a
        // surplus rate against the same figures: one edit of the revenue
        // repairs both, but neither has a cue or one noun, and each misses
        // by more than chance rarely does.
        let weighed = |mut candidate: Candidate, cues, coincidence| {
            candidate.evidence.key = KeyAgreement::SameUnit;
            candidate.evidence.coincidence = coincidence;
            candidate.evidence.cues = cues;
            candidate.evidence.spread = 0;
            let score = score::score(&candidate.evidence);
            (candidate, score)
        };
        // A sum that misses by so little that chance rarely does says
        // something without a word.
        let (loose, tight) = (0.05, 0.000_01);
        for (sum_cues, sum_miss, share_cues, seen_twice) in [
            (0, loose, 0, false),
            (0, loose, 1, false),
            (1, loose, 1, true),
            (0, tight, 1, true),
        ] {
            let mut scored = vec![
                weighed(sum(&[1, 2], 0, vec![repair(0, 1047, 4)]), sum_cues, sum_miss),
                weighed(share(3, 1, 0, vec![repair(0, 1047, 4)]), share_cues, loose),
            ];
            corroborate(&mut scored, &[]);
            for (candidate, _) in &scored {
                assert_eq!(candidate.evidence.corroborated, seen_twice, "{sum_cues} {share_cues}");
            }
        }
    }

    #[test]
    fn a_relation_within_another_corroborates_nothing() {
        let mut scored = vec![
            (sum(&[1, 2], 0, vec![repair(1, 1984, 4), repair(2, 716, 4)]), 0.5),
            (sum(&[1, 2, 5], 0, vec![repair(1, 1984, 4)]), 0.5),
        ];
        corroborate(&mut scored, &[]);
        assert!(scored.iter().all(|(c, _)| !c.evidence.corroborated));
    }

    /// Amounts of article 0 with these values, figure `i` the `i`th.
    fn amounts(values: &[i64]) -> Vec<Vec<Amount>> {
        let amounts = values
            .iter()
            .enumerate()
            .map(|(i, &v)| Amount {
                at: at(i),
                ..super::super::amount::bare(Decimal::from(v), Decimal::ONE)
            })
            .collect();
        vec![amounts]
    }

    #[test]
    fn one_relation_written_with_either_of_two_equal_figures_is_not_seen_twice() {
        // 596 = 262 + 284, with 284 standing twice (`284 مقعد فردي و284
        // مقعد للقائمة`): both sums are one, repaired by one edit of 596.
        let failing = || {
            vec![
                (sum(&[1, 2], 0, vec![repair(0, 546, 3)]), 0.5),
                (sum(&[1, 3], 0, vec![repair(0, 546, 3)]), 0.5),
            ]
        };
        let mut scored = failing();
        corroborate(&mut scored, &amounts(&[596, 262, 284, 284]));
        assert!(scored.iter().all(|(c, _)| !c.evidence.corroborated));
        // Nor where they share one part (`262 + 284` and `262 + 285`):
        // two readings of one sum, not two sums.
        let mut scored = failing();
        corroborate(&mut scored, &amounts(&[596, 262, 284, 285]));
        assert!(scored.iter().all(|(c, _)| !c.evidence.corroborated));
        // Two breakdowns with no part in common see the edit twice.
        let mut scored = vec![
            (sum(&[1, 2], 0, vec![repair(0, 546, 3)]), 0.5),
            (sum(&[3, 4], 0, vec![repair(0, 546, 3)]), 0.5),
        ];
        corroborate(&mut scored, &amounts(&[596, 262, 284, 300, 246]));
        assert!(scored.iter().all(|(c, _)| c.evidence.corroborated));
    }

    #[test]
    fn a_sum_told_again_with_the_parts_of_one_part_is_not_seen_twice() {
        // 262 + 284 and 145 + 117 + 284 (145 + 117 make the 262): one
        // breakdown of 596 told two ways, each 284 another figure.
        let mut scored = vec![
            (sum(&[1, 2], 0, vec![repair(0, 546, 3)]), 0.5),
            (sum(&[4, 5, 3], 0, vec![repair(0, 546, 3)]), 0.5),
        ];
        corroborate(&mut scored, &amounts(&[596, 262, 284, 284, 145, 117]));
        assert!(scored.iter().all(|(c, _)| !c.evidence.corroborated));
        // A share repaired by the same edit is another relation.
        let mut scored = vec![
            (sum(&[1, 2], 0, vec![repair(0, 546, 3)]), 0.5),
            (share(6, 2, 0, vec![repair(0, 546, 3)]), 0.5),
        ];
        corroborate(&mut scored, &amounts(&[596, 262, 284, 284, 145, 117, 52]));
        assert!(scored.iter().all(|(c, _)| c.evidence.corroborated));
    }

    #[test]
    fn a_figure_a_holding_relation_vouches_for_is_not_the_one_repaired() {
        let failing = sum(&[1, 2], 0, vec![repair(0, 4700, 4), repair(1, 1984, 4)]);
        let before = score::score(&failing.evidence);
        let mut scored = vec![(failing, before), (share(3, 2, 0, Vec::new()), score::HOLDS)];
        corroborate(&mut scored, &[]);
        assert_eq!(scored[0].0.evidence.repairs, vec![repair(1, 1984, 4)]);
        assert!(scored[0].1 > before);
        // Where every repaired figure is vouched for, nothing is dropped.
        let failing = sum(&[1, 2], 0, vec![repair(0, 4700, 4), repair(2, 716, 4)]);
        let mut scored = vec![(failing, before), (share(3, 2, 0, Vec::new()), score::HOLDS)];
        corroborate(&mut scored, &[]);
        assert_eq!(scored[0].0.evidence.repairs.len(), 2);
    }
}
