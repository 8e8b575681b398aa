//! The command line, mirroring `elixir`. For now: `vial --quoted FILE...` prints
//! each file's quoted form as `../shared/tools/quoted.exs` does, and
//! `vial --time-parse FILE [RUNS]` (a developer aid for tests/bench/) prints the
//! median time in microseconds of parsing FILE.

use std::io::Write;
use std::time::Instant;

use crate::syntax;
use crate::term;

const USAGE: &str = "usage: vial [-e EXPR] [-r FILE]... [FILE [ARGS]]\n       vial --quoted FILE...\n       vial --time-parse FILE [RUNS]";

/// Runs vial with `args` (without the program name); returns the exit status.
pub fn run(args: &[String]) -> i32 {
    match args {
        [flag, files @ ..] if flag == "--quoted" && !files.is_empty() => quoted(files),
        [flag, file] if flag == "--time-parse" => time_parse(file, 5),
        [flag, file, runs] if flag == "--time-parse" => match runs.parse() {
            Ok(n) if n > 0 => time_parse(file, n),
            _ => usage(),
        },
        [] => crate::repl::run(&[]),
        [flag, files @ ..] if flag == "-i" => crate::repl::run(files),
        _ => run_program(args),
    }
}

/// `vial [-e EXPR] [-r FILE]... [FILE [ARGS]]`, as `elixir` runs them.
fn run_program(args: &[String]) -> i32 {
    let mut vm = Box::new(crate::vm::Vm::new());
    // The script runs as a process of its own.
    vm.process = Some(crate::runtime::process::create());
    crate::term::inspect::set_struct_hook(crate::vm::inspect_struct_hook);
    let mut i = 0;
    let mut steps: Vec<(bool, String)> = Vec::new();
    while i < args.len() {
        match args[i].as_str() {
            "--schedulers" if i + 1 < args.len() => {
                match args[i + 1].parse() {
                    Ok(n) if n > 0 => crate::runtime::sched::set_schedulers(n),
                    _ => return usage(),
                }
                i += 2;
            }
            "-e" if i + 1 < args.len() => {
                steps.push((true, args[i + 1].clone()));
                i += 2;
            }
            "-r" if i + 1 < args.len() => {
                steps.push((false, args[i + 1].clone()));
                i += 2;
            }
            _ => break,
        }
    }
    let file = args.get(i).cloned();
    let argv: Vec<String> = if file.is_some() {
        args[i + 1..].to_vec()
    } else {
        Vec::new()
    };
    crate::vm::natives::set_argv(argv);
    if let Some(f) = &file {
        steps.push((false, f.clone()));
    }
    for (is_expr, text) in steps {
        let (source, name) = if is_expr {
            (text, "nofile".to_string())
        } else {
            match read_source(&text) {
                Ok(s) => (s, relative_to_cwd(&text)),
                Err(status) => return status,
            }
        };
        if let Err(status) = eval(&mut vm, &source, &name) {
            return at_exit(&mut vm, status);
        }
    }
    at_exit(&mut vm, 0)
}

/// A script's path as its frames show it: relative to the working directory
/// when it lies inside it (`elixir /tmp/a.exs` run in /tmp shows `a.exs:3`).
fn relative_to_cwd(path: &str) -> String {
    let inside = std::env::current_dir().ok().and_then(|cwd| {
        std::path::Path::new(path)
            .strip_prefix(cwd)
            .ok()
            .map(|p| p.to_path_buf())
    });
    match inside.and_then(|p| p.to_str().map(str::to_string)) {
        Some(rel) if !rel.is_empty() => rel,
        _ => path.to_string(),
    }
}

/// Runs the functions `System.at_exit/1` registered (last registered first),
/// with the exit status; returns the status.
fn at_exit(vm: &mut crate::vm::Vm, status: i32) -> i32 {
    let key = term::Term::atom("$vial_at_exit");
    let funs = vm
        .dictionary
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.clone());
    if let Some(funs) = funs.and_then(|f| f.list_to_vec()) {
        vm.dictionary.retain(|(k, _)| *k != key);
        for f in funs {
            if let Err(e) = vm.call_fun(&f, vec![term::Term::Int(i64::from(status))]) {
                let _ = std::io::stdout().flush();
                eprintln!("{}", describe_exception(vm, &e));
            }
        }
    }
    let _ = std::io::stdout().flush();
    status
}

