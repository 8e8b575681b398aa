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

/// What each field after the first prints, in the order gen_goldens.exs writes them.
fn render(field: usize, term: &crate::term::Term) -> String {
    match field {
        0 => inspect_with(term, &Opts::default()),
        1 => inspect_with(term, &Opts::unlimited()),
        n => {
            let width = [80, 40, 20, 10][(n - 2).min(3)];
            inspect_pretty_with(term, &Opts::default(), width)
        }
    }
}

#[test]
fn inspect_matches_elixir() {
    // The decoder here is recursive; deep ASTs need more than the default stack.
    let checker = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(check_corpus);
    if let Err(e) = checker.expect("spawn").join() {
        std::panic::resume_unwind(e);
    }
}

fn check_corpus() {
    // TERM_GOLDEN points the test at another corpus, e.g. one made with a new seed.
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/src/term/tests/inspect.golden");
    let path = std::env::var("TERM_GOLDEN").unwrap_or_else(|_| default.to_string());
    let data = std::fs::read_to_string(&path).expect("golden file");
    let mut total = 0usize;
    let mut failures = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let mut fields = line.split('\t');
        let hex = fields.next().unwrap_or_default();
        let bytes = etf::from_hex(hex).expect("hex");
        let term = etf::decode(&bytes).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let mut first = String::new();
        for (i, field) in fields.enumerate() {
            let expected = if field == "=" {
                first.clone()
            } else {
                unescape(field)
            };
            if i == 0 {
                first = expected.clone();
            }
            let got = render(i, &term);
            total += 1;
            if got != expected {
                failures.push(format!(
                    "line {} field {i}:\n  expected: {expected}\n  got:      {got}",
                    n + 1
                ));
            }
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
