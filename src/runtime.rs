//! The code table: every loaded module and its functions, shared by all
//! processes. Modules of the stdlib (embedded from stdlib/) are compiled the
//! first time something refers to them, so start-up compiles nothing.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use rustc_hash::FxHashMap;

pub mod process;
pub mod sched;
pub mod timer;

use crate::term::{Atom, Map, Term};
use crate::vm::{CodeKind, Exception, FunCode, Vm};

/// One function of a module.
#[derive(Clone)]
pub struct FunDef {
    pub code: Arc<FunCode>,
    pub public: bool,
    pub is_macro: bool,
}

/// A loaded module.
pub struct Module {
    pub name: Atom,
    pub file: Atom,
    pub funs: FxHashMap<(Atom, u32), FunDef>,
    /// `defstruct` fields with their defaults, in definition order.
    pub struct_fields: Option<Vec<(Atom, Term)>>,
    /// Attributes kept at run time (`@behaviour`, `@protocol` info, ...).
    pub attributes: Vec<(Atom, Term)>,
    pub moduledoc: Option<Term>,
    pub docs: Vec<((Atom, u32), Term)>,
}

impl Module {
    pub fn public(&self, name: Atom, arity: u32) -> Option<&FunDef> {
        self.funs
            .get(&(name, arity))
            .filter(|d| d.public && !d.is_macro)
    }

    /// The macro `name/arity` (compiled as `MACRO-name` taking the caller first).
    pub fn macro_(&self, name: Atom, arity: u32) -> Option<&FunDef> {
        let key = Atom::new(&format!("MACRO-{}", name.name()));
        self.funs.get(&(key, arity + 1)).filter(|d| d.is_macro)
    }
}

fn table() -> &'static RwLock<FxHashMap<Atom, Arc<Module>>> {
    static TABLE: OnceLock<RwLock<FxHashMap<Atom, Arc<Module>>>> = OnceLock::new();
    TABLE.get_or_init(|| RwLock::new(FxHashMap::default()))
}

/// Counts changes to the module table, so that processes can cache what a
/// remote call resolves to and drop the cache when the table changes.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// The module table's generation: changes whenever a module is defined or deleted.
pub fn generation() -> u64 {
    GENERATION.load(Ordering::Acquire)
}

pub fn register(module: Module) {
    let name = module.name;
    let old = table()
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .insert(name, Arc::new(module));
    retire(old);
    GENERATION.fetch_add(1, Ordering::AcqRel);
}

/// Removes a module (`:code.delete/1`).
pub fn delete(name: Atom) -> bool {
    let old = table()
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&name);
    let removed = old.is_some();
    retire(old);
    GENERATION.fetch_add(1, Ordering::AcqRel);
    removed
}

/// Keeps a replaced or deleted module for the life of the program: a module's
/// code is never freed, so that processes still running it (and the call
/// caches that point at it) stay valid, and calls need not count references
/// to the code they enter. Modules are replaced rarely (reloading in the
/// shell, tests that define a module again), so what this keeps is small.
fn retire(old: Option<Arc<Module>>) {
    static RETIRED: Mutex<Vec<Arc<Module>>> = Mutex::new(Vec::new());
    if let Some(m) = old {
        RETIRED.lock().unwrap_or_else(|e| e.into_inner()).push(m);
    }
}

/// A loaded module, loading it from the stdlib if it lives there.
pub fn module(vm: &mut Vm, name: Atom) -> Option<Arc<Module>> {
    if let Some(m) = loaded(name) {
        return Some(m);
    }
    load_stdlib(vm, name);
    loaded(name)
}

/// The names of every loaded module.
pub fn loaded_names() -> Vec<Atom> {
    table()
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .keys()
        .copied()
        .collect()
}

/// What stands for a module's compiled code where Elixir returns its BEAM
/// file (`defmodule`'s `{:module, M, binary, _}`, `Code.compile_string/1`):
/// laid out as one, an IFF form of type `BEAM` whose first chunk is the atom
/// table (the module's name, then its functions' names), so that it prints
/// as iex shows BEAM code, `<<70, 79, 82, 49, ...>>`. vial runs no BEAM code:
/// nothing else is in it.
pub fn beam_image(name: Atom) -> Vec<u8> {
    let mut atoms = vec![name.name(), "__info__", "module_info"];
    if let Some(m) = loaded(name) {
        let mut names: Vec<&str> = m.funs.keys().map(|(f, _)| f.name()).collect();
        names.sort_unstable();
        names.dedup();
        for n in names {
            if !atoms.contains(&n) {
                atoms.push(n);
            }
        }
    }
    let mut chunk = (atoms.len() as u32).to_be_bytes().to_vec();
    for a in &atoms {
        let bytes = &a.as_bytes()[..a.len().min(255)];
        chunk.push(bytes.len() as u8);
        chunk.extend_from_slice(bytes);
    }
    let mut body = b"BEAM".to_vec();
    body.extend_from_slice(b"AtU8");
    body.extend_from_slice(&(chunk.len() as u32).to_be_bytes());
    body.extend_from_slice(&chunk);
    while !body.len().is_multiple_of(4) {
        body.push(0);
    }
    let mut image = b"FOR1".to_vec();
    image.extend_from_slice(&(body.len() as u32).to_be_bytes());
    image.extend_from_slice(&body);
    image
}

