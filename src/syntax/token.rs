//! Tokens as the grammar sees them: Elixir's token classes (`paren_identifier`,
//! `do_identifier`, `kw_identifier`, `dual_op`, ...) with the line and column
//! where each starts, and the value it carries.

use crate::term::{Atom, Term};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Int,
    Flt,
    Char,
    Atom,
    /// `:"a#{b}"`: a quoted atom with interpolation.
    AtomInterp,
    /// `foo:` in a keyword list.
    KwIdentifier,
    /// `"foo#{x}":` in a keyword list.
    KwIdentifierInterp,
    BinString,
    ListString,
    BinHeredoc,
    ListHeredoc,
    Sigil,
    Identifier,
    /// An identifier directly followed by `(`.
    ParenIdentifier,
    /// An identifier directly followed by `[`.
    BracketIdentifier,
    /// An identifier followed by `do`.
    DoIdentifier,
    /// An identifier followed by a space and a unary-looking dual op: `foo -1`.
    OpIdentifier,
    Alias,
    True,
    False,
    Nil,
    Do,
    End,
    Fn,
    /// `else`, `rescue`, `catch`, `after`.
    BlockIdentifier,
    MatchOp,
    DualOp,
    MultOp,
    PowerOp,
    ConcatOp,
    RangeOp,
    TernaryOp,
    ArrowOp,
    InOp,
    InMatchOp,
    WhenOp,
    TypeOp,
    PipeOp,
    AssocOp,
    CaptureOp,
    /// `&` directly followed by an integer: `&1`.
    CaptureInt,
    AtOp,
    UnaryOp,
    OrOp,
    AndOp,
    CompOp,
    RelOp,
    XorOp,
    StabOp,
    Dot,
    /// `.` directly followed by `(`: `fun.(x)`.
    DotCall,
    Comma,
    Semi,
    Eol,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LCurly,
    RCurly,
    LBit,
    RBit,
    /// `%{`, emitted before the `{`.
    MapOp,
    /// `%` of a struct.
    Percent,
}

/// A piece of a string, charlist, quoted atom or sigil.
#[derive(Clone, Debug)]
pub enum Part {
    Lit(Vec<u8>),
    /// `#{...}`: the tokens between the braces, and the line of `#{`.
    Interp(u32, Vec<Token>),
}

#[derive(Clone, Debug)]
pub enum Value {
    None,
    Term(Term),
    /// Identifiers, aliases and operators: the name.
    Name(Atom),
    Parts(Box<[Part]>),
    /// `~r/.../i`: boxed, so that tokens (moved on every parser step) stay small.
    Sigil(Box<Sigil>),
}

/// A sigil: its letter, its pieces and its modifiers.
#[derive(Clone, Debug)]
pub struct Sigil {
    pub letter: char,
    pub parts: Vec<Part>,
    pub mods: Vec<u8>,
    /// The opening delimiter as written (`"`, `(`, `"""`), kept in the
    /// call's metadata.
    pub delimiter: String,
}

#[derive(Clone, Debug)]
pub struct Token {
    pub kind: Kind,
    pub line: u32,
    pub col: u32,
    pub value: Value,
}

impl Token {
    /// The name an identifier or operator token carries.
    pub fn name(&self) -> Atom {
        match &self.value {
            Value::Name(a) => *a,
            _ => Atom::NIL,
        }
    }

    pub fn parts(&self) -> &[Part] {
        match &self.value {
            Value::Parts(p) => p,
            Value::Sigil(s) => &s.parts,
            _ => &[],
        }
    }

    pub fn term(&self) -> Term {
        match &self.value {
            Value::Term(t) => t.clone(),
            Value::Name(a) => Term::Atom(*a),
            _ => Term::nil(),
        }
    }

    /// Whether this token can end an expression (so an operator after it is binary).
    pub fn ends_expr(&self) -> bool {
        use Kind::*;
        matches!(
            self.kind,
            Int | Flt
                | Char
                | Atom
                | AtomInterp
                | BinString
                | ListString
                | BinHeredoc
                | ListHeredoc
                | Sigil
                | Identifier
                | Alias
                | True
                | False
                | Nil
                | End
                | RParen
                | RBracket
                | RCurly
                | RBit
        )
    }

    /// Binary operators: an end of line before one of them is dropped, as in
    /// `list\n|> Enum.map(f)`.
    pub fn is_binary_op(&self) -> bool {
        use Kind::*;
        matches!(
            self.kind,
            MatchOp
                | MultOp
                | PowerOp
                | ConcatOp
                | RangeOp
                | TernaryOp
                | ArrowOp
                | InOp
                | InMatchOp
                | WhenOp
                | TypeOp
                | PipeOp
                | AssocOp
                | OrOp
                | AndOp
                | CompOp
                | RelOp
                | XorOp
                | Dot
                | DotCall
        )
    }
}
