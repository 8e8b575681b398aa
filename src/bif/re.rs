//! `:re`: Erlang's regular expressions (PCRE on the BEAM, PCRE2 here), which
//! Elixir's `Regex` and the regex clauses of `String` are written over:
//! `compile`, `run`, `replace`, `split`, `inspect` and `version`.
//!
//! A compiled pattern is the term `{:re_pattern, captures, unicode, crlf, bin}`
//! as on the BEAM; `bin` holds the source and options rather than bytecode, and
//! the compiled code lives in a process-wide cache keyed by both, so a pattern
//! term can be sent, stored or rebuilt from its parts and still runs at once.

mod dialect;
mod engine;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use pcre2_sys::*;

use super::args::{self, bif, iter};
use super::{Bif, BifResult};
use crate::term::{Atom, Binary, Term};
use crate::vm::Exception;
use engine::{Flags, MatchError, Pattern, Slots};

pub static BIFS: &[Bif] = &[
    bif("re", "version", 0, |_| Ok(Term::string(VERSION))),
    bif("re", "compile", 1, |a| compile(&a[0], &Term::Nil)),
    bif("re", "compile", 2, |a| compile(&a[0], &a[1])),
    bif("re", "run", 2, |a| run(&a[0], &a[1], &Term::Nil)),
    bif("re", "run", 3, |a| run(&a[0], &a[1], &a[2])),
    bif("re", "replace", 3, |a| replace(a, &Term::Nil)),
    bif("re", "replace", 4, |a| replace(a, &a[3])),
    bif("re", "split", 2, |a| split(&a[0], &a[1], &Term::Nil)),
    bif("re", "split", 3, |a| split(&a[0], &a[1], &a[2])),
    bif("re", "inspect", 2, inspect),
];

/// What `:re.version/0` answers on OTP 25. `Regex` stores it in every regex
/// and prints it, so vial gives the BEAM's text, not PCRE2's own version.
const VERSION: &str = "8.44 2020-02-12";

/// Marks a pattern binary as one of ours, followed by the options and source.
const MAGIC: &[u8] = b"vial-re1";

/// A pattern ready to run, with what the term-level functions need to know.
struct Compiled {
    pattern: Pattern,
    captures: usize,
    /// (name, group), sorted by name; a name repeats under `dupnames`.
    names: Vec<(Vec<u8>, usize)>,
    unicode: bool,
    /// CRLF is one line break, so an empty match never splits one.
    crlf: bool,
}

/// A pattern as given to `run`, `replace` or `split`: its source and how
/// to compile it.
struct Source {
    text: Vec<u8>,
    flags: Flags,
}

/// Compiled patterns by (source, flags).
type Cache = Mutex<HashMap<(Vec<u8>, Flags), Arc<Compiled>>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The compiled form of `text` under `flags`, from the cache when it is there.
fn compiled(text: &[u8], flags: Flags) -> Result<Arc<Compiled>, engine::CompileError> {
    let key = (text.to_vec(), flags);
    if let Some(c) = cache().lock().ok().and_then(|c| c.get(&key).cloned()) {
        return Ok(c);
    }
    let (pcre2_text, added) = dialect::pcre8_rewrite(text);
    let pattern = Pattern::compile(&pcre2_text, flags).map_err(|mut e| {
        // Report the offset in the text as written.
        e.offset -= added.iter().filter(|&&i| i < e.offset).count();
        e
    })?;
    let c = Arc::new(Compiled {
        captures: pattern.capture_count(),
        names: pattern.names(),
        unicode: flags.options & PCRE2_UTF != 0,
        crlf: matches!(
            flags.newline,
            PCRE2_NEWLINE_CRLF | PCRE2_NEWLINE_ANY | PCRE2_NEWLINE_ANYCRLF
        ),
        pattern,
    });
    if let Ok(mut cache) = cache().lock() {
        // A program that builds patterns without end must not grow the cache
        // without end; starting over costs only recompilation.
        if cache.len() >= 1000 {
            cache.clear();
        }
        cache.insert(key, c.clone());
    }
    Ok(c)
}

// ---------------------------------------------------------------------------
// Options

