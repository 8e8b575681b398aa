//! Builders for the quoted form, called from the grammar's actions: calls,
//! aliases, strings with interpolation, sigils, maps, do-blocks, stab clauses,
//! and `resolve`, which folds a flat operand/operator sequence with Elixir's
//! precedence table into nested operator calls.

use std::cell::{Cell, RefCell};

use lalrpop_util::ParseError;

use super::token::{Kind, Part, Token, Value};
use super::SyntaxError;
use crate::term::{Atom, Term};

pub type PResult<T> = Result<T, ParseError<usize, Token, SyntaxError>>;

/// Declares the atoms the builders use, interned once on first use.
macro_rules! names {
    ($($id:ident = $text:literal),* $(,)?) => {
        struct Names {
            $($id: Atom),*
        }

        fn names() -> &'static Names {
            static NAMES: std::sync::OnceLock<Names> = std::sync::OnceLock::new();
            NAMES.get_or_init(|| Names { $($id: Atom::new($text)),* })
        }
    };
}

names! {
    bin = "<<>>",
    dot = ".",
    pipe = "|",
    curly = "{}",
    in_ = "in",
    map = "%{}",
    when = "when",
    utf8 = "utf8",
    to_string = "to_string",
    to_charlist = "to_charlist",
    not = "not",
    get = "get",
    fn_ = "fn",
    erlang = "erlang",
    column = "column",
    binary_to_atom = "binary_to_atom",
    binary = "binary",
    list = "Elixir.List",
    kernel = "Elixir.Kernel",
    access = "Elixir.Access",
    assoc = "=>",
    typ = "::",
    range_step = "..//",
    stab = "->",
    capture = "&",
    pct = "%",
    range = "..",
}

thread_local! {
    /// The file being parsed, for errors raised inside grammar actions.
    static FILE: RefCell<String> = const { RefCell::new(String::new()) };
    /// `=>` operators built by `resolve` and not (yet) taken by a map.
    static STRAY_ASSOC: Cell<usize> = const { Cell::new(0) };
}

pub(super) fn set_file(file: &str) {
    FILE.with(|f| *f.borrow_mut() = file.to_string());
    STRAY_ASSOC.with(|c| c.set(0));
}

pub(super) fn stray_assocs() -> usize {
    STRAY_ASSOC.with(Cell::get)
}

pub(super) fn error_at(line: u32, column: u32, message: impl Into<String>) -> SyntaxError {
    SyntaxError {
        kind: "SyntaxError",
        file: FILE.with(|f| f.borrow().clone()),
        line,
        column,
        message: message.into(),
    }
}

fn user(e: SyntaxError) -> ParseError<usize, Token, SyntaxError> {
    ParseError::User { error: e }
}

/// The line a quoted expression starts on, from its metadata.
fn term_line(t: &Term) -> u32 {
    let Some(elems) = t.as_tuple() else { return 0 };
    if let [head, meta, _] = elems {
        for pair in meta.list_to_vec().unwrap_or_default() {
            if let Some([k, Term::Int(n)]) = pair.as_tuple() {
                if k.is_atom(Atom::LINE) {
                    return *n as u32;
                }
            }
        }
        return term_line(head);
    }
    0
}

pub fn err_space_paren(open: Token) -> ParseError<usize, Token, SyntaxError> {
    user(error_at(open.line, open.col, "unexpected parentheses. If you are making a function call, do not insert spaces between the function name and the opening parentheses. Syntax error before: '('"))
}

pub fn err_nested_comma(call: Term) -> ParseError<usize, Token, SyntaxError> {
    user(error_at(term_line(&call), 0, "unexpected comma. Parentheses are required to solve ambiguity in nested calls.\n\nThis error happens when you have nested function calls without parentheses. For example:\n\n    one a, two b, c, d\n\nIn the example above, we don't know if the parameters \"c\" and \"d\" apply to the function \"one\" or \"two\". You can solve this by explicitly adding parentheses:\n\n    one a, two(b, c, d)\n\nOr by adding commas (in case a nested call is not intended):\n\n    one, a, two, b, c, d\n\nElixir cannot compile otherwise. Syntax error before: ','"))
}

pub fn err_container_comma(call: Term) -> ParseError<usize, Token, SyntaxError> {
    user(error_at(term_line(&call), 0, "unexpected comma. Parentheses are required to solve ambiguity inside containers.\n\nThis error may happen when you forget a comma in a list or other container:\n\n    [a, b c, d]\n\nOr when you have ambiguous calls:\n\n    [one, two three, four, five]\n\nIn the example above, we don't know if the parameters \"four\" and \"five\" belongs to the list or the function \"two\". You can solve this by explicitly adding parentheses:\n\n    [one, two(three, four), five]\n\nElixir cannot compile otherwise. Syntax error before: ','"))
}

