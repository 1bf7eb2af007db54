//! A look-ahead window over the token stream, with the small helpers every
//! grammar rule shares. The window holds only the tokens a rule is looking
//! at, so reading a document never holds all of its tokens at once.

use std::collections::VecDeque;

use super::lang::Language;
use super::lexicon::{lexicon, NumberWord, Phrase};
use super::token::{Gap, Lexer, Numeral, Token, TokenKind};

/// Which glued prefix a word may carry where a rule expects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prefix {
    /// At the start of a figure any prefix is fine: it stays outside.
    Any,
    /// After a scale or a unit, only the conjunction و may be glued on.
    Waw,
    /// Inside a phrase: none.
    None,
}

pub(crate) struct Window<'a> {
    lexer: Lexer<'a>,
    tokens: VecDeque<Token>,
    /// The tokens just before the current one, a ring: `behind[newest]`
    /// is the one just passed.
    behind: [Option<Token>; BEHIND],
    newest: usize,
}

/// How many tokens the window keeps behind the current one: enough to find
/// the change word of a clause (`تراجع ملموس في مؤشرات الجريمة العنيفة
/// بنسبة 10 في المائة`).
pub(crate) const BEHIND: usize = 8;

impl<'a> Window<'a> {
    /// A window on `text` from byte `start`, reading `language`.
    pub(crate) fn new_at(text: &'a str, start: usize, language: Language) -> Window<'a> {
        Window {
            lexer: Lexer::new_at(text, start, language),
            tokens: VecDeque::new(),
            behind: [None; BEHIND],
            newest: 0,
        }
    }

    /// The text being read.
    pub(crate) fn text(&self) -> &'a str {
        self.lexer.text()
    }

    /// Whether the text is read as French (SPEC §6.3).
    pub(crate) fn is_french(&self) -> bool {
        self.lexer.is_french()
    }

    /// The token `i` places ahead of the current one.
    pub(crate) fn get(&mut self, i: usize) -> Option<Token> {
        while self.tokens.len() <= i {
            let token = self.lexer.next()?;
            self.tokens.push_back(token);
        }
        self.tokens.get(i).copied()
    }

    /// The token at `i` if nothing but spaces or one line break separate
    /// it from the token before.
    pub(crate) fn joined(&mut self, i: usize) -> Option<Token> {
        self.get(i).filter(|t| t.gap != Gap::Paragraph)
    }

    /// Moves past `n` tokens.
    pub(crate) fn advance(&mut self, n: usize) {
        for _ in 0..n {
            let passed = match self.tokens.pop_front() {
                Some(token) => Some(token),
                None => self.lexer.next(),
            };
            self.newest = (self.newest + 1) % BEHIND;
            self.behind[self.newest] = passed;
        }
        // Each paragraph is read on its own: nothing of the one before is
        // behind the first token of the next.
        if self.get(0).is_some_and(|t| t.gap == Gap::Paragraph) {
            self.behind = [None; BEHIND];
        }
    }

    /// The token just before the current one.
    pub(crate) fn previous(&self) -> Option<Token> {
        self.behind(0)
    }

    /// The token `i + 1` places before the current one (`None` past
    /// [`BEHIND`]).
    pub(crate) fn behind(&self, i: usize) -> Option<Token> {
        if i >= BEHIND {
            return None;
        }
        self.behind[(self.newest + BEHIND - i) % BEHIND]
    }

    /// The numeral at `i`, if that token is one.
    pub(crate) fn numeral(&mut self, i: usize) -> Option<(Numeral, Token)> {
        let token = self.get(i)?;
        match token.kind {
            TokenKind::Number(n) => Some((n, token)),
            _ => None,
        }
    }

    /// The number word at `i`, if that token is one and its prefix is allowed.
    pub(crate) fn number_word(&mut self, i: usize, prefix: Prefix) -> Option<NumberWord> {
        let token = self.get(i)?;
        let TokenKind::Word { known: Some(word), .. } = token.kind else {
            return None;
        };
        let allowed = match prefix {
            Prefix::Any => true,
            Prefix::Waw => word.prefix_chars == 0 || word.prefix_is_waw,
            Prefix::None => word.prefix_chars == 0,
        };
        allowed.then(|| lexicon().number(word.id)).flatten()
    }

    /// Punctuation at `i`.
    pub(crate) fn punct(&mut self, i: usize) -> Option<(char, Token)> {
        let token = self.get(i)?;
        match token.kind {
            TokenKind::Punct(c) => Some((c, token)),
            _ => None,
        }
    }

    /// The longest phrase of `phrases` starting at `i`: its meaning and
    /// length in tokens. Only the first word may carry a glued prefix, and
    /// only when `prefix` is [`Prefix::Any`].
    pub(crate) fn phrase<T: Copy>(&mut self, i: usize, phrases: &[Phrase<T>], prefix: Prefix) -> Option<(T, usize)> {
        // Most words are not in the lexicon and start no phrase: the common
        // case leaves here after one look.
        let TokenKind::Word { known: Some(first), .. } = self.get(i)?.kind else {
            return None;
        };
        'phrases: for phrase in phrases {
            if phrase.words.first() != Some(&first.id) {
                continue;
            }
            for (k, &id) in phrase.words.iter().enumerate() {
                let token = if k == 0 { self.get(i + k) } else { self.joined(i + k) };
                let Some(TokenKind::Word { known: Some(word), .. }) = token.map(|t| t.kind) else {
                    continue 'phrases;
                };
                let prefix_ok = word.prefix_chars == 0 || (k == 0 && prefix == Prefix::Any);
                if word.id != id || !prefix_ok {
                    continue 'phrases;
                }
            }
            return Some((phrase.meaning, phrase.words.len()));
        }
        None
    }

    /// The conjunction و at `i`, written alone (`و 1.192.383`), glued to
    /// digits (`و685`) or glued to a word (`وعشرون`). Returns where the
    /// joined part begins and the prefix it may carry, or `None` when there
    /// is no و.
    pub(crate) fn conjunction(&mut self, i: usize) -> Option<(usize, Prefix)> {
        let token = self.joined(i)?;
        let TokenKind::Word { known: Some(word), .. } = token.kind else {
            return None;
        };
        // French `et` joins as a separate word does (`14 et 15 septembre`).
        if (word.id == lexicon().waw || word.id == lexicon().et) && word.prefix_chars == 0 {
            self.joined(i + 1)?;
            return Some((i + 1, Prefix::None));
        }
        word.prefix_is_waw.then_some((i, Prefix::Waw))
    }
}
