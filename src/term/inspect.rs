//! `inspect/1` for terms, exactly as Elixir 1.14 prints them. A term becomes a
//! document (see `algebra`), laid out on one line for `inspect/1` or broken to a
//! width for `IO.inspect/1` (`pretty: true, width: 80`). Element limits
//! (`limit: 50`) and string limits (`printable_limit: 4096`) work as in Elixir.
//! The document is built from an explicit work list, so a term nested 100,000
//! deep prints without deepening the Rust stack.

mod atom;
mod escape;
mod ident_table;

use super::algebra::{self, concat, concat_all, container_doc, text, ContainerBreak, Doc, Element};
use super::{format_float, Atom, Term};

pub use atom::{inspect_atom, inspect_key, inspect_remote_name, is_keyword_key};
pub use escape::{escape_quoted, is_printable};

/// The options of `inspect/2` that plain terms respond to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opts {
    /// How many elements of a list, tuple, map or binary to show; `None` is
    /// `:infinity`. Nested containers get what is left after their position.
    pub limit: Option<usize>,
    /// How many characters of a string or charlist to show.
    pub printable_limit: Option<usize>,
}

impl Default for Opts {
    /// Elixir's defaults: `limit: 50, printable_limit: 4096`.
    fn default() -> Opts {
        Opts {
            limit: Some(50),
            printable_limit: Some(4096),
        }
    }
}

impl Opts {
    /// `limit: :infinity, printable_limit: :infinity`.
    pub fn unlimited() -> Opts {
        Opts {
            limit: None,
            printable_limit: None,
        }
    }
}

/// `inspect(term)`.
pub fn inspect(term: &Term) -> String {
    inspect_with(term, &Opts::default())
}

/// `inspect(term, opts)` with `pretty: false`.
pub fn inspect_with(term: &Term, opts: &Opts) -> String {
    algebra::format(&to_doc(term, opts), None)
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
    Builder { opts: *opts }.build(term, opts.limit)
}

/// The document for a map given its pairs in print order (`compare_map_keys` for
/// maps of up to 32 keys): `%{a: 1}` when every key is a keyword key, else
/// `%{"a" => 1}`.
pub fn map_to_doc(pairs: &[(Term, Term)], opts: &Opts) -> Doc {
    named_map_to_doc("%{".to_string(), pairs, opts)
}

/// A map's document opening with `left` (`%{`, or `%Name{` for a struct).
pub fn named_map_to_doc(left: String, pairs: &[(Term, Term)], opts: &Opts) -> Doc {
    let b = Builder { opts: *opts };
    let keyword = pairs
        .iter()
        .all(|(k, _)| k.as_atom().is_some_and(|a| is_keyword_key(a.name())));
    let (shown, more) = shown(pairs.len(), opts.limit);
    let mut elements = Vec::with_capacity(shown + 1);
    for (i, (k, v)) in pairs.iter().take(shown).enumerate() {
        let limit = child_limit(opts.limit, i);
        let doc = match k.as_atom() {
            Some(a) if keyword => concat(text(inspect_key(a.name())), b.build(v, limit)),
            _ => concat_all(vec![b.build(k, limit), text(" => "), b.build(v, limit)]),
        };
        elements.push(Element::Item(doc));
    }
    if more {
        elements.push(Element::Item(text("...")));
    }
    container_doc(text(left), elements, text("}"), ContainerBreak::Strict, ",")
}

/// How a struct is inspected: installed by the VM, which runs the struct's
/// `Inspect` implementation. Returns `None` to print the struct as a plain map.
pub type StructHook = fn(&Term, &Opts) -> Option<Doc>;

static STRUCT_HOOK: std::sync::OnceLock<StructHook> = std::sync::OnceLock::new();

pub fn set_struct_hook(hook: StructHook) {
    let _ = STRUCT_HOOK.set(hook);
}

/// The middle numbers of every reference this node prints.
const REF_HIGH: u32 = 3_391_848_745;

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

/// How many of `len` elements a container shows under `limit`, and whether
/// `...` follows them.
fn shown(len: usize, limit: Option<usize>) -> (usize, bool) {
    match limit {
        Some(n) if n < len => (n, true),
        _ => (len, false),
    }
}

/// The limit the element at `index` is inspected with: what is left after it.
fn child_limit(limit: Option<usize>, index: usize) -> Option<usize> {
    limit.map(|n| n.saturating_sub(index + 1))
}

struct Builder {
    opts: Opts,
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
        keys: Vec<String>,
        more: bool,
    },
}

impl Builder {
    fn build(&self, term: &Term, limit: Option<usize>) -> Doc {
        let mut tasks = vec![Task::Visit(term, limit)];
        let mut done: Vec<Doc> = Vec::new();
        while let Some(task) = tasks.pop() {
            match task {
                Task::Visit(term, limit) => self.visit(term, limit, &mut tasks, &mut done),
                Task::Finish(container) => {
                    let doc = finish(container, &mut done);
                    done.push(doc);
                }
            }
        }
        done.pop().unwrap_or(Doc::Nil)
    }

