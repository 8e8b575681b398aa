//! Tab completion in the shell: module names (`Enu` → `Enum`, `:erl` →
//! `:erlang`), functions of a module (`String.upc` → `upcase`), and the
//! variables bound so far. Modules of the stdlib are listed without being
//! loaded; a module's functions are looked up (loading it) only when asked.

use std::borrow::Cow;
use std::sync::{Arc, Mutex};

use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

use crate::term::Atom;
use crate::vm::Vm;

/// The shell's line-editing helper; `names` are the variables bound now;
/// `prompt`, when set, is shown instead of the prompt the line was asked
/// with (the shell process was replaced while the line was being typed);
/// `highlight` colours the line typed (see highlight.rs), and `bracket` is
/// where the cursor was last seen while typing, for the matching bracket.
pub struct ShellHelper {
    pub names: Arc<Mutex<Vec<String>>>,
    pub prompt: Arc<Mutex<Option<String>>>,
    pub highlight: bool,
    pub cursor: Mutex<Option<usize>>,
}

impl Helper for ShellHelper {}
impl Hinter for ShellHelper {
    type Hint = String;
}
impl Highlighter for ShellHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.highlight {
            return Cow::Borrowed(line);
        }
        let cursor = self.cursor.lock().ok().and_then(|c| *c);
        let bracket = cursor.and_then(|c| super::highlight::matching_bracket(line, c));
        Cow::Owned(super::highlight::colour(line, bracket))
    }

    fn highlight_char(&self, _line: &str, pos: usize, forced: bool) -> bool {
        if let Ok(mut c) = self.cursor.lock() {
            // Enter: the line is drawn a last time, without the bracket mark.
            *c = (!forced).then_some(pos);
        }
        self.highlight
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        _default: bool,
    ) -> Cow<'b, str> {
        match self.prompt.lock().ok().and_then(|p| p.clone()) {
            // The editor places the cursor by the width of the prompt it was
            // given: the replacement keeps that width.
            Some(mut shown) => {
                let width = prompt.chars().count();
                while shown.chars().count() < width {
                    shown.push(' ');
                }
                Cow::Owned(shown)
            }
            None => Cow::Borrowed(prompt),
        }
    }
}
impl Validator for ShellHelper {}

impl Completer for ShellHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '_' | '.' | ':' | '?' | '!')))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[start..];
        let names = self.names.lock().map(|n| n.clone()).unwrap_or_default();
        let (offset, mut found) = candidates(word, &names);
        found.sort();
        found.dedup();
        let pairs = found
            .into_iter()
            .map(|c| Pair {
                display: c.clone(),
                replacement: c,
            })
            .collect();
        Ok((start + offset, pairs))
    }
}

/// What `word` may complete to, and where in it the replaced part starts.
pub fn candidates(word: &str, variables: &[String]) -> (usize, Vec<String>) {
    if let Some(dot) = word.rfind('.') {
        let (module, prefix) = (&word[..dot], &word[dot + 1..]);
        let name = match module.strip_prefix(':') {
            Some(erl) => erl.to_string(),
            None => format!("Elixir.{module}"),
        };
        let funs = functions(Atom::new(&name))
            .into_iter()
            .filter(|f| f.starts_with(prefix))
            .collect();
        // Nested modules too: `String.Cha` → `String.Chars`.
        let nested: Vec<String> = modules()
            .into_iter()
            .filter_map(|m| {
                let rest = m.strip_prefix(&format!("{module}."))?;
                (rest.starts_with(prefix) && !rest.contains('.')).then(|| rest.to_string())
            })
            .collect();
        return (dot + 1, [funs, nested].concat());
    }
    if word.starts_with(':') {
        let found = erlang_modules()
            .into_iter()
            .filter(|m| m.starts_with(&word[1..]))
            .map(|m| format!(":{m}"))
            .collect();
        return (0, found);
    }
    if word.starts_with(|c: char| c.is_uppercase()) {
        let found = modules()
            .into_iter()
            .filter(|m| m.starts_with(word) && !m[word.len()..].contains('.'))
            .collect();
        return (0, found);
    }
    let mut found: Vec<String> = variables
        .iter()
        .filter(|v| v.starts_with(word))
        .cloned()
        .collect();
    found.extend(
        functions(Atom::new("Elixir.Kernel"))
            .into_iter()
            .filter(|f| f.starts_with(word) && !word.is_empty()),
    );
    (0, found)
}

/// Elixir modules, without `Elixir.`: the stdlib's and those loaded.
fn modules() -> Vec<String> {
    crate::runtime::stdlib_modules()
        .into_iter()
        .chain(crate::runtime::loaded_names())
        .filter_map(|m| m.name().strip_prefix("Elixir.").map(str::to_string))
        .collect()
}

/// Erlang modules: those with built-ins or natives, and loaded ones.
fn erlang_modules() -> Vec<String> {
    let mut out: Vec<String> = [
        "erlang", "lists", "maps", "string", "math", "rand", "timer", "io", "binary", "unicode",
        "os", "file", "ets", "code",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    out.extend(
        crate::runtime::stdlib_modules()
            .into_iter()
            .chain(crate::runtime::loaded_names())
            .map(|m| m.name())
            .filter(|m| !m.starts_with("Elixir."))
            .map(str::to_string),
    );
    out
}

/// The public function names of a module (loading it if it is in the stdlib).
fn functions(module: Atom) -> Vec<String> {
    let mut names: Vec<String> = crate::bif::functions_of(module)
        .into_iter()
        .chain(crate::vm::natives::functions_of(module))
        .map(|(f, _)| f.name().to_string())
        .collect();
    let mut vm = Vm::new();
    if let Some(m) = crate::runtime::module(&mut vm, module) {
        for ((name, _), def) in &m.funs {
            let n = name.name();
            if def.public && !n.starts_with("__") && !n.starts_with('-') {
                names.push(n.strip_prefix("MACRO-").unwrap_or(n).to_string());
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::candidates;

    #[test]
    fn completes_modules_functions_and_variables() {
        let (at, found) = candidates("String.upc", &[]);
        assert_eq!(at, 7);
        assert!(found.contains(&"upcase".to_string()), "{found:?}");
        let (_, found) = candidates("Enu", &[]);
        assert!(found.contains(&"Enum".to_string()), "{found:?}");
        let (_, found) = candidates(":erla", &[]);
        assert_eq!(found, vec![":erlang".to_string()]);
        let (_, found) = candidates("cou", &["count".to_string(), "x".to_string()]);
        assert_eq!(found, vec!["count".to_string()]);
    }
}
