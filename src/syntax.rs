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

/// Code text for a quoted form (`Macro.to_string/1`), for error messages.
pub fn to_string(t: &crate::term::Term) -> String {
    crate::term::inspect(t)
}
