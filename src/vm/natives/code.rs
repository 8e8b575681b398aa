//! Natives for `Code` and `Macro`: evaluation with a binding, parsing, loading
//! files, asking which modules are loaded, and expanding macros from Elixir
//! code. Each compiles through the same pipeline as a script.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::{Entry, NativeOut, NativeOut::Value};
use crate::compile::Env;
use crate::runtime;
use crate::term::{Atom, Term};
use crate::vm::{Exception, Vm};

macro_rules! natives {
    ($($module:literal $name:literal $arity:literal => $f:ident),* $(,)?) => {
        &[$(Entry { module: $module, name: $name, arity: $arity, f: $f }),*]
    };
}

pub static NATIVES: &[Entry] = natives![
    "Elixir.Code" "eval_string" 1 => eval_string,
    "Elixir.Code" "eval_string" 2 => eval_string,
    "Elixir.Code" "eval_string" 3 => eval_string,
    "Elixir.Code" "eval_quoted" 1 => eval_quoted,
    "Elixir.Code" "eval_quoted" 2 => eval_quoted,
    "Elixir.Code" "eval_quoted" 3 => eval_quoted,
    "Elixir.Code" "eval_file" 1 => eval_file,
    "Elixir.Code" "eval_file" 2 => eval_file,
    "Elixir.Code" "string_to_quoted" 1 => string_to_quoted,
    "Elixir.Code" "string_to_quoted" 2 => string_to_quoted,
    "Elixir.Code" "string_to_quoted!" 1 => string_to_quoted_bang,
    "Elixir.Code" "string_to_quoted!" 2 => string_to_quoted_bang,
    "Elixir.Code" "require_file" 1 => require_file,
    "Elixir.Code" "require_file" 2 => require_file,
    "Elixir.Code" "load_file" 1 => load_file,
    "Elixir.Code" "load_file" 2 => load_file,
    "Elixir.Code" "compile_file" 1 => load_file,
    "Elixir.Code" "compile_file" 2 => load_file,
    "Elixir.Code" "compile_string" 1 => compile_string,
    "Elixir.Code" "compile_string" 2 => compile_string,
    "Elixir.Code" "compile_quoted" 1 => compile_quoted,
    "Elixir.Code" "compile_quoted" 2 => compile_quoted,
    "Elixir.Code" "required_files" 0 => required_files,
    "Elixir.Code" "unrequire_files" 1 => unrequire_files,
    "Elixir.Code" "ensure_loaded" 1 => ensure_loaded,
    "Elixir.Code" "ensure_loaded?" 1 => ensure_loaded_p,
    "Elixir.Code" "ensure_loaded!" 1 => ensure_loaded_bang,
    "Elixir.Code" "ensure_compiled" 1 => ensure_loaded,
    "Elixir.Code" "ensure_compiled!" 1 => ensure_loaded_bang,
    "code" "ensure_loaded" 1 => ensure_loaded,
    "code" "is_loaded" 1 => is_loaded,
    "code" "purge" 1 => purge,
    "code" "soft_purge" 1 => soft_purge,
    "code" "delete" 1 => delete,
    "erlang" "module_loaded" 1 => module_loaded,
    "vial" "expand_once" 2 => expand_once,
    "vial" "defined_macro" 3 => defined_macro,
    "vial" "module_def" 1 => module_def,
    "vial" "module_info" 2 => module_info,
    "vial" "erl_module_info" 3 => erl_module_info,
    "vial" "impl_info" 3 => impl_info,
    "vial" "protocol_info" 3 => protocol_info,
    "vial" "behaviour_info" 3 => behaviour_info,
    "vial" "module_attr" 2 => module_attr,
    "Elixir.Module" "get_attribute" 2 => get_attribute,
    "Elixir.Module" "get_attribute" 3 => get_attribute,
    "Elixir.Module" "put_attribute" 3 => put_attribute,
    "Elixir.Module" "register_attribute" 3 => register_attribute,
    "Elixir.Module" "has_attribute?" 2 => has_attribute,
    "Elixir.Module" "delete_attribute" 2 => delete_attribute,
    "Elixir.Module" "open?" 1 => module_open,
];

