//! `:lists`: the functions of Erlang's list module that take no fun. Where
//! OTP implements one in Erlang, bad input fails as that code does, with a
//! `function_clause` naming the clause that did not match (sometimes an
//! internal helper such as `:lists.do_flatten/2`); the C built-ins
//! (`reverse/2`, `member/2`, `keyfind/3`, ...) fail with `badarg` error info.

use std::cmp::Ordering;

use super::args::{self, bif, function_clause, iter};
use super::{Bif, BifResult};
use crate::term::{compare, loose_eq, Term};
use crate::vm::Exception;

mod sort;

pub static BIFS: &[Bif] = &[
    bif("lists", "reverse", 1, reverse_1),
    bif("lists", "reverse", 2, reverse_2),
    bif("lists", "nth", 2, nth),
    bif("lists", "nthtail", 2, nthtail),
    bif("lists", "last", 1, last),
    bif("lists", "droplast", 1, droplast),
    bif("lists", "seq", 2, seq_2),
    bif("lists", "seq", 3, seq_3),
    bif("lists", "sum", 1, sum),
    bif("lists", "max", 1, |a| extreme(a, "max", Ordering::Greater)),
    bif("lists", "min", 1, |a| extreme(a, "min", Ordering::Less)),
    bif("lists", "member", 2, member),
    bif("lists", "append", 1, append_1),
    bif("lists", "append", 2, append_2),
    bif("lists", "subtract", 2, subtract),
    bif("lists", "concat", 1, concat),
    bif("lists", "flatten", 1, |a| {
        // `flatten(List) when is_list(List)`: anything else fails there.
        if !is_list(&a[0]) {
            return Err(function_clause("lists", "flatten", a));
        }
        flatten(&a[0], Term::Nil)
    }),
    bif("lists", "flatten", 2, |a| {
        if !is_list(&a[0]) || !is_list(&a[1]) {
            return Err(function_clause("lists", "flatten", a));
        }
        flatten(&a[0], a[1].clone())
    }),
    bif("lists", "duplicate", 2, duplicate),
    bif("lists", "sort", 1, sort),
    bif("lists", "usort", 1, usort),
    bif("lists", "uniq", 1, uniq),
    bif("lists", "merge", 1, merge_1),
    bif("lists", "merge", 2, |a| merge_2(a, "merge", false)),
    bif("lists", "umerge", 2, |a| merge_2(a, "umerge", true)),
    bif("lists", "zip", 2, zip),
    bif("lists", "zip3", 3, zip3),
    bif("lists", "unzip", 1, |a| unzip(a, 2)),
    bif("lists", "unzip3", 1, |a| unzip(a, 3)),
    bif("lists", "delete", 2, delete),
    bif("lists", "split", 2, split),
    bif("lists", "sublist", 2, sublist_2),
    bif("lists", "sublist", 3, sublist_3),
    bif("lists", "prefix", 2, prefix),
    bif("lists", "suffix", 2, suffix),
    bif("lists", "join", 2, join),
    bif("lists", "enumerate", 1, |a| {
        enumerate(&Term::Int(1), &a[0], a)
    }),
    bif("lists", "enumerate", 2, |a| enumerate(&a[0], &a[1], a)),
    bif("lists", "keyfind", 3, keyfind),
    bif("lists", "keymember", 3, |a| {
        Ok(Term::bool(!keyfind(a)?.is_atom(crate::term::Atom::FALSE)))
    }),
    bif("lists", "keysearch", 3, keysearch),
    bif("lists", "keydelete", 3, keydelete),
    bif("lists", "keyreplace", 4, keyreplace),
    bif("lists", "keystore", 4, keystore),
    bif("lists", "keytake", 3, keytake),
    bif("lists", "keysort", 2, |a| keysort(a, "keysort", false)),
    bif("lists", "ukeysort", 2, |a| keysort(a, "ukeysort", true)),
    bif("lists", "keymerge", 3, keymerge),
];

