//! `:string`, Erlang's Unicode string module, on chardata: binaries come back
//! as binaries and lists as flat charlists. Lengths, slices, trimming and
//! splitting count grapheme clusters (unicode-segmentation), and results
//! keep the shapes OTP 25 builds (`replace/3` returns a list of parts,
//! `pad/2` a deep list, `to_graphemes/1` code points or lists of them). The
//! obsolete list-only API (`to_upper/1`, `tokens/2`, ...) is in
//! string_legacy.rs.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use super::args::{self, bif, function_clause};
use super::{Bif, BifResult};
use crate::term::{Atom, Binary, Term};
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    bif("string", "uppercase", 1, |a| map_text(&a[0], uppercase)),
    bif("string", "lowercase", 1, |a| map_text(&a[0], lowercase)),
    bif("string", "titlecase", 1, |a| map_text(&a[0], titlecase)),
    bif("string", "casefold", 1, |a| map_text(&a[0], casefold)),
    bif("string", "trim", 1, |a| trim(a, &a[0], Dir::Both, None)),
    bif("string", "trim", 2, |a| {
        trim(a, &a[0], dir(&a[1], a, "trim")?, None)
    }),
    bif("string", "trim", 3, |a| {
        trim(a, &a[0], dir(&a[1], a, "trim")?, Some(&a[2]))
    }),
    bif("string", "split", 2, |a| {
        split(&a[0], &a[1], Where::Leading)
    }),
    bif("string", "split", 3, |a| {
        split(&a[0], &a[1], where_arg(&a[2])?)
    }),
    bif("string", "replace", 3, |a| replace(a, Where::Leading)),
    bif("string", "replace", 4, |a| replace(a, where_arg(&a[3])?)),
    bif("string", "find", 2, |a| find(&a[0], &a[1], false)),
    bif("string", "find", 3, |a| {
        find(&a[0], &a[1], dir(&a[2], a, "find")? == Dir::Trailing)
    }),
    bif("string", "length", 1, |a| {
        Ok(Term::Int(text(&a[0])?.s.graphemes(true).count() as i64))
    }),
    bif("string", "slice", 2, |a| slice(a, None)),
    bif("string", "slice", 3, |a| slice(a, Some(&a[2]))),
    bif("string", "to_graphemes", 1, to_graphemes),
    bif("string", "next_grapheme", 1, |a| next(&a[0], true)),
    bif("string", "next_codepoint", 1, |a| next(&a[0], false)),
    bif("string", "pad", 2, |a| pad(a, Dir::Trailing, 32)),
    bif("string", "pad", 3, |a| pad(a, dir(&a[2], a, "pad")?, 32)),
    bif("string", "pad", 4, |a| match a[3] {
        Term::Int(c) => pad(a, dir(&a[2], a, "pad")?, c),
        _ => Err(function_clause("string", "pad", a)),
    }),
    bif("string", "reverse", 1, reverse),
    bif("string", "equal", 2, |a| equal(&a[0], &a[1], false, "none")),
    bif("string", "equal", 3, |a| {
        equal(&a[0], &a[1], a[2].is_atom(Atom::TRUE), "none")
    }),
    bif("string", "equal", 4, |a| {
        let norm = a[3].as_atom().map_or("none", Atom::name);
        equal(&a[0], &a[1], a[2].is_atom(Atom::TRUE), norm)
    }),
    bif("string", "is_empty", 1, |a| {
        Ok(Term::bool(text(&a[0])?.s.is_empty()))
    }),
    bif("string", "lexemes", 2, |a| lexemes(&a[0], &a[1])),
    bif("string", "nth_lexeme", 3, nth_lexeme),
    bif("string", "to_integer", 1, to_integer),
    bif("string", "to_float", 1, to_float),
    bif("string", "take", 2, |a| take(a, false, Dir::Leading)),
    bif("string", "take", 3, |a| {
        take(a, a[2].is_atom(Atom::TRUE), Dir::Leading)
    }),
    bif("string", "take", 4, |a| {
        take(a, a[2].is_atom(Atom::TRUE), dir(&a[3], a, "take")?)
    }),
    bif("string", "chomp", 1, chomp),
    // `:unicode_util` is the module `:string` is built on; Elixir's String
    // calls its grapheme and code point steppers directly.
    bif("unicode_util", "gc", 1, |a| next(&a[0], true)),
    bif("unicode_util", "cp", 1, |a| next(&a[0], false)),
    bif("string", "prefix", 2, prefix),
    // Fast paths for Elixir's String on binaries (invalid bytes are kept and
    // count as one grapheme each, as String's own stepping does).
    bif("vial_string", "length", 1, |a| {
        Ok(Term::Int(grapheme_count(binary_arg(a)?) as i64))
    }),
    bif("vial_string", "graphemes", 1, |a| graphemes(&a[0])),
    bif("vial_string", "next_grapheme_size", 1, |a| {
        let Term::Binary(b) = &a[0] else {
            return Err(Exception::badarg());
        };
        let bytes = b.as_bytes();
        if bytes.is_empty() {
            return Ok(Term::nil());
        }
        Ok(match first_cluster(bytes, true) {
            Some(g) => Term::tuple(vec![Term::Int(g.len() as i64), step_rest(b, g, true)]),
            // An invalid byte is a grapheme of its own.
            None => Term::tuple(vec![
                Term::Int(1),
                Term::Binary(b.slice(1, bytes.len() - 1)),
            ]),
        })
    }),
    bif("vial_string", "last", 1, |a| {
        let Term::Binary(b) = &a[0] else {
            return Err(Exception::badarg());
        };
        let bytes = b.as_bytes();
        let Some((s, bad)) = utf8_runs(bytes).last() else {
            return Ok(Term::nil());
        };
        let len = match (bad, s.graphemes(true).next_back()) {
            (Some(_), _) => 1,
            (None, Some(g)) => g.len(),
            (None, None) => return Ok(Term::nil()),
        };
        Ok(Term::Binary(b.slice(bytes.len() - len, len)))
    }),
    bif("vial_string", "codepoints", 1, |a| {
        let mut out = Vec::new();
        for (s, bad) in utf8_runs(binary_arg(a)?) {
            let mut buf = [0u8; 4];
            out.extend(s.chars().map(|c| Term::string(c.encode_utf8(&mut buf))));
            out.extend(bad.map(|b| Term::binary(vec![b])));
        }
        Ok(Term::list(out))
    }),
    bif("vial_string", "graphemes_size", 2, |a| match a[1] {
        Term::Int(n) if n >= 0 => Ok(Term::Int(graphemes_size(binary_arg(a)?, n as usize) as i64)),
        _ => Err(Exception::badarg_at(2, "not a non-negative integer")),
    }),
    bif("vial_string", "valid", 1, |a| {
        Ok(Term::bool(std::str::from_utf8(binary_arg(a)?).is_ok()))
    }),
    bif("vial_string", "split", 1, |a| split_whitespace(&a[0])),
    bif("vial_string", "trim_leading", 1, |a| {
        trim_whitespace(&a[0], true)
    }),
    bif("vial_string", "trim_trailing", 1, |a| {
        trim_whitespace(&a[0], false)
    }),
    bif("vial_string", "reverse", 1, |a| {
        Ok(Term::binary(reverse_graphemes(binary_arg(a)?)))
    }),
    bif("vial_string", "upcase", 1, |a| {
        map_cases(binary_arg(a)?, u8::to_ascii_uppercase, char::to_uppercase)
    }),
    bif("vial_string", "downcase", 1, |a| {
        map_cases(binary_arg(a)?, u8::to_ascii_lowercase, char::to_lowercase)
    }),
    bif("vial_string", "upcase_ascii", 1, |a| {
        Ok(Term::binary(binary_arg(a)?.to_ascii_uppercase()))
    }),
    bif("vial_string", "downcase_ascii", 1, |a| {
        Ok(Term::binary(binary_arg(a)?.to_ascii_lowercase()))
    }),
];

