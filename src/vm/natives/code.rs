//! Natives for `Code` and `Macro`: expansion and evaluation from Elixir code.

use super::Entry;

pub static NATIVES: &[Entry] = &[];
