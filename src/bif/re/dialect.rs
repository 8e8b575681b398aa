//! Where PCRE2 and the PCRE 8 inside OTP's `:re` part ways, made to look like
//! PCRE 8. Compile errors: programs print and match on the messages
//! (`{:error, {'missing )', 3}}`), so PCRE2's error numbers are mapped to
//! PCRE 8's texts (numbers without a counterpart keep PCRE2's message) and a
//! few offsets are moved to where PCRE 8 reports them. Syntax: PCRE2 reads
//! `{,3}` and `{ 2 }` as quantifiers, PCRE 8 as literal text, and PCRE 8
//! reads a bare `\x` as NUL. Character tables: PCRE 8 on the BEAM uses
//! Latin-1's.

use std::borrow::Cow;
use std::ffi::c_int;
use std::sync::OnceLock;

use pcre2_sys::pcre2_get_error_message_8;

use super::engine::CompileError;

/// PCRE2 compile error number → PCRE 8's message for it.
const PCRE8_TEXTS: &[(i32, &str)] = &[
    (107, "invalid escape sequence in character class"),
    (109, "nothing to repeat"),
    (114, "missing )"),
    (117, "unknown option bit(s) set"),
    (118, "missing ) after comment"),
    (121, "failed to get memory"),
    (122, "unmatched parentheses"),
    (124, "malformed number or name after (?("),
    (125, "lookbehind assertion is not fixed length"),
    (126, "a numbered reference must not be zero"),
    (127, "conditional group contains more than two branches"),
    (128, "assertion expected after (?("),
    (129, "digit expected after (?+"),
    (134, "character value in \\x{} or \\o{} is too large"),
    (135, "lookbehind assertion is not fixed length"),
    (136, "\\C not allowed in lookbehind assertion"),
    (
        137,
        "PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u",
    ),
    (138, "number after (?C is > 255"),
    (139, "closing ) for (?C expected"),
    (142, "syntax error in subpattern name (missing terminator)"),
    (143, "two named subpatterns have the same name"),
    (144, "group name must start with a non-digit"),
    (147, "unknown property name after \\P or \\p"),
    (148, "subpattern name is too long (maximum 32 characters)"),
    (154, "DEFINE group contains more than one branch"),
    (158, "(?R or (?[+-]digits must be followed by )"),
    (161, "number is too big"),
    (168, "\\c must be followed by an ASCII character"),
    (177, "character value in \\u.... sequence is too large"),
    (178, "digits missing in \\x{} or \\o{}"),
    (187, "lookbehind assertion is not fixed length"),
    (200, "lookbehind assertion is not fixed length"),
];

/// Whether the pattern failed because it is not valid UTF-8 (the BEAM raises
/// `badarg` for that rather than returning an error).
pub fn is_utf(e: CompileError) -> bool {
    (-23..=-3).contains(&e.code)
}

/// The message and offset `:re.compile/2` reports for `e`, raised while
/// compiling `source` (as the user wrote it).
pub fn message(e: CompileError, source: &[u8]) -> (String, usize) {
    let text = match PCRE8_TEXTS.iter().find(|(code, _)| *code == e.code) {
        Some((_, text)) => (*text).to_string(),
        None => pcre2_text(e.code),
    };
    let offset = match e.code {
        // PCRE 8 points at the last character of the name or escape, PCRE2 just past it.
        137 | 143 | 147 => e.offset.saturating_sub(1),
        // PCRE 8 points at the lookbehind's closing parenthesis.
        125 | 135 | 187 | 200 => lookbehind_end(source).unwrap_or(e.offset),
        // PCRE 8 points past a group number, or at the end of a group name.
        115 => {
            let rest = source.get(e.offset..).unwrap_or_default();
            let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            let name = rest
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
                .count();
            match rest.get(name) {
                _ if digits > 0 => e.offset + digits,
                Some(b'>' | b'}' | b'\'') => e.offset + name,
                _ => e.offset,
            }
        }
        // PCRE 8 points at the start of an unknown POSIX class name.
        130 => source[..e.offset.min(source.len())]
            .windows(2)
            .rposition(|w| w == b"[:")
            .map_or(e.offset, |i| i + 2),
        _ => e.offset,
    };
    (text, offset)
}

