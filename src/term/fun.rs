//! Functions as values: closures (compiled code plus the values they captured)
//! and external functions (`&Mod.fun/arity`, resolved when called).

use std::sync::Arc;

use super::{Atom, Term};

#[derive(Debug)]
pub enum Fun {
    /// `fn ... end` or `&local/1`: code and captured values.
    Closure {
        code: Arc<crate::vm::FunCode>,
        env: Box<[Term]>,
    },
    /// `&Mod.fun/arity`, or `&fun/arity` of a public function.
    Export {
        module: Atom,
        name: Atom,
        arity: u32,
    },
}

impl Fun {
    pub fn arity(&self) -> u32 {
        match self {
            Fun::Closure { code, .. } => code.arity,
            Fun::Export { arity, .. } => *arity,
        }
    }
}
