//! The tokenizer: text → numerals, words, Latin runs and punctuation.
//!
//! Tokens keep byte spans into the document and the kind of white space
//! before them, which the grammar uses to decide what may join. Invisible
//! direction marks are skipped everywhere, even inside a numeral.

use rust_decimal::Decimal;

use super::lang::Language;
use super::lexicon::{lexicon, KnownWord};
use crate::text::normalize::{
    digit_value, folded_pair, is_arabic_letter, is_arabic_mark, is_ignorable, is_latin_letter, is_plain_letter,
    push_folded,
};

/// White space before a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Glued to the previous token (`و685`, `128.451مستفيدا`).
    None,
    /// Spaces or tabs.
    Space,
    /// One line break.
    Line,
    /// A blank line: nothing joins across it.
    Paragraph,
}

/// A run of digits with its thousands groups and decimals already read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Numeral {
    /// `None` when the digits do not fit rust_decimal (about 28 digits).
    pub(crate) value: Option<Decimal>,
    /// Digits before the decimal point, all groups together.
    pub(crate) int_digits: usize,
    /// Digits after the decimal point.
    pub(crate) frac_digits: usize,
    /// Whether thousands separators were written.
    pub(crate) grouped: bool,
    /// One `.` or `,` before three digits (`1.392`): thousands, unless a
    /// scale word follows, which makes it a decimal point.
    pub(crate) decimal_if_scaled: bool,
}

impl Numeral {
    /// The place of the last digit written: 1, or 0.1 for `3.6`.
    pub(crate) fn precision(&self) -> Option<Decimal> {
        let scale = u32::try_from(self.frac_digits).ok().filter(|&s| s <= 28)?;
        Some(Decimal::new(1, scale))
    }

    /// The value as a small whole number written without separators or
    /// decimals (days, hours, years), with its digit count.
    pub(crate) fn plain_integer(&self) -> Option<(u32, usize)> {
        if self.grouped || self.frac_digits > 0 || self.int_digits > 4 {
            return None;
        }
        let value = u32::try_from(self.value?.mantissa()).ok()?;
        Some((value, self.int_digits))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Number(Numeral),
    /// An Arabic word, or a French word in a French paragraph; `known` when
    /// the lexicon has it. `prefix_bytes` is the length of a glued Arabic
    /// prefix (و، ب، ل …) that is not part of a figure.
    Word {
        known: Option<KnownWord>,
        prefix_bytes: usize,
    },
    /// A word in another script (Latin letters in an Arabic paragraph), or
    /// an identifier such as `WA0046`.
    Latin,
    Punct(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) gap: Gap,
    pub(crate) kind: TokenKind,
}

impl Token {
    /// Where a figure that begins with this token begins (after a prefix).
    pub(crate) fn figure_start(&self) -> usize {
        match self.kind {
            TokenKind::Word { prefix_bytes, .. } => self.start + prefix_bytes,
            _ => self.start,
        }
    }
}

/// Streams the tokens of a text.
pub(crate) struct Lexer<'a> {
    text: &'a str,
    pos: usize,
    /// The last two tokens, for telling `story-3` from `3`: a ring, where
    /// `recent[last]` is the last one (each token is written once, not
    /// shifted).
    recent: [Option<Token>; 2],
    last: usize,
    folded: String,
    /// The language read (SPEC §6.3). In French, Latin letters make words
    /// the lexicon may know, a comma is always a decimal comma, and a
    /// hyphen between letters joins words (`quatre-vingt-cinq`).
    language: Language,
}

