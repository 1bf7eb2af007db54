//! Between figures and rules: relations found among the figures of
//! documents, without a rule file (SPEC §6.4, §7.2).
//!
//! Discovery is candidates, evidence and one score. [`Article`] reads one
//! document's figures and what stands around each (paragraph, sentence,
//! quantity key, period, cue words); [`amount`] turns them into amounts
//! with the interval of values each stands for; the [`finders`] propose
//! candidate relations with typed evidence; [`score`] weighs them (every
//! threshold lives there); [`repair`] finds the one edit that would make
//! a failing relation hold; [`arbitrate`] keeps one best explanation per
//! figure; [`explain`] writes every English sentence. It returns plain
//! [`Suggestion`]s: writing them as a rule file is the next step's work.

mod amount;
mod arbitrate;
mod candidate;
mod corroborate;
mod cues;
mod explain;
mod finders;
mod landmarks;
mod quantity;
mod repair;
mod score;
mod shortlist;
mod subject;
mod support;

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;
use rust_decimal::Decimal;

pub(crate) use candidate::Compare;

use crate::extract::{Figure, FigureIndex, Kind, Value};
use crate::text::paragraphs::Paragraph;
use crate::text::script::Script;
use crate::text::Document;

/// A figure of one of the articles: `(article, figure)` indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FigureRef {
    pub(crate) article: usize,
    pub figure: usize,
}

/// How parts make a total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SumKind {
    /// Parts that add up to a total.
    Sum,
    /// One figure is the difference of two others (a deficit, a rise).
    Difference,
    /// A change in percentage points between two rates.
    Points,
}

/// What a percentage is the ratio of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RatioKind {
    Share,
    Change,
}

/// What a suggested rule asserts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relation {
    /// The parts add up to the total.
    Sum {
        parts: Vec<FigureRef>,
        total: FigureRef,
        kind: SumKind,
    },
    /// A rounded or qualified figure agrees with a precise one.
    Claim { claim: FigureRef, precise: FigureRef },
    /// The figures state one quantity.
    Equal { figures: Vec<FigureRef> },
    /// A part is at most its whole.
    Within { part: FigureRef, whole: FigureRef },
    /// A percentage is `Σ numerator / Σ denominator` (terms added, or
    /// subtracted when marked): a share or a change.
    Ratio {
        percent: FigureRef,
        numerator: Vec<(FigureRef, bool)>,
        denominator: Vec<(FigureRef, bool)>,
        compare: Compare,
        kind: RatioKind,
    },
}

impl Relation {
    /// A short name, used in rule ids.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Relation::Sum { kind: SumKind::Sum, .. } => "sum",
            Relation::Sum {
                kind: SumKind::Difference,
                ..
            } => "difference",
            Relation::Sum {
                kind: SumKind::Points, ..
            } => "points",
            Relation::Claim { .. } => "claim",
            Relation::Equal { .. } => "equal",
            Relation::Within { .. } => "within",
            Relation::Ratio {
                kind: RatioKind::Share, ..
            } => "share",
            Relation::Ratio {
                kind: RatioKind::Change,
                ..
            } => "change",
        }
    }

    /// Every figure of the relation, each once.
    pub fn figures(&self) -> Vec<FigureRef> {
        let mut all = match self {
            Relation::Sum { parts, total, .. } => std::iter::once(*total).chain(parts.iter().copied()).collect(),
            Relation::Claim { claim, precise } => vec![*claim, *precise],
            Relation::Equal { figures } => figures.clone(),
            Relation::Within { part, whole } => vec![*part, *whole],
            Relation::Ratio {
                percent,
                numerator,
                denominator,
                ..
            } => std::iter::once(*percent)
                .chain(numerator.iter().chain(denominator).map(|(f, _)| *f))
                .collect::<Vec<_>>(),
        };
        let mut seen = std::collections::HashSet::new();
        all.retain(|f| seen.insert(*f));
        all
    }
}

/// How sure a suggestion is; a rule's severity follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Confidence {
    /// Evidence enough to suggest it: worth a look.
    Weak,
    /// Evidence that clears [`score::STRONG`], and for a failing relation
    /// one figure whose edit repairs it.
    Strong,
}

/// A relation found among the figures, with why it was suggested.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub relation: Relation,
    pub(crate) confidence: Confidence,
    /// Quotes the text the relation links.
    pub(crate) description: String,
    /// Why it was suggested: the evidence found.
    pub(crate) reason: String,
    /// For a relation that almost holds: what is suspected, and why.
    pub suspected: Option<String>,
    /// The absolute tolerance the rule needs for the figures' rounding.
    pub(crate) tolerance: Option<Decimal>,
    /// The figure read the other way (`162.984 مليون` as 162,984 million):
    /// its rule names it with `reading: alternative`.
    pub(crate) read_otherwise: Option<FigureRef>,
}

/// A document's figures with what discovery needs to know about each.
#[derive(Debug)]
pub struct Article {
    pub document: Arc<Document>,
    /// Its first [`FIGURES_SEARCHED`] figures.
    pub index: FigureIndex,
    /// The year it reports on: the year it states most often.
    pub(crate) year: Option<i64>,
    pub(crate) facts: Vec<Facts>,
    /// The counts, percentages and fractions past the first
    /// [`FIGURES_SEARCHED`] figures: read, counted, not kept.
    not_searched: usize,
}

