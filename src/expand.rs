//! Macro expansion, one step at a time: the Kernel macros (`|>`, `&&`, `unless`,
//! `in`, `..`, `raise`, sigils, `for`, ...) rewritten here in Rust, user macros
//! run in the VM, and imported or inlined Kernel functions resolved to the
//! module that implements them (`length/1` is `:erlang.length/1`).

use std::cell::Cell;

use crate::compile::expr::{as_call, as_var, kw_get, list_items, meta_line, CResult, Compiler};
use crate::compile::Env;
use crate::term::{Atom, Map, Term};
use crate::vm::{Exception, Vm};

pub enum Expansion {
    Done,
    Into(Term),
}

/// Forms the compiler handles itself.
pub fn is_special(name: Atom) -> bool {
    matches!(
        name.name(),
        "__block__"
            | "{}"
            | "%{}"
            | "%"
            | "="
            | "<<>>"
            | "fn"
            | "case"
            | "cond"
            | "if"
            | "try"
            | "receive"
            | "with"
            | "for"
            | "quote"
            | "unquote"
            | "unquote_splicing"
            | "&"
            | "^"
            | "__aliases__"
            | "defmodule"
            | "defprotocol"
            | "alias"
            | "import"
            | "require"
            | "super"
            | "__STACKTRACE__"
            | "__MODULE__"
            | "__DIR__"
            | "__ENV__"
            | "__CALLER__"
            | "::"
    )
}

thread_local! {
    static COUNTER: Cell<u64> = const { Cell::new(0) };
}

/// A fresh variable no user code can name.
fn fresh(prefix: &str) -> Term {
    let n = COUNTER.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    var(&format!("{prefix}{n}"), "vial")
}

pub fn var(name: &str, ctx: &str) -> Term {
    Term::tuple(vec![Term::atom(name), Term::Nil, Term::atom(ctx)])
}

pub fn call(name: &str, args: Vec<Term>) -> Term {
    Term::tuple(vec![Term::atom(name), Term::Nil, Term::list(args)])
}

fn call_m(name: &str, meta: &Term, args: Vec<Term>) -> Term {
    Term::tuple(vec![Term::atom(name), meta.clone(), Term::list(args)])
}

pub fn remote(module: &str, name: &str, args: Vec<Term>) -> Term {
    Term::tuple(vec![
        Term::tuple(vec![
            Term::atom("."),
            Term::Nil,
            Term::list(vec![Term::atom(module), Term::atom(name)]),
        ]),
        Term::Nil,
        Term::list(args),
    ])
}

fn remote_m(module: &str, name: &str, meta: &Term, args: Vec<Term>) -> Term {
    Term::tuple(vec![
        Term::tuple(vec![
            Term::atom("."),
            Term::Nil,
            Term::list(vec![Term::atom(module), Term::atom(name)]),
        ]),
        meta.clone(),
        Term::list(args),
    ])
}

fn kw(pairs: Vec<(&str, Term)>) -> Term {
    Term::list(
        pairs
            .into_iter()
            .map(|(k, v)| Term::tuple(vec![Term::atom(k), v]))
            .collect::<Vec<_>>(),
    )
}

fn clause(head: Vec<Term>, body: Term) -> Term {
    Term::tuple(vec![
        Term::atom("->"),
        Term::Nil,
        Term::list(vec![Term::list(head), body]),
    ])
}

fn if_(c: Term, then: Term, els: Term) -> Term {
    call("if", vec![c, kw(vec![("do", then), ("else", els)])])
}

fn block(items: Vec<Term>) -> Term {
    call("__block__", items)
}

/// The quoted form of a value (`Macro.escape/1`).
pub fn escape(t: &Term) -> Term {
    match t {
        Term::Tuple(tu) if tu.elems().len() == 2 => {
            Term::tuple(tu.elems().iter().map(escape).collect::<Vec<_>>())
        }
        Term::Tuple(tu) => call("{}", tu.elems().iter().map(escape).collect()),
        Term::Cons(_) => {
            let mut items = Vec::new();
            let mut cur = t;
            while let Term::Cons(c) = cur {
                items.push(escape(&c.head));
                cur = &c.tail;
            }
            if matches!(cur, Term::Nil) {
                Term::list(items)
            } else {
                let last = items.pop().unwrap_or(Term::Nil);
                items.push(call("|", vec![last, escape(cur)]));
                Term::list(items)
            }
        }
        Term::Map(m) => call(
            "%{}",
            m.iter()
                .map(|(k, v)| Term::tuple(vec![escape(k), escape(v)]))
                .collect(),
        ),
        _ => t.clone(),
    }
}

/// The file as `__ENV__.file` names it: an absolute path, in the same
/// folder `__DIR__` names (`nofile` and the like stay as they are).
pub fn absolute_file(file: &str) -> String {
    let path = std::path::Path::new(file);
    if path.is_absolute() || !path.exists() {
        return file.to_string();
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    match (std::fs::canonicalize(dir), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name).to_string_lossy().into_owned(),
        _ => file.to_string(),
    }
}

/// `__ENV__` as a map with the fields code reads most.
pub fn env_term(env: &Env) -> Term {
    let function = match env.function {
        Some((n, a)) => Term::tuple(vec![Term::Atom(n), Term::Int(i64::from(a))]),
        None => Term::nil(),
    };
    Term::Map(Map::from_pairs(vec![
        (Term::Atom(Atom::STRUCT), Term::atom("Elixir.Macro.Env")),
        (
            Term::atom("module"),
            env.module.map(Term::Atom).unwrap_or_else(Term::nil),
        ),
        (
            Term::atom("file"),
            Term::string(&absolute_file(env.file.name())),
        ),
        (Term::atom("line"), Term::Int(i64::from(env.line))),
        (Term::atom("function"), function),
        (Term::atom("context"), Term::nil()),
        (
            Term::atom("aliases"),
            Term::list(
                env.aliases
                    .iter()
                    .map(|(short, full)| Term::tuple(vec![Term::Atom(*short), Term::Atom(*full)]))
                    .collect::<Vec<_>>(),
            ),
        ),
        (
            Term::atom("functions"),
            Term::list(
                env.imports
                    .iter()
                    .map(|i| {
                        let only = i.only.clone().unwrap_or_default();
                        let pairs: Vec<Term> = only
                            .into_iter()
                            .map(|(n, a)| Term::tuple(vec![Term::Atom(n), Term::Int(i64::from(a))]))
                            .collect();
                        Term::tuple(vec![Term::Atom(i.module), Term::list(pairs)])
                    })
                    .collect::<Vec<_>>(),
            ),
        ),
        (Term::atom("macros"), Term::Nil),
        (Term::atom("requires"), requires_term(env)),
    ]))
}

