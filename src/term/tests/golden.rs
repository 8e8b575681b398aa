//! The differential corpus: values with what Elixir 1.14 printed for them, made by
//! `elixir src/term/tests/gen_goldens.exs > src/term/tests/inspect.golden`.

use super::etf;
use crate::term::inspect::{inspect_pretty_with, inspect_with, Opts};

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[test]
fn inspect_matches_elixir() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/term/tests/inspect.golden");
    let data = std::fs::read_to_string(path).expect("golden file");
    let mut total = 0usize;
    let mut failures = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let mut fields = line.splitn(3, '\t');
        let (Some(mode), Some(hex), Some(expected)) = (fields.next(), fields.next(), fields.next())
        else {
            panic!("line {}: malformed", n + 1);
        };
        let bytes = etf::from_hex(hex).expect("hex");
        let term = etf::decode(&bytes).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let expected = unescape(expected);
        let got = match mode {
            "i" => inspect_with(&term, &Opts::default()),
            "u" => inspect_with(&term, &Opts::unlimited()),
            m => {
                let width = m
                    .strip_prefix('p')
                    .and_then(|w| w.parse().ok())
                    .expect("mode");
                inspect_pretty_with(&term, &Opts::default(), width)
            }
        };
        total += 1;
        if got != expected {
            failures.push(format!(
                "line {} ({mode}):\n  expected: {expected}\n  got:      {got}",
                n + 1
            ));
        }
    }
    for f in failures.iter().take(30) {
        eprintln!("{f}");
    }
    eprintln!("{} of {total} golden cases match", total - failures.len());
    assert!(
        failures.is_empty(),
        "{} of {total} golden cases differ",
        failures.len()
    );
}