/// What stands around one figure.
#[derive(Debug, Clone, Default)]
pub(crate) struct Facts {
    /// Sentences end at a full stop or a line break.
    pub(crate) sentence: usize,
    /// In a short paragraph before the first long one: a title.
    pub(crate) headline: bool,
    pub(crate) noun: Option<Arc<str>>,
    /// What it counts, singular and folded (SPEC §7.2).
    pub(crate) key: Option<Arc<str>>,
    /// The key of the word after its noun (`وثيقة إقامة`: `اقامه`), which
    /// a table's labels may name instead of the noun.
    pub(crate) next_key: Option<Arc<str>>,
    /// The subject of its clause, as a key (`بلغت الواردات 291.1 مليار`:
    /// `واردات`), or of the sentence's clause before it.
    pub(crate) subject: Option<Arc<str>>,
    /// The year it is reported for: the nearest year in its sentence, or
    /// the article's own or the one before where its words say so
    /// (`خلال الموسم الحالي`, `السنة الماضية`).
    pub(crate) period: Option<i64>,
    /// The period its words name beside the article's: 0 for the current
    /// one, -1 for the one before.
    pub(crate) relative_period: Option<i64>,
    /// `مجموع`, `إجمالي` just before it: it is a total.
    pub(crate) total_word: bool,
    /// `من بينها`, `منها` before it: it is part of a figure before it.
    pub(crate) part_cue: bool,
    /// `من مجموع`, `من أصل` before it: the figure before it is its part.
    pub(crate) whole_cue: bool,
    /// `ما نسبته`, `أي`, `ما يمثل` before a percentage: a share.
    pub(crate) share_cue: bool,
    /// `توزعت على`, `répartis entre` before it: parts of a total follow.
    pub(crate) distribution_cue: bool,
    /// `من مجموع`, `من إجمالي` after a percentage: a share of a total.
    pub(crate) of_total: bool,
    /// What that total counts, where the text says (`من إجمالي الواردات`,
    /// `du total des exportations`): the key of its whole.
    pub(crate) whole_named: Option<Arc<str>>,
    /// `مقابل`, `contre` before it: set against the figure before it.
    pub(crate) contrast_cue: bool,
    /// `عجز`, `excédent` shortly before it, or as its clause's subject or
    /// that of the change just before it: a balance, the difference of
    /// two flows.
    pub(crate) balance_cue: bool,
    /// Which flow of a balance it is (see [`cues::flow`]): named by the
    /// words before it (`les exportations ont atteint`), by its clause's
    /// subject, or, with no subject of its own, the figure's before it in
    /// its sentence.
    pub(crate) flow: Option<(usize, bool)>,
    /// How many words stand between it and the figure before it in its
    /// paragraph (or the paragraph's start).
    pub(crate) words_before: usize,
    /// A rate of change stated with the amount of that change beside it
    /// (`+10,3 % ou +369 millions`, `بنسبة 5 في المائة أي 200 ألف`): the
    /// two describe one change, whose ends differ by that amount. Its
    /// size and precision.
    pub(crate) with_its_amount: Option<(Decimal, Decimal)>,
    /// In a list a distribution cue opens (`وتوزعت هذه التدخلات كما يلي: –
    /// 142 … – 159 … – 297`): the list, by the index of its first figure,
    /// and the figure it breaks down (the count before the cue), if any.
    pub(crate) listed: Option<(usize, Option<usize>)>,
    /// The span of years a percentage is stated over (`ارتفاعا سنويا ب 3.1
    /// في المائة في الفترة بين 2013 و2017`): an average over it.
    pub(crate) span: Option<(i64, i64)>,
    /// In a French paragraph (SPEC §6.3).
    pub(crate) french: bool,
    /// In a table: the quantity keys of the words of its row's and
    /// column's labels (SPEC §7.3), which stand for the words around a
    /// figure in prose.
    pub(crate) labels: Labels,
    /// In a table: its cell's sheet, row and column.
    pub(crate) grid: Option<(u32, u32, u32)>,
}

/// How many words after `من إجمالي`, `du total` may name the total:
/// `من إجمالي عدد المواليد`.
const WHOLE_NAMED_WITHIN: usize = 3;

/// How many words after a figure its facts read: a cue starts within the
/// first four and takes up to four, the whole it names three more.
const WORDS_AFTER: usize = 16;

/// Paragraphs this long or longer are body text, not titles.
const BODY_PARAGRAPH: usize = 120;

/// Body text is long and ends its last sentence; a title, however long
/// (`"الإحصاء": 2.6 مليون مولود خلال عام 2012.. والقاهرة …`), ends
/// without a full stop or trails off.
fn is_body_paragraph(paragraph: &str) -> bool {
    let paragraph = paragraph.trim();
    let ends_sentence = paragraph.ends_with(['.', '!', '?', '؟']) && !paragraph.ends_with("..");
    ends_sentence && paragraph.chars().count() >= BODY_PARAGRAPH
}

