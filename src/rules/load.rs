//! Reading rule files: YAML → typed, located, resolved rules.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::{Arc, Mutex, Weak};

use rustc_hash::FxHashMap;

use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde_yaml::{Mapping, Value as Yaml};

use super::error::RuleError;
use super::expr;
use super::locate::{Locator, RuleFileMap, Seg, YamlPath};
use super::{Location, NamedFigure, Origin, Rule, RuleKind, RuleSet, Severity, Tolerance};
use crate::extract::{self, Kind, Qualifier, Value};
use crate::extract::{FigureIndex, SelectError};
use crate::text::visible::path_text;
use crate::text::Document;

const TOP_KEYS: &[&str] = &["version", "documents", "figures", "rules"];
const FIGURE_KEYS: &[&str] = &[
    "document",
    "pattern",
    "occurrence",
    "value",
    "source",
    "qualifier",
    "precision",
    "kind",
    "unit",
];
const RULE_KEYS: &[&str] = &[
    "id",
    "description",
    "severity",
    "tolerance",
    "loose",
    "sum",
    "equals",
    "claim",
    "agrees_with",
    "equal",
    "expr",
];
const RULE_KINDS: &[&str] = &["sum", "claim", "equal", "expr"];
/// Duplicate keys reported per rule file, at most.
const MOST_DUPLICATES: usize = 20;

/// Reads the rule files at `paths` (files, or folders of `*.yaml`/`*.yml`
/// read in name order), one after the other.
pub fn load(paths: &[PathBuf]) -> RuleSet {
    let (files, mut problems) = rule_files(paths);
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

/// The rule files `paths` name, in order: files as given, folders'
/// `*.yaml`/`*.yml` in name order; with a problem for each path that names
/// none.
pub fn rule_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<miette::Report>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match crate::text::files_in(path, &["yaml", "yml"]) {
            Ok(found) if found.is_empty() => problems.push(miette::miette!(
                code = "figaudit::rules",
                "{}: no rule files (*.yaml, *.yml) in this folder",
                path_text(path)
            )),
            Ok(found) => files.extend(found),
            Err(error) => problems.push(miette::miette!(
                code = "figaudit::rules",
                "cannot read {}: {error}",
                path_text(path)
            )),
        }
    }
    (files, problems)
}

