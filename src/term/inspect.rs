//! `inspect/1` for terms, exactly as Elixir prints them.

use super::Term;

pub fn inspect(term: &Term) -> String {
    format!("{term:?}")
}