impl<'a> Lexer<'a> {
    #[cfg(test)]
    pub(crate) fn new(text: &'a str) -> Lexer<'a> {
        Lexer::new_at(text, 0, Language::Arabic)
    }

    /// A lexer that starts at byte `start` of `text` (positions stay those
    /// of `text`), reading `language`.
    pub(crate) fn new_at(text: &'a str, start: usize, language: Language) -> Lexer<'a> {
        Lexer {
            text,
            pos: start,
            recent: [None, None],
            last: 0,
            folded: String::new(),
            language,
        }
    }

    pub(crate) fn is_french(&self) -> bool {
        self.language == Language::French
    }

    /// The token `n` places back: 0 the last one, 1 the one before.
    fn back(&self, n: usize) -> Option<Token> {
        self.recent.get(self.last ^ (n & 1)).copied().flatten()
    }

    /// The text being read.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// The next visible char at or after `pos`, skipping invisible marks.
    fn visible_at(&self, mut pos: usize) -> Option<(usize, char)> {
        let rest = self.text.get(pos..)?;
        for c in rest.chars() {
            if !is_ignorable(c) {
                return Some((pos, c));
            }
            pos += c.len_utf8();
        }
        None
    }

    fn skip_space(&mut self) -> Gap {
        // Most often one space, then a word or digit: no char to decode.
        let bytes = self.text.as_bytes();
        if bytes.get(self.pos) == Some(&b' ') {
            let after = bytes.get(self.pos + 1..self.pos + 3).unwrap_or_default();
            let plain = match after {
                [b, ..] if b.is_ascii_alphanumeric() => true,
                // Arabic letters and digits, but U+061C, an invisible mark.
                [lead @ 0xD8..=0xDB, trail] => !(*lead == 0xD8 && *trail == 0x9C),
                _ => false,
            };
            if plain {
                self.pos += 1;
                return Gap::Space;
            }
        }
        let (mut spaces, mut breaks) = (false, 0);
        let rest = self.text.get(self.pos..).unwrap_or("");
        for c in rest.chars() {
            if c == '\n' {
                breaks += 1;
            } else if c.is_whitespace() {
                spaces = true;
            } else if !is_ignorable(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
        match breaks {
            0 if spaces => Gap::Space,
            0 => Gap::None,
            1 => Gap::Line,
            _ => Gap::Paragraph,
        }
    }

    /// Digits directly after a Latin word, or after `-`/`_` glued to one,
    /// belong to an identifier (`WA0046`, `story-3`, `COVID-19`); so do
    /// digits after an Arabic name that carries a number, even written
    /// apart (`كوفيد 19`, `كوفيد-19`, `كوفيد ـ 19`).
    fn continues_identifier(&self, gap: Gap) -> bool {
        if gap != Gap::Paragraph && gap != Gap::Line && self.after_numbered_name() {
            return true;
        }
        if gap != Gap::None {
            return false;
        }
        let latin = |t: Option<Token>| t.is_some_and(|t| self.is_latin_word(t));
        let dash = self
            .back(0)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('-' | '_')) && t.gap == Gap::None);
        if self.is_french() && self.hour_mark(self.back(0)) {
            // `14h30`: minutes after the hour mark.
            return false;
        }
        // `USD1,23`, `v1.2`: digits after a point glued to a code that ends
        // in a digit go on with the code.
        let glued_point = self
            .back(0)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('.' | ',' | '٫')) && t.gap == Gap::None);
        let code_with_digits = |t: Option<Token>| {
            t.is_some_and(|t| {
                self.is_latin_word(t)
                    && self
                        .text
                        .get(t.start..t.end)
                        .and_then(|w| w.chars().next_back())
                        .is_some_and(|c| digit_value(c).is_some())
            })
        };
        latin(self.back(0)) || (dash && latin(self.back(1))) || (glued_point && code_with_digits(self.back(1)))
    }

    /// A run of Latin letters: a [`TokenKind::Latin`] token, or a word of a
    /// French paragraph.
    fn is_latin_word(&self, t: Token) -> bool {
        match t.kind {
            TokenKind::Latin => true,
            TokenKind::Word { .. } if self.is_french() => self
                .text
                .get(t.start..t.end)
                .and_then(|w| w.chars().next())
                .is_some_and(is_latin_letter),
            _ => false,
        }
    }

