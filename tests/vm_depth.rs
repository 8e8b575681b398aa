//! The VM's frames live on the heap: a non-tail recursion a million calls deep
//! returns its answer, and a tail-recursive loop of ten million iterations runs
//! in constant space (a Rust-stack interpreter would overflow on the first and
//! a frame-per-call one would exhaust memory on the second).

use std::process::Command;

fn run(source: &str) -> (String, i32) {
    let dir = std::env::temp_dir().join(format!("vial-depth-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(format!("p{}.exs", source.len()));
    std::fs::write(&file, source).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_vial"))
        .arg(&file)
        .output()
        .expect("run vial");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn non_tail_recursion_a_million_deep() {
    let (out, status) = run(
        "defmodule Deep do\n  def sum([]), do: 0\n  def sum([h | t]), do: h + sum(t)\nend\nIO.inspect Deep.sum(:lists.seq(1, 1_000_000))\n",
    );
    assert_eq!((out.as_str(), status), ("500000500000\n", 0));
}

#[test]
fn tail_loop_of_ten_million_in_constant_space() {
    let (out, status) = run(
        "defmodule Loop do\n  def loop(0, acc), do: acc\n  def loop(n, acc), do: loop(n - 1, acc + 2)\nend\nIO.inspect Loop.loop(10_000_000, 0)\n",
    );
    assert_eq!((out.as_str(), status), ("20000000\n", 0));
}
