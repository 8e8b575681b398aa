//! ExUnit test files: every `tests/exunit/*_test.exs` and `tests/stdlib/*_test.exs`
//! (the stdlib's own tests, a file per module) runs under vial as
//! `vial [-r REQUIRED]... -r tests/exunit/test_helper.exs FILE` and must print
//! what Elixir 1.14 printed (committed beside it by `tests/regen exunit`): the
//! same stdout once timings and the seed are blanked out, and the same exit
//! status. The book's chapter 7 examples keep their tests in
//! `examples/ch07_x/test/` with a `test_helper.exs` of their own; their
//! expected output lives under tests/examples/.
//!
//! A ratchet as for the golden programs: tests/exunit/passing.txt names the
//! files that pass, each must keep passing; `VIAL_UPDATE_PASSING=1 cargo test
//! --test exunit` rewrites it.

#[path = "common/ratchet.rs"]
mod ratchet;
#[path = "common/run.rs"]
mod run;
use ratchet::ratchet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The test files, as paths relative to the root: tests/exunit's and
/// tests/stdlib's, then the book examples' (`examples/ch07_x/test/*_test.exs`).
fn cases() -> Vec<String> {
    let mut files = test_files("tests/exunit");
    files.extend(test_files("tests/stdlib"));
    let mut examples: Vec<String> = std::fs::read_dir(root().join("examples"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.starts_with("ch07_"))
        .flat_map(|n| test_files(&format!("examples/{n}/test")))
        .collect();
    files.sort();
    examples.sort();
    files.extend(examples);
    files
}

fn test_files(dir: &str) -> Vec<String> {
    std::fs::read_dir(root().join(dir))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with("_test.exs"))
        .map(|n| format!("{dir}/{n}"))
        .collect()
}

/// Where the expected output of a test file lives, without the extension:
/// beside it, or for an example under tests/examples/.
fn expected_base(rel: &str) -> PathBuf {
    let rel = rel.trim_end_matches(".exs");
    match rel.strip_prefix("examples/") {
        Some(example) => root().join("tests/examples").join(example),
        None => root().join(rel),
    }
}

/// The test helper: the example's own `test/test_helper.exs`, else tests/exunit's.
fn helper(rel: &str) -> String {
    let own = Path::new(rel).with_file_name("test_helper.exs");
    if rel.starts_with("examples/") && root().join(&own).exists() {
        own.display().to_string()
    } else {
        "tests/exunit/test_helper.exs".to_string()
    }
}

/// The command-line arguments before the file: `-r` for each file named on a
/// first line `# requires: a.ex b.ex`, then the test helper.
fn requires(exs: &Path, helper: String) -> Vec<String> {
    let text = std::fs::read_to_string(exs).unwrap_or_default();
    let mut args = Vec::new();
    if let Some(rest) = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# requires:"))
    {
        for f in rest.split_whitespace() {
            args.push("-r".to_string());
            args.push(f.to_string());
        }
    }
    args.push("-r".to_string());
    args.push(helper);
    args
}

/// Blanks out what differs from run to run: the timings and the seed; the
/// checkout's absolute path (in a test's context) reads `ROOT`.
fn normalise(out: &str) -> String {
    let prefix = format!("{}/", root().display());
    let out = out.replace(&prefix, "ROOT/");
    let mut text = String::new();
    for line in out.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let body = if body.starts_with("Finished in ") {
            "Finished in X seconds".to_string()
        } else if body.starts_with("Randomized with seed ") {
            "Randomized with seed X".to_string()
        } else {
            blank_log_times(&blank_trace_time(body))
        };
        text.push_str(&body);
        if line.ends_with('\n') {
            text.push('\n');
        }
    }
    text
}

/// Logger's `12:34:56.789 [info]` as `HH:MM:SS.mmm [info]`, wherever it is
/// (captured logs are inspected inside strings).
fn blank_log_times(line: &str) -> String {
    let bytes = line.as_bytes();
    let shape = b"dd:dd:dd.ddd [";
    let mut out = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let fits = bytes.len() - i >= shape.len()
            && shape.iter().zip(&bytes[i..]).all(|(s, b)| match s {
                b'd' => b.is_ascii_digit(),
                _ => s == b,
            });
        if fits {
            out.push_str("HH:MM:SS.mmm [");
            i += shape.len();
        } else {
            let c = line[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// `  * test x (1.2ms) [L#4]` (the `trace: true` lines) without the time.
fn blank_trace_time(line: &str) -> String {
    if !line.starts_with("  * ") {
        return line.to_string();
    }
    match (line.rfind(" ("), line.rfind("ms)")) {
        (Some(open), Some(close)) if open < close => {
            let time = &line[open + 2..close];
            if time.chars().all(|c| c.is_ascii_digit() || c == '.') {
                format!("{} (Xms){}", &line[..open], &line[close + 3..])
            } else {
                line.to_string()
            }
        }
        _ => line.to_string(),
    }
}

/// Runs one test file; `Err` says how it differed.
fn check(rel: &str) -> Result<(), String> {
    let exs = root().join(rel);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vial"));
    cmd.args(requires(&exs, helper(rel)))
        .arg(rel)
        .current_dir(root());
    let out = run::output_within(cmd, Duration::from_secs(60))?;
    let base = expected_base(rel);
    let want_out = std::fs::read_to_string(base.with_extension("stdout")).unwrap_or_default();
    let want_status: i32 = std::fs::read_to_string(base.with_extension("status"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let got = normalise(&String::from_utf8_lossy(&out.stdout));
    let want = normalise(&want_out);
    if got != want {
        return Err(format!(
            "stdout differs:\n--- expected\n{want}\n--- got\n{got}\n--- stderr\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let status = out.status.code().unwrap_or(-1);
    if status != want_status {
        return Err(format!(
            "exit status {status}, expected {want_status}; stderr:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

#[test]
fn normalise_blanks_timings_and_seed() {
    let out = "..\nFinished in 0.03 seconds (0.02s on load, 0.00s async, 0.01s sync)\n\
               2 tests, 0 failures\n\nRandomized with seed 0\n  * test a (0.1ms) [L#3]\n";
    assert_eq!(
        normalise(out),
        "..\nFinished in X seconds\n2 tests, 0 failures\n\nRandomized with seed X\n  * test a (Xms) [L#3]\n"
    );
    assert_eq!(
        normalise("left:  \"\\n06:18:08.836 [error] oops\\n\"\n"),
        "left:  \"\\nHH:MM:SS.mmm [error] oops\\n\"\n"
    );
}

#[test]
fn exunit_files() {
    let cases = cases();
    let results: Vec<(String, Result<(), String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = cases
            .chunks(cases.len().div_ceil(4).max(1))
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|c| (c.clone(), check(c)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let passing: Vec<&str> = results
        .iter()
        .filter(|(_, r)| r.is_ok())
        .map(|(n, _)| n.as_str())
        .collect();
    println!(
        "{} of {} ExUnit files print what Elixir prints",
        passing.len(),
        results.len()
    );
    for (name, r) in &results {
        if let Err(why) = r {
            println!("FAIL {name}: {why}");
        }
    }
    ratchet(&root().join("tests/exunit/passing.txt"), &results, "files");
}
