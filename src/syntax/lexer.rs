//! The lexer: logos finds the raw lexemes, then a context pass gives each the
//! class Elixir's tokenizer would (`foo(` is a paren_identifier, `foo:` a
//! kw_identifier, `foo -1` makes `foo` an op_identifier, an end of line after an
//! operator or before a binary operator is dropped, ...). Strings, heredocs,
//! sigils, quoted atoms and char literals are scanned by hand in `literal.rs`,
//! and interpolations are tokenized recursively.

use logos::Logos;

use super::literal;
use super::token::{Kind, Sigil, Token, Value};
use super::SyntaxError;
use crate::term::{Atom, BigInt, Term};

#[derive(Logos, Debug, Clone, Copy, PartialEq)]
#[logos(skip r"[ \t\f]+")]
#[logos(skip r"\\\r?\n")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
enum Raw {
    #[regex(r"\r?\n")]
    Newline,
    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*[?!]?")]
    Ident,
    #[regex(r"0x[0-9a-fA-F]+(_[0-9a-fA-F]+)*")]
    Hex,
    #[regex(r"0o[0-7]+(_[0-7]+)*")]
    Oct,
    #[regex(r"0b[01]+(_[01]+)*")]
    Bin,
    #[regex(r"[0-9]+(_[0-9]+)*")]
    Dec,
    #[regex(r"[0-9]+(_[0-9]+)*\.[0-9]+(_[0-9]+)*([eE][+-]?[0-9]+(_[0-9]+)*)?")]
    Float,
    #[token("\"\"\"")]
    DqHeredoc,
    #[token("'''")]
    SqHeredoc,
    #[token("\"")]
    Dq,
    #[token("'")]
    Sq,
    #[regex("~[a-zA-Z]")]
    Sigil,
    #[token("?")]
    Question,
    #[token(":")]
    Colon,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LCurly,
    #[token("}")]
    RCurly,
    #[token("<<")]
    LBit,
    #[token(">>")]
    RBit,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("%")]
    Percent,
    #[token("=")]
    #[token("+")]
    #[token("-")]
    #[token("*")]
    #[token("/")]
    #[token("**")]
    #[token("++")]
    #[token("--")]
    #[token("+++")]
    #[token("---")]
    #[token("<>")]
    #[token("..")]
    #[token("..//")]
    #[token("//")]
    #[token("|>")]
    #[token("<<<")]
    #[token(">>>")]
    #[token("<<~")]
    #[token("~>>")]
    #[token("<~")]
    #[token("~>")]
    #[token("<~>")]
    #[token("<|>")]
    #[token("<-")]
    #[token("\\\\")]
    #[token("::")]
    #[token("|")]
    #[token("||")]
    #[token("|||")]
    #[token("&&")]
    #[token("&&&")]
    #[token("=>")]
    #[token("&")]
    #[token("!")]
    #[token("^")]
    #[token("^^^")]
    #[token("~~~")]
    #[token("->")]
    #[token("@")]
    #[token(".")]
    #[token("==")]
    #[token("!=")]
    #[token("=~")]
    #[token("===")]
    #[token("!==")]
    #[token("<")]
    #[token(">")]
    #[token("<=")]
    #[token(">=")]
    Op,
}

/// Operators that may follow `:` to make an atom, longest first.
pub(super) const ATOM_OPERATORS: &[&str] = &[
    "..//", "<<>>", "%{}", "===", "!==", "<<<", ">>>", "<<~", "~>>", "<~>", "<|>", "+++", "---",
    "^^^", "~~~", "|||", "&&&", "...", "::", "==", "!=", "=~", "<=", ">=", "++", "--", "**", "<>",
    "..", "//", "|>", "<~", "~>", "<-", "\\\\", "||", "&&", "->", "{}", "+", "-", "*", "/", "=",
    "<", ">", "|", "&", "!", "^", "@", "%", ".",
];

pub(super) fn operator_kind(op: &str) -> Kind {
    match op {
        "=" => Kind::MatchOp,
        "+" | "-" => Kind::DualOp,
        "*" | "/" => Kind::MultOp,
        "**" => Kind::PowerOp,
        "++" | "--" | "+++" | "---" | "<>" => Kind::ConcatOp,
        ".." => Kind::RangeOp,
        "//" => Kind::TernaryOp,
        "|>" | "<<<" | ">>>" | "<<~" | "~>>" | "<~" | "~>" | "<~>" | "<|>" => Kind::ArrowOp,
        "<-" | "\\\\" => Kind::InMatchOp,
        "::" => Kind::TypeOp,
        "|" => Kind::PipeOp,
        "||" | "|||" => Kind::OrOp,
        "&&" | "&&&" => Kind::AndOp,
        "=>" => Kind::AssocOp,
        "&" => Kind::CaptureOp,
        "!" | "^" | "~~~" => Kind::UnaryOp,
        "^^^" => Kind::XorOp,
        "->" => Kind::StabOp,
        "@" => Kind::AtOp,
        "." => Kind::Dot,
        "==" | "!=" | "=~" | "===" | "!==" => Kind::CompOp,
        _ => Kind::RelOp,
    }
}

