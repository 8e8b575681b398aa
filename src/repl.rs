//! The interactive shell: `vial` with no file. It reads expressions as iex
//! does — a line at a time, gathering lines while the expression is
//! incomplete (`...(N)>`), `#iex:break` abandoning one — evaluates each with
//! the bindings and environment (aliases, imports) left by the previous, and
//! prints the result with `inspect`, pretty, as iex does. Errors print as iex
//! prints them and the session goes on. The helpers (`v/1`, `flush/0`,
//! `h/0`, `c/1`, ...) are `IEx.Helpers` in stdlib/iex.ex, imported into the
//! shell.
//!
//! On a terminal, rustyline edits lines and keeps the history in
//! `~/.vial_history`, colouring the line typed and the bracket matching the
//! one at the cursor (`VIAL_HIGHLIGHT=0` turns that off); piped input is read line by line and echoed prompts are
//! printed as `iex` prints them when piped.
//!
//! The shell's code runs in the shell process on this thread (a `receive`
//! typed at the prompt blocks only this thread; the schedulers run the rest).

mod complete;
mod highlight;

use std::io::{BufRead, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::compile::{builder_import, eval_forms, Env};
use crate::term::{Atom, Term};
use crate::vm::{Exception, Vm};

/// Runs the shell; `files` are loaded first (`vial -r FILE`). Returns the
/// exit status.
pub fn run(files: &[String]) -> i32 {
    crate::term::inspect::set_struct_hook(crate::vm::inspect_struct_hook);
    let mut shell = Shell {
        vm: shell_vm(),
        env: shell_env(),
        binding: Vec::new(),
        counter: 1,
        colours: std::io::stdout().is_terminal(),
    };
    if shell.colours {
        // As in iex on a terminal: `IO.ANSI.enabled?/0` is true, so `h`
        // prints its docs in colour. Written where stdlib/application.ex
        // keeps an application's environment (`:elixir`'s holds only this
        // key), rather than through `Application.put_env/3`: loading that
        // module would double the time to the first prompt.
        let key = Term::tuple(vec![Term::atom("Elixir.Application"), Term::atom("elixir")]);
        let env = Term::Map(crate::term::Map::from_pairs(vec![(
            Term::atom("ansi_enabled"),
            Term::bool(true),
        )]));
        let _ = shell.vm.call_mfa(
            Atom::new("persistent_term"),
            Atom::new("put"),
            vec![key, env],
        );
    }
    for f in files {
        match std::fs::read_to_string(f) {
            Ok(source) => shell.eval_source(&source, f, false),
            Err(e) => {
                eprintln!("** (File.Error) could not read file {f}: {e}");
                return 1;
            }
        }
    }
    for dotfile in dot_files() {
        if let Ok(source) = std::fs::read_to_string(&dotfile) {
            shell.eval_source(&source, &dotfile, false);
        }
    }
    banner();
    if std::io::stdin().is_terminal() {
        warm_up();
        shell.interactive()
    } else {
        shell.piped()
    }
}

/// Loads the shell's helpers while the first line is typed, so that the
/// first result does not wait for them (the stdlib loads a module on first
/// use; a second loader of the same file waits for this one).
fn warm_up() {
    let _ = std::thread::Builder::new()
        .name("vial-warm-up".into())
        .spawn(|| {
            let mut vm = Vm::new();
            crate::runtime::module(&mut vm, Atom::new("Elixir.IEx.Helpers"));
        });
}

/// `.vial.exs` in the current folder, else in the home folder.
fn dot_files() -> Vec<String> {
    let here = std::path::Path::new(".vial.exs");
    if here.exists() {
        return vec![here.display().to_string()];
    }
    match std::env::var("HOME") {
        Ok(home) => {
            let p = std::path::Path::new(&home).join(".vial.exs");
            if p.exists() {
                vec![p.display().to_string()]
            } else {
                Vec::new()
            }
        }
        Err(_) => Vec::new(),
    }
}

fn banner() {
    println!("{}", banner_text());
}

fn banner_text() -> String {
    format!(
        "Interactive vial {} (Elixir 1.14.0) - press Ctrl+C to exit (type h() ENTER for help)",
        env!("CARGO_PKG_VERSION")
    )
}

/// A VM for a new shell process (at start, and after the last one ended).
fn shell_vm() -> Box<Vm> {
    let mut vm = Box::new(Vm::new());
    let process = crate::runtime::process::create();
    SHELL_PID.store(process.pid, Ordering::SeqCst);
    vm.process = Some(process);
    vm
}

/// The atom `IEx.Helpers.respawn/0` returns: the shell replaces its process.
const RESPAWN: &str = "do not show this result in output; respawn";

fn shell_env() -> Env {
    let mut env = Env::new(Atom::new("iex"));
    env.erl_eval = true;
    env.imports
        .push(builder_import(Atom::new("Elixir.IEx.Helpers"), Vec::new()));
    env
}

/// The shell is evaluating (Ctrl-C interrupts only then).
static EVALUATING: AtomicBool = AtomicBool::new(false);

/// The shell process now (it changes when one ends and the next starts).
static SHELL_PID: AtomicU64 = AtomicU64::new(0);

/// Ctrl-C during an evaluation sends the shell process an exit signal, which
/// ends the evaluation; the session goes on. (At the prompt the line editor
/// reads Ctrl-C as a key.)
fn catch_interrupts() {
    let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("vial-sigint".into())
        .spawn(move || {
            for _ in signals.forever() {
                if EVALUATING.load(Ordering::SeqCst) {
                    let shell = SHELL_PID.load(Ordering::SeqCst);
                    crate::runtime::process::exit_signal(0, shell, Term::atom("interrupted"));
                }
            }
        });
}

struct Shell {
    vm: Box<Vm>,
    env: Env,
    binding: Vec<(Atom, Term)>,
    counter: u32,
    /// Results in iex's colours (stdout is a terminal).
    colours: bool,
}

/// What became of a line added to the pending expression.
enum Outcome {
    /// The expression is incomplete: more lines are needed.
    More,
    Done,
}

impl Shell {
    fn prompt(&self, pending: bool) -> String {
        if pending {
            format!("...({})> ", self.counter)
        } else {
            format!("vial({})> ", self.counter)
        }
    }

    fn interactive(&mut self) -> i32 {
        let Ok(mut editor) = rustyline::Editor::<complete::ShellHelper, _>::new() else {
            return self.piped();
        };
        catch_interrupts();
        let names = Arc::new(Mutex::new(Vec::new()));
        let shown_prompt = Arc::new(Mutex::new(None));
        editor.set_helper(Some(complete::ShellHelper {
            names: names.clone(),
            prompt: shown_prompt.clone(),
            highlight: self.colours && std::env::var("VIAL_HIGHLIGHT").map_or(true, |v| v != "0"),
            cursor: Mutex::new(None),
        }));
        watch_idle_shell(shown_prompt.clone(), self.colours);
        let history = std::env::var("HOME")
            .ok()
            .map(|h| std::path::Path::new(&h).join(".vial_history"));
        if let Some(h) = &history {
            let _ = editor.load_history(h);
        }
        let mut buffer = String::new();
        loop {
            let prompt = self.prompt(!buffer.is_empty());
            if let Ok(mut n) = names.lock() {
                *n = self
                    .binding
                    .iter()
                    .map(|(a, _)| a.name().to_string())
                    .collect();
            }
            set_idle(true);
            let read = editor.readline(&prompt);
            set_idle(false);
            if let Ok(mut shown) = shown_prompt.lock() {
                *shown = None;
            }
            let ended = ENDED_IDLE.lock().ok().and_then(|mut e| e.take());
            if ended.is_some() {
                // Told and ended while the line was typed: the line runs in
                // the next shell process.
                self.fresh_process();
            }
            match read {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = editor.add_history_entry(line.as_str());
                    }
                    if let Outcome::Done = self.line(&mut buffer, &line) {
                        buffer.clear();
                    }
                }
                Err(rustyline::error::ReadlineError::Interrupted) => {
                    if buffer.is_empty() {
                        break;
                    }
                    buffer.clear();
                }
                Err(_) => break,
            }
        }
        if let Some(h) = &history {
            let _ = editor.save_history(h);
        }
        0
    }

    fn piped(&mut self) -> i32 {
        let stdin = std::io::stdin();
        let mut buffer = String::new();
        let mut out = String::new();
        out.push_str(&self.prompt(false));
        print!("{out}");
        let _ = std::io::stdout().flush();
        for line in stdin.lock().lines() {
            let Ok(line) = line else { break };
            if let Outcome::Done = self.line(&mut buffer, &line) {
                buffer.clear();
            }
            print!("{}", self.prompt(!buffer.is_empty()));
            let _ = std::io::stdout().flush();
        }
        println!();
        0
    }

    /// Adds a line to the pending expression and evaluates it when complete.
    fn line(&mut self, buffer: &mut String, line: &str) -> Outcome {
        if line.trim() == "#iex:break" {
            println!(
                "** (TokenMissingError) iex:{}: incomplete expression",
                self.counter
            );
            return Outcome::Done;
        }
        buffer.push_str(line);
        buffer.push('\n');
        let source = buffer.clone();
        match crate::syntax::string_to_quoted(&source, "iex") {
            Ok(_) if source.trim().is_empty() => Outcome::Done,
            Ok(quoted) => {
                self.eval_quoted(&quoted, true);
                Outcome::Done
            }
            Err(e) if incomplete(&e) => Outcome::More,
            Err(e) => {
                println!("{e}");
                Outcome::Done
            }
        }
    }

    fn eval_source(&mut self, source: &str, file: &str, print: bool) {
        match crate::syntax::string_to_quoted(source, file) {
            Ok(q) => self.eval_quoted(&q, print),
            Err(e) => println!("{e}"),
        }
    }

    fn eval_quoted(&mut self, quoted: &Term, print: bool) {
        // A linked process may have ended the shell process since the last
        // expression: iex's message, and this one runs in the next process.
        if print && self.check_signals() {
            print!("{}", self.prompt(false));
        }
        EVALUATING.store(true, Ordering::SeqCst);
        let result = eval_forms(&mut self.vm, quoted, &mut self.env, self.binding.clone());
        EVALUATING.store(false, Ordering::SeqCst);
        let _ = std::io::stdout().flush();
        match result {
            Ok((value, binding)) => {
                if self.check_signals() {
                    return;
                }
                if value.is_atom(Atom::new(RESPAWN)) {
                    self.respawn(&Term::atom("normal"));
                    return;
                }
                self.binding = binding;
                remember(&mut self.vm, self.counter, &value);
                let hidden = value.is_atom(Atom::new("do not show this result in output"));
                if print && !hidden {
                    println!("{}", show(&mut self.vm, &value, self.colours));
                }
                if print {
                    self.counter += 1;
                }
            }
            Err(e) if e.killed && !e.reason.is_atom(Atom::new("interrupted")) => {
                self.crashed(&e.reason);
            }
            Err(e) => {
                let _ = std::io::stdout().flush();
                let (message, frames) = describe(&mut self.vm, &e);
                // iex ends the report with the frames, or a blank line when
                // there are none to show.
                let mut frames: String = frames.iter().map(|f| format!("{f}\n")).collect();
                if frames.is_empty() {
                    frames.push('\n');
                }
                if self.colours {
                    // iex: the message in red, then the frames in red.
                    print!("\x1b[31m{message}\x1b[0m\n\x1b[31m{frames}\x1b[0m");
                } else {
                    print!("{message}\n{frames}");
                }
                let _ = std::io::stdout().flush();
            }
        }
    }

    /// Acts on exit signals that reached the shell process; says whether one
    /// ended it.
    fn check_signals(&mut self) -> bool {
        let reason = self.vm.process.as_ref().and_then(|p| p.take_signals());
        match reason {
            Some(r) if r.is_atom(Atom::new("interrupted")) => false,
            Some(r) => {
                self.crashed(&r);
                true
            }
            None => false,
        }
    }

    /// The shell process ended with `reason`: iex's message, then a new one.
    fn crashed(&mut self, reason: &Term) {
        let pid = self.vm.self_pid();
        println!("{}", exit_message(&mut self.vm, pid, reason, self.colours));
        self.respawn(reason);
    }

    /// Ends the shell process with `reason` and starts another: bindings,
    /// aliases, imports and the history of results are gone, as in iex.
    fn respawn(&mut self, reason: &Term) {
        if let Some(p) = self.vm.process.take() {
            crate::runtime::process::terminate(&p, reason);
        }
        self.fresh_process();
        println!();
        banner();
    }

    /// A new shell process, with nothing of the last one's.
    fn fresh_process(&mut self) {
        self.vm = shell_vm();
        self.env = shell_env();
        self.binding.clear();
        self.counter = 1;
    }
}

