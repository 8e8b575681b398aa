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
