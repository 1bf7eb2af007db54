//! Relations that vouch for each other. Parts whose shares of one whole
//! the text states (`1343 ألف مولود بنسبة 51.1% من إجمالي المواليد` and
//! `1286 ألف بنسبة 48.9%`) are parts of that whole: their sum is as
//! named as a sum after «ما مجموعه». A rounded whole makes two parts add
//! up to it by coincidence often, and this is the text's word that they
//! do.

use std::collections::HashSet;

use super::candidate::Candidate;
use super::{score, FigureRef, RatioKind, Relation, SumKind};

/// Marks each sum that holds and whose every part is the
/// numerator of a share of its total suggested on its own evidence, and
/// each share that holds of a part of a sum that holds, over its total.
/// `scored` holds each candidate with its score; the scores of the sums
/// supported are raised.
pub(crate) fn support(scored: &mut [(Candidate, f64)]) {
    // A share the text names (`بنسبة 9.48 % من إجمالي عدد المواليد`) says
    // the part is of that whole even where its percentage is mistyped.
    let named = |c: &Candidate| c.evidence.cues >= NAMED_SHARE_CUES;
    let shares: HashSet<(FigureRef, FigureRef)> = scored
        .iter()
        .filter(|(c, s)| (c.evidence.holds && *s >= score::HOLDS) || (!c.evidence.holds && named(c)))
        .filter_map(|(c, _)| match &c.relation {
            Relation::Ratio {
                numerator,
                denominator,
                kind: RatioKind::Share,
                ..
            } => match (&numerator[..], &denominator[..]) {
                ([(part, false)], [(whole, false)]) => Some((*part, *whole)),
                _ => None,
            },
            _ => None,
        })
        .collect();
    // And the other way: a part of a sum that adds up, as a share of that
    // sum's total (`ويتوزع عدد النشيطين … إلى 2837.7 ألفا و1174 ألفا …
    // 71 و29 بالمائة`), rather than of another figure of its size; and so
    // of a balance, whose smaller flow and the balance itself add up to
    // the larger flow (`taux de couverture … 52%`, exports over imports).
    let parts_of: HashSet<(FigureRef, FigureRef)> = scored
        .iter()
        .filter(|(c, s)| c.evidence.holds && *s >= score::HOLDS)
        .filter_map(|(c, _)| match &c.relation {
            Relation::Sum {
                parts,
                total,
                kind: SumKind::Sum | SumKind::Difference,
            } => Some(parts.iter().map(|p| (*p, *total)).collect::<Vec<_>>()),
            _ => None,
        })
        .flatten()
        .collect();
    for (candidate, score) in scored.iter_mut() {
        match &candidate.relation {
            Relation::Sum {
                parts,
                total,
                kind: SumKind::Sum,
            } if candidate.evidence.holds && parts.iter().all(|p| shares.contains(&(*p, *total))) => {
                candidate.evidence.parts_shared = true;
                *score += score::PARTS_SHARED;
            }
            Relation::Ratio {
                numerator,
                denominator,
                kind: RatioKind::Share,
                ..
            } => {
                if let ([(part, false)], [(whole, false)]) = (&numerator[..], &denominator[..]) {
                    if candidate.evidence.holds && parts_of.contains(&(*part, *whole)) {
                        candidate.evidence.parts_shared = true;
                        *score += score::PARTS_SHARED;
                    }
                }
            }
            _ => {}
        }
    }
}

/// The cues of a share whose words name its whole: a share cue and
/// `من إجمالي`, or `من إجمالي` before the figure the text calls a total.
const NAMED_SHARE_CUES: u32 = 2;

#[cfg(test)]
mod tests {
    use super::super::candidate::{Compare, Evidence};
    use super::*;

    fn at(figure: usize) -> FigureRef {
        FigureRef { article: 0, figure }
    }

    fn candidate(relation: Relation) -> Candidate {
        Candidate {
            relation,
            explained: at(0),
            evidence: Evidence {
                coincidence: 0.04,
                trials: 40,
                ..Evidence::holding()
            },
            tolerance: None,
            values: None,
            read_otherwise: None,
            equation: None,
            stated_change: None,
        }
    }

    fn share(percent: usize, part: usize, whole: usize) -> Candidate {
        candidate(Relation::Ratio {
            percent: at(percent),
            numerator: vec![(at(part), false)],
            denominator: vec![(at(whole), false)],
            compare: Compare::Eq,
            kind: RatioKind::Share,
        })
    }

    fn sum(parts: &[usize], total: usize) -> Candidate {
        candidate(Relation::Sum {
            parts: parts.iter().map(|&p| at(p)).collect(),
            total: at(total),
            kind: SumKind::Sum,
        })
    }

    #[test]
    fn a_sum_whose_parts_are_each_a_stated_share_of_its_total_gains() {
        let mut scored = vec![(sum(&[1, 3], 0), 0.0), (share(2, 1, 0), 1.5), (share(4, 3, 0), 1.5)];
        support(&mut scored);
        assert!(scored[0].0.evidence.parts_shared);
        assert!((scored[0].1 - score::PARTS_SHARED).abs() < 1e-9);
    }

    #[test]
    fn a_flow_of_a_balance_that_holds_is_a_share_of_the_other_flow() {
        // Exports (1) and the deficit (3) make the imports (0): a rate of
        // coverage, exports over imports, gains as a part of a sum does.
        let balance = candidate(Relation::Sum {
            parts: vec![at(1), at(3)],
            total: at(0),
            kind: SumKind::Difference,
        });
        let mut scored = vec![(balance, 2.0), (share(2, 1, 0), 0.0)];
        support(&mut scored);
        assert!(scored[1].0.evidence.parts_shared);
        assert!((scored[1].1 - score::PARTS_SHARED).abs() < 1e-9);
    }

    #[test]
    fn one_part_without_its_share_or_a_weak_share_gives_nothing() {
        let mut scored = vec![
            (sum(&[1, 3], 0), 0.0),
            (share(2, 1, 0), 1.5),
            (share(4, 3, 0), score::HOLDS - 0.1),
            (share(5, 3, 6), 1.5),
        ];
        support(&mut scored);
        assert!(!scored[0].0.evidence.parts_shared);
        assert_eq!(scored[0].1, 0.0);
    }
}