/// Tokenizes a whole source file.
/// Tokenizes a whole source file; also returns where its last token ends,
/// which is where Elixir reports an incomplete expression.
pub fn tokenize(source: &str, file: &str) -> Result<(Vec<Token>, (u32, u32)), SyntaxError> {
    let mut lexer = Lexer::new(source, file);
    let (tokens, _) = lexer.run(0, false)?;
    Ok((tokens, lexer.line_col(lexer.last_end)))
}

pub(super) struct Lexer<'s> {
    pub(super) src: &'s str,
    pub(super) file: &'s str,
    line_starts: Vec<usize>,
    /// Offset just past the last token lexed at top level.
    last_end: usize,
    /// The last position `line_col` measured: (offset, line index, column),
    /// so that columns are counted from there rather than from the line start.
    cursor: std::cell::Cell<(usize, usize, u32)>,
    /// An ASCII source has one column per byte.
    ascii: bool,
    /// Offsets of `\#{` escapes, which shift Elixir's columns after them.
    pub(super) escapes: Vec<usize>,
    /// Identifiers seen in this source and their atoms.
    names: rustc_hash::FxHashMap<&'s str, Atom>,
    /// The literals being scanned, innermost last: what to call each and its
    /// line, for "missing interpolation terminator" errors.
    pub(super) literals: Vec<(String, u32)>,
}

/// An opened `(`, `[`, `{`, `<<`, `do` or `fn` waiting for its terminator.
struct Open {
    kind: Kind,
    line: u32,
}

