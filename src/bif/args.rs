//! Argument decoding shared by every built-in family: walking lists without
//! copying them, reading integers, binaries and atoms with Erlang's error info,
//! and flattening iodata and chardata. Also the `const fn`s the families build
//! their tables with, so that each entry is one line.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{Bif, BifFn};
use crate::term::{Atom, Term};
use crate::vm::Exception;

/// A built-in that is not allowed in guards.
pub const fn bif(module: &'static str, name: &'static str, arity: u32, f: BifFn) -> Bif {
    Bif {
        module,
        name,
        arity,
        guard: false,
        f,
    }
}

/// A built-in that is allowed in guards.
pub const fn guard(module: &'static str, name: &'static str, arity: u32, f: BifFn) -> Bif {
    Bif {
        module,
        name,
        arity,
        guard: true,
        f,
    }
}

/// `function_clause` in `module:name/arity`, with the frame Elixir's
/// `FunctionClauseError` names (which may be an internal helper, as in OTP:
/// `:lists.thing_to_list/1`).
pub fn function_clause(module: &str, name: &str, args: &[Term]) -> Exception {
    let mut e = Exception::error_atom("function_clause");
    e.stack.push(crate::vm::Frame {
        module: Atom::new(module),
        function: Atom::new(name),
        arity: args.len() as u32,
        args: Some(args.to_vec()),
        file: None,
        line: 0,
    });
    e
}

/// The cells of a list, head by head; `rest()` is what the walk stopped at
/// (`[]` for a proper list).
pub struct ListIter<'a> {
    cur: &'a Term,
}

impl<'a> ListIter<'a> {
    pub fn rest(&self) -> &'a Term {
        self.cur
    }
}

impl<'a> Iterator for ListIter<'a> {
    type Item = &'a Term;
    fn next(&mut self) -> Option<&'a Term> {
        match self.cur {
            Term::Cons(c) => {
                self.cur = &c.tail;
                Some(&c.head)
            }
            _ => None,
        }
    }
}

pub fn iter(t: &Term) -> ListIter<'_> {
    ListIter { cur: t }
}

pub fn is_list(t: &Term) -> bool {
    matches!(t, Term::Nil | Term::Cons(_))
}

/// The elements of a proper list, or `badarg` blaming argument `pos`.
pub fn list(t: &Term, pos: u8) -> Result<Vec<Term>, Exception> {
    t.list_to_vec()
        .ok_or_else(|| Exception::badarg_at(pos, "not a list"))
}

/// A proper list of small integers, or `None` (used for charlists).
pub fn int_list(t: &Term) -> Option<Vec<i64>> {
    let mut it = iter(t);
    let mut out = Vec::new();
    for x in it.by_ref() {
        match x {
            Term::Int(i) => out.push(*i),
            _ => return None,
        }
    }
    matches!(it.rest(), Term::Nil).then_some(out)
}

pub fn atom(t: &Term, pos: u8) -> Result<Atom, Exception> {
    t.as_atom()
        .ok_or_else(|| Exception::badarg_at(pos, "not an atom"))
}

pub fn bytes(t: &Term, pos: u8) -> Result<&[u8], Exception> {
    match t {
        Term::Binary(b) => Ok(b.as_bytes()),
        _ => Err(Exception::badarg_at(pos, "not a binary")),
    }
}

pub fn tuple(t: &Term, pos: u8) -> Result<&[Term], Exception> {
    t.as_tuple()
        .ok_or_else(|| Exception::badarg_at(pos, "not a tuple"))
}

pub fn is_integer(t: &Term) -> bool {
    matches!(t, Term::Int(_) | Term::Big(_))
}

pub fn is_number(t: &Term) -> bool {
    matches!(t, Term::Int(_) | Term::Big(_) | Term::Float(_))
}

/// Any integer as a bignum.
pub fn bigint(t: &Term) -> Option<BigInt> {
    match t {
        Term::Int(i) => Some(BigInt::from(*i)),
        Term::Big(b) => Some((**b).clone()),
        _ => None,
    }
}

/// An integer that must fit a machine word; bignums count as out of range.
pub fn small(t: &Term, pos: u8) -> Result<i64, Exception> {
    match t {
        Term::Int(i) => Ok(*i),
        Term::Big(_) => Err(Exception::badarg_at(pos, "out of range")),
        _ => Err(Exception::badarg_at(pos, "not an integer")),
    }
}

