//! How an atom prints: bare (`nil`, `Foo.Bar`), with a colon (`:foo`, `:+`, `:olá`),
//! or quoted (`:"foo bar"`); and how it prints as a keyword key (`foo:`, `"a b":`).
//! The rules were found by running Elixir 1.14 over every operator-like string and
//! every codepoint; the Unicode parts live in `ident_table`.

use super::escape::escape_quoted;
use super::ident_table::{
    ANY, CCC, COMPOSE, CONTINUE, DECOMPOSE, EXTEND, HANB, IDENT, JPAN, KORE, LATIN, START, UPPER,
};

/// The atom as `inspect/1` prints it.
pub fn inspect_atom(name: &str) -> String {
    match classify(name) {
        Kind::Literal => name.to_string(),
        Kind::Alias => alias_text(name).to_string(),
        Kind::Plain => format!(":{name}"),
        Kind::Quoted => format!(":\"{}\"", escape_quoted(name, '"')),
    }
}

/// The atom as a keyword-list or map key, colon and space included: `foo: `.
pub fn inspect_key(name: &str) -> String {
    match classify(name) {
        Kind::Literal | Kind::Plain => format!("{name}: "),
        Kind::Alias | Kind::Quoted => format!("\"{}\": ", escape_quoted(name, '"')),
    }
}

/// Whether a list with this atom as a key can print as a keyword list: module
/// names such as `:"Elixir.Foo"` make it print as a list of tuples.
pub fn is_keyword_key(name: &str) -> bool {
    !name.starts_with("Elixir.")
}

/// A function name after `Mod.` as Elixir prints it: `map`, `+`, `"foo bar"`.
pub fn inspect_remote_name(name: &str) -> String {
    match classify(name) {
        Kind::Literal | Kind::Plain => name.to_string(),
        Kind::Alias | Kind::Quoted => format!("\"{}\"", escape_quoted(name, '"')),
    }
}

enum Kind {
    /// `nil`, `true`, `false`.
    Literal,
    /// `Elixir` and `Elixir.Foo.Bar`, printed without the prefix.
    Alias,
    /// Operators and identifiers: a colon in front.
    Plain,
    Quoted,
}

fn classify(name: &str) -> Kind {
    if matches!(name, "nil" | "true" | "false") {
        Kind::Literal
    } else if is_alias(name) {
        Kind::Alias
    } else if is_operator(name) || is_identifier(name) {
        Kind::Plain
    } else {
        Kind::Quoted
    }
}

fn is_alias(name: &str) -> bool {
    if name == "Elixir" {
        return true;
    }
    match name.strip_prefix("Elixir.") {
        Some(rest) => rest.split('.').all(is_alias_segment),
        None => false,
    }
}

