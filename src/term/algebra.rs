//! A document algebra with the semantics of Elixir's `Inspect.Algebra`: text,
//! concatenation, nesting, breaks (strict or flex), groups, and a formatter that
//! chooses line breaks for a width the way Elixir does, so pretty-printed terms
//! (`IO.inspect/1`) match byte for byte. `inspect` builds documents here and
//! formats them with no width limit for the one-line form.
//!
//! The formatter works on an explicit stack, so a long document never deepens the
//! Rust stack; only the nesting depth of the document does.

use std::borrow::Cow;

/// A document to be laid out.
#[derive(Clone, Debug)]
pub enum Doc {
    Nil,
    /// Text that never breaks. Its width is its length in bytes, as Elixir
    /// measures binaries in documents.
    Text(Cow<'static, str>),
    /// Text with a width of its own (`string/1`: its length in characters).
    Sized(Cow<'static, str>, usize),
    Concat(Vec<Doc>),
    /// The elements of a container, each but the last followed by the
    /// separator and a break: the right fold of Elixir's `join` in
    /// `container_doc/6`, kept flat so that long containers stay cheap.
    Joined(Vec<Doc>, Box<Doc>, BreakKind),
    /// Indents the lines started inside `doc`.
    Nest(Box<Doc>, Indent, NestWhen),
    /// A place that is `text` when its group is flat and a new line when broken.
    Break(Cow<'static, str>, BreakKind),
    /// A unit that is laid out flat if it fits in the rest of the line.
    Group(Box<Doc>, GroupMode),
    /// Makes the enclosing group never fit (Elixir's `force_unfit/1`).
    ForceUnfit(Box<Doc>),
    /// Elixir's `next_break_fits/2`: `true` for `:enabled`.
    NextBreakFits(Box<Doc>, bool),
    /// A line break that is always taken.
    Line,
    /// Elixir's `collapse_lines/1`: the lines that follow at once count as at
    /// most this many.
    Collapse(usize),
    /// A document printed after the ANSI escape of a colour (`IO.ANSI` data:
    /// `:red`, `[:blue, :bright]`, raw text); the escape takes no width.
    Color(Box<Doc>, super::Term),
    /// Laid out as if the width were infinite (`no_limit/1`).
    NoLimit(Box<Doc>),
}

impl Drop for Doc {
    /// Frees nested documents with a work list: a document for a deeply nested
    /// term is as deep, and a recursive drop could overflow the Rust stack.
    fn drop(&mut self) {
        let mut pending = Vec::new();
        take_children(self, &mut pending);
        while let Some(mut doc) = pending.pop() {
            take_children(&mut doc, &mut pending);
        }
    }
}

fn take_children(doc: &mut Doc, into: &mut Vec<Doc>) {
    match doc {
        Doc::Concat(parts) => into.append(parts),
        Doc::Joined(parts, separator, _) => {
            into.append(parts);
            into.push(std::mem::replace(&mut **separator, Doc::Nil));
        }
        Doc::Nest(inner, ..)
        | Doc::Group(inner, _)
        | Doc::ForceUnfit(inner)
        | Doc::NextBreakFits(inner, _)
        | Doc::Color(inner, _)
        | Doc::NoLimit(inner) => {
            if !matches!(**inner, Doc::Nil) {
                into.push(std::mem::replace(&mut **inner, Doc::Nil));
            }
        }
        Doc::Nil
        | Doc::Text(_)
        | Doc::Sized(..)
        | Doc::Break(..)
        | Doc::Line
        | Doc::Collapse(_) => {}
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Indent {
    /// This many more spaces than the enclosing nesting.
    Spaces(usize),
    /// The column the nest starts at.
    Cursor,
    /// Column zero.
    Reset,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NestWhen {
    Always,
    /// Only when the enclosing group is broken.
    Broken,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakKind {
    /// Breaks exactly when its group is broken.
    Strict,
    /// Breaks only if what follows, up to the next break, does not fit.
    Flex,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupMode {
    /// Decides for itself whether it fits.
    Own,
    /// Breaks whenever the enclosing group breaks.
    Inherit,
}

/// How `container_doc` lays out its elements when they do not fit on one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContainerBreak {
    /// Fill lines (`Flex`) when every element is simple text, else `Strict`.
    Maybe,
    /// One element per line, brackets on their own lines.
    Strict,
    /// Fill lines.
    Flex,
}

pub fn text(s: impl Into<Cow<'static, str>>) -> Doc {
    Doc::Text(s.into())
}

/// `a` then `b`, as one `{:doc_cons, a, b}`: documents keep the shape Elixir
/// gives them, so one handed to Elixir code looks as it would there.
pub fn concat(a: Doc, b: Doc) -> Doc {
    Doc::Concat(vec![a, b])
}

/// Concatenation of many documents, flattening nested concatenations.
pub fn concat_all(docs: Vec<Doc>) -> Doc {
    let mut docs = docs.into_iter();
    // A concatenation in front is extended in place: a left-leaning chain of
    // concatenations stays linear.
    let mut out = match docs.next() {
        Some(mut d) => match &mut d {
            Doc::Concat(first) => std::mem::take(first),
            Doc::Nil => Vec::new(),
            _ => vec![d],
        },
        None => Vec::new(),
    };
    for mut d in docs {
        match &mut d {
            Doc::Nil => {}
            Doc::Concat(inner) => out.append(inner),
            _ => out.push(d),
        }
    }
    if out.len() == 1 {
        out.pop().unwrap_or(Doc::Nil)
    } else {
        Doc::Concat(out)
    }
}

pub fn nest(doc: Doc, spaces: usize) -> Doc {
    if spaces == 0 {
        doc
    } else {
        Doc::Nest(Box::new(doc), Indent::Spaces(spaces), NestWhen::Always)
    }
}

pub fn nest_with(doc: Doc, indent: Indent, when: NestWhen) -> Doc {
    Doc::Nest(Box::new(doc), indent, when)
}

pub fn break_(s: impl Into<Cow<'static, str>>) -> Doc {
    Doc::Break(s.into(), BreakKind::Strict)
}

pub fn flex_break(s: impl Into<Cow<'static, str>>) -> Doc {
    Doc::Break(s.into(), BreakKind::Flex)
}

/// `a`, a strict break that is a space when flat, then `b`.
pub fn glue(a: Doc, b: Doc) -> Doc {
    concat(a, concat(break_(" "), b))
}

/// `a`, a strict break that is `s` when flat, then `b`.
pub fn glue_with(a: Doc, s: impl Into<Cow<'static, str>>, b: Doc) -> Doc {
    concat(a, concat(break_(s), b))
}

/// `a`, a flex break that is a space when flat, then `b`.
pub fn flex_glue(a: Doc, b: Doc) -> Doc {
    concat(a, concat(flex_break(" "), b))
}

pub fn group(doc: Doc) -> Doc {
    Doc::Group(Box::new(doc), GroupMode::Own)
}

pub fn group_inherit(doc: Doc) -> Doc {
    Doc::Group(Box::new(doc), GroupMode::Inherit)
}

pub fn force_unfit(doc: Doc) -> Doc {
    Doc::ForceUnfit(Box::new(doc))
}

pub fn next_break_fits(doc: Doc, enabled: bool) -> Doc {
    Doc::NextBreakFits(Box::new(doc), enabled)
}

pub fn line() -> Doc {
    Doc::Line
}

/// Elixir's notion of a simple document: only text. Containers of simple
/// elements fill lines instead of breaking one element per line.
pub fn is_simple(doc: &Doc) -> bool {
    match doc {
        Doc::Nil | Doc::Text(_) | Doc::Sized(..) => true,
        Doc::Color(inner, _) => is_simple(inner),
        Doc::Concat(parts) => parts.iter().all(is_simple),
        Doc::Joined(parts, separator, _) => is_simple(separator) && parts.iter().all(is_simple),
        _ => false,
    }
}

/// One element of a container: an ordinary element, or the last element of an
/// improper list together with its tail (`a | b`).
pub enum Element {
    Item(Doc),
    Improper(Doc, Doc),
}

/// Elixir's `container_doc/6`: `left`, the elements joined by `separator` and a
/// break, `right`. Callers apply the element limit and append `...` themselves.
/// Empty documents among the elements are left out.
pub fn container_doc(
    left: Doc,
    elements: Vec<Element>,
    right: Doc,
    mode: ContainerBreak,
    separator: Doc,
) -> Doc {
    if elements.is_empty() {
        return concat(left, right);
    }
    let mut simple = mode == ContainerBreak::Maybe;
    let mut docs = Vec::with_capacity(elements.len());
    for element in elements {
        match element {
            Element::Item(doc) => {
                simple = simple && is_simple(&doc);
                docs.push(doc);
            }
            Element::Improper(head, tail) => {
                simple = simple && is_simple(&head) && is_simple(&tail);
                docs.push(join(head, tail, simple, &text(" |")));
            }
        }
    }
    let flex = simple || mode == ContainerBreak::Flex;
    let mut docs: Vec<Doc> = docs
        .into_iter()
        .filter(|d| !matches!(d, Doc::Nil))
        .collect();
    let kind = if flex {
        BreakKind::Flex
    } else {
        BreakKind::Strict
    };
    let joined = match docs.len() {
        0 => Doc::Nil,
        1 => docs.pop().unwrap_or(Doc::Nil),
        _ => Doc::Joined(docs, Box::new(separator), kind),
    };
    if flex {
        group(concat(concat(left, nest(joined, 1)), right))
    } else {
        group(glue_with(nest(glue_with(left, "", joined), 2), "", right))
    }
}

/// `left` and `separator`, a break, then `right`; an empty side drops out.
fn join(left: Doc, right: Doc, flex: bool, separator: &Doc) -> Doc {
    match (&left, &right) {
        (Doc::Nil, _) => return right,
        (_, Doc::Nil) => return left,
        _ => {}
    }
    let left = concat(left, separator.clone());
    if flex {
        flex_glue(left, right)
    } else {
        glue(left, right)
    }
}

static FLEX_BREAK: Doc = Doc::Break(Cow::Borrowed(" "), BreakKind::Flex);
static STRICT_BREAK: Doc = Doc::Break(Cow::Borrowed(" "), BreakKind::Strict);

/// The documents of a `Joined`, last first (for a stack).
fn joined_rev<'a>(
    parts: &'a [Doc],
    separator: &'a Doc,
    kind: BreakKind,
) -> impl Iterator<Item = &'a Doc> {
    let brk = match kind {
        BreakKind::Flex => &FLEX_BREAK,
        BreakKind::Strict => &STRICT_BREAK,
    };
    let n = parts.len();
    parts.iter().enumerate().rev().flat_map(move |(i, d)| {
        // Between this part and the next: the separator, then the break.
        let tail = if i + 1 < n {
            Some([brk, separator])
        } else {
            None
        };
        tail.into_iter().flatten().chain(std::iter::once(d))
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Flat,
    Broken,
    /// Inside `next_break_fits(_, false)`: flat, and its breaks never break.
    FlatNoBreak,
    /// Inside `next_break_fits(_, true)`: the first break counts as fitting.
    BrokenNoFlat,
}

type Entry<'a> = (usize, Mode, &'a Doc);

/// Lays `doc` out in `width` columns; `None` keeps everything on one line
/// (except forced lines).
pub fn format(doc: &Doc, width: Option<usize>) -> String {
    let mut out = Writer::default();
    layout(&mut out, doc, width, 0, 0);
    out.finish()
}

/// One piece of `format/2`'s output.
pub enum Piece {
    Text(String),
    /// The escape of a colour, given as the `IO.ANSI` data of the document.
    Color(super::Term),
}

/// `format/2` as Elixir returns it: the pieces of text, breaks, new lines and
/// colours in order, which together are the laid-out text.
pub fn format_pieces(doc: &Doc, width: Option<usize>) -> Vec<Piece> {
    let mut out = Writer {
        marks: Some(Vec::new()),
        ..Writer::default()
    };
    layout(&mut out, doc, width, 0, 0);
    let marks = out.marks.take().unwrap_or_default();
    let text = out.finish();
    let mut pieces = Vec::with_capacity(marks.len());
    for (i, (start, color)) in marks.iter().enumerate() {
        let end = marks.get(i + 1).map_or(text.len(), |m| m.0);
        pieces.push(match color {
            Some(c) => Piece::Color(c.clone()),
            None => Piece::Text(text[*start..end].to_string()),
        });
    }
    pieces
}

/// The output of the formatter. Lines that follow a `collapse_lines/1` are
/// held back and counted until something else is printed.
#[derive(Default)]
struct Writer {
    out: String,
    /// Where each piece of output starts, when the pieces are wanted.
    marks: Option<Vec<(usize, Option<super::Term>)>>,
    /// (most lines, lines seen, indent of the collapse).
    collapse: Option<(usize, usize, usize)>,
}

impl Writer {
    fn text(&mut self, s: &str) {
        if s.is_empty() && self.collapse.is_some() {
            return;
        }
        self.flush();
        self.mark();
        self.out.push_str(s);
    }

    fn color(&mut self, color: &super::Term) {
        self.flush();
        if let Some(marks) = &mut self.marks {
            marks.push((self.out.len(), Some(color.clone())));
        }
        let escape = super::inspect::ansi_escape(color).unwrap_or_default();
        self.out.push_str(&escape);
    }

    fn mark(&mut self) {
        if let Some(marks) = &mut self.marks {
            marks.push((self.out.len(), None));
        }
    }

    /// Prints the lines held back by a collapse.
    fn flush(&mut self) {
        if let Some((max, count, indent)) = self.collapse.take() {
            self.mark();
            self.out.extend(std::iter::repeat_n('\n', max.min(count)));
            self.out.extend(std::iter::repeat_n(' ', indent));
        }
    }

    fn newline(&mut self, indent: usize) {
        if let Some((_, count, _)) = &mut self.collapse {
            *count += 1;
            return;
        }
        self.mark();
        self.out.push('\n');
        self.out.extend(std::iter::repeat_n(' ', indent));
    }

    fn finish(mut self) -> String {
        self.flush();
        self.out
    }
}

/// Lays out `doc` from column `col` with the enclosing `indent`; returns the
/// column where it ends.
fn layout(out: &mut Writer, doc: &Doc, width: Option<usize>, indent: usize, col: usize) -> usize {
    let mut col = col;
    let mut stack: Vec<Entry> = vec![(indent, Mode::Flat, doc)];
    while let Some((indent, mode, doc)) = stack.pop() {
        match doc {
            Doc::Nil => {}
            Doc::Text(s) => {
                out.text(s);
                col += s.len();
            }
            Doc::Sized(s, n) => {
                out.text(s);
                col += n;
            }
            Doc::Color(inner, color) => {
                out.color(color);
                stack.push((indent, mode, inner));
            }
            Doc::Concat(parts) => {
                stack.extend(parts.iter().rev().map(|d| (indent, mode, d)));
            }
            Doc::Joined(parts, separator, kind) => {
                stack.extend(joined_rev(parts, separator, *kind).map(|d| (indent, mode, d)));
            }
            Doc::Line => {
                out.newline(indent);
                col = indent;
            }
            Doc::Collapse(max) => out.collapse = Some((*max, 0, indent)),
            Doc::NoLimit(inner) => col = layout(out, inner, None, indent, col),
            Doc::Break(s, BreakKind::Flex) => {
                let after = col + s.len();
                let fits = match width {
                    None => true,
                    Some(w) => mode == Mode::Flat || fits(w, after, true, Vec::new(), &stack),
                };
                if fits {
                    out.text(s);
                    col = after;
                } else {
                    out.newline(indent);
                    col = indent;
                }
            }
            Doc::Break(s, BreakKind::Strict) => {
                if mode == Mode::Broken {
                    out.newline(indent);
                    col = indent;
                } else {
                    out.text(s);
                    col += s.len();
                }
            }
            Doc::Nest(inner, nesting, when) => {
                let applies = *when == NestWhen::Always || mode == Mode::Broken;
                let indent = if applies {
                    apply_nesting(indent, col, *nesting)
                } else {
                    indent
                };
                stack.push((indent, mode, inner));
            }
            Doc::Group(inner, GroupMode::Inherit) if mode == Mode::Broken => {
                stack.push((indent, Mode::Broken, inner));
            }
            Doc::Group(inner, _) => {
                let flat = match width {
                    None => true,
                    Some(w) => fits(
                        w,
                        col,
                        false,
                        vec![Fit::Doc(indent, Mode::Flat, inner)],
                        &[],
                    ),
                };
                stack.push((indent, if flat { Mode::Flat } else { Mode::Broken }, inner));
            }
            Doc::ForceUnfit(inner) => stack.push((indent, Mode::Broken, inner)),
            Doc::NextBreakFits(inner, _) => stack.push((indent, mode, inner)),
        }
    }
    col
}

fn apply_nesting(indent: usize, col: usize, nesting: Indent) -> usize {
    match nesting {
        Indent::Spaces(n) => indent + n,
        Indent::Cursor => col,
        Indent::Reset => 0,
    }
}

enum Fit<'a> {
    Doc(usize, Mode, &'a Doc),
    /// After a broken group's contents were measured flat: restore the flag.
    Tail(bool),
}

/// Whether the documents on `local` and then on `rest` (read from the top of the
/// stack down) fit in `width` from column `col` up to the next break that will be
/// taken. `seen_break` says whether a break was measured; text alone that runs
/// past the width does not make a document unfit, as breaking could not help.
fn fits<'a>(
    width: usize,
    mut col: usize,
    mut seen_break: bool,
    mut local: Vec<Fit<'a>>,
    rest: &[Entry<'a>],
) -> bool {
    let mut rest = rest.iter().rev();
    loop {
        if col > width && seen_break {
            return false;
        }
        let entry = match local.pop() {
            Some(e) => e,
            None => match rest.next() {
                Some(&(i, m, d)) => Fit::Doc(i, m, d),
                None => return true,
            },
        };
        let (indent, mode, doc) = match entry {
            Fit::Tail(b) => {
                seen_break = b;
                continue;
            }
            Fit::Doc(i, m, d) => (i, m, d),
        };
        match (mode, doc) {
            (_, Doc::NextBreakFits(inner, false))
            | (Mode::FlatNoBreak, Doc::NextBreakFits(inner, _)) => {
                local.push(Fit::Doc(indent, Mode::FlatNoBreak, inner));
            }
            (_, Doc::NextBreakFits(inner, true)) => {
                local.push(Fit::Doc(indent, Mode::BrokenNoFlat, inner));
            }
            (Mode::BrokenNoFlat, Doc::ForceUnfit(inner)) => {
                local.push(Fit::Doc(indent, Mode::BrokenNoFlat, inner));
            }
            (Mode::BrokenNoFlat | Mode::Broken, Doc::Break(..) | Doc::Line) => return true,
            (Mode::Broken, Doc::Group(inner, _)) => {
                local.push(Fit::Tail(seen_break));
                local.push(Fit::Doc(indent, Mode::Flat, inner));
            }
            (_, Doc::Line) => {
                col = indent;
                seen_break = false;
            }
            (_, Doc::Nil) => {}
            (_, Doc::Nest(inner, _, NestWhen::Broken)) => local.push(Fit::Doc(indent, mode, inner)),
            (_, Doc::Nest(inner, nesting, NestWhen::Always)) => {
                local.push(Fit::Doc(apply_nesting(indent, col, *nesting), mode, inner));
            }
            (_, Doc::Joined(parts, separator, kind)) => {
                local
                    .extend(joined_rev(parts, separator, *kind).map(|d| Fit::Doc(indent, mode, d)));
            }
            (_, Doc::Concat(parts)) => {
                local.extend(parts.iter().rev().map(|d| Fit::Doc(indent, mode, d)));
            }
            (_, Doc::Group(inner, _)) => local.push(Fit::Doc(indent, mode, inner)),
            (_, Doc::Text(s)) => col += s.len(),
            (_, Doc::Sized(_, n)) => col += n,
            (_, Doc::Collapse(_)) => {}
            (_, Doc::Color(inner, _)) => local.push(Fit::Doc(indent, mode, inner)),
            (_, Doc::NoLimit(inner)) => local.push(Fit::Doc(indent, Mode::Flat, inner)),
            (_, Doc::Break(s, _)) => {
                col += s.len();
                seen_break = true;
            }
            (_, Doc::ForceUnfit(_)) => return false,
        }
    }
}