fn string_arg(t: &Term) -> Result<String, Exception> {
    match t {
        Term::Binary(b) => Ok(String::from_utf8_lossy(b.as_bytes()).into_owned()),
        _ => Err(Exception::badarg()),
    }
}

/// `file:` and `line:` of an options keyword list.
fn env_of_opts(opts: Option<&Term>, default_file: &str) -> Env {
    let mut env = Env::new(Atom::new(default_file));
    if let Some(opts) = opts {
        if let Some(Term::Binary(f)) = keyword(opts, "file") {
            env.file = Atom::new(&String::from_utf8_lossy(f.as_bytes()));
        }
        if let Some(Term::Int(l)) = keyword(opts, "line") {
            env.line = u32::try_from(l).unwrap_or(1);
        }
    }
    env
}

fn keyword(opts: &Term, key: &str) -> Option<Term> {
    let key = Atom::new(key);
    for item in opts.list_to_vec()? {
        if let Some([k, v]) = item.as_tuple() {
            if *k == Term::Atom(key) {
                return Some(v.clone());
            }
        }
    }
    None
}

/// A binding keyword list as (name, value) pairs; later duplicates win.
fn binding_of(t: Option<&Term>) -> Result<Vec<(Atom, Term)>, Exception> {
    let mut out: Vec<(Atom, Term)> = Vec::new();
    let Some(t) = t else { return Ok(out) };
    for item in t.list_to_vec().ok_or_else(Exception::badarg)? {
        let Some([Term::Atom(name), value]) = item.as_tuple() else {
            return Err(Exception::badarg());
        };
        match out.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value.clone(),
            None => out.push((*name, value.clone())),
        }
    }
    Ok(out)
}

/// `{value, binding}` with the binding sorted as Elixir 1.14 returns it
/// (descending by name).
fn eval_result(value: Term, mut binding: Vec<(Atom, Term)>) -> Term {
    binding.sort_by(|a, b| b.0.name().cmp(a.0.name()));
    let list: Vec<Term> = binding
        .into_iter()
        .map(|(n, v)| Term::tuple(vec![Term::Atom(n), v]))
        .collect();
    Term::tuple(vec![value, Term::list(list)])
}

fn parse(source: &str, file: &str) -> Result<Term, Exception> {
    crate::syntax::string_to_quoted(source, file)
        .map_err(|e| crate::compile::syntax_exception(&e, source))
}

fn eval_string(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let source = string_arg(&a[0])?;
    let env = env_of_opts(a.get(2), "nofile");
    let quoted = parse(&source, env.file.name())?;
    let binding = binding_of(a.get(1))?;
    let (value, binding) = crate::compile::eval_binding(vm, &quoted, env, binding)?;
    Ok(Value(eval_result(value, binding)))
}

fn eval_quoted(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let env = env_of_opts(a.get(2), "nofile");
    let binding = binding_of(a.get(1))?;
    let (value, binding) = crate::compile::eval_binding(vm, &a[0], env, binding)?;
    Ok(Value(eval_result(value, binding)))
}

fn eval_file(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let path = resolve(&string_arg(&a[0])?, a.get(1))?;
    let source = read(&path)?;
    let file = path.display().to_string();
    let quoted = parse(&source, &file)?;
    let (value, binding) =
        crate::compile::eval_binding(vm, &quoted, Env::new(Atom::new(&file)), Vec::new())?;
    Ok(Value(eval_result(value, binding)))
}