/// Options shared by `run`, `replace` and `split`, after compile options
/// have been taken out.
#[derive(Default)]
struct MatchOpts {
    global: bool,
    /// PCRE2 match-time option bits (notbol, noteol, notempty, anchored, ...).
    flags: u32,
    offset: usize,
    capture: Option<(Spec, Kind)>,
    report_errors: bool,
    /// `replace` and `split`: the `return` type.
    ret: Option<Kind>,
    parts: Option<usize>,
    trim: bool,
    group: bool,
}

/// Which groups `capture` asks for.
#[derive(Clone)]
enum Spec {
    All,
    AllButFirst,
    First,
    None,
    AllNames,
    List(Vec<Term>),
}

/// How captured parts are returned.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Index,
    List,
    Binary,
    Iodata,
}

fn default_flags() -> Flags {
    Flags {
        options: 0,
        newline: PCRE2_NEWLINE_LF,
        bsr: PCRE2_BSR_UNICODE,
    }
}

/// Applies one compile option to `flags`; false if `opt` is not one.
fn compile_option(opt: &Term, flags: &mut Flags) -> bool {
    if let Some(a) = opt.as_atom() {
        let bit = match a.name() {
            "unicode" => PCRE2_UTF,
            "anchored" => PCRE2_ANCHORED,
            "caseless" => PCRE2_CASELESS,
            "dollar_endonly" => PCRE2_DOLLAR_ENDONLY,
            "dotall" => PCRE2_DOTALL,
            "extended" => PCRE2_EXTENDED,
            "firstline" => PCRE2_FIRSTLINE,
            "multiline" => PCRE2_MULTILINE,
            "no_auto_capture" => PCRE2_NO_AUTO_CAPTURE,
            "dupnames" => PCRE2_DUPNAMES,
            "ungreedy" => PCRE2_UNGREEDY,
            "ucp" => PCRE2_UCP,
            "never_utf" => PCRE2_NEVER_UTF,
            "no_start_optimize" => PCRE2_NO_START_OPTIMIZE,
            "bsr_anycrlf" => {
                flags.bsr = PCRE2_BSR_ANYCRLF;
                return true;
            }
            "bsr_unicode" => {
                flags.bsr = PCRE2_BSR_UNICODE;
                return true;
            }
            _ => return false,
        };
        flags.options |= bit;
        return true;
    }
    match opt.as_tuple() {
        Some([tag, nl]) if tag.is_atom(Atom::new("newline")) => match newline(nl) {
            Some(n) => {
                flags.newline = n;
                true
            }
            None => false,
        },
        _ => false,
    }
}

fn newline(t: &Term) -> Option<u32> {
    Some(match t.as_atom()?.name() {
        "cr" => PCRE2_NEWLINE_CR,
        "lf" => PCRE2_NEWLINE_LF,
        "crlf" => PCRE2_NEWLINE_CRLF,
        "anycrlf" => PCRE2_NEWLINE_ANYCRLF,
        "any" => PCRE2_NEWLINE_ANY,
        _ => return None,
    })
}

/// Which of `run`, `replace` and `split` is reading its options: each
/// accepts a few the others reject.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Caller {
    Run,
    Replace,
    Split,
}