/// A number as a float, the way mixed arithmetic converts it; `None` when a
/// bignum is too large for a float.
pub fn to_f64(t: &Term) -> Option<f64> {
    match t {
        Term::Int(i) => Some(*i as f64),
        Term::Big(b) => b.to_f64().filter(|f| f.is_finite()),
        Term::Float(f) => Some(*f),
        _ => None,
    }
}

/// A float result, or `badarith` when it is not finite (the BEAM has no
/// infinities or NaNs).
pub fn float_result(f: f64) -> Result<Term, Exception> {
    if f.is_finite() {
        Ok(Term::Float(f))
    } else {
        Err(Exception::badarith())
    }
}

/// The bytes of an iolist (binaries, bytes 0..=255, nested lists, a binary
/// tail), or `None` if it is not one. Works with an explicit stack so deep
/// nesting cannot overflow.
pub fn iolist_bytes(t: &Term) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    iolist_into(t, &mut out)?;
    Some(out)
}

pub fn iolist_into(t: &Term, out: &mut Vec<u8>) -> Option<()> {
    let mut stack: Vec<&Term> = vec![t];
    while let Some(t) = stack.pop() {
        match t {
            Term::Binary(b) => out.extend_from_slice(b.as_bytes()),
            Term::Nil => {}
            Term::Cons(c) => {
                match &c.head {
                    Term::Int(i) => out.push(u8::try_from(*i).ok()?),
                    Term::Binary(b) => out.extend_from_slice(b.as_bytes()),
                    Term::Nil => {}
                    Term::Cons(_) => {
                        // The tail waits below the nested list.
                        stack.push(&c.tail);
                        stack.push(&c.head);
                        continue;
                    }
                    _ => return None,
                }
                match &c.tail {
                    Term::Binary(_) | Term::Nil | Term::Cons(_) => stack.push(&c.tail),
                    _ => return None,
                }
            }
            _ => return None,
        }
    }
    Some(())
}

/// Why chardata could not be read in full: `Invalid` at a code point or byte
/// that is not Unicode, `Incomplete` when the data ends inside a multi-byte
/// sequence. The text before the fault is kept, and the rest as Erlang
/// returns it.
#[derive(Debug)]
pub enum CharError {
    /// Not chardata at all (an atom, a float in a list, an improper tail).
    NotChardata,
    Invalid {
        done: String,
        rest: Term,
    },
    Incomplete {
        done: String,
        rest: Term,
    },
}

/// How the binaries inside chardata are encoded (code points in lists are
/// code points whatever the encoding, but latin1 allows only up to 255).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    Utf8,
    Latin1,
    Utf16 { little: bool },
    Utf32 { little: bool },
}

/// The text of chardata: a UTF-8 binary or a possibly nested list of code
/// points and UTF-8 binaries (with a binary allowed as a tail).
pub fn chardata(t: &Term) -> Result<String, CharError> {
    chardata_in(t, Encoding::Utf8)
}

/// The text of chardata whose binaries are in `enc`. Walks with an explicit
/// stack of pending tails, so deep nesting cannot overflow.
pub fn chardata_in(t: &Term, enc: Encoding) -> Result<String, CharError> {
    let mut out = String::new();
    let mut stack: Vec<&Term> = vec![t];
    while let Some(t) = stack.pop() {
        match t {
            Term::Binary(b) => decode_into(b.as_bytes(), enc, &mut out, &stack)?,
            Term::Nil => {}
            Term::Cons(c) => {
                match &c.tail {
                    Term::Binary(_) | Term::Nil | Term::Cons(_) => stack.push(&c.tail),
                    _ => return Err(CharError::NotChardata),
                }
                match &c.head {
                    Term::Int(i) => {
                        let limit = if enc == Encoding::Latin1 {
                            255
                        } else {
                            i64::MAX
                        };
                        match u32::try_from(*i)
                            .ok()
                            .filter(|_| *i <= limit)
                            .and_then(char::from_u32)
                        {
                            Some(ch) => out.push(ch),
                            None => {
                                let rest = rebuild_rest(t, &stack[..stack.len() - 1]);
                                return Err(CharError::Invalid { done: out, rest });
                            }
                        }
                    }
                    Term::Big(_) => {
                        let rest = rebuild_rest(t, &stack[..stack.len() - 1]);
                        return Err(CharError::Invalid { done: out, rest });
                    }
                    Term::Binary(_) | Term::Nil | Term::Cons(_) => stack.push(&c.head),
                    _ => return Err(CharError::NotChardata),
                }
            }
            _ => return Err(CharError::NotChardata),
        }
    }
    Ok(out)
}

