//! The front end: source text → tokens (lexer) → LALRPOP grammar → quoted form.

mod error;
mod lexer;
mod literal;
mod parser;
mod quoted;
mod token;

pub use error::SyntaxError;

use crate::term::Term;

/// Parses `source` (read from `file`) into its quoted form, as
/// `Code.string_to_quoted!/2` does.
pub use literal::unescape;

pub fn string_to_quoted(source: &str, file: &str) -> Result<Term, SyntaxError> {
    let (tokens, eof) = lexer::tokenize(source, file)?;
    parser::parse(tokens, file, eof, source)
}

/// The quoted form with metadata reduced to `[line: N]`, as `vial --quoted`
/// prints it (the parser also notes `no_parens:` and `delimiter:`).
pub fn string_to_quoted_lines(source: &str, file: &str) -> Result<Term, SyntaxError> {
    string_to_quoted(source, file).map(|t| only_lines(&t))
}

fn only_lines(t: &Term) -> Term {
    match t {
        Term::Tuple(tu) => {
            let e = tu.elems();
            if let [head, meta @ (Term::Cons(_) | Term::Nil), args] = e {
                let kept: Vec<Term> = term_items(meta)
                    .into_iter()
                    .filter(|m| matches!(m.as_tuple(), Some([k, _]) if k.is_atom(crate::term::Atom::new("line"))))
                    .collect();
                if kept.len() + meta_extra(meta) == term_items(meta).len() {
                    return Term::tuple(vec![only_lines(head), Term::list(kept), only_lines(args)]);
                }
            }
            Term::tuple(e.iter().map(only_lines).collect::<Vec<_>>())
        }
        Term::Cons(_) => match t.list_to_vec() {
            Some(items) => Term::list(items.iter().map(only_lines).collect::<Vec<_>>()),
            None => t.clone(),
        },
        _ => t.clone(),
    }
}

/// How many metadata entries are the parser's own notes (`no_parens:`,
/// `delimiter:`) rather than `line:`: a list of anything else is no metadata.
fn meta_extra(meta: &Term) -> usize {
    term_items(meta)
        .iter()
        .filter(|m| {
            matches!(m.as_tuple(), Some([crate::term::Term::Atom(k), _])
                if matches!(k.name(), "no_parens" | "delimiter"))
        })
        .count()
}

fn term_items(t: &Term) -> Vec<Term> {
    t.list_to_vec().unwrap_or_default()
}

/// Line and column of the last token of `source` (an end of line counts),
/// where `Code.string_to_quoted/2` places an expression cut short by the end
/// of the input.
pub fn last_token_position(source: &str, file: &str) -> Option<(u32, u32)> {
    let (tokens, _) = lexer::tokenize(source, file).ok()?;
    let last = tokens.last()?;
    // The lexer keeps no end of line after the last token: find it in the text.
    let line_text = source.lines().nth(last.line as usize - 1)?;
    let after = line_text.chars().skip(last.col as usize - 1);
    let ends_line = source.split('\n').count() > last.line as usize;
    match (last.kind, ends_line) {
        (token::Kind::Eol | token::Kind::Dot, _) | (_, false) => Some((last.line, last.col)),
        _ => {
            // Skip the token's own text and the blanks after it.
            let rest: String = after.collect();
            let token_len = rest
                .char_indices()
                .find(|(i, c)| *i > 0 && c.is_whitespace())
                .map_or(rest.chars().count(), |(i, _)| rest[..i].chars().count());
            let blanks = rest
                .chars()
                .skip(token_len)
                .take_while(|c| *c == ' ' || *c == '\t')
                .count();
            Some((last.line, last.col + (token_len + blanks) as u32))
        }
    }
}

/// Code text for a quoted form (`Macro.to_string/1`), for error messages.
pub fn to_string(t: &crate::term::Term) -> String {
    crate::term::inspect(t)
}
