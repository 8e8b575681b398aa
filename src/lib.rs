//! vial: an interpreter for Elixir. The pipeline (see DESIGN.md): `syntax` turns
//! source into the quoted form, a `Term`; later stages expand, compile and run it.

pub mod cli;
pub mod syntax;
pub mod term;