/// Splits an option list into compile flags and match options. Compile
/// options are allowed only when the pattern is not compiled yet.
fn parse_options(opts: &Term, caller: Caller, precompiled: bool) -> Option<(Flags, MatchOpts)> {
    let mut flags = default_flags();
    let mut m = MatchOpts::default();
    let mut it = iter(opts);
    for opt in it.by_ref() {
        if let Some(a) = opt.as_atom() {
            match a.name() {
                "global" if caller != Caller::Split => m.global = true,
                "notbol" => m.flags |= PCRE2_NOTBOL,
                "noteol" => m.flags |= PCRE2_NOTEOL,
                "notempty" => m.flags |= PCRE2_NOTEMPTY,
                "notempty_atstart" => m.flags |= PCRE2_NOTEMPTY_ATSTART,
                "anchored" => m.flags |= PCRE2_ANCHORED,
                "report_errors" if caller == Caller::Run => m.report_errors = true,
                "trim" if caller == Caller::Split => m.trim = true,
                "group" if caller == Caller::Split => m.group = true,
                // A compiled pattern keeps its mode; naming it again is harmless.
                "unicode" if precompiled => {}
                _ if !precompiled && compile_option(opt, &mut flags) => {}
                _ => return None,
            }
            continue;
        }
        match opt.as_tuple()? {
            [tag, v] => match tag.as_atom()?.name() {
                "offset" => m.offset = usize::try_from(args::small(v, 3).ok()?).ok()?,
                "capture" if caller == Caller::Run => m.capture = Some((spec(v)?, Kind::Index)),
                "return" if caller != Caller::Run => {
                    m.ret = Some(match v.as_atom()?.name() {
                        "iodata" => Kind::Iodata,
                        "list" => Kind::List,
                        "binary" => Kind::Binary,
                        _ => return None,
                    })
                }
                "parts" if caller == Caller::Split => {
                    m.parts = match v {
                        Term::Int(n) if *n >= 0 => match *n {
                            0 => {
                                m.trim = true;
                                None
                            }
                            n => Some(n as usize),
                        },
                        Term::Atom(a) if a.name() == "infinity" => None,
                        _ => return None,
                    }
                }
                "match_limit" | "match_limit_recursion" => {
                    args::small(v, 3).ok()?;
                }
                "newline" if precompiled => {
                    newline(v)?;
                }
                _ if !precompiled && compile_option(opt, &mut flags) => {}
                _ => return None,
            },
            [tag, v, kind] if caller == Caller::Run && tag.is_atom(Atom::new("capture")) => {
                let kind = match kind.as_atom()?.name() {
                    "index" => Kind::Index,
                    "list" => Kind::List,
                    "binary" => Kind::Binary,
                    _ => return None,
                };
                m.capture = Some((spec(v)?, kind));
            }
            _ => return None,
        }
    }
    matches!(it.rest(), Term::Nil).then_some((flags, m))
}

fn spec(t: &Term) -> Option<Spec> {
    if let Some(a) = t.as_atom() {
        return Some(match a.name() {
            "all" => Spec::All,
            "all_but_first" => Spec::AllButFirst,
            "first" => Spec::First,
            "none" => Spec::None,
            "all_names" => Spec::AllNames,
            _ => return None,
        });
    }
    Some(Spec::List(t.list_to_vec()?))
}

// ---------------------------------------------------------------------------
// Patterns as terms

/// The `{:re_pattern, ...}` term for a compiled pattern.
fn pattern_term(text: &[u8], flags: Flags, c: &Compiled) -> Term {
    let mut bin = MAGIC.to_vec();
    bin.extend_from_slice(&flags.options.to_le_bytes());
    bin.push(flags.newline as u8);
    bin.push(flags.bsr as u8);
    bin.extend_from_slice(text);
    Term::tuple(vec![
        Term::atom("re_pattern"),
        Term::Int(c.captures as i64),
        Term::Int(i64::from(c.unicode)),
        Term::Int(i64::from(flags.newline == PCRE2_NEWLINE_CRLF)),
        Term::binary(bin),
    ])
}

/// The source and flags inside a pattern term, if `t` is one of ours.
fn pattern_of(t: &Term) -> Option<Source> {
    let [tag, _, _, _, Term::Binary(b)] = t.as_tuple()? else {
        return None;
    };
    if !tag.is_atom(Atom::new("re_pattern")) {
        return None;
    }
    let bytes = b.as_bytes().strip_prefix(MAGIC)?;
    let (head, text) = bytes.split_at_checked(6)?;
    Some(Source {
        text: text.to_vec(),
        flags: Flags {
            options: u32::from_le_bytes([head[0], head[1], head[2], head[3]]),
            newline: u32::from(head[4]),
            bsr: u32::from(head[5]),
        },
    })
}

/// The text of a pattern given as iodata or, in unicode mode, chardata.
fn source_text(t: &Term, unicode: bool) -> Option<Vec<u8>> {
    match t {
        Term::Binary(b) => Some(b.as_bytes().to_vec()),
        _ if unicode => args::chardata(t).ok().map(String::into_bytes),
        _ => args::iolist_bytes(t),
    }
}

