//! The words the reader knows, as tables a reader of the code can scan.
//!
//! Entries are written in their ordinary spelling; [`lexicon()`] folds them
//! (see [`crate::text::normalize`]) so that every spelling variant of the
//! text finds them. To teach the reader a word, add a row here.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::figure::{Change, Qualifier};
use super::lang::fr::lexicon as fr;
use crate::text::normalize::{fold, is_arabic_letter, with_folded};

pub(crate) use super::lang::ar::lexicon::*;
pub(crate) use super::lang::word::{NumberWord, Period, RangeJoin, ScaleForm};

/// Signs after a number that make it a percentage (words are in
/// [`PERCENT_WORDS`], in each language's tables).
pub(crate) const PERCENT_SIGNS: &[char] = &['%', '٪', '﹪', '％'];

/// Units written in Latin letters after a figure (`140km/h` is read apart).
/// Not `ILS` nor `SDG`: a French pronoun in a headline's capitals, the
/// development goals.
pub(crate) const LATIN_UNITS: &[(&str, &str)] = &[
    ("DH", "MAD"),
    ("DHS", "MAD"),
    ("MAD", "MAD"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CHF", "CHF"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("SAR", "SAR"),
    ("AED", "AED"),
    ("QAR", "QAR"),
    ("KWD", "KWD"),
    ("JOD", "JOD"),
    ("EGP", "EGP"),
    ("DZD", "DZD"),
    ("TND", "TND"),
    ("OMR", "OMR"),
    ("BHD", "BHD"),
    ("IQD", "IQD"),
    ("LYD", "LYD"),
    ("LBP", "LBP"),
    ("SYP", "SYP"),
    ("TRY", "TRY"),
    ("MRU", "MRU"),
    ("YER", "YER"),
    ("XOF", "XOF"),
    ("CNY", "CNY"),
    ("INR", "INR"),
    ("RUB", "RUB"),
    ("km", "km"),
    ("kg", "kg"),
    ("ha", "ha"),
    ("MW", "MW"),
    ("m3", "m3"),
    ("pp", "pp"),
];

/// The unit a word in Latin letters writes, in any case.
pub(crate) fn latin_unit(word: &str) -> Option<&'static str> {
    LATIN_UNITS
        .iter()
        .find(|(written, _)| written.eq_ignore_ascii_case(word))
        .map(|&(_, unit)| unit)
}

/// Signs written after a figure for its unit (`100 €`, `10$`), or
/// before it for a currency (`$75`, `€ 20`).
pub(crate) const UNIT_SIGNS: &[(char, &str)] = &[
    ('€', "EUR"),
    ('$', "USD"),
    ('£', "GBP"),
    ('¥', "JPY"),
    ('‰', "per_mille"),
];

/// A scale's abbreviation glued to a currency sign after a figure (`3
/// M€`, `500 k$`): the amount times the scale, in that currency.
pub(crate) const SCALE_ABBREVIATIONS: &[(&str, u64)] = &[("k", THOUSAND), ("K", THOUSAND), ("M", MILLION)];

/// A word the reader knows, by its index in [`Lexicon`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct WordId(u32);

/// A known word found in the text, possibly behind a glued prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct KnownWord {
    pub(crate) id: WordId,
    /// Folded chars of the prefix (0 when none): `وعشرون` has one.
    pub(crate) prefix_chars: u8,
    /// Whether that prefix is exactly the conjunction و.
    pub(crate) prefix_is_waw: bool,
}

/// A sequence of known words with what it means.
#[derive(Debug)]
pub(crate) struct Phrase<T> {
    pub(crate) words: Vec<WordId>,
    pub(crate) meaning: T,
}

