//! Which of one article's proposed candidates go on to be repaired and
//! scored: those whose figures are read one way each, and of the failing
//! ones only the best few for each figure they explain.
//!
//! A finder applies it to the candidates of each figure it tries as it
//! goes, so that a table of thousands of cells of one quantity holds a few
//! failing candidates a figure, not every near pair (a 700 KB table took
//! 900 MB). Applied again to the whole, it keeps the same candidates: the
//! best few of a figure are among the best few of each part of them.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::amount::Amount;
use super::candidate::{Candidate, Equation};
use super::{score, FigureRef};

/// Keeps, of `proposed[from..]`, the candidates that read each figure one
/// way, and of the failing ones those worth repairing: at most
/// [`score::REPAIRED_PER_FIGURE`] per figure explained, best words first
/// and among equals the nearest miss. The holding ones come first, then
/// the failing ones in that order.
pub(crate) fn shortlist(amounts: &[Amount], proposed: &mut Vec<(Candidate, Equation)>, from: usize) {
    let tail: Vec<(Candidate, Equation)> = proposed.drain(from.min(proposed.len())..).collect();
    let (holding, mut failing): (Vec<_>, Vec<_>) = tail
        .into_iter()
        .filter_map(|(mut candidate, equation)| {
            read_once(amounts, &mut candidate, &equation).then_some((candidate, equation))
        })
        .partition(|(c, _)| c.evidence.holds);
    // A miss within the rounding of round counts (`62.000`) is no slip.
    failing.retain(|(_, equation)| !equation.holds_within_round_counts(amounts));
    // Best words first; among equals, the nearest miss (a slip changes a
    // figure by little more often than by much). The sort is stable, so
    // equals keep the order they were proposed in.
    failing.sort_by_cached_key(|(c, _)| rank(c));
    let mut per_figure: HashMap<FigureRef, usize> = HashMap::new();
    failing.retain(|(c, _)| {
        let n = per_figure.entry(c.explained).or_default();
        *n += 1;
        *n <= score::REPAIRED_PER_FIGURE
    });
    proposed.extend(holding);
    proposed.extend(failing);
}

/// The order failing candidates are ranked in: by the figure they
/// explain, best words first, and among equals the nearest miss.
pub(crate) fn rank(c: &Candidate) -> (FigureRef, std::cmp::Reverse<i64>, Decimal) {
    // Text scores are sums of a few tenths: ordered in hundredths.
    let words = (score::text_score(&c.evidence) * 100.0).round() as i64;
    (c.explained, std::cmp::Reverse(words), miss(c))
}

/// How far the computed value misses the stated one, relative to the
/// larger; 1 where it cannot be told.
fn miss(c: &Candidate) -> Decimal {
    c.values
        .and_then(|(computed, stated)| {
            (computed.saturating_sub(stated).abs()).checked_div(stated.abs().max(computed.abs()))
        })
        .unwrap_or(Decimal::ONE)
}

/// A figure read two ways stands in a relation once, and the other
/// reading only where the relation holds with it, every other figure read
/// as written (SPEC §7.2): then the candidate names that figure.
fn read_once(amounts: &[Amount], candidate: &mut Candidate, equation: &Equation) -> bool {
    // (amount, figure) pairs: an amount may stand twice (the base of a
    // change), a figure only as one of its readings.
    let mut seen: Vec<(usize, FigureRef)> = Vec::new();
    let mut read_otherwise = Vec::new();
    for i in equation.amounts() {
        let Some(amount) = amounts.get(i) else { continue };
        if seen.iter().any(|&(j, at)| at == amount.at && j != i) {
            return false;
        }
        if seen.iter().any(|&(j, _)| j == i) {
            continue;
        }
        seen.push((i, amount.at));
        if amount.alternative {
            read_otherwise.push(amount.at);
        }
    }
    match read_otherwise[..] {
        [] => true,
        [at] if candidate.evidence.holds => {
            candidate.read_otherwise = Some(at);
            true
        }
        _ => false,
    }
}
