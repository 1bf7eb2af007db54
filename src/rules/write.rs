//! Suggested relations written as a rule file (SPEC §6.4): the inverse of
//! the loader, so that the file `suggest` writes loads back to the same
//! rules, and `audit` evaluates exactly what `suggest` would write. Each
//! document, figure and rule is a value of the schema's own types
//! ([`super::schema`]), serialised; only the comments that say why are
//! written around them.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

use std::collections::BTreeMap;

use super::load::lexically_normal;
use super::schema::{FigureSpec, NumberOrText, Reading, RuleFile, RuleSpec};
use super::Severity;
use crate::discover::{Article, Confidence, FigureRef, Relation, Suggestion};
use crate::extract::{fold_pattern, pattern_for, Figure, FigureIndex};
use crate::text::visible::path_text;
use crate::text::Document;

/// The rule file for `suggestions` among `articles`, naming documents
/// relative to `base` (the folder the file is written to).
pub fn suggested_rules(articles: &[Article], suggestions: &[Suggestion], base: &Path) -> String {
    let mut used: Vec<usize> = suggestions
        .iter()
        .flat_map(|s| s.relation.figures())
        .map(|f| f.article)
        .collect();
    used.sort_unstable();
    used.dedup();
    let mut writer = Writer {
        articles,
        base,
        single_document: used.len() == 1,
        documents: Vec::new(),
        document_keys: HashMap::new(),
        figures: Vec::new(),
        figure_names: HashMap::new(),
        ids: HashMap::new(),
        label_pairs: HashMap::new(),
    };
    let mut rules = String::new();
    let mut suspected = String::new();
    for suggestion in suggestions {
        let Some(rule) = writer.rule(suggestion) else { continue };
        if suggestion.suspected.is_some() {
            suspected.push_str(&rule);
        } else {
            rules.push_str(&rule);
        }
    }
    let mut out = String::new();
    out.push_str("# Rules suggested by `figaudit suggest`: relations found among the figures.\n");
    out.push_str("# Each rule says why it was suggested; keep those that hold for a reason,\n");
    out.push_str("# and read the suspected discrepancies at the end: they fail now.\n");
    let file = RuleFile {
        version: 1,
        ..RuleFile::default()
    };
    // An empty file is the empty value; otherwise each section's entries
    // are written one by one, with their comments.
    if writer.documents.is_empty() {
        out.push_str(&yaml(&file));
        return out;
    }
    let _ = writeln!(out, "version: {}", file.version);
    out.push_str("documents:\n");
    for (key, path) in &writer.documents {
        out.push_str(&indented(&yaml(&BTreeMap::from([(key, path)])), 2));
    }
    out.push_str("figures:\n");
    writer.figures.sort_by_key(|(at, _)| *at);
    for (_, figure) in &writer.figures {
        out.push_str(figure);
    }
    out.push_str("rules:\n");
    out.push_str(&rules);
    if !suspected.is_empty() {
        out.push_str("\n  # ---- suspected discrepancies: relations that almost hold ----\n\n");
        out.push_str(&suspected);
    }
    out
}

struct Writer<'a> {
    articles: &'a [Article],
    base: &'a Path,
    /// Figure names are kept short when the file names one document.
    single_document: bool,
    documents: Vec<(String, String)>,
    document_keys: HashMap<usize, String>,
    /// Figure entries by where the figure stands (and whether it is read
    /// the other way).
    figures: Vec<((FigureRef, bool), String)>,
    figure_names: HashMap<(FigureRef, bool), Option<String>>,
    /// How many rules of each id stem so far.
    ids: HashMap<String, usize>,
    /// For each table, how many cells each (row label, column header)
    /// pair names, folded: made once, not once a figure.
    label_pairs: HashMap<usize, LabelPairs>,
}

/// How many cells of a table each folded (row label, column header) pair
/// names.
type LabelPairs = HashMap<(String, String), usize>;