/// iex's line for a shell process ended by an exit signal (red on a terminal).
fn exit_message(vm: &mut Vm, pid: u64, reason: &Term, colours: bool) -> String {
    let pid = crate::term::inspect(&Term::Pid(pid));
    let text = exit_text(vm, reason);
    let line = format!("** (EXIT from {pid}) shell process exited with reason: {text}");
    if colours {
        format!("\x1b[31m{line}\x1b[0m")
    } else {
        line
    }
}

/// The shell waits in the line editor (guarded, so that the watcher below
/// and the end of a `readline` do not cross).
static IDLE: Mutex<bool> = Mutex::new(false);

/// The reason the shell process ended while the shell sat at the prompt.
static ENDED_IDLE: Mutex<Option<Term>> = Mutex::new(None);

fn set_idle(idle: bool) {
    *IDLE.lock().unwrap_or_else(|e| e.into_inner()) = idle;
}

/// While the shell sits at the prompt, an exit signal that ends the shell
/// process (a linked process crashed) is told at once, as iex tells it: the
/// message over the prompt, the banner, and the prompt of the next process.
/// What was typed stays in the editor (unseen, as in iex) and runs in that
/// process. Written straight to the terminal: the editor's own printer for
/// other threads makes it read typed-ahead keys one at a time.
fn watch_idle_shell(shown_prompt: Arc<Mutex<Option<String>>>, colours: bool) {
    let watch = move || loop {
        std::thread::sleep(std::time::Duration::from_millis(50));
        let idle = IDLE.lock().unwrap_or_else(|e| e.into_inner());
        if !*idle {
            continue;
        }
        let pid = SHELL_PID.load(Ordering::SeqCst);
        let Some(shell) = crate::runtime::process::lookup(pid) else {
            continue;
        };
        if !shell.signalled.load(Ordering::Acquire) {
            continue;
        }
        let Some(reason) = shell.take_signals() else {
            continue;
        };
        if reason.is_atom(Atom::new("interrupted")) {
            continue;
        }
        let mut vm = Vm::new();
        let message = exit_message(&mut vm, pid, &reason, colours);
        crate::runtime::process::terminate(&shell, &reason);
        *ENDED_IDLE.lock().unwrap_or_else(|e| e.into_inner()) = Some(reason);
        let prompt = "vial(1)> ";
        if let Ok(mut shown) = shown_prompt.lock() {
            *shown = Some(prompt.to_string());
        }
        let mut out = std::io::stdout().lock();
        let _ = write!(out, "\r\x1b[K{message}\n\n{}\n{prompt}", banner_text());
        let _ = out.flush();
        drop(idle);
    };
    let _ = std::thread::Builder::new()
        .name("vial-shell-watch".into())
        .spawn(watch);
}