fn is_alias_segment(seg: &str) -> bool {
    let mut chars = seg.chars();
    matches!(chars.next(), Some('A'..='Z')) && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `Elixir.Foo` prints as `Foo`, but `Elixir.Elixir` keeps its prefix, since
/// `Elixir` alone would read back as a different atom.
fn alias_text(name: &str) -> &str {
    match name.strip_prefix("Elixir.") {
        Some(rest) if rest != "Elixir" && !rest.starts_with("Elixir.") => rest,
        _ => name,
    }
}

fn is_operator(name: &str) -> bool {
    matches!(
        name,
        "+" | "-"
            | "*"
            | "/"
            | "!"
            | "^"
            | "."
            | "="
            | "<"
            | ">"
            | "|"
            | "&"
            | "%"
            | "@"
            | "++"
            | "--"
            | "->"
            | "**"
            | "!="
            | ".."
            | "=="
            | "=~"
            | "<-"
            | "<="
            | "<>"
            | "<~"
            | ">="
            | "|>"
            | "||"
            | "~>"
            | "&&"
            | "\\\\"
            | "{}"
            | "+++"
            | "---"
            | "!=="
            | "..."
            | "==="
            | "<<<"
            | "<<~"
            | "<~>"
            | ">>>"
            | "|||"
            | "~>>"
            | "&&&"
            | "%{}"
            | "..//"
            | "<<>>"
    )
}

/// An identifier atom: a start character, continue characters (and `@`), an
/// optional final `?` or `!`; in one script (or an allowed mix such as Latin
/// with Japanese). It must also be in Unicode normal form C, except (as Elixir
/// 1.14 has it) when it starts with an uppercase letter or contains `@`.
fn is_identifier(name: &str) -> bool {
    let body = name.strip_suffix(['?', '!']).unwrap_or(name);
    let mut chars = body.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let (starts, upper) = match first {
        'a'..='z' | '_' => (true, false),
        'A'..='Z' => (true, true),
        c if c.is_ascii() => (false, false),
        c => {
            let flags = lookup(c).map_or(0, |(flags, _)| flags);
            (flags & START != 0, flags & UPPER != 0)
        }
    };
    if !starts {
        return false;
    }
    let continues = chars.all(|c| match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '_' | '@' => true,
        c if c.is_ascii() => false,
        c => lookup(c).is_some_and(|(flags, _)| flags & CONTINUE != 0),
    });
    if !continues {
        return false;
    }
    if body.is_ascii() {
        return true;
    }
    single_script(body) && (upper || body.contains('@') || is_nfc(body))
}

/// (flags, script mask) of a non-ASCII codepoint.
fn lookup(c: char) -> Option<(u8, u64)> {
    let cp = c as u32;
    let i = IDENT.partition_point(|&(_, hi, ..)| hi < cp);
    match IDENT.get(i) {
        Some(&(lo, _, flags, mask)) if lo <= cp => Some((flags, mask)),
        _ => None,
    }
}

fn script_mask(c: char) -> u64 {
    match c {
        'a'..='z' | 'A'..='Z' => LATIN,
        c if c.is_ascii() => ANY,
        // Greek mu is what NFKC makes of the micro sign `µ`, which sits in
        // Latin-1: Elixir lets it mix with any script (`:μs` prints bare).
        '\u{03BC}' => ANY,
        c => lookup(c).map_or(ANY, |(_, mask)| mask),
    }
}

/// UTS 39's "highly restrictive" level: one script, or Latin together with
/// Han and Japanese kana, Han and Bopomofo, or Han and Hangul.
fn single_script(text: &str) -> bool {
    if text.chars().fold(ANY, |acc, c| acc & script_mask(c)) != 0 {
        return true;
    }
    let non_latin = text
        .chars()
        .map(script_mask)
        .filter(|m| m & LATIN == 0)
        .fold(ANY, |acc, m| acc & m);
    non_latin & (JPAN | KORE | HANB) != 0
}

fn combining_class(cp: u32) -> u8 {
    let i = CCC.partition_point(|&(_, hi, _)| hi < cp);
    match CCC.get(i) {
        Some(&(lo, _, class)) if lo <= cp => class,
        _ => 0,
    }
}

const HANGUL_BASE: u32 = 0xAC00;
const HANGUL_LAST: u32 = 0xD7A3;

fn is_hangul_l(c: u32) -> bool {
    matches!(c, 0x1100..=0x115F | 0xA960..=0xA97C)
}

fn is_hangul_v(c: u32) -> bool {
    matches!(c, 0x1160..=0x11A7 | 0xD7B0..=0xD7C6)
}

fn is_hangul_t(c: u32) -> bool {
    matches!(c, 0x11A8..=0x11FF | 0xD7CB..=0xD7FB)
}

/// A precomposed syllable without a trailing consonant (LV) or with one (LVT).
fn hangul_syllable(c: u32) -> Option<bool> {
    (HANGUL_BASE..=HANGUL_LAST)
        .contains(&c)
        .then(|| (c - HANGUL_BASE).is_multiple_of(28))
}