impl Writer<'_> {
    fn document_key(&mut self, article: usize) -> Option<String> {
        if let Some(key) = self.document_keys.get(&article) {
            return Some(key.clone());
        }
        let path = self.articles.get(article)?.document.path();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut key: String = stem
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        // A key YAML would read as a boolean or null (`y`, `no`, `on`)
        // is no name: the file would not load back.
        if !key.starts_with(|c: char| c.is_ascii_lowercase()) || YAML_WORDS.contains(&key.as_str()) {
            key.insert_str(0, "doc_");
        }
        let taken = |k: &str| self.documents.iter().any(|(d, _)| d == k);
        let mut unique = key.clone();
        let mut n = 2;
        while taken(&unique) {
            unique = format!("{key}_{n}");
            n += 1;
        }
        let relative = relative_path(path, self.base);
        self.documents.push((unique.clone(), path_text(&relative)));
        self.document_keys.insert(article, unique.clone());
        Some(unique)
    }

    /// The figure's name, defining it on first use; `None` when no pattern
    /// finds it.
    fn figure_name(&mut self, at: FigureRef, otherwise: bool) -> Option<String> {
        if let Some(name) = self.figure_names.get(&(at, otherwise)) {
            return name.clone();
        }
        let name = self.define_figure(at, otherwise);
        self.figure_names.insert((at, otherwise), name.clone());
        name
    }

    /// `otherwise`: the figure read with grouped thousands (`reading:
    /// alternative`), a figure of its own beside the one read as written.
    fn define_figure(&mut self, at: FigureRef, otherwise: bool) -> Option<String> {
        let article = self.articles.get(at.article)?;
        let figure = article.figure(at.figure)?;
        let text = article.document.text();
        // A table's figure is named by its cell where its labels find it;
        // else, as an article's, by the text around it.
        let pairs = self
            .label_pairs
            .entry(at.article)
            .or_insert_with(|| label_pairs(&article.document));
        let cell = cell_labels(&article.document, &article.index, figure, pairs);
        let pattern = match cell {
            Some(_) => None,
            None => Some(pattern_for(&article.index, text, at.figure)?),
        };
        let key = self.document_key(at.article)?;
        let position = article.document.line_index().position(figure.span.start);
        let suffix = if otherwise { "_alt" } else { "" };
        let name = if self.single_document {
            format!("l{}_c{}{suffix}", position.line, position.column)
        } else {
            // Short, since diagnostics label figures by name: `d2_l18_c79`
            // is line 18, column 79 of the file's second document.
            let number = self.documents.iter().position(|(k, _)| *k == key).map_or(0, |i| i + 1);
            format!("d{number}_l{}_c{}{suffix}", position.line, position.column)
        };
        let mut entry = String::new();
        let place = match (&cell, article.document.cell_at(figure.span.start)) {
            (Some((row, column)), Some(at)) => format!("cell {}: {row} / {column}", at.place),
            _ => format!("line {}", position.line),
        };
        let _ = writeln!(
            entry,
            "  # {} ({}{})",
            one_line(figure.text(text)),
            one_line(&place),
            article
                .facts
                .get(at.figure)
                .and_then(|f| f.noun.as_deref())
                .map(|n| format!(", counts {n}"))
                .unwrap_or_default()
        );
        let (row, column) = match cell {
            Some((row, column)) => (Some(NumberOrText::Text(row)), Some(NumberOrText::Text(column))),
            None => (None, None),
        };
        let spec = FigureSpec {
            document: Some(key),
            occurrence: pattern
                .as_ref()
                .and_then(|p| p.occurrence)
                .and_then(|k| u32::try_from(k).ok()),
            pattern: pattern.map(|p| p.text),
            row,
            column,
            reading: otherwise.then_some(Reading::Alternative),
            ..FigureSpec::default()
        };
        entry.push_str(&indented(&yaml(&BTreeMap::from([(&name, spec)])), 2));
        self.figures.push(((at, otherwise), entry));
        Some(name)
    }

    fn id(&mut self, suggestion: &Suggestion) -> String {
        let first = suggestion.relation.figures().first().map_or(0, |f| f.article);
        let document = self
            .articles
            .get(first)
            .map(|a| {
                // `corpus/a`, whatever the path's root: ids use `/`. An
                // absolute path is made relative to the working directory,
                // so that no id holds the machine's folders (SPEC §7.2).
                let named = a.document.path();
                let path = if named.is_absolute() {
                    relative_path(named, Path::new(""))
                } else {
                    named.to_path_buf()
                };
                let path = lexically_normal(&path.with_extension(""));
                let words: Vec<String> = path
                    .components()
                    .filter_map(|c| match c {
                        Component::Normal(word) => Some(path_text(Path::new(word))),
                        Component::ParentDir => Some("..".to_string()),
                        _ => None,
                    })
                    .collect();
                words.join("/")
            })
            .unwrap_or_default();
        let stem = format!("suggested/{document}/{}", suggestion.relation.name());
        let n = self.ids.entry(stem.clone()).or_insert(0);
        *n += 1;
        format!("{stem}-{n}")
    }

    fn rule(&mut self, suggestion: &Suggestion) -> Option<String> {
        // Document keys are numbered in order of use: names are made
        // before anything is written, so a figure with no pattern drops
        // its rule only.
        let mut names: HashMap<FigureRef, String> = HashMap::new();
        for at in suggestion.relation.figures() {
            let otherwise = suggestion.read_otherwise == Some(at);
            names.insert(at, self.figure_name(at, otherwise)?);
        }
        let name = |at: &FigureRef| names.get(at).cloned().unwrap_or_default();
        let mut out = String::new();
        if let Some(what) = &suggestion.suspected {
            let _ = writeln!(out, "  # suspected discrepancy: {}", one_line(what));
        }
        // A suspected rule says what it suspects where people read it.
        let description = match &suggestion.suspected {
            Some(what) => format!("suspected: {what}"),
            None => suggestion.description.clone(),
        };
        let _ = writeln!(out, "  # why: {}", one_line(&suggestion.reason));
        let mut spec = RuleSpec {
            id: Some(self.id(suggestion)),
            description: Some(description),
            severity: Some(match suggestion.confidence {
                Confidence::Strong => Severity::Error,
                Confidence::Weak => Severity::Warning,
            }),
            tolerance: suggestion
                .tolerance
                .filter(|t| !t.is_zero())
                .map(|t| NumberOrText::Text(tolerance_text(t))),
            ..RuleSpec::default()
        };
        match &suggestion.relation {
            Relation::Sum { parts, total, .. } => {
                spec.sum = Some(parts.iter().map(name).collect());
                spec.equals = Some(name(total));
            }
            Relation::Claim { claim, precise } => {
                spec.claim = Some(name(claim));
                spec.agrees_with = Some(name(precise));
            }
            Relation::Equal { figures } => {
                spec.equal = Some(figures.iter().map(name).collect());
            }
            Relation::Within { part, whole } => {
                spec.expr = Some(format!("{} <= {}", name(part), name(whole)));
            }
            Relation::Ratio {
                percent,
                numerator,
                denominator,
                compare,
                ..
            } => {
                let terms = |terms: &[(FigureRef, bool)]| {
                    let mut text = String::new();
                    for (i, (figure, minus)) in terms.iter().enumerate() {
                        match (i, minus) {
                            (0, true) => text.push('-'),
                            (0, false) => {}
                            (_, true) => text.push_str(" - "),
                            (_, false) => text.push_str(" + "),
                        }
                        text.push_str(&name(figure));
                    }
                    if terms.len() > 1 {
                        format!("({text})")
                    } else {
                        text
                    }
                };
                spec.expr = Some(format!(
                    "{} / {} {} {}",
                    terms(numerator),
                    terms(denominator),
                    compare.as_str(),
                    name(percent)
                ));
            }
        }
        out.push_str(&indented(&yaml(&[spec]), 2));
        Some(out)
    }
}

