//! `:binary`: byte-level searching, splitting and replacing (one pattern or
//! several, where the earliest and then longest match wins), slicing, and
//! unsigned integer encoding. Offsets are 0-based byte positions.

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use super::args::{self, bif, bytes};
use super::convert::byte_list;
use super::erlang::part;
use super::{Bif, BifResult};
use crate::term::{Atom, Term};
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    bif("binary", "split", 2, |a| split(a, None)),
    bif("binary", "split", 3, |a| split(a, Some(&a[2]))),
    bif("binary", "replace", 3, |a| replace(a, None)),
    bif("binary", "replace", 4, |a| replace(a, Some(&a[3]))),
    bif("binary", "match", 2, |a| match_first(a, None)),
    bif("binary", "match", 3, |a| match_first(a, Some(&a[2]))),
    bif("binary", "matches", 2, |a| match_all(a, None)),
    bif("binary", "matches", 3, |a| match_all(a, Some(&a[2]))),
    bif("binary", "part", 3, |a| {
        let b = bytes(&a[0], 1)?;
        let (from, to) = part(b, &a[1], &a[2], 2)?;
        Ok(sub(&a[0], from, to))
    }),
    bif("binary", "part", 2, part_2),
    bif("binary", "first", 1, |a| end_byte(a, true)),
    bif("binary", "last", 1, |a| end_byte(a, false)),
    bif("binary", "at", 2, at),
    bif("binary", "copy", 1, |a| Ok(Term::binary(bytes(&a[0], 1)?))),
    bif("binary", "copy", 2, copy),
    bif("binary", "decode_unsigned", 1, |a| {
        decode_unsigned(&a[0], None)
    }),
    bif("binary", "decode_unsigned", 2, |a| {
        decode_unsigned(&a[0], Some(&a[1]))
    }),
    bif("binary", "encode_unsigned", 1, |a| {
        encode_unsigned(&a[0], None)
    }),
    bif("binary", "encode_unsigned", 2, |a| {
        encode_unsigned(&a[0], Some(&a[1]))
    }),
    bif("binary", "bin_to_list", 1, |a| {
        Ok(byte_list(bytes(&a[0], 1)?))
    }),
    bif("binary", "bin_to_list", 2, bin_to_list_2),
    bif("binary", "bin_to_list", 3, |a| {
        let b = bytes(&a[0], 1)?;
        let (from, to) = part(b, &a[1], &a[2], 2)?;
        Ok(byte_list(&b[from..to]))
    }),
    bif("binary", "list_to_bin", 1, |a| {
        args::iolist_bytes(&a[0])
            .map(Term::binary)
            .ok_or_else(|| Exception::badarg_at(1, "not an iodata term"))
    }),
    bif("binary", "longest_common_prefix", 1, |a| common(a, true)),
    bif("binary", "longest_common_suffix", 1, |a| common(a, false)),
    bif("binary", "compile_pattern", 1, compile_pattern),
    bif("binary", "referenced_byte_size", 1, |a| {
        Ok(Term::Int(bytes(&a[0], 1)?.len() as i64))
    }),
];

/// A search pattern: one non-empty binary, a non-empty list of them, or a
/// compiled pattern from `compile_pattern/1`.
fn patterns(t: &Term) -> Result<Vec<&[u8]>, Exception> {
    let bad = || Exception::badarg_at(2, "not a valid pattern");
    let pats: Vec<&[u8]> = match t {
        Term::Tuple(tu) => match tu.elems() {
            [Term::Atom(tag), list] if matches!(tag.name(), "bm" | "ac") => {
                return patterns(list);
            }
            _ => return Err(bad()),
        },
        Term::Binary(b) => vec![b.as_bytes()],
        Term::Cons(_) => {
            let mut it = args::iter(t);
            let pats = it
                .by_ref()
                .map(|p| match p {
                    Term::Binary(b) => Ok(b.as_bytes()),
                    _ => Err(bad()),
                })
                .collect::<Result<Vec<_>, _>>()?;
            if !matches!(it.rest(), Term::Nil) {
                return Err(bad());
            }
            pats
        }
        _ => return Err(bad()),
    };
    if pats.is_empty() || pats.iter().any(|p| p.is_empty()) {
        return Err(bad());
    }
    Ok(pats)
}

