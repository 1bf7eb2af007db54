//! What a figure counts (SPEC §6.2): the unit or currency written after
//! it, the noun it counts, and whether a word before it makes it a change.
//! All three are read from the words around the figure, with tables in
//! [`super::lexicon`]; none of them moves the figure's span.

use std::ops::Range;

use rust_decimal::Decimal;

use super::compose::Composed;
use super::figure::Change;
use super::lexicon::{is_currency_code, latin_unit, lexicon, WordList, SCALE_ABBREVIATIONS, UNIT_SIGNS};
use super::token::{Gap, Token, TokenKind};
use super::window::{Prefix, Window, BEHIND};

/// The unit written at token `i`, and how many tokens it takes.
pub(crate) fn unit_at(window: &mut Window, i: usize) -> Option<(&'static str, usize)> {
    let token = window.joined(i).filter(|t| t.gap != Gap::Line)?;
    match token.kind {
        TokenKind::Word { .. } if us_dollar(window, i, window.text().get(token.start..token.end)?) => Some(("USD", 2)),
        TokenKind::Word { .. } => {
            // `42 KWD` in a French paragraph, where a code is a word.
            let Some(found) = window.phrase(i, &lexicon().units, Prefix::None) else {
                let word = window.text().get(token.start..token.end)?;
                return written_code(word).map(|unit| (unit, 1));
            };
            // `140 km/h` in a French paragraph, where `h` is a word.
            let per_hour = found == ("km", 1)
                && window.punct(i + 1).is_some_and(|(c, t)| c == '/' && t.gap == Gap::None)
                && window
                    .get(i + 2)
                    .filter(|t| t.gap == Gap::None)
                    .is_some_and(|_| window.phrase(i + 2, &lexicon().hour_marks, Prefix::None).is_some());
            Some(if per_hour { ("km/h", 3) } else { found })
        }
        // `100 €`, `10$`, `5 ‰`.
        TokenKind::Punct(c) if matches!(token.gap, Gap::None | Gap::Space) => UNIT_SIGNS
            .iter()
            .find(|&&(sign, _)| sign == c)
            .map(|&(_, unit)| (unit, 1)),
        TokenKind::Latin => {
            let word = window.text().get(token.start..token.end)?;
            if us_dollar(window, i, word) {
                return Some(("USD", 2));
            }
            // `km/h`: a unit over the hour.
            let per_hour = window.punct(i + 1).is_some_and(|(c, t)| c == '/' && t.gap == Gap::None)
                && window
                    .get(i + 2)
                    .filter(|t| t.gap == Gap::None && t.kind == TokenKind::Latin)
                    .and_then(|t| window.text().get(t.start..t.end))
                    .is_some_and(|h| h.eq_ignore_ascii_case("h"));
            if per_hour && word.eq_ignore_ascii_case("km") {
                return Some(("km/h", 3));
            }
            latin_unit(word).map(|unit| (unit, 1))
        }
        _ => None,
    }
}

/// A unit that carries a scale at token `i` (`1,2 MDH`, `3 M€`, `500
/// k$`): the scale, the unit and the tokens it takes.
pub(super) fn scaled_unit_at(window: &mut Window, i: usize) -> Option<((u64, &'static str), usize)> {
    window.joined(i).filter(|t| matches!(t.gap, Gap::None | Gap::Space))?;
    if let Some(found) = window.phrase(i, &lexicon().scaled_units, Prefix::None) {
        return Some(found);
    }
    // A scale's abbreviation with a currency sign after it; alone (`2,33
    // k`, `3 M. Dupont`) it scales nothing.
    let scale = scale_abbreviation_at(window, i)?;
    let (sign, after) = window.punct(i + 1)?;
    let &(_, unit) = UNIT_SIGNS.iter().find(|&&(c, _)| c == sign)?;
    (matches!(after.gap, Gap::None | Gap::Space) && is_currency_code(unit)).then_some(((scale, unit), 2))
}

/// The scale a scale's abbreviation at token `i` stands for (`k`, `M`),
/// written after its number. Alone it may be an initial (`3 M. Dupont`):
/// the caller says what makes it a scale (a currency sign before the
/// number or after the abbreviation).
pub(super) fn scale_abbreviation_at(window: &mut Window, i: usize) -> Option<u64> {
    let token = window.joined(i).filter(|t| matches!(t.gap, Gap::None | Gap::Space))?;
    let word = window.text().get(token.start..token.end)?;
    SCALE_ABBREVIATIONS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, scale)| scale)
}

