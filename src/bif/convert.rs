//! `:erlang` conversions between atoms, integers, floats, lists and binaries,
//! plus the list operators `++` and `--`. Float text (both ways) follows
//! Erlang's own syntax and layout, which float_text.rs implements.

use std::collections::BTreeMap;

use num_bigint::BigInt;
use num_traits::Num;

use super::args::{self, bif, bytes};
use super::float_text;
use super::{Bif, BifResult};
use crate::term::{Atom, MapKey, Term};
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    bif("erlang", "atom_to_binary", 1, |a| {
        atom_to_binary(&a[0], None)
    }),
    bif("erlang", "atom_to_binary", 2, |a| {
        atom_to_binary(&a[0], Some(&a[1]))
    }),
    bif("erlang", "atom_to_list", 1, atom_to_list),
    bif("erlang", "binary_to_atom", 1, |a| {
        binary_to_atom(&a[0], None)
    }),
    bif("erlang", "binary_to_atom", 2, |a| {
        binary_to_atom(&a[0], Some(&a[1]))
    }),
    bif("erlang", "binary_to_existing_atom", 1, |a| {
        to_atom(&a[0], None, true)
    }),
    bif("erlang", "binary_to_existing_atom", 2, |a| {
        to_atom(&a[0], Some(&a[1]), true)
    }),
    bif("erlang", "list_to_atom", 1, |a| list_to_atom(a, false)),
    bif("erlang", "list_to_existing_atom", 1, |a| {
        list_to_atom(a, true)
    }),
    bif("erlang", "integer_to_binary", 1, |a| {
        Ok(Term::string(&integer_text(&a[0], None)?))
    }),
    bif("erlang", "integer_to_binary", 2, |a| {
        Ok(Term::string(&integer_text(&a[0], Some(&a[1]))?))
    }),
    bif("erlang", "integer_to_list", 1, |a| {
        Ok(args::charlist(&integer_text(&a[0], None)?))
    }),
    bif("erlang", "integer_to_list", 2, |a| {
        Ok(args::charlist(&integer_text(&a[0], Some(&a[1]))?))
    }),
    bif("erlang", "binary_to_integer", 1, |a| {
        parse_integer(bytes(&a[0], 1)?, None)
    }),
    bif("erlang", "binary_to_integer", 2, |a| {
        parse_integer(bytes(&a[0], 1)?, Some(&a[1]))
    }),
    bif("erlang", "list_to_integer", 1, |a| {
        parse_integer(&list_text(&a[0])?, None)
    }),
    bif("erlang", "list_to_integer", 2, |a| {
        parse_integer(&list_text(&a[0])?, Some(&a[1]))
    }),
    bif("erlang", "float_to_binary", 1, |a| {
        Ok(Term::string(&float_text::to_text(&a[0], None)?))
    }),
    bif("erlang", "float_to_binary", 2, |a| {
        Ok(Term::string(&float_text::to_text(&a[0], Some(&a[1]))?))
    }),
    bif("erlang", "float_to_list", 1, |a| {
        Ok(args::charlist(&float_text::to_text(&a[0], None)?))
    }),
    bif("erlang", "float_to_list", 2, |a| {
        Ok(args::charlist(&float_text::to_text(&a[0], Some(&a[1]))?))
    }),
    bif("erlang", "binary_to_float", 1, |a| {
        parse_float(bytes(&a[0], 1)?)
    }),
    bif("erlang", "list_to_float", 1, |a| {
        parse_float(&list_text(&a[0])?)
    }),
    bif("erlang", "list_to_binary", 1, list_to_binary),
    bif("erlang", "list_to_bitstring", 1, list_to_binary),
    bif("erlang", "iolist_to_binary", 1, iolist_to_binary),
    bif("erlang", "iolist_size", 1, iolist_size),
    bif("erlang", "binary_to_list", 1, |a| {
        Ok(byte_list(bytes(&a[0], 1)?))
    }),
    bif("erlang", "bitstring_to_list", 1, |a| {
        Ok(byte_list(bytes(&a[0], 1)?))
    }),
    bif("erlang", "binary_to_list", 3, binary_to_list_3),
    bif("erlang", "++", 2, append),
    bif("erlang", "--", 2, subtract),
];

