//! One figure, one best explanation (SPEC §7.2): candidates are taken
//! best first; a candidate that explains a figure already explained by a
//! better one with a figure in common gives way, and a relation that
//! fails gives way to one that holds for the same figure with evidence
//! nearly as strong (a slip is the rarer event) — an agreeing partner
//! anywhere beats a disagreeing one nearby, but not a coincidence of wide
//! roundings.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::candidate::Candidate;
use super::score;
use super::{FigureRef, Relation};

/// The candidates to suggest, best first, each with its score.
pub(crate) fn arbitrate(scored: Vec<(Candidate, f64)>) -> Vec<(Candidate, f64)> {
    let (mut holding, mut failing): (Vec<_>, Vec<_>) = scored.into_iter().partition(|(c, _)| c.evidence.holds);
    holding.retain(|(_, s)| *s >= score::HOLDS);
    failing.retain(|(_, s)| *s >= score::SUSPECTED);
    // Best score first; ties in the order of the figures, for the same
    // output whatever the order candidates came in.
    let order = |(c, score): &(Candidate, f64)| (std::cmp::Reverse(Ordered(*score)), c.explained, c.relation.figures());
    holding.sort_by_cached_key(order);
    failing.sort_by_cached_key(order);
    let mut accepted: Vec<(Candidate, f64)> = Vec::new();
    let mut explained: HashMap<FigureRef, Vec<usize>> = HashMap::new();
    // Each accepted candidate's figures, by its place in `accepted`, and
    // all of them for membership at a look-up's cost.
    let mut sets: Vec<BTreeSet<FigureRef>> = Vec::new();
    let mut taken: HashSet<BTreeSet<FigureRef>> = HashSet::new();
    // The percentage each pair's ratio already states: a pair has one
    // rate of change and one share, so another percentage that fits the
    // same pair only within its roundings is about something else (the
    // same rate restated is welcome).
    let mut stated_for: HashMap<RatioTerms, rust_decimal::Decimal> = HashMap::new();
    for (candidate, score) in holding {
        let set = figure_set(&candidate);
        if taken.contains(&set) {
            continue;
        }
        let terms = ratio_terms(&candidate.relation);
        let stated = candidate.values.map(|(_, stated)| stated.normalize());
        if let (Some(terms), Some(stated)) = (&terms, stated) {
            if stated_for.get(terms).is_some_and(|&rated| rated != stated) {
                continue;
            }
        }
        let conflicts = explained.get(&candidate.explained).is_some_and(|others| {
            others
                .iter()
                .any(|&o| conflict(&accepted[o].0, &candidate, &sets[o], &set))
        });
        if conflicts {
            continue;
        }
        if let (Some(terms), Some(stated)) = (terms, stated) {
            stated_for.entry(terms).or_insert(stated);
        }
        explained.entry(candidate.explained).or_default().push(accepted.len());
        taken.insert(set.clone());
        sets.push(set);
        accepted.push((candidate, score));
    }
    // The figures a holding percentage relates: a pair has one rate of
    // change, one share; another percentage that misses on the same pair
    // is about something else (`6.0%` beside a deficit's fall of `9.0%`).
    // As with a figure's own partner, the holding rate wins unless its
    // evidence is weaker.
    let mut rated: HashMap<RatioTerms, f64> = HashMap::new();
    for (c, s) in &accepted {
        if let Some(terms) = ratio_terms(&c.relation) {
            let best = rated.entry(terms).or_insert(f64::NEG_INFINITY);
            *best = best.max(*s);
        }
    }
    // The change each holding difference states: a deficit or a rise is
    // the difference of one pair of levels, so a failing difference that
    // takes it again is about other figures (an agreeing pair anywhere
    // beats a disagreeing one nearby), unless its evidence is stronger. A
    // level may start two changes; only the change is settled.
    let mut changes_settled: HashMap<FigureRef, f64> = HashMap::new();
    for (c, s) in &accepted {
        if let Some(change) = c.stated_change {
            let best = changes_settled.entry(change).or_insert(f64::NEG_INFINITY);
            *best = best.max(*s);
        }
    }
    let mut suspected_for: BTreeSet<FigureRef> = BTreeSet::new();
    // A failing relation the text states twice (a lede repeated word for
    // word: the same parts, a total written twice) is one suspicion: the
    // same arithmetic missing by the same amounts, repaired by the same
    // edit of the same figure.
    let mut suspicions: HashSet<Suspicion> = HashSet::new();
    for (candidate, score) in failing {
        let rated_as_well = ratio_terms(&candidate.relation)
            .and_then(|terms| rated.get(&terms))
            .is_some_and(|&s| s + score::SLIP_ODDS >= score);
        let differenced_as_well = candidate
            .stated_change
            .and_then(|change| changes_settled.get(&change))
            .is_some_and(|&s| s + score::SLIP_ODDS >= score);
        if rated_as_well || differenced_as_well {
            continue;
        }
        let set = figure_set(&candidate);
        // An agreeing partner wins unless its own evidence is weaker; as
        // among holding ones, a total's other breakdown is no partner.
        let explained_already = explained.get(&candidate.explained).is_some_and(|others| {
            others.iter().any(|&o| {
                conflict(&accepted[o].0, &candidate, &sets[o], &set) && accepted[o].1 + score::SLIP_ODDS >= score
            })
        });
        if explained_already || taken.contains(&set) || suspected_for.contains(&candidate.explained) {
            continue;
        }
        if !suspicions.insert(suspicion(&candidate)) {
            continue;
        }
        suspected_for.insert(candidate.explained);
        // A pair has one rate of change and one share: once one failing
        // percentage is suspected of a pair, another is about something
        // else (`baisse de 18,3 %` and, a line on, `24 %`).
        if let Some(terms) = ratio_terms(&candidate.relation) {
            rated.entry(terms).or_insert(score);
        }
        taken.insert(set.clone());
        sets.push(set);
        accepted.push((candidate, score));
    }
    accepted
}

