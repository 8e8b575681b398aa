//! Built-ins that need the running process or the VM: output, `inspect`,
//! `apply`, raising, protocol dispatch, the process dictionary. A native may
//! hand back a function to call in its place (`apply/3` does), so none of them
//! nests one VM run inside another.

use std::io::Write;

use crate::runtime;
use crate::term::{self, Atom, Term};

use super::{Class, Exception, Vm};

pub type Native = fn(&mut Vm, &[Term]) -> Result<NativeOut, Exception>;

pub enum NativeOut {
    Value(Term),
    CallFun(Term, Vec<Term>),
    CallMfa(Atom, Atom, Vec<Term>),
}

use NativeOut::Value;

/// One native: a function of a module, by name and arity.
pub struct Entry {
    pub module: &'static str,
    pub name: &'static str,
    pub arity: u32,
    pub f: Native,
}

// Families of natives, one file each, each with its own `NATIVES` table.
mod code;
mod file;
pub mod inspect;
mod misc;
pub mod process;

static NATIVES: &[Entry] = &[
    Entry {
        module: "Elixir.IO",
        name: "puts",
        arity: 1,
        f: io_puts,
    },
    Entry {
        module: "Elixir.IO",
        name: "puts",
        arity: 2,
        f: io_puts2,
    },
    Entry {
        module: "Elixir.IO",
        name: "write",
        arity: 1,
        f: io_write,
    },
    Entry {
        module: "Elixir.IO",
        name: "write",
        arity: 2,
        f: io_write2,
    },
    Entry {
        module: "Elixir.IO",
        name: "inspect",
        arity: 1,
        f: io_inspect,
    },
    Entry {
        module: "Elixir.IO",
        name: "inspect",
        arity: 2,
        f: io_inspect2,
    },
    Entry {
        module: "Elixir.IO",
        name: "inspect",
        arity: 3,
        f: io_inspect3,
    },
    Entry {
        module: "io",
        name: "put_chars",
        arity: 1,
        f: io_write,
    },
    Entry {
        module: "io",
        name: "put_chars",
        arity: 2,
        f: io_write2,
    },
    Entry {
        module: "Elixir.Kernel",
        name: "inspect",
        arity: 1,
        f: k_inspect,
    },
    Entry {
        module: "Elixir.Kernel",
        name: "inspect",
        arity: 2,
        f: k_inspect2,
    },
    Entry {
        module: "erlang",
        name: "apply",
        arity: 2,
        f: apply2,
    },
    Entry {
        module: "erlang",
        name: "apply",
        arity: 3,
        f: apply3,
    },
    Entry {
        module: "erlang",
        name: "error",
        arity: 1,
        f: error1,
    },
    Entry {
        module: "erlang",
        name: "error",
        arity: 2,
        f: error2,
    },
    Entry {
        module: "erlang",
        name: "error",
        arity: 3,
        f: error3,
    },
    Entry {
        module: "erlang",
        name: "throw",
        arity: 1,
        f: throw1,
    },
    Entry {
        module: "erlang",
        name: "exit",
        arity: 1,
        f: exit1,
    },
    Entry {
        module: "erlang",
        name: "raise",
        arity: 3,
        f: raise3,
    },
    Entry {
        module: "erlang",
        name: "node",
        arity: 0,
        f: node0,
    },
    Entry {
        module: "erlang",
        name: "put",
        arity: 2,
        f: put2,
    },
    Entry {
        module: "erlang",
        name: "get",
        arity: 1,
        f: get1,
    },
    Entry {
        module: "erlang",
        name: "get",
        arity: 0,
        f: get0,
    },
    Entry {
        module: "erlang",
        name: "erase",
        arity: 1,
        f: erase1,
    },
    Entry {
        module: "erlang",
        name: "function_exported",
        arity: 3,
        f: function_exported,
    },
    Entry {
        module: "vial",
        name: "exception_of",
        arity: 1,
        f: exception_of,
    },
    Entry {
        module: "vial",
        name: "impl_for",
        arity: 2,
        f: impl_for,
    },
    Entry {
        module: "vial",
        name: "impl_for!",
        arity: 2,
        f: impl_for_bang,
    },
    Entry {
        module: "vial",
        name: "dot",
        arity: 2,
        f: dot,
    },
    Entry {
        module: "Elixir.Exception",
        name: "normalize",
        arity: 3,
        f: normalize3,
    },
    Entry {
        module: "Elixir.System",
        name: "halt",
        arity: 0,
        f: halt0,
    },
    Entry {
        module: "Elixir.System",
        name: "halt",
        arity: 1,
        f: halt1,
    },
    Entry {
        module: "Elixir.System",
        name: "argv",
        arity: 0,
        f: argv0,
    },
];

