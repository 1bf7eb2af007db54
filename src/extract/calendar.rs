//! Dates and clock times: `22/12/2017`, `17 ديسمبر، 2025`,
//! `14 و15 و16 شتنبر 2017` (three dates), `فاتح يناير 2024`, `14:00`,
//! `7:52 مساءً`, `الساعة الثامنة مساء`.

use std::ops::Range;

use super::figure::{Calendar, Date, Kind, Value};
use super::lexicon::{lexicon, Period};
use super::token::{Gap, Token};
use super::window::{Prefix, Window};

/// A date or time found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) span: Range<usize>,
    pub(crate) value: Value,
    pub(crate) kind: Kind,
    pub(crate) calendar: Option<Calendar>,
}

/// Reads the dates or time starting at token `at`: how many tokens they
/// take, and what they are.
pub(crate) fn read(window: &mut Window, at: usize) -> Option<(usize, Vec<Found>)> {
    numeric_date(window, at)
        .or_else(|| hijri_date(window, at))
        .or_else(|| hijri_year(window, at))
        .or_else(|| clock_digits(window, at))
        .or_else(|| clock_hour_mark(window, at))
        .or_else(|| day_list(window, at))
        .or_else(|| day_in_words(window, at))
        .or_else(|| month_and_year(window, at))
        .or_else(|| clock_words(window, at))
}

/// A small whole number written without separators, with its digit count.
fn plain(window: &mut Window, i: usize) -> Option<(u32, usize, Token)> {
    let (numeral, token) = window.numeral(i)?;
    let (value, digits) = numeral.plain_integer()?;
    Some((value, digits, token))
}

fn glued(window: &mut Window, i: usize) -> Option<Token> {
    window.get(i).filter(|t| t.gap == Gap::None)
}

fn single(start: &Token, end: &Token, value: Value, kind: Kind) -> Vec<Found> {
    vec![Found {
        span: start.figure_start()..end.end,
        value,
        kind,
        calendar: None,
    }]
}

/// `22/12/2017`, `2017-12-22`, `22-12-2017`.
fn numeric_date(window: &mut Window, at: usize) -> Option<(usize, Vec<Found>)> {
    let (a, a_digits, first) = plain(window, at)?;
    let (sep, _) = window.punct(at + 1).filter(|(_, t)| t.gap == Gap::None)?;
    if !matches!(sep, '/' | '-') {
        return None;
    }
    glued(window, at + 2)?;
    let (b, _, _) = plain(window, at + 2)?;
    window.punct(at + 3).filter(|&(c, t)| c == sep && t.gap == Gap::None)?;
    glued(window, at + 4)?;
    let (c, c_digits, last) = plain(window, at + 4)?;
    let (year, month, day) = match (a_digits, c_digits) {
        (1..=2, 4) => (c, b, a),
        (4, 1..=2) => (a, b, c),
        _ => return None,
    };
    let date = valid_date(Some(year), month, Some(day))?;
    Some((5, single(&first, &last, Value::Date(date), Kind::Date)))
}

/// `14:00`, `7:52 مساءً`.
fn clock_digits(window: &mut Window, at: usize) -> Option<(usize, Vec<Found>)> {
    let (hour, hour_digits, first) = plain(window, at)?;
    window.punct(at + 1).filter(|&(c, t)| c == ':' && t.gap == Gap::None)?;
    glued(window, at + 2)?;
    let (minute, minute_digits, mut last) = plain(window, at + 2)?;
    if hour_digits > 2 || minute_digits != 2 || hour > 23 || minute > 59 {
        return None;
    }
    let mut next = at + 3;
    let mut hour = hour;
    if let Some((period, len)) = period_at(window, next) {
        hour = on_24_hour_clock(hour, period);
        last = window.get(next + len - 1)?;
        next += len;
    }
    let value = Value::Time {
        hour: u8::try_from(hour).ok()?,
        minute: u8::try_from(minute).ok()?,
    };
    Some((next - at, single(&first, &last, value, Kind::Time)))
}

