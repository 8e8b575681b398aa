//! Native built-ins: the functions of Erlang's modules (`:erlang`, `:lists`,
//! `:maps`, `:string`, `:math`, `:unicode`, `:binary`, ...) that the stdlib in
//! stdlib/ is written over, one file per module family, all registered in one
//! table looked up by (module, name, arity).
//!
//! A built-in here is pure: it sees only its arguments. Built-ins that need the
//! running process (`self/0`, `send/2`, the process dictionary, calling a fun)
//! live in the VM.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::term::{Atom, Term};
use crate::vm::Exception;

mod args;
mod arith;
mod binary;
mod clock;
mod convert;
mod crypto;
mod digest;
mod erlang;
mod etf;
pub(crate) mod file;
mod float_text;
mod io_lib;
mod lists;
mod maps;
mod math;
mod persistent_term;
mod re;
mod string;
mod string_legacy;
mod system;
mod unicode;

pub type BifResult = Result<Term, Exception>;
pub type BifFn = fn(&[Term]) -> BifResult;

/// One built-in function.
pub struct Bif {
    pub module: &'static str,
    pub name: &'static str,
    pub arity: u32,
    /// Allowed in guards (`is_integer/1`, `elem/2`, `map_size/1`, ...).
    pub guard: bool,
    pub f: BifFn,
}

impl std::fmt::Debug for Bif {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, ":{}.{}/{}", self.module, self.name, self.arity)
    }
}

/// The table of every built-in, keyed by (module, name, arity).
fn table() -> &'static HashMap<(Atom, Atom, u32), &'static Bif> {
    static TABLE: OnceLock<HashMap<(Atom, Atom, u32), &'static Bif>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = HashMap::new();
        for family in [
            erlang::BIFS,
            arith::BIFS,
            convert::BIFS,
            system::BIFS,
            etf::BIFS,
            lists::BIFS,
            maps::BIFS,
            string::BIFS,
            string_legacy::BIFS,
            unicode::BIFS,
            binary::BIFS,
            math::BIFS,
            file::BIFS,
            re::BIFS,
            io_lib::BIFS,
            digest::BIFS,
            crypto::BIFS,
            clock::BIFS,
            persistent_term::BIFS,
        ] {
            for bif in family {
                t.insert((Atom::new(bif.module), Atom::new(bif.name), bif.arity), bif);
            }
        }
        t
    })
}

pub fn lookup(module: Atom, name: Atom, arity: u32) -> Option<&'static Bif> {
    table().get(&(module, name, arity)).copied()
}

/// The built-ins of `module`, as (name, arity): for the shell's completion.
pub fn functions_of(module: Atom) -> Vec<(Atom, u32)> {
    table()
        .keys()
        .filter(|(m, _, _)| *m == module)
        .map(|&(_, f, a)| (f, a))
        .collect()
}

/// Whether `module` has any built-in (so that it counts as a loaded module).
pub fn has_module(module: Atom) -> bool {
    static MODULES: OnceLock<std::collections::HashSet<Atom>> = OnceLock::new();
    MODULES
        .get_or_init(|| table().keys().map(|(m, _, _)| *m).collect())
        .contains(&module)
}

#[cfg(test)]
mod tests;
