//! Which text prints as a string or charlist, and how it is escaped inside quotes.
//! `String.printable?/1` and `List.ascii_printable?/1` decide the first; the escape
//! table was read off Elixir 1.14 by inspecting every codepoint.

/// `String.printable?/1` for one codepoint.
pub fn is_printable(c: char) -> bool {
    matches!(c as u32,
        0x07..=0x0D | 0x1B | 0x20..=0x7F | 0xA0..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF)
}

/// `List.ascii_printable?/1` for one list element.
pub fn is_ascii_printable(c: u32) -> bool {
    matches!(c, 0x07..=0x0D | 0x1B | 0x20..=0x7E)
}

/// The text between the quotes of `"..."`, `'...'` or `:"..."`: the quote, `\`,
/// and `#{` are escaped, control characters get their short names, and anything
/// else that is not printable a hexadecimal escape.
pub fn escape_quoted(text: &str, quote: char) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\\\"),
            '#' if chars.peek() == Some(&'{') => out.push_str("\\#"),
            '\0' => out.push_str("\\0"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\x0B' => out.push_str("\\v"),
            '\x0C' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\x1B' => out.push_str("\\e"),
            '\x7F' => out.push_str("\\d"),
            '\u{FEFF}' => out.push_str("\\uFEFF"),
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push_str(&format!("\\x{{{:X}}}", c as u32)),
        }
    }
    out
}

/// The text between the quotes of a binary printed as a string, cut after
/// `limit` characters: each byte that is not valid UTF-8 becomes `\xFF`.
/// Returns the text and whether the whole binary was shown.
pub fn escape_bytes(bytes: &[u8], quote: char, limit: Option<usize>) -> (String, bool) {
    let max = limit.unwrap_or(usize::MAX);
    let mut out = String::with_capacity(bytes.len() + 2);
    let mut count = 0usize;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        let room = max - count;
        let (shown, cut) = match valid.char_indices().nth(room) {
            Some((end, _)) => (&valid[..end], true),
            None => (valid, false),
        };
        count += shown.chars().count();
        out.push_str(&escape_quoted(shown, quote));
        if cut {
            return (out, false);
        }
        for byte in chunk.invalid() {
            if count == max {
                return (out, false);
            }
            count += 1;
            out.push_str(&format!("\\x{byte:02X}"));
        }
    }
    (out, true)
}
