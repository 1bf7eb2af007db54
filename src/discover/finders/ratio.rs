//! Percentages that are a ratio of two amounts: a share (`1343 ألف …
//! بنسبة 51.1%`), a change from one amount to another (`من 251 ألف إلى
//! 260 ألف، بزيادة 3.7%`), or a change stated by its difference and the
//! new level (`ارتفع بـ66 ألفا إلى مليون و206 آلاف`, 5.8%). The pair may
//! stand anywhere near the percentage; the best evidence decides.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::super::amount::{one_after_the_other, Amount, Class};
use super::super::candidate::{Candidate, Compare, Equation, Evidence, KeyAgreement, Term};
use super::super::score;
use super::super::shortlist::shortlist;
use super::super::{FigureRef, RatioKind, Relation};
use super::{
    as_near, is_count, key_agreement, nearness, periods_differ, quantity_agreement, spread, units_agree, Scope,
};
use crate::extract::{Change, Qualifier, RangeEnd};

/// How many amounts on each side of a percentage its pair may stand.
const REACH: usize = 8;
/// How far a precise percentage's pair of precise counts may stand.
const PRECISE_REACH: usize = 16;
/// Significant digits that make a figure precise for [`PRECISE_REACH`].
const PRECISE_DIGITS: u32 = 3;
/// How far one of the pair may stand when it counts what a near one does.
const KEYED_REACH: usize = 20;

/// One way a pair makes a percentage.
struct Form {
    kind: RatioKind,
    numerator: Vec<Term>,
    denominator: Vec<Term>,
    /// The direction the form states, for a change.
    direction: Option<Change>,
    /// A share whose whole is the total the text names after the
    /// percentage (`من إجمالي الواردات`).
    named_whole: bool,
    /// A change the text states one way (`تراجع`) between two amounts
    /// that run the other: it fails as written, and only a slip that
    /// turned the two round can make it hold.
    against_values: bool,
}