/// A proper list argument of Erlang-implemented code, or `function_clause`
/// in `name`.
fn proper(t: &Term, name: &str, a: &[Term]) -> Result<Vec<Term>, Exception> {
    t.list_to_vec()
        .ok_or_else(|| function_clause("lists", name, a))
}

fn reverse_1(a: &[Term]) -> BifResult {
    let mut v = proper(&a[0], "reverse", a)?;
    v.reverse();
    Ok(Term::list(v))
}

fn reverse_2(a: &[Term]) -> BifResult {
    let mut v = proper(&a[0], "reverse", a)?;
    v.reverse();
    Ok(Term::improper_list(v, a[1].clone()))
}

fn nth(a: &[Term]) -> BifResult {
    let fail = || function_clause("lists", "nth", a);
    let Term::Int(n) = a[0] else {
        return Err(fail());
    };
    if n < 1 {
        return Err(fail());
    }
    iter(&a[1]).nth(n as usize - 1).cloned().ok_or_else(fail)
}

fn nthtail(a: &[Term]) -> BifResult {
    let fail = || function_clause("lists", "nthtail", a);
    let Term::Int(n) = a[0] else {
        return Err(fail());
    };
    let mut cur = &a[1];
    for _ in 0..n.max(0) {
        match cur {
            Term::Cons(c) => cur = &c.tail,
            _ => return Err(fail()),
        }
    }
    if n < 0 {
        return Err(fail());
    }
    Ok(cur.clone())
}

fn last(a: &[Term]) -> BifResult {
    iter(&a[0])
        .last()
        .cloned()
        .ok_or_else(|| function_clause("lists", "last", a))
}

fn droplast(a: &[Term]) -> BifResult {
    let mut v = proper(&a[0], "droplast", a)?;
    if v.pop().is_none() {
        return Err(function_clause("lists", "droplast", a));
    }
    Ok(Term::list(v))
}

fn seq_2(a: &[Term]) -> BifResult {
    match (&a[0], &a[1]) {
        (Term::Int(from), Term::Int(to)) if *to >= from.saturating_sub(1) => {
            Ok(Term::list((*from..=*to).map(Term::Int).collect::<Vec<_>>()))
        }
        _ => Err(function_clause("lists", "seq", a)),
    }
}

fn seq_3(a: &[Term]) -> BifResult {
    let (Term::Int(from), Term::Int(to), Term::Int(step)) = (&a[0], &a[1], &a[2]) else {
        return Err(function_clause("lists", "seq", a));
    };
    let (from, to, step) = (*from as i128, *to as i128, *step as i128);
    if step > 0 && from - step <= to || step < 0 && from - step >= to {
        let count = (to - from) / step + 1;
        let v: Vec<Term> = (0..count)
            .map(|i| Term::Int((from + i * step) as i64))
            .collect();
        return Ok(Term::list(v));
    }
    if step == 0 && from == to {
        return Ok(Term::list(vec![Term::Int(from as i64)]));
    }
    let why = if to >= from {
        "not a positive increment"
    } else {
        "not a negative increment"
    };
    Err(Exception::badarg_at(3, why))
}

fn sum(a: &[Term]) -> BifResult {
    let v = proper(&a[0], "sum", a)?;
    v.into_iter()
        .try_fold(Term::Int(0), |acc, x| super::arith::add(&[acc, x]))
}

/// `max/1` or `min/1`: the first of the extreme elements.
fn extreme(a: &[Term], name: &str, want: Ordering) -> BifResult {
    let v = proper(&a[0], name, a)?;
    let mut it = v.into_iter();
    let first = it.next().ok_or_else(|| function_clause("lists", name, a))?;
    Ok(it.fold(
        first,
        |best, x| {
            if compare(&x, &best) == want {
                x
            } else {
                best
            }
        },
    ))
}