fn binary_arg(a: &[Term]) -> Result<&[u8], Exception> {
    match &a[0] {
        Term::Binary(b) if b.is_binary() => Ok(b.as_bytes()),
        _ => Err(Exception::badarg()),
    }
}

/// The pieces of `bytes`: runs of valid UTF-8, each followed by one invalid
/// byte (`None` at the end).
fn utf8_runs(mut bytes: &[u8]) -> impl Iterator<Item = (&str, Option<u8>)> {
    std::iter::from_fn(move || {
        if bytes.is_empty() {
            return None;
        }
        Some(match std::str::from_utf8(bytes) {
            Ok(s) => {
                bytes = &[];
                (s, None)
            }
            Err(e) => {
                let (valid, bad) = bytes.split_at(e.valid_up_to());
                bytes = &bad[1..];
                (std::str::from_utf8(valid).unwrap_or_default(), Some(bad[0]))
            }
        })
    })
}

/// `String.length/1`: graphemes, each invalid byte counting as one.
fn grapheme_count(bytes: &[u8]) -> usize {
    utf8_runs(bytes)
        .map(|(s, bad)| {
            let n = if s.is_ascii() {
                // In ASCII only CR LF is a cluster of two.
                s.len() - s.matches("\r\n").count()
            } else {
                s.graphemes(true).count()
            };
            n + usize::from(bad.is_some())
        })
        .sum()
}