/// The natives by (module, name, arity): looked up on every remote call.
fn table() -> &'static rustc_hash::FxHashMap<(Atom, Atom, u32), Native> {
    static TABLE: std::sync::OnceLock<rustc_hash::FxHashMap<(Atom, Atom, u32), Native>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        [
            NATIVES,
            code::NATIVES,
            file::NATIVES,
            inspect::NATIVES,
            misc::NATIVES,
            process::NATIVES,
        ]
        .into_iter()
        .flatten()
        .map(|e| ((Atom::new(e.module), Atom::new(e.name), e.arity), e.f))
        .collect()
    })
}

pub fn lookup(module: Atom, name: Atom, arity: u32) -> Option<Native> {
    table().get(&(module, name, arity)).copied()
}

/// The natives of `module`, as (name, arity): for the shell's completion.
pub fn functions_of(module: Atom) -> Vec<(Atom, u32)> {
    table()
        .keys()
        .filter(|(m, _, _)| *m == module)
        .map(|&(_, f, a)| (f, a))
        .collect()
}

/// The module and name a native is registered under (for the frame of one
/// that failed).
pub fn name_of(n: Native) -> Option<(Atom, Atom)> {
    table()
        .iter()
        .find(|(_, f)| std::ptr::fn_addr_eq(**f, n))
        .map(|(&(m, f, _), _)| (m, f))
}

pub fn has_module(module: Atom) -> bool {
    table().keys().any(|(m, _, _)| *m == module)
}

pub fn dot_native() -> Native {
    dot
}

/// `System.argv/0`: the same for every process.
static ARGV: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

pub fn set_argv(args: Vec<String>) {
    *ARGV.lock().unwrap_or_else(|e| e.into_inner()) = args;
}

/// Raised by `System.halt/1`: the CLI exits with the status.
pub const HALT: &str = "vial_halt";

// ---------------------------------------------------------------------------
// Output.

/// The bytes of chardata / iodata (binaries, codepoint lists, nested lists).
pub fn chardata(t: &Term, out: &mut Vec<u8>) -> Result<(), Exception> {
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        match t {
            Term::Binary(b) => out.extend_from_slice(b.as_bytes()),
            Term::Nil => {}
            Term::Int(c) => match u32::try_from(*c).ok().and_then(char::from_u32) {
                Some(ch) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                None => return Err(Exception::badarg()),
            },
            Term::Cons(c) => {
                stack.push(&c.tail);
                stack.push(&c.head);
            }
            _ => return Err(Exception::badarg()),
        }
    }
    Ok(())
}

/// Writes output to a device and answers `value`: a file opened with
/// `File.open/2`, the terminal, or an I/O server process — the caller's group
/// leader when it has one of its own (`ExUnit.CaptureIO`), a process
/// registered as `:standard_error`, a pid given as the device — which gets an
/// Erlang io-protocol request (`:io.vial_request/3` in Elixir sends it and
/// waits for the reply).
fn write_out(
    vm: &Vm,
    bytes: &[u8],
    device: Option<&Term>,
    value: Term,
) -> Result<NativeOut, Exception> {
    if let Some(d) = device {
        if let Some(result) = crate::bif::file::write_bytes(d, bytes) {
            result.map_err(|_| Exception::tagged("error", Term::atom("terminated")))?;
            return Ok(Value(value));
        }
    }
    if let Some(server) = self::process::io_server(vm, device) {
        let request = Term::tuple(vec![
            Term::atom("put_chars"),
            Term::atom("unicode"),
            Term::binary(bytes.to_vec()),
        ]);
        return Ok(NativeOut::CallMfa(
            Atom::new("io"),
            Atom::new("vial_request"),
            vec![Term::Pid(server), request, value],
        ));
    }
    let to_stderr = matches!(device, Some(Term::Atom(a)) if a.name() == "stderr" || a.name() == "standard_error");
    if to_stderr {
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(bytes);
    } else {
        let mut o = std::io::stdout().lock();
        let _ = o.write_all(bytes);
    }
    Ok(Value(value))
}

