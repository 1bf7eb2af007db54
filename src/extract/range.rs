//! Ranges (SPEC §6.1): `بين A و B`, `ما بين A و B`, `من A إلى B`, `A - B`.
//! A and B are two figures, linked to each other; a scale word, percent,
//! unit or month written only after B applies to A too (`بين 2.5 و3
//! ملايين` is 2,500,000 and 3,000,000).

use std::ops::Range;

use rust_decimal::Decimal;

use super::calendar;
use super::compose::Composed;
use super::counted;
use super::figure::{Figure, Kind, Qualifier, RangeEnd, Value};
use super::lexicon::{lexicon, RangeJoin};
use super::number;
use super::token::{is_dash, Gap, TokenKind};
use super::window::{Prefix, Window};

/// The two ends, read from the tokens starting at `at`: how many tokens
/// they take and the two figures, or `None` when no range starts there.
pub(crate) fn read(window: &mut Window, at: usize) -> Option<(usize, [Figure; 2])> {
    let lex = lexicon();
    let (join, a_at) = match window.phrase(at, &lex.range_openers, Prefix::Any) {
        Some((join, len)) => (join, at + len),
        // `A - B` needs no opener.
        None => (RangeJoin::Dash, at),
    };
    window.joined(a_at)?;
    let a_first = window.get(a_at)?;
    let a = match join {
        RangeJoin::And => number::first_of_two(window, a_at)?,
        RangeJoin::To | RangeJoin::Dash => number::number(window, a_at)?,
    };
    let b_at = match join {
        RangeJoin::And => window.conjunction(a.next)?.0,
        RangeJoin::To => {
            window.joined(a.next)?;
            let (_, len) = window.phrase(a.next, &lex.range_to, Prefix::None)?;
            a.next + len
        }
        RangeJoin::Dash => {
            // Digits on both sides of a dash: `10 - 12`, `2024-2025`.
            let (c, _) = window.punct(a.next)?;
            if !is_dash(c) || !a.digits_first {
                return None;
            }
            a.next + 1
        }
    };
    window.joined(b_at)?;
    let b_first = window.get(b_at)?;
    let b = number::number(window, b_at)?;
    if join == RangeJoin::Dash && !b.digits_first {
        return None;
    }
    let mut next = b.next;
    let a_end = window.get(a.next - 1)?.end;
    let b_end = window.get(b.next - 1)?.end;
    let a_span = a_first.figure_start()..a_end;
    let b_span = b_first.figure_start()..b_end;

    // `من 10 إلى 12 مارس 2024`: two days of one month.
    if let Some((month, year, taken, last_end)) = calendar::month_after(window, next) {
        let day = |n: &Composed| {
            n.value
                .and_then(|v| u32::try_from(v.mantissa()).ok().filter(|_| v.scale() == 0))
        };
        let a_date = calendar::valid_date(year, u32::from(month), Some(day(&a)?))?;
        let b_date = calendar::valid_date(year, u32::from(month), Some(day(&b)?))?;
        let ends = link(
            Figure::new(a_span, Value::Date(a_date), Kind::Date, Qualifier::Exact, None),
            Figure::new(
                b_span.start..last_end,
                Value::Date(b_date),
                Kind::Date,
                Qualifier::Exact,
                None,
            ),
        );
        return Some((next + taken - at, ends));
    }

    let percent = super::percent_at(window, next);
    next += percent;
    // `بين 2020 و2024`, `2024-2025`: two years.
    let years = percent == 0
        && a.bare_numeral
        && b.bare_numeral
        && super::is_year_numeral(window, a_at)
        && super::is_year_numeral(window, b_at);
    let kind = match (percent > 0, years) {
        (true, _) => Kind::Percent,
        (false, true) => Kind::Year,
        (false, false) => Kind::Number,
    };
    // B's scale applies to an A that has none.
    let scaled = |n: &Composed| -> Option<(Decimal, Decimal)> {
        let (value, precision) = (n.value?, n.precision?);
        match (n.scale, b.scale) {
            (None, Some(scale)) => {
                let scale = Decimal::from(scale);
                Some((value.checked_mul(scale)?, precision.checked_mul(scale)?))
            }
            _ => Some((value, precision)),
        }
    };
    let (mut a_value, mut a_precision) = scaled(&a)?;
    let (mut b_value, mut b_precision) = (b.value?, b.precision?);
    // `entre 2 et 3 MDH`, `de 500 à 700 k$`: a unit that carries a scale
    // scales both ends, as a scale word does.
    let scaled_unit = match (kind, a.scale, b.scale) {
        (Kind::Number, None, None) => counted::scaled_unit_at(window, next),
        _ => None,
    };
    if let Some(((scale, _), taken)) = scaled_unit {
        let scale = Decimal::from(scale);
        (a_value, a_precision) = (a_value.checked_mul(scale)?, a_precision.checked_mul(scale)?);
        (b_value, b_precision) = (b_value.checked_mul(scale)?, b_precision.checked_mul(scale)?);
        next += taken;
    }
    let counted_at = counted::after_of(window, &b);
    let (unit, noun) = if let Some(((_, unit), _)) = scaled_unit {
        (Some(unit), None)
    } else if kind == Kind::Number {
        match counted::unit_at(window, counted_at) {
            Some((unit, _)) => (Some(unit), None),
            None => (None, counted::noun_at(window, counted_at, b.value)),
        }
    } else {
        (None, None)
    };
    let b_span = b_span.start..window.get(next - 1).map_or(b_end, |t| t.end.max(b_end));
    // `ارتفعت من 10 إلى 12 في المائة`, `augmenté de 12 à 15 %`: both ends
    // state the change.
    let change = if at == 0 { counted::change_before(window) } else { None };
    let end = |span: Range<usize>, value: Decimal, precision: Decimal| Figure {
        unit,
        change,
        noun: noun.clone(),
        ..Figure::new(
            span,
            Value::Number(value.normalize()),
            kind,
            Qualifier::Exact,
            Some(precision.normalize()),
        )
    };
    let ends = link(end(a_span, a_value, a_precision), end(b_span, b_value, b_precision));
    Some((next - at, ends))
}

/// The two ends, each pointing at the other.
fn link(mut a: Figure, mut b: Figure) -> [Figure; 2] {
    a.range = Some((RangeEnd::From, b.span.start));
    b.range = Some((RangeEnd::To, a.span.start));
    [a, b]
}

/// Whether a range may start at the current token: an opener word, or a
/// numeral followed by a dash.
pub(crate) fn may_start(window: &mut Window) -> bool {
    match window.get(0).map(|t| t.kind) {
        Some(TokenKind::Word { known: Some(_), .. }) => {
            window.phrase(0, &lexicon().range_openers, Prefix::Any).is_some()
        }
        Some(TokenKind::Number(_)) => window
            .punct(1)
            .is_some_and(|(c, t)| is_dash(c) && t.gap != Gap::Paragraph),
        _ => false,
    }
}