fn member(a: &[Term]) -> BifResult {
    if !args::is_list(&a[1]) {
        return Err(Exception::badarg_at(2, "not a list"));
    }
    let mut it = iter(&a[1]);
    if it.by_ref().any(|x| *x == a[0]) {
        return Ok(Term::bool(true));
    }
    match it.rest() {
        Term::Nil => Ok(Term::bool(false)),
        _ => Err(Exception::badarg_at(2, "not a proper list")),
    }
}

fn append_1(a: &[Term]) -> BifResult {
    let lists = proper(&a[0], "append", a)?;
    let mut out = Term::Nil;
    for (i, l) in lists.into_iter().rev().enumerate() {
        if i == 0 {
            out = l;
        } else {
            let items = l.list_to_vec().ok_or_else(Exception::badarg)?;
            out = Term::improper_list(items, out);
        }
    }
    Ok(out)
}

fn append_2(a: &[Term]) -> BifResult {
    let items = a[0].list_to_vec().ok_or_else(Exception::badarg)?;
    Ok(Term::improper_list(items, a[1].clone()))
}

fn subtract(a: &[Term]) -> BifResult {
    let left = a[0].list_to_vec().ok_or_else(Exception::badarg)?;
    let right = a[1].list_to_vec().ok_or_else(Exception::badarg)?;
    Ok(Term::list(super::convert::remove_each(left, &right)))
}

/// `concat/1`: atoms, numbers and charlists as one charlist.
fn concat(a: &[Term]) -> BifResult {
    let items = proper(&a[0], "concat", a)?;
    let mut out: Vec<Term> = Vec::new();
    for x in &items {
        let text = match x {
            Term::Atom(at) => args::charlist(at.name()),
            Term::Int(_) | Term::Big(_) => {
                args::charlist(&args::bigint(x).unwrap_or_default().to_string())
            }
            Term::Float(_) => args::charlist(&super::float_text::to_text(x, None)?),
            Term::Nil | Term::Cons(_) => x.clone(),
            _ => {
                return Err(function_clause(
                    "lists",
                    "thing_to_list",
                    std::slice::from_ref(x),
                ))
            }
        };
        out.extend(text.list_to_vec().ok_or_else(Exception::badarg)?);
    }
    Ok(Term::list(out))
}

fn is_list(t: &Term) -> bool {
    matches!(t, Term::Cons(_) | Term::Nil)
}

/// Flattens nested lists onto `tail`, with an explicit stack.
fn flatten(t: &Term, tail: Term) -> BifResult {
    let mut out = Vec::new();
    let mut stack = vec![iter(t)];
    while let Some(top) = stack.last_mut() {
        match top.next() {
            Some(x @ (Term::Cons(_) | Term::Nil)) => stack.push(iter(x)),
            Some(x) => out.push(x.clone()),
            None => {
                let rest = top.rest();
                if !matches!(rest, Term::Nil) {
                    let args = [rest.clone(), Term::Nil];
                    return Err(function_clause("lists", "do_flatten", &args));
                }
                stack.pop();
            }
        }
    }
    Ok(Term::improper_list(out, tail))
}

fn duplicate(a: &[Term]) -> BifResult {
    match a[0] {
        Term::Int(n) if n >= 0 => Ok(Term::list(vec![a[1].clone(); n as usize])),
        _ => Err(function_clause("lists", "duplicate", a)),
    }
}

/// `sort/1`: in term order, with terms that compare equal but differ (`1`
/// and `1.0`) where OTP's merge sort leaves them.
fn sort(a: &[Term]) -> BifResult {
    let v = proper(&a[0], "sort", a)?;
    Ok(Term::list(sort::sort(v)))
}

/// Sorted, keeping the first of each run of equal (`==`) elements.
fn usort(a: &[Term]) -> BifResult {
    let mut v = proper(&a[0], "usort", a)?;
    v.sort_by(compare);
    v.dedup_by(|x, kept| loose_eq(x, kept));
    Ok(Term::list(v))
}

