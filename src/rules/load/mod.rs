//! Reading rule files: YAML → typed, located, resolved rules.
//!
//! The YAML is parsed once ([`super::yaml`]); each figure and rule is typed
//! with the structs of [`super::schema`], then given its meaning: a pattern
//! is found in its document ([`figures`]), figure names are resolved into
//! relations ([`relations`]), and every problem is reported at its node,
//! one bad figure or rule never hiding the others. This file reads the
//! files, their sections and documents.

use std::collections::HashSet;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, Weak};

use rustc_hash::FxHashMap;

use super::error::RuleError;
use super::schema::RuleFile;
use super::yaml::{self, Entry, Node, TypeError, UnknownKey};
use super::{Location, Rule, RuleSet};
use crate::extract::FigureIndex;
use crate::text::visible::path_text;
use crate::text::Document;

mod figures;
mod relations;

/// Duplicate keys reported per rule file, at most.
const MOST_DUPLICATES: usize = 20;

/// What a key's value must be, in a message.
fn expected(key: &str) -> &'static str {
    match key {
        "version" => "1",
        "pattern" => "text with {}",
        "occurrence" => "a whole number from 1",
        "qualifier" => "exact, more_than, at_least, less_than, at_most or about",
        "kind" => "number, percent, year, date or time",
        "unit" => "a unit or currency code such as MAD or km",
        "document" => "a document name",
        "equals" | "claim" | "agrees_with" => "a figure name",
        "value" => "a number such as 3685964, 3.6 or \"28%\"",
        "precision" => "a positive number",
        "severity" => "error, warning or info",
        "loose" => "warn or ignore",
        "tolerance" => "an amount (\"250\") or a percentage (\"0.5%\")",
        "sum" | "equal" => "a list of figure names",
        "expr" => "text such as \"a / b <= 30%\"",
        _ => "text",
    }
}

/// Reads the rule files at `paths` (files, or folders of `*.yaml`/`*.yml`
/// read in name order), one after the other.
pub fn load(paths: &[PathBuf]) -> RuleSet {
    let (files, mut problems) = rule_files(paths, &crate::text::Exclude::default());
    let cache = DocumentCache::default();
    let mut ids = RuleIds::default();
    let mut documents = HashSet::new();
    let mut rules = Vec::new();
    for file in files {
        let loaded = load_file(&file, &cache);
        problems.extend(loaded.problems);
        documents.extend(loaded.documents);
        for rule in loaded.rules {
            match ids.admit(&rule) {
                Ok(()) => rules.push(rule),
                Err(duplicate) => problems.push(miette::Report::new(*duplicate)),
            }
        }
    }
    RuleSet {
        rules,
        problems,
        documents: documents.len(),
    }
}

/// The rule files `paths` name, in order: files as given, folders' and
/// globs' `*.yaml`/`*.yml` in name order (less what `exclude` and ignore
/// files name); with a problem for each path that names none.
pub fn rule_files(paths: &[PathBuf], exclude: &crate::text::Exclude) -> (Vec<PathBuf>, Vec<miette::Report>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match crate::text::files_in(path, &["yaml", "yml"], exclude) {
            Ok(found) if found.is_empty() => problems.push(miette::miette!(
                code = "figaudit::rules",
                "{}: no rule files (*.yaml, *.yml) {}",
                path_text(path),
                if crate::text::walk::is_glob(path) {
                    "match this glob"
                } else {
                    "in this folder"
                }
            )),
            Ok(found) => files.extend(found),
            Err(error) => problems.push(miette::miette!(
                code = "figaudit::rules",
                "cannot read {}: {error}",
                path_text(path)
            )),
        }
    }
    // A file named twice (`rules rules/x.yaml`) is read once: its rules are
    // not duplicates of themselves.
    let mut seen = std::collections::HashSet::new();
    files.retain(|file| seen.insert(std::fs::canonicalize(file).unwrap_or_else(|_| file.clone())));
    (files, problems)
}

/// What one rule file yields.
#[derive(Debug, Default)]
pub struct LoadedFile {
    pub rules: Vec<Rule>,
    pub(crate) problems: Vec<miette::Report>,
    /// The documents it names that could be read.
    pub(crate) documents: Vec<PathBuf>,
}

