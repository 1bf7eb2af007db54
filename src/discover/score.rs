//! One score for every candidate, and every threshold in one place
//! (SPEC §7.2). The score is evidence in powers of ten: how unlikely it
//! is that the arithmetic holds by coincidence, given the figures'
//! precision and how many combinations were tried, plus what the text
//! says (cue words, one quantity key, nearness). Calibrated on the
//! development set of real articles, three quarters of it; the rest
//! only measured.

use super::amount::Amount;
use super::candidate::{Evidence, KeyAgreement};

/// A relation that holds is suggested from this score on.
pub(crate) const HOLDS: f64 = 0.5;
/// A failing relation with a one-edit repair is suspected from this
/// score on.
pub(crate) const SUSPECTED: f64 = 1.0;
/// From this score on a suggested rule fails the run as an error.
pub(crate) const STRONG: f64 = 2.0;

/// A relation more likely than this to hold by coincidence, for one
/// combination, says nothing.
const LEAST_EVIDENCE: f64 = 0.2;

/// A figure as written is far likelier right than mistyped: a failing
/// relation gives way to one that holds for the same figure unless its
/// evidence is stronger by this much (odds of about ten to one).
pub(crate) const SLIP_ODDS: f64 = 1.0;

/// What each piece of textual evidence is worth.
const CUE: f64 = 1.0;
/// Each part's share of the total stated: as good as a word naming the sum.
pub(crate) const PARTS_SHARED: f64 = CUE;
/// Another failing relation repaired by the same edit: as good as a word.
const CORROBORATED: f64 = CUE;
const SAME_KEY: f64 = 1.0;
const SAME_UNIT: f64 = 0.5;
const DIFFERENT_KEY: f64 = -2.0;
const PER_SENTENCE: f64 = -0.4;
const MOST_SPREAD_PENALTY: f64 = -1.6;
const ACROSS_DOCUMENTS: f64 = 0.0;
const UNMARKED_CHANGE: f64 = -0.5;
const MIXED_PERIODS: f64 = -1.0;
/// Several figures could each be the mistyped one: less sure which.
const AMBIGUOUS_REPAIR: f64 = -0.5;
/// A share whose part is the count its percentage is paired with, or a
/// change whose ends are the two amounts it stands beside: the text's own
/// pairing, as good as a word, whether the arithmetic holds or misses by
/// a slip; other figures there, as bad.
const PAIRED_BESIDE: f64 = CUE;
const OTHERS_BESIDE: f64 = -CUE;
/// Each side on which two tellings' figures have the same landmark (see
/// `landmarks`): the texts' own alignment, as good as a word.
const ALIGNED_SIDE: f64 = CUE;

/// How many failing candidates are repaired for each figure they would
/// explain, those with the best words first.
pub(crate) const REPAIRED_PER_FIGURE: usize = 12;

/// How many sentences a failing candidate may span before its repairs
/// are looked for (repairs cost a few hundred evaluations each).
const REPAIR_SPREAD: usize = 3;

pub(crate) fn score(evidence: &Evidence) -> f64 {
    // Arithmetic that holds for nearly any values (`قرابة عشرة آلاف`
    // give or take ten thousand) is no evidence, whatever the words say.
    if !evidence.comparison && evidence.coincidence > LEAST_EVIDENCE {
        return f64::NEG_INFINITY;
    }
    let mut score = arithmetic(evidence) + text_score(evidence);
    if !evidence.holds && !evidence.comparison && evidence.repaired_figures() > 1 {
        score += AMBIGUOUS_REPAIR;
    }
    if !evidence.holds && !evidence.repairs.is_empty() && evidence.repairs.iter().all(|r| r.changes_magnitude()) {
        score += OTHER_MAGNITUDE;
    }
    score
}

/// What the arithmetic alone says, in powers of ten: how unlikely it is
/// to hold (or to miss by one edit) by coincidence, over every
/// combination tried.
pub(crate) fn arithmetic(evidence: &Evidence) -> f64 {
    let chance = (evidence.coincidence * evidence.trials.max(1) as f64).max(1e-12);
    -chance.log10()
}