/// `uniq/1`: first occurrences in order, by exact equality.
// See `convert::remove_each` on why a term is a sound set key.
#[allow(clippy::mutable_key_type)]
fn uniq(a: &[Term]) -> BifResult {
    let v = proper(&a[0], "uniq", a)?;
    let mut seen = std::collections::BTreeSet::new();
    let out: Vec<Term> = v
        .into_iter()
        .filter(|x| seen.insert(crate::term::MapKey(x.clone())))
        .collect();
    Ok(Term::list(out))
}

/// Merges sorted lists; on ties the element from the earlier list comes first.
fn merge_sorted(lists: Vec<Vec<Term>>, unique: bool) -> Vec<Term> {
    let mut all: Vec<(usize, Term)> = lists
        .into_iter()
        .enumerate()
        .flat_map(|(i, l)| l.into_iter().map(move |x| (i, x)))
        .collect();
    all.sort_by(|(i, x), (j, y)| compare(x, y).then(i.cmp(j)));
    let mut out: Vec<Term> = all.into_iter().map(|(_, x)| x).collect();
    if unique {
        out.dedup_by(|x, kept| loose_eq(x, kept));
    }
    out
}

fn merge_1(a: &[Term]) -> BifResult {
    let lists = proper(&a[0], "merge", a)?;
    let lists: Option<Vec<Vec<Term>>> = lists.iter().map(Term::list_to_vec).collect();
    let lists = lists.ok_or_else(|| function_clause("lists", "merge", a))?;
    Ok(Term::list(merge_sorted(lists, false)))
}

fn merge_2(a: &[Term], name: &str, unique: bool) -> BifResult {
    let x = proper(&a[0], name, a)?;
    let y = proper(&a[1], name, a)?;
    Ok(Term::list(merge_sorted(vec![x, y], unique)))
}

fn zip(a: &[Term]) -> BifResult {
    let x = proper(&a[0], "zip", a)?;
    let y = proper(&a[1], "zip", a)?;
    if x.len() != y.len() {
        return Err(function_clause("lists", "zip", a));
    }
    let v: Vec<Term> = x
        .into_iter()
        .zip(y)
        .map(|(p, q)| Term::tuple(vec![p, q]))
        .collect();
    Ok(Term::list(v))
}

fn zip3(a: &[Term]) -> BifResult {
    let x = proper(&a[0], "zip3", a)?;
    let y = proper(&a[1], "zip3", a)?;
    let z = proper(&a[2], "zip3", a)?;
    if x.len() != y.len() || y.len() != z.len() {
        return Err(function_clause("lists", "zip3", a));
    }
    let v: Vec<Term> = x
        .into_iter()
        .zip(y)
        .zip(z)
        .map(|((p, q), r)| Term::tuple(vec![p, q, r]))
        .collect();
    Ok(Term::list(v))
}

/// `unzip/1` (`n` = 2) and `unzip3/1` (`n` = 3).
fn unzip(a: &[Term], n: usize) -> BifResult {
    let name = if n == 2 { "unzip" } else { "unzip3" };
    let v = proper(&a[0], name, a)?;
    let mut cols: Vec<Vec<Term>> = vec![Vec::new(); n];
    for t in &v {
        match t.as_tuple() {
            Some(elems) if elems.len() == n => {
                for (col, e) in cols.iter_mut().zip(elems) {
                    col.push(e.clone());
                }
            }
            _ => {
                let args = [a[0].clone(), Term::Nil, Term::Nil];
                return Err(function_clause("lists", name, &args));
            }
        }
    }
    Ok(Term::tuple(
        cols.into_iter().map(Term::list).collect::<Vec<_>>(),
    ))
}

/// `delete/2`: drops the first exact (`=:=`) occurrence.
fn delete(a: &[Term]) -> BifResult {
    let mut v = proper(&a[1], "delete", a)?;
    if let Some(i) = v.iter().position(|x| *x == a[0]) {
        v.remove(i);
    }
    Ok(Term::list(v))
}

