//! `figaudit audit DOC...`: suggest and check in one step, with no rule
//! file (SPEC §6.4). The suggested rules are written as `suggest` writes
//! them and loaded from memory, one rule file per group of linked
//! documents, so that groups are evaluated in parallel like rule files;
//! the documents already read are handed to the loader, not read again.
//!
//! An archive is never held whole: a first reading finds the year each
//! document reports on, which decides which documents are compared with
//! which; then the documents are read again a few groups at a time,
//! discovered, and their rules evaluated, in the order of their first
//! document. Only standard input, which cannot be read twice, is held.

use std::collections::{BTreeMap, HashSet};
use std::ffi::OsString;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use super::check::{check_report_files, run_sources, CheckOptions, MadeBatch, Prepared, RuleSource, Sources};
use super::suggest::{article_files, pool};
use super::Outcome;
use crate::check::Coverage;
use crate::discover::{discover, linked_articles, may_relate, reported_year_of, Article, FigureRef, Suggestion};
use crate::extract::FigureIndex;
use crate::rules::{suggested_rules, DocumentCache, IndexedDocument};
use crate::text::read::STDIN;
use crate::text::{Document, DocumentError, Exclude};

/// The suggestions in groups that share no document, each group in the
/// order found, groups in the order of their first document.
fn linked_groups(articles: usize, suggestions: Vec<Suggestion>) -> Vec<(usize, Vec<Suggestion>)> {
    let mut parent: Vec<usize> = (0..articles).collect();
    fn root(parent: &mut [usize], mut a: usize) -> usize {
        while parent[a] != a {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        a
    }
    for suggestion in &suggestions {
        let figures = suggestion.relation.figures();
        let mut linked = figures.iter().map(|f| f.article).filter(|&a| a < articles);
        if let Some(first) = linked.next() {
            for other in linked {
                let (x, y) = (root(&mut parent, first), root(&mut parent, other));
                // The smaller index is the root: a group is named by its
                // first document.
                parent[x.max(y)] = x.min(y);
            }
        }
    }
    let mut groups: Vec<Vec<Suggestion>> = (0..articles).map(|_| Vec::new()).collect();
    for suggestion in suggestions {
        let Some(first) = suggestion
            .relation
            .figures()
            .first()
            .map(|f| f.article)
            .filter(|&a| a < articles)
        else {
            continue;
        };
        let r = root(&mut parent, first);
        groups[r].push(suggestion);
    }
    groups
        .into_iter()
        .enumerate()
        .filter(|(_, group)| !group.is_empty())
        .collect()
}

/// Where an audit's rules say they are: `corpus/a.txt#suggested`, the
/// rule file suggested for the group whose first document is `corpus/a.txt`.
fn rule_file_name(article: &Article) -> PathBuf {
    let mut name = OsString::from(article.document.path().as_os_str());
    name.push("#suggested");
    PathBuf::from(name)
}

/// An article as the first reading leaves it: the year it reports on,
/// and how to read it again.
struct Listed {
    year: Option<i64>,
    source: Reread,
}

enum Reread {
    Path(PathBuf),
    /// Standard input cannot be read twice: it stays in memory.
    Held(Arc<Document>),
}

impl Listed {
    fn path(&self) -> &Path {
        match &self.source {
            Reread::Path(path) => path,
            Reread::Held(document) => document.path(),
        }
    }

    fn read(&self) -> Result<Arc<Document>, DocumentError> {
        match &self.source {
            Reread::Path(path) => Document::load(path).map(Arc::new),
            Reread::Held(document) => Ok(Arc::clone(document)),
        }
    }
}

/// The first reading: each document's year, which decides what is
/// compared with what. Unreadable documents are handed to `diagnose`.
fn list_articles(
    paths: &[PathBuf],
    exclude: &Exclude,
    pool: &rayon::ThreadPool,
    diagnose: &mut impl FnMut(miette::Report),
) -> Vec<Listed> {
    let (files, _) = article_files(paths, exclude, diagnose);
    let read: Vec<Result<Listed, DocumentError>> = pool.install(|| {
        files
            .par_iter()
            .map(|path| {
                let document = Document::load(path)?;
                let year = reported_year_of(&document);
                let source = if path.as_os_str() == STDIN {
                    Reread::Held(Arc::new(document))
                } else {
                    Reread::Path(path.clone())
                };
                Ok(Listed { year, source })
            })
            .collect()
    });
    let mut listed = Vec::with_capacity(read.len());
    for result in read {
        match result {
            Ok(article) => listed.push(article),
            Err(error) => diagnose(miette::Report::new(error)),
        }
    }
    listed
}

/// Articles discovered per thread in one batch.
const ARTICLES_PER_THREAD: usize = 32;

/// A rule file made for one group of linked documents, with the documents
/// it reads.
type Made = (RuleSource, Arc<Vec<Arc<IndexedDocument>>>);

/// The second reading, batch by batch: the articles of a few groups that
/// discovery compares (see [`linked_articles`]) are read again, their
/// rules suggested and written, and the rule files handed on in the order
/// of their first document, as if every article had been read at once.
struct Batches<'a> {
    listed: &'a [Listed],
    groups: std::iter::Peekable<std::vec::IntoIter<Vec<usize>>>,
    pool: &'a rayon::ThreadPool,
    cache: &'a DocumentCache,
    /// Rule files made whose turn has not come: an earlier document's
    /// group is not read yet. Keyed by their first document.
    waiting: BTreeMap<usize, Made>,
    /// The figures the groups' relations take in, so far.
    coverage: &'a Mutex<Coverage>,
}