/// Compiles a file (on this thread) and runs it in the main process (on the
/// schedulers).
fn eval(vm: &mut Box<crate::vm::Vm>, source: &str, file: &str) -> Result<(), i32> {
    let quoted = match syntax::string_to_quoted(source, file) {
        Ok(q) => q,
        Err(err) => {
            let _ = std::io::stdout().flush();
            eprintln!("{err}");
            return Err(1);
        }
    };
    let env = crate::compile::Env::new(crate::term::Atom::new(file));
    let run = crate::compile::compile_script(vm, &quoted, env).and_then(|code| {
        let p = vm.process.clone().expect("the main process");
        let placeholder = Box::new(crate::vm::Vm::new());
        let (back, result) =
            crate::runtime::sched::run_main(&p, std::mem::replace(vm, placeholder), code);
        *vm = back;
        result
    });
    match run {
        Ok(_) => Ok(()),
        Err(e) => {
            let _ = std::io::stdout().flush();
            if let Some(status) = halt_status(&e) {
                return Err(status);
            }
            if e.killed {
                // An exit signal from a linked process ended the script.
                eprintln!(
                    "** (EXIT from {}) {}\n",
                    term::inspect(&term::Term::Pid(vm.self_pid())),
                    describe_exit(vm, &e.reason)
                );
                return Err(1);
            }
            // `exit(:normal)` and `exit({:shutdown, _})` end the script quietly;
            // `{:shutdown, n}` with an integer exits with status n.
            if e.class == crate::vm::Class::Exit {
                if e.reason.is_atom(crate::term::Atom::new("normal")) {
                    return Err(0);
                }
                if let Some([tag, why]) = e.reason.as_tuple() {
                    if tag.is_atom(crate::term::Atom::new("shutdown")) {
                        return Err(match why {
                            crate::term::Term::Int(n) => *n as i32,
                            _ => 0,
                        });
                    }
                }
            }
            eprintln!("{}", describe_exception(vm, &e));
            let clause = is_clause_error(&e.reason);
            for f in &e.stack {
                if let Some(line) = format_frame(f, clause) {
                    eprintln!("{line}");
                }
            }
            Err(1)
        }
    }
}

fn halt_status(e: &crate::vm::Exception) -> Option<i32> {
    let [crate::term::Term::Atom(tag), status] = e.reason.as_tuple()? else {
        return None;
    };
    if tag.name() != crate::vm::natives::HALT {
        return None;
    }
    match status {
        crate::term::Term::Int(n) => Some(*n as i32),
        _ => Some(1),
    }
}

/// Whether a failure is a FunctionClauseError, whose blamed frame shows its
/// arity rather than the arguments it holds.
pub fn is_clause_error(reason: &term::Term) -> bool {
    reason.is_atom(crate::term::Atom::new("function_clause"))
}

/// `    f.exs:3: M.f/1`, as Elixir prints a frame of user code; a frame
/// holding its arguments (`:erlang.error(reason, args)`) shows them, unless
/// it is the one a FunctionClauseError blames (`clause`).
pub fn format_frame(f: &crate::vm::StackFrame, clause: bool) -> Option<String> {
    use crate::term::inspect::{inspect_atom, inspect_remote_name};
    let module = f.module.name();
    let what = if f.function.name() == "__FILE__" {
        "(file)".to_string()
    } else if let Some(def) = anonymous_in(f.function.name()) {
        format!(
            "anonymous fn/{} in {}.{}",
            f.arity,
            inspect_atom(module),
            def
        )
    } else {
        let arity = match &f.args {
            Some(args) if f.file.is_none() || !clause => {
                let a: Vec<String> = args.iter().map(term::inspect).collect();
                let call = format!(
                    "{}.{}({})",
                    inspect_atom(module),
                    inspect_remote_name(f.function.name()),
                    a.join(", ")
                );
                return match f.file {
                    None => Some(format!("    {}{call}", application_of(f.module))),
                    Some(file) if file.name().starts_with("lib/elixir/") => None,
                    Some(file) => Some(format!("    {}:{}: {call}", file.name(), f.line)),
                };
            }
            // A function no clause of matched: blamed, it shows its arity.
            Some(args) => args.len() as u32,
            None => f.arity,
        };
        format!(
            "{}.{}/{}",
            inspect_atom(module),
            inspect_remote_name(f.function.name()),
            arity
        )
    };
    let file = f.file?;
    // (Elixir's own frames and OTP's, as vial's stdlib names them)
    if file.name().starts_with("lib/elixir/") || file.name().ends_with(".erl") {
        return None;
    }
    if f.line == 0 {
        // `expanding struct: M.__struct__/1`: a label rather than a file.
        return Some(format!("    {}: {}", file.name(), what));
    }
    Some(format!("    {}:{}: {}", file.name(), f.line, what))
}

