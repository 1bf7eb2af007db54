//! Parts that add up to a total, and differences (a deficit is imports
//! less exports; a change in points is one rate less another): any two
//! to six amounts of one class near a total, not only consecutive runs.
//! Pairs are tried within a window; larger sets among the nearest
//! amounts of the total's own quantity, so the search stays bounded
//! whatever the number of figures in a paragraph.

use rust_decimal::Decimal;

use super::super::amount::{Amount, Class};
use super::super::candidate::{Candidate, Equation, Evidence, KeyAgreement, Term};
use super::super::score;
use super::super::shortlist::shortlist;
use super::super::{FigureRef, Relation, SumKind};
use super::{as_near, is_count, key_agreement, nearness, periods_differ, spread, units_agree, Scope};
use crate::extract::Qualifier;

/// How many amounts on each side of a total its two parts may stand.
const PAIR_REACH: usize = 10;
/// How far parts of the total's own quantity may stand.
const KEYED_REACH: usize = 20;
/// How many amounts on each side are tried for three or more parts.
const SET_REACH: usize = 7;
/// The most amounts tried together for three or more parts.
const SET_MEMBERS: usize = 10;
const MOST_PARTS: usize = 6;

pub(crate) fn find(scope: &Scope) -> Vec<(Candidate, Equation)> {
    let amounts = scope.amounts;
    let mut found = Vec::new();
    for t in scope.targets.clone() {
        let total = &amounts[t];
        if total.value <= Decimal::ZERO || total.class == Class::Points {
            continue;
        }
        // This total's candidates are shortlisted as they come.
        let from = found.len();
        let partners: Vec<usize> = scope
            .partners(t, PAIR_REACH, KEYED_REACH)
            .into_iter()
            .filter(|&j| fits_total(total, &amounts[j]))
            .collect();
        let mut pairs = Vec::new();
        for (x, &i) in partners.iter().enumerate() {
            for &j in &partners[x + 1..] {
                pairs.push((i, j));
            }
        }
        let near: Vec<usize> = pairs
            .iter()
            .map(|&(i, j)| nearness([total, &amounts[i], &amounts[j]]))
            .collect();
        for (&(i, j), &pairs) in pairs.iter().zip(&as_near(&near)) {
            {
                let (a, b) = (&amounts[i], &amounts[j]);
                let classes_fit = match total.class {
                    Class::Count => is_count(a) && is_count(b) && units_agree(a, b),
                    // A rate and a change in points make the other rate.
                    _ => (a.class == Class::Points) != (b.class == Class::Points),
                };
                if !classes_fit {
                    continue;
                }
                let equation = Equation {
                    numerator: vec![Term::plus(i), Term::plus(j)],
                    denominator: Vec::new(),
                    target: t,
                    compare: super::super::candidate::Compare::Eq,
                };
                if let Some(candidate) = candidate(scope, &equation, pairs) {
                    found.push((candidate, equation));
                }
            }
        }
        if total.class == Class::Count {
            found.extend(sets(scope, t));
        }
        shortlist(amounts, &mut found, from);
    }
    found
}

/// Whether the sum goes against a list the text sets out (`توزعت هذه
/// التدخلات كما يلي: – 142 … – 159 … – 297`): items of one list are parts
/// side by side, none the total of others; and a count with an item of
/// its own list (`66 حريقًا توزعت … 47 في الأعشاب`) counts that item twice.
fn breaks_a_list(scope: &Scope, equation: &Equation) -> bool {
    let listed = |i: usize| scope.facts_of(i).and_then(|f| f.listed);
    let figure = |i: usize| scope.amounts.get(i).map(|a| a.at.figure);
    let parts: Vec<usize> = equation.numerator.iter().map(|t| t.amount).collect();
    let siblings = listed(equation.target)
        .is_some_and(|(list, _)| parts.iter().all(|&p| listed(p).is_some_and(|(l, _)| l == list)));
    let with_its_whole = parts
        .iter()
        .filter_map(|&p| listed(p))
        .any(|(_, whole)| whole.is_some_and(|w| parts.iter().any(|&q| figure(q) == Some(w))));
    siblings || with_its_whole
}

/// Whether `part` may be a part of `total`: same class (or points for a
/// rate), smaller, positive, units that agree.
fn fits_total(total: &Amount, part: &Amount) -> bool {
    // A bound (`أزيد من`, `لم تتجاوز`) says too little to add up.
    if is_bound(total) || is_bound(part) {
        return false;
    }
    let class_ok = match total.class {
        Class::Count => part.class == Class::Count,
        _ => matches!(part.class, Class::Percent | Class::Points),
    };
    // A part may be larger than its total where a slip made it so.
    class_ok && units_agree(total, part) && part.value > Decimal::ZERO && part.value != total.value
}

