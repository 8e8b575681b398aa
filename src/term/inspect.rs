//! `inspect/1` for terms, exactly as Elixir 1.14 prints them. A term becomes a
//! document (see `algebra`), laid out on one line for `inspect/1` or broken to a
//! width for `IO.inspect/1` (`width: 80`). Every option of `Inspect.Opts` that
//! plain terms respond to works here (limits, bases, charlists, binaries,
//! syntax colours); structs are handed to a `Structs` printer, which the VM
//! provides to run `Inspect` implementations written in Elixir.
//! The document is built from an explicit work list, so a term nested 100,000
//! deep prints without deepening the Rust stack.

mod ansi;
mod atom;
pub mod doc_term;
mod escape;
mod ident_table;

use std::borrow::Cow;

use super::algebra::{self, concat, container_doc, text, ContainerBreak, Doc, Element};
use super::{format_float, Atom, Term};

pub use ansi::escape as ansi_escape;
pub use atom::{inspect_atom, inspect_key, inspect_remote_name, is_keyword_key};
pub use escape::{escape_quoted, is_printable};

/// `charlists:` — when a list of integers prints as `'abc'`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charlists {
    /// When every element is printable ASCII.
    Infer,
    AsLists,
    AsCharlists,
}

/// `binaries:` — when a binary prints as `"abc"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binaries {
    /// When it is printable UTF-8.
    Infer,
    AsBinaries,
    AsStrings,
}

/// `base:` — how integers print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    Decimal,
    Binary,
    Octal,
    Hex,
}

/// `%Inspect.Opts{}` as Rust sees it.
#[derive(Clone, Debug)]
pub struct Opts {
    /// How many elements of a list, tuple, map or binary to show; `None` is
    /// `:infinity`. Nested containers get what is left after their position.
    pub limit: Option<usize>,
    /// How many characters of a string or charlist to show.
    pub printable_limit: Option<usize>,
    /// The line width; `None` is `:infinity`.
    pub width: Option<usize>,
    /// Whether `inspect/2` lays out to the width.
    pub pretty: bool,
    pub charlists: Charlists,
    pub binaries: Binaries,
    pub base: Base,
    /// `structs: false` prints structs as maps.
    pub structs: bool,
    /// Whether a failing `Inspect` implementation prints as `#Inspect.Error<...>`.
    pub safe: bool,
    /// The keyword list of `syntax_colors:`, kept as given.
    pub syntax_colors: Term,
    /// The keyword list of `custom_options:`, for implementations to read.
    pub custom_options: Term,
    /// A custom `inspect_fun:`; `None` is `&Inspect.inspect/2`.
    pub inspect_fun: Option<Term>,
}

impl Default for Opts {
    /// Elixir's defaults: `limit: 50, printable_limit: 4096, width: 80`.
    fn default() -> Opts {
        Opts {
            limit: Some(50),
            printable_limit: Some(4096),
            width: Some(80),
            pretty: false,
            charlists: Charlists::Infer,
            binaries: Binaries::Infer,
            base: Base::Decimal,
            structs: true,
            safe: true,
            syntax_colors: Term::Nil,
            custom_options: Term::Nil,
            inspect_fun: None,
        }
    }
}

impl Opts {
    /// `limit: :infinity, printable_limit: :infinity`.
    pub fn unlimited() -> Opts {
        Opts {
            limit: None,
            printable_limit: None,
            ..Opts::default()
        }
    }

    /// Elixir's `color/3`: `doc` in the colour `syntax_colors` gives text of
    /// kind `key` (`:number`, `:atom`, ...), followed by the `:reset` colour.
    pub fn color(&self, doc: Doc, key: &str) -> Doc {
        if matches!(self.syntax_colors, Term::Nil) {
            return doc;
        }
        match keyword_get(&self.syntax_colors, key) {
            None => doc,
            Some(Term::Atom(a)) if *a == Atom::NIL => doc,
            Some(before) => {
                let after = keyword_get(&self.syntax_colors, "reset")
                    .cloned()
                    .unwrap_or_else(|| Term::atom("reset"));
                concat(
                    Doc::Color(Box::new(doc), before.clone()),
                    Doc::Color(Box::new(Doc::Nil), after),
                )
            }
        }
    }

    fn with_limit(&self, limit: Option<usize>) -> Opts {
        Opts {
            limit,
            ..self.clone()
        }
    }
}

