//! How an atom prints: bare (`nil`, `Foo.Bar`), with a colon (`:foo`, `:+`, `:olá`),
//! or quoted (`:"foo bar"`); and how it prints as a keyword key (`foo:`, `"a b":`).
//! The rules were found by running Elixir 1.14 over every operator-like string and
//! every codepoint; the Unicode parts live in `ident_table`.

use super::escape::escape_quoted;
use super::ident_table::{
    ANY, CCC, COMPOSE, CONTINUE, HANB, IDENT, JPAN, KORE, LATIN, START, UPPER,
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

fn combining_class(c: char) -> u8 {
    let cp = c as u32;
    let i = CCC.partition_point(|&(_, hi, _)| hi < cp);
    match CCC.get(i) {
        Some(&(lo, _, class)) if lo <= cp => class,
        _ => 0,
    }
}

fn composes(a: char, b: char) -> bool {
    let (a, b) = (a as u32, b as u32);
    let hangul_lv = (0x1100..=0x1112).contains(&a) && (0x1161..=0x1175).contains(&b);
    let hangul_lvt =
        (0xAC00..=0xD7A3).contains(&a) && (a - 0xAC00) % 28 == 0 && (0x11A8..=0x11C2).contains(&b);
    hangul_lv || hangul_lvt || COMPOSE.binary_search(&(a, b)).is_ok()
}

/// Whether the text is unchanged by NFC, for text whose every codepoint is
/// unchanged by it alone: marks must be in canonical order and none may
/// compose with the starter before it.
fn is_nfc(text: &str) -> bool {
    let mut starter: Option<char> = None;
    let mut prev_class = 0u8;
    for c in text.chars() {
        let class = combining_class(c);
        if class != 0 && prev_class > class {
            return false;
        }
        if let Some(s) = starter {
            // A mark is blocked from the starter by a mark of equal or higher class
            // between them; a starter composes only with the starter right before it.
            let blocked = if class == 0 {
                prev_class != 0
            } else {
                prev_class >= class && prev_class != 0
            };
            if !blocked && composes(s, c) {
                return false;
            }
        }
        if class == 0 {
            starter = Some(c);
        }
        prev_class = class;
    }
    true
}
