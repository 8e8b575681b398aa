//! Terms: the values every later stage works on, from the quoted form the parser
//! builds to the data processes send each other. A `Term` is 16 bytes, immutable,
//! `Send + Sync`; large parts are `Arc`-shared so copying one is O(1).

pub mod algebra;
mod atom;
mod binary;
mod float;
mod fun;
pub mod hash;
pub mod inspect;
mod map;
mod order;

use std::sync::Arc;

pub use atom::Atom;
pub use binary::Binary;
pub use float::format_float;
pub use fun::Fun;
pub use inspect::{inspect, inspect_pretty, inspect_with};
pub use map::{Map, MapInner, MapIter, MapKey, FLAT_LIMIT};
pub use num_bigint::BigInt;
pub use order::{compare, compare_exact, compare_map_keys, loose_eq};

/// One Elixir value.
#[derive(Clone, Debug)]
pub enum Term {
    /// A small integer; arithmetic promotes to `Big` on overflow.
    Int(i64),
    /// An integer outside i64. Always normalised: never holds a value that fits in i64.
    Big(Arc<BigInt>),
    Float(f64),
    Atom(Atom),
    /// A byte-aligned binary (every string is one).
    Binary(Binary),
    /// The empty list `[]`.
    Nil,
    /// A cons cell; the tail need not be a list (improper lists are allowed).
    Cons(Arc<Cons>),
    Tuple(Tuple),
    Map(Map),
    Fun(Arc<Fun>),
    /// A process identifier, `#PID<0.N.0>`.
    Pid(u64),
    /// A reference from `make_ref/0`.
    Ref(u64),
}

#[derive(Debug)]
pub struct Cons {
    pub head: Term,
    pub tail: Term,
}

impl Drop for Cons {
    /// Frees the tail's cells in a loop (a list may be a million cells long) and
    /// heads by plain recursion while the nesting is shallow; past a limit the
    /// rest goes to `drop_deep`, so no nesting can overflow the Rust stack.
    fn drop(&mut self) {
        if !is_container(&self.head) && !is_container(&self.tail) {
            return;
        }
        let head = std::mem::replace(&mut self.head, Term::Nil);
        let tail = std::mem::replace(&mut self.tail, Term::Nil);
        if !enter_drop() {
            drop_deep(head);
            drop_deep(tail);
            return;
        }
        drop(head);
        let mut tail = tail;
        loop {
            match std::mem::replace(&mut tail, Term::Nil) {
                Term::Cons(cell) => match Arc::try_unwrap(cell) {
                    Ok(mut cell) => {
                        drop(std::mem::replace(&mut cell.head, Term::Nil));
                        tail = std::mem::replace(&mut cell.tail, Term::Nil);
                    }
                    Err(shared) => {
                        drop(shared);
                        break;
                    }
                },
                other => {
                    drop(other);
                    break;
                }
            }
        }
        leave_drop();
    }
}

/// How deep nested drops may recurse before switching to a work list.
const DROP_RECURSION_LIMIT: u32 = 256;

thread_local! {
    static DROP_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Takes one level of drop recursion; false when the limit is reached.
fn enter_drop() -> bool {
    DROP_DEPTH.with(|d| {
        let depth = d.get();
        if depth >= DROP_RECURSION_LIMIT {
            false
        } else {
            d.set(depth + 1);
            true
        }
    })
}

fn leave_drop() {
    DROP_DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
}

fn is_container(t: &Term) -> bool {
    matches!(t, Term::Cons(_) | Term::Tuple(_))
}

/// Drops `term` with an explicit work list: every cell or tuple this was the
/// last owner of is emptied into the list before it is freed.
fn drop_deep(term: Term) {
    let mut pending: Vec<Term> = Vec::new();
    let mut next = Some(term);
    while let Some(t) = next.take().or_else(|| pending.pop()) {
        match t {
            Term::Cons(cell) => {
                if let Ok(mut cell) = Arc::try_unwrap(cell) {
                    let head = std::mem::replace(&mut cell.head, Term::Nil);
                    if is_container(&head) {
                        pending.push(head);
                    }
                    next = Some(std::mem::replace(&mut cell.tail, Term::Nil));
                }
            }
            Term::Tuple(mut tuple) => tuple.0.with_arc_mut(|arc| {
                if let Some(inner) = triomphe::Arc::get_mut(arc) {
                    for e in inner.slice_mut().iter_mut() {
                        if is_container(e) {
                            pending.push(std::mem::replace(e, Term::Nil));
                        }
                    }
                }
            }),
            _ => {}
        }
    }
}

/// A tuple's elements: one allocation holding the count and the elements,
/// behind a thin pointer so that `Term` stays 16 bytes.
#[derive(Clone)]
pub struct Tuple(triomphe::ThinArc<(), Term>);

impl std::fmt::Debug for Tuple {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Tuple").field(&self.elems()).finish()
    }
}

