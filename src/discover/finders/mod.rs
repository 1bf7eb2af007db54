//! Finders: one file per relation kind. Each proposes candidates with
//! their evidence over one article's amounts (or a group's, across
//! documents) and never decides: scoring and arbitration do.

pub(crate) mod claim;
pub(crate) mod equal;
pub(crate) mod ratio;
pub(crate) mod sum;
pub(crate) mod within;

use super::amount::{Amount, Class};
use super::candidate::KeyAgreement;
use super::Facts;

/// One article's amounts and what stands around its figures.
pub(crate) struct Scope<'a> {
    pub(crate) amounts: &'a [Amount],
    pub(crate) facts: &'a [Facts],
    /// The amounts whose relations are sought (the total of a sum, the
    /// percentage of a ratio, the part within a whole): all of an
    /// article's, or a chunk of a long document's.
    pub(crate) targets: std::ops::Range<usize>,
    /// The counts by what they count, made once an article, when a
    /// percentage first names its whole.
    pub(crate) named_totals: std::sync::OnceLock<ratio::NamedTotals<'a>>,
}

impl Scope<'_> {
    /// The amounts within `reach` places of `i` (itself left out).
    pub(crate) fn around(&self, i: usize, reach: usize) -> impl Iterator<Item = usize> + '_ {
        let lo = i.saturating_sub(reach);
        let hi = (i + reach + 1).min(self.amounts.len());
        (lo..hi).filter(move |&j| j != i)
    }

    /// The amounts within `reach` places of `i`, and those of its own
    /// quantity key within `keyed_reach` (a change or a share may stand
    /// paragraphs away from the figures it relates).
    pub(crate) fn partners(&self, i: usize, reach: usize, keyed_reach: usize) -> Vec<usize> {
        let key = self.amounts.get(i).and_then(|a| a.key.as_deref());
        let lo = i.saturating_sub(keyed_reach);
        let hi = (i + keyed_reach + 1).min(self.amounts.len());
        (lo..hi)
            .filter(|&j| {
                j != i
                    && (j.abs_diff(i) <= reach
                        || (key.is_some() && self.amounts.get(j).and_then(|a| a.key.as_deref()) == key))
            })
            .collect()
    }

    /// Whether `x` and `y` stand one right after the other, the later
    /// introduced as set against the earlier (`X مقابل Y`, `X contre Y`):
    /// the two ends of a change.
    pub(crate) fn set_against(&self, x: &Amount, y: &Amount) -> bool {
        let (earlier, later) = if x.order < y.order { (x, y) } else { (y, x) };
        self.amounts
            .get(earlier.order + 1..later.order)
            .is_some_and(|run| super::amount::set_against(earlier, later, run.iter()))
    }

    /// Whether amounts that are table cells stand in one line of it: one
    /// row, or one column, of one sheet. A table adds up along its rows
    /// and columns (SPEC §7.3); cells that share neither were set side by
    /// side by its layout, not by a relation.
    pub(crate) fn in_one_line(&self, amounts: impl IntoIterator<Item = usize>) -> bool {
        let mut cells = amounts
            .into_iter()
            .filter_map(|i| self.facts_of(i).and_then(|f| f.grid));
        let Some((sheet, row, column)) = cells.next() else {
            return true;
        };
        let (mut same_row, mut same_column) = (true, true);
        for (s, r, c) in cells {
            same_row &= s == sheet && r == row;
            same_column &= s == sheet && c == column;
        }
        same_row || same_column
    }

    pub(crate) fn facts_of(&self, i: usize) -> Option<&Facts> {
        self.amounts.get(i).and_then(|a| self.facts.get(a.at.figure))
    }
}

/// Whether the quantity keys of `amounts` agree: all known and equal,
/// some unknown, or two known that differ.
pub(crate) fn key_agreement<'a>(amounts: impl IntoIterator<Item = &'a Amount>) -> KeyAgreement {
    let mut first: Option<&str> = None;
    let mut unknown = false;
    // The currency or unit every amount states, if they all state one.
    let mut unit: Option<Option<&'static str>> = None;
    let mut seen: Vec<&Amount> = Vec::new();
    for amount in amounts {
        unit = match unit {
            None => Some(amount.unit),
            Some(u) if u == amount.unit => Some(u),
            Some(_) => Some(None),
        };
        // Dinars and dollars are two quantities whatever the nouns say
        // (`12 مليار دينار (17 مليار دولار)`).
        if seen.iter().any(|other| !units_agree(other, amount)) {
            return KeyAgreement::Different;
        }
        seen.push(amount);
        match (amount.key.as_deref(), first) {
            (None, _) => unknown = true,
            (Some(k), None) => first = Some(k),
            (Some(k), Some(f)) if !super::quantity::same(k, f) => return KeyAgreement::Different,
            _ => {}
        }
    }
    if unknown || first.is_none() {
        if unit.flatten().is_some() {
            KeyAgreement::SameUnit
        } else {
            KeyAgreement::Unknown
        }
    } else {
        KeyAgreement::Same
    }
}