/// The most figures of one document relations are looked for among, in
/// text order. A news article holds tens, a long report a few thousand;
/// past this a document is a data dump, whose every figure would cost
/// discovery hundreds of bytes and its search minutes (a 64 MB list of
/// numbers, read whole, took gigabytes). The rest are counted as in no
/// relation, and the summary says they were not searched.
pub const FIGURES_SEARCHED: usize = 20_000;

/// The most paragraphs a headline takes: a title and a dek. A report's
/// results set out as lines without a full stop are body, however many.
const MOST_HEADLINE_PARAGRAPHS: usize = 2;

impl Article {
    /// Reads the figures of `document` and what stands around them.
    pub fn new(document: Arc<Document>) -> Article {
        // The figures past the limit are read one at a time for the year
        // and the count, so that a data dump costs its text, not hundreds
        // of bytes a figure.
        let mut read = crate::extract::document_figures(&document).filter_map(Result::ok);
        let searched: Vec<Figure> = read.by_ref().take(FIGURES_SEARCHED).collect();
        let mut years = YearCounts::default();
        searched.iter().for_each(|f| years.add(f));
        let (mut past, mut not_searched) = (0, 0);
        for figure in read {
            years.add(&figure);
            past += 1;
            not_searched += usize::from(may_relate(figure.kind));
        }
        let index = FigureIndex::first_of(&document, searched, past > 0);
        let text = document.text();
        let split = document.paragraphs();
        let paragraphs = paragraph_starts(text, split);
        let first_body = paragraphs
            .iter()
            .enumerate()
            .find(|&(i, &start)| {
                let end = paragraphs.get(i + 1).copied().unwrap_or(text.len());
                text.get(start..end).is_some_and(is_body_paragraph)
            })
            .map_or(paragraphs.len(), |(i, _)| i)
            .min(MOST_HEADLINE_PARAGRAPHS);
        let figures = index.figures();
        let sentences = sentence_ends(text);
        let mut facts = Vec::with_capacity(figures.len());
        for (i, figure) in figures.iter().enumerate() {
            let paragraph = paragraphs
                .partition_point(|&start| start <= figure.span.start)
                .saturating_sub(1);
            let paragraph_start = paragraphs.get(paragraph).copied().unwrap_or(0);
            // The words before it, back to the previous figure or the
            // paragraph's start.
            let previous_end = i.checked_sub(1).and_then(|p| figures.get(p)).map_or(0, |p| p.span.end);
            let from = paragraph_start.max(previous_end).min(figure.span.start);
            let before = cues::words_before(text.get(from..figure.span.start).unwrap_or(""));
            // The words after it, up to the next figure.
            let next_start = figures
                .get(i + 1)
                .map_or(text.len(), |n| n.span.start)
                .max(figure.span.end);
            let after = cues::words_after(text.get(figure.span.end..next_start).unwrap_or(""), WORDS_AFTER);
            let noun = figure.noun(text);
            let key = match noun.as_deref() {
                // `12.1 مليون عدد الأجانب`: a measure word says how the
                // figure counts, not what; which words after it name the
                // quantity the reader cannot tell, so it names none.
                Some(head) if crate::extract::is_label_head(head) => None,
                noun => noun.and_then(quantity::key),
            }
            .map(Arc::from);
            let french = split
                .get(split.partition_point(|p| p.block.end <= figure.span.start))
                .is_some_and(|p| p.script == Script::Latin);
            let sentence = sentences.partition_point(|&end| end <= figure.span.start);
            let own_subject = subject::subject(&before, french).map(Arc::from);
            let subject = own_subject.clone().or_else(|| {
                facts
                    .last()
                    .filter(|f: &&Facts| f.sentence == sentence)
                    .and_then(|f| f.subject.clone())
            });
            // The noun is the first word after the figure, when there is one.
            let next_key = key
                .as_ref()
                .and(after.get(1))
                .and_then(|w| quantity::key(&crate::extract::noun_form(w)))
                .map(Arc::from);
            // `من إجمالي الواردات`: a share of a total, and what it counts.
            let of_total = cues::after_any(&after, cues::OF_TOTAL_CUES, 4).filter(|_| is_share_like(figure.kind));
            // A balance or a flow is named before the figure, or is the
            // subject of its clause. A level reached by a change stated
            // just before it is of what changed (`تراجع العجز … بنحو 11.2
            // في المئة ليصل إلى 19.98 بليون`), and a flow runs on along its
            // sentence until another subject is named (`قيمة الصادرات ارتفعت
            // خلال الأشهر الثلاثة … بنسبة 8.2 في المائة لتصل إلى 31.4`).
            let previous = i
                .checked_sub(1)
                .and_then(|p| figures.get(p).zip(facts.last()))
                .filter(|(_, f): &(&Figure, &Facts)| f.sentence == sentence);
            let rate_before = previous.filter(|(p, _)| is_share_like(p.kind)).map(|(_, f)| f);
            let balance_cue = cues::ends_with_any(&before, cues::BALANCE_CUES, cues::BALANCE_WITHIN)
                || subject.as_deref().is_some_and(cues::balance_subject)
                || rate_before.is_some_and(|f| f.balance_cue);
            let flow = cues::flow(&before)
                .or_else(|| subject.as_deref().and_then(cues::flow_of_subject))
                .or_else(|| previous.filter(|_| own_subject.is_none()).and_then(|(_, f)| f.flow));
            facts.push(Facts {
                sentence,
                headline: paragraph < first_body,
                key,
                next_key,
                subject,
                noun: noun.map(Arc::from),
                period: None,
                relative_period: cues::relative_period(&before, &after),
                distribution_cue: cues::ends_with_any(&before, cues::DISTRIBUTION_CUES, 6),
                of_total: of_total.is_some(),
                whole_named: of_total
                    .and_then(|rest| subject::subject(&rest[..rest.len().min(WHOLE_NAMED_WITHIN)], french))
                    .map(Arc::from),
                total_word: cues::ends_with_any(&before, cues::TOTAL_WORDS, 3),
                part_cue: cues::part_of_previous(&before, previous_end > paragraph_start, 5),
                whole_cue: cues::ends_with_any(&before, cues::WHOLE_CUES, 2),
                contrast_cue: cues::ends_with_any(&before, cues::CONTRAST_CUES, 3),
                words_before: before.len(),
                balance_cue,
                flow,
                share_cue: is_share_like(figure.kind) && cues::ends_with_any(&before, cues::SHARE_CUES, 3),
                span: None,
                listed: None,
                with_its_amount: changed_by(figures, i, &after, text, &sentences),
                french,
                labels: Labels::default(),
                grid: None,
            });
        }
        let year = years.most();
        periods(figures, &mut facts);
        spans(figures, &mut facts);
        lists(figures, &mut facts);
        if document.cells().is_some() {
            cell_facts(&document, figures, &mut facts);
        }
        Article {
            document,
            index,
            year,
            facts,
            not_searched,
        }
    }

