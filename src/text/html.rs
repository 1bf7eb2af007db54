//! The text of an HTML page, as a reader of the article sees it (SPEC §7.3).
//!
//! The page is tokenized by html5gum (a WHATWG tokenizer that gives each
//! token's bytes in the file); the text keeps the article's paragraphs,
//! headings, list items and table cells, each a paragraph of its own, and
//! leaves out scripts, styles, forms, navigation and the page's head. Where
//! the page has `<article>` elements, the text is the one with the most
//! text (the story, not the teasers around it), with the page's `<h1>`; else
//! `<main>`; else the whole body. Every byte of the text maps back to the
//! bytes of the file it came from ([`OffsetMap`]), so reports point into the
//! page as saved.

use html5gum::emitters::default::DefaultEmitter;
use html5gum::{Token, Tokenizer};

use super::offset_map::OffsetMap;

/// Elements whose content is never article text.
const LEFT_OUT: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "math", "nav", "aside", "footer", "form", "button",
    "select", "textarea", "iframe", "object", "canvas", "audio", "video", "dialog",
];

/// Elements that start and end a paragraph of the text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements that never have an end tag, so never open a part left out.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
];

/// Named character references the text decodes; any other stays as written.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("shy", '\u{ad}'),
    ("zwnj", '\u{200c}'),
    ("zwj", '\u{200d}'),
    ("lrm", '\u{200e}'),
    ("rlm", '\u{200f}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("minus", '−'),
    ("hellip", '…'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("percnt", '%'),
    ("permil", '‰'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("dollar", '$'),
    ("cent", '¢'),
    ("deg", '°'),
    ("times", '×'),
    ("divide", '÷'),
    ("middot", '·'),
    ("comma", ','),
    ("period", '.'),
    ("colon", ':'),
    ("plus", '+'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    // French letters, which older sites write as references.
    ("agrave", 'à'),
    ("acirc", 'â'),
    ("ccedil", 'ç'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("ocirc", 'ô'),
    ("ugrave", 'ù'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("oelig", 'œ'),
    ("Agrave", 'À'),
    ("Ccedil", 'Ç'),
    ("Eacute", 'É'),
    ("Egrave", 'È'),
    ("Ecirc", 'Ê'),
    ("OElig", 'Œ'),
];

/// Whether `path` names an HTML page by its extension.
pub(crate) fn is_html(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// The article text of the page `html`, and where each of its bytes is in
/// the page.
pub(crate) fn page_text(html: &str) -> (String, OffsetMap) {
    let region = story_region(html);
    let mut text = TextBuilder::default();
    let mut left_out: Option<(Vec<u8>, usize)> = None;
    let mut in_h1 = false;
    for token in tokens(html) {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.as_slice();
                if let Some((outer, depth)) = &mut left_out {
                    if outer.as_slice() == name && !tag.self_closing {
                        *depth += 1;
                    }
                    continue;
                }
                let hidden = tag.attributes.contains_key(b"hidden".as_slice())
                    || tag
                        .attributes
                        .get(b"aria-hidden".as_slice())
                        .is_some_and(|v| v.value.as_slice() == b"true");
                if !tag.self_closing && !is(VOID, name) && (is(LEFT_OUT, name) || hidden) {
                    left_out = Some((name.to_vec(), 1));
                    continue;
                }
                if name == b"h1" {
                    in_h1 = true;
                }
                if is(BLOCKS, name) {
                    text.block_break(tag.span.start);
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.as_slice();
                if let Some((outer, depth)) = &mut left_out {
                    if outer.as_slice() == name {
                        *depth -= 1;
                        if *depth == 0 {
                            left_out = None;
                        }
                    }
                    continue;
                }
                if name == b"h1" {
                    in_h1 = false;
                }
                if is(BLOCKS, name) {
                    text.block_break(tag.span.start);
                }
            }
            Token::String(string) if left_out.is_none() => {
                let span = string.span.start..string.span.end;
                let inside = region.as_ref().is_none_or(|r| r.contains(&span.start));
                if inside || in_h1 {
                    if let Some(raw) = html.get(span.clone()) {
                        text.push(raw, span.start);
                    }
                }
            }
            _ => {}
        }
    }
    text.finish()
}

fn is(names: &[&str], name: &[u8]) -> bool {
    names.iter().any(|n| n.as_bytes().eq_ignore_ascii_case(name))
}

fn tokens(html: &str) -> impl Iterator<Item = Token<usize>> + '_ {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Script, style and title content are raw text, as browsers read them.
    emitter.naively_switch_states(true);
    Tokenizer::new_with_emitter(html, emitter).filter_map(Result::ok)
}

/// The bytes of the page the story stands in: the `<article>` with the
/// most text, else `<main>`, else none (the whole page).
fn story_region(html: &str) -> Option<std::ops::Range<usize>> {
    // (start, end, text bytes) of each outermost article, and of main.
    let mut articles: Vec<(usize, usize, usize)> = Vec::new();
    let mut main: Option<(usize, usize)> = None;
    let mut depth = 0usize;
    for token in tokens(html) {
        match token {
            Token::StartTag(tag) if tag.name.as_slice().eq_ignore_ascii_case(b"article") && !tag.self_closing => {
                if depth == 0 {
                    articles.push((tag.span.start, html.len(), 0));
                }
                depth += 1;
            }
            Token::EndTag(tag) if tag.name.as_slice().eq_ignore_ascii_case(b"article") && depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    if let Some(last) = articles.last_mut() {
                        last.1 = tag.span.end;
                    }
                }
            }
            Token::StartTag(tag) if tag.name.as_slice().eq_ignore_ascii_case(b"main") && main.is_none() => {
                main = Some((tag.span.start, html.len()));
            }
            Token::EndTag(tag) if tag.name.as_slice().eq_ignore_ascii_case(b"main") => {
                if let Some(m) = &mut main {
                    m.1 = m.1.min(tag.span.end);
                }
            }
            Token::String(string) if depth > 0 => {
                if let Some(last) = articles.last_mut() {
                    let words = string.value.iter().filter(|b| !b.is_ascii_whitespace()).count();
                    last.2 = last.2.saturating_add(words);
                }
            }
            _ => {}
        }
    }
    // The first of equals: the story comes before the teasers.
    let best = articles.iter().rev().max_by_key(|a| a.2).filter(|a| a.2 > 0);
    best.map(|a| a.0..a.1).or(main.map(|m| m.0..m.1))
}

/// The text as it is built, with its map.
#[derive(Default)]
struct TextBuilder {
    text: String,
    map: OffsetMap,
    /// A run of white space not yet written: its file offset and length.
    space: Option<(usize, usize)>,
    /// A paragraph break not yet written (written only before more text,
    /// so the text never ends with one): the offset of its tag.
    pending_break: Option<usize>,
}

impl TextBuilder {
    /// Appends the raw text `raw`, found at `at` in the file: character
    /// references decoded, each run of white space one space.
    fn push(&mut self, raw: &str, at: usize) {
        let mut rest = raw;
        let mut offset = at;
        while let Some(c) = rest.chars().next() {
            if c.is_ascii_whitespace() {
                let run = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_whitespace()).len();
                match &mut self.space {
                    Some((_, len)) => *len += run,
                    None => self.space = Some((offset, run)),
                }
                rest = &rest[run..];
                offset += run;
                continue;
            }
            self.flush_break_or_space();
            if let Some((decoded, len)) = entity(rest) {
                let start = self.text.len();
                self.text.push(decoded);
                self.map.replaced(offset, len, self.text.len() - start);
                rest = &rest[len..];
                offset += len;
            } else {
                self.text.push(c);
                self.map.copied(offset, c.len_utf8());
                rest = &rest[c.len_utf8()..];
                offset += c.len_utf8();
            }
        }
    }

    /// Before more text: writes a pending paragraph break, or else a
    /// pending run of white space as one space (none at the very start).
    fn flush_break_or_space(&mut self) {
        let space = self.space.take();
        if let Some(at) = self.pending_break.take() {
            self.text.push_str("\n\n");
            self.map.replaced(at, 0, 2);
        } else if let Some((at, len)) = space.filter(|_| !self.text.is_empty()) {
            self.text.push(' ');
            self.map.replaced(at, len, 1);
        }
    }

    /// Ends the paragraph, if one is open, at the tag at `at`.
    fn block_break(&mut self, at: usize) {
        self.space = None;
        if !self.text.is_empty() && self.pending_break.is_none() {
            self.pending_break = Some(at);
        }
    }

    fn finish(self) -> (String, OffsetMap) {
        (self.text, self.map)
    }
}

/// The character a reference at the start of `raw` stands for, and the
/// reference's length; `None` when `raw` does not start with one.
fn entity(raw: &str) -> Option<(char, usize)> {
    let body = raw.strip_prefix('&')?;
    let end = body.char_indices().take(32).find(|&(_, c)| c == ';').map(|(i, _)| i)?;
    let name = &body[..end];
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        // NUL and what is no char read as U+FFFD, as browsers do.
        char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{fffd}')
    } else {
        ENTITIES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)?
    };
    Some((decoded, end + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of `html`, and the file's bytes behind each figure-like
    /// part `part` of it.
    fn behind<'h>(html: &'h str, text: &str, map: &OffsetMap, part: &str) -> &'h str {
        let start = text.find(part).unwrap();
        &html[map.start(start)..map.end(start + part.len())]
    }

    #[test]
    fn paragraphs_headings_and_cells_are_paragraphs_and_markup_is_left_out() {
        let html = "<!doctype html><html><head><title>x 1</title><style>p{margin:2px}</style></head>\
            <body><nav><a href=/>99 rubriques</a></nav><h1>Bilan 2025</h1>\
            <p>Le nombre a atteint <b>2 653 895</b> cartes.</p>\
            <script>var n = 7;</script><table><tr><td>Rabat</td><td>12 400</td></tr></table>\
            <footer>© 2026</footer></body></html>";
        let (text, _) = page_text(html);
        assert_eq!(
            text,
            "Bilan 2025\n\nLe nombre a atteint 2 653 895 cartes.\n\nRabat\n\n12 400"
        );
    }

    #[test]
    fn entities_are_decoded_and_map_back_to_the_reference() {
        let html = "<p>soit 2&nbsp;653&#160;895 bornes &amp; 10&#x202F;% de plus</p>";
        let (text, map) = page_text(html);
        assert_eq!(text, "soit 2\u{a0}653\u{a0}895 bornes & 10\u{202f}% de plus");
        assert_eq!(behind(html, &text, &map, "2\u{a0}653\u{a0}895"), "2&nbsp;653&#160;895");
        assert_eq!(behind(html, &text, &map, "10\u{202f}%"), "10&#x202F;%");
    }

    #[test]
    fn white_space_runs_are_one_space_and_comments_join_their_text() {
        let html = "<p>\n   بلغ عدد\n      البطاقات <!-- x --> 3.6 مليون\n</p>";
        let (text, map) = page_text(html);
        assert_eq!(text, "بلغ عدد البطاقات 3.6 مليون");
        assert_eq!(behind(html, &text, &map, "3.6 مليون"), "3.6 مليون");
    }

    #[test]
    fn the_story_is_the_article_with_the_most_text() {
        let html = "<body><article><h2>A 5</h2><p>court 6</p></article>\
            <h1>Titre 2025</h1><article><p>Le long récit de 2 600 000 cartes et de 12 centres.</p></article>\
            <article><p>autre 7</p></article></body>";
        let (text, _) = page_text(html);
        assert_eq!(
            text,
            "Titre 2025\n\nLe long récit de 2 600 000 cartes et de 12 centres."
        );
    }

    #[test]
    fn hidden_parts_and_unknown_entities() {
        let html = "<p hidden>9 000</p><div aria-hidden=\"true\">8</div><p>A &unknown; 5 &#0; fin</p>";
        let (text, _) = page_text(html);
        assert_eq!(text, "A &unknown; 5 \u{fffd} fin");
    }

    #[test]
    fn tag_soup_never_panics() {
        for html in [
            "<",
            "</",
            "<p",
            "&",
            "&#",
            "&#x;",
            "&#99999999999;",
            "<script>",
            "<nav><p>1",
            "</nav>2",
            "<a b='",
        ] {
            let (text, map) = page_text(html);
            assert_eq!(map.text_len(), text.len(), "{html}");
        }
    }
}