/// Reads one rule file and selects its figures.
pub fn load_file(path: &Path, cache: &DocumentCache) -> LoadedFile {
    match Document::load(path) {
        Ok(file) => load_rule_document(Arc::new(file), cache),
        Err(error) => LoadedFile {
            problems: vec![miette::Report::new(error)],
            ..LoadedFile::default()
        },
    }
}

/// Reads a rule file already in memory (its documents are still read
/// from disk, relative to its path).
pub fn load_rule_document(file: Arc<Document>, cache: &DocumentCache) -> LoadedFile {
    let mut loader = Loader {
        cache,
        loaded: LoadedFile::default(),
    };
    loader.file(file);
    loader.loaded
}

/// A document and its figures, as rule files select from them.
#[derive(Debug)]
pub struct IndexedDocument {
    document: Arc<Document>,
    index: FigureIndex,
    /// A table's cells by their folded (row label, column header), the
    /// first cell of each pair: made when a rule first names a cell, so
    /// that a file of many cell rules does not search the table once each.
    cells_by_label: OnceLock<FxHashMap<(String, String), usize>>,
}

impl IndexedDocument {
    fn new(document: Arc<Document>, index: FigureIndex) -> IndexedDocument {
        IndexedDocument {
            document,
            index,
            cells_by_label: OnceLock::new(),
        }
    }
}

/// Documents shared by the rule files being read at the same time. It
/// holds them weakly: a document stays in memory while a rule file in
/// flight uses it, and is read again if it is needed after that, so memory
/// is bounded by the work in flight, not by the archive.
#[derive(Debug, Default)]
pub struct DocumentCache {
    documents: Mutex<FxHashMap<PathBuf, Weak<IndexedDocument>>>,
}

impl DocumentCache {
    /// Holds documents already read and indexed (by `audit`) under the
    /// paths rule files name them by. The cache keeps them weakly: the
    /// caller keeps what this returns while rules are evaluated.
    pub fn preload(
        &self,
        documents: impl IntoIterator<Item = (Arc<Document>, FigureIndex)>,
    ) -> Vec<Arc<IndexedDocument>> {
        let loaded: Vec<Arc<IndexedDocument>> = documents
            .into_iter()
            .map(|(document, index)| Arc::new(IndexedDocument::new(document, index)))
            .collect();
        let mut cached = self.documents.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // Documents no one holds any more are gone: forget them.
        cached.retain(|_, weak| weak.strong_count() > 0);
        for document in &loaded {
            cached.insert(lexically_normal(document.document.path()), Arc::downgrade(document));
        }
        loaded
    }

    fn get(&self, path: &Path) -> Option<Arc<IndexedDocument>> {
        let documents = self.documents.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        documents.get(path).and_then(Weak::upgrade)
    }

    fn insert(&self, path: &Path, document: &Arc<IndexedDocument>) {
        let mut documents = self.documents.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        documents.retain(|_, weak| weak.strong_count() > 0);
        documents.insert(path.to_path_buf(), Arc::downgrade(document));
    }
}

/// Rule ids seen so far: an id may be used once across all rule files.
/// It keeps only where each id was defined (file and byte offset), and finds
/// the line and column of the first one only when a duplicate turns up.
/// An archive has hundreds of thousands of ids, so each is kept as its
/// 128-bit SipHash, not its text: two different ids would have to share
/// all 128 bits to be taken for one (about one chance in 10^27 among a
/// million ids).
#[derive(Debug, Default)]
pub struct RuleIds {
    /// Each id's rule file and byte offset in it, by the id's hash.
    first: FxHashMap<u128, (Arc<Path>, usize)>,
    last_file: Option<Arc<Path>>,
}

/// The 128-bit hash [`RuleIds`] knows an id by.
fn id_hash(id: &str) -> u128 {
    use siphasher::sip128::{Hasher128, SipHasher13};
    use std::hash::Hasher;
    let mut hasher = SipHasher13::new();
    hasher.write(id.as_bytes());
    hasher.finish128().as_u128()
}