fn keyword_get<'a>(list: &'a Term, key: &str) -> Option<&'a Term> {
    let mut cur = list;
    while let Term::Cons(cell) = cur {
        if let Some([Term::Atom(k), v]) = cell.head.as_tuple() {
            if k.name() == key {
                return Some(v);
            }
        }
        cur = &cell.tail;
    }
    None
}

/// Prints structs. The VM implements it by calling the struct's `Inspect`
/// implementation; `None` prints the struct as a plain map.
pub trait Structs {
    fn struct_doc(&mut self, term: &Term, opts: &Opts) -> Option<Doc>;

    /// The document `inspect_fun` gives for `term`; `None` prints it as usual.
    fn custom_doc(&mut self, _fun: &Term, _term: &Term, _opts: &Opts) -> Option<Doc> {
        None
    }
}

/// How a struct is inspected where no VM is at hand (`inspect/1` from Rust):
/// installed by the VM. Returns `None` to print the struct as a plain map.
pub type StructHook = fn(&Term, &Opts) -> Option<Doc>;

static STRUCT_HOOK: std::sync::OnceLock<StructHook> = std::sync::OnceLock::new();

pub fn set_struct_hook(hook: StructHook) {
    let _ = STRUCT_HOOK.set(hook);
}

/// The `Structs` printer behind `to_doc/2`: the installed hook.
struct HookStructs;

impl Structs for HookStructs {
    fn struct_doc(&mut self, term: &Term, opts: &Opts) -> Option<Doc> {
        STRUCT_HOOK.get().and_then(|hook| hook(term, opts))
    }
}

/// `inspect(term)`.
pub fn inspect(term: &Term) -> String {
    inspect_with(term, &Opts::default())
}

/// `inspect(term, opts)`: one line unless `opts.pretty`.
pub fn inspect_with(term: &Term, opts: &Opts) -> String {
    let width = if opts.pretty { opts.width } else { None };
    algebra::format(&algebra::group(to_doc(term, opts)), width)
}

/// `inspect(term, pretty: true, width: width)`, as `IO.inspect/1` prints (width 80).
pub fn inspect_pretty(term: &Term, width: usize) -> String {
    inspect_pretty_with(term, &Opts::default(), width)
}

pub fn inspect_pretty_with(term: &Term, opts: &Opts, width: usize) -> String {
    algebra::format(&algebra::group(to_doc(term, opts)), Some(width))
}

/// The document for `term`, as `Inspect.Algebra.to_doc/2` builds it.
pub fn to_doc(term: &Term, opts: &Opts) -> Doc {
    to_doc_with(term, opts, &mut HookStructs)
}

/// `to_doc/2` with structs printed by `structs`.
pub fn to_doc_with(term: &Term, opts: &Opts, structs: &mut dyn Structs) -> Doc {
    Builder {
        opts,
        structs,
        plain_top: false,
    }
    .build(term, opts.limit)
}

/// The document of a map with these pairs: `%{a: 1}` when every key is a
/// keyword key, else `%{"a" => 1}`.
pub fn map_to_doc(pairs: &[(Term, Term)], opts: &Opts) -> Doc {
    to_doc(&Term::Map(super::Map::from_pairs(pairs.to_vec())), opts)
}

/// The document of `term` with a struct at the top printed as a plain map
/// (`Inspect.Map.inspect/2`); structs inside still print as themselves.
pub fn plain_doc_with(term: &Term, opts: &Opts, structs: &mut dyn Structs) -> Doc {
    Builder {
        opts,
        structs,
        plain_top: true,
    }
    .build(term, opts.limit)
}

/// The fields of a struct between `left` and `right`: `%Name{a: 1}`, or
/// `#Name<a: 1, ...>` with `dots` when some fields are hidden.
pub fn fields_doc(
    left: &str,
    fields: &[(Atom, Term)],
    dots: bool,
    right: &str,
    opts: &Opts,
    structs: &mut dyn Structs,
) -> Doc {
    let mut b = Builder {
        opts,
        structs,
        plain_top: false,
    };
    let mut elements = Vec::with_capacity(fields.len() + 1);
    let mut cut = false;
    for (i, (k, v)) in fields.iter().enumerate() {
        if opts.limit == Some(i) {
            cut = true;
            break;
        }
        let limit = child_limit(opts.limit, i);
        let value = b.build(v, limit);
        elements.push(Element::Item(b.keyword_item(*k, value)));
    }
    if cut || dots {
        elements.push(Element::Item(text("...")));
    }
    container_doc(
        opts.color(text(left.to_string()), "map"),
        elements,
        opts.color(text(right.to_string()), "map"),
        ContainerBreak::Strict,
        opts.color(text(","), "map"),
    )
}

