//! One-edit repairs (SPEC §7.2): a failing relation is suspected only
//! when one edit of one figure makes it hold — a digit changed, two
//! neighbouring digits swapped, a digit dropped or added, the two numbers
//! of `59 ألفا و97` or the two sides of `9.48` swapped — and the repair
//! says which figure and how.

use rust_decimal::Decimal;

use super::amount::Amount;
use super::candidate::{Equation, Repair};

/// How many edits of one written digit are tried, counted as a typist
/// makes them: mostly another digit in its place.
pub(crate) const EDITS_PER_DIGIT: usize = 10;

/// The longest mantissa edited: past it a figure is no typed number.
const MOST_DIGITS: usize = 15;

/// The digits `amount` is written with (ASCII, most significant first),
/// the place value of the last, and whether it is negative; `None` for a
/// figure no typist wrote digit by digit (a fraction, a huge mantissa).
fn written_digits(amount: &Amount) -> Option<(Vec<u8>, Decimal, bool)> {
    let (mantissa, place) = amount.mantissa()?;
    let digits: Vec<u8> = mantissa.abs().trunc().normalize().to_string().bytes().collect();
    let typed = !digits.is_empty() && digits.len() <= MOST_DIGITS && digits.iter().all(u8::is_ascii_digit);
    typed.then_some((digits, place, mantissa < Decimal::ZERO))
}

