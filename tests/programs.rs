//! Golden programs: every `tests/programs/*.exs` and every `examples/**/*.exs`
//! runs under vial and must print what Elixir 1.14 printed (committed beside
//! it by `tests/regen programs`): the same stdout, the same exit status, and
//! the same first line of stderr (the `** (Error) message` line).
//!
//! The evaluator is being built program by program, so the test holds a
//! ratchet: tests/programs/passing.txt names the programs that pass, and each
//! of them must keep passing. `VIAL_UPDATE_PASSING=1 cargo test --test
//! programs` rewrites the list from the current results.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

struct Case {
    /// Name in passing.txt: the path of the program.
    name: String,
    exs: PathBuf,
    expected: PathBuf,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cases() -> Vec<Case> {
    let root = root();
    let mut out = Vec::new();
    let programs = root.join("tests/programs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&programs)
        .expect("tests/programs exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "exs"))
        .collect();
    files.sort();
    for exs in files {
        let stem = exs
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        out.push(Case {
            name: format!("tests/programs/{stem}.exs"),
            expected: programs.join(&stem),
            exs,
        });
    }
    let mut examples = Vec::new();
    collect(&root.join("examples"), &mut examples);
    examples.sort();
    for exs in examples {
        let rel = exs
            .strip_prefix(root.join("examples"))
            .unwrap_or(&exs)
            .with_extension("");
        out.push(Case {
            name: format!("examples/{}.exs", rel.display()),
            expected: root.join("tests/examples").join(rel),
            exs,
        });
    }
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "exs") {
            out.push(p);
        }
    }
}

/// The program's `# args:` first line, if any.
fn args_of(exs: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(exs).unwrap_or_default();
    match text.lines().next().and_then(|l| l.strip_prefix("# args:")) {
        Some(rest) => rest.split_whitespace().map(String::from).collect(),
        None => Vec::new(),
    }
}

/// Runs one program; `Err` says how it differed.
fn check(case: &Case) -> Result<(), String> {
    let rel = case
        .exs
        .strip_prefix(root())
        .unwrap_or(&case.exs)
        .to_path_buf();
    let mut child = Command::new(env!("CARGO_BIN_EXE_vial"))
        .arg(&rel)
        .args(args_of(&case.exs))
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run vial: {e}"))?;
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > Duration::from_secs(60) => {
                let _ = child.kill();
                return Err("still running after 60 s".into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let want_out = std::fs::read(case.expected.with_extension("stdout")).unwrap_or_default();
    let want_status: i32 = std::fs::read_to_string(case.expected.with_extension("status"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let status = out.status.code().unwrap_or(-1);
    if out.stdout != want_out {
        return Err(format!(
            "stdout differs:\n--- expected\n{}\n--- got\n{}",
            String::from_utf8_lossy(&want_out),
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    if status != want_status {
        return Err(format!(
            "exit status {status}, expected {want_status}; stderr:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let want_err =
        std::fs::read_to_string(case.expected.with_extension("stderr")).unwrap_or_default();
    let got_err = String::from_utf8_lossy(&out.stderr);
    let first = |s: &str| s.lines().find(|l| l.starts_with("** (")).map(String::from);
    if want_status != 0 && first(&want_err) != first(&got_err) {
        return Err(format!(
            "stderr differs:\n--- expected\n{want_err}\n--- got\n{got_err}"
        ));
    }
    Ok(())
}

#[test]
fn golden_programs() {
    let cases = cases();
    let results: Mutex<Vec<(String, Result<(), String>)>> = Mutex::new(Vec::new());
    let next = Mutex::new(0usize);
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().expect("lock");
                    let i = *n;
                    *n += 1;
                    i
                };
                let Some(case) = cases.get(i) else {
                    break;
                };
                let r = check(case);
                results.lock().expect("lock").push((case.name.clone(), r));
            });
        }
    });
    let mut results = results.into_inner().expect("lock");
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let passing: Vec<&str> = results
        .iter()
        .filter(|(_, r)| r.is_ok())
        .map(|(n, _)| n.as_str())
        .collect();
    println!(
        "{} of {} programs print what Elixir prints",
        passing.len(),
        results.len()
    );
    let list = root().join("tests/programs/passing.txt");
    if std::env::var_os("VIAL_UPDATE_PASSING").is_some() {
        let mut text = passing.join("\n");
        text.push('\n');
        std::fs::write(&list, text).expect("write passing.txt");
        return;
    }
    let expected = std::fs::read_to_string(&list).unwrap_or_default();
    let mut regressions = Vec::new();
    for name in expected.lines().filter(|l| !l.trim().is_empty()) {
        match results.iter().find(|(n, _)| n == name) {
            Some((_, Ok(()))) => {}
            Some((_, Err(why))) => regressions.push(format!("{name}: {why}")),
            None => regressions.push(format!("{name}: no such program")),
        }
    }
    assert!(
        regressions.is_empty(),
        "{} programs in passing.txt no longer pass:\n\n{}",
        regressions.len(),
        regressions.join("\n\n")
    );
}