/// A bound says too little to add up, except one as precise as a count:
/// `لم تتجاوز 5،310 مليون درهم` is how the press writes "only 5,310
/// million", and the value may be reached.
fn is_bound(a: &Amount) -> bool {
    match a.qualifier {
        Qualifier::Exact | Qualifier::About => false,
        Qualifier::AtMost | Qualifier::AtLeast => !score::may_be_mistyped(a),
        Qualifier::MoreThan | Qualifier::LessThan => true,
    }
}

/// Three to six parts of the total's own quantity.
fn sets(scope: &Scope, t: usize) -> Vec<(Candidate, Equation)> {
    let amounts = scope.amounts;
    let total = &amounts[t];
    let mut members: Vec<usize> = scope
        .around(t, SET_REACH)
        .filter(|&j| {
            let a = &amounts[j];
            // Parts of the total's own quantity, or parts that name none,
            // each smaller than the total
            // (or than it would be with two written parts swapped back).
            let most = total.value.max(total.swapped.map_or(Decimal::ZERO, |s| s.value));
            fits_total(total, a) && a.value < most && (a.key.is_none() || a.key == total.key)
        })
        .collect();
    members.sort_by_key(|&j| j.abs_diff(t));
    members.truncate(SET_MEMBERS);
    members.sort_unstable();
    if members.len() < 3 {
        return Vec::new();
    }
    let mut subsets = Vec::new();
    let count = members.len();
    for mask in 0u32..(1 << count) {
        let size = mask.count_ones() as usize;
        if (3..=MOST_PARTS).contains(&size) {
            subsets.push(mask);
        }
    }
    let parts_of = |mask: u32| -> Vec<usize> {
        (0..count)
            .filter(|b| mask & (1 << b) != 0)
            .map(|b| members[b])
            .collect()
    };
    let near: Vec<usize> = subsets
        .iter()
        .map(|&m| nearness(parts_of(m).iter().map(|&p| &amounts[p]).chain([total])))
        .collect();
    let mut found = Vec::new();
    for (&mask, &tried) in subsets.iter().zip(&as_near(&near)) {
        let parts = parts_of(mask);
        let equation = Equation {
            numerator: parts.iter().map(|&p| Term::plus(p)).collect(),
            denominator: Vec::new(),
            target: t,
            compare: super::super::candidate::Compare::Eq,
        };
        // A set that misses its total is proposed only where the miss is
        // what one slip of a digit makes.
        let Some(outcome) = equation.evaluate(amounts, None) else {
            continue;
        };
        let slip = || {
            let place = parts
                .iter()
                .chain([&t])
                .map(|&i| amounts[i].precision)
                .min()
                .unwrap_or(Decimal::ONE);
            super::super::repair::one_slip(outcome.target.saturating_sub(outcome.computed), place)
        };
        // Or where two written parts of one figure were swapped (`387 ألفا
        // و721` for 721,387).
        let swap = || {
            equation.amounts().any(|i| {
                amounts[i]
                    .swapped
                    .is_some_and(|s| equation.holds(amounts, Some((i, s.value))))
            })
        };
        if !outcome.holds(equation.compare) && !slip() && !swap() {
            continue;
        }
        if let Some(candidate) = candidate(scope, &equation, tried) {
            found.push((candidate, equation));
        }
    }
    found
}

