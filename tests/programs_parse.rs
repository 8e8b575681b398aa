//! Every golden program (tests/programs/) and every book example (examples/)
//! parses: they were all accepted by Elixir 1.14 when their expected output was
//! recorded, so a syntax error here is a parser bug. (Running them is the
//! evaluator's job; this keeps the parser honest on realistic code meanwhile.)

use std::fs;
use std::path::{Path, PathBuf};

fn exs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            exs_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "exs") {
            out.push(path);
        }
    }
}

#[test]
fn programs_and_examples_parse() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    exs_files(&root.join("tests/programs"), &mut files);
    exs_files(&root.join("examples"), &mut files);
    files.sort();
    assert!(
        files.len() >= 200,
        "expected the golden programs and examples, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap_or_default();
        let name = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        if let Err(err) = vial::syntax::string_to_quoted(&source, &name) {
            failures.push(err.to_string());
        }
    }
    println!(
        "programs_parse: {} of {} files parse",
        files.len() - failures.len(),
        files.len()
    );
    assert!(
        failures.is_empty(),
        "syntax errors in files Elixir accepts:\n{}",
        failures.join("\n")
    );
}