/// Whether a syntax error only says that the input stops early.
fn incomplete(e: &crate::syntax::SyntaxError) -> bool {
    e.kind == "TokenMissingError" || e.message.trim_end().ends_with("syntax error before:")
}

/// The result as iex prints it: pretty, 80 columns; on a terminal in iex's
/// colours (yellow for the result, and its syntax colours inside).
fn show(vm: &mut Vm, value: &Term, colours: bool) -> String {
    let pair = |k: &str, v: Term| Term::tuple(vec![Term::atom(k), v]);
    let mut opts = vec![pair("pretty", Term::bool(true))];
    if colours {
        let syntax: Vec<Term> = [
            ("atom", "cyan"),
            ("string", "green"),
            ("list", "default_color"),
            ("boolean", "magenta"),
            ("nil", "magenta"),
            ("tuple", "default_color"),
            ("binary", "default_color"),
            ("map", "default_color"),
            ("number", "yellow"),
            ("charlist", "yellow"),
        ]
        .iter()
        .map(|(k, c)| pair(k, Term::atom(c)))
        .chain([pair(
            "reset",
            Term::list(vec![Term::atom("reset"), Term::atom("yellow")]),
        )])
        .collect();
        opts.push(pair("syntax_colors", Term::list(syntax)));
    }
    let r = crate::vm::natives::inspect::parse_opts(&Term::list(opts)).and_then(|o| {
        let width = o.width;
        crate::vm::natives::inspect::format_term(vm, value, &o, width)
    });
    let text = r.unwrap_or_else(|_| crate::term::inspect(value));
    if colours {
        format!("\x1b[33m{text}\x1b[0m")
    } else {
        text
    }
}