/// Resolves the pattern argument (compiled or not) and the options list of
/// `run`, `replace` or `split`; `Err` carries the exception to raise.
fn prepare(
    re: &Term,
    opts: &Term,
    caller: Caller,
) -> Result<(Arc<Compiled>, MatchOpts), Exception> {
    let opts_pos = if caller == Caller::Replace { 4 } else { 3 };
    let precompiled = pattern_of(re);
    let (flags, m) = parse_options(opts, caller, precompiled.is_some())
        .ok_or_else(|| Exception::badarg_at(opts_pos, "invalid options"))?;
    let source = match precompiled {
        Some(s) => s,
        None => {
            let unicode = flags.options & PCRE2_UTF != 0;
            let text = source_text(re, unicode)
                .ok_or_else(|| Exception::badarg_at(2, "not an iodata term"))?;
            Source { text, flags }
        }
    };
    let c = compiled(&source.text, source.flags).map_err(|e| {
        if dialect::is_utf(e) {
            return Exception::badarg();
        }
        let (msg, at) = dialect::message(e, &source.text);
        Exception::badarg_at(
            2,
            format!("could not parse regular expression\n{msg} on character {at}"),
        )
    })?;
    Ok((c, m))
}

// ---------------------------------------------------------------------------
// Subjects and matching

/// A subject as bytes, with the binary it came from (so that captured parts
/// can share its storage).
struct Subject<'a> {
    bytes: Cow<'a, [u8]>,
    binary: Option<&'a Binary>,
}

impl Subject<'_> {
    fn part(&self, start: usize, end: usize) -> Term {
        match self.binary {
            Some(b) => Term::Binary(b.slice(start, end - start)),
            None => Term::binary(&self.bytes[start..end]),
        }
    }
}

fn subject(t: &Term, unicode: bool) -> Result<Subject<'_>, Exception> {
    let s = match t {
        Term::Binary(b) => Subject {
            bytes: Cow::Borrowed(b.as_bytes()),
            binary: Some(b),
        },
        _ => {
            let bytes = if unicode {
                args::chardata(t).ok().map(String::into_bytes)
            } else {
                args::iolist_bytes(t)
            };
            Subject {
                bytes: Cow::Owned(bytes.ok_or_else(Exception::badarg)?),
                binary: None,
            }
        }
    };
    // Checked once here, so that each match attempt can skip PCRE2's check.
    if unicode && std::str::from_utf8(&s.bytes).is_err() {
        return Err(Exception::badarg());
    }
    Ok(s)
}

/// The matches of `c` in `subject` from `offset`: one, or with `global` all
/// of them the way the BEAM finds them (after an empty match, a non-empty
/// one at the same place is tried before moving on by one character).
fn matches(c: &Compiled, subject: &[u8], m: &MatchOpts) -> Result<Vec<Slots>, MatchError> {
    let flags = m.flags | if c.unicode { PCRE2_NO_UTF_CHECK } else { 0 };
    let mut found = Vec::new();
    let mut pos = m.offset;
    let mut after_empty = false;
    loop {
        let attempt = if after_empty {
            flags | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED
        } else {
            flags
        };
        match c.pattern.find(subject, pos, attempt)? {
            Some(slots) => {
                let (start, end) = slots.first().copied().flatten().unwrap_or((pos, pos));
                found.push(slots);
                if !m.global {
                    break;
                }
                after_empty = start == end;
                pos = end;
            }
            None if after_empty && pos < subject.len() => {
                pos = next_char(c, subject, pos);
                after_empty = false;
            }
            None => break,
        }
    }
    Ok(found)
}

/// The position one character after `pos` (a CRLF counts as one where the
/// newline convention says so).
fn next_char(c: &Compiled, subject: &[u8], pos: usize) -> usize {
    if c.crlf && subject[pos..].starts_with(b"\r\n") {
        return pos + 2;
    }
    let mut next = pos + 1;
    if c.unicode {
        while next < subject.len() && subject[next] & 0xC0 == 0x80 {
            next += 1;
        }
    }
    next
}

/// The group a capture list item names (a number, or a name as an atom,
/// binary or charlist); `None` when the pattern has no such group.
fn group_of(c: &Compiled, item: &Term, slots: &Slots) -> Result<Option<usize>, ()> {
    let name: Vec<u8> = match item {
        Term::Int(n) => return Ok(usize::try_from(*n).ok().filter(|&n| n <= c.captures)),
        Term::Atom(a) => a.name().as_bytes().to_vec(),
        Term::Binary(b) => b.as_bytes().to_vec(),
        _ => args::chardata(item).map_err(|_| ())?.into_bytes(),
    };
    Ok(named_group(c, &name, slots))
}

