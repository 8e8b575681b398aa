//! Natives for input: `:io.get_line/2` and `:io.get_chars/3`, which `IO.gets`,
//! `IO.read` and `IO.binread` in stdlib/io.ex are written over. Standard input
//! is read through one shared buffer; an open file (see `bif/file.rs`) is read
//! through its handle.

use std::io::{BufRead, Write};

use super::{Entry, NativeOut};
use crate::bif::file as files;
use crate::term::Term;
use crate::vm::Exception;

/// `:io.get_line/1,2` and `:io.get_chars/2,3` themselves are Elixir
/// (stdlib/erlang/io.ex): reading the terminal may block for ever, so a
/// process waits for it in `receive` while `process::blocking` reads on a
/// thread of its own; files are read here at once.
pub static NATIVES: &[Entry] = &[
    Entry {
        module: "vial_io",
        name: "get_line",
        arity: 2,
        f: |vm, a| {
            if is_stdio(&a[0]) && !stdin_is_file() {
                let p = a[1].clone();
                return super::process::blocking(vm, move || get_line(&Term::atom("stdio"), &p));
            }
            done(get_line(&a[0], &a[1]))
        },
    },
    Entry {
        module: "vial_io",
        name: "get_chars",
        arity: 3,
        f: |vm, a| {
            if is_stdio(&a[0]) && !stdin_is_file() {
                let (p, n) = (a[1].clone(), a[2].clone());
                return super::process::blocking(vm, move || {
                    get_chars(&Term::atom("stdio"), &p, &n)
                });
            }
            done(get_chars(&a[0], &a[1], &a[2]))
        },
    },
];

/// Standard input is a regular file (`vial x.exs < data`): reading it
/// never waits long, so it is read at once rather than on the I/O thread.
fn stdin_is_file() -> bool {
    use std::os::fd::AsFd;
    static IS_FILE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *IS_FILE.get_or_init(|| {
        std::io::stdin()
            .as_fd()
            .try_clone_to_owned()
            .map(std::fs::File::from)
            .and_then(|f| f.metadata())
            .is_ok_and(|m| {
                use std::os::unix::fs::FileTypeExt;
                m.file_type().is_file() || m.file_type().is_char_device() && is_dev_null(&m)
            })
    })
}

/// `/dev/null` (character device 1:3) never blocks either.
fn is_dev_null(m: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    m.rdev() == 0x103
}

/// `{:done, result}`: read without waiting.
fn done(r: Result<NativeOut, Exception>) -> Result<NativeOut, Exception> {
    match r? {
        NativeOut::Value(v) => Ok(NativeOut::Value(Term::tuple(vec![Term::atom("done"), v]))),
        other => Ok(other),
    }
}

/// Whether `device` stands for the terminal: standard input and output.
fn is_stdio(device: &Term) -> bool {
    match device {
        Term::Atom(a) => matches!(a.name(), "standard_io" | "stdio" | "user"),
        Term::Pid(_) => true,
        _ => false,
    }
}

/// Writes a prompt to standard output before reading.
fn prompt(p: &Term) -> Result<(), Exception> {
    let mut bytes = Vec::new();
    match p {
        Term::Atom(a) => bytes.extend_from_slice(a.name().as_bytes()),
        _ => super::chardata(p, &mut bytes)?,
    }
    if !bytes.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&bytes);
        let _ = out.flush();
    } else {
        let _ = std::io::stdout().flush();
    }
    Ok(())
}

/// What a read hands back: the data as a binary, `:eof`, or `{:error, reason}`.
fn answer(r: Option<std::io::Result<Option<Vec<u8>>>>) -> Result<NativeOut, Exception> {
    Ok(NativeOut::Value(match r {
        Some(Ok(Some(bytes))) => Term::binary(bytes),
        Some(Ok(None)) => Term::atom("eof"),
        Some(Err(e)) => Term::tuple(vec![Term::atom("error"), Term::atom(files::posix_name(&e))]),
        None => Term::tuple(vec![Term::atom("error"), Term::atom("terminated")]),
    }))
}

fn get_line(device: &Term, p: &Term) -> Result<NativeOut, Exception> {
    if is_stdio(device) {
        prompt(p)?;
        let mut line = Vec::new();
        let read = std::io::stdin().lock().read_until(b'\n', &mut line);
        return answer(Some(read.map(|n| (n > 0).then_some(line))));
    }
    answer(latin1_as_text(device, files::read_line(device)))
}

/// What the IO functions make of bytes read from a file opened without an
/// encoding: each byte is a latin-1 character, handed back as UTF-8.
fn latin1_as_text(
    device: &Term,
    r: Option<std::io::Result<Option<Vec<u8>>>>,
) -> Option<std::io::Result<Option<Vec<u8>>>> {
    if files::is_unicode(device) != Some(false) {
        return r;
    }
    r.map(|r| {
        r.map(|bytes| {
            bytes.map(|b| {
                b.iter()
                    .map(|&c| char::from(c))
                    .collect::<String>()
                    .into_bytes()
            })
        })
    })
}

fn get_chars(device: &Term, p: &Term, count: &Term) -> Result<NativeOut, Exception> {
    let n = match count {
        Term::Int(n) if *n >= 0 => *n as usize,
        _ => return Err(Exception::badarg()),
    };
    if is_stdio(device) {
        prompt(p)?;
        return answer(Some(stdin_chars(n)));
    }
    match files::is_unicode(device) {
        Some(false) => answer(latin1_as_text(device, files::read_bytes(device, n))),
        _ => answer(files::read_chars(device, n)),
    }
}

/// Up to `n` characters of standard input, `None` at its end.
fn stdin_chars(n: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut stdin = std::io::stdin().lock();
    let mut out = Vec::new();
    let mut chars = 0;
    while chars < n {
        let buf = stdin.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        let take = files::utf8_prefix(buf, n - chars);
        // Count what was taken: a character split over two reads counts once.
        chars += String::from_utf8_lossy(&buf[..take]).chars().count().max(1);
        out.extend_from_slice(&buf[..take]);
        stdin.consume(take);
    }
    Ok((!out.is_empty() || n == 0).then_some(out))
}
