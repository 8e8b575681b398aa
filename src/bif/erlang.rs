//! `:erlang`: type tests, term comparison, the boolean operators, tuples,
//! list and map basics. Arithmetic is in arith.rs, conversions in convert.rs,
//! hashing, time and the external term format in system.rs and etf.rs.

use std::cmp::Ordering;

use super::args::{self, guard, iter};
use super::{Bif, BifResult};
use crate::term::{compare, loose_eq, Term};
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    guard("erlang", "is_atom", 1, |a| {
        test(matches!(a[0], Term::Atom(_)))
    }),
    guard("erlang", "is_binary", 1, |a| {
        test(matches!(&a[0], Term::Binary(b) if b.is_binary()))
    }),
    guard("erlang", "is_bitstring", 1, |a| {
        test(matches!(a[0], Term::Binary(_)))
    }),
    guard("erlang", "is_boolean", 1, is_boolean),
    guard("erlang", "is_float", 1, |a| {
        test(matches!(a[0], Term::Float(_)))
    }),
    guard("erlang", "is_function", 1, |a| {
        test(matches!(a[0], Term::Fun(_)))
    }),
    guard("erlang", "is_function", 2, is_function_2),
    guard("erlang", "is_integer", 1, |a| test(args::is_integer(&a[0]))),
    guard("erlang", "is_list", 1, |a| test(args::is_list(&a[0]))),
    guard("erlang", "is_map", 1, |a| {
        test(matches!(a[0], Term::Map(_)))
    }),
    guard("erlang", "is_number", 1, |a| test(args::is_number(&a[0]))),
    guard("erlang", "is_pid", 1, |a| {
        test(matches!(a[0], Term::Pid(_)))
    }),
    guard("erlang", "is_port", 1, |_| test(false)),
    guard("erlang", "is_reference", 1, |a| {
        test(matches!(a[0], Term::Ref(_)))
    }),
    guard("erlang", "is_tuple", 1, |a| {
        test(matches!(a[0], Term::Tuple(_)))
    }),
    guard("erlang", "is_record", 2, is_record_2),
    guard("erlang", "is_record", 3, is_record_3),
    guard("erlang", "==", 2, |a| test(loose_eq(&a[0], &a[1]))),
    guard("erlang", "/=", 2, |a| test(!loose_eq(&a[0], &a[1]))),
    guard("erlang", "=:=", 2, |a| test(a[0] == a[1])),
    guard("erlang", "=/=", 2, |a| test(a[0] != a[1])),
    guard("erlang", "<", 2, |a| order(a, |o| o == Ordering::Less)),
    guard("erlang", ">", 2, |a| order(a, |o| o == Ordering::Greater)),
    guard("erlang", "=<", 2, |a| order(a, |o| o != Ordering::Greater)),
    guard("erlang", ">=", 2, |a| order(a, |o| o != Ordering::Less)),
    guard("erlang", "and", 2, |a| {
        Ok(Term::bool(boolean(&a[0])? & boolean(&a[1])?))
    }),
    guard("erlang", "or", 2, |a| {
        Ok(Term::bool(boolean(&a[0])? | boolean(&a[1])?))
    }),
    guard("erlang", "xor", 2, |a| {
        Ok(Term::bool(boolean(&a[0])? ^ boolean(&a[1])?))
    }),
    guard("erlang", "not", 1, |a| Ok(Term::bool(!boolean(&a[0])?))),
    guard("erlang", "element", 2, element),
    guard("erlang", "tuple_size", 1, tuple_size),
    guard("erlang", "size", 1, size),
    args::bif("erlang", "setelement", 3, setelement),
    args::bif("erlang", "make_tuple", 2, make_tuple_2),
    args::bif("erlang", "make_tuple", 3, make_tuple_3),
    args::bif("erlang", "append_element", 2, append_element),
    args::bif("erlang", "insert_element", 3, insert_element),
    args::bif("erlang", "delete_element", 2, delete_element),
    args::bif("erlang", "tuple_to_list", 1, tuple_to_list),
    args::bif("erlang", "list_to_tuple", 1, list_to_tuple),
    guard("erlang", "hd", 1, hd),
    guard("erlang", "tl", 1, tl),
    guard("erlang", "length", 1, length),
    guard("erlang", "map_size", 1, map_size),
    guard("erlang", "map_get", 2, map_get),
    guard("erlang", "is_map_key", 2, is_map_key),
    guard("erlang", "byte_size", 1, byte_size),
    guard("erlang", "bit_size", 1, bit_size),
    guard("erlang", "binary_part", 3, binary_part_3),
    guard("erlang", "binary_part", 2, binary_part_2),
    args::bif("erlang", "split_binary", 2, split_binary),
];

fn test(b: bool) -> BifResult {
    Ok(Term::bool(b))
}

fn order(a: &[Term], f: fn(Ordering) -> bool) -> BifResult {
    test(f(compare(&a[0], &a[1])))
}

