//! Glob patterns over the file system, as `:filelib.wildcard/1,2` and
//! `Path.wildcard/2` read them: `*` and `?` within a name, `**` across
//! folders, `[a-z]` classes, `{a,b}` alternatives and `\` escapes. Results
//! come back sorted; names starting with a dot are listed only when asked
//! (`match_dot: true`, and always by `:filelib`).

use std::fs;
use std::path::{Path, PathBuf};

use super::{path, text};
use crate::bif::args;
use crate::bif::BifResult;
use crate::term::{Atom, Term};

/// `:filelib.wildcard(pattern)` and `:filelib.wildcard(pattern, cwd)`: charlists.
pub fn filelib(pattern: &Term, cwd: Option<&Term>) -> BifResult {
    let pattern = text(pattern, 1)?;
    let cwd = cwd.map(path).transpose()?;
    let found = wildcard(&pattern, cwd.as_deref(), true);
    Ok(Term::list(
        found.iter().map(|s| args::charlist(s)).collect::<Vec<_>>(),
    ))
}

/// `:vial_file.wildcard(pattern, match_dot, cwd_or_nil)`: binaries, for `Path.wildcard/2`.
pub fn elixir(a: &[Term]) -> BifResult {
    let pattern = text(&a[0], 1)?;
    let match_dot = a[1].is_atom(Atom::TRUE);
    let cwd = if a[2].is_atom(Atom::NIL) {
        None
    } else {
        Some(path(&a[2])?)
    };
    let found = wildcard(&pattern, cwd.as_deref(), match_dot);
    Ok(Term::list(
        found.iter().map(|s| Term::string(s)).collect::<Vec<_>>(),
    ))
}

/// The paths that match `pattern`, sorted and without repeats.
pub fn wildcard(pattern: &str, cwd: Option<&Path>, match_dot: bool) -> Vec<String> {
    let mut found = Vec::new();
    for alternative in expand_braces(pattern) {
        walk_pattern(&alternative, cwd, match_dot, &mut found);
    }
    found.sort();
    found.dedup();
    found
}

/// The patterns `{a,b}` alternatives stand for, each without braces.
fn expand_braces(pattern: &str) -> Vec<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' => in_class = true,
            ']' => in_class = false,
            '{' if !in_class => {
                let Some((end, parts)) = brace_parts(&chars, i) else {
                    return vec![pattern.to_string()];
                };
                let head: String = chars[..i].iter().collect();
                let tail: String = chars[end + 1..].iter().collect();
                let mut out = Vec::new();
                for part in parts {
                    out.extend(expand_braces(&format!("{head}{part}{tail}")));
                }
                return out;
            }
            _ => {}
        }
        i += 1;
    }
    vec![pattern.to_string()]
}

/// The closing brace of the group opened at `open`, and the group's
/// top-level comma-separated parts.
fn brace_parts(chars: &[char], open: usize) -> Option<(usize, Vec<String>)> {
    let mut depth = 0;
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut i = open + 1;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() => {
                current.push(c);
                current.push(chars[i + 1]);
                i += 1;
            }
            '{' => {
                depth += 1;
                current.push(c);
            }
            '}' if depth == 0 => {
                parts.push(current);
                return Some((i, parts));
            }
            '}' => {
                depth -= 1;
                current.push(c);
            }
            ',' if depth == 0 => parts.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
        i += 1;
    }
    None
}

fn has_magic(segment: &str) -> bool {
    segment.contains(['*', '?', '[', '\\'])
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else if prefix.ends_with('/') {
        format!("{prefix}{name}")
    } else {
        format!("{prefix}/{name}")
    }
}

fn on_disk(cwd: Option<&Path>, shown: &str) -> PathBuf {
    match cwd {
        Some(dir) if !shown.starts_with('/') => {
            dir.join(if shown.is_empty() { "." } else { shown })
        }
        _ if shown.is_empty() => PathBuf::from("."),
        _ => PathBuf::from(shown),
    }
}

/// The names in a folder, dot names only when `match_dot`.
fn names(dir: &Path, match_dot: bool) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| match_dot || !n.starts_with('.'))
        .collect()
}