impl<'s> Lexer<'s> {
    pub(super) fn new(src: &'s str, file: &'s str) -> Lexer<'s> {
        let mut line_starts = vec![0];
        line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        Lexer {
            src,
            file,
            line_starts,
            last_end: 0,
            cursor: std::cell::Cell::new((0, 0, 1)),
            ascii: src.is_ascii(),
            names: rustc_hash::FxHashMap::default(),
            escapes: Vec::new(),
            literals: Vec::new(),
        }
    }

    /// The 1-based line and column of byte offset `pos`.
    pub(super) fn line_col(&self, pos: usize) -> (u32, u32) {
        let (cpos, cline, ccol) = self.cursor.get();
        // Usually the position is on the cursor's line or a little after it.
        let on_line = |l: usize| {
            self.line_starts[l - 1] <= pos && self.line_starts.get(l).is_none_or(|&next| pos < next)
        };
        let line = if on_line(cline.max(1)) {
            cline.max(1)
        } else if cline < self.line_starts.len() && on_line(cline + 1) {
            cline + 1
        } else {
            self.line_starts.partition_point(|&s| s <= pos)
        };
        let (from, base) = if cline == line && cpos <= pos {
            (cpos, ccol)
        } else {
            (self.line_starts[line - 1], 1)
        };
        let chars = if self.ascii {
            pos - from
        } else {
            self.src.as_bytes()[from..pos]
                .iter()
                .filter(|&&b| (b as i8) >= -0x40)
                .count()
        };
        let col = base + chars as u32;
        self.cursor.set((pos, line, col));
        if self.escapes.is_empty() {
            return (line as u32, col);
        }
        let line_start = self.line_starts[line - 1];
        let shift = self
            .escapes
            .iter()
            .filter(|&&e| e >= line_start && e < pos)
            .count() as u32
            * 2;
        (line as u32, col.saturating_sub(shift).max(1))
    }

    pub(super) fn error(&self, pos: usize, message: impl Into<String>) -> SyntaxError {
        let (line, column) = self.line_col(pos);
        SyntaxError {
            kind: "SyntaxError",
            file: self.file.to_string(),
            line,
            column,
            message: message.into(),
        }
    }

    pub(super) fn missing(&self, pos: usize, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            kind: "TokenMissingError",
            ..self.error(pos, message)
        }
    }

    /// Tokenizes from `start`. With `interp`, stops at the `}` closing an
    /// interpolation and returns the offset after it; otherwise runs to the end.
    pub(super) fn run(
        &mut self,
        start: usize,
        interp: bool,
    ) -> Result<(Vec<Token>, usize), SyntaxError> {
        // About one token for every five bytes of typical source.
        let mut out: Vec<Token> = Vec::with_capacity(if interp { 4 } else { self.src.len() / 5 });
        let mut opens: Vec<Open> = Vec::new();
        let mut lex = Raw::lexer(&self.src[start..]);
        loop {
            // Where the previous token ended (skipped comments lie after it).
            let prev_end = start + lex.span().end;
            let Some(raw) = lex.next() else { break };
            let span = lex.span();
            let (s, e) = (start + span.start, start + span.end);
            let text = &self.src[s..e];
            let (line, col) = self.line_col(s);
            let tok = |kind: Kind, value: Value| Token {
                kind,
                line,
                col,
                value,
            };
            let adjacent = |out: &Vec<Token>, lexer: &Lexer| -> bool {
                s > 0 && !out.is_empty() && !lexer.src[..s].ends_with([' ', '\t', '\n', '\r'])
            };
            let raw = match raw {
                Ok(raw) => raw,
                Err(()) => {
                    // A character stuck to an identifier that cannot continue it.
                    let stuck = matches!(out.last(), Some(t) if t.kind == Kind::Identifier)
                        && self.src[..s].ends_with(|c: char| c.is_alphanumeric() || c == '_');
                    if stuck && !self.src[s..].starts_with(|c: char| c.is_ascii()) {
                        return Err(self.stuck_char(s));
                    }
                    return Err(self.unexpected_char(s));
                }
            };
            if !interp && raw != Raw::Newline {
                // An expression left open by a trailing `.` is reported at the dot.
                let is_dot = raw == Raw::Op && &self.src[s..e] == ".";
                self.last_end = if is_dot { s } else { start + lex.span().end };
            }
            match raw {
                Raw::Newline => {
                    // Elixir places an end of line that follows a comment at the `#`.
                    let line_start = self.src[..s].rfind('\n').map_or(0, |i| i + 1);
                    let from = line_start.max(prev_end);
                    let (line, col) = match self.src[from..s].find('#') {
                        Some(i) => self.line_col(from + i),
                        None => (line, col),
                    };
                    push_eol(&mut out, line, col);
                }
                Raw::Ident => {
                    // `node@host: 1`: a keyword may hold `@`, which identifiers cannot.
                    if let Some(len) = at_keyword_len(&self.src[e..]) {
                        let name = &self.src[s..e + len];
                        lex.bump(len + 1);
                        push(
                            &mut out,
                            tok(Kind::KwIdentifier, Value::Name(ident_atom(name))),
                        );
                        continue;
                    }
                    let rest = &self.src[e..];
                    if rest.starts_with('@') {
                        let name_len = rest
                            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '@'))
                            .unwrap_or(rest.len());
                        let kind = if text.starts_with(|c: char| c.is_ascii_uppercase()) {
                            "alias"
                        } else {
                            "identifier"
                        };
                        return Err(self.error(
                            s,
                            format!(
                                "invalid character \"@\" (code point U+0040) in {kind}: {text}{}",
                                &rest[..name_len]
                            ),
                        ));
                    }
                    let after_dot = matches!(out.last(), Some(t) if t.kind == Kind::Dot);
                    if rest.len() > 1 && rest.starts_with(':') && !rest.starts_with("::") {
                        self.check_kw_space(e, text)?;
                        lex.bump(1);
                        push(
                            &mut out,
                            tok(Kind::KwIdentifier, Value::Name(self.ident_atom(text))),
                        );
                        continue;
                    }
                    if !after_dot {
                        if let Some(kind) = keyword_kind(text) {
                            self.keyword(
                                &mut out, &mut opens, kind, text, line, col, s, e, &mut lex,
                            )?;
                            continue;
                        }
                    }
                    let first = text.as_bytes()[0];
                    if text
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() && !c.is_ascii())
                    {
                        return Err(self.unexpected_char(s));
                    }
                    let kind = if first.is_ascii_uppercase() {
                        if let Some(c) = text
                            .chars()
                            .find(|&c| !(c.is_ascii_alphanumeric() || c == '_'))
                        {
                            return Err(self.error(
                                s,
                                format!(
                                    "invalid character \"{c}\" (code point U+{:04X}) in alias (only ASCII characters, without punctuation, are allowed): {text}",
                                    c as u32
                                ),
                            ));
                        }
                        if rest.starts_with('(') {
                            return Err(self.error(
                                e + 1,
                                format!("unexpected ( after alias {text}. {ALIAS_CALL_HINT}"),
                            ));
                        }
                        Kind::Alias
                    } else if rest.starts_with('(') {
                        Kind::ParenIdentifier
                    } else if rest.starts_with('[') {
                        Kind::BracketIdentifier
                    } else {
                        Kind::Identifier
                    };
                    push(&mut out, tok(kind, Value::Name(self.ident_atom(text))));
                }
                Raw::Ellipsis if container_keyword(&self.src[e..], ":") => {
                    lex.bump(1);
                    push(
                        &mut out,
                        tok(Kind::KwIdentifier, Value::Name(Atom::new("..."))),
                    );
                }
                Raw::Ellipsis => {
                    let rest = &self.src[e..];
                    let kind = if rest.starts_with('(') {
                        Kind::ParenIdentifier
                    } else {
                        Kind::Identifier
                    };
                    push(&mut out, tok(kind, Value::Name(Atom::new("..."))));
                }
                Raw::Dec | Raw::Hex | Raw::Oct | Raw::Bin => {
                    // Letters and `_` stuck to a decimal number are errors; after
                    // `0x1`, `0b1` or `0o1` the next token simply starts there.
                    if raw == Raw::Dec {
                        self.check_number_end(e, text)?;
                    }
                    let (digits, radix) = match raw {
                        Raw::Hex => (&text[2..], 16),
                        Raw::Oct => (&text[2..], 8),
                        Raw::Bin => (&text[2..], 2),
                        _ => (text, 10),
                    };
                    let clean: String = digits.chars().filter(|&c| c != '_').collect();
                    let value = match i64::from_str_radix(&clean, radix) {
                        Ok(i) => Term::Int(i),
                        Err(_) => match BigInt::parse_bytes(clean.as_bytes(), radix) {
                            Some(b) => Term::from_bigint(b),
                            None => return Err(self.error(s, format!("invalid number: {text}"))),
                        },
                    };
                    let capture = matches!(out.last(), Some(t) if t.kind == Kind::CaptureOp)
                        && adjacent(&out, self);
                    if capture {
                        if let Some(last) = out.last_mut() {
                            last.kind = Kind::CaptureInt;
                        }
                    }
                    push(&mut out, tok(Kind::Int, Value::Term(value)));
                }
                Raw::Float => {
                    self.check_number_end(e, text)?;
                    let clean: String = text.chars().filter(|&c| c != '_').collect();
                    match clean.parse::<f64>() {
                        Ok(f) if f.is_finite() => {
                            push(&mut out, tok(Kind::Flt, Value::Term(Term::Float(f))))
                        }
                        _ => return Err(self.error(s, format!("invalid float number {text}"))),
                    }
                }
                Raw::Dq | Raw::Sq => {
                    let term = if raw == Raw::Dq { b'"' } else { b'\'' };
                    let (parts, end) = self.scan_quoted(e, term, line, "string")?;
                    lex.bump(end - e);
                    let rest = &self.src[end..];
                    if container_keyword(rest, ":") {
                        lex.bump(1);
                        push(
                            &mut out,
                            self.quoted_name(
                                Kind::KwIdentifier,
                                Kind::KwIdentifierInterp,
                                parts,
                                line,
                                col,
                            ),
                        );
                    } else if matches!(out.last(), Some(t) if t.kind == Kind::Dot) {
                        let kind = if rest.starts_with('(') {
                            Kind::ParenIdentifier
                        } else if rest.starts_with('[') {
                            Kind::BracketIdentifier
                        } else {
                            Kind::Identifier
                        };
                        let name = literal::parts_to_name(&parts).ok_or_else(|| {
                            self.error(
                                s,
                                "interpolation is not allowed when calling function/macro. Found interpolation in a call starting with: \"",
                            )
                        })?;
                        push(&mut out, tok(kind, Value::Name(Atom::new(&name))));
                    } else {
                        let kind = if raw == Raw::Dq {
                            Kind::BinString
                        } else {
                            Kind::ListString
                        };
                        push(&mut out, tok(kind, Value::Parts(parts.into_boxed_slice())));
                    }
                }
                // After a dot, `"""a"` is the empty name `""` and then a string.
                Raw::DqHeredoc | Raw::SqHeredoc if matches!(out.last(), Some(t) if t.kind == Kind::Dot) =>
                {
                    let term = if raw == Raw::DqHeredoc { b'"' } else { b'\'' };
                    push(&mut out, tok(Kind::Identifier, Value::Name(Atom::new(""))));
                    let (line2, col2) = self.line_col(s + 2);
                    let what = "string";
                    let (parts, end) = self.scan_quoted(e, term, line2, what)?;
                    lex.bump(end - e);
                    let kind = if raw == Raw::DqHeredoc {
                        Kind::BinString
                    } else {
                        Kind::ListString
                    };
                    push(
                        &mut out,
                        Token {
                            kind,
                            line: line2,
                            col: col2,
                            value: Value::Parts(parts.into_boxed_slice()),
                        },
                    );
                }
                Raw::DqHeredoc | Raw::SqHeredoc => {
                    let term = if raw == Raw::DqHeredoc { b'"' } else { b'\'' };
                    let (parts, end) = self.scan_heredoc(s, e, term, true)?;
                    lex.bump(end - e);
                    let kind = if raw == Raw::DqHeredoc {
                        Kind::BinHeredoc
                    } else {
                        Kind::ListHeredoc
                    };
                    push(&mut out, tok(kind, Value::Parts(parts.into_boxed_slice())));
                }
                Raw::Sigil => {
                    let letter = text.as_bytes()[1] as char;
                    let (parts, mods, end) = self.scan_sigil(s, e, letter)?;
                    let rest = &self.src[e..];
                    let delimiter = if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
                        rest[..3].to_string()
                    } else {
                        rest.chars().next().map(String::from).unwrap_or_default()
                    };
                    lex.bump(end - e);
                    push(
                        &mut out,
                        tok(
                            Kind::Sigil,
                            Value::Sigil(Box::new(Sigil {
                                letter,
                                parts,
                                mods,
                                delimiter,
                            })),
                        ),
                    );
                }
                Raw::Question => {
                    let (value, end) = self.scan_char(e)?;
                    lex.bump(end - e);
                    push(
                        &mut out,
                        tok(Kind::Char, Value::Term(Term::Int(value as i64))),
                    );
                }
                Raw::Colon => {
                    let (token, end) = self.scan_atom(s, e, line, col)?;
                    lex.bump(end - e);
                    push(&mut out, token);
                }
                Raw::LCurly | Raw::LBit
                    if container_keyword(
                        &self.src[e..],
                        if raw == Raw::LCurly { "}:" } else { ">>:" },
                    ) =>
                {
                    let (name, len) = if raw == Raw::LCurly {
                        ("{}", 2)
                    } else {
                        ("<<>>", 3)
                    };
                    lex.bump(len);
                    push(
                        &mut out,
                        tok(Kind::KwIdentifier, Value::Name(Atom::new(name))),
                    );
                }
                Raw::LParen | Raw::LBracket | Raw::LCurly | Raw::LBit => {
                    let kind = match raw {
                        Raw::LParen => Kind::LParen,
                        Raw::LBracket => Kind::LBracket,
                        Raw::LCurly => Kind::LCurly,
                        _ => Kind::LBit,
                    };
                    opens.push(Open { kind, line });
                    push(&mut out, tok(kind, Value::None));
                }
                Raw::RParen | Raw::RBracket | Raw::RCurly | Raw::RBit => {
                    let kind = match raw {
                        Raw::RParen => Kind::RParen,
                        Raw::RBracket => Kind::RBracket,
                        Raw::RCurly => Kind::RCurly,
                        _ => Kind::RBit,
                    };
                    if kind == Kind::RCurly && interp && opens.is_empty() {
                        return Ok((out, e));
                    }
                    self.close(&mut opens, kind, text, s)?;
                    if matches!(out.last(), Some(t) if t.kind == Kind::Eol) {
                        out.pop();
                    }
                    push(&mut out, tok(kind, Value::None));
                }
                Raw::Comma => push(&mut out, tok(Kind::Comma, Value::None)),
                Raw::Semi => {
                    if matches!(out.last(), Some(t) if t.kind == Kind::Semi) {
                        return Err(self.unexpected_char(s));
                    }
                    push(&mut out, tok(Kind::Semi, Value::None));
                }
                Raw::Percent => {
                    if container_keyword(&self.src[e..], ":") {
                        lex.bump(1);
                        push(
                            &mut out,
                            tok(Kind::KwIdentifier, Value::Name(Atom::new("%"))),
                        );
                    } else if container_keyword(&self.src[e..], "{}:") {
                        lex.bump(3);
                        push(
                            &mut out,
                            tok(Kind::KwIdentifier, Value::Name(Atom::new("%{}"))),
                        );
                    } else if self.src[e..].starts_with('{') {
                        push(&mut out, tok(Kind::MapOp, Value::None));
                    } else {
                        push(&mut out, tok(Kind::Percent, Value::None));
                    }
                }
                Raw::Op => {
                    let mut kind = operator_kind(text);
                    let rest = &self.src[e..];
                    // `:::` is the atom `:"::"`.
                    if text == "::" && rest.starts_with(':') {
                        lex.bump(1);
                        push(&mut out, tok(Kind::Atom, Value::Name(Atom::new("::"))));
                        continue;
                    }
                    // Operators as keyword keys (`+: 1`, `.: 2`), except `=>`.
                    if kind != Kind::AssocOp && rest.starts_with(':') && !rest.starts_with("::") {
                        let after = &rest[1..];
                        if after.is_empty() || after.starts_with([' ', '\t', '\n', '\r']) {
                            lex.bump(1);
                            push(
                                &mut out,
                                tok(Kind::KwIdentifier, Value::Name(Atom::new(text))),
                            );
                            continue;
                        }
                    }
                    // `&//2` captures `/`/2.
                    if text == "//" && !prev_ends_expr(&out) {
                        push(&mut out, tok(Kind::Identifier, Value::Name(Atom::new("/"))));
                        push(
                            &mut out,
                            Token {
                                kind: Kind::MultOp,
                                line,
                                col: col + 1,
                                value: Value::Name(Atom::new("/")),
                            },
                        );
                        continue;
                    }
                    if kind != Kind::Dot
                        && before_slash(rest)
                        && !(text == "/" && prev_ends_expr(&out))
                    {
                        push(
                            &mut out,
                            tok(Kind::Identifier, Value::Name(Atom::new(text))),
                        );
                        continue;
                    }
                    // `Kernel.+(1, 2)` and `&Kernel.+/2`: an operator after a dot is a name.
                    if matches!(out.last(), Some(t) if t.kind == Kind::Dot) && kind != Kind::Dot {
                        let k = if rest.starts_with('(') {
                            Kind::ParenIdentifier
                        } else {
                            Kind::Identifier
                        };
                        push(&mut out, tok(k, Value::Name(Atom::new(text))));
                        continue;
                    }
                    if kind == Kind::Dot && rest.starts_with('(') {
                        kind = Kind::DotCall;
                    }
                    let spaced_before = !adjacent(&out, self);
                    let spaced_after = rest.is_empty() || rest.starts_with([' ', '\t', '\n', '\r']);
                    if kind == Kind::DualOp && spaced_before && !spaced_after {
                        if let Some(last) = out.last_mut() {
                            if last.kind == Kind::Identifier {
                                last.kind = Kind::OpIdentifier;
                            }
                        }
                    }
                    let t = tok(kind, Value::Name(Atom::new(text)));
                    let drops_eol = t.is_binary_op() || kind == Kind::StabOp;
                    let binary_range = kind != Kind::RangeOp || prev_ends_expr(&out);
                    if drops_eol
                        && binary_range
                        && matches!(out.last(), Some(t) if t.kind == Kind::Eol)
                    {
                        out.pop();
                    }
                    push(&mut out, t);
                }
            }
        }
        let end = self.src.len();
        if interp && opens.is_empty() {
            let (what, line) = self
                .literals
                .last()
                .cloned()
                .unwrap_or_else(|| ("string".into(), 1));
            return Err(self.missing(
                start.saturating_sub(2),
                format!(
                    "missing interpolation terminator: \"}}\" (for {what} starting at line {line})"
                ),
            ));
        }
        if let Some(open) = opens.last() {
            let (name, term) = open_names(open.kind);
            return Err(SyntaxError {
                message: format!(
                    "missing terminator: {term} (for \"{name}\" starting at line {})",
                    open.line
                ),
                ..self.missing(self.eof_pos(), "")
            });
        }
        Ok((out, end))
    }

    #[allow(clippy::too_many_arguments)]
    fn keyword(
        &self,
        out: &mut Vec<Token>,
        opens: &mut Vec<Open>,
        kind: Kind,
        text: &str,
        line: u32,
        col: u32,
        s: usize,
        e: usize,
        lex: &mut logos::Lexer<Raw>,
    ) -> Result<(), SyntaxError> {
        let tok = |kind: Kind| Token {
            kind,
            line,
            col,
            value: Value::Name(Atom::new(text)),
        };
        if matches!(
            kind,
            Kind::InOp | Kind::WhenOp | Kind::AndOp | Kind::OrOp | Kind::UnaryOp
        ) && before_slash(&self.src[e..])
        {
            push(out, tok(Kind::Identifier));
            return Ok(());
        }
        match kind {
            Kind::Do if matches!(out.last(), Some(t) if t.kind == Kind::Comma) => {
                return Err(self.error(s, format!("unexpected reserved word: do. {DO_HINT}")));
            }
            Kind::Do => {
                if matches!(out.last(), Some(t) if t.kind == Kind::Eol) {
                    out.pop();
                }
                if let Some(last) = out.last_mut() {
                    if last.kind == Kind::Identifier {
                        last.kind = Kind::DoIdentifier;
                    }
                }
                opens.push(Open {
                    kind: Kind::Do,
                    line,
                });
                push(out, tok(Kind::Do));
            }
            Kind::Fn => {
                opens.push(Open {
                    kind: Kind::Fn,
                    line,
                });
                push(out, tok(Kind::Fn));
            }
            Kind::End => {
                self.close(opens, Kind::End, "end", s)?;
                if matches!(out.last(), Some(t) if t.kind == Kind::Eol) {
                    out.pop();
                }
                push(out, tok(Kind::End));
            }
            Kind::BlockIdentifier => {
                if matches!(out.last(), Some(t) if t.kind == Kind::Eol) {
                    out.pop();
                }
                push(out, tok(Kind::BlockIdentifier));
            }
            Kind::UnaryOp => {
                // `not in` is one operator.
                let rest = &self.src[e..];
                let trimmed = rest.trim_start_matches([' ', '\t']);
                let gap = rest.len() - trimmed.len();
                if gap > 0
                    && trimmed.starts_with("in")
                    && !trimmed[2..].starts_with(|c: char| {
                        c.is_alphanumeric() || c == '_' || c == '?' || c == '!' || c == ':'
                    })
                {
                    lex.bump(gap + 2);
                    if matches!(out.last(), Some(t) if t.kind == Kind::Eol) {
                        out.pop();
                    }
                    push(
                        out,
                        Token {
                            kind: Kind::InOp,
                            line,
                            col,
                            value: Value::Name(Atom::new("not in")),
                        },
                    );
                } else {
                    push(out, tok(Kind::UnaryOp));
                }
            }
            Kind::InOp | Kind::WhenOp | Kind::AndOp | Kind::OrOp => {
                if matches!(out.last(), Some(t) if t.kind == Kind::Eol) {
                    out.pop();
                }
                push(out, tok(kind));
            }
            _ => push(out, tok(kind)),
        }
        Ok(())
    }

    fn close(
        &self,
        opens: &mut Vec<Open>,
        kind: Kind,
        text: &str,
        pos: usize,
    ) -> Result<(), SyntaxError> {
        let expected = match kind {
            Kind::RParen => Kind::LParen,
            Kind::RBracket => Kind::LBracket,
            Kind::RCurly => Kind::LCurly,
            Kind::RBit => Kind::LBit,
            _ => Kind::Do,
        };
        match opens.last() {
            Some(open) if open.kind == expected || (kind == Kind::End && open.kind == Kind::Fn) => {
                opens.pop();
                Ok(())
            }
            Some(open) => {
                let (name, term) = open_names(open.kind);
                Err(self.error(
                    pos,
                    format!(
                        "{}. The \"{name}\" at line {} is missing terminator \"{term}\"",
                        if text == "end" {
                            "unexpected reserved word: end".to_string()
                        } else {
                            format!("unexpected token: {text}")
                        },
                        open.line
                    ),
                ))
            }
            None => {
                if kind == Kind::End {
                    Err(self.error(pos, "unexpected reserved word: end"))
                } else {
                    Err(self.error(pos, format!("unexpected token: {text}")))
                }
            }
        }
    }

    fn check_kw_space(&self, colon: usize, text: &str) -> Result<(), SyntaxError> {
        let after = &self.src[colon + 1..];
        if after.starts_with([' ', '\t', '\n', '\r']) {
            Ok(())
        } else {
            Err(self.error(
                colon - text.len(),
                format!("keyword argument must be followed by space after: {text}:"),
            ))
        }
    }

    fn check_number_end(&self, end: usize, text: &str) -> Result<(), SyntaxError> {
        let rest = &self.src[end..];
        match rest.chars().next() {
            Some(c) if c.is_alphanumeric() || c == '_' => {
                // The message names the number before its last underscore run.
                let number = text.trim_end_matches('_');
                Err(self.error(
                    end - text.len(),
                    format!(
                        "invalid character \"{c}\" after number {number}. If you intended to write a number, make sure to separate the number from the character (using comma, space, etc). If you meant to write a function name or a variable, note that identifiers in Elixir cannot start with numbers. Unexpected token: {c}"
                    ),
                ))
            }
            _ => Ok(()),
        }
    }

    /// The atom for identifier `text`, from this lexer's own table when seen before.
    fn ident_atom(&mut self, text: &'s str) -> Atom {
        if let Some(&atom) = self.names.get(text) {
            return atom;
        }
        let atom = ident_atom(text);
        self.names.insert(text, atom);
        atom
    }

    /// Where Elixir reports the end of input: the end, or the start of a
    /// comment that ends the file without a newline.
    fn eof_pos(&self) -> usize {
        let last_line = self.src.rfind('\n').map_or(0, |i| i + 1);
        let tail = &self.src[last_line..];
        let trimmed = tail.trim_start_matches([' ', '\t']);
        if trimmed.starts_with('#') {
            self.src.len() - trimmed.len()
        } else {
            self.src.len()
        }
    }

    /// `a€`: Elixir explains a codepoint that breaks an identifier.
    fn stuck_char(&self, pos: usize) -> SyntaxError {
        let start = self.src[..pos]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '_')
            .last()
            .map_or(pos, |(i, _)| i);
        let end = pos + self.src[pos..].chars().next().map_or(0, char::len_utf8);
        let text = &self.src[start..end];
        let points: Vec<String> = text
            .chars()
            .map(|c| format!("0x{:05X}", c as u32))
            .collect();
        self.error(
            pos,
            format!(
                "unexpected token: Codepoint failed identifier tokenization, but a simpler form was found.\n\nGot:\n\n    \"{text}\" (code points {})\n\nSee https://hexdocs.pm/elixir/unicode-syntax.html for more information.",
                points.join(" ")
            ),
        )
    }

    pub(super) fn unexpected_char(&self, pos: usize) -> SyntaxError {
        let c = self.src[pos..].chars().next().unwrap_or(' ');
        let (_, col) = self.line_col(pos);
        self.error(
            pos,
            format!(
                "unexpected token: \"{c}\" (column {col}, code point U+{:04X})",
                c as u32
            ),
        )
    }

    fn quoted_name(
        &self,
        plain: Kind,
        interp: Kind,
        parts: Vec<super::token::Part>,
        line: u32,
        col: u32,
    ) -> Token {
        match literal::parts_to_name(&parts) {
            Some(name) => Token {
                kind: plain,
                line,
                col,
                value: Value::Name(Atom::new(&name)),
            },
            None => Token {
                kind: interp,
                line,
                col,
                value: Value::Parts(parts.into_boxed_slice()),
            },
        }
    }

    /// After `:`: a plain, quoted or operator atom.
    fn scan_atom(
        &mut self,
        s: usize,
        e: usize,
        line: u32,
        col: u32,
    ) -> Result<(Token, usize), SyntaxError> {
        let rest = &self.src[e..];
        if rest.starts_with('"') || rest.starts_with('\'') {
            let term = rest.as_bytes()[0];
            let (parts, end) = self.scan_quoted(e + 1, term, line, "atom")?;
            return Ok((
                self.quoted_name(Kind::Atom, Kind::AtomInterp, parts, line, col),
                end,
            ));
        }
        let ident_len = literal::atom_ident_len(rest);
        if ident_len > 0 {
            let name = &rest[..ident_len];
            return Ok((
                Token {
                    kind: Kind::Atom,
                    line,
                    col,
                    value: Value::Name(ident_atom(name)),
                },
                e + ident_len,
            ));
        }
        for op in ATOM_OPERATORS {
            if rest.starts_with(op) {
                return Ok((
                    Token {
                        kind: Kind::Atom,
                        line,
                        col,
                        value: Value::Name(Atom::new(op)),
                    },
                    e + op.len(),
                ));
            }
        }
        Err(self.unexpected_char(s))
    }
}