/// Calls `f` with the byte length of each grapheme of `bytes` in turn (an
/// invalid byte is one on its own) until it returns false. Validates a
/// window at a time, so stopping early costs little on a long binary.
fn each_cluster(bytes: &[u8], mut f: impl FnMut(usize) -> bool) {
    const WINDOW: usize = 256;
    let mut at = 0;
    while at < bytes.len() {
        let end = (at + WINDOW).min(bytes.len());
        let (valid, whole) = match std::str::from_utf8(&bytes[at..end]) {
            Ok(s) => (s, end == bytes.len()),
            // An invalid byte inside the window ends the text there; a code
            // point cut by the window's edge does not.
            Err(e) => (
                std::str::from_utf8(&bytes[at..at + e.valid_up_to()]).unwrap_or_default(),
                e.error_len().is_some() || end == bytes.len(),
            ),
        };
        if valid.is_empty() {
            // An invalid byte.
            if !f(1) {
                return;
            }
            at += 1;
            continue;
        }
        let mut consumed = 0;
        let mut gs = valid.graphemes(true).peekable();
        while let Some(g) = gs.next() {
            // The window's last grapheme may go on past its edge.
            if gs.peek().is_none() && !whole {
                break;
            }
            if !f(g.len()) {
                return;
            }
            consumed += g.len();
        }
        if consumed == 0 {
            // One grapheme fills the whole window: find where it ends.
            let len = first_cluster(&bytes[at..], true).map_or(1, str::len);
            if !f(len) {
                return;
            }
            consumed = len;
        }
        at += consumed;
    }
}

/// The byte size of the first `count` graphemes (all of them when fewer).
fn graphemes_size(bytes: &[u8], count: usize) -> usize {
    let (mut size, mut left) = (0, count);
    each_cluster(bytes, |len| {
        if left == 0 {
            return false;
        }
        left -= 1;
        size += len;
        true
    });
    size
}

/// `String.graphemes/1` on a binary: sub-binaries, invalid bytes one each.
fn graphemes(t: &Term) -> BifResult {
    let Term::Binary(b) = t else {
        return Err(Exception::badarg());
    };
    let mut out = Vec::new();
    let mut at = 0;
    for (s, bad) in utf8_runs(b.as_bytes()) {
        for g in s.graphemes(true) {
            out.push(Term::Binary(b.slice(at, g.len())));
            at += g.len();
        }
        if bad.is_some() {
            out.push(Term::Binary(b.slice(at, 1)));
            at += 1;
        }
    }
    Ok(Term::list(out))
}

/// Unicode's White_Space code points in UTF-8, with whether each is a
/// non-breaking space (U+00A0, U+2007, U+202F: `String.split/1` does not
/// split at those; the trim functions remove them too).
const WHITESPACE_UTF8: &[(&[u8], bool)] = &[
    (b"\t", false),
    (b"\n", false),
    (b"\x0B", false),
    (b"\x0C", false),
    (b"\r", false),
    (b" ", false),
    (&[0xC2, 0x85], false),
    (&[0xC2, 0xA0], true),
    (&[0xE1, 0x9A, 0x80], false),
    (&[0xE2, 0x80, 0x80], false),
    (&[0xE2, 0x80, 0x81], false),
    (&[0xE2, 0x80, 0x82], false),
    (&[0xE2, 0x80, 0x83], false),
    (&[0xE2, 0x80, 0x84], false),
    (&[0xE2, 0x80, 0x85], false),
    (&[0xE2, 0x80, 0x86], false),
    (&[0xE2, 0x80, 0x87], true),
    (&[0xE2, 0x80, 0x88], false),
    (&[0xE2, 0x80, 0x89], false),
    (&[0xE2, 0x80, 0x8A], false),
    (&[0xE2, 0x80, 0xA8], false),
    (&[0xE2, 0x80, 0xA9], false),
    (&[0xE2, 0x80, 0xAF], true),
    (&[0xE2, 0x81, 0x9F], false),
    (&[0xE3, 0x80, 0x80], false),
];

