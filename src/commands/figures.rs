//! `figaudit figures FILE...`: every figure of every document.
//!
//! Documents are read and rendered in parallel batches and written in the
//! order given, so the output is the same for any number of threads, and
//! memory holds one batch of documents.

use std::io::{self, Write};
use std::path::PathBuf;

use rayon::prelude::*;

use super::Outcome;
use crate::report::figures::{render_document, FigureFormat, FigureStream, RenderedDocument};
use crate::text::{Document, DocumentError};

/// Documents read per thread in one batch.
const DOCUMENTS_PER_THREAD: usize = 4;

/// Lists the figures of `paths` (files, or folders of `*.txt`/`*.md`) to
/// `out`; every unreadable file or figure is handed to `diagnose` and the
/// others are still listed.
pub fn run(
    paths: &[PathBuf],
    format: FigureFormat,
    patterns: bool,
    jobs: Option<usize>,
    out: impl Write,
    mut diagnose: impl FnMut(miette::Report),
) -> io::Result<Outcome> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .map_err(io::Error::other)?;
    let (files, listed) = super::documents_in(paths, &mut diagnose);
    let mut outcome = listed;
    let written = (|| {
        let mut stream = FigureStream::new(out, format, patterns)?;
        let batch = pool.current_num_threads().max(1) * DOCUMENTS_PER_THREAD;
        for chunk in files.chunks(batch) {
            let rendered: Vec<Result<io::Result<RenderedDocument>, DocumentError>> = pool.install(|| {
                chunk
                    .par_iter()
                    .map(|path| Document::load(path).map(|document| render_document(&document, format, patterns)))
                    .collect()
            });
            for result in rendered {
                match result {
                    Ok(rendered) => {
                        let rendered = rendered?;
                        stream.document(&rendered.body)?;
                        for problem in rendered.problems {
                            // A word left unread is worth a warning, not exit 2.
                            if !problem.warning {
                                outcome = Outcome::BrokenInput;
                            }
                            diagnose(miette::Report::new(problem));
                        }
                    }
                    Err(error) => {
                        diagnose(miette::Report::new(error));
                        outcome = Outcome::BrokenInput;
                    }
                }
            }
        }
        stream.finish()
    })();
    match written {
        // The reader left (`| head`): nothing more is wanted, and the
        // status says what was seen until then.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(outcome),
        other => other.map(|()| outcome),
    }
}
