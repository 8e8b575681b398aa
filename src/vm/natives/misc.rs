//! Natives for the smaller modules written in Elixir over the VM: `Function`
//! (`:erlang.fun_info/1,2`) and the process dictionary's keys for `Process`.
//! The rest of those modules (`Atom`, `Date`, `:rand`, ...) is plain Elixir.

use super::{Entry, NativeOut, Vm};
use crate::term::{Atom, Fun, Term};
use crate::vm::{CodeKind, Exception};

pub static NATIVES: &[Entry] = &[
    Entry {
        module: "erl_erts_errors",
        name: "format_error",
        arity: 2,
        f: format_error2,
    },
    Entry {
        module: "erl_stdlib_errors",
        name: "format_error",
        arity: 2,
        f: format_error2,
    },
    Entry {
        module: "erlang",
        name: "fun_info",
        arity: 1,
        f: fun_info1,
    },
    Entry {
        module: "erlang",
        name: "fun_info",
        arity: 2,
        f: fun_info2,
    },
    Entry {
        module: "erlang",
        name: "make_fun",
        arity: 3,
        f: make_fun3,
    },
    Entry {
        module: "erlang",
        name: "get_keys",
        arity: 0,
        f: get_keys0,
    },
    Entry {
        module: "erlang",
        name: "get_keys",
        arity: 1,
        f: get_keys1,
    },
    Entry {
        module: "erlang",
        name: "erase",
        arity: 0,
        f: erase0,
    },
];

/// `&module.name/arity` as a value.
fn make_fun3(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let (Term::Atom(module), Term::Atom(name), Term::Int(arity)) = (&a[0], &a[1], &a[2]) else {
        return Err(Exception::badarg());
    };
    let arity = u32::try_from(*arity).map_err(|_| Exception::badarg())?;
    Ok(NativeOut::Value(Term::Fun(std::sync::Arc::new(
        Fun::Export {
            module: *module,
            name: *name,
            arity,
        },
    ))))
}

/// The items `fun_info/1` lists, in the BEAM's order, for each kind of fun.
const LOCAL_ITEMS: &[&str] = &[
    "pid",
    "module",
    "new_index",
    "new_uniq",
    "index",
    "uniq",
    "name",
    "arity",
    "env",
    "type",
];
const EXTERNAL_ITEMS: &[&str] = &["module", "name", "arity", "env", "type"];

/// `erl_erts_errors:format_error(reason, stacktrace)`: what was wrong with
/// each argument of the failed call on top of the stacktrace, as a map from
/// the argument's position to its explanation (`Exception.format_exit/1`
/// and `Exception.normalize/3` ask for it through `error_info`).
fn format_error2(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let (_, arg_errors) = crate::vm::interp::frames_from_term(&a[1]);
    let mut m = crate::term::MapInner::new();
    for (position, text) in arg_errors {
        m.insert(
            crate::term::MapKey(Term::Int(i64::from(position))),
            Term::binary(text.into_bytes()),
        );
    }
    Ok(NativeOut::Value(Term::Map(crate::term::Map::from_inner(m))))
}

fn fun_info1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Fun(f) = &a[0] else {
        return Err(Exception::badarg());
    };
    let items = match **f {
        Fun::Closure { .. } => LOCAL_ITEMS,
        Fun::Export { .. } => EXTERNAL_ITEMS,
    };
    let pairs: Vec<Term> = items.iter().filter_map(|item| info(f, item)).collect();
    Ok(NativeOut::Value(Term::list(pairs)))
}

fn fun_info2(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let (Term::Fun(f), Term::Atom(item)) = (&a[0], &a[1]) else {
        return Err(Exception::badarg());
    };
    info(f, item.name())
        .map(NativeOut::Value)
        .ok_or_else(Exception::badarg)
}

/// `{item, value}` for one fun, or `None` for an item `fun_info/2` rejects.
fn info(f: &Fun, item: &str) -> Option<Term> {
    let value = match f {
        Fun::Export {
            module,
            name,
            arity,
        } => match item {
            "module" => Term::Atom(*module),
            "name" => Term::Atom(*name),
            "arity" => Term::Int(i64::from(*arity)),
            "env" => Term::Nil,
            "type" => Term::atom("external"),
            "pid" | "index" | "new_index" | "uniq" | "new_uniq" => Term::atom("undefined"),
            _ => return None,
        },
        Fun::Closure { code, env } => {
            let script = matches!(code.kind, CodeKind::Script)
                || code.module.name() == "nil"
                || code.module.name().is_empty();
            let module = if script {
                Atom::new("elixir_compiler_0")
            } else {
                code.module
            };
            let uniq = module_hash(module);
            match item {
                "pid" => Term::Pid(110),
                "module" => Term::Atom(module),
                "index" | "new_index" => Term::Int(i64::from(code.index)),
                "uniq" => Term::Int(i64::from(uniq % 134_217_727)),
                "new_uniq" => {
                    let mut bytes = Vec::with_capacity(16);
                    for i in 0..4u32 {
                        bytes.extend_from_slice(
                            &uniq
                                .rotate_left(i * 8)
                                .wrapping_mul(2_654_435_761)
                                .to_be_bytes(),
                        );
                    }
                    Term::binary(bytes)
                }
                "name" => {
                    let name = if script {
                        format!("-__FILE__/1-fun-{}-", code.index)
                    } else {
                        format!("-{}/{}-fun-0-", code.name.name(), code.def_arity)
                    };
                    Term::atom(&name)
                }
                "arity" => Term::Int(i64::from(code.arity)),
                "env" => Term::list(env.to_vec()),
                "type" => Term::atom("local"),
                _ => return None,
            }
        }
    };
    Some(Term::tuple(vec![Term::atom(item), value]))
}

/// A stable number for a module, standing in for the BEAM's code hash.
fn module_hash(module: Atom) -> u32 {
    module.name().bytes().fold(2_166_136_261u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(16_777_619)
    })
}

fn get_keys0(vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    let keys: Vec<Term> = vm.dictionary.iter().map(|(k, _)| k.clone()).collect();
    Ok(NativeOut::Value(Term::list(keys)))
}

fn get_keys1(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let keys: Vec<Term> = vm
        .dictionary
        .iter()
        .filter(|(_, v)| *v == a[0])
        .map(|(k, _)| k.clone())
        .collect();
    Ok(NativeOut::Value(Term::list(keys)))
}

fn erase0(vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    let pairs: Vec<Term> = vm
        .dictionary
        .drain(..)
        .map(|(k, v)| Term::tuple(vec![k, v]))
        .collect();
    Ok(NativeOut::Value(Term::list(pairs)))
}
