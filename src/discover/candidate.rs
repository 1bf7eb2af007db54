//! A candidate relation and its typed evidence (SPEC §7.2): finders
//! propose, [`super::score`] weighs, [`super::arbitrate`] decides.

use rust_decimal::Decimal;

use super::amount::{Amount, Interval};
use super::{FigureRef, Relation};

/// How a computed side compares with its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compare {
    Eq,
    /// The computed side is at most the target (`لا تتجاوز 6%`).
    Le,
    Lt,
    Ge,
    Gt,
}

impl Compare {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Compare::Eq => "==",
            Compare::Le => "<=",
            Compare::Lt => "<",
            Compare::Ge => ">=",
            Compare::Gt => ">",
        }
    }
}

/// A term of a linear combination: an amount, added or subtracted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Term {
    pub(crate) amount: usize,
    pub(crate) minus: bool,
}

impl Term {
    pub(crate) fn plus(amount: usize) -> Term {
        Term { amount, minus: false }
    }
    pub(crate) fn minus(amount: usize) -> Term {
        Term { amount, minus: true }
    }
}

/// `Σ numerator / Σ denominator (compare) target`, over amounts of one
/// scope; a percentage target stands for its fraction when there is a
/// denominator, and for its percent in a sum of percentages and points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Equation {
    pub(crate) numerator: Vec<Term>,
    /// Empty: the numerator alone.
    pub(crate) denominator: Vec<Term>,
    pub(crate) target: usize,
    pub(crate) compare: Compare,
}

/// What an equation gives for given values: the computed side as stated
/// and as an interval, and the target's.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Outcome {
    pub(crate) computed: Decimal,
    pub(crate) computed_interval: Interval,
    pub(crate) target: Decimal,
    pub(crate) target_interval: Interval,
    /// The target's precision: no coincidence is likelier than landing
    /// on one of its values.
    pub(crate) unit: Decimal,
}

impl Outcome {
    pub(crate) fn holds(&self, compare: Compare) -> bool {
        let (c, t) = (self.computed_interval, self.target_interval);
        match compare {
            Compare::Eq => c.overlaps(t),
            Compare::Le => c.lo <= t.hi,
            Compare::Lt => c.lo < t.hi,
            Compare::Ge => c.hi >= t.lo,
            Compare::Gt => c.hi > t.lo,
        }
    }

    /// The absolute tolerance a rule needs so that `check`, computing with
    /// the stated values, agrees exactly when the intervals allow it.
    pub(crate) fn tolerance(&self) -> Decimal {
        let spread = |stated: Decimal, i: Interval| {
            stated
                .saturating_sub(i.lo)
                .max(i.hi.saturating_sub(stated))
                .max(Decimal::ZERO)
        };
        spread(self.computed, self.computed_interval).saturating_add(spread(self.target, self.target_interval))
    }

    /// The chance that the target falls where the computed side allows by
    /// coincidence, for a target of this magnitude.
    pub(crate) fn coincidence(&self) -> f64 {
        let width = (self
            .computed_interval
            .width()
            .saturating_add(self.target_interval.width()))
        .max(self.unit);
        let scale = self.target.abs().max(self.computed.abs());
        chance(width, scale)
    }
}

/// `width` over `scale` as a probability, at least one part in a million
/// of a million and at most 1.
pub(crate) fn chance(width: Decimal, scale: Decimal) -> f64 {
    use rust_decimal::prelude::ToPrimitive;
    let scale = scale.to_f64().unwrap_or(f64::MAX).max(f64::MIN_POSITIVE);
    let width = width.to_f64().unwrap_or(f64::MAX);
    (width / scale).clamp(1e-12, 1.0)
}