/// The operand of `and`/`or`/`xor`/`not`; anything but a boolean is a plain
/// `badarg` (OTP gives these no error info).
fn boolean(t: &Term) -> Result<bool, Exception> {
    match t {
        Term::Atom(a) if *a == crate::term::Atom::TRUE => Ok(true),
        Term::Atom(a) if *a == crate::term::Atom::FALSE => Ok(false),
        _ => Err(Exception::badarg()),
    }
}

fn is_boolean(a: &[Term]) -> BifResult {
    test(boolean(&a[0]).is_ok())
}

fn is_function_2(a: &[Term]) -> BifResult {
    let arity = match &a[1] {
        Term::Int(i) if *i >= 0 => *i,
        Term::Int(_) | Term::Big(_) => return Err(Exception::badarg_at(2, "out of range")),
        _ => return Err(Exception::badarg_at(2, "not an integer")),
    };
    test(matches!(&a[0], Term::Fun(f) if i64::from(f.arity()) == arity))
}

fn is_record_2(a: &[Term]) -> BifResult {
    args::atom(&a[1], 2)?;
    test(matches!(a[0].as_tuple(), Some([tag, ..]) if *tag == a[1]))
}

fn is_record_3(a: &[Term]) -> BifResult {
    args::atom(&a[1], 2)?;
    let size = args::small(&a[2], 3)?;
    test(matches!(a[0].as_tuple(), Some(t @ [tag, ..]) if *tag == a[1] && t.len() as i64 == size))
}

/// A 1-based position into `len` elements (`len + 1` allowed when `extra`).
fn position(t: &Term, len: usize, extra: bool) -> Result<usize, Exception> {
    let Term::Int(i) = t else {
        return Err(match t {
            Term::Big(_) => Exception::badarg_at(1, "out of range"),
            _ => Exception::badarg_at(1, "not an integer"),
        });
    };
    let max = if extra { len + 1 } else { len };
    if *i < 1 || *i as u64 > max as u64 {
        return Err(Exception::badarg_at(1, "out of range"));
    }
    Ok(*i as usize - 1)
}

fn element(a: &[Term]) -> BifResult {
    let (Term::Int(_) | Term::Big(_)) = a[0] else {
        return Err(Exception::badarg_at(1, "not an integer"));
    };
    let elems = args::tuple(&a[1], 2)?;
    let i = position(&a[0], elems.len(), false)?;
    Ok(elems[i].clone())
}

fn tuple_size(a: &[Term]) -> BifResult {
    Ok(Term::Int(args::tuple(&a[0], 1)?.len() as i64))
}

/// `size/1`: of a tuple or a binary.
fn size(a: &[Term]) -> BifResult {
    match &a[0] {
        Term::Tuple(t) => Ok(Term::Int(t.elems().len() as i64)),
        Term::Binary(b) => Ok(Term::Int(b.as_bytes().len() as i64)),
        _ => Err(Exception::badarg_at(1, "not tuple or binary")),
    }
}

fn setelement(a: &[Term]) -> BifResult {
    let elems = args::tuple(&a[1], 2)?;
    let i = position(&a[0], elems.len(), false)?;
    let mut v = elems.to_vec();
    v[i] = a[2].clone();
    Ok(Term::tuple(v))
}

/// The arity of a new tuple: OTP calls anything but a small non-negative
/// integer "out of range".
fn tuple_arity(t: &Term) -> Result<usize, Exception> {
    match t {
        Term::Int(n) if (0..=16_777_215).contains(n) => Ok(*n as usize),
        _ => Err(Exception::badarg_at(1, "out of range")),
    }
}

fn make_tuple_2(a: &[Term]) -> BifResult {
    let n = tuple_arity(&a[0])?;
    Ok(Term::tuple(vec![a[1].clone(); n]))
}

fn make_tuple_3(a: &[Term]) -> BifResult {
    let n = tuple_arity(&a[0])?;
    let init = args::list(&a[2], 3)?;
    let mut v = vec![a[1].clone(); n];
    for pair in &init {
        let bad = || Exception::badarg_at(3, "invalid option in list");
        let [pos, value] = pair.as_tuple().ok_or_else(bad)? else {
            return Err(bad());
        };
        match pos {
            Term::Int(p) if *p >= 1 && (*p as u64) <= n as u64 => {
                v[*p as usize - 1] = value.clone()
            }
            _ => return Err(bad()),
        }
    }
    Ok(Term::tuple(v))
}

fn append_element(a: &[Term]) -> BifResult {
    let mut v = args::tuple(&a[0], 1)?.to_vec();
    v.push(a[1].clone());
    Ok(Term::tuple(v))
}

fn insert_element(a: &[Term]) -> BifResult {
    let elems = args::tuple(&a[1], 2)?;
    let i = position(&a[0], elems.len(), true)?;
    let mut v = elems.to_vec();
    v.insert(i, a[2].clone());
    Ok(Term::tuple(v))
}