impl RuleIds {
    /// Accepts `rule`, or says where its id was used first.
    pub(crate) fn admit(&mut self, rule: &Rule) -> Result<(), Box<RuleError>> {
        let hash = id_hash(rule.id.as_str());
        if let Some((file, offset)) = self.first.get(&hash) {
            let message = format!("duplicate rule id `{}`", rule.id);
            let error = RuleError::at(rule.location.file(), rule.location.span(), message, "used before");
            let first = match Document::load(file) {
                Ok(document) => {
                    let position = document.line_index().position(*offset);
                    format!("{}:{}:{}", path_text(file), position.line, position.column)
                }
                Err(_) => path_text(file),
            };
            return Err(Box::new(
                error.with_help(format!("the first `{}` is at {first}", rule.id)),
            ));
        }
        let path = rule.location.file().path();
        let file = match &self.last_file {
            Some(last) if **last == *path => Arc::clone(last),
            _ => Arc::from(path),
        };
        self.last_file = Some(Arc::clone(&file));
        self.first.insert(hash, (file, rule.location.span().start));
        Ok(())
    }
}

/// A loaded document, or `None` when it could not be read.
type LoadedDocument = Option<Arc<IndexedDocument>>;

struct Loader<'c> {
    cache: &'c DocumentCache,
    loaded: LoadedFile,
}

/// One rule file being read.
struct FileContext {
    file: Arc<Document>,
}

impl FileContext {
    fn error(&self, span: Range<usize>, message: impl Into<String>, label: impl Into<String>) -> RuleError {
        RuleError::at(&self.file, span, message, label)
    }

    fn location(&self, span: Range<usize>) -> Location {
        Location::new(&self.file, span)
    }

    fn text(&self) -> &str {
        self.file.text()
    }

    /// A mapping key as a name: its text, or what is written (`2025`).
    fn key_name(&self, key: &Node) -> String {
        key.text()
            .or_else(|| key.written(self.text()))
            .unwrap_or_default()
            .to_string()
    }
}

/// The patterns a rule file's figures select by (each with the occurrence
/// asked for), by document name, read before the documents are: a text is
/// indexed for these only. What is not well formed is left out here and
/// reported where the figure is read.
fn patterns_by_document(figures: Option<&Node>) -> FxHashMap<String, Vec<(String, Option<usize>)>> {
    let mut wanted: FxHashMap<String, Vec<(String, Option<usize>)>> = FxHashMap::default();
    for entry in figures.and_then(Node::entries).unwrap_or_default() {
        let field = |key: &str| entry.value.get(key);
        let (Some(document), Some(pattern)) = (
            field("document").and_then(Node::text),
            field("pattern").and_then(Node::text),
        ) else {
            continue;
        };
        let occurrence = field("occurrence").and_then(|n| match n.value {
            yaml::Value::Int(k) => usize::try_from(k).ok(),
            _ => None,
        });
        wanted
            .entry(document.to_string())
            .or_default()
            .push((pattern.to_string(), occurrence));
    }
    wanted
}

