//! A rule file's YAML: one serde-saphyr parse into a tree of located nodes,
//! then each figure and rule typed from its node into the serde structs of
//! [`super::schema`], with every problem located at its node.
//!
//! Typing node by node, rather than the whole file in one go, is what lets
//! one bad figure or rule be reported while every other one is still read.

use std::cell::RefCell;
use std::fmt;
use std::ops::Range;

use rustc_hash::FxHashMap;
use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_saphyr::Spanned;

/// A YAML node and its byte span in the rule file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub(crate) span: Range<usize>,
    pub(crate) value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Text(String),
    List(Vec<Node>),
    Map(Vec<Entry>),
}

/// A key and its value, in the order written (a key written twice is kept
/// twice, so that it can be reported at the second).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    pub(crate) key: Node,
    pub(crate) value: Node,
}

/// The YAML itself is broken.
#[derive(Debug)]
pub(crate) struct SyntaxError {
    /// Byte offset of the problem.
    pub(crate) at: usize,
    pub(crate) message: String,
}

/// Limits no rule file comes near, against input built to exhaust memory
/// or time (billion laughs, millions of nodes).
fn budget() -> Option<serde_saphyr::Budget> {
    serde_saphyr::budget! {
        max_depth: super::nesting::MAX_DEPTH,
        max_aliases: 1_000,
        max_anchors: 1_000,
        max_nodes: 2_000_000,
    }
}

/// Parses `text` once into located nodes.
pub(crate) fn parse(text: &str) -> Result<Node, SyntaxError> {
    let options = serde_saphyr::options! {
        budget: budget(),
        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::PassThrough,
        with_snippet: false,
    };
    match serde_saphyr::from_str_with_options::<Spanned<Raw>>(text, options) {
        Ok(root) => Ok(Node::from_raw(root)),
        Err(error) => {
            let at = error
                .location()
                .map_or(0, |l| byte_at(text, l.line() as usize, l.column() as usize));
            let message = if is_budget_breach(&error) {
                "it expands past the limits figaudit sets for a rule file \
                 (aliases, nodes, parser events or nesting)"
                    .to_string()
            } else {
                let message = error.without_snippet().to_string();
                // The diagnostic shows the place; the text need not repeat it.
                match message.find(" at line ") {
                    Some(i) => message[..i].to_string(),
                    None => message,
                }
            };
            Err(SyntaxError { at, message })
        }
    }
}

/// Whether parsing stopped at one of [`budget`]'s limits.
fn is_budget_breach(error: &serde_saphyr::Error) -> bool {
    let mut error = error;
    loop {
        match error {
            serde_saphyr::Error::Budget { .. } => return true,
            serde_saphyr::Error::AliasError { error: inner, .. }
            | serde_saphyr::Error::WithSnippet { error: inner, .. } => error = inner,
            _ => return false,
        }
    }
}