/// `(stdlib 4.2) ` before a frame of a module of an OTP application, as
/// Elixir prints one: the application a module belongs to, with its version
/// on OTP 25 / Elixir 1.14; nothing for `:erlang` (erts is no loaded
/// application) and the user's own modules.
fn application_of(module: crate::term::Atom) -> &'static str {
    const KERNEL: &[&str] = &[
        "os",
        "file",
        "code",
        "application",
        "net_kernel",
        "logger",
        "inet",
        "gen_tcp",
        "gen_udp",
        "global",
        "rpc",
        "error_logger",
        "error_handler",
        "erl_ddll",
        "disk_log",
        "auth",
        "group",
        "user_drv",
    ];
    const NO_APPLICATION: &[&str] = &[
        "erlang",
        "erts_internal",
        "persistent_term",
        "atomics",
        "counters",
        "init",
        "prim_file",
        "erl_prim_loader",
        "zlib",
        "crypto",
    ];
    let name = module.name();
    if let Some(rest) = name.strip_prefix("Elixir.") {
        let first = rest.split('.').next().unwrap_or("");
        let elixir_module = crate::runtime::stdlib_modules().contains(&module)
            || crate::vm::natives::has_module(module);
        return match first {
            "Logger" if elixir_module => "(logger 1.14.0) ",
            "ExUnit" if elixir_module => "(ex_unit 1.14.0) ",
            "IEx" if elixir_module => "(iex 1.14.0) ",
            "Mix" if elixir_module => "(mix 1.14.0) ",
            _ if elixir_module => "(elixir 1.14.0) ",
            _ => "",
        };
    }
    if NO_APPLICATION.contains(&name) {
        ""
    } else if KERNEL.contains(&name) {
        "(kernel 8.5.3) "
    } else if crate::bif::has_module(module)
        || crate::vm::natives::has_module(module)
        || crate::runtime::stdlib_modules().contains(&module)
    {
        "(stdlib 4.2) "
    } else {
        ""
    }
}

/// `f/2` from an anonymous function's name `-f/2-fun-0-`.
fn anonymous_in(name: &str) -> Option<String> {
    let inner = name.strip_prefix('-')?.strip_suffix('-')?;
    let cut = inner.rfind("-fun-")?;
    let (fun, arity) = inner[..cut].rsplit_once('/')?;
    Some(format!(
        "{}/{}",
        crate::term::inspect::inspect_remote_name(fun),
        arity
    ))
}

/// `** (RuntimeError) boom` for an exception that reached the top.
pub fn describe_exception(vm: &mut crate::vm::Vm, e: &crate::vm::Exception) -> String {
    describe(vm, e, true)
}

/// The same without Elixir's blame (`: 1 / 0` after an ArithmeticError's
/// message), as the logger's crash reports print it.
pub fn describe_unblamed(vm: &mut crate::vm::Vm, e: &crate::vm::Exception) -> String {
    describe(vm, e, false)
}

