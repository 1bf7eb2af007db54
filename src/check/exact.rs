//! Checked decimal arithmetic for rule evaluation.
//!
//! Figure values come from articles and rule files, so any of them may sit
//! near the edge of the exact decimal range (±79,228,162,514,264,337,593,543,
//! 950,335, or 28 places after the point). Every operation on them goes
//! through these functions, and a result past the range is an [`Overflow`]
//! that the rule reports as an `error` finding instead of a panic.

use rust_decimal::Decimal;

/// A result past the exact decimal range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Overflow;

/// A value, or [`Overflow`].
pub(crate) type Exact<T> = Result<T, Overflow>;

pub(crate) fn add(a: Decimal, b: Decimal) -> Exact<Decimal> {
    a.checked_add(b).ok_or(Overflow)
}

pub(crate) fn sub(a: Decimal, b: Decimal) -> Exact<Decimal> {
    a.checked_sub(b).ok_or(Overflow)
}

pub(crate) fn mul(a: Decimal, b: Decimal) -> Exact<Decimal> {
    a.checked_mul(b).ok_or(Overflow)
}

/// `a / b`; callers rule out a zero `b` (precisions are positive), and a
/// zero that slips through is treated like a result out of range.
pub(crate) fn div(a: Decimal, b: Decimal) -> Exact<Decimal> {
    a.checked_div(b).ok_or(Overflow)
}

/// The sum of `values`.
pub(crate) fn sum(values: impl IntoIterator<Item = Decimal>) -> Exact<Decimal> {
    values.into_iter().try_fold(Decimal::ZERO, add)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_past_the_range_are_overflow() {
        assert_eq!(add(Decimal::MAX, Decimal::ONE), Err(Overflow));
        assert_eq!(sub(Decimal::MIN, Decimal::ONE), Err(Overflow));
        assert_eq!(mul(Decimal::MAX, Decimal::TWO), Err(Overflow));
        assert_eq!(div(Decimal::ONE, Decimal::ZERO), Err(Overflow));
        assert_eq!(div(Decimal::TEN, Decimal::new(1, 28)), Err(Overflow));
        assert_eq!(sum([Decimal::MAX, Decimal::ONE]), Err(Overflow));
        assert_eq!(sum([Decimal::TWO, Decimal::ONE]), Ok(Decimal::from(3)));
    }
}