/// `&Mod.fun/1` or `#Function<0.1234/1 in Mod.fun/2>`.
pub fn inspect_fun(f: &super::Fun) -> String {
    match f {
        super::Fun::Export {
            module,
            name,
            arity,
        } => format!(
            "&{}.{}/{arity}",
            inspect_atom(module.name()),
            atom::inspect_remote_name(name.name())
        ),
        super::Fun::Closure { code, .. } => code.describe(),
    }
}

/// The middle numbers of every reference this node prints.
const REF_HIGH: u32 = 3_391_848_745;

/// The limit the element at `index` is inspected with: what is left after it.
fn child_limit(limit: Option<usize>, index: usize) -> Option<usize> {
    limit.map(|n| n.saturating_sub(index + 1))
}

/// How many of `len` elements a container shows under `limit`, and whether
/// `...` follows them.
fn shown(len: usize, limit: Option<usize>) -> (usize, bool) {
    match limit {
        Some(n) if n < len => (n, true),
        _ => (len, false),
    }
}

struct Builder<'o> {
    opts: &'o Opts,
    structs: &'o mut dyn Structs,
    /// Print a struct at the top as a map (consumed by the first visit).
    plain_top: bool,
}

/// Work for the builder, which keeps its own stack so that deeply nested terms
/// do not deepen the Rust stack.
enum Task<'a> {
    Visit(&'a Term, Option<usize>),
    /// Takes the documents of the last elements visited and builds a container.
    Finish(Container),
}

enum Container {
    Tuple {
        count: usize,
        more: bool,
    },
    /// With `improper`, the last two documents are the final head and the tail.
    List {
        count: usize,
        improper: bool,
        more: bool,
    },
    Keyword {
        keys: Vec<Atom>,
        more: bool,
    },
    /// With `keys`, the documents are the values of those keyword keys; without,
    /// they alternate key, value.
    Map {
        left: String,
        keys: Option<Vec<Atom>>,
        count: usize,
        more: bool,
    },
}

