//! Documents as terms, the shapes `Inspect.Algebra` builds in Elixir: binaries,
//! `:doc_nil`, `:doc_line`, `{:doc_cons, a, b}`, `{:doc_nest, doc, indent, mode}`,
//! `{:doc_break, text, mode}`, `{:doc_group, doc, mode}`, `{:doc_string, text,
//! width}`, `{:doc_fits, doc, mode}`, `{:doc_force, doc}`, `{:doc_collapse, n}`,
//! `{:doc_color, doc, ansi}`, `{:doc_limit, doc, :infinity}`. There is one
//! formatter, in Rust: a document built in Elixir is converted to a `Doc`, and a
//! `Doc` built in Rust to a term where Elixir code combines it further. Both
//! directions use work lists, so a deep document does not deepen the Rust stack.

use std::borrow::Cow;

use super::ansi;
use crate::term::algebra::{BreakKind, Doc, GroupMode, Indent, NestWhen};
use crate::term::Term;

fn atom(name: &str) -> Term {
    Term::atom(name)
}

fn tagged(tag: &str, rest: Vec<Term>) -> Term {
    let mut elems = Vec::with_capacity(rest.len() + 1);
    elems.push(atom(tag));
    elems.extend(rest);
    Term::tuple(elems)
}

/// Whether `t` has the shape of a document (Elixir's `is_doc/1` guard).
pub fn is_doc(t: &Term) -> bool {
    match t {
        Term::Binary(_) => true,
        Term::Atom(a) => matches!(a.name(), "doc_nil" | "doc_line"),
        Term::Tuple(_) => matches!(
            t.as_tuple().and_then(|e| e.first()).and_then(|h| h.as_atom()),
            Some(a) if matches!(
                a.name(),
                "doc_break" | "doc_collapse" | "doc_color" | "doc_cons" | "doc_fits"
                    | "doc_force" | "doc_group" | "doc_nest" | "doc_string" | "doc_limit"
            )
        ),
        _ => false,
    }
}

