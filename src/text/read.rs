//! Reading input files with bounds: only regular files, never more than
//! [`MAX_BYTES`], and never blocking on a FIFO.

use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

use super::DocumentError;

/// The largest file figaudit reads: far above any article or rule file,
/// far below what would exhaust memory.
pub(crate) const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The bytes of the regular file at `path`.
///
/// The path is checked before it is opened (opening a FIFO for reading
/// blocks until a writer comes), and the opened file is checked again, in
/// case the path changed in between; on Unix it is opened non-blocking, so
/// even then a FIFO cannot hang the read. Reading stops one byte past the
/// limit, so a file that grows while it is read is still refused.
pub(crate) fn bounded(path: &Path) -> Result<Vec<u8>, DocumentError> {
    let io = |source| DocumentError::Io {
        path: path.to_path_buf(),
        source,
    };
    if path == Path::new(STDIN) {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        return within_limit(path, bytes);
    }
    check(path, &std::fs::metadata(path).map_err(io)?)?;
    let file = open(path).map_err(io)?;
    let metadata = file.metadata().map_err(io)?;
    check(path, &metadata)?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes).map_err(io)?;
    within_limit(path, bytes)
}

/// The path that names standard input (`figaudit figures -`).
pub(crate) const STDIN: &str = "-";

fn within_limit(path: &Path, bytes: Vec<u8>) -> Result<Vec<u8>, DocumentError> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_BYTES {
        return Err(DocumentError::TooLarge {
            path: path.to_path_buf(),
            size,
        });
    }
    Ok(bytes)
}

pub(super) fn check(path: &Path, metadata: &Metadata) -> Result<(), DocumentError> {
    if !metadata.is_file() {
        return Err(DocumentError::NotAFile {
            path: path.to_path_buf(),
            what: kind_of(metadata),
        });
    }
    if metadata.len() > MAX_BYTES {
        return Err(DocumentError::TooLarge {
            path: path.to_path_buf(),
            size: metadata.len(),
        });
    }
    Ok(())
}

#[cfg(unix)]
pub(super) fn open(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
pub(super) fn open(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

/// What a file that is not a regular file is, in words.
fn kind_of(metadata: &Metadata) -> &'static str {
    let kind = metadata.file_type();
    if kind.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sparse_file_over_the_limit_is_refused_before_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.txt");
        File::create(&path).unwrap().set_len(MAX_BYTES + 1).unwrap();
        let error = bounded(&path).unwrap_err();
        assert!(matches!(error, DocumentError::TooLarge { size, .. } if size == MAX_BYTES + 1));
    }

    #[test]
    fn a_folder_is_not_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let error = bounded(dir.path()).unwrap_err();
        assert!(matches!(error, DocumentError::NotAFile { what: "a folder", .. }));
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused() {
        let error = bounded(Path::new("/dev/zero")).unwrap_err();
        assert!(matches!(error, DocumentError::NotAFile { what: "a device", .. }));
    }
}