    pub fn figure(&self, i: usize) -> Option<&Figure> {
        self.index.figures().get(i)
    }

    /// How many of its counts, percentages and fractions relations are
    /// not looked for among: those past its first [`FIGURES_SEARCHED`]
    /// figures, which its index does not hold.
    pub fn figures_not_searched(&self) -> usize {
        self.not_searched
    }

    /// The figure's text as written.
    #[cfg(test)]
    pub(crate) fn text(&self, i: usize) -> &str {
        self.figure(i).map_or("", |f| f.text(self.document.text()))
    }
}

/// A percentage, or a fraction (`ثلث المستفيدين`), which states a share
/// as one.
fn is_share_like(kind: Kind) -> bool {
    matches!(kind, Kind::Percent | Kind::Fraction)
}

/// A table's figures take their period and what they count from their
/// cell's labels: a column headed `2025` is that year's; a row labelled
/// `سندات الإقامة للأجانب` counts what those words name. No cell of a table
/// is a title.
fn cell_facts(document: &Document, figures: &[Figure], facts: &mut [Facts]) {
    // A row's label and a column's header are read once, and their keys
    // shared by every cell under them: a table of a million cells holds
    // one copy a line, not a copy a cell.
    let mut read: HashMap<&str, Arc<[String]>> = HashMap::new();
    for (figure, facts) in figures.iter().zip(facts.iter_mut()) {
        facts.headline = false;
        let Some(cell) = document.cell_at(figure.span.start) else {
            continue;
        };
        facts.grid = Some(cell.grid);
        let labels = [cell.row_label, cell.column_label];
        facts.period = labels.iter().flatten().find_map(|l| table_year(l));
        facts.labels = Labels {
            row: label_keys(&mut read, cell.row_label),
            column: label_keys(&mut read, cell.column_label),
        };
    }
}

/// The quantity keys of the words of a label, read once.
fn label_keys<'d>(read: &mut HashMap<&'d str, Arc<[String]>>, label: Option<&'d str>) -> Arc<[String]> {
    let Some(label) = label else { return Arc::from([]) };
    let keys = read.entry(label).or_insert_with(|| {
        // Each word as a counted noun is read (its article and glued
        // preposition dropped); a plural in -ات may be a feminine's
        // (`بطاقات`) or a masculine's (`سندات`), so both singulars stand.
        let mut keys = Vec::new();
        for word in label
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| table_year(word).is_none())
        {
            let noun = crate::extract::noun_form(word);
            keys.extend(quantity::key(&noun));
            keys.extend(noun.strip_suffix("ات").and_then(quantity::key));
        }
        keys.dedup();
        keys.into()
    });
    Arc::clone(keys)
}

/// A label that is a year (`2025`).
fn table_year(label: &str) -> Option<i64> {
    let label = label.trim();
    let year: i64 = label.parse().ok()?;
    (label.len() == 4 && (1900..=2100).contains(&year)).then_some(year)
}

/// The quantity keys of a table cell's labels, its row's and its
/// column's, each shared by the cells of its line.
#[derive(Debug, Clone, Default)]
pub(crate) struct Labels {
    row: Arc<[String]>,
    column: Arc<[String]>,
}