/// Calls `visit` with the index of every byte of `src` that is pattern
/// syntax: not inside an escape, a `\Q...\E` quote, a character class or a
/// `(?#...)` comment.
fn scan(src: &[u8], mut visit: impl FnMut(usize)) {
    let mut i = 0;
    while i < src.len() {
        match src[i] {
            b'\\' => i = skip_escape(src, i),
            b'[' => i = skip_class(src, i),
            b'(' if src[i..].starts_with(b"(?#") => {
                i = src[i..]
                    .iter()
                    .position(|&b| b == b')')
                    .map_or(src.len(), |n| i + n + 1);
            }
            _ => {
                visit(i);
                i += 1;
            }
        }
    }
}

/// The index after the escape starting at `i` (a backslash).
fn skip_escape(src: &[u8], i: usize) -> usize {
    match src.get(i + 1) {
        None => src.len(),
        Some(b'Q') => match src[i + 2..].windows(2).position(|w| w == b"\\E") {
            Some(n) => i + 2 + n + 2,
            None => src.len(),
        },
        // `\x{41}`, `\p{L}`, `\g{1}`, ...: the braces belong to the escape.
        Some(b'x' | b'o' | b'p' | b'P' | b'g' | b'k' | b'N') if src.get(i + 2) == Some(&b'{') => {
            src[i..]
                .iter()
                .position(|&b| b == b'}')
                .map_or(src.len(), |n| i + n + 1)
        }
        Some(_) => i + 2,
    }
}

/// The index after the character class starting at `i` (a `[`).
fn skip_class(src: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    if src.get(j) == Some(&b'^') {
        j += 1;
    }
    // A `]` right at the start is a member, not the end.
    if src.get(j) == Some(&b']') {
        j += 1;
    }
    while j < src.len() {
        match src[j] {
            b']' => return j + 1,
            b'\\' => j = skip_escape(src, j),
            b'[' if matches!(src.get(j + 1), Some(b':' | b'.' | b'=')) => {
                let close = [src[j + 1], b']'];
                j = src[j + 2..]
                    .windows(2)
                    .position(|w| w == close)
                    .map_or(j + 1, |n| j + 2 + n + 2);
            }
            _ => j += 1,
        }
    }
    src.len()
}

/// The index of the parenthesis closing the first lookbehind.
fn lookbehind_end(src: &[u8]) -> Option<usize> {
    let mut depth: Option<usize> = None;
    let mut end = None;
    scan(src, |i| {
        if end.is_some() {
            return;
        }
        match (src[i], depth.as_mut()) {
            (b'(', None) if src[i..].starts_with(b"(?<=") || src[i..].starts_with(b"(?<!") => {
                depth = Some(0)
            }
            (b'(', Some(d)) => *d += 1,
            (b')', Some(0)) => end = Some(i),
            (b')', Some(d)) => *d -= 1,
            _ => {}
        }
    });
    end
}

/// Whether the text after a `{` makes it a quantifier for PCRE 8: `{n}`,
/// `{n,}` or `{n,m}`, with no spaces.
fn pcre8_quantifier(rest: &[u8]) -> bool {
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return false;
    }
    match rest.get(digits) {
        Some(b'}') => true,
        Some(b',') => {
            let more = rest[digits + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            rest.get(digits + 1 + more) == Some(&b'}')
        }
        _ => false,
    }
}

/// `src` rewritten so that PCRE2 reads it as PCRE 8 would, and the indexes
/// (in the result) of the bytes added: a `{` that PCRE 8 reads as a literal
/// gets a backslash, and a `\x` without hex digits (PCRE 8's NUL, an error
/// for PCRE2) becomes `\x00`.
pub fn pcre8_rewrite(src: &[u8]) -> (Cow<'_, [u8]>, Vec<usize>) {
    // (index in `src`, bytes to insert there), in order.
    let mut inserts: Vec<(usize, &[u8])> = Vec::new();
    scan(src, |i| {
        if src[i] == b'{' && !pcre8_quantifier(&src[i + 1..]) {
            inserts.push((i, b"\\"));
        }
    });
    let mut i = 0;
    while i < src.len() {
        match (src[i], src.get(i + 1)) {
            (b'\\', Some(b'Q')) => {
                i = match src[i + 2..].windows(2).position(|w| w == b"\\E") {
                    Some(n) => i + 2 + n + 2,
                    None => src.len(),
                }
            }
            (b'\\', Some(b'x')) => {
                if !src
                    .get(i + 2)
                    .is_some_and(|b| b.is_ascii_hexdigit() || *b == b'{')
                {
                    inserts.push((i + 2, b"00"));
                }
                i += 2;
            }
            (b'\\', _) => i += 2,
            _ => i += 1,
        }
    }
    if inserts.is_empty() {
        return (Cow::Borrowed(src), Vec::new());
    }
    inserts.sort_by_key(|(at, _)| *at);
    let mut out = Vec::with_capacity(src.len() + 2 * inserts.len());
    let mut added = Vec::new();
    let mut from = 0;
    for (at, bytes) in inserts {
        out.extend_from_slice(&src[from..at]);
        for &b in bytes {
            added.push(out.len());
            out.push(b);
        }
        from = at;
    }
    out.extend_from_slice(&src[from..]);
    (Cow::Owned(out), added)
}

