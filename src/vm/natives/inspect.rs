//! Natives for `inspect`, `Inspect.Algebra` and the `Inspect` protocol:
//! documents built in Elixir, formatted in Rust. Plain terms are printed by
//! `term::inspect` without running Elixir code; a struct goes to its `Inspect`
//! implementation (a user's `defimpl`, or the stdlib's for `Range`, `MapSet`,
//! ...), and one with none prints here, field by field, honouring
//! `@derive {Inspect, only: ..., except: ...}`.

use crate::runtime;
use crate::term::algebra::{self, Doc};
use crate::term::inspect::{self, doc_term, Base, Binaries, Charlists, Opts, Structs};
use crate::term::{Atom, Fun, Map, Term};

use super::{Entry, NativeOut, Vm};
use crate::vm::{Class, Exception};

use NativeOut::Value;

pub static NATIVES: &[Entry] = &[
    Entry {
        module: "vial",
        name: "inspect_to_doc",
        arity: 2,
        f: to_doc,
    },
    Entry {
        module: "vial",
        name: "inspect_plain",
        arity: 2,
        f: plain,
    },
    Entry {
        module: "vial",
        name: "inspect_any",
        arity: 2,
        f: any,
    },
    Entry {
        module: "vial",
        name: "inspect_format",
        arity: 2,
        f: format,
    },
    Entry {
        module: "vial",
        name: "inspect_opts",
        arity: 1,
        f: opts_native,
    },
    Entry {
        module: "vial",
        name: "inspect_key",
        arity: 1,
        f: key,
    },
];

// ---------------------------------------------------------------------------
// Options.

/// The options of `inspect/2`, `IO.inspect/2` or `to_doc/2`: a keyword list or
/// an `%Inspect.Opts{}` struct.
pub fn parse_opts(opts: &Term) -> Result<Opts, Exception> {
    let mut o = Opts::default();
    let pairs: Vec<(Atom, Term)> = match opts {
        Term::Map(m) => m
            .iter()
            .filter_map(|(k, v)| Some((k.as_atom()?, v.clone())))
            .collect(),
        _ => opts
            .list_to_vec()
            .unwrap_or_default()
            .iter()
            .filter_map(|item| match item.as_tuple() {
                Some([Term::Atom(k), v]) => Some((*k, v.clone())),
                _ => None,
            })
            .collect(),
    };
    let atom = |v: &Term| {
        v.as_atom()
            .map(|a| a.name().to_string())
            .unwrap_or_default()
    };
    let count = |v: &Term| match v {
        Term::Int(n) => Some((*n).max(0) as usize),
        _ => None,
    };
    let mut char_lists = None;
    for (k, v) in pairs {
        match k.name() {
            "limit" => o.limit = count(&v),
            "printable_limit" => o.printable_limit = count(&v),
            "width" => o.width = count(&v),
            "pretty" => o.pretty = v.is_atom(Atom::TRUE),
            "structs" => o.structs = !v.is_atom(Atom::FALSE),
            "safe" => o.safe = !v.is_atom(Atom::FALSE),
            "charlists" => o.charlists = charlists(&atom(&v)).unwrap_or(o.charlists),
            "char_lists" => char_lists = charlists(&atom(&v)),
            "binaries" => {
                o.binaries = match atom(&v).as_str() {
                    "as_strings" => Binaries::AsStrings,
                    "as_binaries" => Binaries::AsBinaries,
                    _ => Binaries::Infer,
                }
            }
            "base" => {
                o.base = match atom(&v).as_str() {
                    "binary" => Base::Binary,
                    "octal" => Base::Octal,
                    "hex" => Base::Hex,
                    _ => Base::Decimal,
                }
            }
            "syntax_colors" => o.syntax_colors = v,
            "custom_options" => o.custom_options = v,
            "inspect_fun" if !is_default_inspect_fun(&v) => o.inspect_fun = Some(v),
            _ => {}
        }
    }
    // The deprecated spelling counts when the new one was left alone.
    if let (Charlists::Infer, Some(c)) = (o.charlists, char_lists) {
        o.charlists = c;
    }
    Ok(o)
}

