//! Report rows kept outside memory until the report is written.
//!
//! A run over an archive renders each finding as it is evaluated; the
//! rendered rows wait here, in memory while they are few and in an unnamed
//! temporary file (in `TMPDIR`, removed by the system when figaudit exits,
//! however it exits) once they pass a few megabytes. So a report's memory
//! is bounded by a batch of rule files, not by the archive.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};

/// Bytes of rows held in memory before they go to a temporary file: a
/// run writing every report keeps eight spools (CSV, JSON, SARIF rules and
/// results, workbook, HTML findings passing and not, documents).
const IN_MEMORY: usize = 1 << 20;

/// Records (byte strings) in the order pushed, each read back as often as
/// a report asks.
#[derive(Debug)]
pub(crate) struct Spool {
    memory: Vec<u8>,
    file: Option<BufWriter<File>>,
    limit: usize,
    records: u64,
}

impl Default for Spool {
    fn default() -> Spool {
        Spool::with_limit(IN_MEMORY)
    }
}

impl Spool {
    /// A spool that moves to a temporary file past `limit` bytes.
    pub(crate) fn with_limit(limit: usize) -> Spool {
        Spool {
            memory: Vec::new(),
            file: None,
            limit,
            records: 0,
        }
    }

    /// How many records were pushed.
    pub(crate) fn len(&self) -> u64 {
        self.records
    }

    #[cfg(test)]
    pub(crate) fn is_empty(&self) -> bool {
        self.records == 0
    }

    /// Appends a record.
    pub(crate) fn push(&mut self, record: &[u8]) -> io::Result<()> {
        let length = u32::try_from(record.len())
            .map_err(|_| io::Error::other("a report row is larger than 4 GiB"))?
            .to_le_bytes();
        if self.file.is_none() && self.memory.len().saturating_add(record.len() + length.len()) > self.limit {
            let mut file = BufWriter::new(tempfile::tempfile().map_err(in_temp_folder)?);
            file.write_all(&self.memory).map_err(in_temp_folder)?;
            self.memory = Vec::new();
            self.file = Some(file);
        }
        match &mut self.file {
            Some(file) => {
                file.write_all(&length).map_err(in_temp_folder)?;
                file.write_all(record).map_err(in_temp_folder)?;
            }
            None => {
                self.memory.extend_from_slice(&length);
                self.memory.extend_from_slice(record);
            }
        }
        self.records += 1;
        Ok(())
    }

    /// Hands each record to `each`, in the order pushed.
    pub(crate) fn for_each(&mut self, mut each: impl FnMut(&[u8]) -> io::Result<()>) -> io::Result<()> {
        let Some(writer) = &mut self.file else {
            let mut rest = self.memory.as_slice();
            while let Some((length, tail)) = rest.split_first_chunk::<4>() {
                let length = u32::from_le_bytes(*length) as usize;
                let (record, tail) = tail.split_at_checked(length).ok_or_else(truncated)?;
                each(record)?;
                rest = tail;
            }
            return Ok(());
        };
        writer.flush().map_err(in_temp_folder)?;
        let file = writer.get_mut();
        file.seek(SeekFrom::Start(0)).map_err(in_temp_folder)?;
        let mut reader = BufReader::new(&*file);
        let mut record = Vec::new();
        for _ in 0..self.records {
            let mut length = [0u8; 4];
            reader.read_exact(&mut length).map_err(in_temp_folder)?;
            record.resize(u32::from_le_bytes(length) as usize, 0);
            reader.read_exact(&mut record).map_err(in_temp_folder)?;
            each(&record)?;
        }
        // Later pushes append.
        file.seek(SeekFrom::End(0)).map_err(in_temp_folder)?;
        Ok(())
    }
}

/// A failure of the temporary file says where it is and what to do: a
/// full or missing `TMPDIR` is not the report's own folder.
fn in_temp_folder(error: io::Error) -> io::Error {
    io::Error::new(
        error.kind(),
        format!(
            "cannot keep the report's rows in a temporary file in {} (TMPDIR: point it at a folder with room): {error}",
            crate::text::visible::path_text(&std::env::temp_dir())
        ),
    )
}

fn truncated() -> io::Error {
    io::Error::new(io::ErrorKind::UnexpectedEof, "a spooled report row is cut short")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(spool: &mut Spool) -> Vec<Vec<u8>> {
        let mut records = Vec::new();
        spool
            .for_each(|record| {
                records.push(record.to_vec());
                Ok(())
            })
            .unwrap();
        records
    }

    #[test]
    fn records_come_back_in_order_from_memory_and_from_disk() {
        for limit in [usize::MAX, 0, 10] {
            let mut spool = Spool::with_limit(limit);
            let written: Vec<Vec<u8>> = (0..100)
                .map(|i| format!("row {i}\n").repeat(i % 4).into_bytes())
                .collect();
            for record in &written[..50] {
                spool.push(record).unwrap();
            }
            assert_eq!(read_all(&mut spool), written[..50], "limit {limit}");
            // Pushing after a read appends, and a second read sees all.
            for record in &written[50..] {
                spool.push(record).unwrap();
            }
            assert_eq!(read_all(&mut spool), written, "limit {limit}");
            assert_eq!(spool.len(), 100);
        }
        assert!(Spool::default().is_empty());
    }
}
