//! Between figures and rules: relations found among the figures of
//! documents, without a rule file (SPEC §6.4).
//!
//! [`Article`] reads one document's figures and what stands around each
//! (paragraph, noun, cue words); [`discover`] looks among them for sums,
//! claims, repeated quantities, parts of wholes, shares and changes, and for
//! the relations that almost hold (suspected discrepancies). It returns
//! plain [`Suggestion`]s: writing them as a rule file is the next step's
//! work, and so is judging them. Candidates are found through indexes (by
//! noun, by value, by paragraph), never by trying every pair of figures.

mod claims;
mod cues;
mod near;
mod parts;
mod pattern;
mod repeats;
pub mod shares;
mod sums;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;
use rust_decimal::Decimal;

pub use pattern::{pattern_for, Pattern};

use crate::extract::{Figure, FigureIndex, Kind, Qualifier, Value};
use crate::text::script::{self, Script};
use crate::text::Document;

/// A figure of one of the articles: `(article, figure)` indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FigureRef {
    pub article: usize,
    pub figure: usize,
}

/// What a suggested rule asserts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relation {
    /// The parts add up to the total.
    Sum { parts: Vec<FigureRef>, total: FigureRef },
    /// A rounded or qualified figure agrees with a precise one.
    Claim { claim: FigureRef, precise: FigureRef },
    /// The figures state one quantity.
    Equal { figures: Vec<FigureRef> },
    /// A part is at most its whole.
    Within { part: FigureRef, whole: FigureRef },
    /// A percentage is the share the part is of the whole.
    Share {
        share: FigureRef,
        part: FigureRef,
        whole: FigureRef,
    },
    /// A percentage is the change between two figures: a rise from the
    /// smaller to the larger, or a fall from the larger to the smaller.
    Change {
        change: FigureRef,
        smaller: FigureRef,
        larger: FigureRef,
        rise: bool,
    },
    /// A share, or a fall, is at most 100%.
    AtMostWhole { percent: FigureRef },
}

impl Relation {
    /// A short name, used in rule ids.
    pub fn name(&self) -> &'static str {
        match self {
            Relation::Sum { .. } => "sum",
            Relation::Claim { .. } => "claim",
            Relation::Equal { .. } => "equal",
            Relation::Within { .. } => "within",
            Relation::Share { .. } => "share",
            Relation::Change { .. } => "change",
            Relation::AtMostWhole { .. } => "percent",
        }
    }

    /// Every figure of the relation.
    pub fn figures(&self) -> Vec<FigureRef> {
        match self {
            Relation::Sum { parts, total } => std::iter::once(*total).chain(parts.iter().copied()).collect(),
            Relation::Claim { claim, precise } => vec![*claim, *precise],
            Relation::Equal { figures } => figures.clone(),
            Relation::Within { part, whole } => vec![*part, *whole],
            Relation::Share { share, part, whole } => vec![*share, *part, *whole],
            Relation::Change {
                change,
                smaller,
                larger,
                ..
            } => vec![*change, *smaller, *larger],
            Relation::AtMostWhole { percent } => vec![*percent],
        }
    }
}

/// How sure a suggestion is; a rule's severity follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Only a textual match: worth a look.
    Weak,
    /// Large exact figures, the same noun, and a cue in the text.
    Strong,
}

/// A relation found among the figures, with why it was suggested.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub relation: Relation,
    pub confidence: Confidence,
    /// Quotes the text the relation links.
    pub description: String,
    /// Why it was suggested: the evidence found.
    pub reason: String,
    /// For a relation that almost holds: what is suspected, and why.
    pub suspected: Option<String>,
}

/// A document's figures with what discovery needs to know about each.
#[derive(Debug)]
pub struct Article {
    pub document: Arc<Document>,
    pub index: FigureIndex,
    /// The year it reports on: the year it states most often.
    pub year: Option<i64>,
    pub facts: Vec<Facts>,
}

/// What stands around one figure.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Paragraphs are separated by blank lines.
    pub paragraph: usize,
    /// In a short paragraph before the first long one: a title.
    pub headline: bool,
    pub noun: Option<String>,
    /// `مجموع`, `إجمالي` just before it: it is a total.
    pub total_word: bool,
    /// `من بينها`, `منها` before it: it is part of a figure before it.
    pub part_cue: bool,
    /// `من مجموع`, `من أصل` before it: the figure before it is its part.
    pub whole_cue: bool,
    /// `ما نسبته`, `أي`, `ما يمثل` before a percentage: a share.
    pub share_cue: bool,
    /// In a French paragraph (SPEC §6.3).
    pub french: bool,
}

/// Paragraphs this long or longer are body text, not titles.
const BODY_PARAGRAPH: usize = 120;