fn string_to_quoted(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let source = string_arg(&a[0])?;
    let env = env_of_opts(a.get(1), "nofile");
    Ok(Value(
        match crate::syntax::string_to_quoted(&source, env.file.name()) {
            Ok(q) => Term::tuple(vec![Term::atom("ok"), q]),
            Err(e) => {
                let (mut line, mut column) = (e.line, e.column);
                let (msg, token) = if e.message == "syntax error: expression is incomplete" {
                    // The input ended mid-expression: the parser's own words,
                    // at its last token.
                    if let Some(at) = crate::syntax::last_token_position(&source, env.file.name()) {
                        (line, column) = at;
                    }
                    (Term::string("syntax error before: "), String::new())
                } else if let Some(word) = e.message.strip_prefix("unexpected reserved word: ") {
                    let msg = Term::tuple(vec![
                        Term::string("unexpected reserved word: "),
                        Term::string(""),
                    ]);
                    (msg, word.to_string())
                } else {
                    let (msg, token) = split_message(&e.message);
                    (Term::string(&msg), token)
                };
                let meta = Term::list(vec![
                    Term::tuple(vec![Term::atom("line"), Term::Int(i64::from(line))]),
                    Term::tuple(vec![Term::atom("column"), Term::Int(i64::from(column))]),
                ]);
                Term::tuple(vec![
                    Term::atom("error"),
                    Term::tuple(vec![meta, msg, Term::string(&token)]),
                ])
            }
        },
    ))
}

/// Elixir's `{meta, message, token}`: "syntax error before: " and the token.
fn split_message(message: &str) -> (String, String) {
    const BEFORE: &str = "syntax error before: ";
    match message.strip_prefix(BEFORE) {
        Some(token) => (BEFORE.to_string(), token.to_string()),
        None => (message.to_string(), String::new()),
    }
}

fn string_to_quoted_bang(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let source = string_arg(&a[0])?;
    let env = env_of_opts(a.get(1), "nofile");
    Ok(Value(parse(&source, env.file.name())?))
}

// ---------------------------------------------------------------------------
// Files.

fn required() -> &'static Mutex<Vec<PathBuf>> {
    static REQUIRED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    &REQUIRED
}

/// The absolute path of `file`, relative to `relative_to` or the current folder.
fn resolve(file: &str, relative_to: Option<&Term>) -> Result<PathBuf, Exception> {
    let base = match relative_to {
        Some(Term::Atom(a)) if *a == Atom::NIL => None,
        Some(t) => Some(PathBuf::from(string_arg(t)?)),
        None => None,
    };
    let p = match base {
        Some(b) => b.join(file),
        None => PathBuf::from(file),
    };
    let p = if p.is_absolute() {
        p
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    Ok(normalize(&p))
}

/// Removes `.` and `..` components, as `Path.expand` does.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn read(path: &Path) -> Result<String, Exception> {
    std::fs::read_to_string(path).map_err(|e| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "enoent",
            std::io::ErrorKind::PermissionDenied => "eacces",
            _ if path.is_dir() => "eisdir",
            _ => "eio",
        };
        let msg = format!("could not load {}. Reason: {reason}", path.display());
        Exception::error(runtime::exception_struct(
            "Code.LoadError",
            vec![
                ("message", Term::string(&msg)),
                ("file", Term::string(&path.display().to_string())),
                ("reason", Term::atom(reason)),
            ],
        ))
    })
}

/// Runs a file and returns the `[{Module, binary}]` of the modules it defined.
fn load_path(vm: &mut Vm, path: &Path) -> Result<Term, Exception> {
    let source = read(path)?;
    let file = path.display().to_string();
    let quoted = parse(&source, &file)?;
    compile_with_log(vm, &quoted, Env::new(Atom::new(&file)))
}

fn compile_with_log(vm: &mut Vm, quoted: &Term, env: Env) -> Result<Term, Exception> {
    let mark = vm.extra().defined.len();
    crate::compile::eval_quoted(vm, quoted, env)?;
    let mut seen = Vec::new();
    for m in vm.extra().defined.drain(mark..) {
        if !seen.contains(&m) {
            seen.push(m);
        }
    }
    Ok(Term::list(
        seen.into_iter()
            .map(|m| {
                Term::tuple(vec![
                    Term::Atom(m),
                    Term::binary(crate::runtime::beam_image(m)),
                ])
            })
            .collect::<Vec<_>>(),
    ))
}

