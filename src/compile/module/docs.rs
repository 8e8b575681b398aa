//! Documentation gathered while a module body runs: `@moduledoc`, `@doc`
//! (text, `false`, or metadata), `@typedoc`, `@impl`, and an entry for each
//! public function, macro, callback and type. `finish` in module.rs stores
//! the result as the answer of `Mod.module_info(:vial_docs)`; stdlib/code.ex
//! turns it into what `Code.fetch_docs/1` returns (`{:docs_v1, ...}`).

use crate::term::{Atom, Map, Term};

use super::super::expr::{as_call, list_items};

/// A documentation entry before it becomes `{{kind, name, arity}, anno,
/// signature, doc, meta}`.
struct Entry {
    kind: &'static str,
    name: Atom,
    arity: u32,
    line: u32,
    /// The simplified parameters: a binary each, or `{binary, default}` with
    /// the default's quoted form; or a whole signature as one binary.
    signature: Term,
    doc: Term,
    meta: Vec<(Term, Term)>,
}

/// What the `@doc`/`@impl` attributes said for the next definition.
#[derive(Default)]
struct Pending {
    doc: Option<(u32, Term)>,
    meta: Vec<(Term, Term)>,
    implements: bool,
}

pub struct Docs {
    pub module_line: u32,
    /// Where `defstruct`/`defexception` is: the line of the functions they define.
    pub struct_line: u32,
    moduledoc: Option<(u32, Term)>,
    module_meta: Vec<(Term, Term)>,
    pending: Pending,
    typedoc: Option<(u32, Term)>,
    entries: Vec<Entry>,
    /// The quoted `@spec`s, without metadata, in the order written.
    specs: Vec<Term>,
}

/// `%{"en" => text}` for a doc text, `:hidden` for `false`.
fn doc_value(v: Option<&Term>) -> Term {
    match v {
        Some(Term::Binary(b)) => Term::Map(Map::from_pairs(vec![(
            Term::string("en"),
            Term::Binary(b.clone()),
        )])),
        Some(t) if t.is_atom(Atom::FALSE) => Term::atom("hidden"),
        _ => Term::atom("none"),
    }
}

/// A keyword list's pairs, merged into `into` (later keys win).
fn merge_meta(into: &mut Vec<(Term, Term)>, kw: &Term) {
    for pair in list_items(kw) {
        if let Some([k, v]) = pair.as_tuple() {
            into.retain(|(old, _)| old != k);
            into.push((k.clone(), v.clone()));
        }
    }
}

/// A quoted form with every node's metadata emptied (lines do not matter to
/// a spec shown by `h`, and they would only weigh on the module).
fn without_meta(quoted: &Term) -> Term {
    match quoted.as_tuple() {
        Some([head, Term::Cons(_), args]) => {
            Term::tuple(vec![without_meta(head), Term::Nil, without_meta(args)])
        }
        Some(items) => Term::tuple(items.iter().map(without_meta).collect::<Vec<_>>()),
        None if matches!(quoted, Term::Cons(_)) => Term::list(
            list_items(quoted)
                .iter()
                .map(without_meta)
                .collect::<Vec<_>>(),
        ),
        None => quoted.clone(),
    }
}

fn meta_map(meta: &[(Term, Term)]) -> Term {
    Term::Map(Map::from_pairs(meta.to_vec()))
}

impl Docs {
    pub fn new(module_line: u32) -> Docs {
        Docs {
            module_line,
            struct_line: module_line,
            moduledoc: None,
            module_meta: Vec::new(),
            pending: Pending::default(),
            typedoc: None,
            entries: Vec::new(),
            specs: Vec::new(),
        }
    }

    /// `@moduledoc value` on `line`.
    pub fn moduledoc(&mut self, line: u32, value: &Term) {
        if matches!(value, Term::Cons(_)) {
            merge_meta(&mut self.module_meta, value);
        } else {
            self.moduledoc = Some((line, value.clone()));
        }
    }

    /// The `@moduledoc` text, if any (kept on the loaded module).
    pub fn moduledoc_text(&self) -> Option<Term> {
        self.moduledoc.as_ref().map(|(_, v)| v.clone())
    }

    /// `@doc value` on `line`: a text or `false` for the next definition, or
    /// metadata (`@doc since: "1.0"`).
    pub fn doc(&mut self, line: u32, value: &Term) {
        if matches!(value, Term::Cons(_)) {
            merge_meta(&mut self.pending.meta, value);
        } else {
            self.pending.doc = Some((line, value.clone()));
        }
    }

    /// `@spec value`: kept for `h` (read as `module_info(:vial_specs)`).
    pub fn spec(&mut self, value: &Term) {
        self.specs.push(without_meta(value));
    }

    /// The quoted specs, as a list.
    pub fn specs_term(&self) -> Term {
        Term::list(self.specs.clone())
    }

    /// `@typedoc value` on `line`.
    pub fn typedoc(&mut self, line: u32, value: &Term) {
        self.typedoc = Some((line, value.clone()));
    }

    /// `@impl value`: a function implementing a callback is hidden unless
    /// it has a `@doc`.
    pub fn implements(&mut self, value: &Term) {
        self.pending.implements = !value.is_atom(Atom::FALSE);
    }