impl Builder<'_> {
    fn build(&mut self, term: &Term, limit: Option<usize>) -> Doc {
        let mut tasks = vec![Task::Visit(term, limit)];
        let mut done: Vec<Doc> = Vec::new();
        while let Some(task) = tasks.pop() {
            match task {
                Task::Visit(term, limit) => self.visit(term, limit, &mut tasks, &mut done),
                Task::Finish(container) => {
                    let doc = self.finish(container, &mut done);
                    done.push(doc);
                }
            }
        }
        done.pop().unwrap_or(Doc::Nil)
    }

    /// Pushes the document of a leaf onto `done`, or the work for a container
    /// onto `tasks`: its elements first, then the step that joins them.
    fn visit<'a>(
        &mut self,
        term: &'a Term,
        limit: Option<usize>,
        tasks: &mut Vec<Task<'a>>,
        done: &mut Vec<Doc>,
    ) {
        let start = tasks.len();
        let plain = std::mem::take(&mut self.plain_top);
        let o = self.opts;
        if let (Some(fun), false) = (&o.inspect_fun, plain) {
            if let Some(doc) = self.structs.custom_doc(fun, term, &o.with_limit(limit)) {
                done.push(doc);
                return;
            }
        }
        match term {
            Term::Int(i) => done.push(o.color(text(self.integer(*i)), "number")),
            Term::Big(b) => done.push(o.color(text(self.bigint(b)), "number")),
            Term::Float(f) => done.push(o.color(text(format_float(*f)), "number")),
            Term::Atom(a) => done.push(self.atom(*a)),
            Term::Binary(b) if !b.is_binary() => done.push(bits_doc(b, limit)),
            Term::Binary(b) => done.push(self.binary(b.as_bytes(), limit)),
            Term::Nil => done.push(o.color(text("[]"), "list")),
            Term::Map(m) => {
                if let (Some(_), true, false) = (m.struct_name(), o.structs, plain) {
                    let doc = self.structs.struct_doc(term, &o.with_limit(limit));
                    if let Some(doc) = doc {
                        done.push(doc);
                        return;
                    }
                }
                self.map(m, limit, tasks);
            }
            Term::Fun(f) => done.push(text(inspect_fun(f))),
            Term::Pid(n) => done.push(text(format!("#PID<0.{n}.0>"))),
            Term::Ref(n) => done.push(text(format!(
                "#Reference<0.{}.{}.{}>",
                REF_HIGH,
                (n >> 32) as u32,
                *n as u32
            ))),
            Term::Tuple(t) => {
                let elems = t.elems();
                let (count, more) = shown(elems.len(), limit);
                tasks.push(Task::Finish(Container::Tuple { count, more }));
                for (i, e) in elems.iter().take(count).enumerate() {
                    tasks.push(Task::Visit(e, child_limit(limit, i)));
                }
            }
            Term::Cons(_) => {
                if let Some(doc) = self.charlist(term) {
                    done.push(doc);
                } else if let Some(pairs) = keyword_pairs(term) {
                    let (count, more) = shown(pairs.len(), limit);
                    let keys = pairs.iter().take(count).map(|(k, _)| *k).collect();
                    tasks.push(Task::Finish(Container::Keyword { keys, more }));
                    for (i, (_, v)) in pairs.into_iter().take(count).enumerate() {
                        tasks.push(Task::Visit(v, child_limit(limit, i)));
                    }
                } else {
                    self.list(term, limit, tasks);
                }
            }
        }
        // Elements were pushed in order; the stack must pop them in order.
        if tasks.len() > start + 1 {
            tasks[start + 1..].reverse();
        }
    }

    fn list<'a>(&self, term: &'a Term, limit: Option<usize>, tasks: &mut Vec<Task<'a>>) {
        let finish = tasks.len();
        tasks.push(Task::Finish(Container::List {
            count: 0,
            improper: false,
            more: false,
        }));
        let (mut count, mut improper, mut more) = (0, false, false);
        let mut limit = limit;
        let mut cur = term;
        while let Term::Cons(cell) = cur {
            if limit == Some(0) {
                more = true;
                break;
            }
            limit = limit.map(|n| n - 1);
            tasks.push(Task::Visit(&cell.head, limit));
            count += 1;
            if !matches!(cell.tail, Term::Nil | Term::Cons(_)) {
                tasks.push(Task::Visit(&cell.tail, limit));
                improper = true;
            }
            cur = &cell.tail;
        }
        tasks[finish] = Task::Finish(Container::List {
            count,
            improper,
            more,
        });
    }

    /// Queues a map's keys and values, in print order (`compare_map_keys` for
    /// maps of up to 32 keys): `%{a: 1}` when every key is a keyword key, else
    /// `%{"a" => 1}`.
    fn map<'a>(&self, m: &'a super::Map, limit: Option<usize>, tasks: &mut Vec<Task<'a>>) {
        let pairs: Vec<(&Term, &Term)> = m.iter().collect();
        let keyword = pairs
            .iter()
            .all(|(k, _)| k.as_atom().is_some_and(|a| is_keyword_key(a.name())));
        let (count, more) = shown(pairs.len(), limit);
        let keys = keyword.then(|| {
            pairs
                .iter()
                .take(count)
                .filter_map(|(k, _)| k.as_atom())
                .collect()
        });
        tasks.push(Task::Finish(Container::Map {
            left: "%{".to_string(),
            keys,
            count,
            more,
        }));
        for (i, (k, v)) in pairs.into_iter().take(count).enumerate() {
            let limit = child_limit(limit, i);
            if !keyword {
                tasks.push(Task::Visit(k, limit));
            }
            tasks.push(Task::Visit(v, limit));
        }
    }

    /// Joins the last documents on `done` into the container they are elements of.
    fn finish(&self, container: Container, done: &mut Vec<Doc>) -> Doc {
        let o = self.opts;
        let (count, more) = match &container {
            Container::Tuple { count, more } => (*count, *more),
            Container::List {
                count,
                improper,
                more,
            } => (*count + usize::from(*improper), *more),
            Container::Keyword { keys, more } => (keys.len(), *more),
            Container::Map {
                keys, count, more, ..
            } => (if keys.is_some() { *count } else { *count * 2 }, *more),
        };
        let docs = done.split_off(done.len().saturating_sub(count));
        let mut elements: Vec<Element> = Vec::with_capacity(docs.len() + 1);
        let (left, right, mode, kind) = match container {
            Container::Tuple { .. } => {
                elements.extend(docs.into_iter().map(Element::Item));
                ("{".into(), "}", ContainerBreak::Flex, "tuple")
            }
            Container::Keyword { keys, .. } => {
                elements.extend(
                    keys.into_iter()
                        .zip(docs)
                        .map(|(k, v)| Element::Item(self.keyword_item(k, v))),
                );
                ("[".into(), "]", ContainerBreak::Strict, "list")
            }
            Container::List { improper, .. } => {
                let mut docs = docs.into_iter();
                let heads = if improper {
                    count.saturating_sub(2)
                } else {
                    count
                };
                elements.extend(docs.by_ref().take(heads).map(Element::Item));
                if let (Some(head), Some(tail)) = (docs.next(), docs.next()) {
                    elements.push(Element::Improper(head, tail));
                }
                ("[".into(), "]", ContainerBreak::Maybe, "list")
            }
            Container::Map { left, keys, .. } => {
                match keys {
                    Some(keys) => elements.extend(
                        keys.into_iter()
                            .zip(docs)
                            .map(|(k, v)| Element::Item(self.keyword_item(k, v))),
                    ),
                    None => {
                        let arrow = o.color(text(" => "), "map");
                        let mut docs = docs.into_iter();
                        while let (Some(k), Some(v)) = (docs.next(), docs.next()) {
                            elements.push(Element::Item(concat(concat(k, arrow.clone()), v)));
                        }
                    }
                }
                (Cow::Owned(left), "}", ContainerBreak::Strict, "map")
            }
        };
        if more {
            elements.push(Element::Item(text("...")));
        }
        container_doc(
            o.color(text(left), kind),
            elements,
            o.color(text(right), kind),
            mode,
            o.color(text(","), kind),
        )
    }

    /// `a: value`, the key coloured as an atom.
    fn keyword_item(&self, key: Atom, value: Doc) -> Doc {
        let shown = inspect_key(key.name());
        let name = shown.trim_end_matches(' ').to_string();
        concat(
            self.opts.color(text(name), "atom"),
            concat(text(" "), value),
        )
    }

    fn atom(&self, a: Atom) -> Doc {
        let kind = match a.name() {
            "nil" => "nil",
            "true" | "false" => "boolean",
            _ => "atom",
        };
        self.opts.color(text(inspect_atom(a.name())), kind)
    }

    fn integer(&self, i: i64) -> String {
        let (prefix, radix) = match self.opts.base {
            Base::Decimal => return i.to_string(),
            Base::Binary => ("0b", 2),
            Base::Octal => ("0o", 8),
            Base::Hex => ("0x", 16),
        };
        let sign = if i < 0 { "-" } else { "" };
        let digits = radix_digits(u128::from(i.unsigned_abs()), radix);
        format!("{sign}{prefix}{digits}")
    }

    fn bigint(&self, b: &super::BigInt) -> String {
        let (prefix, radix) = match self.opts.base {
            Base::Decimal => return b.to_string(),
            Base::Binary => ("0b", 2),
            Base::Octal => ("0o", 8),
            Base::Hex => ("0x", 16),
        };
        let sign = if b.sign() == num_bigint::Sign::Minus {
            "-"
        } else {
            ""
        };
        let digits = b.magnitude().to_str_radix(radix).to_uppercase();
        format!("{sign}{prefix}{digits}")
    }

    /// `'abc'` for a list that prints as a charlist under the `charlists:`
    /// option, cut to the printable limit as `'ab' ++ ...`.
    fn charlist(&self, list: &Term) -> Option<Doc> {
        let max = self.opts.printable_limit.unwrap_or(usize::MAX);
        let any_codepoint = match self.opts.charlists {
            Charlists::AsLists => return None,
            Charlists::AsCharlists => true,
            Charlists::Infer => false,
        };
        let mut chars = String::new();
        let mut count = 0usize;
        let mut cut = false;
        let mut cur = list;
        loop {
            match cur {
                Term::Nil => break,
                Term::Cons(cell) => {
                    let c = match cell.head {
                        Term::Int(c) if any_codepoint => {
                            u32::try_from(c).ok().and_then(char::from_u32)?
                        }
                        Term::Int(c)
                            if (0..=0x7F).contains(&c) && escape::is_ascii_printable(c as u32) =>
                        {
                            c as u8 as char
                        }
                        _ => return None,
                    };
                    if count == max {
                        // The infer rule looks no further than the limit.
                        cut = true;
                        if !any_codepoint {
                            break;
                        }
                    } else {
                        chars.push(c);
                        count += 1;
                    }
                    cur = &cell.tail;
                }
                _ => return None,
            }
        }
        let body = escape_quoted(&chars, '\'');
        let shown = if cut {
            format!("'{body}' ++ ...")
        } else {
            format!("'{body}'")
        };
        Some(self.opts.color(text(shown), "charlist"))
    }

    fn binary(&self, bytes: &[u8], limit: Option<usize>) -> Doc {
        let o = self.opts;
        let as_string = o.base == Base::Decimal
            && match o.binaries {
                Binaries::AsBinaries => false,
                Binaries::AsStrings => true,
                Binaries::Infer => printable_prefix(bytes, o.printable_limit).is_some(),
            };
        if !as_string {
            return self.bytes_doc(bytes, limit);
        }
        let (body, whole) = escape::escape_bytes(bytes, '"', o.printable_limit);
        let shown = if whole {
            format!("\"{body}\"")
        } else {
            format!("\"{body}\" <> ...")
        };
        o.color(text(shown), "string")
    }

    /// `<<1, 2, 3>>`, filling lines when pretty.
    fn bytes_doc(&self, bytes: &[u8], limit: Option<usize>) -> Doc {
        let o = self.opts;
        if bytes.is_empty() {
            return o.color(text("<<>>"), "binary");
        }
        let (shown, more) = shown(bytes.len(), limit);
        // Built from the end, as the right fold Elixir makes of the bytes.
        let mut inner = if more { text("...") } else { Doc::Nil };
        for (i, byte) in bytes.iter().enumerate().take(shown).rev() {
            let n = o.color(text(self.integer(i64::from(*byte))), "number");
            inner = if i + 1 == bytes.len() {
                n
            } else {
                algebra::flex_glue(concat(n, text(",")), inner)
            };
        }
        algebra::group(concat(
            concat(o.color(text("<<"), "binary"), algebra::nest(inner, 2)),
            o.color(text(">>"), "binary"),
        ))
    }
}

