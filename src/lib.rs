//! vial: an interpreter for Elixir. The pipeline (see DESIGN.md): `syntax` turns
//! source into the quoted form, a `Term`; later stages expand, compile and run it.

pub mod bif;
pub mod cli;
pub mod compile;
pub mod expand;
pub mod repl;
pub mod runtime;
pub mod syntax;
pub mod term;
pub mod vm;
