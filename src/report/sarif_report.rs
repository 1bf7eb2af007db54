//! The discrepancy report as SARIF 2.1.0, for GitHub code scanning and
//! other tools (SPEC §5), built on serde-sarif's typed structures.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, Write};
use std::path::Path;

use serde_sarif::sarif::{
    ArtifactLocation, Invocation, Location, Message, MultiformatMessageString, PhysicalLocation, Region,
    ReportingDescriptor, Result as SarifResult, ResultKind, ResultLevel, Run, Sarif, Tool, ToolComponent,
};

use super::rows::{FindingRow, INPUT_RULE};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// What a report says about a rule that was evaluated.
#[derive(Debug, Clone)]
pub struct RuleInfo {
    pub id: String,
    /// The rule's own description, if it has one.
    pub description: Option<String>,
    /// The relation it asserts, in words (`a + b = c`).
    pub relation: String,
    /// `rules/x.yaml:12:9`
    pub location: String,
}

fn text(text: impl Into<String>) -> MultiformatMessageString {
    MultiformatMessageString::builder().text(text.into()).build()
}

fn descriptor(rule: &RuleInfo, loose: bool) -> ReportingDescriptor {
    let (id, short) = if loose {
        (format!("{}/loose", rule.id), format!("Loose claim: {}", rule.relation))
    } else {
        (
            rule.id.clone(),
            rule.description.clone().unwrap_or_else(|| rule.relation.clone()),
        )
    };
    let full = match &rule.description {
        Some(description) => format!("{description} ({})", rule.relation),
        None => rule.relation.clone(),
    };
    let help = if loose {
        "The claim is true but understates its figure by at least one unit of its own precision; \
         state it more tightly, or set `loose: ignore` on the rule."
            .to_string()
    } else {
        format!(
            "figaudit checks that {}. Correct the article, or the rule at {} if the rule is wrong.",
            rule.relation, rule.location
        )
    };
    ReportingDescriptor::builder()
        .id(id)
        .short_description(text(short))
        .full_description(text(full))
        .help(text(help))
        .build()
}

/// The URI of a path: relative to the working directory when it is inside
/// it (forward slashes, reserved bytes escaped); a `file:` URI when it is
/// absolute and elsewhere, since a relative reference may not begin with
/// `/` (the validator's SARIF1004).
fn uri(path: &str) -> String {
    let path = Path::new(path);
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf());
    let text = relative.to_string_lossy().replace('\\', "/");
    if relative.is_absolute() {
        // `/srv/a.txt` → `file:///srv/a.txt`; `C:/a.txt` → `file:///C:/a.txt`.
        let rooted = if text.starts_with('/') {
            text
        } else {
            format!("/{text}")
        };
        return format!("file://{}", escape(&rooted));
    }
    escape(&text)
}

/// Percent-escapes every byte but unreserved ones and `/` (RFC 3986).
fn escape(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => out.push(char::from(byte)),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn location(row: &FindingRow) -> Location {
    let primary = row.primary.as_ref();
    let in_document =
        primary.and_then(|p| Some((p.document.as_deref()?, p.line?, p.column?, p.end_line?, p.end_column?)));
    let (file, region) = match in_document {
        Some((document, line, column, end_line, end_column)) => (
            document.to_string(),
            Region::builder()
                .start_line(line as i64)
                .start_column(column as i64)
                .end_line(end_line as i64)
                .end_column(end_column as i64)
                .build(),
        ),
        // No figure in a document (a literal, or a rule that could not be
        // evaluated): point at the rule in its rule file.
        None => (
            row.rules_file.clone(),
            Region::builder()
                .start_line(row.rule_line as i64)
                .start_column(row.rule_column as i64)
                .build(),
        ),
    };
    Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(ArtifactLocation::builder().uri(uri(&file)).build())
                .region(region)
                .build(),
        )
        .build()
}

/// The finding's other figures (SPEC §6.5), so that an edit to a part is
/// annotated where it was made, not only on the total.
fn related(row: &FindingRow) -> Vec<Location> {
    row.figures
        .iter()
        .skip(1)
        .enumerate()
        .filter_map(|(i, figure)| {
            let (document, line, column) = (figure.document.as_deref()?, figure.line?, figure.column?);
            let region = Region::builder()
                .start_line(line as i64)
                .start_column(column as i64)
                .end_line(figure.end_line.unwrap_or(line) as i64)
                .end_column(figure.end_column.unwrap_or(column) as i64)
                .build();
            let label = match &figure.text {
                Some(text) => format!("{} = {} («{text}»)", figure.name, figure.value),
                None => format!("{} = {}", figure.name, figure.value),
            };
            Some(
                Location::builder()
                    .id(i as i64 + 1)
                    .physical_location(
                        PhysicalLocation::builder()
                            .artifact_location(ArtifactLocation::builder().uri(uri(document)).build())
                            .region(region)
                            .build(),
                    )
                    .message(Message::builder().text(label).build())
                    .build(),
            )
        })
        .collect()
}

