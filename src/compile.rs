//! Lowering: from the quoted form to register code (`vm::FunCode`). Macros are
//! expanded on the way (src/expand/), variables become registers, patterns and
//! guards become test-and-jump code, and anonymous functions become child code
//! that reads what it captured from its closure.
//!
//! A script compiles to one function run at the top level; `defmodule` inside it
//! compiles to an instruction that, when run, compiles and loads the module body
//! (`define_module`), as Elixir compiles modules when their definition runs.

mod builder;
mod control;
pub mod expr;
mod module;
mod pattern;
mod special;

use std::sync::Arc;

use crate::term::{Atom, Term};
use crate::vm::{Exception, FunCode, Vm};

pub use builder::Env;
pub use module::define_module;

/// A `defmodule` body waiting to run, with the environment it was written in.
#[derive(Debug)]
pub struct ModuleSource {
    pub body: Term,
    /// `defprotocol` rather than `defmodule`.
    pub protocol: bool,
    pub env: Env,
    pub line: u32,
}

/// Parses, compiles and runs a whole source file (a script, or a stdlib file).
pub fn eval_source(vm: &mut Vm, source: &str, file: &str) -> Result<Term, Exception> {
    let quoted = match crate::syntax::string_to_quoted(source, file) {
        Ok(q) => q,
        Err(err) => return Err(syntax_exception(&err)),
    };
    eval_quoted(vm, &quoted, Env::new(Atom::new(file)))
}

/// Compiles and runs a quoted expression at the top level.
pub fn eval_quoted(vm: &mut Vm, quoted: &Term, env: Env) -> Result<Term, Exception> {
    let code = compile_script(vm, quoted, env)?;
    vm.call(code, Vec::new())
}

pub fn compile_script(vm: &mut Vm, quoted: &Term, env: Env) -> Result<Arc<FunCode>, Exception> {
    let mut c = expr::Compiler::new(vm, env, None);
    c.script(quoted)
}

/// The exception a syntax error raises (`SyntaxError`, `TokenMissingError`).
pub fn syntax_exception(err: &crate::syntax::SyntaxError) -> Exception {
    Exception::error(crate::runtime::exception_struct(
        "vial.Rendered",
        vec![("message", Term::string(&err.to_string()))],
    ))
}

/// A `CompileError` at `file:line`.
pub fn compile_error(file: Atom, line: u32, description: impl Into<String>) -> Exception {
    Exception::error(crate::runtime::exception_struct(
        "CompileError",
        vec![
            ("file", Term::string(file.name())),
            ("line", Term::Int(i64::from(line))),
            ("description", Term::string(&description.into())),
        ],
    ))
}
