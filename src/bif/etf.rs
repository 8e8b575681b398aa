//! The external term format of `term_to_binary/1` and `binary_to_term/1`,
//! byte for byte as OTP 25 writes it for numbers, atoms (latin1 when they can
//! be), binaries, lists, tuples, maps, external funs, pids and references.
//! Closures cannot be written: their code has no portable form here.

use num_bigint::{BigInt, Sign};

use super::args::{self, bif};
use super::{Bif, BifResult};
use crate::term::{Atom, Fun, Map, Term};
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    bif("erlang", "term_to_binary", 1, |a| encode_term(&a[0])),
    bif("erlang", "term_to_binary", 2, |a| {
        args::list(&a[1], 2)?;
        encode_term(&a[0])
    }),
    bif("erlang", "term_to_iovec", 1, |a| {
        Ok(Term::list(vec![encode_term(&a[0])?]))
    }),
    bif("erlang", "binary_to_term", 1, |a| decode_term(&a[0])),
    bif("erlang", "binary_to_term", 2, |a| {
        args::list(&a[1], 2)?;
        decode_term(&a[0])
    }),
];

const VERSION: u8 = 131;
const NEW_FLOAT: u8 = 70;
const NEW_PID: u8 = 88;
const NEWER_REFERENCE: u8 = 90;
const SMALL_INTEGER: u8 = 97;
const INTEGER: u8 = 98;
const FLOAT: u8 = 99;
const ATOM: u8 = 100;
const SMALL_TUPLE: u8 = 104;
const LARGE_TUPLE: u8 = 105;
const NIL: u8 = 106;
const STRING: u8 = 107;
const LIST: u8 = 108;
const BINARY: u8 = 109;
const SMALL_BIG: u8 = 110;
const LARGE_BIG: u8 = 111;
const EXPORT: u8 = 113;
const SMALL_ATOM: u8 = 115;
const MAP: u8 = 116;
const ATOM_UTF8: u8 = 118;
const SMALL_ATOM_UTF8: u8 = 119;

/// The node every local pid and reference belongs to.
const NODE: &str = "nonode@nohost";

fn encode_term(t: &Term) -> BifResult {
    let mut out = vec![VERSION];
    encode(t, &mut out)?;
    Ok(Term::binary(out))
}

pub fn encode(t: &Term, out: &mut Vec<u8>) -> Result<(), Exception> {
    // Work list of terms still to write, so deep nesting cannot overflow.
    let mut stack = vec![t.clone()];
    while let Some(t) = stack.pop() {
        match &t {
            Term::Int(i) if (0..=255).contains(i) => out.extend([SMALL_INTEGER, *i as u8]),
            Term::Int(i) if i32::try_from(*i).is_ok() => {
                out.push(INTEGER);
                out.extend((*i as i32).to_be_bytes());
            }
            Term::Int(i) => encode_big(&BigInt::from(*i), out),
            Term::Big(b) => encode_big(b, out),
            Term::Float(f) => {
                out.push(NEW_FLOAT);
                out.extend(f.to_bits().to_be_bytes());
            }
            Term::Atom(a) => encode_atom(a.name(), out),
            Term::Binary(b) => {
                out.push(BINARY);
                out.extend((b.as_bytes().len() as u32).to_be_bytes());
                out.extend_from_slice(b.as_bytes());
            }
            Term::Nil => out.push(NIL),
            Term::Cons(_) => encode_list(&t, out, &mut stack),
            Term::Tuple(tu) => {
                let elems = tu.elems();
                if elems.len() < 256 {
                    out.extend([SMALL_TUPLE, elems.len() as u8]);
                } else {
                    out.push(LARGE_TUPLE);
                    out.extend((elems.len() as u32).to_be_bytes());
                }
                stack.extend(elems.iter().rev().cloned());
            }
            Term::Map(m) => {
                out.push(MAP);
                out.extend((m.len() as u32).to_be_bytes());
                for (k, v) in m.pairs().into_iter().rev() {
                    stack.push(v);
                    stack.push(k);
                }
            }
            Term::Fun(f) => match &**f {
                Fun::Export {
                    module,
                    name,
                    arity,
                } => {
                    out.push(EXPORT);
                    encode_atom(module.name(), out);
                    encode_atom(name.name(), out);
                    out.extend([SMALL_INTEGER, *arity as u8]);
                }
                Fun::Closure { .. } => return Err(Exception::badarg()),
            },
            Term::Pid(p) => {
                out.push(NEW_PID);
                encode_atom(NODE, out);
                out.extend((*p as u32).to_be_bytes());
                out.extend(((*p >> 32) as u32).to_be_bytes());
                out.extend(0u32.to_be_bytes());
            }
            Term::Ref(r) => {
                out.push(NEWER_REFERENCE);
                out.extend(2u16.to_be_bytes());
                encode_atom(NODE, out);
                out.extend(0u32.to_be_bytes());
                out.extend((*r as u32).to_be_bytes());
                out.extend(((*r >> 32) as u32).to_be_bytes());
            }
        }
    }
    Ok(())
}