/// What one rule file yields.
#[derive(Debug, Default)]
pub struct LoadedFile {
    pub rules: Vec<Rule>,
    pub problems: Vec<miette::Report>,
    /// The documents it names that could be read.
    pub documents: Vec<PathBuf>,
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
            .map(|(document, index)| Arc::new(IndexedDocument { document, index }))
            .collect();
        let mut cached = self.documents.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
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
/// It keeps only where each id was defined (file and YAML path), and finds
/// the line and column of the first one only when a duplicate turns up.
#[derive(Debug, Default)]
pub struct RuleIds {
    first: FxHashMap<Box<str>, (Arc<Path>, YamlPath)>,
    last_file: Option<Arc<Path>>,
}

impl RuleIds {
    /// Accepts `rule`, or says where its id was used first.
    pub fn admit(&mut self, rule: &Rule) -> Result<(), Box<RuleError>> {
        if let Some((file, path)) = self.first.get(rule.id.as_str()) {
            let message = format!("duplicate rule id `{}`", rule.id);
            let error = RuleError::at(rule.location.file(), rule.location.span(), message, "used before");
            let first = match Document::load(file) {
                Ok(document) => {
                    let span = Locator::new(document.text()).value_or_parent(path);
                    let position = document.line_index().position(span.start);
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
        self.first
            .insert(rule.id.as_str().into(), (file, rule.location.yaml_path().clone()));
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
    map: Arc<RuleFileMap>,
}

impl FileContext {
    fn locator(&self) -> &Locator {
        self.map.locator()
    }

    fn error_at_value(&self, path: &YamlPath, message: impl Into<String>, label: impl Into<String>) -> RuleError {
        RuleError::at(&self.file, self.locator().value_or_parent(path), message, label)
    }

    fn error_at_key(&self, path: &YamlPath, message: impl Into<String>, label: impl Into<String>) -> RuleError {
        RuleError::at(&self.file, self.locator().key_or_value(path), message, label)
    }

    fn location(&self, path: &YamlPath) -> Location {
        Location::new(&self.map, path)
    }
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

/// A figure name as a rule file defines it: `[a-z][a-z0-9_]*`.
fn is_figure_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Figures of one file by name; `None` for one that could not be selected.
type FigureTable = FxHashMap<String, Option<Arc<NamedFigure>>>;

impl Loader<'_> {
    fn problem(&mut self, error: RuleError) {
        self.loaded.problems.push(miette::Report::new(error));
    }

    fn file(&mut self, file: Arc<Document>) {
        if let Some(at) = super::nesting::too_deep(file.text()) {
            let message = format!("YAML nested more than {} levels deep", super::nesting::MAX_DEPTH);
            let error = RuleError::at(&file, at..at + 1, message, "too deep")
                .with_help("a rule file needs two or three levels of [ ] and { }");
            return self.problem(error);
        }
        let parsed: Result<Yaml, _> = serde_yaml::from_str(file.text());
        let ctx = FileContext {
            map: Arc::new(RuleFileMap::new(Arc::clone(&file))),
            file,
        };
        let root = YamlPath::default();
        let top = match parsed {
            Ok(Yaml::Mapping(top)) => top,
            Ok(_) => {
                let error = RuleError::at(
                    &ctx.file,
                    0..0,
                    "a rule file is a YAML mapping",
                    "expected `version:` here",
                )
                .with_help("start with `version: 1`, then `documents:`, `figures:` and `rules:`");
                return self.problem(error);
            }
            // A key written twice: at the second, where the mistake is
            // (the YAML parser points at the mapping or the first).
            Err(_) if !ctx.map.locator().duplicates().is_empty() => {
                // Enough to fix a file by; a generated file may repeat a key
                // thousands of times.
                for duplicate in ctx.map.locator().duplicates().iter().take(MOST_DUPLICATES) {
                    let name = match duplicate.path.0.last() {
                        Some(Seg::Key(name)) => name.clone(),
                        _ => String::new(),
                    };
                    let message = format!("`{name}` is written twice in `{}`", parent_of(&duplicate.path));
                    let error = RuleError::at(&ctx.file, duplicate.again.clone(), message, "written again here")
                        .with_note(
                            &ctx.file,
                            format!("`{name}` is first written here"),
                            vec![(duplicate.first.clone(), "first".to_string())],
                        )
                        .with_help("keep one of them");
                    self.problem(error);
                }
                return;
            }
            Err(error) => {
                let at = error.location().map_or(0, |l| l.index());
                let message = format!("invalid YAML: {error}");
                let mut problem = RuleError::at(&ctx.file, at..at, message, "here");
                // A tab in the indentation is the most common cause, and
                // the excerpt shows it as spaces: say so.
                if let Some(line) = first_tab_indented_line(ctx.file.text()) {
                    problem = problem.with_help(format!(
                        "line {line} is indented with a tab: YAML indents with spaces only"
                    ));
                }
                return self.problem(problem);
            }
        };
        self.check_keys(&ctx, &top, &root, TOP_KEYS, "a rule file");
        match top.get("version") {
            Some(v) if v.as_u64() == Some(1) => {}
            Some(_) => self.problem(ctx.error_at_value(
                &root.key("version"),
                "unsupported version",
                "figaudit reads version 1",
            )),
            None => self.problem(
                RuleError::at(&ctx.file, 0..0, "the rule file has no version", "missing `version: 1`")
                    .with_help("add `version: 1` at the top"),
            ),
        }
        let documents = self.documents(&ctx, top.get("documents"));
        let figures = self.figures(&ctx, top.get("figures"), &documents);
        match top.get("rules") {
            Some(Yaml::Sequence(rules)) => {
                for (i, rule) in rules.iter().enumerate() {
                    self.rule(&ctx, rule, &root.key("rules").index(i), &figures);
                }
            }
            Some(_) => self.problem(ctx.error_at_value(&root.key("rules"), "`rules` must be a list", "not a list")),
            None => {}
        }
    }

    /// Reports keys of `map` not in `known`, with a "did you mean".
    fn check_keys(&mut self, ctx: &FileContext, map: &Mapping, at: &YamlPath, known: &[&str], what: &str) {
        for key in map.keys() {
            let Some(name) = key.as_str() else {
                self.problem(ctx.error_at_value(at, format!("{what} has a key that is not a name"), "here"));
                continue;
            };
            if !known.contains(&name) {
                let error = ctx
                    .error_at_key(&at.key(name), format!("unknown key `{name}` in {what}"), "unknown key")
                    .suggest(name, known.iter().copied());
                let error = if error.help.is_none() {
                    error.with_help(format!("known keys: {}", known.join(", ")))
                } else {
                    error
                };
                self.problem(error);
            }
        }
    }

    /// Types one field with serde_yaml, reporting a wrong type at the field.
    fn field<T: DeserializeOwned>(
        &mut self,
        ctx: &FileContext,
        map: &Mapping,
        at: &YamlPath,
        key: &str,
        expected: &str,
    ) -> Result<Option<T>, ()> {
        let Some(value) = map.get(key) else { return Ok(None) };
        // Typed straight from the borrowed node, without cloning it.
        T::deserialize(value).map(Some).map_err(|error| {
            let message = format!("`{key}` must be {expected}");
            let label = error.to_string();
            self.problem(ctx.error_at_value(&at.key(key), message, label));
        })
    }

    /// A top-level section that must be a mapping, if the file has it.
    fn section<'a>(
        &mut self,
        ctx: &FileContext,
        section: Option<&'a Yaml>,
        at: &YamlPath,
        what: &str,
    ) -> Option<&'a Mapping> {
        let map = section?.as_mapping();
        if map.is_none() {
            self.problem(ctx.error_at_value(at, what, "not a mapping"));
        }
        map
    }

    fn documents(&mut self, ctx: &FileContext, section: Option<&Yaml>) -> FxHashMap<String, LoadedDocument> {
        let at = YamlPath::default().key("documents");
        let mut documents = FxHashMap::default();
        let Some(map) = self.section(ctx, section, &at, "`documents` must map names to paths") else {
            return documents;
        };
        let base = ctx.file.path().parent().unwrap_or(Path::new("")).to_path_buf();
        for (name, path) in map {
            let Some(name) = name.as_str() else { continue };
            let Some(relative) = path.as_str() else {
                self.problem(ctx.error_at_value(&at.key(name), "a document is a path", "not a path"));
                documents.insert(name.to_string(), None);
                continue;
            };
            let full = lexically_normal(&base.join(relative));
            let loaded = self.document(ctx, &at.key(name), &full);
            documents.insert(name.to_string(), loaded);
        }
        documents
    }

    fn document(&mut self, ctx: &FileContext, at: &YamlPath, path: &Path) -> LoadedDocument {
        let cached = self.cache.get(path);
        let loaded = cached.or_else(|| match Document::load(path) {
            Ok(document) => {
                let index = FigureIndex::new(&document);
                let loaded = Arc::new(IndexedDocument {
                    document: Arc::new(document),
                    index,
                });
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
                self.problem(ctx.error_at_value(at, message, "this document").with_help(help));
                None
            }
        });
        if loaded.is_some() {
            self.loaded.documents.push(path.to_path_buf());
        }
        loaded
    }

    fn figures(
        &mut self,
        ctx: &FileContext,
        section: Option<&Yaml>,
        documents: &FxHashMap<String, LoadedDocument>,
    ) -> FigureTable {
        let at = YamlPath::default().key("figures");
        let mut figures = FigureTable::default();
        let Some(map) = self.section(ctx, section, &at, "`figures` must map names to figures") else {
            return figures;
        };
        let entries: Vec<(&str, &Yaml)> = map.iter().filter_map(|(k, v)| Some((k.as_str()?, v))).collect();
        let mut skip = 0;
        for (i, &(name, spec)) in entries.iter().enumerate() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let here = at.key(name);
            // A figure whose keys lost their indentation: `rabat:` is empty
            // and `document:`, `pattern:` follow it as if they were figures.
            let stray: Vec<&str> = entries[i + 1..]
                .iter()
                .take_while(|(key, value)| FIGURE_KEYS.contains(key) && !value.is_mapping())
                .map(|(key, _)| *key)
                .collect();
            if spec.is_null() && !stray.is_empty() {
                let keys: Vec<String> = stray.iter().map(|k| format!("`{k}:`")).collect();
                let message = format!(
                    "figure `{name}` is empty: {} below it are not indented under it",
                    keys.join(" and ")
                );
                let error = ctx.error_at_key(&here, message, "this figure has no fields");
                self.problem(error.with_help(format!("indent {} two spaces more than `{name}:`", keys.join(" and "))));
                figures.insert(name.to_string(), None);
                skip = stray.len();
                continue;
            }
            if !is_figure_name(name) {
                let message = format!("`{name}` is not a figure name");
                let error = ctx.error_at_key(&here, message, "invalid name");
                self.problem(
                    error.with_help("figure names are lower-case letters, digits and _, starting with a letter"),
                );
            }
            let figure = self.figure(ctx, name, spec, &here, documents).map(Arc::new);
            figures.insert(name.to_string(), figure);
        }
        figures
    }

    fn figure(
        &mut self,
        ctx: &FileContext,
        name: &str,
        spec: &Yaml,
        at: &YamlPath,
        documents: &FxHashMap<String, LoadedDocument>,
    ) -> Option<NamedFigure> {
        let Some(map) = spec.as_mapping() else {
            self.problem(ctx.error_at_value(
                at,
                "a figure is a mapping",
                "expected `document:` and `pattern:`, or `value:`",
            ));
            return None;
        };
        self.check_keys(ctx, map, at, FIGURE_KEYS, &format!("figure `{name}`"));
        let pattern: Option<String> = self.field(ctx, map, at, "pattern", "text with {}").ok()?;
        let occurrence: Option<usize> = self.field(ctx, map, at, "occurrence", "a whole number from 1").ok()?;
        let qualifier: Option<Qualifier> = self
            .field(
                ctx,
                map,
                at,
                "qualifier",
                "exact, more_than, at_least, less_than, at_most or about",
            )
            .ok()?;
        let kind: Option<Kind> = self
            .field(ctx, map, at, "kind", "number, percent, year, date or time")
            .ok()?;
        let source: Option<String> = self.field(ctx, map, at, "source", "text").ok()?;
        let unit: Option<String> = self
            .field(ctx, map, at, "unit", "a unit or currency code such as MAD or km")
            .ok()?;
        let defined_at = ctx.location(at);
        match (pattern, map.get("value")) {
            (Some(_), Some(_)) => {
                let message = format!("figure `{name}` has both `pattern` and `value`");
                self.problem(ctx.error_at_key(&at.key("value"), message, "keep one of them"));
                None
            }
            (Some(pattern), None) => {
                let document_name: Option<String> = self.field(ctx, map, at, "document", "a document name").ok()?;
                let Some(document_name) = document_name else {
                    let message = format!("figure `{name}` has a pattern but no document");
                    self.problem(ctx.error_at_key(at, message, "add `document:`"));
                    return None;
                };
                let Some(loaded) = documents.get(&document_name) else {
                    let message = format!("unknown document `{document_name}`");
                    let error = ctx
                        .error_at_value(&at.key("document"), message, "not under `documents:`")
                        .suggest(&document_name, documents.keys().map(String::as_str));
                    self.problem(error);
                    return None;
                };
                let loaded = loaded.clone()?;
                let (document, index) = (&loaded.document, &loaded.index);
                let figure = match index.select(document.text(), &pattern, occurrence) {
                    Ok(figure) => figure.clone(),
                    Err(error) => {
                        let error = selection_error(ctx, &at.key("pattern"), name, document, error);
                        self.problem(error);
                        return None;
                    }
                };
                Some(NamedFigure {
                    name: name.to_string(),
                    value: figure.value,
                    kind: kind.unwrap_or(figure.kind),
                    qualifier: qualifier.unwrap_or(figure.qualifier),
                    precision: figure.precision,
                    unit: unit.or_else(|| figure.unit.map(str::to_string)),
                    noun: figure.noun(document.text()),
                    change: figure.change,
                    calendar: figure.calendar,
                    range: figure.range,
                    origin: Origin::Document {
                        document: Arc::clone(document),
                        span: figure.span,
                    },
                    defined_at,
                })
            }
            (None, Some(value)) => {
                let Some((value, read_kind, read_qualifier, read_precision)) = literal(value) else {
                    let message = format!("the value of `{name}` is not a number");
                    self.problem(ctx.error_at_value(
                        &at.key("value"),
                        message,
                        "expected a number such as 3685964, 3.6 or \"28%\"",
                    ));
                    return None;
                };
                let precision = match map.get("precision") {
                    None => read_precision,
                    Some(p) => match decimal(p) {
                        Some(p) if p > Decimal::ZERO => Some(p),
                        _ => {
                            self.problem(ctx.error_at_value(
                                &at.key("precision"),
                                "`precision` must be a positive number",
                                "here",
                            ));
                            return None;
                        }
                    },
                };
                Some(NamedFigure {
                    name: name.to_string(),
                    value,
                    kind: kind.unwrap_or(read_kind),
                    qualifier: qualifier.unwrap_or(read_qualifier),
                    precision,
                    unit,
                    noun: None,
                    change: None,
                    calendar: None,
                    range: None,
                    origin: Origin::Literal { source },
                    defined_at,
                })
            }
            (None, None) => {
                let message = format!("figure `{name}` has neither `pattern` nor `value`");
                let error = ctx.error_at_key(at, message, "incomplete figure");
                self.problem(
                    error.with_help("read it from a document with `document:` and `pattern:`, or give `value:`"),
                );
                None
            }
        }
    }

    fn rule(&mut self, ctx: &FileContext, spec: &Yaml, at: &YamlPath, figures: &FigureTable) {
        let index = match at.0.last() {
            Some(super::locate::Seg::Index(i)) => *i,
            _ => 0,
        };
        let Some(map) = spec.as_mapping() else {
            return self.problem(ctx.error_at_value(at, "a rule is a mapping", "expected `id:` and one relation"));
        };
        self.check_keys(ctx, map, at, RULE_KEYS, "a rule");
        let id: Option<String> = self.field(ctx, map, at, "id", "text").ok().flatten();
        let id = match id {
            Some(id) => id,
            None => {
                self.problem(ctx.error_at_value(at, "a rule needs an `id`", "this rule"));
                let stem = ctx
                    .file
                    .path()
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                format!("{stem}#{}", index + 1)
            }
        };
        let location = ctx.location(&at.key("id"));

        let mut broken: Option<String> = None;
        let mut mark = |reason: &str| {
            broken.get_or_insert_with(|| reason.to_string());
        };
        let description = self.field(ctx, map, at, "description", "text").unwrap_or_else(|()| {
            mark("its description is not text");
            None
        });
        let severity = self
            .field(ctx, map, at, "severity", "error, warning or info")
            .unwrap_or_else(|()| {
                mark("its severity is invalid");
                None
            })
            .unwrap_or(Severity::Error);
        let loose = self
            .field(ctx, map, at, "loose", "warn or ignore")
            .unwrap_or_else(|()| {
                mark("its `loose` is invalid");
                None
            })
            .unwrap_or_default();
        let tolerance = match map.get("tolerance") {
            None => None,
            Some(t) => match tolerance(t) {
                Some(t) => Some(t),
                None => {
                    let error = ctx.error_at_value(
                        &at.key("tolerance"),
                        "invalid tolerance",
                        "expected \"250\" or \"0.5%\"",
                    );
                    self.problem(error.with_help("a tolerance is a non-negative amount (\"250\") or a percentage of the expected value (\"0.5%\")"));
                    mark("its tolerance is invalid");
                    None
                }
            },
        };
        let kind = self.rule_kind(ctx, map, at, figures);
        let kind = match (kind, broken) {
            (Ok(kind), None) => Ok(kind),
            (Err(reason), _) | (Ok(_), Some(reason)) => Err(reason),
        };
        self.loaded.rules.push(Rule {
            id,
            description,
            severity,
            tolerance,
            loose,
            kind,
            location,
        });
    }

    fn rule_kind(
        &mut self,
        ctx: &FileContext,
        map: &Mapping,
        at: &YamlPath,
        figures: &FigureTable,
    ) -> Result<RuleKind, String> {
        let kinds: Vec<&str> = RULE_KINDS.iter().copied().filter(|k| map.contains_key(*k)).collect();
        match kinds.as_slice() {
            [] => {
                let error = ctx.error_at_value(at, "the rule asserts nothing", "no `sum`, `claim`, `equal` or `expr`");
                self.problem(error.with_help("give the rule one of sum + equals, claim + agrees_with, equal or expr"));
                return Err("it asserts nothing".into());
            }
            [_] => {}
            [first, second, ..] => {
                let message = format!("a rule asserts one relation; this one has both `{first}` and `{second}`");
                let error = ctx.error_at_key(&at.key(second), message, "second relation");
                // `equal:` under a `sum` is nearly always `equals:` mistyped.
                let error = if kinds.contains(&"sum") && kinds.contains(&"equal") && !map.contains_key("equals") {
                    error.with_help("did you mean `equals:`? a `sum` names its total with `equals`")
                } else {
                    error
                };
                self.problem(error);
                return Err("it has more than one relation".into());
            }
        }
        let partner = |kind: &str| match kind {
            "sum" => Some("equals"),
            "claim" => Some("agrees_with"),
            _ => None,
        };
        for (key, owner) in [("equals", "sum"), ("agrees_with", "claim")] {
            if map.contains_key(key) && !kinds.contains(&owner) {
                let message = format!("`{key}` belongs with `{owner}`");
                self.problem(ctx.error_at_key(&at.key(key), message, "stray key"));
                return Err(format!("its `{key}` has no `{owner}`"));
            }
        }
        let kind = kinds[0];
        if let Some(needed) = partner(kind) {
            if !map.contains_key(needed) {
                let message = format!("`{kind}` needs `{needed}`");
                self.problem(ctx.error_at_key(&at.key(kind), message, format!("add `{needed}:`")));
                return Err(format!("its `{kind}` has no `{needed}`"));
            }
        }
        let numeric = kind != "equal";
        match kind {
            "sum" => {
                let parts: Vec<String> = self.list(ctx, map, at, "sum", 1)?;
                let total: String = self.name_field(ctx, map, at, "equals")?;
                let parts = self.resolve_all(ctx, &at.key("sum"), &parts, figures, numeric)?;
                let total = self.resolve(ctx, &at.key("equals"), &total, figures, numeric)?;
                Ok(RuleKind::Sum { parts, total })
            }
            "claim" => {
                let claim: String = self.name_field(ctx, map, at, "claim")?;
                let precise: String = self.name_field(ctx, map, at, "agrees_with")?;
                let claim = self.resolve(ctx, &at.key("claim"), &claim, figures, numeric)?;
                let agrees_with = self.resolve(ctx, &at.key("agrees_with"), &precise, figures, numeric)?;
                Ok(RuleKind::Claim { claim, agrees_with })
            }
            "equal" => {
                let names: Vec<String> = self.list(ctx, map, at, "equal", 2)?;
                let figures = self.resolve_all(ctx, &at.key("equal"), &names, figures, numeric)?;
                let kinds_differ = figures
                    .windows(2)
                    .any(|w| w[0].number().is_some() != w[1].number().is_some());
                if kinds_differ {
                    let error = ctx.error_at_value(
                        &at.key("equal"),
                        "`equal` compares numbers with dates or times",
                        "mixed kinds",
                    );
                    self.problem(error);
                    return Err("it compares numbers with dates".into());
                }
                Ok(RuleKind::Equal { figures })
            }
            _ => self.expr(ctx, map, at, figures),
        }
    }

    fn expr(
        &mut self,
        ctx: &FileContext,
        map: &Mapping,
        at: &YamlPath,
        figures: &FigureTable,
    ) -> Result<RuleKind, String> {
        let text: String = self
            .field(ctx, map, at, "expr", "text such as \"a / b <= 30%\"")
            .ok()
            .flatten()
            .ok_or("its expression is not text")?;
        let here = at.key("expr");
        // Spans inside the expression map into the rule file when the
        // expression is written on one line as it is parsed (looked up only
        // to report a problem).
        let inside = |span: std::ops::Range<usize>| match ctx.locator().node(&here) {
            Some(node) => {
                let start = node.value.start + usize::from(node.quoted);
                let fits = ctx.file.text().get(start..start + text.len()) == Some(text.as_str());
                if fits {
                    start + span.start..start + span.end
                } else {
                    node.value.clone()
                }
            }
            None => 0..0,
        };
        let comparison = match expr::parse(&text) {
            Ok(comparison) => comparison,
            Err(error) => {
                let span = inside(error.span.clone());
                self.problem(RuleError::at(
                    &ctx.file,
                    span,
                    format!("invalid expression: {}", error.message),
                    error.message.clone(),
                ));
                return Err("its expression is invalid".into());
            }
        };
        let mut used: Vec<Arc<NamedFigure>> = Vec::new();
        let mut failed = None;
        for (name, span) in comparison.names() {
            if used.iter().any(|f| f.name == name) {
                continue;
            }
            match self.lookup(ctx, name, || inside(span), figures, true) {
                Ok(figure) => used.push(figure),
                Err(reason) => failed = failed.or(Some(reason)),
            }
        }
        if let Some(reason) = failed {
            return Err(reason);
        }
        Ok(RuleKind::Expr {
            comparison,
            text,
            figures: used,
        })
    }

    fn list(
        &mut self,
        ctx: &FileContext,
        map: &Mapping,
        at: &YamlPath,
        key: &str,
        least: usize,
    ) -> Result<Vec<String>, String> {
        let names: Vec<String> = self
            .field(ctx, map, at, key, "a list of figure names")
            .ok()
            .flatten()
            .ok_or(format!("its `{key}` is not a list of names"))?;
        if names.len() < least {
            let message = format!("`{key}` needs at least {least} figures");
            self.problem(ctx.error_at_value(&at.key(key), message, "too few"));
            return Err(format!("its `{key}` has too few figures"));
        }
        Ok(names)
    }

    fn name_field(&mut self, ctx: &FileContext, map: &Mapping, at: &YamlPath, key: &str) -> Result<String, String> {
        self.field(ctx, map, at, key, "a figure name")
            .ok()
            .flatten()
            .ok_or(format!("its `{key}` is not a figure name"))
    }

    fn resolve_all(
        &mut self,
        ctx: &FileContext,
        at: &YamlPath,
        names: &[String],
        figures: &FigureTable,
        numeric: bool,
    ) -> Result<Vec<Arc<NamedFigure>>, String> {
        let resolved: Vec<Result<Arc<NamedFigure>, String>> = names
            .iter()
            .enumerate()
            .map(|(i, name)| self.resolve(ctx, &at.index(i), name, figures, numeric))
            .collect();
        resolved.into_iter().collect()
    }

    fn resolve(
        &mut self,
        ctx: &FileContext,
        at: &YamlPath,
        name: &str,
        figures: &FigureTable,
        numeric: bool,
    ) -> Result<Arc<NamedFigure>, String> {
        self.lookup(ctx, name, || ctx.locator().value_or_parent(at), figures, numeric)
    }

    /// The figure `name` of this file, reporting an unknown name where
    /// `span` finds it.
    fn lookup(
        &mut self,
        ctx: &FileContext,
        name: &str,
        span: impl FnOnce() -> std::ops::Range<usize>,
        figures: &FigureTable,
        numeric: bool,
    ) -> Result<Arc<NamedFigure>, String> {
        match figures.get(name) {
            Some(Some(figure)) if numeric && figure.number().is_none() => {
                let message = format!("figure `{name}` is a {}, not a number", figure.kind);
                self.problem(RuleError::at(&ctx.file, span(), message, "not a number"));
                Err(format!("its figure `{name}` is not a number"))
            }
            Some(Some(figure)) => Ok(Arc::clone(figure)),
            Some(None) => Err(format!("its figure `{name}` could not be selected")),
            None => {
                let message = format!("unknown figure `{name}`");
                let error = RuleError::at(&ctx.file, span(), message, "not under `figures:`")
                    .suggest(name, figures.keys().map(String::as_str));
                self.problem(error);
                Err(format!("it names an unknown figure `{name}`"))
            }
        }
    }
}

/// How many matches of an ambiguous pattern an error shows.
const SHOWN_MATCHES: usize = 10;

/// A located error for a pattern that selected no single figure.
fn selection_error(ctx: &FileContext, at: &YamlPath, name: &str, document: &Document, error: SelectError) -> RuleError {
    let doc = document.name();
    let quote = |span: &std::ops::Range<usize>| {
        let text = document.text().get(span.clone()).unwrap_or("");
        let position = document.line_index().position(span.start);
        format!(
            "{}:{}: «{}»",
            position.line,
            position.column,
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        )
    };
    match error {
        SelectError::Placeholder { count } => ctx
            .error_at_value(
                at,
                format!("the pattern of `{name}` has {count} `{{}}`"),
                "needs exactly one {}",
            )
            .with_help("write the text around the figure with {} standing for the whole figure"),
        SelectError::NotFound { closest: None } => ctx.error_at_value(
            at,
            format!("the pattern of `{name}` matches no figure in {doc}"),
            "no match",
        ),
        SelectError::NotFound { closest: Some(span) } => ctx
            .error_at_value(
                at,
                format!("the pattern of `{name}` matches no figure in {doc}"),
                "no match",
            )
            .with_help(format!("the closest text in {doc} is at {}", quote(&span)))
            .with_note(
                document,
                format!("closest text to the pattern of `{name}`"),
                vec![(span, "closest text".into())],
            ),
        SelectError::Ambiguous { matches } => {
            // The first few are enough to see why; all of them could be
            // thousands in one long line, each drawn with its context.
            let shown = matches.get(..SHOWN_MATCHES).unwrap_or(&matches);
            let mut list: Vec<String> = shown.iter().map(quote).collect();
            if matches.len() > shown.len() {
                list.push(format!("and {} more", matches.len() - shown.len()));
            }
            let labels = shown
                .iter()
                .enumerate()
                .map(|(i, s)| (s.clone(), format!("occurrence {}", i + 1)))
                .collect();
            ctx.error_at_value(
                at,
                format!("the pattern of `{name}` matches {} figures in {doc}", matches.len()),
                "ambiguous",
            )
            .with_help(format!(
                "add text to the pattern, or `occurrence: N` to pick one of: {}",
                list.join("; ")
            ))
            .with_note(document, format!("figures the pattern of `{name}` matches"), labels)
        }
        SelectError::NoSuchOccurrence { occurrence, matches } => ctx.error_at_value(
            at,
            format!(
                "`{name}` asks for occurrence {occurrence}, but the pattern matches {} figures",
                matches.len()
            ),
            "no such occurrence",
        ),
    }
}

/// A decimal from a YAML number or a text such as `"3685964"`.
fn decimal(value: &Yaml) -> Option<Decimal> {
    match value {
        Yaml::Number(n) => {
            let text = n.to_string();
            Decimal::from_str_exact(&text)
                .ok()
                .or_else(|| Decimal::from_scientific(&text).ok())
        }
        Yaml::String(s) => Decimal::from_str_exact(s.trim()).ok(),
        _ => None,
    }
}

/// Where a path's last key stands, for messages: `figures.rabat`, or `the
/// rule file` at the top.
fn parent_of(path: &YamlPath) -> String {
    let parent = YamlPath(path.0[..path.0.len().saturating_sub(1)].to_vec());
    if parent.0.is_empty() {
        "the rule file".to_string()
    } else {
        parent.to_string()
    }
}

/// A literal figure: a YAML number (precision from its last digit), or a
/// text read the way figures in articles are (`"3.6 مليون"`, `"28%"`).
fn literal(value: &Yaml) -> Option<(Value, Kind, Qualifier, Option<Decimal>)> {
    if let Yaml::String(text) = value {
        let text = text.trim();
        let mut found = extract::figures(text);
        let figure = found.next()?.ok()?;
        if found.next().is_some() || figure.span != (0..text.len()) {
            return None;
        }
        return Some((figure.value, figure.kind, figure.qualifier, figure.precision));
    }
    let n = decimal(value)?;
    let precision = Decimal::new(1, n.scale());
    Some((
        Value::Number(n.normalize()),
        Kind::Number,
        Qualifier::Exact,
        Some(precision),
    ))
}

fn tolerance(value: &Yaml) -> Option<Tolerance> {
    let tolerance = match value {
        Yaml::String(s) if s.trim().ends_with('%') => {
            let percent = Decimal::from_str(s.trim().trim_end_matches('%').trim()).ok()?;
            Tolerance::Relative(percent / Decimal::ONE_HUNDRED)
        }
        _ => Tolerance::Absolute(decimal(value)?),
    };
    let amount = match tolerance {
        Tolerance::Absolute(a) | Tolerance::Relative(a) => a,
    };
    (amount >= Decimal::ZERO).then_some(tolerance)
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

    #[test]
    fn figure_names_are_lower_snake_case() {
        assert!(is_figure_name("total_2025"));
        assert!(!is_figure_name("Total"));
        assert!(!is_figure_name("2025_total"));
        assert!(!is_figure_name("total-2025"));
        assert!(!is_figure_name(""));
    }

    #[test]
    fn tolerances_are_amounts_or_percentages() {
        assert_eq!(
            tolerance(&Yaml::from(250)),
            Some(Tolerance::Absolute(Decimal::from(250)))
        );
        assert_eq!(
            tolerance(&Yaml::from("0.5%")),
            Some(Tolerance::Relative(Decimal::new(5, 3)))
        );
        assert_eq!(tolerance(&Yaml::from("lots")), None);
        assert_eq!(tolerance(&Yaml::from(-1)), None);
    }

    #[test]
    fn literal_values_are_read_like_article_figures() {
        let (value, kind, _, precision) = literal(&Yaml::from("3.6 مليون")).unwrap();
        assert_eq!(value.to_string(), "3600000");
        assert_eq!(kind, Kind::Number);
        assert_eq!(precision, Some(Decimal::from(100_000)));
        let (value, kind, ..) = literal(&Yaml::from("28%")).unwrap();
        assert_eq!((value.to_string().as_str(), kind), ("28", Kind::Percent));
        let (value, _, _, precision) = literal(&Yaml::from(3685964)).unwrap();
        assert_eq!((value.to_string().as_str(), precision), ("3685964", Some(Decimal::ONE)));
        assert!(literal(&Yaml::from("3 و 4")).is_none());
    }
}