/// `14h00`, `14 h 30`, `9h`: a French time, hours and minutes around `h`.
fn clock_hour_mark(window: &mut Window, at: usize) -> Option<(usize, Vec<Found>)> {
    let (hour, hour_digits, first) = plain(window, at)?;
    let mark = window.get(at + 1).filter(|t| matches!(t.gap, Gap::None | Gap::Space))?;
    window.phrase(at + 1, &lexicon().hour_marks, Prefix::None)?;
    if hour_digits > 2 || hour > 24 {
        return None;
    }
    let minutes = window
        .get(at + 2)
        .filter(|t| matches!(t.gap, Gap::None | Gap::Space))
        .and_then(|_| plain(window, at + 2))
        .filter(|&(m, digits, _)| digits == 2 && m <= 59);
    let (minute, last, next) = match minutes {
        Some((m, _, token)) => (m, token, at + 3),
        None => (0, mark, at + 2),
    };
    let value = Value::Time {
        hour: u8::try_from(hour % 24).ok()?,
        minute: u8::try_from(minute).ok()?,
    };
    Some((next - at, single(&first, &last, value, Kind::Time)))
}

fn period_at(window: &mut Window, i: usize) -> Option<(Period, usize)> {
    window.joined(i)?;
    window.phrase(i, &lexicon().periods, Prefix::None)
}

fn on_24_hour_clock(hour: u32, period: Period) -> u32 {
    match period {
        Period::Morning if hour == 12 => 0,
        Period::Noon if (1..=6).contains(&hour) => hour + 12,
        Period::Evening if hour < 12 => hour + 12,
        Period::Night if (6..12).contains(&hour) => hour + 12,
        Period::Night if hour == 12 => 0,
        _ => hour,
    }
}

/// A month name at `i` and its length in tokens.
fn month_at(window: &mut Window, i: usize) -> Option<(u8, usize)> {
    window.joined(i)?;
    window.phrase(i, &lexicon().months, Prefix::None)
}

/// A year after a month: `شتنبر 2017`, `ديسمبر، 2025`. Returns the year,
/// its token, and the tokens taken.
fn year_after(window: &mut Window, i: usize) -> Option<(u32, Token, usize)> {
    let comma = window
        .punct(i)
        .is_some_and(|(c, t)| matches!(c, '،' | ',') && t.gap != Gap::Paragraph);
    let at = if comma { i + 1 } else { i };
    window.joined(at)?;
    let (year, digits, token) = plain(window, at)?;
    if digits != 4 {
        return None;
    }
    Some((year, token, at + 1 - i))
}

/// The most days one list names before its month.
const MAX_DAYS_LISTED: usize = 31;

/// One or more days joined by و, `et` or commas, then a month and maybe a
/// year: `17 ديسمبر، 2025`, `14 و15 و16 شتنبر 2017`.
fn day_list(window: &mut Window, at: usize) -> Option<(usize, Vec<Found>)> {
    let mut days = vec![day_at(window, at)?];
    let mut next = at + 1 + first_of_month(window, at, at + 1);
    // `14 و15 و16 شتنبر`, `14, 15 et 16 septembre`: days joined by a
    // conjunction or a comma; without a month after them they stay numbers.
    loop {
        let comma = window
            .punct(next)
            .is_some_and(|(c, t)| matches!(c, ',' | '،') && t.gap == Gap::None);
        let i = match window.conjunction(next) {
            Some((i, _)) => i,
            None if comma && window.joined(next + 1).is_some() => next + 1,
            None => break,
        };
        let Some(day) = day_at(window, i) else { break };
        // A month has 31 days: a longer list is no list of days, and
        // reading on would make a run of `1, 1, 1, …` quadratic.
        if days.len() == MAX_DAYS_LISTED {
            return None;
        }
        days.push(day);
        next = i + 1;
    }
    let (month, month_len) = month_at(window, next)?;
    next += month_len;
    let mut last = window.get(next - 1)?;
    let mut year = None;
    if let Some((y, token, len)) = year_after(window, next) {
        year = Some(y);
        last = token;
        next += len;
    }
    let count = days.len();
    let mut found = Vec::with_capacity(count);
    for (n, (day, token)) in days.into_iter().enumerate() {
        let date = valid_date(year, u32::from(month), Some(day))?;
        let end = if n + 1 == count { last.end } else { token.end };
        found.push(Found {
            span: token.start..end,
            value: Value::Date(date),
            kind: Kind::Date,
            calendar: None,
        });
    }
    Some((next - at, found))
}

