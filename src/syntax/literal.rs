//! Hand-scanned literals: strings and charlists with escapes and `#{}`
//! interpolation, heredocs with indentation stripping, sigils (raw contents,
//! as Elixir's parser leaves them), char literals and atoms after `:`.

use super::lexer::Lexer;
use super::token::Part;
use super::SyntaxError;

/// How the body of a literal treats `\` and `#{`.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// Strings, charlists, quoted atoms: escapes are decoded, `#{}` interpolates.
    Full,
    /// Lowercase sigils: contents stay raw but `#{}` interpolates.
    SigilInterp,
    /// Uppercase sigils: contents stay raw.
    SigilRaw,
}

/// Where a body stops: at a closing delimiter, or (heredocs) at a fixed offset.
#[derive(Clone, Copy)]
enum Stop {
    Delim(u8),
    /// A fixed offset (a heredoc's closing line); the byte is its quote.
    At(usize, u8),
    /// A line holding only spaces or tabs before three of this delimiter.
    HeredocClose(u8),
}

struct Body {
    parts: Vec<Part>,
    end: usize,
}

impl Lexer<'_> {
    /// A `"..."` or `'...'` body starting at `pos` (after the opening quote);
    /// returns its parts and the offset after the closing quote.
    pub(super) fn scan_quoted(
        &mut self,
        pos: usize,
        term: u8,
        line: u32,
        what: &str,
    ) -> Result<(Vec<Part>, usize), SyntaxError> {
        self.literals.push((what.to_string(), line));
        let body = self.scan_body(pos, Stop::Delim(term), Mode::Full, None);
        self.literals.pop();
        let body = body.map_err(|e| {
            e.unwrap_or_else(|| {
                self.missing(
                    self.src.len(),
                    format!(
                        "missing terminator: {} (for {what} starting at line {line})",
                        term as char
                    ),
                )
            })
        })?;
        Ok((body.parts, body.end + 1))
    }

    /// A heredoc whose `"""` spans `start..after_open`.
    pub(super) fn scan_heredoc(
        &mut self,
        start: usize,
        after_open: usize,
        term: u8,
        full: bool,
    ) -> Result<(Vec<Part>, usize), SyntaxError> {
        self.scan_heredoc_mode(
            start,
            after_open,
            term,
            if full { Mode::Full } else { Mode::SigilRaw },
            "heredoc",
        )
    }

    fn scan_heredoc_mode(
        &mut self,
        start: usize,
        after_open: usize,
        term: u8,
        mode: Mode,
        what: &str,
    ) -> Result<(Vec<Part>, usize), SyntaxError> {
        let (open_line, _) = self.line_col(start);
        let delim = if term == b'"' { "\"\"\"" } else { "'''" };
        let rest = &self.src[after_open..];
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let body_start = if let Some(t) = trimmed.strip_prefix("\r\n") {
            self.src.len() - t.len()
        } else if let Some(t) = trimmed.strip_prefix('\n') {
            self.src.len() - t.len()
        } else {
            return Err(self.error(
                start,
                format!("heredoc allows only zero or more whitespace characters followed by a new line after {delim}"),
            ));
        };
        // First find the closing line (interpolations may hold heredocs of
        // their own), then scan again stripping its indentation.
        let message =
            format!("missing terminator: {delim} (for {what} starting at line {open_line})");
        self.literals.push((what.to_string(), open_line));
        let first_pass = self.scan_body(body_start, Stop::HeredocClose(term), mode, None);
        self.literals.pop();
        let close_start = match first_pass {
            Ok(body) => body.end,
            Err(Some(e)) => return Err(e),
            Err(None) => return Err(self.missing(self.src.len(), message)),
        };
        let indent = self.src[close_start..]
            .bytes()
            .take_while(|&b| b == b' ' || b == b'\t')
            .count();
        let body = self
            .scan_body(body_start, Stop::At(close_start, term), mode, Some(indent))
            .map_err(|e| {
                e.unwrap_or_else(|| {
                    self.missing(
                        self.src.len(),
                        format!(
                            "missing terminator: {delim} (for {what} starting at line {open_line})"
                        ),
                    )
                })
            })?;
        // A heredoc's pieces start and end with text, if only an empty one.
        let mut parts = body.parts;
        if matches!(parts.first(), Some(Part::Interp(..))) {
            parts.insert(0, Part::Lit(Vec::new()));
        }
        if matches!(parts.last(), Some(Part::Interp(..))) {
            parts.push(Part::Lit(Vec::new()));
        }
        Ok((parts, close_start + indent + 3))
    }

    /// `~x/.../mods`: starts at `~`, `after_letter` is just past the letter.
    pub(super) fn scan_sigil(
        &mut self,
        start: usize,
        after_letter: usize,
        letter: char,
    ) -> Result<(Vec<Part>, Vec<u8>, usize), SyntaxError> {
        let mode = if letter.is_ascii_lowercase() {
            Mode::SigilInterp
        } else {
            Mode::SigilRaw
        };
        let rest = &self.src[after_letter..];
        let (parts, end) = if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
            let term = rest.as_bytes()[0];
            self.scan_heredoc_mode(start, after_letter + 3, term, mode, "heredoc")?
        } else {
            let open = rest.as_bytes().first().copied().unwrap_or(0);
            let close = match open {
                b'(' => b')',
                b'[' => b']',
                b'{' => b'}',
                b'<' => b'>',
                b'/' | b'|' | b'"' | b'\'' => open,
                _ => {
                    let shown = rest.chars().next().map_or(String::new(), |c| c.to_string());
                    return Err(self.error(
                        start,
                        format!(
                            "invalid sigil delimiter: \"{shown}\" (column {}, code point U+{:04X}). The available delimiters are: //, ||, \"\", '', (), [], {{}}, <>",
                            self.line_col(after_letter).1,
                            shown.chars().next().map_or(0, |c| c as u32)
                        ),
                    ));
                }
            };
            let (line, _) = self.line_col(start);
            self.literals
                .push((format!("sigil ~{letter}{}", open as char), line));
            let body = self.scan_body(after_letter + 1, Stop::Delim(close), mode, None);
            self.literals.pop();
            let body = body.map_err(|e| {
                e.unwrap_or_else(|| {
                    self.missing(
                        self.src.len(),
                        format!("missing terminator: {} (for sigil ~{letter}{} starting at line {line})", close as char, open as char),
                    )
                })
            })?;
            (body.parts, body.end + 1)
        };
        let mods_len = self.src[end..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        Ok((
            parts,
            self.src.as_bytes()[end..end + mods_len].to_vec(),
            end + mods_len,
        ))
    }

    /// `?c`: the code point after `?` (at `pos`), and the offset after it.
    pub(super) fn scan_char(&self, pos: usize) -> Result<(u32, usize), SyntaxError> {
        let rest = &self.src[pos..];
        let mut chars = rest.chars();
        match chars.next() {
            None => Err(self.missing(pos, "missing terminator: ? (for char starting at line 1)")),
            // `?\n` and the other one-letter escapes; any other escaped char is itself
            // (`?\x41` is `?x` followed by `41`).
            Some('\\') => match chars.next() {
                None => Err(self.missing(
                    pos + 1,
                    "missing terminator: ? (for char starting at line 1)",
                )),
                Some(c) => {
                    let value = match c {
                        'a' => 7,
                        'b' => 8,
                        'd' => 127,
                        'e' => 27,
                        'f' => 12,
                        'n' => 10,
                        'r' => 13,
                        's' => 32,
                        't' => 9,
                        'v' => 11,
                        '0' => 0,
                        c => c as u32,
                    };
                    Ok((value, pos + 1 + c.len_utf8()))
                }
            },
            Some(c) => Ok((c as u32, pos + c.len_utf8())),
        }
    }

    /// Scans a literal body. `Err(None)` means the input ended before the stop.
    fn scan_body(
        &mut self,
        mut pos: usize,
        stop: Stop,
        mode: Mode,
        indent: Option<usize>,
    ) -> Result<Body, Option<SyntaxError>> {
        let bytes = self.src.as_bytes();
        let mut parts = Vec::new();
        let mut lit: Vec<u8> = Vec::new();
        let strip = |pos: usize| -> usize {
            match indent {
                Some(n) => {
                    let avail = bytes[pos..]
                        .iter()
                        .take(n)
                        .take_while(|&&b| b == b' ' || b == b'\t')
                        .count();
                    pos + avail
                }
                None => pos,
            }
        };
        if indent.is_some() {
            pos = strip(pos);
        }
        loop {
            match stop {
                Stop::At(limit, _) if pos >= limit => break,
                Stop::HeredocClose(d) if pos == 0 || bytes[pos - 1] == b'\n' => {
                    let line = &bytes[pos..];
                    let ws = line
                        .iter()
                        .take_while(|&&b| b == b' ' || b == b'\t')
                        .count();
                    if line[ws..].starts_with(&[d, d, d]) {
                        break;
                    }
                }
                _ => {}
            }
            let Some(&b) = bytes.get(pos) else {
                return Err(None);
            };
            if let Stop::Delim(d) = stop {
                if b == d {
                    break;
                }
            }
            match b {
                b'\\' => {
                    let next = bytes.get(pos + 1).copied();
                    match mode {
                        Mode::Full => {
                            if bytes[pos + 1..].starts_with(b"#{") {
                                // Elixir's columns after an escaped `\#{` come out two short.
                                self.escapes.push(pos);
                            }
                            // `\` at a line's end inside a heredoc still continues the line.
                            pos = self.read_escape(pos + 1, &mut lit).map_err(Some)?;
                            if indent.is_some() && bytes.get(pos.wrapping_sub(1)) == Some(&b'\n') {
                                pos = strip(pos);
                            }
                        }
                        Mode::SigilInterp | Mode::SigilRaw => {
                            // `\/` in `~r/a\/b/` is the delimiter; in a heredoc sigil
                            // only `\"""`, the whole terminator, loses its backslash.
                            let is_delim = match stop {
                                Stop::Delim(d) => next == Some(d),
                                Stop::At(_, d) | Stop::HeredocClose(d) => {
                                    bytes[pos + 1..].starts_with(&[d, d, d])
                                }
                            };
                            if is_delim {
                                lit.push(next.unwrap_or(b'\\'));
                                pos += 2;
                            } else if next == Some(b'\\') {
                                lit.extend_from_slice(b"\\\\");
                                pos += 2;
                            } else {
                                lit.push(b'\\');
                                pos += 1;
                                // `\#{` in a sigil stays raw, and `\<newline>` too.
                                if let Some(n) = next {
                                    if n == b'#' {
                                        lit.push(n);
                                        pos += 1;
                                    }
                                }
                            }
                        }
                    }
                }
                b'#' if mode != Mode::SigilRaw && bytes.get(pos + 1) == Some(&b'{') => {
                    if !lit.is_empty() {
                        parts.push(Part::Lit(std::mem::take(&mut lit)));
                    }
                    let (line, _) = self.line_col(pos);
                    let (tokens, end) = self.run(pos + 2, true).map_err(Some)?;
                    parts.push(Part::Interp(line, tokens));
                    pos = end;
                }
                b'\n' => {
                    lit.push(b'\n');
                    pos = strip(pos + 1);
                }
                _ => {
                    // Copy a run of plain bytes at once.
                    let run = bytes[pos..]
                        .iter()
                        .position(|&c| {
                            matches!(
                                c,
                                b'\\'
                                    | b'#'
                                    | b'\n'
                                    | b'\r'
                                    | b'"'
                                    | b'\''
                                    | b'/'
                                    | b'|'
                                    | b')'
                                    | b']'
                                    | b'}'
                                    | b'>'
                            )
                        })
                        .map_or(bytes.len() - pos, |n| n.max(1));
                    let run = match stop {
                        Stop::At(limit, _) => run.min(limit.saturating_sub(pos)).max(1),
                        _ => run,
                    };
                    lit.extend_from_slice(&bytes[pos..pos + run]);
                    pos += run;
                }
            }
        }
        if !lit.is_empty() || parts.is_empty() {
            parts.push(Part::Lit(lit));
        }
        Ok(Body { parts, end: pos })
    }

    /// `\x{1F600}` / `\u{E9}`: `inner` follows the brace of the escape whose
    /// letter is at `pos`; returns the offset after the closing brace.
    fn read_braced_codepoint(
        &self,
        pos: usize,
        inner: &str,
        out: &mut Vec<u8>,
        error: &str,
    ) -> Result<usize, SyntaxError> {
        let n = inner.bytes().take_while(u8::is_ascii_hexdigit).count();
        if n == 0 || n > 6 || !inner[n..].starts_with('}') {
            return Err(self.error(pos - 1, error));
        }
        push_codepoint(
            self,
            pos - 1,
            u32::from_str_radix(&inner[..n], 16).unwrap_or(0),
            out,
        )?;
        Ok(pos + 3 + n)
    }

    /// Decodes the escape after a backslash at `pos`; returns the offset after it.
    fn read_escape(&self, pos: usize, out: &mut Vec<u8>) -> Result<usize, SyntaxError> {
        let rest = &self.src[pos..];
        let Some(c) = rest.chars().next() else {
            return Ok(pos);
        };
        let simple = match c {
            'a' => Some(7),
            'b' => Some(8),
            'd' => Some(127),
            'e' => Some(27),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            's' => Some(32),
            't' => Some(9),
            'v' => Some(11),
            '0' => Some(0),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            return Ok(pos + 1);
        }
        let hex = |s: &str| s.bytes().take_while(u8::is_ascii_hexdigit).count();
        match c {
            '\n' => Ok(pos + 1),
            '\r' if rest.starts_with("\r\n") => Ok(pos + 2),
            'x' => {
                let r = &rest[1..];
                if let Some(inner) = r.strip_prefix('{') {
                    self.read_braced_codepoint(pos, inner, out, "invalid hex escape character, expected \\x{H*} where H is a hexadecimal digit. Syntax error after: \\x{")
                } else {
                    let n = hex(r).min(2);
                    if n == 0 {
                        return Err(self.error(pos - 1, "invalid hex escape character, expected \\xHH where H is a hexadecimal digit. Syntax error after: \\x"));
                    }
                    out.push(u8::from_str_radix(&r[..n], 16).unwrap_or(0));
                    Ok(pos + 1 + n)
                }
            }
            'u' => {
                let r = &rest[1..];
                if let Some(inner) = r.strip_prefix('{') {
                    self.read_braced_codepoint(pos, inner, out, "invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a hexadecimal digit. Syntax error after: \\u")
                } else {
                    let n = hex(r).min(4);
                    if n < 4 {
                        return Err(self.error(pos - 1, "invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a hexadecimal digit. Syntax error after: \\u"));
                    }
                    push_codepoint(
                        self,
                        pos - 1,
                        u32::from_str_radix(&r[..4], 16).unwrap_or(0),
                        out,
                    )?;
                    Ok(pos + 5)
                }
            }
            _ => {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                Ok(pos + c.len_utf8())
            }
        }
    }
}

