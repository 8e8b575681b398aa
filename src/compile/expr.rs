//! Expressions: literals, variables, blocks, calls (local, imported, remote,
//! anonymous), the special forms (`case`, `cond`, `fn`, `try`, `receive`,
//! `for`, `with`, `quote`, `&`, `<<>>`, `%{}`), with macros expanded first.

use std::sync::Arc;

use crate::expand::{self, Expansion};
use crate::term::{Atom, Term};
use crate::vm::{Call, CodeKind, Exception, FunCode, Instr, NoMatch, Op, Reg, Target, Vm};

use super::builder::{Env, Fb, VarKey};

/// What the module being compiled defines, for resolving local calls.
pub struct ModuleCtx {
    pub name: Atom,
    /// (name, arity) of every def/defp/defmacro in the module.
    pub defs: rustc_hash::FxHashSet<(Atom, u32)>,
    pub macros: rustc_hash::FxHashSet<(Atom, u32)>,
}

pub struct Compiler<'v> {
    pub vm: &'v mut Vm,
    pub env: Env,
    pub fbs: Vec<Fb>,
    pub module: Option<Arc<ModuleCtx>>,
    /// Closures created so far in this module, for numbering them.
    pub closure_count: u32,
    /// Modules whose `defmodule` this compilation holds: not defined until
    /// the code runs, so their structs cannot be used in it.
    pub defining: Vec<Atom>,
}

pub type CResult<T> = Result<T, Exception>;

/// Shape helpers for the quoted form.
pub fn as_call(t: &Term) -> Option<(&Term, &Term, &Term)> {
    match t.as_tuple() {
        Some([a, b, c]) => Some((a, b, c)),
        _ => None,
    }
}

pub fn meta_line(meta: &Term) -> u32 {
    let mut cur = meta;
    while let Term::Cons(c) = cur {
        if let Some([Term::Atom(k), Term::Int(n)]) = c.head.as_tuple() {
            if *k == Atom::LINE {
                return *n as u32;
            }
        }
        cur = &c.tail;
    }
    0
}

pub fn meta_get<'a>(meta: &'a Term, key: &str) -> Option<&'a Term> {
    let mut cur = meta;
    while let Term::Cons(c) = cur {
        if let Some([Term::Atom(k), v]) = c.head.as_tuple() {
            if k.name() == key {
                return Some(v);
            }
        }
        cur = &c.tail;
    }
    None
}

/// A keyword list's value for `key`.
pub fn kw_get<'a>(list: &'a Term, key: &str) -> Option<&'a Term> {
    meta_get(list, key)
}

/// `{name, meta, ctx}` with an atom context: a variable.
pub fn as_var(t: &Term) -> Option<(Atom, Atom)> {
    match t.as_tuple() {
        Some([Term::Atom(name), _, Term::Atom(ctx)]) => Some((*name, *ctx)),
        _ => None,
    }
}

pub fn list_items(t: &Term) -> Vec<Term> {
    t.list_to_vec().unwrap_or_default()
}

