//! `:unicode`: converting chardata between encodings (UTF-8, latin1, UTF-16,
//! UTF-32) and into the four normal forms. Data that stops being valid part
//! way gives `{:error, converted, rest}` (or `{:incomplete, ...}` when it ends
//! inside a character), as OTP does; data that is not chardata is `badarg`.

use unicode_normalization::UnicodeNormalization;

use super::args::{self, bif, CharError, Encoding};
use super::{Bif, BifResult};
use crate::term::Term;
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    bif("unicode", "characters_to_binary", 1, |a| {
        to_binary(&a[0], Encoding::Utf8, Encoding::Utf8)
    }),
    bif("unicode", "characters_to_binary", 2, |a| {
        to_binary(&a[0], encoding(&a[1], 2)?, Encoding::Utf8)
    }),
    bif("unicode", "characters_to_binary", 3, |a| {
        to_binary(&a[0], encoding(&a[1], 2)?, encoding(&a[2], 3)?)
    }),
    bif("unicode", "characters_to_list", 1, |a| {
        to_list(&a[0], Encoding::Utf8)
    }),
    bif("unicode", "characters_to_list", 2, |a| {
        to_list(&a[0], encoding(&a[1], 2)?)
    }),
    bif("unicode", "characters_to_nfc_binary", 1, |a| {
        normal(&a[0], Form::Nfc, true)
    }),
    bif("unicode", "characters_to_nfd_binary", 1, |a| {
        normal(&a[0], Form::Nfd, true)
    }),
    bif("unicode", "characters_to_nfkc_binary", 1, |a| {
        normal(&a[0], Form::Nfkc, true)
    }),
    bif("unicode", "characters_to_nfkd_binary", 1, |a| {
        normal(&a[0], Form::Nfkd, true)
    }),
    bif("unicode", "characters_to_nfc_list", 1, |a| {
        normal(&a[0], Form::Nfc, false)
    }),
    bif("unicode", "characters_to_nfd_list", 1, |a| {
        normal(&a[0], Form::Nfd, false)
    }),
    bif("unicode", "characters_to_nfkc_list", 1, |a| {
        normal(&a[0], Form::Nfkc, false)
    }),
    bif("unicode", "characters_to_nfkd_list", 1, |a| {
        normal(&a[0], Form::Nfkd, false)
    }),
    bif("unicode", "bin_is_7bit", 1, |a| {
        Ok(Term::bool(args::bytes(&a[0], 1)?.is_ascii()))
    }),
];

/// An encoding argument: `:unicode`/`:utf8`, `:latin1`, `:utf16`, `:utf32`,
/// or `{:utf16 | :utf32, :big | :little}`.
fn encoding(t: &Term, pos: u8) -> Result<Encoding, Exception> {
    let bad = || Exception::badarg_at(pos, "not a valid encoding");
    let (name, little) = match t {
        Term::Atom(a) => (a.name(), false),
        Term::Tuple(tu) => match tu.elems() {
            [Term::Atom(a), Term::Atom(e)] => match e.name() {
                "big" => (a.name(), false),
                "little" => (a.name(), true),
                _ => return Err(bad()),
            },
            _ => return Err(bad()),
        },
        _ => return Err(bad()),
    };
    match name {
        "unicode" | "utf8" => Ok(Encoding::Utf8),
        "latin1" => Ok(Encoding::Latin1),
        "utf16" => Ok(Encoding::Utf16 { little }),
        "utf32" => Ok(Encoding::Utf32 { little }),
        _ => Err(bad()),
    }
}

fn not_chardata() -> Exception {
    Exception::badarg_at(1, "not valid character data (an iodata term)")
}

/// Text in an output encoding, or the text that fits and the first
/// character that does not (only latin1 can refuse one).
fn encode(s: &str, enc: Encoding) -> (Vec<u8>, Option<usize>) {
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        match enc {
            Encoding::Utf8 => {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            Encoding::Latin1 => match u8::try_from(c as u32) {
                Ok(b) => out.push(b),
                Err(_) => return (out, Some(i)),
            },
            Encoding::Utf16 { little } => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.extend(if little {
                        u.to_le_bytes()
                    } else {
                        u.to_be_bytes()
                    });
                }
            }
            Encoding::Utf32 { little } => {
                let cp = c as u32;
                out.extend(if little {
                    cp.to_le_bytes()
                } else {
                    cp.to_be_bytes()
                });
            }
        }
    }
    (out, None)
}

/// Builds `{tag, converted, rest}` with `converted` in the output encoding.
fn partial(tag: &str, done: &str, rest: Term, out: Encoding) -> Term {
    let (bytes, _) = encode(done, out);
    Term::tuple(vec![Term::atom(tag), Term::binary(bytes), rest])
}

fn to_binary(t: &Term, input: Encoding, output: Encoding) -> BifResult {
    let text = match args::chardata_in(t, input) {
        Ok(s) => s,
        Err(CharError::NotChardata) => return Err(not_chardata()),
        Err(CharError::Invalid { done, rest }) => return Ok(refused(&done, rest, output, "error")),
        Err(CharError::Incomplete { done, rest }) => {
            return Ok(refused(&done, rest, output, "incomplete"))
        }
    };
    let (bytes, stop) = encode(&text, output);
    Ok(match stop {
        None => Term::binary(bytes),
        // Latin1 cannot hold the rest; OTP hands it back as UTF-8.
        Some(i) => Term::tuple(vec![
            Term::atom("error"),
            Term::binary(bytes),
            Term::string(&text[i..]),
        ]),
    })
}

/// A partial conversion, checking that the converted part itself encodes.
fn refused(done: &str, rest: Term, output: Encoding, tag: &str) -> Term {
    match encode(done, output) {
        (_, None) => partial(tag, done, rest, output),
        (bytes, Some(i)) => Term::tuple(vec![
            Term::atom("error"),
            Term::binary(bytes),
            Term::string(&done[i..]),
        ]),
    }
}

fn to_list(t: &Term, input: Encoding) -> BifResult {
    let with_list = |tag: &str, done: &str, rest: Term| {
        Term::tuple(vec![Term::atom(tag), args::charlist(done), rest])
    };
    Ok(match args::chardata_in(t, input) {
        Ok(s) => args::charlist(&s),
        Err(CharError::NotChardata) => return Err(not_chardata()),
        Err(CharError::Invalid { done, rest }) => with_list("error", &done, rest),
        Err(CharError::Incomplete { done, rest }) => with_list("incomplete", &done, rest),
    })
}

#[derive(Clone, Copy)]
enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

fn apply(s: &str, form: Form) -> String {
    match form {
        Form::Nfc => s.nfc().collect(),
        Form::Nfd => s.nfd().collect(),
        Form::Nfkc => s.nfkc().collect(),
        Form::Nfkd => s.nfkd().collect(),
    }
}

/// `characters_to_nf*_binary/1` and `..._list/1`.
fn normal(t: &Term, form: Form, binary: bool) -> BifResult {
    let shape = |s: &str| {
        if binary {
            Term::string(s)
        } else {
            args::charlist(s)
        }
    };
    Ok(match args::chardata(t) {
        Ok(s) => shape(&apply(&s, form)),
        Err(CharError::NotChardata) => return Err(not_chardata()),
        Err(CharError::Invalid { done, rest } | CharError::Incomplete { done, rest }) => {
            Term::tuple(vec![Term::atom("error"), shape(&apply(&done, form)), rest])
        }
    })
}