    /// The `h` of a French time (`14h30`), glued to the hour's digits.
    fn hour_mark(&self, t: Option<Token>) -> bool {
        t.is_some_and(|t| {
            self.text
                .get(t.start..t.end)
                .is_some_and(|w| w.eq_ignore_ascii_case("h"))
        }) && self.back(1).is_some_and(|n| matches!(n.kind, TokenKind::Number(_)))
    }

    /// Whether the last token is a name such as كوفيد, or a dash or a lone
    /// tatweel right after one.
    fn after_numbered_name(&self) -> bool {
        let names = &lexicon().numbered_names;
        let is_name = |t: Option<Token>| matches!(t.map(|t| t.kind), Some(TokenKind::Word { known: Some(w), prefix_bytes: _ }) if names.contains(&w.id));
        let is_dash = |t: Option<Token>| {
            t.is_some_and(|t| match t.kind {
                TokenKind::Punct(c) => matches!(c, '-' | '–' | '_'),
                TokenKind::Word { known: None, .. } => self
                    .text
                    .get(t.start..t.end)
                    .is_some_and(|w| w.chars().all(|c| c == '\u{0640}')),
                _ => false,
            })
        };
        is_name(self.back(0)) || (is_dash(self.back(0)) && is_name(self.back(1)))
    }

    /// Adds the digits at `pos` (skipping marks) to `digits`; returns the
    /// end of the run.
    fn take_digits(&self, mut pos: usize, digits: &mut Digits) -> usize {
        while let Some((at, c)) = self.visible_at(pos) {
            let Some(d) = digit_value(c) else { break };
            digits.push(d);
            pos = at + c.len_utf8();
        }
        pos
    }

    fn count_digits(&self, mut pos: usize) -> usize {
        let mut count = 0;
        while let Some((at, c)) = self.visible_at(pos) {
            if digit_value(c).is_none() {
                break;
            }
            count += 1;
            pos = at + c.len_utf8();
        }
        count
    }

    /// Reads a numeral: a `.`, `,`, `٬`, `،` or one space before exactly
    /// three digits groups thousands; a `.`, `,` or `٫` before any other
    /// number of digits is the decimal point (SPEC §3).
    fn numeral(&mut self) -> TokenKind {
        let mut int = Digits::default();
        self.pos = self.take_digits(self.pos, &mut int);
        if let Some(numeral) = self.wire_decimal(&int) {
            return TokenKind::Number(numeral);
        }
        let first_group = int.count;
        // `0.002`, `0,750`: a first group of one zero is no thousands.
        let zero_first = int.count == 1 && int.significant == 0;
        let mut frac = Digits::default();
        let mut group_sep: Option<char> = None;
        let mut separators = 0;
        while let Some((at, sep)) = self.visible_at(self.pos) {
            let after = at + sep.len_utf8();
            let run = self.count_digits(after);
            if run == 0 {
                break;
            }
            // French writes a decimal comma only (`2,653 millions`).
            let decimal_comma = self.is_french() && sep == ',';
            let groups = is_group_separator(sep) && !decimal_comma;
            if groups && run == 3 && first_group <= 3 && !zero_first && group_sep.is_none_or(|g| g == sep) {
                group_sep = Some(sep);
                separators += 1;
                self.pos = self.take_digits(after, &mut int);
            } else if matches!(sep, '.' | ',' | '٫')
                // `1107.524 millions`: four digits or more before it are no
                // thousands group, so three after it are decimals.
                && (run != 3 || sep == '٫' || decimal_comma || zero_first || first_group > 3)
            {
                self.pos = self.take_digits(after, &mut frac);
                break;
            } else {
                // `2000 000`, `1٬000 000`: three digits that open on a zero
                // go on a grouping the writer broke, as no count opens on a
                // zero; which grouping was meant the reader cannot tell, so
                // the run is no number.
                let opens_on_zero = self.visible_at(after).and_then(|(_, c)| digit_value(c)) == Some(0);
                if is_group_separator(sep) && run == 3 && opens_on_zero {
                    self.pos = after;
                    while let Some((at, c)) = self.visible_at(self.pos) {
                        let goes_on = digit_value(c).is_some()
                            || (is_group_separator(c) && self.count_digits(at + c.len_utf8()) == 3);
                        if !goes_on {
                            break;
                        }
                        self.pos = at + c.len_utf8();
                    }
                    return TokenKind::Latin;
                }
                break;
            }
        }
        // `192.168.1.2`, `1.2.3`: another point and digits after the
        // decimals make the run an address or a version, not a number.
        if frac.count > 0 || separators > 1 {
            if let Some((at, '.' | ',')) = self.visible_at(self.pos) {
                if self.count_digits(at + 1) > 0 {
                    while let Some((at, c)) = self.visible_at(self.pos) {
                        let point_before_digit = matches!(c, '.' | ',') && self.count_digits(at + 1) > 0;
                        if digit_value(c).is_none() && !point_before_digit {
                            break;
                        }
                        self.pos = at + c.len_utf8();
                    }
                    return TokenKind::Latin;
                }
            }
        }
        TokenKind::Number(Numeral {
            value: exact_decimal(&int, &frac),
            int_digits: int.count,
            frac_digits: frac.count,
            grouped: group_sep.is_some(),
            decimal_if_scaled: separators == 1 && frac.count == 0 && matches!(group_sep, Some('.' | ',')),
        })
    }