/// Plain lowercase words YAML 1.1 reads as booleans or null.
const YAML_WORDS: &[&str] = &["y", "n", "yes", "no", "on", "off", "true", "false", "null"];

/// A tolerance as written: rounded up to three significant digits, so
/// that the rule holds wherever the figures' rounding allows.
fn tolerance_text(tolerance: rust_decimal::Decimal) -> String {
    let places = {
        let mut places: u32 = 0;
        let mut scaled = tolerance.abs();
        while scaled < rust_decimal::Decimal::ONE_HUNDRED && places < 24 {
            scaled *= rust_decimal::Decimal::TEN;
            places += 1;
        }
        places
    };
    tolerance
        .round_dp_with_strategy(places, rust_decimal::RoundingStrategy::AwayFromZero)
        .normalize()
        .to_string()
}

/// A value of the rule file's schema as YAML, by the same serde model the
/// loader reads it with: keys, quoting and escapes can never disagree.
fn yaml<T: serde::Serialize>(value: &T) -> String {
    let options = serde_saphyr::ser_options! {
        // One line per value: a long description is still one line.
        prefer_block_scalars: false,
    };
    // Serialising these plain structs and maps does not fail; were it to,
    // an empty entry makes the file fail to load, never a wrong rule.
    serde_saphyr::to_string_with_options(value, options).unwrap_or_default()
}

