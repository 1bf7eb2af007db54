//! Step 2 of the pipeline: figure extraction.
//!
//! [`figures`] streams every [`Figure`] of a text in order. The tokenizer
//! ([`token`]) turns text into numerals and words; [`compose`] reads numbers
//! from them, [`calendar`] dates and times; this module adds what stands
//! around a number: qualifiers, percent signs and words, and whether a bare
//! four-digit number is a year.

mod calendar;
mod compose;
mod counted;
mod figure;
mod fraction;
mod label;
pub(crate) mod lang;
mod lexicon;
mod number;
mod pattern;
mod range;
mod select;
mod token;
mod window;

use std::collections::VecDeque;
use std::ops::Range;

use rust_decimal::Decimal;

use crate::text::paragraphs::{self, Paragraph};
use crate::text::script::Script;
use crate::text::Document;
pub use figure::{noun_form, Calendar, Change, Figure, Kind, Qualifier, RangeEnd, Value, MOST_PERCENTAGE_POINTS};
pub use label::{figure_noun, is_label_head};
pub(crate) use lexicon::{currency_names, is_currency_code};
use lexicon::{lexicon, NumberWord, RangeJoin, ScaleForm, WordList, PERCENT_SIGNS};
pub(crate) use pattern::{pattern_for, Pattern};
pub use select::{fold_pattern, FigureIndex, SelectError};
use token::{Gap, Token, TokenKind};
use window::{Prefix, Window};

/// Years are four plain digits in this range; other four-digit numbers are
/// counts (`2246 رخصة`).
const YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

/// Tokens taken by a percent sign or words at `i` (0 when none).
fn percent_at(window: &mut Window, i: usize) -> usize {
    if let Some((c, token)) = window.punct(i) {
        return usize::from(PERCENT_SIGNS.contains(&c) && matches!(token.gap, Gap::None | Gap::Space));
    }
    if window.joined(i).is_none() {
        return 0;
    }
    window
        .phrase(i, &lexicon().percent_words, Prefix::None)
        .map_or(0, |(_, len)| len)
}

/// Whether `token` is a word that names an index (`المؤشر`, `MASI`).
fn names_an_index(text: &str, token: Option<Token>) -> bool {
    token
        .filter(|t| matches!(t.kind, TokenKind::Word { .. } | TokenKind::Latin))
        .and_then(|t| text.get(t.start..t.end))
        .is_some_and(|w| lexicon().is_with_waw(WordList::StockIndexes, w))
}

/// The most digits of the number in an index's name (`CAC 40`, `FTSE 100`).
const MOST_INDEX_NAME_DIGITS: usize = 3;

/// Whether `token` is an index's name in capitals that a number completes
/// (`CAC 40`, `MSI20`).
fn is_index_acronym(text: &str, token: Option<Token>) -> bool {
    names_an_index(text, token)
        && token
            .and_then(|t| text.get(t.start..t.end))
            .is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
}

/// Four digits in [`YEARS`], written bare.
fn is_year_numeral(window: &mut Window, i: usize) -> bool {
    year_of(window.get(i)).is_some()
}

/// The year a token writes as four bare digits in [`YEARS`], if it does.
fn year_of(token: Option<Token>) -> Option<u32> {
    match token?.kind {
        TokenKind::Number(n) => n
            .plain_integer()
            .filter(|&(v, digits)| digits == 4 && YEARS.contains(&v))
            .map(|(v, _)| v),
        _ => None,
    }
}

/// Marks of a number before an identifier (`القانون رقم 31.08`, `la loi
/// n° 31-08`), matched as written at the end of the text before it.
const IDENTIFIER_MARKS: &[&str] = &["رقم", "n°", "N°", "nº", "Nº", "numéro", "Numéro", "numero"];

/// The most digit groups an identifier after a mark takes (`2-19-1086`).
const MOST_IDENTIFIER_GROUPS: usize = 6;

/// Whether `word` is a noun of rank ([`lexicon::RANK_NOUNS`]) with its
/// article, also behind a glued conjunction and preposition
/// (`وبالمرتبة`, `للدورة`): the article goes as it does for any noun.
fn is_rank_noun(word: &str) -> bool {
    let after_conjunction = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    [word, after_conjunction]
        .into_iter()
        .any(|w| lexicon().is(WordList::RankNouns, &noun_form(w)))
}

/// A sign written before a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sign {
    Plus,
    Minus,
}

/// A figure that was found but cannot be represented, or a number word
/// that could not be read as part of any figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureError {
    pub span: Range<usize>,
    pub reason: String,
    /// A number word left unread (`نصف` with no count or scale word): the
    /// reader says so rather than drop it silently, but nothing is wrong
    /// with the input.
    pub(crate) warning: bool,
}

/// Streams the figures of `text`, in order. Each run of paragraphs is read
/// in its script: Arabic, or French where Latin letters dominate.
pub fn figures(text: &str) -> FigureReader<'_> {
    read_paragraphs(text, &paragraphs::paragraphs(text))
}

/// Streams the figures of `document`, in order, over the paragraphs the
/// document was split into once.
pub fn document_figures(document: &Document) -> FigureReader<'_> {
    read_paragraphs(document.text(), document.paragraphs())
}

fn read_paragraphs<'a>(text: &'a str, paragraphs: &[Paragraph]) -> FigureReader<'a> {
    let mut runs = paragraphs::script_runs(paragraphs);
    runs.reverse();
    let first = runs.pop();
    FigureReader {
        text,
        window: run_window(text, first),
        runs,
        pending: VecDeque::new(),
    }
}

/// A window over one run of paragraphs (positions stay those of `text`).
fn run_window(text: &str, run: Option<(Range<usize>, Script)>) -> Window<'_> {
    match run {
        Some((range, script)) => Window::new_at(
            text.get(..range.end).unwrap_or(text),
            range.start,
            lang::Language::of(script),
        ),
        None => Window::new_at("", 0, lang::Language::Arabic),
    }
}

/// `number` as `whole` and `numerator/per` of `unit` (`خمسة وربع`, `cinq
/// milliards et trois quarts`), stated to that fraction, ending before
/// token `next`.
fn with_fraction_of(
    number: &compose::Composed,
    whole: Decimal,
    unit: Decimal,
    (numerator, per): (u8, u8),
    next: usize,
) -> Option<compose::Composed> {
    let part = fraction::value(Decimal::from(numerator), per)?.checked_mul(unit)?;
    Some(compose::Composed {
        next,
        value: Some(whole.checked_add(part)?),
        precision: fraction::value(unit, per),
        ..*number
    })
}

/// Decimals said digit by digit after a point in words.
struct SaidDigits {
    digits: String,
    next: usize,
}

impl SaidDigits {
    /// The whole number with these decimals.
    fn with(self, whole: compose::Composed) -> Option<compose::Composed> {
        let places = u32::try_from(self.digits.len()).ok()?;
        let decimals: Decimal = self.digits.parse().ok()?;
        let unit = Decimal::new(1, places);
        Some(compose::Composed {
            next: self.next,
            value: whole.value?.checked_add(decimals.checked_mul(unit)?),
            precision: Some(unit),
            scale: None,
            digits_first: whole.digits_first,
            lone_one: false,
            bare_numeral: false,
            decimal_before_scale: false,
        })
    }
}

pub struct FigureReader<'a> {
    text: &'a str,
    window: Window<'a>,
    /// The runs still to read, last first.
    runs: Vec<(Range<usize>, Script)>,
    pending: VecDeque<Result<Figure, FigureError>>,
}

impl Iterator for FigureReader<'_> {
    type Item = Result<Figure, FigureError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(found) = self.pending.pop_front() {
                return Some(found);
            }
            if self.window.get(0).is_none() {
                let run = self.runs.pop()?;
                self.window = run_window(self.text, Some(run));
                continue;
            }
            let taken = self.read_here();
            if taken == 0 {
                if let Some(left) = self.unread_number_word() {
                    self.pending.push_back(Err(left));
                }
            }
            self.window.advance(taken.max(1));
        }
    }
}

