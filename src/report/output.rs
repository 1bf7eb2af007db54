//! Report files are written whole or not at all: into a temporary file in
//! the same folder, then renamed over the target, so a crash or a full disk
//! never leaves a half-written report (and an earlier one stays intact).

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::temp_file::TempFile;
use crate::text::visible::path_text;

/// A report file that could not be written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("cannot write the report {}: {source}", path_text(.path))]
#[diagnostic(
    code(figaudit::report::write),
    help("any earlier report at this path was left as it was")
)]
pub(crate) struct ReportFileError {
    pub(crate) path: PathBuf,
    #[source]
    pub(crate) source: io::Error,
}

/// Standard output that a reader may close (`figaudit check … | head`).
///
/// Once a write finds the pipe closed, every later write succeeds without
/// writing, so the command still evaluates everything, writes its report
/// files and exits with the status its findings call for. Every writer
/// above it (csv, serde_json) sees success; none can turn the closed pipe
/// into an error of another kind.
#[derive(Debug)]
pub(crate) struct Stdout<W: Write> {
    inner: W,
    closed: bool,
}

impl<W: Write> Stdout<W> {
    pub(crate) fn new(inner: W) -> Stdout<W> {
        Stdout { inner, closed: false }
    }

    /// Whether the reader has gone.
    #[cfg(test)]
    pub(crate) fn closed(&self) -> bool {
        self.closed
    }

    fn quiet(&mut self, result: io::Result<usize>, len: usize) -> io::Result<usize> {
        match result {
            Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(len)
            }
            other => other,
        }
    }
}

impl<W: Write> Write for Stdout<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        let result = self.inner.write(buf);
        self.quiet(result, buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = self.inner.flush().map(|()| 0);
        self.quiet(result, 0).map(|_| ())
    }
}

/// Writes `path` atomically with `fill`, creating its parent folders.
///
/// A new report gets the permissions of any new file under the umask; a
/// report that replaces a file keeps that file's permissions. A symlink is
/// written through: the file it points to is replaced, the link stays. A
/// target that is not a regular file (`/dev/null`, `/dev/stdout`, a FIFO)
/// is written into directly, since it cannot be replaced.
pub(crate) fn write_atomically(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), ReportFileError> {
    let error = |source| ReportFileError {
        path: path.to_path_buf(),
        source,
    };
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => {
            return Err(error(io::Error::new(io::ErrorKind::IsADirectory, "it is a folder")))
        }
        Ok(metadata) if !metadata.is_file() => {
            let file = std::fs::OpenOptions::new().write(true).open(path).map_err(error)?;
            let mut out = BufWriter::new(file);
            fill(&mut out).map_err(error)?;
            return out.flush().map_err(error);
        }
        _ => {}
    }
    let target = through_links(path).map_err(error)?;
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(parent).map_err(error)?;
    let temp = TempFile::create_in(parent).map_err(error)?;
    let file = temp
        .file()
        .ok_or_else(|| error(io::Error::other("the temporary file is closed")))?;
    {
        let mut out = BufWriter::new(file);
        fill(&mut out).map_err(error)?;
        out.flush().map_err(error)?;
    }
    if let Ok(existing) = std::fs::metadata(&target) {
        file.set_permissions(existing.permissions()).map_err(error)?;
    }
    file.sync_all().map_err(error)?;
    temp.persist(&target).map_err(error)
}

/// The file a path names once symlinks are followed, even to a file that
/// does not exist yet; the path itself when it is no link.
fn through_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    // As many links as Linux follows before it gives up (ELOOP).
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) => parent.join(link),
                    None => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// Whether two report paths name the same file: the same file on disk, or
/// the same path once `.`, `..` and links are resolved.
pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    let key = |path: &Path| {
        let target = through_links(path).unwrap_or_else(|_| path.to_path_buf());
        let absolute = std::path::absolute(&target).unwrap_or(target);
        // `..` taken lexically, for folders that do not exist yet.
        let mut absolute = absolute.components().fold(PathBuf::new(), |mut path, part| {
            match part {
                std::path::Component::ParentDir => {
                    path.pop();
                }
                std::path::Component::CurDir => {}
                other => path.push(other),
            }
            path
        });
        if absolute.as_os_str().is_empty() {
            absolute.push("/");
        }
        match (absolute.parent(), absolute.file_name()) {
            (Some(parent), Some(name)) => std::fs::canonicalize(parent).map_or(absolute.clone(), |p| p.join(name)),
            _ => absolute,
        }
    };
    key(a) == key(b)
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

    /// A pipe whose reader left after `room` bytes.
    struct ClosingPipe {
        room: usize,
    }

    impl Write for ClosingPipe {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::ErrorKind::BrokenPipe.into());
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_swallows_writes_and_says_so() {
        let mut out = Stdout::new(ClosingPipe { room: 4 });
        out.write_all(b"line one\nline two\n").unwrap();
        assert!(out.closed());
        out.write_all(b"more").unwrap();
        out.flush().unwrap();
        // Other errors still surface.
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::other("disk full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        assert!(Stdout::new(Full).write_all(b"x").is_err());
    }

    #[test]
    fn parent_folders_are_created() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/report.json");
        write_atomically(&path, |out| out.write_all(b"{}")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{}");
    }
}
