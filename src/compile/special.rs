//! Special forms that are rewritten before compiling: `for` (into nested
//! reductions), `&` captures (into funs), and `quote`/`unquote` (into code that
//! builds the quoted term).

use std::sync::Arc;

use crate::expand::{call, remote, var};
use crate::term::{Atom, Fun, Term};
use crate::vm::{Instr, Reg};

use super::expr::{as_call, as_var, kw_get, list_items, CResult, Compiler};

fn clause(head: Vec<Term>, body: Term) -> Term {
    Term::tuple(vec![
        Term::atom("->"),
        Term::Nil,
        Term::list(vec![Term::list(head), body]),
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

fn fn_(clauses: Vec<Term>) -> Term {
    call("fn", clauses)
}

/// A non-empty list of `{atom, value}` pairs.
fn is_keyword(t: &Term) -> bool {
    let items = list_items(t);
    matches!(t, Term::Cons(_))
        && items
            .iter()
            .all(|i| matches!(i.as_tuple(), Some([Term::Atom(_), _])))
}

impl Compiler<'_> {
    /// Code text for a quoted form as `Macro.to_string/1` writes it, for
    /// compile errors that show the code they reject.
    pub fn code_text(&mut self, t: &Term) -> String {
        let text = self.vm.call_mfa(
            Atom::new("Elixir.Macro"),
            Atom::new("to_string"),
            vec![t.clone()],
        );
        match text {
            Ok(Term::Binary(b)) => String::from_utf8_lossy(b.as_bytes()).into_owned(),
            _ => crate::syntax::to_string(t),
        }
    }

    pub fn for_(&mut self, items: &[Term], line: u32) -> CResult<Reg> {
        // Trailing keyword lists hold the options: `for x <- xs, reduce: 0 do`
        // has `[reduce: 0]` and `[do: ...]`.
        let mut quals = items.to_vec();
        let mut opt_items = Vec::new();
        while let Some(last) = quals.last() {
            if !is_keyword(last) {
                break;
            }
            let mut items = list_items(last);
            items.extend(opt_items);
            opt_items = items;
            quals.pop();
        }
        let opts = Term::list(opt_items);
        if kw_get(&opts, "do").is_none() {
            return Err(self.err(line, "missing :do option in \"for\""));
        }
        let body = kw_get(&opts, "do").cloned().unwrap_or_else(Term::nil);
        let reduce = kw_get(&opts, "reduce").cloned();
        let acc = var("for_acc", "vial");
        let inner = match &reduce {
            Some(_) => call("case", vec![acc.clone(), kw(vec![("do", body)])]),
            None => Term::list(vec![call("|", vec![body, acc.clone()])]),
        };
        let mut expr = inner;
        for q in quals.iter().rev() {
            expr = match as_call(q) {
                Some((Term::Atom(op), _, args)) if op.name() == "<-" => {
                    let args = list_items(args);
                    let (pat, guard) = super::control::split_when(&args[0]);
                    let x = var("for_x", "vial");
                    let head = match guard {
                        Some(g) => call("when", vec![pat, g]),
                        None => pat,
                    };
                    let step = fn_(vec![clause(
                        vec![x.clone(), acc.clone()],
                        call(
                            "case",
                            vec![
                                x,
                                kw(vec![(
                                    "do",
                                    Term::list(vec![
                                        clause(vec![head], expr),
                                        clause(vec![var("_", "nil")], acc.clone()),
                                    ]),
                                )]),
                            ],
                        ),
                    )]);
                    remote(
                        "Elixir.Enum",
                        "reduce",
                        vec![args[1].clone(), acc.clone(), step],
                    )
                }
                Some((Term::Atom(op), _, args)) if op.name() == "<<>>" => {
                    let mut segs = list_items(args);
                    let Some(last) = segs.pop() else {
                        return Err(self.err(line, "invalid bitstring generator"));
                    };
                    let Some((_, _, largs)) = as_call(&last) else {
                        return Err(self.err(line, "invalid bitstring generator"));
                    };
                    let largs = list_items(largs);
                    segs.push(largs[0].clone());
                    let rest = var("for_rest", "vial");
                    let rec = var("for_rec", "vial");
                    segs.push(call("::", vec![rest.clone(), var("bitstring", "nil")]));
                    let pat = call("<<>>", segs);
                    let loop_fn = fn_(vec![
                        clause(
                            vec![rec.clone(), pat, acc.clone()],
                            Term::tuple(vec![
                                Term::tuple(vec![
                                    Term::atom("."),
                                    Term::Nil,
                                    Term::list(vec![rec.clone()]),
                                ]),
                                Term::Nil,
                                Term::list(vec![rec.clone(), rest, expr]),
                            ]),
                        ),
                        clause(
                            vec![var("_", "nil"), var("_", "nil"), acc.clone()],
                            acc.clone(),
                        ),
                    ]);
                    let f = var("for_loop", "vial");
                    call(
                        "__block__",
                        vec![
                            call("=", vec![f.clone(), loop_fn]),
                            Term::tuple(vec![
                                Term::tuple(vec![
                                    Term::atom("."),
                                    Term::Nil,
                                    Term::list(vec![f.clone()]),
                                ]),
                                Term::Nil,
                                Term::list(vec![f, largs[1].clone(), acc.clone()]),
                            ]),
                        ],
                    )
                }
                _ => call(
                    "if",
                    vec![q.clone(), kw(vec![("do", expr), ("else", acc.clone())])],
                ),
            };
        }
        // The outermost generator starts from the initial accumulator.
        let init = reduce.clone().unwrap_or(Term::Nil);
        let whole = call("__block__", vec![call("=", vec![acc.clone(), init]), expr]);
        let result = match reduce {
            Some(_) => whole,
            None => {
                let mut list = remote("lists", "reverse", vec![whole]);
                if kw_get(&opts, "uniq").is_some_and(|u| u.is_atom(Atom::TRUE)) {
                    list = remote("Elixir.Enum", "uniq", vec![list]);
                }
                match kw_get(&opts, "into") {
                    Some(into) if !matches!(into, Term::Nil) => {
                        remote("Elixir.Enum", "into", vec![list, into.clone()])
                    }
                    _ => list,
                }
            }
        };
        self.fb().push_scope();
        let r = self.expr(&result);
        self.fb().pop_scope();
        r
    }

    pub fn capture(&mut self, items: &[Term], line: u32) -> CResult<Reg> {
        let Some(inner) = items.first() else {
            return Err(self.err(line, "invalid capture"));
        };
        if let Term::Int(_) = inner {
            return Err(self.err(
                line,
                "capture argument &1 must be used within the capture operator &",
            ));
        }
        if let Some((Term::Atom(slash), _, sargs)) = as_call(inner) {
            let sargs = list_items(sargs);
            if slash.name() == "/" && sargs.len() == 2 {
                if let Term::Int(arity) = sargs[1] {
                    let arity = arity as u32;
                    let target = &sargs[0];
                    // `&Mod.fun/2`
                    if let Some((head, _, _)) = as_call(target) {
                        if let Some((Term::Atom(dot), _, dargs)) = as_call(head) {
                            let dargs = list_items(dargs);
                            if dot.name() == "." && dargs.len() == 2 {
                                let module = self.expand(&dargs[0])?;
                                let module = match &module {
                                    Term::Atom(a) => *a,
                                    _ => self.alias(&module, line)?,
                                };
                                if let Term::Atom(name) = dargs[1] {
                                    // `&Integer.is_odd/1` of a required macro:
                                    // `&Integer.is_odd(&1)`, expanded.
                                    let kernel_macro = module.name() == "Elixir.Kernel"
                                        && kernel_macro_arities(name.name())
                                            .contains(&i64::from(arity));
                                    let is_macro = arity > 0
                                        && (kernel_macro
                                            || self.env.is_required(module)
                                                && crate::runtime::module(self.vm, module)
                                                    .is_some_and(|m| {
                                                        m.macro_(name, arity).is_some()
                                                    }));
                                    if is_macro {
                                        let args: Vec<Term> = (1..=arity)
                                            .map(|i| {
                                                crate::expand::call(
                                                    "&",
                                                    vec![Term::Int(i64::from(i))],
                                                )
                                            })
                                            .collect();
                                        let call = Term::tuple(vec![
                                            head.clone(),
                                            Term::Nil,
                                            Term::list(args),
                                        ]);
                                        return self.capture(&[call], line);
                                    }
                                    let (module, name) = inlined_capture(module, name, arity)
                                        .unwrap_or((module, name));
                                    let f = Term::Fun(Arc::new(Fun::Export {
                                        module,
                                        name,
                                        arity,
                                    }));
                                    return self.constant(f);
                                }
                            }
                        }
                    }
                    // `&local/2`
                    if let Some((name, _)) = as_var(target) {
                        let is_local = self
                            .module
                            .as_ref()
                            .is_some_and(|m| m.defs.contains(&(name, arity)));
                        // A Kernel macro (`&to_string/1`) is captured as a fn.
                        let kernel_macro =
                            kernel_macro_arities(name.name()).contains(&i64::from(arity));
                        if !is_local && !kernel_macro {
                            let params: Vec<Term> =
                                (0..arity).map(|i| var(&format!("c{i}"), "vial")).collect();
                            if let Some((m, f, a)) =
                                crate::expand::resolve_import(self, name, &params)
                            {
                                // `&elem/2`: inlined with its arguments moved,
                                // so captured as Kernel's own function.
                                let (m, f, a) = if a != params && m.name() == "erlang" {
                                    (Atom::new("Elixir.Kernel"), name, params.clone())
                                } else {
                                    (m, f, a)
                                };
                                if a == params {
                                    let fun = Term::Fun(Arc::new(Fun::Export {
                                        module: m,
                                        name: f,
                                        arity,
                                    }));
                                    return self.constant(fun);
                                }
                            }
                        }
                        let params: Vec<Term> =
                            (0..arity).map(|i| var(&format!("c{i}"), "vial")).collect();
                        let body = Term::tuple(vec![
                            Term::Atom(name),
                            Term::Nil,
                            Term::list(params.clone()),
                        ]);
                        return self.expr(&fn_(vec![clause(params, body)]));
                    }
                }
            }
        }
        // `&(&1 + &2)`: a fn of as many arguments as the highest `&N`.
        let mut max = 0;
        let mut nested = None;
        let body = replace_placeholders(inner, &mut max, &mut nested);
        if let Some(n) = nested {
            let text = self.code_text(&n);
            return Err(self.err(line, format!("nested captures are not allowed. You cannot define a function using  the capture operator & inside another function defined via &. Got invalid nested capture: {text}")));
        }
        if max == 0 {
            let text = self.code_text(inner);
            return Err(self.err(line, format!("invalid args for &, expected one of:\n\n  * &Mod.fun/arity to capture a remote function, such as &Enum.map/2\n  * &fun/arity to capture a local or imported function, such as &is_atom/1\n  * &some_code(&1, ...) containing at least one argument as &1, such as &List.flatten(&1)\n\nGot: {text}")));
        }
        let params: Vec<Term> = (1..=max)
            .map(|i| var(&format!("capture{i}"), "vial"))
            .collect();
        self.expr(&fn_(vec![clause(params, body)]))
    }

    pub fn quote(&mut self, items: &[Term], line: u32) -> CResult<Reg> {
        let opts = match items {
            [opts] => opts.clone(),
            // `quote bind_quoted: [...] do ... end`: the options, then the block.
            [first, block] => Term::list(
                list_items(first)
                    .into_iter()
                    .chain(list_items(block))
                    .collect::<Vec<_>>(),
            ),
            _ => return Err(self.err(line, "invalid quote")),
        };
        let Some(body) = kw_get(&opts, "do").cloned() else {
            return Err(self.err(line, "missing :do in quote"));
        };
        let ctx = match kw_get(&opts, "context") {
            Some(c) => match self.expand(c)? {
                Term::Atom(a) => Term::Atom(a),
                other => Term::Atom(self.alias(&other, line)?),
            },
            None => self
                .env
                .module
                .map(Term::Atom)
                .unwrap_or_else(|| Term::atom("Elixir")),
        };
        let bind = kw_get(&opts, "bind_quoted").cloned();
        let q = Quoting {
            ctx,
            line: match kw_get(&opts, "line") {
                Some(Term::Int(n)) => Some(*n),
                _ => None,
            },
            unquote: bind.is_none()
                && !kw_get(&opts, "unquote").is_some_and(|u| *u == Term::bool(false)),
            keep_lines: kw_get(&opts, "vial_keep_lines").is_some(),
        };
        let t = q.term(&body);
        let Some(bind) = bind else {
            if !q.unquote {
                return self.constant(t);
            }
            return self.quote_build(&t);
        };
        // `bind_quoted: [v: expr]`: the body runs after `v = unquote(expr)`.
        let mut forms: Vec<Term> = Vec::new();
        for pair in list_items(&bind) {
            if let Some([Term::Atom(name), value]) = pair.as_tuple() {
                let var_meta = Term::list(vec![Term::tuple(vec![
                    Term::atom("line"),
                    Term::Int(i64::from(line)),
                ])]);
                let var = Term::tuple(vec![Term::Atom(*name), var_meta, q.ctx.clone()]);
                let value = Term::tuple(vec![
                    Term::atom("unquote"),
                    Term::Nil,
                    Term::list(vec![value.clone()]),
                ]);
                forms.push(Term::tuple(vec![
                    Term::atom("="),
                    Term::Nil,
                    Term::list(vec![var, value]),
                ]));
            }
        }
        // The body itself holds no unquotes to run: it goes in as a value.
        let t = Term::tuple(vec![
            Term::atom("__block__"),
            Term::Nil,
            Term::list(
                forms
                    .into_iter()
                    .chain([Term::tuple(vec![
                        Term::atom("unquote"),
                        Term::Nil,
                        Term::list(vec![crate::expand::escape(&t)]),
                    ])])
                    .collect::<Vec<_>>(),
            ),
        ]);
        self.quote_build(&t)
    }

    /// Code building `t`, where `{:unquote, _, [e]}` nodes are evaluated.
    fn quote_build(&mut self, t: &Term) -> CResult<Reg> {
        if !has_unquote(t) {
            return self.constant(t.clone());
        }
        if let Some((Term::Atom(u), _, args)) = as_call(t) {
            if u.name() == "unquote" {
                let args = list_items(args);
                return self.expr(&args[0]);
            }
        }
        match t {
            Term::Tuple(tu) => {
                let elems = tu.elems().to_vec();
                let dst = self.fb().alloc();
                let start = self.fb().alloc_n(elems.len() as u32);
                for (i, e) in elems.iter().enumerate() {
                    let r = self.quote_build(e)?;
                    self.fb().emit(Instr::Move(start + i as u32, r));
                }
                self.fb().emit(Instr::Tuple(dst, start, elems.len() as u32));
                self.fb().release(dst + 1);
                Ok(dst)
            }
            Term::Cons(_) => {
                // Built from the end, so `unquote_splicing` can prepend a list.
                let items = list_items(t);
                let mut acc = self.constant(Term::Nil)?;
                for item in items.iter().rev() {
                    let spliced = match as_call(item) {
                        Some((Term::Atom(u), _, args)) if u.name() == "unquote_splicing" => {
                            Some(list_items(args)[0].clone())
                        }
                        _ => None,
                    };
                    let dst = self.fb().alloc();
                    match spliced {
                        Some(e) => {
                            let base = self.fb().alloc_n(2);
                            self.expr_into(&e, base)?;
                            self.fb().emit(Instr::Move(base + 1, acc));
                            let target = crate::vm::Target::Bif(
                                crate::bif::lookup(Atom::new("erlang"), Atom::new("++"), 2)
                                    .ok_or_else(|| self.err(0, "erlang:++/2 missing"))?,
                            );
                            self.fb().emit(Instr::Call(Box::new(crate::vm::Call {
                                target,
                                base,
                                argc: 2,
                                dst,
                            })));
                        }
                        None => {
                            let h = self.quote_build(item)?;
                            self.fb().emit(Instr::List(dst, h, 1, acc));
                        }
                    }
                    acc = dst;
                }
                Ok(acc)
            }
            _ => self.constant(t.clone()),
        }
    }
}

/// How `quote` turns code into its quoted form: variables get the quoting
/// context, line metadata is dropped unless `line:` is given (aliases keep
/// `alias: false`, dot calls without parentheses `no_parens: true`, sigils
/// their delimiter), and `unquote(...)` is left to evaluate unless
/// `unquote: false`.
struct Quoting {
    ctx: Term,
    line: Option<i64>,
    unquote: bool,
    /// The parsed lines stay (`vial_keep_lines: true`, which a module body
    /// uses for the definitions it runs in a `for`, so failures name lines).
    keep_lines: bool,
}

impl Quoting {
    /// Metadata: `line:` first when asked for, then what the parser noted
    /// that quote keeps, then `extra`.
    fn meta(&self, parsed: &Term, extra: Vec<Term>) -> Term {
        let mut out = Vec::new();
        if let Some(l) = self.line {
            out.push(Term::tuple(vec![Term::atom("line"), Term::Int(l)]));
        }
        for item in list_items(parsed) {
            if let Some([Term::Atom(k), _]) = item.as_tuple() {
                if matches!(k.name(), "no_parens" | "delimiter")
                    || (self.keep_lines && self.line.is_none() && k.name() == "line")
                {
                    out.push(item.clone());
                }
            }
        }
        out.extend(extra);
        Term::list(out)
    }

    fn term(&self, t: &Term) -> Term {
        let ctx = &self.ctx;
        if let Some((Term::Atom(name), meta, Term::Atom(c))) = as_call(t) {
            let c = if *c == Atom::NIL {
                ctx.clone()
            } else {
                Term::Atom(*c)
            };
            return Term::tuple(vec![Term::Atom(*name), self.meta(meta, vec![]), c]);
        }
        if let Some((head, meta, args)) = as_call(t) {
            if let Term::Atom(h) = head {
                match h.name() {
                    "unquote" | "unquote_splicing" if self.unquote => return t.clone(),
                    "__aliases__" => {
                        let alias = Term::tuple(vec![Term::atom("alias"), Term::bool(false)]);
                        return Term::tuple(vec![
                            head.clone(),
                            self.meta(meta, vec![alias]),
                            args.clone(),
                        ]);
                    }
                    _ => {}
                }
            }
            // `Mod.unquote(name)(args)`: the function name is unquoted.
            if self.unquote {
                if let Some((lhs, name)) = unquoted_name(head) {
                    let dot = Term::tuple(vec![
                        Term::atom("."),
                        self.meta(&Term::Nil, vec![]),
                        Term::list(vec![self.term(&lhs), name]),
                    ]);
                    return Term::tuple(vec![dot, self.meta(meta, vec![]), self.term(args)]);
                }
                if let Some((lhs, name)) = unquoted_name(t) {
                    // `x.unquote(name)` alone: a call without parentheses.
                    let dot = Term::tuple(vec![
                        Term::atom("."),
                        self.meta(&Term::Nil, vec![]),
                        Term::list(vec![self.term(&lhs), name]),
                    ]);
                    let no_parens = Term::tuple(vec![Term::atom("no_parens"), Term::bool(true)]);
                    return Term::tuple(vec![
                        dot,
                        self.meta(&Term::Nil, vec![no_parens]),
                        Term::Nil,
                    ]);
                }
            }
            // A call of a Kernel function or macro records where it is imported
            // from: `[context: Elixir, imports: [{1, Kernel}, {2, Kernel}]]`.
            let extra = match (head, args) {
                (Term::Atom(h), Term::Cons(_) | Term::Nil) => {
                    let arities = kernel_arities(h.name());
                    if arities.is_empty() {
                        vec![]
                    } else {
                        let imports: Vec<Term> = arities
                            .iter()
                            .map(|a| Term::tuple(vec![Term::Int(*a), Term::atom("Elixir.Kernel")]))
                            .collect();
                        vec![
                            Term::tuple(vec![Term::atom("context"), ctx.clone()]),
                            Term::tuple(vec![Term::atom("imports"), Term::list(imports)]),
                        ]
                    }
                }
                _ => vec![],
            };
            let mut quoted_args = self.term(args);
            if is_def_head_call(head) {
                quoted_args = self.with_def_context(&quoted_args);
            }
            return Term::tuple(vec![self.term(head), self.meta(meta, extra), quoted_args]);
        }
        match t {
            Term::Tuple(tu) => {
                Term::tuple(tu.elems().iter().map(|e| self.term(e)).collect::<Vec<_>>())
            }
            Term::Cons(_) => {
                let items: Vec<Term> = list_items(t).iter().map(|e| self.term(e)).collect();
                Term::list(items)
            }
            _ => t.clone(),
        }
    }
}

/// `def`, `defp`, `defmacro`, `defmacrop` (also called as `Kernel.def`): quote
/// marks the head of the function they define with the quoting context.
fn is_def_head_call(head: &Term) -> bool {
    let name = match as_call(head) {
        Some((Term::Atom(dot), _, dargs)) if dot.name() == "." => list_items(dargs).get(1).cloned(),
        _ => Some(head.clone()),
    };
    matches!(name, Some(Term::Atom(n)) if matches!(n.name(), "def" | "defp" | "defmacro" | "defmacrop"))
}

impl Quoting {
    /// The quoted arguments of a `def` with `context: Ctx` added to the
    /// head's metadata (`{:foo, [context: M], [...]}`; a guarded head's `when`).
    fn with_def_context(&self, quoted_args: &Term) -> Term {
        let mut items = list_items(quoted_args);
        let Some(Term::Tuple(first)) = items.first() else {
            return quoted_args.clone();
        };
        let e = first.elems();
        let unquoted = matches!(&e[0], Term::Atom(u) if u.name() == "unquote" || u.name() == "unquote_splicing");
        if e.len() != 3 || unquoted || !matches!(e[1], Term::Cons(_) | Term::Nil) {
            return quoted_args.clone();
        }
        let mut meta = list_items(&e[1]);
        meta.push(Term::tuple(vec![Term::atom("context"), self.ctx.clone()]));
        items[0] = Term::tuple(vec![e[0].clone(), Term::list(meta), e[2].clone()]);
        Term::list(items)
    }
}

/// `lhs.unquote(name)` as parsed: `{{:., _, [lhs, :unquote]}, _, [name]}`,
/// as the left side and the `unquote(name)` to build the name with.
fn unquoted_name(t: &Term) -> Option<(Term, Term)> {
    let (head, _, args) = as_call(t)?;
    let (Term::Atom(dot), _, dargs) = as_call(head)? else {
        return None;
    };
    let dargs = list_items(dargs);
    let args = list_items(args);
    if dot.name() != "."
        || dargs.len() != 2
        || !dargs[1].is_atom(Atom::new("unquote"))
        || args.len() != 1
    {
        return None;
    }
    let unquote = Term::tuple(vec![Term::atom("unquote"), Term::Nil, Term::list(args)]);
    Some((dargs[0].clone(), unquote))
}

/// The arities Kernel exports `name` with (functions and macros).
fn kernel_arities(name: &str) -> Vec<i64> {
    let mut out = arities_in(KERNEL_FUNCTIONS, name);
    out.extend(kernel_macro_arities(name));
    out.sort_unstable();
    out.dedup();
    out
}

/// The arities of Kernel's macros named `name`.
fn kernel_macro_arities(name: &str) -> Vec<i64> {
    arities_in(KERNEL_MACROS, name)
}

fn arities_in(list: &str, name: &str) -> Vec<i64> {
    list.split_whitespace()
        .filter_map(|e| {
            let (n, a) = e.rsplit_once('/')?;
            (n == name).then(|| a.parse().ok()).flatten()
        })
        .collect()
}

const KERNEL_FUNCTIONS: &str = "!=/2 !==/2 */2 **/2 +/1 +/2 ++/2 -/1 -/2 --/2 //2 </2 <=/2 ==/2 ===/2 =~/2 >/2 >=/2 \
        abs/1 apply/2 apply/3 binary_part/3 binary_slice/2 binary_slice/3 bit_size/1 byte_size/1 ceil/1 \
        div/2 elem/2 exit/1 floor/1 function_exported?/3 get_and_update_in/3 get_in/2 hd/1 inspect/1 \
        inspect/2 is_atom/1 is_binary/1 is_bitstring/1 is_boolean/1 is_float/1 is_function/1 \
        is_function/2 is_integer/1 is_list/1 is_map/1 is_map_key/2 is_number/1 is_pid/1 is_port/1 \
        is_reference/1 is_tuple/1 length/1 macro_exported?/3 make_ref/0 map_size/1 max/2 min/2 node/0 \
        node/1 not/1 pop_in/2 put_elem/3 put_in/3 rem/2 round/1 self/0 send/2 spawn/1 spawn/3 \
        spawn_link/1 spawn_link/3 spawn_monitor/1 spawn_monitor/3 struct/1 struct/2 struct!/1 struct!/2 \
        throw/1 tl/1 trunc/1 tuple_size/1 update_in/3";

const KERNEL_MACROS: &str = "!/1 &&/2 ../0 ../2 ..///3 <>/2 @/1 alias!/1 and/2 binding/0 binding/1 dbg/0 dbg/1 dbg/2 def/1 \
        def/2 defdelegate/2 defexception/1 defguard/1 defguardp/1 defimpl/2 defimpl/3 defmacro/1 \
        defmacro/2 defmacrop/1 defmacrop/2 defmodule/2 defoverridable/1 defp/1 defp/2 defprotocol/2 \
        defstruct/1 destructure/2 get_and_update_in/2 if/2 in/2 is_exception/1 is_exception/2 is_nil/1 \
        is_struct/1 is_struct/2 match?/2 or/2 pop_in/1 put_in/2 raise/1 raise/2 reraise/2 reraise/3 \
        sigil_C/2 sigil_D/2 sigil_N/2 sigil_R/2 sigil_S/2 sigil_T/2 sigil_U/2 sigil_W/2 sigil_c/2 \
        sigil_r/2 sigil_s/2 sigil_w/2 tap/2 then/2 to_char_list/1 to_charlist/1 to_string/1 unless/2 \
        update_in/2 use/1 use/2 var!/1 var!/2 |>/2 ||/2";

fn has_unquote(t: &Term) -> bool {
    match t {
        Term::Tuple(tu) => {
            let e = tu.elems();
            if e.len() == 3
                && (e[0].is_atom(Atom::new("unquote"))
                    || e[0].is_atom(Atom::new("unquote_splicing")))
            {
                return true;
            }
            e.iter().any(has_unquote)
        }
        Term::Cons(c) => has_unquote(&c.head) || has_unquote(&c.tail),
        _ => false,
    }
}

/// Replaces `&N` with the capture's parameter variables; the first other
/// `&` inside (a nested capture, which Elixir refuses) goes to `nested`.
fn replace_placeholders(t: &Term, max: &mut i64, nested: &mut Option<Term>) -> Term {
    if let Some((Term::Atom(amp), _, args)) = as_call(t) {
        if amp.name() == "&" {
            if let [Term::Int(n)] = list_items(args).as_slice() {
                *max = (*max).max(*n);
                return var(&format!("capture{n}"), "vial");
            }
            if nested.is_none() {
                *nested = Some(t.clone());
            }
        }
    }
    match t {
        Term::Tuple(tu) => Term::tuple(
            tu.elems()
                .iter()
                .map(|e| replace_placeholders(e, max, nested))
                .collect::<Vec<_>>(),
        ),
        Term::Cons(_) => {
            let mut items = Vec::new();
            let mut cur = t;
            while let Term::Cons(c) = cur {
                items.push(replace_placeholders(&c.head, max, nested));
                cur = &c.tail;
            }
            Term::improper_list(items, replace_placeholders(cur, max, nested))
        }
        _ => t.clone(),
    }
}

/// The Erlang built-in a capture of an inlined function stands for
/// (`&Kernel.is_atom/1` is `&:erlang.is_atom/1`), when vial has that built-in.
fn inlined_capture(module: Atom, name: Atom, arity: u32) -> Option<(Atom, Atom)> {
    let (m, f) = crate::expand::inline_remote(module.name(), name.name(), arity as usize)?;
    let (m, f) = (Atom::new(m), Atom::new(f));
    let known = crate::bif::lookup(m, f, arity).is_some()
        || crate::vm::natives::lookup(m, f, arity).is_some();
    known.then_some((m, f))
}
