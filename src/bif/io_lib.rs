//! `:io_lib.format/2` (and `fwrite/2`): Erlang's format strings. A control
//! sequence is `~F.P.PadModC`: field width, precision, pad character,
//! modifier (`t` for Unicode, `l` for no string detection) and the control
//! (`~p ~w ~s ~c ~e ~f ~g ~b ~x ~# ~n ~~ ...`). The result is a flat
//! charlist; `:io.format` (stdlib/erlang/io.ex) writes it out.

use super::args::{bif, iter};
use super::{Bif, BifResult};
use crate::term::Term;
use crate::vm::Exception;

mod write;

use write::Style;

pub static BIFS: &[Bif] = &[
    bif("io_lib", "format", 2, format),
    bif("io_lib", "vial_format_explained", 2, format_explained),
    bif("io_lib", "fwrite", 2, format),
    bif("io_lib", "write", 1, |a| {
        Ok(chars_term(&write::write(&a[0], plain_style())))
    }),
    bif("io_lib", "print", 1, |a| {
        let style = Style {
            pretty: true,
            ..plain_style()
        };
        Ok(chars_term(&write::print(&a[0], style, 1, 80)))
    }),
    bif("io_lib", "write_atom", 1, |a| match &a[0] {
        Term::Atom(at) => Ok(chars_term(&write::atom(at.name()))),
        _ => Err(Exception::badarg()),
    }),
];

fn plain_style() -> Style {
    Style {
        pretty: false,
        unicode: true,
        depth: None,
    }
}

fn chars_term(s: &str) -> Term {
    super::args::charlist(s)
}

/// A field width or precision: given, taken from the arguments (`*`), or absent.
type Field = Option<i64>;

/// One parsed control sequence.
#[derive(Clone, Copy)]
struct Spec {
    width: Field,
    left: bool,
    precision: Field,
    pad: char,
    unicode: bool,
    no_strings: bool,
    control: char,
}

fn format(a: &[Term]) -> BifResult {
    let fmt = format_chars(&a[0]).ok_or_else(Exception::badarg)?;
    let args = super::args::list(&a[1], 2).map_err(|_| Exception::badarg())?;
    let out = run(&fmt, &args).ok_or_else(Exception::badarg)?;
    Ok(chars_term(&out))
}

/// `io_lib:format/2` for `io:format/2,3` (stdlib/erlang/io.ex): a bad call
/// explains itself, as `io:format` does on OTP (`io_lib:format` does not).
fn format_explained(a: &[Term]) -> BifResult {
    let fmt = format_chars(&a[0]).ok_or_else(Exception::badarg)?;
    let args = super::args::list(&a[1], 2).map_err(|_| Exception::badarg_at(2, "not a list"))?;
    let out = run(&fmt, &args).ok_or_else(|| match diagnose(&fmt, &args) {
        Some((position, why)) => Exception::badarg_at(position, why),
        // A format OTP cannot run for no reason its checks name (`~1.1e`).
        None => Exception::badarg_at(1, "failed to format string"),
    })?;
    Ok(chars_term(&out))
}