    /// A web address (`https://…`, `www.…`): its digits are a path's, a
    /// date's in a path or a query's, never figures of the text.
    fn starts_address(&self, start: usize) -> bool {
        let rest = self.text.as_bytes().get(start..).unwrap_or_default();
        // Asked of every token: most start with neither letter.
        if !matches!(rest.first(), Some(b'h' | b'H' | b'w' | b'W')) {
            return false;
        }
        let starts = |prefix: &[u8]| rest.get(..prefix.len()).is_some_and(|r| r.eq_ignore_ascii_case(prefix));
        starts(b"http://") || starts(b"https://") || starts(b"www.")
    }

    /// The whole address, to the next space: one Latin token.
    fn address(&mut self) -> TokenKind {
        let rest = self.text.get(self.pos..).unwrap_or("");
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        self.pos += end;
        TokenKind::Latin
    }

    /// `.08` standing alone (after a space or at the start): a point and
    /// digits, and no digit before it.
    fn starts_bare_decimals(&self, gap: Gap, start: usize) -> bool {
        // At a paragraph's first token the lexer starts past the break,
        // so no gap is seen: the character before says it stands alone.
        let after_space = self
            .text
            .get(..start)
            .and_then(|t| t.chars().next_back())
            .is_none_or(char::is_whitespace);
        let alone = gap != Gap::None || after_space;
        // The point is `.`, `,` or the Arabic `٫` (two bytes).
        let point = self
            .text
            .get(start..)
            .and_then(|t| t.chars().next())
            .map_or(1, char::len_utf8);
        let after = start + point;
        alone
            && self.count_digits(after) > 0
            && self
                .text
                .get(..start)
                .and_then(|t| t.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric())
    }

    /// The decimals of `.08`: 0.08.
    fn bare_decimals(&mut self) -> TokenKind {
        let mut frac = Digits::default();
        let point = self
            .text
            .get(self.pos..)
            .and_then(|t| t.chars().next())
            .map_or(1, char::len_utf8);
        self.pos = self.take_digits(self.pos + point, &mut frac);
        TokenKind::Number(Numeral {
            value: exact_decimal(&Digits::default(), &frac),
            int_digits: 1,
            frac_digits: frac.count,
            grouped: false,
            decimal_if_scaled: false,
        })
    }