fn charlists(name: &str) -> Option<Charlists> {
    match name {
        "as_lists" => Some(Charlists::AsLists),
        "as_charlists" => Some(Charlists::AsCharlists),
        "infer" => Some(Charlists::Infer),
        _ => None,
    }
}

fn default_inspect_fun() -> Term {
    Term::Fun(std::sync::Arc::new(Fun::Export {
        module: Atom::new("Elixir.Inspect"),
        name: Atom::new("inspect"),
        arity: 2,
    }))
}

fn is_default_inspect_fun(t: &Term) -> bool {
    matches!(t, Term::Fun(f) if matches!(&**f, Fun::Export { module, name, arity: 2 }
        if module.name() == "Elixir.Inspect" && name.name() == "inspect"))
}

/// The `%Inspect.Opts{}` struct Elixir code sees.
pub fn opts_term(o: &Opts) -> Term {
    let count = |n: Option<usize>| match n {
        Some(n) => Term::Int(i64::try_from(n).unwrap_or(i64::MAX)),
        None => Term::atom("infinity"),
    };
    let charlists = Term::atom(match o.charlists {
        Charlists::Infer => "infer",
        Charlists::AsLists => "as_lists",
        Charlists::AsCharlists => "as_charlists",
    });
    let list = |t: &Term| match t {
        Term::Nil | Term::Cons(_) => t.clone(),
        _ => Term::Nil,
    };
    Term::Map(Map::from_pairs([
        (Term::Atom(Atom::STRUCT), Term::atom("Elixir.Inspect.Opts")),
        (
            Term::atom("base"),
            Term::atom(match o.base {
                Base::Decimal => "decimal",
                Base::Binary => "binary",
                Base::Octal => "octal",
                Base::Hex => "hex",
            }),
        ),
        (
            Term::atom("binaries"),
            Term::atom(match o.binaries {
                Binaries::Infer => "infer",
                Binaries::AsStrings => "as_strings",
                Binaries::AsBinaries => "as_binaries",
            }),
        ),
        (Term::atom("char_lists"), Term::atom("infer")),
        (Term::atom("charlists"), charlists),
        (Term::atom("custom_options"), list(&o.custom_options)),
        (
            Term::atom("inspect_fun"),
            o.inspect_fun.clone().unwrap_or_else(default_inspect_fun),
        ),
        (Term::atom("limit"), count(o.limit)),
        (Term::atom("pretty"), Term::bool(o.pretty)),
        (Term::atom("printable_limit"), count(o.printable_limit)),
        (Term::atom("safe"), Term::bool(o.safe)),
        (Term::atom("structs"), Term::bool(o.structs)),
        (Term::atom("syntax_colors"), list(&o.syntax_colors)),
        (Term::atom("width"), count(o.width)),
    ]))
}

// ---------------------------------------------------------------------------
// Printing with the VM at hand.

/// `inspect(term, opts)` laid out in `width` columns (`None`: one line).
pub fn format_term(
    vm: &mut Vm,
    term: &Term,
    opts: &Opts,
    width: Option<usize>,
) -> Result<String, Exception> {
    let doc = doc_of(vm, term, opts, false)?;
    Ok(algebra::format(&algebra::group(doc), width))
}

/// The document of `term`; with `plain`, a struct at the top prints as a map.
fn doc_of(vm: &mut Vm, term: &Term, opts: &Opts, plain: bool) -> Result<Doc, Exception> {
    let mut structs = VmStructs { vm, error: None };
    let doc = if plain {
        inspect::plain_doc_with(term, opts, &mut structs)
    } else {
        inspect::to_doc_with(term, opts, &mut structs)
    };
    match structs.error {
        Some(e) => Err(e),
        None => Ok(doc),
    }
}

thread_local! {
    /// Set while an `Inspect.Error` is being built (Elixir's `:inspect_trap`).
    static INSPECT_TRAP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Prints structs by running their `Inspect` implementations; remembers the
/// first exception, after which it prints nothing more.
struct VmStructs<'v> {
    vm: &'v mut Vm,
    error: Option<Exception>,
}