impl Labels {
    pub(crate) fn iter(&self) -> impl Iterator<Item = &String> {
        self.row.iter().chain(self.column.iter())
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.row.is_empty() && self.column.is_empty()
    }
}

/// Where each paragraph with text starts; in a text with no blank line
/// (copied from a page, one paragraph a line), where each line does.
fn paragraph_starts(text: &str, paragraphs: &[Paragraph]) -> Vec<usize> {
    let starts: Vec<usize> = paragraphs
        .iter()
        .filter(|p| !p.lines.is_empty())
        .map(|p| p.block.start)
        .collect();
    if starts.len() > 1 {
        return starts;
    }
    let mut line_starts = vec![0];
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if offset > 0 && !line.trim().is_empty() {
            line_starts.push(offset);
        }
        offset += line.len();
    }
    line_starts
}

/// The year stated most often (dates count too); the later on a tie.
#[derive(Default)]
struct YearCounts(HashMap<i64, usize>);

impl YearCounts {
    fn add(&mut self, figure: &Figure) {
        let year = match (&figure.value, figure.kind) {
            (Value::Number(n), Kind::Year) if figure.calendar.is_none() => n.trunc().try_into().ok(),
            (Value::Date(date), Kind::Date) if figure.calendar.is_none() => date.year.map(i64::from),
            _ => None,
        };
        if let Some(year) = year {
            *self.0.entry(year).or_default() += 1;
        }
    }

    /// The year stated most often; of two as often, the later.
    fn most(&self) -> Option<i64> {
        self.0
            .iter()
            .max_by_key(|&(&year, &count)| (count, year))
            .map(|(&year, _)| year)
    }
}

/// Whether a figure of `kind` may take part in a relation: counts,
/// percentages and fractions (not years, dates, times).
pub(crate) fn may_relate(kind: Kind) -> bool {
    matches!(kind, Kind::Number | Kind::Percent | Kind::Fraction)
}

/// Where each sentence ends: after a line break, or a full stop, `!`,
/// `?` or `؟` followed by a space (a decimal point is followed by a digit).
fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let end = match c {
            '\n' => true,
            '.' | '!' | '?' | '؟' | '؛' | ';' => next.is_none_or(char::is_whitespace),
            _ => false,
        };
        // A blank line ends no second sentence.
        let last = ends.last().copied().unwrap_or(0);
        if end && text.get(last..i).is_some_and(|t| !t.trim().is_empty()) {
            ends.push(i + c.len_utf8());
        }
    }
    ends
}

/// Each figure's period, from its sentence: the year written right after
/// it (`260 ألف مولود عام 2012`, `en 2023`), else the last year before it
/// (`خلال سنة 2025، … 3.685.964`); only the year before when a figure
/// set against it stands between it and the year after (`936 ألف سنة
/// 2025، أي 52%، مقابل 884 ألف سنة 2024`: 2024 is the 884's).
fn periods(figures: &[Figure], facts: &mut [Facts]) {
    let year_of = |f: &Figure| -> Option<i64> {
        match (&f.value, f.kind) {
            (Value::Number(n), Kind::Year) if f.calendar.is_none() => n.trunc().try_into().ok(),
            (Value::Date(d), Kind::Date) if f.calendar.is_none() => d.year.map(i64::from),
            _ => None,
        }
    };
    // The year the text itself calls the current one (`الموسم الحالي
    // 2014 / 2015`, `l'année dernière (2024)`), if it does: the year of
    // the figures it names by their place (`خلال الموسم الحالي`). An
    // article that never writes its own year leaves them undated.
    let current = figures.iter().zip(facts.iter()).find_map(|(figure, f)| {
        year_of(figure).and_then(|year| f.relative_period.and_then(|offset| year.checked_sub(offset)))
    });
    let sentences: Vec<usize> = facts.iter().map(|f| f.sentence).collect();
    let sentence = |i: usize| sentences.get(i).copied();
    let contrasted: Vec<bool> = facts.iter().map(|f| f.contrast_cue).collect();
    // The last year before each figure, with its sentence, in one pass (a
    // sentence of a million figures is read once, not once per figure).
    let mut year_before: Vec<Option<(usize, i64)>> = Vec::with_capacity(figures.len());
    let mut last = None;
    for (j, figure) in figures.iter().enumerate() {
        year_before.push(last);
        if let (Some(year), Some(s)) = (year_of(figure), sentence(j)) {
            last = Some((s, year));
        }
    }
    for i in 0..figures.len() {
        if year_of(&figures[i]).is_some() {
            continue;
        }
        // A figure set against another, between it and the
        // year, has that year (`2.6 مليون … مقابل 2.4 مليون عام 2011`).
        let mut crossed = false;
        let after = figures[i + 1..]
            .iter()
            .enumerate()
            .map(|(k, f)| (i + 1 + k, f))
            .take_while(|&(j, _)| sentence(j) == sentence(i))
            .take(YEAR_AFTER_WITHIN)
            .find_map(|(j, f)| {
                let year = year_of(f);
                crossed |= year.is_none() && contrasted.get(j) == Some(&true);
                year
            });
        let before = || {
            year_before[i]
                .filter(|&(s, _)| Some(s) == sentence(i))
                .map(|(_, year)| year)
        };
        if let Some(f) = facts.get_mut(i) {
            // A period its words name (`خلال الموسم الماضي`) is its own
            // more surely than the last year written before it.
            let relative = f.relative_period.and_then(|offset| current?.checked_add(offset));
            let after = if crossed { None } else { after };
            f.period = after.or(relative).or_else(before);
        }
    }
}

