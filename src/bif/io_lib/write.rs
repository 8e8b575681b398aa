//! Terms in Erlang syntax, as `~w` writes them and `~p` prints them:
//! `{ok,[1,2]}`, `'Elixir.Foo'`, `#{a => 1}`, `<<"abc">>`. `~p` also shows
//! printable lists as strings and lays a term that does not fit the line out
//! over several, as OTP's pretty printer does: runs of simple elements fill
//! each line, compound ones take a line each, a tuple tagged by an atom lines
//! its elements up after the tag.

use crate::term::{Binary, Fun, Term};

/// How a term is written.
#[derive(Clone, Copy)]
pub struct Style {
    /// `~p`: printable lists and binaries as strings.
    pub pretty: bool,
    /// `~tp`: printable means any Unicode character, and binaries are UTF-8.
    pub unicode: bool,
    /// `~P`/`~W`: how deep to go before writing `...`; `None` for all of it.
    pub depth: Option<usize>,
}

/// Erlang's reserved words, which an unquoted atom may not be.
const RESERVED: &[&str] = &[
    "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case",
    "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive",
    "rem", "try", "when", "xor",
];

/// An atom as Erlang writes it: bare when it reads back bare, else quoted.
pub fn atom(name: &str) -> String {
    let mut chars = name.chars();
    let bare = match chars.next() {
        Some(c) if c.is_ascii_lowercase() || ('ß'..='ÿ').contains(&c) && c != '÷' => {
            chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '@' || latin1_letter(c))
        }
        _ => false,
    } && !RESERVED.contains(&name);
    if bare {
        return name.to_string();
    }
    let mut out = String::from("'");
    for c in name.chars() {
        escape_into(c, '\'', &mut out);
    }
    out.push('\'');
    out
}

fn latin1_letter(c: char) -> bool {
    ('À'..='ÿ').contains(&c) && c != '×' && c != '÷'
}

/// A character inside quotes (`quote` is `"` or `'`).
fn escape_into(c: char, quote: char, out: &mut String) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{b}' => out.push_str("\\v"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        '\u{1b}' => out.push_str("\\e"),
        '\u{7f}' => out.push_str("\\d"),
        '\\' => out.push_str("\\\\"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 32 => out.push_str(&format!("\\^{}", (c as u8 + 64) as char)),
        c => out.push(c),
    }
}

/// A code point `~p` may show inside a string.
fn printable(c: i64, unicode: bool) -> bool {
    matches!(c, 32..=126 | 8..=13 | 27)
        || (160..=255).contains(&c)
        || (unicode
            && c > 255
            && u32::try_from(c)
                .ok()
                .and_then(char::from_u32)
                .is_some_and(|ch| !ch.is_control()))
}

/// The elements of a proper list that `~p` shows as a string, if it is one.
fn as_string(t: &Term, unicode: bool) -> Option<String> {
    let mut out = String::new();
    let mut cur = t;
    loop {
        match cur {
            Term::Nil => return Some(out),
            Term::Cons(c) => match c.head {
                Term::Int(i) if printable(i, unicode) => {
                    out.push(char::from_u32(i as u32)?);
                    cur = &c.tail;
                }
                _ => return None,
            },
            _ => return None,
        }
    }
}

fn quoted_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        escape_into(c, '"', &mut out);
    }
    out.push('"');
    out
}

fn binary(b: &Binary, style: Style) -> String {
    let bytes = b.as_bytes();
    let bits = b.bit_len();
    let whole = (bits / 8) as usize;
    if style.pretty && bits.is_multiple_of(8) && !bytes.is_empty() {
        if style.unicode {
            if let Ok(s) = std::str::from_utf8(bytes) {
                if s.chars().all(|c| printable(c as i64, true)) {
                    let q = quoted_string(s);
                    let ascii = bytes.iter().all(|b| *b < 128);
                    return if ascii {
                        format!("<<{q}>>")
                    } else {
                        format!("<<{q}/utf8>>")
                    };
                }
            }
        }
        if bytes.iter().all(|b| printable(i64::from(*b), false)) {
            let s: String = bytes.iter().map(|b| char::from(*b)).collect();
            return format!("<<{}>>", quoted_string(&s));
        }
    }
    let mut parts: Vec<String> = bytes[..whole].iter().map(u8::to_string).collect();
    let rest = bits % 8;
    if rest > 0 {
        let last = bytes.get(whole).copied().unwrap_or(0) >> (8 - rest);
        parts.push(format!("{last}:{rest}"));
    }
    format!("<<{}>>", parts.join(","))
}