/// `to_string/1` for what IO.puts accepts: chardata, numbers, atoms.
fn puts_bytes(vm: &mut Vm, t: &Term) -> Result<Vec<u8>, Exception> {
    let mut out = Vec::new();
    match t {
        // `to_string(nil)` is "": `IO.puts(nil)` prints an empty line.
        Term::Atom(a) if *a == Atom::NIL => {}
        Term::Atom(a) => out.extend_from_slice(a.name().as_bytes()),
        Term::Int(_) | Term::Big(_) | Term::Float(_) => {
            out.extend_from_slice(to_string_simple(t).as_bytes());
        }
        Term::Map(_) | Term::Tuple(_) | Term::Fun(_) | Term::Pid(_) | Term::Ref(_) => {
            let s = vm.call_mfa(
                Atom::new("Elixir.String.Chars"),
                Atom::new("to_string"),
                vec![t.clone()],
            )?;
            chardata(&s, &mut out)?;
        }
        // What `:io.put_chars/2` says of its 2nd argument.
        _ => chardata(t, &mut out)
            .map_err(|_| Exception::badarg_at(2, "not valid character data (an iodata term)"))?,
    }
    Ok(out)
}

fn to_string_simple(t: &Term) -> String {
    match t {
        Term::Int(i) => i.to_string(),
        Term::Big(b) => b.to_string(),
        Term::Float(f) => term::format_float(*f),
        Term::Atom(a) => a.name().to_string(),
        _ => term::inspect(t),
    }
}

fn io_puts(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let mut bytes = puts_bytes(vm, &a[0])?;
    bytes.push(b'\n');
    write_out(vm, &bytes, None, Term::atom("ok"))
}

fn io_puts2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let mut bytes = puts_bytes(vm, &a[1])?;
    bytes.push(b'\n');
    write_out(vm, &bytes, Some(&a[0]), Term::atom("ok"))
}

fn io_write(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let bytes = puts_bytes(vm, &a[0])?;
    write_out(vm, &bytes, None, Term::atom("ok"))
}

fn io_write2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let bytes = puts_bytes(vm, &a[1])?;
    write_out(vm, &bytes, Some(&a[0]), Term::atom("ok"))
}

fn io_inspect(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    io_inspect3(vm, &[Term::atom("stdio"), a[0].clone(), Term::Nil])
}

fn io_inspect2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    io_inspect3(vm, &[Term::atom("stdio"), a[0].clone(), a[1].clone()])
}

fn io_inspect3(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let opts = inspect::parse_opts(&a[2])?;
    let mut bytes = Vec::new();
    let label = a[2]
        .list_to_vec()
        .unwrap_or_default()
        .into_iter()
        .find_map(|item| match item.as_tuple() {
            Some([Term::Atom(k), v]) if k.name() == "label" => Some(v.clone()),
            _ => None,
        });
    if let Some(label) =
        label.filter(|l| !matches!(l, Term::Atom(a) if *a == Atom::NIL || *a == Atom::FALSE))
    {
        bytes.extend_from_slice(&puts_bytes(vm, &label)?);
        bytes.extend_from_slice(b": ");
    }
    let width = opts.width;
    bytes.extend_from_slice(inspect::format_term(vm, &a[1], &opts, width)?.as_bytes());
    bytes.push(b'\n');
    write_out(vm, &bytes, Some(&a[0]), a[1].clone())
}

fn k_inspect(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    k_inspect2(vm, &[a[0].clone(), Term::Nil])
}

fn k_inspect2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let opts = inspect::parse_opts(&a[1])?;
    let width = if opts.pretty { opts.width } else { None };
    Ok(Value(Term::string(&inspect::format_term(
        vm, &a[0], &opts, width,
    )?)))
}

// ---------------------------------------------------------------------------
// Calls and errors.

fn apply2(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let args = a[1].list_to_vec().ok_or_else(Exception::badarg)?;
    Ok(NativeOut::CallFun(a[0].clone(), args))
}

