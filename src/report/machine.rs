//! The machine reports of a run (CSV, JSON, SARIF, workbook), fed finding
//! by finding.
//!
//! Each finding is rendered for every machine report asked for where it is
//! evaluated (on the thread pool), then spooled in order as results merge,
//! and every report file is written from its spool at the end. What is
//! kept to the end is a batch of rows in memory, the rest on disk, and the
//! few things a report prints after its rows (problems with the input, the
//! rules with a loose claim).

use std::io::{self, Write};

use super::rows::FindingRow;
use super::sarif_report::{self, RuleInfo, SarifRows};
use super::spool::Spool;
use super::{csv_report, json_report, xlsx_report};
use crate::check::Summary;

/// Which machine reports a run writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct MachineFormats {
    pub(crate) csv: bool,
    pub(crate) json: bool,
    pub(crate) sarif: bool,
    pub(crate) xlsx: bool,
}

/// A finding rendered for each machine report asked for.
#[derive(Debug)]
pub(crate) struct RenderedRow {
    csv: Option<Vec<u8>>,
    json: Option<Vec<u8>>,
    sarif: Option<Vec<u8>>,
    xlsx: Option<Vec<u8>>,
    /// False for a rule's `/loose` warning, which SARIF describes apart.
    own_rule: bool,
    /// How severe it is, for SARIF's cap on results (0 most severe).
    rank: u8,
}

/// A rule as SARIF describes it.
#[derive(Debug)]
pub(crate) struct RenderedRule {
    info: RuleInfo,
    descriptor: Vec<u8>,
}

impl MachineFormats {
    /// Renders `row`, a finding of the rule `rule_id`.
    pub(crate) fn render(&self, row: &FindingRow, rule_id: &str) -> io::Result<RenderedRow> {
        Ok(RenderedRow {
            csv: self.csv.then(|| csv_report::record(row)).transpose()?,
            json: self.json.then(|| json_report::record(row)).transpose()?,
            sarif: self.sarif.then(|| sarif_report::result_record(row)).transpose()?,
            xlsx: self.xlsx.then(|| xlsx_report::record(row)).transpose()?,
            own_rule: row.rule_id == rule_id,
            rank: sarif_report::rank(row),
        })
    }

    /// Renders a rule for the reports that describe rules (SARIF).
    pub(crate) fn rule(&self, info: RuleInfo) -> io::Result<Option<RenderedRule>> {
        if !self.sarif {
            return Ok(None);
        }
        let descriptor = sarif_report::descriptor_record(&info)?;
        Ok(Some(RenderedRule { info, descriptor }))
    }
}

/// The rows of every machine report, in order.
#[derive(Debug, Default)]
pub(crate) struct MachineReports {
    csv: Spool,
    json: Spool,
    sarif: SarifRows,
    xlsx: Spool,
}

impl MachineReports {
    /// The next rule evaluated; its rows follow.
    pub(crate) fn rule(&mut self, rule: RenderedRule) -> io::Result<()> {
        self.sarif.rule(rule.info, &rule.descriptor)
    }

    /// A finding of the last rule.
    pub(crate) fn row(&mut self, row: RenderedRow) -> io::Result<()> {
        if let Some(record) = row.csv {
            self.csv.push(&record)?;
        }
        if let Some(record) = row.json {
            self.json.push(&record)?;
        }
        if let Some(record) = row.sarif {
            self.sarif.result(&record, row.own_rule, row.rank)?;
        }
        if let Some(record) = row.xlsx {
            self.xlsx.push(&record)?;
        }
        Ok(())
    }

    /// The CSV report; `inputs` (problems with the input) come first.
    pub(crate) fn write_csv(&mut self, out: &mut dyn Write, inputs: &[FindingRow], bom: bool) -> io::Result<()> {
        csv_report::write(out, inputs, &mut self.csv, bom)
    }

    pub(crate) fn write_json(
        &mut self,
        out: &mut dyn Write,
        inputs: &[FindingRow],
        summary: &Summary,
    ) -> io::Result<()> {
        json_report::write(out, inputs, &mut self.json, summary)
    }

    pub(crate) fn write_sarif(
        &mut self,
        out: &mut dyn Write,
        inputs: &[FindingRow],
        successful: bool,
    ) -> io::Result<()> {
        self.sarif.write(out, inputs, successful)
    }

    pub(crate) fn write_xlsx(&mut self, out: &mut dyn Write, inputs: &[FindingRow]) -> io::Result<()> {
        let bytes = xlsx_report::to_bytes(inputs, &mut self.xlsx).map_err(io::Error::other)?;
        out.write_all(&bytes)
    }
}
