//! `defmodule`: runs a module body in order — collecting `def`s, setting
//! attributes, applying `alias`/`import`/`use`, evaluating anything else — then
//! compiles every function and loads the module. Attributes read in function
//! bodies are replaced by their value at the point of the `def`, as in Elixir.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use rustc_hash::FxHashSet;

use crate::runtime::{self, FunDef, Module};
use crate::term::{Atom, Map, Term};
use crate::vm::{CodeKind, Exception, NoMatch, Vm};

use super::builder::{Env, Fb};
use super::expr::{as_call, as_var, kw_get, list_items, meta_line, CResult, Compiler, ModuleCtx};
use super::ModuleSource;
use crate::expand;

mod docs;

thread_local! {
    /// Structs of modules still being compiled, so their own functions can use them.
    static CURRENT_STRUCTS: RefCell<HashMap<Atom, Vec<(Atom, Term)>>> = RefCell::new(HashMap::new());
}

pub fn current_struct(module: Atom) -> Option<Vec<(Atom, Term)>> {
    CURRENT_STRUCTS.with(|s| s.borrow().get(&module).cloned())
}

/// The attributes of a module whose body is running, as `Module.get_attribute/2`
/// and friends see them: each setting in order (the last one wins), and which
/// attributes accumulate.
#[derive(Clone, Default)]
pub struct OpenAttrs {
    pub attrs: Vec<(Atom, Term)>,
    pub accumulate: FxHashSet<Atom>,
}

thread_local! {
    /// Attributes of the modules being compiled, lent out while their body's
    /// code (or a macro it calls) runs, and taken back afterwards.
    static OPEN_ATTRS: RefCell<HashMap<Atom, OpenAttrs>> = RefCell::new(HashMap::new());
}

/// Runs `f` on the attributes of `module` if its body is running; `None` once
/// it is compiled (or never was).
pub fn with_open_attrs<R>(module: Atom, f: impl FnOnce(&mut OpenAttrs) -> R) -> Option<R> {
    OPEN_ATTRS.with(|o| o.borrow_mut().get_mut(&module).map(f))
}