fn apply3(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Atom(m) = &a[0] else {
        return Err(Exception::badarg_at(1, "not an atom"));
    };
    let Term::Atom(f) = &a[1] else {
        return Err(Exception::badarg_at(2, "not an atom"));
    };
    let args = a[2]
        .list_to_vec()
        .ok_or_else(|| Exception::badarg_at(3, "not a list"))?;
    Ok(NativeOut::CallMfa(*m, *f, args))
}

fn error1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    Err(Exception::error(a[0].clone()))
}

fn error2(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let mut e = Exception::error(a[0].clone());
    // A proper list of arguments replaces the raising function's arity in
    // its frame, as on the BEAM.
    e.caller_args = a[1].list_to_vec().map(Box::new);
    Err(e)
}

/// `:erlang.error(reason, args | :none, options)`: an `error_info` option
/// goes into the raising function's frame (Elixir's `raise/1` gives
/// `%{module: Exception}`).
fn error3(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Some(opts) = a[2].list_to_vec() else {
        return Err(Exception::badarg());
    };
    let mut e = Exception::error(a[0].clone());
    if !a[1].is_atom(crate::atom!("none")) {
        e.caller_args = a[1].list_to_vec().map(Box::new);
    }
    for o in &opts {
        if let Some([Term::Atom(k), info]) = o.as_tuple() {
            if k.name() == "error_info" {
                e.info = Some(Box::new(info.clone()));
            }
        }
    }
    Err(e)
}

fn throw1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    Err(Exception::throw(a[0].clone()))
}

fn exit1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    Err(Exception::exit(a[0].clone()))
}

fn raise3(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let class = match &a[0] {
        Term::Atom(c) if c.name() == "error" => Class::Error,
        Term::Atom(c) if c.name() == "exit" => Class::Exit,
        Term::Atom(c) if c.name() == "throw" => Class::Throw,
        _ => return Err(Exception::badarg()),
    };
    // Not a stacktrace: `raise/3` answers `badarg` instead of raising (and
    // `reraise` turns that answer into an ArgumentError).
    if a[2].list_to_vec().is_none() {
        return Ok(Value(Term::atom("badarg")));
    }
    Err(super::interp::raised_with(class, a[1].clone(), &a[2]))
}

fn node0(_vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(Term::atom("nonode@nohost")))
}

fn put2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let old = match vm.dictionary.iter_mut().find(|(k, _)| *k == a[0]) {
        Some(slot) => std::mem::replace(&mut slot.1, a[1].clone()),
        None => {
            vm.dictionary.push((a[0].clone(), a[1].clone()));
            Term::atom("undefined")
        }
    };
    Ok(Value(old))
}

fn get1(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(
        vm.dictionary
            .iter()
            .find(|(k, _)| *k == a[0])
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| Term::atom("undefined")),
    ))
}

fn get0(vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(Term::list(
        vm.dictionary
            .iter()
            .map(|(k, v)| Term::tuple(vec![k.clone(), v.clone()]))
            .collect::<Vec<_>>(),
    )))
}

fn erase1(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let pos = vm.dictionary.iter().position(|(k, _)| *k == a[0]);
    Ok(Value(match pos {
        Some(i) => vm.dictionary.remove(i).1,
        None => Term::atom("undefined"),
    }))
}

fn function_exported(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let (Term::Atom(m), Term::Atom(f), Term::Int(n)) = (&a[0], &a[1], &a[2]) else {
        return Err(Exception::badarg());
    };
    if m.name() == "Elixir.Kernel" {
        // Elixir has these as macros; vial's compiler calls them as functions.
        if matches!((f.name(), *n), ("to_string", 1) | ("then", 2) | ("tap", 2)) {
            return Ok(Value(Term::bool(false)));
        }
        // `max/2`, `length/1`, `+/2`: functions of Kernel that the compiler
        // inlines as Erlang built-ins.
        if crate::expand::inline(f.name(), usize::try_from(*n).unwrap_or(usize::MAX)).is_some() {
            return Ok(Value(Term::bool(true)));
        }
    }
    let found =
        crate::bif::lookup(*m, *f, *n as u32).is_some() || lookup(*m, *f, *n as u32).is_some() || {
            // An Erlang module is loaded from the start on the BEAM; vial
            // loads its Elixir-written part on demand. An Elixir module
            // counts only once something has loaded it, as there.
            let md = if m.name().starts_with("Elixir.") {
                runtime::loaded(*m)
            } else {
                runtime::module(vm, *m)
            };
            md.is_some_and(|md| md.public(*f, *n as u32).is_some())
        };
    Ok(Value(Term::bool(found)))
}

