//! Erlang's equality and ordering across types: number < atom < reference <
//! function < port < pid < tuple < map < list < bitstring. Numbers compare by
//! exact value (`1 == 1.0`, and a bignum against a float is exact too); atoms by
//! their text, tuples by size and then elements, lists element by element
//! (`[]` first), binaries byte by byte. Works from an explicit list of pairs,
//! so long or deeply nested terms do not deepen the Rust stack.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed};

use super::Term;

/// `===`: same type and same value (`1 === 1.0` is false, `0.0 === -0.0` is
/// true on OTP 25).
pub fn exact_eq(a: &Term, b: &Term) -> bool {
    match (a, b) {
        // Atoms are interned: the same name is the same atom.
        (Term::Atom(x), Term::Atom(y)) => x == y,
        (Term::Int(x), Term::Int(y)) => x == y,
        (Term::Pid(x), Term::Pid(y)) => x == y,
        (Term::Ref(x), Term::Ref(y)) => x == y,
        // A term compared with itself (a reply's tag against the request's).
        (Term::Cons(x), Term::Cons(y)) if std::sync::Arc::ptr_eq(x, y) => true,
        (Term::Tuple(x), Term::Tuple(y)) if x.same(y) => true,
        _ => walk(a, b, Numbers::Exact) == Ordering::Equal,
    }
}

/// `==`: like `===` but integers and floats of equal value are equal.
pub fn loose_eq(a: &Term, b: &Term) -> bool {
    compare(a, b) == Ordering::Equal
}

/// The order of `<`, `>` and `Enum.sort/1`, in which `1` and `1.0` are equal.
pub fn compare(a: &Term, b: &Term) -> Ordering {
    walk(a, b, Numbers::Loose)
}

/// A total order consistent with `===`: the same as `compare` except that an
/// integer sorts before a float of equal value.
pub fn compare_exact(a: &Term, b: &Term) -> Ordering {
    walk(a, b, Numbers::Exact)
}