/// `__ENV__.requires`: the modules required here with those every module
/// starts with, sorted as Elixir keeps them.
fn requires_term(env: &Env) -> Term {
    let mut names: Vec<Atom> = [
        "Elixir.Application",
        "Elixir.Kernel",
        "Elixir.Kernel.Typespec",
    ]
    .into_iter()
    .map(Atom::new)
    .chain(env.requires.iter().copied())
    .collect();
    names.sort_by(|a, b| a.name().cmp(b.name()));
    names.dedup();
    Term::list(names.into_iter().map(Term::Atom).collect::<Vec<_>>())
}

/// The compile-time environment a `Macro.Env` term describes (file, module,
/// line, function, aliases and imports; an import listed with no functions
/// imports all of its module).
pub fn env_from_term(t: &Term) -> Env {
    let Term::Map(m) = t else {
        return Env::new(Atom::new("nofile"));
    };
    let get = |k: &str| m.get(&Term::atom(k)).cloned().unwrap_or_else(Term::nil);
    let file = match get("file") {
        Term::Binary(b) => Atom::new(&String::from_utf8_lossy(b.as_bytes())),
        _ => Atom::new("nofile"),
    };
    let mut env = Env::new(file);
    env.module = get("module").as_atom().filter(|a| *a != Atom::NIL);
    if let Term::Int(l) = get("line") {
        env.line = u32::try_from(l).unwrap_or(1);
    }
    if let Some([Term::Atom(n), Term::Int(a)]) = get("function").as_tuple() {
        env.function = Some((*n, u32::try_from(*a).unwrap_or(0)));
    }
    let pairs = |t: Term| -> Vec<(Term, Term)> {
        t.list_to_vec()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| match p.as_tuple() {
                Some([a, b]) => Some((a.clone(), b.clone())),
                _ => None,
            })
            .collect()
    };
    for (short, full) in pairs(get("aliases")) {
        if let (Term::Atom(s), Term::Atom(f)) = (short, full) {
            env.aliases.push((s, f));
        }
    }
    for module in get("requires").list_to_vec().unwrap_or_default() {
        if let Term::Atom(m) = module {
            env.requires.push(m);
        }
    }
    for (module, funs) in pairs(get("functions")) {
        let Term::Atom(module) = module else { continue };
        let only: Vec<(Atom, u32)> = pairs(funs)
            .into_iter()
            .filter_map(|(n, a)| match (n, a) {
                (Term::Atom(n), Term::Int(a)) => Some((n, u32::try_from(a).ok()?)),
                _ => None,
            })
            .collect();
        env.imports
            .push(crate::compile::builder_import(module, only));
    }
    env
}

/// Runs macro `module.name` on quoted `args`; `None` if there is no such macro.
pub fn call_macro(
    vm: &mut Vm,
    module: Atom,
    name: Atom,
    args: Vec<Term>,
    env: &Env,
    line: u32,
) -> Result<Option<Term>, Exception> {
    let Some(m) = crate::runtime::module(vm, module) else {
        return Ok(None);
    };
    let Some(def) = m.macro_(name, args.len() as u32) else {
        return Ok(None);
    };
    let code = def.code.clone();
    let mut env = env.clone();
    env.line = line;
    let mut full = vec![env_term(&env)];
    full.extend(args);
    vm.call(code, full).map(Some)
}

/// Kernel functions that are Erlang built-ins under another name or shape.
pub fn inline(name: &str, arity: usize) -> Option<(&'static str, &'static str)> {
    Some(match (name, arity) {
        ("+", _) => ("erlang", "+"),
        ("-", _) => ("erlang", "-"),
        ("*", 2) => ("erlang", "*"),
        ("/", 2) => ("erlang", "/"),
        ("div", 2) => ("erlang", "div"),
        ("rem", 2) => ("erlang", "rem"),
        ("==", 2) => ("erlang", "=="),
        ("!=", 2) => ("erlang", "/="),
        ("===", 2) => ("erlang", "=:="),
        ("!==", 2) => ("erlang", "=/="),
        ("<", 2) => ("erlang", "<"),
        (">", 2) => ("erlang", ">"),
        ("<=", 2) => ("erlang", "=<"),
        (">=", 2) => ("erlang", ">="),
        ("++", 2) => ("erlang", "++"),
        ("--", 2) => ("erlang", "--"),
        ("not", 1) => ("erlang", "not"),
        ("abs", 1) => ("erlang", "abs"),
        ("hd", 1) => ("erlang", "hd"),
        ("tl", 1) => ("erlang", "tl"),
        ("length", 1) => ("erlang", "length"),
        ("map_size", 1) => ("erlang", "map_size"),
        ("tuple_size", 1) => ("erlang", "tuple_size"),
        ("byte_size", 1) => ("erlang", "byte_size"),
        ("bit_size", 1) => ("erlang", "bit_size"),
        ("round", 1) => ("erlang", "round"),
        ("trunc", 1) => ("erlang", "trunc"),
        ("floor", 1) => ("erlang", "floor"),
        ("ceil", 1) => ("erlang", "ceil"),
        ("max", 2) => ("erlang", "max"),
        ("min", 2) => ("erlang", "min"),
        ("self", 0) => ("erlang", "self"),
        ("node", 0) => ("erlang", "node"),
        ("make_ref", 0) => ("erlang", "make_ref"),
        ("apply", 2) | ("apply", 3) => ("erlang", "apply"),
        ("send", 2) => ("erlang", "send"),
        ("spawn", _) => ("erlang", "spawn"),
        ("spawn_link", _) => ("erlang", "spawn_link"),
        ("spawn_monitor", _) => ("erlang", "spawn_monitor"),
        ("throw", 1) => ("erlang", "throw"),
        ("exit", 1) => ("erlang", "exit"),
        ("binary_part", 3) => ("erlang", "binary_part"),
        ("function_exported?", 3) => ("erlang", "function_exported"),
        ("macro_exported?", 3) => ("vial", "defined_macro"),
        (
            "is_atom" | "is_binary" | "is_bitstring" | "is_boolean" | "is_float" | "is_function"
            | "is_integer" | "is_list" | "is_map" | "is_number" | "is_pid" | "is_port"
            | "is_reference" | "is_tuple",
            _,
        ) => ("erlang", leak(name)),
        ("atom_to_binary", 1) => ("erlang", "atom_to_binary"),
        _ => return None,
    })
}