/// One group's rule files (by first document), the documents read for
/// them, and the problems met.
struct GroupResult {
    files: Vec<(usize, Result<Document, DocumentError>)>,
    documents: Vec<(Arc<Document>, FigureIndex)>,
    problems: Vec<miette::Report>,
}

impl Batches<'_> {
    fn group(&self, members: &[usize]) -> GroupResult {
        let mut problems = Vec::new();
        let mut firsts = Vec::with_capacity(members.len());
        let mut articles = Vec::with_capacity(members.len());
        for &a in members {
            let Some(listed) = self.listed.get(a) else { continue };
            match listed.read() {
                Ok(document) => {
                    firsts.push(a);
                    articles.push(Article::new(document));
                }
                Err(error) => problems.push(miette::Report::new(error)),
            }
        }
        let suggestions = discover(&articles);
        self.count_coverage(&articles, &suggestions);
        let files = linked_groups(articles.len(), suggestions)
            .into_iter()
            .map(|(first, group)| {
                let path = rule_file_name(&articles[first]);
                let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
                let text = suggested_rules(&articles, &group, &base);
                (firsts[first], Document::from_bytes(&path, text.into_bytes()))
            })
            .collect();
        let documents = articles.into_iter().map(|a| (a.document, a.index)).collect();
        GroupResult {
            files,
            documents,
            problems,
        }
    }

    /// Adds the group's counts, percentages and fractions (the figures
    /// relations take in), and those a relation takes in, to the run's
    /// coverage.
    fn count_coverage(&self, articles: &[Article], suggestions: &[Suggestion]) {
        let related: HashSet<FigureRef> = suggestions.iter().flat_map(|s| s.relation.figures()).collect();
        let mut counted = Coverage::default();
        for (a, article) in articles.iter().enumerate() {
            counted.figures += article.figures_not_searched();
            counted.not_searched += article.figures_not_searched();
            for (i, figure) in article.index.figures().iter().enumerate() {
                if may_relate(figure.kind) {
                    counted.figures += 1;
                    counted.related += usize::from(related.contains(&FigureRef { article: a, figure: i }));
                }
            }
        }
        let mut total = self.coverage.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        total.figures += counted.figures;
        total.related += counted.related;
        total.not_searched += counted.not_searched;
    }

    fn next_batch(&mut self) -> Option<MadeBatch> {
        let most = self.pool.current_num_threads().max(1) * ARTICLES_PER_THREAD;
        let mut taken = Vec::new();
        let mut articles = 0;
        while articles < most {
            let Some(group) = self.groups.next() else { break };
            articles += group.len();
            taken.push(group);
        }
        if taken.is_empty() && self.waiting.is_empty() {
            return None;
        }
        let results: Vec<GroupResult> = self
            .pool
            .install(|| taken.par_iter().map(|members| self.group(members)).collect());
        let mut problems = Vec::new();
        for result in results {
            problems.extend(result.problems);
            let held = Arc::new(self.cache.preload(result.documents));
            for (first, file) in result.files {
                match file {
                    Ok(file) => {
                        self.waiting
                            .insert(first, (RuleSource::Memory(Arc::new(file)), Arc::clone(&held)));
                    }
                    Err(error) => problems.push(miette::Report::new(error)),
                }
            }
        }
        // Every group whose first document comes before the next group's
        // has been read: its rule files' turn has come.
        let next = self.groups.peek().and_then(|group| group.first()).copied();
        let later = match next {
            Some(next) => self.waiting.split_off(&next),
            None => BTreeMap::new(),
        };
        let ready = std::mem::replace(&mut self.waiting, later);
        let mut sources = Vec::with_capacity(ready.len());
        let mut held = Vec::new();
        for (source, documents) in ready.into_values() {
            sources.push(source);
            held.extend(documents.iter().cloned());
        }
        Some(MadeBatch {
            sources,
            held,
            problems,
        })
    }
}