/// The escapes of a lowercase sigil's literal text decoded as in a string
/// (`\\n`, `\\s`, `\\xHH`, `\\u{...}`, ...); with `only_control`, only the
/// single-letter control escapes (`~r` leaves the rest to the regex engine).
/// An invalid escape stays as written.
pub fn unescape(text: &str, only_control: bool) -> Vec<u8> {
    let lexer = Lexer::new(text, "nofile");
    let mut out = Vec::with_capacity(text.len());
    let mut pos = 0;
    while let Some(i) = text[pos..].find('\\') {
        let at = pos + i;
        out.extend_from_slice(&text.as_bytes()[pos..at]);
        let next = text[at + 1..].chars().next();
        let control = matches!(next, Some('n' | 't' | 'r' | 'f' | 'v' | 'a' | 'e'));
        if next.is_none() || (only_control && !control) {
            let end = at + 1 + next.map_or(0, char::len_utf8);
            out.extend_from_slice(&text.as_bytes()[at..end]);
            pos = end;
            continue;
        }
        let mut decoded = Vec::new();
        match lexer.read_escape(at + 1, &mut decoded) {
            Ok(end) => {
                out.extend_from_slice(&decoded);
                pos = end;
            }
            Err(_) => {
                out.push(b'\\');
                pos = at + 1;
            }
        }
    }
    out.extend_from_slice(&text.as_bytes()[pos..]);
    out
}

