//! Colours for the line being typed at the prompt: literals in the colours
//! iex gives results (numbers and charlists yellow, atoms and keyword keys
//! cyan, strings green, `true`/`false`/`nil` magenta), comments grey, and the
//! bracket that matches the one at the cursor in bold blue. A light scan, not
//! the tokenizer: it only has to look right while the line is typed.

/// The bracket that matches one at `cursor` (under it, else just before it),
/// outside strings and comments.
pub fn matching_bracket(line: &str, cursor: usize) -> Option<usize> {
    let spans = scan(line);
    let code = |at: usize| spans.iter().all(|s| s.kind == Kind::Code || !s.covers(at));
    let bytes = line.as_bytes();
    let at = [cursor, cursor.wrapping_sub(1)]
        .into_iter()
        .find(|&i| i < bytes.len() && is_bracket(bytes[i]) && code(i))?;
    let here = bytes[at];
    let (open, close, forward) = match here {
        b'(' => (b'(', b')', true),
        b'[' => (b'[', b']', true),
        b'{' => (b'{', b'}', true),
        b')' => (b'(', b')', false),
        b']' => (b'[', b']', false),
        _ => (b'{', b'}', false),
    };
    let mut depth = 0i32;
    let indices: Box<dyn Iterator<Item = usize>> = if forward {
        Box::new(at..bytes.len())
    } else {
        Box::new((0..=at).rev())
    };
    for i in indices {
        if !code(i) {
            continue;
        }
        if bytes[i] == open {
            depth += if forward { 1 } else { -1 };
        } else if bytes[i] == close {
            depth += if forward { -1 } else { 1 };
        }
        if depth == 0 {
            return (i != at).then_some(i);
        }
    }
    None
}

fn is_bracket(b: u8) -> bool {
    matches!(b, b'(' | b')' | b'[' | b']' | b'{' | b'}')
}

/// `line` with its literals coloured and the byte at `bracket` (a matching
/// bracket) in bold blue.
pub fn colour(line: &str, bracket: Option<usize>) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let mut at = 0;
    for span in scan(line) {
        let text = &line[span.start..span.end];
        let colour = match span.kind {
            Kind::Code => None,
            Kind::Number | Kind::Charlist => Some("\x1b[33m"),
            Kind::Atom => Some("\x1b[36m"),
            Kind::String => Some("\x1b[32m"),
            Kind::Special => Some("\x1b[35m"),
            Kind::Comment => Some("\x1b[90m"),
        };
        out.push_str(&line[at..span.start]);
        match (colour, bracket) {
            (_, Some(b)) if span.kind == Kind::Code && span.covers(b) => {
                out.push_str(&text[..b - span.start]);
                out.push_str("\x1b[1;34m");
                out.push(line.as_bytes()[b] as char);
                out.push_str("\x1b[0m");
                out.push_str(&text[b - span.start + 1..]);
            }
            (Some(c), _) => {
                out.push_str(c);
                out.push_str(text);
                out.push_str("\x1b[0m");
            }
            (None, _) => out.push_str(text),
        }
        at = span.end;
    }
    out.push_str(&line[at..]);
    out
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Code,
    Number,
    Atom,
    String,
    Charlist,
    Special,
    Comment,
}

struct Span {
    start: usize,
    end: usize,
    kind: Kind,
}

impl Span {
    fn covers(&self, at: usize) -> bool {
        self.start <= at && at < self.end
    }
}