fn split(a: &[Term]) -> BifResult {
    let v = a[1].list_to_vec().ok_or_else(Exception::badarg)?;
    match a[0] {
        Term::Int(n) if n >= 0 && n as usize <= v.len() => {
            let mut left = v;
            let right = left.split_off(n as usize);
            Ok(Term::tuple(vec![Term::list(left), Term::list(right)]))
        }
        _ => Err(Exception::badarg()),
    }
}

fn sublist_2(a: &[Term]) -> BifResult {
    match a[1] {
        Term::Int(n) if n >= 0 => {
            let v: Vec<Term> = iter(&a[0]).take(n as usize).cloned().collect();
            Ok(Term::list(v))
        }
        _ => Err(function_clause("lists", "sublist_2", a)),
    }
}

fn sublist_3(a: &[Term]) -> BifResult {
    let fail = || function_clause("lists", "sublist", a);
    let (Term::Int(start), Term::Int(len)) = (&a[1], &a[2]) else {
        return Err(fail());
    };
    if *start < 1 || *len < 0 {
        return Err(fail());
    }
    let v: Vec<Term> = iter(&a[0])
        .skip(*start as usize - 1)
        .take(*len as usize)
        .cloned()
        .collect();
    Ok(Term::list(v))
}

fn prefix(a: &[Term]) -> BifResult {
    let mut long = iter(&a[1]);
    let mut short = iter(&a[0]);
    for x in short.by_ref() {
        if long.next() != Some(x) {
            return Ok(Term::bool(false));
        }
    }
    Ok(Term::bool(matches!(short.rest(), Term::Nil)))
}

fn suffix(a: &[Term]) -> BifResult {
    let short = proper(&a[0], "suffix", a)?;
    let long = proper(&a[1], "suffix", a)?;
    Ok(Term::bool(long.ends_with(&short)))
}

fn join(a: &[Term]) -> BifResult {
    let v = proper(&a[1], "join", a)?;
    let mut out = Vec::with_capacity(v.len() * 2);
    for (i, x) in v.into_iter().enumerate() {
        if i > 0 {
            out.push(a[0].clone());
        }
        out.push(x);
    }
    Ok(Term::list(out))
}

fn enumerate(start: &Term, list: &Term, a: &[Term]) -> BifResult {
    let Term::Int(start) = start else {
        return Err(function_clause("lists", "enumerate", a));
    };
    let v = proper(list, "enumerate", a)?;
    let out: Vec<Term> = v
        .into_iter()
        .enumerate()
        .map(|(i, x)| Term::tuple(vec![Term::Int(start + i as i64), x]))
        .collect();
    Ok(Term::list(out))
}

/// The key position of the key functions: 1-based, at least 1.
fn key_pos(t: &Term, a: &[Term], name: &str) -> Result<usize, Exception> {
    match t {
        Term::Int(n) if *n >= 1 => Ok(*n as usize),
        _ => Err(function_clause("lists", name, a)),
    }
}

/// Whether `t` is a tuple whose element `n` equals (`==`) `key`.
fn has_key(t: &Term, n: usize, key: &Term) -> bool {
    matches!(t.as_tuple(), Some(e) if e.len() >= n && loose_eq(&e[n - 1], key))
}

fn keyfind(a: &[Term]) -> BifResult {
    let n = match a[1] {
        Term::Int(n) if n >= 1 => n as usize,
        _ => return Err(Exception::badarg_at(2, "out of range")),
    };
    if !args::is_list(&a[2]) {
        return Err(Exception::badarg_at(3, "not a list"));
    }
    Ok(iter(&a[2])
        .find(|t| has_key(t, n, &a[0]))
        .cloned()
        .unwrap_or(Term::bool(false)))
}

fn keysearch(a: &[Term]) -> BifResult {
    let found = keyfind(a)?;
    if found.is_atom(crate::term::Atom::FALSE) {
        return Ok(found);
    }
    Ok(Term::tuple(vec![Term::atom("value"), found]))
}

