//! Natives for `Inspect.Algebra` and the `Inspect` protocol: documents built in Elixir, formatted in Rust.

use super::Entry;

pub static NATIVES: &[Entry] = &[];
