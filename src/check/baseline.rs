//! Baselines (SPEC §6.5): failing findings accepted once, so that a gate
//! reports only new ones. An entry is a finding's fingerprint with what a
//! person needs to recognise it; the file is JSON, sorted, an entry a line,
//! so that it diffs well under version control.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Entry {
    pub(crate) fingerprint: String,
    pub(crate) rule_id: String,
    /// The primary figure's document and text, for people.
    #[serde(default)]
    pub(crate) document: String,
    #[serde(default)]
    pub(crate) text: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

/// Accepted findings by fingerprint.
#[derive(Debug, Default, Clone)]
pub(crate) struct Baseline {
    entries: BTreeMap<String, Entry>,
}

impl Baseline {
    /// Reads a baseline file's text.
    pub(crate) fn parse(text: &str) -> Result<Baseline, serde_json::Error> {
        let file: File = serde_json::from_str(text)?;
        Ok(Baseline {
            entries: file.findings.into_iter().map(|e| (e.fingerprint.clone(), e)).collect(),
        })
    }

    pub(crate) fn contains(&self, fingerprint: &str) -> bool {
        self.entries.contains_key(fingerprint)
    }

    /// The entries whose fingerprint is not in `seen`: fixed since.
    pub(crate) fn fixed<'a>(
        &'a self,
        seen: &'a std::collections::HashSet<String>,
    ) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.values().filter(move |e| !seen.contains(&e.fingerprint))
    }

    /// The file for `entries`: sorted by rule id, document and fingerprint,
    /// one entry a line.
    pub(crate) fn write(mut entries: Vec<Entry>) -> String {
        entries
            .sort_by(|a, b| (&a.rule_id, &a.document, &a.fingerprint).cmp(&(&b.rule_id, &b.document, &b.fingerprint)));
        entries.dedup_by(|a, b| a.fingerprint == b.fingerprint);
        let lines: Vec<String> = entries
            .iter()
            .filter_map(|e| serde_json::to_string(e).ok())
            .map(|line| format!("  {line}"))
            .collect();
        if lines.is_empty() {
            return "{\"version\": 1, \"findings\": []}\n".to_string();
        }
        format!("{{\"version\": 1, \"findings\": [\n{}\n]}}\n", lines.join(",\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(fingerprint: &str, rule_id: &str) -> Entry {
        Entry {
            fingerprint: fingerprint.into(),
            rule_id: rule_id.into(),
            document: "corpus/a.txt".into(),
            text: "3.5".into(),
        }
    }

    #[test]
    fn a_written_baseline_reads_back_sorted_one_entry_a_line() {
        let text = Baseline::write(vec![entry("b2", "r2"), entry("a1", "r1"), entry("b2", "r2")]);
        assert_eq!(text.lines().count(), 4, "{text}");
        assert!(text.lines().nth(1).unwrap().contains("\"r1\""));
        let baseline = Baseline::parse(&text).unwrap();
        assert!(baseline.contains("a1") && baseline.contains("b2") && !baseline.contains("c3"));
        let seen = std::collections::HashSet::from(["a1".to_string()]);
        let fixed: Vec<&str> = baseline.fixed(&seen).map(|e| e.rule_id.as_str()).collect();
        assert_eq!(fixed, vec!["r2"]);
        assert!(Baseline::parse(&Baseline::write(Vec::new())).is_ok());
    }
}