/// The `er` of `1er janvier` after the day at `day`: 1 token, or 0.
fn first_of_month(window: &mut Window, day: usize, i: usize) -> usize {
    let is_first = plain(window, day).is_some_and(|(d, _, _)| d == 1);
    let glued = window.get(i).is_some_and(|t| t.gap == Gap::None);
    usize::from(is_first && glued && window.phrase(i, &lexicon().ordinal_endings, Prefix::None).is_some())
}

fn day_at(window: &mut Window, i: usize) -> Option<(u32, Token)> {
    let (day, digits, token) = plain(window, i)?;
    (digits <= 2 && (1..=31).contains(&day)).then_some((day, token))
}

/// `فاتح يناير 2024`, `الثامن من مارس 2020`: a day in words, a month and
/// maybe a year.
fn day_in_words(window: &mut Window, at: usize) -> Option<(usize, Vec<Found>)> {
    let lex = lexicon();
    let (day, mut len) = window.phrase(at, &lex.day_words, Prefix::Any)?;
    let first = window.get(at)?;
    if window.joined(at + len).is_some() {
        len += window.phrase(at + len, &lex.day_of, Prefix::None).map_or(0, |(_, l)| l);
    }
    let (month, month_len) = month_at(window, at + len)?;
    let mut next = at + len + month_len;
    let mut last = window.get(next - 1)?;
    let mut year = None;
    if let Some((y, token, taken)) = year_after(window, next) {
        year = Some(y);
        last = token;
        next += taken;
    }
    let date = valid_date(year, u32::from(month), Some(u32::from(day)))?;
    Some((next - at, single(&first, &last, Value::Date(date), Kind::Date)))
}

/// `ديسمبر 2025`: a month of a year, also behind a glued preposition
/// (`مقارنة بحزيران 2010`, `ليونيو 2024`): the year after it says the
/// word is the month.
fn month_and_year(window: &mut Window, at: usize) -> Option<(usize, Vec<Found>)> {
    let first = window.get(at)?;
    let (month, len) = window.phrase(at, &lexicon().months, Prefix::Any)?;
    let (year, last, taken) = year_after(window, at + len)?;
    let date = valid_date(Some(year), u32::from(month), None)?;
    Some((len + taken, single(&first, &last, Value::Date(date), Kind::Date)))
}

/// `الساعة الثامنة مساء`, `الساعة العاشرة والنصف صباحا`.
fn clock_words(window: &mut Window, at: usize) -> Option<(usize, Vec<Found>)> {
    let lex = lexicon();
    let first = window.get(at)?;
    let (_, clock_len) = window.phrase(at, &lex.clock, Prefix::Any)?;
    let mut next = at + clock_len;
    window.joined(next)?;
    let mut minutes: i32 = 0;
    let mut hour;
    // `الساعة 16 و30 دقيقة`, `الساعة 10 صباحا`: digits for the hour need
    // minutes or a part of the day to be a time, not a count.
    let digit_hour = plain(window, next).filter(|&(h, digits, _)| digits <= 2 && h <= 24);
    let digits_said_time;
    if let Some((h, _, _)) = digit_hour {
        hour = h;
        next += 1;
        digits_said_time = match window.conjunction(next).and_then(|(i, _)| Some((i, plain(window, i)?))) {
            Some((i, (m, digits, _))) if digits <= 2 && m <= 59 => {
                minutes = i32::try_from(m).ok()?;
                next = i + 1;
                if window.joined(next).is_some() {
                    next += window
                        .phrase(next, &lex.minute_words, Prefix::None)
                        .map_or(0, |(_, len)| len);
                }
                true
            }
            _ => false,
        };
    } else {
        let (h, len) = window.phrase(next, &lex.hours, Prefix::None)?;
        hour = u32::from(h);
        next += len;
        digits_said_time = true;
        if window.joined(next).is_some() {
            if let Some((m, len)) = window.phrase(next, &lex.minutes, Prefix::None) {
                minutes = i32::from(m);
                next += len;
            }
        }
    }
    match period_at(window, next) {
        Some((period, len)) => {
            hour = on_24_hour_clock(hour, period);
            next += len;
        }
        None if !digits_said_time => return None,
        None => {}
    }
    let total = (i32::try_from(hour).ok()? * 60 + minutes).rem_euclid(24 * 60);
    let last = window.get(next - 1)?;
    let value = Value::Time {
        hour: u8::try_from(total / 60).ok()?,
        minute: u8::try_from(total % 60).ok()?,
    };
    Some((next - at, single(&first, &last, value, Kind::Time)))
}