impl Structs for VmStructs<'_> {
    fn struct_doc(&mut self, term: &Term, opts: &Opts) -> Option<Doc> {
        if self.error.is_some() {
            return Some(Doc::Nil);
        }
        let result = self.struct_doc(term, opts);
        Some(self.keep(result))
    }

    /// `inspect_fun:` given: it prints the term, and whatever it prints inside.
    fn custom_doc(&mut self, fun: &Term, term: &Term, opts: &Opts) -> Option<Doc> {
        let result = self
            .vm
            .call_fun(fun, vec![term.clone(), opts_term(opts)])
            .and_then(|doc| doc_term::from_term(&doc).map_err(|bad| not_a_doc(&bad)));
        Some(self.keep(result))
    }
}

impl VmStructs<'_> {
    /// The document, or nothing once something failed.
    fn keep(&mut self, result: Result<Doc, Exception>) -> Doc {
        match result {
            _ if self.error.is_some() => Doc::Nil,
            Ok(doc) => doc,
            Err(e) => {
                self.error = Some(e);
                Doc::Nil
            }
        }
    }

    fn struct_doc(&mut self, term: &Term, opts: &Opts) -> Result<Doc, Exception> {
        let Term::Map(m) = term else {
            return Ok(Doc::Nil);
        };
        let Some(name) = m.struct_name() else {
            return Ok(Doc::Nil);
        };
        let implementation = Atom::new(&format!(
            "Elixir.Inspect.{}",
            name.name().trim_start_matches("Elixir.")
        ));
        let has_impl = runtime::module(self.vm, implementation)
            .is_some_and(|md| md.public(Atom::new("inspect"), 2).is_some());
        if !has_impl {
            return Ok(self.any_doc(m, name, opts));
        }
        let args = vec![term.clone(), opts_term(opts)];
        match self.vm.call_mfa(implementation, Atom::new("inspect"), args) {
            Ok(doc) => doc_term::from_term(&doc).map_err(|bad| not_a_doc(&bad)),
            Err(e) if e.class == Class::Error => self.failed(e, term, opts),
            Err(e) => Err(e),
        }
    }

    /// A struct with no implementation of its own (`Inspect.Any`): its fields
    /// in definition order, or only those `@derive` asks for.
    fn any_doc(&mut self, m: &Map, name: Atom, opts: &Opts) -> Doc {
        let plain = |s: &mut Self| {
            let opts = Opts {
                structs: false,
                ..opts.clone()
            };
            inspect::plain_doc_with(&Term::Map(m.clone()), &opts, s)
        };
        let Some(module) = runtime::module(self.vm, name) else {
            return plain(self);
        };
        let Some(fields) = module.struct_fields.as_ref() else {
            return plain(self);
        };
        let shown_name = inspect::inspect_atom(name.name());
        let field = |k: &Atom| {
            (
                *k,
                m.get(&Term::Atom(*k)).cloned().unwrap_or_else(Term::nil),
            )
        };
        if let Some(derived) = derived_fields(&module.attributes, fields) {
            // A derived implementation reads its fields whatever the map holds,
            // and leaves out optional ones that hold their default.
            let default = |k: &Atom| fields.iter().find(|(f, _)| f == k).map(|(_, d)| d);
            let pairs: Vec<(Atom, Term)> = derived
                .visible
                .iter()
                .map(field)
                .filter(|(k, v)| !(derived.optional.contains(k) && default(k) == Some(v)))
                .collect();
            let all = fields.iter().filter(|(k, _)| k.name() != "__exception__");
            return if derived.visible.len() < all.count() {
                let left = format!("#{shown_name}<");
                inspect::fields_doc(&left, &pairs, true, ">", opts, self)
            } else {
                let left = format!("%{shown_name}{{");
                inspect::fields_doc(&left, &pairs, false, "}", opts, self)
            };
        }
        let exact = fields.len() + 1 == m.len()
            && fields.iter().all(|(k, _)| m.get(&Term::Atom(*k)).is_some());
        if !exact {
            return plain(self);
        }
        let pairs: Vec<(Atom, Term)> = fields
            .iter()
            .filter(|(k, _)| k.name() != "__exception__")
            .map(|(k, _)| field(k))
            .collect();
        let left = format!("%{shown_name}{{");
        inspect::fields_doc(&left, &pairs, false, "}", opts, self)
    }

    /// An implementation raised: an `Inspect.Error` printed in its place
    /// (`safe: true`) or raised.
    fn failed(&mut self, e: Exception, term: &Term, opts: &Opts) -> Result<Doc, Exception> {
        // Building the error can print this struct again (in an exception's
        // message); then it prints as a map rather than failing once more.
        if INSPECT_TRAP.with(|t| t.get()) {
            return Ok(inspect::plain_doc_with(term, opts, self));
        }
        INSPECT_TRAP.with(|t| t.set(true));
        let result = self.report(e, term, opts);
        INSPECT_TRAP.with(|t| t.set(false));
        result
    }

    fn report(&mut self, e: Exception, term: &Term, opts: &Opts) -> Result<Doc, Exception> {
        let exception = super::normalize(&e.reason, &e.stack, &e.arg_errors);
        let stacktrace = crate::vm::interp::stack_term(&e.stack, &e.arg_errors, e.info.as_deref());
        let plain_opts = Opts {
            syntax_colors: Term::Nil,
            ..opts.clone()
        };
        let shown = inspect::plain_doc_with(term, &plain_opts, self);
        let shown = algebra::format(&shown, opts.width);
        // `Inspect.Error` as stdlib/inspect.ex defines it.
        runtime::module(self.vm, Atom::new("Elixir.Inspect"));
        let args = Term::list(vec![
            Term::tuple(vec![Term::atom("exception"), exception]),
            Term::tuple(vec![Term::atom("stacktrace"), stacktrace]),
            Term::tuple(vec![Term::atom("inspected_struct"), Term::string(&shown)]),
        ]);
        let error = self.vm.call_mfa(
            Atom::new("Elixir.Inspect.Error"),
            Atom::new("exception"),
            vec![args],
        )?;
        if !opts.safe {
            let mut raised = Exception::error(error);
            raised.stack = e.stack;
            return Err(raised);
        }
        let doc = self.vm.call_mfa(
            Atom::new("Elixir.Inspect.Inspect.Error"),
            Atom::new("inspect"),
            vec![error, opts_term(&plain_opts)],
        )?;
        doc_term::from_term(&doc).map_err(|bad| not_a_doc(&bad))
    }
}