/// The exception `raise x` raises: a message becomes a RuntimeError, a module
/// its `exception([])`, an exception struct itself.
fn exception_of(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    match &a[0] {
        Term::Binary(_) => Ok(Value(runtime::exception_struct("RuntimeError", vec![("message", a[0].clone())]))),
        Term::Atom(m) => Ok(NativeOut::CallMfa(*m, Atom::new("exception"), vec![Term::Nil])),
        Term::Map(m) if m.get(&Term::atom("__exception__")).is_some() => Ok(Value(a[0].clone())),
        other => Err(Exception::error(runtime::exception_struct(
            "ArgumentError",
            vec![("message", Term::string(&format!("raise/1 and reraise/2 expect a module name, string or exception as the first argument, got: {}", term::inspect(other))))],
        ))),
    }
}

/// `map.key` on a map, or a zero-arity call on a module.
fn dot(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Atom(name) = a[1] else {
        return Err(Exception::badarg());
    };
    match &a[0] {
        Term::Map(m) => match m.get(&a[1]) {
            Some(v) => Ok(Value(v.clone())),
            None => Err(Exception::error(Term::tuple(vec![
                Term::atom("badkey"),
                a[1].clone(),
                a[0].clone(),
            ]))),
        },
        // `nil.field` (and true's, false's) is a KeyError, not a call.
        Term::Atom(m) if ![Atom::NIL, Atom::TRUE, Atom::FALSE].contains(m) => {
            Ok(NativeOut::CallMfa(*m, name, vec![]))
        }
        other => Err(Exception::error(Term::tuple(vec![
            Term::atom("badkey"),
            a[1].clone(),
            other.clone(),
        ]))),
    }
}

/// The name protocols use for a value's type.
fn type_name(t: &Term) -> &'static str {
    match t {
        Term::Int(_) | Term::Big(_) => "Integer",
        Term::Float(_) => "Float",
        Term::Atom(_) => "Atom",
        Term::Binary(_) => "BitString",
        Term::Nil | Term::Cons(_) => "List",
        Term::Tuple(_) => "Tuple",
        Term::Map(_) => "Map",
        Term::Fun(_) => "Function",
        Term::Pid(_) => "PID",
        Term::Ref(_) => "Reference",
    }
}

fn find_impl(vm: &mut Vm, proto: Atom, x: &Term) -> Option<Atom> {
    let exists = |vm: &mut Vm, m: Atom| runtime::module(vm, m).is_some();
    if let Term::Map(m) = x {
        if let Some(s) = m.struct_name() {
            let name = Atom::new(&format!(
                "{}.{}",
                proto.name(),
                s.name().trim_start_matches("Elixir.")
            ));
            if exists(vm, name) {
                return Some(name);
            }
            // @derive
            if let Some(md) = runtime::module(vm, s) {
                let derived = md.attributes.iter().any(|(k, v)| {
                    k.name() == "derive"
                        && v.list_to_vec()
                            .unwrap_or_else(|| vec![v.clone()])
                            .iter()
                            .any(|d| *d == Term::Atom(proto))
                });
                if derived {
                    let any = Atom::new(&format!("{}.Any", proto.name()));
                    if exists(vm, any) {
                        return Some(any);
                    }
                }
            }
            return fallback_any(vm, proto);
        }
    }
    let name = Atom::new(&format!("{}.{}", proto.name(), type_name(x)));
    if exists(vm, name) {
        return Some(name);
    }
    fallback_any(vm, proto)
}

fn fallback_any(vm: &mut Vm, proto: Atom) -> Option<Atom> {
    let p = runtime::module(vm, proto)?;
    let fallback = p
        .attributes
        .iter()
        .any(|(k, v)| k.name() == "fallback_to_any" && v.is_atom(Atom::TRUE));
    if !fallback {
        return None;
    }
    let any = Atom::new(&format!("{}.Any", proto.name()));
    runtime::module(vm, any).map(|_| any)
}

fn impl_for(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Atom(proto) = a[0] else {
        return Err(Exception::badarg());
    };
    Ok(Value(
        find_impl(vm, proto, &a[1])
            .map(Term::Atom)
            .unwrap_or_else(Term::nil),
    ))
}