/// Decodes one binary onto `out`, or reports where it stops being valid.
fn decode_into(
    bytes: &[u8],
    enc: Encoding,
    out: &mut String,
    stack: &[&Term],
) -> Result<(), CharError> {
    let (good, incomplete) = match enc {
        Encoding::Latin1 => {
            out.extend(bytes.iter().map(|&b| b as char));
            return Ok(());
        }
        Encoding::Utf8 => match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                return Ok(());
            }
            Err(e) => {
                out.push_str(std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default());
                (e.valid_up_to(), e.error_len().is_none())
            }
        },
        Encoding::Utf16 { little } => {
            let mut i = 0;
            let unit = |i: usize| {
                let pair = [bytes[i], bytes[i + 1]];
                if little {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            };
            loop {
                if i == bytes.len() {
                    return Ok(());
                }
                if i + 2 > bytes.len() {
                    break (i, true);
                }
                let u = unit(i);
                if (0xD800..0xDC00).contains(&u) {
                    if i + 4 > bytes.len() {
                        break (i, true);
                    }
                    let lo = unit(i + 2);
                    if !(0xDC00..0xE000).contains(&lo) {
                        break (i, false);
                    }
                    let cp = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(lo) - 0xDC00);
                    out.extend(char::from_u32(cp));
                    i += 4;
                } else {
                    match char::from_u32(u32::from(u)) {
                        Some(c) => out.push(c),
                        None => break (i, false),
                    }
                    i += 2;
                }
            }
        }
        Encoding::Utf32 { little } => {
            let mut i = 0;
            loop {
                if i == bytes.len() {
                    return Ok(());
                }
                if i + 4 > bytes.len() {
                    break (i, true);
                }
                let quad = [bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]];
                let cp = if little {
                    u32::from_le_bytes(quad)
                } else {
                    u32::from_be_bytes(quad)
                };
                match char::from_u32(cp) {
                    Some(c) => out.push(c),
                    None => break (i, false),
                }
                i += 4;
            }
        }
    };
    let rest = rebuild_rest(&Term::binary(&bytes[good..]), stack);
    let done = std::mem::take(out);
    let pending = stack.iter().any(|t| !matches!(t, Term::Nil));
    if incomplete && !pending {
        Err(CharError::Incomplete { done, rest })
    } else {
        Err(CharError::Invalid { done, rest })
    }
}

/// What is left of chardata after a fault: the fault itself when nothing
/// follows, else the fault consed onto the innermost pending tail, with any
/// outer pending tails after it.
fn rebuild_rest(fault: &Term, stack: &[&Term]) -> Term {
    let pending: Vec<Term> = stack
        .iter()
        .rev()
        .filter(|t| !matches!(t, Term::Nil))
        .map(|t| (*t).clone())
        .collect();
    match pending.len() {
        0 => fault.clone(),
        1 => Term::cons(fault.clone(), pending[0].clone()),
        _ => {
            let mut items = vec![fault.clone()];
            items.extend(pending);
            Term::list(items)
        }
    }
}

/// Text as a charlist.
pub fn charlist(s: &str) -> Term {
    Term::list(s.chars().map(|c| Term::Int(c as i64)).collect::<Vec<_>>())
}

/// A list of code points as text, or `None` if one is not a valid code point.
pub fn chars_to_string(cps: &[i64]) -> Option<String> {
    cps.iter()
        .map(|&c| u32::try_from(c).ok().and_then(char::from_u32))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iolists_flatten_in_order() {
        let t = Term::list(vec![
            Term::Int(97),
            Term::list(vec![Term::string("bc"), Term::Int(100)]),
            Term::improper_list(vec![Term::Int(101)], Term::string("f")),
        ]);
        assert_eq!(iolist_bytes(&t).as_deref(), Some(&b"abcdef"[..]));
        assert!(iolist_bytes(&Term::list(vec![Term::Int(256)])).is_none());
        assert!(iolist_bytes(&Term::atom("a")).is_none());
    }

    #[test]
    fn chardata_reads_code_points_and_binaries() {
        let t = Term::list(vec![Term::Int(0xe9), Term::string("ü"), Term::Nil]);
        assert_eq!(chardata(&t).ok().as_deref(), Some("éü"));
        assert!(matches!(
            chardata(&Term::binary(&b"a\xff"[..])),
            Err(CharError::Invalid { .. })
        ));
        assert!(matches!(
            chardata(&Term::binary(&b"a\xc3"[..])),
            Err(CharError::Incomplete { .. })
        ));
    }
}