/// Like [`key_agreement`], and where no two nouns differ but some are
/// missing, the subjects of their clauses stand in for the missing ones:
/// amounts whose nouns or subjects all name one quantity are of one
/// quantity. A subject never makes two amounts differ.
pub(crate) fn quantity_agreement<'a>(amounts: impl IntoIterator<Item = &'a Amount> + Clone) -> KeyAgreement {
    match key_agreement(amounts.clone()) {
        agreement @ (KeyAgreement::Same | KeyAgreement::Different) => agreement,
        agreement => {
            let quantities: Option<Vec<&str>> = amounts
                .into_iter()
                .map(|a| a.key.as_deref().or(a.subject.as_deref()))
                .collect();
            match quantities.as_deref() {
                Some([first, rest @ ..])
                    if !rest.is_empty() && rest.iter().all(|q| super::quantity::same(first, q)) =>
                {
                    KeyAgreement::Same
                }
                _ => agreement,
            }
        }
    }
}

/// Whether the amounts are stated for two or more periods (those whose
/// period the text names).
pub(crate) fn periods_differ<'a>(amounts: impl IntoIterator<Item = &'a Amount>) -> bool {
    let mut periods = amounts.into_iter().filter_map(|a| a.period);
    let first = periods.next();
    periods.any(|p| Some(p) != first)
}

/// Units that can be added or compared: equal, or one not stated (and
/// then not named otherwise).
pub(crate) fn units_agree(a: &Amount, b: &Amount) -> bool {
    // A currency written without its country (`مليار دينار`) may be any
    // of its countries', never another currency.
    let may_be = |named: &Amount, unit: &str| {
        named
            .key
            .as_deref()
            .and_then(super::quantity::currencies_of)
            .is_none_or(|codes| codes.contains(&unit))
    };
    match (a.unit, b.unit) {
        (Some(x), Some(y)) => x == y,
        (Some(unit), None) => may_be(b, unit),
        (None, Some(unit)) => may_be(a, unit),
        (None, None) => true,
    }
}

/// For each nearness, how many of `spreads` are as near or nearer (itself
/// included): the combinations as likely meant. Sorted once, so a window of
/// many combinations is counted in n log n, not n².
pub(crate) fn as_near(spreads: &[usize]) -> Vec<usize> {
    let mut sorted = spreads.to_vec();
    sorted.sort_unstable();
    spreads
        .iter()
        .map(|&own| sorted.partition_point(|&o| o <= own))
        .collect()
}

/// How many sentences the amounts span beyond the first.
pub(crate) fn spread<'a>(amounts: impl IntoIterator<Item = &'a Amount>) -> usize {
    let mut lo = usize::MAX;
    let mut hi = 0;
    for a in amounts {
        lo = lo.min(a.sentence);
        hi = hi.max(a.sentence);
    }
    hi.saturating_sub(lo)
}

/// How near the amounts stand, for ranking the combinations a finder
/// tries: the sentences they span first, then how many places among the
/// article's amounts (`X مقابل Y، بزيادة P` spans two). The press writes
/// a relation's figures side by side more often than apart, so the
/// combinations as near as the one meant are the ones it competes with.
pub(crate) fn nearness<'a>(amounts: impl IntoIterator<Item = &'a Amount>) -> usize {
    let (mut lo, mut hi, mut first, mut last) = (usize::MAX, 0, usize::MAX, 0);
    for a in amounts {
        lo = lo.min(a.sentence);
        hi = hi.max(a.sentence);
        first = first.min(a.order);
        last = last.max(a.order);
    }
    let places = last.saturating_sub(first).min(PLACES_RANKED - 1);
    hi.saturating_sub(lo)
        .saturating_mul(PLACES_RANKED)
        .saturating_add(places)
}

/// Places among the amounts told apart by [`nearness`] within a spread
/// of sentences; further ones rank alike.
const PLACES_RANKED: usize = 1000;

pub(crate) fn is_count(a: &Amount) -> bool {
    a.class == Class::Count
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn amount(key: Option<&str>, unit: Option<&'static str>) -> Amount {
        Amount {
            unit,
            key: key.map(std::sync::Arc::from),
            ..crate::discover::amount::bare(Decimal::ONE, Decimal::ONE)
        }
    }

    #[test]
    fn keys_agree_or_amounts_share_a_unit() {
        let mad = |key| amount(key, Some("MAD"));
        assert_eq!(
            key_agreement(&[mad(Some("مقعد")), mad(Some("مقاعد"))]),
            KeyAgreement::Same
        );
        assert_eq!(key_agreement(&[mad(None), mad(None)]), KeyAgreement::SameUnit);
        assert_eq!(key_agreement(&[mad(None), mad(Some("مقعد"))]), KeyAgreement::SameUnit);
        assert_eq!(key_agreement(&[mad(None), amount(None, None)]), KeyAgreement::Unknown);
        assert_eq!(
            key_agreement(&[mad(None), amount(None, Some("USD"))]),
            KeyAgreement::Different
        );
        assert_eq!(
            key_agreement(&[mad(Some("مقعد")), mad(Some("طن"))]),
            KeyAgreement::Different
        );
    }

    #[test]
    fn a_currency_without_its_country_is_none_of_the_others() {
        // `12 مليار دينار (17 مليار دولار)`: dinars of some country, never
        // dollars; they may be Algerian dinars.
        let dinars = amount(Some("دينار"), None);
        assert!(!units_agree(&dinars, &amount(None, Some("USD"))));
        assert!(units_agree(&dinars, &amount(None, Some("DZD"))));
        assert!(units_agree(&amount(Some("بطاقه"), None), &amount(None, Some("USD"))));
        assert_eq!(
            key_agreement(&[amount(None, Some("USD")), dinars]),
            KeyAgreement::Different
        );
    }
}
