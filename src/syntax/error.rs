//! Syntax errors, rendered as Elixir renders them:
//! `** (SyntaxError) f.exs:2:5: syntax error before: ')'`.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    /// `SyntaxError` or `TokenMissingError`.
    pub kind: &'static str,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Some of Elixir's messages name only the line: column 0 stands for that.
        if self.column == 0 {
            write!(
                f,
                "** ({}) {}:{}: {}",
                self.kind, self.file, self.line, self.message
            )
        } else {
            write!(
                f,
                "** ({}) {}:{}:{}: {}",
                self.kind, self.file, self.line, self.column, self.message
            )
        }
    }
}