/// The amount of the change a rate of change `i` states beside it (`+10,3
/// % ou +369 millions`): the next figure, in its sentence, a signed count
/// with at most a restating word between; its size and precision.
fn changed_by(
    figures: &[Figure],
    i: usize,
    between: &[String],
    text: &str,
    sentences: &[usize],
) -> Option<(Decimal, Decimal)> {
    let rate = figures.get(i)?;
    let next = figures.get(i + 1)?;
    let sentence_of = |at: usize| sentences.partition_point(|&end| end <= at);
    let signed = next.change.is_some() || next.text(text).starts_with(['+', '-', '\u{2212}']);
    let restates = match between {
        [] => true,
        [_] => cues::ends_with_any(between, cues::RESTATING_CUES, 1),
        _ => false,
    };
    let Value::Number(amount) = next.value else {
        return None;
    };
    (rate.kind == Kind::Percent
        && rate.change.is_some()
        && next.kind == Kind::Number
        && signed
        && restates
        && sentence_of(next.span.start) == sentence_of(rate.span.start))
    .then(|| (amount.abs(), next.precision.unwrap_or(Decimal::ONE)))
}

/// The lists distribution cues open: from the figure after the cue to
/// the end of its sentence, the counts listed, each with the count before
/// the cue they break down.
fn lists(figures: &[Figure], facts: &mut [Facts]) {
    let is_count = |f: &Figure| f.kind == Kind::Number && f.calendar.is_none();
    let mut i = 0;
    while i < figures.len() {
        if !(facts[i].distribution_cue && is_count(&figures[i])) {
            i += 1;
            continue;
        }
        let first = i;
        let sentence = facts[i].sentence;
        let whole = (0..first).rev().find(|&j| is_count(&figures[j]));
        let mut j = first;
        while j < figures.len() && facts[j].sentence == sentence && (j == first || !facts[j].distribution_cue) {
            if is_count(&figures[j]) {
                facts[j].listed = Some((first, whole));
            }
            j += 1;
        }
        i = j.max(i + 1);
    }
}

/// The span of years written right after each percentage, in its
/// sentence: a year that opens a range and the year that closes it.
fn spans(figures: &[Figure], facts: &mut [Facts]) {
    use crate::extract::RangeEnd;
    let year_at = |j: usize, end: RangeEnd| -> Option<i64> {
        let f = figures.get(j)?;
        match (&f.value, f.kind, f.range) {
            (Value::Number(n), Kind::Year, Some((e, _))) if e == end && f.calendar.is_none() => {
                n.trunc().try_into().ok()
            }
            _ => None,
        }
    };
    for (i, figure) in figures.iter().enumerate() {
        if figure.kind != Kind::Percent {
            continue;
        }
        let sentence = facts.get(i).map(|f| f.sentence);
        let same_sentence = |j: usize| facts.get(j).map(|f| f.sentence) == sentence;
        if !(same_sentence(i + 1) && same_sentence(i + 2)) {
            continue;
        }
        if let (Some(from), Some(to)) = (year_at(i + 1, RangeEnd::From), year_at(i + 2, RangeEnd::To)) {
            if let Some(f) = facts.get_mut(i) {
                f.span = Some((from, to));
            }
        }
    }
}

/// How many figures on a figure's year may stand between them: `104
/// ذكر/100 أنثى، عام 2012`, `1343 ألف مولود بنسبة 51.1%، عام 2012`.
const YEAR_AFTER_WITHIN: usize = 3;

