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
mod peephole;
mod special;

use std::sync::Arc;

use crate::term::{Atom, Term};
use crate::vm::{Exception, FunCode, Vm};

pub use builder::Env;
pub use module::{define_module, with_open_attrs, OpenAttrs};

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
        Err(err) => return Err(syntax_exception(&err, source)),
    };
    eval_quoted(vm, &quoted, Env::new(Atom::new(file)))
}

/// Compiles and runs a quoted expression at the top level.
pub fn eval_quoted(vm: &mut Vm, quoted: &Term, env: Env) -> Result<Term, Exception> {
    let mut env = env;
    eval_forms(vm, quoted, &mut env, Vec::new()).map(|(v, _)| v)
}

/// Compiles and runs a quoted expression with a binding (variable name →
/// value); returns its value and the binding after it, sorted by name.
pub fn eval_binding(
    vm: &mut Vm,
    quoted: &Term,
    env: Env,
    binding: Vec<(Atom, Term)>,
) -> Result<(Term, Vec<(Atom, Term)>), Exception> {
    let mut env = env;
    env.erl_eval = true;
    eval_forms(vm, quoted, &mut env, binding)
}

/// Compiles `quoted` whole (as Elixir expands a whole file before running
/// it: a struct defined in it cannot be used at its top level), then runs it
/// with the binding. The environment (aliases, imports) it ends with is
/// left in `env`, for a shell to carry on.
pub fn eval_forms(
    vm: &mut Vm,
    quoted: &Term,
    env: &mut Env,
    binding: Vec<(Atom, Term)>,
) -> Result<(Term, Vec<(Atom, Term)>), Exception> {
    let names: Vec<Atom> = binding.iter().map(|(n, _)| *n).collect();
    let mut c = expr::Compiler::new(vm, env.clone(), None);
    let (code, out_names) = c.script_binding(quoted, &names)?;
    *env = c.env.clone();
    let args = binding.into_iter().map(|(_, v)| v).collect();
    let result = vm.call(code, args)?;
    let mut values = result.list_to_vec().unwrap_or_default().into_iter();
    let value = values.next().unwrap_or(Term::Nil);
    Ok((value, out_names.into_iter().zip(values).collect()))
}

/// One step of macro expansion of `quoted` in `env` (`Macro.expand_once/2`).
pub fn expand_once_in(vm: &mut Vm, quoted: &Term, env: Env) -> Result<Term, Exception> {
    let mut c = expr::Compiler::new(vm, env, None);
    match crate::expand::expand_once(&mut c, quoted)? {
        crate::expand::Expansion::Into(t) => Ok(t),
        _ => Ok(quoted.clone()),
    }
}

/// An `import` of `module` (of only `only`, when not empty).
pub fn builder_import(module: Atom, only: Vec<(Atom, u32)>) -> builder::Import {
    builder::Import {
        module,
        only: if only.is_empty() { None } else { Some(only) },
        except: Vec::new(),
        kinds: None,
    }
}

/// Compiles a whole script (a file's quoted form) into code that takes no
/// arguments and returns the script's value.
pub fn compile_script(vm: &mut Vm, quoted: &Term, env: Env) -> Result<Arc<FunCode>, Exception> {
    let mut c = expr::Compiler::new(vm, env, None);
    c.script(quoted)
}

/// The exception a syntax error raises (`SyntaxError`, `TokenMissingError`),
/// with the offending line of `source` as its snippet.
pub fn syntax_exception(err: &crate::syntax::SyntaxError, source: &str) -> Exception {
    let column = if err.column == 0 {
        Term::nil()
    } else {
        Term::Int(i64::from(err.column))
    };
    let snippet = match source.split('\n').nth(err.line.saturating_sub(1) as usize) {
        Some(content) if err.column > 0 => Term::Map(crate::term::Map::from_pairs(vec![
            (
                Term::atom("content"),
                Term::string(content.trim_end_matches('\r')),
            ),
            (Term::atom("offset"), Term::Int(i64::from(err.column) - 1)),
        ])),
        _ => Term::nil(),
    };
    Exception::error(crate::runtime::exception_struct(
        err.kind,
        vec![
            ("file", Term::string(&err.file)),
            ("line", Term::Int(i64::from(err.line))),
            ("column", column),
            ("snippet", snippet),
            ("description", Term::string(&err.message)),
        ],
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