const ALIAS_CALL_HINT: &str = "Function names and identifiers in Elixir start with lowercase characters or underscore. For example:\n\n    hello_world()\n    _starting_with_underscore()\n    numb3rs_are_allowed()\n    may_finish_with_question_mark?()\n    may_finish_with_exclamation_mark!()\n\nUnexpected token: (";

pub(super) const DO_HINT: &str = "In case you wanted to write a \"do\" expression, you must either use do-blocks or separate the keyword argument with comma. For example, you should either write:\n\n    if some_condition? do\n      :this\n    else\n      :that\n    end\n\nor the equivalent construct:\n\n    if(some_condition?, do: :this, else: :that)\n\nwhere \"some_condition?\" is the first argument and the second argument is a keyword list.\n\nYou may see this error if you forget a trailing comma before the \"do\" in a \"do\" block";

fn open_names(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::LParen => ("(", ")"),
        Kind::LBracket => ("[", "]"),
        Kind::LCurly => ("{", "}"),
        Kind::LBit => ("<<", ">>"),
        Kind::Fn => ("fn", "end"),
        _ => ("do", "end"),
    }
}

fn keyword_kind(text: &str) -> Option<Kind> {
    Some(match text {
        "true" => Kind::True,
        "false" => Kind::False,
        "nil" => Kind::Nil,
        "do" => Kind::Do,
        "end" => Kind::End,
        "fn" => Kind::Fn,
        "else" | "rescue" | "catch" | "after" => Kind::BlockIdentifier,
        "when" => Kind::WhenOp,
        "and" => Kind::AndOp,
        "or" => Kind::OrOp,
        "not" => Kind::UnaryOp,
        "in" => Kind::InOp,
        _ => return None,
    })
}