/// The options of split/replace/match: which are understood, and the scope.
#[derive(Default)]
struct Opts {
    global: bool,
    trim: bool,
    trim_all: bool,
    /// Byte range searched, `from..to`.
    scope: Option<(usize, usize)>,
    insert: Vec<usize>,
}

fn options(t: Option<&Term>, pos: u8, bin: &[u8], allowed: &[&str]) -> Result<Opts, Exception> {
    let mut o = Opts::default();
    let Some(t) = t else {
        return Ok(o);
    };
    let bad = || Exception::badarg_at(pos, "invalid options");
    let items = t.list_to_vec().ok_or_else(bad)?;
    for item in &items {
        let name = match item {
            Term::Atom(a) => a.name(),
            Term::Tuple(tu) => match tu.elems() {
                [Term::Atom(a), _] => a.name(),
                _ => return Err(bad()),
            },
            _ => return Err(bad()),
        };
        if !allowed.contains(&name) {
            return Err(bad());
        }
        match (name, item.as_tuple()) {
            ("global", None) => o.global = true,
            ("trim", None) => o.trim = true,
            ("trim_all", None) => o.trim_all = true,
            ("scope", Some([_, Term::Tuple(range)])) => match range.elems() {
                [start, len] => {
                    let (from, to) = part(bin, start, len, 1).map_err(|_| bad())?;
                    o.scope = Some((from, to));
                }
                _ => return Err(bad()),
            },
            ("insert_replaced", Some([_, n])) => {
                let ns = match n {
                    Term::Int(_) => vec![n.clone()],
                    _ => n.list_to_vec().ok_or_else(bad)?,
                };
                for n in ns {
                    match n {
                        Term::Int(i) if i >= 0 => o.insert.push(i as usize),
                        _ => return Err(bad()),
                    }
                }
            }
            _ => return Err(bad()),
        }
    }
    Ok(o)
}

