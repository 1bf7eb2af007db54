//! Report files are written whole or not at all: into a temporary file in
//! the same folder, then renamed over the target, so a crash or a full disk
//! never leaves a half-written report (and an earlier one stays intact).

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A report file that could not be written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("cannot write the report {path}: {source}")]
#[diagnostic(
    code(figaudit::report::write),
    help("any earlier report at this path was left as it was")
)]
pub struct ReportFileError {
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

/// Writes `path` atomically with `fill`, creating its parent folders.
pub fn write_atomically(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), ReportFileError> {
    let error = |source| ReportFileError {
        path: path.to_path_buf(),
        source,
    };
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(parent).map_err(error)?;
    let temp = tempfile::Builder::new()
        .prefix(".figaudit-")
        .suffix(".tmp")
        .tempfile_in(parent)
        .map_err(error)?;
    {
        let mut out = BufWriter::new(temp.as_file());
        fill(&mut out).map_err(error)?;
        out.flush().map_err(error)?;
    }
    temp.as_file().sync_all().map_err(error)?;
    temp.persist(path).map_err(|e| error(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_fill_leaves_the_earlier_report() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.csv");
        std::fs::write(&path, "earlier").unwrap();
        let failed = write_atomically(&path, |out| {
            out.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "earlier");
        // No temporary file is left behind either.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn parent_folders_are_created() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/report.json");
        write_atomically(&path, |out| out.write_all(b"{}")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{}");
    }
}