/// An identifier's atom: Elixir normalises non-ASCII names to NFKC.
pub(super) fn ident_atom(text: &str) -> Atom {
    if text.is_ascii() {
        Atom::new(text)
    } else {
        use unicode_normalization::UnicodeNormalization;
        Atom::new(&text.nfkc().collect::<String>())
    }
}

/// `{}: 1`, `<<>>: 2`, `%{}: 3`: containers' names as keyword keys.
fn container_keyword(rest: &str, tail: &str) -> bool {
    rest.strip_prefix(tail)
        .is_some_and(|after| after.is_empty() || after.starts_with([' ', '\t', '\n', '\r']))
}

/// After an identifier, the length of an `@...` continuation that makes it a
/// keyword key (`node@host:`), not counting the colon.
fn at_keyword_len(rest: &str) -> Option<usize> {
    if !rest.starts_with('@') {
        return None;
    }
    let mut len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == '@'))
        .map_or(rest.len(), |(i, _)| i);
    if rest[len..].starts_with(['?', '!']) {
        len += 1;
    }
    container_keyword(&rest[len..], ":").then_some(len)
}

/// Whether the last token before any end of line can end an expression.
fn prev_ends_expr(out: &[Token]) -> bool {
    out.iter()
        .rev()
        .find(|t| t.kind != Kind::Eol)
        .is_some_and(Token::ends_expr)
}