impl FigureReader<'_> {
    /// Reads what starts at the current token into `pending`; returns how
    /// many tokens it took (0 when nothing starts here).
    fn read_here(&mut self) -> usize {
        // Most tokens are words the lexicon does not know, words it knows
        // only inside or after a figure (units, nouns, connectors), Latin
        // words or punctuation: no figure starts at them.
        let lex = lexicon();
        if let Some(taken) = self.fraction_alone() {
            return taken;
        }
        match self.window.get(0).map(|t| t.kind) {
            Some(TokenKind::Number(_)) => {}
            Some(TokenKind::Word { known: Some(w), .. }) if lex.number(w.id).is_some() => {}
            // A word that opens a phrase (من، في، حوالي، ديسمبر) is followed
            // by a number, another known word or a comma: `من الأسر` and
            // `في المدينة`, most of their uses, are passed at once.
            Some(TokenKind::Word { known: Some(w), .. }) if lex.starts_figure(w.id) => {
                let next = self.window.joined(1).map(|t| t.kind);
                if !matches!(
                    next,
                    Some(TokenKind::Number(_) | TokenKind::Word { known: Some(_), .. } | TokenKind::Punct(_))
                ) {
                    return 0;
                }
            }
            _ => return 0,
        }
        if self.inside_latin_phrase() || self.after_period_part() {
            return 1;
        }
        if let Some(taken) = self.identifier_after_a_mark() {
            return taken;
        }
        if let Some(taken) = self.qualified_time() {
            return taken;
        }
        if let Some((taken, found)) = calendar::read(&mut self.window, 0) {
            self.pending.extend(found.into_iter().map(|f| {
                // A year is stated to the year, as when read as a number.
                let precision = (f.kind == Kind::Year).then_some(Decimal::ONE);
                Ok(Figure {
                    calendar: f.calendar,
                    ..Figure::new(f.span, f.value, f.kind, Qualifier::Exact, precision)
                })
            }));
            return taken;
        }
        if let Some(taken) = self.one_and_a_fraction() {
            return taken;
        }
        if range::may_start(&mut self.window) {
            if let Some((taken, ends)) = range::read(&mut self.window, 0) {
                self.pending.extend(ends.map(Ok));
                return taken;
            }
        }
        self.quantity().unwrap_or(0)
    }

    /// An Arabic fraction word alone that measures a share of what follows
    /// (`ثلث السكان`, `ثلثا الأسر`): a figure of kind `fraction`. Not when
    /// a word before qualifies it or makes it part of a name, nor before a
    /// word that makes it a name or a span of time (SPEC §7.1).
    fn fraction_alone(&mut self) -> Option<usize> {
        if self.window.is_french() {
            return self.article_and_fraction(0, Qualifier::Exact);
        }
        let token = self.window.get(0)?;
        let TokenKind::Word { .. } = token.kind else {
            return None;
        };
        let text = self.window.text();
        let word = text.get(token.figure_start()..token.end)?;
        // Fraction words are four letters at most: most words go no further.
        if word.len() > 8 {
            return None;
        }
        let (numerator, per) = fraction::alone(word)?;
        let before = self.window.previous().and_then(|t| text.get(t.figure_start()..t.end));
        if before.is_some_and(fraction::taken_before) {
            return None;
        }
        let next = self.window.joined(1)?;
        let next_word = text.get(next.figure_start()..next.end)?;
        if !matches!(next.kind, TokenKind::Word { .. }) || !fraction::opens_share(next_word, false) {
            return None;
        }
        let value = fraction::value(Decimal::from(numerator), per)?;
        self.pending.push_back(Ok(Figure::new(
            token.figure_start()..token.end,
            Value::Number(value),
            Kind::Fraction,
            Qualifier::Exact,
            None,
        )));
        Some(1)
    }

    /// A count and a denominator that measure a share of what follows
    /// (`ثلاثة أرباع الأسر`, `les deux tiers des électeurs`), or, with
    /// `alone_at_end`, of what came before (`les trois quarts.`): a figure
    /// of kind `fraction`, `qualifier` read before it. `None` when the
    /// number at `number_at` is no such count.
    fn counted_fraction(
        &mut self,
        number_at: usize,
        number: &compose::Composed,
        qualifier: Qualifier,
        alone_at_end: bool,
    ) -> Option<usize> {
        let count = number
            .value
            .filter(|v| v.fract().is_zero() && *v >= Decimal::ONE && *v <= Decimal::TEN)?;
        let text = self.window.text();
        let denominator = self.window.joined(number.next)?;
        let per = fraction::denominator(text.get(denominator.start..denominator.end)?)?;
        // `dix-neuvième`: a count hyphenated to its ending is an ordinal.
        let count_end = self.window.get(number.next.checked_sub(1)?)?.end;
        if text.get(count_end..denominator.start)?.contains('-') {
            return None;
        }
        let share = self.window.joined(number.next + 1);
        let opens = match share {
            Some(share) if matches!(share.kind, TokenKind::Word { .. }) => {
                fraction::opens_share(text.get(share.figure_start()..share.end)?, self.window.is_french())
            }
            // `ils en ont réalisé les trois quarts.`: a French count of a
            // fraction that ends its clause is a share of what came before.
            Some(share) => {
                alone_at_end && matches!(share.kind, TokenKind::Punct('.' | ',' | ';' | ':' | '!' | '?' | ')'))
            }
            None => alone_at_end,
        };
        if !opens {
            return None;
        }
        // `un quart de finale`: the fraction names a round, not a share.
        let named = self
            .window
            .joined(number.next + 2)
            .and_then(|t| text.get(t.start..t.end))
            .is_some_and(fraction::names_no_share);
        if named {
            return None;
        }
        let first = self.window.get(0)?;
        let start = self.window.get(number_at)?.figure_start().min(first.figure_start());
        self.pending.push_back(Ok(Figure::new(
            start..denominator.end,
            Value::Number(fraction::value(count, per)?),
            Kind::Fraction,
            qualifier,
            None,
        )));
        Some(number.next + 1)
    }

    /// `مئة وثلاثة أرباع`: a whole number, و, and a count of a fraction
    /// (SPEC §7.1): 100.75, stated to the quarter; after a scale word the
    /// fraction is of it (`ثلاثة ملايين وثلاثة أرباع` is 3.75 million). The
    /// grammar joins a count to a whole it can follow (`مئة وثلاثة`); the
    /// denominator after it says the count was the fraction's. The number
    /// goes on as any other, units and nouns after it.
    fn whole_and_fraction(&mut self, number_at: usize, number: &compose::Composed) -> Option<compose::Composed> {
        if self.window.is_french() {
            return self.french_whole_and_fraction(number);
        }
        let joined_count = number
            .next
            .checked_sub(1)
            .filter(|&at| at > number_at && self.window.conjunction(at).is_some_and(|(c, _)| c == at));
        let (count_at, whole_less) = match joined_count {
            Some(at) => (at, true),
            None => match self.window.conjunction(number.next) {
                Some((at, _)) => (at, false),
                // `وثلثان`: a fraction word the lexicon does not hold, و glued.
                None => return self.whole_and_fraction_word(number.next, false, number),
            },
        };
        let Some(NumberWord::Unit(count)) = self.window.number_word(count_at, Prefix::Waw) else {
            return self.whole_and_fraction_word(count_at, whole_less, number);
        };
        let text = self.window.text();
        let per = self
            .window
            .joined(count_at + 1)
            .and_then(|d| fraction::denominator(text.get(d.start..d.end)?));
        let Some(per) = per else {
            // `مئة وثلاثة وثلثان`: the count is the whole's, a fraction
            // word after it.
            return if whole_less {
                self.whole_and_fraction_word(number.next, false, number)
            } else {
                None
            };
        };
        if !(2..=10).contains(&count) || count >= per {
            return None;
        }
        let whole = match whole_less {
            true => number.value?.checked_sub(Decimal::from(count))?,
            false => number.value?,
        };
        if whole <= Decimal::ZERO {
            return None;
        }
        let unit = match (whole_less, number.scale) {
            (false, Some(scale)) => Decimal::from(scale),
            _ => Decimal::ONE,
        };
        let part = fraction::value(Decimal::from(count), per)?.checked_mul(unit)?;
        // `وثلاثة أرباع المليون`: the scale word again, with the article.
        let restated = self.window.joined(count_at + 2).is_some()
            && matches!(
                self.window.number_word(count_at + 2, Prefix::None),
                Some(NumberWord::Scale { value, form: ScaleForm::Definite }) if number.scale == Some(value)
            );
        Some(compose::Composed {
            next: count_at + 2 + usize::from(restated),
            value: Some(whole.checked_add(part)?),
            precision: fraction::value(unit, per),
            ..*number
        })
    }

    /// `واحد ونصف`, `خمسة وربع`, `مئة وثلاثة وثلث`, `ثلاثة ملايين ونصف`:
    /// a whole, و, and a fraction word alone (of the scale word, if any).
    fn whole_and_fraction_word(
        &mut self,
        at: usize,
        joined_before: bool,
        number: &compose::Composed,
    ) -> Option<compose::Composed> {
        if joined_before {
            return None;
        }
        let token = self.window.joined(at)?;
        let word = self.window.text().get(token.start..token.end)?;
        // After a و of its own, or with و glued.
        let waw_before = at > 0
            && matches!(
                self.window.get(at - 1).map(|t| t.kind),
                Some(TokenKind::Word { known: Some(w), .. }) if w.id == lexicon().waw
            );
        let word = match word.strip_prefix('و').filter(|w| !w.is_empty()) {
            Some(rest) => rest,
            None if waw_before => word,
            None => return None,
        };
        let (numerator, per) = fraction::alone(word)?;
        let whole = number.value.filter(|v| *v > Decimal::ZERO)?;
        let unit = Decimal::from(number.scale.unwrap_or(1));
        // A whole count of its unit (`2.5 مليون ونصف` is no 3 million), and
        // no fraction of what follows (`ونصف الميزانية`).
        if !whole.checked_div(unit).is_some_and(|count| count.fract().is_zero()) {
            return None;
        }
        let after = self.window.joined(at + 1);
        if after
            .and_then(|t| self.window.text().get(t.figure_start()..t.end))
            .is_some_and(|w| fraction::opens_share(w, false))
        {
            return None;
        }
        with_fraction_of(number, whole, unit, (numerator, per), at + 1)
    }

    /// `cent trois et deux tiers`, `cinq milliards et trois quarts`: a
    /// whole number, `et`, and a count of a fraction (of the scale word,
    /// if any): 103.67, 5.75 billion. Never the whole alone.
    fn french_whole_and_fraction(&mut self, number: &compose::Composed) -> Option<compose::Composed> {
        let (count_at, _) = self.window.conjunction(number.next)?;
        if count_at == number.next {
            return None;
        }
        let Some(NumberWord::Unit(count)) = self.window.number_word(count_at, Prefix::None) else {
            return None;
        };
        let text = self.window.text();
        let denominator = self.window.joined(count_at + 1)?;
        let per = fraction::denominator(text.get(denominator.start..denominator.end)?)?;
        if count == 0 || count >= per {
            return None;
        }
        let whole = number.value.filter(|v| *v > Decimal::ZERO)?;
        let unit = Decimal::from(number.scale.unwrap_or(1));
        with_fraction_of(number, whole, unit, (count, per), count_at + 2)
    }

    /// `ثلاثة أرباع الأسر`: a number word and أرباع with no scale word
    /// after, before what they are a share of (the grammar reads a count
    /// of quarters only before a scale word).
    fn count_of_quarters(&mut self, number_at: usize, qualifier: Qualifier) -> Option<usize> {
        if self.window.is_french() {
            // `près de la moitié des élèves`: the qualifier before the article.
            return self.article_and_fraction(number_at, qualifier);
        }
        let Some(NumberWord::Unit(count)) = self.window.number_word(number_at, Prefix::Any) else {
            return None;
        };
        let composed = compose::Composed {
            next: number_at + 1,
            value: Some(Decimal::from(count)),
            precision: Some(Decimal::ONE),
            scale: None,
            digits_first: false,
            lone_one: count == 1,
            bare_numeral: false,
            decimal_before_scale: false,
        };
        self.counted_fraction(number_at, &composed, qualifier, false)
    }

    /// `la moitié des détenus`, `le tiers de la population`: a French
    /// article and a fraction word before what it is a share of are one
    /// of it (SPEC §7.1), `qualifier` read before the article.
    fn article_and_fraction(&mut self, at: usize, qualifier: Qualifier) -> Option<usize> {
        let text = self.window.text();
        let article = self.window.get(at)?;
        if !fraction::is_french_article(text.get(article.start..article.end)?) {
            return None;
        }
        let one = compose::Composed {
            next: at + 1,
            value: Some(Decimal::ONE),
            precision: Some(Decimal::ONE),
            scale: None,
            digits_first: false,
            lone_one: true,
            bare_numeral: false,
            decimal_before_scale: false,
        };
        self.counted_fraction(at, &one, qualifier, false)
    }

    /// `un Marocain sur trois`, `1 sur 3`, `deux jeunes sur cinq`: a count
    /// of one to nine, at most two words, `sur` and a larger whole count
    /// are a share (kind `fraction`), never the count after `sur` alone.
    /// Not when they count spans of time (`six jours sur sept`) or the
    /// count after `sur` has a unit of its own (`5 sur 10 km`).
    fn share_out_of(&mut self, number: &compose::Composed, qualifier: Qualifier) -> Option<usize> {
        if !self.window.is_french() || number.scale.is_some() {
            return None;
        }
        let numerator = number
            .value
            .filter(|v| v.fract().is_zero() && *v >= Decimal::ONE && *v < Decimal::TEN)?;
        let text = self.window.text();
        let mut out_of_at = number.next;
        loop {
            let token = self.window.joined(out_of_at)?;
            let word = text.get(token.start..token.end)?;
            if fraction::is_out_of(word) {
                break;
            }
            let plain_word = matches!(token.kind, TokenKind::Word { .. })
                && self.window.number_word(out_of_at, Prefix::None).is_none()
                && !fraction::is_span_of_time(word);
            if !plain_word || out_of_at >= number.next + 2 {
                return None;
            }
            out_of_at += 1;
        }
        self.window.joined(out_of_at + 1)?;
        let whole = number::number(&mut self.window, out_of_at + 1)?;
        let per = whole.value.filter(|v| {
            v.fract().is_zero() && *v > numerator && *v <= Decimal::ONE_THOUSAND && whole.scale.is_none()
        })?;
        let counts_its_own = self.percent_at(whole.next) > 0
            || counted::unit_at(&mut self.window, whole.next).is_some()
            || self
                .window
                .joined(whole.next)
                .and_then(|t| text.get(t.start..t.end))
                .is_some_and(fraction::is_span_of_time);
        if counts_its_own {
            return None;
        }
        let first = self.window.get(0)?;
        let last = self.window.get(whole.next.checked_sub(1)?)?;
        self.pending.push_back(Ok(Figure::new(
            first.figure_start()..last.end,
            Value::Number(numerator.checked_div(per)?),
            Kind::Fraction,
            qualifier,
            None,
        )));
        Some(whole.next)
    }

    /// `2 1/4`: a whole number in digits, a space and a fraction written
    /// with a slash are 2.25, stated to the quarter; never the whole alone
    /// (SPEC §7.1). Only the denominators of everyday fractions, so that
    /// no date (`2 10/12`) is read as one.
    fn mixed_fraction(&mut self, number: &compose::Composed) -> Option<compose::Composed> {
        if !number.bare_numeral {
            return None;
        }
        let whole = number.value.filter(|v| v.fract().is_zero())?;
        let (numerator, token) = self.window.numeral(number.next)?;
        if token.gap != Gap::Space {
            return None;
        }
        self.window
            .punct(number.next + 1)
            .filter(|(c, t)| *c == '/' && t.gap == Gap::None)?;
        let (denominator, token) = self.window.numeral(number.next + 2)?;
        if token.gap != Gap::None {
            return None;
        }
        let ((parts, _), (per, _)) = (numerator.plain_integer()?, denominator.plain_integer()?);
        if !matches!(per, 2 | 3 | 4 | 5 | 8 | 10) || parts == 0 || parts >= per {
            return None;
        }
        // `2 1/4/2024` is a date.
        if self
            .window
            .punct(number.next + 3)
            .is_some_and(|(c, t)| c == '/' && t.gap == Gap::None)
        {
            return None;
        }
        let per = Decimal::from(per);
        Some(compose::Composed {
            next: number.next + 3,
            value: whole.checked_add(Decimal::from(parts).checked_div(per)?),
            precision: Decimal::ONE.checked_div(per),
            bare_numeral: false,
            ..*number
        })
    }

    /// `pour cent` with no number before it and nothing after it: the word
    /// of a percentage, never the number 100 (`pour cent habitants`
    /// counts them).
    fn is_percent_word_alone(&mut self, at: usize, number: &compose::Composed) -> bool {
        if !self.window.is_french() || number.digits_first || number.next != at + 1 {
            return false;
        }
        if self
            .window
            .joined(number.next)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word { .. }))
        {
            return false;
        }
        let before = match at.checked_sub(1) {
            Some(i) => self.window.get(i),
            None => self.window.previous(),
        };
        let text = self.window.text();
        number.value == Some(Decimal::ONE_HUNDRED)
            && before
                .and_then(|t| text.get(t.start..t.end))
                .is_some_and(|w| w.eq_ignore_ascii_case("pour"))
    }

    /// `سنة ونصف`, `ساعة وربع`: a noun that counts one of itself, and a
    /// fraction of it.
    fn one_and_a_fraction(&mut self) -> Option<usize> {
        let noun = self.window.get(0)?;
        self.window.phrase(0, &lexicon().one_unit_nouns, Prefix::Any)?;
        let (at, prefix) = self.window.conjunction(1)?;
        let Some(NumberWord::Fraction { per }) = self.window.number_word(at, prefix) else {
            return None;
        };
        let fraction = self.window.get(at)?;
        let part = Decimal::ONE / Decimal::from(per);
        let start = noun.figure_start();
        self.pending.push_back(Ok(Figure {
            noun: Some(start..noun.end),
            ..Figure::new(
                start..fraction.end,
                Value::Number((Decimal::ONE + part).normalize()),
                Kind::Number,
                Qualifier::Exact,
                Some(part.normalize()),
            )
        }));
        Some(at + 1)
    }

    /// A qualifier before one time or date, the clock word between them
    /// allowed (`حوالي الساعة 00:30`); returns the tokens taken.
    fn qualified_time(&mut self) -> Option<usize> {
        let lex = lexicon();
        let first = self.window.get(0)?;
        let (qualifier, len) = self.window.phrase(0, &lex.qualifiers_before, Prefix::Any)?;
        self.window.joined(len)?;
        let clock = self.window.phrase(len, &lex.clock, Prefix::None).map_or(0, |(_, l)| l);
        let (at, (taken, mut found)) = [len, len + clock]
            .into_iter()
            .find_map(|at| Some((at, calendar::read(&mut self.window, at)?)))?;
        let (1, Some(time)) = (found.len(), found.pop()) else {
            return None;
        };
        self.pending.push_back(Ok(Figure {
            calendar: time.calendar,
            ..Figure::new(
                first.figure_start()..time.span.end,
                time.value,
                time.kind,
                qualifier,
                None,
            )
        }));
        Some(at + taken)
    }

    /// A word that only makes sense as part of a number (a fraction, أرباع,
    /// المليون) but that no figure took.
    fn unread_number_word(&mut self) -> Option<FigureError> {
        let token = self.window.get(0)?;
        let TokenKind::Word { known: Some(word), .. } = token.kind else {
            return None;
        };
        // `demi-finale`, `une demi-heure`: French halves are words too.
        if self.window.is_french() {
            return None;
        }
        let what = match lexicon().number(word.id)? {
            NumberWord::Fraction { .. } | NumberWord::Quarters => "a fraction with no count or scale word to take",
            NumberWord::Scale {
                form: ScaleForm::Definite,
                ..
            } => "a scale word with the article and no fraction before it",
            _ => return None,
        };
        Some(FigureError {
            span: token.figure_start()..token.end,
            reason: format!("{what}: not read as a figure"),
            warning: true,
        })
    }

    /// A numeral between two Latin words (`IMG 20251217 WA0046`) is part of
    /// a Latin name, like the digits of `WA0046` themselves.
    ///
    /// In a French paragraph, where Latin words are words, the name is told
    /// by its shape: a word in capitals before (`IMG`) and an identifier
    /// after (`WA0046`, a word with digits glued on).
    fn inside_latin_phrase(&mut self) -> bool {
        let here = self.window.get(0);
        let next = self.window.get(1);
        if !matches!(here.map(|t| (t.kind, t.gap)), Some((TokenKind::Number(_), Gap::Space)))
            || next.is_none_or(|t| t.gap != Gap::Space)
        {
            return false;
        }
        if !self.window.is_french() {
            let is_latin = |t: Option<token::Token>| t.is_some_and(|t| t.kind == TokenKind::Latin);
            return is_latin(self.window.previous()) && is_latin(next);
        }
        let text = self.window.text();
        let capitals = self
            .window
            .previous()
            .and_then(|t| text.get(t.start..t.end))
            .is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
        let identifier_next = self
            .window
            .get(2)
            .is_some_and(|t| t.gap == Gap::None && t.kind == TokenKind::Latin);
        capitals && identifier_next
    }

    /// A number with its qualifier and percent sign, if one starts here.
    fn quantity(&mut self) -> Option<usize> {
        let lex = lexicon();
        let first = self.window.get(0)?;
        let (mut qualifier, number_at) = match self.window.phrase(0, &lex.qualifiers_before, Prefix::Any) {
            Some((q, len)) if self.window.joined(len).is_some() => {
                // `دون سن 18`: the word between names the limit.
                match self.window.phrase(len, &lex.qualified_limits, Prefix::None) {
                    Some((_, limit)) if self.window.joined(len + limit).is_some() => (q, len + limit),
                    _ => (q, len),
                }
            }
            _ => (Qualifier::Exact, 0),
        };
        // `تجاوزت (60.8) مليار`: the qualifier stands before the
        // parentheses, the digits in them.
        let opened_after_qualifier = number_at > 0
            && self.window.punct(number_at).is_some_and(|(c, _)| c == '(')
            && compose::in_parentheses(&mut self.window, number_at + 1);
        let number_at = number_at + usize::from(opened_after_qualifier);
        // `ناقص 10`, `moins 25,1 %`: a word that makes the number negative.
        let (sign_word, number_at) = match self.window.phrase(number_at, &lex.sign_words, Prefix::Any) {
            Some((_, len)) if qualifier == Qualifier::Exact && self.window.joined(number_at + len).is_some() => {
                (true, number_at + len)
            }
            _ => (false, number_at),
        };
        let Some(number) = number::number(&mut self.window, number_at) else {
            // `ثلاثة أرباع الأسر`: a count of quarters with no scale word.
            return self.count_of_quarters(number_at, qualifier);
        };
        let number = self.with_spelled_decimals(number).unwrap_or(number);
        let number = self.whole_and_fraction(number_at, &number).unwrap_or(number);
        let number = self.mixed_fraction(&number).unwrap_or(number);
        if self.is_french_ordinal(&number) {
            return Some(number.next + 1);
        }
        if self.is_arabic_rank(number_at, &number) {
            return Some(number.next);
        }
        if let Some(next) = self.provision_labels(number_at, &number) {
            return Some(next);
        }
        // Part of an ordinal (`الحادي عشر`, `vingt-cinquième`) or the
        // numerator of a fraction (`خمسة أثمان`, `deux tiers`): no figure,
        // never the part the grammar knows.
        if self.continues_an_unread_number(number_at, &number) {
            return Some(number.next);
        }
        let french = self.window.is_french();
        if let Some(taken) = self.counted_fraction(number_at, &number, qualifier, french) {
            return Some(taken);
        }
        if let Some(taken) = self.share_out_of(&number, qualifier) {
            return Some(taken);
        }
        if let Some(taken) = self.ordinal_or_fraction_after(&number) {
            // With the scale words after the fraction (`ثلاثة أرباع مليون`).
            let mut next = number.next + taken;
            while self.window.joined(next).is_some()
                && matches!(
                    self.window.number_word(next, Prefix::None),
                    Some(NumberWord::Scale { .. })
                )
            {
                next += 1;
            }
            return Some(next);
        }
        if self.is_french_adjective_neuf(number_at, &number)
            || self.is_cents_after_a_count(number_at, &number)
            || self.follows_colloquial_number(number_at, &number)
            || self.follows_an_unread_scale_word(number_at)
            || self.precedes_colloquial_number(&number)
            || self.glued_to_a_code(&number)
            || self.completes_an_index_name(number_at, &number)
            || self.fifth_or_five(number_at, &number)
            || self.is_percent_word_alone(number_at, &number)
        {
            return Some(number.next);
        }
        // `3/4`, `١١/١٠`: a fraction written with a slash (or a score)
        // is no count, nor are its two numbers.
        if let Some(taken) = self.slashed_pair(&number) {
            return Some(taken);
        }
        let sign = if sign_word {
            Some(Sign::Minus)
        } else if number_at == 0 {
            self.sign_before(first)
        } else {
            None
        };
        let mut next = number.next;
        if opened_after_qualifier
            && self
                .window
                .punct(next)
                .is_some_and(|(c, t)| c == ')' && t.gap == Gap::None)
        {
            next += 1;
        }
        let mut start = match (sign, sign_word) {
            (Some(_), false) => self.window.previous().map_or(first.figure_start(), |t| t.start),
            _ => first.figure_start(),
        };
        // `$75 millions`, `€ 20`, `EUR 1000`: a currency written before.
        let currency_before = if number_at == 0 && sign.is_none() {
            self.currency_before(first)
        } else {
            None
        };
        if let Some((_, at)) = currency_before {
            start = at;
        }

        // `(1343.2) مليار`: the scale word after the parentheses was taken
        // with the digits; the figure starts at the opening one.
        if number.scale.is_some() && compose::in_parentheses(&mut self.window, number_at) {
            let opening = match number_at.checked_sub(1) {
                Some(before) => self.window.get(before),
                None => self.window.previous(),
            };
            start = opening.map_or(start, |t| t.start.min(start));
        }
        // `(15) بالمائة`, `(40) % تقريبا`: parentheses around the digits do
        // not cut them from what follows.
        let before = (number_at == 0).then(|| self.window.previous()).flatten();
        let glued_before = |c: char| before.is_some_and(|b| b.kind == TokenKind::Punct(c)) && first.gap == Gap::None;
        if glued_before('(')
            && self
                .window
                .punct(next)
                .is_some_and(|(c, t)| c == ')' && t.gap == Gap::None)
        {
            let after = next + 1;
            if self.percent_at(after) > 0 || self.qualifier_after(after).is_some() {
                next = after;
                start = before.map_or(start, |b| b.start);
            }
        }

        let mut percent = self.percent_at(next);
        next += percent;
        // `%95`: a percent sign before the digits (not one closing a figure
        // glued before it).
        // At the start of a run of text (the document's, or where the
        // script changes) nothing stands before the sign; a word glued to
        // it (`عوض%14,3`, `إلى%64,8`) closes no figure either.
        let after_a_word = self
            .window
            .behind(1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word { .. } | TokenKind::Latin));
        let sign_opens = before.is_some_and(|b| b.gap != Gap::None) || self.window.behind(1).is_none() || after_a_word;
        if percent == 0 && PERCENT_SIGNS.iter().any(|&c| glued_before(c)) && sign_opens {
            percent = 1;
            start = before.map_or(start, |b| b.start);
        }

        if qualifier == Qualifier::Exact {
            if let Some((q, len)) = self.qualifier_after(next) {
                qualifier = q;
                next += len;
            }
        }
        // `يتجاوز عدد المستفيدين 300 ألف`: the verb before the subject.
        if qualifier == Qualifier::Exact && number_at == 0 && !self.window.is_french() {
            if let Some(q) = lang::ar::verb_first::qualifier_across_subject(&mut self.window) {
                qualifier = q;
            }
        }
        if number.lone_one && qualifier == Qualifier::Exact && percent == 0 && self.one_is_a_pronoun(number_at) {
            return Some(number.next);
        }
        // French `un`, `une` alone is the article (`une hausse`, `un agent`).
        if number.lone_one && percent == 0 && self.window.is_french() {
            return Some(number.next);
        }

        let last = self.window.get(next - 1)?;
        let span = start..last.end;
        let (Some(value), Some(precision)) = (number.value, number.precision) else {
            self.pending.push_back(Err(FigureError {
                warning: false,
                span,
                reason: format!(
                    "a number beyond the largest figaudit can hold exactly ({})",
                    Decimal::MAX
                ),
            }));
            return Some(next);
        };
        let is_year = number.bare_numeral
            && percent == 0
            && qualifier == Qualifier::Exact
            && is_year_numeral(&mut self.window, number_at)
            && (!self.counts_a_noun(number_at, next) || self.ends_a_pair_of_years(number_at));
        let kind = match (percent > 0, is_year) {
            (true, _) => Kind::Percent,
            (false, true) => Kind::Year,
            (false, false) => Kind::Number,
        };
        // What it counts: a unit right after the number, else a noun.
        let (mut unit, mut noun) = (None, None);
        let mut unit_end = None;
        if kind == Kind::Number {
            let mut counted_at = counted::after_of(&mut self.window, &number);
            // `أكثر من (54) حالة`: the noun stands after the parenthesis.
            if counted_at == number.next
                && self
                    .window
                    .punct(counted_at)
                    .is_some_and(|(c, t)| c == ')' && t.gap == Gap::None)
                && compose::in_parentheses(&mut self.window, number_at)
            {
                counted_at += 1;
            }
            // `(1945.9) نقطة`, `7 512 points`: a stock index stands at
            // points of its own; percentage points past a hundred are none.
            // Nor are the bare points an index moves by (`تراجع المؤشر بـ
            // 33.7 نقطة`); `نقطة مئوية` says percentage points outright.
            // `pp` says percentage points, an index named or not.
            let found_unit = match counted::unit_at(&mut self.window, counted_at) {
                Some(("pp", len))
                    if value.abs() > MOST_PERCENTAGE_POINTS
                        || (len == 1 && self.bare_points_at(counted_at) && self.after_an_index_name()) =>
                {
                    None
                }
                found => found,
            };
            match found_unit {
                Some((found, len)) => {
                    unit = Some(found);
                    unit_end = Some(counted_at + len);
                    // `5 في الألف`, `5 ‰` are read whole, like a percent.
                    if found == "per_mille" && next == number.next && counted_at == number.next {
                        next += len;
                    }
                }
                None => {
                    // `120 environ l'ont réussi`: the noun comes after a
                    // qualifier written right after the number.
                    let noun_at = match self.window.phrase(counted_at, &lex.qualifiers_after, Prefix::None) {
                        Some((_, len)) => counted_at + len,
                        None => counted_at,
                    };
                    noun = counted::noun_at(&mut self.window, noun_at, number.value);
                }
            }
        }
        // `1,2 MDH`: a unit that carries a scale is read whole.
        let (mut value, mut precision) = (value, precision);
        if kind == Kind::Number && unit.is_none() && next == number.next && number.scale.is_none() {
            // `$3 M`: after a number its currency sign comes before, a
            // scale's abbreviation is a scale, as it is before a sign.
            let scaled = counted::scaled_unit_at(&mut self.window, next).or_else(|| {
                let (currency, _) = currency_before?;
                let scale = counted::scale_abbreviation_at(&mut self.window, next)?;
                Some(((scale, currency), 1))
            });
            if let Some(((scale, found), len)) = scaled {
                let scale = Decimal::from(scale);
                if let (Some(v), Some(p)) = (value.checked_mul(scale), precision.checked_mul(scale)) {
                    (value, precision, unit, noun) = (v, p, Some(found), None);
                    next += len;
                }
            }
        }
        // `10 dollars et 50 cents`, `10 دولارات و50 سنتا`, `دينار و250
        // فلسا`: the smaller unit joins its amount (10.50, 1.250), and the
        // cents are never read as 100.
        if let Some((added, finer, taken)) = unit_end.and_then(|at| self.sub_unit_after(at, unit, precision)) {
            if let Some(v) = value.checked_add(added) {
                (value, precision) = (v, finer);
                next = taken;
            }
        }
        let span = span.start..self.window.get(next - 1).map_or(span.end, |t| t.end.max(span.end));
        if unit.is_none() {
            unit = currency_before.map(|(u, _)| u);
        }
        // `المادة (2) من القانون`, `قال الوزير (2) إن`: a small whole
        // number alone in parentheses that counts nothing is a label or a
        // note's mark, not a figure (`(54) حالة` counts its noun, and
        // `ثلاثة (3)` restates the word before it, which is read).
        let label = kind == Kind::Number
            && number.bare_numeral
            && unit.is_none()
            && noun.is_none()
            && sign.is_none()
            && qualifier == Qualifier::Exact
            && value.fract().is_zero()
            && value < Decimal::ONE_HUNDRED
            && compose::in_parentheses(&mut self.window, number_at);
        if label {
            return Some(next);
        }
        if sign == Some(Sign::Minus) {
            value = -value;
        }
        // `162.984 مليون`: 162,984 million if the point groups thousands.
        let alternative = if number.decimal_before_scale && next == number.next {
            value.checked_mul(Decimal::ONE_THOUSAND)
        } else {
            None
        };
        // `+3,2 %`, `-0,5 point`: a signed rate states its change's way.
        // So does a plus written before a sum of money or an amount with a
        // scale word (`ou +2,77 milliards DH`, `+749 millions`): such a
        // level is not written with one, while a temperature (`+5 درجات`),
        // a dialling code (`+212`) or an age (`+18`) may be, and a minus
        // before an amount may be a negative level (`un solde de -1.200 DH`).
        let signed_amount =
            kind == Kind::Number && (number.scale.is_some() || unit.is_some_and(lexicon::is_currency_code));
        let signed_rate = kind == Kind::Percent || unit == Some("pp");
        let from_level = kind == Kind::Percent && self.starts_a_from_to(next);
        let change =
            counted::change_before(&mut self.window)
                .filter(|_| !from_level)
                .or(match (sign, signed_rate, sign_word) {
                    (Some(Sign::Plus), true, _) => Some(Change::Rise),
                    (Some(Sign::Plus), false, false) if signed_amount => Some(Change::Rise),
                    (Some(Sign::Minus), true, false) => Some(Change::Fall),
                    _ => None,
                });
        self.pending.push_back(Ok(Figure {
            unit,
            noun,
            change,
            alternative: alternative.map(|a| a.normalize()),
            ..Figure::new(
                span,
                Value::Number(value.normalize()),
                kind,
                qualifier,
                Some(precision.normalize()),
            )
        }));
        Some(next)
    }

    /// A sign glued before the digits at the current token (`-5 %`,
    /// `(-0,5 point)`, `+3,2 %`), or a minus at the start of a clause
    /// (`: - 57 000`); never the dash of a range (`10-15`) nor a bullet
    /// at the start of a line.
    fn sign_before(&self, first: token::Token) -> Option<Sign> {
        if !matches!(first.kind, TokenKind::Number(_)) {
            return None;
        }
        let sign = self.window.previous()?;
        let TokenKind::Punct(c) = sign.kind else {
            return None;
        };
        let sign_of = match c {
            '-' | '\u{2212}' => Sign::Minus,
            '+' => Sign::Plus,
            _ => return None,
        };
        let before = self.window.behind(1);
        if before.is_some_and(|t| matches!(t.kind, TokenKind::Number(_))) && sign.gap == Gap::None {
            return None;
        }
        let opens = |t: Option<token::Token>| {
            t.is_none_or(|t| matches!(t.kind, TokenKind::Punct('(' | '[' | ':' | '،' | ',' | ';' | '؛')))
        };
        let glued = first.gap == Gap::None && (sign.gap != Gap::None || opens(before));
        let clause_minus = sign_of == Sign::Minus
            && first.gap == Gap::Space
            && matches!(sign.gap, Gap::Space | Gap::None)
            && before.is_some_and(|t| matches!(t.kind, TokenKind::Punct(':' | '،' | ',' | ';' | '؛')));
        (glued || clause_minus).then_some(sign_of)
    }

    /// A currency sign or code written before the digits at the current
    /// token (`$75`, `€ 20`, `US$ 3`, `EUR 1000`), with where it starts.
    fn currency_before(&self, first: token::Token) -> Option<(&'static str, usize)> {
        if !matches!(first.kind, TokenKind::Number(_)) || !matches!(first.gap, Gap::None | Gap::Space) {
            return None;
        }
        let before = self.window.previous()?;
        match before.kind {
            TokenKind::Punct(c) => {
                let (_, unit) = lexicon::UNIT_SIGNS
                    .iter()
                    .find(|&&(sign, unit)| sign == c && unit != "per_mille")?;
                // `US$`: the country glued before the sign.
                let start = match self.window.behind(1) {
                    Some(us) if before.gap == Gap::None && self.window.text().get(us.start..us.end) == Some("US") => {
                        us.start
                    }
                    _ => before.start,
                };
                Some((unit, start))
            }
            TokenKind::Latin | TokenKind::Word { .. } if first.gap == Gap::Space => {
                let word = self.window.text().get(before.start..before.end)?;
                if word.len() != 3 || !word.chars().all(|c| c.is_ascii_uppercase()) {
                    return None;
                }
                Some((lexicon::latin_unit(word)?, before.start))
            }
            _ => None,
        }
    }

    /// `النصف الأول من سبتمبر`: an ordinal after a part of a period is no
    /// day of a month (nor a figure).
    fn after_period_part(&mut self) -> bool {
        let Some(here) = self.window.get(0) else {
            return false;
        };
        if !matches!(here.kind, TokenKind::Word { .. }) || !matches!(here.gap, Gap::Space) {
            return false;
        }
        self.window
            .previous()
            .and_then(|t| self.window.text().get(t.start..t.end))
            .is_some_and(|w| lexicon().is(WordList::PeriodParts, w))
    }

    /// Number words that continue a number the reader did not take: an
    /// ordinal (`الحادي عشر`، `الثاني والعشرون`، `الخامسة و عشرون`), or a
    /// definite number word the grammar does not compose (`الذكرى المائة
    /// وخمسين`، `الاثنان و عشرون`، `الست مائة`). No figure, never the part
    /// the grammar knows (SPEC §7.1).
    fn continues_an_unread_number(&mut self, at: usize, number: &compose::Composed) -> bool {
        if number.digits_first {
            return false;
        }
        let lex = lexicon();
        let text = self.window.text();
        let before = self.token_before(at, 0);
        let before_word = word_in(text, before);
        // `والخامس عشر` as `الخامس عشر`.
        if before_word.is_some_and(|w| lex.is_with_waw(WordList::OrdinalUnits, w)) {
            return true;
        }
        // `وأحد عشر` folds to `واحد`, a word of its own: the و before the
        // hamza is glued all the same.
        let glued_waw = self.window.get(at).is_some_and(|t| {
            matches!(t.kind, TokenKind::Word { known: Some(w), .. } if w.prefix_is_waw)
                || word_in(text, Some(t)).is_some_and(|w| w.starts_with("وأ") || w.starts_with("وإ"))
        });
        let detached_waw = before.is_some_and(
            |t| matches!(t.kind, TokenKind::Word { known: Some(w), .. } if w.id == lex.waw && w.prefix_chars == 0),
        );
        let head_back = usize::from(detached_waw);
        let Some(head) = word_in(text, self.token_before(at, head_back)) else {
            return false;
        };
        // `في المائة`: the hundred of a percent word ends a figure already
        // read, and heads nothing (`عشرين في المئة وثلاثين في المئة`).
        if word_in(text, self.token_before(at, head_back + 1)) == Some("في") {
            return false;
        }
        let heads = lex.is_with_waw(WordList::DefiniteNumberHeads, head);
        if glued_waw || detached_waw {
            return heads || (detached_waw && lex.is_with_waw(WordList::OrdinalUnits, head));
        }
        // `الست مائة`, `المائة ألف`: a hundred or a scale word right after
        // one is the rest of it.
        heads
            && matches!(
                self.window.number_word(at, Prefix::None),
                Some(NumberWord::Hundreds(100) | NumberWord::Scale { .. })
            )
    }

    /// The token `back + 1` places before token `at` of the window.
    fn token_before(&mut self, at: usize, back: usize) -> Option<token::Token> {
        match at.checked_sub(back + 1) {
            Some(i) => self.window.get(i),
            None => self.window.behind(back - at),
        }
    }

    /// An ordinal ending (`vingt-cinquième`, `cent vingt-cinquième`) or a
    /// fraction's denominator (`خمسة أثمان`, `deux tiers`) right after the
    /// number: the number is part of it.
    /// Returns the tokens the ordinal ending or denominator takes.
    fn ordinal_or_fraction_after(&mut self, number: &compose::Composed) -> Option<usize> {
        // `trente et unième`: the `et` of the ordinal.
        let at = match self.window.joined(number.next) {
            Some(t) if matches!(t.kind, TokenKind::Word { known: Some(w), .. } if w.id == lexicon().et) => {
                number.next + 1
            }
            _ => number.next,
        };
        let after = self.window.joined(at)?;
        if !matches!(after.kind, TokenKind::Word { .. }) || !matches!(after.gap, Gap::None | Gap::Space) {
            return None;
        }
        let word = self.window.text().get(after.start..after.end)?;
        let taken = at + 1 - number.next;
        if at == number.next && lexicon().is(WordList::FractionDenominators, word) {
            return (!number.digits_first || self.window.is_french()).then_some(taken);
        }
        // `vingt-cinquième`, `cent unième`; `trois dixièmes` is a
        // fraction, read as none too.
        let ordinal = self.window.is_french() && !number.digits_first && {
            let lower = word.to_lowercase();
            ["ième", "ieme", "ièmes", "iemes", "ème", "eme"]
                .iter()
                .any(|e| lower.ends_with(e))
        };
        ordinal.then_some(taken)
    }

    /// Whether the word at `at` is a word for points (`نقطة`, `points`),
    /// not `pp`, which says percentage points whatever stands before.
    fn bare_points_at(&mut self, at: usize) -> bool {
        let text = self.window.text();
        self.window
            .get(at)
            .and_then(|t| text.get(t.start..t.end))
            .is_some_and(|w| !w.eq_ignore_ascii_case("pp"))
    }

    /// Whether the clause before the figure names an index (`تراجع
    /// المؤشر بـ`, `le MASI a perdu`), within a few words.
    fn after_an_index_name(&mut self) -> bool {
        let text = self.window.text();
        let names_an_index = |token: Option<Token>| names_an_index(text, token);
        // A figure opening a line or paragraph has no clause behind it.
        if self
            .window
            .get(0)
            .is_none_or(|t| matches!(t.gap, Gap::Line | Gap::Paragraph))
        {
            return false;
        }
        let names_a_rate = |token: Token| {
            text.get(token.start..token.end)
                .is_some_and(|w| lexicon().is_with_waw(WordList::RateNouns, w))
        };
        let acronym = |token: Option<Token>| is_index_acronym(text, token);
        for i in 0..window::BEHIND {
            let Some(token) = self.window.behind(i) else {
                return false;
            };
            match token.kind {
                TokenKind::Word { .. } | TokenKind::Latin if names_an_index(Some(token)) => return true,
                // The nearest noun decides: `حسب مؤشر المندوبية تراجع معدل
                // البطالة بـ 1.3 نقطة` counts the rate's points.
                TokenKind::Word { .. } | TokenKind::Latin if names_a_rate(token) => return false,
                TokenKind::Word { .. } | TokenKind::Latin => {}
                // `l'indice`: the apostrophe is within the clause.
                TokenKind::Punct('\'' | '\u{2019}') => {}
                // A year dates the move (`مؤشر مازي سنة 2024 بـ`).
                TokenKind::Number(_) if year_of(Some(token)).is_some() => {}
                // Another figure ends the clause, unless it is the number
                // in an index's name.
                TokenKind::Number(_) => return acronym(self.window.behind(i + 1)),
                TokenKind::Punct(_) => return false,
            }
            if matches!(token.gap, Gap::Line | Gap::Paragraph) {
                return false;
            }
        }
        false
    }

    /// French `neuf` after a noun and before no noun is "new" (`un
    /// programme neuf`), not 9.
    fn is_french_adjective_neuf(&mut self, at: usize, number: &compose::Composed) -> bool {
        if !self.window.is_french() || number.digits_first || number.next != at + 1 {
            return false;
        }
        let text = self.window.text();
        let is_neuf = self
            .window
            .get(at)
            .and_then(|t| text.get(t.start..t.end))
            .is_some_and(|w| w.eq_ignore_ascii_case("neuf") || w.eq_ignore_ascii_case("neuve"));
        if !is_neuf {
            return false;
        }
        let before = self.token_before(at, 0);
        let noun_before = before.is_some_and(|t| {
            matches!(t.kind, TokenKind::Word { known: None, .. })
                && text.get(t.start..t.end).is_some_and(|w| !lexicon().is_function_word(w))
        });
        // Between a noun and the end of the clause (a function word, a
        // verb, punctuation), `neuf` counts nothing.
        let after = self.window.joined(number.next);
        let nothing_counted = match after {
            None => true,
            Some(t) => match t.kind {
                TokenKind::Punct(_) => true,
                TokenKind::Word { .. } => text
                    .get(t.start..t.end)
                    .is_some_and(|w| lexicon().is_function_word(w) || lexicon().is(WordList::SubjectVerbs, w)),
                _ => false,
            },
        };
        noun_before && nothing_counted
    }

    /// `50 cents`, `dix cents`: the cents of an amount, never the number
    /// 100 (a count that `cents` multiplies is read with it: `deux cents`).
    fn is_cents_after_a_count(&mut self, at: usize, number: &compose::Composed) -> bool {
        let text = self.window.text();
        let is_cents = number.next == at + 1
            && self
                .window
                .get(at)
                .and_then(|t| text.get(t.start..t.end))
                .is_some_and(|w| w.eq_ignore_ascii_case("cents"));
        let after_a_count = at == 0
            && match self.window.previous().map(|t| t.kind) {
                Some(TokenKind::Number(_)) => true,
                Some(TokenKind::Word { known: Some(w), .. }) => lexicon().number(w.id).is_some(),
                _ => false,
            };
        self.window.is_french() && is_cents && after_a_count
    }

    /// `الموسم 2016/2017 نسبة`: the second year of a season written with a
    /// slash (the year after the first, or before it: `العام المالي
    /// 2025/2024`) is a year, whatever noun follows.
    fn ends_a_pair_of_years(&mut self, number_at: usize) -> bool {
        let glued = |token: Option<Token>| token.is_some_and(|t| t.gap == Gap::None);
        let slash = self.window.previous().filter(|t| t.kind == TokenKind::Punct('/'));
        let first = year_of(self.window.behind(1));
        let second = year_of(self.window.get(0));
        let consecutive = first.zip(second).is_some_and(|(a, b)| a.abs_diff(b) == 1);
        number_at == 0 && glued(self.window.get(0)) && glued(slash) && consecutive
    }

    /// The token after `a/b` when the number is the `a` of two plain
    /// numbers joined by a slash with nothing between (`3/4`, `24/7`);
    /// two years (`2024/2025`, a season) are read as years.
    fn slashed_pair(&mut self, number: &compose::Composed) -> Option<usize> {
        if !number.digits_first || number.scale.is_some() {
            return None;
        }
        self.window
            .punct(number.next)
            .filter(|(c, t)| *c == '/' && t.gap == Gap::None)?;
        let (numeral, token) = self.window.numeral(number.next + 1)?;
        if token.gap != Gap::None {
            return None;
        }
        let year = |v: Option<Decimal>| {
            v.is_some_and(|v| v.fract().is_zero() && v >= Decimal::from(1900) && v <= Decimal::from(2100))
        };
        if year(number.value) && year(numeral.value) {
            return None;
        }
        Some(number.next + 2)
    }

    /// `خمس الفطيرة`: خمس, سبع, تسع and عشر are written alike as five and
    /// a fifth (seven and a seventh …); before a definite noun a count
    /// would take none, so the word may be either, and the reader cannot
    /// tell.
    fn fifth_or_five(&mut self, at: usize, number: &compose::Composed) -> bool {
        if self.window.is_french() || number.digits_first || number.next != at + 1 {
            return false;
        }
        let text = self.window.text();
        let is_ambiguous = self
            .window
            .get(at)
            .and_then(|t| text.get(t.figure_start()..t.end))
            .is_some_and(fraction::is_fraction_or_count);
        is_ambiguous
            && self
                .window
                .joined(at + 1)
                .and_then(|t| text.get(t.figure_start()..t.end))
                .is_some_and(|w| crate::text::normalize::folded_starts_with(w, "ال"))
    }

    /// `CAC 40`, `MSI20`: the number of an index's name is no figure.
    /// Only a small whole number with nothing after it that a figure
    /// takes: `MASI 0,32 %` and `MASI 12 345,67 points` are figures.
    fn completes_an_index_name(&mut self, at: usize, number: &compose::Composed) -> bool {
        let one_numeral = number.digits_first && number.scale.is_none() && number.next == at + 1;
        let small_whole = self
            .window
            .numeral(at)
            .and_then(|(n, _)| n.plain_integer())
            .is_some_and(|(value, digits)| digits <= MOST_INDEX_NAME_DIGITS && value > 0);
        let spaced = self.window.get(at).is_some_and(|t| t.gap == Gap::Space);
        one_numeral
            && small_whole
            && at == 0
            && spaced
            && self.percent_at(number.next) == 0
            && counted::unit_at(&mut self.window, number.next).is_none()
            && is_index_acronym(self.window.text(), self.window.previous())
    }

    /// `5G`, `3D`, `4x4`, `100K`, `3M`: digits glued to capitals, or to a
    /// lone `k` or `x`, are a name, a code or a scale the reader does not
    /// read: no figure, never the digits alone. Glued lower-case units
    /// (`29km`, `180ml`) stay figures.
    fn glued_to_a_code(&mut self, number: &compose::Composed) -> bool {
        if !number.digits_first || number.scale.is_some() {
            return false;
        }
        let Some(after) = self.window.get(number.next).filter(|t| t.gap == Gap::None) else {
            return false;
        };
        let Some(word) = self.window.text().get(after.start..after.end) else {
            return false;
        };
        // Its letters, before any digits the run goes on with (`x4`).
        let letters = word
            .find(|c: char| !c.is_ascii_alphabetic())
            .map_or(word, |end| &word[..end]);
        let code = letters.chars().any(|c| c.is_ascii_uppercase()) || matches!(letters, "k" | "x");
        code && counted::unit_at(&mut self.window, number.next).is_none()
    }

    /// `متين وعشرة`, `اتنين مليون`: number words after a colloquial number
    /// the reader does not read (joined by `و` or not) are part of a
    /// number it cannot read whole.
    fn follows_colloquial_number(&mut self, at: usize, number: &compose::Composed) -> bool {
        // Digits beside a spoken number are rare; the look-up costs a
        // folded word per figure, so only number words pay it.
        if self.window.is_french() || at != 0 || number.digits_first {
            return false;
        }
        let glued_waw = matches!(
            self.window.get(0).map(|t| t.kind),
            Some(TokenKind::Word { known: Some(w), .. }) if w.prefix_is_waw
        );
        // The window keeps nothing of an earlier paragraph behind.
        let word = match (self.window.previous(), self.window.behind(1)) {
            (Some(p), _) if glued_waw => Some(p),
            (Some(p), before) if matches!(p.kind, TokenKind::Word { known: Some(w), .. } if w.id == lexicon().waw) => {
                before
            }
            (previous, _) => previous,
        };
        word.is_some_and(|t| self.is_colloquial_number(t))
    }

    /// `بست ملايين و942 ألف`: a number joined by `و` to a scale word the
    /// reader left unread is the rest of a number it cannot read whole
    /// (SPEC §7.1: never the rest alone).
    fn follows_an_unread_scale_word(&mut self, at: usize) -> bool {
        if self.window.is_french() || at != 0 {
            return false;
        }
        let is_scale = |t: Option<Token>| {
            matches!(t.map(|t| t.kind), Some(TokenKind::Word { known: Some(w), .. })
                if matches!(lexicon().number(w.id), Some(NumberWord::Scale { .. })))
        };
        let glued_waw = matches!(
            self.window.get(0).map(|t| t.kind),
            Some(TokenKind::Word { known: Some(w), .. }) if w.prefix_is_waw
        );
        match (self.window.previous(), self.window.behind(1)) {
            // The window keeps nothing of an earlier paragraph behind.
            (Some(p), _) if glued_waw => is_scale(Some(p)),
            (Some(p), before) if matches!(p.kind, TokenKind::Word { known: Some(w), .. } if w.id == lexicon().waw) => {
                is_scale(before)
            }
            _ => false,
        }
    }

    /// `سبعة وتمانين`, `تسع مية`, `3 ملايين ونص`: a number followed by a
    /// colloquial number (joined by `و` or not) is part of a number the
    /// reader cannot read whole.
    fn precedes_colloquial_number(&mut self, number: &compose::Composed) -> bool {
        // Digits with a scale word too: `3 ملايين ونص` is no 3 million.
        if self.window.is_french() || (number.digits_first && number.scale.is_none()) {
            return false;
        }
        let next = match self.window.joined(number.next) {
            Some(t) if matches!(t.kind, TokenKind::Word { known: Some(w), .. } if w.id == lexicon().waw) => {
                self.window.joined(number.next + 1)
            }
            other => other,
        };
        next.is_some_and(|t| self.is_colloquial_number(t))
    }

    /// Whether a word token is a colloquial number, with or without a
    /// glued `و`.
    fn is_colloquial_number(&self, token: Token) -> bool {
        self.window
            .text()
            .get(token.start..token.end)
            .is_some_and(|word| lexicon().is_with_waw(WordList::ColloquialNumbers, word))
    }

    /// `ثلاثة فاصلة خمسة`, `trois virgule cinq`: a number in words, a
    /// decimal point in words, and its decimals (with the scale after
    /// them, if any: `ثلاثة فاصلة خمسة مليون` is 3.5 million).
    fn with_spelled_decimals(&mut self, whole: compose::Composed) -> Option<compose::Composed> {
        // `10 فاصلة 7` as well: digits, the point in words, digits.
        if whole.scale.is_some() || (whole.digits_first && whole.precision != Some(Decimal::ONE)) {
            return None;
        }
        let point = self.window.joined(whole.next)?;
        let word = self.window.text().get(point.start..point.end)?;
        if !lexicon().is(WordList::DecimalPoints, word) {
            return None;
        }
        self.window.joined(whole.next + 1)?;
        let decimals = number::number(&mut self.window, whole.next + 1)?;
        if decimals.digits_first && decimals.precision != Some(Decimal::ONE) {
            return None;
        }
        // `virgule zéro cinq`, `virgule quatre deux`: the decimals said
        // digit by digit, each a word.
        if !decimals.digits_first && decimals.scale.is_none() {
            if let Some(said) = self.decimals_digit_by_digit(whole.next + 1) {
                return said.with(whole);
            }
        }
        let scale = Decimal::from(decimals.scale.unwrap_or(1));
        let digits_value = decimals.value?.checked_div(scale)?;
        if !digits_value.fract().is_zero() || digits_value.is_sign_negative() {
            return None;
        }
        // Written digits keep their leading zeros (`10 فاصلة 05` is 10.05).
        let places = if decimals.digits_first {
            let (numeral, _) = self.window.numeral(whole.next + 1)?;
            if numeral.frac_digits > 0 || numeral.grouped {
                return None;
            }
            u32::try_from(numeral.int_digits).ok()?
        } else {
            u32::try_from(digits_value.normalize().to_string().len()).ok()?
        };
        let fraction = digits_value.checked_div(Decimal::from(10u64.checked_pow(places)?))?;
        let unit = scale.checked_div(Decimal::from(10u64.checked_pow(places)?))?;
        Some(compose::Composed {
            next: decimals.next,
            value: whole.value?.checked_add(fraction)?.checked_mul(scale),
            precision: Some(unit),
            scale: decimals.scale,
            digits_first: whole.digits_first,
            lone_one: false,
            bare_numeral: false,
            decimal_before_scale: false,
        })
    }

    /// Two or more digit words from token `at` (`zéro cinq`, `quatre
    /// deux`), the decimals said one digit at a time: their digits and the
    /// token after them. One digit word alone is read as any decimals are.
    fn decimals_digit_by_digit(&mut self, at: usize) -> Option<SaidDigits> {
        let mut digits = String::new();
        let mut next = at;
        while self.window.joined(next).is_some() {
            let digit = match self.window.number_word(next, Prefix::None) {
                Some(NumberWord::Zero) => 0,
                Some(NumberWord::Unit(d)) if d <= 9 => d,
                _ => break,
            };
            digits.push(char::from(b'0' + digit));
            next += 1;
        }
        // `quatre-vingt`: a digit word that starts a larger number is no
        // digit of its own.
        let whole_number = number::number(&mut self.window, at)?;
        (digits.len() >= 2 && whole_number.next == at + 1).then_some(SaidDigits { digits, next })
    }

    /// The smaller unit after an amount in a currency it divides, from
    /// token `at` (right after the currency): `et 50 cents`, `و50 سنتا`,
    /// `و250 فلسا` after Kuwaiti dinars. Returns what it adds, the
    /// precision it states and the token after it.
    fn sub_unit_after(
        &mut self,
        at: usize,
        unit: Option<&str>,
        precision: Decimal,
    ) -> Option<(Decimal, Decimal, usize)> {
        let currency = unit.filter(|_| precision == Decimal::ONE)?;
        let and = self.window.joined(at)?;
        let is_and =
            matches!(and.kind, TokenKind::Word { known: Some(w), .. } if w.id == lexicon().waw || w.id == lexicon().et);
        if !is_and {
            return None;
        }
        // In digits (`50 cents`) or in words (`vingt-cinq centimes`).
        let (count, word_at) = match self.window.numeral(at + 1) {
            Some((numeral, _)) => {
                let (count, digits) = numeral.plain_integer()?;
                if digits > 3 {
                    return None;
                }
                (i64::from(count), at + 2)
            }
            None => {
                let said = number::number(&mut self.window, at + 1)?;
                let value = said.value.filter(|v| v.fract().is_zero() && said.scale.is_none())?;
                (i64::try_from(value).ok()?, said.next)
            }
        };
        let word = self.window.joined(word_at)?;
        let text = self.window.text().get(word.start..word.end)?;
        let per = lexicon().sub_unit(text, currency)?;
        if !(0..i64::from(per)).contains(&count) {
            return None;
        }
        let per = Decimal::from(per);
        let added = Decimal::from(count).checked_div(per)?;
        let precision = Decimal::ONE.checked_div(per)?;
        Some((added, precision, word_at + 1))
    }

    /// `2e`, `21e siècle`, `1er`: in French, digits glued to an ordinal
    /// ending are a rank, not a figure.
    fn is_french_ordinal(&mut self, number: &compose::Composed) -> bool {
        self.window.is_french()
            && number.bare_numeral
            && self.window.get(number.next).is_some_and(|t| t.gap == Gap::None)
            && self
                .window
                .phrase(number.next, &lexicon().ordinal_endings, Prefix::None)
                .is_some()
    }

    /// `القانون رقم 31.08`, `la loi n° 31-08`: digits right after a mark
    /// of a number (`رقم`, `n°`, `numéro`) name a law, a decree, a line:
    /// an identifier, never a figure (SPEC §3), with the digit groups
    /// glued to it by `-`, `/` or `.`. The index just past it. A scale
    /// word after the digits makes them an amount (`رقم 3 ملايين`), and
    /// the definite `الرقم` names a figure (`الرقم 300 ألف`). Before dates
    /// and ranges: `n° 12/2020` and `رقم 31-08` are no day nor two ends.
    fn identifier_after_a_mark(&mut self) -> Option<usize> {
        let first = self.window.get(0).filter(|t| matches!(t.kind, TokenKind::Number(_)))?;
        let before = self.window.text().get(..first.start)?.trim_end();
        let marked = IDENTIFIER_MARKS.iter().any(|mark| {
            before.strip_suffix(mark).is_some_and(|rest| {
                // The mark is a word of its own, or behind a glued و or ب.
                let rest = rest.strip_suffix(['و', 'ب']).unwrap_or(rest);
                !rest.chars().next_back().is_some_and(char::is_alphanumeric)
            })
        });
        if !marked {
            return None;
        }
        // Digits beyond the reader's range stay an error to report.
        let number =
            number::number(&mut self.window, 0).filter(|n| n.digits_first && n.scale.is_none() && n.value.is_some())?;
        let mut end = number.next;
        // A decree's number has three or four groups; the window holds what
        // it looks at, so a long run of them is not taken whole.
        for _ in 0..MOST_IDENTIFIER_GROUPS {
            let joiner = self
                .window
                .get(end)
                .filter(|t| t.gap == Gap::None && matches!(t.kind, TokenKind::Punct('-' | '/' | '.')));
            let digits = self
                .window
                .get(end + 1)
                .filter(|t| t.gap == Gap::None && matches!(t.kind, TokenKind::Number(_)));
            if joiner.is_none() || digits.is_none() {
                break;
            }
            end += 2;
        }
        Some(end)
    }

    /// `المرتبة الـ77`, `بالدورة الـ 12`: digits after the article `الـ`
    /// and a noun of rank are an ordinal, the 77th place (SPEC §7.1:
    /// ordinals are never figures). After any other word they count:
    /// `خلال الـ24 ساعة`, `الدول الـ27`. Below a thousand, so that a year
    /// stays a year.
    fn is_arabic_rank(&mut self, at: usize, number: &compose::Composed) -> bool {
        let small = number.value.is_some_and(|v| v < Decimal::ONE_THOUSAND);
        if self.window.is_french() || at != 0 || !number.digits_first || !number.bare_numeral || !small {
            return false;
        }
        let text = self.window.text();
        let word = |t: Option<Token>| word_in(text, t);
        let article = word(self.window.previous()).is_some_and(|w| w.trim_end_matches('\u{0640}') == "ال");
        article && word(self.window.behind(1)).is_some_and(is_rank_noun)
    }

    /// `المادة 12 من القانون`, `بالفصل 490`, `l'article 12 de la loi`:
    /// digits right after a noun that numbers a provision of a text are
    /// its label, as after `رقم` (SPEC §3), never a count. The noun is
    /// definite, as a provision is named (`فصل 300 عامل` dismisses 300
    /// workers; `chaque article 15 euros` prices each item), and no unit
    /// follows the digits. After a dual or plural (`المادتين 12 و13`,
    /// `les articles 12, 13 et 14`) the digits joined to the first by و,
    /// `et` or a comma are labels too. Returns where the labels end.
    fn provision_labels(&mut self, at: usize, number: &compose::Composed) -> Option<usize> {
        if at != 0 || !number.digits_first || !number.bare_numeral {
            return None;
        }
        let text = self.window.text();
        // `les articles 1er et 2`: a list that opens on the first, an
        // ordinal (no figure), names its noun before it.
        let after_the_first = self
            .window
            .is_french()
            .then(|| self.after_a_first_provision())
            .flatten();
        let noun = after_the_first
            .or_else(|| self.window.previous())
            .filter(|t| matches!(t.kind, TokenKind::Word { .. }))?;
        let word = text.get(noun.start..noun.end)?;
        let before = text.get(..noun.start)?;
        // The cheap test of a named provision first: most numbers stand
        // after no such word.
        let (singular_named, plural_named) = if self.window.is_french() {
            let singular =
                word.starts_with(char::is_uppercase) || ["l'", "l’", "L'", "L’"].iter().any(|l| before.ends_with(l));
            let plural = ["les ", "des ", "aux ", "Les ", "Des ", "Aux "]
                .iter()
                .any(|l| before.ends_with(l));
            (singular, plural)
        } else {
            let definite = counted::is_definite(word);
            (definite, definite)
        };
        if !singular_named && !plural_named {
            return None;
        }
        let lex = lexicon();
        let noun = noun_form(word);
        let plural = plural_named && lex.is(WordList::PluralProvisionNouns, &noun);
        // One provision's first (`l'article 1er et 250 agents`) lists none.
        let provision =
            plural || (after_the_first.is_none() && singular_named && lex.is(WordList::ProvisionNouns, &noun));
        if !provision || counted::unit_at(&mut self.window, number.next).is_some() {
            return None;
        }
        let mut next = number.next;
        if plural {
            // Numbers after a comma are labels once a conjunction closes the
            // list (`المواد 5، 6 و7`), not before (`aux articles 12 et 13,
            // 250 agents`); a scale word or a unit makes a number an amount.
            let mut at = self.past_label_suffix(number.next);
            loop {
                let after_comma = match self.window.punct(at) {
                    Some((',' | '،', _)) => at + 1,
                    _ => at,
                };
                // `les articles 3 à 5`, `المواد 3 إلى 5`: the span's end
                // closes the list as a conjunction does.
                let to = self
                    .window
                    .phrase(after_comma, &lex.range_to, Prefix::None)
                    .map(|(_, len)| after_comma + len);
                let (label_at, closes) = match (to, self.window.conjunction(after_comma)) {
                    (Some(i), _) | (None, Some((i, _))) => (i, true),
                    (None, None) if after_comma > at => (after_comma, false),
                    (None, None) => break,
                };
                let is_label = self
                    .window
                    .numeral(label_at)
                    .is_some_and(|(n, t)| n.plain_integer().is_some() && t.gap != Gap::Paragraph);
                let amount = matches!(
                    self.window.number_word(label_at + 1, Prefix::Waw),
                    Some(NumberWord::Scale { .. })
                ) || counted::unit_at(&mut self.window, label_at + 1).is_some();
                if !is_label || amount {
                    break;
                }
                at = self.past_label_suffix(label_at + 1);
                if closes {
                    next = at;
                }
            }
            // A plural before one number lists no provisions (`في الفصول 45
            // تلميذا`: classes, `أغلقت الأبواب 3 أيام`: doors); after the
            // first (`1er et 2`) the number is the list's second.
            if next == number.next && after_the_first.is_none() {
                return None;
            }
        }
        Some(next)
    }

    /// The noun of `les articles 1er et`, `les alinéas 1er,` when the
    /// number read now follows them: the token before the ordinal `1er`
    /// (or `premier`), itself before `et` or a comma.
    fn after_a_first_provision(&self) -> Option<token::Token> {
        use lang::fr::lexicon::{FIRST_ENDINGS, FIRST_PROVISIONS};
        let text = self.window.text();
        let word = |t: Option<token::Token>| t.and_then(|t| text.get(t.start..t.end));
        let joins = match self.window.previous().map(|t| t.kind) {
            Some(TokenKind::Punct(',')) => true,
            Some(TokenKind::Word { known: Some(w), .. }) => w.id == lexicon().et && w.prefix_chars == 0,
            _ => false,
        };
        if !joins {
            return None;
        }
        // `1er` is a number and its glued ending, or one word.
        let ordinal = word(self.window.behind(1))?;
        let glued = self.window.behind(1).is_some_and(|t| t.gap == Gap::None);
        let noun_at = if glued && FIRST_ENDINGS.contains(&ordinal) && word(self.window.behind(2)) == Some("1") {
            3
        } else if FIRST_PROVISIONS.contains(&ordinal) {
            2
        } else {
            return None;
        };
        self.window.behind(noun_at)
    }

    /// Past the word that marks a provision inserted after another
    /// (`12 bis`, `12 مكرر`), if one stands at `at`.
    fn past_label_suffix(&mut self, at: usize) -> usize {
        let text = self.window.text();
        let suffix = self
            .window
            .joined(at)
            .filter(|t| t.gap == Gap::Space)
            .and_then(|t| word_in(text, Some(t)))
            .is_some_and(|w| lexicon().is(WordList::ProvisionSuffixes, w));
        at + usize::from(suffix)
    }

    /// Whether the four digits at `at` count the word after them (`2000
    /// زائر`) rather than name a year: a plain word follows, and no word
    /// that calls for a year (سنة، برسم، منذ …) stands before or after.
    fn counts_a_noun(&mut self, at: usize, next: usize) -> bool {
        let cues = &lexicon().year_cues;
        let before = self.token_before(at, 0);
        let is_cue = |t: Option<token::Token>| matches!(t.map(|t| t.kind), Some(TokenKind::Word { known: Some(w), .. }) if cues.contains(&w.id));
        let after = self.window.joined(next).filter(|t| t.gap == Gap::Space);
        let mut noun_after = matches!(after.map(|t| t.kind), Some(TokenKind::Word { .. }));
        // `2017 a été`, `حصيلة 2022 التي`, `2014 عرف`: a function word or
        // a verb after the year is no noun it counts; nor is the word that
        // leads to a change (`مقارنة بحزيران 2010 بنسبة 108 في المئة`).
        if let Some(t) = after {
            let word = self.window.text().get(t.start..t.end).unwrap_or("");
            let leads_to_a_change = matches!(t.kind, TokenKind::Word { known: Some(w), .. } if w.prefix_chars == 0 && lexicon().is_change_connector(w.id));
            // `من 2024 وارتفع`: a change word, a conjunction glued or not,
            // is no noun a count takes; nor is a qualifier of the figure
            // after (`الربع الأول 2027 حوالي 977 ألف`).
            let a_change =
                matches!(t.kind, TokenKind::Word { known: Some(w), .. } if lexicon().change_of(w.id).is_some());
            let qualifies_the_next = self
                .window
                .phrase(next, &lexicon().qualifiers_before, Prefix::Waw)
                .is_some();
            noun_after &= !lexicon().is_function_word(word)
                && !lexicon().is(WordList::SubjectVerbs, word)
                && !leads_to_a_change
                && !a_change
                && !qualifies_the_next;
        }
        // French counts of two or more take their noun in the plural, or a
        // unit: `2024 réunit`, `2023 compte` are a year before its verb. A
        // word that may be an abbreviation (`2000 t`, `kWh`, `Mo`, `hab.`),
        // a compound (`start-up`) or a unit counts all the same; none
        // does after a noun (`les comptes 2023 consolidés`).
        if noun_after && self.window.is_french() {
            // The lexer takes a French hyphen for a space: the text says.
            let compound = after
                .and_then(|t| self.window.text().get(t.end..))
                .is_some_and(|rest| rest.starts_with(['-', '\'', '’']));
            let plain_word = word_in(self.window.text(), after)
                .is_some_and(|w| w.chars().count() >= 4 && w.chars().all(char::is_lowercase));
            noun_after = !self.after_a_determined_noun(at)
                && (!plain_word
                    || compound
                    || counted::unit_at(&mut self.window, next).is_some()
                    || counted::scaled_unit_at(&mut self.window, next).is_some()
                    || counted::noun_at(&mut self.window, next, Some(Decimal::TWO)).is_some());
        }
        // `سنتي 2011 و2012`: a year joined by و to a year.
        let after_a_year = at == 0
            && matches!(before.map(|t| t.kind), Some(TokenKind::Word { known: Some(w), .. }) if w.id == lexicon().waw)
            && year_of(self.window.behind(1)).is_some();
        noun_after && !is_cue(before) && !is_cue(after) && !after_a_year
    }

    /// Whether the number at `at` follows a French noun that a determiner
    /// opens (`les comptes 2023`): the place of a label or a year, never
    /// of a count.
    fn after_a_determined_noun(&mut self, at: usize) -> bool {
        let text = self.window.text();
        let spaced = |t: Option<token::Token>| t.is_some_and(|t| t.gap == Gap::Space);
        let noun = self.token_before(at, 0);
        if !spaced(self.window.get(at)) || !spaced(noun) {
            return false;
        }
        let noun_is_plain = word_in(text, noun).is_some_and(|w| {
            w.chars().count() >= 3 && w.chars().all(char::is_lowercase) && !lexicon().is_function_word(w)
        });
        noun_is_plain
            && word_in(text, self.token_before(at, 1))
                .is_some_and(|w| lang::fr::lexicon::DETERMINERS.contains(&w.to_lowercase().as_str()))
    }

    /// A lone "one" that means "one of" (إحدى المدن) or "each one"
    /// (كل واحدة منها) rather than a count (بطاقة واحدة).
    fn one_is_a_pronoun(&mut self, at: usize) -> bool {
        let lex = lexicon();
        if self.window.phrase(at, &lex.one_of, Prefix::Any).is_some() {
            return true;
        }
        // `واحدة من أجمل المدن`: "one of".
        if self.window.joined(at + 1).is_some() && self.window.phrase(at + 1, &lex.of, Prefix::None).is_some() {
            return true;
        }
        let before = self.token_before(at, 0);
        let each = lex.each.first().and_then(|p| p.words.first()).copied();
        matches!(
            before.map(|t| t.kind),
            Some(TokenKind::Word { known: Some(word), .. }) if Some(word.id) == each
        )
    }

    /// `une baisse du taux de 58,8 % à fin avril 2004 à 50,9 %`: a rate
    /// after `de` with `à` and another rate after it, in its clause, is
    /// where a change starts, not the change (`en baisse de 5 % à 12
    /// milliards` is the change: what follows `à` is no rate). The figure
    /// ends before token `next`.
    fn starts_a_from_to(&mut self, next: usize) -> bool {
        let lex = lexicon();
        // The word before is one that opens `de A à B` (`de`, `du`, `من`).
        let after_from = match self.window.behind(0).map(|t| t.kind) {
            Some(TokenKind::Word { known: Some(word), .. }) => lex
                .range_openers
                .iter()
                .any(|p| p.meaning == RangeJoin::To && p.words[..] == [word.id]),
            _ => false,
        };
        if !after_from {
            return false;
        }
        for i in next..next + FROM_TO_REACH {
            // Punctuation ends the clause, as for `change_before`.
            if self.window.punct(i).is_some() {
                return false;
            }
            let Some((_, len)) = self.window.phrase(i, &lex.range_to, Prefix::None) else {
                continue;
            };
            let mut at = i + len;
            if let Some((_, len)) = self.window.phrase(at, &lex.qualifiers_before, Prefix::Any) {
                at += len;
            }
            if self.window.numeral(at).is_some() && self.percent_at(at + 1) > 0 {
                return true;
            }
        }
        false
    }

    fn percent_at(&mut self, i: usize) -> usize {
        percent_at(&mut self.window, i)
    }

    /// A qualifier after the figure or after its counted noun
    /// (`3 ملايين بطاقة على الأقل`).
    fn qualifier_after(&mut self, i: usize) -> Option<(Qualifier, usize)> {
        let start = i;
        let after = &lexicon().qualifiers_after;
        self.window.joined(i)?;
        if let Some(found) = self.window.phrase(i, after, Prefix::None) {
            return Some(found);
        }
        // `1,2 million de tonnes environ`: French joins the noun with `de`.
        let text = self.window.text();
        let i = match self.window.get(i) {
            Some(t) if self.window.is_french() && text.get(t.start..t.end) == Some("de") => i + 1,
            _ => i,
        };
        let noun = self.window.joined(i)?;
        let is_plain_word = matches!(noun.kind, TokenKind::Word { known, .. } if known.is_none_or(|w| lexicon().number(w.id).is_none()));
        if !is_plain_word {
            return None;
        }
        self.window.joined(i + 1)?;
        let (q, len) = self.window.phrase(i + 1, after, Prefix::None)?;
        // `2 millions de touristes et plus de 10 milliards`: words that
        // open the next figure's qualifier (`plus de`) are that figure's.
        let end = i + 1 + len;
        for word in i + 1..end {
            let opens = self.window.phrase(word, &lexicon().qualifiers_before, Prefix::None);
            if opens.is_some_and(|(_, taken)| self.window.numeral(word + taken).is_some()) {
                return None;
            }
        }
        Some((q, end - start))
    }
}

/// How many tokens after a rate its `à` and the other rate may stand.
const FROM_TO_REACH: usize = 8;

/// The text of a word token.
fn word_in(text: &str, token: Option<token::Token>) -> Option<&str> {
    token
        .filter(|t| matches!(t.kind, TokenKind::Word { .. }))
        .and_then(|t| text.get(t.start..t.end))
}

#[cfg(test)]
mod tests;
