//! Helpers shared by the end-to-end tests.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

pub fn figaudit() -> Command {
    match Command::cargo_bin("figaudit") {
        Ok(cmd) => cmd,
        Err(err) => panic!("the figaudit binary is not built: {err}"),
    }
}

/// The figures of `path` as `figaudit figures --format json` lists them.
pub fn figures_json(path: &str) -> Vec<Value> {
    let output = figaudit().args(["figures", "--format", "json", path]).output().unwrap();
    assert!(
        output.status.success(),
        "figaudit failed on {path}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice::<Vec<Value>>(&output.stdout).unwrap()
}