fn require_file(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let path = resolve(&string_arg(&a[0])?, a.get(1))?;
    {
        let mut req = required().lock().unwrap_or_else(|e| e.into_inner());
        if req.contains(&path) {
            return Ok(Value(Term::nil()));
        }
        req.push(path.clone());
    }
    load_path(vm, &path).map(Value)
}

fn load_file(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let path = resolve(&string_arg(&a[0])?, a.get(1))?;
    let out = load_path(vm, &path)?;
    let mut req = required().lock().unwrap_or_else(|e| e.into_inner());
    if !req.contains(&path) {
        req.push(path);
    }
    Ok(Value(out))
}

fn compile_string(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let source = string_arg(&a[0])?;
    let file = match a.get(1) {
        Some(t) => string_arg(t)?,
        None => "nofile".to_string(),
    };
    let quoted = parse(&source, &file)?;
    compile_with_log(vm, &quoted, Env::new(Atom::new(&file))).map(Value)
}

fn compile_quoted(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let file = match a.get(1) {
        Some(t) => string_arg(t)?,
        None => "nofile".to_string(),
    };
    compile_with_log(vm, &a[0], Env::new(Atom::new(&file))).map(Value)
}

fn required_files(_vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    let req = required().lock().unwrap_or_else(|e| e.into_inner());
    Ok(Value(Term::list(
        req.iter()
            .map(|p| Term::string(&p.display().to_string()))
            .collect::<Vec<_>>(),
    )))
}

fn unrequire_files(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let files = a[0].list_to_vec().ok_or_else(Exception::badarg)?;
    let mut paths = Vec::new();
    for f in &files {
        paths.push(resolve(&string_arg(f)?, None)?);
    }
    required()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|p| !paths.contains(p));
    Ok(Value(Term::atom("ok")))
}

// ---------------------------------------------------------------------------
// Loaded modules.

fn module_arg(t: &Term) -> Result<Atom, Exception> {
    t.as_atom().ok_or_else(Exception::badarg)
}

fn ensure_loaded(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let m = module_arg(&a[0])?;
    Ok(Value(if runtime::exists(vm, m) {
        Term::tuple(vec![Term::atom("module"), Term::Atom(m)])
    } else {
        Term::tuple(vec![Term::atom("error"), Term::atom("nofile")])
    }))
}

fn ensure_loaded_p(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Atom(m) = a[0] else {
        return Ok(Value(Term::bool(false)));
    };
    Ok(Value(Term::bool(runtime::exists(vm, m))))
}

fn ensure_loaded_bang(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let m = module_arg(&a[0])?;
    if runtime::exists(vm, m) {
        return Ok(Value(Term::Atom(m)));
    }
    let msg = format!(
        "could not load module {} due to reason :nofile",
        crate::term::inspect(&Term::Atom(m))
    );
    Err(Exception::error(runtime::exception_struct(
        "ArgumentError",
        vec![("message", Term::string(&msg))],
    )))
}

fn is_loaded(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let m = module_arg(&a[0])?;
    Ok(Value(if module_is_loaded(vm, m) {
        Term::tuple(vec![Term::atom("file"), Term::atom("preloaded")])
    } else {
        Term::bool(false)
    }))
}

/// Loaded, or always there (a stdlib module or a built-in one): Elixir's own
/// modules are loaded when a script starts.
fn module_is_loaded(vm: &mut Vm, m: Atom) -> bool {
    runtime::loaded(m).is_some() || runtime::exists(vm, m)
}

fn module_loaded(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let m = module_arg(&a[0])?;
    Ok(Value(Term::bool(module_is_loaded(vm, m))))
}

fn purge(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    module_arg(&a[0])?;
    Ok(Value(Term::bool(false)))
}

fn soft_purge(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    module_arg(&a[0])?;
    Ok(Value(Term::bool(true)))
}