/// The byte offset of 1-based `line` and `column` (in chars).
fn byte_at(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let rest = &text[start..];
    start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

impl Node {
    fn from_raw(raw: Spanned<Raw>) -> Node {
        let span = raw.referenced.span();
        let start = span.byte_offset().unwrap_or(0) as usize;
        let span = start..start + span.byte_len().unwrap_or(0) as usize;
        let value = match raw.value {
            Raw::Null => Value::Null,
            Raw::Bool(b) => Value::Bool(b),
            Raw::Int(i) => Value::Int(i),
            Raw::Float(f) => Value::Float(f),
            Raw::Text(s) => Value::Text(s),
            Raw::List(items) => Value::List(items.into_iter().map(Node::from_raw).collect()),
            Raw::Map(entries) => Value::Map(
                entries
                    .into_iter()
                    .map(|(key, value)| Entry {
                        key: Node::from_raw(key),
                        value: Node::from_raw(value),
                    })
                    .collect(),
            ),
        };
        // A block collection starts with an empty span; its first item is
        // what a label should underline.
        let span = match (&value, span.is_empty()) {
            (Value::Map(entries), true) => entries.first().map_or(span, |e| e.key.span.clone()),
            (Value::List(items), true) => items.first().map_or(span, |n| n.span.clone()),
            _ => span,
        };
        Node { span, value }
    }

    pub(crate) fn is_null(&self) -> bool {
        self.value == Value::Null
    }

    pub(crate) fn text(&self) -> Option<&str> {
        match &self.value {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    pub(crate) fn entries(&self) -> Option<&[Entry]> {
        match &self.value {
            Value::Map(entries) => Some(entries),
            _ => None,
        }
    }

    pub(crate) fn items(&self) -> Option<&[Node]> {
        match &self.value {
            Value::List(items) => Some(items),
            _ => None,
        }
    }

    /// The entry under `key`, in a mapping.
    pub(crate) fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries()?.iter().find(|e| e.key.text() == Some(key))
    }

    pub(crate) fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.value)
    }

    /// The span of `key`'s value, else of this node.
    pub(crate) fn value_span(&self, key: &str) -> Range<usize> {
        self.get(key).map_or_else(|| self.span.clone(), |n| n.span.clone())
    }

    /// The span of `key` itself, else of this node.
    pub(crate) fn key_span(&self, key: &str) -> Range<usize> {
        self.entry(key)
            .map_or_else(|| self.span.clone(), |e| e.key.span.clone())
    }

    /// The scalar as written in `source` (a number keeps its digits:
    /// `3.60`, or 29 digits that no float holds).
    pub(crate) fn written<'s>(&self, source: &'s str) -> Option<&'s str> {
        source.get(self.span.clone())
    }
}

/// A key written twice in one mapping.
#[derive(Debug, Clone)]
pub(crate) struct Duplicate {
    pub(crate) key: String,
    /// Where the mapping is: `figures.rabat_2025`, or empty at the top.
    pub(crate) parent: String,
    pub(crate) first: Range<usize>,
    pub(crate) again: Range<usize>,
}

/// Every key written twice, in text order of the second.
pub(crate) fn duplicates(root: &Node) -> Vec<Duplicate> {
    let mut found = Vec::new();
    collect_duplicates(root, String::new(), &mut found);
    found.sort_by_key(|d| d.again.start);
    found
}

fn collect_duplicates(node: &Node, path: String, found: &mut Vec<Duplicate>) {
    match &node.value {
        Value::Map(entries) => {
            let mut seen: FxHashMap<&str, &Range<usize>> = FxHashMap::default();
            for entry in entries {
                let Some(key) = entry.key.text() else { continue };
                if let Some(first) = seen.get(key) {
                    found.push(Duplicate {
                        key: key.to_string(),
                        parent: path.clone(),
                        first: (*first).clone(),
                        again: entry.key.span.clone(),
                    });
                } else {
                    seen.insert(key, &entry.key.span);
                }
                let child = if path.is_empty() {
                    key.to_string()
                } else {
                    format!("{path}.{key}")
                };
                collect_duplicates(&entry.value, child, found);
            }
        }
        Value::List(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_duplicates(item, format!("{path}[{i}]"), found);
            }
        }
        _ => {}
    }
}

/// A key a struct does not have.
#[derive(Debug, Clone)]
pub(crate) struct UnknownKey {
    pub(crate) key: String,
    pub(crate) span: Range<usize>,
    /// The keys the struct has.
    pub(crate) known: &'static [&'static str],
}

/// A node that could not be typed.
#[derive(Debug)]
pub(crate) struct TypeError {
    /// What serde says: `invalid type: string "x", expected a sequence`.
    pub(crate) message: String,
    /// The innermost node where it happened.
    pub(crate) span: Option<Range<usize>>,
    /// The innermost key it happened under (the struct's field).
    pub(crate) key: Option<String>,
    /// A field the struct requires and the node lacks.
    pub(crate) missing: Option<&'static str>,
    /// A word that is none of an enum's (`warnng`), and the ones it has.
    pub(crate) unknown_variant: Option<Box<(String, &'static [&'static str])>>,
}

