//! A part within its whole, where the text says so: `368 مقعدا من أصل
//! 395`, `25 ألفًا و421 شخصا، من بينهم 10.036`, `dont 206 464`, or a
//! second `ما مجموعه` of the quantity the article totals first. Without
//! such a cue, a smaller figure beside a larger one says nothing.

use super::super::amount::{Amount, Class};
use super::super::candidate::{Candidate, Compare, Equation, Evidence, KeyAgreement, Term};
use super::super::Relation;
use super::{key_agreement, spread, units_agree, Scope};

/// How many amounts back the whole of a `من بينهم` part may stand.
const REACH: usize = 4;
/// How many amounts back the stated total a kind of it belongs to may
/// stand.
const KIND_REACH: usize = 30;

pub(crate) fn find(scope: &Scope) -> Vec<(Candidate, Equation)> {
    let amounts = scope.amounts;
    let mut found = Vec::new();
    for i in scope.targets.clone() {
        let Some(facts) = scope.facts_of(i) else { continue };
        if amounts[i].class != Class::Count {
            continue;
        }
        let mut pairs = Vec::new();
        // `A من أصل B`: A is just before.
        if facts.whole_cue {
            if let Some(j) = i.checked_sub(1) {
                pairs.push((j, i));
            }
        }
        // `B، من بينهم A`: the nearest B before of the same quantity.
        if facts.part_cue {
            let whole = (i.saturating_sub(REACH)..i).rev().find(|&j| {
                amounts[j].class == Class::Count
                    && amounts[j].key.is_some()
                    && (amounts[i].key.is_none() || amounts[j].key == amounts[i].key)
            });
            if let Some(j) = whole.or_else(|| i.checked_sub(1)) {
                pairs.push((i, j));
            }
        }
        // `ما مجموعه` twice for one quantity: the smaller total is counted
        // in the article's grand total, its first and largest.
        // A total after `من مجموع`, `من أصل` is the whole of the figure
        // before it (`نجح 9219 مترشح من مجموع 37573`), one of many such
        // wholes, not a share of a grand total.
        let a_total = |f: &super::super::Facts| f.total_word && !f.whole_cue;
        if a_total(facts) && amounts[i].key.is_some() {
            let grand = (0..amounts.len())
                .filter(|&j| {
                    amounts[j].class == Class::Count
                        && amounts[j].key == amounts[i].key
                        && scope.facts_of(j).is_some_and(a_total)
                })
                .max_by(|&a, &b| amounts[a].value.cmp(&amounts[b].value).then(b.cmp(&a)));
            // The grand total is the largest, stated first: a total larger
            // than every other is none's part.
            if let Some(g) = grand.filter(|&g| g < i) {
                pairs.push((i, g));
            }
        }
        // `عدد الناجحين ما مجموعه 118 ألفا و52 … عدد الناجحين الممدرسين
        // 113 ألفا و947`: a count of a kind of what a stated total counts,
        // for its period, said after it, is part of it; one larger than
        // the total fails, and is suspected where one edit repairs it.
        if !a_total(facts) && !facts.headline {
            let whole = (i.saturating_sub(KIND_REACH)..i).rev().find(|&j| {
                amounts[j].class == Class::Count
                    && kind_of(&amounts[j], &amounts[i])
                    && amounts[j].period.zip(amounts[i].period).is_none_or(|(w, p)| w == p)
                    && scope.facts_of(j).is_some_and(|f| a_total(f) && !f.headline)
            });
            if let Some(j) = whole {
                if !pairs.contains(&(i, j)) {
                    pairs.push((i, j));
                }
            }
        }
        for (part, whole) in pairs {
            let (p, w) = (&amounts[part], &amounts[whole]);
            if p.class != Class::Count || w.class != Class::Count || !units_agree(p, w) || measured_alone(p, w) {
                continue;
            }
            let equation = Equation {
                numerator: vec![Term::plus(part)],
                denominator: Vec::new(),
                target: whole,
                compare: Compare::Le,
            };
            let Some(outcome) = equation.evaluate(amounts, None) else {
                continue;
            };
            let holds = outcome.holds(Compare::Le);
            found.push((
                Candidate {
                    relation: Relation::Within {
                        part: p.at,
                        whole: w.at,
                    },
                    explained: p.at,
                    evidence: Evidence {
                        holds,
                        coincidence: 0.5,
                        trials: 1,
                        cues: 2,
                        // A part often names its own kind (`من بينهم 12.306
                        // قاصرين` of persons): only a shared noun counts.
                        key: match key_agreement([p, w]) {
                            KeyAgreement::Different => KeyAgreement::Unknown,
                            agreement => agreement,
                        },
                        spread: spread([p, w]),
                        figures: 2,
                        repairs: Vec::new(),
                        across: false,
                        comparison: true,
                        unmarked_change: false,
                        mixed_periods: false,
                        parts_shared: false,
                        corroborated: false,
                        paired_beside: None,
                        aligned: 0,
                    },
                    tolerance: None,
                    values: Some((p.value, w.value)),
                    read_otherwise: None,
                    equation: None,
                    stated_change: None,
                },
                equation,
            ));
        }
    }
    found
}

/// Whether `part` names a kind of what `whole` counts: it has no noun of
/// its own, and its clause's subject is the whole's with more words
/// (`عدد الناجحين ما مجموعه 118 ألفا … عدد الناجحين الممدرسين 113 ألفا
/// و947`). A shared noun alone is not enough: `بطاقة` counts national
/// identity cards and criminal-record cards alike.
fn kind_of(whole: &Amount, part: &Amount) -> bool {
    if part.key.is_some() {
        return false;
    }
    let Some((head, _more)) = part.subject.as_deref().and_then(|s| s.split_once(' ')) else {
        return false;
    };
    let first = |s: &'_ str| s.split(' ').next().unwrap_or_default().to_owned();
    [whole.subject.as_deref(), whole.key.as_deref()]
        .into_iter()
        .flatten()
        .any(|w| super::super::quantity::same(head, &first(w)))
}

/// Whether the part is a measure (`170 طنا`, `12 kg`) and its whole
/// states none: tons of a drug are no part of a count of cases. The
/// press writes a unit once, on the whole (`2525 ميجاوات، منها 1870`),
/// so a part without one may still be of it; and a currency is often
/// written once for several amounts, so it does not count here.
fn measured_alone(part: &Amount, whole: &Amount) -> bool {
    whole.unit.is_none() && part.unit.is_some_and(|u| !crate::extract::is_currency_code(u))
}