fn delete(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let m = module_arg(&a[0])?;
    Ok(Value(Term::bool(runtime::delete(m))))
}

// ---------------------------------------------------------------------------
// Macros.

/// `Macro.expand_once/2`: one step of expansion of `ast` in `env` (a
/// `Macro.Env`), or `ast` itself when it is not a macro call.
fn expand_once(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let env = crate::expand::env_from_term(&a[1]);
    crate::compile::expand_once_in(vm, &a[0], env).map(Value)
}

/// `macro_exported?/3`.
fn defined_macro(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let (Term::Atom(m), Term::Atom(f), Term::Int(n)) = (&a[0], &a[1], &a[2]) else {
        return Err(Exception::badarg());
    };
    if m.name() == "Elixir.Kernel" && KERNEL_MACROS.contains(&(f.name(), *n)) {
        return Ok(Value(Term::bool(true)));
    }
    let found = runtime::module(vm, *m).is_some_and(|md| {
        md.macro_(*f, u32::try_from(*n).unwrap_or(u32::MAX))
            .is_some()
    });
    Ok(Value(Term::bool(found)))
}

/// Kernel's macros that vial expands in Rust rather than defining in Elixir.
const KERNEL_MACROS: &[(&str, i64)] = &[
    ("!", 1),
    ("&&", 2),
    ("..", 0),
    ("..", 2),
    ("..//", 3),
    ("<>", 2),
    ("@", 1),
    ("alias!", 1),
    ("and", 2),
    ("binding", 0),
    ("binding", 1),
    ("dbg", 0),
    ("dbg", 1),
    ("dbg", 2),
    ("def", 1),
    ("def", 2),
    ("defdelegate", 2),
    ("defexception", 1),
    ("defguard", 1),
    ("defguardp", 1),
    ("defimpl", 2),
    ("defimpl", 3),
    ("defmacro", 1),
    ("defmacro", 2),
    ("defmacrop", 1),
    ("defmacrop", 2),
    ("defmodule", 2),
    ("defoverridable", 1),
    ("defp", 1),
    ("defp", 2),
    ("defprotocol", 2),
    ("defstruct", 1),
    ("destructure", 2),
    ("get_and_update_in", 2),
    ("if", 2),
    ("in", 2),
    ("is_exception", 1),
    ("is_exception", 2),
    ("is_nil", 1),
    ("is_struct", 1),
    ("is_struct", 2),
    ("match?", 2),
    ("or", 2),
    ("pop_in", 1),
    ("put_in", 2),
    ("raise", 1),
    ("raise", 2),
    ("reraise", 2),
    ("reraise", 3),
    ("sigil_C", 2),
    ("sigil_D", 2),
    ("sigil_N", 2),
    ("sigil_R", 2),
    ("sigil_S", 2),
    ("sigil_T", 2),
    ("sigil_U", 2),
    ("sigil_W", 2),
    ("sigil_c", 2),
    ("sigil_r", 2),
    ("sigil_s", 2),
    ("sigil_w", 2),
    ("tap", 2),
    ("then", 2),
    ("to_char_list", 1),
    ("to_charlist", 1),
    ("to_string", 1),
    ("unless", 2),
    ("update_in", 2),
    ("use", 1),
    ("use", 2),
    ("var!", 1),
    ("var!", 2),
    ("|>", 2),
    ("||", 2),
];

/// A definition reached inside a module body's expression: recorded by the
/// module being defined once the expression has run.
fn module_def(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    vm.extra().pending_defs.push(a[0].clone());
    Ok(Value(Term::nil()))
}

/// `@name value` reached inside a module body's expression.
fn module_attr(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let set = Term::tuple(vec![
        a[0].clone(),
        Term::Nil,
        Term::list(vec![crate::expand::escape(&a[1])]),
    ]);
    vm.extra().pending_defs.push(Term::tuple(vec![
        Term::atom("@"),
        Term::Nil,
        Term::list(vec![set]),
    ]));
    Ok(Value(Term::nil()))
}