/// The order map keys are kept and printed in: term order, except that every
/// integer comes before every float (`%{2 => _, 1.5 => _}`), at any depth.
pub fn compare_map_keys(a: &Term, b: &Term) -> Ordering {
    walk(a, b, Numbers::IntegersFirst)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbers {
    /// Integers and floats compare by value.
    Loose,
    /// As `Loose`, but when the values are equal an integer comes first.
    Exact,
    /// Integers before floats whatever their values.
    IntegersFirst,
}

/// Rank of a term's type in Erlang's order.
fn rank(t: &Term) -> u8 {
    match t {
        Term::Int(_) | Term::Big(_) | Term::Float(_) => 0,
        Term::Atom(_) => 1,
        Term::Ref(_) => 2,
        Term::Fun(_) => 3,
        Term::Pid(_) => 5,
        Term::Tuple(_) => 6,
        Term::Map(_) => 7,
        Term::Nil | Term::Cons(_) => 8,
        Term::Binary(_) => 9,
    }
}

/// Compares with an explicit work list, element by element in order, so that
/// neither long nor deeply nested terms deepen the Rust stack.
fn walk<'a>(a: &'a Term, b: &'a Term, numbers: Numbers) -> Ordering {
    let both_containers = |a: &Term, b: &Term| {
        matches!(
            (a, b),
            (Term::Cons(_), Term::Cons(_)) | (Term::Tuple(_), Term::Tuple(_))
        )
    };
    if !both_containers(a, b) {
        return compare_one(a, b, numbers);
    }
    let mut pending: Vec<(&'a Term, &'a Term)> = vec![(a, b)];
    while let Some((a, b)) = pending.pop() {
        match (a, b) {
            (Term::Cons(x), Term::Cons(y)) => {
                pending.push((&x.tail, &y.tail));
                pending.push((&x.head, &y.head));
            }
            (Term::Tuple(x), Term::Tuple(y)) => {
                let (x, y) = (x.elems(), y.elems());
                if x.len() != y.len() {
                    return x.len().cmp(&y.len());
                }
                pending.extend(x.iter().zip(y).rev());
            }
            _ => {
                let o = compare_one(a, b, numbers);
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
    Ordering::Equal
}

fn compare_one(a: &Term, b: &Term, numbers: Numbers) -> Ordering {
    match (a, b) {
        (Term::Int(x), Term::Int(y)) => x.cmp(y),
        (Term::Big(x), Term::Big(y)) => x.cmp(y),
        (Term::Int(x), Term::Big(y)) => BigInt::from(*x).cmp(y),
        (Term::Big(x), Term::Int(y)) => x.as_ref().cmp(&BigInt::from(*y)),
        (Term::Float(x), Term::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        (Term::Float(_), Term::Int(_) | Term::Big(_)) => compare_one(b, a, numbers).reverse(),
        (Term::Int(_) | Term::Big(_), Term::Float(_)) if numbers == Numbers::IntegersFirst => {
            Ordering::Less
        }
        (Term::Int(_) | Term::Big(_), Term::Float(f)) => {
            let by_value = int_vs_float(a, *f);
            if by_value == Ordering::Equal && numbers == Numbers::Exact {
                Ordering::Less
            } else {
                by_value
            }
        }
        (Term::Atom(x), Term::Atom(y)) => {
            if x == y {
                Ordering::Equal
            } else {
                x.name().cmp(y.name())
            }
        }
        (Term::Binary(x), Term::Binary(y)) => x
            .as_bytes()
            .cmp(y.as_bytes())
            .then(x.bit_len().cmp(&y.bit_len())),
        (Term::Pid(x), Term::Pid(y)) | (Term::Ref(x), Term::Ref(y)) => x.cmp(y),
        (Term::Fun(x), Term::Fun(y)) => {
            if std::sync::Arc::ptr_eq(x, y) {
                Ordering::Equal
            } else {
                fun_cmp(x, y, numbers)
            }
        }
        (Term::Map(x), Term::Map(y)) => map_cmp(x, y, numbers),
        (Term::Nil, Term::Nil) => Ordering::Equal,
        (Term::Nil, Term::Cons(_)) => Ordering::Less,
        (Term::Cons(_), Term::Nil) => Ordering::Greater,
        (Term::Cons(_), Term::Cons(_)) | (Term::Tuple(_), Term::Tuple(_)) => walk(a, b, numbers),
        _ => rank(a).cmp(&rank(b)),
    }
}

/// An integer (`Int` or `Big`) against a finite float, by exact value.
fn int_vs_float(int: &Term, f: f64) -> Ordering {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if f.is_nan() {
        return Ordering::Equal;
    }
    match int {
        Term::Int(n) => {
            if f >= TWO_63 {
                Ordering::Less
            } else if f < -TWO_63 {
                Ordering::Greater
            } else {
                let whole = f.trunc();
                // In range, so the conversion is exact.
                let w = whole as i64;
                n.cmp(&w)
                    .then_with(|| 0.0f64.partial_cmp(&(f - whole)).unwrap_or(Ordering::Equal))
            }
        }
        Term::Big(n) => {
            if f.is_infinite() || f.abs() >= TWO_63 {
                // Floats this large are whole numbers, so the conversion is exact.
                match BigInt::from_f64(f) {
                    Some(fb) => n.as_ref().cmp(&fb),
                    None if f > 0.0 => Ordering::Less,
                    None => Ordering::Greater,
                }
            } else if n.is_negative() {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        _ => Ordering::Equal,
    }
}

/// Maps order by size, then by their keys in map order, then by the values.
fn map_cmp(x: &super::Map, y: &super::Map, numbers: Numbers) -> Ordering {
    x.len()
        .cmp(&y.len())
        .then_with(|| {
            for ((a, _), (b, _)) in x.sorted_iter().zip(y.sorted_iter()) {
                let o = walk(a, b, Numbers::IntegersFirst);
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        })
        .then_with(|| {
            for ((_, a), (_, b)) in x.sorted_iter().zip(y.sorted_iter()) {
                let o = walk(a, b, numbers);
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        })
}

fn fun_cmp(x: &super::Fun, y: &super::Fun, numbers: Numbers) -> Ordering {
    use super::Fun;
    match (x, y) {
        (
            Fun::Export {
                module: m1,
                name: n1,
                arity: a1,
            },
            Fun::Export {
                module: m2,
                name: n2,
                arity: a2,
            },
        ) => m1
            .name()
            .cmp(m2.name())
            .then(n1.name().cmp(n2.name()))
            .then(a1.cmp(a2)),
        (Fun::Closure { code: c1, env: e1 }, Fun::Closure { code: c2, env: e2 }) => {
            (std::sync::Arc::as_ptr(c1) as usize)
                .cmp(&(std::sync::Arc::as_ptr(c2) as usize))
                .then_with(|| {
                    for (a, b) in e1.iter().zip(e2.iter()) {
                        let o = walk(a, b, numbers);
                        if o != Ordering::Equal {
                            return o;
                        }
                    }
                    Ordering::Equal
                })
        }
        (Fun::Export { .. }, Fun::Closure { .. }) => Ordering::Less,
        (Fun::Closure { .. }, Fun::Export { .. }) => Ordering::Greater,
    }
}
