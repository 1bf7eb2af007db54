//! Which files a path on the command line names (SPEC §7.4): a file
//! itself; a folder's files at any depth; a glob's matches. Folder walks
//! and globs are ripgrep's (the `ignore` crate): they pass over hidden
//! entries, what `.gitignore` and `.ignore` files list (inside a git
//! repository or not, so that an archive copied out of one reads the same),
//! and what `--exclude` names. A file named on the command line is always
//! read, as ripgrep reads it.

use std::io;
use std::path::{Component, Path, PathBuf};

use globset::{GlobBuilder, GlobMatcher};
use ignore::gitignore::{Gitignore, GitignoreBuilder};
use ignore::WalkBuilder;

/// The `--exclude` globs, written as lines of a `.gitignore` in the
/// working directory: `drafts/` is any folder of that name, `*.bak.txt`
/// any such file, `/corpus/2019` that path only.
#[derive(Debug, Clone)]
pub struct Exclude {
    globs: Gitignore,
}

impl Default for Exclude {
    fn default() -> Exclude {
        Exclude {
            globs: Gitignore::empty(),
        }
    }
}

impl Exclude {
    /// The globs given; one that is not a glob is an error naming it.
    pub fn new(globs: &[String]) -> Result<Exclude, miette::Report> {
        if globs.is_empty() {
            return Ok(Exclude::default());
        }
        let root = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let mut builder = GitignoreBuilder::new(root);
        for glob in globs {
            builder.add_line(None, glob).map_err(|error| {
                miette::miette!(
                    code = "figaudit::usage",
                    help = "--exclude takes a glob as a .gitignore line writes it: drafts/, *.bak.txt, corpus/2019/**",
                    "--exclude {}: {error}",
                    crate::text::visible::one_line(glob)
                )
            })?;
        }
        let globs = builder
            .build()
            .map_err(|error| miette::miette!(code = "figaudit::usage", "--exclude: {error}"))?;
        Ok(Exclude { globs })
    }

    fn excludes(&self, path: &Path, is_dir: bool) -> bool {
        self.globs.matched(path, is_dir).is_ignore()
    }
}

/// Whether `path` is written as a glob: a component with `*`, `?`, `[`
/// or `{` (a file of that very name is read as a file).
pub(crate) fn is_glob(path: &Path) -> bool {
    !path.exists() && glob_start(path).is_some()
}

/// How many leading components of `path` hold no glob character; `None`
/// when none holds one.
fn glob_start(path: &Path) -> Option<usize> {
    path.components().position(|component| match component {
        Component::Normal(name) => name.to_str().is_some_and(|name| name.contains(['*', '?', '[', '{'])),
        _ => false,
    })
}

/// The files `path` names: itself when it is a file; when it is a folder,
/// or a glob, every file below it (matching it) whose name ends in one of
/// `extensions`, sorted by path. Links to folders are not followed, so a
/// link cannot make the walk loop.
pub fn files_in(path: &Path, extensions: &[&str], exclude: &Exclude) -> io::Result<Vec<PathBuf>> {
    if path.is_dir() {
        return walk(path, extensions, exclude, None);
    }
    if let Some(start) = glob_start(path).filter(|_| !path.exists()) {
        return glob(path, start, extensions, exclude);
    }
    std::fs::metadata(path)?;
    Ok(vec![path.to_path_buf()])
}

/// A glob's matches: the folder before its first glob component is
/// walked, no deeper than the glob reaches unless it holds `**`.
fn glob(path: &Path, start: usize, extensions: &[&str], exclude: &Exclude) -> io::Result<Vec<PathBuf>> {
    let invalid = |error: String| io::Error::new(io::ErrorKind::InvalidInput, error);
    let pattern = path.to_str().ok_or_else(|| invalid("a glob must be UTF-8".into()))?;
    let matcher = GlobBuilder::new(pattern.strip_prefix("./").unwrap_or(pattern))
        .literal_separator(true)
        .build()
        .map_err(|error| invalid(format!("not a glob: {}", error.kind())))?
        .compile_matcher();
    let base: PathBuf = path.components().take(start).collect();
    let rest = path.components().count() - start;
    let depth = (!pattern.contains("**")).then_some(rest);
    let root = if base.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        base
    };
    walk(&root, extensions, exclude, Some((&matcher, depth)))
}

