//! `:erlang` arithmetic: the operators on integers (i64 promoting to bignums,
//! results always normalised) and floats (never infinite or NaN: such a
//! result is `badarith`), the bitwise operators, and the rounding built-ins.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

use super::args::{bigint, float_result, guard, to_f64};
use super::{Bif, BifResult};
use crate::term::{compare, Term};
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    guard("erlang", "+", 2, add),
    guard("erlang", "-", 2, sub),
    guard("erlang", "*", 2, mul),
    guard("erlang", "/", 2, divide),
    guard("erlang", "div", 2, int_div),
    guard("erlang", "rem", 2, int_rem),
    guard("erlang", "+", 1, plus),
    guard("erlang", "-", 1, neg),
    guard("erlang", "band", 2, band),
    guard("erlang", "bor", 2, bor),
    guard("erlang", "bxor", 2, bxor),
    guard("erlang", "bnot", 1, bnot),
    guard("erlang", "bsl", 2, |a| shift(a, false)),
    guard("erlang", "bsr", 2, |a| shift(a, true)),
    guard("erlang", "abs", 1, abs),
    guard("erlang", "trunc", 1, |a| to_integer(a, f64::trunc)),
    guard("erlang", "round", 1, |a| to_integer(a, f64::round)),
    guard("erlang", "floor", 1, |a| to_integer(a, f64::floor)),
    guard("erlang", "ceil", 1, |a| to_integer(a, f64::ceil)),
    guard("erlang", "float", 1, float),
    super::args::bif("erlang", "max", 2, max),
    super::args::bif("erlang", "min", 2, min),
    // Bitwise's functions, for calls the compiler does not expand as macros:
    // `apply(Bitwise, :band, args)`, `&Bitwise.bxor/2`.
    super::args::bif("Elixir.Bitwise", "band", 2, band),
    super::args::bif("Elixir.Bitwise", "&&&", 2, band),
    super::args::bif("Elixir.Bitwise", "bor", 2, bor),
    super::args::bif("Elixir.Bitwise", "|||", 2, bor),
    super::args::bif("Elixir.Bitwise", "bxor", 2, bxor),
    super::args::bif("Elixir.Bitwise", "^^^", 2, bxor),
    super::args::bif("Elixir.Bitwise", "bnot", 1, bnot),
    super::args::bif("Elixir.Bitwise", "~~~", 1, bnot),
    super::args::bif("Elixir.Bitwise", "bsl", 2, |a| shift(a, false)),
    super::args::bif("Elixir.Bitwise", "<<<", 2, |a| shift(a, false)),
    super::args::bif("Elixir.Bitwise", "bsr", 2, |a| shift(a, true)),
    super::args::bif("Elixir.Bitwise", ">>>", 2, |a| shift(a, true)),
];

fn band(a: &[Term]) -> BifResult {
    bitwise(a, |x, y| x & y, |x, y| x & y)
}

fn bor(a: &[Term]) -> BifResult {
    bitwise(a, |x, y| x | y, |x, y| x | y)
}

fn bxor(a: &[Term]) -> BifResult {
    bitwise(a, |x, y| x ^ y, |x, y| x ^ y)
}

/// Two operands after promotion: both small, both integers, or both floats.
enum Pair {
    Small(i64, i64),
    Big(BigInt, BigInt),
    Float(f64, f64),
}

fn pair(a: &Term, b: &Term) -> Result<Pair, Exception> {
    match (a, b) {
        (Term::Int(x), Term::Int(y)) => Ok(Pair::Small(*x, *y)),
        (Term::Float(_), _) | (_, Term::Float(_)) => {
            match (
                to_f64(a).filter(|_| is_num(a)),
                to_f64(b).filter(|_| is_num(b)),
            ) {
                (Some(x), Some(y)) => Ok(Pair::Float(x, y)),
                _ => Err(Exception::badarith()),
            }
        }
        _ => match (bigint(a), bigint(b)) {
            (Some(x), Some(y)) => Ok(Pair::Big(x, y)),
            _ => Err(Exception::badarith()),
        },
    }
}

fn is_num(t: &Term) -> bool {
    super::args::is_number(t)
}

pub fn add(a: &[Term]) -> BifResult {
    match pair(&a[0], &a[1])? {
        Pair::Small(x, y) => Ok(x
            .checked_add(y)
            .map_or_else(|| Term::from_bigint(BigInt::from(x) + y), Term::Int)),
        Pair::Big(x, y) => Ok(Term::from_bigint(x + y)),
        Pair::Float(x, y) => float_result(x + y),
    }
}