/// An exit reason as `Exception.format_exit/1` words it.
fn exit_text(vm: &mut Vm, reason: &Term) -> String {
    let formatted = vm.call_mfa(
        Atom::new("Elixir.Exception"),
        Atom::new("format_exit"),
        vec![reason.clone()],
    );
    match formatted {
        Ok(Term::Binary(b)) => String::from_utf8_lossy(b.as_bytes()).into_owned(),
        _ => crate::cli::describe_exit(vm, reason),
    }
}

/// An error as iex prints it: the message, and the frames to print under it.
fn describe(vm: &mut Vm, e: &Exception) -> (String, Vec<String>) {
    let out = if e.killed {
        format!(
            "** (EXIT from {}) shell process exited with reason: {}",
            crate::term::inspect(&Term::Pid(vm.self_pid())),
            crate::cli::describe_exit(vm, &e.reason)
        )
    } else {
        let key = Term::atom("$vial_blame_mark");
        vm.dictionary.push((key.clone(), Term::string("")));
        let text = crate::cli::describe_exception(vm, e);
        vm.dictionary.retain(|(k, _)| *k != key);
        text
    };
    // iex prints every frame but the shell's own, as
    // `Exception.format_stacktrace_entry/1` words it.
    let clause = crate::cli::is_clause_error(&e.reason);
    let frames = e
        .stack
        .iter()
        .filter(|f| f.file.is_none_or(|a| a.name() != "iex"))
        .filter_map(|f| {
            // A function no clause of matched is blamed with its arity.
            let mut f = f.clone();
            if clause && f.file.is_some() {
                if let Some(args) = f.args.take() {
                    f.arity = args.len() as u32;
                }
            }
            let entry = crate::vm::interp::stack_term(std::slice::from_ref(&f), &[], None);
            let entry = entry.list_to_vec().and_then(|v| v.into_iter().next())?;
            let formatted = vm.call_mfa(
                Atom::new("Elixir.Exception"),
                Atom::new("format_stacktrace_entry"),
                vec![entry],
            );
            match formatted {
                Ok(Term::Binary(b)) => {
                    Some(format!("    {}", String::from_utf8_lossy(b.as_bytes())))
                }
                _ => crate::cli::format_frame(&f, clause),
            }
        })
        .collect();
    (out, frames)
}

/// Keeps the result for `v/1` (in the shell process's dictionary).
fn remember(vm: &mut Vm, n: u32, value: &Term) {
    let key = Term::atom("$vial_history");
    let entry = Term::tuple(vec![Term::Int(i64::from(n)), value.clone()]);
    match vm.dictionary.iter_mut().find(|(k, _)| *k == key) {
        Some(slot) => slot.1 = Term::cons(entry, slot.1.clone()),
        None => vm.dictionary.push((key, Term::list(vec![entry]))),
    }
}