/// A list of bytes that fits is a `STRING_EXT`; any other list is a
/// `LIST_EXT` with its elements and tail queued on the work list.
fn encode_list(t: &Term, out: &mut Vec<u8>, stack: &mut Vec<Term>) {
    let mut it = args::iter(t);
    let items: Vec<&Term> = it.by_ref().collect();
    let tail = it.rest();
    let bytes: Option<Vec<u8>> = items
        .iter()
        .map(|x| match x {
            Term::Int(i) => u8::try_from(*i).ok(),
            _ => None,
        })
        .collect();
    if let (Some(bytes), Term::Nil) = (bytes, tail) {
        if bytes.len() <= 0xffff {
            out.push(STRING);
            out.extend((bytes.len() as u16).to_be_bytes());
            out.extend(bytes);
            return;
        }
    }
    out.push(LIST);
    out.extend((items.len() as u32).to_be_bytes());
    stack.push(tail.clone());
    stack.extend(items.into_iter().rev().cloned());
}

fn encode_big(b: &BigInt, out: &mut Vec<u8>) {
    let (sign, digits) = b.to_bytes_le();
    if digits.len() < 256 {
        out.extend([SMALL_BIG, digits.len() as u8]);
    } else {
        out.push(LARGE_BIG);
        out.extend((digits.len() as u32).to_be_bytes());
    }
    out.push(u8::from(sign == Sign::Minus));
    out.extend(digits);
}

/// Latin-1 atoms keep the old tags (as OTP 25 does by default); others are
/// written as UTF-8.
fn encode_atom(name: &str, out: &mut Vec<u8>) {
    let latin1: Option<Vec<u8>> = name.chars().map(|c| u8::try_from(c as u32).ok()).collect();
    match latin1 {
        Some(bytes) => {
            out.extend([ATOM]);
            out.extend((bytes.len() as u16).to_be_bytes());
            out.extend(bytes);
        }
        None if name.len() < 256 => {
            out.extend([SMALL_ATOM_UTF8, name.len() as u8]);
            out.extend(name.as_bytes());
        }
        None => {
            out.push(ATOM_UTF8);
            out.extend((name.len() as u16).to_be_bytes());
            out.extend(name.as_bytes());
        }
    }
}