fn candidate(scope: &Scope, equation: &Equation, trials: usize) -> Option<Candidate> {
    let amounts = scope.amounts;
    let outcome = equation.evaluate(amounts, None)?;
    let holds = outcome.holds(equation.compare);
    let members: Vec<&Amount> = equation.amounts().filter_map(|i| amounts.get(i)).collect();
    let total = amounts.get(equation.target)?;
    let counts: Vec<&Amount> = members.iter().copied().filter(|a| a.class == Class::Count).collect();
    // Parts are often kinds of the total (the employed and the jobless of
    // the active): the parts' nouns must agree, the total's may differ.
    let key = if total.class != Class::Count {
        KeyAgreement::Unknown
    } else {
        match key_agreement(counts.iter().copied()) {
            KeyAgreement::Different => key_agreement(counts.iter().copied().filter(|a| a.at != total.at)),
            agreement => agreement,
        }
    };
    if breaks_a_list(scope, equation) || !scope.in_one_line(equation.amounts()) {
        return None;
    }
    let mut cues = 0;
    if scope.facts_of(equation.target).is_some_and(|f| f.total_word) {
        cues += 1;
    }
    let distributed = scope.facts_of(equation.target).is_some_and(|f| f.distribution_cue)
        || equation
            .numerator
            .iter()
            .any(|t| scope.facts_of(t.amount).is_some_and(|f| f.distribution_cue));
    if distributed {
        cues += 1;
    }
    // A distribution names its parts by kind (`se répartit en … hommes et
    // … femmes`): parts of different nouns are what it sets out.
    let key = match key {
        KeyAgreement::Different if distributed => KeyAgreement::Unknown,
        key => key,
    };
    if within_rounding(&members) {
        return None;
    }
    // A change is the difference of two levels: it makes a level with one
    // other, never a part among three or more (`68.8 ألف` less is no part
    // of a level beside the parts of another).
    if equation.numerator.len() > 2
        && equation
            .numerator
            .iter()
            .any(|t| amounts.get(t.amount).is_some_and(|a| a.change.is_some()))
    {
        return None;
    }
    // A balance (`عجز`, `excédent`) is one flow less the other: one part
    // is the balance, the other a flow.
    let balance = equation.numerator.len() == 2
        && equation
            .numerator
            .iter()
            .filter(|t| scope.facts_of(t.amount).is_some_and(|f| f.balance_cue))
            .count()
            == 1;
    if balance {
        cues += 1;
        // Its two flows named as such (`les exportations … 51,27 mds`,
        // `les importations … 36,43 mds`): the text sets out the balance.
        let flows: Vec<&Amount> = members
            .iter()
            .copied()
            .filter(|a| !scope.facts.get(a.at.figure).is_some_and(|f| f.balance_cue))
            .collect();
        let flow = |a: &Amount| scope.facts.get(a.at.figure).and_then(|f| f.flow);
        if let [x, y] = flows[..] {
            if let (Some((x_pair, x_in)), Some((y_pair, y_in))) = (flow(x), flow(y)) {
                if x_pair == y_pair && x_in != y_in {
                    cues += 1;
                }
            }
        }
    }
    let kind = if total.class != Class::Count {
        SumKind::Points
    } else if balance || (equation.numerator.len() == 2 && members.iter().skip(1).any(|a| a.change.is_some())) {
        SumKind::Difference
    } else {
        SumKind::Sum
    };
    // A difference the text states as a change (`en hausse de 14,84
    // milliards`) between two levels it sets against each other (`51,27
    // mds contre 36,43 mds`): the words of a change, as for a percentage.
    // Likewise a change in points (`baisse de 3,7 points`) between two
    // rates set against each other (`34,2% contre 37,9%`).
    if kind == SumKind::Difference
        || (kind == SumKind::Points && members.iter().any(|a| a.class == Class::Points && a.change.is_some()))
    {
        let levels: Vec<&Amount> = members.iter().copied().filter(|a| a.change.is_none()).collect();
        if let [x, y] = levels[..] {
            cues += 1;
            if scope.set_against(x, y) {
                cues += 1;
            }
        }
    }
    let evidence = Evidence {
        holds,
        coincidence: outcome.coincidence(),
        trials,
        cues,
        key,
        spread: spread(members.iter().copied()),
        figures: members.len(),
        repairs: Vec::new(),
        across: false,
        comparison: false,
        unmarked_change: false,
        // A difference or a change in points runs from one period to
        // another; parts add up within one.
        mixed_periods: kind == SumKind::Sum && periods_differ(members.iter().copied()),
        parts_shared: false,
        corroborated: false,
        paired_beside: None,
        aligned: 0,
    };
    if !holds && (!score::worth_repairing(&evidence) || !members.iter().any(|a| score::may_be_mistyped(a))) {
        return None;
    }
    let parts: Vec<FigureRef> = equation
        .numerator
        .iter()
        .filter_map(|t| amounts.get(t.amount))
        .map(|a| a.at)
        .collect();
    Some(Candidate {
        relation: Relation::Sum {
            parts,
            total: total.at,
            kind,
        },
        explained: total.at,
        evidence,
        tolerance: Some(outcome.tolerance()),
        values: Some((outcome.computed, outcome.target)),
        read_otherwise: None,
        equation: None,
        // The balance (`عجز`) or the change (`بزيادة`) among the parts.
        stated_change: match kind {
            SumKind::Difference => equation
                .numerator
                .iter()
                .find(|t| {
                    amounts.get(t.amount).is_some_and(|a| a.change.is_some())
                        || scope.facts_of(t.amount).is_some_and(|f| f.balance_cue)
                })
                .and_then(|t| amounts.get(t.amount))
                .map(|a| a.at),
            SumKind::Sum | SumKind::Points => None,
        },
    })
}

/// Whether a term is within the rounding of another (`280 ألف` and `4`):
/// it adds nothing the text could show, so the terms make no sum,
/// whatever the arithmetic says.
fn within_rounding(members: &[&Amount]) -> bool {
    let coarsest = members.iter().map(|a| a.precision).max().unwrap_or(Decimal::ONE);
    members
        .iter()
        .any(|a| a.value.abs().saturating_mul(Decimal::TWO) < coarsest)
}

#[cfg(test)]
mod tests {
    use super::super::super::amount::bare;
    use super::*;

    #[test]
    fn a_term_below_the_rounding_of_another_makes_no_sum() {
        let thousands = |n: i64| bare(Decimal::from(n * 1000), Decimal::from(1000));
        let (a, b, four) = (thousands(280), thousands(200), bare(Decimal::from(4), Decimal::ONE));
        assert!(within_rounding(&[&a, &b, &four]));
        let (c, d) = (thousands(80), bare(Decimal::from(640), Decimal::ONE));
        assert!(!within_rounding(&[&a, &b, &c]));
        assert!(!within_rounding(&[&a, &b, &d]));
    }
}
