//! `inspect/1` for terms, exactly as Elixir 1.14 prints them. A term becomes a
//! document (see `algebra`), laid out on one line for `inspect/1` or broken to a
//! width for `IO.inspect/1` (`pretty: true, width: 80`). Element limits
//! (`limit: 50`) and string limits (`printable_limit: 4096`) work as in Elixir.

mod atom;
mod escape;
mod ident_table;

use super::algebra::{self, concat_all, container_doc, text, ContainerBreak, Doc, Element};
use super::{format_float, Term};

pub use atom::{inspect_atom, inspect_key, is_keyword_key};
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
    Builder { opts: *opts }.doc(term, opts.limit)
}

/// The document for a map given its pairs in print order (Erlang term order for
/// maps of up to 32 keys): `%{a: 1}` when every key is a keyword key, else
/// `%{"a" => 1}`.
pub fn map_to_doc(pairs: &[(Term, Term)], opts: &Opts) -> Doc {
    let b = Builder { opts: *opts };
    let keyword = pairs
        .iter()
        .all(|(k, _)| k.as_atom().is_some_and(|a| is_keyword_key(a.name())));
    let elements = b.limited(pairs.iter(), pairs.len(), opts.limit, |(k, v), limit| {
        if keyword {
            b.keyword_pair(k, v, limit)
        } else {
            concat_all(vec![b.doc(k, limit), text(" => "), b.doc(v, limit)])
        }
    });
    container_doc(text("%{"), elements, text("}"), ContainerBreak::Strict, ",")
}

struct Builder {
    opts: Opts,
}

fn decrement(limit: Option<usize>) -> Option<usize> {
    limit.map(|n| n.saturating_sub(1))
}

impl Builder {
    fn doc(&self, term: &Term, limit: Option<usize>) -> Doc {
        match term {
            Term::Int(i) => text(i.to_string()),
            Term::Big(b) => text(b.to_string()),
            Term::Float(f) => text(format_float(*f)),
            Term::Atom(a) => text(inspect_atom(a.name())),
            Term::Binary(b) => self.binary(b.as_bytes(), limit),
            Term::Nil => text("[]"),
            Term::Cons(_) => self.list(term, limit),
            Term::Tuple(t) => {
                let elems = t.elems();
                let elements =
                    self.limited(elems.iter(), elems.len(), limit, |e, l| self.doc(e, l));
                container_doc(text("{"), elements, text("}"), ContainerBreak::Flex, ",")
            }
        }
    }

    /// The container elements for `items` under `limit`: each element gets the
    /// limit left after it, and `...` stands for the rest once it runs out.
    fn limited<'a, T: 'a>(
        &self,
        items: impl Iterator<Item = &'a T>,
        len: usize,
        mut limit: Option<usize>,
        mut render: impl FnMut(&'a T, Option<usize>) -> Doc,
    ) -> Vec<Element> {
        let mut out = Vec::with_capacity(len.min(limit.unwrap_or(len)) + 1);
        for item in items {
            if limit == Some(0) {
                out.push(Element::Item(text("...")));
                break;
            }
            limit = decrement(limit);
            out.push(Element::Item(render(item, limit)));
        }
        out
    }

    fn keyword_pair(&self, key: &Term, value: &Term, limit: Option<usize>) -> Doc {
        let key = match key.as_atom() {
            Some(a) => inspect_key(a.name()),
            None => String::new(),
        };
        concat_all(vec![text(key), self.doc(value, limit)])
    }

    fn list(&self, list: &Term, limit: Option<usize>) -> Doc {
        if let Some(doc) = self.charlist(list) {
            return doc;
        }
        if let Some(pairs) = keyword_pairs(list) {
            let elements = self.limited(pairs.iter(), pairs.len(), limit, |(k, v), l| {
                self.keyword_pair(k, v, l)
            });
            return container_doc(text("["), elements, text("]"), ContainerBreak::Strict, ",");
        }
        let mut elements = Vec::new();
        let mut limit = limit;
        let mut cur = list;
        while let Term::Cons(cell) = cur {
            if limit == Some(0) {
                elements.push(Element::Item(text("...")));
                break;
            }
            limit = decrement(limit);
            let head = self.doc(&cell.head, limit);
            match &cell.tail {
                Term::Nil | Term::Cons(_) => elements.push(Element::Item(head)),
                tail => elements.push(Element::Improper(head, self.doc(tail, limit))),
            }
            cur = &cell.tail;
        }
        container_doc(text("["), elements, text("]"), ContainerBreak::Maybe, ",")
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

    fn binary(&self, bytes: &[u8], limit: Option<usize>) -> Doc {
        match printable_prefix(bytes, self.opts.printable_limit) {
            Some((prefix, true)) => text(format!("\"{}\"", escape_quoted(prefix, '"'))),
            Some((prefix, false)) => text(format!("\"{}\" <> ...", escape_quoted(prefix, '"'))),
            None => self.bytes(bytes, limit),
        }
    }

    /// `<<1, 2, 3>>`, filling lines when pretty.
    fn bytes(&self, bytes: &[u8], limit: Option<usize>) -> Doc {
        let mut parts = Vec::with_capacity(bytes.len().min(limit.unwrap_or(usize::MAX)) * 2 + 1);
        let mut limit = limit;
        for (i, byte) in bytes.iter().enumerate() {
            if limit == Some(0) {
                parts.push(text("..."));
                break;
            }
            if i + 1 == bytes.len() {
                parts.push(text(byte.to_string()));
            } else {
                parts.push(text(format!("{byte},")));
                parts.push(algebra::flex_break(" "));
            }
            limit = decrement(limit);
        }
        algebra::group(concat_all(vec![
            text("<<"),
            algebra::nest(concat_all(parts), 2),
            text(">>"),
        ]))
    }
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
fn keyword_pairs(list: &Term) -> Option<Vec<(Term, Term)>> {
    let mut out = Vec::new();
    let mut cur = list;
    loop {
        match cur {
            Term::Nil => return Some(out),
            Term::Cons(cell) => {
                match cell.head.as_tuple() {
                    Some([k @ Term::Atom(a), v]) if is_keyword_key(a.name()) => {
                        out.push((k.clone(), v.clone()))
                    }
                    _ => return None,
                }
                cur = &cell.tail;
            }
            _ => return None,
        }
    }
}