fn keydelete(a: &[Term]) -> BifResult {
    let n = key_pos(&a[1], a, "keydelete")?;
    let mut v = proper(&a[2], "keydelete3", a)?;
    if let Some(i) = v.iter().position(|t| has_key(t, n, &a[0])) {
        v.remove(i);
    }
    Ok(Term::list(v))
}

fn keyreplace(a: &[Term]) -> BifResult {
    let n = key_pos(&a[1], a, "keyreplace")?;
    if !matches!(a[3], Term::Tuple(_)) {
        return Err(function_clause("lists", "keyreplace", a));
    }
    let mut v = proper(&a[2], "keyreplace3", a)?;
    if let Some(i) = v.iter().position(|t| has_key(t, n, &a[0])) {
        v[i] = a[3].clone();
    }
    Ok(Term::list(v))
}

fn keystore(a: &[Term]) -> BifResult {
    let n = key_pos(&a[1], a, "keystore")?;
    if !matches!(a[3], Term::Tuple(_)) {
        return Err(function_clause("lists", "keystore", a));
    }
    let mut v = proper(&a[2], "keystore2", a)?;
    match v.iter().position(|t| has_key(t, n, &a[0])) {
        Some(i) => v[i] = a[3].clone(),
        None => v.push(a[3].clone()),
    }
    Ok(Term::list(v))
}

fn keytake(a: &[Term]) -> BifResult {
    let n = key_pos(&a[1], a, "keytake")?;
    let mut v = proper(&a[2], "keytake", a)?;
    match v.iter().position(|t| has_key(t, n, &a[0])) {
        Some(i) => {
            let found = v.remove(i);
            Ok(Term::tuple(vec![Term::atom("value"), found, Term::list(v)]))
        }
        None => Ok(Term::bool(false)),
    }
}

/// Element `n` of each tuple, for the key sorts; a short tuple or a
/// non-tuple fails as OTP's `element/2` call inside the sort does.
fn sort_keys(v: &[Term], n: usize) -> Result<Vec<Term>, Exception> {
    v.iter()
        .map(|t| match t.as_tuple() {
            Some(e) if e.len() >= n => Ok(e[n - 1].clone()),
            Some(_) => Err(Exception::badarg_at(1, "out of range")),
            None => Err(Exception::badarg_at(2, "not a tuple")),
        })
        .collect()
}

fn keysort(a: &[Term], name: &str, unique: bool) -> BifResult {
    let n = key_pos(&a[0], a, name)?;
    let v = proper(&a[1], name, a)?;
    if v.len() < 2 {
        return Ok(a[1].clone());
    }
    let keys = sort_keys(&v, n)?;
    let mut idx: Vec<usize> = (0..v.len()).collect();
    idx.sort_by(|&i, &j| compare(&keys[i], &keys[j]));
    if unique {
        // ukeysort keeps the first of tuples with equal keys.
        idx.dedup_by(|i, kept| loose_eq(&keys[*i], &keys[*kept]));
    }
    Ok(Term::list(
        idx.into_iter().map(|i| v[i].clone()).collect::<Vec<_>>(),
    ))
}

fn keymerge(a: &[Term]) -> BifResult {
    let n = key_pos(&a[0], a, "keymerge")?;
    let x = proper(&a[1], "keymerge", a)?;
    let y = proper(&a[2], "keymerge", a)?;
    let kx = sort_keys(&x, n)?;
    let ky = sort_keys(&y, n)?;
    let mut all: Vec<(usize, &Term, Term)> = kx
        .iter()
        .zip(x)
        .map(|(k, t)| (0, k, t))
        .chain(ky.iter().zip(y).map(|(k, t)| (1, k, t)))
        .collect();
    all.sort_by(|(i, k1, _), (j, k2, _)| compare(k1, k2).then(i.cmp(j)));
    Ok(Term::list(
        all.into_iter().map(|(_, _, t)| t).collect::<Vec<_>>(),
    ))
}