    /// Wire agencies write 1.5 as `5ر1`: as stored, the digits after ر are
    /// the whole part and those before it (`fraction`, already read) the
    /// fraction (SPEC §6.1).
    fn wire_decimal(&mut self, fraction: &Digits) -> Option<Numeral> {
        let (at, 'ر') = self.visible_at(self.pos)? else {
            return None;
        };
        let after = at + 'ر'.len_utf8();
        if self.count_digits(after) == 0 {
            return None;
        }
        let mut whole = Digits::default();
        self.pos = self.take_digits(after, &mut whole);
        Some(Numeral {
            value: exact_decimal(&whole, fraction),
            int_digits: whole.count,
            frac_digits: fraction.count,
            grouped: false,
            decimal_if_scaled: false,
        })
    }

    fn arabic_word(&mut self) -> TokenKind {
        let start = self.pos;
        self.folded.clear();
        let bytes = self.text.as_bytes();
        loop {
            // Plain letters (the common case) fold to themselves: a run of
            // them is copied as it is written.
            let run = self.pos;
            while bytes
                .get(self.pos..self.pos.saturating_add(2))
                .is_some_and(is_plain_letter)
            {
                self.pos += 2;
            }
            self.folded.push_str(self.text.get(run..self.pos).unwrap_or_default());
            if let Some(folded) = bytes.get(self.pos..self.pos.saturating_add(2)).and_then(folded_pair) {
                self.folded.push_str(folded);
                self.pos += 2;
                continue;
            }
            let Some(c) = self.text.get(self.pos..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            if !(is_arabic_letter(c) || is_ignorable(c)) {
                break;
            }
            push_folded(c, &mut self.folded);
            self.pos += c.len_utf8();
        }
        let known = lexicon().lookup(&self.folded);
        let prefix_chars = known.map_or(0, |k| usize::from(k.prefix_chars));
        TokenKind::Word {
            known,
            prefix_bytes: self.prefix_bytes(start, prefix_chars),
        }
    }

    /// Bytes taken by the first `letters` letters of the word at `start`,
    /// with the marks (tatweel, diacritics) that ride on them.
    fn prefix_bytes(&self, start: usize, letters: usize) -> usize {
        if letters == 0 {
            return 0;
        }
        let mut seen = 0;
        let mut bytes = 0;
        for c in self.text.get(start..self.pos).unwrap_or("").chars() {
            let is_letter = !(is_arabic_mark(c) || is_ignorable(c));
            if is_letter && seen == letters {
                break;
            }
            if is_letter {
                seen += 1;
            }
            bytes += c.len_utf8();
        }
        bytes
    }

    /// A French word: Latin letters, and an apostrophe that ends an elided
    /// word (`d'`, `jusqu'`), looked up folded (case and accents).
    fn french_word(&mut self) -> TokenKind {
        self.folded.clear();
        let rest = self.text.get(self.pos..).unwrap_or("");
        for c in rest.chars() {
            if c.is_ascii_alphabetic() {
                // Most French letters: lower case is their folded form.
                self.folded.push(c.to_ascii_lowercase());
                self.pos += 1;
            } else if is_latin_letter(c) || is_ignorable(c) {
                push_folded(c, &mut self.folded);
                self.pos += c.len_utf8();
            } else {
                if matches!(c, '\'' | '\u{2019}' | '\u{02BC}') {
                    self.folded.push('\'');
                    self.pos += c.len_utf8();
                }
                break;
            }
        }
        TokenKind::Word {
            known: lexicon().lookup(&self.folded),
            prefix_bytes: 0,
        }
    }

    /// `quatre-vingt-cinq`: in a French paragraph, a hyphen between two
    /// words joins them like a space.
    fn skip_word_hyphen(&mut self) {
        let after_word = self.back(0).is_some_and(|t| t.end == self.pos && self.is_latin_word(t));
        let mut rest = self.text.get(self.pos..).unwrap_or("").chars();
        if after_word && rest.next() == Some('-') && rest.next().is_some_and(is_latin_letter) {
            self.pos += 1;
        }
    }

    fn latin_run(&mut self) -> TokenKind {
        let rest = self.text.get(self.pos..).unwrap_or("");
        for c in rest.chars() {
            let word_char = (is_word_char(c) && !is_arabic_letter(c)) || digit_value(c).is_some() || is_ignorable(c);
            if !word_char {
                break;
            }
            self.pos += c.len_utf8();
        }
        TokenKind::Latin
    }
}

/// Whether `c` (not a digit or an Arabic letter) starts a run of another
/// script. ASCII and the Arabic punctuation around figures (`،`, `؛`, `٪`,
/// `٫`, `٬`) are told without Unicode's tables, which cost more per char.
fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '\u{0600}'..='\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Digits read so far, as a number: no text is kept.
#[derive(Debug, Default, Clone, Copy)]
struct Digits {
    /// The value of the first [`MAX_DIGITS`] significant digits.
    mantissa: u128,
    /// Digits after any leading zeros.
    significant: usize,
    /// All digits.
    count: usize,
}

/// rust_decimal holds 28 significant digits exactly (and some of the 29th).
const MAX_DIGITS: usize = 28;

impl Digits {
    fn push(&mut self, digit: u8) {
        self.count += 1;
        if self.significant == 0 && digit == 0 {
            return;
        }
        self.significant += 1;
        if self.significant <= MAX_DIGITS {
            self.mantissa = self.mantissa * 10 + u128::from(digit);
        }
    }
}

/// The exact decimal of integer and fraction digits, or `None` when it is
/// beyond rust_decimal (never a rounded value).
fn exact_decimal(int: &Digits, frac: &Digits) -> Option<Decimal> {
    if int.significant + frac.count > MAX_DIGITS {
        return None;
    }
    let scale = u32::try_from(frac.count).ok()?;
    let mantissa = int
        .mantissa
        .checked_mul(10u128.checked_pow(scale)?)?
        .checked_add(frac.mantissa)?;
    Decimal::try_from_i128_with_scale(i128::try_from(mantissa).ok()?, scale).ok()
}

impl Iterator for Lexer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        if self.is_french() {
            self.skip_word_hyphen();
        }
        let gap = self.skip_space();
        let start = self.pos;
        let c = self.text.get(start..)?.chars().next()?;
        let kind = if self.starts_address(start) {
            self.address()
        } else if matches!(c, '.' | ',' | '٫') && self.starts_bare_decimals(gap, start) {
            self.bare_decimals()
        } else if digit_value(c).is_some() {
            if self.continues_identifier(gap) {
                self.latin_run()
            } else {
                self.numeral()
            }
        } else if is_arabic_letter(c) {
            self.arabic_word()
        } else if self.is_french() && is_latin_letter(c) {
            self.french_word()
        } else if is_word_char(c) {
            self.latin_run()
        } else {
            self.pos += c.len_utf8();
            TokenKind::Punct(c)
        };
        let token = Token {
            start,
            end: self.pos,
            gap,
            kind,
        };
        self.last ^= 1;
        if let Some(slot) = self.recent.get_mut(self.last) {
            *slot = Some(token);
        }
        Some(token)
    }
}