fn sub(a: &[Term]) -> BifResult {
    match pair(&a[0], &a[1])? {
        Pair::Small(x, y) => Ok(x
            .checked_sub(y)
            .map_or_else(|| Term::from_bigint(BigInt::from(x) - y), Term::Int)),
        Pair::Big(x, y) => Ok(Term::from_bigint(x - y)),
        Pair::Float(x, y) => float_result(x - y),
    }
}

fn mul(a: &[Term]) -> BifResult {
    match pair(&a[0], &a[1])? {
        Pair::Small(x, y) => Ok(x
            .checked_mul(y)
            .map_or_else(|| Term::from_bigint(BigInt::from(x) * y), Term::Int)),
        Pair::Big(x, y) => Ok(Term::from_bigint(x * y)),
        Pair::Float(x, y) => float_result(x * y),
    }
}

/// `/`: always a float; dividing by zero (or `0.0`) is `badarith`.
fn divide(a: &[Term]) -> BifResult {
    if !is_num(&a[0]) || !is_num(&a[1]) {
        return Err(Exception::badarith());
    }
    match (to_f64(&a[0]), to_f64(&a[1])) {
        (Some(x), Some(y)) => {
            if y == 0.0 {
                return Err(Exception::badarith());
            }
            float_result(x / y)
        }
        // A bignum too large for a float: divide exactly first when both are
        // integers, as the quotient may still be representable.
        _ => match (bigint(&a[0]), bigint(&a[1])) {
            (Some(x), Some(y)) if !y.is_zero() => float_result(big_ratio(&x, &y)),
            _ => Err(Exception::badarith()),
        },
    }
}

/// `x / y` as a float for integers too large to convert directly.
fn big_ratio(x: &BigInt, y: &BigInt) -> f64 {
    let shift = x.bits().max(y.bits()).saturating_sub(1000);
    let xs = (x >> shift).to_f64().unwrap_or(f64::NAN);
    let ys = (y >> shift).to_f64().unwrap_or(f64::NAN);
    xs / ys
}

/// Integer operands of `div`, `rem` and the bitwise operators.
fn integers(a: &Term, b: &Term) -> Result<Pair, Exception> {
    match (a, b) {
        (Term::Int(x), Term::Int(y)) => Ok(Pair::Small(*x, *y)),
        _ => match (bigint(a), bigint(b)) {
            (Some(x), Some(y)) => Ok(Pair::Big(x, y)),
            _ => Err(Exception::badarith()),
        },
    }
}

/// `div`: truncating integer division.
fn int_div(a: &[Term]) -> BifResult {
    match integers(&a[0], &a[1])? {
        Pair::Small(_, 0) => Err(Exception::badarith()),
        Pair::Small(x, y) => Ok(x
            .checked_div(y)
            .map_or_else(|| Term::from_bigint(-BigInt::from(x)), Term::Int)),
        Pair::Big(_, y) if y.is_zero() => Err(Exception::badarith()),
        Pair::Big(x, y) => Ok(Term::from_bigint(x / y)),
        Pair::Float(..) => Err(Exception::badarith()),
    }
}

/// `rem`: the remainder takes the sign of the dividend.
fn int_rem(a: &[Term]) -> BifResult {
    match integers(&a[0], &a[1])? {
        Pair::Small(_, 0) => Err(Exception::badarith()),
        Pair::Small(x, y) => Ok(Term::Int(x.checked_rem(y).unwrap_or(0))),
        Pair::Big(_, y) if y.is_zero() => Err(Exception::badarith()),
        Pair::Big(x, y) => Ok(Term::from_bigint(x % y)),
        Pair::Float(..) => Err(Exception::badarith()),
    }
}

fn plus(a: &[Term]) -> BifResult {
    if is_num(&a[0]) {
        Ok(a[0].clone())
    } else {
        Err(Exception::badarith())
    }
}

fn neg(a: &[Term]) -> BifResult {
    match &a[0] {
        Term::Int(i) => Ok(i
            .checked_neg()
            .map_or_else(|| Term::from_bigint(-BigInt::from(*i)), Term::Int)),
        Term::Big(b) => Ok(Term::from_bigint(-(**b).clone())),
        Term::Float(f) => Ok(Term::Float(-f)),
        _ => Err(Exception::badarith()),
    }
}

