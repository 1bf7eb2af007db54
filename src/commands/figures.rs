//! `figaudit figures FILE...`: every figure of every document.
//!
//! Documents are read and rendered in parallel batches and written in the
//! order given, so the output is the same for any number of threads, and
//! memory holds one batch of documents (a megabyte or so of text). A
//! larger file is read a part at a time ([`Parts`]), so memory holds a few
//! parts of it; a part that is one long paragraph is written as it is
//! rendered.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::Outcome;
use crate::extract::{self, Figure, FigureError, FigureIndex};
use crate::report::figures::{
    document_foot, document_head, render_document, render_figures, render_figures_to, FigureFormat, FigureStream,
    MoreProblems, Problems, Read, RenderedDocument, RenderedFigures, MOST_SHOWN_PER_DOCUMENT,
};
use crate::text::{Document, DocumentError, Exclude, Parts, PART_BYTES};

/// Documents read per thread in one batch.
const DOCUMENTS_PER_THREAD: usize = 4;
/// The most bytes of documents in one batch: a figure's row is up to a
/// hundred times the bytes it is written with (`1,1,1,…`).
const BATCH_BYTES: u64 = PART_BYTES as u64;

/// Lists the figures of `paths` (files, or folders of `*.txt`/`*.md`) to
/// `out`; every unreadable file or figure is handed to `diagnose` and the
/// others are still listed.
pub fn run(
    paths: &[PathBuf],
    format: FigureFormat,
    patterns: bool,
    jobs: Option<usize>,
    exclude: &Exclude,
    out: impl Write,
    mut diagnose: impl FnMut(miette::Report),
) -> io::Result<Outcome> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .map_err(io::Error::other)?;
    let (files, listed) = super::documents_in(paths, exclude, &mut diagnose);
    let mut lister = Lister {
        pool,
        stream: FigureStream::new(out, format, patterns)?,
        format,
        patterns,
        outcome: listed,
        diagnose: &mut diagnose,
    };
    // A large file is read a part at a time (its figures are listed as
    // the whole file's are), unless what is shown needs all of it: the
    // page shows the text, and a pattern must be unique in it.
    let in_parts = format != FigureFormat::Html && !patterns;
    let written = lister.files(&files, in_parts).and_then(|()| lister.stream.finish());
    let outcome = lister.outcome;
    match written {
        // The reader left (`| head`): nothing more is wanted, and the
        // status says what was seen until then.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(outcome),
        other => other.map(|()| outcome),
    }
}

/// The figures of `document`, read once: streamed to the report as the
/// reader finds them (a file of millions is never held whole), or, with
/// `patterns`, held for the matcher's index, which is made from them.
pub(crate) fn read_figures(document: &Document, patterns: bool) -> Read<'_> {
    if !patterns {
        return Read {
            found: Box::new(extract::document_figures(document)),
            index: None,
        };
    }
    let found: Vec<Result<Figure, FigureError>> = extract::document_figures(document).collect();
    let figures = found.iter().filter_map(|f| f.as_ref().ok().cloned()).collect();
    Read {
        found: Box::new(found.into_iter()),
        index: Some(FigureIndex::of(document, figures)),
    }
}

/// Lists figures to the stream in the order documents are given, rendering
/// a batch at a time on the pool.
struct Lister<'d, W: Write, D: FnMut(miette::Report)> {
    pool: rayon::ThreadPool,
    stream: FigureStream<W>,
    format: FigureFormat,
    patterns: bool,
    outcome: Outcome,
    diagnose: &'d mut D,
}