fn impl_for_bang(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Atom(proto) = a[0] else {
        return Err(Exception::badarg());
    };
    match find_impl(vm, proto, &a[1]) {
        Some(m) => Ok(Value(Term::Atom(m))),
        None => Err(Exception::error(runtime::exception_struct(
            "Protocol.UndefinedError",
            vec![
                ("protocol", Term::Atom(proto)),
                ("value", a[1].clone()),
                ("description", Term::string("")),
            ],
        ))),
    }
}

/// Turns an Erlang error reason into an Elixir exception struct.
pub fn normalize(reason: &Term, stack: &[super::StackFrame], arg_errors: &[(u8, String)]) -> Term {
    let s = runtime::exception_struct;
    if let Term::Map(m) = reason {
        if m.get(&Term::atom("__exception__")).is_some() {
            return reason.clone();
        }
    }
    // Module, function and arity of the frame that failed.
    let top_mfa = || match stack.first() {
        Some(t) => (
            Term::Atom(t.module),
            Term::Atom(t.function),
            Term::Int(i64::from(t.arity)),
        ),
        None => (Term::nil(), Term::nil(), Term::nil()),
    };
    match reason {
        Term::Atom(a) => match a.name() {
            "badarg" => {
                let message = if let [(0, whole)] = arg_errors {
                    // A failure explained as a whole (a binary's construction).
                    whole.clone()
                } else if arg_errors.is_empty() {
                    "argument error".to_string()
                } else {
                    let mut m = String::from("errors were found at the given arguments:\n");
                    for (n, why) in arg_errors {
                        m.push_str(&format!("\n  * {} argument: {}\n", ordinal(*n), why));
                    }
                    m
                };
                s("ArgumentError", vec![("message", Term::string(&message))])
            }
            "badarith" => s(
                "ArithmeticError",
                vec![(
                    "message",
                    Term::string("bad argument in arithmetic expression"),
                )],
            ),
            "system_limit" => s(
                "SystemLimitError",
                vec![("message", Term::string("a system limit has been reached"))],
            ),
            "function_clause" => {
                let (m, f, ar) = top_mfa();
                s(
                    "FunctionClauseError",
                    vec![
                        ("module", m),
                        ("function", f),
                        ("arity", ar),
                        ("kind", Term::nil()),
                        ("args", Term::nil()),
                        ("clauses", Term::nil()),
                    ],
                )
            }
            "undef" => {
                let (m, f, ar) = top_mfa();
                s(
                    "UndefinedFunctionError",
                    vec![
                        ("module", m),
                        ("function", f),
                        ("arity", ar),
                        ("reason", Term::nil()),
                        ("message", Term::nil()),
                    ],
                )
            }
            _ => s(
                "ErlangError",
                vec![("original", reason.clone()), ("reason", Term::nil())],
            ),
        },
        Term::Tuple(t) => {
            let e = t.elems();
            match (
                e.first().and_then(|x| x.as_atom()).map(|a| a.name()),
                e.len(),
            ) {
                (Some("badmatch"), 2) => s("MatchError", vec![("term", e[1].clone())]),
                (Some("case_clause"), 2) => s("CaseClauseError", vec![("term", e[1].clone())]),
                (Some("with_clause"), 2) => s("WithClauseError", vec![("term", e[1].clone())]),
                (Some("try_clause"), 2) => s("TryClauseError", vec![("term", e[1].clone())]),
                (Some("badkey"), 2) => {
                    // `:maps.get(key, map)`, `:maps.update(key, value, map)`,
                    // `:erlang.map_get(key, map)` failed: the map is their
                    // last argument.
                    let term = match stack.first() {
                        Some(f)
                            if f.module == Atom::new("maps")
                                || (f.module == Atom::new("erlang")
                                    && f.function == Atom::new("map_get")) =>
                        {
                            f.args
                                .as_ref()
                                .and_then(|a| a.last().cloned())
                                .filter(|m| matches!(m, Term::Map(_)))
                                .unwrap_or_else(Term::nil)
                        }
                        _ => Term::nil(),
                    };
                    s(
                        "KeyError",
                        vec![
                            ("key", e[1].clone()),
                            ("term", term),
                            ("message", Term::nil()),
                        ],
                    )
                }
                (Some("badkey"), 3) => {
                    // `x.field` on what is no map: Elixir's code for the dot
                    // raises a KeyError whose message it writes itself.
                    let message = if matches!(e[2], Term::Map(_)) {
                        Term::nil()
                    } else {
                        Term::string(&format!(
                            "key {} not found in: {}. If you are using the dot syntax, such as map.field, make sure the left-hand side of the dot is a map",
                            term::inspect(&e[1]),
                            term::inspect(&e[2])
                        ))
                    };
                    s(
                        "KeyError",
                        vec![
                            ("key", e[1].clone()),
                            ("term", e[2].clone()),
                            ("message", message),
                        ],
                    )
                }
                (Some("badmap"), 2) => s("BadMapError", vec![("term", e[1].clone())]),
                (Some("badfun"), 2) => s("BadFunctionError", vec![("term", e[1].clone())]),
                (Some("badbool"), 2) => {
                    let (op, v) = match e[1].as_tuple() {
                        Some([op, v]) => (op.clone(), v.clone()),
                        _ => (Term::nil(), e[1].clone()),
                    };
                    s("BadBooleanError", vec![("term", v), ("operator", op)])
                }
                (Some("badarity"), 2) => {
                    let (f, args) = match e[1].as_tuple() {
                        Some([f, args]) => (f.clone(), args.clone()),
                        _ => (Term::nil(), Term::Nil),
                    };
                    s("BadArityError", vec![("function", f), ("args", args)])
                }
                _ => s(
                    "ErlangError",
                    vec![("original", reason.clone()), ("reason", Term::nil())],
                ),
            }
        }
        _ => s(
            "ErlangError",
            vec![("original", reason.clone()), ("reason", Term::nil())],
        ),
    }
}