impl Article {
    /// Reads the figures of `document` and what stands around them.
    pub fn new(document: Arc<Document>) -> Article {
        let index = FigureIndex::new(&document);
        let text = document.text();
        let paragraphs = paragraph_starts(text);
        let first_body = paragraphs
            .iter()
            .enumerate()
            .find(|&(i, &start)| {
                let end = paragraphs.get(i + 1).copied().unwrap_or(text.len());
                text.get(start..end)
                    .is_some_and(|p| p.trim().chars().count() >= BODY_PARAGRAPH)
            })
            .map_or(paragraphs.len(), |(i, _)| i);
        let figures = index.figures();
        let french_runs: Vec<std::ops::Range<usize>> = script::runs(text)
            .into_iter()
            .filter(|(_, s)| *s == Script::Latin)
            .map(|(range, _)| range)
            .collect();
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
            facts.push(Facts {
                paragraph,
                headline: paragraph < first_body,
                noun: figure.noun(text),
                total_word: cues::ends_with_any(&before, cues::TOTAL_WORDS, 3),
                part_cue: cues::ends_with_any(&before, cues::PART_CUES, 5),
                whole_cue: cues::ends_with_any(&before, cues::WHOLE_CUES, 2),
                share_cue: figure.kind == Kind::Percent && cues::ends_with_any(&before, cues::SHARE_CUES, 3),
                french: french_runs.iter().any(|run| run.contains(&figure.span.start)),
            });
        }
        let year = reported_year(figures);
        Article {
            document,
            index,
            year,
            facts,
        }
    }

    pub fn figure(&self, i: usize) -> Option<&Figure> {
        self.index.figures().get(i)
    }

    /// The figure's text as written.
    pub fn text(&self, i: usize) -> &str {
        self.figure(i).map_or("", |f| f.text(self.document.text()))
    }
}

/// Where each paragraph starts: at 0 and after each run of blank lines.
fn paragraph_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut offset = 0;
    let mut blank_seen = false;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            blank_seen = true;
        } else if blank_seen {
            starts.push(offset);
            blank_seen = false;
        }
        offset += line.len();
    }
    starts
}

/// The year stated most often (dates count too); the later on a tie.
fn reported_year(figures: &[Figure]) -> Option<i64> {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for figure in figures {
        let year = match (&figure.value, figure.kind) {
            (Value::Number(n), Kind::Year) if figure.calendar.is_none() => n.trunc().try_into().ok(),
            (Value::Date(date), Kind::Date) if figure.calendar.is_none() => date.year.map(i64::from),
            _ => None,
        };
        if let Some(year) = year {
            *counts.entry(year).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(year, count)| (count, year))
        .map(|(year, _)| year)
}

/// A count or amount: what sums, claims and repeats are made of.
fn is_quantity(figure: &Figure) -> bool {
    figure.kind == Kind::Number && figure.range.is_none() && figure.change.is_none()
}

/// Stated exactly: no qualifier and nothing rounded away.
fn is_precise(figure: &Figure) -> bool {
    figure.qualifier == Qualifier::Exact && figure.precision.is_some_and(|p| p <= Decimal::ONE)
}

fn number(figure: &Figure) -> Option<Decimal> {
    match figure.value {
        Value::Number(n) => Some(n),
        _ => None,
    }
}

/// Two nouns that name one thing: the same word, or (both of four letters
/// or more) one letter apart, as `بناية` and `بنية` are.
fn same_noun(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || near::one_edit_apart(a, b),
        _ => false,
    }
}

/// Everything the relations look for: within each article (in parallel,
/// on the current rayon pool), then across articles. The order is the
/// same whatever the number of threads.
pub fn discover(articles: &[Article]) -> Vec<Suggestion> {
    let within: Vec<Vec<Suggestion>> = (0..articles.len())
        .into_par_iter()
        .map(|a| {
            let sums = sums::find(articles, a);
            let parts = parts::find(articles, a, &sums);
            let mut found = sums;
            found.extend(parts);
            found.extend(shares::find(articles, a));
            found
        })
        .collect();
    let mut found: Vec<Suggestion> = within.into_iter().flatten().collect();
    found.extend(claims::find(articles));
    // A total and its part may be one digit apart (3,999,996 and its
    // 3,199,996): figures that hold as part and whole are not one
    // quantity mistyped.
    let part_and_whole: HashSet<(FigureRef, FigureRef)> = found
        .iter()
        .filter(|s| s.suspected.is_none())
        .flat_map(|s| match &s.relation {
            Relation::Sum { parts, total } => parts.iter().map(|p| ordered(*p, *total)).collect(),
            Relation::Within { part, whole } => vec![ordered(*part, *whole)],
            _ => Vec::new(),
        })
        .collect();
    found.extend(repeats::find(articles).into_iter().filter(|s| match &s.relation {
        Relation::Equal { figures } if s.suspected.is_some() => match figures.as_slice() {
            [a, b] => !part_and_whole.contains(&ordered(*a, *b)),
            _ => true,
        },
        _ => true,
    }));
    found
}

fn ordered(a: FigureRef, b: FigureRef) -> (FigureRef, FigureRef) {
    (a.min(b), a.max(b))
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
pub fn linked_articles(articles: &[(Option<i64>, &std::path::Path)]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = year_groups(articles.len(), |a| articles[a].0, |a| articles[a].1.parent())
        .into_values()
        .collect();
    groups.sort_unstable_by_key(|group| group.first().copied());
    groups
}

/// The year a document reports on, as [`Article::year`] has it.
pub fn reported_year_of(index: &FigureIndex) -> Option<i64> {
    reported_year(index.figures())
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
    format!("«{}»", text.get(figure.span.start..end).unwrap_or_default())
}

/// How far after a figure (in bytes) its noun is still quoted with it.
const NOUN_NEAR: usize = 24;

/// A number as people read it: `3,685,964`, `-100`, `0.105`.
fn show(n: Decimal) -> String {
    let plain = n.normalize().to_string();
    let (sign, digits) = plain.strip_prefix('-').map_or(("", plain.as_str()), |d| ("-", d));
    let (whole, fraction) = digits.split_once('.').map_or((digits, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests;
