//! The obsolete half of `:string`: functions on flat charlists only, indexed
//! by code point (`len/1`, `substr/3`, `tokens/2`, `to_upper/1`, ...). Old
//! code and some of Elixir's own call them; anything but a charlist fails
//! with `function_clause`, as the Erlang clauses do.

use super::args::{self, bif, function_clause};
use super::{Bif, BifResult};
use crate::term::Term;
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    bif("string", "to_upper", 1, |a| {
        change_case(a, "to_upper", true)
    }),
    bif("string", "to_lower", 1, |a| {
        change_case(a, "to_lower", false)
    }),
    bif("string", "len", 1, |a| {
        Ok(Term::Int(chars(a, 0, "len")?.len() as i64))
    }),
    bif("string", "join", 2, join),
    bif("string", "tokens", 2, tokens),
    bif("string", "copies", 2, copies),
    bif("string", "chars", 2, |a| fill(a, Term::Nil)),
    bif("string", "chars", 3, |a| fill(a, a[2].clone())),
    bif("string", "substr", 2, |a| substr(a, None)),
    bif("string", "substr", 3, |a| substr(a, Some(&a[2]))),
    bif("string", "str", 2, |a| search(a, "str", false)),
    bif("string", "rstr", 2, |a| search(a, "rstr", true)),
    bif("string", "chr", 2, |a| char_index(a, "chr", false)),
    bif("string", "rchr", 2, |a| char_index(a, "rchr", true)),
    bif("string", "strip", 1, |a| strip(a, "both", ' ' as i64)),
    bif("string", "strip", 2, |a| strip_dir(a, ' ' as i64)),
    bif("string", "strip", 3, |a| match a[2] {
        Term::Int(c) => strip_dir(a, c),
        _ => Err(function_clause("string", "strip", a)),
    }),
    bif("string", "words", 1, |a| words(a, ' ' as i64)),
    bif("string", "words", 2, |a| match a[1] {
        Term::Int(c) => words(a, c),
        _ => Err(function_clause("string", "words", a)),
    }),
];

/// Argument `i` as a flat list of code points, or `function_clause` in `name`.
fn chars(a: &[Term], i: usize, name: &str) -> Result<Vec<i64>, Exception> {
    args::int_list(&a[i]).ok_or_else(|| function_clause("string", name, a))
}

fn list(cps: &[i64]) -> Term {
    Term::list(cps.iter().map(|&c| Term::Int(c)).collect::<Vec<_>>())
}

/// The case of one code point when it maps to a single one; others stay.
fn case_of(c: i64, upper: bool) -> i64 {
    let Some(ch) = u32::try_from(c).ok().and_then(char::from_u32) else {
        return c;
    };
    let mut mapped: Vec<char> = if upper {
        ch.to_uppercase().collect()
    } else {
        ch.to_lowercase().collect()
    };
    match (mapped.pop(), mapped.is_empty()) {
        (Some(m), true) => m as i64,
        _ => c,
    }
}

/// `to_upper/1` and `to_lower/1`: of a charlist or of a single character.
fn change_case(a: &[Term], name: &str, upper: bool) -> BifResult {
    if let Term::Int(c) = a[0] {
        return Ok(Term::Int(case_of(c, upper)));
    }
    let cps = chars(a, 0, name)?;
    Ok(list(
        &cps.iter().map(|&c| case_of(c, upper)).collect::<Vec<_>>(),
    ))
}

fn join(a: &[Term]) -> BifResult {
    let items = a[0]
        .list_to_vec()
        .ok_or_else(|| function_clause("string", "join", a))?;
    let sep = chars(a, 1, "join")?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(args::int_list(item).ok_or_else(|| function_clause("string", "join", a))?);
    }
    Ok(list(&out))
}

