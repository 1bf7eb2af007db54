//! Agreement of a stated figure with a precise value (SPEC §4 table).

use rust_decimal::Decimal;

use crate::extract::Qualifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
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
pub fn agreement(
    stated: Decimal,
    qualifier: Qualifier,
    precision: Decimal,
    actual: Decimal,
    tolerance: Decimal,
) -> Agreement {
    let (s, p, v, t) = (stated, precision, actual, tolerance);
    let half = p / Decimal::TWO;
    let (agrees, loose) = match qualifier {
        Qualifier::Exact | Qualifier::About => ((v - s).abs() <= half + t, false),
        Qualifier::MoreThan => (v > s - t, v >= s + p),
        Qualifier::AtLeast => (v >= s - t, v >= s + p),
        Qualifier::LessThan => (v < s + t, v <= s - p),
        Qualifier::AtMost => (v <= s + t, v <= s - p),
    };
    match (agrees, loose) {
        (false, _) => Agreement::Disagrees,
        (true, true) => Agreement::Loose,
        (true, false) => Agreement::Agrees,
    }
}

/// The tightest claim of the same qualifier and precision that is still
/// true of `actual`: what a loose claim could have said.
pub fn tightest(qualifier: Qualifier, precision: Decimal, actual: Decimal) -> Decimal {
    let steps = actual / precision;
    match qualifier {
        // "more than S" needs S < V: the largest multiple of p below V.
        Qualifier::MoreThan => (steps.ceil() - Decimal::ONE) * precision,
        Qualifier::AtLeast => steps.floor() * precision,
        Qualifier::LessThan => (steps.floor() + Decimal::ONE) * precision,
        Qualifier::AtMost => steps.ceil() * precision,
        Qualifier::Exact | Qualifier::About => steps.round() * precision,
    }
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
        assert_eq!(agreement(d(3_600_000), Exact, d(100_000), d(3_650_000), ZERO), Agrees);
        assert_eq!(agreement(d(3_600_000), Exact, d(100_000), d(3_550_000), ZERO), Agrees);
        assert_eq!(
            agreement(d(3_600_000), Exact, d(100_000), d(3_650_001), ZERO),
            Disagrees
        );
        assert_eq!(
            agreement(d(3_600_000), About, d(100_000), d(3_549_999), ZERO),
            Disagrees
        );
        assert_eq!(agreement(d(2_000_000), About, d(1_000_000), d(1_965_644), ZERO), Agrees);
        // Precise figures must be identical.
        assert_eq!(agreement(d(1_032_069), Exact, d(1), d(1_032_069), ZERO), Agrees);
        assert_eq!(agreement(d(1_032_069), Exact, d(1), d(1_032_070), ZERO), Disagrees);
    }

    #[test]
    fn more_than_agrees_above_and_is_loose_a_full_unit_above() {
        assert_eq!(
            agreement(d(3_600_000), MoreThan, d(100_000), d(3_685_964), ZERO),
            Agrees
        );
        assert_eq!(agreement(d(3_500_000), MoreThan, d(100_000), d(3_685_964), ZERO), Loose);
        // Boundaries: V = S fails "more than"; V = S + p is loose.
        assert_eq!(
            agreement(d(3_600_000), MoreThan, d(100_000), d(3_600_000), ZERO),
            Disagrees
        );
        assert_eq!(agreement(d(3_600_000), MoreThan, d(100_000), d(3_700_000), ZERO), Loose);
        assert_eq!(
            agreement(d(3_600_000), MoreThan, d(100_000), d(3_699_999), ZERO),
            Agrees
        );
        assert_eq!(
            agreement(d(4_000_000), MoreThan, d(1_000_000), d(4_269_781), ZERO),
            Agrees
        );
    }

    #[test]
    fn at_least_allows_equality() {
        assert_eq!(agreement(d(500), AtLeast, d(1), d(500), ZERO), Agrees);
        assert_eq!(agreement(d(500), AtLeast, d(100), d(499), ZERO), Disagrees);
        assert_eq!(agreement(d(500), AtLeast, d(100), d(600), ZERO), Loose);
    }

    #[test]
    fn less_than_and_at_most_mirror_them() {
        assert_eq!(agreement(d(10), LessThan, d(1), d(9), ZERO), Loose);
        assert_eq!(agreement(d(10), LessThan, d(10), d(9), ZERO), Agrees);
        assert_eq!(agreement(d(10), LessThan, d(10), d(10), ZERO), Disagrees);
        assert_eq!(agreement(d(10), LessThan, d(10), d(0), ZERO), Loose);
        assert_eq!(agreement(d(10), AtMost, d(10), d(10), ZERO), Agrees);
        assert_eq!(agreement(d(10), AtMost, d(10), d(11), ZERO), Disagrees);
        assert_eq!(agreement(d(100), AtMost, d(10), d(90), ZERO), Loose);
    }

    #[test]
    fn tolerance_widens_agreement() {
        assert_eq!(agreement(d(1000), Exact, d(1), d(1250), d(250)), Agrees);
        assert_eq!(agreement(d(1000), Exact, d(1), d(1251), d(250)), Disagrees);
        assert_eq!(agreement(d(1000), MoreThan, d(1), d(990), d(20)), Agrees);
    }

    #[test]
    fn tightest_claim_names_what_a_loose_claim_could_have_said() {
        assert_eq!(tightest(MoreThan, d(100_000), d(3_685_964)), d(3_600_000));
        assert_eq!(tightest(MoreThan, d(100_000), d(3_700_000)), d(3_600_000));
        assert_eq!(tightest(AtLeast, d(100_000), d(3_700_000)), d(3_700_000));
        assert_eq!(tightest(LessThan, d(10), d(90)), d(100));
        assert_eq!(tightest(AtMost, d(10), d(90)), d(90));
    }
}