/// `Mod.__info__(kind)`.
fn module_info(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let m = module_arg(&a[0])?;
    let Some(module) = runtime::module(vm, m) else {
        return Err(Exception::badarg());
    };
    let exports = |macros: bool| {
        let mut out: Vec<(Atom, u32)> = module
            .funs
            .iter()
            .filter(|(&(n, _), d)| {
                d.public && d.is_macro == macros && !matches!(n.name(), "__info__" | "module_info")
            })
            .map(|(&(n, a), d)| {
                if d.is_macro {
                    (Atom::new(n.name().trim_start_matches("MACRO-")), a - 1)
                } else {
                    (n, a)
                }
            })
            .collect();
        out.sort_by(|x, y| x.0.name().cmp(y.0.name()).then(x.1.cmp(&y.1)));
        Term::list(
            out.into_iter()
                .map(|(n, a)| Term::tuple(vec![Term::Atom(n), Term::Int(i64::from(a))]))
                .collect::<Vec<_>>(),
        )
    };
    let kind = a[1].as_atom().map(|k| k.name()).unwrap_or("");
    Ok(Value(match kind {
        "functions" => exports(false),
        "macros" => exports(true),
        "module" => Term::Atom(m),
        "attributes" => Term::Nil,
        "compile" => Term::Nil,
        "md5" => Term::binary(vec![0u8; 16]),
        "struct" => match &module.struct_fields {
            Some(fields) => Term::list(
                fields
                    .iter()
                    .map(|(k, _)| {
                        Term::Map(crate::term::Map::from_pairs(vec![
                            (Term::atom("field"), Term::Atom(*k)),
                            (Term::atom("required"), Term::bool(false)),
                        ]))
                    })
                    .collect::<Vec<_>>(),
            ),
            None => Term::nil(),
        },
        _ => return Err(Exception::badarg()),
    }))
}

/// `Mod.behaviour_info(:callbacks | :optional_callbacks)`.
fn behaviour_info(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    match a[0].as_atom().map(|k| k.name()) {
        Some("callbacks") => Ok(Value(a[1].clone())),
        Some("optional_callbacks") => Ok(Value(a[2].clone())),
        _ => Err(Exception::error_atom("function_clause")),
    }
}

/// `Proto.__protocol__(which)`: protocols are never consolidated here.
fn protocol_info(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(match a[0].as_atom().map(|k| k.name()) {
        Some("functions") => a[2].clone(),
        Some("module") => a[1].clone(),
        Some("consolidated?") => Term::bool(false),
        Some("impls") => Term::atom("not_consolidated"),
        _ => return Err(Exception::error_atom("function_clause")),
    }))
}

/// `Mod.module_info(which)`.
fn erl_module_info(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(match a[0].as_atom().map(|k| k.name()) {
        Some("module") => a[1].clone(),
        Some("attributes") => a[2].clone(),
        Some("exports") | Some("functions") => erl_exports(vm, &a[1]),
        Some("compile") => Term::Nil,
        Some("md5") => Term::binary(vec![0u8; 16]),
        _ => return Err(Exception::error_atom("function_clause")),
    }))
}

/// The functions of an Erlang module written in Elixir (`defmodule :lists`)
/// together with the built-ins in Rust under its name: what its
/// `module_info(:exports)` lists (an undefined function's hint reads it).
fn erl_exports(vm: &mut Vm, module: &Term) -> Term {
    let Some(m) = module.as_atom() else {
        return Term::Nil;
    };
    let mut out: Vec<(Atom, u32)> = crate::bif::functions_of(m);
    out.extend(super::functions_of(m));
    if let Some(compiled) = runtime::module(vm, m) {
        out.extend(
            compiled
                .funs
                .iter()
                .filter(|(&(n, _), d)| d.public && !d.is_macro && n.name() != "module_info")
                .map(|(&(n, a), _)| (n, a)),
        );
    }
    out.sort_by(|x, y| x.0.name().cmp(y.0.name()).then(x.1.cmp(&y.1)));
    out.dedup();
    out.push((Atom::new("module_info"), 0));
    out.push((Atom::new("module_info"), 1));
    Term::list(
        out.into_iter()
            .map(|(n, a)| Term::tuple(vec![Term::Atom(n), Term::Int(i64::from(a))]))
            .collect::<Vec<_>>(),
    )
}

