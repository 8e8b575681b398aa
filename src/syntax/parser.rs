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

/// Parses a whole file's tokens; `eof` is where the last token ends.
pub fn parse(
    tokens: Vec<Token>,
    file: &str,
    eof: (u32, u32),
    source: &str,
) -> Result<Term, SyntaxError> {
    quoted::set_file(file);
    // Where the trailing end-of-lines start: an error there means the input ended early.
    let trailing = tokens
        .iter()
        .rposition(|t| t.kind != Kind::Eol)
        .map_or(0, |i| i + 1);
    let triples = tokens
        .into_iter()
        .enumerate()
        .map(|(i, t)| Ok::<_, SyntaxError>((i, t, i + 1)));
    let result = elixir::GrammarParser::new()
        .parse(file, triples)
        .map_err(|e| convert(e, file, eof, trailing, source));
    match result {
        Ok(term) if quoted::stray_assocs() > 0 => Err(find_stray_assoc(&term, file)),
        other => other,
    }
}

/// Parses the tokens of an interpolation `#{...}` inside a literal.
pub(super) fn parse_tokens(
    tokens: Vec<Token>,
) -> Result<Term, ParseError<usize, Token, SyntaxError>> {
    let triples = tokens
        .into_iter()
        .enumerate()
        .map(|(i, t)| Ok((i, t, i + 1)));
    elixir::GrammarParser::new().parse("", triples)
}

fn convert(
    err: ParseError<usize, Token, SyntaxError>,
    file: &str,
    eof: (u32, u32),
    trailing: usize,
    source: &str,
) -> SyntaxError {
    let incomplete = |(line, column): (u32, u32)| SyntaxError {
        kind: "TokenMissingError",
        file: file.to_string(),
        line,
        column,
        message: "syntax error: expression is incomplete".to_string(),
    };
    match err {
        ParseError::User { error } => error,
        ParseError::UnrecognizedToken {
            token: (i, tok, _), ..
        }
        | ParseError::ExtraToken { token: (i, tok, _) } => {
            if tok.kind == Kind::Eol {
                // Elixir's grammar takes an end of line inside brackets (before a
                // closing one) and after `%Name` (before its braces): the error is
                // then the token after it, or the end of the input.
                let tokens = super::lexer::tokenize(source, file)
                    .map(|(t, _)| t)
                    .unwrap_or_default();
                if eol_allowed(&tokens, i) {
                    return match tokens[i + 1..].iter().find(|t| t.kind != Kind::Eol) {
                        Some(next) => unexpected(next, file),
                        None => incomplete((tok.line, tok.col)),
                    };
                }
                if i >= trailing && tokens.is_empty() {
                    return incomplete((tok.line, tok.col));
                }
                return SyntaxError {
                    kind: "SyntaxError",
                    file: file.to_string(),
                    line: tok.line,
                    column: tok.col,
                    message: "unexpectedly reached end of line. The current expression is invalid or incomplete".to_string(),
                };
            }
            if tok.kind == Kind::KwIdentifier && tok.name().name() != "do" {
                // Elixir names a misplaced keyword with its colon, `'a:'`, except
                // right after `{`.
                let tokens = super::lexer::tokenize(source, file)
                    .map(|(t, _)| t)
                    .unwrap_or_default();
                let after_curly =
                    i > 0 && matches!(tokens.get(i - 1), Some(t) if t.kind == Kind::LCurly);
                if !after_curly {
                    return SyntaxError {
                        message: format!(
                            "syntax error before: {}",
                            erlang_atom(&format!("{}:", tok.name().name()))
                        ),
                        ..unexpected(&tok, file)
                    };
                }
            }
            if tok.kind == Kind::End {
                if let Some(err) = eol_before_end(&tok, i, file, source) {
                    return err;
                }
            }
            unexpected(&tok, file)
        }
        ParseError::UnrecognizedEof { .. } | ParseError::InvalidToken { .. } => incomplete(eof),
    }
}

/// Elixir keeps the end of line before `end` (vial's lexer drops it): where
/// that end of line cannot stand, Elixir reports it rather than the `end`.
fn eol_before_end(end: &Token, i: usize, file: &str, source: &str) -> Option<SyntaxError> {
    let tokens = super::lexer::tokenize(source, file).map(|(t, _)| t).ok()?;
    let prev = tokens.get(i.checked_sub(1)?)?;
    let after_operator = prev.is_binary_op()
        || matches!(
            prev.kind,
            Kind::CaptureOp
                | Kind::UnaryOp
                | Kind::DualOp
                | Kind::AtOp
                | Kind::Percent
                | Kind::TernaryOp
                | Kind::RangeOp
        );
    if after_operator && prev.kind != Kind::Dot {
        // `a <> end`, `&end`: after an operator Elixir names `end` as a reserved word.
        return Some(SyntaxError {
            message: format!("syntax error before: end. {}", reserved_word_hint("end")),
            ..unexpected(end, file)
        });
    }
    if super::lexer::swallows_eol(prev) || eol_allowed(&tokens, i) {
        return None;
    }
    let line_start = source
        .split_inclusive('\n')
        .take(end.line as usize - 1)
        .map(str::len)
        .sum::<usize>();
    let end_offset = line_start
        + source[line_start..]
            .chars()
            .take(end.col as usize - 1)
            .map(char::len_utf8)
            .sum::<usize>();
    let before = source.get(..end_offset)?;
    let text_end = before.trim_end_matches([' ', '\t', '\r', '\n']).len();
    if !before[text_end..].contains('\n') {
        return None;
    }
    let line = before[..text_end].matches('\n').count() as u32 + 1;
    let col = before[..text_end]
        .rsplit('\n')
        .next()
        .map_or(0, |l| l.chars().count()) as u32
        + 1;
    Some(SyntaxError {
        kind: "SyntaxError",
        file: file.to_string(),
        line,
        column: col,
        message:
            "unexpectedly reached end of line. The current expression is invalid or incomplete"
                .to_string(),
    })
}