/// `dbg(code)`: runs `code` (each step of a pipeline on its own) and has
/// `Kernel.__dbg__/3` print where it ran, each step's code and its value.
fn dbg(c: &Compiler, code: &Term, opts: Option<Term>, line: u32) -> Term {
    use crate::term::inspect::{inspect_atom, inspect_remote_name};
    let place = match (c.env.module, c.env.function) {
        (Some(m), Some((f, arity))) => format!(
            "{}.{}/{}",
            inspect_atom(m.name()),
            inspect_remote_name(f.name()),
            arity
        ),
        _ => "(file)".to_string(),
    };
    let header = format!("[{}:{}: {}]", c.env.file.name(), line, place);
    // `a |> f() |> g()`: the steps a, f(), g(), from the left.
    let mut steps = Vec::new();
    let mut rest = code.clone();
    loop {
        match as_call(&rest) {
            Some((Term::Atom(op), _, args)) if op.name() == "|>" => {
                let args = list_items(args);
                if let [lhs, rhs] = args.as_slice() {
                    steps.push(rhs.clone());
                    rest = lhs.clone();
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    steps.push(rest);
    steps.reverse();
    let mut forms = Vec::new();
    let mut shown = Vec::new();
    let mut last: Option<Term> = None;
    for (i, step) in steps.iter().enumerate() {
        let v = fresh("dbg");
        let value = match &last {
            Some(prev) => call("|>", vec![prev.clone(), step.clone()]),
            None => step.clone(),
        };
        forms.push(call("=", vec![v.clone(), value]));
        shown.push(call("{}", vec![escape(step), v.clone(), Term::bool(i > 0)]));
        last = Some(v);
    }
    forms.push(remote(
        "Elixir.Kernel",
        "__dbg__",
        vec![
            Term::binary(header.into_bytes()),
            Term::list(shown),
            opts.unwrap_or(Term::Nil),
        ],
    ));
    forms.push(last.unwrap_or_else(Term::nil));
    block(forms)
}

/// Calls of Elixir functions that Elixir's compiler rewrites to an Erlang
/// built-in with the arguments in another order (or one more): the call
/// then fails as the built-in does, in the caller's frame.
fn rewrite_remote(module: &str, name: &str, meta: &Term, args: &[Term]) -> Option<Term> {
    let plus_one = |index: &Term| match index {
        Term::Int(n) if *n < i64::MAX => Term::Int(n + 1),
        _ => remote_m("erlang", "+", meta, vec![index.clone(), Term::Int(1)]),
    };
    let (m, f, new_args) = match (module, name, args) {
        ("Elixir.Map", "fetch!", [map, key]) => {
            ("erlang", "map_get", vec![key.clone(), map.clone()])
        }
        ("Elixir.Map", "fetch", [map, key]) => ("maps", "find", vec![key.clone(), map.clone()]),
        ("Elixir.Map", "put", [map, key, value]) => {
            ("maps", "put", vec![key.clone(), value.clone(), map.clone()])
        }
        ("Elixir.Map", "delete", [map, key]) => ("maps", "remove", vec![key.clone(), map.clone()]),
        ("Elixir.Map", "has_key?", [map, key]) => {
            ("erlang", "is_map_key", vec![key.clone(), map.clone()])
        }
        ("Elixir.Map", "replace!", [map, key, value]) => (
            "maps",
            "update",
            vec![key.clone(), value.clone(), map.clone()],
        ),
        ("Elixir.String", "to_atom", [s]) => (
            "erlang",
            "binary_to_atom",
            vec![s.clone(), Term::atom("utf8")],
        ),
        ("Elixir.String", "to_existing_atom", [s]) => (
            "erlang",
            "binary_to_existing_atom",
            vec![s.clone(), Term::atom("utf8")],
        ),
        ("Elixir.Tuple", "insert_at", [tuple, index, value]) => (
            "erlang",
            "insert_element",
            vec![plus_one(index), tuple.clone(), value.clone()],
        ),
        ("Elixir.Tuple", "delete_at", [tuple, index]) => (
            "erlang",
            "delete_element",
            vec![plus_one(index), tuple.clone()],
        ),
        ("Elixir.Tuple", "duplicate", [data, size]) => {
            ("erlang", "make_tuple", vec![size.clone(), data.clone()])
        }
        ("Elixir.Process", "monitor", [item]) => (
            "erlang",
            "monitor",
            vec![Term::atom("process"), item.clone()],
        ),
        _ => return None,
    };
    let arity = new_args.len() as u32;
    let (ma, fa) = (Atom::new(m), Atom::new(f));
    let known = crate::bif::lookup(ma, fa, arity).is_some()
        || crate::vm::natives::lookup(ma, fa, arity).is_some();
    known.then(|| remote_m(m, f, meta, new_args))
}

/// Functions of Elixir modules that are an Erlang built-in with the same
/// arguments: a capture of one (`&Integer.to_string/1`) is a capture of the
/// built-in (`&:erlang.integer_to_binary/1`), as Elixir's compiler inlines it.
pub fn inline_remote(
    module: &str,
    name: &str,
    arity: usize,
) -> Option<(&'static str, &'static str)> {
    let erlang = |f: &'static str| Some(("erlang", f));
    match (module, name, arity) {
        ("Elixir.Kernel", "macro_exported?", _) => None,
        ("Elixir.Kernel", _, _) => inline(name, arity),
        ("Elixir.Atom", "to_string", 1) => erlang("atom_to_binary"),
        ("Elixir.Atom", "to_charlist", 1) => erlang("atom_to_list"),
        ("Elixir.Integer", "to_string", 1 | 2) => erlang("integer_to_binary"),
        ("Elixir.Integer", "to_charlist", 1 | 2) => erlang("integer_to_list"),
        ("Elixir.List", "to_tuple", 1) => erlang("list_to_tuple"),
        ("Elixir.List", "to_atom", 1) => erlang("list_to_atom"),
        ("Elixir.List", "to_existing_atom", 1) => erlang("list_to_existing_atom"),
        ("Elixir.List", "to_float", 1) => erlang("list_to_float"),
        ("Elixir.List", "to_integer", 1 | 2) => erlang("list_to_integer"),
        ("Elixir.Map", "keys" | "values" | "to_list", 1) | ("Elixir.Map", "merge", 2) => {
            Some(("maps", leak(name)))
        }
        ("Elixir.String", "to_integer", 1 | 2) => erlang("binary_to_integer"),
        ("Elixir.String", "to_float", 1) => erlang("binary_to_float"),
        ("Elixir.String", "duplicate", 2) => Some(("binary", "copy")),
        ("Elixir.Tuple", "to_list", 1) => erlang("tuple_to_list"),
        ("Elixir.Tuple", "append", 2) => erlang("append_element"),
        ("Elixir.Bitwise", "band" | "&&&", 2) => erlang("band"),
        ("Elixir.Bitwise", "bor" | "|||", 2) => erlang("bor"),
        ("Elixir.Bitwise", "bxor" | "^^^", 2) => erlang("bxor"),
        ("Elixir.Bitwise", "bsl" | "<<<", 2) => erlang("bsl"),
        ("Elixir.Bitwise", "bsr" | ">>>", 2) => erlang("bsr"),
        ("Elixir.Bitwise", "bnot" | "~~~", 1) => erlang("bnot"),
        ("Elixir.Function", "capture", 3) => erlang("make_fun"),
        ("Elixir.Function", "info", 1 | 2) => erlang("fun_info"),
        ("Elixir.Process", "exit", 2) => erlang("exit"),
        ("Elixir.Process", "send", 3) => erlang("send"),
        ("Elixir.Process", "spawn", 2 | 4) => erlang("spawn_opt"),
        ("Elixir.Process", "link" | "unlink", 1) => Some(("erlang", leak(name))),
        ("Elixir.Process", "demonitor", 1 | 2) => erlang("demonitor"),
        ("Elixir.Process", "get" | "group_leader" | "registered", 0) => {
            Some(("erlang", leak(name)))
        }
        ("Elixir.Process", "get_keys", 0 | 1) => erlang("get_keys"),
        ("Elixir.Process", "flag", 2 | 3) => erlang("process_flag"),
        ("Elixir.Process", "unregister", 1) => erlang("unregister"),
        ("Elixir.Process", "alive?", 1) => erlang("is_process_alive"),
        ("Elixir.Process", "list", 0) => erlang("processes"),
        ("Elixir.Process", "hibernate", 3) => erlang("hibernate"),
        ("Elixir.Process", "cancel_timer" | "read_timer", 1) => Some(("erlang", leak(name))),
        ("Elixir.Node", "list", 0 | 1) => erlang("nodes"),
        ("Elixir.Node", "spawn" | "spawn_link", 2) => Some(("erlang", leak(name))),
        ("Elixir.System", "monotonic_time" | "system_time" | "time_offset", 0)
        | ("Elixir.System", "unique_integer", 0 | 1) => Some(("erlang", leak(name))),
        ("Elixir.System", "os_time", 0) => Some(("os", "system_time")),
        _ => None,
    }
}

fn leak(name: &str) -> &'static str {
    Atom::new(name).name()
}

/// The (module, function, arguments) an imported call resolves to.
pub fn resolve_import(
    c: &mut Compiler,
    name: Atom,
    args: &[Term],
) -> Option<(Atom, Atom, Vec<Term>)> {
    let arity = args.len() as u32;
    for imp in c.env.imports.clone().iter().rev() {
        if imp.except.contains(&(name, arity)) {
            continue;
        }
        if let Some(only) = &imp.only {
            if !only.contains(&(name, arity)) {
                continue;
            }
        }
        if imp.kinds.is_some_and(|k| k.name() == "macros") {
            continue;
        }
        if let Some(m) = crate::runtime::module(c.vm, imp.module) {
            if m.public(name, arity).is_some() {
                return Some((imp.module, name, args.to_vec()));
            }
        } else if crate::bif::lookup(imp.module, name, arity).is_some() {
            return Some((imp.module, name, args.to_vec()));
        }
    }
    let n = name.name();
    match (n, args.len()) {
        ("elem", 2) => {
            let i = call("+", vec![args[1].clone(), Term::Int(1)]);
            return Some((
                Atom::new("erlang"),
                Atom::new("element"),
                vec![i, args[0].clone()],
            ));
        }
        ("put_elem", 3) => {
            let i = call("+", vec![args[1].clone(), Term::Int(1)]);
            return Some((
                Atom::new("erlang"),
                Atom::new("setelement"),
                vec![i, args[0].clone(), args[2].clone()],
            ));
        }
        ("is_map_key", 2) => {
            return Some((
                Atom::new("erlang"),
                Atom::new("is_map_key"),
                vec![args[1].clone(), args[0].clone()],
            ));
        }
        _ => {}
    }
    if let Some((m, f)) = inline(n, args.len()) {
        return Some((Atom::new(m), Atom::new(f), args.to_vec()));
    }
    let kernel = Atom::new("Elixir.Kernel");
    if crate::vm::natives::lookup(kernel, name, arity).is_some() {
        return Some((kernel, name, args.to_vec()));
    }
    if let Some(m) = crate::runtime::module(c.vm, kernel) {
        if m.public(name, arity).is_some() {
            return Some((kernel, name, args.to_vec()));
        }
    }
    None
}

/// Expands `e` one step if its head is a macro.
pub fn expand_once(c: &mut Compiler, e: &Term) -> CResult<Expansion> {
    let Some((head, meta, args)) = as_call(e) else {
        return Ok(Expansion::Done);
    };
    let line = meta_line(meta);
    let (Term::Cons(_) | Term::Nil) = args else {
        return Ok(Expansion::Done);
    };
    let args = list_items(args);
    match head {
        Term::Atom(name) => {
            if is_special(*name) {
                return Ok(Expansion::Done);
            }
            let arity = args.len() as u32;
            if let Some(m) = c.module.clone() {
                if m.defs.contains(&(*name, arity)) {
                    return Ok(Expansion::Done);
                }
                if m.macros.contains(&(*name, arity)) {
                    let env = c.env.clone();
                    if let Some(t) = call_macro(c.vm, m.name, *name, args, &env, line)? {
                        return Ok(Expansion::Into(t));
                    }
                    return Ok(Expansion::Done);
                }
            }
            if let Some(t) = kernel_macro(c, *name, meta, &args, line)? {
                return Ok(Expansion::Into(t));
            }
            // Macros of imported modules.
            for imp in c.env.imports.clone().iter().rev() {
                if imp.kinds.is_some_and(|k| k.name() == "functions") {
                    continue;
                }
                if let Some(only) = &imp.only {
                    if !only.contains(&(*name, arity)) {
                        continue;
                    }
                }
                let env = c.env.clone();
                if let Some(t) = call_macro(c.vm, imp.module, *name, args.clone(), &env, line)? {
                    return Ok(Expansion::Into(t));
                }
            }
            Ok(Expansion::Done)
        }
        _ => {
            let Some((Term::Atom(dot), _, dargs)) = as_call(head) else {
                return Ok(Expansion::Done);
            };
            if dot.name() != "." {
                return Ok(Expansion::Done);
            }
            let dargs = list_items(dargs);
            let [lhs, Term::Atom(fname)] = dargs.as_slice() else {
                return Ok(Expansion::Done);
            };
            let module = match lhs {
                Term::Atom(a) => *a,
                _ => match as_call(lhs) {
                    Some((Term::Atom(a), _, _)) if a.name() == "__aliases__" => {
                        c.alias(lhs, line)?
                    }
                    _ => return Ok(Expansion::Done),
                },
            };
            if module.name() == "Elixir.Kernel" {
                if let Some(t) = kernel_macro(c, *fname, meta, &args, line)? {
                    return Ok(Expansion::Into(t));
                }
                // `Kernel.length(x)`, `Kernel.*(a, b)`: the built-in the
                // import would have called.
                if let Some((m, f)) = inline(fname.name(), args.len()) {
                    let target = call(".", vec![Term::atom(m), Term::atom(f)]);
                    return Ok(Expansion::Into(Term::tuple(vec![
                        target,
                        meta.clone(),
                        Term::list(args),
                    ])));
                }
            }
            // `String.to_integer(s)` is `:erlang.binary_to_integer(s)`, as
            // Elixir's compiler inlines it: the same frames when it fails.
            if module.name() != "Elixir.Kernel" {
                if let Some((m, f)) = inline_remote(module.name(), fname.name(), args.len()) {
                    let arity = args.len() as u32;
                    let (ma, fa) = (Atom::new(m), Atom::new(f));
                    if crate::bif::lookup(ma, fa, arity).is_some()
                        || crate::vm::natives::lookup(ma, fa, arity).is_some()
                    {
                        return Ok(Expansion::Into(remote_m(m, f, meta, args)));
                    }
                }
            }
            // `Map.fetch!(m, k)` is `:erlang.map_get(k, m)`: Elixir's compiler
            // rewrites it so, and the caller's frame stays when it fails.
            if let Some(t) = rewrite_remote(module.name(), fname.name(), meta, &args) {
                return Ok(Expansion::Into(t));
            }
            if crate::bif::has_module(module) {
                return Ok(Expansion::Done);
            }
            // A native function (IO.puts/1, ...) is no macro: no need to load
            // its module to ask.
            if crate::vm::natives::lookup(module, *fname, args.len() as u32).is_some() {
                return Ok(Expansion::Done);
            }
            // A macro of a module not required here is no macro: the call
            // stays a remote call, which fails at run time as on the BEAM.
            if !c.env.is_required(module) {
                // Bitwise's are functions in Elixir, inlined to the built-ins
                // (so they need no `require` and work in guards): here they
                // are macros.
                if module.name() == "Elixir.Bitwise" {
                    if let Some((m, f)) = inline_remote(module.name(), fname.name(), args.len()) {
                        return Ok(Expansion::Into(remote_m(m, f, meta, args)));
                    }
                }
                // Loaded all the same, as asking for its macros would: code
                // that names a module finds it loaded (`function_exported?/3`).
                let _ = crate::runtime::module(c.vm, module);
                return Ok(Expansion::Done);
            }
            let env = c.env.clone();
            if let Some(t) = call_macro(c.vm, module, *fname, args, &env, line)? {
                return Ok(Expansion::Into(t));
            }
            Ok(Expansion::Done)
        }
    }
}

/// The operands of a chain of `<>`, in order: `a <> (b <> c)` has three.
fn concat_operands(args: &[Term], out: &mut Vec<Term>) {
    for arg in args {
        match as_call(arg) {
            Some((Term::Atom(op), _, inner)) if op.name() == "<>" => {
                let inner = list_items(inner);
                if inner.len() == 2 {
                    concat_operands(&inner, out);
                } else {
                    out.push(arg.clone());
                }
            }
            _ => out.push(arg.clone()),
        }
    }
}

fn kernel_macro(
    c: &mut Compiler,
    name: Atom,
    meta: &Term,
    args: &[Term],
    line: u32,
) -> CResult<Option<Term>> {
    let a = args;
    Ok(Some(match (name.name(), a.len()) {
        ("|>", 2) => pipe(&a[0], &a[1], c, line)?,
        ("unless", 2) => {
            let then = kw_get(&a[1], "do").cloned().unwrap_or_else(Term::nil);
            let els = kw_get(&a[1], "else").cloned().unwrap_or_else(Term::nil);
            if_(a[0].clone(), els, then)
        }
        ("&&", 2) => {
            let v = fresh("and");
            block(vec![
                call("=", vec![v.clone(), a[0].clone()]),
                if_(v.clone(), a[1].clone(), v),
            ])
        }
        ("||", 2) => {
            let v = fresh("or");
            block(vec![
                call("=", vec![v.clone(), a[0].clone()]),
                if_(v.clone(), v, a[1].clone()),
            ])
        }
        ("!", 1) => if_(a[0].clone(), Term::bool(false), Term::bool(true)),
        ("and", 2) => strict_bool("and", &a[0], &a[1]),
        ("or", 2) => strict_bool("or", &a[0], &a[1]),
        ("in", 2) => in_(&a[0], &a[1]),
        ("..", 2) => range(a[0].clone(), a[1].clone(), None),
        ("..//", 3) => range(a[0].clone(), a[1].clone(), Some(a[2].clone())),
        ("..", 0) => range(Term::Int(0), Term::Int(-1), Some(Term::Int(1))),
        ("<>", 2) => {
            // `a <> b <> c` is one binary of three segments, as in Elixir.
            let mut operands = Vec::new();
            concat_operands(a, &mut operands);
            let a = operands.as_slice();
            // A literal that is no binary fails as Kernel.<>/2 fails expanding it.
            if let Some(literal) = a.iter().find(|x| {
                matches!(
                    x,
                    Term::Int(_)
                        | Term::Big(_)
                        | Term::Float(_)
                        | Term::Atom(_)
                        | Term::Nil
                        | Term::Cons(_)
                )
            }) {
                let text = c.code_text(literal);
                return Err(c.in_kernel_expansion(
                    Exception::error(crate::runtime::exception_struct(
                        "ArgumentError",
                        vec![(
                            "message",
                            Term::string(&format!(
                                "expected binary argument in <> operator but got: {text}"
                            )),
                        )],
                    )),
                    line,
                ));
            }
            let bin = |x: &Term| call("::", vec![x.clone(), var("binary", "nil")]);
            call_m("<<>>", meta, a.iter().map(bin).collect())
        }
        ("is_nil", 1) => remote("erlang", "=:=", vec![a[0].clone(), Term::nil()]),
        ("is_struct" | "is_exception", 1 | 2) => tagged_map_guard(name.name(), a),
        ("to_string", 1) => remote("Elixir.String.Chars", "to_string", vec![a[0].clone()]),
        ("to_charlist", 1) => remote("Elixir.List.Chars", "to_charlist", vec![a[0].clone()]),
        ("match?", 2) => call(
            "case",
            vec![
                a[1].clone(),
                kw(vec![(
                    "do",
                    Term::list(vec![
                        clause(vec![a[0].clone()], Term::bool(true)),
                        clause(vec![var("_", "nil")], Term::bool(false)),
                    ]),
                )]),
            ],
        ),
        // As Elixir's `raise/1`: the raising frame says which module explains it.
        ("raise", 1) => remote_m(
            "erlang",
            "error",
            meta,
            vec![
                remote("vial", "exception_of", vec![a[0].clone()]),
                Term::atom("none"),
                kw(vec![(
                    "error_info",
                    Term::tuple(vec![
                        Term::atom("%{}"),
                        Term::Nil,
                        kw(vec![("module", Term::atom("Elixir.Exception"))]),
                    ]),
                )]),
            ],
        ),
        ("raise", 2) => {
            let module = a[0].clone();
            let ex = Term::tuple(vec![
                Term::tuple(vec![
                    Term::atom("."),
                    Term::Nil,
                    Term::list(vec![module, Term::atom("exception")]),
                ]),
                Term::Nil,
                Term::list(vec![a[1].clone()]),
            ]);
            remote_m("erlang", "error", meta, vec![ex])
        }
        // `:erlang.raise/3` returns `badarg` for a stacktrace that is not
        // one, which `:erlang.error/1` then raises.
        ("reraise", 2) => remote_m(
            "erlang",
            "error",
            meta,
            vec![remote_m(
                "erlang",
                "raise",
                meta,
                vec![
                    Term::atom("error"),
                    remote("vial", "exception_of", vec![a[0].clone()]),
                    a[1].clone(),
                ],
            )],
        ),
        ("reraise", 3) => {
            let ex = Term::tuple(vec![
                Term::tuple(vec![
                    Term::atom("."),
                    Term::Nil,
                    Term::list(vec![a[0].clone(), Term::atom("exception")]),
                ]),
                Term::Nil,
                Term::list(vec![a[1].clone()]),
            ]);
            let raise = remote_m(
                "erlang",
                "raise",
                meta,
                vec![Term::atom("error"), ex, a[2].clone()],
            );
            remote_m("erlang", "error", meta, vec![raise])
        }
        ("var!", 1) | ("var!", 2) => match as_var(&a[0]) {
            Some((n, _)) => var(n.name(), "nil"),
            None => return Ok(None),
        },
        ("sigil_D" | "sigil_T" | "sigil_N", 2) if literal_text(&a[0]).is_some() => {
            // A struct built now, as Elixir does, so that it also works in patterns.
            let module = match name.name() {
                "sigil_D" => "Elixir.Date",
                "sigil_T" => "Elixir.Time",
                _ => "Elixir.NaiveDateTime",
            };
            let text = literal_text(&a[0]).unwrap_or(Term::Nil);
            let value =
                c.vm.call_mfa(Atom::new(module), Atom::new("from_iso8601!"), vec![text])?;
            escape(&value)
        }
        (
            "sigil_s" | "sigil_S" | "sigil_c" | "sigil_C" | "sigil_w" | "sigil_W" | "sigil_r"
            | "sigil_R" | "sigil_D" | "sigil_T" | "sigil_N" | "sigil_U",
            2,
        ) => sigil(name.name(), &a[0], &a[1]),
        ("@", 1) => {
            return Err(c.err(
                line,
                "cannot read module attribute outside of a module body",
            ));
        }
        ("def" | "defp" | "defmacro" | "defmacrop", _) if c.env.module.is_none() => {
            return Err(c.err(
                line,
                format!("cannot invoke {}/{} outside module", name.name(), a.len()),
            ));
        }
        ("defimpl", 2) | ("defimpl", 3) => {
            return defimpl(c, a, line).map(Some);
        }
        ("for", _) => return Ok(None),
        ("destructure", 2) => {
            return Ok(None);
        }
        ("binding", 0) => {
            // The variables the user bound so far (an anonymous function
            // sees those around it too), as a keyword list by name.
            let mut names: Vec<Atom> = Vec::new();
            for fb in c.fbs.iter().rev() {
                let vars = fb.scopes.iter().flat_map(|s| s.vars.keys());
                names.extend(
                    vars.filter(|(_, ctx)| *ctx == Atom::NIL)
                        .map(|(name, _)| *name),
                );
                // A `def` body sees no variables around it.
                if fb.kind == crate::vm::CodeKind::Def {
                    break;
                }
            }
            names.sort_by(|a, b| a.name().cmp(b.name()));
            names.dedup();
            let pairs: Vec<Term> = names
                .into_iter()
                .map(|n| Term::tuple(vec![Term::Atom(n), var(n.name(), "nil")]))
                .collect();
            // A block, so that the compiler takes the list as code.
            block(vec![Term::list(pairs)])
        }
        ("tap", 2) => {
            let v = fresh("tap");
            block(vec![
                call("=", vec![v.clone(), a[0].clone()]),
                apply_fun(&a[1], v.clone()),
                v,
            ])
        }
        ("put_in", 2) | ("update_in", 2) | ("get_and_update_in", 2) | ("pop_in", 1) => {
            let (root, keys) = access_path(&a[0]);
            let Some(keys) = keys else {
                return Err(c.err(
                    line,
                    format!(
                        "cannot use {}/{} without a path (such as `x[:key]` or `x.field`)",
                        name.name(),
                        a.len()
                    ),
                ));
            };
            let mut args = vec![root, Term::list(keys)];
            args.extend(a[1..].iter().cloned());
            remote("Elixir.Kernel", name.name(), args)
        }
        ("then", 2) => apply_fun(&a[1], a[0].clone()),
        ("dbg", 1) | ("dbg", 2) => dbg(c, &a[0], a.get(1).cloned(), line),
        _ => return Ok(None),
    }))
}

/// `data[:a].b[:c]` as the data and its keys (`Access.key!(:b)` for a
/// field); `None` for keys when the expression is not a path.
fn access_path(e: &Term) -> (Term, Option<Vec<Term>>) {
    let mut keys = Vec::new();
    let mut cur = e.clone();
    while let Some((head, _, args)) = as_call(&cur) {
        let args = list_items(args);
        let Some((Term::Atom(dot), _, dargs)) = as_call(head) else {
            break;
        };
        if dot.name() != "." {
            break;
        }
        let dargs = list_items(dargs);
        match (dargs.as_slice(), args.as_slice()) {
            ([Term::Atom(m), Term::Atom(f)], [inner, key])
                if m.name() == "Elixir.Access" && f.name() == "get" =>
            {
                keys.push(key.clone());
                cur = inner.clone();
            }
            ([m, Term::Atom(f)], [inner, key])
                if f.name() == "get"
                    && as_call(m).is_some_and(|(h, _, a)| {
                        h.is_atom(Atom::new("__aliases__"))
                            && list_items(a) == [Term::atom("Access")]
                    }) =>
            {
                keys.push(key.clone());
                cur = inner.clone();
            }
            ([inner, Term::Atom(field)], []) if !matches!(inner, Term::Atom(_)) => {
                keys.push(remote("Elixir.Access", "key!", vec![Term::Atom(*field)]));
                cur = inner.clone();
            }
            _ => break,
        }
    }
    if keys.is_empty() {
        return (cur, None);
    }
    keys.reverse();
    (cur, Some(keys))
}

/// `fun.(arg)`.
fn apply_fun(fun: &Term, arg: Term) -> Term {
    Term::tuple(vec![
        call(".", vec![fun.clone()]),
        Term::Nil,
        Term::list(vec![arg]),
    ])
}

/// `is_struct(t)`, `is_struct(t, Name)`, `is_exception(t)`, `is_exception(t, Name)`:
/// guard-safe tests of a map's `__struct__` (and `__exception__`) keys.
fn tagged_map_guard(which: &str, a: &[Term]) -> Term {
    let t = &a[0];
    let get = |key: &str| remote("erlang", "map_get", vec![Term::atom(key), t.clone()]);
    let has = |key: &str| remote("erlang", "is_map_key", vec![Term::atom(key), t.clone()]);
    let mut tests = vec![remote("erlang", "is_map", vec![t.clone()])];
    if let Some(name) = a.get(1) {
        tests.insert(0, remote("erlang", "is_atom", vec![name.clone()]));
    }
    tests.push(has("__struct__"));
    match a.get(1) {
        Some(name) => tests.push(remote(
            "erlang",
            "=:=",
            vec![get("__struct__"), name.clone()],
        )),
        None => tests.push(remote("erlang", "is_atom", vec![get("__struct__")])),
    }
    if which == "is_exception" {
        tests.push(has("__exception__"));
        tests.push(remote(
            "erlang",
            "=:=",
            vec![get("__exception__"), Term::bool(true)],
        ));
    }
    let last = tests.pop().expect("at least one test");
    tests
        .into_iter()
        .rev()
        .fold(last, |acc, test| strict_bool("and", &test, &acc))
}

/// `and`/`or`: the right side is evaluated when the left one does not decide,
/// and a left side that is not a boolean raises `{:badbool, op, value}`.
fn strict_bool(op: &str, left: &Term, right: &Term) -> Term {
    let (decides, evaluates) = if op == "and" {
        (false, true)
    } else {
        (true, false)
    };
    let v = fresh(op);
    let bad = remote(
        "erlang",
        "error",
        vec![Term::tuple(vec![
            Term::atom("badbool"),
            Term::tuple(vec![Term::atom(op), v.clone()]),
        ])],
    );
    let clauses = Term::list(vec![
        clause(vec![Term::bool(evaluates)], right.clone()),
        clause(vec![Term::bool(decides)], Term::bool(decides)),
        clause(vec![v], bad),
    ]);
    call("case", vec![left.clone(), kw(vec![("do", clauses)])])
}

/// `defimpl Proto, for: Type do ... end`: a module `Proto.Type`.
fn defimpl(c: &mut Compiler, a: &[Term], line: u32) -> CResult<Term> {
    let proto = c.alias(&a[0], line)?;
    let (opts, body) = match a.len() {
        3 => (
            a[1].clone(),
            kw_get(&a[2], "do").cloned().unwrap_or_else(Term::nil),
        ),
        _ => (
            a[1].clone(),
            kw_get(&a[1], "do").cloned().unwrap_or_else(Term::nil),
        ),
    };
    let targets = match kw_get(&opts, "for") {
        Some(Term::Cons(_)) => list_items(kw_get(&opts, "for").expect("checked")),
        Some(t) => vec![t.clone()],
        None => match c.env.module {
            Some(m) => vec![Term::Atom(m)],
            None => return Err(c.err(line, "defimpl needs for:")),
        },
    };
    let mut defs = Vec::new();
    for t in targets {
        let target = c.alias(&t, line)?;
        let tname = target.name().trim_start_matches("Elixir.");
        let module = Atom::new(&format!("{}.{}", proto.name(), tname));
        let attrs = block(vec![
            call("@", vec![call("protocol", vec![Term::Atom(proto)])]),
            call("@", vec![call("for", vec![Term::Atom(target)])]),
            body.clone(),
        ]);
        defs.push(call(
            "defmodule",
            vec![Term::Atom(module), kw(vec![("do", attrs)])],
        ));
    }
    Ok(block(defs))
}

fn pipe(left: &Term, right: &Term, c: &mut Compiler, line: u32) -> CResult<Term> {
    match right.as_tuple() {
        Some([head, meta, Term::Cons(_) | Term::Nil]) => {
            let mut args = list_items(&right.as_tuple().expect("checked")[2]);
            args.insert(0, left.clone());
            Ok(Term::tuple(vec![
                head.clone(),
                meta.clone(),
                Term::list(args),
            ]))
        }
        Some([head, meta, Term::Atom(_)]) => Ok(Term::tuple(vec![
            head.clone(),
            meta.clone(),
            Term::list(vec![left.clone()]),
        ])),
        _ => Err(c.err(
            line,
            format!(
                "cannot pipe {} into {}",
                crate::term::inspect(left),
                crate::term::inspect(right)
            ),
        )),
    }
}

fn range(first: Term, last: Term, step: Option<Term>) -> Term {
    let step = match step {
        Some(s) => s,
        None => match (&first, &last) {
            (Term::Int(a), Term::Int(b)) => Term::Int(if a <= b { 1 } else { -1 }),
            _ => {
                return remote("Elixir.Range", "new", vec![first, last]);
            }
        },
    };
    call(
        "%{}",
        vec![
            Term::tuple(vec![Term::Atom(Atom::STRUCT), Term::atom("Elixir.Range")]),
            Term::tuple(vec![Term::atom("first"), first]),
            Term::tuple(vec![Term::atom("last"), last]),
            Term::tuple(vec![Term::atom("step"), step]),
        ],
    )
}

fn in_(x: &Term, y: &Term) -> Term {
    match y {
        Term::Cons(_) | Term::Nil => remote("lists", "member", vec![x.clone(), y.clone()]),
        _ => {
            if let Some((Term::Atom(op), _, args)) = as_call(y) {
                let args = list_items(args);
                if op.name() == ".." && args.len() == 2 {
                    let v = x.clone();
                    return call(
                        "and",
                        vec![
                            remote("erlang", "is_integer", vec![v.clone()]),
                            call(
                                "and",
                                vec![
                                    remote(
                                        "erlang",
                                        ">=",
                                        vec![
                                            v.clone(),
                                            remote(
                                                "erlang",
                                                "min",
                                                vec![args[0].clone(), args[1].clone()],
                                            ),
                                        ],
                                    ),
                                    remote(
                                        "erlang",
                                        "=<",
                                        vec![
                                            v,
                                            remote(
                                                "erlang",
                                                "max",
                                                vec![args[0].clone(), args[1].clone()],
                                            ),
                                        ],
                                    ),
                                ],
                            ),
                        ],
                    );
                }
            }
            remote("Elixir.Enum", "member?", vec![y.clone(), x.clone()])
        }
    }
}

fn sigil(name: &str, body: &Term, mods: &Term) -> Term {
    let mods: String = list_items(mods)
        .iter()
        .filter_map(|m| match m {
            Term::Int(c) => char::from_u32(*c as u32),
            _ => None,
        })
        .collect();
    // Lowercase sigils process escapes in their literal pieces (`~r` only the
    // control-character ones, leaving the rest to the regex engine).
    let text = match name {
        "sigil_s" | "sigil_c" | "sigil_w" => map_literal_parts(body, false),
        "sigil_r" => map_literal_parts(body, true),
        _ => body.clone(),
    };
    match name {
        "sigil_s" | "sigil_S" => {
            // The parser already produced the string (with interpolation).
            match as_call(&text) {
                Some((Term::Atom(b), _, parts)) if b.name() == "<<>>" => {
                    let parts = list_items(parts);
                    if let [Term::Binary(_)] = parts.as_slice() {
                        return parts[0].clone();
                    }
                    text
                }
                _ => text,
            }
        }
        "sigil_c" | "sigil_C" => remote("Elixir.String", "to_charlist", vec![text]),
        "sigil_w" | "sigil_W" => {
            let words = remote("Elixir.String", "split", vec![text]);
            match mods.as_str() {
                "a" => remote(
                    "Elixir.Enum",
                    "map",
                    vec![words, capture_remote("Elixir.String", "to_atom", 1)],
                ),
                "c" => remote(
                    "Elixir.Enum",
                    "map",
                    vec![words, capture_remote("Elixir.String", "to_charlist", 1)],
                ),
                _ => words,
            }
        }
        "sigil_r" | "sigil_R" => {
            remote("Elixir.Regex", "compile!", vec![text, Term::string(&mods)])
        }
        "sigil_D" => remote("Elixir.Date", "from_iso8601!", vec![text]),
        "sigil_T" => remote("Elixir.Time", "from_iso8601!", vec![text]),
        "sigil_N" => remote("Elixir.NaiveDateTime", "from_iso8601!", vec![text]),
        _ => remote("Elixir.DateTime", "from_iso8601!", vec![text]),
    }
}

/// The text of a sigil body without interpolation (`<<"2024-06-01">>`).
fn literal_text(body: &Term) -> Option<Term> {
    match as_call(body) {
        Some((Term::Atom(b), _, parts)) if b.name() == "<<>>" => match list_items(parts).as_slice()
        {
            [t @ Term::Binary(_)] => Some(t.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A sigil's `<<>>` body with the escapes of its literal pieces decoded.
fn map_literal_parts(body: &Term, only_control: bool) -> Term {
    match as_call(body) {
        Some((head, meta, parts)) if head.is_atom(Atom::new("<<>>")) => {
            let parts: Vec<Term> = list_items(parts)
                .into_iter()
                .map(|p| match &p {
                    Term::Binary(b) => Term::binary(crate::syntax::unescape(
                        &String::from_utf8_lossy(b.as_bytes()),
                        only_control,
                    )),
                    _ => p,
                })
                .collect();
            Term::tuple(vec![head.clone(), meta.clone(), Term::list(parts)])
        }
        _ => body.clone(),
    }
}

fn capture_remote(module: &str, name: &str, arity: i64) -> Term {
    call(
        "&",
        vec![call(
            "/",
            vec![remote(module, name, vec![]), Term::Int(arity)],
        )],
    )
}
