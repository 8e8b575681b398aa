//! Property test: random and mutated sources never make the lexer or parser
//! panic. Inputs are corpus files cut, spliced and salted with Elixir's
//! trickiest fragments, plus strings built from those fragments alone. The run
//! is deterministic; `VIAL_FUZZ_CASES` and `VIAL_FUZZ_SEED` change its size and seed.

use std::fs;
use std::panic;
use std::path::Path;

use vial::syntax::string_to_quoted;

/// Fragments that open, close or bend Elixir's syntax.
const PIECES: &[&str] = &[
    "do",
    "end",
    "fn",
    "->",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "<<",
    ">>",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "#{",
    "~s(",
    "~r/",
    "~S\"\"\"\n",
    "%{",
    "%",
    "%Foo{",
    ":",
    "::",
    "|",
    "=>",
    "\\\\",
    "\\",
    "&",
    "&1",
    "&&",
    "@",
    ".",
    ".(",
    ",",
    ";",
    "\n",
    " ",
    "\t",
    "when",
    "not in",
    "in",
    "..",
    "..//",
    "//",
    "?",
    "?\\",
    "0x",
    "0b2",
    "1_",
    "1.0e",
    "Foo.",
    "a.",
    "foo ",
    "-",
    "+",
    "|>",
    "else",
    "rescue",
    "after",
    "catch",
    "true",
    "nil",
    ":\"",
    "a:",
    "\"a\":",
    "?a",
    "é",
    "😀",
    "Ü",
    "_",
    "...",
    "!",
    "^",
    "not",
    "and",
    "x = ",
    "# c\n",
    "\r\n",
    "unquote(",
    "<-",
];

fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parser");
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("tests/parser exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "exs"))
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .collect()
}

/// A char-boundary position in `s`.
fn boundary(rng: &mut fastrand::Rng, s: &str) -> usize {
    let mut i = rng.usize(..=s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(rng: &mut fastrand::Rng, base: &str) -> String {
    let mut s = base.to_string();
    for _ in 0..rng.usize(1..6) {
        let a = boundary(rng, &s);
        let b = boundary(rng, &s);
        let (lo, hi) = (a.min(b), a.max(b));
        match rng.u8(..6) {
            0 => s.replace_range(lo..hi, ""),
            1 => s.insert_str(a, PIECES[rng.usize(..PIECES.len())]),
            2 => {
                let chunk = s[lo..hi].to_string();
                let at = boundary(rng, &s);
                s.insert_str(at, &chunk);
            }
            3 => s.truncate(a),
            4 => s.insert(a, rng.char(' '..='~')),
            _ => {
                let end = boundary(rng, &s).max(a);
                s.replace_range(a..end, PIECES[rng.usize(..PIECES.len())]);
            }
        }
    }
    s
}

fn random_source(rng: &mut fastrand::Rng) -> String {
    (0..rng.usize(1..40))
        .map(|_| PIECES[rng.usize(..PIECES.len())])
        .collect()
}

#[test]
fn lexer_and_parser_never_panic() {
    let cases: usize = std::env::var("VIAL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let seed: u64 = std::env::var("VIAL_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5EED);
    let corpus = corpus();
    assert!(!corpus.is_empty(), "the parser corpus is empty");
    let mut rng = fastrand::Rng::with_seed(seed);
    let (mut parsed, mut rejected) = (0usize, 0usize);
    panic::set_hook(Box::new(|_| {}));
    for case in 0..cases {
        let source = if case % 4 == 0 {
            random_source(&mut rng)
        } else {
            let base = rng.usize(..corpus.len());
            mutate(&mut rng, &corpus[base])
        };
        match panic::catch_unwind(|| string_to_quoted(&source, "fuzz.exs")) {
            Ok(Ok(_)) => parsed += 1,
            Ok(Err(err)) => {
                assert!(
                    err.to_string().starts_with("** ("),
                    "error not in Elixir's form: {err}"
                );
                rejected += 1;
            }
            Err(_) => {
                let _ = panic::take_hook();
                let path = std::env::temp_dir().join(format!("vial-fuzz-panic-{seed}-{case}.exs"));
                let _ = fs::write(&path, &source);
                panic!(
                    "the parser panicked on case {case} (input saved to {})",
                    path.display()
                );
            }
        }
    }
    let _ = panic::take_hook();
    println!(
        "fuzz: {cases} inputs, {parsed} parsed, {rejected} rejected with a syntax error, no panic"
    );
    assert_eq!(parsed + rejected, cases);
}