/// What `@derive Inspect` asks for.
struct Derived {
    visible: Vec<Atom>,
    /// Fields left out while they hold their default.
    optional: Vec<Atom>,
}

/// The fields a derived `Inspect` shows, in definition order: those
/// `@derive {Inspect, only: [...]}` or `except: [...]` leaves visible, or all
/// for a plain `@derive Inspect`; `None` when the struct derives no `Inspect`.
fn derived_fields(attributes: &[(Atom, Term)], fields: &[(Atom, Term)]) -> Option<Derived> {
    let inspect = Term::atom("Elixir.Inspect");
    for (k, v) in attributes {
        if k.name() != "derive" {
            continue;
        }
        for d in v.list_to_vec().unwrap_or_else(|| vec![v.clone()]) {
            let all = fields
                .iter()
                .map(|(k, _)| *k)
                .filter(|k| k.name() != "__exception__");
            if d == inspect {
                return Some(Derived {
                    visible: all.collect(),
                    optional: Vec::new(),
                });
            }
            let Some([proto, options]) = d.as_tuple() else {
                continue;
            };
            if *proto != inspect {
                continue;
            }
            let names = |key: &str| -> Option<Vec<Atom>> {
                let list = options.list_to_vec()?;
                list.iter().find_map(|o| match o.as_tuple() {
                    Some([Term::Atom(k), v]) if k.name() == key => {
                        Some(v.list_to_vec()?.iter().filter_map(Term::as_atom).collect())
                    }
                    _ => None,
                })
            };
            let optional = names("optional").unwrap_or_default();
            let visible = if let Some(only) = names("only") {
                all.filter(|k| only.contains(k)).collect()
            } else if let Some(except) = names("except") {
                all.filter(|k| !except.contains(k)).collect()
            } else {
                all.collect()
            };
            return Some(Derived { visible, optional });
        }
    }
    None
}