/// What a failing relation suspects: its kind, the value its figures give
/// and the value stated, and each repair's figure and value.
type Suspicion = (
    &'static str,
    Option<(rust_decimal::Decimal, rust_decimal::Decimal)>,
    Vec<(FigureRef, rust_decimal::Decimal)>,
);

fn suspicion(candidate: &Candidate) -> Suspicion {
    (
        candidate.relation.name(),
        candidate
            .values
            .map(|(computed, stated)| (computed.normalize(), stated.normalize())),
        candidate
            .evidence
            .repairs
            .iter()
            .map(|r| (r.figure, r.to.normalize()))
            .collect(),
    )
}

/// A score ordered as `f64::total_cmp` orders it.
#[derive(PartialEq)]
struct Ordered(f64);

impl Eq for Ordered {}

impl PartialOrd for Ordered {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ordered {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// What a percentage is the ratio of: its kind, and the figures over the
/// figures.
type RatioTerms = (bool, BTreeSet<FigureRef>, BTreeSet<FigureRef>);

/// A bound (`plus de 26 %`) fits many pairs and states no rate of any:
/// only a percentage stated as a value rates its pair.
fn ratio_terms(relation: &Relation) -> Option<RatioTerms> {
    match relation {
        Relation::Ratio {
            numerator,
            denominator,
            kind,
            compare: super::Compare::Eq,
            ..
        } => Some((
            *kind == super::RatioKind::Share,
            numerator.iter().map(|(f, _)| *f).collect(),
            denominator.iter().map(|(f, _)| *f).collect(),
        )),
        _ => None,
    }
}

fn figure_set(candidate: &Candidate) -> BTreeSet<FigureRef> {
    candidate.relation.figures().into_iter().collect()
}

fn same_kind(a: &Candidate, b: &Candidate) -> bool {
    std::mem::discriminant(&a.relation) == std::mem::discriminant(&b.relation)
}

/// Whether `new` explains its figure the way `old` already does.
fn conflict(old: &Candidate, new: &Candidate, old_set: &BTreeSet<FigureRef>, new_set: &BTreeSet<FigureRef>) -> bool {
    match (&old.relation, &new.relation) {
        // A total may have two breakdowns, if they share no part.
        (Relation::Sum { .. }, Relation::Sum { .. }) => old_set.intersection(new_set).count() > 1,
        // A percentage, a claim, a repeat: one explanation of each kind
        // (a rate may be a share and one end of a change in points).
        _ => same_kind(old, new),
    }
}
