//! Runs the LALRPOP-generated parser over the lexer's tokens and turns its
//! errors into Elixir's messages (`syntax error before: ')'`, `syntax error:
//! expression is incomplete`, `unexpected reserved word: end`, ...).

use lalrpop_util::{lalrpop_mod, ParseError};

use super::quoted;
use super::token::{Kind, Token, Value};
use super::SyntaxError;
use crate::term::Term;

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    elixir
);

/// Parses a whole file's tokens.
pub fn parse(tokens: Vec<Token>, file: &str) -> Result<Term, SyntaxError> {
    quoted::set_file(file);
    let eof = tokens.last().map(|t| (t.line, t.col));
    let result = run(tokens, file, eof);
    match result {
        Ok(term) if quoted::stray_assocs() > 0 => Err(find_stray_assoc(&term, file)),
        other => other,
    }
}

/// Parses the tokens of an interpolation `#{...}` inside a literal.
pub(super) fn parse_tokens(tokens: Vec<Token>) -> Result<Term, ParseError<usize, Token, SyntaxError>> {
    let triples = tokens.into_iter().enumerate().map(|(i, t)| Ok((i, t, i + 1)));
    elixir::GrammarParser::new().parse("", triples)
}

fn run(tokens: Vec<Token>, file: &str, eof: Option<(u32, u32)>) -> Result<Term, SyntaxError> {
    let triples = tokens.into_iter().enumerate().map(|(i, t)| Ok::<_, SyntaxError>((i, t, i + 1)));
    elixir::GrammarParser::new().parse(file, triples).map_err(|e| convert(e, file, eof))
}

fn convert(err: ParseError<usize, Token, SyntaxError>, file: &str, eof: Option<(u32, u32)>) -> SyntaxError {
    match err {
        ParseError::User { error } => error,
        ParseError::UnrecognizedToken { token: (_, tok, _), .. }
        | ParseError::ExtraToken { token: (_, tok, _) } => unexpected(&tok, file),
        ParseError::UnrecognizedEof { .. } | ParseError::InvalidToken { .. } => {
            let (line, column) = eof.unwrap_or((1, 1));
            SyntaxError {
                kind: "TokenMissingError",
                file: file.to_string(),
                line,
                column,
                message: "syntax error: expression is incomplete".to_string(),
            }
        }
    }
}

fn unexpected(tok: &Token, file: &str) -> SyntaxError {
    let message = match tok.kind {
        Kind::End | Kind::Do | Kind::Fn | Kind::BlockIdentifier | Kind::True | Kind::False | Kind::Nil => {
            format!("unexpected reserved word: {}", tok.name().name())
        }
        _ => format!("syntax error before: {}", describe(tok)),
    };
    SyntaxError { kind: "SyntaxError", file: file.to_string(), line: tok.line, column: tok.col, message }
}

/// A token as Elixir's parser names it in "syntax error before: ...".
fn describe(tok: &Token) -> String {
    use Kind::*;
    let punct = match tok.kind {
        Comma => Some(","),
        Semi => Some(";"),
        LParen => Some("("),
        RParen => Some(")"),
        LBracket => Some("["),
        RBracket => Some("]"),
        LCurly => Some("{"),
        RCurly => Some("}"),
        LBit => Some("<<"),
        RBit => Some(">>"),
        MapOp => Some("%{}"),
        Percent => Some("%"),
        Dot | DotCall => Some("."),
        Eol => return "eol".to_string(),
        _ => None,
    };
    if let Some(p) = punct {
        return format!("'{p}'");
    }
    match &tok.value {
        Value::Name(a) => match tok.kind {
            Identifier | ParenIdentifier | BracketIdentifier | DoIdentifier | OpIdentifier | Alias => {
                a.name().to_string()
            }
            KwIdentifier => a.name().to_string(),
            Atom => format!(":{}", a.name()),
            _ => format!("'{}'", a.name()),
        },
        Value::Term(t) => crate::term::inspect(t),
        Value::Parts(parts) => {
            let text: Vec<u8> = parts
                .iter()
                .flat_map(|p| match p {
                    super::token::Part::Lit(b) => b.clone(),
                    super::token::Part::Interp(..) => b"#{}".to_vec(),
                })
                .collect();
            format!("\"{}\"", String::from_utf8_lossy(&text))
        }
        _ => String::new(),
    }
}

/// The first `=>` outside a map, for the error Elixir gives.
fn find_stray_assoc(term: &Term, file: &str) -> SyntaxError {
    fn walk(t: &Term) -> Option<(u32, u32)> {
        match t {
            Term::Tuple(tuple) => {
                let elems = tuple.elems();
                if let [head, meta, _] = elems {
                    if head.is_atom(crate::term::Atom::new("=>")) {
                        let m = meta.list_to_vec().unwrap_or_default();
                        let get = |i: usize| match m.get(i).and_then(|p| p.as_tuple().map(|p| p[1].clone())) {
                            Some(Term::Int(n)) => n as u32,
                            _ => 0,
                        };
                        return Some((get(0), get(1)));
                    }
                }
                elems.iter().find_map(walk)
            }
            Term::Cons(_) => {
                let mut cur = t;
                while let Term::Cons(c) = cur {
                    if let Some(found) = walk(&c.head) {
                        return Some(found);
                    }
                    cur = &c.tail;
                }
                walk(cur)
            }
            _ => None,
        }
    }
    let (line, column) = walk(term).unwrap_or((1, 1));
    SyntaxError { kind: "SyntaxError", file: file.to_string(), line, column, message: "syntax error before: '=>'".to_string() }
}