pub(crate) fn find(scope: &Scope) -> Vec<(Candidate, Equation)> {
    let amounts = scope.amounts;
    let mut found = Vec::new();
    for s in scope.targets.clone() {
        let percent = &amounts[s];
        if percent.class != Class::Percent || percent.value.is_zero() {
            continue;
        }
        let partners: Vec<usize> = scope
            .partners(s, REACH, REACH)
            .into_iter()
            .filter(|&j| is_count(&amounts[j]) && amounts[j].value > Decimal::ZERO)
            .collect();
        // Amounts of one quantity with one of the near ones, however far.
        let keyed = s.saturating_sub(KEYED_REACH)..s.saturating_add(KEYED_REACH + 1).min(amounts.len());
        let far: Vec<usize> = keyed
            .filter(|&j| j.abs_diff(s) > REACH && j.abs_diff(s) <= KEYED_REACH && is_count(&amounts[j]))
            .filter(|&j| {
                partners
                    .iter()
                    .any(|&p| amounts[p].key.is_some() && amounts[p].key == amounts[j].key)
            })
            .collect();
        // A precise percentage (`37,91 %`) meets a ratio by chance rarely:
        // a precise count further away may pair with a near one.
        let precise_far: Vec<usize> = if percent.digits() >= PRECISE_DIGITS {
            scope
                .around(s, PRECISE_REACH)
                .filter(|&j| {
                    j.abs_diff(s) > REACH
                        && !far.contains(&j)
                        && is_count(&amounts[j])
                        && amounts[j].value > Decimal::ZERO
                        && amounts[j].digits() >= PRECISE_DIGITS
                })
                .collect()
        } else {
            Vec::new()
        };
        // `من إجمالي الواردات`, `du total des exportations`: the whole is
        // a figure of what the text names, wherever it stands.
        let named: Vec<usize> =
            scope
                .facts_of(s)
                .and_then(|f| f.whole_named.as_deref())
                .map_or_else(Vec::new, |whole| {
                    scope
                        .named_totals
                        .get_or_init(|| NamedTotals::of(scope))
                        .totals(amounts, whole, s)
                });
        let mut proposals = Vec::new();
        for &x in partners.iter().chain(&far).chain(&precise_far) {
            let named_only = named
                .iter()
                .filter(|j| !partners.contains(j) && !far.contains(j) && !precise_far.contains(j));
            for &y in partners.iter().chain(&far).chain(&precise_far).chain(named_only) {
                let near = partners.contains(&x) || partners.contains(&y);
                let same_key = amounts[x].key.is_some() && amounts[x].key == amounts[y].key;
                let both_near = partners.contains(&x) && partners.contains(&y);
                let precise_pair = [x, y].iter().any(|j| precise_far.contains(j))
                    && [x, y].iter().all(|&j| amounts[j].digits() >= PRECISE_DIGITS);
                let named_whole = named.contains(&y);
                if x == y || !near || !(same_key || both_near || precise_pair || named_whole) {
                    continue;
                }
                if !units_agree(&amounts[x], &amounts[y]) {
                    continue;
                }
                proposals.extend(
                    forms(percent, x, y, &amounts[x], &amounts[y])
                        .into_iter()
                        // A named total is a share's whole, no end of a change.
                        .filter(|form| !named_whole || form.kind == RatioKind::Share)
                        .map(|mut form| {
                            form.named_whole = named_whole;
                            // A signed fall (`-8,9%`) is the new level less the
                            // old over the old: the numerator's terms turned round.
                            if percent.value < Decimal::ZERO {
                                for term in &mut form.numerator {
                                    term.minus = !term.minus;
                                }
                            }
                            form
                        }),
                );
            }
        }
        let near: Vec<usize> = proposals.iter().map(|f| form_nearness(amounts, s, f)).collect();
        // This percentage's candidates are shortlisted as they come.
        let from = found.len();
        for (form, &tried) in proposals.iter().zip(&as_near(&near)) {
            let equation = Equation {
                numerator: form.numerator.clone(),
                denominator: form.denominator.clone(),
                target: s,
                compare: compare_for(percent.qualifier),
            };
            // Combinations as near as this one were as likely meant.
            if let Some(candidate) = candidate(scope, &equation, form, tried) {
                found.push((candidate, equation));
            }
        }
        shortlist(amounts, &mut found, from);
    }
    found
}

/// The forms the pair (x, y) may take with the percentage.
fn forms(percent: &Amount, x: usize, y: usize, ax: &Amount, ay: &Amount) -> Vec<Form> {
    let mut out = Vec::new();
    // A share: the smaller of the larger, never over 100%.
    if ax.value < ay.value && percent.value <= Decimal::ONE_HUNDRED && percent.change.is_none() {
        out.push(Form {
            kind: RatioKind::Share,
            numerator: vec![Term::plus(x)],
            denominator: vec![Term::plus(y)],
            direction: None,
            named_whole: false,
            against_values: false,
        });
    }
    // A change from x to y, the way the values run; where the text states
    // the other way in the one sentence that holds all three, that way, in
    // case a slip turned the values round (`تراجع بنحو 11.2 في المئة ليصل
    // إلى 29.98` for 19.98, against 22.51).
    if ax.value != ay.value {
        let values_rise = ay.value > ax.value;
        let one_sentence = ax.sentence == percent.sentence && ay.sentence == percent.sentence;
        let rise = match percent.change {
            Some(Change::Rise) if one_sentence => true,
            Some(Change::Fall) if one_sentence => false,
            _ => values_rise,
        };
        out.push(Form {
            kind: RatioKind::Change,
            numerator: if rise {
                vec![Term::plus(y), Term::minus(x)]
            } else {
                vec![Term::plus(x), Term::minus(y)]
            },
            denominator: vec![Term::plus(x)],
            direction: Some(if rise { Change::Rise } else { Change::Fall }),
            named_whole: false,
            against_values: rise != values_rise,
        });
    }
    // A change by x (the difference) to the level y, where the text says
    // both are a change (`بزيادة 4 آلاف`, `en hausse de 12 000`): a count
    // the text states as a level is no difference.
    if ax.value < ay.value && percent.change.is_some() && ax.change.is_some() {
        out.push(Form {
            kind: RatioKind::Change,
            numerator: vec![Term::plus(x)],
            denominator: vec![Term::plus(y), Term::minus(x)],
            direction: Some(Change::Rise),
            named_whole: false,
            against_values: false,
        });
        out.push(Form {
            kind: RatioKind::Change,
            numerator: vec![Term::plus(x)],
            denominator: vec![Term::plus(y), Term::plus(x)],
            direction: Some(Change::Fall),
            named_whole: false,
            against_values: false,
        });
    }
    out
}