fn delete_element(a: &[Term]) -> BifResult {
    let elems = args::tuple(&a[1], 2)?;
    let i = position(&a[0], elems.len(), false)?;
    let mut v = elems.to_vec();
    v.remove(i);
    Ok(Term::tuple(v))
}

fn tuple_to_list(a: &[Term]) -> BifResult {
    Ok(Term::list(args::tuple(&a[0], 1)?.to_vec()))
}

fn list_to_tuple(a: &[Term]) -> BifResult {
    Ok(Term::tuple(args::list(&a[0], 1)?))
}

fn hd(a: &[Term]) -> BifResult {
    match &a[0] {
        Term::Cons(c) => Ok(c.head.clone()),
        _ => Err(Exception::badarg_at(1, "not a nonempty list")),
    }
}

fn tl(a: &[Term]) -> BifResult {
    match &a[0] {
        Term::Cons(c) => Ok(c.tail.clone()),
        _ => Err(Exception::badarg_at(1, "not a nonempty list")),
    }
}

fn length(a: &[Term]) -> BifResult {
    let mut it = iter(&a[0]);
    let n = it.by_ref().count();
    match it.rest() {
        Term::Nil => Ok(Term::Int(n as i64)),
        _ => Err(Exception::badarg_at(1, "not a list")),
    }
}

/// The map argument of a map built-in; anything else is `{:badmap, term}`.
pub fn map_arg(t: &Term) -> Result<&crate::term::Map, Exception> {
    match t {
        Term::Map(m) => Ok(m),
        _ => Err(Exception::tagged("badmap", t.clone())),
    }
}

fn map_size(a: &[Term]) -> BifResult {
    Ok(Term::Int(map_arg(&a[0])?.len() as i64))
}

fn map_get(a: &[Term]) -> BifResult {
    map_arg(&a[1])?
        .get(&a[0])
        .cloned()
        .ok_or_else(|| Exception::tagged("badkey", a[0].clone()))
}

fn is_map_key(a: &[Term]) -> BifResult {
    test(map_arg(&a[1])?.get(&a[0]).is_some())
}

fn byte_size(a: &[Term]) -> BifResult {
    match &a[0] {
        Term::Binary(b) => Ok(Term::Int(b.as_bytes().len() as i64)),
        _ => Err(Exception::badarg_at(1, "not a bitstring")),
    }
}

fn bit_size(a: &[Term]) -> BifResult {
    match &a[0] {
        Term::Binary(b) => Ok(Term::Int(b.bit_len() as i64)),
        _ => Err(Exception::badarg_at(1, "not a bitstring")),
    }
}

/// The bytes `start .. start + len` of `bin`, where a negative `len` counts
/// back from `start` (as `binary_part/3` and `:binary.part/3` allow).
pub fn part(bin: &[u8], start: &Term, len: &Term, pos: u8) -> Result<(usize, usize), Exception> {
    let start = match start {
        Term::Int(s) => *s,
        Term::Big(_) => return Err(Exception::badarg_at(pos, "out of range")),
        _ => return Err(Exception::badarg_at(pos, "not an integer")),
    };
    let len = match len {
        Term::Int(l) => *l,
        Term::Big(_) => return Err(Exception::badarg_at(pos + 1, "out of range")),
        _ => return Err(Exception::badarg_at(pos + 1, "not an integer")),
    };
    let size = bin.len() as i64;
    if start < 0 || start > size {
        return Err(Exception::badarg_at(pos, "out of range"));
    }
    let end = start.checked_add(len).unwrap_or(-1);
    if end < 0 || end > size {
        return Err(Exception::badarg_at(pos + 1, "out of range"));
    }
    Ok((start.min(end) as usize, start.max(end) as usize))
}

fn binary_part_3(a: &[Term]) -> BifResult {
    let bin = args::bytes(&a[0], 1)?;
    let (from, to) = part(bin, &a[1], &a[2], 2)?;
    Ok(Term::binary(&bin[from..to]))
}

fn binary_part_2(a: &[Term]) -> BifResult {
    let bin = args::bytes(&a[0], 1)?;
    let Some([start, len]) = a[1].as_tuple() else {
        return Err(Exception::badarg_at(2, "not a tuple"));
    };
    let (from, to) =
        part(bin, start, len, 2).map_err(|_| Exception::badarg_at(2, "out of range"))?;
    Ok(Term::binary(&bin[from..to]))
}

fn split_binary(a: &[Term]) -> BifResult {
    let bin = args::bytes(&a[0], 1)?;
    let at = match a[1] {
        Term::Int(i) if i >= 0 && i as usize <= bin.len() => i as usize,
        Term::Int(_) | Term::Big(_) => return Err(Exception::badarg_at(2, "out of range")),
        _ => return Err(Exception::badarg_at(2, "not an integer")),
    };
    let (x, y) = bin.split_at(at);
    Ok(Term::tuple(vec![Term::binary(x), Term::binary(y)]))
}