    /// The `(name, arity)` and doc text of each documented function.
    pub fn function_docs(&self) -> Vec<((Atom, u32), Term)> {
        self.entries
            .iter()
            .filter(|e| matches!(e.kind, "function" | "macro"))
            .filter_map(|e| match &e.doc {
                Term::Map(m) => m
                    .get(&Term::string("en"))
                    .map(|d| ((e.name, e.arity), d.clone())),
                _ => None,
            })
            .collect()
    }

    /// A `def`/`defmacro` (public or not) of `name` with `args` as written
    /// (defaults included), on `line`.
    pub fn definition(&mut self, public: bool, macro_: bool, name: Atom, args: &[Term], line: u32) {
        let pending = std::mem::take(&mut self.pending);
        if !public {
            return;
        }
        let kind = if macro_ { "macro" } else { "function" };
        let arity = args.len() as u32;
        if let Some(e) = self
            .entries
            .iter_mut()
            .find(|e| e.kind == kind && e.name == name && e.arity == arity)
        {
            // A later clause: a `@doc` before it still counts.
            if let Some((l, d)) = &pending.doc {
                e.doc = doc_value(Some(d));
                e.line = *l;
            }
            return;
        }
        let defaults = args.iter().filter(|a| is_default(a)).count();
        let mut meta = pending.meta;
        if defaults > 0 {
            meta.push((Term::atom("defaults"), Term::Int(defaults as i64)));
        }
        let doc = match &pending.doc {
            None if pending.implements => Term::atom("hidden"),
            d => doc_value(d.as_ref().map(|(_, d)| d)),
        };
        self.entries.push(Entry {
            kind,
            name,
            arity,
            line: pending.doc.as_ref().map_or(line, |(l, _)| *l),
            signature: signature(args),
            doc,
            meta,
        });
    }

    /// A function the compiler generates (`__struct__/0`, `exception/1`,
    /// ...): hidden, with the signature Elixir gives it.
    pub fn generated(&mut self, name: &str, arity: u32, signature: &str) {
        let name = Atom::new(name);
        if self
            .entries
            .iter()
            .any(|e| e.kind == "function" && e.name == name && e.arity == arity)
        {
            return;
        }
        self.entries.push(Entry {
            kind: "function",
            name,
            arity,
            line: if matches!(name.name(), "__struct__" | "exception" | "message") {
                self.struct_line
            } else {
                self.module_line
            },
            signature: Term::string(signature),
            doc: Term::atom("hidden"),
            meta: Vec::new(),
        });
    }

    /// `@callback` / `@macrocallback` declaring `name/arity` on `line`.
    pub fn callback(&mut self, macro_: bool, name: Atom, arity: u32, line: u32) {
        let pending = std::mem::take(&mut self.pending);
        self.entries.push(Entry {
            kind: if macro_ { "macrocallback" } else { "callback" },
            name,
            arity,
            line: pending.doc.as_ref().map_or(line, |(l, _)| *l),
            signature: Term::Nil,
            doc: doc_value(pending.doc.as_ref().map(|(_, d)| d)),
            meta: pending.meta,
        });
    }

    /// `@type` / `@opaque` (`value` is the quoted `name(args) :: type`).
    pub fn type_(&mut self, opaque: bool, value: &Term, line: u32) {
        let head = match as_call(value) {
            Some((Term::Atom(op), _, args)) if op.name() == "::" => {
                list_items(args).first().cloned().unwrap_or(Term::Nil)
            }
            _ => value.clone(),
        };
        let Some((Term::Atom(name), _, args)) = as_call(&head) else {
            return;
        };
        let arity = match args {
            Term::Atom(_) => 0,
            a => list_items(a).len() as u32,
        };
        let typedoc = self.typedoc.take();
        let mut meta = Vec::new();
        if opaque {
            meta.push((Term::atom("opaque"), Term::bool(true)));
        }
        self.entries.push(Entry {
            kind: "type",
            name: *name,
            arity,
            line: typedoc.as_ref().map_or(line, |(l, _)| *l),
            signature: Term::Nil,
            doc: doc_value(typedoc.as_ref().map(|(_, d)| d)),
            meta,
        });
    }

    /// A protocol's type `t/0`, declared by `defprotocol` itself.
    pub fn protocol_type(&mut self) {
        self.entries.push(Entry {
            kind: "type",
            name: Atom::new("t"),
            arity: 0,
            line: self.module_line,
            signature: Term::Nil,
            doc: Term::atom("none"),
            meta: Vec::new(),
        });
    }