fn pcre2_text(code: i32) -> String {
    let mut buf = [0u8; 256];
    // SAFETY: PCRE2 writes at most `buf.len()` bytes, zero-terminated, and
    // returns how many it wrote before the terminator (or a negative error).
    let n = unsafe { pcre2_get_error_message_8(code as c_int, buf.as_mut_ptr(), buf.len()) };
    match usize::try_from(n) {
        Ok(n) => String::from_utf8_lossy(&buf[..n.min(buf.len())]).into_owned(),
        Err(_) => format!("error {code}"),
    }
}

/// PCRE's character tables for the Latin-1 locale, which the BEAM's PCRE is
/// built with: in non-Unicode mode bytes 0xC0..0xFF are letters (`\w` and
/// `[[:alpha:]]` match them, `caseless` pairs `À` with `à`), where PCRE2's
/// default tables know only ASCII. Laid out as PCRE2 reads them: lower-case
/// map, case-flip map, ten 32-byte class bitmaps, then a type byte per code.
pub fn latin1_tables() -> &'static [u8] {
    static TABLES: OnceLock<Vec<u8>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let upper = |c: u8| c.is_ascii_uppercase() || matches!(c, 0xC0..=0xDE if c != 0xD7);
        let lower = |c: u8| {
            c.is_ascii_lowercase() || matches!(c, 0xAA | 0xB5 | 0xBA | 0xDF..=0xFF if c != 0xF7)
        };
        let alpha = |c: u8| upper(c) || lower(c);
        let digit = |c: u8| c.is_ascii_digit();
        let space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
        let print = |c: u8| matches!(c, 0x20..=0x7E | 0xA0..=0xFF);
        let graph = |c: u8| print(c) && c != b' ';
        let punct = |c: u8| graph(c) && !alpha(c) && !digit(c);
        let cntrl = |c: u8| matches!(c, 0x00..=0x1F | 0x7F..=0x9F);
        // The partner of a cased letter: ASCII and Latin-1 pairs are 0x20 apart.
        let to_lower = |c: u8| if upper(c) { c + 0x20 } else { c };
        let flip = |c: u8| match c {
            _ if upper(c) => c + 0x20,
            _ if lower(c) && upper(c.wrapping_sub(0x20)) => c - 0x20,
            _ => c,
        };
        let mut t = Vec::with_capacity(1088);
        t.extend((0..=255u8).map(to_lower));
        t.extend((0..=255u8).map(flip));
        let classes: [&dyn Fn(u8) -> bool; 10] = [
            &space,
            &|c: u8| c.is_ascii_hexdigit(),
            &digit,
            &upper,
            &lower,
            &|c: u8| alpha(c) || digit(c) || c == b'_',
            &graph,
            &print,
            &punct,
            &cntrl,
        ];
        for class in classes {
            let mut bits = [0u8; 32];
            for c in 0..=255u8 {
                if class(c) {
                    bits[usize::from(c / 8)] |= 1 << (c % 8);
                }
            }
            t.extend_from_slice(&bits);
        }
        t.extend((0..=255u8).map(|c| {
            u8::from(space(c))
                | u8::from(alpha(c)) << 1
                | u8::from(lower(c)) << 2
                | u8::from(digit(c)) << 3
                | u8::from(alpha(c) || digit(c) || c == b'_') << 4
        }));
        t
    })
}