    /// Pushes the document of a leaf onto `done`, or the work for a container
    /// onto `tasks`: its elements first, then the step that joins them.
    fn visit<'a>(
        &self,
        term: &'a Term,
        limit: Option<usize>,
        tasks: &mut Vec<Task<'a>>,
        done: &mut Vec<Doc>,
    ) {
        let start = tasks.len();
        match term {
            Term::Int(i) => done.push(text(i.to_string())),
            Term::Big(b) => done.push(text(b.to_string())),
            Term::Float(f) => done.push(text(format_float(*f))),
            Term::Atom(a) => done.push(text(inspect_atom(a.name()))),
            Term::Binary(b) if !b.is_binary() => done.push(bits_doc(b, limit)),
            Term::Binary(b) => done.push(self.binary(b.as_bytes(), limit)),
            Term::Nil => done.push(text("[]")),
            Term::Map(m) => done.push(self.map(term, m, limit)),
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
                    let keys = pairs
                        .iter()
                        .take(count)
                        .map(|(k, _)| inspect_key(k.name()))
                        .collect();
                    tasks.push(Task::Finish(Container::Keyword { keys, more }));
                    for (i, (_, v)) in pairs.into_iter().take(count).enumerate() {
                        tasks.push(Task::Visit(v, child_limit(limit, i)));
                    }
                } else {
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
            }
        }
        // Elements were pushed in order; the stack must pop them in order.
        if tasks.len() > start + 1 {
            tasks[start + 1..].reverse();
        }
    }

    /// `'abc'` for a proper list of printable ASCII codes, cut to the printable
    /// limit as `'ab' ++ ...`.
    fn charlist(&self, list: &Term) -> Option<Doc> {
        let max = self.opts.printable_limit.unwrap_or(usize::MAX);
        let mut chars = String::new();
        let mut count = 0usize;
        let mut cur = list;
        loop {
            match cur {
                Term::Nil => break,
                _ if count == max => {
                    let body = escape_quoted(&chars, '\'');
                    return Some(text(format!("'{body}' ++ ...")));
                }
                Term::Cons(cell) => match cell.head {
                    Term::Int(c)
                        if (0..=0x7F).contains(&c) && escape::is_ascii_printable(c as u32) =>
                    {
                        chars.push(c as u8 as char);
                        count += 1;
                        cur = &cell.tail;
                    }
                    _ => return None,
                },
                _ => return None,
            }
        }
        Some(text(format!("'{}'", escape_quoted(&chars, '\''))))
    }

    fn map(&self, term: &Term, m: &super::Map, limit: Option<usize>) -> Doc {
        if m.struct_name().is_some() {
            if let Some(hook) = STRUCT_HOOK.get() {
                let opts = Opts { limit, ..self.opts };
                if let Some(doc) = hook(term, &opts) {
                    return doc;
                }
            }
        }
        let opts = Opts { limit, ..self.opts };
        map_to_doc(&m.pairs(), &opts)
    }

    fn binary(&self, bytes: &[u8], limit: Option<usize>) -> Doc {
        match printable_prefix(bytes, self.opts.printable_limit) {
            Some((prefix, true)) => text(format!("\"{}\"", escape_quoted(prefix, '"'))),
            Some((prefix, false)) => text(format!("\"{}\" <> ...", escape_quoted(prefix, '"'))),
            None => bytes_doc(bytes, limit),
        }
    }
}

/// Joins the last documents on `done` into the container they are elements of.
fn finish(container: Container, done: &mut Vec<Doc>) -> Doc {
    let (count, more) = match &container {
        Container::Tuple { count, more } => (*count, *more),
        Container::List {
            count,
            improper,
            more,
        } => (*count + usize::from(*improper), *more),
        Container::Keyword { keys, more } => (keys.len(), *more),
    };
    let (left, right, mode) = match &container {
        Container::Tuple { .. } => ("{", "}", ContainerBreak::Flex),
        Container::List { .. } => ("[", "]", ContainerBreak::Maybe),
        Container::Keyword { .. } => ("[", "]", ContainerBreak::Strict),
    };
    let docs = done.split_off(done.len().saturating_sub(count));
    let mut elements: Vec<Element> = Vec::with_capacity(docs.len() + 1);
    match container {
        Container::Tuple { .. } => elements.extend(docs.into_iter().map(Element::Item)),
        Container::Keyword { keys, .. } => elements.extend(
            keys.into_iter()
                .zip(docs)
                .map(|(k, v)| Element::Item(concat(text(k), v))),
        ),
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
        }
    }
    if more {
        elements.push(Element::Item(text("...")));
    }
    container_doc(text(left), elements, text(right), mode, ",")
}

/// `<<1, 2, 3>>`, filling lines when pretty.
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
    let inner = algebra::nest(concat_all(parts), 2);
    algebra::group(concat_all(vec![text("<<"), inner, text(">>")]))
}

fn bytes_doc(bytes: &[u8], limit: Option<usize>) -> Doc {
    let (shown, more) = shown(bytes.len(), limit);
    let mut parts = Vec::with_capacity(shown * 2 + 1);
    for (i, byte) in bytes.iter().take(shown).enumerate() {
        if i + 1 == bytes.len() {
            parts.push(text(byte.to_string()));
        } else {
            parts.push(text(format!("{byte},")));
            parts.push(algebra::flex_break(" "));
        }
    }
    if more {
        parts.push(text("..."));
    }
    let inner = algebra::nest(concat_all(parts), 2);
    algebra::group(concat_all(vec![text("<<"), inner, text(">>")]))
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