/// The group called `name`; with duplicate names, the first that took part.
fn named_group(c: &Compiled, name: &[u8], slots: &Slots) -> Option<usize> {
    let groups: Vec<usize> = c
        .names
        .iter()
        .filter(|(n, _)| n == name)
        .map(|(_, g)| *g)
        .collect();
    groups
        .iter()
        .copied()
        .find(|&g| slots.get(g).copied().flatten().is_some())
        .or(groups.first().copied())
}

/// The names of the pattern, sorted, a name once per group it names.
fn sorted_names(c: &Compiled) -> Vec<&[u8]> {
    c.names.iter().map(|(n, _)| n.as_slice()).collect()
}

/// The slots `spec` selects from one match.
fn select(c: &Compiled, spec: &Spec, slots: &Slots) -> Result<Slots, Exception> {
    let slot = |g: Option<usize>| g.and_then(|g| slots.get(g).copied().flatten());
    Ok(match spec {
        Spec::All => slots.clone(),
        Spec::AllButFirst => slots.iter().skip(1).copied().collect(),
        Spec::First => vec![slot(Some(0))],
        Spec::None => Vec::new(),
        Spec::AllNames => sorted_names(c)
            .into_iter()
            .map(|n| slot(named_group(c, n, slots)))
            .collect(),
        Spec::List(items) => items
            .iter()
            .map(|i| group_of(c, i, slots).map(slot))
            .collect::<Result<_, ()>>()
            .map_err(|_| Exception::badarg_at(3, "invalid options"))?,
    })
}

/// One captured part as `kind` asks.
fn value(c: &Compiled, s: &Subject, slot: Option<(usize, usize)>, kind: Kind) -> Term {
    match (kind, slot) {
        (Kind::Index, Some((a, b))) => {
            Term::tuple(vec![Term::Int(a as i64), Term::Int((b - a) as i64)])
        }
        (Kind::Index, None) => Term::tuple(vec![Term::Int(-1), Term::Int(0)]),
        (Kind::List, Some((a, b))) => list_of(c, &s.bytes[a..b]),
        (Kind::List, None) => Term::Nil,
        (_, Some((a, b))) => s.part(a, b),
        (_, None) => Term::binary(Vec::new()),
    }
}

/// Bytes as a list: code points in unicode mode, else bytes.
fn list_of(c: &Compiled, bytes: &[u8]) -> Term {
    match std::str::from_utf8(bytes) {
        Ok(s) if c.unicode => {
            Term::list(s.chars().map(|ch| Term::Int(ch as i64)).collect::<Vec<_>>())
        }
        _ => Term::list(
            bytes
                .iter()
                .map(|&b| Term::Int(i64::from(b)))
                .collect::<Vec<_>>(),
        ),
    }
}

// ---------------------------------------------------------------------------
// The built-ins

fn compile(re: &Term, opts: &Term) -> BifResult {
    let mut flags = default_flags();
    let mut it = iter(opts);
    for opt in it.by_ref() {
        if !compile_option(opt, &mut flags) {
            return Err(Exception::badarg_at(2, "invalid options"));
        }
    }
    if !matches!(it.rest(), Term::Nil) {
        return Err(Exception::badarg_at(2, "invalid options"));
    }
    let unicode = flags.options & PCRE2_UTF != 0;
    let text =
        source_text(re, unicode).ok_or_else(|| Exception::badarg_at(1, "not an iodata term"))?;
    match compiled(&text, flags) {
        Ok(c) => Ok(Term::tuple(vec![
            Term::atom("ok"),
            pattern_term(&text, flags, &c),
        ])),
        Err(e) if dialect::is_utf(e) => Err(Exception::badarg()),
        Err(e) => {
            let (msg, at) = dialect::message(e, &text);
            Ok(Term::tuple(vec![
                Term::atom("error"),
                Term::tuple(vec![charlist(&msg), Term::Int(at as i64)]),
            ]))
        }
    }
}

fn charlist(s: &str) -> Term {
    Term::list(s.chars().map(|c| Term::Int(c as i64)).collect::<Vec<_>>())
}