/// The unit of a code written in capitals (`KWD`, `DH`, `MW`).
fn written_code(word: &str) -> Option<&'static str> {
    if !word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    latin_unit(word)
}

/// `4520 US$`: the country glued before the dollar sign, at token `i`.
fn us_dollar(window: &mut Window, i: usize, word: &str) -> bool {
    word == "US" && window.punct(i + 1).is_some_and(|(c, t)| c == '$' && t.gap == Gap::None)
}

/// Where what a number counts is written: after the `de` of `3,6 millions
/// de cartes` in French (only after a scale word), else right after it.
pub(crate) fn after_of(window: &mut Window, number: &Composed) -> usize {
    let of = window.is_french()
        && number.scale.is_some()
        && window.joined(number.next).is_some()
        && window.phrase(number.next, &lexicon().french_of, Prefix::None).is_some();
    number.next + usize::from(of)
}

/// The noun counted by a figure whose number ends before token `i`: a
/// plain Arabic word right after it, not a function word. When it is one
/// of a pair of genders (`مستفيدة ومستفيدا`), the masculine stem.
///
/// `count` is the figure's value: in French, a count of two or more is
/// followed by its noun in the plural, so `2025 restera` counts nothing.
pub(crate) fn noun_at(window: &mut Window, i: usize, count: Option<Decimal>) -> Option<Range<usize>> {
    if window.is_french() {
        return french_noun_at(window, i, count);
    }
    let token = window.joined(i).filter(|t| matches!(t.gap, Gap::None | Gap::Space))?;
    // Any word but a number word: سنة and دورة are nouns the lexicon
    // also knows (as year cues).
    let TokenKind::Word { known, prefix_bytes } = token.kind else {
        return None;
    };
    if known.is_some_and(|w| lexicon().number(w.id).is_some()) {
        return None;
    }
    let text = window.text();
    let word = text.get(token.start + prefix_bytes..token.end)?;
    // A counted noun is indefinite: a word with the article (`الأخيرة`,
    // `بالمناطق`, `للأمن`) belongs to another phrase.
    if word.chars().count() < 2 || is_definite(word) || lexicon().is_function_word(word) {
        return None;
    }
    let span = token.start + prefix_bytes..token.end;
    Some(gender_pair_stem(window, i, span.clone()).unwrap_or(span))
}

/// Whether an Arabic word carries the article, behind a glued conjunction
/// or preposition if any (`الأخيرة`, `بالمناطق`, `للأمن`, `وبالفصل`).
pub(crate) fn is_definite(word: &str) -> bool {
    let after_conjunction = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    [word, after_conjunction].into_iter().any(|w| {
        let after_preposition = w.strip_prefix(['ب', 'ك', 'ل']).unwrap_or(w);
        w.starts_with("لل")
            || ["ال", "أل"]
                .iter()
                .any(|a| w.starts_with(a) || after_preposition.starts_with(a))
    })
}

/// The French noun at token `i`, past an adjective that comes before the
/// noun (`onze nouveaux commissariats`): a word that is not a function or
/// number word, in the plural (`-s`, `-x`, `-z`) after a count of two or more.
fn french_noun_at(window: &mut Window, i: usize, count: Option<Decimal>) -> Option<Range<usize>> {
    let lex = lexicon();
    let plural = count.is_none_or(|c| c >= Decimal::TWO);
    let mut at = i;
    for _ in 0..2 {
        let token = window.joined(at).filter(|t| matches!(t.gap, Gap::None | Gap::Space))?;
        let TokenKind::Word { known, .. } = token.kind else {
            return None;
        };
        if known.is_some_and(|w| lex.number(w.id).is_some()) {
            return None;
        }
        let word = window.text().get(token.start..token.end)?;
        if window.phrase(at, &lex.french_adjectives, Prefix::None).is_some() {
            at += 1;
            continue;
        }
        let plural_ending = word.ends_with(['s', 'x', 'z', 'S', 'X', 'Z']);
        // An acronym (`CNIE`, `MRE`) does not take the plural.
        let acronym = word.chars().all(|c| c.is_ascii_uppercase());
        if word.chars().count() < 2 || lex.is_function_word(word) || (plural && !plural_ending && !acronym) {
            return None;
        }
        return Some(token.start..token.end);
    }
    None
}

