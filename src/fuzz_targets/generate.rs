//! Structure-aware inputs: the fuzzer's bytes read as a list of choices
//! that build an `expr` or a whole rule file. Random bytes almost never get
//! past a parser's first error; built inputs are well formed most of the
//! time, so evaluation, findings and reports are reached, with a mistake
//! mixed in now and then, and nesting or lengths well past every limit.

use std::fmt::Write as _;

/// Bytes read one choice at a time; once they run out every choice is 0,
/// the simplest form, so every input ends.
pub(crate) struct Choices<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Choices<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Choices { bytes, at: 0 }
    }

    fn byte(&mut self) -> u8 {
        let byte = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at = self.at.saturating_add(1);
        byte
    }

    fn exhausted(&self) -> bool {
        self.at >= self.bytes.len()
    }

    /// A number below `n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        match n {
            0 => 0,
            _ => usize::from(self.byte()) % n,
        }
    }

    /// A number below `n`, from two bytes: for counts past 255.
    fn wide_below(&mut self, n: usize) -> usize {
        let wide = usize::from(self.byte()) << 8 | usize::from(self.byte());
        wide.checked_rem(n).unwrap_or(0)
    }

    fn pick(&mut self, items: &[&'static str]) -> &'static str {
        let at = self.below(items.len());
        items.get(at).copied().unwrap_or("")
    }

    /// True about one time in `n`, never once the bytes run out.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0 && !self.exhausted()
    }
}

/// Literals an expression may hold: ordinary, rounded, percents, zero, the
/// extremes of the decimal range and past them, and forms it refuses.
const NUMBERS: &[&str] = &[
    "1",
    "0",
    "3685964",
    "0.5",
    "12.5%",
    "100%",
    "79228162514264337593543950335",
    "79228162514264337593543950336",
    "0.0000000000000000000000000001",
    "0.00000000000000000000000000001",
    "7922816251426433759354395033.5",
    "2.653.895",
    ".5",
    "1.",
    "0%",
];

/// Figure names of the expression's rule file, and one it lacks.
const NAMES: &[&str] = &["a", "b", "c", "z", "tiny", "huge", "missing_name"];

const OPERATORS: &[&str] = &[" + ", " - ", " * ", " / ", "+", "-", "*", "/"];

const COMPARISONS: &[&str] = &[" == ", " != ", " < ", " <= ", " > ", " >= ", "==", " = ", " "];

/// Pieces that break an expression: stray or missing tokens, unknown
/// functions, other scripts.
const MISTAKES: &[&str] = &[
    "(",
    ")",
    ",",
    "=",
    "%",
    "foo(1)",
    "abs()",
    "abs(1, 2)",
    "min()",
    "1e5",
    "٣",
    "1..2",
    "a b",
    "\u{202e}",
    "\u{0}",
    "é",
    "",
];

/// Wrappers that nest: each opens a level the matching closer ends.
const WRAPPERS: &[(&str, &str)] = &[
    ("(", ")"),
    ("-", ""),
    ("abs(", ")"),
    ("min(1, ", ")"),
    ("max(", ", 0)"),
    ("- (", ")"),
];

/// How deep the generator itself recurses; deeper trees come from
/// [`WRAPPERS`] repeated without recursion.
const GENERATOR_DEPTH: usize = 8;

/// The most levels or terms one repeated piece adds: past the parser's
/// limit of 256 and the sum of 8,154 terms that once overflowed the stack.
const MOST_REPEATS: usize = 10_000;

/// The most bytes an expression grows to by repeated pieces: a few of
/// them at their most would make inputs of megabytes, slow to run and
/// finding nothing more.
const MOST_REPEATED_BYTES: usize = 256 * 1024;

/// How many times a piece of `piece_bytes` may still be repeated in `out`.
fn repeats_left(out: &str, piece_bytes: usize) -> usize {
    MOST_REPEATED_BYTES.saturating_sub(out.len()) / piece_bytes.max(1)
}

/// An `expr` rule's text: two sides and a comparison.
pub(crate) fn expression(choices: &mut Choices) -> String {
    let mut out = String::new();
    side(choices, 0, &mut out);
    out.push_str(choices.pick(COMPARISONS));
    side(choices, 0, &mut out);
    out
}