/// The first lines the top level prints for an uncaught error, from
/// `Exception.__uncaught_banner__/2` (stdlib/exception.ex), which blames the
/// error on its stacktrace as Elixir's own top level does. `None` when that
/// raised in turn.
pub fn uncaught_banner(vm: &mut Vm, e: &Exception) -> Option<String> {
    let exception = normalize(&e.reason, &e.stack, &e.arg_errors);
    let stacktrace = super::interp::stack_term(&e.stack, &e.arg_errors, e.info.as_deref());
    match vm.call_mfa(
        Atom::new("Elixir.Exception"),
        Atom::new("__uncaught_banner__"),
        vec![exception, stacktrace],
    ) {
        Ok(Term::Binary(b)) => Some(String::from_utf8_lossy(b.as_bytes()).into_owned()),
        _ => None,
    }
}

fn ordinal(n: u8) -> String {
    match n {
        1 => "1st".into(),
        2 => "2nd".into(),
        3 => "3rd".into(),
        n => format!("{n}th"),
    }
}

fn normalize3(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    if !a[0].is_atom(Atom::new("error")) {
        return Ok(Value(a[1].clone()));
    }
    let (stack, arg_errors) = super::interp::frames_from_term(&a[2]);
    Ok(Value(normalize(&a[1], &stack, &arg_errors)))
}

fn halt0(vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    halt1(vm, &[Term::Int(0)])
}

/// `System.halt/1`: the program ends here, without running `after` blocks or
/// `at_exit` functions, as the BEAM halts.
fn halt1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let status = match &a[0] {
        Term::Int(n) if (0..=255).contains(n) => *n as i32,
        Term::Atom(a) if a.name() == "abort" => 134,
        Term::Binary(b) => {
            let _ = std::io::stdout().flush();
            eprintln!("{}", String::from_utf8_lossy(b.as_bytes()));
            1
        }
        other => {
            return Err(Exception::error(crate::runtime::exception_struct(
                "ArgumentError",
                vec![(
                    "message",
                    Term::string(&format!(
                        "System.halt/1 expects a non-negative integer, a string or :abort, got: {}",
                        term::inspect(other)
                    )),
                )],
            )))
        }
    };
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    std::process::exit(status)
}

fn argv0(_vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    let argv = ARGV.lock().unwrap_or_else(|e| e.into_inner());
    Ok(Value(Term::list(
        argv.iter().map(|s| Term::string(s)).collect::<Vec<_>>(),
    )))
}
