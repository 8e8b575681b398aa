//! Golden programs: every `tests/programs/*.exs` and every `examples/**/*.exs`
//! runs under vial and must print what Elixir 1.14 printed (committed beside
//! it by `tests/regen programs`): the same stdout, the same exit status, and
//! the same report of an uncaught error on stderr (its message and the frames
//! of the user's code: see `error_report`).
//!
//! Logger reports (a crashed process's `[error] Process #PID<...> raised an
//! exception`, a GenServer's `[error] GenServer ... terminating`) go to
//! stdout, written by Elixir's asynchronous Logger at a moment of its own: they
//! are taken out of both stdouts and compared apart, as a set, without their
//! timestamps, stack frames and the numbers inside pids and references.
//!
//! The evaluator is being built program by program, so the test holds a
//! ratchet: tests/programs/passing.txt names the programs that pass, and each
//! of them must keep passing. `VIAL_UPDATE_PASSING=1 cargo test --test
//! programs` rewrites the list from the current results.

#[path = "common/ratchet.rs"]
mod ratchet;
#[path = "common/run.rs"]
mod run;
use ratchet::ratchet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

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
        // An example's ExUnit tests (`test/`) are run by tests/exunit.rs.
        if p.is_dir() && p.file_name().is_some_and(|n| n == "test") {
            continue;
        }
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
    check_with(case, &[])
}

