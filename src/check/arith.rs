//! Exact decimal evaluation of `expr` expressions.

use rust_decimal::Decimal;

use crate::rules::expr::{Expr, Func, Op};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum EvalError {
    DivisionByZero,
    Overflow,
    /// A name with no numeric value (the loader rules this out).
    Unknown(String),
}

/// Evaluates `expr`, looking figure values up with `value_of`.
pub(crate) fn eval(expr: &Expr, value_of: &impl Fn(&str) -> Option<Decimal>) -> Result<Decimal, EvalError> {
    match expr {
        Expr::Number(n) => Ok(*n),
        Expr::Figure(name, _) => value_of(name).ok_or_else(|| EvalError::Unknown(name.clone())),
        Expr::Neg(inner) => Ok(-eval(inner, value_of)?),
        Expr::Binary(op, a, b) => {
            let (a, b) = (eval(a, value_of)?, eval(b, value_of)?);
            match op {
                Op::Add => a.checked_add(b).ok_or(EvalError::Overflow),
                Op::Sub => a.checked_sub(b).ok_or(EvalError::Overflow),
                Op::Mul => a.checked_mul(b).ok_or(EvalError::Overflow),
                Op::Div if b.is_zero() => Err(EvalError::DivisionByZero),
                Op::Div => a.checked_div(b).ok_or(EvalError::Overflow),
            }
        }
        Expr::Call(func, args) => {
            let values = args.iter().map(|a| eval(a, value_of)).collect::<Result<Vec<_>, _>>()?;
            let first = values.first().copied().ok_or(EvalError::Overflow)?;
            Ok(match func {
                Func::Abs => first.abs(),
                Func::Min => values.into_iter().fold(first, Decimal::min),
                Func::Max => values.into_iter().fold(first, Decimal::max),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::expr::parse;

    fn both_sides(text: &str) -> (Result<Decimal, EvalError>, Result<Decimal, EvalError>) {
        let c = parse(text).unwrap();
        let values = |name: &str| match name {
            "marrakech" => Some(Decimal::from(1_032_069)),
            "total" => Some(Decimal::from(3_685_964)),
            "zero" => Some(Decimal::ZERO),
            _ => None,
        };
        (eval(&c.left, &values), eval(&c.right, &values))
    }

    #[test]
    fn arithmetic_is_exact_decimal() {
        let (left, right) = both_sides("0.1 + 0.2 == 0.3");
        assert_eq!(left, right);
        let (share, limit) = both_sides("marrakech / total <= 30%");
        let share = share.unwrap();
        // 0.28 × 3,685,964 = 1,032,069.92, so the share is just under 28%.
        assert!(share > Decimal::new(2799, 4) && share < Decimal::new(28, 2));
        assert_eq!(limit, Ok(Decimal::new(3, 1)));
        let (left, _) = both_sides("max(-total, abs(-3), min(2, 7)) == 0");
        assert_eq!(left, Ok(Decimal::from(3)));
    }

    #[test]
    fn division_by_zero_is_an_error_not_a_panic() {
        assert_eq!(both_sides("total / zero == 1").0, Err(EvalError::DivisionByZero));
    }
}
