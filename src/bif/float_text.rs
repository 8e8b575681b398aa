//! Floats as text the way `:erlang.float_to_binary/2` writes them and
//! `binary_to_float/1` reads them. The layouts were found by differential
//! testing against OTP 25: `short` is the shortest round-trip digits, written
//! in full unless scientific is shorter or the value reaches 2^53; `decimals`
//! rounds half up after splitting off the integer part (so `2.675` gives
//! `2.67` but `1.45` gives `1.5`), falling back to exact digits for many
//! decimals; `scientific` is C's `%.*e`.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Zero};

use crate::term::Term;
use crate::vm::Exception;

/// The layout asked for by `float_to_binary`'s options.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Layout {
    Scientific(usize),
    Decimals(usize),
    Short,
}

/// Longest text `float_to_binary` will build; past it the option is "invalid".
const MAX_LEN: usize = 255;

/// `float_to_binary(f)` (scientific, 20 digits) or `float_to_binary(f, opts)`.
pub fn to_text(f: &Term, opts: Option<&Term>) -> Result<String, Exception> {
    let Term::Float(f) = *f else {
        return Err(Exception::badarg_at(1, "not a float"));
    };
    let (layout, compact) = match opts {
        None => (Layout::Scientific(20), false),
        Some(opts) => parse_options(opts)?,
    };
    let text = match layout {
        Layout::Short => short(f),
        Layout::Scientific(n) => scientific(f, n),
        Layout::Decimals(n) => {
            let mut s = decimals(f, n);
            if compact && n > 0 {
                let trimmed = s.trim_end_matches('0');
                let keep = if trimmed.ends_with('.') {
                    trimmed.len() + 1
                } else {
                    trimmed.len()
                };
                s.truncate(keep);
            }
            s
        }
    };
    if text.len() > MAX_LEN {
        return Err(Exception::badarg_at(2, "invalid option in list"));
    }
    Ok(text)
}

/// The options list: the last of `short`, `{decimals, N}` and
/// `{scientific, N}` wins; `compact` applies to `decimals` only.
fn parse_options(opts: &Term) -> Result<(Layout, bool), Exception> {
    let items = opts
        .list_to_vec()
        .ok_or_else(|| Exception::badarg_at(2, "not a list"))?;
    let bad = || Exception::badarg_at(2, "invalid option in list");
    let mut layout = Layout::Scientific(20);
    let mut compact = false;
    for item in &items {
        match item {
            Term::Atom(a) if a.name() == "short" => layout = Layout::Short,
            Term::Atom(a) if a.name() == "compact" => compact = true,
            Term::Tuple(t) => match t.elems() {
                [Term::Atom(a), Term::Int(n)] if a.name() == "decimals" => {
                    if !(0..=253).contains(n) {
                        return Err(bad());
                    }
                    layout = Layout::Decimals(*n as usize);
                }
                [Term::Atom(a), Term::Int(n)] if a.name() == "scientific" => {
                    // OTP reads a negative digit count as C's default of 6.
                    if *n > 249 {
                        return Err(bad());
                    }
                    layout = Layout::Scientific(if *n < 0 { 6 } else { *n as usize });
                }
                _ => return Err(bad()),
            },
            _ => return Err(bad()),
        }
    }
    Ok((layout, compact))
}

/// C's `%.*e`: at least two exponent digits, with a sign.
fn scientific(f: f64, digits: usize) -> String {
    let text = format!("{:.*e}", digits, f);
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{:02}", exp.unsigned_abs())
}

/// `{decimals, n}`. Up to 15 decimals (and while the scaled value stays below
/// 2^53, up to 18) OTP rounds the fraction half up in floating point; past
/// that it prints the exact binary value rounded to `n` places.
fn decimals(f: f64, n: usize) -> String {
    let neg = f.is_sign_negative();
    let a = f.abs();
    let scale = 10f64.powi(n as i32);
    let fast = n <= 15 || (n <= 18 && a * scale < 9_007_199_254_740_992.0);
    let body = if fast {
        let int = a.trunc();
        let frac = ((a - int) * scale + 0.5).floor();
        let int = BigInt::from_f64(int).unwrap_or_default();
        let frac = BigInt::from_f64(frac).unwrap_or_default();
        let pow = num_traits::pow(BigInt::from(10), n);
        // A fraction that rounds up to a whole carries into the integer part.
        let scaled = int * &pow + frac;
        let digits = scaled.to_string();
        let digits = format!("{digits:0>width$}", width = n + 1);
        let (i, d) = digits.split_at(digits.len() - n);
        if n == 0 {
            i.to_string()
        } else {
            format!("{i}.{d}")
        }
    } else {
        format!("{a:.n$}")
    };
    if neg {
        format!("-{body}")
    } else {
        body
    }
}

/// `short`: the shortest digits that read back to `f`, laid out in full when
/// that is no longer than scientific and the value is below 2^53.
pub fn short(f: f64) -> String {
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let a = f.abs();
    if a.is_zero() {
        return format!("{sign}0.0");
    }
    let mut buf = ryu::Buffer::new();
    let (digits, exp) = split_digits(buf.format_finite(a));
    let sci = {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() { "0" } else { rest };
        format!("{first}.{rest}e{exp}")
    };
    let n = digits.len() as i32;
    let fixed = if exp >= 0 {
        if n <= exp + 1 {
            format!("{digits}{}.0", "0".repeat((exp + 1 - n) as usize))
        } else {
            let (i, d) = digits.split_at(exp as usize + 1);
            format!("{i}.{d}")
        }
    } else {
        format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
    };
    if fixed.len() <= sci.len() && a < 9_007_199_254_740_992.0 {
        format!("{sign}{fixed}")
    } else {
        format!("{sign}{sci}")
    }
}

/// Ryu's text as significant digits (no leading or trailing zeros) and the
/// decimal exponent of the first one.
fn split_digits(text: &str) -> (String, i32) {
    let (mantissa, exp) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int.chars().chain(frac.chars()).collect();
    let leading = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_matches('0').to_string();
    let exp = exp + int.len() as i32 - 1 - leading as i32;
    if digits.is_empty() {
        ("0".to_string(), 0)
    } else {
        (digits, exp)
    }
}

/// Erlang's float syntax: `[+-]digits.digits[(e|E)[+-]digits]`, with digits
/// on both sides of the point and nothing else around; out of range is an
/// error rather than an infinity.
pub fn parse(text: &[u8]) -> Option<f64> {
    let s = std::str::from_utf8(text).ok()?;
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (int, rest) = body.split_once('.')?;
    let (frac, exp) = match rest.split_once(['e', 'E']) {
        Some((f, e)) => (f, Some(e)),
        None => (rest, None),
    };
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|c| c.is_ascii_digit());
    if !digits(int) || !digits(frac) {
        return None;
    }
    if let Some(e) = exp {
        if !digits(e.strip_prefix(['+', '-']).unwrap_or(e)) {
            return None;
        }
    }
    let f: f64 = s.parse().ok()?;
    f.is_finite().then_some(f)
}