fn side(choices: &mut Choices, depth: usize, out: &mut String) {
    if depth >= GENERATOR_DEPTH || choices.exhausted() {
        out.push_str(choices.pick(NAMES));
        return;
    }
    match choices.below(9) {
        0 => out.push_str(choices.pick(NUMBERS)),
        1 => out.push_str(choices.pick(NAMES)),
        2 | 3 => {
            side(choices, depth + 1, out);
            out.push_str(choices.pick(OPERATORS));
            side(choices, depth + 1, out);
        }
        4 => {
            out.push('-');
            side(choices, depth + 1, out);
        }
        5 => {
            out.push_str(choices.pick(&["abs(", "min(", "max(", "(", "min(a, ", "max(b, c, "]));
            side(choices, depth + 1, out);
            out.push(')');
        }
        6 => {
            let (open, close) = WRAPPERS
                .get(choices.below(WRAPPERS.len()))
                .copied()
                .unwrap_or(("(", ")"));
            let levels = (1 + choices.wide_below(MOST_REPEATS)).min(repeats_left(out, open.len() + close.len()).max(1));
            out.push_str(&open.repeat(levels));
            side(choices, depth + 1, out);
            out.push_str(&close.repeat(levels));
        }
        7 => {
            let term = choices.pick(&["a", "1", "0.5", "huge", "tiny"]);
            let operator = choices.pick(OPERATORS);
            let terms =
                (1 + choices.wide_below(MOST_REPEATS)).min(repeats_left(out, term.len() + operator.len()).max(1));
            out.push_str(term);
            for _ in 1..terms {
                out.push_str(operator);
                out.push_str(term);
            }
        }
        _ => out.push_str(choices.pick(MISTAKES)),
    }
}

/// The corpus documents built rule files name, under `corpus/`: articles
/// in both languages, a page and a table.
pub(crate) const CORPUS_DOCUMENTS: &[&str] = &[
    "dgsn-2025-annual-report.txt",
    "dgsn-2025-fr.txt",
    "pages/dgsn-2025-identity-page.html",
    "tables/dgsn-identity-2023-2025.csv",
];

/// Each document's name in a built rule file, in the order of
/// [`CORPUS_DOCUMENTS`], and one that is not there.
const DOCUMENT_NAMES: &[&str] = &["report", "fr", "page", "table", "missing"];

/// Patterns that find one figure, several, or none.
const PATTERNS: &[&str] = &[
    "إنجاز ما مجموعه {} بطاقة",
    "{} بطاقة تم إنتاجها بمركز الإصدار بمدينة الرباط",
    "و{} بطاقة وطنية أخرى",
    "تم خلال سنة {} إنجاز",
    "un total de {} cartes nationales",
    "Rabat en a fabriqué {},",
    "{}",
    "{} بطاقة",
    "{} {}",
    "no such words {}",
    "",
];

const ROWS: &[&str] = &[
    "مركز الإصدار بالرباط",
    "مركز الإصدار بمراكش",
    "البطاقة الوطنية للتعريف الإلكترونية (المجموع)",
    "مركز الاصدار بالرباط",
    "no such row",
];

const COLUMNS: &[&str] = &["2025", "2024", "\"2023\"", "2026", "\"\""];

/// A literal's value as a rule file writes it.
const VALUES: &[&str] = &[
    "3685964",
    "\"أزيد من 3.6 مليون\"",
    "\"28%\"",
    "0",
    "3.60",
    "-12",
    "\"ثلاثة ملايين و685 ألف و964\"",
    "\"plus de 3,6 millions\"",
    "79228162514264337593543950335",
    "1e400",
    "\"\"",
    "[1, 2]",
    "\"nothing to read\"",
];

const QUALIFIERS: &[&str] = &[
    "exact",
    "more_than",
    "at_least",
    "less_than",
    "at_most",
    "about",
    "nearly",
];

const SEVERITIES: &[&str] = &["error", "warning", "info", "fatal"];

const TOLERANCES: &[&str] = &[
    "\"250\"",
    "\"0.5%\"",
    "\"-1\"",
    "\"x\"",
    "0",
    "\"100000000000000000000000000000%\"",
];

/// Text for ids and descriptions, including what must never reach a
/// terminal or a workflow command raw.
const WORDS: &[&str] = &[
    "centres",
    "sum",
    "مجموع",
    "\\n::error file=README.md,line=1::forged",
    "\\u001b[31m",
    "\\u202e",
    "«",
    "»",
    "<b>",
    "%0A",
    "",
];

/// A whole rule file: documents, figures of every kind and rules of every
/// relation, each with a small chance of a mistake.
pub(crate) fn rule_file(choices: &mut Choices) -> String {
    let mut out = String::new();
    out.push_str(choices.pick(&["version: 1\n", "version: 1\n", "version: 2\n", "version: \"1\"\n", ""]));
    out.push_str("documents:\n");
    let paths = CORPUS_DOCUMENTS.iter().chain(&["no-such-article.txt"]);
    for (name, path) in DOCUMENT_NAMES.iter().zip(paths) {
        if choices.below(3) != 0 {
            let _ = writeln!(out, "  {name}: ../corpus/{path}");
        }
    }
    let figure_count = 1 + choices.below(8);
    out.push_str("figures:\n");
    for at in 0..figure_count {
        figure(choices, at, &mut out);
    }
    out.push_str("rules:\n");
    let rule_count = choices.below(6);
    for at in 0..rule_count {
        rule(choices, at, figure_count, &mut out);
    }
    if choices.one_in(16) {
        out.push_str(choices.pick(&["\tbad: tab\n", "rules: []\n", "unknown: 1\n", "- [\n", "&a [*a, *a]\n"]));
    }
    out
}

