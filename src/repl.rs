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
//! `~/.vial_history`; piped input is read line by line and echoed prompts are
//! printed as `iex` prints them when piped.
//!
//! The shell's code runs in the shell process on this thread (a `receive`
//! typed at the prompt blocks only this thread; the schedulers run the rest).

use std::io::{BufRead, IsTerminal, Write};

use crate::compile::{builder_import, eval_forms, Env};
use crate::term::{Atom, Term};
use crate::vm::{Exception, Vm};

/// Runs the shell; `files` are loaded first (`vial -r FILE`). Returns the
/// exit status.
pub fn run(files: &[String]) -> i32 {
    let mut vm = Box::new(Vm::new());
    vm.process = Some(crate::runtime::process::create());
    crate::term::inspect::set_struct_hook(crate::vm::inspect_struct_hook);
    let mut shell = Shell {
        vm,
        env: shell_env(),
        binding: Vec::new(),
        counter: 1,
    };
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
    println!(
        "Interactive vial {} (Elixir 1.14.0) - press Ctrl+C to exit (type h() ENTER for help)",
        env!("CARGO_PKG_VERSION")
    );
    if std::io::stdin().is_terminal() {
        shell.interactive()
    } else {
        shell.piped()
    }
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

fn shell_env() -> Env {
    let mut env = Env::new(Atom::new("iex"));
    env.imports
        .push(builder_import(Atom::new("Elixir.IEx.Helpers"), Vec::new()));
    env
}

struct Shell {
    vm: Box<Vm>,
    env: Env,
    binding: Vec<(Atom, Term)>,
    counter: u32,
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
        let Ok(mut editor) = rustyline::DefaultEditor::new() else {
            return self.piped();
        };
        let history = std::env::var("HOME")
            .ok()
            .map(|h| std::path::Path::new(&h).join(".vial_history"));
        if let Some(h) = &history {
            let _ = editor.load_history(h);
        }
        let mut buffer = String::new();
        loop {
            let prompt = self.prompt(!buffer.is_empty());
            match editor.readline(&prompt) {
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
        let result = eval_forms(&mut self.vm, quoted, &mut self.env, self.binding.clone());
        let _ = std::io::stdout().flush();
        match result {
            Ok((value, binding)) => {
                self.binding = binding;
                remember(&mut self.vm, self.counter, &value);
                let hidden = value.is_atom(Atom::new("do not show this result in output"));
                if print && !hidden {
                    println!("{}", show(&mut self.vm, &value));
                }
                if print {
                    self.counter += 1;
                }
            }
            Err(e) => {
                let _ = std::io::stdout().flush();
                println!("{}", describe(&mut self.vm, &e));
            }
        }
    }
}

/// Whether a syntax error only says that the input stops early.
fn incomplete(e: &crate::syntax::SyntaxError) -> bool {
    e.kind == "TokenMissingError" || e.message.trim_end().ends_with("syntax error before:")
}

/// The result as iex prints it: pretty, 80 columns.
fn show(vm: &mut Vm, value: &Term) -> String {
    let opts = Term::list(vec![Term::tuple(vec![
        Term::atom("pretty"),
        Term::bool(true),
    ])]);
    let r = crate::vm::natives::inspect::parse_opts(&opts).and_then(|o| {
        let width = o.width;
        crate::vm::natives::inspect::format_term(vm, value, &o, width)
    });
    r.unwrap_or_else(|_| crate::term::inspect(value))
}

/// An error as iex prints it: the message, then the frames.
fn describe(vm: &mut Vm, e: &Exception) -> String {
    let mut out = if e.killed {
        format!(
            "** (EXIT from {}) shell process exited with reason: {}",
            crate::term::inspect(&Term::Pid(vm.self_pid())),
            crate::cli::describe_exit(vm, &e.reason)
        )
    } else {
        crate::cli::describe_exception(vm, e)
    };
    for f in &e.stack {
        if f.file.is_some_and(|a| a.name() == "iex") {
            continue;
        }
        if let Some(line) = crate::cli::format_frame(f) {
            out.push('\n');
            out.push_str(&line);
        }
    }
    out
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