    /// `{anno, moduledoc, meta, entries}`: functions and macros sorted,
    /// callbacks sorted, types in the order they were declared.
    pub fn to_term(&self) -> Term {
        let rank = |k: &str| match k {
            "function" => 0,
            "macro" => 1,
            "callback" | "macrocallback" => 2,
            _ => 3,
        };
        let mut order: Vec<&Entry> = self.entries.iter().collect();
        order.sort_by(|a, b| {
            let (ra, rb) = (rank(a.kind), rank(b.kind));
            ra.cmp(&rb).then_with(|| {
                if ra == 3 {
                    std::cmp::Ordering::Equal
                } else {
                    (a.name.name(), a.arity).cmp(&(b.name.name(), b.arity))
                }
            })
        });
        let entries: Vec<Term> = order
            .into_iter()
            .map(|e| {
                Term::tuple(vec![
                    Term::tuple(vec![
                        Term::atom(e.kind),
                        Term::Atom(e.name),
                        Term::Int(i64::from(e.arity)),
                    ]),
                    Term::Int(i64::from(e.line)),
                    e.signature.clone(),
                    e.doc.clone(),
                    meta_map(&e.meta),
                ])
            })
            .collect();
        let (line, doc) = match &self.moduledoc {
            Some((l, d @ (Term::Binary(_) | Term::Atom(_)))) => (*l, doc_value(Some(d))),
            _ => (self.module_line, Term::atom("none")),
        };
        Term::tuple(vec![
            Term::Int(i64::from(line)),
            doc,
            meta_map(&self.module_meta),
            Term::list(entries),
        ])
    }
}

fn is_default(arg: &Term) -> bool {
    matches!(as_call(arg), Some((Term::Atom(d), _, _)) if d.name() == "\\\\")
}

/// The parameters as a signature shows them: variables by name (without a
/// leading underscore), defaults with their value, other patterns by their
/// kind (`map`, `list`, `int`, ...), numbered when a kind occurs twice.
fn signature(args: &[Term]) -> Term {
    let parts: Vec<(Named, Option<Term>)> = args
        .iter()
        .map(|a| match as_call(a) {
            Some((Term::Atom(d), _, dargs)) if d.name() == "\\\\" => {
                let dargs = list_items(dargs);
                let left = dargs.first().cloned().unwrap_or(Term::Nil);
                (param_name(&left), dargs.get(1).cloned())
            }
            _ => (param_name(a), None),
        })
        .collect();
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut out = Vec::new();
    for (named, default) in &parts {
        let name = match named {
            Named::Var(v) => v.clone(),
            Named::Kind(k) => {
                let total = parts
                    .iter()
                    .filter(|(n, _)| matches!(n, Named::Kind(o) if o == k))
                    .count();
                if total > 1 {
                    let n = match seen.iter_mut().find(|(s, _)| s == k) {
                        Some(slot) => {
                            slot.1 += 1;
                            slot.1
                        }
                        None => {
                            seen.push((k.clone(), 1));
                            1
                        }
                    };
                    format!("{k}{n}")
                } else {
                    k.clone()
                }
            }
        };
        out.push(match default {
            Some(d) => Term::tuple(vec![Term::string(&name), d.clone()]),
            None => Term::string(&name),
        });
    }
    Term::list(out)
}

enum Named {
    Var(String),
    Kind(String),
}

fn param_name(arg: &Term) -> Named {
    if let Some(v) = var_name(arg) {
        return Named::Var(v);
    }
    let kind = match arg {
        Term::Int(_) | Term::Big(_) => "int",
        Term::Float(_) => "float",
        Term::Binary(_) => "binary",
        Term::Atom(a) if *a == Atom::TRUE || *a == Atom::FALSE => "bool",
        Term::Atom(_) => "atom",
        Term::Nil | Term::Cons(_) => "list",
        _ => match as_call(arg) {
            Some((Term::Atom(op), _, args)) if op.name() == "=" => {
                let sides = list_items(args);
                if let Some(v) = sides.iter().find_map(var_name) {
                    return Named::Var(v);
                }
                return sides.last().map_or(Named::Kind("arg".into()), param_name);
            }
            Some((Term::Atom(op), _, _)) if op.name() == "%{}" => "map",
            Some((Term::Atom(op), _, args)) if op.name() == "%" => {
                return Named::Kind(struct_param(list_items(args).first()));
            }
            _ => "arg",
        },
    };
    Named::Kind(kind.to_string())
}

/// `x` for a variable `x` or `_x`; `_` for `_`.
fn var_name(arg: &Term) -> Option<String> {
    let [Term::Atom(name), _, Term::Atom(_)] = arg.as_tuple()? else {
        return None;
    };
    let n = name.name();
    Some(match n.strip_prefix('_') {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => n.to_string(),
    })
}

/// `%URI{}` is shown as `uri`, `%MyApp.Point{}` as `point`.
fn struct_param(alias: Option<&Term>) -> String {
    let last = match alias.and_then(as_call) {
        Some((Term::Atom(a), _, parts)) if a.name() == "__aliases__" => list_items(parts)
            .last()
            .and_then(Term::as_atom)
            .map(|a| a.name().to_string()),
        _ => None,
    };
    match last {
        Some(name) => underscore(&name),
        None => "struct".to_string(),
    }
}

/// `MyStruct` → `my_struct`, `URI` → `uri`, `HTTPServer` → `http_server`.
fn underscore(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_lowercase() || prev.is_ascii_digit() || prev.is_uppercase() && next_lower {
                out.push('_');
            }
        }
        out.extend(c.to_lowercase());
    }
    out
}