impl Equation {
    /// The figures of the equation, target first.
    pub(crate) fn amounts(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.target)
            .chain(self.numerator.iter().map(|t| t.amount))
            .chain(self.denominator.iter().map(|t| t.amount))
    }

    /// Evaluates over `amounts`, amount `replaced.0` standing for
    /// `replaced.1` (a repair tried) if given.
    pub(crate) fn evaluate(&self, amounts: &[Amount], replaced: Option<(usize, Decimal)>) -> Option<Outcome> {
        self.evaluate_with(amounts, |i| stated(amounts, i, replaced))
    }

    /// Whether the relation holds over `amounts` (with `replaced` as in
    /// [`Equation::evaluate`]): the intervals allow it.
    pub(crate) fn holds(&self, amounts: &[Amount], replaced: Option<(usize, Decimal)>) -> bool {
        self.evaluate(amounts, replaced)
            .is_some_and(|outcome| outcome.holds(self.compare))
    }

    fn evaluate_with(
        &self,
        amounts: &[Amount],
        stated: impl Fn(usize) -> Option<(Decimal, Interval)>,
    ) -> Option<Outcome> {
        let combine = |terms: &[Term]| -> Option<(Decimal, Interval)> {
            let mut value = Decimal::ZERO;
            let mut interval = Interval::point(Decimal::ZERO);
            for term in terms {
                let (v, i) = stated(term.amount)?;
                if term.minus {
                    value = value.checked_sub(v)?;
                    interval = interval.sub(i)?;
                } else {
                    value = value.checked_add(v)?;
                    interval = interval.add(i)?;
                }
            }
            Some((value, interval))
        };
        let (mut computed, mut computed_interval) = combine(&self.numerator)?;
        let (mut target, mut target_interval) = stated(self.target)?;
        let mut unit = amounts.get(self.target)?.precision;
        // Figures that are all whole thousands add up to whole thousands:
        // landing on the target is a chance of one in its thousands, not
        // one in its units.
        if self.denominator.is_empty() {
            if let Some(finest) = self
                .amounts()
                .filter_map(|i| amounts.get(i))
                .map(Amount::granularity)
                .min()
            {
                unit = unit.max(finest);
            }
        }
        if !self.denominator.is_empty() {
            let (den, den_interval) = combine(&self.denominator)?;
            if den <= Decimal::ZERO {
                return None;
            }
            computed = computed.checked_div(den)?;
            computed_interval = computed_interval.div(den_interval)?;
            // A percentage target compared with a ratio: its fraction.
            let hundred = Decimal::ONE_HUNDRED;
            target = target.checked_div(hundred)?;
            unit = unit.checked_div(hundred)?;
            target_interval = Interval {
                lo: target_interval.lo.checked_div(hundred)?,
                hi: target_interval.hi.checked_div(hundred)?,
            };
        }
        Some(Outcome {
            computed,
            computed_interval,
            target,
            target_interval,
            unit,
        })
    }
}

/// How far a count written to the unit in digits but ending in three
/// zeros (`62.000`, as statistics offices round) may stand from what it
/// counts: half a thousand. Counts under ten thousand are left exact.
fn roundness(amount: &Amount) -> Option<Decimal> {
    let round = amount.class == super::amount::Class::Count
        && amount.interval.width().is_zero()
        && amount.value >= Decimal::from(10_000)
        && (amount.value % Decimal::ONE_THOUSAND).is_zero();
    round.then(|| Decimal::from(500))
}

impl Equation {
    /// Whether the relation holds once its round counts are read as
    /// rounded to the thousand: a miss no larger than that rounding is
    /// no slip, though the relation is not stated exactly either.
    pub(crate) fn holds_within_round_counts(&self, amounts: &[Amount]) -> bool {
        if !self.amounts().any(|i| amounts.get(i).and_then(roundness).is_some()) {
            return false;
        }
        self.evaluate_with(amounts, |i| {
            let amount = amounts.get(i)?;
            Some(match roundness(amount) {
                Some(half) => (
                    amount.value,
                    Interval {
                        lo: amount.value.checked_sub(half)?,
                        hi: amount.value.checked_add(half)?,
                    },
                ),
                None => (amount.value, amount.interval),
            })
        })
        .is_some_and(|outcome| outcome.holds(self.compare))
    }
}

/// Amount `i`'s stated value and interval, amount `replaced.0` standing
/// for `replaced.1` with its interval moved along (or, for its value with
/// two parts swapped, the interval that value states).
fn stated(amounts: &[Amount], i: usize, replaced: Option<(usize, Decimal)>) -> Option<(Decimal, Interval)> {
    let amount = amounts.get(i)?;
    match replaced {
        Some((r, v)) if r == i => {
            if let Some(swap) = amount.swapped.filter(|s| s.value == v) {
                return Some((v, swap.interval));
            }
            let shift = v.checked_sub(amount.value)?;
            Some((
                v,
                Interval {
                    lo: amount.interval.lo.checked_add(shift)?,
                    hi: amount.interval.hi.checked_add(shift)?,
                },
            ))
        }
        _ => Some((amount.value, amount.interval)),
    }
}

/// Does the noun of the figures agree?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyAgreement {
    Same,
    /// No noun for some, but every one states one currency or unit
    /// (`16,67 milliards de dirhams`, `37.59 بليون دولار`): amounts of one
    /// kind, though not surely one quantity.
    SameUnit,
    Unknown,
    Different,
}

/// One edit of one figure that makes a failing relation hold.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Repair {
    pub(crate) figure: FigureRef,
    pub(crate) from: Decimal,
    pub(crate) to: Decimal,
    pub(crate) edit: &'static str,
    /// How many digits the figure is written with.
    pub(crate) digits: u32,
}