fn bitwise(
    a: &[Term],
    small: fn(i64, i64) -> i64,
    big: fn(&BigInt, &BigInt) -> BigInt,
) -> BifResult {
    match integers(&a[0], &a[1])? {
        Pair::Small(x, y) => Ok(Term::Int(small(x, y))),
        Pair::Big(x, y) => Ok(Term::from_bigint(big(&x, &y))),
        Pair::Float(..) => Err(Exception::badarith()),
    }
}

fn bnot(a: &[Term]) -> BifResult {
    match &a[0] {
        Term::Int(i) => Ok(Term::Int(!i)),
        Term::Big(b) => Ok(Term::from_bigint(-(**b).clone() - 1)),
        _ => Err(Exception::badarith()),
    }
}

/// Results past this many bits are a `system_limit`, as on the BEAM (whose
/// limit is larger, but a shift this wide is a bug, not a computation).
const MAX_BITS: u64 = 1 << 26;

/// `bsl` (or `bsr` when `right`): a negative shift goes the other way;
/// `bsr` is arithmetic, so negative numbers shift towards -1.
fn shift(a: &[Term], right: bool) -> BifResult {
    let (x, n) = match (bigint(&a[0]), &a[1]) {
        (Some(x), Term::Int(n)) => (x, *n),
        (Some(x), Term::Big(n)) => {
            // A shift by a bignum: only shifting to nothing is computable.
            let towards_zero = n.is_negative() != right;
            if towards_zero || x.is_zero() {
                return Ok(Term::Int(if x.is_negative() { -1 } else { 0 }));
            }
            return Err(Exception::error_atom("system_limit"));
        }
        _ => return Err(Exception::badarith()),
    };
    let left = if right {
        n.checked_neg().unwrap_or(i64::MAX)
    } else {
        n
    };
    if left >= 0 {
        if x.is_zero() {
            return Ok(Term::Int(0));
        }
        if x.bits() + left as u64 > MAX_BITS {
            return Err(Exception::error_atom("system_limit"));
        }
        Ok(Term::from_bigint(x << left as usize))
    } else {
        let by = left.unsigned_abs();
        if by > x.bits() {
            return Ok(Term::Int(if x.is_negative() { -1 } else { 0 }));
        }
        // BigInt's >> rounds towards negative infinity, as `bsr` does.
        Ok(Term::from_bigint(x >> by as usize))
    }
}

fn abs(a: &[Term]) -> BifResult {
    match &a[0] {
        Term::Int(i) => Ok(i
            .checked_abs()
            .map_or_else(|| Term::from_bigint(BigInt::from(*i).abs()), Term::Int)),
        Term::Big(b) => Ok(Term::from_bigint(b.abs())),
        Term::Float(f) => Ok(Term::Float(f.abs())),
        _ => Err(Exception::badarg_at(1, "not a number")),
    }
}

/// A float rounded by `f` (half away from zero for `round`), as an integer.
fn to_integer(a: &[Term], f: fn(f64) -> f64) -> BifResult {
    match &a[0] {
        Term::Int(_) | Term::Big(_) => Ok(a[0].clone()),
        Term::Float(x) => Ok(float_to_int(f(*x))),
        _ => Err(Exception::badarg_at(1, "not a number")),
    }
}

/// An integral float as an integer term.
pub fn float_to_int(f: f64) -> Term {
    if f.abs() < 9.0e18 {
        Term::Int(f as i64)
    } else {
        Term::from_bigint(BigInt::from_f64(f).unwrap_or_default())
    }
}

fn float(a: &[Term]) -> BifResult {
    match &a[0] {
        Term::Float(_) => Ok(a[0].clone()),
        Term::Int(i) => Ok(Term::Float(*i as f64)),
        Term::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(Term::Float(f)),
            _ => Err(Exception::badarg_at(1, "not a number")),
        },
        _ => Err(Exception::badarg_at(1, "not a number")),
    }
}

/// `max/2`: the first argument when they compare equal (`max(1, 1.0)` is 1).
fn max(a: &[Term]) -> BifResult {
    Ok(if compare(&a[0], &a[1]) == Ordering::Less {
        a[1].clone()
    } else {
        a[0].clone()
    })
}

fn min(a: &[Term]) -> BifResult {
    Ok(if compare(&a[0], &a[1]) == Ordering::Greater {
        a[1].clone()
    } else {
        a[0].clone()
    })
}