/// Whether Elixir's grammar would accept the end of line at `i`: inside an open
/// `(`, `[`, `{` or `<<`, or right after the name of a struct.
fn eol_allowed(tokens: &[Token], i: usize) -> bool {
    if i >= tokens.len() {
        return false;
    }
    let after_struct_name = struct_name_before(tokens, i);
    let mut depth = 0i32;
    for t in &tokens[..i] {
        match t.kind {
            Kind::LParen | Kind::LBracket | Kind::LCurly | Kind::LBit => depth += 1,
            Kind::RParen | Kind::RBracket | Kind::RCurly | Kind::RBit => depth -= 1,
            _ => {}
        }
    }
    depth > 0 || after_struct_name
}

/// Whether the tokens before `i` end with `%Name`, `%name(args)` or the like.
fn struct_name_before(tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        match tokens[j].kind {
            Kind::Percent => return j + 1 < i,
            Kind::Identifier
            | Kind::Alias
            | Kind::Dot
            | Kind::AtOp
            | Kind::Atom
            | Kind::ParenIdentifier => {}
            Kind::RParen => {
                let mut depth = 1;
                while depth > 0 && j > 0 {
                    j -= 1;
                    match tokens[j].kind {
                        Kind::RParen => depth += 1,
                        Kind::LParen => depth -= 1,
                        _ => {}
                    }
                }
            }
            _ => return false,
        }
    }
    false
}

fn reserved_word_hint(name: &str) -> String {
    format!("\"{name}\" is a reserved word in Elixir and therefore its usage is limited. For instance, it can't be used as a variable or be defined nor invoked as a regular function")
}

fn unexpected(tok: &Token, file: &str) -> SyntaxError {
    let name = tok.name().name();
    let message = match tok.kind {
        Kind::End => format!("unexpected reserved word: {name}"),

        Kind::KwIdentifier if name == "do" => {
            format!("unexpected keyword: do:. {}", super::lexer::DO_HINT)
        }
        Kind::BlockIdentifier | Kind::InOp | Kind::WhenOp | Kind::AndOp | Kind::OrOp
            if name.chars().all(|c| c.is_ascii_lowercase()) =>
        {
            format!("syntax error before: {name}. {}", reserved_word_hint(name))
        }
        _ => format!("syntax error before: {}", describe(tok)),
    };
    SyntaxError {
        kind: "SyntaxError",
        file: file.to_string(),
        line: tok.line,
        column: tok.col,
        message,
    }
}

/// Words Erlang reserves: its term syntax quotes them as atoms.
const ERLANG_RESERVED: &[&str] = &[
    "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case",
    "catch", "cond", "div", "end", "fun", "if", "let", "maybe", "not", "of", "or", "orelse",
    "receive", "rem", "try", "when", "xor",
];

/// An atom as Erlang's term syntax writes it: bare or in single quotes.
fn erlang_atom(name: &str) -> String {
    let mut chars = name.chars();
    let bare = matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '@')
        && !ERLANG_RESERVED.contains(&name);
    if bare {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\\', "\\\\").replace('\'', "\\'"))
    }
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
        Value::Name(a) => erlang_atom(a.name()),
        Value::Term(t) => match tok.kind {
            Char => format!(
                "?{}",
                char::from_u32(match t {
                    Term::Int(i) => *i as u32,
                    _ => 0,
                })
                .unwrap_or(' ')
            ),
            _ => format!("\"{}\"", crate::term::inspect(t)),
        },
        Value::Sigil(sigil) => {
            format!(
                "sigil ~{} starting with content '{}'",
                sigil.letter,
                literal_text(&sigil.parts)
            )
        }
        // Elixir shows a string up to its first interpolation.
        Value::Parts(parts) => format!("\"{}\"", literal_text(leading_literal(parts))),
        Value::None => String::new(),
    }
}

fn leading_literal(parts: &[super::token::Part]) -> &[super::token::Part] {
    let n = parts
        .iter()
        .take_while(|p| matches!(p, super::token::Part::Lit(_)))
        .count();
    &parts[..n]
}

fn literal_text(parts: &[super::token::Part]) -> String {
    let text: Vec<u8> = parts
        .iter()
        .flat_map(|p| match p {
            super::token::Part::Lit(b) => b.clone(),
            super::token::Part::Interp(..) => b"#{}".to_vec(),
        })
        .collect();
    String::from_utf8_lossy(&text).into_owned()
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
                        let get = |i: usize| match m
                            .get(i)
                            .and_then(|p| p.as_tuple().map(|p| p[1].clone()))
                        {
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
    SyntaxError {
        kind: "SyntaxError",
        file: file.to_string(),
        line,
        column,
        message: "syntax error before: '=>'".to_string(),
    }
}