impl TypeError {
    fn at(mut self, span: &Range<usize>) -> TypeError {
        self.span.get_or_insert_with(|| span.clone());
        self
    }

    fn under(mut self, key: &Node) -> TypeError {
        if self.key.is_none() {
            self.key = key.text().map(str::to_string);
        }
        self
    }
}

impl fmt::Display for TypeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TypeError {}

impl de::Error for TypeError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        TypeError {
            message: message.to_string(),
            span: None,
            key: None,
            missing: None,
            unknown_variant: None,
        }
    }

    fn missing_field(field: &'static str) -> Self {
        TypeError {
            missing: Some(field),
            ..TypeError::custom(format_args!("missing `{field}`"))
        }
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        TypeError {
            unknown_variant: Some(Box::new((variant.to_string(), expected))),
            ..TypeError::custom(format_args!("`{variant}` is not one of them"))
        }
    }
}

/// Types `node` as `T`. Keys `T` does not have are left out and listed in
/// `unknown` (all of them, not only the first), so that each gets its own
/// "did you mean".
pub(crate) fn typed<'n, T: Deserialize<'n>>(node: &'n Node, unknown: &mut Vec<UnknownKey>) -> Result<T, TypeError> {
    let found = RefCell::new(Vec::new());
    let result = T::deserialize(Typing { node, unknown: &found });
    unknown.extend(found.into_inner());
    result
}

/// The field names of the struct `T` (its keys in a rule file).
pub(crate) fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Names;
    impl<'de> Deserializer<'de> for Names {
        type Error = FieldNames;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, FieldNames> {
            Err(FieldNames(&[]))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, FieldNames> {
            Err(FieldNames(fields))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    #[derive(Debug)]
    struct FieldNames(&'static [&'static str]);
    impl fmt::Display for FieldNames {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("field names")
        }
    }
    impl std::error::Error for FieldNames {}
    impl de::Error for FieldNames {
        fn custom<M: fmt::Display>(_: M) -> Self {
            FieldNames(&[])
        }
    }
    match T::deserialize(Names) {
        Err(FieldNames(fields)) => fields,
        Ok(_) => &[],
    }
}

/// The serde deserializer over a node.
#[derive(Clone, Copy)]
struct Typing<'n, 'u> {
    node: &'n Node,
    unknown: &'u RefCell<Vec<UnknownKey>>,
}

impl<'n> Typing<'n, '_> {
    fn visit_map<V: Visitor<'n>>(
        self,
        entries: &'n [Entry],
        fields: Option<&'static [&'static str]>,
        visitor: V,
    ) -> Result<V::Value, TypeError> {
        let mut kept = Vec::with_capacity(entries.len());
        for entry in entries {
            match (fields, entry.key.text()) {
                (Some(fields), Some(key)) if !fields.contains(&key) => {
                    self.unknown.borrow_mut().push(UnknownKey {
                        key: key.to_string(),
                        span: entry.key.span.clone(),
                        known: fields,
                    });
                }
                _ => kept.push(entry),
            }
        }
        let access = Entries {
            entries: kept.into_iter(),
            value: None,
            unknown: self.unknown,
        };
        visitor.visit_map(access)
    }
}

impl<'n> Deserializer<'n> for Typing<'n, '_> {
    type Error = TypeError;

