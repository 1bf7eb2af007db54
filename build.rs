//! `figaudit --version` names the commit it was built from, so that a
//! report can be traced to the code that wrote it: FIGAUDIT_COMMIT when
//! set (the container build, which has no `.git`), else `git rev-parse`
//! when this folder is the top of a git checkout; else the version alone
//! (a crate from crates.io, a source tarball). Never fails the build.

use std::path::Path;
use std::process::Command;

/// The crate's folder, as cargo tells the running script (not `env!`:
/// cargo may reuse one compiled script for another copy of the crate, such
/// as the one `cargo package` verifies).
fn crate_folder() -> Option<String> {
    std::env::var("CARGO_MANIFEST_DIR").ok()
}

/// `git ARGS` in the crate's folder, its output trimmed; `None` on any failure.
fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .args(args)
        .current_dir(crate_folder()?)
        .output()
        .ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let text = text.trim();
    (output.status.success() && !text.is_empty()).then(|| text.to_string())
}

/// The commit, when this crate is the top of its own checkout (not a crate
/// vendored into another project's repository).
fn checkout_commit() -> Option<String> {
    let top = git(&["rev-parse", "--show-toplevel"])?;
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if !same(Path::new(&top), Path::new(&crate_folder()?)) {
        return None;
    }
    let commit = git(&["rev-parse", "--short=12", "HEAD"])?;
    // Rebuild when HEAD moves: HEAD itself and the branch it names (a
    // worktree keeps its HEAD apart from the shared refs).
    let mut watched = vec!["HEAD".to_string(), "packed-refs".to_string()];
    watched.extend(git(&["symbolic-ref", "-q", "HEAD"]));
    for name in watched {
        if let Some(path) = git(&["rev-parse", "--path-format=absolute", "--git-path", &name]) {
            if Path::new(&path).exists() {
                println!("cargo:rerun-if-changed={path}");
            }
        }
    }
    Some(commit)
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=FIGAUDIT_COMMIT");
    let commit = std::env::var("FIGAUDIT_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(checkout_commit);
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    match commit {
        Some(commit) => println!("cargo:rustc-env=FIGAUDIT_VERSION={version} ({})", commit.trim()),
        None => println!("cargo:rustc-env=FIGAUDIT_VERSION={version}"),
    }
}
