//! Natives for files, folders and the operating system (`:file`, `:filename`, `:os`, `System`).

use super::Entry;

pub static NATIVES: &[Entry] = &[];
