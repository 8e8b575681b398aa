//! The `vial` binary as a user meets it: exit statuses, error text for files it
//! cannot read, and input nested far deeper than any hand-written program.

use std::process::Command;

fn vial(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_vial"))
        .args(args)
        .output()
        .expect("vial runs")
}

fn temp_file(name: &str, contents: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("vial-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).expect("temp file is writable");
    path
}

#[test]
fn missing_file_is_a_file_error() {
    let out = vial(&["--quoted", "no/such/file.exs"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim_end(),
        "** (File.Error) could not read file \"no/such/file.exs\": no such file or directory"
    );
}

#[test]
fn syntax_error_exits_with_status_one() {
    let path = temp_file("broken.exs", "foo(1,\n");
    let out = vial(&["--quoted", path.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("** (TokenMissingError) "));
    assert!(out.stdout.is_empty());
}

#[test]
fn deeply_nested_expressions_parse_print_and_drop() {
    // 200,000 operands of a right-associative operator nest the quoted form as deep.
    let source = vec!["a"; 200_000].join(" = ");
    let path = temp_file("deep.exs", &source);
    let out = vial(&["--quoted", path.to_str().unwrap_or_default()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("{:=, [line: 1], [{:a, [line: 1], nil}, {:=, [line: 1],"));
    assert_eq!(stdout.matches("{:=,").count(), 199_999);
}
