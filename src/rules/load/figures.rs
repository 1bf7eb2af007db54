//! A rule file's figures: each typed, then found in its document (or
//! read as a literal), with a located error when it cannot be.

use std::ops::Range;
use std::sync::Arc;

use rust_decimal::Decimal;
use rustc_hash::FxHashMap;

use super::{expected, FileContext, LoadedDocument, Loader};
use crate::extract::{self, Kind, Qualifier, SelectError, Value};
use crate::rules::error::RuleError;
use crate::rules::schema::{FigureSpec, Reading};
use crate::rules::yaml::{self, Entry, Node};
use crate::rules::{NamedFigure, Origin};
use crate::text::Document;

/// A figure name as a rule file defines it: `[a-z][a-z0-9_]*`.
fn is_figure_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Figures of one file by name; `None` for one that could not be selected.
pub(super) type FigureTable = FxHashMap<String, Option<Arc<NamedFigure>>>;

impl Loader<'_> {
    pub(super) fn figures(
        &mut self,
        ctx: &FileContext,
        section: Option<&Node>,
        documents: &FxHashMap<String, LoadedDocument>,
    ) -> FigureTable {
        let mut figures = FigureTable::default();
        let Some(section) = section else { return figures };
        let entries = self.section_entries(ctx, section, "figures", "figures");
        let figure_keys = yaml::field_names::<FigureSpec>();
        let mut skip = 0;
        for (i, entry) in entries.iter().enumerate() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let name = ctx.key_name(&entry.key);
            // A figure whose keys lost their indentation: `rabat:` is empty
            // and `document:`, `pattern:` follow it as if they were figures.
            let stray: Vec<&str> = entries[i + 1..]
                .iter()
                .map_while(|e| {
                    e.key
                        .text()
                        .filter(|k| figure_keys.contains(k) && e.value.entries().is_none())
                })
                .collect();
            if entry.value.is_null() && !stray.is_empty() {
                let keys: Vec<String> = stray.iter().map(|k| format!("`{k}:`")).collect();
                let message = format!(
                    "figure `{name}` is empty: {} below it are not indented under it",
                    keys.join(" and ")
                );
                let error = ctx.error(entry.key.span.clone(), message, "this figure has no fields");
                self.problem(error.with_help(format!("indent {} two spaces more than `{name}:`", keys.join(" and "))));
                figures.insert(name, None);
                skip = stray.len();
                continue;
            }
            if !is_figure_name(&name) {
                let message = format!("`{name}` is not a figure name");
                let error = ctx.error(entry.key.span.clone(), message, "invalid name");
                self.problem(
                    error.with_help("figure names are lower-case letters, digits and _, starting with a letter"),
                );
            }
            let figure = self.figure(ctx, &name, entry, documents).map(Arc::new);
            figures.insert(name, figure);
        }
        figures
    }

    fn figure(
        &mut self,
        ctx: &FileContext,
        name: &str,
        entry: &Entry,
        documents: &FxHashMap<String, LoadedDocument>,
    ) -> Option<NamedFigure> {
        let (key, node) = (&entry.key, &entry.value);
        if node.entries().is_none() {
            let error = ctx.error(
                node.span.clone(),
                "a figure is a mapping",
                "expected `document:` and `pattern:`, or `value:`",
            );
            self.problem(error);
            return None;
        }
        let mut unknown = Vec::new();
        let spec = yaml::typed::<FigureSpec>(node, &mut unknown);
        for key in &unknown {
            self.unknown_key(ctx, key, &format!("figure `{name}`"));
        }
        let spec = spec.map_err(|error| self.type_error(ctx, node, error)).ok()?;
        let defined_at = ctx.location(node.span.clone());
        let kind = spec.kind;
        let qualifier = spec.qualifier;
        if spec.row.is_some() || spec.column.is_some() {
            let cell = self.cell_figure(ctx, name, key, node, &spec, documents)?;
            return Some(NamedFigure {
                name: name.to_string(),
                value: cell.value,
                kind: kind.unwrap_or(cell.kind),
                qualifier: qualifier.unwrap_or(cell.qualifier),
                precision: cell.precision,
                unit: spec.unit.or_else(|| cell.unit.map(str::to_string)),
                noun: None,
                change: cell.change,
                calendar: cell.calendar,
                range: cell.range,
                origin: Origin::Document {
                    document: Arc::clone(&cell.document),
                    span: cell.span,
                },
                defined_at,
            });
        }
        match (spec.pattern, node.get("value")) {
            (Some(_), Some(_)) => {
                let message = format!("figure `{name}` has both `pattern` and `value`");
                self.problem(ctx.error(node.key_span("value"), message, "keep one of them"));
                None
            }
            (Some(pattern), None) => {
                let Some(document_name) = spec.document else {
                    let message = format!("figure `{name}` has a pattern but no document");
                    self.problem(ctx.error(key.span.clone(), message, "add `document:`"));
                    return None;
                };
                let Some(loaded) = documents.get(&document_name) else {
                    let message = format!("unknown document `{document_name}`");
                    let error = ctx
                        .error(node.value_span("document"), message, "not under `documents:`")
                        .suggest(&document_name, documents.keys().map(String::as_str));
                    self.problem(error);
                    return None;
                };
                let loaded = loaded.clone()?;
                let (document, index) = (&loaded.document, &loaded.index);
                let occurrence = spec.occurrence.map(|n| n as usize);
                let figure = match index.select(document.text(), &pattern, occurrence) {
                    Ok(figure) => figure.clone(),
                    Err(error) => {
                        let error = selection_error(ctx, node.value_span("pattern"), name, document, error);
                        self.problem(error);
                        return None;
                    }
                };
                // `reading: alternative`: `162.984 مليون` as 162,984 million.
                let (value, precision) = match spec.reading {
                    Some(Reading::Alternative) => {
                        let read = figure
                            .alternative
                            .zip(figure.precision)
                            .and_then(|(alternative, precision)| {
                                Some((
                                    Value::Number(alternative),
                                    Some(precision.checked_mul(Decimal::ONE_THOUSAND)?),
                                ))
                            });
                        let Some(read) = read else {
                            let message = format!("figure `{name}` is read one way only");
                            let help = "only one `.` or `,` before three digits and a scale word (`162.984 مليون`) reads two ways; remove `reading`";
                            self.problem(ctx.error(node.value_span("reading"), message, help));
                            return None;
                        };
                        read
                    }
                    _ => (figure.value, figure.precision),
                };
                Some(NamedFigure {
                    name: name.to_string(),
                    value,
                    kind: kind.unwrap_or(figure.kind),
                    qualifier: qualifier.unwrap_or(figure.qualifier),
                    precision,
                    unit: spec.unit.or_else(|| figure.unit.map(str::to_string)),
                    noun: crate::extract::figure_noun(document, &figure),
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
                let Some((value, read_kind, read_qualifier, read_precision)) = literal(value, ctx.text()) else {
                    let message = format!("the value of `{name}` is not a number");
                    self.problem(ctx.error(value.span.clone(), message, expected("value")));
                    return None;
                };
                let precision = match node.get("precision") {
                    None => read_precision,
                    Some(p) => match decimal(p, ctx.text()) {
                        Some(p) if p > Decimal::ZERO => Some(p),
                        _ => {
                            let message = "`precision` must be a positive number";
                            self.problem(ctx.error(p.span.clone(), message, "here"));
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
                    unit: spec.unit,
                    noun: None,
                    change: None,
                    calendar: None,
                    range: None,
                    origin: Origin::Literal { source: spec.source },
                    defined_at,
                })
            }
            (None, None) => {
                let message = format!("figure `{name}` has neither `pattern` nor `value`");
                let error = ctx.error(key.span.clone(), message, "incomplete figure");
                self.problem(
                    error.with_help("read it from a document with `document:` and `pattern:`, or give `value:`"),
                );
                None
            }
        }
    }
}

/// The figure a table cell holds, with its document.
struct CellFigure {
    document: Arc<Document>,
    span: Range<usize>,
    value: Value,
    kind: Kind,
    qualifier: Qualifier,
    precision: Option<Decimal>,
    unit: Option<&'static str>,
    change: Option<extract::Change>,
    calendar: Option<extract::Calendar>,
    range: Option<(extract::RangeEnd, usize)>,
}

impl Loader<'_> {
    /// The figure in the cell that `row:` and `column:` name (labels
    /// compared folded, as patterns are), or a located error that names
    /// the label not found.
    fn cell_figure(
        &mut self,
        ctx: &FileContext,
        name: &str,
        key: &Node,
        node: &Node,
        spec: &FigureSpec,
        documents: &FxHashMap<String, LoadedDocument>,
    ) -> Option<CellFigure> {
        // A label as written in the rule file: `2025` stays `2025`.
        let label = |field: &str| {
            let value = node.get(field)?;
            value
                .text()
                .map(str::to_string)
                .or_else(|| value.written(ctx.text()).map(str::to_string))
        };
        let (Some(row), Some(column)) = (
            label("row").filter(|_| spec.row.is_some()),
            label("column").filter(|_| spec.column.is_some()),
        ) else {
            let (has, missing) = if spec.row.is_some() {
                ("row", "column")
            } else {
                ("column", "row")
            };
            let message = format!("figure `{name}` has a `{has}` but no `{missing}`");
            self.problem(ctx.error(node.key_span(has), message, format!("add `{missing}:`")));
            return None;
        };
        for other in ["pattern", "occurrence", "value"] {
            if node.get(other).is_some() {
                let message = format!("figure `{name}` names a cell and has `{other}`");
                let help = "a cell is named by `row` and `column`; keep those or the pattern";
                self.problem(ctx.error(node.key_span(other), message, help));
                return None;
            }
        }
        let Some(document_name) = &spec.document else {
            let message = format!("figure `{name}` names a cell but no document");
            self.problem(ctx.error(key.span.clone(), message, "add `document:`"));
            return None;
        };
        let Some(loaded) = documents.get(document_name) else {
            let message = format!("unknown document `{document_name}`");
            let error = ctx
                .error(node.value_span("document"), message, "not under `documents:`")
                .suggest(document_name, documents.keys().map(String::as_str));
            self.problem(error);
            return None;
        };
        let loaded = loaded.clone()?;
        let document = &loaded.document;
        let Some(cells) = document.cells() else {
            let message = format!("`{name}` names a cell, but {} is not a table", document.name());
            let help =
                "rows and columns name cells of .csv, .tsv, .xlsx and .ods documents; use `pattern:` in an article";
            self.problem(ctx.error(node.key_span("row"), message, help));
            return None;
        };
        let folded = |text: &str| extract::fold_pattern(text.trim());
        let (row_folded, column_folded) = (folded(&row), folded(&column));
        let by_label = loaded.cells_by_label.get_or_init(|| {
            let mut by_label = FxHashMap::default();
            for (i, cell) in cells.all().enumerate() {
                if let (Some(row), Some(column)) = (cell.row_label, cell.column_label) {
                    by_label.entry((folded(row), folded(column))).or_insert(i);
                }
            }
            by_label
        });
        let found = by_label
            .get(&(row_folded.clone(), column_folded.clone()))
            .and_then(|&i| cells.get(i));
        let Some(cell) = found else {
            let (rows, columns) = cells.labels();
            let (wrong, field, known, what) = if rows.iter().any(|l| folded(l) == row_folded) {
                (column.as_str(), "column", columns, "column header")
            } else {
                (row.as_str(), "row", rows, "row label")
            };
            let message = format!("no {what} «{wrong}» in {}", document.name());
            let mut error = ctx.error(node.value_span(field), message, format!("not a {what} of the table"));
            error = match crate::rules::error::did_you_mean(wrong, known.iter().copied()) {
                Some(near) => error.with_help(format!("did you mean «{near}»?")),
                None => {
                    let shown: Vec<String> = known.iter().take(12).map(|l| format!("«{l}»")).collect();
                    error.with_help(format!("the table's {what}s: {}", shown.join(", ")))
                }
            };
            self.problem(error);
            return None;
        };
        // Figures stand in text order: the cell's first is the first that
        // starts in it.
        let figures = loaded.index.figures();
        let Some(figure) = figures
            .get(figures.partition_point(|f| f.span.start < cell.span.start))
            .filter(|f| f.span.end <= cell.span.end)
        else {
            let message = format!("cell {} of {} holds no figure", cell.place, document.name());
            self.problem(ctx.error(node.key_span("row"), message, "an empty or text cell"));
            return None;
        };
        Some(CellFigure {
            document: Arc::clone(document),
            span: figure.span.clone(),
            value: figure.value,
            kind: figure.kind,
            qualifier: figure.qualifier,
            precision: figure.precision,
            unit: figure.unit,
            change: figure.change,
            calendar: figure.calendar,
            range: figure.range,
        })
    }
}

/// A located error for a pattern that selected no single figure.
fn selection_error(
    ctx: &FileContext,
    at: Range<usize>,
    name: &str,
    document: &Document,
    error: SelectError,
) -> RuleError {
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
            .error(
                at,
                format!("the pattern of `{name}` has {count} `{{}}`"),
                "needs exactly one {}",
            )
            .with_help("write the text around the figure with {} standing for the whole figure"),
        SelectError::NotFound { closest: None } => ctx.error(
            at,
            format!("the pattern of `{name}` matches no figure in {doc}"),
            "no match",
        ),
        SelectError::NotFound { closest: Some(span) } => ctx
            .error(
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
        SelectError::Ambiguous { count, first: shown } => {
            // The first few are enough to see why; all of them could be
            // thousands in one long line, each drawn with its context.
            let mut list: Vec<String> = shown.iter().map(quote).collect();
            if count > shown.len() {
                list.push(format!("and {} more", count - shown.len()));
            }
            let labels = shown
                .iter()
                .enumerate()
                .map(|(i, s)| (s.clone(), format!("occurrence {}", i + 1)))
                .collect();
            ctx.error(
                at,
                format!("the pattern of `{name}` matches {count} figures in {doc}"),
                "ambiguous",
            )
            .with_help(format!(
                "add text to the pattern, or `occurrence: N` to pick one of: {}",
                list.join("; ")
            ))
            .with_note(document, format!("figures the pattern of `{name}` matches"), labels)
        }
        SelectError::NoSuchOccurrence { occurrence, count } => ctx.error(
            at,
            format!(
                "`{name}` asks for occurrence {occurrence}, but the pattern matches {}",
                crate::text::wording::counted(count, "figure", "figures")
            ),
            "no such occurrence",
        ),
    }
}

/// A decimal from a YAML number, exactly as written (`3.60`, or more
/// digits than a float holds), or from a text such as `"3685964"`.
pub(super) fn decimal(node: &Node, source: &str) -> Option<Decimal> {
    let exact = |text: &str| {
        let text = text.trim();
        Decimal::from_str_exact(text)
            .ok()
            .or_else(|| Decimal::from_scientific(text).ok())
    };
    match &node.value {
        yaml::Value::Int(i) => node
            .written(source)
            .and_then(exact)
            .or_else(|| Decimal::try_from_i128_with_scale(*i, 0).ok()),
        // `0x10`, `1_000` or an alias: the value YAML read.
        yaml::Value::Float(f) => node.written(source).and_then(exact).or_else(|| exact(&f.to_string())),
        yaml::Value::Text(text) => Decimal::from_str_exact(text.trim()).ok(),
        _ => None,
    }
}

/// A literal figure: a YAML number (precision from its last digit), or a
/// text read the way figures in articles are (`"3.6 مليون"`, `"28%"`).
fn literal(node: &Node, source: &str) -> Option<(Value, Kind, Qualifier, Option<Decimal>)> {
    if let Some(text) = node.text() {
        let text = text.trim();
        let mut found = extract::figures(text);
        let figure = found.next()?.ok()?;
        if found.next().is_some() || figure.span != (0..text.len()) {
            return None;
        }
        return Some((figure.value, figure.kind, figure.qualifier, figure.precision));
    }
    let n = decimal(node, source)?;
    let precision = Decimal::new(1, n.scale());
    Some((
        Value::Number(n.normalize()),
        Kind::Number,
        Qualifier::Exact,
        Some(precision),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::yaml::scalar;

    #[test]
    fn figure_names_are_lower_snake_case() {
        assert!(is_figure_name("total_2025"));
        assert!(!is_figure_name("Total"));
        assert!(!is_figure_name("2025_total"));
        assert!(!is_figure_name("total-2025"));
        assert!(!is_figure_name(""));
    }

    #[test]
    fn literal_values_are_read_like_article_figures() {
        let literal_of = |value: &str| {
            let (node, text) = scalar(value);
            literal(&node, &text)
        };
        let (value, kind, _, precision) = literal_of("\"3.6 مليون\"").unwrap();
        assert_eq!(value.to_string(), "3600000");
        assert_eq!(kind, Kind::Number);
        assert_eq!(precision, Some(Decimal::from(100_000)));
        let (value, kind, ..) = literal_of("\"28%\"").unwrap();
        assert_eq!((value.to_string().as_str(), kind), ("28", Kind::Percent));
        let (value, _, _, precision) = literal_of("3685964").unwrap();
        assert_eq!((value.to_string().as_str(), precision), ("3685964", Some(Decimal::ONE)));
        assert!(literal_of("\"3 و 4\"").is_none());
    }

    #[test]
    fn literal_numbers_keep_the_digits_written() {
        let (node, text) = scalar("3.60");
        let (value, _, _, precision) = literal(&node, &text).unwrap();
        assert_eq!(
            (value.to_string().as_str(), precision),
            ("3.6", Some(Decimal::new(1, 2)))
        );
        // More digits than a float holds.
        let (node, text) = scalar("12345678901234567890123456789");
        let (value, ..) = literal(&node, &text).unwrap();
        assert_eq!(value.to_string(), "12345678901234567890123456789");
        // Written in another YAML form: the value YAML reads.
        let (node, text) = scalar("0x10");
        assert_eq!(literal(&node, &text).unwrap().0.to_string(), "16");
    }
}