/// Runs the matcher and turns a failure into what the BEAM does: a limit
/// ends in `nomatch` (or `{:error, :match_limit}` when errors are reported),
/// a bad offset or invalid UTF-8 in `badarg`.
fn all_matches(
    c: &Compiled,
    s: &Subject,
    m: &MatchOpts,
) -> Result<Result<Vec<Slots>, Term>, Exception> {
    if m.offset > s.bytes.len() {
        return Err(Exception::error_atom("internal_error"));
    }
    match matches(c, &s.bytes, m) {
        Ok(found) => Ok(Ok(found)),
        Err(MatchError::Limit) if m.report_errors => Ok(Err(Term::tuple(vec![
            Term::atom("error"),
            Term::atom("match_limit"),
        ]))),
        Err(MatchError::Limit) => Ok(Ok(Vec::new())),
        Err(_) => Err(Exception::badarg()),
    }
}

fn run(subj: &Term, re: &Term, opts: &Term) -> BifResult {
    let (c, m) = prepare(re, opts, Caller::Run)?;
    let s = subject(subj, c.unicode)?;
    let found = match all_matches(&c, &s, &m)? {
        Ok(found) => found,
        Err(report) => return Ok(report),
    };
    if found.is_empty() {
        return Ok(Term::atom("nomatch"));
    }
    let (spec, kind) = m.capture.clone().unwrap_or((Spec::All, Kind::Index));
    if matches!(&spec, Spec::None) || matches!(&spec, Spec::List(l) if l.is_empty()) {
        return Ok(Term::atom("match"));
    }
    let mut results = Vec::with_capacity(found.len());
    for slots in &found {
        let chosen = select(&c, &spec, slots)?;
        results.push(Term::list(
            chosen
                .into_iter()
                .map(|slot| value(&c, &s, slot, kind))
                .collect::<Vec<_>>(),
        ));
    }
    let captured = if m.global {
        Term::list(results)
    } else {
        results.swap_remove(0)
    };
    Ok(Term::tuple(vec![Term::atom("match"), captured]))
}

/// A piece of a replacement: literal bytes or a group's text (`&` is group 0).
enum Piece {
    Text(Vec<u8>),
    Group(usize),
}

/// Parses `:re.replace`'s replacement: `&` is the whole match, `\N`, `\gN`
/// and `\g{N}` a group, `\&` and `\\` the characters themselves; any other
/// escaped character stands for itself.
fn replacement_pieces(r: &[u8]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut text = Vec::new();
    let mut i = 0;
    let digits = |from: usize| {
        let end = r[from..]
            .iter()
            .position(|b| !b.is_ascii_digit())
            .map_or(r.len(), |n| from + n);
        let n = std::str::from_utf8(&r[from..end])
            .ok()
            .and_then(|d| d.parse::<usize>().ok());
        (n, end)
    };
    while i < r.len() {
        let group = match r[i] {
            b'&' => {
                i += 1;
                Some(0)
            }
            b'\\' if i + 1 < r.len() => match r[i + 1] {
                b'1'..=b'9' => {
                    let (n, end) = digits(i + 1);
                    i = end;
                    Some(n.unwrap_or(usize::MAX))
                }
                b'g' if r.get(i + 2) == Some(&b'{') => {
                    let (n, end) = digits(i + 3);
                    match (n, r.get(end)) {
                        (Some(n), Some(b'}')) => {
                            i = end + 1;
                            Some(n)
                        }
                        _ => {
                            text.push(b'g');
                            i += 2;
                            None
                        }
                    }
                }
                b'g' if r.get(i + 2).is_some_and(u8::is_ascii_digit) => {
                    let (n, end) = digits(i + 2);
                    i = end;
                    Some(n.unwrap_or(usize::MAX))
                }
                other => {
                    text.push(other);
                    i += 2;
                    None
                }
            },
            b => {
                text.push(b);
                i += 1;
                None
            }
        };
        if let Some(g) = group {
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut text)));
            }
            pieces.push(Piece::Group(g));
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    pieces
}

