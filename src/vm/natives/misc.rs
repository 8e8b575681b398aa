//! Natives for the smaller modules written in Elixir over the VM: `Function`
//! (`:erlang.fun_info/2`), `Module`, and what `Atom`, `Date` and `:rand` need.

use super::Entry;

pub static NATIVES: &[Entry] = &[];
