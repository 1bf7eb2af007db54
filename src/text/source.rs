//! A document as miette source code, with columns counted in chars.
//!
//! miette counts a snippet's column in bytes, which in Arabic text is about
//! twice the char column SPEC §2 promises; this wrapper reports the same
//! line and column as every other figaudit output.

use std::sync::Arc;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

#[derive(Debug, Clone)]
pub struct DocumentSource {
    name: String,
    text: Arc<str>,
}

impl DocumentSource {
    pub fn new(name: String, text: Arc<str>) -> DocumentSource {
        DocumentSource { name, text }
    }

    /// 0-based char column of a byte offset; a leading BOM is not counted.
    fn char_column(&self, offset: usize) -> usize {
        let before = self.text.get(..offset).unwrap_or("");
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = &before[line_start..];
        let line = if line_start == 0 {
            line.strip_prefix('\u{feff}').unwrap_or(line)
        } else {
            line
        };
        line.chars().count()
    }
}

impl SourceCode for DocumentSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            self.char_column(span.offset()),
            inner.line_count(),
        )))
    }
}