/// A hyphen or an en dash: what ranges, and some pages' amounts, set
/// between two numbers or a number and its scale word.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–')
}

/// A character that may group thousands (SPEC §3).
fn is_group_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '٬' | '،' | ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_space_is_a_space_gap_before_any_word() {
        for text in [
            "a b",
            "a ب",
            "a 1",
            "a ١",
            "a \u{061C}b",
            "a  b",
            "a \u{A0}b",
            "a \u{200F}b",
            "a \nb",
        ] {
            let gaps: Vec<Gap> = Lexer::new(text).map(|t| t.gap).collect();
            let expected = if text.contains('\n') { Gap::Line } else { Gap::Space };
            assert_eq!(gaps[1], expected, "{text:?}");
        }
    }

    fn numbers(text: &str) -> Vec<String> {
        Lexer::new(text)
            .filter_map(|t| match t.kind {
                TokenKind::Number(n) => Some(n.value.map_or("overflow".into(), |v| v.to_string())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn dot_groups_thousands_before_a_count_noun() {
        assert_eq!(numbers("2.653.895 بطاقة"), ["2653895"]);
        assert_eq!(numbers("3.310"), ["3310"]);
    }

    #[test]
    fn separator_before_other_digit_counts_is_a_decimal_point() {
        assert_eq!(numbers("3.6 مليون"), ["3.6"]);
        assert_eq!(numbers("3,6 مليون"), ["3.6"]);
        assert_eq!(numbers("9,4%"), ["9.4"]);
        assert_eq!(numbers("0,75"), ["0.75"]);
        assert_eq!(numbers("٣٫٦"), ["3.6"]);
    }

    #[test]
    fn three_digits_after_a_first_group_of_four_are_decimals() {
        assert_eq!(numbers("1107.524 millions"), ["1107.524"]);
        assert_eq!(numbers("1250,375 طنا"), ["1250.375"]);
        // One to three digits before the point still group thousands.
        assert_eq!(numbers("107.524 طنا"), ["107524"]);
    }

    #[test]
    fn commas_spaces_and_arabic_separators_group_thousands() {
        assert_eq!(numbers("1,965,644"), ["1965644"]);
        assert_eq!(numbers("2 653 895"), ["2653895"]);
        assert_eq!(numbers("2\u{a0}653\u{a0}895"), ["2653895"]);
        assert_eq!(numbers("٢٬٦٥٣٬٨٩٥"), ["2653895"]);
        assert_eq!(numbers("۲۶۵۳۸۹۵"), ["2653895"]);
    }

    #[test]
    fn direction_marks_inside_a_numeral_are_skipped() {
        assert_eq!(numbers("2.\u{200e}653\u{200f}.895"), ["2653895"]);
    }

    #[test]
    fn a_comma_and_space_between_figures_does_not_group() {
        assert_eq!(numbers("19، 867"), ["19", "867"]);
        assert_eq!(numbers("17 ديسمبر، 2025"), ["17", "2025"]);
    }

    #[test]
    fn a_broken_grouping_is_no_number_at_all() {
        // No count opens on a zero: `000` after a space goes on a grouping
        // the writer broke, and which one was meant cannot be told.
        assert!(numbers("vendu 2000 000 tickets").is_empty());
        assert!(numbers("بلغ 1٬000 000 شخص").is_empty());
        assert!(numbers("le 0522 000 000 puis").is_empty());
        // A count of three digits after a year is a count.
        assert_eq!(numbers("En 2020 150 000 personnes"), ["2020", "150000"]);
        assert_eq!(numbers("2000 150 visiteurs"), ["2000", "150"]);
    }

    #[test]
    fn digits_continuing_a_latin_word_are_an_identifier() {
        assert!(numbers("story-3 WA0046 COVID19 Le360 COVID-19").is_empty());
        assert_eq!(numbers("140km/h"), ["140"]);
    }

    #[test]
    fn leading_zeros_and_fraction_zeros_are_kept_exact() {
        assert_eq!(numbers("07"), ["7"]);
        assert_eq!(numbers("0,05"), ["0.05"]);
        assert_eq!(numbers("0000000000000000000000000000000000001"), ["1"]);
        assert_eq!(numbers(&"9".repeat(28)), ["9".repeat(28)]);
        assert_eq!(numbers(&"9".repeat(29)), ["overflow"]);
    }

    #[test]
    fn forty_digits_do_not_fit() {
        assert_eq!(numbers(&"9".repeat(40)), ["overflow"]);
    }

    #[test]
    fn glued_prefix_is_measured_in_bytes() {
        let tokens: Vec<Token> = Lexer::new("وَعشرون").collect();
        let TokenKind::Word { prefix_bytes, known } = tokens[0].kind else {
            panic!()
        };
        assert!(known.is_some());
        assert_eq!(prefix_bytes, "وَ".len());
    }
}