    fn deserialize_any<V: Visitor<'n>>(self, visitor: V) -> Result<V::Value, TypeError> {
        let result = match &self.node.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Int(i) => match (u64::try_from(*i), i64::try_from(*i)) {
                (Ok(u), _) => visitor.visit_u64(u),
                (_, Ok(i)) => visitor.visit_i64(i),
                _ => visitor.visit_i128(*i),
            },
            Value::Float(f) => visitor.visit_f64(*f),
            Value::Text(text) => visitor.visit_borrowed_str(text),
            Value::List(items) => visitor.visit_seq(Items {
                items: items.iter(),
                unknown: self.unknown,
            }),
            Value::Map(entries) => self.visit_map(entries, None, visitor),
        };
        result.map_err(|e| e.at(&self.node.span))
    }

    fn deserialize_option<V: Visitor<'n>>(self, visitor: V) -> Result<V::Value, TypeError> {
        match self.node.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'n>>(self, _: &'static str, visitor: V) -> Result<V::Value, TypeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_struct<V: Visitor<'n>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TypeError> {
        match &self.node.value {
            Value::Map(entries) => self
                .visit_map(entries, Some(fields), visitor)
                .map_err(|e| e.at(&self.node.span)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_enum<V: Visitor<'n>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TypeError> {
        match &self.node.value {
            Value::Text(text) => visitor
                .visit_enum(text.as_str().into_deserializer())
                .map_err(|e: TypeError| e.at(&self.node.span)),
            _ => self.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        <W: Visitor<'n>>
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map identifier ignored_any
    }
}

struct Items<'n, 'u> {
    items: std::slice::Iter<'n, Node>,
    unknown: &'u RefCell<Vec<UnknownKey>>,
}

impl<'n> SeqAccess<'n> for Items<'n, '_> {
    type Error = TypeError;

    fn next_element_seed<T: DeserializeSeed<'n>>(&mut self, seed: T) -> Result<Option<T::Value>, TypeError> {
        let Some(node) = self.items.next() else { return Ok(None) };
        seed.deserialize(Typing {
            node,
            unknown: self.unknown,
        })
        .map(Some)
    }
}

struct Entries<'n, 'u> {
    entries: std::vec::IntoIter<&'n Entry>,
    value: Option<&'n Entry>,
    unknown: &'u RefCell<Vec<UnknownKey>>,
}

impl<'n> MapAccess<'n> for Entries<'n, '_> {
    type Error = TypeError;

    fn next_key_seed<K: DeserializeSeed<'n>>(&mut self, seed: K) -> Result<Option<K::Value>, TypeError> {
        let Some(entry) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some(entry);
        let key = Typing {
            node: &entry.key,
            unknown: self.unknown,
        };
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'n>>(&mut self, seed: V) -> Result<V::Value, TypeError> {
        let Some(entry) = self.value.take() else {
            return Err(de::Error::custom("a value without its key"));
        };
        let value = Typing {
            node: &entry.value,
            unknown: self.unknown,
        };
        seed.deserialize(value).map_err(|e| e.under(&entry.key))
    }
}

/// `value` parsed from `x: value`, with the text it is in (for tests of
/// what is read from one scalar).
#[cfg(test)]
pub(crate) fn scalar(value: &str) -> (Node, String) {
    let text = format!("x: {value}\n");
    let root = parse(&text).expect("test YAML parses");
    let node = root.get("x").expect("test YAML has x").clone();
    (node, text)
}