impl Drop for Tuple {
    /// See `Cons::drop`: recursion while shallow, a work list past the limit.
    fn drop(&mut self) {
        self.0.with_arc_mut(|arc| {
            let Some(inner) = triomphe::Arc::get_mut(arc) else {
                return;
            };
            let elems = inner.slice_mut();
            if !elems.iter().any(is_container) {
                return;
            }
            let deep = !enter_drop();
            for e in elems.iter_mut() {
                if is_container(e) {
                    let e = std::mem::replace(e, Term::Nil);
                    if deep {
                        drop_deep(e);
                    } else {
                        drop(e);
                    }
                }
            }
            if !deep {
                leave_drop();
            }
        })
    }
}

impl Tuple {
    pub fn new(elems: impl Into<Box<[Term]>>) -> Tuple {
        let elems: Box<[Term]> = elems.into();
        Tuple(triomphe::ThinArc::from_header_and_iter(
            (),
            elems.into_vec().into_iter(),
        ))
    }

    /// A tuple of copies of `elems`, made in place.
    pub fn from_slice(elems: &[Term]) -> Tuple {
        Tuple(triomphe::ThinArc::from_header_and_iter(
            (),
            elems.iter().cloned(),
        ))
    }

    pub fn elems(&self) -> &[Term] {
        &self.0.slice
    }

    /// The same tuple (not merely an equal one).
    pub fn same(&self, other: &Tuple) -> bool {
        std::ptr::eq(self.elems().as_ptr(), other.elems().as_ptr())
    }
}

impl Term {
    pub fn atom(name: &str) -> Term {
        Term::Atom(Atom::new(name))
    }

    pub fn string(s: &str) -> Term {
        Term::Binary(Binary::from_slice(s.as_bytes()))
    }

    pub fn binary(bytes: impl Into<Box<[u8]>>) -> Term {
        Term::Binary(Binary::new(bytes))
    }

    pub fn tuple(elems: impl Into<Box<[Term]>>) -> Term {
        Term::Tuple(Tuple::new(elems))
    }

    pub fn cons(head: Term, tail: Term) -> Term {
        Term::Cons(Arc::new(Cons { head, tail }))
    }

    pub fn bool(b: bool) -> Term {
        Term::Atom(if b { Atom::TRUE } else { Atom::FALSE })
    }

    pub fn nil() -> Term {
        Term::Atom(Atom::NIL)
    }

    /// A proper list of `items`.
    pub fn list(items: impl IntoIterator<Item = Term, IntoIter: DoubleEndedIterator>) -> Term {
        Term::improper_list(items, Term::Nil)
    }

    /// A list of `items` ending in `tail` instead of `[]`.
    pub fn improper_list(
        items: impl IntoIterator<Item = Term, IntoIter: DoubleEndedIterator>,
        tail: Term,
    ) -> Term {
        items
            .into_iter()
            .rev()
            .fold(tail, |acc, item| Term::cons(item, acc))
    }

    /// An integer from a bignum, narrowed to `Int` when it fits.
    pub fn from_bigint(n: BigInt) -> Term {
        use num_traits::ToPrimitive;
        match n.to_i64() {
            Some(i) => Term::Int(i),
            None => Term::Big(Arc::new(n)),
        }
    }

    pub fn as_atom(&self) -> Option<Atom> {
        match self {
            Term::Atom(a) => Some(*a),
            _ => None,
        }
    }

    pub fn as_tuple(&self) -> Option<&[Term]> {
        match self {
            Term::Tuple(t) => Some(t.elems()),
            _ => None,
        }
    }

    pub fn is_atom(&self, name: Atom) -> bool {
        matches!(self, Term::Atom(a) if *a == name)
    }

    /// The elements of a proper list, or `None` for anything else.
    pub fn list_to_vec(&self) -> Option<Vec<Term>> {
        let mut out = Vec::with_capacity(8);
        let mut cur = self;
        loop {
            match cur {
                Term::Nil => return Some(out),
                Term::Cons(c) => {
                    out.push(c.head.clone());
                    cur = &c.tail;
                }
                _ => return None,
            }
        }
    }
}

impl PartialEq for Term {
    /// Exact equality (`===`): `1 === 1.0` is false.
    fn eq(&self, other: &Term) -> bool {
        order::exact_eq(self, other)
    }
}

#[cfg(test)]
mod tests;