fn ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The line cut into spans; bytes between spans are plain code.
fn scan(line: &str) -> Vec<Span> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(line.len(), |&(b, _)| b);
    let mut spans = Vec::new();
    let mut i = 0;
    let mut code_from = 0;
    let push = |spans: &mut Vec<Span>, code_from: &mut usize, start, end, kind| {
        if *code_from < start {
            spans.push(Span {
                start: *code_from,
                end: start,
                kind: Kind::Code,
            });
        }
        spans.push(Span { start, end, kind });
        *code_from = end;
    };
    while i < chars.len() {
        let (start, c) = chars[i];
        let prev = i.checked_sub(1).map(|p| chars[p].1);
        let after_word = prev.is_some_and(|p| ident_char(p) || p == '.');
        let next = chars.get(i + 1).map(|&(_, n)| n);
        if c == '#' {
            push(&mut spans, &mut code_from, start, line.len(), Kind::Comment);
            break;
        }
        if c == '"' || c == '\'' {
            let close = quoted_end(&chars, i + 1, c);
            let kind = if c == '"' {
                Kind::String
            } else {
                Kind::Charlist
            };
            push(&mut spans, &mut code_from, start, end_of(close), kind);
            i = close;
            continue;
        }
        if c == '~' && next.is_some_and(|n| n.is_ascii_alphabetic()) {
            if let Some(&(_, open)) = chars.get(i + 2) {
                let closing = match open {
                    '(' => Some(')'),
                    '[' => Some(']'),
                    '{' => Some('}'),
                    '<' => Some('>'),
                    '"' | '\'' | '/' | '|' => Some(open),
                    _ => None,
                };
                if let Some(closing) = closing {
                    let mut close = quoted_end(&chars, i + 3, closing);
                    while close < chars.len() && chars[close].1.is_ascii_alphabetic() {
                        close += 1;
                    }
                    push(
                        &mut spans,
                        &mut code_from,
                        start,
                        end_of(close),
                        Kind::String,
                    );
                    i = close;
                    continue;
                }
            }
        }
        if c == ':' && prev != Some(':') && next.is_some_and(|n| ident_char(n) || n == '"') {
            let mut j = i + 1;
            if chars[j].1 == '"' {
                j = quoted_end(&chars, j + 1, '"');
            } else {
                while j < chars.len() && (ident_char(chars[j].1) || chars[j].1 == '@') {
                    j += 1;
                }
                if j < chars.len() && matches!(chars[j].1, '?' | '!') {
                    j += 1;
                }
            }
            push(&mut spans, &mut code_from, start, end_of(j), Kind::Atom);
            i = j;
            continue;
        }
        if c.is_ascii_digit() && !after_word {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let fraction = d == '.' && chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit());
                if d.is_ascii_alphanumeric() || d == '_' || fraction {
                    j += 1;
                } else {
                    break;
                }
            }
            push(&mut spans, &mut code_from, start, end_of(j), Kind::Number);
            i = j;
            continue;
        }
        if (c.is_alphabetic() || c == '_') && !after_word {
            let mut j = i;
            while j < chars.len() && ident_char(chars[j].1) {
                j += 1;
            }
            if j < chars.len() && matches!(chars[j].1, '?' | '!') {
                j += 1;
            }
            let word = &line[start..end_of(j)];
            let key = chars.get(j).is_some_and(|n| n.1 == ':')
                && chars.get(j + 1).is_none_or(|n| n.1 == ' ');
            if key && c.is_lowercase() {
                push(&mut spans, &mut code_from, start, end_of(j + 1), Kind::Atom);
                i = j + 1;
                continue;
            }
            if matches!(word, "true" | "false" | "nil") {
                push(&mut spans, &mut code_from, start, end_of(j), Kind::Special);
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if code_from < line.len() {
        spans.push(Span {
            start: code_from,
            end: line.len(),
            kind: Kind::Code,
        });
    }
    spans
}

/// The index just past the `close` that ends a quoted text starting at
/// `from` (backslash escapes skipped); the end of the line if none does.
fn quoted_end(chars: &[(usize, char)], from: usize, close: char) -> usize {
    let mut j = from;
    while j < chars.len() {
        match chars[j].1 {
            '\\' => j += 2,
            c if c == close => return j + 1,
            _ => j += 1,
        }
    }
    chars.len()
}

#[cfg(test)]
mod tests {
    use super::{colour, matching_bracket};

    #[test]
    fn colours_literals_as_iex_colours_results() {
        assert_eq!(
            colour("f(1, :a, \"s\", nil, x: 2.5)", None),
            "f(\x1b[33m1\x1b[0m, \x1b[36m:a\x1b[0m, \x1b[32m\"s\"\x1b[0m, \
             \x1b[35mnil\x1b[0m, \x1b[36mx:\x1b[0m \x1b[33m2.5\x1b[0m)"
        );
        assert_eq!(colour("Enum.map(x1)", None), "Enum.map(x1)");
        assert_eq!(colour("a # note", None), "a \x1b[90m# note\x1b[0m");
        assert_eq!(
            colour("'ab' ~w(a b)", None),
            "\x1b[33m'ab'\x1b[0m \x1b[32m~w(a b)\x1b[0m"
        );
        // a line cut anywhere still colours without panicking
        for line in ["\"open", ":\"", "~", "~s(", "1.", "é:"] {
            let _ = colour(line, None);
        }
    }

    #[test]
    fn finds_the_matching_bracket() {
        assert_eq!(matching_bracket("f(a, [b])", 9), Some(1));
        assert_eq!(matching_bracket("f(a, [b])", 1), Some(8));
        assert_eq!(matching_bracket("f(\")\")", 6), Some(1));
        assert_eq!(matching_bracket("f(a", 3), None);
        assert_eq!(
            colour("(1)", matching_bracket("(1)", 3)),
            "\x1b[1;34m(\x1b[0m\x1b[33m1\x1b[0m)"
        );
    }
}