/// `text` with every line indented by `by` spaces.
fn indented(text: &str, by: usize) -> String {
    let pad = " ".repeat(by);
    text.lines().map(|l| format!("{pad}{l}\n")).collect()
}

/// Text for a one-line comment: line breaks and controls shown as spaces.
fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// `target` as a path from the folder `base`: both made absolute against
/// the working directory, then the shared start dropped.
pub(crate) fn relative_path(target: &Path, base: &Path) -> PathBuf {
    let absolute = |p: &Path| std::path::absolute(p).map(|a| lexically_normal(&a)).ok();
    let base_path = if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    };
    let (Some(target_abs), Some(base_abs)) = (absolute(target), absolute(base_path)) else {
        return target.to_path_buf();
    };
    let target_parts: Vec<Component> = target_abs.components().collect();
    let base_parts: Vec<Component> = base_abs.components().collect();
    let shared = target_parts.iter().zip(&base_parts).take_while(|(a, b)| a == b).count();
    if shared == 0 {
        return target_abs;
    }
    let mut relative = PathBuf::new();
    for _ in shared..base_parts.len() {
        relative.push("..");
    }
    for part in &target_parts[shared..] {
        relative.push(part);
    }
    relative
}

/// Folds a label as the loader compares it.
fn folded_label(text: &str) -> String {
    fold_pattern(text.trim())
}

/// How many cells of `document` (a table) each label pair names.
fn label_pairs(document: &Document) -> LabelPairs {
    let mut pairs = LabelPairs::new();
    for cell in document.cells().into_iter().flat_map(|cells| cells.all()) {
        if let (Some(row), Some(column)) = (cell.row_label, cell.column_label) {
            *pairs.entry((folded_label(row), folded_label(column))).or_default() += 1;
        }
    }
    pairs
}