pub fn loaded(name: Atom) -> Option<Arc<Module>> {
    table()
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get(&name)
        .cloned()
}

/// Whether `name` is a module (loaded, loadable from the stdlib, or native).
pub fn exists(vm: &mut Vm, name: Atom) -> bool {
    module(vm, name).is_some()
        || crate::bif::has_module(name)
        || crate::vm::natives::has_module(name)
}

/// Any function of `module` (public or private) with this name and arity.
pub fn function(vm: &mut Vm, module: Atom, name: Atom, arity: u32) -> Option<Arc<FunCode>> {
    let m = self::module(vm, module)?;
    let def = m.funs.get(&(name, arity))?;
    Some(def.code.clone())
}

/// A public function for a remote call.
pub fn public_function(vm: &mut Vm, module: Atom, name: Atom, arity: u32) -> Option<Arc<FunCode>> {
    let m = self::module(vm, module)?;
    Some(m.public(name, arity)?.code.clone())
}

/// The `undef` error of calling a function that does not exist.
pub fn undef(module: Atom, name: Atom, arity: u32) -> Exception {
    let mut e = Exception::error_atom("undef");
    e.stack.push(crate::vm::StackFrame {
        module,
        function: name,
        arity,
        args: None,
        file: None,
        line: 0,
    });
    e
}

/// An exception struct built from Rust: `%Name{message: ..., __exception__: true}`
/// with the given fields, before its module is loaded.
pub fn exception_struct(name: &str, fields: Vec<(&str, Term)>) -> Term {
    let mut pairs = vec![
        (
            Term::Atom(Atom::STRUCT),
            Term::Atom(Atom::new(&format!("Elixir.{name}"))),
        ),
        (Term::atom("__exception__"), Term::bool(true)),
    ];
    for (k, v) in fields {
        pairs.push((Term::atom(k), v));
    }
    Term::Map(Map::from_pairs(pairs))
}

/// Code that calls a built-in by name: lets `&:erlang.+/2` be called like any
/// compiled function.
type Trampolines = Mutex<HashMap<(Atom, Atom, u32), Arc<FunCode>>>;

pub fn bif_trampoline(module: Atom, name: Atom, arity: u32) -> Arc<FunCode> {
    static CACHE: OnceLock<Trampolines> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
    cache
        .entry((module, name, arity))
        .or_insert_with(|| {
            Arc::new(FunCode {
                module,
                name,
                arity,
                def_arity: arity,
                kind: CodeKind::Def,
                index: 0,
                nfree: 0,
                nregs: arity.max(1),
                erl_eval: false,
                code: vec![crate::vm::Instr::TailCall(Box::new(crate::vm::Call {
                    target: crate::vm::Target::Remote {
                        module,
                        name,
                        arity,
                    },
                    base: 0,
                    argc: arity,
                    dst: 0,
                }))],
                consts: vec![],
                lines: vec![],
                file: Atom::new("nofile"),
                children: vec![],
                modules: vec![],
                jit: Default::default(),
            })
        })
        .clone()
}

// ---------------------------------------------------------------------------
// The embedded stdlib.

static EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));

/// The stdlib's files as (path under stdlib/, source): the embedded ones, or,
/// when `VIAL_STDLIB_DIR` names a folder, the `.ex` files read from it at
/// start-up, so that work on the stdlib needs no rebuild.
fn stdlib_files() -> &'static [(Cow<'static, str>, Cow<'static, str>)] {
    static FILES: OnceLock<Vec<(Cow<'static, str>, Cow<'static, str>)>> = OnceLock::new();
    FILES.get_or_init(|| match std::env::var_os("VIAL_STDLIB_DIR") {
        Some(dir) => {
            let root = std::path::PathBuf::from(dir);
            let mut paths = Vec::new();
            collect_ex(&root, &mut paths);
            paths.sort();
            paths
                .into_iter()
                .filter_map(|p| {
                    let source = std::fs::read_to_string(&p).ok()?;
                    let rel = p.strip_prefix(&root).ok()?.display().to_string();
                    Some((Cow::Owned(rel), Cow::Owned(source)))
                })
                .collect()
        }
        None => EMBEDDED
            .iter()
            .map(|&(p, s)| (Cow::Borrowed(p), Cow::Borrowed(s)))
            .collect(),
    })
}