pub fn err_kw_not_last_call(comma: Token) -> ParseError<usize, Token, SyntaxError> {
    user(error_at(comma.line, comma.col, "unexpected expression after keyword list. Keyword lists must always come as the last argument. Therefore, this is not allowed:\n\n    function_call(1, some: :option, 2)\n\nInstead, wrap the keyword in brackets:\n\n    function_call(1, [some: :option], 2)\n\nSyntax error after: ','"))
}

pub fn err_kw_not_last_data(comma: Token) -> ParseError<usize, Token, SyntaxError> {
    user(error_at(comma.line, comma.col, "unexpected expression after keyword list. Keyword lists must always come last in lists and maps. Therefore, this is not allowed:\n\n    [some: :value, :another]\n    %{some: :value, another => value}\n\nInstead, reorder it to be the last entry:\n\n    [:another, some: :value]\n    %{another => value, some: :value}\n\nSyntax error after: ','"))
}

/// A file of only blank lines and comments: `{:__block__, [line: L], []}`.
pub fn empty_block_at(eol: Token) -> Term {
    Term::tuple(vec![Term::Atom(Atom::BLOCK), meta(eol.line), Term::Nil])
}

pub fn atom(name: &str) -> Term {
    Term::atom(name)
}

thread_local! {
    /// `[line: N]` for each line seen: metadata is shared, not rebuilt per node.
    static METAS: RefCell<Vec<Term>> = const { RefCell::new(Vec::new()) };
}

pub fn meta(line: u32) -> Term {
    METAS.with(|m| {
        let mut m = m.borrow_mut();
        let i = line as usize;
        if i >= m.len() {
            m.resize(i + 1, Term::Nil);
        }
        if matches!(m[i], Term::Nil) {
            m[i] = Term::list([Term::tuple(vec![
                Term::Atom(Atom::LINE),
                Term::Int(line as i64),
            ])]);
        }
        m[i].clone()
    })
}

fn call(name: Term, line: u32, args: Term) -> Term {
    Term::tuple(vec![name, meta(line), args])
}

fn remote(left: Term, name: Term, line: u32, args: Vec<Term>) -> Term {
    let dot = call(Term::Atom(names().dot), line, Term::list([left, name]));
    Term::tuple(vec![dot, meta(line), Term::list(args)])
}

/// `{:__block__, [], exprs}`, or the expression itself when there is one
/// (except a lone `not x` / `!x`, which Elixir keeps wrapped).
pub fn block(exprs: Vec<Term>) -> Term {
    block_with_meta(exprs, Term::Nil)
}

fn block_with_meta(mut exprs: Vec<Term>, meta: Term) -> Term {
    if exprs.len() == 1 && !keeps_block(&exprs[0]) {
        return exprs.pop().unwrap_or(Term::Nil);
    }
    Term::tuple(vec![Term::Atom(Atom::BLOCK), meta, Term::list(exprs)])
}