/// Why `format` could not be run on `args`, as OTP explains a bad call of
/// `io:format/2`: the format string first, then the number of arguments, then
/// the type of the first argument that does not fit its control.
fn diagnose(fmt: &[char], args: &[Term]) -> Option<(u8, String)> {
    // What each argument must be: "integer", "float", "string", or "" (any).
    let mut wanted: Vec<&str> = Vec::new();
    let mut i = 0;
    let truncated = || Some((1, "format string invalid (truncated)".to_string()));
    while i < fmt.len() {
        if fmt[i] != '~' {
            i += 1;
            continue;
        }
        i += 1;
        if fmt.get(i) == Some(&'-') {
            i += 1;
        }
        // width, then .precision, then .pad
        for part in 0..3 {
            if part > 0 {
                if fmt.get(i) != Some(&'.') {
                    break;
                }
                i += 1;
            }
            match fmt.get(i) {
                Some('*') => {
                    wanted.push("integer");
                    i += 1;
                }
                Some(_) if part == 2 => i += 1,
                Some(c) if c.is_ascii_digit() => {
                    while fmt.get(i).is_some_and(|c| c.is_ascii_digit()) {
                        i += 1;
                    }
                }
                Some(_) => {}
                None => return truncated(),
            }
        }
        while matches!(fmt.get(i), Some('t' | 'l' | 'k' | 'K')) {
            i += 1;
        }
        let Some(&c) = fmt.get(i) else {
            return truncated();
        };
        i += 1;
        match c {
            '~' | 'n' => {}
            'c' | 'B' | 'b' | '#' | '+' => wanted.push("integer"),
            'X' | 'x' => wanted.extend(["integer", ""]),
            'f' | 'e' | 'g' => wanted.push("float"),
            's' => wanted.push("string"),
            'p' | 'w' | 'i' => wanted.push(""),
            'P' | 'W' => wanted.extend(["", "integer"]),
            other => {
                return Some((
                    1,
                    format!("format string invalid (invalid control ~{other})"),
                ));
            }
        }
    }
    if wanted.len() != args.len() {
        return Some((1, "wrong number of arguments".to_string()));
    }
    for (n, (kind, arg)) in wanted.iter().zip(args).enumerate() {
        let fits = match *kind {
            "integer" => matches!(arg, Term::Int(_) | Term::Big(_)),
            "float" => matches!(arg, Term::Float(_)),
            "string" => matches!(arg, Term::Atom(_)) || super::args::chardata(arg).is_ok(),
            _ => true,
        };
        if !fits {
            return Some((2, format!("element {} must be of type {kind}", n + 1)));
        }
    }
    None
}

/// The format as characters: a charlist (possibly nested), a binary or an atom.
fn format_chars(t: &Term) -> Option<Vec<char>> {
    match t {
        Term::Atom(a) => Some(a.name().chars().collect()),
        _ => super::args::chardata(t).ok().map(|s| s.chars().collect()),
    }
}

fn run(fmt: &[char], args: &[Term]) -> Option<String> {
    let mut out = String::new();
    let mut args = args.iter();
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != '~' {
            out.push(c);
            continue;
        }
        let spec = parse_spec(fmt, &mut i, &mut args)?;
        control(&spec, &mut args, &mut out)?;
    }
    // Every argument must have been used.
    args.next().is_none().then_some(out)
}

fn parse_spec<'a>(
    fmt: &[char],
    i: &mut usize,
    args: &mut impl Iterator<Item = &'a Term>,
) -> Option<Spec> {
    let mut left = false;
    if fmt.get(*i) == Some(&'-') {
        left = true;
        *i += 1;
    }
    let mut width = number(fmt, i, args)?;
    if let Some(w) = width {
        if w < 0 {
            left = true;
            width = Some(-w);
        }
    }
    let mut precision = None;
    let mut pad = ' ';
    if fmt.get(*i) == Some(&'.') {
        *i += 1;
        precision = number(fmt, i, args)?;
        if fmt.get(*i) == Some(&'.') {
            *i += 1;
            pad = match fmt.get(*i)? {
                '*' => match args.next()? {
                    Term::Int(c) => char::from_u32(u32::try_from(*c).ok()?)?,
                    _ => return None,
                },
                c => *c,
            };
            *i += 1;
        }
    }
    let (mut unicode, mut no_strings) = (false, false);
    loop {
        match fmt.get(*i)? {
            't' => unicode = true,
            'l' => no_strings = true,
            'k' | 'K' => {}
            _ => break,
        }
        *i += 1;
    }
    let control = *fmt.get(*i)?;
    *i += 1;
    Some(Spec {
        width,
        left,
        precision,
        pad,
        unicode,
        no_strings,
        control,
    })
}