/// The length of the whitespace code point `bytes` starts with, or 0.
/// Matched as bytes, as Elixir does: a lead byte never continues another
/// code point, so this agrees with decoding from the front.
fn whitespace_len(bytes: &[u8], non_breaking: bool) -> usize {
    match bytes.first() {
        Some(0x09..=0x0D | 0x20) => 1,
        Some(0xC2 | 0xE1..=0xE3) => WHITESPACE_UTF8
            .iter()
            .find(|(w, nb)| (non_breaking || !nb) && bytes.starts_with(w))
            .map_or(0, |(w, _)| w.len()),
        _ => 0,
    }
}

/// The length of the whitespace code point `bytes` ends with, or 0.
fn trailing_whitespace_len(bytes: &[u8]) -> usize {
    WHITESPACE_UTF8
        .iter()
        .find(|(w, _)| bytes.ends_with(w))
        .map_or(0, |(w, _)| w.len())
}

/// `String.trim_leading/1` and `trim_trailing/1`: a sub-binary without the
/// whitespace at that end.
fn trim_whitespace(t: &Term, leading: bool) -> BifResult {
    let b = match t {
        Term::Binary(b) if b.is_binary() => b,
        _ => return Err(Exception::badarg()),
    };
    let bytes = b.as_bytes();
    let (mut from, mut to) = (0, bytes.len());
    if leading {
        loop {
            match whitespace_len(&bytes[from..], true) {
                0 => break,
                n => from += n,
            }
        }
    } else {
        loop {
            match trailing_whitespace_len(&bytes[..to]) {
                0 => break,
                n => to -= n,
            }
        }
    }
    Ok(Term::Binary(b.slice(from, to - from)))
}

/// `String.split/1`: the non-empty parts between whitespace, sub-binaries.
fn split_whitespace(t: &Term) -> BifResult {
    let b = match t {
        Term::Binary(b) if b.is_binary() => b,
        _ => return Err(Exception::badarg_at(1, "not a binary")),
    };
    let bytes = b.as_bytes();
    let mut parts = Vec::new();
    let (mut start, mut at) = (0, 0);
    while at < bytes.len() {
        // Every whitespace sequence starts with a byte below 0x80 or 0xC2..=0xE3.
        let c = bytes[at];
        let ws = if c < 0x80 && c != b' ' && !(0x09..=0x0D).contains(&c) {
            0
        } else {
            whitespace_len(&bytes[at..], false)
        };
        if ws == 0 {
            at += 1;
            continue;
        }
        if at > start {
            parts.push(Term::Binary(b.slice(start, at - start)));
        }
        at += ws;
        start = at;
    }
    if at > start {
        parts.push(Term::Binary(b.slice(start, at - start)));
    }
    Ok(Term::list(parts))
}

/// `String.reverse/1`: the graphemes of each run of valid text reversed in
/// place, invalid bytes where they were.
fn reverse_graphemes(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for (s, bad) in utf8_runs(bytes) {
        for g in s.graphemes(true).rev() {
            out.extend_from_slice(g.as_bytes());
        }
        out.extend(bad);
    }
    out
}