/// Everything the relations look for: within each article (in parallel,
/// on the current rayon pool), then across the articles of each group.
/// The order is the same whatever the number of threads.
pub fn discover(articles: &[Article]) -> Vec<Suggestion> {
    let amounts: Vec<Vec<amount::Amount>> = articles
        .par_iter()
        .enumerate()
        .map(|(a, article)| amount::amounts(article, a))
        .collect();
    let within: Vec<Vec<candidate::Candidate>> = (0..articles.len())
        .into_par_iter()
        .map(|a| within_article(&articles[a], &amounts[a]))
        .collect();
    let mut candidates: Vec<candidate::Candidate> = within.into_iter().flatten().collect();
    let mut groups: Vec<Vec<usize>> = by_year(articles).into_values().collect();
    groups.sort_unstable();
    for group in groups {
        let members: Vec<&[amount::Amount]> = group.iter().map(|&a| amounts[a].as_slice()).collect();
        candidates.extend(finders::equal::find(&members));
        candidates.extend(finders::claim::find(&members));
    }
    // The other reading of a figure is suggested where it makes a relation
    // hold, never to explain a miss.
    candidates.retain(|c| c.read_otherwise.is_none() || c.evidence.holds);
    let mut scored: Vec<(candidate::Candidate, f64)> = candidates
        .into_iter()
        .map(|c| {
            let s = score::score(&c.evidence) + score::reading(c.read_otherwise.is_some());
            (c, s)
        })
        .collect();
    support::support(&mut scored);
    corroborate::corroborate(&mut scored, &amounts);
    let mut chosen = arbitrate::arbitrate(scored);
    chosen.sort_by_key(|(c, _)| (c.explained, c.relation.figures()));
    chosen
        .into_iter()
        .map(|(candidate, score)| {
            let unique_repair = candidate.evidence.repaired_figures() <= 1;
            Suggestion {
                description: explain::description(articles, &candidate.relation, candidate.read_otherwise),
                reason: explain::reason(&candidate, score),
                suspected: explain::suspected(articles, &candidate),
                confidence: if score >= score::STRONG && unique_repair {
                    Confidence::Strong
                } else {
                    Confidence::Weak
                },
                tolerance: candidate.tolerance,
                read_otherwise: candidate.read_otherwise,
                relation: candidate.relation,
            }
        })
        .collect()
}

/// The candidates within one article, failing ones with their repairs.
///
/// A long document (a table of thousands of cells) is taken a chunk of
/// [`CHUNK`] amounts at a time, each chunk's failing candidates repaired
/// before the next is proposed, so that memory holds the candidates that
/// survive, not every near miss of the document. The finders still see
/// every amount around a chunk's own.
fn within_article(article: &Article, amounts: &[amount::Amount]) -> Vec<candidate::Candidate> {
    in_chunks(article, amounts, CHUNK)
}

/// [`within_article`], `chunk` amounts at a time.
fn in_chunks(article: &Article, amounts: &[amount::Amount], chunk: usize) -> Vec<candidate::Candidate> {
    let mut holding = Vec::new();
    let mut repaired = Vec::new();
    let mut scope = finders::Scope {
        amounts,
        facts: &article.facts,
        targets: 0..0,
        named_totals: std::sync::OnceLock::new(),
    };
    let mut start = 0;
    while start < amounts.len() {
        let end = chunk_end(amounts, start, chunk);
        scope.targets = start..end;
        let (held, failing) = propose(&scope);
        holding.extend(held);
        repaired.extend(repair_failing(amounts, failing));
        start = end;
    }
    // The order of the document taken whole: the holding candidates by
    // finder, each finder's by target (chunks come in order, and the sort
    // is stable), then the failing ones best words first.
    holding.sort_by_key(|c| match c.relation {
        Relation::Sum { .. } => 0,
        Relation::Ratio { .. } => 1,
        _ => 2,
    });
    repaired.sort_by_cached_key(shortlist::rank);
    holding.extend(repaired);
    holding
}

/// How many amounts' relations are sought at a time; articles have far
/// fewer, and are taken whole.
const CHUNK: usize = 2048;

/// Where the chunk from `start` ends: `chunk` amounts on, and never
/// between the two readings of one figure.
fn chunk_end(amounts: &[amount::Amount], start: usize, chunk: usize) -> usize {
    let mut end = start.saturating_add(chunk.max(1)).min(amounts.len());
    while end < amounts.len() && end > 0 && amounts[end].at == amounts[end - 1].at {
        end += 1;
    }
    end
}

/// The candidates whose targets are the scope's: those that hold, with
/// their equations, and the failing ones worth repairing.
fn propose(
    scope: &finders::Scope,
) -> (
    Vec<candidate::Candidate>,
    Vec<(candidate::Candidate, candidate::Equation)>,
) {
    // The finders read the same amounts and nothing else: on two cores a
    // dense article's sums and ratios are sought side by side.
    let (mut proposed, ratios) = rayon::join(|| finders::sum::find(scope), || finders::ratio::find(scope));
    proposed.extend(ratios);
    proposed.extend(finders::within::find(scope));
    // Repairs cost a few hundred evaluations each: only the failing
    // candidates with the best words for each figure are repaired.
    shortlist::shortlist(scope.amounts, &mut proposed, 0);
    let (holding, failing): (Vec<_>, Vec<_>) = proposed.into_iter().partition(|(c, _)| c.evidence.holds);
    let holding = holding
        .into_iter()
        .map(|(mut c, equation)| {
            c.equation = Some(equation);
            c
        })
        .collect();
    (holding, failing)
}