/// The row label and column header that name the table cell of
/// `figure`, when they name it alone (no other cell has both labels) and it
/// is the cell's first figure: what the loader finds from `row:` and
/// `column:`.
fn cell_labels(
    document: &Document,
    index: &FigureIndex,
    figure: &Figure,
    pairs: &LabelPairs,
) -> Option<(String, String)> {
    let cell = document.cell_at(figure.span.start)?;
    let (row, column) = (cell.row_label?, cell.column_label?);
    let alone = pairs.get(&(folded_label(row), folded_label(column))) == Some(&1);
    // Figures stand in the order of the text: the cell's first is the
    // first that starts in it.
    let figures = index.figures();
    let first = figures
        .get(figures.partition_point(|f| f.span.start < cell.span.start))
        .filter(|f| f.span.end <= cell.span.end)
        .is_some_and(|f| f.span == figure.span);
    (alone && first).then(|| (row.to_string(), column.to_string()))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::discover::discover;
    use crate::rules::{load_rule_document, DocumentCache, Origin, RuleKind};
    use crate::text::Document;

    /// A rule as its kind and its figures' places: `(kind, [(document, start, end)])`.
    type Shape = (&'static str, Vec<(PathBuf, usize, usize)>);

    #[test]
    fn the_written_file_loads_back_to_the_suggested_rules() {
        let mut paths: Vec<PathBuf> = ["corpus", "tests/fixtures/consistent/articles"]
            .iter()
            .flat_map(|folder| std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().path()))
            .filter(|path| path.is_file())
            .collect();
        paths.sort();
        let articles: Vec<Article> = paths
            .iter()
            .map(|p| Article::new(Arc::new(Document::load(p).unwrap())))
            .collect();
        let suggestions = discover(&articles);
        let yaml = suggested_rules(&articles, &suggestions, Path::new(""));
        let mut expected: Vec<Shape> = suggestions
            .iter()
            .map(|s| {
                let kind = match s.relation.name() {
                    name @ ("sum" | "claim" | "equal") => name,
                    _ => "expr",
                };
                let mut places: Vec<_> = s
                    .relation
                    .figures()
                    .iter()
                    .map(|f| {
                        let article = &articles[f.article];
                        let span = article.figure(f.figure).unwrap().span.clone();
                        (article.document.path().to_path_buf(), span.start, span.end)
                    })
                    .collect();
                places.sort();
                places.dedup();
                (kind, places)
            })
            .collect();
        let file = Document::from_bytes(Path::new("suggested.yaml"), yaml.clone().into_bytes()).unwrap();
        let loaded = load_rule_document(Arc::new(file), &DocumentCache::default());
        assert!(loaded.problems.is_empty(), "{:?}\n{yaml}", loaded.problems);
        let mut actual: Vec<Shape> = loaded
            .rules
            .iter()
            .map(|rule| {
                let kind = match rule.kind.as_ref().unwrap() {
                    RuleKind::Sum { .. } => "sum",
                    RuleKind::Claim { .. } => "claim",
                    RuleKind::Equal { .. } => "equal",
                    RuleKind::Expr { .. } => "expr",
                };
                let mut places: Vec<_> = rule
                    .kind
                    .as_ref()
                    .unwrap()
                    .figures()
                    .iter()
                    .filter_map(|f| match &f.origin {
                        Origin::Document { document, span } => {
                            Some((document.path().to_path_buf(), span.start, span.end))
                        }
                        Origin::Literal { .. } => None,
                    })
                    .collect();
                places.sort();
                places.dedup();
                (kind, places)
            })
            .collect();
        expected.sort();
        actual.sort();
        assert!(expected.len() > 30);
        assert_eq!(actual, expected);
    }

    #[test]
    fn paths_from_the_rule_files_folder() {
        assert_eq!(
            relative_path(Path::new("corpus/a.txt"), Path::new("rules")),
            Path::new("../corpus/a.txt")
        );
        assert_eq!(
            relative_path(Path::new("corpus/a.txt"), Path::new("")),
            Path::new("corpus/a.txt")
        );
        assert_eq!(
            relative_path(Path::new("corpus/a.txt"), Path::new("corpus")),
            Path::new("a.txt")
        );
    }

    #[test]
    fn yaml_strings_are_escaped_and_read_back_whole() {
        for text in [
            "a \"b\" \\ c\nd",
            "\u{1b}[31m",
            "b\u{ffff}.txt",
            "{} مليون",
            "yes",
            "- x: y # z",
            "«3.6 مليون» = «3685964»",
        ] {
            let written = yaml(&BTreeMap::from([("k", text)]));
            assert!(!written.chars().any(|c| c.is_control() && c != '\n'), "{written:?}");
            let read: BTreeMap<String, String> = serde_saphyr::from_str(&written).unwrap();
            assert_eq!(read["k"], text, "{written}");
        }
    }
}