/// Every repair drops or adds a digit: a figure ten times larger or
/// smaller is more often another quantity than a slip (as for repeats).
const OTHER_MAGNITUDE: f64 = -1.0;

/// A figure read otherwise than the text writes it is a reading the
/// text does not state: a little less sure.
const OTHER_READING: f64 = -0.5;

/// What reading a figure the other way costs.
pub(crate) fn reading(otherwise: bool) -> f64 {
    if otherwise {
        OTHER_READING
    } else {
        0.0
    }
}

/// What the words around the figures say, without the arithmetic.
pub(crate) fn text_score(evidence: &Evidence) -> f64 {
    let key = match evidence.key {
        KeyAgreement::Same => SAME_KEY,
        // One unit says the figures are of one kind, not one quantity:
        // support for arithmetic that holds, too little to suspect a slip.
        KeyAgreement::SameUnit if evidence.holds => SAME_UNIT,
        KeyAgreement::SameUnit => 0.0,
        KeyAgreement::Unknown => 0.0,
        KeyAgreement::Different => DIFFERENT_KEY,
    };
    let spread = (PER_SENTENCE * evidence.spread as f64).max(MOST_SPREAD_PENALTY);
    let across = if evidence.across { ACROSS_DOCUMENTS } else { 0.0 };
    let unmarked = if evidence.unmarked_change { UNMARKED_CHANGE } else { 0.0 };
    let periods = if evidence.mixed_periods { MIXED_PERIODS } else { 0.0 };
    let shared = if evidence.parts_shared { PARTS_SHARED } else { 0.0 };
    let corroborated = if evidence.corroborated { CORROBORATED } else { 0.0 };
    let beside = match evidence.paired_beside {
        Some(true) => PAIRED_BESIDE,
        Some(false) => OTHERS_BESIDE,
        None => 0.0,
    };
    let aligned = f64::from(evidence.aligned) * ALIGNED_SIDE;
    f64::from(evidence.cues) * CUE
        + key
        + spread
        + across
        + unmarked
        + periods
        + shared
        + corroborated
        + beside
        + aligned
}

/// Whether a failing candidate's text makes it worth looking for repairs.
pub(crate) fn worth_repairing(evidence: &Evidence) -> bool {
    evidence.key != KeyAgreement::Different && (evidence.spread <= REPAIR_SPREAD || evidence.cues > 0)
}

/// Amounts whose near misses are worth suspecting: three digits or more,
/// fewer values sit one edit from each other by chance.
pub(crate) fn may_be_mistyped(amount: &Amount) -> bool {
    enough_digits(amount.digits())
}

/// Whether a figure of `digits` digits is long enough for a near miss
/// to say something.
pub(crate) fn enough_digits(digits: u32) -> bool {
    digits >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(cues: u32, unmarked_change: bool) -> Evidence {
        Evidence {
            coincidence: 0.01,
            trials: 9,
            cues,
            unmarked_change,
            ..Evidence::holding()
        }
    }

    #[test]
    fn a_change_the_text_does_not_mark_weighs_less_than_one_it_marks() {
        let marked = score(&evidence(1, false));
        let unmarked = score(&evidence(0, true));
        let plain = score(&evidence(0, false));
        assert!(unmarked < plain && plain < marked, "{unmarked} {plain} {marked}");
    }

    #[test]
    fn one_unit_supports_arithmetic_that_holds_but_suspects_nothing() {
        let with = |holds: bool, key: KeyAgreement| {
            text_score(&Evidence {
                holds,
                key,
                ..evidence(0, false)
            })
        };
        assert!(with(true, KeyAgreement::SameUnit) > with(true, KeyAgreement::Unknown));
        assert!(with(true, KeyAgreement::SameUnit) < with(true, KeyAgreement::Same));
        assert_eq!(with(false, KeyAgreement::SameUnit), with(false, KeyAgreement::Unknown));
    }
}
