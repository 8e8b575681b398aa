//! Tests for the built-ins. Most are golden: each tests/*.cases file lists
//! calls, and the matching *.golden holds what real Elixir 1.14 / OTP 25
//! returned or raised for each (tests/gen_goldens.sh regenerates them). The
//! harness parses each call, runs the built-in, and renders its outcome as
//! Elixir would print it. Behaviour that varies between runs (clocks, unique
//! integers) is tested by hand below.

mod literal;

use crate::term::inspect::{inspect_with, Opts};
use crate::term::Term;
use crate::vm::Exception;

/// Renders an exception as the banner of `Exception.format_banner/3` with
/// newlines escaped, the form the golden files store.
fn banner(e: &Exception, module: &str, function: &str, arity: usize) -> String {
    let show = |t: &Term| inspect_with(t, &Opts::unlimited());
    let text = if e.reason.is_atom(crate::term::Atom::new("badarg")) {
        if e.arg_errors.is_empty() {
            "** (ArgumentError) argument error".to_string()
        } else {
            let mut s =
                "** (ArgumentError) errors were found at the given arguments:\n\n".to_string();
            for (pos, why) in &e.arg_errors {
                let nth = match pos {
                    1 => "1st".to_string(),
                    2 => "2nd".to_string(),
                    3 => "3rd".to_string(),
                    n => format!("{n}th"),
                };
                s.push_str(&format!("  * {nth} argument: {why}\n"));
            }
            s
        }
    } else if e.reason.is_atom(crate::term::Atom::new("badarith")) {
        "** (ArithmeticError) bad argument in arithmetic expression".to_string()
    } else if e.reason.is_atom(crate::term::Atom::new("system_limit")) {
        "** (SystemLimitError) a system limit has been reached".to_string()
    } else if e.reason.is_atom(crate::term::Atom::new("function_clause")) {
        match e.stack.first() {
            Some(f) => format!(
                "** (FunctionClauseError) no function clause matching in :{}.{}/{}",
                f.module.name(),
                f.function.name(),
                f.arity
            ),
            None => format!(
                "** (FunctionClauseError) no function clause matching in :{module}.{function}/{arity}"
            ),
        }
    } else {
        match e.reason.as_tuple() {
            Some([tag, v]) if tag.is_atom(crate::term::Atom::new("badmap")) => {
                format!("** (BadMapError) expected a map, got: {}", show(v))
            }
            Some([tag, v]) if tag.is_atom(crate::term::Atom::new("badarg")) => {
                format!("** (ArgumentError) argument error: {}", show(v))
            }
            Some([tag, v]) if tag.is_atom(crate::term::Atom::new("case_clause")) => {
                format!("** (CaseClauseError) no case clause matching: {}", show(v))
            }
            Some([tag, k]) if tag.is_atom(crate::term::Atom::new("badkey")) => {
                format!("** (KeyError) key {} not found", show(k))
            }
            _ => format!("** (ErlangError) Erlang error: {}", show(&e.reason)),
        }
    };
    text.replace('\n', "\\n")
}

/// Runs every case of a golden file; returns the failures.
fn run_golden(golden: &str) -> Vec<String> {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in golden.lines().filter(|l| !l.trim().is_empty()) {
        let Some((call, want)) = line.split_once("  ==>  ") else {
            failures.push(format!("malformed golden line: {line}"));
            continue;
        };
        count += 1;
        let c = match literal::parse_call(call) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("{call}: cannot parse: {e}"));
                continue;
            }
        };
        let Some(bif) = super::lookup(
            crate::term::Atom::new(&c.module),
            crate::term::Atom::new(&c.function),
            c.args.len() as u32,
        ) else {
            failures.push(format!("{call}: no such built-in"));
            continue;
        };
        let got = match (bif.f)(&c.args) {
            Ok(t) => format!("= {}", inspect_with(&t, &Opts::unlimited())),
            Err(e) => format!("! {}", banner(&e, &c.module, &c.function, c.args.len())),
        };
        // Elixir adds the map to a KeyError's message; the built-in cannot.
        let matches = got == want || (got.starts_with("! ** (KeyError)") && want.starts_with(&got));
        if !matches {
            failures.push(format!("{call}\n   want {want}\n    got {got}"));
        }
    }
    assert!(count > 0, "empty golden file");
    failures
}

fn check(name: &str, golden: &str) {
    let failures = run_golden(golden);
    assert!(
        failures.is_empty(),
        "{} of the {name} cases differ from Elixir:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn erlang_matches_elixir() {
    check("erlang", include_str!("tests/erlang.golden"));
}

#[test]
fn lists_matches_elixir() {
    check("lists", include_str!("tests/lists.golden"));
}

#[test]
fn maps_matches_elixir() {
    check("maps", include_str!("tests/maps.golden"));
}

#[test]
fn string_matches_elixir() {
    check("string", include_str!("tests/string.golden"));
}

#[test]
fn unicode_matches_elixir() {
    check("unicode", include_str!("tests/unicode.golden"));
}

#[test]
fn binary_matches_elixir() {
    check("binary", include_str!("tests/binary.golden"));
}

#[test]
fn math_matches_elixir() {
    check("math", include_str!("tests/math.golden"));
}