fn collect_ex(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect_ex(&p, out);
        } else if p.extension().is_some_and(|e| e == "ex") {
            out.push(p);
        }
    }
}

/// Module name → index of the stdlib file that defines it.
fn stdlib_index() -> &'static HashMap<Atom, usize> {
    static INDEX: OnceLock<HashMap<Atom, usize>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = HashMap::new();
        for (i, (_, source)) in stdlib_files().iter().enumerate() {
            for name in defined_modules(source) {
                index.entry(Atom::new(&name)).or_insert(i);
            }
        }
        index
    })
}

/// The modules a stdlib file defines, found from its `defmodule`, `defprotocol`
/// and `defimpl` lines (at any indentation).
fn defined_modules(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack: Vec<(usize, String)> = Vec::new();
    for line in source.lines() {
        let indent = line.len() - line.trim_start().len();
        let t = line.trim_start();
        while stack.last().is_some_and(|(i, _)| *i >= indent) {
            stack.pop();
        }
        let word = |rest: &str| -> String {
            rest.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.' || *c == ':')
                .collect()
        };
        let full = |short: &str, stack: &[(usize, String)]| -> String {
            if let Some(stripped) = short.strip_prefix(':') {
                return stripped.to_string();
            }
            match stack.last() {
                Some((_, parent)) => format!("{parent}.{short}"),
                None => format!("Elixir.{short}"),
            }
        };
        if let Some(rest) = t
            .strip_prefix("defmodule ")
            .or_else(|| t.strip_prefix("defprotocol "))
        {
            let name = full(&word(rest), &stack);
            out.push(name.clone());
            stack.push((indent, name));
        } else if let Some(rest) = t.strip_prefix("defimpl ") {
            let proto = word(rest);
            let proto = format!("Elixir.{proto}");
            if let Some(pos) = rest.find("for: ") {
                let targets = &rest[pos + 5..];
                let targets = targets.trim_start_matches('[');
                for target in targets.split(',') {
                    let t = word(target.trim());
                    if !t.is_empty() {
                        out.push(format!("{proto}.{t}"));
                    }
                    if !target.contains(',') && target.contains(']') {
                        break;
                    }
                }
            }
        }
    }
    out
}

/// Where a stdlib file is in being loaded.
#[derive(Clone, Copy, PartialEq)]
enum Load {
    No,
    /// Being compiled by this thread.
    By(std::thread::ThreadId),
    Done,
}

struct Loads {
    files: Mutex<Vec<Load>>,
    /// Signalled when a file is done, for threads waiting on it.
    done: std::sync::Condvar,
}

fn loaded_files() -> &'static Loads {
    static LOADED: OnceLock<Loads> = OnceLock::new();
    LOADED.get_or_init(|| Loads {
        files: Mutex::new(vec![Load::No; stdlib_files().len()]),
        done: std::sync::Condvar::new(),
    })
}

/// Loads the stdlib file that defines `name`. Two processes that need the
/// same file at once: one compiles it, the other waits for it (a thread that
/// is compiling it already, one module needing another of the same file,
/// goes on at once).
fn load_stdlib(vm: &mut Vm, name: Atom) {
    let Some(&i) = stdlib_index().get(&name) else {
        return;
    };
    {
        let loads = loaded_files();
        let me = std::thread::current().id();
        let mut files = loads.files.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            match files[i] {
                Load::Done => return,
                Load::By(t) if t == me => return,
                Load::By(_) => {
                    files = loads.done.wait(files).unwrap_or_else(|e| e.into_inner());
                }
                Load::No => {
                    files[i] = Load::By(me);
                    break;
                }
            }
        }
    }
    let (path, source) = &stdlib_files()[i];
    let file = format!("lib/elixir/lib/{path}");
    let mark = vm.extra().defined.len();
    let result = crate::compile::eval_source(vm, source, &file);
    vm.extra().defined.truncate(mark);
    {
        let loads = loaded_files();
        let mut files = loads.files.lock().unwrap_or_else(|e| e.into_inner());
        files[i] = Load::Done;
        loads.done.notify_all();
    }
    if let Err(e) = result {
        eprintln!(
            "vial: internal error loading stdlib/{path}: {}",
            crate::cli::describe_exception(vm, &e)
        );
    }
}

/// The stdlib's module names, for completion and `exports`.
pub fn stdlib_modules() -> Vec<Atom> {
    stdlib_index().keys().copied().collect()
}
