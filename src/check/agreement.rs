//! Agreement of a stated figure with a precise value (SPEC §4 table).

use rust_decimal::Decimal;

use super::exact::{add, div, mul, sub, Exact};
use crate::extract::Qualifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Agreement {
    Agrees,
    /// True, but it understates by at least one unit of its own precision.
    Loose,
    Disagrees,
}

/// Whether `stated` (with `qualifier` and `precision`) agrees with the
/// precise value `actual`; `tolerance` widens "agrees".
///
/// | qualifier     | agrees when    | loose when     |
/// |---------------|----------------|----------------|
/// | exact, about  | abs(V − S) ≤ p/2 | —            |
/// | more_than     | V > S          | V ≥ S + p      |
/// | at_least      | V ≥ S          | V ≥ S + p      |
/// | less_than     | V < S          | V ≤ S − p      |
/// | at_most       | V ≤ S          | V ≤ S − p      |
pub(crate) fn agreement(
    stated: Decimal,
    qualifier: Qualifier,
    precision: Decimal,
    actual: Decimal,
    tolerance: Decimal,
) -> Exact<Agreement> {
    let (s, p, v, t) = (stated, precision, actual, tolerance);
    let (agrees, loose) = match qualifier {
        Qualifier::Exact | Qualifier::About => (sub(v, s)?.abs() <= add(div(p, Decimal::TWO)?, t)?, false),
        Qualifier::MoreThan => (v > sub(s, t)?, v >= add(s, p)?),
        Qualifier::AtLeast => (v >= sub(s, t)?, v >= add(s, p)?),
        Qualifier::LessThan => (v < add(s, t)?, v <= sub(s, p)?),
        Qualifier::AtMost => (v <= add(s, t)?, v <= sub(s, p)?),
    };
    Ok(match (agrees, loose) {
        (false, _) => Agreement::Disagrees,
        (true, true) => Agreement::Loose,
        (true, false) => Agreement::Agrees,
    })
}