fn result(row: &FindingRow, rule_index: Option<usize>) -> SarifResult {
    let (level, kind) = match (row.status, row.severity) {
        ("pass", _) => (ResultLevel::None, ResultKind::Pass),
        ("error", _) | (_, "error") => (ResultLevel::Error, ResultKind::Fail),
        (_, "warning") => (ResultLevel::Warning, ResultKind::Fail),
        _ => (ResultLevel::Note, ResultKind::Fail),
    };
    // GitHub ignores fingerprints of its own naming and hashes the start of
    // the line unless `primaryLocationLineHash` is given: give it ours.
    let fingerprints = BTreeMap::from([
        ("figaudit/v2".to_string(), row.fingerprint.clone()),
        ("primaryLocationLineHash".to_string(), row.fingerprint.clone()),
    ]);
    let builder = SarifResult::builder()
        .rule_id(row.rule_id.clone())
        .level(level)
        .kind(kind)
        .message(Message::builder().text(row.message.clone()).build())
        .locations(vec![location(row)])
        .related_locations(related(row))
        .partial_fingerprints(fingerprints);
    let mut result = match rule_index {
        Some(index) => builder.rule_index(index as i64).build(),
        None => builder.build(),
    };
    // A finding of one figure has no related locations: no empty array.
    if result.related_locations.as_ref().is_some_and(Vec::is_empty) {
        result.related_locations = None;
    }
    result
}

/// Writes the report; `execution_successful` is false when some input
/// could not be read or used (its problems are `figaudit/input` results).
pub fn write(out: impl Write, rows: &[FindingRow], rules: &[RuleInfo], execution_successful: bool) -> io::Result<()> {
    // Indexed, not searched per row: linear in the number of results.
    let reported: HashSet<&str> = rows.iter().map(|row| row.rule_id.as_str()).collect();
    let mut descriptors: Vec<ReportingDescriptor> = rules.iter().map(|r| descriptor(r, false)).collect();
    if reported.contains(INPUT_RULE) {
        descriptors.push(
            ReportingDescriptor::builder()
                .id(INPUT_RULE)
                .short_description(text("A rule file or document figaudit could not read or use"))
                .full_description(text(
                    "A rule file or document could not be read, parsed or used; the rules it held were not all evaluated.",
                ))
                .help(text("Fix the file at the place the message names, then run figaudit again."))
                .build(),
        );
    }
    for rule in rules {
        if reported.contains(format!("{}/loose", rule.id).as_str()) {
            descriptors.push(descriptor(rule, true));
        }
    }
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(descriptors.len());
    for (i, d) in descriptors.iter().enumerate() {
        // The first descriptor of an id wins, as a search would find it.
        index.entry(d.id.as_str()).or_insert(i);
    }
    let results: Vec<SarifResult> = rows
        .iter()
        .map(|row| result(row, index.get(row.rule_id.as_str()).copied()))
        .collect();
    let driver = ToolComponent::builder()
        .name("figaudit")
        .version(env!("CARGO_PKG_VERSION"))
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .rules(descriptors)
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .invocations(vec![Invocation::builder()
            .execution_successful(execution_successful)
            .build()])
        .results(results)
        .column_kind(serde_json::json!("unicodeCodePoints"))
        .build();
    let sarif = Sarif::builder()
        .schema(SCHEMA)
        .version(serde_json::json!("2.1.0"))
        .runs(vec![run])
        .build();
    let mut out = out;
    serde_json::to_writer_pretty(&mut out, &sarif)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_with_reserved_bytes_escaped() {
        assert_eq!(
            uri("corpus/dgsn-2025-annual-report.txt"),
            "corpus/dgsn-2025-annual-report.txt"
        );
        assert_eq!(uri("my corpus/مقال.txt"), "my%20corpus/%D9%85%D9%82%D8%A7%D9%84.txt");
    }

    #[cfg(unix)]
    #[test]
    fn absolute_paths_outside_the_working_directory_are_file_uris() {
        assert_eq!(uri("/srv/news archive/a.txt"), "file:///srv/news%20archive/a.txt");
        let cwd = std::env::current_dir().unwrap();
        let inside = cwd.join("corpus/a.txt");
        assert_eq!(uri(&inside.to_string_lossy()), "corpus/a.txt");
    }
}