/// Runs `f` (code of the module's body, a macro it calls) with the module's
/// attributes visible to `Module.get_attribute/2` and friends, then takes
/// back what that code changed.
fn with_attrs_lent<R>(
    vm: &mut Vm,
    st: &mut ModState,
    f: impl FnOnce(&mut Vm, &ModState) -> R,
) -> R {
    let lent = OpenAttrs {
        attrs: std::mem::take(&mut st.attrs),
        accumulate: std::mem::take(&mut st.accumulate),
    };
    let outer = OPEN_ATTRS.with(|o| o.borrow_mut().insert(st.name, lent));
    let r = f(vm, st);
    let back = OPEN_ATTRS.with(|o| {
        let mut o = o.borrow_mut();
        let back = o.remove(&st.name);
        if let Some(outer) = outer {
            o.insert(st.name, outer);
        }
        back
    });
    let back = back.unwrap_or_default();
    st.attrs = back.attrs;
    st.accumulate = back.accumulate;
    r
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum DefKind {
    Def,
    Defp,
    Defmacro,
    Defmacrop,
}

struct DefClause {
    kind: DefKind,
    name: Atom,
    args: Vec<Term>,
    guard: Option<Term>,
    body: Term,
    env: Env,
    line: u32,
}

struct ModState {
    name: Atom,
    env: Env,
    defs: Vec<DefClause>,
    attrs: Vec<(Atom, Term)>,
    accumulate: FxHashSet<Atom>,
    struct_fields: Option<Vec<(Atom, Term)>>,
    exception: bool,
    docs: docs::Docs,
    overridable: FxHashSet<(Atom, u32)>,
    protocol: Option<Vec<(Atom, u32)>>,
    /// Overridden definitions kept under another name for `super`.
    supers: Vec<((Atom, u32), Atom)>,
    /// `@callback` / `@macrocallback` declarations (name, arity).
    callbacks: Vec<(Atom, u32)>,
    optional_callbacks: Term,
    last: Term,
    /// Variables bound by one form of the body, seen by the later ones
    /// (`x = 5` then `def f, do: unquote(x)`; `bind_quoted`), with their context.
    binding: Vec<((Atom, Atom), Term)>,
}

impl ModState {
    fn new(name: Atom, env: Env, protocol: bool) -> ModState {
        let line = env.line;
        ModState {
            name,
            env,
            defs: Vec::new(),
            attrs: Vec::new(),
            accumulate: FxHashSet::default(),
            struct_fields: None,
            exception: false,
            docs: docs::Docs::new(line),
            overridable: FxHashSet::default(),
            protocol: protocol.then(Vec::new),
            supers: Vec::new(),
            callbacks: Vec::new(),
            optional_callbacks: Term::Nil,
            last: Term::nil(),
            binding: Vec::new(),
        }
    }
}

pub fn define_module(vm: &mut Vm, src: &ModuleSource, name: Term) -> Result<Term, Exception> {
    if src.protocol {
        return define_protocol(vm, src, name);
    }
    let Term::Atom(name) = name else {
        return Err(Exception::badarg());
    };
    let mut env = src.env.clone();
    env.module = Some(name);
    env.function = None;
    let mut st = ModState::new(name, env, false);
    st.docs = docs::Docs::new(src.line);
    body_forms(vm, &mut st, &src.body)?;
    before_compile(vm, &mut st)?;
    let last = st.last.clone();
    finish(vm, st)?;
    Ok(Term::tuple(vec![
        Term::atom("module"),
        Term::Atom(name),
        Term::binary(crate::runtime::beam_image(name)),
        last,
    ]))
}

/// Defines a protocol module: `defprotocol Name do def f(x) end`.
fn define_protocol(vm: &mut Vm, src: &ModuleSource, name: Term) -> Result<Term, Exception> {
    let Term::Atom(name) = name else {
        return Err(Exception::badarg());
    };
    let mut env = src.env.clone();
    env.module = Some(name);
    let mut st = ModState::new(name, env, true);
    st.docs = docs::Docs::new(src.line);
    body_forms(vm, &mut st, &src.body)?;
    finish(vm, st)?;
    Ok(Term::tuple(vec![
        Term::atom("module"),
        Term::Atom(name),
        Term::binary(crate::runtime::beam_image(name)),
        Term::nil(),
    ]))
}

/// `@before_compile Mod` (or `{Mod, :fun}`): each macro runs at the end of
/// the body, in order, and what it returns joins the body.
fn before_compile(vm: &mut Vm, st: &mut ModState) -> CResult<()> {
    let hooks: Vec<Term> = st
        .attrs
        .iter()
        .filter(|(k, _)| k.name() == "before_compile")
        .map(|(_, v)| v.clone())
        .collect();
    for hook in hooks {
        for h in hook.list_to_vec().unwrap_or_else(|| vec![hook.clone()]) {
            let (module, fun) = match &h {
                Term::Atom(m) => (*m, Atom::new("__before_compile__")),
                t => match t.as_tuple() {
                    Some([Term::Atom(m), Term::Atom(f)]) => (*m, *f),
                    _ => continue,
                },
            };
            let env = st.env.clone();
            let line = env.line;
            let env_term = expand::env_term(&env);
            let expanded = with_attrs_lent(vm, st, |vm, _| {
                expand::call_macro(vm, module, fun, vec![env_term], &env, line)
            })?;
            if let Some(t) = expanded {
                body_forms(vm, st, &t)?;
            }
        }
    }
    Ok(())
}

fn body_forms(vm: &mut Vm, st: &mut ModState, body: &Term) -> CResult<()> {
    let forms = match as_call(body) {
        Some((Term::Atom(b), _, args)) if *b == Atom::BLOCK => list_items(args),
        _ => vec![body.clone()],
    };
    for form in forms {
        // A block inside the body (from a macro, or `defimpl`) is more body.
        if let Some((Term::Atom(b), _, _)) = as_call(&form) {
            if *b == Atom::BLOCK {
                body_forms(vm, st, &form)?;
                continue;
            }
        }
        body_form(vm, st, &form)?;
    }
    Ok(())
}

fn body_form(vm: &mut Vm, st: &mut ModState, form: &Term) -> CResult<()> {
    let Some((head, meta, args)) = as_call(form) else {
        return Ok(());
    };
    let line = meta_line(meta);
    if line > 0 {
        st.env.line = line;
    }
    let Term::Atom(name) = head else {
        // A remote macro (`Defs.defconst(:x, 1)`) may expand into definitions
        // or attributes: expand it first.
        return expand_in_body(vm, st, form);
    };
    if matches!(args, Term::Atom(_)) {
        return eval_in_module(vm, st, form);
    }
    let items = list_items(args);
    match name.name() {
        "def" | "defp" | "defmacro" | "defmacrop" if has_unquote(form) => {
            // Unquote fragments (`def unquote(name)(), do: unquote(value)`).
            eval_in_module(vm, st, form)
        }
        "def" | "defp" | "defmacro" | "defmacrop" => {
            let kind = match name.name() {
                "def" => DefKind::Def,
                "defp" => DefKind::Defp,
                "defmacro" => DefKind::Defmacro,
                _ => DefKind::Defmacrop,
            };
            if let Some(protocol) = &mut st.protocol {
                // A protocol's `def f(x)` declares a function to dispatch.
                if let Some((Term::Atom(f), _, fargs)) = items.first().and_then(as_call) {
                    let fargs = list_items(fargs);
                    protocol.push((*f, fargs.len() as u32));
                    st.docs.definition(true, false, *f, &fargs, line);
                    st.docs.callback(false, *f, fargs.len() as u32, line);
                    return Ok(());
                }
            }
            record_def(st, kind, &items, line)
        }
        "defstruct" => {
            let fields = eval_value(vm, st, items.first().unwrap_or(&Term::Nil))?;
            let mut out = Vec::new();
            for f in list_items(&fields) {
                match &f {
                    Term::Atom(a) => out.push((*a, Term::nil())),
                    _ => {
                        if let Some([Term::Atom(k), v]) = f.as_tuple() {
                            out.push((*k, v.clone()));
                        }
                    }
                }
            }
            if st.exception {
                out.insert(0, (Atom::new("__exception__"), Term::bool(true)));
            }
            CURRENT_STRUCTS.with(|s| s.borrow_mut().insert(st.name, out.clone()));
            st.struct_fields = Some(out);
            st.docs.struct_line = line;
            Ok(())
        }
        "defexception" => {
            st.exception = true;
            let f = Term::tuple(vec![
                Term::atom("defstruct"),
                meta.clone(),
                Term::list(items.clone()),
            ]);
            body_form(vm, st, &f)
        }
        "@" => attribute(vm, st, &items, line),
        "alias" | "import" | "require" => {
            let mut c = Compiler::new(vm, st.env.clone(), None);
            c.fbs
                .push(Fb::new(CodeKind::Script, Atom::new("__MODULE__"), 0, 0));
            c.directive(*name, &items, line)?;
            st.env = c.env.clone();
            Ok(())
        }
        "use" => {
            let Some(target) = items.first() else {
                return Ok(());
            };
            let opts = items.get(1).cloned().unwrap_or(Term::Nil);
            let mut c = Compiler::new(vm, st.env.clone(), None);
            c.fbs
                .push(Fb::new(CodeKind::Script, Atom::new("__MODULE__"), 0, 0));
            let module = c.alias(target, line)?;
            // `use M` requires M before calling `M.__using__/1`.
            if !st.env.requires.contains(&module) {
                st.env.requires.push(module);
            }
            let env = c.env.clone();
            let expanded = with_attrs_lent(vm, st, |vm, _| {
                expand::call_macro(vm, module, Atom::new("__using__"), vec![opts], &env, line)
            })?;
            match expanded {
                Some(t) => body_forms(vm, st, &t),
                None => Err(super::compile_error(
                    st.env.file,
                    line,
                    format!(
                        "module {} is not loaded and could not be found",
                        crate::term::inspect::inspect_atom(module.name())
                    ),
                )),
            }
        }
        "defdelegate" => {
            let (Some(call), Some(opts)) = (items.first(), items.get(1)) else {
                return Ok(());
            };
            let Some((Term::Atom(fname), fmeta, fargs)) = as_call(call) else {
                return Ok(());
            };
            let to = kw_get(opts, "to").cloned().unwrap_or_else(Term::nil);
            let as_ = kw_get(opts, "as")
                .and_then(|a| a.as_atom())
                .unwrap_or(*fname);
            let params: Vec<Term> = list_items(fargs)
                .into_iter()
                .map(|a| match as_call(&a) {
                    Some((Term::Atom(d), _, dargs)) if d.name() == "\\\\" => {
                        list_items(dargs)[0].clone()
                    }
                    _ => a,
                })
                .collect();
            let body = Term::tuple(vec![
                Term::tuple(vec![
                    Term::atom("."),
                    Term::Nil,
                    Term::list(vec![to.clone(), Term::Atom(as_)]),
                ]),
                Term::Nil,
                Term::list(params),
            ]);
            if let Ok(target) = eval_value(vm, st, &to) {
                let arity = list_items(fargs).len() as i64;
                let delegate = Term::tuple(vec![target, Term::Atom(as_), Term::Int(arity)]);
                let meta = Term::list(vec![Term::tuple(vec![Term::atom("delegate_to"), delegate])]);
                st.docs.doc(line, &meta);
            }
            let def = Term::tuple(vec![Term::Atom(*fname), fmeta.clone(), fargs.clone()]);
            record_def(
                st,
                DefKind::Def,
                &[
                    def,
                    Term::list(vec![Term::tuple(vec![Term::Atom(Atom::DO), body])]),
                ],
                line,
            )
        }
        "defguard" | "defguardp" => {
            // `defguard is_even(x) when rem(x, 2) == 0` becomes a macro.
            let Some((Term::Atom(w), _, wargs)) = items.first().and_then(as_call) else {
                return Ok(());
            };
            if w.name() != "when" {
                return Ok(());
            }
            let wargs = list_items(wargs);
            let Some((Term::Atom(gname), gmeta, gargs)) = as_call(&wargs[0]) else {
                return Ok(());
            };
            let params = list_items(gargs);
            let body = unquote_params(&wargs[1], &params);
            let quoted = Term::tuple(vec![
                Term::atom("quote"),
                Term::Nil,
                Term::list(vec![Term::list(vec![Term::tuple(vec![
                    Term::Atom(Atom::DO),
                    body,
                ])])]),
            ]);
            let kind = if name.name() == "defguard" {
                DefKind::Defmacro
            } else {
                DefKind::Defmacrop
            };
            let def = Term::tuple(vec![Term::Atom(*gname), gmeta.clone(), gargs.clone()]);
            record_def(
                st,
                kind,
                &[
                    def,
                    Term::list(vec![Term::tuple(vec![Term::Atom(Atom::DO), quoted])]),
                ],
                line,
            )
        }
        "defoverridable" => {
            let v = eval_value(vm, st, items.first().unwrap_or(&Term::Nil))?;
            for p in list_items(&v) {
                if let Some([Term::Atom(n), Term::Int(a)]) = p.as_tuple() {
                    st.overridable.insert((*n, *a as u32));
                }
            }
            Ok(())
        }
        "defmodule" | "defprotocol" | "defimpl" => {
            // Nested: define it now, and alias its short name.
            eval_in_module(vm, st, form)?;
            if let Some((Term::Atom(a), _, parts)) = items.first().and_then(as_call) {
                if a.name() == "__aliases__" && name.name() != "defimpl" {
                    let parts = list_items(parts);
                    if let Some(Term::Atom(first)) = parts.first() {
                        let short = Atom::new(&format!("Elixir.{}", first.name()));
                        let full = Atom::new(&format!("{}.{}", st.name.name(), first.name()));
                        st.env.aliases.push((short, full));
                    }
                }
            }
            Ok(())
        }
        // A macro call in the body (`check "x" do ... end` from a `use`d
        // module) may expand into definitions: expand it first.
        _ => expand_in_body(vm, st, form),
    }
}

fn expand_in_body(vm: &mut Vm, st: &mut ModState, form: &Term) -> CResult<()> {
    let expansion = with_attrs_lent(vm, st, |vm, st| {
        let mut c = Compiler::new(vm, st.env.clone(), None);
        c.fbs
            .push(Fb::new(CodeKind::Script, Atom::new("__MODULE__"), 0, 0));
        expand::expand_once(&mut c, form)
    })?;
    match expansion {
        expand::Expansion::Into(t) => body_forms(vm, st, &t),
        _ => eval_in_module(vm, st, form),
    }
}

/// Replaces each parameter variable in `body` with `unquote(param)`.
fn unquote_params(body: &Term, params: &[Term]) -> Term {
    if let Some(v) = as_var(body) {
        if params.iter().any(|p| as_var(p).map(|x| x.0) == Some(v.0)) {
            return Term::tuple(vec![
                Term::atom("unquote"),
                Term::Nil,
                Term::list(vec![body.clone()]),
            ]);
        }
        return body.clone();
    }
    match body {
        Term::Tuple(t) => Term::tuple(
            t.elems()
                .iter()
                .map(|e| unquote_params(e, params))
                .collect::<Vec<_>>(),
        ),
        Term::Cons(_) => {
            let items: Vec<Term> = list_items(body)
                .iter()
                .map(|e| unquote_params(e, params))
                .collect();
            Term::list(items)
        }
        _ => body.clone(),
    }
}

fn record_def(st: &mut ModState, kind: DefKind, items: &[Term], line: u32) -> CResult<()> {
    let Some(head) = items.first() else {
        return Ok(());
    };
    let head = substitute_attrs(head, &st.attrs);
    let body = items.get(1).map(def_body);
    let body = body.map(|b| substitute_attrs(&b, &st.attrs));
    let (call, guard) = match as_call(&head) {
        Some((Term::Atom(w), _, wargs)) if w.name() == "when" => {
            let w = list_items(wargs);
            (w[0].clone(), Some(w[1].clone()))
        }
        _ => (head.clone(), None),
    };
    let Some((Term::Atom(name), _, args)) = as_call(&call) else {
        return Err(super::compile_error(
            st.env.file,
            line,
            "invalid function definition",
        ));
    };
    let args = match args {
        Term::Atom(_) => vec![],
        a => list_items(a),
    };
    // Default arguments: lower arities that call the full one.
    let mut plain = Vec::new();
    let mut defaults = Vec::new();
    for (i, a) in args.iter().enumerate() {
        match as_call(a) {
            Some((Term::Atom(d), _, dargs)) if d.name() == "\\\\" => {
                let dargs = list_items(dargs);
                plain.push(dargs[0].clone());
                defaults.push((i, dargs[1].clone()));
            }
            _ => plain.push(a.clone()),
        }
    }
    let full = plain.len();
    // A `def` evaluates to `{name, arity}`: a module body ending in one
    // makes that the last element of what `defmodule` returns.
    st.last = Term::tuple(vec![Term::Atom(*name), Term::Int(full as i64)]);
    for k in 0..defaults.len() {
        // Arity with only the first k defaults given.
        let arity = full - defaults.len() + k;
        let exists = st
            .defs
            .iter()
            .any(|d| d.name == *name && d.args.len() == arity && d.kind == kind);
        if exists {
            continue;
        }
        let mut params = Vec::new();
        let mut call_args = Vec::new();
        let mut given = 0;
        for i in 0..full {
            match defaults.iter().position(|(p, _)| *p == i) {
                Some(dpos) if dpos >= k => call_args.push(defaults[dpos].1.clone()),
                _ => {
                    let v = Term::tuple(vec![
                        Term::Atom(Atom::new(&format!("x{given}"))),
                        Term::Nil,
                        Term::atom("vial_default"),
                    ]);
                    given += 1;
                    params.push(v.clone());
                    call_args.push(v);
                }
            }
        }
        let body = match kind {
            DefKind::Def | DefKind::Defp => {
                Term::tuple(vec![Term::Atom(*name), Term::Nil, Term::list(call_args)])
            }
            // A macro's lower arity runs the full one's code with the same caller.
            DefKind::Defmacro | DefKind::Defmacrop => {
                let mut args = vec![Term::tuple(vec![
                    Term::atom("__CALLER__"),
                    Term::Nil,
                    Term::nil(),
                ])];
                args.extend(call_args);
                let target = Term::Atom(Atom::new(&format!("MACRO-{}", name.name())));
                Term::tuple(vec![target, Term::Nil, Term::list(args)])
            }
        };
        st.defs.push(DefClause {
            kind,
            name: *name,
            args: params,
            guard: None,
            body,
            env: st.env.clone(),
            line,
        });
    }
    st.docs.definition(
        matches!(kind, DefKind::Def | DefKind::Defmacro),
        matches!(kind, DefKind::Defmacro | DefKind::Defmacrop),
        *name,
        &args,
        line,
    );
    let Some(body) = body else {
        return Ok(());
    };
    // A later def of an overridable function replaces the inherited one,
    // which stays reachable through `super` under another name.
    let key = (*name, full as u32);
    if st.overridable.remove(&key) {
        let count = st.supers.iter().filter(|(k, _)| *k == key).count() + 1;
        let hidden = Atom::new(&format!("{} (overridable {count})", name.name()));
        for d in st.defs.iter_mut() {
            if d.name == *name && d.args.len() == full {
                d.name = hidden;
                d.kind = DefKind::Defp;
            }
        }
        st.supers.retain(|(k, _)| *k != key);
        st.supers.push((key, hidden));
    }
    let body = match st.supers.iter().find(|(k, _)| *k == key) {
        Some((_, hidden)) => replace_super(&body, *hidden),
        None => body,
    };
    st.defs.push(DefClause {
        kind,
        name: *name,
        args: plain,
        guard,
        body,
        env: st.env.clone(),
        line,
    });
    Ok(())
}

/// `super(args)` in `body` as a call of the overridden definition.
fn replace_super(body: &Term, hidden: Atom) -> Term {
    match as_call(body) {
        Some((Term::Atom(s), meta, args))
            if s.name() == "super" && !matches!(args, Term::Atom(_)) =>
        {
            let args: Vec<Term> = list_items(args)
                .iter()
                .map(|a| replace_super(a, hidden))
                .collect();
            Term::tuple(vec![Term::Atom(hidden), meta.clone(), Term::list(args)])
        }
        Some((Term::Atom(q), _, _)) if q.name() == "quote" => body.clone(),
        _ => match body {
            Term::Tuple(t) => Term::tuple(
                t.elems()
                    .iter()
                    .map(|e| replace_super(e, hidden))
                    .collect::<Vec<_>>(),
            ),
            Term::Cons(_) => Term::list(
                list_items(body)
                    .iter()
                    .map(|e| replace_super(e, hidden))
                    .collect::<Vec<_>>(),
            ),
            _ => body.clone(),
        },
    }
}

/// The body of `def f, do: x` or `def f do x rescue ... end` (an implicit try).
fn def_body(opts: &Term) -> Term {
    let body = kw_get(opts, "do").cloned().unwrap_or_else(Term::nil);
    let has_try = ["rescue", "catch", "after", "else"]
        .iter()
        .any(|k| kw_get(opts, k).is_some());
    if has_try {
        Term::tuple(vec![
            Term::atom("try"),
            Term::Nil,
            Term::list(vec![opts.clone()]),
        ])
    } else {
        body
    }
}

/// Replaces `@name` reads with the attribute's current value.
fn substitute_attrs(t: &Term, attrs: &[(Atom, Term)]) -> Term {
    match t {
        Term::Tuple(tu) => {
            let e = tu.elems();
            if e.len() == 3 && e[0].is_atom(Atom::new("@")) {
                if let Some(Term::Cons(c)) = Some(&e[2]) {
                    if let Some((Term::Atom(n), _, Term::Atom(_))) = as_call(&c.head) {
                        if let Some((_, v)) = attrs.iter().rev().find(|(k, _)| k == n) {
                            return expand::escape(v);
                        }
                        return Term::nil();
                    }
                }
            }
            // Quoted code inside keeps its attributes for later.
            if e.len() == 3 && e[0].is_atom(Atom::new("quote")) {
                return t.clone();
            }
            Term::tuple(
                e.iter()
                    .map(|x| substitute_attrs(x, attrs))
                    .collect::<Vec<_>>(),
            )
        }
        Term::Cons(_) => {
            let mut items = Vec::new();
            let mut cur = t;
            while let Term::Cons(c) = cur {
                items.push(substitute_attrs(&c.head, attrs));
                cur = &c.tail;
            }
            Term::improper_list(items, substitute_attrs(cur, attrs))
        }
        _ => t.clone(),
    }
}

fn attribute(vm: &mut Vm, st: &mut ModState, items: &[Term], line: u32) -> CResult<()> {
    let Some((Term::Atom(name), _, args)) = items.first().and_then(as_call) else {
        return Ok(());
    };
    let args = match args {
        Term::Atom(_) => {
            return eval_in_module(
                vm,
                st,
                &Term::tuple(vec![Term::atom("@"), Term::Nil, Term::list(items.to_vec())]),
            )
        }
        a => list_items(a),
    };
    let Some(value) = args.first() else {
        return Ok(());
    };
    let n = name.name();
    match n {
        "callback" | "macrocallback" => {
            if let Some((name, arity)) = callback_of(value) {
                st.docs.callback(n == "macrocallback", name, arity, line);
                let name = if n == "macrocallback" {
                    Atom::new(&format!("MACRO-{}", name.name()))
                } else {
                    name
                };
                let arity = arity + u32::from(n == "macrocallback");
                st.callbacks.push((name, arity));
            }
            return Ok(());
        }
        "optional_callbacks" => {
            st.optional_callbacks = eval_value(vm, st, value)?;
            return Ok(());
        }
        _ => {}
    }
    match n {
        "type" | "opaque" => {
            st.docs.type_(n == "opaque", value, line);
            return Ok(());
        }
        "deprecated" => {
            // Shown by `h` and kept in the docs' metadata, as in Elixir.
            let v = eval_value(vm, st, value)?;
            let meta = Term::list(vec![Term::tuple(vec![Term::atom("deprecated"), v])]);
            st.docs.doc(line, &meta);
            return Ok(());
        }
        _ => {}
    }
    if n == "spec" {
        st.docs.spec(value);
        return Ok(());
    }
    match n {
        "typep" | "callback" | "macrocallback" | "since" | "dialyzer" | "compile"
        | "optional_callbacks" | "vsn" => return Ok(()),
        _ => {}
    }
    let value = substitute_attrs(value, &st.attrs);
    let v = eval_value(vm, st, &value)?;
    match n {
        "moduledoc" => st.docs.moduledoc(line, &v),
        "doc" => st.docs.doc(line, &v),
        "typedoc" => st.docs.typedoc(line, &v),
        "impl" => st.docs.implements(&v),
        _ => {
            if st.accumulate.contains(name) {
                let prev = st
                    .attrs
                    .iter()
                    .rev()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
                    .unwrap_or(Term::Nil);
                st.attrs.push((*name, Term::cons(v, prev)));
            } else {
                st.attrs.push((*name, v));
            }
        }
    }
    Ok(())
}

/// Evaluates an expression in the module body's environment.
fn eval_value(vm: &mut Vm, st: &mut ModState, e: &Term) -> CResult<Term> {
    let e = substitute_attrs(e, &st.attrs);
    let names: Vec<(Atom, Atom)> = st.binding.iter().map(|(k, _)| *k).collect();
    let mut c = Compiler::new(vm, st.env.clone(), None);
    let (code, out_names) = c.script_vars(&e, &names, true)?;
    let args = st.binding.iter().map(|(_, v)| v.clone()).collect();
    let result = with_attrs_lent(vm, st, |vm, _| vm.call(code, args))?;
    let mut values = result.list_to_vec().unwrap_or_default().into_iter();
    let value = values.next().unwrap_or(Term::Nil);
    st.binding = out_names.into_iter().zip(values).collect();
    Ok(value)
}

fn eval_in_module(vm: &mut Vm, st: &mut ModState, form: &Term) -> CResult<()> {
    // `Module.register_attribute(__MODULE__, :x, accumulate: true)`
    if let Some((dot, _, args)) = as_call(form) {
        let target = as_call(dot).map(|(_, _, d)| list_items(d));
        let is_register = matches!(
            target.as_deref(),
            Some([m, Term::Atom(f)]) if f.name() == "register_attribute"
                && as_call(m).is_some_and(|(_, _, p)| list_items(p).first().is_some_and(|x| x.is_atom(Atom::new("Module"))))
        );
        if is_register {
            let args = list_items(args);
            if let (Some(Term::Atom(a)), Some(opts)) = (args.get(1), args.get(2)) {
                if kw_get(opts, "accumulate").is_some_and(|v| v.is_atom(Atom::TRUE)) {
                    st.accumulate.insert(*a);
                    st.attrs.push((*a, Term::Nil));
                }
            }
            return Ok(());
        }
    }
    // Definitions inside an expression (`for name <- names do def unquote(name)() ...`,
    // `if @flag do def ...`): the expression runs, and each definition it
    // reaches is handed back through `:vial.module_def/1` with its unquote
    // fragments filled in, then recorded in order.
    let form = expand_defining_macros(vm, st, form)?;
    let (form, lifted) = lift_defs(&form);
    let mark = vm.extra().pending_defs.len();
    st.last = eval_value(vm, st, &form)?;
    if lifted {
        let defs: Vec<Term> = vm.extra().pending_defs.drain(mark..).collect();
        for def in defs {
            body_form(vm, st, &def)?;
        }
    }
    Ok(())
}

/// Expands the macro calls inside `form` (`test "x" do ... end` inside a
/// `for`) that define functions or set attributes, so that `lift_defs` sees
/// those; other calls stay as they are.
fn expand_defining_macros(vm: &mut Vm, st: &ModState, form: &Term) -> CResult<Term> {
    let Some((head, meta, args)) = as_call(form) else {
        return Ok(match form {
            Term::Cons(_) => {
                let mut items = Vec::new();
                for e in list_items(form) {
                    items.push(expand_defining_macros(vm, st, &e)?);
                }
                Term::list(items)
            }
            Term::Tuple(t) => {
                let mut items = Vec::new();
                for e in t.elems() {
                    items.push(expand_defining_macros(vm, st, e)?);
                }
                Term::tuple(items)
            }
            _ => form.clone(),
        });
    };
    let plain = match head {
        Term::Atom(k) => {
            if matches!(
                k.name(),
                "quote"
                    | "fn"
                    | "defmodule"
                    | "defprotocol"
                    | "defimpl"
                    | "def"
                    | "defp"
                    | "defmacro"
                    | "defmacrop"
                    | "@"
            ) {
                return Ok(form.clone());
            }
            expand::is_special(*k) || matches!(args, Term::Atom(_))
        }
        _ => false,
    };
    if !plain {
        let mut c = Compiler::new(vm, st.env.clone(), None);
        c.fbs
            .push(Fb::new(CodeKind::Script, Atom::new("__MODULE__"), 0, 0));
        if let expand::Expansion::Into(t) = expand::expand_once(&mut c, form)? {
            let t = expand_defining_macros(vm, st, &t)?;
            if lift_defs(&t).1 {
                return Ok(t);
            }
            return Ok(form.clone());
        }
    }
    let Term::Cons(_) = args else {
        return Ok(form.clone());
    };
    let mut items = Vec::new();
    for e in list_items(args) {
        items.push(expand_defining_macros(vm, st, &e)?);
    }
    Ok(Term::tuple(vec![
        head.clone(),
        meta.clone(),
        Term::list(items),
    ]))
}

/// Whether `t` reads a module attribute (`@name` outside any `quote`).
fn reads_attr(t: &Term) -> bool {
    match as_call(t) {
        Some((Term::Atom(k), _, _)) if k.name() == "quote" => false,
        Some((Term::Atom(k), _, Term::Cons(c))) if k.name() == "@" => {
            matches!(as_call(&c.head), Some((Term::Atom(_), _, Term::Atom(_))))
        }
        _ => match t {
            Term::Tuple(tu) => tu.elems().iter().any(reads_attr),
            Term::Cons(_) => list_items(t).iter().any(reads_attr),
            _ => false,
        },
    }
}

/// `value` with each variable `v` as `unquote(Macro.escape(v))`, to be
/// quoted: its attribute reads wait until the module records it.
fn unquote_vars(t: &Term) -> Term {
    if as_var(t).is_some() {
        let escaped = expand::remote("Elixir.Macro", "escape", vec![t.clone()]);
        return Term::tuple(vec![
            Term::atom("unquote"),
            Term::Nil,
            Term::list(vec![escaped]),
        ]);
    }
    match as_call(t) {
        Some((Term::Atom(k), _, _)) if k.name() == "@" || k.name() == "quote" => t.clone(),
        // `x::binary` in a bitstring: the type is no variable.
        Some((Term::Atom(k), meta, Term::Cons(c))) if k.name() == "::" => {
            let rest = list_items(&c.tail);
            let mut items = vec![unquote_vars(&c.head)];
            items.extend(rest);
            Term::tuple(vec![Term::Atom(*k), meta.clone(), Term::list(items)])
        }
        _ => match t {
            Term::Tuple(tu) => Term::tuple(tu.elems().iter().map(unquote_vars).collect::<Vec<_>>()),
            Term::Cons(_) => Term::list(list_items(t).iter().map(unquote_vars).collect::<Vec<_>>()),
            _ => t.clone(),
        },
    }
}

/// Whether `form` has an `unquote` outside any `quote` in it.
fn has_unquote(form: &Term) -> bool {
    match as_call(form) {
        Some((Term::Atom(k), _, _)) if k.name() == "quote" => false,
        Some((Term::Atom(k), _, _)) if k.name() == "unquote" || k.name() == "unquote_splicing" => {
            true
        }
        _ => match form {
            Term::Tuple(t) => t.elems().iter().any(has_unquote),
            Term::Cons(_) => list_items(form).iter().any(has_unquote),
            _ => false,
        },
    }
}

/// Replaces the definitions (and attribute settings) inside `form` with calls
/// that hand them back when reached; says whether there were any.
fn lift_defs(form: &Term) -> (Term, bool) {
    match as_call(form) {
        Some((Term::Atom(k), _, Term::Cons(_)))
            if matches!(k.name(), "def" | "defp" | "defmacro" | "defmacrop") =>
        {
            let quoted = Term::tuple(vec![
                Term::atom("quote"),
                Term::Nil,
                Term::list(vec![Term::list(vec![
                    Term::tuple(vec![Term::atom("vial_keep_lines"), Term::bool(true)]),
                    Term::tuple(vec![Term::Atom(Atom::DO), form.clone()]),
                ])]),
            ]);
            (expand::remote("vial", "module_def", vec![quoted]), true)
        }
        Some((Term::Atom(k), _, args)) if k.name() == "@" => {
            let inner = list_items(args);
            match inner.first().and_then(as_call) {
                Some((Term::Atom(name), _, Term::Cons(_))) => {
                    let value =
                        list_items(inner[0].as_tuple().map(|t| &t[2]).unwrap_or(&Term::Nil));
                    let value = value.first().cloned().unwrap_or(Term::Nil);
                    if reads_attr(&value) {
                        // `@tests {name, @tag}` in a `for`: the reads see the
                        // attributes when the setting is recorded.
                        let set = Term::tuple(vec![
                            Term::atom("@"),
                            Term::Nil,
                            Term::list(vec![Term::tuple(vec![
                                Term::Atom(*name),
                                Term::Nil,
                                Term::list(vec![unquote_vars(&value)]),
                            ])]),
                        ]);
                        let quoted = Term::tuple(vec![
                            Term::atom("quote"),
                            Term::Nil,
                            Term::list(vec![Term::list(vec![Term::tuple(vec![
                                Term::Atom(Atom::DO),
                                set,
                            ])])]),
                        ]);
                        return (expand::remote("vial", "module_def", vec![quoted]), true);
                    }
                    (
                        expand::remote("vial", "module_attr", vec![Term::Atom(*name), value]),
                        true,
                    )
                }
                _ => (form.clone(), false),
            }
        }
        Some((Term::Atom(k), _, _))
            if matches!(
                k.name(),
                "quote" | "defmodule" | "defprotocol" | "defimpl" | "fn"
            ) =>
        {
            (form.clone(), false)
        }
        _ => match form {
            Term::Tuple(t) => {
                let mut any = false;
                let elems: Vec<Term> = t
                    .elems()
                    .iter()
                    .map(|e| {
                        let (e, l) = lift_defs(e);
                        any |= l;
                        e
                    })
                    .collect();
                (Term::tuple(elems), any)
            }
            Term::Cons(_) => {
                let mut any = false;
                let items: Vec<Term> = list_items(form)
                    .iter()
                    .map(|e| {
                        let (e, l) = lift_defs(e);
                        any |= l;
                        e
                    })
                    .collect();
                if any {
                    (Term::list(items), true)
                } else {
                    (form.clone(), false)
                }
            }
            _ => (form.clone(), false),
        },
    }
}

/// The name and arity a `@callback name(args) :: type` declares.
fn callback_of(spec: &Term) -> Option<(Atom, u32)> {
    let (head, _, args) = as_call(spec)?;
    let args = list_items(args);
    match head {
        Term::Atom(op) if op.name() == "when" || op.name() == "::" => callback_of(args.first()?),
        Term::Atom(name) => Some((*name, args.len() as u32)),
        _ => None,
    }
}

fn finish(vm: &mut Vm, mut st: ModState) -> CResult<()> {
    let name = st.name;
    // `__info__/1`, answered from the loaded module.
    let kind = Term::tuple(vec![Term::atom("kind"), Term::Nil, Term::atom("vial")]);
    gen_def(
        &mut st,
        "__info__",
        vec![kind.clone()],
        expand::remote("vial", "module_info", vec![Term::Atom(name), kind]),
    );
    // `module_info/1`: the persisted attributes (`@behaviour`).
    let behaviours: Vec<Term> = st
        .attrs
        .iter()
        .filter(|(k, _)| k.name() == "behaviour")
        .map(|(_, v)| Term::tuple(vec![Term::atom("behaviour"), Term::list(vec![v.clone()])]))
        .collect();
    let attributes = Term::list(behaviours);
    let which = Term::tuple(vec![Term::atom("which"), Term::Nil, Term::atom("vial")]);
    gen_def(
        &mut st,
        "module_info",
        vec![which.clone()],
        expand::remote(
            "vial",
            "erl_module_info",
            vec![which.clone(), Term::Atom(name), expand::escape(&attributes)],
        ),
    );
    // `__impl__/1` of a `defimpl`.
    let attr = |st: &ModState, k: &str| {
        st.attrs
            .iter()
            .rev()
            .find(|(n, _)| n.name() == k)
            .map(|(_, v)| v.clone())
    };
    if let (Some(proto), Some(target)) = (attr(&st, "protocol"), attr(&st, "for")) {
        gen_def(
            &mut st,
            "__impl__",
            vec![which.clone()],
            expand::remote("vial", "impl_info", vec![which.clone(), proto, target]),
        );
    }
    if !st.callbacks.is_empty() {
        let mut callbacks = st.callbacks.clone();
        callbacks.sort_by(|a, b| a.0.name().cmp(b.0.name()).then(a.1.cmp(&b.1)));
        let list = Term::list(
            callbacks
                .iter()
                .map(|(n, a)| Term::tuple(vec![Term::Atom(*n), Term::Int(i64::from(*a))]))
                .collect::<Vec<_>>(),
        );
        let which = Term::tuple(vec![Term::atom("which"), Term::Nil, Term::atom("vial")]);
        let body = expand::remote(
            "vial",
            "behaviour_info",
            vec![
                which.clone(),
                expand::escape(&list),
                expand::escape(&st.optional_callbacks),
            ],
        );
        gen_def(&mut st, "behaviour_info", vec![which], body);
    }
    // Generated functions.
    if let Some(fields) = st.struct_fields.clone() {
        let mut pairs = vec![(Term::Atom(Atom::STRUCT), Term::Atom(name))];
        pairs.extend(fields.iter().map(|(k, v)| (Term::Atom(*k), v.clone())));
        let s = Term::Map(Map::from_pairs(pairs));
        gen_def(&mut st, "__struct__", vec![], expand::escape(&s));
        let kv = Term::tuple(vec![Term::atom("kv"), Term::Nil, Term::atom("vial")]);
        let enforce = st
            .attrs
            .iter()
            .rev()
            .find(|(k, _)| k.name() == "enforce_keys")
            .map(|(_, v)| v.clone())
            .unwrap_or(Term::Nil);
        let call = expand::remote(
            "Elixir.Kernel",
            "__struct_fill__",
            vec![expand::escape(&s), kv.clone(), expand::escape(&enforce)],
        );
        gen_def(&mut st, "__struct__", vec![kv], call);
        if st.exception {
            let has = |st: &ModState, n: &str, a: usize| {
                st.defs
                    .iter()
                    .any(|d| d.name.name() == n && d.args.len() == a)
            };
            if !has(&st, "exception", 1) {
                let args = Term::tuple(vec![Term::atom("args"), Term::Nil, Term::atom("vial")]);
                let call = expand::remote(
                    "Elixir.Exception",
                    "__build__",
                    vec![expand::escape(&s), args.clone()],
                );
                gen_def(&mut st, "exception", vec![args], call);
            }
            if !has(&st, "message", 1) && fields.iter().any(|(k, _)| k.name() == "message") {
                let e = Term::tuple(vec![Term::atom("e"), Term::Nil, Term::atom("vial")]);
                let get = Term::tuple(vec![
                    Term::tuple(vec![
                        Term::atom("."),
                        Term::list(vec![Term::tuple(vec![
                            Term::atom("no_parens"),
                            Term::bool(true),
                        ])]),
                        Term::list(vec![e.clone(), Term::atom("message")]),
                    ]),
                    Term::list(vec![Term::tuple(vec![
                        Term::atom("no_parens"),
                        Term::bool(true),
                    ])]),
                    Term::Nil,
                ]);
                gen_def(&mut st, "message", vec![e], get);
            }
        }
    }
    if let Some(protocol) = st.protocol.clone() {
        let mut funs = protocol.clone();
        funs.sort_by(|a, b| a.0.name().cmp(b.0.name()).then(a.1.cmp(&b.1)));
        let funs = Term::list(
            funs.iter()
                .map(|(n, a)| Term::tuple(vec![Term::Atom(*n), Term::Int(i64::from(*a))]))
                .collect::<Vec<_>>(),
        );
        let which = Term::tuple(vec![Term::atom("which"), Term::Nil, Term::atom("vial")]);
        let body = expand::remote(
            "vial",
            "protocol_info",
            vec![which.clone(), Term::Atom(name), expand::escape(&funs)],
        );
        gen_def(&mut st, "__protocol__", vec![which], body);
        // `impl_for!/1`, at the line of `defprotocol` as in Elixir: a value
        // with no implementation fails in it, and its frame shows.
        let x = Term::tuple(vec![Term::atom("x"), Term::Nil, Term::atom("vial")]);
        let find = expand::remote("vial", "impl_for!", vec![Term::Atom(name), x.clone()]);
        let body_line = st.env.line;
        st.env.line = st.docs.module_line;
        gen_def(&mut st, "impl_for!", vec![x], find);
        st.env.line = body_line;
        for (f, arity) in &protocol {
            let params: Vec<Term> = (0..*arity)
                .map(|i| {
                    Term::tuple(vec![
                        Term::Atom(Atom::new(&format!("p{i}"))),
                        Term::Nil,
                        Term::atom("vial"),
                    ])
                })
                .collect();
            let impl_for = Term::tuple(vec![
                Term::atom("impl_for!"),
                Term::Nil,
                Term::list(vec![params[0].clone()]),
            ]);
            let call = Term::tuple(vec![
                Term::tuple(vec![
                    Term::atom("."),
                    Term::Nil,
                    Term::list(vec![Term::atom("erlang"), Term::atom("apply")]),
                ]),
                Term::Nil,
                Term::list(vec![impl_for, Term::Atom(*f), Term::list(params.clone())]),
            ]);
            gen_def(&mut st, f.name(), params, call);
        }
        let x = Term::tuple(vec![Term::atom("x"), Term::Nil, Term::atom("vial")]);
        let impl_for = Term::tuple(vec![
            Term::tuple(vec![
                Term::atom("."),
                Term::Nil,
                Term::list(vec![Term::atom("vial"), Term::atom("impl_for")]),
            ]),
            Term::Nil,
            Term::list(vec![Term::Atom(name), x.clone()]),
        ]);
        gen_def(&mut st, "impl_for", vec![x.clone()], impl_for);
        st.attrs.push((
            Atom::new("protocol_functions"),
            Term::list(
                protocol
                    .iter()
                    .map(|(f, a)| Term::tuple(vec![Term::Atom(*f), Term::Int(i64::from(*a))]))
                    .collect::<Vec<_>>(),
            ),
        ));
    }
    docs_clause(&mut st);
    let mut order: Vec<(Atom, u32)> = Vec::new();
    let mut groups: HashMap<(Atom, u32), Vec<usize>> = HashMap::new();
    for (i, d) in st.defs.iter().enumerate() {
        let key = (d.name, d.args.len() as u32);
        if !groups.contains_key(&key) {
            order.push(key);
        }
        groups.entry(key).or_default().push(i);
    }
    let mut ctx = ModuleCtx {
        name,
        defs: FxHashSet::default(),
        macros: FxHashSet::default(),
    };
    for key in &order {
        let first = &st.defs[groups[key][0]];
        match first.kind {
            DefKind::Def | DefKind::Defp => {
                ctx.defs.insert(*key);
            }
            _ => {
                ctx.macros.insert(*key);
                // What a macro's default-argument clause calls.
                ctx.defs
                    .insert((Atom::new(&format!("MACRO-{}", key.0.name())), key.1 + 1));
            }
        }
    }
    let ctx = Arc::new(ctx);
    let mut module = Module {
        name,
        file: st.env.file,
        funs: Default::default(),
        struct_fields: st.struct_fields.clone(),
        attributes: st
            .attrs
            .iter()
            .filter(|(k, _)| {
                matches!(
                    k.name(),
                    "enforce_keys"
                        | "behaviour"
                        | "fallback_to_any"
                        | "derive"
                        | "protocol_functions"
                        | "for"
                        | "protocol"
                )
            })
            .cloned()
            .collect(),
        moduledoc: st.docs.moduledoc_text(),
        docs: st.docs.function_docs(),
    };
    // Macros first: the module's own functions may use them.
    for key in order.iter().filter(|k| ctx.macros.contains(k)) {
        let clauses: Vec<&DefClause> = groups[key].iter().map(|&i| &st.defs[i]).collect();
        let code = compile_def(vm, &ctx, &clauses, true)?;
        let public = clauses[0].kind == DefKind::Defmacro;
        module.funs.insert(
            (Atom::new(&format!("MACRO-{}", key.0.name())), key.1 + 1),
            FunDef {
                code,
                public,
                is_macro: true,
            },
        );
    }
    if !ctx.macros.is_empty() {
        let provisional = Module {
            name,
            file: module.file,
            funs: module.funs.clone(),
            struct_fields: module.struct_fields.clone(),
            attributes: module.attributes.clone(),
            moduledoc: None,
            docs: Vec::new(),
        };
        runtime::register(provisional);
    }
    for key in order.iter().filter(|k| ctx.defs.contains(k)) {
        let clauses: Vec<&DefClause> = groups[key].iter().map(|&i| &st.defs[i]).collect();
        let code = compile_def(vm, &ctx, &clauses, false)?;
        let public = clauses[0].kind == DefKind::Def;
        module.funs.insert(
            *key,
            FunDef {
                code,
                public,
                is_macro: false,
            },
        );
    }
    CURRENT_STRUCTS.with(|s| s.borrow_mut().remove(&name));
    number_closures(&mut module);
    runtime::register(module);
    Ok(())
}

/// Numbers the module's anonymous functions as the BEAM does, for
/// `#Function<N.hash/arity in M.f/a>`: one count for the whole module,
/// functions taken by name then arity (a macro as `MACRO-name`), the funs
/// written directly in each function first, then those inside those funs,
/// and so on, level by level. Elixir's `__struct__/1` holds one fun.
fn number_closures(module: &mut Module) {
    let mut keys: Vec<(Atom, u32)> = module.funs.keys().copied().collect();
    keys.sort_by(|a, b| a.0.name().cmp(b.0.name()).then(a.1.cmp(&b.1)));
    let has_struct = module.struct_fields.is_some();
    let mut next = 0;
    let mut depth = 1;
    loop {
        let mut found = false;
        for key in &keys {
            if depth == 1 && has_struct && key.0.name() == "__struct__" && key.1 == 1 {
                // The fun of Elixir's `__struct__/1`, which vial's lacks.
                next += 1;
                continue;
            }
            if let Some(def) = module.funs.get_mut(key) {
                found |= number_at(&mut def.code, depth, &mut next);
            }
        }
        if !found {
            break;
        }
        depth += 1;
    }
}

/// Numbers the funs `depth` levels below `code`; whether there were any. A
/// body shared elsewhere (a macro the module already used) is counted, not
/// renumbered.
fn number_at(code: &mut Arc<crate::vm::FunCode>, depth: u32, next: &mut u32) -> bool {
    let mut found = false;
    match Arc::get_mut(code) {
        Some(code) => {
            for child in code.children.iter_mut() {
                if depth == 1 {
                    if let Some(child) = Arc::get_mut(child) {
                        child.index = *next;
                    }
                    *next += 1;
                    found = true;
                } else {
                    found |= number_at(child, depth - 1, next);
                }
            }
        }
        None => found |= count_at(code, depth, next),
    }
    found
}

fn count_at(code: &crate::vm::FunCode, depth: u32, next: &mut u32) -> bool {
    if depth == 1 {
        *next += code.children.len() as u32;
        return !code.children.is_empty();
    }
    let mut found = false;
    for child in &code.children {
        found |= count_at(child, depth - 1, next);
    }
    found
}

/// Records the generated functions' docs and answers
/// `module_info(:vial_docs)` with all the docs (read by `Code.fetch_docs/1`).
fn docs_clause(st: &mut ModState) {
    let short = st.name.name().trim_start_matches("Elixir.").to_string();
    let generated = [
        ("__struct__", 0, format!("%{short}{{}}")),
        ("__struct__", 1, "__struct__(kv)".to_string()),
        ("exception", 1, "exception(msg)".to_string()),
        ("message", 1, "message(exception)".to_string()),
        ("__protocol__", 1, "__protocol__(atom)".to_string()),
        ("impl_for", 1, "impl_for(data)".to_string()),
        ("impl_for!", 1, "impl_for!(data)".to_string()),
        ("__impl__", 1, "__impl__(atom)".to_string()),
    ];
    for (name, arity, signature) in &generated {
        let defined = st
            .defs
            .iter()
            .any(|d| d.name.name() == *name && d.args.len() == *arity && d.kind == DefKind::Def);
        if defined {
            st.docs.generated(name, *arity as u32, signature);
        }
    }
    if st.protocol.is_some() {
        st.docs.protocol_type();
    }
    let module_info = Atom::new("module_info");
    let at = st
        .defs
        .iter()
        .position(|d| d.name == module_info && d.args.len() == 1)
        .unwrap_or(st.defs.len());
    let clause = DefClause {
        kind: DefKind::Def,
        name: module_info,
        args: vec![Term::atom("vial_docs")],
        guard: None,
        body: expand::escape(&st.docs.to_term()),
        env: st.env.clone(),
        line: st.env.line,
    };
    st.defs.insert(at, clause);
    let clause = DefClause {
        kind: DefKind::Def,
        name: module_info,
        args: vec![Term::atom("vial_specs")],
        guard: None,
        body: expand::escape(&st.docs.specs_term()),
        env: st.env.clone(),
        line: st.env.line,
    };
    st.defs.insert(at, clause);
    // `module_info(:compile)`: where the module came from (doctests name it).
    let source = expand::absolute_file(st.env.file.name());
    let source = Term::list(
        source
            .chars()
            .map(|c| Term::Int(c as i64))
            .collect::<Vec<_>>(),
    );
    let compile = Term::list(vec![Term::tuple(vec![Term::atom("source"), source])]);
    let clause = DefClause {
        kind: DefKind::Def,
        name: module_info,
        args: vec![Term::atom("compile")],
        guard: None,
        body: expand::escape(&compile),
        env: st.env.clone(),
        line: st.env.line,
    };
    st.defs.insert(at, clause);
}

fn gen_def(st: &mut ModState, name: &str, args: Vec<Term>, body: Term) {
    let name = Atom::new(name);
    if st
        .defs
        .iter()
        .any(|d| d.name == name && d.args.len() == args.len())
    {
        return;
    }
    st.defs.push(DefClause {
        kind: DefKind::Def,
        name,
        args,
        guard: None,
        body,
        env: st.env.clone(),
        line: st.env.line,
    });
}

/// Compiles the clauses of one function (or macro: the caller's environment
/// comes first).
fn compile_def(
    vm: &mut Vm,
    ctx: &Arc<ModuleCtx>,
    clauses: &[&DefClause],
    is_macro: bool,
) -> CResult<Arc<crate::vm::FunCode>> {
    let first = clauses[0];
    let arity = first.args.len() as u32 + u32::from(is_macro);
    let mut env = first.env.clone();
    env.function = Some((first.name, arity));
    env.line = first.line;
    let mut c = Compiler::new(vm, env, Some(ctx.clone()));
    let mut fb = Fb::new(CodeKind::Def, first.name, arity, arity);
    fb.line(first.line);
    c.fbs.push(fb);
    let offset = u32::from(is_macro);
    let subjects: Vec<u32> = (offset..arity).collect();
    let mut parsed = Vec::new();
    for d in clauses {
        parsed.push(super::control::Clause {
            patterns: d.args.clone(),
            guard: d.guard.clone(),
            body: d.body.clone(),
        });
    }
    if is_macro {
        // `__CALLER__` is the first argument.
        let key = (Atom::new("__CALLER__"), Atom::NIL);
        c.fb().bind(key, 0);
    }
    c.match_clauses(&subjects, &parsed, true, 0, Some(NoMatch::FunctionClause))?;
    let fb = c.fbs.pop().expect("def builder");
    let file = c.env.file;
    Ok(Arc::new(fb.finish(ctx.name, file)))
}