/// Whether a percentage stated as a change, other than `percent`, stands
/// right beside the amount `at`: next to it, with at most
/// [`BESIDE_WORDS`] words between (`en baisse de 8,2 % à 54,5`).
fn has_own_change(scope: &Scope, at: usize, percent: usize) -> bool {
    let amounts = scope.amounts;
    let Some(level) = amounts.get(at) else {
        return false;
    };
    let beside = [at.checked_sub(1).map(|j| (j, at)), at.checked_add(1).map(|j| (j, j))];
    beside
        .into_iter()
        .flatten()
        .filter(|&(j, _)| j != percent)
        .any(|(j, later)| {
            let close = scope.facts_of(later).is_some_and(|f| f.words_before <= BESIDE_WORDS);
            close
                && amounts.get(j).is_some_and(|p| {
                    p.class == Class::Percent && p.change.is_some() && p.sentence == level.sentence && !p.alternative
                })
        })
}

/// The most words between a level and the change stated beside it
/// (`بنسبة 13,8 في المائة كي تبلغ 222,6`: two).
const BESIDE_WORDS: usize = 3;

fn form_nearness(amounts: &[Amount], s: usize, form: &Form) -> usize {
    let members = form
        .numerator
        .iter()
        .chain(&form.denominator)
        .filter_map(|t| amounts.get(t.amount))
        .chain(amounts.get(s));
    nearness(members)
}

/// The body's counts by what they count, for the totals a percentage
/// names (`من إجمالي الصادرات`): by noun and by clause subject, each also
/// without its adjective (`الصادرات الوطنية` is a figure of `الصادرات`).
/// A headline restates the body, so its figures are left out.
pub(crate) struct NamedTotals<'a> {
    by_name: HashMap<&'a str, Vec<usize>>,
}

/// The most statements of one named total tried, the nearest first.
const MOST_NAMED: usize = 3;

