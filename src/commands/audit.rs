//! `figaudit audit DOC...`: suggest and check in one step, with no rule
//! file (SPEC §6.4). The suggested rules are written as `suggest` writes
//! them and loaded from memory, one rule file per group of linked
//! documents, so that groups are evaluated in parallel like rule files;
//! the documents already read are handed to the loader, not read again.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::check::{check_report_files, run_sources, CheckOptions, Prepared, RuleSource};
use super::suggest::{pool, read_articles};
use super::Outcome;
use crate::discover::{discover, Article, Suggestion};
use crate::rules::{suggested_rules, DocumentCache};
use crate::text::{Document, DocumentError};

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

pub fn run(options: &CheckOptions, out: impl Write, mut diagnose: impl FnMut(miette::Report)) -> io::Result<Outcome> {
    if !check_report_files(options, &mut diagnose) {
        return Ok(Outcome::BrokenInput);
    }
    let pool = pool(options.jobs)?;
    // Problems are reported with the findings, in every report.
    let mut problems = Vec::new();
    let (articles, _) = read_articles(&options.paths, &pool, &mut |problem| problems.push(problem))?;
    let suggestions = pool.install(|| discover(&articles));
    // Each group's rule file is written on its own, in parallel, in order.
    let written: Vec<Result<Document, DocumentError>> = pool.install(|| {
        linked_groups(articles.len(), suggestions)
            .into_par_iter()
            .map(|(first, group)| {
                let path = rule_file_name(&articles[first]);
                let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
                let text = suggested_rules(&articles, &group, &base);
                Document::from_bytes(&path, text.into_bytes())
            })
            .collect()
    });
    let mut sources = Vec::with_capacity(written.len());
    for file in written {
        match file {
            Ok(file) => sources.push(RuleSource::Memory(Arc::new(file))),
            Err(error) => problems.push(miette::Report::new(error)),
        }
    }
    let documents = articles.len();
    let cache = DocumentCache::default();
    let _held = cache.preload(articles.into_iter().map(|a| (a.document, a.index)));
    let prepared = Prepared {
        sources: &sources,
        cache: &cache,
        problems,
        documents: Some(documents),
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
