//! The command line, mirroring `elixir`: `vial --quoted FILE` prints a file's quoted form.

use crate::syntax;
use crate::term;

/// Runs vial with `args` (without the program name); returns the exit status.
pub fn run(args: &[String]) -> i32 {
    match args {
        [flag, files @ ..] if flag == "--quoted" && !files.is_empty() => {
            for file in files {
                let source = match std::fs::read(file) {
                    Ok(bytes) => bytes,
                    Err(err) => {
                        eprintln!("** (File.Error) could not read file \"{file}\": {}", describe_io(&err));
                        return 1;
                    }
                };
                let source = String::from_utf8_lossy(&source);
                match syntax::string_to_quoted(&source, file) {
                    Ok(quoted) => println!("{}", term::inspect(&quoted)),
                    Err(err) => {
                        eprintln!("{err}");
                        return 1;
                    }
                }
            }
            0
        }
        _ => {
            eprintln!("usage: vial --quoted FILE...");
            1
        }
    }
}

fn describe_io(err: &std::io::Error) -> &'static str {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory",
        std::io::ErrorKind::PermissionDenied => "permission denied",
        _ => "input/output error",
    }
}