/// Runs a program with extra environment variables (the scheduler settings
/// of the stress test).
fn check_with(case: &Case, env: &[(&str, &str)]) -> Result<(), String> {
    let rel = case
        .exs
        .strip_prefix(root())
        .unwrap_or(&case.exs)
        .to_path_buf();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vial"));
    cmd.envs(env.iter().copied())
        .arg(&rel)
        .args(args_of(&case.exs))
        .current_dir(root());
    let out = run::output_within(cmd, Duration::from_secs(60))?;
    let want_out = std::fs::read(case.expected.with_extension("stdout")).unwrap_or_default();
    let want_status: i32 = std::fs::read_to_string(case.expected.with_extension("status"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let status = out.status.code().unwrap_or(-1);
    let (want_rest, want_reports) = split_reports(&String::from_utf8_lossy(&want_out));
    let (got_rest, got_reports) = split_reports(&String::from_utf8_lossy(&out.stdout));
    if got_rest != want_rest {
        return Err(format!(
            "stdout differs:\n--- expected\n{}\n--- got\n{}",
            String::from_utf8_lossy(&want_out),
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    if got_reports != want_reports {
        return Err(format!(
            "Logger reports differ:\n--- expected\n{}\n--- got\n{}",
            want_reports.join("\n"),
            got_reports.join("\n")
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
    if want_status != 0 && error_report(&want_err) != error_report(&got_err) {
        return Err(format!(
            "stderr differs:\n--- expected\n{want_err}\n--- got\n{got_err}"
        ));
    }
    Ok(())
}

/// The lines of an uncaught error's report that vial must reproduce: from the
/// `** (Error) message` line on, the whole message (a FunctionClauseError's
/// arguments, an ArgumentError's list of bad arguments), the frames of the
/// user's own code (`    f.exs:3: M.f/1`, `anonymous fn/1 in M.f/1`) and the
/// call that failed (`    :erlang.binary_to_integer("x")`, `    M.g(3)`).
/// Frames inside Elixir and Erlang (`    (elixir 1.14.0) lib/enum.ex:...`,
/// `    (stdlib 4.2) ...`) are left out: they name the BEAM's own code.
/// Warnings printed before the error are left out too.
fn error_report(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text
        .lines()
        .skip_while(|l| !l.starts_with("** ("))
        .filter(|l| !is_internal_frame(l))
        .map(normalize_ids)
        .collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    lines
}

/// `    (elixir 1.14.0) lib/enum.ex:1658: Enum.map/2`, `    (stdlib 4.2) ...`:
/// a frame of an OTP application's code.
fn is_internal_frame(line: &str) -> bool {
    // Indented at any depth: frames inside an `EXIT from` report are deeper.
    let trimmed = line.trim_start_matches(' ');
    if trimmed.len() == line.len() {
        return false;
    }
    let Some(rest) = trimmed.strip_prefix('(') else {
        return false;
    };
    let Some((app, _)) = rest.split_once(") ") else {
        return false;
    };
    let mut words = app.split(' ');
    matches!(
        (words.next(), words.next(), words.next()),
        (Some(name), Some(vsn), None)
            if name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                && vsn.starts_with(|c: char| c.is_ascii_digit())
    )
}

/// `HH:MM:SS.mmm [level] ` at the start of a line: the header of a Logger
/// report; the length of that prefix.
fn report_header(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        r.into_iter()
            .all(|i| b.get(i).is_some_and(u8::is_ascii_digit))
    };
    let shape = digits(0..2)
        && b.get(2) == Some(&b':')
        && digits(3..5)
        && b.get(5) == Some(&b':')
        && digits(6..8)
        && b.get(8) == Some(&b'.')
        && digits(9..12)
        && b.get(12) == Some(&b' ')
        && b.get(13) == Some(&b'[');
    if !shape {
        return None;
    }
    let close = line.find("] ")?;
    let level = &line[14..close];
    ["error", "warning", "notice", "info", "debug"]
        .contains(&level)
        .then_some(13)
}

/// Whether a line after a report's header still belongs to that report:
/// stack frames and the other indented lines, the reason, and the lines of a
/// GenServer's report.
fn in_report(line: &str) -> bool {
    line.starts_with(' ')
        || line.starts_with('\t')
        || ["** (", "Last message", "State: ", "Client "]
            .iter()
            .any(|p| line.starts_with(p))
}

/// Splits Logger reports out of a program's stdout: the rest (exact), and
/// each report as its header and unindented lines, normalised, sorted.
fn split_reports(text: &str) -> (String, Vec<String>) {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut rest: Vec<&str> = Vec::new();
    let mut reports = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(skip) = report_header(lines[i]) else {
            rest.push(lines[i]);
            i += 1;
            continue;
        };
        // Logger writes a blank line before each report.
        if rest.last() == Some(&"\n") {
            rest.pop();
        }
        let mut report = vec![normalize_ids(lines[i][skip..].trim_end())];
        i += 1;
        let start = i;
        while i < lines.len() {
            let line = lines[i];
            let blank_then_frames =
                line == "\n" && lines.get(i + 1).is_some_and(|next| next.starts_with(' '));
            // A one-line message that ends with its own newline.
            let trailing_blank = line == "\n" && i == start;
            if !(in_report(line) || blank_then_frames || trailing_blank) {
                break;
            }
            if !line.starts_with(' ') && !line.starts_with('\t') && line != "\n" {
                report.push(normalize_ids(line.trim_end()));
            }
            i += 1;
        }
        reports.push(report.join("\n"));
    }
    reports.sort();
    (rest.concat(), reports)
}

/// Replaces what differs from run to run inside `#PID<0.110.0>`,
/// `#Reference<0.1.2.3>`, `#Port<0.5>` and `#Function<...>` with `_`.
fn normalize_ids(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find('#') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let kind = ["#PID<", "#Reference<", "#Port<", "#Function<"]
            .into_iter()
            .find(|k| rest.starts_with(k));
        match (kind, rest.find('>')) {
            (Some(k), Some(end)) => {
                out.push_str(k);
                out.push_str("_>");
                rest = &rest[end + 1..];
            }
            _ => {
                out.push('#');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
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
    ratchet(
        &root().join("tests/programs/passing.txt"),
        &results,
        "programs",
    );
}

/// Programs whose output depends on timing on the BEAM too, which the
/// stress settings bring out: proc_monitor sends a process the message that
/// ends it and then monitors it, expecting the monitor to arrive first (as it
/// does when the sender is not preempted between the two).
const TIMING_DEPENDENT: &[&str] = &["tests/programs/proc_monitor.exs"];

/// The programs of the ratchet whose file names start with one of
/// `prefixes`, less the timing-dependent ones.
fn passing_cases_named(prefixes: &[&str]) -> Vec<Case> {
    let list =
        std::fs::read_to_string(root().join("tests/programs/passing.txt")).unwrap_or_default();
    cases()
        .into_iter()
        .filter(|c| list.lines().any(|l| l == c.name))
        .filter(|c| !TIMING_DEPENDENT.contains(&c.name.as_str()))
        .filter(|c| {
            let file = c.exs.file_name().and_then(|f| f.to_str()).unwrap_or("");
            prefixes.iter().any(|p| file.starts_with(p))
        })
        .collect()
}

/// Runs every case under each of the environments: what failed, and why.
fn failures_under(cases: &[Case], settings: &[&[(&str, &str)]]) -> Vec<String> {
    let mut failures = Vec::new();
    for env in settings {
        for case in cases {
            if let Err(why) = check_with(case, env) {
                failures.push(format!("{} with {env:?}: {why}", case.name));
            }
        }
    }
    failures
}

/// The process programs of the ratchet, again under the settings that shake
/// out races: one scheduler (a busy process must not starve the others), and
/// four schedulers switching process at every call.
#[test]
fn process_programs_under_stress() {
    let cases = passing_cases_named(&["proc_", "gen_server_", "ch05_", "ch06_", "jit_"]);
    assert!(cases.len() > 20, "only {} process programs", cases.len());
    let failures = failures_under(
        &cases,
        &[
            &[("VIAL_SCHEDULERS", "1")],
            &[("VIAL_SCHEDULERS", "4"), ("VIAL_REDUCTIONS", "1")],
        ],
    );
    assert!(
        failures.is_empty(),
        "{} runs failed under stress:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The language programs of the ratchet again, with every function that
/// qualifies for the native tier (src/vm/jit.rs) compiled at its first call:
/// native code, and each way out of it back to the interpreter, must not
/// change what a program prints.
#[test]
fn language_programs_with_native_code_at_once() {
    let cases = passing_cases_named(&["jit_", "lang_", "basics_"]);
    assert!(cases.len() > 60, "only {} language programs", cases.len());
    let failures = failures_under(&cases, &[&[("VIAL_JIT", "1")]]);
    assert!(
        failures.is_empty(),
        "{} runs failed with native code at once:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn logger_reports_are_split_from_stdout() {
    let text = "start\n\n03:07:56.445 [error] GenServer #PID<0.103.0> terminating\n\
        ** (RuntimeError) boom\n    e2.exs:4: S.handle_call/3\n\
        Last message (from #PID<0.96.0>): :crash\nState: %{a: 1}\nClient #PID<0.96.0> is alive\n\n\
        \x20   (stdlib 4.2) gen.erl:256: :gen.do_call/4\nnext line\n\n\
        03:07:56.460 [error] S #PID<0.105.0> received unexpected message in handle_info/2: :hello\n\n\
        end\n";
    let (rest, reports) = split_reports(text);
    assert_eq!(rest, "start\nnext line\nend\n");
    assert_eq!(
        reports,
        vec![
            "[error] GenServer #PID<_> terminating\n** (RuntimeError) boom\n\
             Last message (from #PID<_>): :crash\nState: %{a: 1}\nClient #PID<_> is alive",
            "[error] S #PID<_> received unexpected message in handle_info/2: :hello",
        ]
    );
    assert_eq!(split_reports("a\n\nb\n").0, "a\n\nb\n");
}

#[test]
fn error_reports_keep_the_users_frames() {
    let text = "warning: unused\n  f.exs:1\n\n** (ArgumentError) errors were found at the given arguments:\n\n\
        \x20 * 1st argument: not a textual representation of an integer\n\n\
        \x20   :erlang.binary_to_integer(\"x\")\n\
        \x20   (elixir 1.14.0) lib/enum.ex:1658: Enum.\"-map/2-lists^map/1-0-\"/2\n\
        \x20   (stdlib 4.2) erl_eval.erl:744: :erl_eval.do_apply/7\n\
        \x20   f.exs:3: anonymous fn/1 in M.f/1\n\
        \x20   (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2\n";
    assert_eq!(
        error_report(text),
        vec![
            "** (ArgumentError) errors were found at the given arguments:",
            "",
            "  * 1st argument: not a textual representation of an integer",
            "",
            "    :erlang.binary_to_integer(\"x\")",
            "    f.exs:3: anonymous fn/1 in M.f/1",
        ]
    );
}