/// The Hijri mark after token `i` (glued or not): how many tokens it takes.
fn hijri_mark(window: &mut Window, i: usize) -> Option<usize> {
    window.joined(i).filter(|t| matches!(t.gap, Gap::None | Gap::Space))?;
    window
        .phrase(i, &lexicon().hijri_marks, Prefix::None)
        .map(|(_, len)| len)
}

/// `1445هـ`, `1445 هـ`: a year of the Hijri calendar.
fn hijri_year(window: &mut Window, at: usize) -> Option<(usize, Vec<Found>)> {
    let (year, digits, first) = plain(window, at)?;
    if !(3..=4).contains(&digits) {
        return None;
    }
    let len = hijri_mark(window, at + 1)?;
    let last = window.get(at + len)?;
    let mut found = single(&first, &last, Value::Number(year.into()), Kind::Year);
    found.iter_mut().for_each(|f| f.calendar = Some(Calendar::Hijri));
    Some((1 + len, found))
}

/// `5 رمضان 1445 هـ`: a day, a Hijri month, maybe a year and its mark.
fn hijri_date(window: &mut Window, at: usize) -> Option<(usize, Vec<Found>)> {
    let (day, first) = day_at(window, at)?;
    window.joined(at + 1)?;
    let (month, month_len) = window.phrase(at + 1, &lexicon().hijri_months, Prefix::None)?;
    let mut next = at + 1 + month_len;
    let mut last = window.get(next - 1)?;
    let mut year = None;
    if let Some((y, token, taken)) = year_after(window, next).or_else(|| hijri_year_digits(window, next)) {
        year = Some(y);
        last = token;
        next += taken;
        if let Some(len) = hijri_mark(window, next) {
            last = window.get(next + len - 1)?;
            next += len;
        }
    }
    // Hijri months have 29 or 30 days.
    if day > 30 {
        return None;
    }
    let date = Date {
        year: year.map(u16::try_from).transpose().ok()?,
        month,
        day: Some(u8::try_from(day).ok()?),
    };
    let mut found = single(&first, &last, Value::Date(date), Kind::Date);
    found.iter_mut().for_each(|f| f.calendar = Some(Calendar::Hijri));
    Some((next - at, found))
}

/// A three-digit Hijri year after a month (`محرم 999`).
fn hijri_year_digits(window: &mut Window, i: usize) -> Option<(u32, Token, usize)> {
    window.joined(i)?;
    let (year, digits, token) = plain(window, i)?;
    (digits == 3).then_some((year, token, 1))
}

/// A month and maybe its year at token `i` (`مارس 2024`): the month, the
/// year, the tokens taken and where the last ends.
pub(crate) fn month_after(window: &mut Window, i: usize) -> Option<(u8, Option<u32>, usize, usize)> {
    let (month, len) = month_at(window, i)?;
    let mut last = window.get(i + len - 1)?;
    let mut taken = len;
    let mut year = None;
    if let Some((y, token, year_len)) = year_after(window, i + len) {
        year = Some(y);
        last = token;
        taken += year_len;
    }
    Some((month, year, taken, last.end))
}

pub(crate) fn valid_date(year: Option<u32>, month: u32, day: Option<u32>) -> Option<Date> {
    let year = year.map(u16::try_from).transpose().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    if let Some(d) = day {
        let last = match month {
            2 => match year {
                Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
                _ => 29,
            },
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if !(1..=last).contains(&d) {
            return None;
        }
    }
    Some(Date {
        year,
        month: u8::try_from(month).ok()?,
        day: day.map(u8::try_from).transpose().ok()?,
    })
}