fn figure(choices: &mut Choices, at: usize, out: &mut String) {
    let _ = writeln!(out, "  f{at}:");
    match choices.below(4) {
        0 | 1 => {
            let document = choices.pick(&["report", "fr", "page", "missing", "table", "nowhere"]);
            let _ = writeln!(out, "    document: {document}");
            let pattern = choices.pick(PATTERNS);
            let _ = writeln!(out, "    pattern: \"{pattern}\"");
            if choices.one_in(4) {
                let _ = writeln!(out, "    occurrence: {}", choices.pick(&["1", "2", "0", "99", "-1"]));
            }
            if choices.one_in(6) {
                out.push_str("    reading: alternative\n");
            }
        }
        2 => {
            let document = choices.pick(&["table", "report"]);
            let _ = writeln!(out, "    document: {document}");
            let _ = writeln!(out, "    row: \"{}\"", choices.pick(ROWS));
            let _ = writeln!(out, "    column: {}", choices.pick(COLUMNS));
        }
        _ => {
            let _ = writeln!(out, "    value: {}", choices.pick(VALUES));
            if choices.one_in(3) {
                let _ = writeln!(out, "    qualifier: {}", choices.pick(QUALIFIERS));
            }
            if choices.one_in(3) {
                let _ = writeln!(
                    out,
                    "    precision: {}",
                    choices.pick(&["0.1", "1000", "0", "-1", "\"x\""])
                );
            }
            if choices.one_in(3) {
                let _ = writeln!(out, "    unit: {}", choices.pick(&["MAD", "EUR", "%", "\"\""]));
            }
            if choices.one_in(4) {
                let _ = writeln!(out, "    source: \"{}\"", choices.pick(WORDS));
            }
        }
    }
    if choices.one_in(20) {
        out.push_str(choices.pick(&["    pattern: \"{}\"\n", "    extra: 1\n", "    value: 1\n"]));
    }
}

fn rule(choices: &mut Choices, at: usize, figure_count: usize, out: &mut String) {
    let id = if choices.one_in(8) { 0 } else { at };
    let _ = writeln!(out, "  - id: \"r{id}{}\"", choices.pick(WORDS));
    if choices.one_in(2) {
        let _ = writeln!(
            out,
            "    description: \"{} {}\"",
            choices.pick(WORDS),
            choices.pick(WORDS)
        );
    }
    if choices.one_in(3) {
        let _ = writeln!(out, "    severity: {}", choices.pick(SEVERITIES));
    }
    if choices.one_in(3) {
        let _ = writeln!(out, "    tolerance: {}", choices.pick(TOLERANCES));
    }
    if choices.one_in(6) {
        out.push_str("    loose: ignore\n");
    }
    let name = |choices: &mut Choices| match choices.one_in(12) {
        true => "f99".to_string(),
        false => format!("f{}", choices.below(figure_count)),
    };
    match choices.below(4) {
        0 => {
            let parts = 1 + choices.below(4);
            let names: Vec<String> = (0..parts).map(|_| name(choices)).collect();
            let _ = writeln!(out, "    sum: [{}]", names.join(", "));
            let _ = writeln!(out, "    equals: {}", name(choices));
        }
        1 => {
            let _ = writeln!(out, "    claim: {}", name(choices));
            let _ = writeln!(out, "    agrees_with: {}", name(choices));
        }
        2 => {
            let members = 1 + choices.below(4);
            let names: Vec<String> = (0..members).map(|_| name(choices)).collect();
            let _ = writeln!(out, "    equal: [{}]", names.join(", "));
        }
        _ => {
            let text = expression(choices).replace("missing_name", &name(choices));
            let quoted = serde_json::to_string(&text).unwrap_or_default();
            let _ = writeln!(out, "    expr: {quoted}");
        }
    }
    if choices.one_in(16) {
        out.push_str(choices.pick(&["    equals: f0\n", "    sum: f0\n", "    bogus: 1\n"]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_bytes_build_the_simplest_input() {
        assert_eq!(expression(&mut Choices::new(&[])), "a == a");
        let file = rule_file(&mut Choices::new(&[]));
        assert!(file.starts_with("version: 1\ndocuments:\n"), "{file}");
    }

    #[test]
    fn choices_reach_nesting_past_the_parser_limit() {
        // side: wrap (6) with the first wrapper, 300 levels, then a name.
        let deep = expression(&mut Choices::new(&[6, 0, 1, 43, 1, 0]));
        assert!(deep.starts_with(&"(".repeat(300)), "{deep}");
        assert!(crate::rules::expr::parse(&deep).is_err());
    }
}