fn fun(f: &Fun) -> String {
    match f {
        Fun::Export {
            module,
            name,
            arity,
        } => format!("fun {}:{}/{arity}", atom(module.name()), atom(name.name())),
        Fun::Closure { code, .. } => format!("#Fun<erl_eval.{}.{}>", code.arity, 0),
    }
}

/// Terms with no parts to lay out: they fill lines when a list breaks.
fn simple(t: &Term, style: Style) -> bool {
    match t {
        Term::Cons(_) => style.pretty && as_string(t, style.unicode).is_some(),
        Term::Tuple(tu) => tu.elems().is_empty(),
        Term::Map(m) => m.is_empty(),
        _ => true,
    }
}

/// The term on one line.
pub fn write(t: &Term, style: Style) -> String {
    let mut out = String::new();
    write_into(t, style, style.depth, &mut out);
    out
}

fn write_into(t: &Term, style: Style, depth: Option<usize>, out: &mut String) {
    if depth == Some(0) {
        out.push_str("...");
        return;
    }
    let inner = depth.map(|d| d - 1);
    match t {
        Term::Int(i) => out.push_str(&i.to_string()),
        Term::Big(b) => out.push_str(&b.to_string()),
        Term::Float(f) => out.push_str(&super::super::float_text::short(*f)),
        Term::Atom(a) => out.push_str(&atom(a.name())),
        Term::Binary(b) => {
            if depth.is_some_and(|d| d == 1) && !b.is_empty() {
                out.push_str("<<...>>");
            } else {
                out.push_str(&binary(b, style));
            }
        }
        Term::Nil => out.push_str("[]"),
        Term::Cons(_) => {
            if style.pretty {
                if let Some(s) = as_string(t, style.unicode) {
                    out.push_str(&quoted_string(&s));
                    return;
                }
            }
            if depth == Some(1) {
                out.push_str("[...]");
                return;
            }
            out.push('[');
            let mut cur = t;
            let mut d = inner;
            let mut first = true;
            loop {
                match cur {
                    Term::Cons(c) => {
                        if !first {
                            if d == Some(1) {
                                out.push_str("|...");
                                break;
                            }
                            out.push(',');
                            d = d.map(|d| d - 1);
                        }
                        write_into(&c.head, style, d, out);
                        first = false;
                        cur = &c.tail;
                    }
                    Term::Nil => break,
                    tail => {
                        out.push('|');
                        write_into(tail, style, d, out);
                        break;
                    }
                }
            }
            out.push(']');
        }
        Term::Tuple(tu) => {
            let elems = tu.elems();
            if depth == Some(1) && !elems.is_empty() {
                out.push_str("{...}");
                return;
            }
            out.push('{');
            let mut d = inner;
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    if d == Some(1) {
                        out.push_str(",...");
                        break;
                    }
                    out.push(',');
                    d = d.map(|d| d - 1);
                }
                write_into(e, style, d, out);
            }
            out.push('}');
        }
        Term::Map(m) => {
            if depth == Some(1) && !m.is_empty() {
                out.push_str("#{...}");
                return;
            }
            out.push_str("#{");
            for (i, (k, v)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_into(k, style, inner, out);
                out.push_str(" => ");
                write_into(v, style, inner, out);
            }
            out.push('}');
        }
        Term::Fun(f) => out.push_str(&fun(f)),
        Term::Pid(p) => out.push_str(&format!("<0.{p}.0>")),
        Term::Ref(r) => out.push_str(&format!("#Ref<0.0.0.{r}>")),
    }
}

/// `~p`: the term laid out to fit lines of `width` columns, starting at
/// column `col`.
pub fn print(t: &Term, style: Style, col: usize, width: usize) -> String {
    let limit = width.saturating_sub(2);
    let mut out = String::new();
    Layout { style, limit }.term(t, col, 0, &mut out);
    out
}

struct Layout {
    style: Style,
    /// The last column a line may reach.
    limit: usize,
}

/// One part of a list, tuple or map being laid out.
enum Item<'a> {
    Term(&'a Term),
    Pair(&'a Term, &'a Term),
}

impl Layout {
    fn fits(&self, col: usize, text: &str, trail: usize) -> bool {
        !text.contains('\n') && col + text.chars().count() + trail <= self.limit
    }

