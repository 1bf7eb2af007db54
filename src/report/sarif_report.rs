//! The discrepancy report as SARIF 2.1.0, for GitHub code scanning and
//! other tools (SPEC §5), built on serde-sarif's typed structures.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use serde_sarif::sarif::{
    ArtifactLocation, Invocation, Location, Message, MultiformatMessageString, Notification, PhysicalLocation,
    PropertyBag, Region, ReportingDescriptor, Result as SarifResult, ResultKind, ResultLevel, Run, Sarif, Tool,
    ToolComponent,
};

use super::json_array::Frame;
use super::rows::{FindingRow, INPUT_RULE};
use super::spool::Spool;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// GitHub code scanning takes at most this many results in a run, and
/// this many locations in a result (SPEC §7.4).
const MOST_RESULTS: usize = 25_000;
const MOST_LOCATIONS: usize = 1_000;

/// Rules `suggest` and `audit` write are described by their kind, one
/// descriptor for all the sums of an archive (`suggested/a/sum-1` →
/// `figaudit/suggested/sum`), so that a run over any archive stays within
/// GitHub's limits; the rule's own id is in each result's properties.
fn suggested_kind(rule_id: &str) -> Option<String> {
    let rest = rule_id.strip_prefix("suggested/")?;
    let (rest, loose) = match rest.strip_suffix("/loose") {
        Some(rest) => (rest, "/loose"),
        None => (rest, ""),
    };
    let last = rest.rsplit('/').next()?;
    let kind = last
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches('-');
    if kind.is_empty() || !kind.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    Some(format!("figaudit/suggested/{kind}{loose}"))
}

/// A kind's descriptor: what such a relation asserts.
fn kind_descriptor(id: &str) -> ReportingDescriptor {
    let kind = id.trim_start_matches("figaudit/suggested/");
    let (what, loose) = match kind.strip_suffix("/loose") {
        Some(kind) => (kind, true),
        None => (kind, false),
    };
    let asserts = match what {
        "sum" => "parts add up to their total",
        "difference" => "one figure is the difference of two others",
        "points" => "a change in percentage points is the difference of two rates",
        "share" => "a percentage is the share of a part in its whole",
        "change" => "a percentage is the change from one figure to another",
        "equal" => "figures state the same quantity",
        "claim" => "a rounded or qualified figure agrees with a precise one",
        "within" => "a part is at most its whole",
        _ => "a relation holds among the figures",
    };
    let short = if loose {
        format!("Loose claim in a suggested relation: {asserts}")
    } else {
        format!("Suggested relation: {asserts}")
    };
    ReportingDescriptor::builder()
        .id(id.to_string())
        .short_description(text(short.clone()))
        .full_description(text(format!(
            "{short}. Found among the figures by `figaudit audit` or `figaudit suggest`; each result's \
             `ruleId` property names the suggested rule."
        )))
        .help(text(
            "Read the figures the result points at: correct the article, or drop the suggested rule if the \
             relation is not meant.",
        ))
        .build()
}

/// How severe a finding is, most severe first: errors, warnings, notes,
/// passes.
pub(crate) fn rank(row: &FindingRow) -> u8 {
    match (row.status, row.severity) {
        ("pass", _) => 3,
        ("error", _) | (_, "error") => 0,
        (_, "warning") => 1,
        _ => 2,
    }
}

/// What a report says about a rule that was evaluated.
#[derive(Debug, Clone)]
pub(crate) struct RuleInfo {
    pub(crate) id: String,
    /// The rule's own description, if it has one.
    pub(crate) description: Option<String>,
    /// The relation it asserts, in words (`a + b = c`).
    pub(crate) relation: String,
    /// `rules/x.yaml:12:9`
    pub(crate) location: String,
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
    // Component by component: a `\` inside a Unix file name is part of the
    // name (`%5C`), not a folder separator.
    let mut parts: Vec<String> = Vec::new();
    let mut rooted = false;
    for component in relative.components() {
        match component {
            std::path::Component::Prefix(prefix) => parts.push(prefix.as_os_str().to_string_lossy().into_owned()),
            std::path::Component::RootDir => rooted = true,
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => parts.push("..".to_string()),
            std::path::Component::Normal(name) => parts.push(escape_bytes(&name_bytes(name))),
        }
    }
    let text = parts.join("/");
    if relative.is_absolute() || rooted {
        // `/srv/a.txt` → `file:///srv/a.txt`; `C:/a.txt` → `file:///C:/a.txt`.
        return format!("file:///{text}");
    }
    text
}