/// `مستفيدة ومستفيدا`: the feminine word at token `i` and its masculine
/// joined by و give the stem they share (`مستفيد`).
fn gender_pair_stem(window: &mut Window, i: usize, span: Range<usize>) -> Option<Range<usize>> {
    let text = window.text();
    let stem = text.get(span.clone())?.strip_suffix('ة')?;
    let next = window.joined(i + 1).filter(|t| t.gap == Gap::Space)?;
    let other = text.get(next.start..next.end)?.strip_prefix('و')?;
    let masculine = other.strip_suffix('ا').unwrap_or(other);
    (masculine == stem).then(|| span.start..span.start + stem.len())
}

/// The change stated by the words before the figure whose first token is
/// the current one: a change word right before it (`بزيادة 10 آلاف`), or
/// connectors (`بـ`, `بنسبة`, `قدره`) after a change word earlier in the
/// same clause (`ارتفع بـ 5`, `تراجع ملموس في مؤشرات الجريمة بنسبة 10`).
pub(crate) fn change_before(window: &mut Window) -> Option<Change> {
    let lex = lexicon();
    // `بحوالي 4 في المائة`: a ب glued to the figure's first word ties it.
    let mut connected = matches!(
        window.get(0).map(|t| t.kind),
        Some(TokenKind::Word { known: Some(w), .. }) if w.prefix_chars > 0 && !w.prefix_is_waw
    );
    let amounting = amounting_verb_after_a_connector(window);
    // The token after the one looked at: a break before it ends the
    // clause (a token's gap is the one before it).
    let mut after = window.get(0)?;
    for i in 0..BEHIND {
        if matches!(after.gap, Gap::Paragraph | Gap::Line) {
            return None;
        }
        let token: Token = window.behind(i)?;
        after = token;
        // A year the change is measured against stands within the clause
        // once a connector ties the figure to it (`ارتفعت المداخيل مقارنة
        // بيوليوز 2022 بنسبة 14 في المائة`).
        if connected && super::year_of(Some(token)).is_some() {
            continue;
        }
        let TokenKind::Word { known, .. } = token.kind else {
            // Punctuation or another figure ends the clause.
            return None;
        };
        if let Some(change) = known.and_then(|w| lex.change_of(w.id)) {
            return Some(change);
        }
        match known {
            Some(w) if lex.is_change_connector(w.id) => connected = true,
            // Other words may stand between only once a connector ties the
            // figure to the clause.
            _ if connected => {}
            // `بنسبة بلغت 4.3`: the verb the rate amounted to, right
            // after its connector.
            _ if i < amounting => {}
            _ => return None,
        }
    }
    None
}

/// How many tokens just before the figure are a verb of amounting
/// (`بلغت`, `تصل إلى`) right after a change's connector (`بنسبة`): the
/// rate the change amounted to, which stands in the connector's clause.
fn amounting_verb_after_a_connector(window: &Window) -> usize {
    let lex = lexicon();
    // The connector is a known word, told without folding: most figures
    // have none two or three tokens back and cost no more.
    let is = |i: usize, list: WordList| {
        window
            .behind(i)
            .filter(|t| t.gap == Gap::Space)
            .and_then(|t| window.text().get(t.start..t.end))
            .is_some_and(|w| lex.is(list, w))
    };
    // Only a rate's or an amount's connector (`بنسبة`), not `ما`.
    let is_connector = |i: usize| {
        matches!(
            window.behind(i).map(|t| t.kind),
            Some(TokenKind::Word { known: Some(w), .. }) if lex.is_change_connector(w.id)
        ) && is(i, WordList::AmountedBy)
    };
    if is_connector(1) && is(0, WordList::AmountingVerbs) {
        1
    } else if is_connector(2) && is(1, WordList::AmountingVerbs) && is(0, WordList::AmountingTo) {
        2
    } else {
        0
    }
}