/// Non-overlapping matches `(start, len)` in `bin[from..to]`: at each
/// position the longest pattern that matches there; the first only unless
/// `all`.
fn find(bin: &[u8], pats: &[&[u8]], (from, to): (usize, usize), all: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Only positions holding a pattern's first byte can start a match.
    let mut starts = [false; 256];
    for p in pats {
        if let Some(&c) = p.first() {
            starts[usize::from(c)] = true;
        }
    }
    let mut i = from;
    while i < to {
        match bin[i..to].iter().position(|&c| starts[usize::from(c)]) {
            Some(skip) => i += skip,
            None => break,
        }
        let best = pats
            .iter()
            .filter(|p| i + p.len() <= to && bin[i..].starts_with(p))
            .map(|p| p.len())
            .max();
        match best {
            Some(len) => {
                out.push((i, len));
                if !all {
                    break;
                }
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

fn split(a: &[Term], opts: Option<&Term>) -> BifResult {
    let bin = bytes(&a[0], 1)?;
    let pats = patterns(&a[1])?;
    let o = options(opts, 3, bin, &["global", "trim", "trim_all", "scope"])?;
    let scope = o.scope.unwrap_or((0, bin.len()));
    let found = find(bin, &pats, scope, o.global);
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (i, len) in found {
        parts.push((start, i));
        start = i + len;
    }
    parts.push((start, bin.len()));
    if o.trim_all {
        parts.retain(|(from, to)| from < to);
    } else if o.trim {
        while parts.last().is_some_and(|(from, to)| from == to) {
            parts.pop();
        }
    }
    // Each part a sub-binary of the subject, as on the BEAM.
    Ok(Term::list(
        parts
            .into_iter()
            .map(|(from, to)| sub(&a[0], from, to))
            .collect::<Vec<_>>(),
    ))
}

/// Bytes `from..to` of the binary `t` as a sub-binary (a copy when short).
fn sub(t: &Term, from: usize, to: usize) -> Term {
    match t {
        Term::Binary(b) => Term::Binary(b.slice(from, to - from)),
        _ => Term::binary(Vec::new()),
    }
}

fn replace(a: &[Term], opts: Option<&Term>) -> BifResult {
    let bin = bytes(&a[0], 1)?;
    let pats = patterns(&a[1])?;
    let with = bytes(&a[2], 3)?;
    let o = options(opts, 4, bin, &["global", "scope", "insert_replaced"])?;
    if o.insert.iter().any(|&n| n > with.len()) {
        return Err(Exception::badarg_at(4, "invalid options"));
    }
    let scope = o.scope.unwrap_or((0, bin.len()));
    let mut out = Vec::with_capacity(bin.len());
    let mut start = 0;
    for (i, len) in find(bin, &pats, scope, o.global) {
        out.extend_from_slice(&bin[start..i]);
        let matched = &bin[i..i + len];
        // The replacement with the matched bytes inserted at each position.
        let mut last = 0;
        let mut at = o.insert.clone();
        at.sort_unstable();
        for n in at {
            out.extend_from_slice(&with[last..n]);
            out.extend_from_slice(matched);
            last = n;
        }
        out.extend_from_slice(&with[last..]);
        start = i + len;
    }
    out.extend_from_slice(&bin[start..]);
    Ok(Term::binary(out))
}

fn pair(start: usize, len: usize) -> Term {
    Term::tuple(vec![Term::Int(start as i64), Term::Int(len as i64)])
}

fn match_first(a: &[Term], opts: Option<&Term>) -> BifResult {
    let bin = bytes(&a[0], 1)?;
    let pats = patterns(&a[1])?;
    let o = options(opts, 3, bin, &["scope"])?;
    let scope = o.scope.unwrap_or((0, bin.len()));
    Ok(match find(bin, &pats, scope, false).first() {
        Some(&(i, len)) => pair(i, len),
        None => Term::atom("nomatch"),
    })
}

fn match_all(a: &[Term], opts: Option<&Term>) -> BifResult {
    let bin = bytes(&a[0], 1)?;
    let pats = patterns(&a[1])?;
    let o = options(opts, 3, bin, &["scope"])?;
    let scope = o.scope.unwrap_or((0, bin.len()));
    let found = find(bin, &pats, scope, true);
    Ok(Term::list(
        found
            .into_iter()
            .map(|(i, l)| pair(i, l))
            .collect::<Vec<_>>(),
    ))
}

fn part_2(a: &[Term]) -> BifResult {
    let b = bytes(&a[0], 1)?;
    let Some([start, len]) = a[1].as_tuple() else {
        return Err(Exception::badarg_at(2, "not a valid {Start, Length} tuple"));
    };
    let (from, to) = part(b, start, len, 2).map_err(|_| Exception::badarg_at(2, "out of range"))?;
    Ok(sub(&a[0], from, to))
}

fn bin_to_list_2(a: &[Term]) -> BifResult {
    let b = bytes(&a[0], 1)?;
    let Some([start, len]) = a[1].as_tuple() else {
        return Err(Exception::badarg_at(2, "not a valid {Start, Length} tuple"));
    };
    let (from, to) = part(b, start, len, 2).map_err(|_| Exception::badarg_at(2, "out of range"))?;
    Ok(byte_list(&b[from..to]))
}

fn end_byte(a: &[Term], first: bool) -> BifResult {
    let b = bytes(&a[0], 1)?;
    let byte = if first { b.first() } else { b.last() };
    byte.map(|&x| Term::Int(x as i64))
        .ok_or_else(|| Exception::badarg_at(1, "a zero-sized binary is not allowed"))
}

fn at(a: &[Term]) -> BifResult {
    let b = bytes(&a[0], 1)?;
    match a[1] {
        // Past the end OTP gives no error info, only `badarg`.
        Term::Int(i) if i >= 0 => b
            .get(i as usize)
            .map(|&x| Term::Int(x as i64))
            .ok_or_else(Exception::badarg),
        Term::Int(_) | Term::Big(_) => Err(Exception::badarg_at(2, "out of range")),
        _ => Err(Exception::badarg_at(2, "not an integer")),
    }
}

fn copy(a: &[Term]) -> BifResult {
    let b = bytes(&a[0], 1)?;
    match a[1] {
        Term::Int(n) if n >= 0 => Ok(Term::binary(b.repeat(n as usize))),
        Term::Int(_) | Term::Big(_) => Err(Exception::badarg_at(2, "out of range")),
        _ => Err(Exception::badarg_at(2, "not an integer")),
    }
}

/// `:big` (the default) or `:little`.
fn little(t: Option<&Term>) -> Result<bool, Exception> {
    match t.map(|t| t.as_atom().map(Atom::name)) {
        None | Some(Some("big")) => Ok(false),
        Some(Some("little")) => Ok(true),
        Some(_) => Err(Exception::badarg_at(2, "must be 'big' or 'little'")),
    }
}

fn decode_unsigned(t: &Term, endian: Option<&Term>) -> BifResult {
    let b = bytes(t, 1)?;
    let n = if little(endian)? {
        BigInt::from_bytes_le(Sign::Plus, b)
    } else {
        BigInt::from_bytes_be(Sign::Plus, b)
    };
    Ok(Term::from_bigint(n))
}

fn encode_unsigned(t: &Term, endian: Option<&Term>) -> BifResult {
    let n = args::bigint(t).ok_or_else(|| Exception::badarg_at(1, "not an integer"))?;
    if n.is_negative() {
        return Err(Exception::badarg_at(1, "out of range"));
    }
    let little = little(endian)?;
    let (_, mut out) = n.to_bytes_be();
    if out.is_empty() {
        out.push(0);
    }
    if little {
        out.reverse();
    }
    Ok(Term::binary(out))
}

/// `compile_pattern/1`: OTP builds a search automaton; here the compiled
/// form is the checked list of patterns under OTP's tags (`:bm` for one
/// pattern, `:ac` for several), which every search function accepts.
fn compile_pattern(a: &[Term]) -> BifResult {
    let pats = patterns(&a[0]).map_err(|_| Exception::badarg_at(1, "not a valid pattern"))?;
    let tag = if pats.len() == 1 { "bm" } else { "ac" };
    let list = Term::list(pats.into_iter().map(Term::binary).collect::<Vec<_>>());
    Ok(Term::tuple(vec![Term::atom(tag), list]))
}

/// `longest_common_prefix/1` and `longest_common_suffix/1`: the length in
/// bytes shared by every binary of a non-empty list.
fn common(a: &[Term], prefix: bool) -> BifResult {
    let bad = || Exception::badarg_at(1, "not a flat list of binaries");
    let items = a[0].list_to_vec().ok_or_else(bad)?;
    let bins: Vec<&[u8]> = items
        .iter()
        .map(|t| match t {
            Term::Binary(b) => Ok(b.as_bytes()),
            _ => Err(bad()),
        })
        .collect::<Result<_, _>>()?;
    let (first, rest) = bins.split_first().ok_or_else(bad)?;
    let shared = |x: &[u8], y: &[u8]| {
        if prefix {
            x.iter().zip(y).take_while(|(p, q)| p == q).count()
        } else {
            x.iter()
                .rev()
                .zip(y.iter().rev())
                .take_while(|(p, q)| p == q)
                .count()
        }
    };
    let n = rest
        .iter()
        .fold(first.len(), |n, b| n.min(shared(first, b)));
    Ok(Term::Int(n as i64))
}