/// The tightest claim of the same qualifier and precision that is still
/// true of `actual`: what a loose claim could have said.
pub(crate) fn tightest(qualifier: Qualifier, precision: Decimal, actual: Decimal) -> Exact<Decimal> {
    let steps = div(actual, precision)?;
    let steps = match qualifier {
        // "more than S" needs S < V: the largest multiple of p below V.
        Qualifier::MoreThan => sub(steps.ceil(), Decimal::ONE)?,
        Qualifier::AtLeast => steps.floor(),
        Qualifier::LessThan => add(steps.floor(), Decimal::ONE)?,
        Qualifier::AtMost => steps.ceil(),
        Qualifier::Exact | Qualifier::About => steps.round(),
    };
    mul(steps, precision)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Agreement::*;
    use Qualifier::*;

    fn d(n: i64) -> Decimal {
        Decimal::from(n)
    }

    const ZERO: Decimal = Decimal::ZERO;

    #[test]
    fn exact_and_about_agree_within_half_a_unit_of_precision() {
        // 3.6 million (p = 100,000) covers 3,550,000 ..= 3,650,000.
        assert_eq!(
            agreement(d(3_600_000), Exact, d(100_000), d(3_650_000), ZERO),
            Ok(Agrees)
        );
        assert_eq!(
            agreement(d(3_600_000), Exact, d(100_000), d(3_550_000), ZERO),
            Ok(Agrees)
        );
        assert_eq!(
            agreement(d(3_600_000), Exact, d(100_000), d(3_650_001), ZERO),
            Ok(Disagrees)
        );
        assert_eq!(
            agreement(d(3_600_000), About, d(100_000), d(3_549_999), ZERO),
            Ok(Disagrees)
        );
        assert_eq!(
            agreement(d(2_000_000), About, d(1_000_000), d(1_965_644), ZERO),
            Ok(Agrees)
        );
        // Precise figures must be identical.
        assert_eq!(agreement(d(1_032_069), Exact, d(1), d(1_032_069), ZERO), Ok(Agrees));
        assert_eq!(agreement(d(1_032_069), Exact, d(1), d(1_032_070), ZERO), Ok(Disagrees));
    }

    #[test]
    fn more_than_agrees_above_and_is_loose_a_full_unit_above() {
        assert_eq!(
            agreement(d(3_600_000), MoreThan, d(100_000), d(3_685_964), ZERO),
            Ok(Agrees)
        );
        assert_eq!(
            agreement(d(3_500_000), MoreThan, d(100_000), d(3_685_964), ZERO),
            Ok(Loose)
        );
        // Boundaries: V = S fails "more than"; V = S + p is loose.
        assert_eq!(
            agreement(d(3_600_000), MoreThan, d(100_000), d(3_600_000), ZERO),
            Ok(Disagrees)
        );
        assert_eq!(
            agreement(d(3_600_000), MoreThan, d(100_000), d(3_700_000), ZERO),
            Ok(Loose)
        );
        assert_eq!(
            agreement(d(3_600_000), MoreThan, d(100_000), d(3_699_999), ZERO),
            Ok(Agrees)
        );
        assert_eq!(
            agreement(d(4_000_000), MoreThan, d(1_000_000), d(4_269_781), ZERO),
            Ok(Agrees)
        );
    }

    #[test]
    fn at_least_allows_equality() {
        assert_eq!(agreement(d(500), AtLeast, d(1), d(500), ZERO), Ok(Agrees));
        assert_eq!(agreement(d(500), AtLeast, d(100), d(499), ZERO), Ok(Disagrees));
        assert_eq!(agreement(d(500), AtLeast, d(100), d(600), ZERO), Ok(Loose));
    }

    #[test]
    fn less_than_and_at_most_mirror_them() {
        assert_eq!(agreement(d(10), LessThan, d(1), d(9), ZERO), Ok(Loose));
        assert_eq!(agreement(d(10), LessThan, d(10), d(9), ZERO), Ok(Agrees));
        assert_eq!(agreement(d(10), LessThan, d(10), d(10), ZERO), Ok(Disagrees));
        assert_eq!(agreement(d(10), LessThan, d(10), d(0), ZERO), Ok(Loose));
        assert_eq!(agreement(d(10), AtMost, d(10), d(10), ZERO), Ok(Agrees));
        assert_eq!(agreement(d(10), AtMost, d(10), d(11), ZERO), Ok(Disagrees));
        assert_eq!(agreement(d(100), AtMost, d(10), d(90), ZERO), Ok(Loose));
    }

    #[test]
    fn tolerance_widens_agreement() {
        assert_eq!(agreement(d(1000), Exact, d(1), d(1250), d(250)), Ok(Agrees));
        assert_eq!(agreement(d(1000), Exact, d(1), d(1251), d(250)), Ok(Disagrees));
        assert_eq!(agreement(d(1000), MoreThan, d(1), d(990), d(20)), Ok(Agrees));
    }

    #[test]
    fn tightest_claim_names_what_a_loose_claim_could_have_said() {
        assert_eq!(tightest(MoreThan, d(100_000), d(3_685_964)), Ok(d(3_600_000)));
        assert_eq!(tightest(MoreThan, d(100_000), d(3_700_000)), Ok(d(3_600_000)));
        assert_eq!(tightest(AtLeast, d(100_000), d(3_700_000)), Ok(d(3_700_000)));
        assert_eq!(tightest(LessThan, d(10), d(90)), Ok(d(100)));
        assert_eq!(tightest(AtMost, d(10), d(90)), Ok(d(90)));
    }

    #[test]
    fn values_past_the_decimal_range_are_overflow_not_panics() {
        // 10 in steps of 1e-28 is 1e29 steps: past the largest decimal.
        let tiny = Decimal::new(1, 28);
        assert_eq!(tightest(About, tiny, d(10)), Err(super::super::exact::Overflow));
        assert!(agreement(Decimal::MAX, MoreThan, Decimal::MAX, d(1), ZERO).is_err());
        assert!(agreement(Decimal::MIN, Exact, d(1), Decimal::MAX, ZERO).is_err());
    }
}
