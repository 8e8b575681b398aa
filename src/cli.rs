//! The command line, mirroring `elixir`. For now: `vial --quoted FILE...` prints
//! each file's quoted form as `../shared/tools/quoted.exs` does, and
//! `vial --time-parse FILE [RUNS]` (a developer aid for tests/bench/) prints the
//! median time in microseconds of parsing FILE.

use std::io::Write;
use std::time::Instant;

use crate::syntax;
use crate::term;

const USAGE: &str = "usage: vial --quoted FILE...\n       vial --time-parse FILE [RUNS]";

/// Runs vial with `args` (without the program name); returns the exit status.
pub fn run(args: &[String]) -> i32 {
    match args {
        [flag, files @ ..] if flag == "--quoted" && !files.is_empty() => quoted(files),
        [flag, file] if flag == "--time-parse" => time_parse(file, 5),
        [flag, file, runs] if flag == "--time-parse" => match runs.parse() {
            Ok(n) if n > 0 => time_parse(file, n),
            _ => usage(),
        },
        _ => usage(),
    }
}

fn usage() -> i32 {
    eprintln!("{USAGE}");
    1
}

fn read_source(file: &str) -> Result<String, i32> {
    match std::fs::read(file) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(err) => {
            eprintln!(
                "** (File.Error) could not read file \"{file}\": {}",
                describe_io(&err)
            );
            Err(1)
        }
    }
}

fn quoted(files: &[String]) -> i32 {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for file in files {
        let source = match read_source(file) {
            Ok(s) => s,
            Err(status) => return status,
        };
        match syntax::string_to_quoted(&source, file) {
            Ok(quoted) => {
                // A closed pipe (`vial --quoted f | head`) ends the output quietly.
                if writeln!(
                    out,
                    "{}",
                    term::inspect_with(&quoted, &term::inspect::Opts::unlimited())
                )
                .is_err()
                {
                    return 0;
                }
            }
            Err(err) => {
                let _ = out.flush();
                eprintln!("{err}");
                return 1;
            }
        }
    }
    0
}

fn time_parse(file: &str, runs: usize) -> i32 {
    let source = match read_source(file) {
        Ok(s) => s,
        Err(status) => return status,
    };
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let parsed = syntax::string_to_quoted(&source, file);
        // Freeing the result is not parsing (Elixir's collector frees it later, too).
        times.push(start.elapsed().as_micros());
        if let Err(err) = parsed {
            eprintln!("{err}");
            return 1;
        }
    }
    times.sort_unstable();
    println!("{}", times[times.len() / 2]);
    0
}

fn describe_io(err: &std::io::Error) -> &'static str {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory",
        std::io::ErrorKind::PermissionDenied => "permission denied",
        std::io::ErrorKind::IsADirectory => "illegal operation on a directory",
        _ => "input/output error",
    }
}