/// Digits, `*` (the next argument), or nothing.
fn number<'a>(
    fmt: &[char],
    i: &mut usize,
    args: &mut impl Iterator<Item = &'a Term>,
) -> Option<Field> {
    if fmt.get(*i) == Some(&'*') {
        *i += 1;
        return match args.next()? {
            Term::Int(n) => Some(Some(*n)),
            _ => None,
        };
    }
    let start = *i;
    while fmt.get(*i).is_some_and(char::is_ascii_digit) {
        *i += 1;
    }
    if *i == start {
        return Some(None);
    }
    let digits: String = fmt[start..*i].iter().collect();
    digits.parse().ok().map(Some)
}

/// The column output has reached: characters since the last newline.
fn column(out: &str) -> usize {
    match out.rfind('\n') {
        Some(nl) => out[nl + 1..].chars().count(),
        None => out.chars().count(),
    }
}

fn control<'a>(
    spec: &Spec,
    args: &mut impl Iterator<Item = &'a Term>,
    out: &mut String,
) -> Option<()> {
    let width = match spec.width {
        Some(w) => Some(usize::try_from(w).ok()?),
        None => None,
    };
    let precision = match spec.precision {
        Some(p) => Some(usize::try_from(p).ok()?),
        None => None,
    };
    match spec.control {
        '~' => out.push_str(&fill("~", width, precision, spec)),
        'n' => out.push('\n'),
        'i' => {
            args.next()?;
        }
        'c' => {
            let c = match args.next()? {
                // Without `t`, only the low byte of the character is written.
                Term::Int(c) if !spec.unicode => char::from(u8::try_from(c & 255).ok()?),
                Term::Int(c) => char::from_u32(u32::try_from(*c).ok()?)?,
                _ => return None,
            };
            let count = precision.or(width).unwrap_or(1);
            let text: String = std::iter::repeat_n(c, count).collect();
            out.push_str(&pad(&text, width, spec));
        }
        's' => {
            let text = string_arg(args.next()?, spec.unicode)?;
            // The string is cut to the precision (or the width), and a
            // precision alone pads it on the right.
            let text: String = match precision.or(width) {
                Some(p) => text.chars().take(p.min(width.unwrap_or(p))).collect(),
                None => text,
            };
            let text = match (width, precision) {
                (None, Some(p)) => pad(
                    &text,
                    Some(p),
                    &Spec {
                        left: true,
                        ..*spec
                    },
                ),
                _ => text,
            };
            out.push_str(&pad(&text, width, spec));
        }
        'w' | 'W' | 'p' | 'P' => {
            let t = args.next()?;
            let depth = if matches!(spec.control, 'W' | 'P') {
                match args.next()? {
                    Term::Int(d) if *d > 0 => Some(*d as usize),
                    Term::Int(_) => None,
                    _ => return None,
                }
            } else {
                None
            };
            let pretty = matches!(spec.control, 'p' | 'P');
            let style = Style {
                pretty: pretty && !spec.no_strings,
                unicode: spec.unicode,
                depth,
            };
            if pretty {
                let line = width.unwrap_or(80);
                out.push_str(&write::print(t, style, column(out), line));
            } else {
                let text = write::write(t, style);
                out.push_str(&fill(&text, width, precision, spec));
            }
        }
        'e' | 'f' | 'g' => {
            let Term::Float(f) = args.next()? else {
                return None;
            };
            let p = precision.unwrap_or(6);
            let text = match spec.control {
                'f' if p >= 1 => fixed(*f, p),
                'e' if p >= 2 => scientific(*f, p),
                'g' if p >= 1 => general(*f, p),
                _ => return None,
            };
            out.push_str(&fill(&text, width, None, spec));
        }
        'b' | 'B' | 'x' | 'X' | '#' | '+' => {
            let n = args.next()?;
            let base = precision.unwrap_or(10);
            if !(2..=36).contains(&base) {
                return None;
            }
            let lower = matches!(spec.control, 'b' | 'x' | '+');
            let (negative, digits) = integer_digits(n, base as u32, lower)?;
            let prefix = match spec.control {
                'x' | 'X' => prefix_arg(args.next()?)?,
                '#' | '+' => format!("{base}#"),
                _ => String::new(),
            };
            let sign = if negative { "-" } else { "" };
            let text = format!("{sign}{prefix}{digits}");
            out.push_str(&fill(&text, width, None, spec));
        }
        _ => return None,
    }
    Some(())
}