fn walk_pattern(pattern: &str, cwd: Option<&Path>, match_dot: bool, found: &mut Vec<String>) {
    let absolute = pattern.starts_with('/');
    let segments: Vec<&str> = pattern
        .split('/')
        .filter(|s| !s.is_empty() && *s != ".")
        .collect();
    if segments.is_empty() {
        return;
    }
    let mut prefixes = vec![if absolute {
        "/".to_string()
    } else {
        String::new()
    }];
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        let mut next = Vec::new();
        for prefix in &prefixes {
            if *segment == "**" {
                if !last {
                    next.push(prefix.clone());
                }
                descend(prefix, cwd, match_dot, &mut next);
            } else if !has_magic(segment) {
                let candidate = join(prefix, segment);
                if last {
                    if fs::symlink_metadata(on_disk(cwd, &candidate)).is_ok() {
                        next.push(candidate);
                    }
                } else {
                    next.push(candidate);
                }
            } else {
                let glob = Glob::parse(segment);
                for name in names(&on_disk(cwd, prefix), match_dot) {
                    if glob.matches(&name) {
                        next.push(join(prefix, &name));
                    }
                }
            }
        }
        prefixes = next;
        if prefixes.is_empty() {
            return;
        }
    }
    found.extend(prefixes);
}

/// Every path under `prefix`, folders before their contents.
fn descend(prefix: &str, cwd: Option<&Path>, match_dot: bool, out: &mut Vec<String>) {
    let mut stack = vec![prefix.to_string()];
    while let Some(dir) = stack.pop() {
        for name in names(&on_disk(cwd, &dir), match_dot) {
            let child = join(&dir, &name);
            if fs::metadata(on_disk(cwd, &child)).is_ok_and(|m| m.is_dir()) {
                stack.push(child.clone());
            }
            out.push(child);
        }
    }
}

enum Token {
    Char(char),
    AnyChar,
    AnyRun,
    /// Ranges of a `[...]` class (a single character is a range of one).
    Class(Vec<(char, char)>),
}

/// One name's pattern.
struct Glob(Vec<Token>);

impl Glob {
    fn parse(segment: &str) -> Glob {
        let chars: Vec<char> = segment.chars().collect();
        let mut tokens = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '*' => tokens.push(Token::AnyRun),
                '?' => tokens.push(Token::AnyChar),
                '\\' if i + 1 < chars.len() => {
                    i += 1;
                    tokens.push(Token::Char(chars[i]));
                }
                '[' => match chars[i + 1..].iter().position(|c| *c == ']') {
                    Some(len) => {
                        let body = &chars[i + 1..i + 1 + len];
                        tokens.push(Token::Class(class_ranges(body)));
                        i += len + 1;
                    }
                    None => tokens.push(Token::Char('[')),
                },
                c => tokens.push(Token::Char(c)),
            }
            i += 1;
        }
        Glob(tokens)
    }

    fn matches(&self, name: &str) -> bool {
        let name: Vec<char> = name.chars().collect();
        let tokens = &self.0;
        let (mut t, mut n) = (0, 0);
        // Where to resume after the last `*`: its token and the name position it now covers up to.
        let mut resume: Option<(usize, usize)> = None;
        while n < name.len() {
            let step = match tokens.get(t) {
                Some(Token::AnyRun) => {
                    resume = Some((t, n));
                    t += 1;
                    continue;
                }
                Some(Token::AnyChar) => true,
                Some(Token::Char(c)) => *c == name[n],
                Some(Token::Class(ranges)) => {
                    ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&name[n]))
                }
                None => false,
            };
            if step {
                t += 1;
                n += 1;
            } else if let Some((star, covered)) = resume {
                t = star + 1;
                n = covered + 1;
                resume = Some((star, covered + 1));
            } else {
                return false;
            }
        }
        tokens[t..].iter().all(|tok| matches!(tok, Token::AnyRun))
    }
}

fn class_ranges(body: &[char]) -> Vec<(char, char)> {
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < body.len() {
        if i + 2 < body.len() && body[i + 1] == '-' {
            ranges.push((body[i], body[i + 2]));
            i += 3;
        } else {
            ranges.push((body[i], body[i]));
            i += 1;
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_names() {
        assert!(Glob::parse("*.ex").matches("a.ex"));
        assert!(!Glob::parse("*.ex").matches("a.exs"));
        assert!(Glob::parse("a*b*c").matches("aXXbYYc"));
        assert!(Glob::parse("?.[a-c]").matches("x.b"));
        assert!(Glob::parse("[^a]").matches("^"));
    }

    #[test]
    fn braces_expand_in_order() {
        assert_eq!(expand_braces("*.{ex,exs}"), vec!["*.ex", "*.exs"]);
        assert_eq!(expand_braces("{a,{b,c}}/x"), vec!["a/x", "b/x", "c/x"]);
    }
}