/// What an implementation returned is not a document: Elixir fails where the
/// document is grouped, in `Inspect.Algebra.group/2`.
fn not_a_doc(bad: &Term) -> Exception {
    let mut e = Exception::error_atom("function_clause");
    e.stack.push(crate::vm::StackFrame {
        module: Atom::new("Elixir.Inspect.Algebra"),
        function: Atom::new("group"),
        arity: 2,
        args: Some(vec![bad.clone(), Term::atom("self")]),
        file: None,
        line: 0,
    });
    e
}

/// The struct printer for `inspect/1` called from Rust without a VM at hand
/// (error messages): a VM of its own runs the implementations.
pub fn struct_hook(term: &Term, opts: &Opts) -> Option<Doc> {
    let mut vm = Vm::new();
    let mut structs = VmStructs {
        vm: &mut vm,
        error: None,
    };
    let doc = Structs::struct_doc(&mut structs, term, opts);
    if structs.error.is_some() {
        return None;
    }
    doc
}

// ---------------------------------------------------------------------------
// Natives.

/// `Inspect.Algebra.to_doc/2`.
fn to_doc(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let opts = parse_opts(&a[1])?;
    Ok(Value(doc_term::to_term(&doc_of(vm, &a[0], &opts, false)?)))
}

/// `Inspect.Map.inspect/2` and the other implementations for plain types.
fn plain(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let opts = parse_opts(&a[1])?;
    Ok(Value(doc_term::to_term(&doc_of(vm, &a[0], &opts, true)?)))
}

/// `Inspect.Any.inspect/2`: a struct's fields.
fn any(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let opts = parse_opts(&a[1])?;
    let Term::Map(m) = &a[0] else {
        return plain(vm, a);
    };
    let Some(name) = m.struct_name() else {
        return plain(vm, a);
    };
    let mut structs = VmStructs { vm, error: None };
    let doc = structs.any_doc(m, name, &opts);
    match structs.error {
        Some(e) => Err(e),
        None => Ok(Value(doc_term::to_term(&doc))),
    }
}

/// `Inspect.Algebra.format/2`: the laid-out text as one binary.
fn format(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let doc = doc_term::from_term(&a[0]).map_err(|bad| not_a_doc(&bad))?;
    let width = match &a[1] {
        Term::Int(n) => Some((*n).max(0) as usize),
        _ => None,
    };
    let pieces = algebra::format_pieces(&doc, width)
        .into_iter()
        .map(|p| match p {
            algebra::Piece::Text(s) => Term::string(&s),
            algebra::Piece::Color(c) => ansi_fragment(&c),
        });
    Ok(Value(Term::list(pieces)))
}

/// The iodata `IO.ANSI.format_fragment/2` makes of ANSI data: each name's
/// escape appended as an improper tail, raw text as a list element.
fn ansi_fragment(color: &Term) -> Term {
    let mut acc = Term::Nil;
    let mut stack = vec![color];
    while let Some(t) = stack.pop() {
        match t {
            Term::Cons(cell) => {
                stack.push(&cell.tail);
                stack.push(&cell.head);
            }
            Term::Nil => {}
            Term::Binary(_) => acc = Term::list(vec![acc, t.clone()]),
            other => {
                let escape = inspect::ansi_escape(other).unwrap_or_default();
                acc = Term::cons(acc, Term::string(&escape));
            }
        }
    }
    acc
}

/// `Inspect.Opts.new/1`.
fn opts_native(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(opts_term(&parse_opts(&a[0])?)))
}

/// A keyword key as `Inspect.List.keyword/2` prints it: `a:`, `"b c":`.
fn key(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Atom(k) = &a[0] else {
        return Err(Exception::badarg());
    };
    let shown = inspect::inspect_key(k.name());
    Ok(Value(Term::string(shown.trim_end_matches(' '))))
}
