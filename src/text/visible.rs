//! Text from inputs made safe to show in a terminal.
//!
//! Article text, rule ids, descriptions, figure names and file names all
//! reach human output and diagnostics. A raw ESC there can clear the screen,
//! set the clipboard (OSC 52) or forge a link (OSC 8); a raw U+202E reverses
//! what follows. Every such character is shown as a visible escape instead,
//! as ruff does: C0 controls and DEL as their control pictures (`␛`, `␇`),
//! C1 controls and BiDi embeddings, overrides and isolates as `<U+202E>`.
//! Tab and newline stay: they are layout, not commands.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;

/// Whether `c` must not reach a terminal raw.
pub(crate) fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\0'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Appends the visible form of an unsafe char to `out`.
pub(crate) fn push_escape(out: &mut String, c: char) {
    match c {
        // U+2400..U+241F picture C0 controls in order; U+2421 pictures DEL.
        '\0'..='\u{1f}' => out.push(char::from_u32(0x2400 + u32::from(c)).unwrap_or('?')),
        '\u{7f}' => out.push('\u{2421}'),
        _ => {
            let _ = write!(out, "<U+{:04X}>", u32::from(c));
        }
    }
}

/// `text` with every unsafe char replaced by its visible escape; borrowed
/// when there is none, which is almost always.
pub(crate) fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            push_escape(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` for a place that holds one line (a rule id, a file name in a
/// note): line breaks and tabs are shown too, so no input can start a
/// line of its own — a line GitHub Actions would run as a workflow
/// command (`::error …`).
pub(crate) fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) || matches!(c, '\n' | '\r' | '\t')) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) || matches!(c, '\n' | '\r' | '\t') {
            push_escape(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A path as text: on Unix, any byte that is not UTF-8 is written `\xFF`
/// rather than lost as U+FFFD, so two such names stay apart. (Shown to
/// people, it still goes through [`visible`].)
pub fn path_text(path: &Path) -> String {
    #[cfg(unix)]
    let name = {
        use std::os::unix::ffi::OsStrExt;
        let mut name = String::new();
        for chunk in path.as_os_str().as_bytes().utf8_chunks() {
            name.push_str(chunk.valid());
            for byte in chunk.invalid() {
                let _ = write!(name, "\\x{byte:02X}");
            }
        }
        name
    };
    #[cfg(not(unix))]
    let name = path.to_string_lossy().into_owned();
    name
}

/// The path [`path_text`] wrote: each `\xNN` that stands for a byte
/// that is not UTF-8 becomes that byte again (Unix), so a rule file
/// `suggest` wrote for such a name finds its document. `None` when the
/// text holds no such escape.
pub(crate) fn path_from_text(text: &str) -> Option<std::path::PathBuf> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        if !text.contains("\\x") {
            return None;
        }
        let bytes = text.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let hex = bytes.get(i + 2..i + 4).and_then(|h| std::str::from_utf8(h).ok());
            match (b, bytes.get(i + 1), hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
                (b'\\', Some(b'x'), Some(byte)) if byte >= 0x80 => {
                    out.push(byte);
                    i += 4;
                }
                _ => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        Some(std::path::PathBuf::from(std::ffi::OsString::from_vec(out)))
    }
    #[cfg(not(unix))]
    {
        let _ = text;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_path_written_with_byte_escapes_reads_back() {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"corpus/a\xff.txt");
        let written = path_text(Path::new(name));
        assert_eq!(written, "corpus/a\\xFF.txt");
        assert_eq!(path_from_text(&written).as_deref(), Some(Path::new(name)));
        assert_eq!(path_from_text("plain.txt"), None);
    }

    #[test]
    fn escapes_and_bidi_overrides_become_visible() {
        assert_eq!(visible("a\u{1b}[2Jb"), "a␛[2Jb");
        assert_eq!(visible("\u{7}\u{7f}\u{85}"), "␇␡<U+0085>");
        assert_eq!(visible("x\u{202e}y\u{2066}"), "x<U+202E>y<U+2066>");
    }

    #[test]
    fn tab_newline_arabic_and_direction_marks_stay() {
        let text = "أزيد من\u{200f} 3.6 مليون\tو\n";
        assert!(matches!(visible(text), Cow::Borrowed(t) if t == text));
    }

    #[cfg(unix)]
    #[test]
    fn paths_keep_their_invalid_bytes_as_escapes() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(OsStr::from_bytes(b"corpus/caf\xe9\x1b.txt"));
        assert_eq!(path_text(path), "corpus/caf\\xE9\u{1b}.txt");
        assert_eq!(visible(&path_text(path)), "corpus/caf\\xE9␛.txt");
    }
}