pub fn run(options: &CheckOptions, out: impl Write, mut diagnose: impl FnMut(miette::Report)) -> io::Result<Outcome> {
    // The articles' paths, to keep every report off them; problems with
    // them are reported once, by the reading below.
    let (articles, _) = article_files(&options.paths, &options.exclude, &mut |_| {});
    if !check_report_files(options, &articles, &mut diagnose) {
        return Ok(Outcome::BrokenInput);
    }
    let pool = pool(options.jobs)?;
    // Problems are reported with the findings, in every report.
    let mut problems = Vec::new();
    let listed = list_articles(&options.paths, &options.exclude, &pool, &mut |problem| {
        problems.push(problem)
    });
    let keys: Vec<(Option<i64>, &Path)> = listed.iter().map(|l| (l.year, l.path())).collect();
    let groups = linked_articles(&keys);
    let cache = DocumentCache::default();
    let coverage = Mutex::new(Coverage::default());
    let mut batches = Batches {
        listed: &listed,
        groups: groups.into_iter().peekable(),
        pool: &pool,
        cache: &cache,
        waiting: BTreeMap::new(),
        coverage: &coverage,
    };
    let mut next = || batches.next_batch();
    let prepared = Prepared {
        sources: Sources::Made(&mut next),
        cache: &cache,
        problems,
        documents: Some(listed.len()),
        coverage: Some(&coverage),
    };
    run_sources(options, prepared, out, diagnose)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::{Confidence, FigureRef, Relation};

    fn within(a: usize, b: usize) -> Suggestion {
        Suggestion {
            relation: Relation::Within {
                part: FigureRef { article: a, figure: 0 },
                whole: FigureRef { article: b, figure: 0 },
            },
            confidence: Confidence::Weak,
            description: String::new(),
            reason: String::new(),
            suspected: None,
            tolerance: None,
            read_otherwise: None,
        }
    }

    #[test]
    fn documents_linked_by_a_rule_share_a_group() {
        let groups = linked_groups(4, vec![within(2, 2), within(3, 1), within(1, 1), within(0, 0)]);
        let firsts: Vec<usize> = groups.iter().map(|(first, _)| *first).collect();
        assert_eq!(firsts, vec![0, 1, 2]);
        assert_eq!(groups[1].1.len(), 2);
    }
}