/// Longest atom name, in characters, before `system_limit`.
const MAX_ATOM_CHARS: usize = 255;

fn make_atom(name: &str) -> BifResult {
    if name.chars().count() > MAX_ATOM_CHARS {
        return Err(Exception::error_atom("system_limit"));
    }
    Ok(Term::atom(name))
}

/// Whether an encoding argument asks for latin1 (`:latin1`) rather than
/// UTF-8 (`:utf8`, `:unicode`).
fn is_latin1(enc: Option<&Term>) -> Result<bool, Exception> {
    match enc.map(|t| t.as_atom().map(Atom::name)) {
        None => Ok(false),
        Some(Some("latin1")) => Ok(true),
        Some(Some("utf8" | "unicode")) => Ok(false),
        Some(_) => Err(Exception::badarg_at(
            2,
            "not one of the atoms: latin1, utf8, or unicode",
        )),
    }
}

fn atom_to_binary(t: &Term, enc: Option<&Term>) -> BifResult {
    let name = args::atom(t, 1)?.name();
    if is_latin1(enc)? {
        let bytes: Option<Vec<u8>> = name.chars().map(|c| u8::try_from(c as u32).ok()).collect();
        return bytes.map(Term::binary).ok_or_else(|| {
            Exception::badarg_at(1, "contains a character not expressible in latin1")
        });
    }
    Ok(Term::string(name))
}

fn atom_to_list(a: &[Term]) -> BifResult {
    Ok(args::charlist(args::atom(&a[0], 1)?.name()))
}

fn binary_to_atom(t: &Term, enc: Option<&Term>) -> BifResult {
    to_atom(t, enc, false)
}

/// `binary_to_atom`, or with `only_existing` `binary_to_existing_atom`.
fn to_atom(t: &Term, enc: Option<&Term>, only_existing: bool) -> BifResult {
    let b = bytes(t, 1)?;
    if is_latin1(enc)? {
        let name: String = b.iter().map(|&c| c as char).collect();
        return make_atom_if(&name, only_existing);
    }
    let name =
        std::str::from_utf8(b).map_err(|_| Exception::badarg_at(1, "invalid UTF8 encoding"))?;
    make_atom_if(name, only_existing)
}

/// The atom `name`; with `only_existing`, only if it was made before.
fn make_atom_if(name: &str, only_existing: bool) -> BifResult {
    if !only_existing {
        return make_atom(name);
    }
    Atom::existing(name)
        .map(Term::Atom)
        .ok_or_else(|| Exception::badarg_at(1, "not an already existing atom"))
}

fn list_to_atom(a: &[Term], only_existing: bool) -> BifResult {
    if !matches!(a[0], Term::Nil | Term::Cons(_)) {
        return Err(Exception::badarg_at(1, "not a list"));
    }
    let name = args::int_list(&a[0])
        .and_then(|cps| args::chars_to_string(&cps))
        .ok_or_else(|| Exception::badarg_at(1, "not a list of characters"))?;
    make_atom_if(&name, only_existing)
}

/// The bytes of a charlist holding ASCII text (integers, floats); anything
/// else cannot be a number's text, so it reads as an empty (invalid) text.
fn list_text(t: &Term) -> Result<Vec<u8>, Exception> {
    let cps = args::int_list(t).ok_or_else(|| Exception::badarg_at(1, "not a list"))?;
    Ok(cps
        .iter()
        .map(|&c| u8::try_from(c).ok().filter(u8::is_ascii).unwrap_or(0))
        .collect())
}

/// A base argument: 2..=36.
fn base(t: Option<&Term>) -> Result<u32, Exception> {
    match t {
        None => Ok(10),
        Some(Term::Int(b)) if (2..=36).contains(b) => Ok(*b as u32),
        Some(_) => Err(Exception::badarg_at(
            2,
            "not an integer in the range 2 through 36",
        )),
    }
}

/// An integer in `base`, upper-case digits, as `integer_to_binary/2` prints.
fn integer_text(t: &Term, b: Option<&Term>) -> Result<String, Exception> {
    let n = args::bigint(t).ok_or_else(|| Exception::badarg_at(1, "not an integer"))?;
    let radix = base(b)?;
    Ok(n.to_str_radix(radix).to_uppercase())
}