impl<'v> Compiler<'v> {
    pub fn new(vm: &'v mut Vm, env: Env, module: Option<Arc<ModuleCtx>>) -> Compiler<'v> {
        Compiler {
            vm,
            env,
            fbs: Vec::new(),
            module,
            closure_count: 0,
            defining: Vec::new(),
        }
    }

    pub fn fb(&mut self) -> &mut Fb {
        self.fbs.last_mut().expect("a function being built")
    }

    pub fn err(&self, line: u32, msg: impl Into<String>) -> Exception {
        super::compile_error(self.env.file, line.max(self.env.line), msg)
    }

    /// A struct that cannot be expanded: Elixir's stacktrace names the
    /// expansion (`expanding struct: M.__struct__/1`) and the code being
    /// compiled (`f.exs:3: A.f/2`, or `(file)` at the top level).
    fn struct_err(&self, line: u32, module: Atom, msg: impl Into<String>) -> Exception {
        let e = self.err(line, msg);
        self.in_struct_expansion(e, line, module, 1)
    }

    /// `e` raised while expanding a macro of Elixir's at `line`: its stacktrace
    /// names the code being compiled, as `f.exs:3: (file)` or `f.exs:3: A.f/2`.
    pub fn in_kernel_expansion(&self, mut e: Exception, line: u32) -> Exception {
        let mut frames = self
            .in_struct_expansion(e.clone(), line, Atom::NIL, 0)
            .stack;
        e.stack = frames.split_off(1);
        e
    }

    /// `e` with the stacktrace of a struct's expansion at `line`.
    fn in_struct_expansion(
        &self,
        mut e: Exception,
        line: u32,
        module: Atom,
        arity: u32,
    ) -> Exception {
        let (function, function_arity) = self.env.function.unwrap_or((Atom::new("__FILE__"), 1));
        e.stack = vec![
            crate::vm::StackFrame {
                module,
                function: Atom::new("__struct__"),
                arity,
                args: None,
                file: Some(Atom::new("expanding struct")),
                line: 0,
            },
            crate::vm::StackFrame {
                module: self.module_name(),
                function,
                arity: function_arity,
                args: None,
                file: Some(self.env.file),
                line: line.max(self.env.line),
            },
        ];
        e
    }

    pub fn module_name(&self) -> Atom {
        self.module
            .as_ref()
            .map(|m| m.name)
            .or(self.env.module)
            .unwrap_or_else(|| Atom::new("elixir_compiler_0"))
    }

    /// Compiles the top level of a script into a zero-arity function.
    pub fn script(&mut self, body: &Term) -> CResult<Arc<FunCode>> {
        let mut fb = Fb::new(CodeKind::Script, Atom::new("__FILE__"), 0, 0);
        fb.index = 0;
        self.fbs.push(fb);
        self.tail(body)?;
        let fb = self.fbs.pop().expect("script builder");
        Ok(Arc::new(fb.finish(self.module_name(), self.env.file)))
    }

    /// A script run with a binding (`Code.eval_string/2`, the shell): its
    /// arguments are the values of `names`, and it returns the list
    /// `[value | values]`, the values of the top-level variables in the
    /// order of the names returned beside the code.
    pub fn script_binding(
        &mut self,
        body: &Term,
        names: &[Atom],
    ) -> CResult<(Arc<FunCode>, Vec<Atom>)> {
        let vars: Vec<(Atom, Atom)> = names.iter().map(|n| (*n, Atom::NIL)).collect();
        let (code, out) = self.script_vars(body, &vars, false)?;
        Ok((code, out.into_iter().map(|(name, _)| name).collect()))
    }

    /// As `script_binding`, with variables named with their context; with
    /// `hygienic` the variables of every context come back (a module body's
    /// `bind_quoted` variables live from one form to the next).
    pub fn script_vars(
        &mut self,
        body: &Term,
        names: &[(Atom, Atom)],
        hygienic: bool,
    ) -> CResult<(Arc<FunCode>, Vec<VarKey>)> {
        let n = names.len() as u32;
        let mut fb = Fb::new(CodeKind::Script, Atom::new("__FILE__"), n, n);
        fb.index = 0;
        for (i, name) in names.iter().enumerate() {
            fb.bind(*name, i as u32);
        }
        self.fbs.push(fb);
        let value = self.expr(body)?;
        let mut vars: Vec<((Atom, Atom), Reg)> = self.fb().scopes[0]
            .vars
            .iter()
            .filter(|((_, ctx), _)| hygienic || *ctx == Atom::NIL)
            .map(|(key, reg)| (*key, *reg))
            .collect();
        vars.sort_by(|a, b| (a.0 .0.name(), a.0 .1.name()).cmp(&(b.0 .0.name(), b.0 .1.name())));
        let dst = self.fb().alloc();
        let start = self.fb().alloc_n(vars.len() as u32 + 1);
        self.fb().emit(Instr::Move(start, value));
        for (i, (_, reg)) in vars.iter().enumerate() {
            self.fb().emit(Instr::Move(start + 1 + i as u32, *reg));
        }
        self.fb()
            .emit(Instr::List(dst, start, vars.len() as u32 + 1, u32::MAX));
        self.fb().emit(Instr::Return(dst));
        let fb = self.fbs.pop().expect("script builder");
        let mut code = fb.finish(self.module_name(), self.env.file);
        code.erl_eval = self.env.erl_eval;
        Ok((
            Arc::new(code),
            vars.into_iter().map(|(key, _)| key).collect(),
        ))
    }

    // -----------------------------------------------------------------
    // Tail position: the value of `e` is returned from the function.

    pub fn tail(&mut self, e: &Term) -> CResult<()> {
        let e = self.expand(e)?;
        if let Some((Term::Atom(name), meta, Term::Cons(_) | Term::Nil)) = as_call(&e) {
            let args = list_items(as_call(&e).map(|x| x.2).unwrap_or(&Term::Nil));
            match name.name() {
                "__block__" if !args.is_empty() => {
                    let mark = self.fb().next;
                    for a in &args[..args.len() - 1] {
                        let _ = self.expr(a)?;
                        self.fb().release(mark);
                    }
                    return self.tail(&args[args.len() - 1]);
                }
                "case" | "cond" | "if" | "try" | "receive" | "with" => {
                    let line = meta_line(meta);
                    return self.control(*name, line, &args, true).map(|_| ());
                }
                _ => {}
            }
            if let Some(call) = self.call_target(&e)? {
                return self.emit_call(call, true).map(|_| ());
            }
        } else if is_field_read(&e) {
            // `map.field` fails in the function that reads it: on the BEAM
            // it is no call, so no tail call drops that function's frame.
            let r = self.expr(&e)?;
            self.fb().emit(Instr::Return(r));
            return Ok(());
        } else if let Some(call) = self.call_target(&e)? {
            return self.emit_call(call, true).map(|_| ());
        }
        let r = self.expr(&e)?;
        self.fb().emit(Instr::Return(r));
        Ok(())
    }

    // -----------------------------------------------------------------
    // Expressions: compile `e`, returning the register holding its value.

    pub fn expr(&mut self, e: &Term) -> CResult<Reg> {
        match e {
            Term::Int(_)
            | Term::Big(_)
            | Term::Float(_)
            | Term::Atom(_)
            | Term::Binary(_)
            | Term::Nil => self.constant(e.clone()),
            Term::Cons(_) => self.list(e),
            Term::Tuple(t) if t.elems().len() == 2 => {
                let elems = t.elems().to_vec();
                self.tuple(&elems)
            }
            Term::Tuple(_) => {
                let e = self.expand(e)?;
                self.form(&e)
            }
            _ => self.constant(e.clone()),
        }
    }

    pub fn expr_into(&mut self, e: &Term, dst: Reg) -> CResult<()> {
        if matches!(e, Term::Tuple(t) if t.elems().len() == 3) {
            // An operator computes straight into `dst`.
            let e = self.expand(e)?;
            if let Some((op, a, b, line)) = self.op_call(&e)? {
                if line > 0 {
                    self.fb().line(line);
                }
                return self.emit_op(op, &a, &b, dst, line);
            }
            // A call puts its value straight into `dst` (what `form` does
            // with a call, minus the copy).
            let is_call = match as_call(&e) {
                Some((Term::Atom(n), _, Term::Cons(_) | Term::Nil)) => !expand::is_special(*n),
                Some((_, _, Term::Cons(_) | Term::Nil)) => true,
                _ => false,
            };
            if is_call {
                if let Some(call) = self.call_target(&e)? {
                    if call.line > 0 {
                        self.fb().line(call.line);
                    }
                    self.emit_call_to(call, false, Some(dst))?;
                    return Ok(());
                }
            }
            let r = self.form(&e)?;
            if r != dst {
                self.fb().emit(Instr::Move(dst, r));
            }
            return Ok(());
        }
        if matches!(e, Term::Cons(_)) && !is_literal(e) {
            self.list_to(e, Some(dst))?;
            return Ok(());
        }
        if let Term::Int(_) | Term::Float(_) | Term::Atom(_) | Term::Nil = e {
            let idx = self.fb().constant(e.clone());
            self.fb().emit(Instr::Const(dst, idx));
            return Ok(());
        }
        let r = self.expr(e)?;
        if r != dst {
            self.fb().emit(Instr::Move(dst, r));
        }
        Ok(())
    }

    pub fn constant(&mut self, t: Term) -> CResult<Reg> {
        let idx = self.fb().constant(t);
        let r = self.fb().alloc();
        self.fb().emit(Instr::Const(r, idx));
        Ok(r)
    }

    fn list(&mut self, e: &Term) -> CResult<Reg> {
        // A literal list of literals is one constant.
        if is_literal(e) {
            return self.constant(e.clone());
        }
        self.list_to(e, None)
    }

    /// A list built from expressions, into `into` when given.
    fn list_to(&mut self, e: &Term, into: Option<Reg>) -> CResult<Reg> {
        let mut items = list_items(e);
        let mut tail = None;
        if let Some(last) = items.last() {
            if let Some((Term::Atom(a), _, Term::Cons(_))) = as_call(last) {
                if a.name() == "|" {
                    let args = list_items(&as_call(last).expect("checked").2.clone());
                    if args.len() == 2 {
                        items.pop();
                        items.push(args[0].clone());
                        tail = Some(args[1].clone());
                    }
                }
            }
        }
        let mark = self.fb().next;
        let dst = match into {
            Some(r) => r,
            None => self.fb().alloc(),
        };
        let start = self.fb().alloc_n(items.len() as u32);
        for (i, item) in items.iter().enumerate() {
            self.expr_into(item, start + i as u32)?;
        }
        let t = match &tail {
            // The tail is read where it is (a variable needs no copy).
            Some(t) => self.expr(t)?,
            None => u32::MAX,
        };
        self.fb()
            .emit(Instr::List(dst, start, items.len() as u32, t));
        self.fb()
            .release(if into.is_some() { mark } else { dst + 1 });
        Ok(dst)
    }

    pub fn tuple(&mut self, elems: &[Term]) -> CResult<Reg> {
        let lit = Term::tuple(elems.to_vec());
        if elems.len() != 2 && elems.iter().all(is_literal) || elems.len() == 2 && is_literal(&lit)
        {
            return self.constant(lit);
        }
        let dst = self.fb().alloc();
        let start = self.fb().alloc_n(elems.len() as u32);
        for (i, item) in elems.iter().enumerate() {
            self.expr_into(item, start + i as u32)?;
        }
        self.fb().emit(Instr::Tuple(dst, start, elems.len() as u32));
        self.fb().release(dst + 1);
        Ok(dst)
    }

    /// Expands macros at the head of `e` until it is a special form, a
    /// variable or a function call.
    pub fn expand(&mut self, e: &Term) -> CResult<Term> {
        let mut cur = e.clone();
        for _ in 0..10_000 {
            match expand::expand_once(self, &cur)? {
                Expansion::Done => return Ok(cur),
                Expansion::Into(next) => cur = next,
            }
        }
        Err(self.err(0, "macro expansion did not terminate"))
    }

    /// A 3-tuple form after expansion.
    fn form(&mut self, e: &Term) -> CResult<Reg> {
        let Some((head, meta, args)) = as_call(e) else {
            return self.expr(e);
        };
        let line = meta_line(meta);
        if line > 0 {
            self.fb().line(line);
        }
        if let Term::Atom(name) = head {
            if let Term::Atom(ctx) = args {
                return self.var(*name, *ctx, line);
            }
            let items = list_items(args);
            match name.name() {
                "__block__" => {
                    if items.is_empty() {
                        return self.constant(Term::nil());
                    }
                    let mark = self.fb().next;
                    for a in &items[..items.len() - 1] {
                        let _ = self.expr(a)?;
                        self.fb().release(mark);
                    }
                    return self.expr(&items[items.len() - 1]);
                }
                "{}" => return self.tuple(&items),
                "=" if items.len() == 2 => return self.match_(&items[0], &items[1], line),
                "%{}" => return self.map(&items, line),
                "%" if items.len() == 2 => return self.struct_(&items[0], &items[1], line),
                "<<>>" => return self.bin_build(&items, line),
                "fn" => return self.fn_(&items, line),
                "case" | "cond" | "if" | "try" | "receive" | "with" => {
                    return self.control(*name, line, &items, false)
                }
                "for" => return self.for_(&items, line),
                "quote" => return self.quote(&items, line),
                "&" => return self.capture(&items, line),
                "__aliases__" => {
                    let a = self.alias(e, line)?;
                    return self.constant(Term::Atom(a));
                }
                "^" => return Err(self.err(line, "misplaced operator ^/1\n\nThe pin operator ^ is supported only inside matches or inside custom macros. Make sure you are inside a match or all necessary macros have been required")),
                "defmodule" => return self.defmodule(&items, line, false),
                "defprotocol" => return self.defmodule(&items, line, true),
                "alias" | "import" | "require" => {
                    self.directive(*name, &items, line)?;
                    return self.constant(Term::nil());
                }
                "__STACKTRACE__" => {
                    return self.var(Atom::new("__STACKTRACE__"), Atom::new("vial"), line);
                }
                "super" => return Err(self.err(line, "super is not supported")),
                _ => {}
            }
        }
        if let Some(call) = self.call_target(e)? {
            return self.emit_call(call, false);
        }
        Err(self.err(line, format!("cannot compile {}", crate::term::inspect(e))))
    }

    pub fn var(&mut self, name: Atom, ctx: Atom, line: u32) -> CResult<Reg> {
        let key = if name.name() == "__STACKTRACE__" {
            (name, Atom::new("vial"))
        } else {
            (name, ctx)
        };
        if let Some(r) = self.lookup_var(&key) {
            return Ok(r);
        }
        let n = name.name();
        if n == "__MODULE__" {
            let m = self.env.module.map(Term::Atom).unwrap_or_else(Term::nil);
            return self.constant(m);
        }
        if n == "__DIR__" {
            let dir = std::path::Path::new(self.env.file.name())
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            let dir = std::fs::canonicalize(if dir.is_empty() { "." } else { &dir })
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or(dir);
            return self.constant(Term::string(&dir));
        }
        if n == "__ENV__" || n == "__CALLER__" {
            let t = expand::env_term(&self.env);
            return self.constant(t);
        }
        // A variable not bound here may be a zero-arity local call (`foo`).
        if ctx == Atom::NIL || ctx.name() == "Elixir" {
            let call = Term::tuple(vec![
                Term::Atom(name),
                Term::list(vec![Term::tuple(vec![
                    Term::Atom(Atom::LINE),
                    Term::Int(i64::from(line)),
                ])]),
                Term::Nil,
            ]);
            if let Some(target) = self.call_target(&call)? {
                return self.emit_call(target, false);
            }
        }
        Err(self.err(line, format!("undefined variable \"{}\"", name.name())))
    }

    /// The register of a bound variable, loading it from the closure when it
    /// was bound in an enclosing function.
    pub fn lookup_var(&mut self, key: &VarKey) -> Option<Reg> {
        let depth = self.fbs.len() - 1;
        self.lookup_at(depth, key)
    }

    fn lookup_at(&mut self, depth: usize, key: &VarKey) -> Option<Reg> {
        if let Some(r) = self.fbs[depth].lookup(key) {
            return Some(r);
        }
        if depth == 0 || !self.resolvable(depth - 1, key) {
            return None;
        }
        let fb = &mut self.fbs[depth];
        let k = match fb.captures.iter().position(|c| c == key) {
            Some(k) => k,
            None => {
                fb.captures.push(*key);
                fb.captures.len() - 1
            }
        };
        let r = fb.alloc();
        fb.emit(Instr::LoadEnv(r, k as u32));
        Some(r)
    }

    fn resolvable(&self, depth: usize, key: &VarKey) -> bool {
        (0..=depth).rev().any(|d| self.fbs[d].lookup(key).is_some())
    }

    /// `pattern = value`.
    fn match_(&mut self, pat: &Term, value: &Term, line: u32) -> CResult<Reg> {
        let v = self.expr(value)?;
        let fail_jumps = self.pattern(pat, v)?;
        let skip = self.fb().emit(Instr::Jump(0));
        let fail = self.fb().here();
        for j in fail_jumps {
            self.fb().patch(j, fail);
        }
        self.fb().line(line);
        self.fb().emit(Instr::NoMatch(NoMatch::Badmatch, v));
        let after = self.fb().here();
        self.fb().patch(skip, after);
        Ok(v)
    }

    /// `defmodule Name do ... end` inside code: compiled when it runs.
    fn defmodule(&mut self, items: &[Term], line: u32, protocol: bool) -> CResult<Reg> {
        let (Some(name), Some(opts)) = (items.first(), items.get(1)) else {
            return Err(self.err(line, "invalid defmodule"));
        };
        let body = kw_get(opts, "do").cloned().unwrap_or_else(Term::nil);
        // The full name: nested modules are prefixed with the enclosing one,
        // and `defmodule Foo.Bar` inside `A` aliases `Bar` too.
        let (full, alias_as) = match as_call(name) {
            Some((Term::Atom(a), _, parts)) if a.name() == "__aliases__" => {
                let parts = list_items(parts);
                let expanded = self.alias(name, line)?;
                let first_is_plain = matches!(parts.first(), Some(Term::Atom(_)))
                    && self
                        .env
                        .expand_alias(Atom::new(&format!(
                            "Elixir.{}",
                            parts[0].as_atom().map(|a| a.name()).unwrap_or("")
                        )))
                        .is_none();
                match (self.env.module, first_is_plain) {
                    (Some(outer), true) => {
                        let short = parts[0].as_atom().map(|a| a.name()).unwrap_or("");
                        let full = Atom::new(&format!(
                            "{}.{}",
                            outer.name(),
                            expanded.name().trim_start_matches("Elixir.")
                        ));
                        (
                            full,
                            Some((
                                Atom::new(&format!("Elixir.{short}")),
                                Atom::new(&format!("{}.{short}", outer.name())),
                            )),
                        )
                    }
                    _ => (expanded, None),
                }
            }
            _ => {
                let r = self.expr(name)?;
                let src = Arc::new(super::ModuleSource {
                    body,
                    protocol,
                    env: self.env.clone(),
                    line,
                });
                let fb = self.fb();
                fb.modules.push(src);
                let idx = (fb.modules.len() - 1) as u32;
                let dst = fb.alloc();
                fb.line(line);
                fb.emit(Instr::DefModule(dst, idx, r));
                return Ok(dst);
            }
        };
        if let Some(pair) = alias_as {
            self.env.aliases.push(pair);
        }
        let mut env = self.env.clone();
        env.function = None;
        let src = Arc::new(super::ModuleSource {
            body,
            protocol,
            env,
            line,
        });
        self.defining.push(full);
        let name_reg = self.constant(Term::Atom(full))?;
        let fb = self.fb();
        fb.modules.push(src);
        let idx = (fb.modules.len() - 1) as u32;
        let dst = fb.alloc();
        fb.line(line);
        fb.emit(Instr::DefModule(dst, idx, name_reg));
        Ok(dst)
    }

    /// `alias`, `import`, `require`: change the environment from here on.
    pub fn directive(&mut self, which: Atom, items: &[Term], line: u32) -> CResult<()> {
        let Some(target) = items.first() else {
            return Ok(());
        };
        let opts = items.get(1).cloned().unwrap_or(Term::Nil);
        // `alias Foo.{A, B}`
        if let Some((dot, _, args)) = as_call(target) {
            if let Some((Term::Atom(d), _, dargs)) = as_call(dot) {
                if d.name() == "." {
                    let dargs = list_items(dargs);
                    if dargs.len() == 2 && dargs[1].is_atom(Atom::new("{}")) {
                        let base = self.alias(&dargs[0], line)?;
                        for sub in list_items(args) {
                            let parts = match as_call(&sub) {
                                Some((_, _, p)) => list_items(p),
                                None => vec![],
                            };
                            let suffix: Vec<&str> = parts
                                .iter()
                                .filter_map(|p| p.as_atom().map(|a| a.name()))
                                .collect();
                            let full = Atom::new(&format!("{}.{}", base.name(), suffix.join(".")));
                            let short = Atom::new(&format!(
                                "Elixir.{}",
                                suffix.last().copied().unwrap_or("")
                            ));
                            if which.name() == "alias" {
                                self.env.aliases.push((short, full));
                            } else {
                                self.import_or_require(which, full, &Term::Nil, line)?;
                            }
                        }
                        return Ok(());
                    }
                }
            }
        }
        let module = match target {
            Term::Atom(a) => *a,
            _ => {
                let t = self.expand(target)?;
                match &t {
                    Term::Atom(a) => *a,
                    _ => self.alias(&t, line)?,
                }
            }
        };
        if which.name() == "alias" {
            let short = match kw_get(&opts, "as") {
                Some(as_) => self.alias(as_, line)?,
                None => {
                    let last = module.name().rsplit('.').next().unwrap_or("");
                    Atom::new(&format!("Elixir.{last}"))
                }
            };
            self.env.aliases.push((short, module));
            return Ok(());
        }
        // `require Foo, as: Bar` and `import` may alias too.
        if let Some(as_) = kw_get(&opts, "as") {
            let short = self.alias(as_, line)?;
            self.env.aliases.push((short, module));
        }
        self.import_or_require(which, module, &opts, line)
    }

    fn import_or_require(
        &mut self,
        which: Atom,
        module: Atom,
        opts: &Term,
        line: u32,
    ) -> CResult<()> {
        if !crate::runtime::exists(self.vm, module) {
            return Err(self.err(
                line,
                format!(
                    "module {} is not loaded and could not be found",
                    crate::term::inspect::inspect_atom(module.name())
                ),
            ));
        }
        // `import` requires too.
        if !self.env.requires.contains(&module) {
            self.env.requires.push(module);
        }
        if which.name() != "import" {
            return Ok(());
        }
        let pairs = |t: Option<&Term>| -> Option<Vec<(Atom, u32)>> {
            let t = t?;
            Some(
                list_items(t)
                    .iter()
                    .filter_map(|p| match p.as_tuple() {
                        Some([Term::Atom(n), Term::Int(a)]) => Some((*n, *a as u32)),
                        _ => None,
                    })
                    .collect(),
            )
        };
        let only_t = kw_get(opts, "only");
        let kinds = only_t.and_then(|t| t.as_atom());
        let only = if kinds.is_some() { None } else { pairs(only_t) };
        let except = pairs(kw_get(opts, "except")).unwrap_or_default();
        self.env.imports.retain(|i| i.module != module);
        self.env.imports.push(super::builder::Import {
            module,
            only,
            except,
            kinds,
        });
        Ok(())
    }

    /// `Foo.Bar` (an `__aliases__` form) to its full module atom.
    pub fn alias(&mut self, e: &Term, line: u32) -> CResult<Atom> {
        match as_call(e) {
            Some((Term::Atom(a), _, parts)) if a.name() == "__aliases__" => {
                let parts = list_items(parts);
                let mut names: Vec<String> = Vec::new();
                let mut first = true;
                for p in &parts {
                    match p {
                        // `Elixir.Foo` is `Foo`, whatever `Foo` is aliased to.
                        Term::Atom(seg) if first && seg.name() == "Elixir" && parts.len() > 1 => {
                            names.push("Elixir".to_string());
                        }
                        Term::Atom(seg) if first => {
                            let short = Atom::new(&format!("Elixir.{}", seg.name()));
                            match self.env.expand_alias(short) {
                                // `alias :lists, as: L`: `L` is `:lists` itself.
                                Some(full) if parts.len() == 1 => return Ok(full),
                                Some(full) => names.push(full.name().to_string()),
                                None => names.push(short.name().to_string()),
                            }
                        }
                        Term::Atom(seg) => names.push(seg.name().to_string()),
                        Term::Tuple(_)
                            if first && as_var(p).is_some_and(|v| v.0.name() == "__MODULE__") =>
                        {
                            match self.env.module {
                                Some(m) => names.push(m.name().to_string()),
                                None => return Err(self.err(line, "invalid alias")),
                            }
                        }
                        other if first => {
                            let t = self.expand(other)?;
                            match t {
                                Term::Atom(a) => names.push(a.name().to_string()),
                                _ => {
                                    return Err(self.err(
                                        line,
                                        "invalid alias: dynamic module names need Module.concat",
                                    ));
                                }
                            }
                        }
                        _ => return Err(self.err(line, "invalid alias")),
                    }
                    first = false;
                }
                let joined = names.join(".");
                if joined.starts_with("Elixir.") || joined == "Elixir" {
                    Ok(Atom::new(&joined))
                } else {
                    Ok(Atom::new(&format!("Elixir.{joined}")))
                }
            }
            Some((Term::Atom(m), _, Term::Atom(_))) if m.name() == "__MODULE__" => {
                match self.env.module {
                    Some(module) => Ok(module),
                    None => Err(self.err(line, "invalid alias")),
                }
            }
            _ => match self.expand(e)? {
                Term::Atom(a) => Ok(a),
                _ => Err(self.err(line, "invalid alias")),
            },
        }
    }

    // -----------------------------------------------------------------
    // Calls.

    /// Emits a call; in tail position, a tail call (or a return of the value).
    pub fn emit_call(&mut self, call: PendingCall, tail: bool) -> CResult<Reg> {
        self.emit_call_to(call, tail, None)
    }

    /// `emit_call`, the value going to `into` when given (a register
    /// allocated before the call, so below the callee's window).
    fn emit_call_to(&mut self, call: PendingCall, tail: bool, into: Option<Reg>) -> CResult<Reg> {
        let PendingCall {
            target,
            args,
            fun,
            line,
        } = call;
        let mark = self.fb().next;
        let dst = match into {
            Some(r) => r,
            None => self.fb().alloc(),
        };
        let keep = if into.is_some() { mark } else { dst + 1 };
        if let (Target::Bif(bif), [a, b]) = (&target, args.as_slice()) {
            if let Some(op) = Op::of(bif.module, bif.name) {
                // `2 * x` is `x * 2` on the BEAM: its failure names them so.
                let (a, b) = match op {
                    Op::Mul if is_number_literal(a) && !is_number_literal(b) => (b, a),
                    _ => (a, b),
                };
                self.emit_op(op, a, b, dst, line)?;
                if tail {
                    self.fb().emit(Instr::Return(dst));
                }
                self.fb().release(keep);
                return Ok(dst);
            }
        }
        let extra = u32::from(fun.is_some());
        let start = self.fb().alloc_n(args.len() as u32 + extra);
        if let Some(f) = &fun {
            self.expr_into(f, start)?;
        }
        let base = start + extra;
        for (i, a) in args.iter().enumerate() {
            self.expr_into(a, base + i as u32)?;
        }
        self.fb().line(line);
        let c = Box::new(Call {
            target,
            base,
            argc: args.len() as u32,
            dst,
        });
        if tail {
            self.fb().emit(Instr::TailCall(c));
        } else {
            self.fb().emit(Instr::Call(c));
        }
        self.fb().release(keep);
        Ok(dst)
    }

    /// An operator with an instruction of its own, its value put in `dst`:
    /// `Instr::OpCall` where a module's code on the BEAM calls the operator.
    fn emit_op(&mut self, op: Op, a: &Term, b: &Term, dst: Reg, line: u32) -> CResult<()> {
        let framed = self.module.is_some() && beam_calls_op(op, a, b);
        let mark = self.fb().next;
        let ra = self.operand(a)?;
        let rb = self.operand(b)?;
        self.fb().line(line);
        self.fb().emit(if framed {
            Instr::OpCall(op, dst, ra, rb)
        } else {
            Instr::Op(op, dst, ra, rb)
        });
        self.fb().release(mark);
        Ok(())
    }

    /// An operand of `Instr::Op` or `Instr::JumpUnless`: a literal number or
    /// atom is read from the constants (`vm::CONST_OPERAND`), anything else
    /// from a register.
    pub fn operand(&mut self, e: &Term) -> CResult<Reg> {
        if let Term::Int(_) | Term::Float(_) | Term::Atom(_) = e {
            let idx = self.fb().constant(e.clone());
            if idx < crate::vm::CONST_OPERAND {
                return Ok(idx | crate::vm::CONST_OPERAND);
            }
        }
        self.expr(e)
    }

    /// `a op b` (after expansion) for an operator with an instruction.
    fn op_call(&mut self, e: &Term) -> CResult<Option<(Op, Term, Term, u32)>> {
        let Some((head, _, args)) = as_call(e) else {
            return Ok(None);
        };
        let is_op = match head {
            Term::Atom(a) => matches!(
                a.name(),
                "+" | "-"
                    | "*"
                    | "div"
                    | "rem"
                    | "=="
                    | "!="
                    | "==="
                    | "!=="
                    | "<"
                    | ">"
                    | "<="
                    | ">="
            ),
            _ => matches!(as_call(head), Some((Term::Atom(d), _, dargs))
                if d.name() == "." && matches!(list_items(dargs).first(), Some(Term::Atom(m)) if m.name() == "erlang")),
        };
        if !is_op || list_items(args).len() != 2 {
            return Ok(None);
        }
        let Some(call) = self.call_target(e)? else {
            return Ok(None);
        };
        match (&call.target, call.args.as_slice()) {
            (Target::Bif(bif), [a, b]) => {
                Ok(Op::of(bif.module, bif.name).map(|op| (op, a.clone(), b.clone(), call.line)))
            }
            _ => Ok(None),
        }
    }

    /// What `e` calls, if it is a function call after expansion.
    pub fn call_target(&mut self, e: &Term) -> CResult<Option<PendingCall>> {
        let Some((head, meta, args)) = as_call(e) else {
            return Ok(None);
        };
        let line = meta_line(meta);
        let (Term::Cons(_) | Term::Nil) = args else {
            return Ok(None);
        };
        let args = list_items(args);
        match head {
            Term::Atom(name) => {
                if expand::is_special(*name) {
                    return Ok(None);
                }
                let arity = args.len() as u32;
                // A local function of the module being compiled.
                if let Some(m) = &self.module {
                    if m.defs.contains(&(*name, arity)) {
                        return Ok(Some(PendingCall {
                            target: Target::Local {
                                name: *name,
                                arity,
                                cache: Default::default(),
                            },
                            args,
                            fun: None,
                            line,
                        }));
                    }
                }
                // Imported functions.
                if let Some((module, fname, args)) = expand::resolve_import(self, *name, &args) {
                    return Ok(Some(self.remote_target(module, fname, args, line)));
                }
                let why = match (&self.module, self.env.function) {
                    (Some(m), Some(_)) => format!(
                        "expected {} to define such a function or for it to be imported, but none are available",
                        crate::term::inspect::inspect_atom(m.name.name())
                    ),
                    _ => "there is no such import".to_string(),
                };
                Err(self.err(
                    line,
                    format!("undefined function {}/{} ({why})", name.name(), arity),
                ))
            }
            _ => {
                let Some((Term::Atom(dot), _, dargs)) = as_call(head) else {
                    return Ok(None);
                };
                if dot.name() != "." {
                    return Ok(None);
                }
                let dargs = list_items(dargs);
                match dargs.as_slice() {
                    [fun] => Ok(Some(PendingCall {
                        target: Target::Fun,
                        args,
                        fun: Some(fun.clone()),
                        line,
                    })),
                    [lhs, Term::Atom(name)] => {
                        let lhs = self.expand(lhs)?;
                        let lhs = match as_call(&lhs) {
                            Some((Term::Atom(a), _, _)) if a.name() == "__aliases__" => {
                                Term::Atom(self.alias(&lhs, line)?)
                            }
                            _ => lhs,
                        };
                        match lhs {
                            Term::Atom(module) => {
                                Ok(Some(self.remote_target(module, *name, args, line)))
                            }
                            other => {
                                let no_parens = meta_get(meta, "no_parens").is_some();
                                if no_parens && args.is_empty() {
                                    // `map.field`
                                    return Ok(Some(PendingCall {
                                        target: Target::Native(crate::vm::natives::dot_native()),
                                        args: vec![other, Term::Atom(*name)],
                                        fun: None,
                                        line,
                                    }));
                                }
                                Ok(Some(PendingCall {
                                    target: Target::Dynamic { name: *name },
                                    args,
                                    fun: Some(other),
                                    line,
                                }))
                            }
                        }
                    }
                    _ => Ok(None),
                }
            }
        }
    }

    pub fn remote_target(
        &mut self,
        module: Atom,
        name: Atom,
        args: Vec<Term>,
        line: u32,
    ) -> PendingCall {
        let arity = args.len() as u32;
        // The shell, a script's top level and `Code.eval_string/1` are interpreted: no folding there.
        let compiled = self.module.is_some();
        if let Some(folded) = failing_constant_arith(module, name, &args).filter(|_| compiled) {
            // Arithmetic on literals that cannot succeed is, on the BEAM,
            // compiled into a plain `badarith` error without its operands.
            return self.remote_target(module, Atom::new("error"), vec![folded], line);
        }
        let target = if let Some(bif) = crate::bif::lookup(module, name, arity) {
            Target::Bif(bif)
        } else if let Some(n) = crate::vm::natives::lookup(module, name, arity) {
            match crate::vm::Intrinsic::of(module.name(), name.name(), arity) {
                Some(i) => Target::Intrinsic(i, n),
                None => Target::Native(n),
            }
        } else {
            Target::Remote {
                module,
                name,
                arity,
            }
        };
        PendingCall {
            target,
            args,
            fun: None,
            line,
        }
    }

    // -----------------------------------------------------------------
    // Data.

    fn map(&mut self, items: &[Term], line: u32) -> CResult<Reg> {
        // `%{map | k => v}`
        if let [single] = items {
            if let Some((Term::Atom(p), _, pargs)) = as_call(single) {
                if p.name() == "|" {
                    let pargs = list_items(pargs);
                    if pargs.len() == 2 {
                        let m = self.expr(&pargs[0])?;
                        let pairs = map_pairs(&pargs[1]);
                        return self.map_update(m, &pairs, line);
                    }
                }
            }
        }
        let pairs: Vec<(Term, Term)> = items
            .iter()
            .flat_map(|i| map_pairs(&Term::list(vec![i.clone()])))
            .collect();
        let dst = self.fb().alloc();
        let start = self.fb().alloc_n(2 * pairs.len() as u32);
        for (i, (k, v)) in pairs.iter().enumerate() {
            self.expr_into(k, start + 2 * i as u32)?;
            self.expr_into(v, start + 2 * i as u32 + 1)?;
        }
        self.fb().emit(Instr::Map(dst, start, pairs.len() as u32));
        self.fb().release(dst + 1);
        Ok(dst)
    }

    pub fn map_update(&mut self, m: Reg, pairs: &[(Term, Term)], line: u32) -> CResult<Reg> {
        let dst = self.fb().alloc();
        let start = self.fb().alloc_n(2 * pairs.len() as u32);
        for (i, (k, v)) in pairs.iter().enumerate() {
            self.expr_into(k, start + 2 * i as u32)?;
            self.expr_into(v, start + 2 * i as u32 + 1)?;
        }
        self.fb().line(line);
        self.fb()
            .emit(Instr::MapUpdate(dst, m, start, pairs.len() as u32));
        self.fb().release(dst + 1);
        Ok(dst)
    }

    /// `%Mod{k: v}` and `%Mod{s | k: v}`.
    fn struct_(&mut self, name: &Term, body: &Term, line: u32) -> CResult<Reg> {
        let module = self.struct_name(name, line)?;
        let Some((_, _, items)) = as_call(body) else {
            return Err(self.err(line, "invalid struct"));
        };
        let items = list_items(items);
        let fields = self.struct_fields(module, line)?;
        if let [single] = items.as_slice() {
            if let Some((Term::Atom(p), _, pargs)) = as_call(single) {
                if p.name() == "|" {
                    let pargs = list_items(pargs);
                    let pairs = map_pairs(&pargs[1]);
                    for (k, _) in &pairs {
                        self.check_field(module, &fields, k, line, true)?;
                    }
                    let s = self.expr(&pargs[0])?;
                    return self.map_update(s, &pairs, line);
                }
            }
        }
        let pairs = map_pairs(&Term::list(items.clone()));
        for (k, _) in &pairs {
            self.check_field(module, &fields, k, line, false)?;
        }
        let mut all: Vec<(Term, Term)> = vec![(Term::Atom(Atom::STRUCT), Term::Atom(module))];
        for (k, default) in &fields {
            let given = pairs.iter().rev().find(|(pk, _)| pk.is_atom(*k));
            match given {
                Some((_, v)) => all.push((Term::Atom(*k), v.clone())),
                None => all.push((Term::Atom(*k), expand::escape(default))),
            }
        }
        // @enforce_keys
        if let Some(m) = crate::runtime::module(self.vm, module) {
            if let Some((_, keys)) = m
                .attributes
                .iter()
                .find(|(k, _)| k.name() == "enforce_keys")
            {
                let missing: Vec<Term> = list_items(keys)
                    .into_iter()
                    .filter(|k| !pairs.iter().any(|(pk, _)| pk == k))
                    .collect();
                if !missing.is_empty() {
                    let names: Vec<String> = missing.iter().map(crate::term::inspect).collect();
                    return Err(Exception::error(crate::runtime::exception_struct(
                        "ArgumentError",
                        vec![(
                            "message",
                            Term::string(&format!(
                                "the following keys must also be given when building struct {}: [{}]",
                                crate::term::inspect::inspect_atom(module.name()),
                                names.join(", ")
                            )),
                        )],
                    )));
                }
            }
        }
        let dst = self.fb().alloc();
        let start = self.fb().alloc_n(2 * all.len() as u32);
        for (i, (k, v)) in all.iter().enumerate() {
            self.expr_into(k, start + 2 * i as u32)?;
            self.expr_into(v, start + 2 * i as u32 + 1)?;
        }
        self.fb().emit(Instr::Map(dst, start, all.len() as u32));
        self.fb().release(dst + 1);
        Ok(dst)
    }

    pub fn struct_name(&mut self, name: &Term, line: u32) -> CResult<Atom> {
        match self.expand(name)? {
            Term::Atom(a) => Ok(a),
            other => self.alias(&other, line),
        }
    }

    pub fn struct_fields(&mut self, module: Atom, line: u32) -> CResult<Vec<(Atom, Term)>> {
        // A module still open (this one, or one a nested module sits in)
        // whose `defstruct` has run.
        if let Some(fields) = super::module::current_struct(module) {
            return Ok(fields);
        }
        if self.defining.contains(&module) && crate::runtime::loaded(module).is_none() {
            return Err(self.struct_err(
                line,
                module,
                format!(
                    "cannot access struct {}, the struct was not yet defined or the struct is being accessed in the same context that defines it",
                    crate::term::inspect::inspect_atom(module.name())
                ),
            ));
        }
        let fields = crate::runtime::module(self.vm, module).and_then(|m| m.struct_fields.clone());
        fields.ok_or_else(|| {
            let name = crate::term::inspect::inspect_atom(module.name());
            self.struct_err(
                line,
                module,
                format!(
                    "{name}.__struct__/1 is undefined, cannot expand struct {name}. Make sure the struct name is correct. If the struct name exists and is correct but it still cannot be found, you likely have cyclic module usage in your code"
                ),
            )
        })
    }

    /// A key of a struct literal must be one of its fields: building one
    /// with another is a KeyError, updating one a CompileError.
    fn check_field(
        &self,
        module: Atom,
        fields: &[(Atom, Term)],
        k: &Term,
        line: u32,
        update: bool,
    ) -> CResult<()> {
        if matches!(k, Term::Atom(a) if fields.iter().any(|(f, _)| f == a)) {
            return Ok(());
        }
        let key = crate::term::inspect(k);
        let name = crate::term::inspect::inspect_atom(module.name());
        if update {
            let e = self.err(line, format!("unknown key {key} for struct {name}"));
            return Err(self.in_struct_expansion(e, line, module, 0));
        }
        let e = Exception::error(crate::runtime::exception_struct(
            "KeyError",
            vec![
                ("key", k.clone()),
                ("term", Term::Atom(module)),
                ("message", Term::string(&format!("key {key} not found"))),
            ],
        ));
        Err(self.in_struct_expansion(e, line, module, 1))
    }

    // -----------------------------------------------------------------
    // Anonymous functions.

    fn fn_(&mut self, clauses: &[Term], line: u32) -> CResult<Reg> {
        let arity = clauses
            .first()
            .and_then(|c| as_call(c))
            .map(|(_, _, a)| list_items(a).first().map(clause_arity).unwrap_or(0))
            .unwrap_or(0);
        let (name, def_arity) = self.env.function.unwrap_or((Atom::new("__FILE__"), 0));
        let kind = if self.env.function.is_some() {
            CodeKind::Closure
        } else {
            CodeKind::Script
        };
        let mut fb = Fb::new(kind, name, arity, def_arity);
        fb.index = self.closure_count;
        self.closure_count += 1;
        self.fbs.push(fb);
        let result = self.clauses_fn(clauses, arity, line);
        let fb = self.fbs.pop().expect("fn builder");
        result?;
        let captures = fb.captures.clone();
        let mut code = fb.finish(self.module_name(), self.env.file);
        if kind == CodeKind::Script {
            code.kind = CodeKind::Script;
            code.erl_eval = self.env.erl_eval;
        }
        let code = Arc::new(code);
        let fb = self.fb();
        fb.children.push(code);
        let child = (fb.children.len() - 1) as u32;
        let dst = self.fb().alloc();
        let start = self.fb().alloc_n(captures.len() as u32);
        for (i, key) in captures.iter().enumerate() {
            let r = self
                .lookup_var(key)
                .ok_or_else(|| self.err(line, "internal: lost a captured variable"))?;
            self.fb().emit(Instr::Move(start + i as u32, r));
        }
        self.fb()
            .emit(Instr::Closure(dst, child, start, captures.len() as u32));
        self.fb().release(dst + 1);
        Ok(dst)
    }
}

/// A call whose arguments are yet to be compiled.
pub struct PendingCall {
    pub target: Target,
    pub args: Vec<Term>,
    /// The fun (for `f.(x)`) or module (for `mod.f(x)`) expression.
    pub fun: Option<Term>,
    pub line: u32,
}

/// `1 / 0`, `1.0e308 * 10`: `+ - * /` on number literals that fails (Erlang's
/// compiler folds these, not `div`/`rem` nor other operands); the reason it
/// raises in their place (`:badarith`).
fn failing_constant_arith(module: Atom, name: Atom, args: &[Term]) -> Option<Term> {
    let arith = matches!(name.name(), "+" | "-" | "*" | "/");
    if module.name() != "erlang" || !arith || args.len() != 2 {
        return None;
    }
    let literal = |t: &Term| matches!(t, Term::Int(_) | Term::Big(_) | Term::Float(_));
    if !args.iter().all(literal) {
        return None;
    }
    let bif = crate::bif::lookup(module, name, 2)?;
    (bif.f)(args).is_err().then(|| Term::atom("badarith"))
}

/// `expr.field`: a dot without parentheses on something not written as a
/// module name.
fn is_field_read(e: &Term) -> bool {
    let Some((head, meta, Term::Nil)) = as_call(e) else {
        return false;
    };
    let Some((Term::Atom(dot), _, dargs)) = as_call(head) else {
        return false;
    };
    let dargs = list_items(dargs);
    let lhs_is_module = match dargs.first() {
        Some(Term::Atom(_)) => true,
        Some(lhs) => {
            matches!(as_call(lhs), Some((Term::Atom(a), _, _)) if a.name() == "__aliases__")
        }
        None => true,
    };
    dot.name() == "." && dargs.len() == 2 && !lhs_is_module && meta_get(meta, "no_parens").is_some()
}

/// The arity of a `->` clause head (`x, y when g`).
pub fn clause_arity(head: &Term) -> u32 {
    let items = list_items(head);
    if let [single] = items.as_slice() {
        if let Some((Term::Atom(w), _, wargs)) = as_call(single) {
            if w.name() == "when" {
                return list_items(wargs).len() as u32 - 1;
            }
        }
    }
    items.len() as u32
}

/// The key/value pairs of map syntax: keyword pairs and `k => v` forms.
pub fn map_pairs(list: &Term) -> Vec<(Term, Term)> {
    list_items(list)
        .into_iter()
        .filter_map(|item| match item.as_tuple() {
            Some([k, v]) => Some((k.clone(), v.clone())),
            Some([Term::Atom(a), _, args]) if a.name() == "=>" => {
                let args = list_items(args);
                Some((args.first()?.clone(), args.get(1)?.clone()))
            }
            _ => None,
        })
        .collect()
}

/// Whether the quoted form is a literal (evaluates to itself).
pub fn is_literal(t: &Term) -> bool {
    match t {
        Term::Int(_)
        | Term::Big(_)
        | Term::Float(_)
        | Term::Atom(_)
        | Term::Binary(_)
        | Term::Nil => true,
        Term::Cons(_) => {
            let mut cur = t;
            loop {
                match cur {
                    Term::Cons(c) => {
                        if !is_literal(&c.head) {
                            return false;
                        }
                        cur = &c.tail;
                    }
                    Term::Nil => return true,
                    _ => return false,
                }
            }
        }
        Term::Tuple(tu) => tu.elems().len() == 2 && tu.elems().iter().all(is_literal),
        _ => false,
    }
}

/// A literal number the BEAM's compiled code can compute with in place: a
/// float or a small integer (`-1` too), not a bignum.
fn is_number_literal(t: &Term) -> bool {
    match t {
        Term::Int(i) => i.unsigned_abs() < 1 << 59,
        Term::Float(_) => true,
        _ => match as_call(t) {
            Some((Term::Atom(minus), _, args)) if minus.name() == "-" => {
                matches!(list_items(args).as_slice(), [x] if is_number_literal(x))
            }
            _ => false,
        },
    }
}

/// Whether a module's `a + b` or `a - b` is, on the BEAM, a call of
/// `:erlang.+/2` (whose failure shows it as a frame with its operands) rather
/// than computed in place: it is unless an operand (`-`: the right one) is a
/// literal number.
fn beam_calls_op(op: Op, a: &Term, b: &Term) -> bool {
    match op {
        Op::Add => !is_number_literal(a) && !is_number_literal(b),
        // `x - -1` is a call all the same.
        Op::Sub => !is_number_literal(b) || is_negative_int_literal(b),
        _ => false,
    }
}

/// `-1`: a negative integer literal, as the parser gives it (`-` applied to 1).
fn is_negative_int_literal(t: &Term) -> bool {
    match t {
        Term::Int(i) => *i < 0,
        _ => match as_call(t) {
            Some((Term::Atom(minus), _, args)) if minus.name() == "-" => {
                matches!(list_items(args).as_slice(), [Term::Int(i)] if *i > 0)
            }
            _ => false,
        },
    }
}