/// The failing candidates with their repairs; those with none are dropped.
fn repair_failing(
    amounts: &[amount::Amount],
    failing: Vec<(candidate::Candidate, candidate::Equation)>,
) -> Vec<candidate::Candidate> {
    // Each failing candidate is repaired on its own, in parallel; every
    // amount's neighbours are made once, before.
    let mut neighbours = repair::Neighbours::default();
    for (_, equation) in &failing {
        for i in equation.amounts() {
            if let Some(amount) = amounts.get(i) {
                neighbours.make(i, amount);
            }
        }
    }
    let repairs: Vec<Vec<candidate::Repair>> = failing
        .par_iter()
        .map(|(_, equation)| repair::repairs(equation, amounts, &neighbours))
        .collect();
    let mut out = Vec::new();
    for ((mut candidate, equation), repairs) in failing.into_iter().zip(repairs) {
        if repairs.is_empty() {
            continue;
        }
        if !candidate.evidence.comparison {
            let digits: usize = equation
                .amounts()
                .filter_map(|i| amounts.get(i))
                .map(|a| a.digits() as usize)
                .sum();
            candidate.evidence.trials = candidate
                .evidence
                .trials
                .saturating_mul(digits.max(1) * repair::EDITS_PER_DIGIT);
        }
        candidate.evidence.repairs = repairs;
        out.push(candidate);
    }
    out
}

/// Articles read as coverage of one story, whose figures are compared
/// across articles: those on one year. Among many articles on one year
/// (an archive), figures one slip apart meet by chance, so a year with more
/// than [`MOST_LINKED`] articles is split by folder, and a folder still
/// larger links none of its articles. Keys of unlinked articles are their
/// own index, negated, so that no year collides with them.
fn by_year(articles: &[Article]) -> HashMap<i64, Vec<usize>> {
    year_groups(
        articles.len(),
        |a| articles[a].year,
        |a| articles[a].document.path().parent(),
    )
}

/// [`by_year`] over `count` articles known by their year and folder.
fn year_groups<'a>(
    count: usize,
    year: impl Fn(usize) -> Option<i64>,
    folder: impl Fn(usize) -> Option<&'a std::path::Path>,
) -> HashMap<i64, Vec<usize>> {
    let alone = |a: usize| -1 - i64::try_from(a).unwrap_or(i64::MAX - 1);
    // A handful of articles is one story told several times: all compared,
    // figure by figure where their periods agree.
    if count <= MOST_LINKED {
        return HashMap::from([(0, (0..count).collect())]);
    }
    let mut years: HashMap<i64, Vec<usize>> = HashMap::new();
    for a in 0..count {
        years.entry(year(a).unwrap_or(alone(a))).or_default().push(a);
    }
    let mut groups: HashMap<i64, Vec<usize>> = HashMap::new();
    for (year, members) in years {
        if members.len() <= MOST_LINKED {
            groups.insert(year, members);
            continue;
        }
        let mut by_folder: HashMap<&std::path::Path, Vec<usize>> = HashMap::new();
        for &a in &members {
            by_folder
                .entry(folder(a).unwrap_or(std::path::Path::new("")))
                .or_default()
                .push(a);
        }
        for folder in by_folder.into_values() {
            let key = |a: usize| {
                if folder.len() <= MOST_LINKED {
                    alone(folder[0])
                } else {
                    alone(a)
                }
            };
            for &a in &folder {
                groups.entry(key(a)).or_default().push(a);
            }
        }
    }
    groups
}

/// The articles whose figures discovery compares with one another, given
/// each article's [`reported_year`] and path: each group in article order,
/// groups in the order of their first article. Discovery over one group
/// finds, for its articles, what it finds over all of them; so an archive
/// can be discovered group by group, never held whole.
pub(crate) fn linked_articles(articles: &[(Option<i64>, &std::path::Path)]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = year_groups(articles.len(), |a| articles[a].0, |a| articles[a].1.parent())
        .into_values()
        .collect();
    groups.sort_unstable_by_key(|group| group.first().copied());
    groups
}

/// The year a document reports on, as [`Article::year`] has it.
pub(crate) fn reported_year_of(document: &Document) -> Option<i64> {
    let mut years = YearCounts::default();
    crate::extract::document_figures(document)
        .filter_map(Result::ok)
        .for_each(|f| years.add(&f));
    years.most()
}

/// The most articles on one year whose figures are compared.
const MOST_LINKED: usize = 20;

/// `«text»` of a figure, for descriptions: with the noun it counts when
/// that follows it closely (`«16 قيادة»`).
fn quote(articles: &[Article], at: FigureRef) -> String {
    let Some(article) = articles.get(at.article) else {
        return String::new();
    };
    let Some(figure) = article.figure(at.figure) else {
        return String::new();
    };
    let text = article.document.text();
    let end = match &figure.noun {
        Some(noun) if noun.start >= figure.span.end && noun.end - figure.span.end <= NOUN_NEAR => noun.end,
        _ => figure.span.end,
    };
    // `(1945.9) نقطة`: a noun after the closing parenthesis quotes the
    // opening one too.
    let closes = text.get(figure.span.end..end).is_some_and(|gap| gap.starts_with(')'));
    let opened = text.get(..figure.span.start).is_some_and(|t| t.ends_with('('));
    let start = if closes && opened {
        figure.span.start - 1
    } else {
        figure.span.start
    };
    format!("«{}»", text.get(start..end).unwrap_or_default())
}

/// How far after a figure (in bytes) its noun is still quoted with it.
const NOUN_NEAR: usize = 24;

/// A number as people read it: `3,685,964`, `-100`, `0.105`.
fn show(n: Decimal) -> String {
    crate::text::wording::group_thousands(&n.normalize().to_string())
}

#[cfg(test)]
mod tests;