/// What serde-saphyr hands over: any YAML value, each node with where it is.
enum Raw {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Text(String),
    List(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Raw, D::Error> {
        struct AnyValue;
        impl<'de> Visitor<'de> for AnyValue {
            type Value = Raw;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_unit<E>(self) -> Result<Raw, E> {
                Ok(Raw::Null)
            }
            fn visit_none<E>(self) -> Result<Raw, E> {
                Ok(Raw::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
                Raw::deserialize(d)
            }
            fn visit_bool<E>(self, b: bool) -> Result<Raw, E> {
                Ok(Raw::Bool(b))
            }
            fn visit_i64<E>(self, i: i64) -> Result<Raw, E> {
                Ok(Raw::Int(i.into()))
            }
            fn visit_u64<E>(self, u: u64) -> Result<Raw, E> {
                Ok(Raw::Int(u.into()))
            }
            fn visit_i128<E>(self, i: i128) -> Result<Raw, E> {
                Ok(Raw::Int(i))
            }
            fn visit_u128<E>(self, u: u128) -> Result<Raw, E> {
                Ok(i128::try_from(u).map_or(Raw::Float(u as f64), Raw::Int))
            }
            fn visit_f64<E>(self, f: f64) -> Result<Raw, E> {
                Ok(Raw::Float(f))
            }
            fn visit_str<E>(self, s: &str) -> Result<Raw, E> {
                Ok(Raw::Text(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> Result<Raw, E> {
                Ok(Raw::Text(s))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Raw::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key()? {
                    entries.push((key, map.next_value()?));
                }
                Ok(Raw::Map(entries))
            }
        }
        deserializer.deserialize_any(AnyValue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = "version: 1
figures:
  total_2025:
    pattern: \"إنجاز ما مجموعه {} بطاقة\"
    value: 3.60
rules:
  - id: centres-sum
    sum: [rabat_2025, marrakech_2025]
    equals: total_2025
";

    #[test]
    fn nodes_know_where_they_are_in_bytes_even_after_arabic_text() {
        let root = parse(RULES).unwrap();
        let figure = root.get("figures").unwrap().get("total_2025").unwrap();
        let pattern = figure.get("pattern").unwrap();
        assert_eq!(&RULES[pattern.span.clone()], "\"إنجاز ما مجموعه {} بطاقة\"");
        assert_eq!(pattern.text(), Some("إنجاز ما مجموعه {} بطاقة"));
        // A number keeps its digits as written.
        assert_eq!(figure.get("value").unwrap().written(RULES), Some("3.60"));
        let rule = &root.get("rules").unwrap().items().unwrap()[0];
        let sum = rule.get("sum").unwrap().items().unwrap();
        assert_eq!(&RULES[sum[1].span.clone()], "marrakech_2025");
        assert_eq!(&RULES[rule.key_span("equals")], "equals");
        // A block mapping is shown by its first key.
        assert_eq!(&RULES[rule.span.clone()], "id");
    }

    #[test]
    fn syntax_errors_say_where() {
        let text = "version: 1\nrules:\n  - id: a\n    sum: [a, b\n    equals: c\n";
        let error = parse(text).unwrap_err();
        assert!(!error.message.contains(" at line "), "{}", error.message);
        assert_eq!(&text[..error.at].lines().count(), &5);
    }

    #[test]
    fn duplicate_keys_are_found_at_the_second() {
        let text = "figures:\n  a:\n    value: 1\n    value: 2\n  a:\n    value: 3\n";
        let root = parse(text).unwrap();
        let found = duplicates(&root);
        assert_eq!(found.len(), 2);
        assert_eq!(
            (found[0].key.as_str(), found[0].parent.as_str()),
            ("value", "figures.a")
        );
        assert_eq!(&text[..found[0].again.start].lines().count(), &4);
        assert_eq!((found[1].key.as_str(), found[1].parent.as_str()), ("a", "figures"));
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Pair {
        name: String,
        parts: Option<Vec<String>>,
        count: Option<u32>,
    }

    #[test]
    fn typing_lists_every_unknown_key_and_locates_a_wrong_type() {
        let text = "name: a\nnmae: b\nparts: [x, 3]\nextra: 1\n";
        let root = parse(text).unwrap();
        let mut unknown = Vec::new();
        let error = typed::<Pair>(&root, &mut unknown).unwrap_err();
        let keys: Vec<&str> = unknown.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(keys, ["nmae", "extra"]);
        assert_eq!(unknown[0].known, &["name", "parts", "count"]);
        assert_eq!(error.key.as_deref(), Some("parts"));
        assert_eq!(&text[error.span.unwrap()], "3");
        let mut unknown = Vec::new();
        let error = typed::<Pair>(&parse("count: 2\n").unwrap(), &mut unknown).unwrap_err();
        assert_eq!(error.missing, Some("name"));
        assert_eq!(field_names::<Pair>(), &["name", "parts", "count"]);
    }

    #[test]
    fn pathological_input_is_refused_not_expanded() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 { "a".to_string() } else { format!("l{}", i - 1) };
            text.push_str(&format!("l{i}: &l{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let error = parse(&text).unwrap_err();
        assert!(
            error.message.starts_with("it expands past the limits"),
            "{}",
            error.message
        );
    }
}
