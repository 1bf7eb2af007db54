//! The temporary files report files are written into before the rename.
//!
//! Each is named `.figaudit-<pid>-<n>.tmp` beside its target and created
//! with the default mode, so the umask applies as to any new file. While it
//! exists it is registered: SIGINT, SIGTERM or SIGHUP removes every
//! registered file before figaudit exits. A file left by a process that
//! was killed outright (`kill -9`, a power cut) is removed by the next
//! figaudit that writes a report into that folder, once its process is gone.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, Once};
use std::time::{Duration, SystemTime};

const PREFIX: &str = ".figaudit-";
const SUFFIX: &str = ".tmp";

/// The exit status after a signal: 128 + SIGINT, as shells report Ctrl-C.
const EXIT_INTERRUPTED: i32 = 130;

/// A temporary file of a name no one else has used, not yet shown to anyone
/// under its final name. Dropping it removes it.
#[derive(Debug)]
pub(crate) struct TempFile {
    path: PathBuf,
    file: Option<File>,
}

static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static COUNTER: AtomicU64 = AtomicU64::new(0);
static HANDLER: Once = Once::new();

fn live() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl TempFile {
    /// Creates a new temporary file in `folder`, after removing the stale
    /// ones there.
    pub(crate) fn create_in(folder: &Path) -> io::Result<TempFile> {
        HANDLER.call_once(|| {
            // If another handler is already set, files may be left on a
            // signal, and the next run still removes them.
            let _ = ctrlc::set_handler(|| {
                for path in live().drain(..) {
                    let _ = std::fs::remove_file(path);
                }
                std::process::exit(EXIT_INTERRUPTED);
            });
        });
        remove_stale(folder);
        let pid = std::process::id();
        loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let path = folder.join(format!("{PREFIX}{pid}-{n}{SUFFIX}"));
            // Registered before it exists, so a signal in between still
            // finds it; create_new never opens a file someone else made.
            live().push(path.clone());
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(file) => return Ok(TempFile { path, file: Some(file) }),
                Err(error) => {
                    live().retain(|p| *p != path);
                    if error.kind() != io::ErrorKind::AlreadyExists {
                        return Err(error);
                    }
                }
            }
        }
    }

    pub(crate) fn file(&self) -> Option<&File> {
        self.file.as_ref()
    }

    /// Renames the file to `target`, replacing what is there.
    pub(crate) fn persist(mut self, target: &Path) -> io::Result<()> {
        // Closed first: Windows cannot rename an open file.
        self.file = None;
        std::fs::rename(&self.path, target)?;
        live().retain(|p| *p != self.path);
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        self.file = None;
        let mut live = live();
        if let Some(i) = live.iter().position(|p| *p == self.path) {
            live.swap_remove(i);
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Removes temporary files in `folder` whose process is gone.
fn remove_stale(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(middle) = name.to_str().and_then(|n| n.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)) else {
            continue;
        };
        let pid = middle.split('-').next().and_then(|p| p.parse::<u32>().ok());
        let stale = match pid {
            Some(pid) => pid != std::process::id() && gone(pid, &entry),
            // Edition 1 named them without a process id: stale once old.
            None => older_than(&entry, Duration::from_secs(3600)),
        };
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn older_than(entry: &std::fs::DirEntry, age: Duration) -> bool {
    let modified = entry.metadata().and_then(|m| m.modified());
    modified.is_ok_and(|m| SystemTime::now().duration_since(m).is_ok_and(|d| d > age))
}

/// Whether the process that made a temporary file is gone.
#[cfg(unix)]
fn gone(pid: u32, _entry: &std::fs::DirEntry) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    // Signal 0 asks only whether the process exists; EPERM means it does.
    // SAFETY: kill with signal 0 sends nothing and touches no memory.
    let result = unsafe { libc::kill(pid, 0) };
    !(result == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM))
}

/// Without a portable liveness check, a day-old file is taken as stale.
#[cfg(not(unix))]
fn gone(_pid: u32, entry: &std::fs::DirEntry) -> bool {
    older_than(entry, Duration::from_secs(24 * 3600))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_of_dead_processes_are_removed_and_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        // pid_max on Linux is at most 2^22: this process cannot exist.
        let dead = dir.path().join(".figaudit-4194399-0.tmp");
        let mine = dir.path().join(format!(".figaudit-{}-999999.tmp", std::process::id()));
        let other = dir.path().join("report.csv");
        for path in [&dead, &mine, &other] {
            std::fs::write(path, "x").unwrap();
        }
        let temp = TempFile::create_in(dir.path()).unwrap();
        assert!(!dead.exists());
        assert!(mine.exists() && other.exists());
        let made = temp.path.clone();
        assert!(made.exists());
        drop(temp);
        assert!(!made.exists());
    }
}