impl<W: Write, D: FnMut(miette::Report)> Lister<'_, W, D> {
    /// Lists every file's figures, small files a batch at a time.
    fn files(&mut self, files: &[PathBuf], in_parts: bool) -> io::Result<()> {
        let threads = self.pool.current_num_threads().max(1);
        let mut batch: Vec<&PathBuf> = Vec::new();
        let mut batch_bytes = 0u64;
        for path in files {
            let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
            match in_parts.then(|| Parts::open(path)).flatten() {
                Some(parts) => {
                    self.documents(&std::mem::take(&mut batch))?;
                    batch_bytes = 0;
                    self.parts(parts, threads)?;
                }
                // A large page or table is read whole, but its rows go out
                // as they are rendered, not held until its last.
                None if in_parts && bytes > PART_BYTES as u64 => {
                    self.documents(&std::mem::take(&mut batch))?;
                    batch_bytes = 0;
                    self.streamed(path)?;
                }
                None => {
                    batch.push(path);
                    // A batch's figures are held until written: dense
                    // documents make a smaller batch.
                    batch_bytes = batch_bytes.saturating_add(bytes);
                    if batch.len() == threads * DOCUMENTS_PER_THREAD || batch_bytes >= BATCH_BYTES {
                        self.documents(&std::mem::take(&mut batch))?;
                        batch_bytes = 0;
                    }
                }
            }
        }
        self.documents(&batch)
    }

    /// Reads and lists whole documents, in parallel.
    fn documents(&mut self, paths: &[&PathBuf]) -> io::Result<()> {
        let (format, patterns) = (self.format, self.patterns);
        let rendered: Vec<Result<io::Result<RenderedDocument>, DocumentError>> = self.pool.install(|| {
            paths
                .par_iter()
                .map(|path| {
                    Document::load(path)
                        .map(|document| render_document(&document, read_figures(&document, patterns), format))
                })
                .collect()
        });
        for result in rendered {
            match result {
                Ok(rendered) => {
                    let rendered = rendered?;
                    self.stream.document(&rendered.body)?;
                    let mut shown = ShownProblems::default();
                    self.problems(&mut shown, rendered.problems);
                    self.more_problems(&shown, rendered.name.as_str());
                }
                Err(error) => self.broken(error),
            }
        }
        Ok(())
    }

    /// Lists one large document read whole, its rows written as they are
    /// rendered.
    fn streamed(&mut self, path: &Path) -> io::Result<()> {
        let document = match Document::load(path) {
            Ok(document) => document,
            Err(error) => {
                self.broken(error);
                return Ok(());
            }
        };
        self.stream.document(&document_head(self.format, document.name())?)?;
        let stream = &mut self.stream;
        let figures = render_figures_to(
            &document,
            read_figures(&document, self.patterns),
            self.format,
            &mut |chunk: &[u8]| stream.document(chunk),
        )?;
        self.stream.document(&document_foot(self.format, figures.rows)?)?;
        let mut shown = ShownProblems::default();
        self.problems(&mut shown, figures.problems);
        self.more_problems(&shown, document.name());
        Ok(())
    }

    /// Lists one large file's figures a few parts at a time (as many as
    /// there are threads), each part read on its own.
    fn parts(&mut self, mut parts: Parts, threads: usize) -> io::Result<()> {
        let name = parts.name();
        self.stream.document(&document_head(self.format, &name)?)?;
        let mut rows = 0usize;
        let mut shown = ShownProblems::default();
        loop {
            let mut read = Vec::with_capacity(threads);
            let mut broken = None;
            for part in parts.by_ref().take(threads) {
                match part {
                    Ok(document) => read.push(document),
                    Err(error) => broken = Some(error),
                }
            }
            if read.is_empty() && broken.is_none() {
                break;
            }
            let (format, patterns) = (self.format, self.patterns);
            // One part in this round (a paragraph of millions of figures
            // is one part): its rows go out as they are rendered.
            if let ([part], None) = (&read[..], &broken) {
                let stream = &mut self.stream;
                let figures = render_figures_to(part, read_figures(part, patterns), format, &mut |chunk: &[u8]| {
                    stream.document(chunk)
                })?;
                rows = rows.saturating_add(figures.rows);
                self.problems(&mut shown, figures.problems);
                continue;
            }
            let rendered: Vec<io::Result<RenderedFigures>> = self.pool.install(|| {
                read.par_iter()
                    .map(|part| render_figures(part, read_figures(part, patterns), format))
                    .collect()
            });
            for figures in rendered {
                let figures = figures?;
                rows = rows.saturating_add(figures.rows);
                self.stream.document(&figures.body)?;
                self.problems(&mut shown, figures.problems);
            }
            if let Some(error) = broken {
                self.broken(error);
                break;
            }
        }
        self.more_problems(&shown, &name);
        self.stream.document(&document_foot(self.format, rows)?)
    }

    /// Shows a document's problems (or a part's) while fewer than
    /// [`MOST_SHOWN_PER_DOCUMENT`] of the document are, and counts the rest.
    fn problems(&mut self, shown: &mut ShownProblems, problems: Problems) {
        // A word left unread is worth a warning, not exit 2.
        if problems.has_errors() {
            self.outcome = Outcome::BrokenInput;
        }
        shown.more_warnings = shown.more_warnings.saturating_add(problems.more_warnings);
        shown.more_errors = shown.more_errors.saturating_add(problems.more_errors);
        for problem in problems.shown {
            if shown.count < MOST_SHOWN_PER_DOCUMENT {
                shown.count += 1;
                (self.diagnose)(miette::Report::new(problem));
            } else if problem.warning {
                shown.more_warnings = shown.more_warnings.saturating_add(1);
            } else {
                shown.more_errors = shown.more_errors.saturating_add(1);
            }
        }
    }

    /// One line for the problems of a document past those shown.
    fn more_problems(&mut self, shown: &ShownProblems, name: &str) {
        if let Some(more) = MoreProblems::new(name, shown.more_errors, shown.more_warnings) {
            (self.diagnose)(miette::Report::new(more));
        }
    }

    fn broken(&mut self, error: DocumentError) {
        (self.diagnose)(miette::Report::new(error));
        self.outcome = Outcome::BrokenInput;
    }
}

/// How many of a document's problems were shown, and how many more there
/// are.
#[derive(Debug, Default)]
struct ShownProblems {
    count: usize,
    more_warnings: usize,
    more_errors: usize,
}