/// The values one edit of the written digits of `amount` gives, with the
/// edit's name. The place value of the last digit stays as written. Each
/// is worked out from the digits before and after the edit, never written
/// out and read back: an article's every failing candidate needs them.
pub(crate) fn neighbours(amount: &Amount) -> Vec<(Decimal, &'static str)> {
    let Some((digits, place, negative)) = written_digits(amount) else {
        return Vec::new();
    };
    let digits: Vec<u128> = digits.iter().map(|d| u128::from(d - b'0')).collect();
    let n = digits.len();
    // `before[i]`: the number the first i digits write; `after[i]`: the one
    // the digits from i on write; `ten[k]`: 10^k.
    let mut before = vec![0u128; n + 1];
    for i in 0..n {
        before[i + 1] = before[i] * 10 + digits[i];
    }
    let ten: Vec<u128> = (0..=n + 1).map(|k| 10u128.pow(k as u32)).collect();
    let mut after = vec![0u128; n + 1];
    for i in (0..n).rev() {
        after[i] = digits[i] * ten[n - 1 - i] + after[i + 1];
    }
    // (written digits as a number, its length, its first digit, the edit)
    let mut out: Vec<(u128, usize, u128, &'static str)> = Vec::new();
    for i in 0..n {
        let first = |replaced: u128| if i == 0 { replaced } else { digits[0] };
        for d in 0..=9u128 {
            if d != digits[i] {
                let m = before[i] * ten[n - i] + d * ten[n - 1 - i] + after[i + 1];
                out.push((m, n, first(d), "one digit changed"));
            }
        }
        if i + 1 < n && digits[i] != digits[i + 1] {
            let (a, b) = (digits[i], digits[i + 1]);
            let m = before[i] * ten[n - i] + b * ten[n - 1 - i] + a * ten[n - 2 - i] + after[i + 2];
            out.push((m, n, first(b), "two digits swapped"));
        }
        if n > 1 {
            let m = before[i] * ten[n - 1 - i] + after[i + 1];
            let lead = if i == 0 { digits[1] } else { digits[0] };
            out.push((m, n - 1, lead, "a digit dropped"));
        }
    }
    for i in 0..=n {
        for d in 0..=9u128 {
            let m = before[i] * ten[n + 1 - i] + d * ten[n - i] + after[i];
            let lead = if i == 0 { d } else { digits[0] };
            out.push((m, n + 1, lead, "a digit added"));
        }
    }
    let swapped = amount.swapped.map(|s| (s.value, s.edit));
    let mut values: Vec<(Decimal, &'static str)> = out
        .into_iter()
        // No leading zero where there are digits after it.
        .filter(|&(_, len, lead, _)| len == 1 || lead != 0)
        .filter_map(|(m, _, _, edit)| {
            let value = Decimal::from_i128_with_scale(i128::try_from(m).ok()?, 0).checked_mul(place)?;
            Some((if negative { -value } else { value }, edit))
        })
        .chain(swapped)
        // Nobody writes a nought and slips into `10 %`: a repair to zero
        // only means the relation is about something else.
        .filter(|(v, _)| *v != amount.value && !v.is_zero())
        .collect();
    values.sort_by_key(|v| v.0);
    values.dedup_by(|a, b| a.0 == b.0);
    values
}

/// The values one substitution in the written digits of `amount` gives
/// (a digit changed, two neighbours swapped, two written parts swapped:
/// see [`Swap`](super::amount::Swap)): the edits that keep a figure's length, as a repeat's
/// slip does. Worked out by place value, without writing each one out.
pub(crate) fn substitutions(amount: &Amount) -> Vec<(Decimal, &'static str)> {
    let Some((digits, place, negative)) = written_digits(amount) else {
        return Vec::new();
    };
    let sign = if negative { -Decimal::ONE } else { Decimal::ONE };
    let n = digits.len();
    // The place value of each written digit, signed as the figure is.
    let mut places = vec![Decimal::ZERO; n];
    let mut at = place.checked_mul(sign);
    for i in (0..n).rev() {
        let Some(value) = at else { return Vec::new() };
        places[i] = value;
        at = value.checked_mul(Decimal::TEN);
    }
    let shifted = |shift: Option<Decimal>| shift.and_then(|s| amount.value.checked_add(s));
    let mut out = Vec::new();
    for i in 0..n {
        let own = Decimal::from(digits[i] - b'0');
        for d in 0..=9u8 {
            // No leading zero where there were digits after it.
            if d == digits[i] - b'0' || (i == 0 && d == 0 && n > 1) {
                continue;
            }
            let change = Decimal::from(d).checked_sub(own).and_then(|c| c.checked_mul(places[i]));
            out.extend(shifted(change).map(|v| (v, "one digit changed")));
        }
        if i + 1 < n && digits[i] != digits[i + 1] && !(i == 0 && digits[1] == b'0') {
            let gap = Decimal::from(digits[i + 1]).checked_sub(Decimal::from(digits[i]));
            let change = gap.and_then(|g| g.checked_mul(places[i].checked_sub(places[i + 1])?));
            out.extend(shifted(change).map(|v| (v, "two digits swapped")));
        }
    }
    out.extend(amount.swapped.map(|s| (s.value, s.edit)));
    out.retain(|(v, _)| *v != amount.value && !v.is_zero());
    out.sort_by_key(|v| v.0);
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

/// Whether `difference` is what one edit of a digit makes: `d × 10^k`
/// (a digit changed) or `9 × d × 10^k` (two neighbours swapped), in units
/// of `place`. A cheap test before repairs are searched.
pub(crate) fn one_slip(difference: Decimal, place: Decimal) -> bool {
    let Some(mut d) = difference.abs().checked_div(place) else {
        return false;
    };
    if d.is_zero() || !d.fract().is_zero() {
        return false;
    }
    let ten = Decimal::TEN;
    while (d % ten).is_zero() {
        d /= ten;
    }
    d < ten || ((d % Decimal::from(9)).is_zero() && d / Decimal::from(9) < ten)
}

/// The one-edit neighbours of each amount, made once: an amount takes part
/// in many failing candidates, each of which tries all its neighbours.
#[derive(Default)]
pub(crate) struct Neighbours {
    of: std::collections::HashMap<usize, Vec<(Decimal, &'static str)>>,
}

impl Neighbours {
    /// Makes amount `i`'s neighbours, once.
    pub(crate) fn make(&mut self, i: usize, amount: &Amount) {
        self.of.entry(i).or_insert_with(|| neighbours(amount));
    }

    /// Amount `i`'s neighbours, made now if [`Neighbours::make`] did not.
    fn of(&self, i: usize, amount: &Amount) -> std::borrow::Cow<'_, [(Decimal, &'static str)]> {
        match self.of.get(&i) {
            Some(made) => std::borrow::Cow::Borrowed(made.as_slice()),
            None => std::borrow::Cow::Owned(neighbours(amount)),
        }
    }
}

/// The values of amount `i` that can make `equation` hold, found from the
/// equation as stated: the intervals overlap only when `i` moves by a
/// shift within a range. Worked out where `i` is written once, as the
/// target or a numerator's term, of an equality; `None` elsewhere (every
/// neighbour is then tried). Each value in range is still tried on the
/// equation itself.
fn reachable(equation: &Equation, amounts: &[Amount], i: usize) -> Option<(Decimal, Decimal)> {
    if equation.compare != super::Compare::Eq || equation.denominator.iter().any(|t| t.amount == i) {
        return None;
    }
    let outcome = equation.evaluate(amounts, None)?;
    let (c, t) = (outcome.computed_interval, outcome.target_interval);
    let in_numerator: Vec<&super::candidate::Term> =
        equation.numerator.iter().filter(|term| term.amount == i).collect();
    let hundred = Decimal::ONE_HUNDRED;
    let (lo, hi) = match (
        in_numerator.as_slice(),
        equation.target == i,
        equation.denominator.is_empty(),
    ) {
        // A term of a sum or difference moves the computed side with it.
        ([term], false, true) if !term.minus => (t.lo.checked_sub(c.hi)?, t.hi.checked_sub(c.lo)?),
        ([_], false, true) => (c.lo.checked_sub(t.hi)?, c.hi.checked_sub(t.lo)?),
        // The target moves itself; a percentage over a ratio, in percent.
        ([], true, true) => (c.lo.checked_sub(t.hi)?, c.hi.checked_sub(t.lo)?),
        ([], true, false) => (
            c.lo.checked_sub(t.hi)?.checked_mul(hundred)?,
            c.hi.checked_sub(t.lo)?.checked_mul(hundred)?,
        ),
        // A numerator's term over a positive denominator: the numerator
        // must reach the target times the denominator.
        ([term], false, false) => {
            let sum = |terms: &[super::candidate::Term]| -> Option<super::amount::Interval> {
                let mut total = super::amount::Interval::point(Decimal::ZERO);
                for term in terms {
                    let interval = amounts.get(term.amount)?.interval;
                    total = if term.minus {
                        total.sub(interval)?
                    } else {
                        total.add(interval)?
                    };
                }
                Some(total)
            };
            let (n, d) = (sum(&equation.numerator)?, sum(&equation.denominator)?);
            if d.lo <= Decimal::ZERO {
                return None;
            }
            let least = t.lo.checked_mul(d.lo)?.min(t.lo.checked_mul(d.hi)?);
            let most = t.hi.checked_mul(d.lo)?.max(t.hi.checked_mul(d.hi)?);
            if term.minus {
                (n.lo.checked_sub(most)?, n.hi.checked_sub(least)?)
            } else {
                (least.checked_sub(n.hi)?, most.checked_sub(n.lo)?)
            }
        }
        _ => return None,
    };
    let value = amounts.get(i)?.value;
    Some((value.checked_add(lo)?, value.checked_add(hi)?))
}

/// Every one-edit repair of one figure that makes `equation` hold.
pub(crate) fn repairs(equation: &Equation, amounts: &[Amount], known: &Neighbours) -> Vec<Repair> {
    let mut found = Vec::new();
    let mut seen = Vec::new();
    for i in equation.amounts() {
        if seen.contains(&i) {
            continue;
        }
        seen.push(i);
        let Some(amount) = amounts.get(i) else { continue };
        let all = known.of(i, amount);
        let all: &[(Decimal, &'static str)] = &all;
        // Neighbours are sorted by value: those in reach are one run of
        // them, each still tried on the equation itself.
        let tried = match reachable(equation, amounts, i) {
            Some((lo, hi)) => {
                let from = all.partition_point(|(v, _)| *v < lo);
                let to = all.partition_point(|(v, _)| *v <= hi);
                all.get(from..to.max(from)).unwrap_or_default()
            }
            None => all,
        };
        for &(to, edit) in tried {
            if equation.holds(amounts, Some((i, to))) {
                found.push(Repair {
                    figure: amount.at,
                    from: amount.value,
                    to,
                    edit,
                    digits: amount.digits(),
                });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::amount::Amount;

    fn amount(value: i64, precision: i64) -> Amount {
        crate::discover::amount::bare(Decimal::from(value), Decimal::from(precision))
    }

    /// The neighbours as first written: each edit written out as digits
    /// and read back, the oracle the place-value version must equal.
    fn written_out(amount: &Amount) -> Vec<(Decimal, &'static str)> {
        let Some((digits, place, negative)) = written_digits(amount) else {
            return Vec::new();
        };
        let mut out: Vec<(Vec<u8>, &'static str)> = Vec::new();
        for i in 0..digits.len() {
            for d in b'0'..=b'9' {
                if d != digits[i] {
                    let mut v = digits.clone();
                    v[i] = d;
                    out.push((v, "one digit changed"));
                }
            }
            if i + 1 < digits.len() && digits[i] != digits[i + 1] {
                let mut v = digits.clone();
                v.swap(i, i + 1);
                out.push((v, "two digits swapped"));
            }
            if digits.len() > 1 {
                let mut v = digits.clone();
                v.remove(i);
                out.push((v, "a digit dropped"));
            }
        }
        for i in 0..=digits.len() {
            for d in b'0'..=b'9' {
                let mut v = digits.clone();
                v.insert(i, d);
                out.push((v, "a digit added"));
            }
        }
        let swapped = amount.swapped.map(|s| (s.value, s.edit));
        let mut values: Vec<(Decimal, &'static str)> = out
            .into_iter()
            .filter(|(v, _)| v.len() == 1 || v[0] != b'0')
            .filter_map(|(v, edit)| {
                let text = std::str::from_utf8(&v).ok()?;
                let m: Decimal = text.parse().ok()?;
                let value = m.checked_mul(place)?;
                Some((if negative { -value } else { value }, edit))
            })
            .chain(swapped)
            .filter(|(v, _)| *v != amount.value && !v.is_zero())
            .collect();
        values.sort_by_key(|v| v.0);
        values.dedup_by(|a, b| a.0 == b.0);
        values
    }

    #[test]
    fn neighbours_by_place_value_are_those_written_out() {
        let mut state: u64 = 11;
        for _ in 0..2_000 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let digits = 1 + (state >> 60) as u32 % 12;
            let value = (state >> 8) as i64 % 10i64.pow(digits);
            let precision = 10i64.pow((state >> 4) as u32 % 4);
            let amount = amount(
                if state.is_multiple_of(3) { -value } else { value } * precision,
                precision,
            );
            assert_eq!(neighbours(&amount), written_out(&amount), "{}", amount.value);
        }
    }

    #[test]
    fn substitutions_are_the_neighbours_that_keep_the_length() {
        for (value, precision) in [(387_721, 1), (2_600_000, 100_000), (1_000, 1), (7, 1), (-4_050, 10)] {
            let amount = amount(value, precision);
            let kept: Vec<(Decimal, &str)> = neighbours(&amount)
                .into_iter()
                .filter(|(_, edit)| matches!(*edit, "one digit changed" | "two digits swapped"))
                .collect();
            let values = |list: &[(Decimal, &str)]| list.iter().map(|(v, _)| *v).collect::<Vec<_>>();
            assert_eq!(values(&substitutions(&amount)), values(&kept), "{value}");
        }
    }

    #[test]
    fn one_edit_of_the_written_digits() {
        let values: Vec<Decimal> = neighbours(&amount(387_721, 1)).into_iter().map(|(v, _)| v).collect();
        for expected in [487_721, 378_721, 38_721, 3_877_721] {
            assert!(values.contains(&Decimal::from(expected)), "{expected}");
        }
        assert!(!values.contains(&Decimal::from(387_721)));
        assert!(!values.contains(&Decimal::from(488_721)), "two edits");
        // `2.6 مليون`: the digits 2 and 6, in hundreds of thousands.
        let rounded: Vec<Decimal> = neighbours(&amount(2_600_000, 100_000))
            .into_iter()
            .map(|(v, _)| v)
            .collect();
        assert!(rounded.contains(&Decimal::from(3_600_000)));
        assert!(rounded.contains(&Decimal::from(6_200_000)));
        assert!(!rounded.contains(&Decimal::from(2_600_001)));
    }
}
#[cfg(test)]
mod zero {
    use super::super::amount::bare;
    use rust_decimal::Decimal;

    #[test]
    fn no_edit_makes_a_figure_nought() {
        // Dropping the 1 of `10` leaves 0: nobody slips into `10` for it.
        let ten = bare(Decimal::from(10), Decimal::ONE);
        assert!(super::neighbours(&ten).iter().all(|(v, _)| !v.is_zero()));
        assert!(super::neighbours(&ten).iter().any(|(v, _)| *v == Decimal::from(1)));
    }
}