fn decode_term(t: &Term) -> BifResult {
    let bytes = args::bytes(t, 1)?;
    let bad = || Exception::badarg_at(1, "invalid external representation of a term");
    let mut r = Reader { bytes, pos: 0 };
    if r.u8().ok_or_else(bad)? != VERSION {
        return Err(bad());
    }
    r.term().ok_or_else(bad)
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

/// A container being filled while decoding: how many terms it still needs.
enum Pending {
    Tuple(usize, Vec<Term>),
    /// Elements then the tail.
    List(usize, Vec<Term>),
    Map(usize, Vec<Term>),
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u16(&mut self) -> Option<usize> {
        Some(u16::from_be_bytes(self.take(2)?.try_into().ok()?) as usize)
    }

    fn u32(&mut self) -> Option<usize> {
        Some(u32::from_be_bytes(self.take(4)?.try_into().ok()?) as usize)
    }

    /// Decodes one term with an explicit stack of open containers.
    fn term(&mut self) -> Option<Term> {
        let mut open: Vec<Pending> = Vec::new();
        loop {
            let mut done = match self.leaf_or_open()? {
                Ok(t) => t,
                Err(p) => {
                    open.push(p);
                    // An empty container is complete at once.
                    match close_if_full(&mut open) {
                        Some(t) => t,
                        None => continue,
                    }
                }
            };
            loop {
                let Some(top) = open.last_mut() else {
                    return Some(done);
                };
                match top {
                    Pending::Tuple(_, v) | Pending::List(_, v) | Pending::Map(_, v) => v.push(done),
                }
                match close_if_full(&mut open) {
                    Some(t) => done = t,
                    None => break,
                }
            }
        }
    }

    /// A complete term, or a container opened for its elements.
    fn leaf_or_open(&mut self) -> Option<Result<Term, Pending>> {
        let leaf = match self.u8()? {
            SMALL_INTEGER => Term::Int(self.u8()? as i64),
            INTEGER => Term::Int(i32::from_be_bytes(self.take(4)?.try_into().ok()?) as i64),
            SMALL_BIG => {
                let n = self.u8()? as usize;
                self.big(n)?
            }
            LARGE_BIG => {
                let n = self.u32()?;
                self.big(n)?
            }
            NEW_FLOAT => {
                let f = f64::from_bits(u64::from_be_bytes(self.take(8)?.try_into().ok()?));
                f.is_finite().then_some(Term::Float(f))?
            }
            FLOAT => {
                let text = self.take(31)?;
                let text = std::str::from_utf8(text).ok()?;
                Term::Float(text.trim_end_matches('\0').trim().parse().ok()?)
            }
            ATOM => {
                let n = self.u16()?;
                Term::Atom(self.atom(n, false)?)
            }
            ATOM_UTF8 => {
                let n = self.u16()?;
                Term::Atom(self.atom(n, true)?)
            }
            SMALL_ATOM => {
                let n = self.u8()? as usize;
                Term::Atom(self.atom(n, false)?)
            }
            SMALL_ATOM_UTF8 => {
                let n = self.u8()? as usize;
                Term::Atom(self.atom(n, true)?)
            }
            NIL => Term::Nil,
            STRING => {
                let n = self.u16()?;
                let bytes = self.take(n)?;
                super::convert::byte_list(bytes)
            }
            BINARY => {
                let n = self.u32()?;
                Term::binary(self.take(n)?)
            }
            EXPORT => {
                let module = self.atom_term()?;
                let name = self.atom_term()?;
                let arity = match (self.u8()?, self.u8()?) {
                    (SMALL_INTEGER, a) => a as u32,
                    _ => return None,
                };
                Term::Fun(std::sync::Arc::new(Fun::Export {
                    module,
                    name,
                    arity,
                }))
            }
            NEW_PID => {
                self.atom_term()?;
                let id = self.u32()? as u64;
                let serial = self.u32()? as u64;
                self.u32()?;
                Term::Pid(id | serial << 32)
            }
            NEWER_REFERENCE => {
                let n = self.u16()?;
                self.atom_term()?;
                self.u32()?;
                let mut ids = Vec::new();
                for _ in 0..n {
                    ids.push(self.u32()? as u64);
                }
                let lo = ids.first().copied().unwrap_or(0);
                let hi = ids.get(1).copied().unwrap_or(0);
                Term::Ref(lo | hi << 32)
            }
            SMALL_TUPLE => return Some(Err(Pending::Tuple(self.u8()? as usize, Vec::new()))),
            LARGE_TUPLE => return Some(Err(Pending::Tuple(self.u32()?, Vec::new()))),
            LIST => return Some(Err(Pending::List(self.u32()? + 1, Vec::new()))),
            MAP => return Some(Err(Pending::Map(self.u32()?.checked_mul(2)?, Vec::new()))),
            _ => return None,
        };
        Some(Ok(leaf))
    }

    fn big(&mut self, n: usize) -> Option<Term> {
        let sign = self.u8()?;
        let digits = self.take(n)?;
        let sign = if sign == 0 { Sign::Plus } else { Sign::Minus };
        Some(Term::from_bigint(BigInt::from_bytes_le(sign, digits)))
    }

    fn atom(&mut self, n: usize, utf8: bool) -> Option<Atom> {
        let bytes = self.take(n)?;
        let name = if utf8 {
            std::str::from_utf8(bytes).ok()?.to_string()
        } else {
            bytes.iter().map(|&b| b as char).collect()
        };
        Some(Atom::new(&name))
    }

    fn atom_term(&mut self) -> Option<Atom> {
        match self.leaf_or_open()? {
            Ok(Term::Atom(a)) => Some(a),
            _ => None,
        }
    }
}

/// Pops the innermost container if it has all its terms, and builds it.
fn close_if_full(open: &mut Vec<Pending>) -> Option<Term> {
    let full = match open.last()? {
        Pending::Tuple(n, v) | Pending::List(n, v) | Pending::Map(n, v) => v.len() == *n,
    };
    if !full {
        return None;
    }
    Some(match open.pop()? {
        Pending::Tuple(_, v) => Term::tuple(v),
        Pending::List(_, mut v) => {
            let tail = v.pop().unwrap_or(Term::Nil);
            Term::improper_list(v, tail)
        }
        Pending::Map(_, v) => {
            let mut it = v.into_iter();
            let mut pairs = Vec::new();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                pairs.push((k, v));
            }
            Term::Map(Map::from_pairs(pairs))
        }
    })
}
