//! Exceptions as the VM carries them: Erlang's three classes (`error`, `exit`,
//! `throw`) with a reason term, plus what is needed to print them as Elixir
//! does — the stack frames collected while unwinding and, for built-ins that
//! fail with `badarg`, which argument was wrong and why (Erlang's error info).

use crate::term::{Atom, Term};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Error,
    Exit,
    Throw,
}

impl Class {
    pub fn atom(self) -> Atom {
        Atom::new(match self {
            Class::Error => "error",
            Class::Exit => "exit",
            Class::Throw => "throw",
        })
    }
}

/// One stack frame: `Mod.fun/arity` at `file:line`.
#[derive(Clone, Debug)]
pub struct Frame {
    pub module: Atom,
    pub function: Atom,
    pub arity: u32,
    /// The arguments, when known (a failed built-in, a FunctionClauseError).
    pub args: Option<Vec<Term>>,
    pub file: Option<Atom>,
    pub line: u32,
}

#[derive(Clone, Debug)]
pub struct Exception {
    pub class: Class,
    pub reason: Term,
    /// Per-argument explanations of a `badarg` (1-based position, text), as
    /// Erlang's error info gives them: `* 1st argument: not a binary`; or,
    /// at position 0, the whole message of a failure that is explained as a
    /// whole (a binary's construction).
    pub arg_errors: Vec<(u8, String)>,
    /// The top frame's `error_info` when the failure gives one of its own
    /// (a binary's construction: `%{cause: ..., function: :format_bs_fail, ...}`).
    pub info: Option<Box<Term>>,
    pub stack: Vec<Frame>,
    /// `:erlang.error(reason, args)`: the arguments the raising function's
    /// frame shows in place of its arity.
    pub caller_args: Option<Box<Vec<Term>>>,
    /// An exit signal ended the process: `try` handlers do not see it.
    pub killed: bool,
    /// The stacktrace was given (`:erlang.raise/3`, `reraise`): no frames
    /// are added to it, even when it is empty.
    pub given_stack: bool,
}

impl Exception {
    pub fn new(class: Class, reason: Term) -> Exception {
        Exception {
            class,
            reason,
            arg_errors: Vec::new(),
            info: None,
            stack: Vec::new(),
            caller_args: None,
            killed: false,
            given_stack: false,
        }
    }

    /// `:erlang.error(reason)`.
    pub fn error(reason: Term) -> Exception {
        Exception::new(Class::Error, reason)
    }

    /// An error with an atom reason: `badarg`, `badarith`, `function_clause`.
    pub fn error_atom(reason: &str) -> Exception {
        Exception::error(Term::atom(reason))
    }

    pub fn badarg() -> Exception {
        Exception::error_atom("badarg")
    }

    /// `badarg` explained: argument `position` (1-based) is wrong because `why`.
    pub fn badarg_at(position: u8, why: impl Into<String>) -> Exception {
        let mut e = Exception::badarg();
        e.arg_errors.push((position, why.into()));
        e
    }

    pub fn badarith() -> Exception {
        Exception::error_atom("badarith")
    }

    /// `{tag, value}` errors: `{:badkey, k}`, `{:badmap, m}`, `{:badmatch, v}`.
    pub fn tagged(tag: &str, value: Term) -> Exception {
        Exception::error(Term::tuple(vec![Term::atom(tag), value]))
    }

    pub fn throw(value: Term) -> Exception {
        Exception::new(Class::Throw, value)
    }

    pub fn exit(reason: Term) -> Exception {
        Exception::new(Class::Exit, reason)
    }
}