impl Repair {
    /// Whether the edit drops or adds a digit, and so moves the figure
    /// to another order of magnitude.
    pub(crate) fn changes_magnitude(&self) -> bool {
        matches!(self.edit, "a digit dropped" | "a digit added")
    }
}

/// Why a candidate may be a relation.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Evidence {
    /// It holds within the figures' precision.
    pub(crate) holds: bool,
    /// The chance it would hold (or, failing, be one edit from holding)
    /// by coincidence, for one combination tried.
    pub(crate) coincidence: f64,
    /// How many combinations were tried for the figure it explains.
    pub(crate) trials: usize,
    /// Cue words that name the relation (total, share, change, part).
    pub(crate) cues: u32,
    pub(crate) key: KeyAgreement,
    /// How many sentences its figures span, beyond the first.
    pub(crate) spread: usize,
    /// How many figures it explains.
    pub(crate) figures: usize,
    /// For a failing candidate: the one-edit repairs that make it hold.
    pub(crate) repairs: Vec<Repair>,
    /// Compared across documents.
    pub(crate) across: bool,
    /// A change the text does not mark as one: no change word on the
    /// percentage and no two periods for its ends. The same arithmetic
    /// is often a share read the other way (`(total − part) / total`).
    pub(crate) unmarked_change: bool,
    /// Parts, whole and share stated for different periods (`1343 ألف …
    /// عام 2012` with `1252 ألف … عام 2011`): figures of one period are
    /// what a sum or a share relates.
    pub(crate) mixed_periods: bool,
    /// A sum each of whose parts the text states as a share of its total
    /// (set after scoring, from the shares found: see `support`).
    pub(crate) parts_shared: bool,
    /// A failing relation whose repair another failing relation of other
    /// figures shares: one slip seen twice (set after scoring: see
    /// `corroborate`).
    pub(crate) corroborated: bool,
    /// A bound (`من بينها`: part ≤ whole) or a claim, not arithmetic: many
    /// edits repair a broken bound and a rounded claim fits many values,
    /// so the text is its evidence rather than a coincidence unlikely.
    pub(crate) comparison: bool,
    /// Whether the figures the text pairs a percentage with, right beside
    /// it in its sentence, are this relation's: for a share, its part is
    /// the count just before (`2286 ألف مولود بنسبة 48.9%`); for a change,
    /// its two ends are the two amounts set against each other just
    /// before or after it (`35.5 … مقابل 24.2 …، بنسبة زيادة 5.4%`).
    /// True where they are, false where the text sets others there.
    pub(crate) paired_beside: Option<bool>,
    /// For a repeat's near miss: on how many sides (before, after) the
    /// two figures have the same landmark, a figure both tellings write
    /// (see `landmarks`).
    pub(crate) aligned: u8,
}

impl Evidence {
    /// How many figures its repairs would edit: one when the repair is
    /// unique, more when any of several figures could be the mistyped one.
    pub(crate) fn repaired_figures(&self) -> usize {
        self.repairs
            .iter()
            .map(|r| r.figure)
            .collect::<std::collections::HashSet<_>>()
            .len()
    }
}

#[cfg(test)]
impl Evidence {
    /// Three figures of one quantity in two sentences that hold, with
    /// no cue: tests set the fields they weigh.
    pub(crate) fn holding() -> Evidence {
        Evidence {
            holds: true,
            coincidence: 0.01,
            trials: 1,
            cues: 0,
            key: KeyAgreement::Same,
            spread: 1,
            figures: 3,
            repairs: Vec::new(),
            across: false,
            comparison: false,
            unmarked_change: false,
            mixed_periods: false,
            parts_shared: false,
            corroborated: false,
            paired_beside: None,
            aligned: 0,
        }
    }
}

/// A relation that may hold, with its evidence.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub(crate) relation: Relation,
    /// The figure it explains: a total, a percentage, a claim, a repeat.
    pub(crate) explained: FigureRef,
    pub(crate) evidence: Evidence,
    /// For arithmetic relations: the tolerance a rule needs.
    pub(crate) tolerance: Option<Decimal>,
    /// What it computes, for explanations: (computed, stated).
    pub(crate) values: Option<(Decimal, Decimal)>,
    /// The figure it reads the other way (`162.984 مليون` as 162,984
    /// million), if any.
    pub(crate) read_otherwise: Option<FigureRef>,
    /// For a relation of one article's amounts that holds: its equation,
    /// by which a repair proposed elsewhere is tried against it.
    pub(crate) equation: Option<Equation>,
    /// For a difference: the figure the text states as the change (a
    /// deficit, a rise), which is the difference of one pair of levels.
    pub(crate) stated_change: Option<FigureRef>,
}