    /// Writes `t` at column `col`, followed by `trail` characters that must
    /// share its last line (closing brackets, a comma).
    fn term(&self, t: &Term, col: usize, trail: usize, out: &mut String) {
        let flat = write(t, self.style);
        if simple(t, self.style) || self.fits(col, &flat, trail) {
            out.push_str(&flat);
            return;
        }
        match t {
            Term::Cons(_) => {
                let mut items = Vec::new();
                let mut cur = t;
                let mut tail = None;
                while let Term::Cons(c) = cur {
                    items.push(Item::Term(&c.head));
                    cur = &c.tail;
                }
                if !matches!(cur, Term::Nil) {
                    tail = Some(cur);
                }
                out.push('[');
                self.items(&items, tail, col + 1, trail + 1, out);
                out.push(']');
            }
            Term::Tuple(tu) => {
                let elems = tu.elems();
                out.push('{');
                if let (Some(Term::Atom(tag)), true) = (elems.first(), elems.len() >= 2) {
                    // `{tag,` then the other elements lined up after it, or
                    // on the next lines indented by four when the first of
                    // them cannot start there.
                    let tag = atom(tag.name());
                    let mut at = col + 1 + tag.chars().count() + 1;
                    let first = &elems[1];
                    let first_trail = if elems.len() == 2 { trail + 1 } else { 1 };
                    out.push_str(&tag);
                    out.push(',');
                    if simple(first, self.style)
                        && !self.fits(at, &write(first, self.style), first_trail)
                    {
                        at = col + 4;
                        out.push('\n');
                        out.push_str(&" ".repeat(at));
                    }
                    let items: Vec<Item> = elems[1..].iter().map(Item::Term).collect();
                    self.items(&items, None, at, trail + 1, out);
                    out.push('}');
                    return;
                }
                let items: Vec<Item> = elems.iter().map(Item::Term).collect();
                self.items(&items, None, col + 1, trail + 1, out);
                out.push('}');
            }
            Term::Map(m) => {
                out.push_str("#{");
                let items: Vec<Item> = m.iter().map(|(k, v)| Item::Pair(k, v)).collect();
                self.items(&items, None, col + 2, trail + 1, out);
                out.push('}');
            }
            _ => out.push_str(&flat),
        }
    }

    fn item_simple(&self, item: &Item) -> bool {
        match item {
            Item::Term(t) => simple(t, self.style),
            Item::Pair(k, v) => simple(k, self.style) && simple(v, self.style),
        }
    }

    fn item_flat(&self, item: &Item) -> String {
        match item {
            Item::Term(t) => write(t, self.style),
            Item::Pair(k, v) => format!("{} => {}", write(k, self.style), write(v, self.style)),
        }
    }

    /// The parts of a broken list, tuple or map, from column `col`: a run of
    /// simple parts fills each line; any other part starts a line, and the
    /// part after it does too.
    fn items(
        &self,
        items: &[Item],
        tail: Option<&Term>,
        col: usize,
        trail: usize,
        out: &mut String,
    ) {
        let mut line_col = col;
        let mut prev_simple = false;
        let count = items.len() + usize::from(tail.is_some());
        for i in 0..count {
            let last = i + 1 == count;
            let after = if last { trail } else { 1 };
            let (item, sep) = match items.get(i) {
                Some(item) => (Some(item), ','),
                None => (None, '|'),
            };
            let is_simple = item.is_none_or(|it| self.item_simple(it));
            let flat = match item {
                Some(it) => self.item_flat(it),
                None => tail.map(|t| write(t, self.style)).unwrap_or_default(),
            };
            if i > 0 {
                out.push(sep);
                line_col += 1;
                let same_line = prev_simple && is_simple && self.fits(line_col, &flat, after);
                if !same_line {
                    out.push('\n');
                    out.push_str(&" ".repeat(col));
                    line_col = col;
                }
            }
            let start = out.len();
            match item {
                Some(Item::Term(t)) => self.term(t, line_col, after, out),
                Some(Item::Pair(k, v)) => self.pair(k, v, line_col, after, out),
                None => {
                    if let Some(t) = tail {
                        self.term(t, line_col, after, out);
                    }
                }
            }
            let written = &out[start..];
            line_col = match written.rfind('\n') {
                Some(nl) => written[nl + 1..].chars().count(),
                None => line_col + written.chars().count(),
            };
            prev_simple = is_simple;
        }
    }

    fn pair(&self, k: &Term, v: &Term, col: usize, trail: usize, out: &mut String) {
        let flat = format!("{} => {}", write(k, self.style), write(v, self.style));
        if self.fits(col, &flat, trail) {
            out.push_str(&flat);
            return;
        }
        let start = out.len();
        self.term(k, col, 3, out);
        out.push_str(" =>");
        let key_text = &out[start..];
        let key_col = match key_text.rfind('\n') {
            Some(nl) => key_text[nl + 1..].chars().count(),
            None => col + key_text.chars().count(),
        };
        let v_flat = write(v, self.style);
        if simple(v, self.style) && self.fits(key_col + 1, &v_flat, trail) {
            out.push(' ');
            out.push_str(&v_flat);
            return;
        }
        out.push('\n');
        out.push_str(&" ".repeat(col + 4));
        self.term(v, col + 4, trail, out);
    }
}
