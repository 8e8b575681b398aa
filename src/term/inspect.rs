//! `inspect/1` for terms, exactly as Elixir prints them (stopgap version).

use super::{format_float, Term};

pub fn inspect(term: &Term) -> String {
    let mut out = String::new();
    write_term(term, &mut out);
    out
}

fn write_term(term: &Term, out: &mut String) {
    match term {
        Term::Int(i) => out.push_str(&i.to_string()),
        Term::Big(b) => out.push_str(&b.to_string()),
        Term::Float(f) => out.push_str(&format_float(*f)),
        Term::Atom(a) => out.push_str(&inspect_atom(a.name())),
        Term::Binary(b) => match std::str::from_utf8(b.as_bytes()) {
            Ok(s) if printable(s) => write_string(s, '"', out),
            _ => {
                out.push_str("<<");
                let parts: Vec<String> = b.as_bytes().iter().map(|b| b.to_string()).collect();
                out.push_str(&parts.join(", "));
                out.push_str(">>");
            }
        },
        Term::Nil => out.push_str("[]"),
        Term::Cons(_) => write_list(term, out),
        Term::Tuple(t) => {
            out.push('{');
            for (i, e) in t.elems().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_term(e, out);
            }
            out.push('}');
        }
    }
}

fn printable(s: &str) -> bool {
    s.chars().all(|c| {
        !c.is_control()
            || matches!(
                c,
                '\n' | '\t' | '\r' | '\x0b' | '\x08' | '\x0c' | '\x1b' | '\x07' | '\x7f'
            )
    })
}

fn write_string(s: &str, quote: char, out: &mut String) {
    out.push(quote);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x0b' => out.push_str("\\v"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x1b' => out.push_str("\\e"),
            '\x07' => out.push_str("\\a"),
            '\x7f' => out.push_str("\\d"),
            '\\' => out.push_str("\\\\"),
            '#' if chars.peek() == Some(&'{') => out.push_str("\\#"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
}

fn write_list(term: &Term, out: &mut String) {
    let Some(items) = term.list_to_vec() else {
        // Improper list.
        out.push('[');
        let mut cur = term;
        let mut first = true;
        while let Term::Cons(c) = cur {
            if !first {
                out.push_str(", ");
            }
            first = false;
            write_term(&c.head, out);
            cur = &c.tail;
        }
        out.push_str(" | ");
        write_term(cur, out);
        out.push(']');
        return;
    };
    let chars: Option<String> = items
        .iter()
        .map(|t| match t {
            Term::Int(i) => u32::try_from(*i).ok().and_then(char::from_u32),
            _ => None,
        })
        .collect();
    if let Some(s) = chars {
        if printable(&s)
            && !s.chars().any(|c| {
                (c as u32) < 32
                    && !matches!(
                        c,
                        '\n' | '\t' | '\r' | '\x0b' | '\x08' | '\x0c' | '\x1b' | '\x07'
                    )
            })
        {
            write_string(&s, '\'', out);
            return;
        }
    }
    let keyword = items.iter().all(|t| match t.as_tuple() {
        Some([Term::Atom(a), _]) => !a.name().starts_with("Elixir."),
        _ => false,
    });
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if keyword {
            if let Some([Term::Atom(k), v]) = item.as_tuple() {
                out.push_str(&inspect_key(k.name()));
                out.push(' ');
                write_term(v, out);
                continue;
            }
        }
        write_term(item, out);
    }
    out.push(']');
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() && !c.is_uppercase() || c == '_' => {}
        _ => return false,
    }
    let rest: Vec<char> = chars.collect();
    let body = match rest.last() {
        Some('?') | Some('!') => &rest[..rest.len() - 1],
        _ => &rest[..],
    };
    body.iter()
        .all(|c| c.is_alphanumeric() || *c == '_' || *c == '@')
}

fn is_alias(s: &str) -> bool {
    s.strip_prefix("Elixir.").is_some_and(|rest| {
        rest.split('.').all(|part| {
            let mut cs = part.chars();
            matches!(cs.next(), Some(c) if c.is_ascii_uppercase())
                && cs.all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
    })
}

const OPERATORS: &[&str] = &[
    "+", "-", "*", "/", "==", "!=", "===", "!==", "<", ">", "<=", ">=", "&&", "||", "!", "++",
    "--", "<>", "..", "...", "|>", "=~", "->", "<-", "\\\\", "&", "@", "^", "|", "=>", "::", "%",
    "%{}", "{}", "<<>>", ".", "=", "**", "+++", "---", "<<<", ">>>", "<<~", "~>>", "<~", "~>",
    "<~>", "<|>", "|||", "&&&", "^^^", "~~~", "//", "..//", "when", "and", "or", "not", "in",
];

pub fn inspect_atom(name: &str) -> String {
    match name {
        "nil" | "true" | "false" => return name.to_string(),
        _ => {}
    }
    if is_alias(name) {
        return name["Elixir.".len()..].to_string();
    }
    if is_identifier(name)
        || (OPERATORS.contains(&name)
            && name != "::"
            && name != "..//"
            && name != "//"
            && name != "^^^"
            && name != "~~~"
            && name != "\\\\")
    {
        return format!(":{name}");
    }
    if name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return format!(":{name}");
    }
    let mut s = String::from(":");
    write_string(name, '"', &mut s);
    s
}

fn inspect_key(name: &str) -> String {
    if is_identifier(name)
        || name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return format!("{name}:");
    }
    let mut s = String::new();
    write_string(name, '"', &mut s);
    s.push(':');
    s
}
