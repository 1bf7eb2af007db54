//! Broken, odd and huge input: a clear result or an error naming the file
//! (and where it has one, the place), exit status 2 for errors, never a panic.

use std::fs;
use std::path::Path;

use crate::common::figaudit;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

use crate::common::assert_no_panic;

#[test]
fn empty_file_has_no_figures() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "empty.txt", b"");
    let table = figaudit().args(["figures", &path]).output().unwrap();
    assert_eq!(table.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&table.stdout).contains("no figures"));
    let json = figaudit()
        .args(["figures", "--format", "json", &path])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&json.stdout).trim(), "[]");
}

#[test]
fn binary_file_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let png = write(dir.path(), "photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let output = figaudit().args(["figures", &png]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("photo.png"));
    assert!(stderr_of(&output).contains("offset 0"));
    assert_no_panic(&output);

    let nul = write(dir.path(), "nul.txt", "١٢ a\0b".as_bytes());
    let output = figaudit().args(["figures", &nul]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("NUL byte at offset 6"));
}

#[test]
fn invalid_utf8_names_file_and_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    // "12 " then a Latin-1 é (0xE9), as an old CMS would save it.
    let path = write(dir.path(), "latin1.txt", b"12 caf\xe9 34");
    let output = figaudit().args(["figures", &path]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(stderr.contains("latin1.txt") && stderr.contains("offset 6"), "{stderr}");
}

#[test]
fn missing_file_is_named_and_the_other_files_still_listed() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", "إصدار 1.965.644 بطاقة".as_bytes());
    let missing = dir.path().join("missing.txt").to_string_lossy().into_owned();
    let output = figaudit()
        .args(["figures", "--format", "csv", &missing, &good])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("missing.txt"));
    assert!(String::from_utf8_lossy(&output.stdout).contains("1965644"));
}

#[test]
fn forty_digit_numbers_are_errors_with_their_place_and_others_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("سطر أول\nرقم {} ثم 3.6 مليون\n", "1234567890".repeat(4));
    let path = write(dir.path(), "absurd.txt", text.as_bytes());
    let output = figaudit()
        .args(["figures", "--format", "json", &path])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("absurd.txt:2:5"), "{}", stderr_of(&output));
    let figures: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(figures.len(), 1);
    assert_eq!(figures[0]["value"], "3600000");
    assert_no_panic(&output);
}

#[test]
fn number_words_beyond_range_are_errors_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "words.txt", "ألف مليون مليار تريليون".as_bytes());
    let output = figaudit().args(["figures", &path]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("words.txt:1:1"));
}

#[test]
fn a_file_of_nothing_but_waw_and_digits_reads_without_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::new();
    for i in 0..200_000u32 {
        text.push_str(["و", "1", "٣", "وو", "9.", "و٫", "،"][(i * 7 % 11 % 7) as usize]);
    }
    let path = write(dir.path(), "waw.txt", text.as_bytes());
    let output = figaudit()
        .args(["figures", "--format", "json", &path])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let figures: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert!(!figures.is_empty());
    let only_waw = write(dir.path(), "only-waw.txt", "و".repeat(100_000).as_bytes());
    let output = figaudit()
        .args(["figures", "--format", "json", &only_waw])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "[]");
}

#[test]
fn a_50_mb_single_line_is_read_to_its_end() {
    let dir = tempfile::tempdir().unwrap();
    let filler = "كلمة عادية بلا أرقام، ";
    let repeats = 50_000_000 / filler.len();
    let mut text = filler.repeat(repeats);
    text.push_str("أزيد من 3.6 مليون");
    let path = write(dir.path(), "long.txt", text.as_bytes());
    let output = figaudit()
        .args(["figures", "--format", "json", &path])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let figures: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(figures.len(), 1);
    let column = filler.chars().count() * repeats + 1;
    assert_eq!(figures[0]["line"], 1);
    assert_eq!(figures[0]["column"], column as u64);
    assert_eq!(figures[0]["start"], (filler.len() * repeats) as u64);
}

#[test]
fn bom_and_crlf_are_handled() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "windows.txt",
        "\u{feff}عنوان\r\nإصدار 476 بطاقة\r\n".as_bytes(),
    );
    let output = figaudit()
        .args(["figures", "--format", "json", &path])
        .output()
        .unwrap();
    let figures: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(figures[0]["line"], 2);
    assert_eq!(figures[0]["column"], 7);
    // Byte offsets count the BOM (3 bytes) and the CRLF, as on disk.
    let expected_start = "\u{feff}عنوان\r\nإصدار ".len();
    assert_eq!(figures[0]["start"], expected_start as u64);
}

#[test]
fn a_bad_command_line_exits_2() {
    let output = figaudit()
        .args(["figures", "--format", "xml", "x.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let output = figaudit().args(["figures"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn help_and_version_work() {
    let help = figaudit().args(["figures", "--help"]).output().unwrap();
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("--format"));
    let version = figaudit().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn an_unread_number_word_is_a_warning_with_its_place_and_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    // `المليون` alone: "the million", no figure without a fraction before.
    let path = write(
        dir.path(),
        "half.txt",
        "سطر أول\nتجاوزت المليون زيارة و12 ناخبا\n".as_bytes(),
    );
    let output = figaudit()
        .args(["figures", &path])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("half.txt:2:8: a scale word with the article and no fraction before it"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("12"));
}

#[test]
fn nested_folders_give_the_same_figures_as_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("2025/12");
    fs::create_dir_all(&nested).unwrap();
    fs::copy("corpus/dgsn-2025-annual-report.txt", nested.join("report.txt")).unwrap();
    fs::copy("corpus/dgsn-2017-le360.txt", dir.path().join("le360.txt")).unwrap();
    let json = |args: &[&str]| {
        let output = figaudit()
            .current_dir(dir.path())
            .args(["figures", "--format", "csv"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    // Path order: the folder 2025/ before le360.txt.
    assert_eq!(json(&["."]), json(&["./2025/12/report.txt", "./le360.txt"]));
    assert!(json(&["."]).contains("2.653.895"));
}