/// `&+/2`, `&and/2`: an operator followed by `/` names a function.
fn before_slash(rest: &str) -> bool {
    let t = rest.trim_start_matches([' ', '\t']);
    t.starts_with('/') && !t.starts_with("//")
}

/// Tokens after which an end of line means nothing: the expression goes on.
pub(super) fn swallows_eol(t: &Token) -> bool {
    use Kind::*;
    match t.kind {
        Eol | Comma | Semi | LParen | LBracket | LCurly | LBit | MapOp | Do | Fn
        | BlockIdentifier | KwIdentifier | KwIdentifierInterp | DualOp | UnaryOp | CaptureOp
        | AtOp | StabOp | TernaryOp => true,
        RangeOp => false,
        _ => t.is_binary_op(),
    }
}

fn push_eol(out: &mut Vec<Token>, line: u32, col: u32) {
    match out.last() {
        None => out.push(Token {
            kind: Kind::Eol,
            line,
            col,
            value: Value::None,
        }),
        Some(t) if swallows_eol(t) => {}
        Some(t) if t.kind == Kind::RangeOp => {
            // `a..\nb` continues; a lone `..` ends the expression.
            let binary = out.len() >= 2 && out[out.len() - 2].ends_expr();
            if !binary {
                out.push(Token {
                    kind: Kind::Eol,
                    line,
                    col,
                    value: Value::None,
                });
            }
        }
        Some(_) => out.push(Token {
            kind: Kind::Eol,
            line,
            col,
            value: Value::None,
        }),
    }
}

fn push(out: &mut Vec<Token>, t: Token) {
    out.push(t);
}