/// The prefix of `~x`: an atom or a (deep) character list; unlike `~s`, a
/// binary anywhere in it is badarg, as in OTP.
fn prefix_arg(t: &Term) -> Option<String> {
    fn chars(t: &Term, out: &mut String) -> Option<()> {
        match t {
            Term::Nil => Some(()),
            Term::Cons(_) => {
                for item in iter(t) {
                    match item {
                        Term::Int(c) => out.push(char::from_u32(u32::try_from(*c).ok()?)?),
                        other => chars(other, out)?,
                    }
                }
                Some(())
            }
            _ => None,
        }
    }
    match t {
        Term::Atom(a) => Some(a.name().to_string()),
        _ => {
            let mut out = String::new();
            chars(t, &mut out)?;
            Some(out)
        }
    }
}

/// The text of a `~s` argument: an atom, or chardata (a binary read as
/// Latin-1 bytes unless `~ts`).
fn string_arg(t: &Term, unicode: bool) -> Option<String> {
    match t {
        Term::Atom(a) => Some(a.name().to_string()),
        _ if unicode => super::args::chardata(t).ok(),
        _ => {
            let mut out = String::new();
            latin1_into(t, &mut out)?;
            Some(out)
        }
    }
}

fn latin1_into(t: &Term, out: &mut String) -> Option<()> {
    match t {
        Term::Binary(b) if b.is_binary() => {
            out.extend(b.as_bytes().iter().map(|b| char::from(*b)));
            Some(())
        }
        Term::Nil => Some(()),
        Term::Cons(_) => {
            let mut it = iter(t);
            for item in &mut it {
                match item {
                    Term::Int(c @ 0..=255) => out.push(char::from(*c as u8)),
                    other => latin1_into(other, out)?,
                }
            }
            match it.rest() {
                Term::Nil => Some(()),
                Term::Binary(_) => latin1_into(it.rest(), out),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Text padded to `width` (on the left unless `~-`).
fn pad(text: &str, width: Option<usize>, spec: &Spec) -> String {
    let len = text.chars().count();
    match width {
        Some(w) if w > len => {
            let padding: String = std::iter::repeat_n(spec.pad, w - len).collect();
            if spec.left {
                format!("{text}{padding}")
            } else {
                format!("{padding}{text}")
            }
        }
        _ => text.to_string(),
    }
}

/// A field that must fit: text longer than the field becomes `*`s.
fn fill(text: &str, width: Option<usize>, precision: Option<usize>, spec: &Spec) -> String {
    let width = width.or(precision);
    let len = text.chars().count();
    match width {
        Some(w) => {
            let room = precision.map_or(w, |p| p.min(w));
            if len > room {
                let stars = "*".repeat(room);
                pad(&stars, Some(w), spec)
            } else {
                pad(text, Some(w), spec)
            }
        }
        None => text.to_string(),
    }
}

fn integer_digits(n: &Term, base: u32, lower: bool) -> Option<(bool, String)> {
    let (negative, digits) = match n {
        Term::Int(i) => (
            *i < 0,
            num_bigint::BigInt::from(i.unsigned_abs()).to_str_radix(base),
        ),
        Term::Big(b) => (
            b.sign() == num_bigint::Sign::Minus,
            b.magnitude().to_str_radix(base),
        ),
        _ => return None,
    };
    let digits = if lower {
        digits.to_lowercase()
    } else {
        digits.to_uppercase()
    };
    Some((negative, digits))
}

/// The decimal digits of `|f|` that `~e` and `~f` round from: 21
/// significant digits, as C's `%.20e` gives them (so a request for more
/// precision is rounded twice, as on the BEAM), and the power of ten of the
/// first one (`d.ddd × 10^exp`); zero is `([0], 0)`.
fn exact_digits(f: f64) -> (Vec<u8>, i32) {
    let text = format!("{:.20e}", f.abs());
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    while digits.len() > 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, exp)
}

/// The first `n` digits, rounded half up; the carry can add a digit in
/// front, which raises the exponent.
fn round_digits(digits: &[u8], n: usize) -> (Vec<u8>, bool) {
    let mut kept: Vec<u8> = (0..n)
        .map(|i| digits.get(i).copied().unwrap_or(0))
        .collect();
    if digits.get(n).is_some_and(|d| *d >= 5) {
        let mut i = n;
        loop {
            if i == 0 {
                kept.insert(0, 1);
                kept.truncate(n.max(1));
                return (kept, true);
            }
            i -= 1;
            if kept[i] == 9 {
                kept[i] = 0;
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    (kept, false)
}

fn sign(f: f64) -> &'static str {
    if f.is_sign_negative() {
        "-"
    } else {
        ""
    }
}

fn digit_text(d: &[u8]) -> String {
    d.iter().map(|d| char::from(b'0' + d)).collect()
}

/// `~f`: `p` digits after the point.
fn fixed(f: f64, p: usize) -> String {
    let (digits, exp) = exact_digits(f);
    let zero = f == 0.0;
    // Digits before the point: exp + 1 (at least one, a 0).
    let int_len = if zero { 1 } else { exp + 1 };
    let (mut all, lead) = if int_len > 0 {
        (digits.clone(), int_len as usize)
    } else {
        let mut v = vec![0u8; (-int_len) as usize + 1];
        v.extend(&digits);
        (v, 1)
    };
    if zero {
        all = vec![0];
    }
    let (rounded, carry) = round_digits(&all, lead + p);
    let lead = lead + usize::from(carry);
    let rounded = if carry {
        let mut r = rounded;
        r.resize(lead + p, 0);
        r
    } else {
        rounded
    };
    let (int, frac) = rounded.split_at(lead.min(rounded.len()));
    format!("{}{}.{}", sign(f), digit_text(int), digit_text(frac))
}

/// `~e`: `p` significant digits, `d.ddde+X`.
fn scientific(f: f64, p: usize) -> String {
    let (digits, exp) = if f == 0.0 {
        (vec![0], 0)
    } else {
        exact_digits(f)
    };
    let (rounded, carry) = round_digits(&digits, p);
    let exp = exp + i32::from(carry);
    let (first, rest) = rounded.split_at(1);
    let e_sign = if exp < 0 { '-' } else { '+' };
    format!(
        "{}{}.{}e{e_sign}{}",
        sign(f),
        digit_text(first),
        digit_text(rest),
        exp.unsigned_abs()
    )
}

/// `~g`: `~f` with `p` significant digits for magnitudes from 0.1 up to
/// 10000, `~e` otherwise.
fn general(f: f64, p: usize) -> String {
    let a = f.abs();
    let e: i32 = if a < 0.1 {
        -2
    } else if a < 1.0 {
        -1
    } else if a < 10.0 {
        0
    } else if a < 100.0 {
        1
    } else if a < 1000.0 {
        2
    } else if a < 10000.0 {
        3
    } else {
        i32::MAX
    };
    let p = p as i32;
    if (p <= 1 && e == -1) || (p - 1 > e && e >= -1) {
        fixed(f, (p - 1 - e) as usize)
    } else if p <= 1 {
        scientific(f, 2)
    } else {
        scientific(f, p as usize)
    }
}