/// A bitstring that is not a binary: `<<1, 2::size(3)>>`, the last element
/// holding the bits past the last whole byte.
fn bits_doc(b: &super::Binary, limit: Option<usize>) -> Doc {
    let bytes = b.as_bytes();
    let rest = (b.bit_len() % 8) as u32;
    let whole = &bytes[..bytes.len() - 1];
    let last = bytes[bytes.len() - 1] >> (8 - rest);
    let (shown, more) = shown(whole.len() + 1, limit);
    let mut parts = Vec::with_capacity(shown * 2 + 1);
    for byte in whole.iter().take(shown) {
        parts.push(text(format!("{byte},")));
        parts.push(algebra::flex_break(" "));
    }
    if more {
        parts.push(text("..."));
    } else {
        parts.push(text(format!("{last}::size({rest})")));
    }
    let inner = algebra::nest(algebra::concat_all(parts), 2);
    algebra::group(algebra::concat_all(vec![text("<<"), inner, text(">>")]))
}

fn radix_digits(mut n: u128, radix: u32) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let mut digits = Vec::new();
    while n > 0 {
        let d = (n % u128::from(radix)) as u32;
        digits.push(
            char::from_digit(d, radix)
                .unwrap_or('0')
                .to_ascii_uppercase(),
        );
        n /= u128::from(radix);
    }
    digits.iter().rev().collect()
}

