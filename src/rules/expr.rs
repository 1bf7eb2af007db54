//! The `expr` rule language: a comparison of two arithmetic expressions
//! over figure names, decimal and percent literals (SPEC §4).
//!
//! ```text
//! comparison := sum ("==" | "!=" | "<" | "<=" | ">" | ">=") sum
//! sum        := product (("+" | "-") product)*
//! product    := unary (("*" | "/") unary)*
//! unary      := "-" unary | atom
//! atom       := number ["%"] | name | func "(" sum ("," sum)* ")" | "(" sum ")"
//! func       := "abs" | "min" | "max"
//! ```

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use rust_decimal::Decimal;

/// How deep an expression tree may grow: nested parentheses, calls and
/// minus signs, and the chain of a long sum or product (`a + b + …` is a
/// tree as deep as it has terms). Parsing, evaluating, printing and
/// dropping all recurse over the tree, on worker threads with small
/// stacks; a rule needs a handful of levels, and a `sum:` rule takes any
/// number of parts.
pub(crate) const MAX_DEPTH: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Expr {
    Number(Decimal),
    /// A figure name and where it stands in the expression text.
    Figure(String, Range<usize>),
    Neg(Box<Expr>),
    Binary(Op, Box<Expr>, Box<Expr>),
    Call(Func, Vec<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Func {
    Abs,
    Min,
    Max,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompareOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CompareOp {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Comparison {
    pub(crate) left: Expr,
    pub(crate) op: CompareOp,
    pub(crate) right: Expr,
}

/// A syntax error, at a byte range of the expression text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExprError {
    pub(crate) message: String,
    pub(crate) span: Range<usize>,
}

impl fmt::Display for ExprError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Comparison {
    /// Every figure name used, with its place, in order.
    pub(crate) fn names(&self) -> Vec<(&str, Range<usize>)> {
        let mut names = Vec::new();
        collect_names(&self.left, &mut names);
        collect_names(&self.right, &mut names);
        names
    }
}

fn collect_names<'a>(expr: &'a Expr, out: &mut Vec<(&'a str, Range<usize>)>) {
    match expr {
        Expr::Number(_) => {}
        Expr::Figure(name, span) => out.push((name, span.clone())),
        Expr::Neg(inner) => collect_names(inner, out),
        Expr::Binary(_, a, b) => {
            collect_names(a, out);
            collect_names(b, out);
        }
        Expr::Call(_, args) => args.iter().for_each(|a| collect_names(a, out)),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Number(Decimal),
    Name(String),
    Op(&'static str),
    End,
}

struct Parser {
    toks: Vec<(Tok, Range<usize>)>,
    at: usize,
    /// How many `unary`/`atom` levels are open now.
    open: usize,
}

/// An expression with the height of its tree.
type Tall = (Expr, usize);

/// Parses `text` as a comparison.
pub(crate) fn parse(text: &str) -> Result<Comparison, ExprError> {
    let mut parser = Parser {
        toks: tokenize(text)?,
        at: 0,
        open: 0,
    };
    let (left, _) = parser.sum()?;
    let (tok, span) = parser.next();
    let op = match tok {
        Tok::Op("==") => CompareOp::Eq,
        Tok::Op("!=") => CompareOp::Ne,
        Tok::Op("<") => CompareOp::Lt,
        Tok::Op("<=") => CompareOp::Le,
        Tok::Op(">") => CompareOp::Gt,
        Tok::Op(">=") => CompareOp::Ge,
        _ => return Err(error("expected a comparison (==, !=, <, <=, >, >=)", span)),
    };
    let (right, _) = parser.sum()?;
    match parser.next() {
        (Tok::End, _) => Ok(Comparison { left, op, right }),
        (_, span) => Err(error("unexpected text after the comparison", span)),
    }
}

fn error(message: &str, span: Range<usize>) -> ExprError {
    ExprError {
        message: message.to_string(),
        span,
    }
}

fn tokenize(text: &str) -> Result<Vec<(Tok, Range<usize>)>, ExprError> {
    let mut toks = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            let mut value = Decimal::from_str(&text[start..i])
                .map_err(|_| error("this number cannot be read exactly", start..i))?;
            if bytes.get(i) == Some(&b'%') {
                i += 1;
                value /= Decimal::ONE_HUNDRED;
            }
            toks.push((Tok::Number(value), start..i));
        } else if c.is_ascii_alphabetic() || c == b'_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            toks.push((Tok::Name(text[start..i].to_string()), start..i));
        } else {
            let two = text.get(i..i + 2).unwrap_or("");
            let op = ["==", "!=", "<=", ">="].into_iter().find(|op| *op == two);
            let op = op.or_else(|| {
                ["+", "-", "*", "/", "(", ")", ",", "<", ">"]
                    .into_iter()
                    .find(|op| op.as_bytes()[0] == c)
            });
            let Some(op) = op else {
                let len = text[i..].chars().next().map_or(1, char::len_utf8);
                let message = if c == b'=' {
                    "use == to compare"
                } else {
                    "unexpected character"
                };
                return Err(error(message, i..i + len));
            };
            i += op.len();
            toks.push((Tok::Op(op), start..i));
        }
    }
    toks.push((Tok::End, text.len()..text.len()));
    Ok(toks)
}

impl Parser {
    fn peek(&self) -> &Tok {
        self.toks.get(self.at).map_or(&Tok::End, |(t, _)| t)
    }

    fn next(&mut self) -> (Tok, Range<usize>) {
        let tok = self.toks.get(self.at).cloned().unwrap_or((Tok::End, 0..0));
        self.at = (self.at + 1).min(self.toks.len());
        tok
    }

    /// Refuses a tree taller than [`MAX_DEPTH`], at the token that
    /// would make it so.
    fn check_height(&self, height: usize) -> Result<(), ExprError> {
        if height <= MAX_DEPTH {
            return Ok(());
        }
        let span = self
            .toks
            .get(self.at.saturating_sub(1))
            .map_or(0..0, |(_, s)| s.clone());
        Err(error(
            &format!("the expression nests deeper than {MAX_DEPTH} levels; split it into several rules"),
            span,
        ))
    }

    fn sum(&mut self) -> Result<Tall, ExprError> {
        let (mut left, mut height) = self.product()?;
        loop {
            let op = match self.peek() {
                Tok::Op("+") => Op::Add,
                Tok::Op("-") => Op::Sub,
                _ => return Ok((left, height)),
            };
            self.next();
            let (right, right_height) = self.product()?;
            height = height.max(right_height) + 1;
            self.check_height(height)?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
    }

    fn product(&mut self) -> Result<Tall, ExprError> {
        let (mut left, mut height) = self.unary()?;
        loop {
            let op = match self.peek() {
                Tok::Op("*") => Op::Mul,
                Tok::Op("/") => Op::Div,
                _ => return Ok((left, height)),
            };
            self.next();
            let (right, right_height) = self.unary()?;
            height = height.max(right_height) + 1;
            self.check_height(height)?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
    }

    /// One level deeper for the parser's own recursion: refused before
    /// the stack grows past what the tree may hold.
    fn enter(&mut self) -> Result<(), ExprError> {
        self.open += 1;
        self.check_height(self.open)
    }

    fn unary(&mut self) -> Result<Tall, ExprError> {
        if self.peek() == &Tok::Op("-") {
            self.next();
            self.enter()?;
            let (inner, height) = self.unary()?;
            self.open -= 1;
            let height = height + 1;
            self.check_height(height)?;
            return Ok((Expr::Neg(Box::new(inner)), height));
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Tall, ExprError> {
        let (tok, span) = self.next();
        match tok {
            Tok::Number(n) => Ok((Expr::Number(n), 1)),
            Tok::Name(name) if self.peek() == &Tok::Op("(") => {
                let func = match name.as_str() {
                    "abs" => Func::Abs,
                    "min" => Func::Min,
                    "max" => Func::Max,
                    _ => return Err(error("unknown function (abs, min and max are known)", span)),
                };
                self.next();
                self.enter()?;
                let (first, mut height) = self.sum()?;
                let mut args = vec![first];
                while self.peek() == &Tok::Op(",") {
                    self.next();
                    let (arg, arg_height) = self.sum()?;
                    height = height.max(arg_height);
                    args.push(arg);
                }
                self.expect(")")?;
                self.open -= 1;
                if func == Func::Abs && args.len() != 1 {
                    return Err(error("abs takes one argument", span));
                }
                let height = height + 1;
                self.check_height(height)?;
                Ok((Expr::Call(func, args), height))
            }
            Tok::Name(name) => Ok((Expr::Figure(name, span), 1)),
            Tok::Op("(") => {
                self.enter()?;
                let inner = self.sum()?;
                self.expect(")")?;
                self.open -= 1;
                Ok(inner)
            }
            Tok::End => Err(error("the expression ends too early", span)),
            Tok::Op(_) => Err(error("expected a number, a figure name or (", span)),
        }
    }

    fn expect(&mut self, op: &'static str) -> Result<(), ExprError> {
        match self.next() {
            (Tok::Op(found), _) if found == op => Ok(()),
            (_, span) => Err(error(&format!("expected `{op}`"), span)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(name: &str, at: usize) -> Expr {
        Expr::Figure(name.into(), at..at + name.len())
    }

    #[test]
    fn precedence_and_percent_literals() {
        let parsed = parse("a + b * 2 <= 30%").unwrap();
        assert_eq!(parsed.op, CompareOp::Le);
        assert_eq!(
            parsed.left,
            Expr::Binary(
                Op::Add,
                Box::new(fig("a", 0)),
                Box::new(Expr::Binary(
                    Op::Mul,
                    Box::new(fig("b", 4)),
                    Box::new(Expr::Number(2.into()))
                ))
            )
        );
        assert_eq!(parsed.right, Expr::Number(Decimal::new(30, 2)));
    }

    #[test]
    fn unary_minus_parentheses_and_functions() {
        let parsed = parse("-(a - b) == abs(max(a, b, 1.5))").unwrap();
        assert!(matches!(parsed.left, Expr::Neg(_)));
        let names: Vec<&str> = parsed.names().into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["a", "b", "a", "b"]);
    }

    #[test]
    fn errors_point_into_the_expression() {
        assert_eq!(parse("a + b").unwrap_err().span, 5..5);
        assert_eq!(parse("a = b").unwrap_err().span, 2..3);
        assert_eq!(parse("a + * b == 1").unwrap_err().span, 4..5);
        assert_eq!(parse("sqrt(a) == 1").unwrap_err().span, 0..4);
        assert_eq!(parse("(a == 1").unwrap_err().message, "expected `)`");
        assert!(parse("a == b c").is_err());
    }

    #[test]
    fn trees_deeper_than_the_limit_are_refused_at_their_place() {
        let nested = format!("{}a{} == 1", "(".repeat(5_000), ")".repeat(5_000));
        let error = parse(&nested).unwrap_err();
        assert!(error.message.contains("deeper than"), "{}", error.message);
        assert_eq!(error.span, MAX_DEPTH..MAX_DEPTH + 1);
        for text in [
            format!("{}a == 1", "-".repeat(10_000)),
            format!("{}a{} == 1", "abs(".repeat(3_000), ")".repeat(3_000)),
            format!("{} == 1", vec!["a"; 9_000].join(" + ")),
            format!("a == {}", vec!["b"; 9_000].join(" * ")),
        ] {
            assert!(parse(&text).unwrap_err().message.contains("deeper than"));
        }
    }

    #[test]
    fn trees_at_the_limit_still_parse() {
        let terms = vec!["a"; MAX_DEPTH].join(" + ");
        assert!(parse(&format!("{terms} == 1")).is_ok());
        let nested = format!("{}a{} == 1", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        assert!(parse(&nested).is_ok());
    }
}
