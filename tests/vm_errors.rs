//! Exceptions caught after a callee returned: the callee's return shrinks the
//! register vector to the caller of that call, whose window starts inside the
//! catching frame's; the handler must restore the catching frame's window
//! (this once indexed past the vector and panicked).

use std::process::Command;

#[test]
fn rescue_after_a_returned_call_keeps_the_frame() {
    let dir = std::env::temp_dir().join(format!("vial-errors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("rescue.exs");
    std::fs::write(
        &file,
        "defmodule O do\n  def id(x), do: x\nend\nshow = fn f ->\n  try do\n    IO.inspect(f.())\n  rescue\n    e in ArithmeticError -> IO.puts(\"caught #{Exception.message(e)}\")\n  end\nend\nshow.(fn -> 1 + O.id(:atom) end)\nshow.(fn -> O.id(2) end)\n",
    )
    .expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_vial"))
        .arg(&file)
        .output()
        .expect("run vial");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "caught bad argument in arithmetic expression\n2\n"
    );
    assert_eq!(out.status.code(), Some(0));
}