/// The tables of words the reader looks up by their text (none of them
/// starts a figure), in the order of [`Lexicon::word_lists`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordList {
    /// [`VERBS_AFTER_A_SUBJECT`].
    SubjectVerbs,
    /// [`ORDINAL_UNITS`].
    OrdinalUnits,
    /// [`PERIOD_PARTS`].
    PeriodParts,
    /// [`FRACTION_DENOMINATORS`].
    FractionDenominators,
    /// [`DECIMAL_POINT_WORDS`].
    DecimalPoints,
    /// [`COLLOQUIAL_NUMBER_WORDS`].
    ColloquialNumbers,
    /// [`SUBJECT_HEADS`] and the French [`fr::LABEL_HEADS`].
    LabelHeads,
    /// [`STOCK_INDEXES`] and the French [`fr::STOCK_INDEXES`].
    StockIndexes,
    /// [`RATE_NOUNS`] and the French [`fr::RATE_NOUNS`].
    RateNouns,
    /// [`AMOUNTING_VERBS`].
    AmountingVerbs,
    /// [`AMOUNTING_TO`].
    AmountingTo,
    /// [`PLURAL_HUNDREDS`].
    PluralHundreds,
    /// [`AMOUNTED_BY`].
    AmountedBy,
    /// [`RANK_NOUNS`].
    RankNouns,
    /// [`PROVISION_NOUNS`] and the French [`fr::PROVISION_NOUNS`].
    ProvisionNouns,
    /// [`DEFINITE_NUMBER_HEADS`].
    DefiniteNumberHeads,
    /// [`PLURAL_PROVISION_NOUNS`] and the French [`fr::PLURAL_PROVISION_NOUNS`].
    PluralProvisionNouns,
    /// [`PROVISION_SUFFIXES`] and the French [`fr::PROVISION_SUFFIXES`].
    ProvisionSuffixes,
    /// The first word of each currency's name in [`UNITS`] and the French
    /// [`fr::UNITS`] (`دينار` of `دينار كويتي`): a currency, if not which.
    CurrencyNames,
}

impl WordList {
    const COUNT: usize = 19;
}

// The last list closes the array: a list added after it must grow COUNT.
const _: () = assert!(WordList::CurrencyNames as usize + 1 == WordList::COUNT);

/// All tables, folded and indexed once.
#[derive(Debug)]
pub(crate) struct Lexicon {
    ids: FxHashMap<String, WordId>,
    /// Every form a known word is found in: itself, and behind each glued
    /// prefix it may take, so that a word of the text is one look-up.
    forms: FxHashMap<String, KnownWord>,
    /// The longest known word, in bytes, with the longest prefix: longer
    /// words are looked up no further.
    longest: usize,
    numbers: Vec<Option<NumberWord>>,
    pub(crate) waw: WordId,
    /// French `et` (`vingt et un`, `14 et 15 septembre`).
    pub(crate) et: WordId,
    pub(crate) numbered_names: Vec<WordId>,
    pub(crate) units: Vec<Phrase<&'static str>>,
    pub(crate) range_openers: Vec<Phrase<RangeJoin>>,
    pub(crate) range_to: Vec<Phrase<()>>,
    /// Folded; looked up by text, not interned: interning makes a word
    /// "known", and every known word is a place a figure may start.
    function_words: FxHashSet<String>,
    /// Looked up by text like [`Lexicon::function_words`], one set per
    /// [`WordList`].
    word_lists: [FxHashSet<String>; WordList::COUNT],
    pub(crate) sign_words: Vec<Phrase<()>>,
    /// Folded, like [`Lexicon::word_lists`]: each word of a currency's
    /// smaller unit, with the currencies it divides ([`SUB_UNITS`]).
    sub_units: FxHashMap<String, &'static [(&'static str, u32)]>,
    changes: FxHashMap<WordId, Change>,
    change_connectors: Vec<WordId>,
    pub(crate) year_cues: Vec<WordId>,
    pub(crate) qualifiers_before: Vec<Phrase<Qualifier>>,
    pub(crate) qualifiers_after: Vec<Phrase<Qualifier>>,
    pub(crate) qualified_limits: Vec<Phrase<()>>,
    pub(crate) percent_words: Vec<Phrase<()>>,
    pub(crate) months: Vec<Phrase<u8>>,
    pub(crate) hijri_months: Vec<Phrase<u8>>,
    pub(crate) hijri_marks: Vec<Phrase<()>>,
    pub(crate) day_words: Vec<Phrase<u8>>,
    pub(crate) day_of: Vec<Phrase<()>>,
    pub(crate) clock: Vec<Phrase<()>>,
    pub(crate) hours: Vec<Phrase<u8>>,
    pub(crate) minutes: Vec<Phrase<i8>>,
    pub(crate) minute_words: Vec<Phrase<()>>,
    pub(crate) periods: Vec<Phrase<Period>>,
    pub(crate) one_of: Vec<Phrase<()>>,
    pub(crate) each: Vec<Phrase<()>>,
    pub(crate) of: Vec<Phrase<()>>,
    pub(crate) one_unit_nouns: Vec<Phrase<()>>,
    /// French `de` between a scale word and what it counts.
    pub(crate) french_of: Vec<Phrase<()>>,
    pub(crate) ordinal_endings: Vec<Phrase<()>>,
    pub(crate) hour_marks: Vec<Phrase<()>>,
    pub(crate) french_adjectives: Vec<Phrase<()>>,
    pub(crate) scaled_units: Vec<Phrase<(u64, &'static str)>>,
    /// By word id: whether a figure may start at the word (a number word,
    /// or the first word of a phrase that opens one).
    starts: Vec<bool>,
}