/// Parses `[+-]digits` in a base; no spaces, underscores or empty digits.
fn parse_integer(text: &[u8], b: Option<&Term>) -> BifResult {
    let radix = base(b)?;
    let bad = || Exception::badarg_at(1, "not a textual representation of an integer");
    let digits = match text.first() {
        Some(b'+' | b'-') => &text[1..],
        _ => text,
    };
    if digits.is_empty() || !digits.iter().all(|c| (*c as char).is_digit(radix)) {
        return Err(bad());
    }
    let s = std::str::from_utf8(text).map_err(|_| bad())?;
    let s = s.strip_prefix('+').unwrap_or(s);
    BigInt::from_str_radix(s, radix)
        .map(Term::from_bigint)
        .map_err(|_| bad())
}

fn parse_float(text: &[u8]) -> BifResult {
    float_text::parse(text)
        .map(Term::Float)
        .ok_or_else(|| Exception::badarg_at(1, "not a textual representation of a float"))
}

fn list_to_binary(a: &[Term]) -> BifResult {
    if !args::is_list(&a[0]) {
        return Err(Exception::badarg_at(1, "not an iolist term"));
    }
    args::iolist_bytes(&a[0])
        .map(Term::binary)
        .ok_or_else(|| Exception::badarg_at(1, "not an iolist term"))
}

fn iolist_to_binary(a: &[Term]) -> BifResult {
    if let Term::Binary(_) = a[0] {
        return Ok(a[0].clone());
    }
    args::iolist_bytes(&a[0])
        .map(Term::binary)
        .ok_or_else(|| Exception::badarg_at(1, "not an iodata term"))
}

fn iolist_size(a: &[Term]) -> BifResult {
    args::iolist_bytes(&a[0])
        .map(|b| Term::Int(b.len() as i64))
        .ok_or_else(|| Exception::badarg_at(1, "not an iodata term"))
}

pub fn byte_list(b: &[u8]) -> Term {
    Term::list(b.iter().map(|&c| Term::Int(c as i64)).collect::<Vec<_>>())
}

/// `binary_to_list(bin, start, stop)`: 1-based and inclusive.
fn binary_to_list_3(a: &[Term]) -> BifResult {
    let b = bytes(&a[0], 1)?;
    let start = args::small(&a[1], 2)?;
    let stop = args::small(&a[2], 3)?;
    let len = b.len() as i64;
    if start < 1 || start > len {
        return Err(Exception::badarg_at(2, "out of range"));
    }
    if stop < 1 || stop > len {
        return Err(Exception::badarg_at(3, "out of range"));
    }
    if start > stop {
        return Err(Exception::badarg_at(
            2,
            "start position greater than stop position",
        ));
    }
    Ok(byte_list(&b[start as usize - 1..stop as usize]))
}

/// `++`: the left operand must be a proper list; the right is anything.
fn append(a: &[Term]) -> BifResult {
    let left = a[0].list_to_vec().ok_or_else(Exception::badarg)?;
    Ok(Term::improper_list(left, a[1].clone()))
}

/// `--`: removes, for each element of the right list, its first exact
/// (`=:=`) occurrence in the left list.
fn subtract(a: &[Term]) -> BifResult {
    let left = a[0].list_to_vec().ok_or_else(Exception::badarg)?;
    let right = a[1].list_to_vec().ok_or_else(Exception::badarg)?;
    Ok(Term::list(remove_each(left, &right)))
}

/// The elements of `left` less one occurrence per element of `right`.
// Keys order by value (`compare_map_keys`); whatever a fun's code holds
// inside does not take part, so its interior mutability is harmless.
#[allow(clippy::mutable_key_type)]
pub fn remove_each(left: Vec<Term>, right: &[Term]) -> Vec<Term> {
    if right.is_empty() {
        return left;
    }
    let mut counts: BTreeMap<MapKey, usize> = BTreeMap::new();
    for t in right {
        *counts.entry(MapKey(t.clone())).or_default() += 1;
    }
    left.into_iter()
        .filter(|t| match counts.get_mut(&MapKey(t.clone())) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}