impl<'a> NamedTotals<'a> {
    fn of(scope: &Scope<'a>) -> NamedTotals<'a> {
        let amounts = scope.amounts;
        let mut by_name: HashMap<&'a str, Vec<usize>> = HashMap::new();
        for (j, amount) in amounts.iter().enumerate() {
            if !is_count(amount) || amount.value <= Decimal::ZERO || scope.facts_of(j).is_some_and(|f| f.headline) {
                continue;
            }
            let mut names: Vec<&'a str> = Vec::new();
            for name in [&amount.key, &amount.subject].into_iter().flatten() {
                names.push(name);
                if let Some((noun, _)) = name.split_once(' ') {
                    names.push(noun);
                }
            }
            names.sort_unstable();
            names.dedup();
            for name in names {
                by_name.entry(name).or_default().push(j);
            }
        }
        NamedTotals { by_name }
    }

    /// The figures that may be the total `whole` names for the percentage
    /// `s`: the largest of what it counts for each period (the text's
    /// other births are parts of all births), the nearest few.
    fn totals(&self, amounts: &[Amount], whole: &str, s: usize) -> Vec<usize> {
        let Some(of_it) = self.by_name.get(whole) else {
            return Vec::new();
        };
        let mut largest: HashMap<Option<i64>, Decimal> = HashMap::new();
        for &j in of_it {
            let most = largest.entry(amounts[j].period).or_insert(amounts[j].value);
            *most = (*most).max(amounts[j].value);
        }
        let mut totals: Vec<usize> = of_it
            .iter()
            .copied()
            .filter(|&j| largest.get(&amounts[j].period) == Some(&amounts[j].value))
            .collect();
        totals.sort_by_key(|&j| (j.abs_diff(s), j));
        totals.truncate(MOST_NAMED);
        totals
    }
}

/// Whether amounts `a` and `b` are two counts of one noun one right after
/// the other in a sentence, with no word making one a part of the other.
fn is_series(scope: &Scope, a: usize, b: usize) -> bool {
    let (Some(x), Some(y)) = (scope.amounts.get(a), scope.amounts.get(b)) else {
        return false;
    };
    let marked = |i: usize| scope.facts_of(i).is_some_and(|f| f.part_cue || f.whole_cue);
    let (first, last) = if x.order < y.order { (x, y) } else { (y, x) };
    // Nothing between them but the first's other reading (`591.152 ألف`).
    let series = scope
        .amounts
        .get(first.order + 1..last.order)
        .is_some_and(|between| one_after_the_other(first, last, between.iter()));
    series && x.key.is_some() && x.key == y.key && !marked(a) && !marked(b)
}

/// A bounded percentage bounds the ratio: `لا تتجاوز 6%` is ratio ≤ 6%.
fn compare_for(qualifier: Qualifier) -> Compare {
    match qualifier {
        Qualifier::Exact | Qualifier::About => Compare::Eq,
        Qualifier::AtMost => Compare::Le,
        Qualifier::LessThan => Compare::Lt,
        Qualifier::AtLeast => Compare::Ge,
        Qualifier::MoreThan => Compare::Gt,
    }
}

fn candidate(scope: &Scope, equation: &Equation, form: &Form, trials: usize) -> Option<Candidate> {
    let amounts = scope.amounts;
    let outcome = equation.evaluate(amounts, None)?;
    let holds = outcome.holds(equation.compare);
    let percent = amounts.get(equation.target)?;
    let counts: Vec<&Amount> = equation
        .numerator
        .iter()
        .chain(&equation.denominator)
        .filter_map(|t| amounts.get(t.amount))
        .collect();
    let facts = scope.facts_of(equation.target);
    let mut cues = 0;
    let mut against = false;
    match form.kind {
        RatioKind::Share => {
            // Items of one list (`dettes multilatérales (36 milliards) et
            // dettes bilatérales (13,8 milliards)`) stand side by side:
            // neither is a share of the other.
            let listed = |t: &Term| scope.facts_of(t.amount).and_then(|f| f.listed).map(|(list, _)| list);
            if let ([part], [whole]) = (&equation.numerator[..], &equation.denominator[..]) {
                if listed(part).is_some() && listed(part) == listed(whole) {
                    return None;
                }
                // Two counts of one noun one right after the other in a
                // sentence, neither said to be the other's part or whole
                // (`ثم الروس بـ591 ألف سائح، ثم الألمان بـ246 ألف سائح`),
                // are a series: a miss between them is no slip.
                if !holds && is_series(scope, part.amount, whole.amount) {
                    return None;
                }
            }
            if facts.is_some_and(|f| f.share_cue) {
                cues += 1;
            }
            // `من مجموع`: the whole is the figure the text calls a total.
            if facts.is_some_and(|f| f.of_total) {
                let whole_is_total = form.named_whole
                    || equation
                        .denominator
                        .first()
                        .and_then(|t| scope.facts_of(t.amount))
                        .is_some_and(|f| f.total_word);
                cues += if whole_is_total { 2 } else { 1 };
            }
        }
        RatioKind::Change => {
            match (percent.change, form.direction) {
                _ if form.against_values => {}
                (Some(stated), Some(direction)) if stated == direction => cues += 1,
                (Some(_), Some(_)) => against = true,
                _ => {}
            }
            // A change runs from one period to a later one: from the base
            // (the one figure it divides by) to the other.
            let periods: Vec<Option<i64>> = counts.iter().map(|a| a.period).collect();
            if let [Some(a), Some(b), ..] = periods[..] {
                let base = match equation.denominator[..] {
                    [ref only] => amounts.get(only.amount).and_then(|a| a.period),
                    _ => None,
                };
                let other = equation
                    .numerator
                    .iter()
                    .filter(|t| equation.denominator.iter().all(|d| d.amount != t.amount))
                    .find_map(|t| amounts.get(t.amount))
                    .and_then(|a| a.period);
                match (base, other) {
                    (Some(from), Some(to)) if from > to => against = true,
                    _ if a != b => cues += 1,
                    _ => {}
                }
            }
            // A base whose own change the text states beside it (`كي تبلغ
            // 222,6 مليار` after `بنسبة 13,8`, `31,7 milliards (-4,7 %)`) is
            // a new level, not where another percentage's change starts.
            if let [only] = equation.denominator[..] {
                if has_own_change(scope, only.amount, equation.target) {
                    against = true;
                }
            }
            // `199% en 2008, contre 137% en 2007`: a rate set against
            // another rate is a level of its own period, compared with that
            // one; where the arithmetic misses, it is no mistyped change.
            // Either way round: `pour atteindre 64.8%, contre 76.6%`.
            let set_against = |other: Option<&Amount>| {
                other.is_some_and(|other| other.class == percent.class && scope.set_against(other, percent))
            };
            let rate_set_against_a_rate = set_against(equation.target.checked_sub(1).and_then(|p| amounts.get(p)))
                || set_against(amounts.get(equation.target + 1));
            if !holds && rate_set_against_a_rate {
                against = true;
            }
            // `+10,3 % ou +369 millions`: the rate and the amount beside it
            // are one change; two figures that differ by another amount
            // are not its ends.
            if let Some((amount, precision)) = facts.and_then(|f| f.with_its_amount) {
                let mut ends = counts.clone();
                ends.dedup_by_key(|a| a.at);
                if let [x, y] = ends[..] {
                    let difference = x.value.saturating_sub(y.value).abs();
                    let slack = x.precision.saturating_add(y.precision).saturating_add(precision);
                    if !holds && difference.saturating_sub(amount).abs() > slack {
                        against = true;
                    }
                }
            }
            // A yearly rate over a span of years (`في الفترة بين 2013
            // و2017`) is an average over it: it misses the change of two
            // amounts unless they are the span's two ends.
            if let Some((from, to)) = percent.span {
                let mut ends: Vec<Option<i64>> = counts.iter().map(|a| a.period).collect();
                ends.sort_unstable();
                ends.dedup();
                if !holds && ends != [Some(from), Some(to)] {
                    against = true;
                }
            }
            // `X مقابل Y`, `X contre Y`: the text sets the two ends against
            // each other.
            let mut ends = counts.clone();
            ends.sort_by_key(|a| a.order);
            ends.dedup_by_key(|a| a.at);
            if let [x, y] = ends[..] {
                if scope.set_against(x, y) {
                    cues += 1;
                    // `X مقارنة ب Y`: Y is what X is compared with, the base.
                    // A miss measured from X runs the change backwards.
                    let base_is_first = matches!(equation.denominator[..], [only] if amounts.get(only.amount).is_some_and(|a| a.at == x.at));
                    if !holds && base_is_first {
                        against = true;
                    }
                }
            }
        }
    }
    if against {
        return None;
    }
    let mut members: Vec<&Amount> = counts.clone();
    members.push(percent);
    let evidence = Evidence {
        holds,
        coincidence: bound_chance(&outcome, equation.compare),
        trials,
        cues,
        // A share's part is often a kind of its whole (women among the
        // beneficiaries): nouns that differ say nothing against one that
        // holds, though too little to suspect a slip in one that fails.
        key: match form.kind {
            RatioKind::Share => match key_agreement(counts.iter().copied()) {
                KeyAgreement::Different if holds => KeyAgreement::Unknown,
                agreement => agreement,
            },
            // The two ends of a change are one quantity: where their nouns
            // are missing, their clauses' subjects may say so.
            RatioKind::Change => quantity_agreement(counts.iter().copied()),
        },
        spread: spread(members.iter().copied()),
        figures: members.len(),
        repairs: Vec::new(),
        across: false,
        comparison: false,
        unmarked_change: form.kind == RatioKind::Change && cues == 0,
        mixed_periods: form.kind == RatioKind::Share && periods_differ(members.iter().copied()),
        parts_shared: false,
        corroborated: false,
        paired_beside: match (form.kind, &equation.numerator[..], &equation.denominator[..]) {
            (RatioKind::Share, [part], [whole]) => part_beside(scope, equation.target, part.amount, whole.amount),
            (RatioKind::Change, _, _) => paired_change(scope, equation.target, &counts),
            _ => None,
        },
        aligned: 0,
    };
    if !holds && !score::worth_repairing(&evidence) {
        return None;
    }
    let refs = |terms: &[Term]| -> Vec<(super::super::FigureRef, bool)> {
        terms
            .iter()
            .filter_map(|t| amounts.get(t.amount).map(|a| (a.at, t.minus)))
            .collect()
    };
    Some(Candidate {
        relation: Relation::Ratio {
            percent: percent.at,
            numerator: refs(&equation.numerator),
            denominator: refs(&equation.denominator),
            compare: equation.compare,
            kind: form.kind,
        },
        explained: percent.at,
        evidence,
        tolerance: Some(outcome.tolerance()),
        values: Some((outcome.computed, outcome.target)),
        read_otherwise: None,
        equation: None,
        stated_change: None,
    })
}

/// Whether a share's part is the count its percentage stands just after
/// in one sentence, paired by a word of shares (`2286 ألف مولود بنسبة
/// 48.9%`, `3 250 dossiers, soit 41 %`): the text's own pairing. `None`
/// where no such word or no count of the whole's quantity stands there
/// (`مسافر 4.1%` may be the count's change), where the count there is the
/// stated whole (`من أصل 802 ألف، بنسبة 40.5%`), or where the percentage
/// states a change (`إلى 2.6 مليون بنسبة 7.7%` is no share of it).
fn part_beside(scope: &Scope, target: usize, part: usize, whole: usize) -> Option<bool> {
    let amounts = scope.amounts;
    let percent = amounts.get(target)?;
    let facts = scope.facts_of(target)?;
    let paired = (facts.share_cue || facts.of_total) && facts.words_before <= PAIRED_WITHIN;
    if percent.change.is_some() || !paired {
        return None;
    }
    let before = one_beside(percent, amounts.get(..target)?.iter().rev(), None)?;
    let whole = amounts.get(whole)?;
    if scope.facts.get(before.at.figure).is_some_and(|f| f.whole_cue) {
        return None;
    }
    // The count beside is the part: a share that makes it the whole goes
    // against the text as one with another part does.
    if before.at == whole.at {
        return Some(false);
    }
    let of_the_whole = before.key.is_none() || whole.key.is_none() || before.key == whole.key;
    if !of_the_whole {
        return None;
    }
    Some(amounts.get(part)?.at == before.at)
}

/// How many words a share word and its percentage may take after the
/// count they pair with (`مولود بنسبة`, `personnes (+`).
const PAIRED_WITHIN: usize = 4;

/// What a change's percentage stands right beside in its sentence: the
/// text's own pairing of the change with its figures.
enum Beside {
    /// Two amounts the text sets against each other, just before it
    /// (`35.5 في الألف … مقابل 24.2 في الألف …، بنسبة زيادة قدرها 5.4%`)
    /// or just after it (`بنسبة 5.4% من 24.2 إلى 25.5`): its two ends,
    /// earlier figure first.
    Ends(FigureRef, FigureRef),
    /// An amount alone on either side (`58 ألف جريح، بزيادة قدرها 2.1 في
    /// المائة`, `بنسبة 14.3% لتصل إلى 17.61 بليون`): the level it is the
    /// change of, one of its ends, whatever the other is.
    Levels(Vec<FigureRef>),
}

/// What the change percentage `target` stands beside; `None` where it
/// states no change or stands beside no amount (`une hausse de 33,6% qui
/// s'explique par les fonds (4,4 contre 2,2)` names a part's two levels,
/// not the change's).
fn change_beside(scope: &Scope, target: usize) -> Option<Beside> {
    let amounts = scope.amounts;
    let percent = amounts.get(target)?;
    percent.change?;
    let before = || amounts.get(..target).into_iter().flatten().rev();
    // Before it, the words are counted from the figure just before it,
    // which is often the level's year (`… 24.2 في الألف، عام 2011، بنسبة
    // زيادة قدرها 5.4%`, `… برميل خلال نفس الفترة من عام 2001 بنسبة
    // ارتفاع`): a period phrase of any length may follow the level.
    let words_before = scope
        .facts
        .get(percent.at.figure)
        .map_or(usize::MAX, |f| f.words_before);
    let close_before = |level: &Amount| {
        words_before <= PAIRED_WITHIN && percent.at.figure.saturating_sub(level.at.figure) <= MOST_FIGURES_BETWEEN + 1
    };
    let close_after = |first: &Amount| words_between(scope, percent, first) <= BESIDE_WORDS;
    // The change restated as an amount (`77,4% ou +2,77 milliards DH (6,36
    // milliards contre 3,58 milliards)`) is the same change, no level: the
    // figures beside are those after it.
    let restated = one_beside(percent, amounts.get(target + 1..).into_iter().flatten(), None)
        .filter(|a| a.change.is_some() && close_after(a));
    // Past the restated amount and its other reading, which stand next.
    let after_from = restated.map_or(target + 1, |r| {
        target
            + 1
            + amounts.get(target + 1..).map_or(0, |rest| {
                rest.iter().take_while(|a| a.at == percent.at || a.at == r.at).count()
            })
    });
    let after = || amounts.get(after_from..).into_iter().flatten();
    let close_after_restated = |first: &Amount| match restated {
        Some(r) => words_between(scope, r, first) <= BESIDE_WORDS,
        None => close_after(first),
    };
    let pairs = [
        two_beside(percent, before()).filter(|(nearer, _)| close_before(nearer)),
        two_beside(percent, after()).filter(|(first, _)| close_after_restated(first)),
    ];
    let ends = pairs.into_iter().flatten().find(|&(x, y)| {
        let (x, y) = if x.order < y.order { (x, y) } else { (y, x) };
        let from_to = matches!((x.range, y.range), (Some(RangeEnd::From), Some(RangeEnd::To)));
        scope.set_against(x, y) || from_to
    });
    if let Some((x, y)) = ends {
        return Some(if x.at < y.at {
            Beside::Ends(x.at, y.at)
        } else {
            Beside::Ends(y.at, x.at)
        });
    }
    // A change beside it is the same change or another, never its level.
    let levels: Vec<FigureRef> = [
        one_beside(percent, before(), None).filter(|level| close_before(level)),
        one_beside(percent, after(), None).filter(|first| close_after_restated(first)),
    ]
    .into_iter()
    .flatten()
    .filter(|a| a.change.is_none())
    .map(|a| a.at)
    .collect();
    (!levels.is_empty()).then_some(Beside::Levels(levels))
}

/// The words between two figures of one article, each figure between
/// them (a year: `، عام 2011، بنسبة`) counted as one; past
/// [`MOST_FIGURES_BETWEEN`] figures, as far as can be.
fn words_between(scope: &Scope, earlier: &Amount, later: &Amount) -> usize {
    let (from, to) = (earlier.at.figure, later.at.figure);
    if to <= from || to - from > MOST_FIGURES_BETWEEN + 1 || earlier.at.article != later.at.article {
        return usize::MAX;
    }
    (from + 1..=to)
        .map(|f| scope.facts.get(f).map_or(usize::MAX, |facts| facts.words_before))
        .fold(to - from - 1, usize::saturating_add)
}

/// The most figures (a year, a date) between a change and the amount it
/// stands beside.
const MOST_FIGURES_BETWEEN: usize = 2;

/// Whether a change with these figures is the one the text pairs its
/// percentage with: `Some(true)` where its ends are the two beside it,
/// `Some(false)` where they leave out what stands beside it, `None` where
/// the text pairs it with nothing or with one of its ends alone.
fn paired_change(scope: &Scope, target: usize, counts: &[&Amount]) -> Option<bool> {
    let mut ends: Vec<FigureRef> = counts.iter().map(|a| a.at).collect();
    ends.sort_unstable();
    ends.dedup();
    match change_beside(scope, target)? {
        Beside::Ends(x, y) => Some(ends == [x, y]),
        Beside::Levels(levels) => (!levels.iter().any(|l| ends.contains(l))).then_some(false),
    }
}

/// The next two figures from a percentage in one direction, where both
/// are counts of its sentence.
fn two_beside<'a>(percent: &Amount, mut next: impl Iterator<Item = &'a Amount>) -> Option<(&'a Amount, &'a Amount)> {
    let first = one_beside(percent, &mut next, None)?;
    let second = one_beside(percent, &mut next, Some(first))?;
    Some((first, second))
}