fn push_codepoint(
    lexer: &Lexer,
    pos: usize,
    cp: u32,
    out: &mut Vec<u8>,
) -> Result<(), SyntaxError> {
    match char::from_u32(cp) {
        Some(c) => {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            Ok(())
        }
        None => Err(lexer.error(
            pos,
            format!(
                "invalid or reserved Unicode code point \\u{{{cp:X}}}. Syntax error after: \\u"
            ),
        )),
    }
}

/// The length of an identifier-like atom name at the start of `s` (`foo`,
/// `foo?`, `Foo`, `foo@bar`), or 0.
pub(super) fn atom_ident_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    match chars.next() {
        Some((_, c)) if c.is_alphabetic() || c == '_' => {}
        _ => return 0,
    }
    let mut end = s.len();
    for (i, c) in chars {
        if c.is_alphanumeric() || c == '_' || c == '@' {
            continue;
        }
        end = if c == '?' || c == '!' { i + 1 } else { i };
        break;
    }
    end
}

/// The text of parts that hold no interpolation.
pub(super) fn parts_to_name(parts: &[Part]) -> Option<String> {
    let mut s = Vec::new();
    for p in parts {
        match p {
            Part::Lit(b) => s.extend_from_slice(b),
            Part::Interp(..) => return None,
        }
    }
    Some(String::from_utf8_lossy(&s).into_owned())
}
