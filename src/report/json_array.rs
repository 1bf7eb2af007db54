//! Pretty JSON whose big array is written item by item.
//!
//! serde_json prints a value whole; a report of an archive would have to
//! hold every finding to do that. Instead the report's frame (summary,
//! tool, rules…) is printed with the array empty, and the items, each
//! printed on its own as serde_json prints it at the top level, are written
//! into the array with the indentation serde_json gives that depth. The
//! bytes are the same as printing the whole value at once: JSON strings
//! hold no raw line break, so indenting every line of an item is exact.

use std::io::{self, Write};

/// A frame printed by `serde_json::to_string_pretty`, split at the empty
/// array under one key.
pub(crate) struct Frame<'a> {
    /// Everything before the array's `[`.
    pub(crate) before: &'a str,
    /// Everything after its `]`.
    pub(crate) after: &'a str,
    /// The indentation of the key's line.
    indent: usize,
}

impl<'a> Frame<'a> {
    /// Splits `frame` at the first `"key": []`. A quote inside a JSON
    /// string is escaped, so the match is the key itself.
    pub(crate) fn split(frame: &'a str, key: &str) -> io::Result<Frame<'a>> {
        let needle = format!("\"{key}\": []");
        let at = frame
            .find(&needle)
            .ok_or_else(|| io::Error::other(format!("the report frame has no empty `{key}`")))?;
        let open = at + needle.len() - "[]".len();
        let line = frame[..at].rfind('\n').map_or(0, |i| i + 1);
        Ok(Frame {
            before: &frame[..open],
            after: &frame[open + "[]".len()..],
            indent: at - line,
        })
    }

    /// Writes `before` and opens the array.
    pub(crate) fn open(&self, out: &mut dyn Write) -> io::Result<Items> {
        out.write_all(self.before.as_bytes())?;
        out.write_all(b"[")?;
        Ok(Items {
            indent: self.indent,
            written: 0,
        })
    }
}

/// An array being written.
pub(crate) struct Items {
    indent: usize,
    written: u64,
}

impl Items {
    /// Writes one item, printed pretty at the top level.
    pub(crate) fn item(&mut self, out: &mut dyn Write, pretty: &[u8]) -> io::Result<()> {
        let mut line_start = Vec::with_capacity(self.indent + 3);
        line_start.push(b'\n');
        line_start.resize(self.indent + 3, b' ');
        if self.written > 0 {
            out.write_all(b",")?;
        }
        out.write_all(&line_start)?;
        let mut lines = pretty.split(|&b| b == b'\n');
        if let Some(first) = lines.next() {
            out.write_all(first)?;
        }
        for line in lines {
            out.write_all(&line_start)?;
            out.write_all(line)?;
        }
        self.written += 1;
        Ok(())
    }

    /// Closes the array; the caller writes the frame's `after`.
    pub(crate) fn close(self, out: &mut dyn Write) -> io::Result<()> {
        if self.written > 0 {
            out.write_all(b"\n")?;
            out.write_all(" ".repeat(self.indent).as_bytes())?;
        }
        out.write_all(b"]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The frame and items written one by one give the bytes serde_json
    /// gives the whole value.
    fn streamed(whole: &serde_json::Value, key: &str, items: &[serde_json::Value]) -> String {
        let mut empty = whole.clone();
        *empty.pointer_mut(&format!("/outer/{key}")).unwrap() = json!([]);
        let frame_text = serde_json::to_string_pretty(&empty).unwrap();
        let frame = Frame::split(&frame_text, key).unwrap();
        let mut out = Vec::new();
        let mut array = frame.open(&mut out).unwrap();
        for item in items {
            array.item(&mut out, &serde_json::to_vec_pretty(item).unwrap()).unwrap();
        }
        array.close(&mut out).unwrap();
        out.extend_from_slice(frame.after.as_bytes());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn items_written_one_by_one_match_the_whole_value() {
        let items = [
            json!({"id": "a", "message": "line\nbreak \"quoted\": []", "figures": [{"n": 1}, {"n": 2}], "empty": {}}),
            json!({"id": "b", "nested": [[1, 2], []], "text": "ثلاثة ملايين"}),
            json!(3),
        ];
        for n in 0..=items.len() {
            let whole = json!({"version": 1, "outer": {"results": items[..n], "tail": true}});
            assert_eq!(
                streamed(&whole, "results", &items[..n]),
                serde_json::to_string_pretty(&whole).unwrap(),
                "{n} items"
            );
        }
    }

    #[test]
    fn a_frame_without_the_key_is_an_error() {
        assert!(Frame::split("{\n  \"results\": [\n    1\n  ]\n}", "results").is_err());
    }
}
