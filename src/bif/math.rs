//! `:math`: the C library's floating-point functions, taking integers or
//! floats and always returning floats. A result outside the reals or too
//! large for a float (`sqrt(-1)`, `log(0)`, `exp(1000)`) is `badarith`, as on
//! the BEAM; an argument that is not a number is `badarg`.

use super::args::{bif, float_result, to_f64};
use super::{Bif, BifResult};
use crate::term::Term;
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    bif("math", "pi", 0, |_| Ok(Term::Float(std::f64::consts::PI))),
    bif("math", "sqrt", 1, |a| unary(a, f64::sqrt)),
    bif("math", "exp", 1, |a| unary(a, f64::exp)),
    bif("math", "log", 1, |a| unary(a, f64::ln)),
    bif("math", "log2", 1, |a| unary(a, f64::log2)),
    bif("math", "log10", 1, |a| unary(a, f64::log10)),
    bif("math", "sin", 1, |a| unary(a, f64::sin)),
    bif("math", "cos", 1, |a| unary(a, f64::cos)),
    bif("math", "tan", 1, |a| unary(a, f64::tan)),
    bif("math", "asin", 1, |a| unary(a, f64::asin)),
    bif("math", "acos", 1, |a| unary(a, f64::acos)),
    bif("math", "atan", 1, |a| unary(a, f64::atan)),
    bif("math", "sinh", 1, |a| unary(a, f64::sinh)),
    bif("math", "cosh", 1, |a| unary(a, f64::cosh)),
    bif("math", "tanh", 1, |a| unary(a, f64::tanh)),
    bif("math", "asinh", 1, |a| unary(a, f64::asinh)),
    bif("math", "acosh", 1, |a| unary(a, f64::acosh)),
    bif("math", "atanh", 1, |a| unary(a, f64::atanh)),
    bif("math", "floor", 1, |a| unary(a, f64::floor)),
    bif("math", "ceil", 1, |a| unary(a, f64::ceil)),
    bif("math", "erf", 1, |a| unary(a, erf)),
    bif("math", "erfc", 1, |a| unary(a, erfc)),
    bif("math", "atan2", 2, |a| binary(a, f64::atan2)),
    bif("math", "pow", 2, |a| binary(a, f64::powf)),
    bif("math", "fmod", 2, |a| {
        binary(a, |x, y| if y == 0.0 { f64::NAN } else { x % y })
    }),
];

// The C library's error functions, which the BEAM calls too, so results
// agree to the last bit; Rust's std has no erf.
extern "C" {
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
}

fn erf(x: f64) -> f64 {
    // SAFETY: erf is a pure function of a double, defined for every input.
    unsafe { c_erf(x) }
}

fn erfc(x: f64) -> f64 {
    // SAFETY: as erf.
    unsafe { c_erfc(x) }
}

/// A numeric argument as a float; a bignum too large for one is `badarith`.
fn number(t: &Term, pos: u8) -> Result<f64, Exception> {
    if !super::args::is_number(t) {
        return Err(Exception::badarg_at(pos, "not a number"));
    }
    to_f64(t).ok_or_else(Exception::badarith)
}

fn unary(a: &[Term], f: fn(f64) -> f64) -> BifResult {
    float_result(f(number(&a[0], 1)?))
}

fn binary(a: &[Term], f: fn(f64, f64) -> f64) -> BifResult {
    let x = number(&a[0], 1)?;
    let y = number(&a[1], 2)?;
    float_result(f(x, y))
}