/// The term for a document.
pub fn to_term(doc: &Doc) -> Term {
    enum Work<'a> {
        Visit(&'a Doc),
        /// Pops the terms of `n` parts and joins them right to left with `doc_cons`.
        Cons(usize),
        /// Pops one term and wraps it.
        Wrap(&'a Doc),
        /// Pops the terms of `n` parts and folds them as `container_doc/6`
        /// joins its elements.
        Joined(usize, Term, &'static str),
    }
    let mut work = vec![Work::Visit(doc)];
    let mut done: Vec<Term> = Vec::new();
    while let Some(w) = work.pop() {
        match w {
            Work::Visit(d) => match d {
                Doc::Nil => done.push(atom("doc_nil")),
                Doc::Line => done.push(atom("doc_line")),
                Doc::Text(s) => done.push(Term::string(s)),
                Doc::Sized(s, n) => done.push(tagged("doc_string", vec![Term::string(s), int(*n)])),
                Doc::Break(s, kind) => done.push(tagged(
                    "doc_break",
                    vec![
                        Term::string(s),
                        atom(match kind {
                            BreakKind::Strict => "strict",
                            BreakKind::Flex => "flex",
                        }),
                    ],
                )),
                Doc::Collapse(n) => done.push(tagged("doc_collapse", vec![int(*n)])),
                Doc::Joined(parts, separator, kind) => {
                    let kind = match kind {
                        BreakKind::Strict => "strict",
                        BreakKind::Flex => "flex",
                    };
                    work.push(Work::Joined(parts.len(), to_term(separator), kind));
                    work.extend(parts.iter().rev().map(Work::Visit));
                }
                Doc::Concat(parts) => match parts.len() {
                    0 => done.push(atom("doc_nil")),
                    n => {
                        work.push(Work::Cons(n));
                        work.extend(parts.iter().rev().map(Work::Visit));
                    }
                },
                Doc::Nest(inner, ..)
                | Doc::Group(inner, _)
                | Doc::ForceUnfit(inner)
                | Doc::NextBreakFits(inner, _)
                | Doc::Color(inner, _)
                | Doc::NoLimit(inner) => {
                    work.push(Work::Wrap(d));
                    work.push(Work::Visit(inner));
                }
            },
            Work::Cons(n) => {
                let mut parts = done.split_off(done.len() - n);
                let mut acc = parts.pop().unwrap_or_else(|| atom("doc_nil"));
                while let Some(p) = parts.pop() {
                    acc = tagged("doc_cons", vec![p, acc]);
                }
                done.push(acc);
            }
            Work::Joined(n, separator, kind) => {
                let mut parts = done.split_off(done.len() - n);
                let mut acc = parts.pop().unwrap_or_else(|| atom("doc_nil"));
                let brk = tagged("doc_break", vec![Term::string(" "), atom(kind)]);
                while let Some(p) = parts.pop() {
                    let left = tagged("doc_cons", vec![p, separator.clone()]);
                    let right = tagged("doc_cons", vec![brk.clone(), acc]);
                    acc = tagged("doc_cons", vec![left, right]);
                }
                done.push(acc);
            }
            Work::Wrap(d) => {
                let inner = done.pop().unwrap_or_else(|| atom("doc_nil"));
                done.push(match d {
                    Doc::Nest(_, indent, when) => tagged(
                        "doc_nest",
                        vec![
                            inner,
                            match indent {
                                Indent::Spaces(n) => int(*n),
                                Indent::Cursor => atom("cursor"),
                                Indent::Reset => atom("reset"),
                            },
                            atom(match when {
                                NestWhen::Always => "always",
                                NestWhen::Broken => "break",
                            }),
                        ],
                    ),
                    Doc::Group(_, mode) => tagged(
                        "doc_group",
                        vec![
                            inner,
                            atom(match mode {
                                GroupMode::Own => "self",
                                GroupMode::Inherit => "inherit",
                            }),
                        ],
                    ),
                    Doc::ForceUnfit(_) => tagged("doc_force", vec![inner]),
                    Doc::Color(_, color) => tagged("doc_color", vec![inner, color.clone()]),
                    Doc::NextBreakFits(_, enabled) => tagged(
                        "doc_fits",
                        vec![inner, atom(if *enabled { "enabled" } else { "disabled" })],
                    ),
                    _ => tagged("doc_limit", vec![inner, atom("infinity")]),
                });
            }
        }
    }
    done.pop().unwrap_or_else(|| atom("doc_nil"))
}

fn int(n: usize) -> Term {
    Term::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// The document a term stands for; `Err` holds the part that is not a document.
pub fn from_term(t: &Term) -> Result<Doc, Term> {
    enum Work<'a> {
        Visit(&'a Term),
        /// Pops this many documents and concatenates them.
        Concat(usize),
        /// Pops one document and wraps it.
        Wrap(Wrapper),
    }
    enum Wrapper {
        Nest(Indent, NestWhen),
        Group(GroupMode),
        Fits(bool),
        Force,
        Color(Term),
        Limit,
    }
    let mut work = vec![Work::Visit(t)];
    let mut done: Vec<Doc> = Vec::new();
    while let Some(w) = work.pop() {
        match w {
            Work::Visit(t) => match t {
                Term::Binary(b) => done.push(Doc::Text(Cow::Owned(
                    String::from_utf8_lossy(b.as_bytes()).into_owned(),
                ))),
                Term::Atom(a) if a.name() == "doc_nil" => done.push(Doc::Nil),
                Term::Atom(a) if a.name() == "doc_line" => done.push(Doc::Line),
                Term::Tuple(_) => {
                    let elems = t.as_tuple().unwrap_or(&[]);
                    let Some(Term::Atom(tag)) = elems.first() else {
                        return Err(t.clone());
                    };
                    match (tag.name(), &elems[1..]) {
                        ("doc_cons", [a, b]) => {
                            // The right spine of a chain of conses, in one step.
                            let mut parts = vec![a];
                            let mut rest = b;
                            while let Some([Term::Atom(t), a, b]) = rest.as_tuple() {
                                if t.name() != "doc_cons" {
                                    break;
                                }
                                parts.push(a);
                                rest = b;
                            }
                            parts.push(rest);
                            work.push(Work::Concat(parts.len()));
                            work.extend(parts.into_iter().rev().map(Work::Visit));
                        }
                        ("doc_string", [Term::Binary(s), Term::Int(n)]) => done.push(Doc::Sized(
                            Cow::Owned(String::from_utf8_lossy(s.as_bytes()).into_owned()),
                            usize::try_from(*n).unwrap_or(0),
                        )),
                        ("doc_break", [Term::Binary(s), Term::Atom(mode)]) => {
                            let kind = match mode.name() {
                                "flex" => BreakKind::Flex,
                                _ => BreakKind::Strict,
                            };
                            let s = String::from_utf8_lossy(s.as_bytes()).into_owned();
                            done.push(Doc::Break(Cow::Owned(s), kind));
                        }
                        ("doc_collapse", [Term::Int(n)]) if *n > 0 => {
                            done.push(Doc::Collapse(*n as usize))
                        }
                        ("doc_nest", [d, indent, Term::Atom(when)]) => {
                            let indent = match indent {
                                Term::Int(n) if *n >= 0 => Indent::Spaces(*n as usize),
                                Term::Atom(a) if a.name() == "cursor" => Indent::Cursor,
                                Term::Atom(a) if a.name() == "reset" => Indent::Reset,
                                _ => return Err(t.clone()),
                            };
                            let when = match when.name() {
                                "break" => NestWhen::Broken,
                                _ => NestWhen::Always,
                            };
                            work.push(Work::Wrap(Wrapper::Nest(indent, when)));
                            work.push(Work::Visit(d));
                        }
                        ("doc_group", [d, Term::Atom(mode)]) => {
                            let mode = match mode.name() {
                                "inherit" => GroupMode::Inherit,
                                _ => GroupMode::Own,
                            };
                            work.push(Work::Wrap(Wrapper::Group(mode)));
                            work.push(Work::Visit(d));
                        }
                        ("doc_fits", [d, Term::Atom(mode)]) => {
                            work.push(Work::Wrap(Wrapper::Fits(mode.name() == "enabled")));
                            work.push(Work::Visit(d));
                        }
                        ("doc_force", [d]) => {
                            work.push(Work::Wrap(Wrapper::Force));
                            work.push(Work::Visit(d));
                        }
                        ("doc_color", [d, color]) => {
                            if ansi::escape(color).is_none() {
                                return Err(t.clone());
                            }
                            work.push(Work::Wrap(Wrapper::Color(color.clone())));
                            work.push(Work::Visit(d));
                        }
                        ("doc_limit", [d, _]) => {
                            work.push(Work::Wrap(Wrapper::Limit));
                            work.push(Work::Visit(d));
                        }
                        _ => return Err(t.clone()),
                    }
                }
                _ => return Err(t.clone()),
            },
            Work::Concat(n) => {
                let parts = done.split_off(done.len() - n);
                // Kept as they were: a `Doc::Concat` of parts is the same
                // right-leaning chain when it goes back to a term.
                done.push(Doc::Concat(parts));
            }
            Work::Wrap(w) => {
                let inner = Box::new(done.pop().unwrap_or(Doc::Nil));
                done.push(match w {
                    Wrapper::Nest(indent, when) => Doc::Nest(inner, indent, when),
                    Wrapper::Group(mode) => Doc::Group(inner, mode),
                    Wrapper::Fits(enabled) => Doc::NextBreakFits(inner, enabled),
                    Wrapper::Force => Doc::ForceUnfit(inner),
                    Wrapper::Color(color) => Doc::Color(inner, color),
                    Wrapper::Limit => Doc::NoLimit(inner),
                });
            }
        }
    }
    Ok(done.pop().unwrap_or(Doc::Nil))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::algebra::{self, container_doc, text, ContainerBreak, Element};

    fn cons(a: Term, b: Term) -> Term {
        tagged("doc_cons", vec![a, b])
    }

    #[test]
    fn terms_survive_a_round_trip() {
        let brk = tagged("doc_break", vec![Term::string(""), atom("strict")]);
        let doc = tagged(
            "doc_group",
            vec![
                cons(
                    tagged(
                        "doc_nest",
                        vec![
                            cons(Term::string("%{"), brk.clone()),
                            Term::Int(2),
                            atom("always"),
                        ],
                    ),
                    cons(cons(brk, atom("doc_nil")), Term::string("}")),
                ),
                atom("self"),
            ],
        );
        let back = to_term(&from_term(&doc).expect("a document"));
        assert!(crate::term::compare_exact(&doc, &back).is_eq(), "{back:?}");
        assert!(from_term(&atom("nope")).is_err());
        assert!(is_doc(&doc) && !is_doc(&Term::Int(1)));
    }

    #[test]
    fn joined_elements_become_the_fold_of_join() {
        let items = vec![Element::Item(text("1")), Element::Item(text("2"))];
        let doc = container_doc(
            text("["),
            items,
            text("]"),
            ContainerBreak::Maybe,
            text(","),
        );
        let flex = tagged("doc_break", vec![Term::string(" "), atom("flex")]);
        let joined = cons(
            cons(Term::string("1"), Term::string(",")),
            cons(flex, Term::string("2")),
        );
        let nested = tagged("doc_nest", vec![joined, Term::Int(1), atom("always")]);
        let want = tagged(
            "doc_group",
            vec![
                cons(cons(Term::string("["), nested), Term::string("]")),
                atom("self"),
            ],
        );
        assert!(crate::term::compare_exact(&to_term(&doc), &want).is_eq());
        assert_eq!(algebra::format(&doc, Some(3)), "[1,\n 2]");
    }
}