/// Whether `c` stays in the grapheme cluster of `prev` (the rules that matter
/// inside identifiers: marks, and Hangul syllable sequences).
fn continues_cluster(prev: u32, c: u32) -> bool {
    let extends = char::from_u32(c)
        .filter(|ch| !ch.is_ascii())
        .and_then(lookup)
        .is_some_and(|(flags, _)| flags & EXTEND != 0);
    let lv = hangul_syllable(prev) == Some(true);
    let lvt = hangul_syllable(prev) == Some(false);
    extends
        || (is_hangul_l(prev) && (is_hangul_l(c) || is_hangul_v(c) || hangul_syllable(c).is_some()))
        || ((lv || is_hangul_v(prev)) && (is_hangul_v(c) || is_hangul_t(c)))
        || ((lvt || is_hangul_t(prev)) && is_hangul_t(c))
}

fn decompose_into(c: u32, out: &mut Vec<u32>) {
    if (HANGUL_BASE..=HANGUL_LAST).contains(&c) {
        let s = c - HANGUL_BASE;
        out.push(0x1100 + s / 588);
        out.push(0x1161 + (s % 588) / 28);
        if !s.is_multiple_of(28) {
            out.push(0x11A7 + s % 28);
        }
        return;
    }
    match DECOMPOSE.binary_search_by_key(&c, |&(cp, _)| cp) {
        Ok(i) => out.extend_from_slice(DECOMPOSE[i].1),
        Err(_) => out.push(c),
    }
}

fn compose(a: u32, b: u32) -> Option<u32> {
    if (0x1100..=0x1112).contains(&a) && (0x1161..=0x1175).contains(&b) {
        return Some(HANGUL_BASE + ((a - 0x1100) * 21 + (b - 0x1161)) * 28);
    }
    if hangul_syllable(a) == Some(true) && (0x11A8..=0x11C2).contains(&b) {
        return Some(a + (b - 0x11A7));
    }
    COMPOSE
        .binary_search_by_key(&(a, b), |&(x, y, _)| (x, y))
        .ok()
        .map(|i| COMPOSE[i].2)
}

/// Whether OTP 25's NFC leaves the text unchanged. Erlang normalises each
/// grapheme cluster on its own and composes marks only onto the cluster's first
/// character, so `_` followed by U+0B47 U+0B3E stays as it is.
fn is_nfc(text: &str) -> bool {
    let chars: Vec<u32> = text.chars().map(u32::from).collect();
    let mut start = 0;
    while start < chars.len() {
        let mut end = start + 1;
        while end < chars.len() && continues_cluster(chars[end - 1], chars[end]) {
            end += 1;
        }
        if !cluster_is_nfc(&chars[start..end]) {
            return false;
        }
        start = end;
    }
    true
}

fn cluster_is_nfc(cluster: &[u32]) -> bool {
    let mut chars = Vec::with_capacity(cluster.len() + 2);
    for &c in cluster {
        decompose_into(c, &mut chars);
    }
    // Canonical order: marks between starters sorted by class, stably.
    let mut i = 0;
    while i < chars.len() {
        let mut j = i;
        while j < chars.len() && combining_class(chars[j]) != 0 {
            j += 1;
        }
        chars[i..j].sort_by_key(|&c| combining_class(c));
        i = j + 1;
    }
    let Some((&first, rest)) = chars.split_first() else {
        return true;
    };
    let mut out = vec![first];
    // Class of the last character left uncomposed after the first, if any.
    let mut last: Option<u8> = None;
    for &c in rest {
        let class = combining_class(c);
        let blocked = last.is_some_and(|l| l == 0 || l >= class);
        if !blocked {
            if let Some(composite) = compose(out[0], c) {
                out[0] = composite;
                continue;
            }
        }
        out.push(c);
        last = Some(class);
    }
    out == cluster
}