/// A file name's bytes as the file system has them (not UTF-8 on Unix is
/// kept byte for byte, to be percent-escaped).
fn name_bytes(name: &std::ffi::OsStr) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        name.as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned().into_bytes()
    }
}

/// Percent-escapes every byte but unreserved ones (RFC 3986).
fn escape_bytes(bytes: &[u8]) -> String {
    let mut out = String::new();
    for &byte in bytes {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(char::from(byte)),
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
        .take(MOST_LOCATIONS - 1)
        .enumerate()
        .filter_map(|(i, figure)| {
            let (document, line, column) = (figure.document.as_deref()?, figure.line?, figure.column?);
            let region = Region::builder()
                .start_line(line as i64)
                .start_column(column as i64)
                .end_line(figure.end_line.unwrap_or(line) as i64)
                .end_column(figure.end_column.unwrap_or(column) as i64)
                .build();
            let mut label = match &figure.text {
                Some(text) => format!("{} = {} («{text}»)", figure.name, figure.value),
                None => format!("{} = {}", figure.name, figure.value),
            };
            if let Some(cell) = &figure.cell {
                label.push_str(&format!(", cell {cell}"));
            }
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
    let related = related(row);
    let kind_id = suggested_kind(&row.rule_id);
    let builder = SarifResult::builder()
        .rule_id(kind_id.clone().unwrap_or_else(|| row.rule_id.clone()))
        .level(level)
        .kind(kind)
        .message(Message::builder().text(linked_message(row, &related)).build())
        .locations(vec![location(row)])
        .related_locations(related)
        .partial_fingerprints(fingerprints);
    let mut result = match rule_index {
        Some(index) => builder.rule_index(index as i64).build(),
        None => builder.build(),
    };
    if kind_id.is_some() {
        result.properties = Some(PropertyBag {
            tags: None,
            additional_properties: BTreeMap::from([("ruleId".to_string(), serde_json::json!(row.rule_id))]),
        });
    }
    // A finding of one figure has no related locations: no empty array.
    if result.related_locations.as_ref().is_some_and(Vec::is_empty) {
        result.related_locations = None;
    }
    result
}

/// The finding's message with a link to each related location (`[name](1)`),
/// which is how GitHub shows them; a finding of more figures than a
/// result may locate says how many are left out.
fn linked_message(row: &FindingRow, related: &[Location]) -> String {
    if related.is_empty() {
        return row.message.clone();
    }
    let links: Vec<String> = row
        .figures
        .iter()
        .skip(1)
        .filter(|f| f.document.is_some() && f.line.is_some() && f.column.is_some())
        .zip(related)
        .filter_map(|(figure, location)| Some(format!("[{}]({})", link_text(&figure.name), location.id?)))
        .collect();
    let left_out = row.figures.len().saturating_sub(MOST_LOCATIONS);
    let more = if left_out > 0 {
        format!(" ({left_out} more not located: a result has at most {MOST_LOCATIONS} locations)")
    } else {
        String::new()
    };
    format!("{} (figures: {}){more}", row.message, links.join(", "))
}

/// A figure name as a link's text: brackets that would end it escaped.
fn link_text(name: &str) -> String {
    name.replace('\\', "\\\\").replace('[', "\\[").replace(']', "\\]")
}

/// One rule's descriptor, printed pretty at the top level.
pub(crate) fn descriptor_record(rule: &RuleInfo) -> io::Result<Vec<u8>> {
    Ok(serde_json::to_vec_pretty(&descriptor(rule, false))?)
}

/// One finding's result, printed pretty at the top level without its
/// `ruleIndex`, which [`SarifRows`] adds when the report is written.
pub(crate) fn result_record(row: &FindingRow) -> io::Result<Vec<u8>> {
    Ok(serde_json::to_vec_pretty(&result(row, None))?)
}

/// A result printed by [`result_record`] with its `ruleIndex`, the last
/// field serde-sarif prints.
fn with_rule_index(out: &mut Vec<u8>, pretty: &[u8], index: usize) -> io::Result<()> {
    let body = pretty
        .strip_suffix(b"\n}")
        .ok_or_else(|| io::Error::other("a SARIF result is not a printed object"))?;
    out.clear();
    out.extend_from_slice(body);
    out.extend_from_slice(format!(",\n  \"ruleIndex\": {index}\n}}").as_bytes());
    Ok(())
}

/// Whose descriptor a spooled result points at.
const OWN_RULE: u8 = 0;
const LOOSE: u8 = 1;
const KIND: u8 = 2;

/// The SARIF report as a run goes: rules and results rendered as they are
/// evaluated, spooled in order, and what the report needs at the end to
/// number its descriptors (rules first, then `figaudit/input`, then the
/// `/loose` descriptors of the rules that had a loose claim).
#[derive(Debug, Default)]
pub(crate) struct SarifRows {
    rules: Spool,
    /// `[OWN_RULE | LOOSE | KIND][rank][index: u32][result]`
    results: Spool,
    /// The rules with a loose-claim result, in order.
    loose: Vec<RuleInfo>,
    /// The descriptors of suggested rules' kinds, in order of first use.
    kinds: Vec<String>,
    /// The rule results are being added for, and its place in `loose`.
    current: Option<(RuleInfo, Option<u32>)>,
    /// How many results of each rank (see [`rank`]).
    ranks: [usize; 4],
}

impl SarifRows {
    /// The next rule evaluated, with its [`descriptor_record`].
    pub(crate) fn rule(&mut self, info: RuleInfo, descriptor: &[u8]) -> io::Result<()> {
        // A suggested rule is described by its kind.
        if suggested_kind(&info.id).is_none() {
            self.rules.push(descriptor)?;
        }
        self.current = Some((info, None));
        Ok(())
    }

    /// A result of the current rule, from [`result_record`]; `own_rule` is
    /// false for its `/loose` warning.
    pub(crate) fn result(&mut self, record: &[u8], own_rule: bool, rank: u8) -> io::Result<()> {
        let kind = self.current.as_ref().and_then(|(info, _)| {
            let id = if own_rule {
                info.id.clone()
            } else {
                format!("{}/loose", info.id)
            };
            suggested_kind(&id)
        });
        let (tag, index) = match (&mut self.current, own_rule) {
            _ if kind.is_some() => {
                let kind = kind.unwrap_or_default();
                let k = match self.kinds.iter().position(|k| *k == kind) {
                    Some(k) => k,
                    None => {
                        self.kinds.push(kind);
                        self.kinds.len() - 1
                    }
                };
                (KIND, k as u64)
            }
            (_, true) | (None, false) => (OWN_RULE, self.rules.len().saturating_sub(1)),
            (Some((info, place)), false) => {
                let k = match place {
                    Some(k) => *k,
                    None => {
                        self.loose.push(info.clone());
                        let k = u32::try_from(self.loose.len() - 1).map_err(io::Error::other)?;
                        *place = Some(k);
                        k
                    }
                };
                (LOOSE, u64::from(k))
            }
        };
        let index = u32::try_from(index).map_err(io::Error::other)?;
        let rank = rank.min(3);
        if let Some(n) = self.ranks.get_mut(usize::from(rank)) {
            *n += 1;
        }
        let mut spooled = Vec::with_capacity(record.len() + 6);
        spooled.push(tag);
        spooled.push(rank);
        spooled.extend_from_slice(&index.to_le_bytes());
        spooled.extend_from_slice(record);
        self.results.push(&spooled)
    }

    /// Writes the report: `inputs` first; `execution_successful` is false
    /// when some input could not be read or used (its problems are
    /// `figaudit/input` results).
    pub(crate) fn write(
        &mut self,
        out: &mut dyn Write,
        inputs: &[FindingRow],
        execution_successful: bool,
    ) -> io::Result<()> {
        self.write_at_most(out, inputs, execution_successful, MOST_RESULTS)
    }

    /// [`SarifRows::write`] with at most `most` results.
    fn write_at_most(
        &mut self,
        out: &mut dyn Write,
        inputs: &[FindingRow],
        execution_successful: bool,
        most: usize,
    ) -> io::Result<()> {
        let rules = usize::try_from(self.rules.len()).map_err(io::Error::other)?;
        let input_index = rules;
        let loose_base = rules + usize::from(!inputs.is_empty());
        let kind_base = loose_base + self.loose.len();
        // Past GitHub's limit the most severe results are kept: each rank
        // whole while it fits, then the first of the rank that does not.
        let mut room = most.saturating_sub(inputs.len());
        let mut kept = [0usize; 4];
        for (rank, &count) in self.ranks.iter().enumerate() {
            kept[rank] = count.min(room);
            room -= kept[rank];
        }
        let left_out: usize = self.ranks.iter().sum::<usize>() - kept.iter().sum::<usize>();
        let mut invocation = Invocation::builder().execution_successful(execution_successful).build();
        if left_out > 0 {
            invocation.tool_execution_notifications = Some(vec![Notification::builder()
                .level(serde_json::json!("warning"))
                .message(
                    Message::builder()
                        .text(format!(
                            "{left_out} results left out: a run may hold at most {most}; the most severe are \
                             kept (errors, then warnings, notes and passes)"
                        ))
                        .build(),
                )
                .build()]);
        }
        let driver = ToolComponent::builder()
            .name("figaudit")
            .version(env!("CARGO_PKG_VERSION"))
            .semantic_version(env!("CARGO_PKG_VERSION"))
            .rules(Vec::new())
            .build();
        let run = Run::builder()
            .tool(Tool::builder().driver(driver).build())
            .invocations(vec![invocation])
            .results(Vec::new())
            .column_kind(serde_json::json!("unicodeCodePoints"))
            .build();
        let sarif = Sarif::builder()
            .schema(SCHEMA)
            .version(serde_json::json!("2.1.0"))
            .runs(vec![run])
            .build();
        let frame = serde_json::to_string_pretty(&sarif)?;
        let frame = Frame::split(&frame, "results")?;
        let tool = Frame::split(frame.after, "rules")?;

        let mut results = frame.open(out)?;
        for row in inputs {
            results.item(out, &serde_json::to_vec_pretty(&result(row, Some(input_index)))?)?;
        }
        let mut indexed = Vec::new();
        let mut written = [0usize; 4];
        self.results.for_each(|spooled| {
            let (tag, rest) = spooled
                .split_first()
                .ok_or_else(|| io::Error::other("an empty SARIF row"))?;
            let (rank, rest) = rest
                .split_first()
                .ok_or_else(|| io::Error::other("a SARIF row without its rank"))?;
            let rank = usize::from(*rank).min(3);
            if written[rank] >= kept[rank] {
                return Ok(());
            }
            written[rank] += 1;
            let (index, record) = rest
                .split_first_chunk::<4>()
                .ok_or_else(|| io::Error::other("a SARIF row without its index"))?;
            let index = u32::from_le_bytes(*index) as usize;
            let index = match *tag {
                LOOSE => loose_base + index,
                KIND => kind_base + index,
                _ => index,
            };
            with_rule_index(&mut indexed, record, index)?;
            results.item(out, &indexed)
        })?;
        results.close(out)?;

        let mut descriptors = tool.open(out)?;
        self.rules.for_each(|rule| descriptors.item(out, rule))?;
        if !inputs.is_empty() {
            descriptors.item(out, &serde_json::to_vec_pretty(&input_descriptor())?)?;
        }
        for rule in &self.loose {
            descriptors.item(out, &serde_json::to_vec_pretty(&descriptor(rule, true))?)?;
        }
        for kind in &self.kinds {
            descriptors.item(out, &serde_json::to_vec_pretty(&kind_descriptor(kind))?)?;
        }
        descriptors.close(out)?;
        out.write_all(tool.after.as_bytes())?;
        writeln!(out)
    }
}

fn input_descriptor() -> ReportingDescriptor {
    ReportingDescriptor::builder()
        .id(INPUT_RULE)
        .short_description(text("A rule file or document figaudit could not read or use"))
        .full_description(text(
            "A rule file or document could not be read, parsed or used; the rules it held were not all evaluated.",
        ))
        .help(text(
            "Fix the file at the place the message names, then run figaudit again.",
        ))
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::rows::FigureEntry;

    fn info(id: &str) -> RuleInfo {
        RuleInfo {
            id: id.to_string(),
            description: None,
            relation: "a + b = c".to_string(),
            location: "rules/x.yaml:3:5".to_string(),
        }
    }

    fn row(rule_id: &str) -> FindingRow {
        FindingRow {
            rule_id: rule_id.to_string(),
            status: "fail",
            severity: "warning",
            message: format!("{rule_id} failed"),
            description: None,
            primary: None,
            value: None,
            expected: None,
            difference: None,
            comparison_shown: None,
            rules_file: "rules/x.yaml".to_string(),
            rule_line: 3,
            rule_column: 5,
            figures: Vec::new(),
            fingerprint: "f".to_string(),
        }
    }

    /// Every result's `ruleIndex` names the descriptor of its own id:
    /// rules in order, then `figaudit/input`, then the `/loose` ones.
    #[test]
    fn each_result_points_at_its_descriptor() {
        let problem = miette::miette!("cannot read rules/broken.yaml");
        for inputs in [vec![], vec![FindingRow::input(&problem)]] {
            let mut sarif = SarifRows::default();
            for (id, results) in [("a", vec!["a", "a/loose"]), ("b", vec![]), ("c", vec!["c/loose", "c"])] {
                let info = info(id);
                sarif.rule(info.clone(), &descriptor_record(&info).unwrap()).unwrap();
                for rule_id in results {
                    sarif
                        .result(&result_record(&row(rule_id)).unwrap(), rule_id == id, 1)
                        .unwrap();
                }
            }
            let mut out = Vec::new();
            sarif.write(&mut out, &inputs, inputs.is_empty()).unwrap();
            let report: serde_json::Value = serde_json::from_slice(&out).unwrap();
            let run = &report["runs"][0];
            let ids = descriptor_ids(run);
            let mut expected = vec!["a", "b", "c"];
            if !inputs.is_empty() {
                expected.push(INPUT_RULE);
            }
            expected.extend(["a/loose", "c/loose"]);
            assert_eq!(ids, expected);
            let results = run["results"].as_array().unwrap();
            assert_eq!(results.len(), 4 + inputs.len());
            for result in results {
                let index = result["ruleIndex"].as_u64().unwrap() as usize;
                assert_eq!(ids[index], result["ruleId"].as_str().unwrap());
            }
            assert_eq!(run["invocations"][0]["executionSuccessful"], inputs.is_empty());
        }
    }

    fn located(name: &str, line: usize) -> FigureEntry {
        FigureEntry {
            name: name.to_string(),
            document: Some("a.txt".to_string()),
            line: Some(line),
            column: Some(1),
            end_line: Some(line),
            end_column: Some(4),
            start: Some(0),
            end: Some(3),
            text: Some("123".to_string()),
            value: "123".to_string(),
            kind: "number",
            qualifier: "exact",
            precision: None,
            unit: String::new(),
            noun: String::new(),
            change: "",
            calendar: "",
            range: "",
            range_with: None,
            source: None,
            cell: None,
            defined_at: String::new(),
        }
    }

    /// The ids of a run's rule descriptors, in order.
    fn descriptor_ids(run: &serde_json::Value) -> Vec<&str> {
        run["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap())
            .collect()
    }

    fn report(sarif: &mut SarifRows, most: usize) -> serde_json::Value {
        let mut out = Vec::new();
        sarif.write_at_most(&mut out, &[], true, most).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    /// Suggested rules share one descriptor per relation kind, whatever
    /// the number of articles; each result names its own rule.
    #[test]
    fn suggested_rules_are_described_by_their_kind() {
        let mut sarif = SarifRows::default();
        for (id, loose) in [
            ("own", false),
            ("suggested/a/sum-1", false),
            ("suggested/b/sum-12", false),
            ("suggested/a/claim-1", true),
        ] {
            let info = info(id);
            sarif.rule(info.clone(), &descriptor_record(&info).unwrap()).unwrap();
            sarif.result(&result_record(&row(id)).unwrap(), true, 1).unwrap();
            if loose {
                let loose_id = format!("{id}/loose");
                sarif
                    .result(&result_record(&row(&loose_id)).unwrap(), false, 1)
                    .unwrap();
            }
        }
        let report = report(&mut sarif, MOST_RESULTS);
        let run = &report["runs"][0];
        let ids = descriptor_ids(run);
        assert_eq!(
            ids,
            [
                "own",
                "figaudit/suggested/sum",
                "figaudit/suggested/claim",
                "figaudit/suggested/claim/loose"
            ]
        );
        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 5);
        for result in results {
            let index = result["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(ids[index], result["ruleId"].as_str().unwrap());
        }
        let own: Vec<&str> = results
            .iter()
            .filter_map(|r| r["properties"]["ruleId"].as_str())
            .collect();
        assert_eq!(
            own,
            [
                "suggested/a/sum-1",
                "suggested/b/sum-12",
                "suggested/a/claim-1",
                "suggested/a/claim-1/loose"
            ]
        );
    }

    /// Past the limit the most severe results are kept, and the run says
    /// how many were left out.
    #[test]
    fn past_the_limit_the_most_severe_results_are_kept() {
        let mut sarif = SarifRows::default();
        let info = info("r");
        sarif.rule(info.clone(), &descriptor_record(&info).unwrap()).unwrap();
        for (n, rank) in [3u8, 1, 0, 2, 1, 0].into_iter().enumerate() {
            let mut row = row("r");
            row.message = format!("result {n}");
            sarif.result(&result_record(&row).unwrap(), true, rank).unwrap();
        }
        let report = report(&mut sarif, 3);
        let run = &report["runs"][0];
        let kept: Vec<&str> = run["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["message"]["text"].as_str().unwrap())
            .collect();
        // Both errors (2 and 5), then the first warning (1), in run order.
        assert_eq!(kept, ["result 1", "result 2", "result 5"]);
        let notice = run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
            .as_str()
            .unwrap();
        assert!(notice.starts_with("3 results left out"), "{notice}");
    }

    /// GitHub shows related locations only where the message links them.
    #[test]
    fn the_message_links_each_related_location() {
        let mut with_figures = row("r");
        with_figures.figures = vec![located("total", 1), located("rabat", 2), located("fes[1]", 3)];
        let result: serde_json::Value = serde_json::from_slice(&result_record(&with_figures).unwrap()).unwrap();
        assert_eq!(
            result["message"]["text"].as_str().unwrap(),
            "r failed (figures: [rabat](1), [fes\\[1\\]](2))"
        );
        assert_eq!(result["relatedLocations"].as_array().unwrap().len(), 2);
    }

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
    fn a_backslash_in_a_file_name_is_no_folder() {
        assert_eq!(uri("docs/b\\s.txt"), "docs/b%5Cs.txt");
        assert_eq!(uri("../a.txt"), "../a.txt");
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
