//! Near misses: numbers one typing slip apart.
//!
//! One mistyped digit changes a number by `d × 10^k` (|d| ≤ 9); two
//! neighbouring digits swapped change it by `9 × (a − b) × 10^k`. Whether
//! the slip was in a part or in the total, the sum is off by such an
//! amount, even when carries change several of its digits.

use rust_decimal::Decimal;

/// Largest power of ten tried: enough for any figure an article states.
const MAX_POWER: u32 = 15;

/// What slip `difference` could be, in words; `None` when none could.
pub fn slip(difference: Decimal) -> Option<&'static str> {
    if difference.is_zero() || !difference.fract().is_zero() {
        return None;
    }
    let mut d = difference.abs();
    let mut power = 0;
    let ten = Decimal::TEN;
    while (d % ten).is_zero() && power < MAX_POWER {
        d /= ten;
        power += 1;
    }
    if d < ten {
        return Some("one mistyped digit");
    }
    // 9 × m, m ≤ 9: two neighbouring digits swapped.
    let nine = Decimal::from(9);
    if (d % nine).is_zero() && d / nine < ten {
        return Some("two swapped digits");
    }
    None
}

/// Where `stated` and `computed`, written out, differ: "the 4th digit
/// (5 where 6 is expected)", when they have one length and differ in one
/// digit or in two neighbouring digits swapped.
pub fn where_differs(stated: Decimal, computed: Decimal) -> Option<String> {
    let (s, c) = (stated.normalize().to_string(), computed.normalize().to_string());
    if s.len() != c.len() {
        return None;
    }
    let differ: Vec<usize> = s
        .bytes()
        .zip(c.bytes())
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, _)| i)
        .collect();
    let digit = |text: &str, i: usize| text.get(i..=i).unwrap_or("?").to_string();
    match differ.as_slice() {
        [i] => Some(format!(
            "digit {} from the left: {} where {} is expected",
            i + 1,
            digit(&s, *i),
            digit(&c, *i)
        )),
        [i, j] if j == &(i + 1) && digit(&s, *i) == digit(&c, *j) && digit(&s, *j) == digit(&c, *i) => Some(format!(
            "digits {} and {} from the left are swapped: {}{} where {}{} is expected",
            i + 1,
            j + 1,
            digit(&s, *i),
            digit(&s, *j),
            digit(&c, *i),
            digit(&c, *j)
        )),
        _ => None,
    }
}

/// The numbers one slip away from `n` (positive ones only, some more than
/// once), for lookups.
pub fn neighbours(n: Decimal) -> Vec<Decimal> {
    let mut out = Vec::new();
    let mut scale = Decimal::ONE;
    for _ in 0..=MAX_POWER {
        if scale > n * Decimal::TEN {
            break;
        }
        for d in 1..=9i64 {
            for step in [Decimal::from(d), Decimal::from(9 * d)] {
                let Some(delta) = step.checked_mul(scale) else { continue };
                for candidate in [n.checked_add(delta), n.checked_sub(delta)].into_iter().flatten() {
                    if candidate > Decimal::ZERO {
                        out.push(candidate);
                    }
                }
            }
        }
        let Some(next) = scale.checked_mul(Decimal::TEN) else {
            break;
        };
        scale = next;
    }
    out
}

/// Two words one letter apart (inserted, dropped or changed); both must
/// have four letters or more, shorter words differ by chance.
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 4 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    prefix + suffix + 1 >= a.len().max(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn a_slip_is_a_digit_times_a_power_of_ten() {
        assert_eq!(slip(d(3_685_964) - d(3_685_864)), Some("one mistyped digit"));
        assert_eq!(slip(d(-700_000)), Some("one mistyped digit"));
        // 3.685.964 typed 3.658.964: 6 and 8 swapped.
        assert_eq!(slip(d(3_685_964) - d(3_658_964)), Some("two swapped digits"));
        assert_eq!(slip(d(123)), None);
        assert_eq!(slip(d(0)), None);
    }

    #[test]
    fn the_differing_digit_is_named() {
        assert_eq!(
            where_differs(d(3_685_964), d(3_685_864)).as_deref(),
            Some("digit 5 from the left: 9 where 8 is expected")
        );
        assert_eq!(
            where_differs(d(3_658_964), d(3_685_964)).as_deref(),
            Some("digits 3 and 4 from the left are swapped: 58 where 85 is expected")
        );
        assert_eq!(where_differs(d(100), d(99)), None);
    }

    #[test]
    fn neighbours_hold_every_single_digit_slip() {
        let around = neighbours(d(4_269_781));
        assert!(around.contains(&d(4_269_791)));
        assert!(around.contains(&d(3_269_781)));
        assert!(around.contains(&d(4_296_781)));
        assert!(!around.contains(&d(4_269_781)));
        assert!(!around.contains(&d(4_269_781 + 11)));
    }

    #[test]
    fn nouns_one_letter_apart() {
        assert!(one_edit_apart("بناية", "بنية"));
        assert!(!one_edit_apart("بطاقة", "وثيقة"));
        assert!(!one_edit_apart("مركز", "مركبة"));
        assert!(!one_edit_apart("سنة", "سنو"));
    }
}
