//! Reads the calls of the golden cases: `:module.function(arg, ...)` where each
//! argument is an Elixir literal (numbers, atoms, strings, charlists, `<<>>`,
//! lists with `|` and keywords, tuples, maps, `&:m.f/a`). Just enough Elixir
//! syntax to write built-in calls the way `elixir -e` takes them.

use std::sync::Arc;

use num_bigint::BigInt;

use crate::term::{Fun, Map, Term};

/// A parsed call: module, function and arguments.
pub struct Call {
    pub module: String,
    pub function: String,
    pub args: Vec<Term>,
}

pub fn parse_call(src: &str) -> Result<Call, String> {
    let mut p = Parser {
        s: src.as_bytes(),
        pos: 0,
    };
    p.expect(b':')?;
    let module = p.ident();
    p.expect(b'.')?;
    let start = p.pos;
    while p.peek().is_some_and(|c| c != b'(') {
        p.pos += 1;
    }
    let function = String::from_utf8_lossy(&p.s[start..p.pos]);
    let function = function.trim_matches('"').to_string();
    p.expect(b'(')?;
    let args = p.sequence(b')')?;
    p.ws();
    if p.pos != p.s.len() {
        return Err(format!("trailing text in {src}"));
    }
    Ok(Call {
        module,
        function,
        args,
    })
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: u8) -> Result<(), String> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(format!("expected {} at {}", c as char, self.pos))
        }
    }

    fn ident(&mut self) -> String {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'?' || c == b'!')
        {
            self.pos += 1;
        }
        String::from_utf8_lossy(&self.s[start..self.pos]).into_owned()
    }

    /// Comma-separated terms up to `close`; keyword pairs become 2-tuples.
    fn sequence(&mut self, close: u8) -> Result<Vec<Term>, String> {
        let mut out = Vec::new();
        if self.eat(close) {
            return Ok(out);
        }
        loop {
            out.push(self.item()?);
            if self.eat(close) {
                return Ok(out);
            }
            self.expect(b',')?;
        }
    }

    /// A term, or a keyword pair `key: value`.
    fn item(&mut self) -> Result<Term, String> {
        self.ws();
        let save = self.pos;
        if self
            .peek()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
        {
            let key = self.ident();
            if self.peek() == Some(b':') && self.s.get(self.pos + 1) == Some(&b' ') {
                self.pos += 1;
                let value = self.term()?;
                return Ok(Term::tuple(vec![Term::atom(&key), value]));
            }
        }
        self.pos = save;
        self.term()
    }

    fn term(&mut self) -> Result<Term, String> {
        self.ws();
        match self.peek().ok_or("unexpected end")? {
            b'[' => {
                self.pos += 1;
                self.list()
            }
            b'{' => {
                self.pos += 1;
                Ok(Term::tuple(self.sequence(b'}')?))
            }
            b'%' => {
                self.pos += 1;
                self.expect(b'{')?;
                self.map()
            }
            b'<' => {
                self.pos += 2;
                let parts = self.sequence(b'>')?;
                self.expect(b'>')?;
                let mut bytes = Vec::new();
                for p in parts {
                    match p {
                        Term::Int(i) => bytes.push(i as u8),
                        Term::Binary(b) => bytes.extend_from_slice(b.as_bytes()),
                        _ => return Err("bad binary part".into()),
                    }
                }
                Ok(Term::binary(bytes))
            }
            b'"' => Ok(Term::string(&self.quoted(b'"')?)),
            b'\'' => Ok(super::super::args::charlist(&self.quoted(b'\'')?)),
            b':' => {
                self.pos += 1;
                if self.peek() == Some(b'"') {
                    return Ok(Term::atom(&self.quoted(b'"')?));
                }
                let start = self.pos;
                while self
                    .peek()
                    .is_some_and(|c| !b" ,)]}|".contains(&c) && !c.is_ascii_whitespace())
                {
                    self.pos += 1;
                }
                Ok(Term::atom(
                    std::str::from_utf8(&self.s[start..self.pos]).map_err(|e| e.to_string())?,
                ))
            }
            b'&' => {
                self.pos += 1;
                self.expect(b':')?;
                let module = self.ident();
                self.expect(b'.')?;
                let name = self.ident();
                self.expect(b'/')?;
                let arity = self.ident().parse().map_err(|_| "bad arity")?;
                Ok(Term::Fun(Arc::new(Fun::Export {
                    module: crate::term::Atom::new(&module),
                    name: crate::term::Atom::new(&name),
                    arity,
                })))
            }
            c if c == b'-' || c.is_ascii_digit() => self.number(),
            b'?' => {
                self.pos += 1;
                let rest = std::str::from_utf8(&self.s[self.pos..]).map_err(|e| e.to_string())?;
                let mut chars = rest.chars();
                let c = match chars.next().ok_or("bad char literal")? {
                    '\\' => {
                        let e = chars.next().ok_or("bad char literal")?;
                        self.pos += 1;
                        match e {
                            'n' => '\n',
                            't' => '\t',
                            'r' => '\r',
                            's' => ' ',
                            '0' => '\0',
                            other => other,
                        }
                    }
                    c => c,
                };
                self.pos += rest.chars().next().map_or(1, char::len_utf8);
                Ok(Term::Int(c as i64))
            }
            c if c.is_ascii_alphabetic() => match self.ident().as_str() {
                "true" => Ok(Term::bool(true)),
                "false" => Ok(Term::bool(false)),
                "nil" => Ok(Term::nil()),
                other => Err(format!("unknown name {other}")),
            },
            c => Err(format!("unexpected {}", c as char)),
        }
    }

    fn list(&mut self) -> Result<Term, String> {
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Term::Nil);
        }
        loop {
            items.push(self.item()?);
            if self.eat(b']') {
                return Ok(Term::list(items));
            }
            if self.eat(b'|') {
                let tail = self.term()?;
                self.expect(b']')?;
                return Ok(Term::improper_list(items, tail));
            }
            self.expect(b',')?;
        }
    }

    fn map(&mut self) -> Result<Term, String> {
        let mut pairs = Vec::new();
        if self.eat(b'}') {
            return Ok(Term::Map(Map::new()));
        }
        loop {
            let k = self.item()?;
            if let (Some([key, value]), true) = (k.as_tuple(), !self.at_arrow()) {
                pairs.push((key.clone(), value.clone()));
            } else {
                self.ws();
                self.pos += 2;
                let v = self.term()?;
                pairs.push((k, v));
            }
            if self.eat(b'}') {
                return Ok(Term::Map(Map::from_pairs(pairs)));
            }
            self.expect(b',')?;
        }
    }

    fn at_arrow(&mut self) -> bool {
        self.ws();
        self.s[self.pos..].starts_with(b"=>")
    }

    fn number(&mut self) -> Result<Term, String> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        if self.s[self.pos..].starts_with(b"0x") {
            self.pos += 2;
            let digits = self.ident();
            let n = BigInt::parse_bytes(digits.as_bytes(), 16).ok_or("bad hex")?;
            let neg = self.s[start] == b'-';
            return Ok(Term::from_bigint(if neg { -n } else { n }));
        }
        let mut float = false;
        while let Some(c) = self.peek() {
            let exp_sign = (c == b'-' || c == b'+') && matches!(self.s[self.pos - 1], b'e' | b'E');
            let point = c == b'.' && self.s.get(self.pos + 1).is_some_and(u8::is_ascii_digit);
            if c.is_ascii_digit() || c == b'_' || point || c == b'e' || exp_sign {
                float |= point;
                self.pos += 1;
            } else {
                break;
            }
        }
        let text: String = String::from_utf8_lossy(&self.s[start..self.pos]).replace('_', "");
        if float {
            text.parse()
                .map(Term::Float)
                .map_err(|e| format!("{text}: {e}"))
        } else {
            text.parse::<BigInt>()
                .map(Term::from_bigint)
                .map_err(|e| format!("{text}: {e}"))
        }
    }

    /// A quoted string with Elixir's common escapes.
    fn quoted(&mut self, q: u8) -> Result<String, String> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let c = self.peek().ok_or("unterminated string")?;
            self.pos += 1;
            match c {
                c if c == q => break,
                b'\\' => {
                    let e = self.peek().ok_or("bad escape")?;
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b't' => out.push(b'\t'),
                        b'r' => out.push(b'\r'),
                        b'0' => out.push(0),
                        b'e' => out.push(27),
                        b's' => out.push(b' '),
                        b'u' => {
                            let hex = if self.eat(b'{') {
                                let hex = self.ident();
                                self.expect(b'}')?;
                                hex
                            } else {
                                let hex = String::from_utf8_lossy(
                                    self.s.get(self.pos..self.pos + 4).unwrap_or_default(),
                                );
                                self.pos += 4;
                                hex.into_owned()
                            };
                            let cp = u32::from_str_radix(&hex, 16).map_err(|e| e.to_string())?;
                            let ch = char::from_u32(cp).ok_or("bad code point")?;
                            out.extend_from_slice(ch.to_string().as_bytes());
                        }
                        other => out.push(other),
                    }
                }
                c => out.push(c),
            }
        }
        String::from_utf8(out).map_err(|e| e.to_string())
    }
}