/// Every wanted file below `root`, sorted; with a glob, those it matches.
fn walk(
    root: &Path,
    extensions: &[&str],
    exclude: &Exclude,
    glob: Option<(&GlobMatcher, Option<usize>)>,
) -> io::Result<Vec<PathBuf>> {
    let wanted = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e))
    };
    let exclude = exclude.clone();
    let mut builder = WalkBuilder::new(root);
    builder
        .standard_filters(true)
        // .gitignore outside a git repository too: an archive is often a
        // plain folder, and a user who writes one expects it obeyed.
        .require_git(false)
        .follow_links(false)
        .max_depth(glob.and_then(|(_, depth)| depth))
        .filter_entry(move |entry| !exclude.excludes(entry.path(), entry.file_type().is_some_and(|t| t.is_dir())));
    let mut files = Vec::new();
    for entry in builder.build() {
        let entry = entry.map_err(|error| {
            let kind = error.io_error().map_or(io::ErrorKind::Other, io::Error::kind);
            io::Error::new(kind, error.to_string())
        })?;
        if entry.depth() == 0 {
            continue;
        }
        // A glob is matched without a leading `./`; a glob with no folder
        // before it (`*.txt`) walks `.` and names `a.txt`, not `./a.txt`.
        let unprefixed = entry.path().strip_prefix(".").unwrap_or(entry.path());
        let matches = glob.is_none_or(|(matcher, _)| matcher.is_match(unprefixed));
        let path = match glob {
            Some(_) if root == Path::new(".") => unprefixed.to_path_buf(),
            _ => entry.path().to_path_buf(),
        };
        // A link to a file is read; a link to a folder is not walked.
        if matches && wanted(&path) && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(names: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for name in names {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "1").unwrap();
        }
        dir
    }

    fn relative(dir: &Path, found: io::Result<Vec<PathBuf>>) -> Vec<String> {
        found
            .unwrap()
            .iter()
            .map(|p| p.strip_prefix(dir).unwrap().display().to_string())
            .collect()
    }

    #[test]
    fn folders_are_walked_at_every_depth_in_path_order() {
        let dir = tree(&[
            "b.txt",
            "a/2025/x.md",
            "a/2024/y.txt",
            "a/z.yaml",
            ".git/h.txt",
            "c/.hidden.txt",
        ]);
        let found = files_in(dir.path(), &["txt", "md"], &Exclude::default());
        assert_eq!(relative(dir.path(), found), ["a/2024/y.txt", "a/2025/x.md", "b.txt"]);
    }

    #[test]
    fn ignore_files_are_obeyed_outside_a_git_repository() {
        let dir = tree(&["a.txt", "node_modules/m.txt", "drafts/d.txt", "keep/k.txt"]);
        std::fs::write(dir.path().join(".gitignore"), "node_modules/\n").unwrap();
        std::fs::write(dir.path().join("keep/.ignore"), "*\n").unwrap();
        let found = files_in(dir.path(), &["txt"], &Exclude::default());
        assert_eq!(relative(dir.path(), found), ["a.txt", "drafts/d.txt"]);
    }

    #[test]
    fn globs_match_below_their_folder_and_no_deeper_without_a_double_star() {
        let dir = tree(&["c/a.txt", "c/b.md", "c/sub/c.txt", "c/sub/deeper/d.txt"]);
        let one = dir.path().join("c/*.txt");
        let found = files_in(&one, &["txt", "md"], &Exclude::default());
        assert_eq!(relative(dir.path(), found), ["c/a.txt"]);
        let any = dir.path().join("c/**/*.txt");
        let found = files_in(&any, &["txt", "md"], &Exclude::default());
        assert_eq!(
            relative(dir.path(), found),
            ["c/a.txt", "c/sub/c.txt", "c/sub/deeper/d.txt"]
        );
        assert!(is_glob(&any));
        assert!(!is_glob(&dir.path().join("c")));
    }

    #[test]
    fn a_bad_exclude_glob_is_named() {
        let error = Exclude::new(&["{a".to_string()]).unwrap_err().to_string();
        assert!(error.starts_with("--exclude {a: "), "{error}");
    }
}