/// `rules/../corpus/a.txt` as `corpus/a.txt`, without touching the disk, so
/// reports name documents the way users do.
pub(super) fn lexically_normal(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.components().next_back(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The first line (from 1) whose indentation holds a tab.
fn first_tab_indented_line(text: &str) -> Option<usize> {
    text.lines()
        .position(|line| line.chars().take_while(|c| c.is_whitespace()).any(|c| c == '\t'))
        .map(|i| i + 1)
}

impl Loader<'_> {
    fn problem(&mut self, error: RuleError) {
        self.loaded.problems.push(miette::Report::new(error));
    }

    /// The entries of a top-level section that must map names to `what`;
    /// a section that is not a mapping is a problem, and yields none.
    fn section_entries<'n>(&mut self, ctx: &FileContext, section: &'n Node, key: &str, what: &str) -> &'n [Entry] {
        let Some(entries) = section.entries() else {
            self.problem(ctx.error(
                section.span.clone(),
                format!("`{key}` must map names to {what}"),
                "not a mapping",
            ));
            return &[];
        };
        entries
    }

    fn file(&mut self, file: Arc<Document>) {
        if let Some(at) = super::nesting::too_deep(file.text()) {
            let message = format!("YAML nested more than {} levels deep", super::nesting::MAX_DEPTH);
            let error = RuleError::at(&file, at..at + 1, message, "too deep")
                .with_help("a rule file needs two or three levels of [ ] and { }");
            return self.problem(error);
        }
        let ctx = FileContext { file };
        let root = match yaml::parse(ctx.text()) {
            Ok(root) => root,
            Err(error) => {
                let message = format!("invalid YAML: {}", error.message);
                let mut problem = ctx.error(error.at..error.at, message, "here");
                // A tab in the indentation is the most common cause, and
                // the excerpt shows it as spaces: say so.
                if let Some(line) = first_tab_indented_line(ctx.text()) {
                    problem = problem.with_help(format!(
                        "line {line} is indented with a tab: YAML indents with spaces only"
                    ));
                }
                return self.problem(problem);
            }
        };
        // A key written twice: at the second, where the mistake is. Enough
        // to fix a file by; a generated file may repeat a key thousands of
        // times.
        let duplicates = yaml::duplicates(&root);
        for duplicate in duplicates.iter().take(MOST_DUPLICATES) {
            let name = &duplicate.key;
            let message = if duplicate.parent.is_empty() {
                format!("`{name}` is written twice in the rule file")
            } else {
                format!("`{name}` is written twice in `{}`", duplicate.parent)
            };
            let error = ctx
                .error(duplicate.again.clone(), message, "written again here")
                .with_note(
                    &ctx.file,
                    format!("`{name}` is first written here"),
                    vec![(duplicate.first.clone(), "first".to_string())],
                )
                .with_help("keep one of them");
            self.problem(error);
        }
        if !duplicates.is_empty() {
            return;
        }
        let Some(entries) = root.entries() else {
            let error = ctx
                .error(0..0, "a rule file is a YAML mapping", "expected `version:` here")
                .with_help("start with `version: 1`, then `documents:`, `figures:` and `rules:`");
            return self.problem(error);
        };
        let known = yaml::field_names::<RuleFile>();
        for entry in entries {
            let key = ctx.key_name(&entry.key);
            if !known.contains(&key.as_str()) {
                let unknown = UnknownKey {
                    key,
                    span: entry.key.span.clone(),
                    known,
                };
                self.unknown_key(&ctx, &unknown, "a rule file");
            }
        }
        match root.get("version") {
            Some(version) if version.value == yaml::Value::Int(1) => {}
            Some(version) => {
                self.problem(ctx.error(version.span.clone(), "unsupported version", "figaudit reads version 1"))
            }
            None => self.problem(
                ctx.error(0..0, "the rule file has no version", "missing `version: 1`")
                    .with_help("add `version: 1` at the top"),
            ),
        }
        let wanted = patterns_by_document(root.get("figures"));
        let documents = self.documents(&ctx, root.get("documents"), &wanted);
        let figures = self.figures(&ctx, root.get("figures"), &documents);
        if let Some(rules) = root.get("rules") {
            match rules.items() {
                Some(items) => {
                    for (i, rule) in items.iter().enumerate() {
                        self.rule(&ctx, rule, i, &figures);
                    }
                }
                None => self.problem(ctx.error(rules.span.clone(), "`rules` must be a list", "not a list")),
            }
        }
    }

    /// Reports a key the rule file format does not have, with a "did you
    /// mean" or the keys it has.
    fn unknown_key(&mut self, ctx: &FileContext, unknown: &UnknownKey, what: &str) {
        let error = ctx
            .error(
                unknown.span.clone(),
                format!("unknown key `{}` in {what}", unknown.key),
                "unknown key",
            )
            .suggest(&unknown.key, unknown.known.iter().copied());
        let error = if error.help.is_none() {
            error.with_help(format!("known keys: {}", unknown.known.join(", ")))
        } else {
            error
        };
        self.problem(error);
    }

    /// Reports a node serde could not type, at the innermost node, naming
    /// the key and what it must be.
    fn type_error(&mut self, ctx: &FileContext, node: &Node, error: TypeError) -> String {
        let span = error.span.clone().unwrap_or_else(|| node.span.clone());
        let (message, reason) = match (&error.missing, &error.key) {
            (Some(field), _) => (format!("`{field}` is missing"), format!("it has no `{field}`")),
            (None, Some(key)) => (
                format!("`{key}` must be {}", expected(key)),
                format!("its `{key}` is invalid"),
            ),
            (None, None) => (error.message.clone(), "it is invalid".to_string()),
        };
        let problem = ctx.error(span, message, &error.message);
        let problem = match error.unknown_variant.as_deref() {
            Some((word, known)) => problem.suggest(word, known.iter().copied()),
            None => problem,
        };
        self.problem(problem);
        reason
    }

    fn documents(
        &mut self,
        ctx: &FileContext,
        section: Option<&Node>,
        wanted: &FxHashMap<String, Vec<(String, Option<usize>)>>,
    ) -> FxHashMap<String, LoadedDocument> {
        let mut documents = FxHashMap::default();
        let Some(section) = section else { return documents };
        let entries = self.section_entries(ctx, section, "documents", "paths");
        let base = ctx.file.path().parent().unwrap_or(Path::new("")).to_path_buf();
        for Entry { key, value } in entries {
            let name = ctx.key_name(key);
            let Some(relative) = value.text() else {
                self.problem(ctx.error(value.span.clone(), "a document is a path", "not a path"));
                documents.insert(name, None);
                continue;
            };
            let mut full = lexically_normal(&base.join(relative));
            // A name that is not UTF-8 is written with `\xNN` escapes.
            if self.cache.get(&full).is_none() && !full.exists() {
                if let Some(bytes) = crate::text::visible::path_from_text(relative) {
                    full = lexically_normal(&base.join(bytes));
                }
            }
            let patterns = wanted.get(&name).map_or(&[][..], Vec::as_slice);
            let loaded = self.document(ctx, value.span.clone(), &full, patterns);
            documents.insert(name, loaded);
        }
        documents
    }

    fn document(
        &mut self,
        ctx: &FileContext,
        at: Range<usize>,
        path: &Path,
        patterns: &[(String, Option<usize>)],
    ) -> LoadedDocument {
        let cached = self.cache.get(path);
        let loaded = cached.or_else(|| match Document::load(path) {
            // A text keeps only the figures this file's patterns select,
            // so that memory follows the text, not its count of figures
            // (a data dump of millions); another file asks other patterns,
            // so it is not shared. A table's cells are named by place, and
            // a table is shared whole.
            Ok(document) if document.cells().is_none() => {
                let index = FigureIndex::for_patterns(&document, patterns);
                Some(Arc::new(IndexedDocument::new(Arc::new(document), index)))
            }
            Ok(document) => {
                let index = FigureIndex::new(&document);
                let loaded = Arc::new(IndexedDocument::new(Arc::new(document), index));
                self.cache.insert(path, &loaded);
                Some(loaded)
            }
            Err(error) => {
                let message = match &error {
                    crate::text::DocumentError::Io { source, .. } => {
                        format!("cannot read document {}: {source}", path_text(path))
                    }
                    other => other.to_string(),
                };
                let folder = ctx.file.path().parent().map(path_text).unwrap_or_default();
                let folder = if folder.is_empty() { ".".to_string() } else { folder };
                let help = format!(
                    "document paths are relative to the rule file's folder, {folder}/; the path tried was {}",
                    path_text(path)
                );
                self.problem(ctx.error(at, message, "this document").with_help(help));
                None
            }
        });
        if loaded.is_some() {
            self.loaded.documents.push(path.to_path_buf());
        }
        loaded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_paths_are_shown_without_dot_dot() {
        assert_eq!(
            lexically_normal(Path::new("rules/../corpus/a.txt")),
            Path::new("corpus/a.txt")
        );
        assert_eq!(
            lexically_normal(Path::new("../corpus/a.txt")),
            Path::new("../corpus/a.txt")
        );
        assert_eq!(
            lexically_normal(Path::new("./rules/./x/../a.txt")),
            Path::new("rules/a.txt")
        );
    }
}