fn replace(a: &[Term], opts: &Term) -> BifResult {
    let (c, m) = prepare(&a[1], opts, Caller::Replace)?;
    let s = subject(&a[0], c.unicode)?;
    let repl =
        source_text(&a[2], c.unicode).ok_or_else(|| Exception::badarg_at(3, "not iodata"))?;
    let pieces = replacement_pieces(&repl);
    let found = all_matches(&c, &s, &m)?.unwrap_or_default();
    // The result as iodata shaped like the BEAM's: the text before each
    // match, then its replacement, and the rest of the subject as the tail.
    let mut out: Vec<Term> = Vec::new();
    let mut flat: Vec<u8> = Vec::new();
    let mut last = 0;
    for slots in &found {
        let Some((start, end)) = slots.first().copied().flatten() else {
            continue;
        };
        out.push(s.part(last, start));
        flat.extend_from_slice(&s.bytes[last..start]);
        let mut parts = Vec::with_capacity(pieces.len());
        for p in &pieces {
            match p {
                Piece::Text(t) => {
                    flat.extend_from_slice(t);
                    parts.push(Term::binary(t.clone()));
                }
                Piece::Group(g) => {
                    let (a, b) = slots.get(*g).copied().flatten().unwrap_or((0, 0));
                    flat.extend_from_slice(&s.bytes[a..b]);
                    parts.push(s.part(a, b));
                }
            }
        }
        out.push(match parts.len() {
            1 if matches!(pieces[0], Piece::Text(_)) => parts.swap_remove(0),
            _ => Term::list(parts),
        });
        last = end;
    }
    flat.extend_from_slice(&s.bytes[last..]);
    Ok(match m.ret.unwrap_or(Kind::Iodata) {
        Kind::Binary => Term::binary(flat),
        Kind::List => list_of(&c, &flat),
        _ if found.is_empty() => a[0].clone(),
        _ => Term::improper_list(out, s.part(last, s.bytes.len())),
    })
}

fn split(subj: &Term, re: &Term, opts: &Term) -> BifResult {
    let (c, mut m) = prepare(re, opts, Caller::Split)?;
    m.global = true;
    let s = subject(subj, c.unicode)?;
    let kind = m.ret.unwrap_or(Kind::Iodata);
    let found = all_matches(&c, &s, &m)?.unwrap_or_default();
    // Each piece: the text up to a match, then the match's groups.
    let mut pieces: Vec<Vec<Term>> = Vec::new();
    let mut last = m.offset.min(s.bytes.len());
    for slots in &found {
        if m.parts.is_some_and(|n| pieces.len() + 1 >= n) {
            break;
        }
        let Some((start, end)) = slots.first().copied().flatten() else {
            continue;
        };
        // An empty match where the last piece ended splits nothing.
        if start == end && start == last {
            continue;
        }
        let mut piece = vec![value(&c, &s, Some((last, start)), kind)];
        for g in 1..=c.captures {
            piece.push(value(&c, &s, slots.get(g).copied().flatten(), kind));
        }
        pieces.push(piece);
        last = end;
    }
    pieces.push(vec![value(&c, &s, Some((last, s.bytes.len())), kind)]);
    let empty = |t: &Term| match t {
        Term::Binary(b) => b.is_empty(),
        Term::Nil => true,
        _ => false,
    };
    if m.group {
        if m.trim {
            while pieces.last().is_some_and(|p| p.iter().all(empty)) {
                pieces.pop();
            }
        }
        return Ok(Term::list(
            pieces.into_iter().map(Term::list).collect::<Vec<_>>(),
        ));
    }
    let mut flat: Vec<Term> = pieces.into_iter().flatten().collect();
    if m.trim {
        while flat.last().is_some_and(empty) {
            flat.pop();
        }
    }
    Ok(Term::list(flat))
}

fn inspect(a: &[Term]) -> BifResult {
    let source = pattern_of(&a[0])
        .ok_or_else(|| Exception::badarg_at(1, "not a compiled regular expression"))?;
    if !a[1].is_atom(Atom::new("namelist")) {
        return Err(Exception::badarg_at(2, "not a valid item"));
    }
    let c = compiled(&source.text, source.flags).map_err(|_| Exception::badarg())?;
    let names = sorted_names(&c)
        .into_iter()
        .map(|n| Term::binary(n.to_vec()))
        .collect::<Vec<_>>();
    Ok(Term::tuple(vec![Term::atom("namelist"), Term::list(names)]))
}

#[cfg(test)]
mod tests;