/// The longest printable prefix Elixir shows of a binary: the text of its first
/// `limit` characters and whether that is the whole binary, or `None` if one of
/// those characters is invalid UTF-8 or not printable.
fn printable_prefix(bytes: &[u8], limit: Option<usize>) -> Option<(&str, bool)> {
    let max = limit.unwrap_or(usize::MAX);
    let mut end = 0usize;
    let mut count = 0usize;
    while end < bytes.len() {
        if count == max {
            let prefix = std::str::from_utf8(&bytes[..end]).ok()?;
            return Some((prefix, false));
        }
        let width = utf8_width(bytes[end]);
        let piece = bytes.get(end..end + width)?;
        let c = std::str::from_utf8(piece).ok()?.chars().next()?;
        if !is_printable(c) {
            return None;
        }
        end += width;
        count += 1;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    Some((text, true))
}

fn utf8_width(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// The pairs of a keyword list: a proper list of `{atom, value}` whose keys are
/// not module names.
fn keyword_pairs(list: &Term) -> Option<Vec<(Atom, &Term)>> {
    let mut out = Vec::new();
    let mut cur = list;
    loop {
        match cur {
            Term::Nil => return Some(out),
            Term::Cons(cell) => {
                match cell.head.as_tuple() {
                    Some([Term::Atom(a), v]) if is_keyword_key(a.name()) => out.push((*a, v)),
                    _ => return None,
                }
                cur = &cell.tail;
            }
            _ => return None,
        }
    }
}