/// `tokens/2`: the non-empty runs between any of the separator characters.
fn tokens(a: &[Term]) -> BifResult {
    let s = chars(a, 0, "tokens")?;
    let seps = chars(a, 1, "tokens")?;
    let out: Vec<Term> = s
        .split(|c| seps.contains(c))
        .filter(|t| !t.is_empty())
        .map(list)
        .collect();
    Ok(Term::list(out))
}

fn copies(a: &[Term]) -> BifResult {
    let s = chars(a, 0, "copies")?;
    match a[1] {
        Term::Int(n) if n >= 0 => Ok(list(&s.repeat(n as usize))),
        _ => Err(function_clause("string", "copies", a)),
    }
}

/// `chars(c, n)` and `chars(c, n, tail)`: `n` copies of `c` before `tail`.
fn fill(a: &[Term], tail: Term) -> BifResult {
    match (&a[0], &a[1]) {
        (Term::Int(_), Term::Int(n)) if *n >= 0 => {
            Ok(Term::improper_list(vec![a[0].clone(); *n as usize], tail))
        }
        _ => Err(function_clause("string", "chars", a)),
    }
}

/// `substr/2,3`: 1-based start, optional length.
fn substr(a: &[Term], len: Option<&Term>) -> BifResult {
    let s = chars(a, 0, "substr")?;
    let fail = || function_clause("string", "substr", a);
    let start = match a[1] {
        Term::Int(i) if i >= 1 && i as usize <= s.len() + 1 => i as usize - 1,
        _ => return Err(fail()),
    };
    let rest = &s[start..];
    match len {
        None => Ok(list(rest)),
        Some(Term::Int(l)) if *l >= 0 => Ok(list(&rest[..(*l as usize).min(rest.len())])),
        Some(_) => Err(fail()),
    }
}

/// `str/2` and `rstr/2`: the 1-based position of a substring, or 0.
fn search(a: &[Term], name: &str, last: bool) -> BifResult {
    let s = chars(a, 0, name)?;
    let sub = chars(a, 1, name)?;
    if sub.is_empty() {
        return Ok(Term::Int(if last { s.len() as i64 + 1 } else { 1 }));
    }
    let mut hits = s
        .windows(sub.len())
        .enumerate()
        .filter(|(_, w)| *w == &sub[..]);
    let hit = if last { hits.next_back() } else { hits.next() };
    Ok(Term::Int(hit.map_or(0, |(i, _)| i as i64 + 1)))
}

/// `chr/2` and `rchr/2`: the 1-based position of a character, or 0.
fn char_index(a: &[Term], name: &str, last: bool) -> BifResult {
    let s = chars(a, 0, name)?;
    let Term::Int(c) = a[1] else {
        return Err(function_clause("string", name, a));
    };
    let pos = if last {
        s.iter().rposition(|&x| x == c)
    } else {
        s.iter().position(|&x| x == c)
    };
    Ok(Term::Int(pos.map_or(0, |i| i as i64 + 1)))
}

fn strip_dir(a: &[Term], c: i64) -> BifResult {
    match a[1].as_atom().map(crate::term::Atom::name) {
        Some(d @ ("left" | "right" | "both")) => strip(a, d, c),
        _ => Err(function_clause("string", "strip", a)),
    }
}

fn strip(a: &[Term], dir: &str, c: i64) -> BifResult {
    let s = chars(a, 0, "strip")?;
    let mut from = 0;
    let mut to = s.len();
    if dir != "right" {
        while from < to && s[from] == c {
            from += 1;
        }
    }
    if dir != "left" {
        while to > from && s[to - 1] == c {
            to -= 1;
        }
    }
    Ok(list(&s[from..to]))
}

/// `words/1,2`: how many non-empty runs the separator leaves.
fn words(a: &[Term], sep: i64) -> BifResult {
    let s = chars(a, 0, "words")?;
    Ok(Term::Int(
        s.split(|&c| c == sep).filter(|w| !w.is_empty()).count() as i64,
    ))
}