/// `String.upcase/1` and `downcase/1` in the default mode: each code point
/// mapped on its own (no context rules), invalid bytes kept.
fn map_cases<I: Iterator<Item = char>>(
    bytes: &[u8],
    ascii: fn(&u8) -> u8,
    map: fn(char) -> I,
) -> BifResult {
    let mut out = Vec::with_capacity(bytes.len());
    for (s, bad) in utf8_runs(bytes) {
        if s.is_ascii() {
            out.extend(s.bytes().map(|c| ascii(&c)));
        } else {
            let mut buf = [0u8; 4];
            for c in s.chars().flat_map(map) {
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
        out.extend(bad);
    }
    Ok(Term::binary(out))
}

/// A chardata argument: its text, and whether it came as a binary (which
/// decides the shape of the result).
pub struct Text {
    pub s: String,
    pub binary: bool,
}

impl Text {
    /// `s` in the argument's shape: a binary or a charlist.
    pub fn out(&self, s: &str) -> Term {
        if self.binary {
            Term::string(s)
        } else {
            args::charlist(s)
        }
    }
}

/// Reads chardata; anything else fails as OTP's string code does, with
/// `{:badarg, term}`.
pub fn text(t: &Term) -> Result<Text, Exception> {
    match args::chardata(t) {
        Ok(s) => Ok(Text {
            s,
            binary: matches!(t, Term::Binary(_)),
        }),
        Err(_) => Err(Exception::tagged("badarg", t.clone())),
    }
}

fn map_text(t: &Term, f: fn(&str) -> String) -> BifResult {
    let x = text(t)?;
    Ok(x.out(&f(&x.s)))
}

/// Full upper-casing, one code point at a time (no context rules).
pub fn uppercase(s: &str) -> String {
    s.chars().flat_map(char::to_uppercase).collect()
}

/// Full lower-casing, one code point at a time: unlike `str::to_lowercase`
/// there is no final-sigma rule, as in OTP.
pub fn lowercase(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

pub fn casefold(s: &str) -> String {
    caseless::default_case_fold_str(s)
}

/// The title case of one code point: its upper case, except for the
/// digraphs and ligatures whose title form differs.
fn title_char(c: char) -> String {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ".into(),
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ".into(),
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ".into(),
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ".into(),
        'ß' => "Ss".into(),
        'ﬀ' => "Ff".into(),
        'ﬁ' => "Fi".into(),
        'ﬂ' => "Fl".into(),
        'ﬃ' => "Ffi".into(),
        'ﬄ' => "Ffl".into(),
        'ﬅ' | 'ﬆ' => "St".into(),
        'և' => "Եւ".into(),
        'ﬓ' => "Մն".into(),
        'ﬔ' => "Մե".into(),
        'ﬕ' => "Մի".into(),
        'ﬖ' => "Վն".into(),
        'ﬗ' => "Մխ".into(),
        'ŉ' => "ʼN".into(),
        // Greek letters with a subscript iota keep it as one title letter.
        '\u{1F80}'..='\u{1F87}' | '\u{1F90}'..='\u{1F97}' | '\u{1FA0}'..='\u{1FA7}' => {
            char::from_u32(c as u32 + 8).map_or_else(|| c.to_string(), String::from)
        }
        '\u{1FB3}' => "\u{1FBC}".into(),
        '\u{1FC3}' => "\u{1FCC}".into(),
        '\u{1FF3}' => "\u{1FFC}".into(),
        _ => c.to_uppercase().collect(),
    }
}

/// `titlecase/1`: only the first character changes.
fn titlecase(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => title_char(c) + chars.as_str(),
        None => String::new(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Dir {
    Leading,
    Trailing,
    Both,
}

/// A direction argument; a bad one fails in the full-arity clause the
/// shorter arities delegate to (`trim/3`, `pad/4`, ...).
fn dir(t: &Term, a: &[Term], name: &str) -> Result<Dir, Exception> {
    match t.as_atom().map(Atom::name) {
        Some("leading") => Ok(Dir::Leading),
        Some("trailing") => Ok(Dir::Trailing),
        Some("both") => Ok(Dir::Both),
        _ => {
            let full = match name {
                "trim" => 3,
                "pad" => 4,
                _ => a.len(),
            };
            Err(clause(name, a, full))
        }
    }
}

/// `function_clause` in `string:name/arity`, padding the known arguments.
fn clause(name: &str, a: &[Term], arity: usize) -> Exception {
    let mut args = a.to_vec();
    args.resize(arity.max(a.len()), Term::Nil);
    function_clause("string", name, &args)
}

/// Erlang's `Pattern_White_Space`, the default of `trim/1,2`, with `\r\n`
/// as one grapheme.
const WHITESPACE: &[&str] = &[
    "\r\n", "\t", "\n", "\u{b}", "\u{c}", "\r", " ", "\u{85}", "\u{200e}", "\u{200f}", "\u{2028}",
    "\u{2029}",
];

/// A list of separator characters, each a code point or a grapheme given as
/// a list of code points (`[?\r, ?\n]`).
fn separators(t: &Term) -> Result<Vec<String>, Exception> {
    let bad = || Exception::tagged("badarg", t.clone());
    let items = t.list_to_vec().ok_or_else(bad)?;
    items
        .iter()
        .map(|x| match x {
            Term::Int(c) => u32::try_from(*c)
                .ok()
                .and_then(char::from_u32)
                .map(String::from)
                .ok_or_else(bad),
            _ => args::chardata(x).map_err(|_| bad()),
        })
        .collect()
}

fn trim(a: &[Term], t: &Term, d: Dir, chars: Option<&Term>) -> BifResult {
    let x = text(t).map_err(|_| clause("trim_l", &a[..1], 2))?;
    let seps = match chars {
        Some(c) => separators(c)?,
        None => WHITESPACE.iter().map(|s| s.to_string()).collect(),
    };
    let is_sep = |g: &str| seps.iter().any(|s| s == g);
    let gs: Vec<&str> = x.s.graphemes(true).collect();
    let mut from = 0;
    let mut to = gs.len();
    if d != Dir::Trailing {
        while from < to && is_sep(gs[from]) {
            from += 1;
        }
    }
    if d != Dir::Leading {
        while to > from && is_sep(gs[to - 1]) {
            to -= 1;
        }
    }
    Ok(x.out(&gs[from..to].concat()))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Where {
    Leading,
    Trailing,
    All,
}

fn where_arg(t: &Term) -> Result<Where, Exception> {
    match t.as_atom().map(Atom::name) {
        Some("leading") => Ok(Where::Leading),
        Some("trailing") => Ok(Where::Trailing),
        Some("all") => Ok(Where::All),
        _ => Err(Exception::tagged("case_clause", t.clone())),
    }
}

/// Byte offsets where `pat` occurs in `s` and ends on a grapheme boundary
/// (so `"a"` is not found in `"á"` written with a combining accent).
fn matches(s: &str, pat: &str) -> Vec<usize> {
    if pat.is_empty() {
        return Vec::new();
    }
    let ends: std::collections::HashSet<usize> =
        s.grapheme_indices(true).map(|(i, g)| i + g.len()).collect();
    s.match_indices(pat)
        .map(|(i, _)| i)
        .filter(|i| ends.contains(&(i + pat.len())))
        .collect()
}

/// The parts of `s` around the chosen occurrences of `pat`.
fn split_parts<'a>(s: &'a str, pat: &str, w: Where) -> Vec<&'a str> {
    let found = matches(s, pat);
    let cuts: Vec<usize> = match w {
        Where::All => found,
        Where::Leading => found.into_iter().take(1).collect(),
        Where::Trailing => found.into_iter().last().into_iter().collect(),
    };
    let mut parts = Vec::new();
    let mut start = 0;
    for i in cuts {
        if i < start {
            continue;
        }
        parts.push(&s[start..i]);
        start = i + pat.len();
    }
    parts.push(&s[start..]);
    parts
}

fn split(t: &Term, p: &Term, w: Where) -> BifResult {
    let x = text(t)?;
    let pat = text(p)?;
    let parts = split_parts(&x.s, &pat.s, w);
    Ok(Term::list(
        parts.into_iter().map(|s| x.out(s)).collect::<Vec<_>>(),
    ))
}

/// `replace/3,4`: the split parts joined by the replacement, as a list.
fn replace(a: &[Term], w: Where) -> BifResult {
    let x = text(&a[0])?;
    let pat = text(&a[1])?;
    let parts = split_parts(&x.s, &pat.s, w);
    let mut out = Vec::with_capacity(parts.len() * 2);
    for (i, s) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push(a[2].clone());
        }
        out.push(x.out(s));
    }
    Ok(Term::list(out))
}

/// `find/2,3`: the rest of the string from the first (or last) match.
fn find(t: &Term, p: &Term, last: bool) -> BifResult {
    let x = text(t)?;
    let pat = text(p)?;
    if pat.s.is_empty() {
        return Ok(x.out(&x.s));
    }
    let found = matches(&x.s, &pat.s);
    let at = if last { found.last() } else { found.first() };
    Ok(match at {
        Some(&i) => x.out(&x.s[i..]),
        None => Term::atom("nomatch"),
    })
}

fn slice(a: &[Term], len: Option<&Term>) -> BifResult {
    let x = text(&a[0])?;
    let name = "slice";
    let start = match a[1] {
        Term::Int(s) if s >= 0 => s as usize,
        _ => return Err(function_clause("string", name, a)),
    };
    let len = match len {
        None => usize::MAX,
        Some(Term::Int(l)) if *l >= 0 => *l as usize,
        Some(t) if t.is_atom(Atom::new("infinity")) => usize::MAX,
        Some(_) => return Err(function_clause("string", name, a)),
    };
    let s: String = x.s.graphemes(true).skip(start).take(len).collect();
    Ok(x.out(&s))
}

/// One grapheme as OTP gives it: a code point, or a list of code points.
fn grapheme_term(g: &str) -> Term {
    let mut cps = g.chars().map(|c| Term::Int(c as i64));
    match (cps.next(), g.chars().nth(1)) {
        (Some(c), None) => c,
        _ => args::charlist(g),
    }
}

fn to_graphemes(a: &[Term]) -> BifResult {
    let x = text(&a[0])?;
    Ok(Term::list(
        x.s.graphemes(true).map(grapheme_term).collect::<Vec<_>>(),
    ))
}

/// `next_grapheme/1` and `next_codepoint/1`: `[first | rest]`, `[]` when
/// empty, `{:error, binary}` at invalid UTF-8. On a binary the rest is a
/// sub-binary, and only the bytes of the first grapheme (and the next code
/// point) are looked at, so stepping through a string is linear.
fn next(t: &Term, grapheme: bool) -> BifResult {
    if let Term::Binary(b) = t {
        let bytes = b.as_bytes();
        return Ok(match first_cluster(bytes, grapheme) {
            Some(g) => Term::cons(grapheme_term(g), step_rest(b, g, grapheme)),
            None if bytes.is_empty() => Term::Nil,
            None => Term::tuple(vec![Term::atom("error"), t.clone()]),
        });
    }
    let x = text(t)?;
    let first = if grapheme {
        x.s.graphemes(true).next()
    } else {
        x.s.chars().next().map(|c| &x.s[..c.len_utf8()])
    };
    Ok(match first {
        Some(g) => Term::cons(grapheme_term(g), args::charlist(&x.s[g.len()..])),
        None => Term::Nil,
    })
}

/// What follows the first grapheme (or code point) `g` of `b`: a
/// sub-binary; but, as OTP does, in a list when `g` is a cluster of several
/// code points (other than CR LF) and invalid bytes follow it.
fn step_rest(b: &Binary, g: &str, grapheme: bool) -> Term {
    let rest = &b.as_bytes()[g.len()..];
    let tail = Term::Binary(b.slice(g.len(), rest.len()));
    if grapheme
        && g.chars().nth(1).is_some()
        && g != "\r\n"
        && !rest.is_empty()
        && first_cluster(rest, false).is_none()
    {
        return Term::list([tail]);
    }
    tail
}

/// The first grapheme (or code point) of `bytes`, as the text before the
/// first invalid byte sees it; `None` when `bytes` is empty or starts with an
/// invalid byte. Looks at a growing window of the front only: a grapheme
/// ends before the end of the window unless it fills it.
pub fn first_cluster(bytes: &[u8], grapheme: bool) -> Option<&str> {
    let mut window = 32;
    loop {
        let end = window.min(bytes.len());
        let (valid, whole) = match std::str::from_utf8(&bytes[..end]) {
            Ok(s) => (s, end == bytes.len()),
            // An invalid byte inside the window ends the text there; a code
            // point cut by the window's edge does not.
            Err(e) => (
                std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
                e.error_len().is_some() || end == bytes.len(),
            ),
        };
        let first = if grapheme {
            valid.graphemes(true).next()
        } else {
            valid.chars().next().map(|c| &valid[..c.len_utf8()])
        };
        match first {
            Some(g) if g.len() < valid.len() || whole => return Some(g),
            None if whole => return None,
            _ => window *= 2,
        }
    }
}

/// `pad/2,3,4`, with OTP's shapes: `[s | pad]`, `[pad, s]`, or
/// `[left, s, left]` plus one more character when the padding is odd.
fn pad(a: &[Term], d: Dir, c: i64) -> BifResult {
    let x = text(&a[0])?;
    let Term::Int(want) = a[1] else {
        return Err(function_clause("string", "pad", a));
    };
    let have = x.s.graphemes(true).count() as i64;
    let n = (want - have).max(0) as usize;
    let fill = |k: usize| Term::list(vec![Term::Int(c); k]);
    let s = a[0].clone();
    Ok(match d {
        Dir::Trailing => Term::improper_list(vec![s], fill(n)),
        Dir::Leading => Term::list(vec![fill(n), s]),
        Dir::Both => {
            let left = n / 2;
            let tail = if n % 2 == 1 {
                Term::list(vec![Term::Int(c)])
            } else {
                Term::Nil
            };
            Term::improper_list(vec![fill(left), s, fill(left)], tail)
        }
    })
}

fn reverse(a: &[Term]) -> BifResult {
    let x = text(&a[0])?;
    Ok(Term::list(
        x.s.graphemes(true)
            .rev()
            .map(grapheme_term)
            .collect::<Vec<_>>(),
    ))
}

fn equal(a: &Term, b: &Term, ignore_case: bool, norm: &str) -> BifResult {
    let fail = |t: &Term| function_clause("unicode_util", "cp", std::slice::from_ref(t));
    let x = text(a).map_err(|_| fail(a))?.s;
    let y = text(b).map_err(|_| fail(b))?.s;
    let normal = |s: String| -> String {
        match norm {
            "nfc" => s.nfc().collect(),
            "nfd" => s.nfd().collect(),
            "nfkc" => s.nfkc().collect(),
            "nfkd" => s.nfkd().collect(),
            _ => s,
        }
    };
    let (x, y) = (normal(x), normal(y));
    if ignore_case {
        Ok(Term::bool(casefold(&x) == casefold(&y)))
    } else {
        Ok(Term::bool(x == y))
    }
}

/// The non-empty runs of graphemes between separators.
fn lexeme_list(s: &str, seps: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for g in s.graphemes(true) {
        if seps.iter().any(|sep| sep == g) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push_str(g);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn lexemes(t: &Term, seps: &Term) -> BifResult {
    let x = text(t)?;
    let seps = separators(seps)?;
    Ok(Term::list(
        lexeme_list(&x.s, &seps)
            .iter()
            .map(|s| x.out(s))
            .collect::<Vec<_>>(),
    ))
}

fn nth_lexeme(a: &[Term]) -> BifResult {
    let x = text(&a[0])?;
    let seps = separators(&a[2])?;
    let Term::Int(n) = a[1] else {
        return Err(function_clause("string", "nth_lexeme", a));
    };
    if n < 1 {
        return Err(function_clause("string", "nth_lexeme", a));
    }
    let all = lexeme_list(&x.s, &seps);
    Ok(x.out(all.get(n as usize - 1).map_or("", String::as_str)))
}

fn error(reason: &str) -> Term {
    Term::tuple(vec![Term::atom("error"), Term::atom(reason)])
}

/// `to_integer/1`: the longest `[+-]digits` prefix and the rest.
fn to_integer(a: &[Term]) -> BifResult {
    let Ok(x) = text(&a[0]) else {
        return Ok(error("badarg"));
    };
    let b = x.s.as_bytes();
    let sign = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let digits = b[sign..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return Ok(error("no_integer"));
    }
    let end = sign + digits;
    let n = x.s[..end]
        .trim_start_matches('+')
        .parse::<num_bigint::BigInt>()
        .map_err(|_| Exception::badarg())?;
    Ok(Term::tuple(vec![Term::from_bigint(n), x.out(&x.s[end..])]))
}

/// `to_float/1`: the longest prefix in Erlang's float syntax and the rest.
fn to_float(a: &[Term]) -> BifResult {
    let Ok(x) = text(&a[0]) else {
        return Ok(error("badarg"));
    };
    let b = x.s.as_bytes();
    let digits_at = |i: usize| {
        b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut end = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let int = digits_at(end);
    end += int;
    let frac = if b.get(end) == Some(&b'.') {
        digits_at(end + 1)
    } else {
        0
    };
    if int == 0 || frac == 0 {
        return Ok(error("no_float"));
    }
    end += 1 + frac;
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(b.get(end + 1), Some(b'+' | b'-')));
        let exp = digits_at(end + 1 + sign);
        if exp > 0 {
            end += 1 + sign + exp;
        }
    }
    match super::float_text::parse(&b[..end]) {
        Some(f) => Ok(Term::tuple(vec![Term::Float(f), x.out(&x.s[end..])])),
        None => Ok(error("badarg")),
    }
}

/// `take/2,3,4`: `{taken, rest}` of the graphemes in (or, with
/// `complement`, not in) the set, from the front or the back.
fn take(a: &[Term], complement: bool, d: Dir) -> BifResult {
    let x = text(&a[0])?;
    let seps = separators(&a[1])?;
    let gs: Vec<&str> = x.s.graphemes(true).collect();
    let wanted = |g: &str| seps.iter().any(|s| s == g) != complement;
    let (head, tail) = if d == Dir::Trailing {
        let n = gs.iter().rev().take_while(|g| wanted(g)).count();
        gs.split_at(gs.len() - n)
    } else {
        let n = gs.iter().take_while(|g| wanted(g)).count();
        gs.split_at(n)
    };
    Ok(Term::tuple(vec![
        x.out(&head.concat()),
        x.out(&tail.concat()),
    ]))
}

/// `chomp/1`: drops every trailing newline (`\n` or `\r\n`).
fn chomp(a: &[Term]) -> BifResult {
    let x = text(&a[0])?;
    let mut s = x.s.as_str();
    while let Some(rest) = s.strip_suffix("\r\n").or_else(|| s.strip_suffix('\n')) {
        s = rest;
    }
    Ok(x.out(s))
}

fn prefix(a: &[Term]) -> BifResult {
    let x = text(&a[0])?;
    let p = text(&a[1])?;
    Ok(match x.s.strip_prefix(p.s.as_str()) {
        Some(rest) => x.out(rest),
        None => Term::atom("nomatch"),
    })
}