/// The first word of each phrase.
fn first_words<T>(phrases: &[Phrase<T>]) -> Vec<WordId> {
    phrases.iter().filter_map(|p| p.words.first().copied()).collect()
}

/// The words of a French table entry as the reader splits French text: at
/// spaces and hyphens, and after an elision (`jusqu'à` → `jusqu'`, `à`).
fn french_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().flat_map(|w| w.split('-')).flat_map(|w| {
        let cut = w.find('\'').map_or(w.len(), |i| i + 1);
        let (elided, rest) = w.split_at(cut);
        [elided, rest].into_iter().filter(|p| !p.is_empty())
    })
}

/// The conjunctions glued onto any word, function words included.
const GLUED_CONJUNCTIONS: [char; 2] = ['و', 'ف'];
/// The prepositions glued onto a particle (`بأن`, `لأن`, `كأن`, `بما`).
const GLUED_PREPOSITIONS: [char; 3] = ['ب', 'ل', 'ك'];
/// The two-letter function words a glued preposition takes (`بأن`,
/// `لما`, `لكل`, `لقد`, `بمن`, `بأي`), folded (`أن` and `إن` both fold
/// to `ان`).
const PARTICLES_AFTER_A_PREPOSITION: [&str; 6] = ["ان", "ما", "كل", "قد", "من", "اي"];

/// Every form of the known words `ids`: each word itself, then behind
/// each prefix in [`PREFIXES`] order (a form two readings share is read
/// the first way: whole, or behind the first prefix that leaves a word).
fn forms(ids: &FxHashMap<String, WordId>) -> FxHashMap<String, KnownWord> {
    let mut forms: FxHashMap<String, KnownWord> = ids
        .iter()
        .map(|(word, &id)| {
            let whole = KnownWord {
                id,
                prefix_chars: 0,
                prefix_is_waw: false,
            };
            (word.clone(), whole)
        })
        .collect();
    // Within one prefix each word makes a different form, so only the
    // order of prefixes decides.
    // Only Arabic words take a glued prefix.
    for prefix in PREFIXES {
        for (rest, &id) in ids
            .iter()
            .filter(|(w, _)| w.chars().next().is_some_and(is_arabic_letter))
        {
            // A bare two-letter rest behind ب/ل is more often another word
            // (لست "I am not" is not ل + ست "six"); but بما is ب + ما
            // (`بما يقرب من 300`).
            // بست is ب + ست (`بست ملايين`); لست stays "I am not".
            let six_behind_ba = *prefix == "ب" && rest == "ست";
            if *prefix != "و" && rest.chars().count() < 3 && rest != "ما" && !six_behind_ba {
                continue;
            }
            forms.entry(format!("{prefix}{rest}")).or_insert(KnownWord {
                id,
                prefix_chars: prefix.chars().count() as u8,
                prefix_is_waw: *prefix == "و",
            });
        }
    }
    forms
}