fn keeps_block(t: &Term) -> bool {
    match t.as_tuple() {
        Some([Term::Atom(a), _, args]) => {
            let unary = matches!(args.list_to_vec(), Some(v) if v.len() == 1);
            unary && matches!(a.name(), "not" | "!" | "unquote_splicing")
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Operator sequences

pub struct Operand {
    prefixes: Vec<Token>,
    term: Term,
}

impl Operand {
    pub fn new(term: Term) -> Operand {
        Operand {
            prefixes: Vec::new(),
            term,
        }
    }

    pub fn prefixed(mut self, op: Token) -> Operand {
        self.prefixes.insert(0, op);
        self
    }
}

/// Operands joined by operators. Most sequences hold one operand and no
/// operator, so the first operand is kept inline and nothing is allocated.
pub struct Seq {
    first: Operand,
    rest: Vec<(Token, Operand)>,
}

impl Seq {
    pub fn new(first: Operand) -> Seq {
        Seq {
            first,
            rest: Vec::new(),
        }
    }

    pub fn push(mut self, op: Token, operand: Operand) -> Seq {
        self.rest.push((op, operand));
        self
    }
}

#[derive(PartialEq, Clone, Copy)]
enum Assoc {
    Left,
    Right,
}

/// Elixir's binary operator table: precedence and associativity.
fn binary_precedence(kind: Kind) -> (u32, Assoc) {
    match kind {
        Kind::InMatchOp => (40, Assoc::Left),
        Kind::WhenOp => (50, Assoc::Right),
        Kind::TypeOp => (60, Assoc::Right),
        Kind::PipeOp => (70, Assoc::Right),
        Kind::AssocOp => (80, Assoc::Right),
        Kind::MatchOp => (100, Assoc::Right),
        Kind::OrOp => (120, Assoc::Left),
        Kind::AndOp => (130, Assoc::Left),
        Kind::CompOp => (140, Assoc::Left),
        Kind::RelOp => (150, Assoc::Left),
        Kind::ArrowOp => (160, Assoc::Left),
        Kind::InOp => (170, Assoc::Left),
        Kind::XorOp => (180, Assoc::Left),
        Kind::TernaryOp => (190, Assoc::Right),
        Kind::ConcatOp | Kind::RangeOp => (200, Assoc::Right),
        Kind::DualOp => (210, Assoc::Left),
        Kind::MultOp => (220, Assoc::Left),
        _ => (230, Assoc::Left),
    }
}

fn prefix_precedence(kind: Kind) -> u32 {
    match kind {
        Kind::CaptureOp => 90,
        Kind::AtOp => 320,
        _ => 300,
    }
}

struct Resolver {
    operands: std::vec::IntoIter<Operand>,
    ops: Vec<Token>,
    next_op: usize,
}

/// Folds a sequence of operands and operators into one expression.
pub fn resolve(seq: Seq) -> PResult<Term> {
    if seq.rest.is_empty() {
        return Ok(seq.first.fold_prefixes());
    }
    // `=>` (only valid in maps) binds more loosely than any operator around it:
    // `%{k => v :: t}` pairs `k` with `v :: t`; `%{m | k => v}` updates `m`.
    if let Some(at) = seq.rest.iter().position(|(op, _)| op.kind == Kind::AssocOp) {
        let mut rest = seq.rest;
        let mut right = rest.split_off(at).into_iter();
        let Some((arrow, right_first)) = right.next() else {
            return Ok(Term::Nil);
        };
        let right_tail: Vec<(Token, Operand)> = right.collect();
        let left = resolve(Seq {
            first: seq.first,
            rest,
        })?;
        let right = resolve(Seq {
            first: right_first,
            rest: right_tail,
        })?;
        return Ok(assoc(arrow, left, right));
    }
    let (ops, rest): (Vec<Token>, Vec<Operand>) = seq.rest.into_iter().unzip();
    let operands: Vec<Operand> = std::iter::once(seq.first).chain(rest).collect();
    let mut r = Resolver {
        operands: operands.into_iter(),
        ops,
        next_op: 0,
    };
    let lhs = r.operand()?;
    r.climb(lhs, 0)
}

impl Operand {
    fn fold_prefixes(self) -> Term {
        self.prefixes
            .iter()
            .rev()
            .fold(self.term, |t, op| unary(op.clone(), t))
    }
}

impl Resolver {
    fn operand(&mut self) -> PResult<Term> {
        let Some(op) = self.operands.next() else {
            return Ok(Term::Nil);
        };
        self.apply_prefixes(&op.prefixes, op.term)
    }

    fn apply_prefixes(&mut self, prefixes: &[Token], term: Term) -> PResult<Term> {
        match prefixes.split_first() {
            None => Ok(term),
            Some((p, rest)) => {
                let inner = self.apply_prefixes(rest, term)?;
                let inner = self.climb(inner, prefix_precedence(p.kind) + 1)?;
                Ok(unary(p.clone(), inner))
            }
        }
    }

    fn climb(&mut self, mut lhs: Term, min: u32) -> PResult<Term> {
        while let Some(op) = self.ops.get(self.next_op) {
            let (prec, assoc) = binary_precedence(op.kind);
            if prec < min {
                break;
            }
            let op = op.clone();
            self.next_op += 1;
            let rhs = self.operand()?;
            let next_min = if assoc == Assoc::Left { prec + 1 } else { prec };
            let rhs = self.climb(rhs, next_min)?;
            lhs = binary(op, lhs, rhs)?;
        }
        Ok(lhs)
    }
}

/// A `key => value` pair, kept as a marker call until a map takes it; when the
/// key side is `m | k`, the pair goes inside: `m | (k => v)`.
fn assoc(op: Token, left: Term, right: Term) -> Term {
    if let Some([head, m, args]) = left.as_tuple() {
        if head.is_atom(names().pipe) {
            if let Some(v) = args.list_to_vec() {
                if v.len() == 2 {
                    let inner = assoc(op, v[1].clone(), right);
                    return Term::tuple(vec![
                        head.clone(),
                        m.clone(),
                        Term::list([v[0].clone(), inner]),
                    ]);
                }
            }
        }
    }
    STRAY_ASSOC.with(|c| c.set(c.get() + 1));
    let m = Term::list([
        Term::tuple(vec![Term::Atom(Atom::LINE), Term::Int(op.line as i64)]),
        Term::tuple(vec![Term::Atom(names().column), Term::Int(op.col as i64)]),
    ]);
    Term::tuple(vec![
        Term::Atom(names().assoc),
        m,
        Term::list([left, right]),
    ])
}

fn binary(op: Token, lhs: Term, rhs: Term) -> PResult<Term> {
    let name = op.name();
    match op.kind {
        Kind::InOp if name.name() == "not in" => {
            let inner = call(Term::Atom(names().in_), op.line, Term::list([lhs, rhs]));
            Ok(call(Term::Atom(names().not), op.line, Term::list([inner])))
        }
        Kind::InOp => {
            // `not a in b` and `!a in b` mean `not(a in b)`.
            if let Some([Term::Atom(u), _, args]) = lhs.as_tuple() {
                if matches!(u.name(), "not" | "!") {
                    if let Some(v) = args.list_to_vec() {
                        if v.len() == 1 {
                            let inner = call(Term::Atom(names().in_), op.line, Term::list([v[0].clone(), rhs]));
                            return Ok(call(Term::Atom(*u), op.line, Term::list([inner])));
                        }
                    }
                }
            }
            Ok(call(Term::Atom(name), op.line, Term::list([lhs, rhs])))
        }
        Kind::TernaryOp => match lhs.as_tuple() {
            Some([head, m, args]) if head.is_atom(names().range) => {
                let mut v = args.list_to_vec().unwrap_or_default();
                v.push(rhs);
                Ok(Term::tuple(vec![Term::Atom(names().range_step), m.clone(), Term::list(v)]))
            }
            _ => Err(user(error_at(
                op.line,
                op.col,
                "the range step operator (//) must immediately follow the range definition operator (..), for example: 1..9//2. If you wanted to define a default argument, use (\\\\) instead. Syntax error before: '//'",
            ))),
        },
        Kind::AssocOp => Ok(assoc(op, lhs, rhs)),
        _ => Ok(call(Term::Atom(name), op.line, Term::list([lhs, rhs]))),
    }
}

pub fn unary(op: Token, operand: Term) -> Term {
    let name = match op.kind {
        Kind::CaptureInt => Term::Atom(names().capture),
        _ => Term::Atom(op.name()),
    };
    call(name, op.line, Term::list([operand]))
}

pub fn nullary(op: Token) -> Term {
    call(Term::Atom(op.name()), op.line, Term::Nil)
}

// ---------------------------------------------------------------------------
// Identifiers and calls

/// A call target: `foo`, `expr.foo`, or `expr.` of `expr.(args)`. Holds only
/// names and lines, so that it stays small on the parser's stack.
pub enum DotName {
    Bare {
        name: Atom,
        line: u32,
    },
    Dot {
        left: Term,
        dot_line: u32,
        name: Atom,
        line: u32,
    },
    Anonymous {
        left: Term,
        dot_line: u32,
    },
}

impl DotName {
    pub fn bare(t: Token) -> DotName {
        DotName::Bare {
            name: t.name(),
            line: t.line,
        }
    }

    pub fn dot(left: Term, dot: Token, name: Token) -> DotName {
        DotName::Dot {
            left,
            dot_line: dot.line,
            name: name.name(),
            line: name.line,
        }
    }

    pub fn anonymous(left: Term, dot: Token) -> DotName {
        DotName::Anonymous {
            left,
            dot_line: dot.line,
        }
    }

    fn line(&self) -> u32 {
        match self {
            DotName::Bare { line, .. } | DotName::Dot { line, .. } => *line,
            DotName::Anonymous { dot_line, .. } => *dot_line,
        }
    }

    fn call(self, args: Term) -> Term {
        let remote_args = |args: Term| {
            if args.is_atom(Atom::NIL) {
                Term::Nil
            } else {
                args
            }
        };
        match self {
            DotName::Bare { name, line } => call(Term::Atom(name), line, args),
            DotName::Dot {
                left,
                dot_line,
                name,
                line,
            } => {
                let d = call(
                    Term::Atom(names().dot),
                    dot_line,
                    Term::list([left, Term::Atom(name)]),
                );
                // `x.y` without parentheses says so in its metadata.
                let m = if args.is_atom(Atom::NIL) {
                    Term::list(vec![
                        Term::tuple(vec![atom("no_parens"), Term::bool(true)]),
                        Term::tuple(vec![atom("line"), Term::Int(i64::from(line))]),
                    ])
                } else {
                    meta(line)
                };
                Term::tuple(vec![d, m, remote_args(args)])
            }
            DotName::Anonymous { left, dot_line } => {
                let d = call(Term::Atom(names().dot), dot_line, Term::list([left]));
                Term::tuple(vec![d, meta(dot_line), remote_args(args)])
            }
        }
    }
}

pub fn no_parens_zero(d: DotName) -> Term {
    d.call(Term::nil())
}

pub fn no_parens_call(d: DotName, args: Vec<Term>) -> Term {
    d.call(Term::list(args))
}

pub struct Args {
    args: Vec<Term>,
}

impl Args {
    pub fn new(args: Vec<Term>) -> Args {
        Args { args }
    }

    pub fn into_vec(self) -> Vec<Term> {
        self.args
    }
}

pub fn paren_call(d: DotName, a: Args) -> Term {
    d.call(Term::list(a.args))
}

pub fn nested_paren_call(d: DotName, a: Args, b: Args) -> Term {
    let line = d.line();
    let inner = paren_call(d, a);
    Term::tuple(vec![inner, meta(line), Term::list(b.args)])
}

/// Appends `[do: ..., else: ...]` to a call's arguments.
fn do_keywords(blocks: Vec<(Term, Term)>) -> Term {
    Term::list(
        blocks
            .into_iter()
            .map(|(k, v)| Term::tuple(vec![k, v]))
            .collect::<Vec<_>>(),
    )
}

/// `target args do ... end`: the call with the do-block keywords as its last argument.
pub fn do_block_call(d: DotName, mut args: Vec<Term>, blocks: Vec<(Term, Term)>) -> Term {
    args.push(do_keywords(blocks));
    d.call(Term::list(args))
}

pub fn with_do_block(call_term: Term, blocks: Vec<(Term, Term)>) -> Term {
    let kw = do_keywords(blocks);
    match call_term.as_tuple() {
        Some([head, m, args]) => {
            let mut v = args.list_to_vec().unwrap_or_default();
            v.push(kw);
            Term::tuple(vec![head.clone(), m.clone(), Term::list(v)])
        }
        _ => call_term,
    }
}

pub fn alias(t: Token) -> Term {
    call(
        Term::Atom(Atom::ALIASES),
        t.line,
        Term::list([Term::Atom(t.name())]),
    )
}

pub fn dot_alias(left: Term, dot: Token, a: Token) -> PResult<Term> {
    if let Some([head, m, parts]) = left.as_tuple() {
        if head.is_atom(Atom::ALIASES) {
            let mut v = parts.list_to_vec().unwrap_or_default();
            v.push(Term::Atom(a.name()));
            return Ok(Term::tuple(vec![head.clone(), m.clone(), Term::list(v)]));
        }
    }
    if let Term::Atom(_) = left {
        return Err(user(error_at(a.line, a.col, "atom cannot be followed by an alias. If the '.' was meant to be part of the atom's name, the atom name must be quoted. Syntax error before: '.'")));
    }
    Ok(call(
        Term::Atom(Atom::ALIASES),
        dot.line,
        Term::list([left, Term::Atom(a.name())]),
    ))
}

pub fn dot_container(left: Term, dot: Token, elems: Vec<Term>) -> Term {
    remote(left, Term::Atom(names().curly), dot.line, elems)
}

pub fn access(term: Term, (bracket, key): (Token, Term)) -> Term {
    remote(
        Term::Atom(names().access),
        Term::Atom(names().get),
        bracket.line,
        vec![term, key],
    )
}

// ---------------------------------------------------------------------------
// Strings, charlists, atoms, sigils

fn interpolation(tokens: &[Token]) -> PResult<Term> {
    let expr = if tokens.is_empty() {
        block(vec![])
    } else {
        super::parser::parse_tokens(tokens.to_vec())?
    };
    Ok(expr)
}

fn to_string_call(line: u32, expr: Term) -> Term {
    remote(
        Term::Atom(names().kernel),
        Term::Atom(names().to_string),
        line,
        vec![expr],
    )
}

fn binary_parts(parts: &[Part]) -> PResult<Vec<Term>> {
    let mut out = Vec::with_capacity(parts.len());
    for p in parts {
        match p {
            Part::Lit(b) => out.push(Term::binary(b.clone())),
            Part::Interp(line, tokens) => {
                let expr = interpolation(tokens)?;
                let conv = to_string_call(*line, expr);
                out.push(call(
                    Term::Atom(names().typ),
                    *line,
                    Term::list([conv, call(Term::Atom(names().binary), *line, Term::nil())]),
                ));
            }
        }
    }
    Ok(out)
}

fn is_literal(parts: &[Part]) -> bool {
    parts.iter().all(|p| matches!(p, Part::Lit(_)))
}

fn literal_bytes(parts: &[Part]) -> Vec<u8> {
    let mut out = Vec::new();
    for p in parts {
        if let Part::Lit(b) = p {
            out.extend_from_slice(b);
        }
    }
    out
}

pub fn bin_string(t: Token) -> PResult<Term> {
    let parts = t.parts();
    if let [Part::Lit(_)] = parts {
        // The common case: one piece of text, moved out of the token.
        if let Value::Parts(parts) = t.value {
            if let Some(Part::Lit(bytes)) = parts.into_vec().pop() {
                return Ok(Term::binary(bytes));
            }
        }
        return Ok(Term::binary(Vec::new()));
    }
    if is_literal(parts) {
        return Ok(Term::binary(literal_bytes(parts)));
    }
    Ok(call(
        Term::Atom(names().bin),
        t.line,
        Term::list(binary_parts(parts)?),
    ))
}

fn charlist(bytes: &[u8]) -> Term {
    Term::list(
        String::from_utf8_lossy(bytes)
            .chars()
            .map(|c| Term::Int(c as i64))
            .collect::<Vec<_>>(),
    )
}

pub fn list_string(t: Token) -> PResult<Term> {
    let parts = t.parts();
    if is_literal(parts) {
        return Ok(charlist(&literal_bytes(parts)));
    }
    let mut items = Vec::new();
    for p in parts {
        match p {
            Part::Lit(b) => items.push(Term::binary(b.clone())),
            Part::Interp(line, tokens) => items.push(to_string_call(*line, interpolation(tokens)?)),
        }
    }
    Ok(remote(
        Term::Atom(names().list),
        Term::Atom(names().to_charlist),
        t.line,
        vec![Term::list(items)],
    ))
}

pub fn atom_interp(t: Token) -> PResult<Term> {
    let bin = call(
        Term::Atom(names().bin),
        t.line,
        Term::list(binary_parts(t.parts())?),
    );
    Ok(remote(
        Term::Atom(names().erlang),
        Term::Atom(names().binary_to_atom),
        t.line,
        vec![bin, Term::Atom(names().utf8)],
    ))
}

pub fn sigil(t: Token) -> PResult<Term> {
    let Value::Sigil(sigil) = &t.value else {
        return Ok(Term::Nil);
    };
    let bin = call(
        Term::Atom(names().bin),
        t.line,
        Term::list(binary_parts(&sigil.parts)?),
    );
    let mods = Term::list(
        sigil
            .mods
            .iter()
            .map(|&b| Term::Int(b as i64))
            .collect::<Vec<_>>(),
    );
    let meta = Term::list(vec![
        Term::tuple(vec![atom("delimiter"), Term::string(&sigil.delimiter)]),
        Term::tuple(vec![atom("line"), Term::Int(i64::from(t.line))]),
    ]);
    Ok(Term::tuple(vec![
        atom(&format!("sigil_{}", sigil.letter)),
        meta,
        Term::list([bin, mods]),
    ]))
}

// ---------------------------------------------------------------------------
// Containers

pub fn tuple(open: Token, elems: Vec<Term>) -> Term {
    if elems.len() == 2 {
        Term::tuple(elems)
    } else {
        call(Term::Atom(names().curly), open.line, Term::list(elems))
    }
}

pub fn bitstring(open: Token, elems: Vec<Term>) -> Term {
    call(Term::Atom(names().bin), open.line, Term::list(elems))
}

pub fn list_with_kw(mut elems: Vec<Term>, kw: Term) -> Term {
    elems.extend(kw.list_to_vec().unwrap_or_default());
    Term::list(elems)
}

/// The entries between a map's braces.
pub struct MapBody(Box<MapParts>);

/// Boxed so that the parser's stack entries stay small.
struct MapParts {
    /// Where the closing brace is, for entries Elixir does not accept.
    close: (u32, u32),
    exprs: Vec<Term>,
    kw: Option<Term>,
    update: Option<(Term, u32, Term)>,
}

impl MapBody {
    pub fn new(exprs: Vec<Term>, kw: Option<Term>) -> MapBody {
        MapBody(Box::new(MapParts {
            close: (0, 0),
            exprs,
            kw,
            update: None,
        }))
    }

    pub fn closed_by(mut self, close: Token) -> MapBody {
        self.0.close = (close.line, close.col);
        self
    }

    pub fn update(seq: Seq, pipe: Token, kw: Term) -> PResult<MapBody> {
        let base = resolve(seq)?;
        Ok(MapBody(Box::new(MapParts {
            close: (0, 0),
            exprs: vec![],
            kw: None,
            update: Some((base, pipe.line, kw)),
        })))
    }
}

fn take_assoc(t: &Term) -> Option<(Term, Term)> {
    match t.as_tuple() {
        Some([head, _, args]) if head.is_atom(names().assoc) => {
            let v = args.list_to_vec()?;
            STRAY_ASSOC.with(|c| c.set(c.get().saturating_sub(1)));
            Some((v.first()?.clone(), v.get(1)?.clone()))
        }
        _ => None,
    }
}

/// What may stand alone in a map (`%{unquote_splicing(kw)}`): a variable, a
/// dotted name, or a call written with or without parentheses.
fn plain_map_entry(t: &Term) -> bool {
    match t.as_tuple() {
        Some([Term::Atom(name), _, args]) => {
            let special = matches!(
                name.name(),
                "%{}"
                    | "{}"
                    | "<<>>"
                    | "%"
                    | "&"
                    | "@"
                    | "fn"
                    | "__block__"
                    | "__aliases__"
                    | "=>"
                    | "|"
                    | "::"
                    | "when"
                    | "in"
                    | "not"
                    | "and"
                    | "or"
                    | "..//"
                    | "^"
                    | "!"
                    | "="
                    | "+"
                    | "-"
                    | "*"
                    | "/"
                    | "++"
                    | "--"
                    | "+++"
                    | "---"
                    | ".."
                    | "<>"
                    | "**"
                    | "//"
                    | "|>"
                    | "<<<"
                    | ">>>"
                    | "<<~"
                    | "~>>"
                    | "<~"
                    | "~>"
                    | "<~>"
                    | "<|>"
                    | "<-"
                    | "\\\\"
                    | "||"
                    | "|||"
                    | "&&"
                    | "&&&"
                    | "=="
                    | "!="
                    | "=~"
                    | "==="
                    | "!=="
                    | "<"
                    | ">"
                    | "<="
                    | ">="
                    | "^^^"
                    | "~~~"
            );
            !special || matches!(args, Term::Atom(_))
        }
        Some([head, _, _]) => match head.as_tuple() {
            Some([dot, _, target]) if dot.is_atom(names().dot) => {
                !matches!(target.list_to_vec().as_deref(), Some([Term::Atom(m), Term::Atom(f)]) if *m == names().access && *f == names().get)
            }
            _ => false,
        },
        _ => false,
    }
}

fn map_entries(body: MapBody) -> PResult<Vec<Term>> {
    let body = *body.0;
    let close = body.close;
    let reject = || user(error_at(close.0, close.1, "syntax error before: '}'"));
    if let Some((base, line, kw)) = body.update {
        return Ok(vec![call(
            Term::Atom(names().pipe),
            line,
            Term::list([base, kw]),
        )]);
    }
    let mut entries: Vec<Term> = Vec::with_capacity(body.exprs.len());
    let mut update: Option<(Term, Term, Vec<Term>)> = None;
    for (i, e) in body.exprs.into_iter().enumerate() {
        if let Some((k, v)) = take_assoc(&e) {
            entries.push(Term::tuple(vec![k, v]));
            continue;
        }
        // `%{m | ...}`: a first entry `m | x` opens an update, and `x` with
        // every entry after it goes into the update's list.
        if i == 0 {
            if let Some([head, m, args]) = e.as_tuple() {
                if head.is_atom(names().pipe) {
                    if let Some([base, first]) = args.list_to_vec().as_deref() {
                        let first = match take_assoc(first) {
                            Some((k, val)) => Term::tuple(vec![k, val]),
                            None if plain_map_entry(first) => first.clone(),
                            None => return Err(reject()),
                        };
                        update = Some((base.clone(), m.clone(), vec![first]));
                        continue;
                    }
                }
            }
        }
        if !plain_map_entry(&e) {
            return Err(reject());
        }
        entries.push(e);
    }
    if let Some(kw) = body.kw {
        entries.extend(kw.list_to_vec().unwrap_or_default());
    }
    if let Some((base, m, mut pairs)) = update {
        pairs.extend(entries);
        return Ok(vec![Term::tuple(vec![
            Term::Atom(names().pipe),
            m,
            Term::list([base, Term::list(pairs)]),
        ])]);
    }
    Ok(entries)
}

pub fn map(op: Token, (_open, body): (Token, MapBody)) -> PResult<Term> {
    let entries = map_entries(body)?;
    Ok(call(Term::Atom(names().map), op.line, Term::list(entries)))
}

pub fn struct_(pct: Token, name: Term, (open, body): (Token, MapBody)) -> PResult<Term> {
    let entries = map_entries(body)?;
    let inner = call(Term::Atom(names().map), open.line, Term::list(entries));
    Ok(call(
        Term::Atom(names().pct),
        pct.line,
        Term::list([name, inner]),
    ))
}

// ---------------------------------------------------------------------------
// Stab clauses and blocks

pub enum Stab {
    Expr(Term),
    Clause {
        line: u32,
        args: Vec<Term>,
        body: Option<Term>,
    },
}

impl Stab {
    pub fn clause(op: Token, args: Vec<Term>, body: Option<Term>) -> Stab {
        Stab::Clause {
            line: op.line,
            args,
            body,
        }
    }
}

fn is_empty_block(t: &Term) -> bool {
    match t.as_tuple() {
        Some([head, Term::Nil, Term::Nil]) => head.is_atom(Atom::BLOCK),
        _ => false,
    }
}

/// `a, b when c` as the head of a clause: `[{:when, _, [a, b, c]}]`.
pub fn unwrap_when(mut args: Vec<Term>) -> Vec<Term> {
    if args.len() == 1 && is_empty_block(&args[0]) {
        return vec![];
    }
    if let Some(last) = args.last() {
        if let Some([head, m, wargs]) = last.as_tuple() {
            if head.is_atom(names().when) {
                if let Some(w) = wargs.list_to_vec() {
                    if w.len() == 2 {
                        let (head, m) = (head.clone(), m.clone());
                        args.pop();
                        let mut all: Vec<Term> = args;
                        if !(all.is_empty() && is_empty_block(&w[0])) {
                            all.push(w[0].clone());
                        }
                        all.push(w[1].clone());
                        return vec![Term::tuple(vec![head, m, Term::list(all)])];
                    }
                }
            }
        }
    }
    args
}

pub fn when_head(w: Token, mut args: Vec<Term>, guard: Term) -> Term {
    args.push(guard);
    call(Term::Atom(names().when), w.line, Term::list(args))
}

/// Groups stab items into `->` clauses; `None` when there are no clauses.
fn build_clauses(items: Vec<Stab>) -> PResult<Option<Vec<Term>>> {
    if !items.iter().any(|s| matches!(s, Stab::Clause { .. })) {
        return Ok(None);
    }
    let mut clauses: Vec<(u32, Vec<Term>, Vec<Term>)> = Vec::new();
    for item in items {
        match item {
            Stab::Clause { line, args, body, .. } => {
                clauses.push((line, args, body.into_iter().collect()));
            }
            Stab::Expr(e) => match clauses.last_mut() {
                Some(c) => c.2.push(e),
                None => {
                    return Err(user(error_at(
                        0,
                        0,
                        "unexpected operator ->. If you want to define multiple clauses, the first expression must use ->",
                    )))
                }
            },
        }
    }
    Ok(Some(
        clauses
            .into_iter()
            .map(|(line, args, body)| {
                let body = if body.is_empty() {
                    Term::nil()
                } else {
                    block(body)
                };
                call(
                    Term::Atom(names().stab),
                    line,
                    Term::list([Term::list(args), body]),
                )
            })
            .collect(),
    ))
}

fn stab_exprs(items: Vec<Stab>) -> Vec<Term> {
    items
        .into_iter()
        .filter_map(|s| match s {
            Stab::Expr(e) => Some(e),
            Stab::Clause { .. } => None,
        })
        .collect()
}

/// The body of a do-block section: clauses, or a block of expressions.
pub fn stab_body(items: Vec<Stab>) -> PResult<Term> {
    let has_clause = items.iter().any(|s| matches!(s, Stab::Clause { .. }));
    if has_clause {
        if let Some(Stab::Expr(_)) = items.first() {
            let line = items
                .iter()
                .find_map(|s| match s {
                    Stab::Clause { line, .. } => Some(*line),
                    _ => None,
                })
                .unwrap_or(0);
            return Err(user(error_at(line, 0, "unexpected operator ->. If you want to define multiple clauses, the first expression must use ->. Syntax error before: '->'")));
        }
        return Ok(Term::list(build_clauses(items)?.unwrap_or_default()));
    }
    Ok(block(stab_exprs(items)))
}

pub fn fn_(f: Token, items: Vec<Stab>) -> PResult<Term> {
    match items.first() {
        Some(Stab::Clause { .. }) => {}
        _ => {
            return Err(user(error_at(
                f.line,
                f.col,
                "expected anonymous functions to be defined with -> inside: 'fn'",
            )));
        }
    }
    let clauses = build_clauses(items)?.unwrap_or_default();
    Ok(call(Term::Atom(names().fn_), f.line, Term::list(clauses)))
}

pub fn paren_stab(open: Token, items: Vec<Stab>) -> PResult<Term> {
    let has_clause = items.iter().any(|s| matches!(s, Stab::Clause { .. }));
    if has_clause {
        return stab_body(items);
    }
    Ok(block_with_meta(stab_exprs(items), meta(open.line)))
}
