//! A guard against pathological YAML nesting, checked before any parser
//! sees a rule file.
//!
//! YAML scanners take time quadratic in the depth of nested flow
//! collections (`[[[[…]]]]`): 20,000 levels took seconds. A rule file
//! needs two or three levels; anything past [`MAX_DEPTH`] is refused at
//! the bracket that goes too deep.

/// Deeper than any rule file needs, far shallower than what is slow.
pub(crate) const MAX_DEPTH: usize = 64;

/// The byte offset of the first `[` or `{` that opens a flow collection
/// more than [`MAX_DEPTH`] levels deep, if any.
///
/// It reads the way a YAML scanner does, only roughly: a bracket opens a
/// collection where a value may start (at the start of a line, after `:`,
/// `-`, `,`, `?` or another bracket, or anywhere inside a collection);
/// quoted scalars and comments are skipped.
pub(crate) fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    // The last significant byte before this one on the line, if any.
    let mut previous: Option<u8> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let value_may_start = depth > 0 || matches!(previous, None | Some(b':' | b'-' | b',' | b'?' | b'[' | b'{'));
        match b {
            b'\n' => previous = None,
            b' ' | b'\t' | b'\r' => {}
            b'#' if i == 0 || bytes.get(i - 1).is_some_and(|c| c.is_ascii_whitespace()) => {
                i = skip_to(bytes, i, b"\n");
                continue;
            }
            b'\'' | b'"' if value_may_start => {
                i = skip_quoted(bytes, i);
                previous = Some(b'x');
                continue;
            }
            b'[' | b'{' if value_may_start => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
                previous = Some(b);
            }
            b']' | b'}' if depth > 0 => {
                depth -= 1;
                previous = Some(b);
            }
            // A bracket inside a plain word opens nothing, and lets
            // nothing after it open either.
            b'[' | b'{' => previous = Some(b'x'),
            _ => previous = Some(b),
        }
        i += 1;
    }
    None
}

/// The offset of the next byte in `stop` at or after `from` (or the end).
fn skip_to(bytes: &[u8], from: usize, stop: &[u8]) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|b| stop.contains(b)))
        .map_or(bytes.len(), |p| from + p)
}

/// The offset just past the quoted scalar that starts at `start`.
fn skip_quoted(bytes: &[u8], start: usize) -> usize {
    let quote = bytes.get(start).copied().unwrap_or(b'"');
    let mut i = start + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' if quote == b'"' => i += 2,
            // '' is an escaped quote in a single-quoted scalar.
            b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
            _ if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_files_pass() {
        let text = "version: 1\nrules:\n  - id: a # [[[\n    sum: [a, b]\n    description: \"[[[[\" '{{'\n";
        assert_eq!(too_deep(text), None);
        assert_eq!(too_deep("rules: {a: [1, {b: [2]}]}"), None);
    }

    #[test]
    fn deep_flow_nesting_is_found_at_the_bracket_too_deep() {
        let deep = format!("rules: {}{}", "[".repeat(20_000), "]".repeat(20_000));
        assert_eq!(too_deep(&deep), Some("rules: ".len() + MAX_DEPTH));
        let mixed = format!("a: {}", "{b: [".repeat(40));
        assert!(too_deep(&mixed).is_some());
    }

    #[test]
    fn brackets_inside_words_or_quotes_do_not_count() {
        let text = format!("description: see{} and \"{}\"", "[".repeat(100), "{".repeat(100));
        assert_eq!(too_deep(&text), None);
    }
}