/// An ISO 4217 code (`MAD`), not a measure's symbol (`km`, `pp`).
pub(crate) fn is_currency_code(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// The currencies a word may name, as the tables write them (`دينار` in
/// `دينار كويتي`, `دينار أردني` …): every name of a unit with the code it
/// stands for, in both languages.
pub(crate) fn currency_names() -> impl Iterator<Item = (&'static str, &'static str)> {
    UNITS
        .iter()
        .chain(fr::UNITS)
        .copied()
        .filter(|(_, code)| is_currency_code(code))
}

/// The lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lexicon = Lexicon {
            ids: FxHashMap::default(),
            forms: FxHashMap::default(),
            longest: 0,
            numbers: Vec::new(),
            waw: WordId(0),
            et: WordId(0),
            numbered_names: Vec::new(),
            units: Vec::new(),
            range_openers: Vec::new(),
            range_to: Vec::new(),
            function_words: FxHashSet::default(),
            word_lists: Default::default(),
            sign_words: Vec::new(),
            sub_units: FxHashMap::default(),
            changes: FxHashMap::default(),
            change_connectors: Vec::new(),
            year_cues: Vec::new(),
            qualifiers_before: Vec::new(),
            qualifiers_after: Vec::new(),
            qualified_limits: Vec::new(),
            percent_words: Vec::new(),
            months: Vec::new(),
            hijri_months: Vec::new(),
            hijri_marks: Vec::new(),
            day_words: Vec::new(),
            day_of: Vec::new(),
            clock: Vec::new(),
            hours: Vec::new(),
            minutes: Vec::new(),
            minute_words: Vec::new(),
            periods: Vec::new(),
            one_of: Vec::new(),
            each: Vec::new(),
            of: Vec::new(),
            one_unit_nouns: Vec::new(),
            french_of: Vec::new(),
            ordinal_endings: Vec::new(),
            hour_marks: Vec::new(),
            french_adjectives: Vec::new(),
            scaled_units: Vec::new(),
            starts: Vec::new(),
        };
        lexicon.waw = lexicon.intern("و");
        lexicon.et = lexicon.intern(fr::AND);
        lexicon.numbered_names = NUMBERED_NAMES.iter().map(|name| lexicon.intern(name)).collect();
        lexicon.year_cues = [YEAR_CUES, fr::YEAR_CUES]
            .concat()
            .iter()
            .map(|cue| lexicon.intern(cue))
            .collect();
        lexicon.units = lexicon.phrases(UNITS, fr::UNITS);
        lexicon.range_openers = lexicon.phrases(RANGE_OPENERS, fr::RANGE_OPENERS);
        lexicon.range_to = lexicon.plain_phrases(RANGE_TO, fr::RANGE_TO);
        lexicon.changes = [CHANGE_WORDS, fr::CHANGE_WORDS]
            .concat()
            .iter()
            .map(|&(w, c)| (lexicon.intern(w), c))
            .collect();
        lexicon.change_connectors = [CHANGE_CONNECTORS, fr::CHANGE_CONNECTORS]
            .concat()
            .iter()
            .map(|w| lexicon.intern(w))
            .collect();
        lexicon.function_words = [FUNCTION_WORDS, fr::FUNCTION_WORDS]
            .concat()
            .iter()
            .map(|w| fold(w))
            .collect();
        let folded_set =
            |tables: &[&[&str]]| -> FxHashSet<String> { tables.concat().iter().map(|w| fold(w)).collect() };
        lexicon.word_lists = [
            folded_set(&[VERBS_AFTER_A_SUBJECT, fr::VERBS_AFTER_A_SUBJECT]),
            folded_set(&[ORDINAL_UNITS]),
            folded_set(&[PERIOD_PARTS]),
            folded_set(&[FRACTION_DENOMINATORS, fr::FRACTION_DENOMINATORS]),
            folded_set(&[DECIMAL_POINT_WORDS, fr::DECIMAL_POINT_WORDS]),
            folded_set(&[COLLOQUIAL_NUMBER_WORDS]),
            folded_set(&[SUBJECT_HEADS, fr::LABEL_HEADS]),
            folded_set(&[STOCK_INDEXES, fr::STOCK_INDEXES]),
            folded_set(&[RATE_NOUNS, fr::RATE_NOUNS]),
            folded_set(&[AMOUNTING_VERBS]),
            folded_set(&[AMOUNTING_TO]),
            folded_set(&[PLURAL_HUNDREDS]),
            folded_set(&[AMOUNTED_BY]),
            folded_set(&[RANK_NOUNS]),
            folded_set(&[PROVISION_NOUNS, fr::PROVISION_NOUNS]),
            folded_set(&[DEFINITE_NUMBER_HEADS]),
            folded_set(&[PLURAL_PROVISION_NOUNS, fr::PLURAL_PROVISION_NOUNS]),
            folded_set(&[PROVISION_SUFFIXES, fr::PROVISION_SUFFIXES]),
            currency_names()
                .filter_map(|(name, _)| name.split(' ').next())
                .map(fold)
                .collect(),
        ];
        lexicon.sub_units = SUB_UNITS
            .iter()
            .chain(fr::SUB_UNITS)
            .flat_map(|&(words, currencies)| words.iter().map(move |w| (fold(w), currencies)))
            .collect();
        lexicon.sign_words = lexicon.plain_phrases(SIGN_WORDS, fr::SIGN_WORDS);
        for &(word, number) in NUMBER_WORDS.iter().chain(fr::NUMBER_WORDS) {
            let id = lexicon.intern(word);
            lexicon.numbers[id.0 as usize] = Some(number);
        }
        lexicon.qualifiers_before = lexicon.phrases(QUALIFIERS_BEFORE, fr::QUALIFIERS_BEFORE);
        lexicon.qualifiers_after = lexicon.phrases(QUALIFIERS_AFTER, fr::QUALIFIERS_AFTER);
        lexicon.qualified_limits = lexicon.plain_phrases(QUALIFIED_LIMITS, &[]);
        lexicon.percent_words = lexicon.plain_phrases(PERCENT_WORDS, fr::PERCENT_WORDS);
        lexicon.months = lexicon.phrases(MONTHS, fr::MONTHS);
        lexicon.hijri_months = lexicon.phrases(HIJRI_MONTHS, &[]);
        lexicon.hijri_marks = lexicon.plain_phrases(HIJRI_MARKS, &[]);
        lexicon.day_words = lexicon.phrases(DAY_WORDS, &[]);
        lexicon.day_of = lexicon.plain_phrases(DAY_OF, &[]);
        lexicon.clock = lexicon.plain_phrases(CLOCK, &[]);
        lexicon.hours = lexicon.phrases(HOURS, &[]);
        lexicon.minutes = lexicon.phrases(MINUTES, &[]);
        lexicon.minute_words = lexicon.plain_phrases(MINUTE_WORDS, &[]);
        lexicon.periods = lexicon.phrases(PERIODS, &[]);
        lexicon.one_of = lexicon.plain_phrases(ONE_OF, &[]);
        lexicon.each = lexicon.plain_phrases(EACH, &[]);
        lexicon.of = lexicon.plain_phrases(OF, &[]);
        lexicon.one_unit_nouns = lexicon.plain_phrases(ONE_UNIT_NOUNS, &[]);
        lexicon.french_of = lexicon.plain_phrases(&[], fr::OF);
        lexicon.ordinal_endings = lexicon.plain_phrases(&[], fr::ORDINAL_ENDINGS);
        lexicon.hour_marks = lexicon.plain_phrases(&[], fr::HOUR_MARKS);
        lexicon.french_adjectives = lexicon.plain_phrases(&[], fr::ADJECTIVES_BEFORE_NOUN);
        let scaled: Vec<(&str, (u64, &'static str))> = fr::SCALED_UNITS
            .iter()
            .map(|&(w, scale, unit)| (w, (scale, unit)))
            .collect();
        // `ملياردرهم`: a scale word (one, in the singular) and a one-word
        // currency glued together, as text copied from a page may have
        // them when a space is lost.
        let singular_scales = NUMBER_WORDS.iter().filter_map(|&(word, number)| match number {
            NumberWord::Scale {
                value,
                form: ScaleForm::Singular,
            } => Some((word, value)),
            _ => None,
        });
        let glued: Vec<(String, (u64, &'static str))> = singular_scales
            .flat_map(|(scale_word, scale)| {
                UNITS
                    .iter()
                    .filter(|(word, code)| !word.contains(' ') && is_currency_code(code))
                    .map(move |&(word, code)| (format!("{scale_word}{word}"), (scale, code)))
            })
            .collect();
        let glued: Vec<(&str, (u64, &'static str))> = glued.iter().map(|(w, m)| (w.as_str(), *m)).collect();
        lexicon.scaled_units = lexicon.phrases(&glued, &scaled);
        let year_words: Vec<WordId> = fr::YEAR_THOUSANDS.iter().map(|w| lexicon.intern(w)).collect();
        lexicon.starts = lexicon.numbers.iter().map(Option::is_some).collect();
        let openers: Vec<WordId> = [
            year_words,
            first_words(&lexicon.qualifiers_before),
            first_words(&lexicon.day_words),
            first_words(&lexicon.months),
            first_words(&lexicon.clock),
            first_words(&lexicon.range_openers),
            first_words(&lexicon.one_unit_nouns),
            first_words(&lexicon.sign_words),
        ]
        .concat();
        for id in openers {
            if let Some(start) = lexicon.starts.get_mut(id.0 as usize) {
                *start = true;
            }
        }
        let prefix = PREFIXES.iter().map(|p| p.len()).max().unwrap_or(0);
        lexicon.longest = lexicon.ids.keys().map(String::len).max().unwrap_or(0) + prefix;
        lexicon.forms = forms(&lexicon.ids);
        lexicon
    }

    fn intern(&mut self, word: &str) -> WordId {
        let folded = fold(word);
        if let Some(&id) = self.ids.get(&folded) {
            return id;
        }
        let id = WordId(self.numbers.len() as u32);
        self.ids.insert(folded, id);
        self.numbers.push(None);
        id
    }

    /// The phrases of an Arabic and a French table, longest first.
    fn phrases<T: Copy>(&mut self, arabic: &[(&str, T)], french: &[(&str, T)]) -> Vec<Phrase<T>> {
        let mut phrases: Vec<Phrase<T>> = Vec::with_capacity(arabic.len() + french.len());
        for &(text, meaning) in arabic {
            let words = text.split_whitespace().map(|w| self.intern(w)).collect();
            phrases.push(Phrase { words, meaning });
        }
        for &(text, meaning) in french {
            let words = french_words(text).map(|w| self.intern(w)).collect();
            phrases.push(Phrase { words, meaning });
        }
        // Longest first, so `ما لا يقل عن` wins over `لا يقل عن`.
        phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        phrases
    }

    fn plain_phrases(&mut self, arabic: &[&str], french: &[&str]) -> Vec<Phrase<()>> {
        fn pairs<'a>(table: &[&'a str]) -> Vec<(&'a str, ())> {
            table.iter().map(|&t| (t, ())).collect()
        }
        let (arabic, french) = (pairs(arabic), pairs(french));
        self.phrases(&arabic, &french)
    }

    /// Finds a folded word, whole or behind a glued prefix.
    pub(crate) fn lookup(&self, folded: &str) -> Option<KnownWord> {
        if folded.len() > self.longest {
            return None;
        }
        self.forms.get(folded).copied()
    }

    /// Whether a figure may start at this word.
    pub(crate) fn starts_figure(&self, id: WordId) -> bool {
        self.starts.get(id.0 as usize).copied().unwrap_or(false)
    }

    /// Whether a word (as written) is a preposition, pronoun or particle,
    /// also behind a glued conjunction (`وأن`, `فإن`, `ولم`) or a glued
    /// preposition (`لأن`, `بحسب`, `لكل`). Behind a preposition a short
    /// word must be one of the particles that take one: a noun that reads
    /// as a preposition and a pronoun or a negation (`كلم`, `بهو`, `كبل`)
    /// stays a noun.
    pub(crate) fn is_function_word(&self, word: &str) -> bool {
        with_folded(word, |folded| {
            let behind = |glued: &[char]| folded.strip_prefix(glued).filter(|rest| rest.chars().count() >= 2);
            let after_a_preposition =
                |rest: &str| rest.chars().count() >= 3 || PARTICLES_AFTER_A_PREPOSITION.contains(&rest);
            self.function_words.contains(folded)
                || behind(&GLUED_CONJUNCTIONS).is_some_and(|rest| self.function_words.contains(rest))
                || behind(&GLUED_PREPOSITIONS)
                    .is_some_and(|rest| after_a_preposition(rest) && self.function_words.contains(rest))
        })
    }

    /// Whether a word (as written) is in `list`.
    pub(crate) fn is(&self, list: WordList, word: &str) -> bool {
        with_folded(word, |folded| self.word_lists[list as usize].contains(folded))
    }

    /// How many of a smaller unit (a word as written: `هللة`, `cents`)
    /// make one of `currency`, if it divides it.
    pub(crate) fn sub_unit(&self, word: &str, currency: &str) -> Option<u32> {
        with_folded(word, |folded| {
            self.sub_units
                .get(folded)
                .and_then(|of| of.iter().find(|(code, _)| *code == currency))
                .map(|&(_, per)| per)
        })
    }

    /// Whether a word (as written) is in `list`, alone or behind a glued
    /// `و` (`والخامس`, `وتمانين`).
    pub(crate) fn is_with_waw(&self, list: WordList, word: &str) -> bool {
        self.is(list, word) || word.strip_prefix('و').is_some_and(|rest| self.is(list, rest))
    }

    /// The change a word states, if it is a change word.
    pub(crate) fn change_of(&self, id: WordId) -> Option<Change> {
        self.changes.get(&id).copied()
    }

    pub(crate) fn is_change_connector(&self, id: WordId) -> bool {
        self.change_connectors.contains(&id)
    }

    /// The number meaning of a word, if it has one.
    pub(crate) fn number(&self, id: WordId) -> Option<NumberWord> {
        self.numbers.get(id.0 as usize).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::NumberWord::*;
    use super::*;

    #[test]
    fn spelling_variants_find_the_same_word() {
        let lex = lexicon();
        let a = lex.lookup(&fold("إحدى")).unwrap();
        let b = lex.lookup(&fold("احدي")).unwrap();
        assert_eq!(a.id, b.id);
        assert_eq!(lex.number(a.id), Some(Unit(1)));
    }

    #[test]
    fn conjunction_is_stripped_from_number_words() {
        let lex = lexicon();
        let word = lex.lookup(&fold("وعشرون")).unwrap();
        assert!(word.prefix_is_waw);
        assert_eq!(lex.number(word.id), Some(Tens(20)));
        // واحد starts with و but is a word of its own.
        let one = lex.lookup(&fold("واحد")).unwrap();
        assert_eq!(one.prefix_chars, 0);
    }

    #[test]
    fn short_rest_behind_a_preposition_is_not_a_number() {
        assert!(lexicon().lookup(&fold("لست")).is_none());
        assert!(lexicon().lookup(&fold("بالمائة")).is_some());
    }
}