/// The next amount from a percentage in one direction (after `seen`),
/// where it is a count of its sentence: the other reading of a figure (an
/// `alternative`) is the same figure, and any other amount ends the look
/// (years and dates are no amounts: the words between say how near it
/// stands).
fn one_beside<'a>(
    percent: &Amount,
    mut next: impl Iterator<Item = &'a Amount>,
    seen: Option<&Amount>,
) -> Option<&'a Amount> {
    // The written reading, which `set_against` and the words between are
    // measured from; its other reading stands right after it.
    next.find(|a| !a.alternative && a.at != percent.at && seen.is_none_or(|s| s.at != a.at))
        .filter(|a| is_count(a) && a.sentence == percent.sentence)
}

/// A bound (`لم تتجاوز 6 %`, `plus de 26 %`) is evidence only where the
/// ratio comes near it, within the values it rounds from; one far inside
/// the bound holds for nearly any figures.
fn bound_chance(outcome: &super::super::candidate::Outcome, compare: Compare) -> f64 {
    if compare == Compare::Eq || outcome.computed_interval.overlaps(outcome.target_interval) {
        percent_chance(outcome)
    } else {
        FAR_INSIDE_A_BOUND
    }
}

/// The chance that a ratio lands anywhere inside a bound: one in two.
const FAR_INSIDE_A_BOUND: f64 = 0.5;

/// The chance a percentage lands where the ratio allows: the width
/// allowed over the span percentages take (0 to 100%, or the change's
/// own size when it is larger).
fn percent_chance(outcome: &super::super::candidate::Outcome) -> f64 {
    let width = (outcome
        .computed_interval
        .width()
        .saturating_add(outcome.target_interval.width()))
    .max(outcome.unit);
    let span = outcome.target.abs().max(Decimal::ONE);
    super::super::candidate::chance(width, span)
}
