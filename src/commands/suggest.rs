//! `figaudit suggest DOC... [-o FILE]`: the rules the figures suggest,
//! written as a rule file that `check` loads (SPEC §6.4).

use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::check::clashing_outputs;
use super::{documents_in, Outcome};
use crate::discover::{discover, Article, Suggestion};
use crate::report::output::write_atomically;
use crate::rules::suggested_rules;
use crate::text::visible::path_text;
use crate::text::{Document, Exclude};

#[derive(Debug, Clone)]
pub struct SuggestOptions {
    /// Documents, folders or globs of them.
    pub paths: Vec<PathBuf>,
    /// What folder walks and globs pass over (`--exclude`).
    pub exclude: Exclude,
    /// Where to write the rule file; stdout when `None`.
    pub output: Option<PathBuf>,
    /// Threads to use; all cores when `None`.
    pub jobs: Option<usize>,
}

/// The documents of `paths`, each once: a document named twice (`corpus
/// corpus/a.txt`) is one article, not two that agree with each other.
pub(crate) fn article_files(
    paths: &[PathBuf],
    exclude: &Exclude,
    diagnose: &mut impl FnMut(miette::Report),
) -> (Vec<PathBuf>, Outcome) {
    let (mut files, outcome) = documents_in(paths, exclude, diagnose);
    let mut seen = HashSet::new();
    files.retain(|path| seen.insert(std::path::absolute(path).unwrap_or_else(|_| path.clone())));
    (files, outcome)
}

/// The articles of `paths`, read in parallel, in path order; unreadable
/// ones are handed to `diagnose` and make the outcome broken.
pub(crate) fn read_articles(
    paths: &[PathBuf],
    exclude: &Exclude,
    pool: &rayon::ThreadPool,
    diagnose: &mut impl FnMut(miette::Report),
) -> io::Result<(Vec<Article>, Outcome)> {
    let (files, mut outcome) = article_files(paths, exclude, diagnose);
    let read: Vec<_> = pool.install(|| {
        files
            .par_iter()
            .map(|path| Document::load(path).map(|d| Article::new(Arc::new(d))))
            .collect()
    });
    let mut articles = Vec::with_capacity(read.len());
    for result in read {
        match result {
            Ok(article) => articles.push(article),
            Err(error) => {
                diagnose(miette::Report::new(error));
                outcome = Outcome::BrokenInput;
            }
        }
    }
    Ok((articles, outcome))
}

/// Counts for the closing line: rules, of which suspected.
fn counts(suggestions: &[Suggestion]) -> (usize, usize) {
    let suspected = suggestions.iter().filter(|s| s.suspected.is_some()).count();
    (suggestions.len(), suspected)
}

/// A thread pool of `jobs` threads (all cores when `None`).
pub(crate) fn pool(jobs: Option<usize>) -> io::Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .map_err(io::Error::other)
}

pub fn run(
    options: &SuggestOptions,
    mut out: impl Write,
    mut diagnose: impl FnMut(miette::Report),
) -> io::Result<Outcome> {
    // A rule file names each document by its path; standard input has
    // none, so rules suggested from it could never be loaded.
    if options.paths.iter().any(|p| p.as_os_str() == crate::text::read::STDIN) {
        diagnose(miette::miette!(
            code = "figaudit::suggest::stdin",
            help = "save the text to a file and name that file; `audit -` checks standard input without a rule file",
            "suggest cannot read standard input: the rule file it writes names each document by its path"
        ));
        return Ok(Outcome::BrokenInput);
    }
    if let Some(output) = &options.output {
        let (inputs, _) = article_files(&options.paths, &options.exclude, &mut |_| {});
        let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
        if let Some(problem) = clashing_outputs(&[("-o", output.as_path())], &inputs) {
            diagnose(problem);
            return Ok(Outcome::BrokenInput);
        }
    }
    let pool = pool(options.jobs)?;
    let (articles, outcome) = read_articles(&options.paths, &options.exclude, &pool, &mut diagnose)?;
    // A rule file made from part of the input would replace a good one
    // with less: nothing is written when an input cannot be read.
    if outcome == Outcome::BrokenInput && options.output.is_some() {
        return Ok(outcome);
    }
    let suggestions = pool.install(|| discover(&articles));
    let base = match &options.output {
        Some(path) => path.parent().map(Path::to_path_buf).unwrap_or_default(),
        None => PathBuf::new(),
    };
    let text = suggested_rules(&articles, &suggestions, &base);
    match &options.output {
        Some(path) => {
            if let Err(error) = write_atomically(path, |file| file.write_all(text.as_bytes())) {
                diagnose(miette::Report::new(error));
                return Ok(Outcome::BrokenInput);
            }
            let (rules, suspected) = counts(&suggestions);
            use crate::report::counted;
            write!(
                out,
                "{}: {} suggested from {}, {suspected} of them suspected discrepancies",
                path_text(path),
                counted(rules, "rule", "rules"),
                counted(articles.len(), "document", "documents")
            )?;
            // Never present a document read in part as searched whole.
            let not_searched: usize = articles.iter().map(Article::figures_not_searched).sum();
            if not_searched > 0 {
                write!(
                    out,
                    " ({not_searched} figures past the first {} of a document not searched)",
                    crate::discover::FIGURES_SEARCHED
                )?;
            }
            writeln!(out)?;
        }
        None => out.write_all(text.as_bytes())?,
    }
    out.flush()?;
    Ok(outcome)
}
