//! Where each node of a YAML rule file is, by its path (`rules[2].sum[1]`).
//!
//! serde_yaml types the values but forgets where they were; this index,
//! built from saphyr-parser's spanned events, lets every rule-file problem
//! point at its line and column.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

use crate::text::Document;

/// One step of a path into the YAML tree.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A path from the document root.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct YamlPath(pub Vec<Seg>);

impl YamlPath {
    pub fn key(&self, key: &str) -> YamlPath {
        let mut path = self.clone();
        path.0.push(Seg::Key(key.to_string()));
        path
    }

    pub fn index(&self, index: usize) -> YamlPath {
        let mut path = self.clone();
        path.0.push(Seg::Index(index));
        path
    }
}

impl fmt::Display for YamlPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(k) if i == 0 => write!(f, "{k}")?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// Byte spans of a node: its key (in a mapping) and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeSpan {
    pub key: Option<Range<usize>>,
    pub value: Range<usize>,
    /// The value is a quoted scalar: its text starts one byte in.
    pub quoted: bool,
}

/// A rule file with its locator, built only when a position is first
/// asked for: a file whose rules all pass is never parsed for positions.
#[derive(Debug)]
pub struct RuleFileMap {
    file: Arc<Document>,
    locator: OnceLock<Locator>,
}

impl RuleFileMap {
    pub fn new(file: Arc<Document>) -> RuleFileMap {
        RuleFileMap {
            file,
            locator: OnceLock::new(),
        }
    }

    pub fn file(&self) -> &Arc<Document> {
        &self.file
    }

    pub fn locator(&self) -> &Locator {
        self.locator.get_or_init(|| Locator::new(self.file.text()))
    }
}

#[derive(Debug, Default)]
pub struct Locator {
    nodes: HashMap<YamlPath, NodeSpan>,
    duplicates: Vec<Duplicate>,
}

/// A key written twice in one mapping.
#[derive(Debug, Clone)]
pub struct Duplicate {
    pub path: YamlPath,
    /// The key where it is first written.
    pub first: Range<usize>,
    /// The key written again.
    pub again: Range<usize>,
}

enum Frame {
    Map {
        path: YamlPath,
        key: Option<(String, Range<usize>)>,
    },
    Seq {
        path: YamlPath,
        next: usize,
    },
}

impl Locator {
    /// Indexes `text`; YAML it cannot parse is indexed up to the error.
    pub fn new(text: &str) -> Locator {
        let mut byte_of_char: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_of_char.push(text.len());
        let bytes = |span: Span| {
            let at = |i: usize| byte_of_char.get(i).copied().unwrap_or(text.len());
            at(span.start.index())..at(span.end.index()).max(at(span.start.index()))
        };
        let mut locator = Locator::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut parser = Parser::new_from_str(text);
        while let Some(Ok((event, span))) = parser.next_event() {
            let span = bytes(span);
            match event {
                Event::Scalar(value, style, ..) => {
                    if let Some(Frame::Map { key: key @ None, path }) = stack.last_mut() {
                        // A block mapping starts with an empty span; its
                        // first key is what a label should underline.
                        if let Some(node) = locator.nodes.get_mut(path).filter(|n| n.value.is_empty()) {
                            node.value = span.clone();
                        }
                        *key = Some((value.into_owned(), span));
                    } else {
                        let quoted = matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted);
                        locator.record(&mut stack, span, quoted);
                    }
                }
                Event::Alias(_) => {
                    locator.record(&mut stack, span, false);
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let path = locator.record(&mut stack, span, false).unwrap_or_default();
                    let frame = if matches!(event, Event::MappingStart(..)) {
                        Frame::Map { path, key: None }
                    } else {
                        Frame::Seq { path, next: 0 }
                    };
                    stack.push(frame);
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        locator
    }

    /// Records a value node under the current container; returns its path.
    fn record(&mut self, stack: &mut [Frame], span: Range<usize>, quoted: bool) -> Option<YamlPath> {
        let (path, key) = match stack.last_mut() {
            None => (YamlPath::default(), None),
            Some(Frame::Map { path, key }) => {
                let (name, key_span) = key.take()?;
                let path = path.key(&name);
                if let Some(first) = self.nodes.get(&path).and_then(|n| n.key.clone()) {
                    self.duplicates.push(Duplicate {
                        path: path.clone(),
                        first,
                        again: key_span.clone(),
                    });
                    // The first stays the one labels point at.
                    return Some(path);
                }
                (path, Some(key_span))
            }
            Some(Frame::Seq { path, next }) => {
                *next += 1;
                (path.index(*next - 1), None)
            }
        };
        self.nodes.insert(
            path.clone(),
            NodeSpan {
                key,
                value: span,
                quoted,
            },
        );
        Some(path)
    }

    /// Keys written twice in one mapping, in text order.
    pub fn duplicates(&self) -> &[Duplicate] {
        &self.duplicates
    }

    pub fn node(&self, path: &YamlPath) -> Option<&NodeSpan> {
        self.nodes.get(path)
    }

    /// The span of the node at `path`, or of its nearest located ancestor.
    pub fn value_or_parent(&self, path: &YamlPath) -> Range<usize> {
        let mut path = path.clone();
        loop {
            if let Some(node) = self.nodes.get(&path) {
                return node.value.clone();
            }
            if path.0.pop().is_none() {
                return 0..0;
            }
        }
    }

    /// The span of the key at `path` (the value when it has no key).
    pub fn key_or_value(&self, path: &YamlPath) -> Range<usize> {
        match self.nodes.get(path) {
            Some(NodeSpan { key: Some(key), .. }) => key.clone(),
            _ => self.value_or_parent(path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = "version: 1
figures:
  total_2025:
    pattern: \"إنجاز ما مجموعه {} بطاقة\"
rules:
  - id: centres-sum
    sum: [rabat_2025, marrakech_2025]
    equals: total_2025
";

    #[test]
    fn nodes_are_found_by_path() {
        let locator = Locator::new(RULES);
        let sum = YamlPath::default().key("rules").index(0).key("sum").index(1);
        let span = locator.node(&sum).unwrap().value.clone();
        assert_eq!(&RULES[span], "marrakech_2025");
        let equals = YamlPath::default().key("rules").index(0).key("equals");
        let key = locator.node(&equals).unwrap().key.clone().unwrap();
        assert_eq!(&RULES[key], "equals");
    }

    #[test]
    fn spans_are_bytes_even_after_arabic_text() {
        let locator = Locator::new(RULES);
        let pattern = YamlPath::default().key("figures").key("total_2025").key("pattern");
        let node = locator.node(&pattern).unwrap();
        assert!(node.quoted);
        assert_eq!(&RULES[node.value.clone()], "\"إنجاز ما مجموعه {} بطاقة\"");
        let rules = YamlPath::default().key("rules");
        assert!(RULES[locator.key_or_value(&rules)].starts_with("rules"));
    }

    #[test]
    fn missing_nodes_fall_back_to_their_parent() {
        let locator = Locator::new(RULES);
        let missing = YamlPath::default().key("rules").index(0).key("nope");
        // The rule itself, shown by its first key.
        assert_eq!(&RULES[locator.value_or_parent(&missing)], "id");
    }

    #[test]
    fn broken_yaml_does_not_panic() {
        let locator = Locator::new("rules: [a, b\n  - : : {");
        let _ = locator.value_or_parent(&YamlPath::default().key("rules"));
    }
}