fn describe(vm: &mut crate::vm::Vm, e: &crate::vm::Exception, blame: bool) -> String {
    use crate::vm::Class;
    match e.class {
        Class::Throw => format!("** (throw) {}", term::inspect(&e.reason)),
        Class::Exit => {
            // `Exception.format_banner/2`: `** (exit) exited in: GenServer.call(...)`.
            let banner = vm.call_mfa(
                crate::term::Atom::new("Elixir.Exception"),
                crate::term::Atom::new("format_banner"),
                vec![term::Term::atom("exit"), e.reason.clone()],
            );
            match banner {
                Ok(term::Term::Binary(b)) => String::from_utf8_lossy(b.as_bytes()).into_owned(),
                _ => format!("** (exit) {}", term::inspect(&e.reason)),
            }
        }
        Class::Error => {
            if blame {
                if let Some(banner) = crate::vm::natives::uncaught_banner(vm, e) {
                    return banner;
                }
            }
            let ex = crate::vm::natives::normalize(&e.reason, &e.stack, &e.arg_errors);
            let name = match &ex {
                term::Term::Map(m) => m.struct_name(),
                _ => None,
            };
            let module = name
                .map(|n| term::inspect::inspect_atom(n.name()))
                .unwrap_or_default();
            // The exception's own `message/1` (stdlib/exception.ex for the
            // built-in ones): one source of message texts.
            let user = match name {
                Some(n) => vm.call_mfa(n, crate::term::Atom::new("message"), vec![ex.clone()]),
                None => Ok(term::Term::nil()),
            };
            let message = match user {
                Ok(term::Term::Binary(b)) => String::from_utf8_lossy(b.as_bytes()).into_owned(),
                _ => match &ex {
                    term::Term::Map(m) => match m.get(&term::Term::atom("message")) {
                        Some(term::Term::Binary(b)) => {
                            String::from_utf8_lossy(b.as_bytes()).into_owned()
                        }
                        _ => term::inspect(&ex),
                    },
                    _ => term::inspect(&ex),
                },
            };
            format!("** ({module}) {message}")
        }
    }
}

/// An exit reason as Elixir describes it (`Exception.format_exit/1`): an
/// exception with its stacktrace, or the reason inspected.
pub fn describe_exit(vm: &mut crate::vm::Vm, reason: &term::Term) -> String {
    // `killed`, `bad return value: 1`, `exited in: GenServer.call(...)`: as
    // Exception.format_exit/1 words it.
    let formatted = vm.call_mfa(
        crate::term::Atom::new("Elixir.Exception"),
        crate::term::Atom::new("format_exit"),
        vec![reason.clone()],
    );
    match formatted {
        Ok(term::Term::Binary(b)) => String::from_utf8_lossy(b.as_bytes()).into_owned(),
        _ => term::inspect(reason),
    }
}

fn usage() -> i32 {
    eprintln!("{USAGE}");
    1
}

fn read_source(file: &str) -> Result<String, i32> {
    match std::fs::read(file) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(err) => {
            eprintln!(
                "** (File.Error) could not read file \"{file}\": {}",
                describe_io(&err)
            );
            Err(1)
        }
    }
}

fn quoted(files: &[String]) -> i32 {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for file in files {
        let source = match read_source(file) {
            Ok(s) => s,
            Err(status) => return status,
        };
        match syntax::string_to_quoted_lines(&source, file) {
            Ok(quoted) => {
                // A closed pipe (`vial --quoted f | head`) ends the output quietly.
                if writeln!(
                    out,
                    "{}",
                    term::inspect_with(&quoted, &term::inspect::Opts::unlimited())
                )
                .is_err()
                {
                    return 0;
                }
            }
            Err(err) => {
                let _ = out.flush();
                eprintln!("{err}");
                return 1;
            }
        }
    }
    0
}

fn time_parse(file: &str, runs: usize) -> i32 {
    let source = match read_source(file) {
        Ok(s) => s,
        Err(status) => return status,
    };
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let parsed = syntax::string_to_quoted(&source, file);
        // Freeing the result is not parsing (Elixir's collector frees it later, too).
        times.push(start.elapsed().as_micros());
        if let Err(err) = parsed {
            eprintln!("{err}");
            return 1;
        }
    }
    times.sort_unstable();
    println!("{}", times[times.len() / 2]);
    0
}

fn describe_io(err: &std::io::Error) -> &'static str {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory",
        std::io::ErrorKind::PermissionDenied => "permission denied",
        std::io::ErrorKind::IsADirectory => "illegal operation on a directory",
        _ => "input/output error",
    }
}