/// `Proto.Impl.__impl__(which)`.
fn impl_info(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(match a[0].as_atom().map(|k| k.name()) {
        Some("protocol") => a[1].clone(),
        Some("for") | Some("target") => a[2].clone(),
        _ => return Err(Exception::error_atom("function_clause")),
    }))
}

/// Runs `f` on the attributes of a module whose body is running, or raises
/// the ArgumentError Elixir gives for a module already compiled.
fn open_attrs<R>(
    module: &Term,
    call: &str,
    f: impl FnOnce(&mut crate::compile::OpenAttrs) -> R,
) -> Result<R, Exception> {
    let m = module_arg(module)?;
    crate::compile::with_open_attrs(m, f).ok_or_else(|| {
        let hint = if call == "get_attribute/2" {
            ". Use the Module.__info__/1 callback or Code.fetch_docs/1 instead"
        } else {
            ""
        };
        let msg = format!(
            "could not call Module.{call} because the module {} is already compiled{hint}",
            crate::term::inspect(&Term::Atom(m))
        );
        Exception::error(runtime::exception_struct(
            "ArgumentError",
            vec![("message", Term::string(&msg))],
        ))
    })
}

fn attr_name(t: &Term) -> Result<Atom, Exception> {
    t.as_atom().ok_or_else(Exception::badarg)
}

/// `Module.get_attribute(mod, key[, default])`: the last value set, or for an
/// accumulating attribute the list of values, newest first.
fn get_attribute(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let key = attr_name(&a[1])?;
    let call = format!("get_attribute/{}", a.len());
    let found = open_attrs(&a[0], &call, |o| {
        o.attrs
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    })?;
    Ok(Value(found.unwrap_or_else(|| {
        a.get(2).cloned().unwrap_or_else(Term::nil)
    })))
}

fn put_attribute(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let key = attr_name(&a[1])?;
    let value = a[2].clone();
    open_attrs(&a[0], "put_attribute/3", |o| {
        if o.accumulate.contains(&key) {
            let prev = o
                .attrs
                .iter()
                .rev()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
                .unwrap_or(Term::Nil);
            o.attrs.push((key, Term::cons(value, prev)));
        } else {
            o.attrs.push((key, value));
        }
    })?;
    Ok(Value(Term::atom("ok")))
}

fn register_attribute(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let key = attr_name(&a[1])?;
    let accumulate = keyword(&a[2], "accumulate").is_some_and(|v| v.is_atom(Atom::TRUE));
    open_attrs(&a[0], "register_attribute/3", |o| {
        if accumulate && o.accumulate.insert(key) {
            o.attrs.push((key, Term::Nil));
        }
    })?;
    Ok(Value(Term::atom("ok")))
}

fn has_attribute(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let key = attr_name(&a[1])?;
    let has = open_attrs(&a[0], "has_attribute?/2", |o| {
        o.attrs.iter().any(|(k, _)| *k == key)
    })?;
    Ok(Value(Term::bool(has)))
}

fn delete_attribute(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let key = attr_name(&a[1])?;
    let old = open_attrs(&a[0], "delete_attribute/2", |o| {
        let old = o
            .attrs
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone());
        o.attrs.retain(|(k, _)| *k != key);
        if o.accumulate.contains(&key) {
            o.attrs.push((key, Term::Nil));
        }
        old
    })?;
    Ok(Value(old.unwrap_or_else(Term::nil)))
}

fn module_open(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let m = module_arg(&a[0])?;
    Ok(Value(Term::bool(
        crate::compile::with_open_attrs(m, |_| ()).is_some(),
    )))
}
