//! The shape of a rule file as typed structs, and its JSON Schema (SPEC
//! §6.6): `figaudit schema` prints it, `rules/figaudit-rules.schema.json`
//! ships it, and editors complete and check rule files with it.
//!
//! The loader ([`super::load`]) types each figure and rule with these
//! structs, then gives them meaning: a figure's pattern is found in its
//! document, a rule's figure names are resolved. The writer of suggested
//! rules ([`super::write`]) builds the same structs and serialises them.
//! The structs say what may be written; the schema says the same to an
//! editor.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize, Serializer};

use super::{Loose, Severity};
use crate::extract::{Kind, Qualifier};

/// A figaudit rule file: the documents, the figures that matter in them,
/// and the rules that must hold between the figures.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "figaudit rule file")]
pub(crate) struct RuleFile {
    /// The rule-file format: 1.
    #[schemars(range(min = 1, max = 1))]
    pub(crate) version: u32,
    /// A name for each document, and its path relative to this rule file.
    #[serde(default)]
    pub(crate) documents: BTreeMap<String, String>,
    /// A name (`[a-z][a-z0-9_]*`) for each figure, and how to find it.
    #[serde(default)]
    #[schemars(extend("propertyNames" = { "pattern": "^[a-z][a-z0-9_]*$" }))]
    pub(crate) figures: BTreeMap<String, FigureSpec>,
    /// What must hold between the figures.
    #[serde(default)]
    pub(crate) rules: Vec<RuleSpec>,
}

/// A figure: read from a document by the text around it (`document` and
/// `pattern`), from a table's cell by its labels (`document`, `row` and
/// `column`), or written in the rule file (`value`, from the official PDF).
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [
    { "required": ["document", "pattern"], "not": { "anyOf": [{ "required": ["value"] }, { "required": ["source"] }, { "required": ["precision"] }, { "required": ["row"] }, { "required": ["column"] }] } },
    { "required": ["document", "row", "column"], "not": { "anyOf": [{ "required": ["pattern"] }, { "required": ["occurrence"] }, { "required": ["value"] }, { "required": ["source"] }, { "required": ["precision"] }] } },
    { "required": ["value"], "not": { "anyOf": [{ "required": ["document"] }, { "required": ["pattern"] }, { "required": ["occurrence"] }, { "required": ["reading"] }, { "required": ["row"] }, { "required": ["column"] }] } }
]))]
pub(crate) struct FigureSpec {
    /// The name of a document under `documents:`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) document: Option<String>,
    /// The text around the figure, `{}` standing for the whole figure
    /// (qualifier and scale word included).
    #[schemars(regex(pattern = r"\{\}"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) pattern: Option<String>,
    /// Which match to take (from 1) when the pattern finds several.
    #[schemars(range(min = 1))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) occurrence: Option<u32>,
    /// In a table: the label of the cell's row (its first cell).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) row: Option<NumberOrText>,
    /// In a table: the header of the cell's column (its first row);
    /// a year may be written as a number (`column: 2025`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) column: Option<NumberOrText>,
    /// A number (`3685964`, `3.6`), or a figure as an article writes it
    /// (`"28%"`, `"3.6 مليون"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) value: Option<NumberOrText>,
    /// Where the value comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) source: Option<String>,
    /// Read the figure with this qualifier instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) qualifier: Option<Qualifier>,
    /// The smallest place value stated (default: that of the last digit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) precision: Option<NumberOrText>,
    /// Read the figure as this kind instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) kind: Option<Kind>,
    /// The figure's unit or currency (`MAD`, `km`), when the text does not write it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) unit: Option<String>,
    /// `alternative`: read one separator and three digits before a scale
    /// word as grouped thousands (`162.984 مليون` as 162,984 million), the
    /// reading `suggest` names where only it makes a relation hold.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) reading: Option<Reading>,
}

/// How a figure written `162.984 مليون` is read (SPEC §7.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Reading {
    /// As written: a decimal point before a scale word (162.984 million).
    Written,
    /// Grouped thousands (162,984 million).
    Alternative,
}

/// A YAML number, or text.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub(crate) enum NumberOrText {
    Number(f64),
    Text(String),
}

/// A rule: an id and exactly one of `sum`/`equals`, `claim`/`agrees_with`,
/// `equal` or `expr`.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [
    { "required": ["sum", "equals"], "not": { "anyOf": [{ "required": ["claim"] }, { "required": ["equal"] }, { "required": ["expr"] }] } },
    { "required": ["claim", "agrees_with"], "not": { "anyOf": [{ "required": ["sum"] }, { "required": ["equal"] }, { "required": ["expr"] }] } },
    { "required": ["equal"], "not": { "anyOf": [{ "required": ["sum"] }, { "required": ["claim"] }, { "required": ["expr"] }] } },
    { "required": ["expr"], "not": { "anyOf": [{ "required": ["sum"] }, { "required": ["claim"] }, { "required": ["equal"] }] } }
]))]
pub(crate) struct RuleSpec {
    /// Unique across all rule files.
    #[schemars(required)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) description: Option<String>,
    /// `error` (the default) fails the run; `info` never does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) severity: Option<Severity>,
    /// How far apart figures may be and still agree: an amount (`"250"`)
    /// or a percentage of the expected value (`"0.5%"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) tolerance: Option<NumberOrText>,
    /// `ignore`: a true but understated claim is no warning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) loose: Option<Loose>,
    /// Figure names whose values add up to `equals`.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "flow")]
    pub(crate) sum: Option<Vec<String>>,
    /// The total the parts of `sum` add up to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) equals: Option<String>,
    /// A rounded or qualified figure that must agree with `agrees_with`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) claim: Option<String>,
    /// The precise figure the claim is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) agrees_with: Option<String>,
    /// Figures that state the same quantity.
    #[schemars(length(min = 2))]
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "flow")]
    pub(crate) equal: Option<Vec<String>>,
    /// A comparison of two expressions over figure names: `"a / b <= 30%"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) expr: Option<String>,
}

/// A list of figure names on one line, as people write them (`sum: [a, b]`).
fn flow<S: Serializer>(names: &Option<Vec<String>>, serializer: S) -> Result<S::Ok, S::Error> {
    serde_saphyr::FlowSeq(names).serialize(serializer)
}

/// The JSON Schema (draft-07) of rule files, as pretty JSON with a final
/// line break.
pub fn json_schema() -> String {
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    let schema = generator.into_root_schema_for::<RuleFile>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_is_draft_07_and_names_every_key() {
        let schema: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
        let text = json_schema();
        for key in [
            "documents",
            "figures",
            "pattern",
            "occurrence",
            "agrees_with",
            "loose",
            "tolerance",
        ] {
            assert!(text.contains(&format!("\"{key}\"")), "{key}");
        }
    }

    #[test]
    fn the_structs_read_a_rule_file_and_refuse_a_typo() {
        let good = "version: 1\ndocuments:\n  r: a.txt\nfigures:\n  t:\n    document: r\n    pattern: \"{} x\"\n  o:\n    value: 3685964\nrules:\n  - id: a\n    equal: [t, o]\n";
        assert!(serde_saphyr::from_str::<RuleFile>(good).is_ok());
        let typo = good.replace("pattern:", "patern:");
        assert!(serde_saphyr::from_str::<RuleFile>(&typo).is_err());
    }
}
