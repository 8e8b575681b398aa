//! The shell in a pseudo-terminal, driven as a user at a keyboard would:
//! multi-line input, an error and then an earlier binding, Up to recall a
//! line, Tab completion, a message to the shell, Ctrl-C out of a long
//! evaluation, Ctrl-D to leave.

use rexpect::session::{spawn_command, PtySession};

fn shell(home: &std::path::Path) -> PtySession {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_vial"));
    cmd.env("HOME", home).env("TERM", "xterm");
    spawn_command(cmd, Some(20_000)).expect("vial starts in a pty")
}

fn settle() {
    std::thread::sleep(std::time::Duration::from_millis(300));
}

#[test]
fn a_session_at_the_keyboard() {
    let home = std::env::temp_dir().join(format!("vial-repl-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("a home folder");
    let mut p = shell(&home);
    p.exp_string("Interactive vial").expect("banner");
    p.exp_string("vial(1)> ").expect("first prompt");

    // A definition over several lines.
    // (The editor redraws the line being typed after its prompt at each
    // key: a new prompt is one on a new line.)
    p.send_line("defmodule Twice do").expect("send");
    p.exp_regex(r"\n[^\n]*\.\.\.\(1\)> ")
        .expect("continuation prompt");
    p.send_line("  def of(x), do: x * 2").expect("send");
    p.exp_regex(r"\n[^\n]*\.\.\.\(1\)> ")
        .expect("continuation prompt");
    p.send_line("end").expect("send");
    p.exp_string("vial(2)> ").expect("prompt after the module");
    p.send_line("y = Twice.of(21)").expect("send");
    p.exp_string("42").expect("result");
    p.exp_string("vial(3)> ").expect("prompt");

    // An error, then the binding from before it.
    p.send_line("1 / 0").expect("send");
    p.exp_string("** (ArithmeticError) bad argument in arithmetic expression")
        .expect("the error");
    p.exp_string("vial(3)> ")
        .expect("same counter after an error");
    p.send_line("y + 1").expect("send");
    p.exp_string("43").expect("binding kept");
    p.exp_string("vial(4)> ").expect("prompt");

    // Up recalls the last line (keys are sent once the editor reads them: the
    // terminal's pending input is flushed when it switches to raw mode).
    settle();
    p.send("\x1b[A").expect("up");
    p.flush().expect("flush");
    p.send("\r").expect("enter");
    p.flush().expect("flush");
    p.exp_string("43").expect("recalled line evaluated");
    p.exp_string("vial(5)> ").expect("prompt");

    // Tab completes a function name.
    settle();
    p.send("String.upc\t").expect("tab");
    p.flush().expect("flush");
    p.exp_string("String.upcase").expect("completed");
    p.send("(\"abc\")\r").expect("finish the line");
    p.flush().expect("flush");
    p.exp_string("\"ABC\"").expect("the completed call ran");
    p.exp_string("vial(6)> ").expect("prompt");

    // A message sent to the shell, then received.
    p.send_line("send(self(), {:hello, 1})").expect("send");
    p.exp_string("vial(7)> ").expect("prompt");
    p.send_line("receive do {:hello, n} -> n + 100 end")
        .expect("send");
    p.exp_string("101").expect("received");
    p.exp_string("vial(8)> ").expect("prompt");
    // ... and one printed by flush/0.
    p.send_line("send(self(), :ping)").expect("send");
    p.exp_string("vial(9)> ").expect("prompt");
    p.send_line("flush()").expect("send");
    p.exp_string(":ping").expect("flushed");
    p.exp_string(":ok").expect("flush's result");
    p.exp_string("vial(10)> ").expect("prompt");

    // Ctrl-C ends an evaluation that would never end; the session goes on.
    p.send_line("Process.sleep(:infinity)").expect("send");
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').expect("ctrl-c");
    p.exp_string("interrupted").expect("interrupted");
    p.send_line("y").expect("send");
    p.exp_string("42").expect("still has its bindings");

    // Ctrl-D leaves.
    settle();
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("the shell ends");
    let _ = std::fs::remove_dir_all(&home);
}

/// On a terminal, results are in iex's colours (the same bytes iex writes
/// for `42`), and a crashed linked process replaces the shell process.
#[test]
fn colours_and_a_new_shell_process() {
    let home = std::env::temp_dir().join(format!("vial-repl2-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("a home folder");
    let mut p = shell(&home);
    p.exp_string("vial(1)> ").expect("first prompt");
    p.send_line("42").expect("send");
    p.exp_string("\x1b[33m\x1b[33m42\x1b[0m\x1b[33m\x1b[0m")
        .expect("a yellow number");
    p.exp_string("vial(2)> ").expect("prompt");
    p.send_line("x = :kept?").expect("send");
    p.exp_string("vial(3)> ").expect("prompt");
    p.send_line("spawn_link(fn -> exit(:boom) end); Process.sleep(200)")
        .expect("send");
    p.exp_string("shell process exited with reason: :boom")
        .expect("iex's message");
    p.exp_string("Interactive vial").expect("the banner again");
    p.exp_string("vial(1)> ").expect("the counter starts again");
    p.send_line("binding()").expect("send");
    p.exp_string("[]").expect("no bindings in the new process");
    settle();
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("the shell ends");
    let _ = std::fs::remove_dir_all(&home);
}

/// A linked process that crashes while the shell waits at the prompt ends the
/// shell process at once, as in iex: the message, the banner and the next
/// process's prompt appear without a key pressed; a half-typed line then runs
/// in the new process.
#[test]
fn a_crash_while_idle_at_the_prompt() {
    let home = std::env::temp_dir().join(format!("vial-repl3-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("a home folder");
    let mut p = shell(&home);
    p.exp_string("vial(1)> ").expect("first prompt");
    p.send_line("x = 1").expect("send");
    p.exp_string("vial(2)> ").expect("prompt");
    p.send_line("spawn_link(fn -> Process.sleep(300); exit(:boom) end); :spawned")
        .expect("send");
    p.exp_string(":spawned").expect("the result");
    p.exp_string("vial(3)> ").expect("prompt");
    p.exp_string("\x1b[31m** (EXIT from #PID<")
        .expect("iex's message, in red, with no key pressed");
    p.exp_string(") shell process exited with reason: :boom\x1b[0m")
        .expect("the reason");
    p.exp_string("Interactive vial").expect("the banner again");
    p.exp_string("vial(1)> ").expect("the counter starts again");

    // typed before the crash, finished after it
    p.send_line("spawn_link(fn -> Process.sleep(300); exit(:again) end); :ok")
        .expect("send");
    p.exp_string("vial(2)> ").expect("prompt");
    settle();
    p.send("y = ").expect("half a line");
    p.flush().expect("flush");
    p.exp_string("shell process exited with reason: :again")
        .expect("the second crash");
    p.exp_string("vial(1)> ").expect("the counter starts again");
    p.send_line("[y, binding()]").expect("the rest of the line");
    p.exp_string("** (CompileError)")
        .expect("no y in the new process");
    settle();
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("the shell ends");
    let _ = std::fs::remove_dir_all(&home);
}

/// On a terminal `h` prints as iex does there: the heading in reverse
/// yellow across 80 columns, `@spec` and inline code in cyan, errors in red;
/// `i/1` its titles in yellow. (The same bytes iex writes.)
#[test]
fn documentation_and_info_in_colour() {
    let home = std::env::temp_dir().join(format!("vial-repl4-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("a home folder");
    let mut p = shell(&home);
    p.exp_string("vial(1)> ").expect("first prompt");
    p.send_line("h Enum.map").expect("send");
    let title = format!("{:>52}{:28}", "def map(enumerable, fun)", "");
    p.exp_string(&format!(
        "\x1b[0m\r\n\x1b[7m\x1b[33m{title}\x1b[0m\r\n\x1b[0m\r\n"
    ))
    .expect("the title, centred, in reverse yellow");
    p.exp_string("  \x1b[36m@spec\x1b[0m map(t(), (element() -> any())) :: list()\r\n\r\n")
        .expect("the spec");
    p.exp_string("\x1b[36mfun\x1b[0m")
        .expect("inline code in cyan");
    p.exp_string("vial(2)> ").expect("prompt");
    p.send_line("h Enum.nope").expect("send");
    p.exp_string("\x1b[31mNo documentation for Enum.nope was found\x1b[0m\r\n")
        .expect("iex's message, in red");
    p.exp_string("vial(3)> ").expect("prompt");
    p.send_line("i(1)").expect("send");
    p.exp_string("\x1b[33mTerm\x1b[0m\r\n\x1b[22m  1\x1b[0m\r\n\x1b[33mData type\x1b[0m\r\n\x1b[22m  Integer\x1b[0m\r\n")
        .expect("i's sections in iex's colours");
    p.exp_string("vial(4)> ").expect("prompt");
    settle();
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("the shell ends");
    let _ = std::fs::remove_dir_all(&home);
}

/// The line being typed is coloured as iex colours results, and the bracket
/// matching the one just typed is marked; `VIAL_HIGHLIGHT=0` turns it off.
#[test]
fn the_line_typed_is_highlighted() {
    let home = std::env::temp_dir().join(format!("vial-repl5-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("a home folder");
    let mut p = shell(&home);
    p.exp_string("vial(1)> ").expect("first prompt");
    settle();
    p.send("[:a, \"s\", 1]").expect("type");
    p.flush().expect("flush");
    p.exp_string("\x1b[1;34m[\x1b[0m\x1b[36m:a\x1b[0m, \x1b[32m\"s\"\x1b[0m, \x1b[33m1\x1b[0m]")
        .expect("the literals coloured, the opening bracket marked");
    p.send("\r").expect("enter");
    p.flush().expect("flush");
    p.exp_string("vial(2)> ").expect("prompt");
    settle();
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("the shell ends");

    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_vial"));
    cmd.env("HOME", &home)
        .env("TERM", "xterm")
        .env("VIAL_HIGHLIGHT", "0");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).expect("vial starts");
    p.exp_string("vial(1)> ").expect("first prompt");
    settle();
    p.send_line("[:plain]").expect("send");
    p.exp_string("\x1b[9C[:plain]\x1b[?2004l")
        .expect("the line as typed, no colours");
    settle();
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("the shell ends");
    let _ = std::fs::remove_dir_all(&home);
}

/// A module's docs on a terminal, as iex prints them there (the bytes were
/// checked against iex with the module compiled): bullets, headings
/// yellow, code cyan, emphasis underlined, strong text bright.
#[test]
fn a_modules_documentation_in_colour() {
    let home = std::env::temp_dir().join(format!("vial-repl6-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("a home folder");
    let circle = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/ch02_docs/circle.ex");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_vial"));
    cmd.args(["-i", circle])
        .env("HOME", &home)
        .env("TERM", "xterm");
    let mut p = spawn_command(cmd, Some(20_000)).expect("vial starts");
    p.exp_string("vial(1)> ").expect("first prompt");
    p.send_line("h Circle").expect("send");
    p.exp_string("Every function takes the radius \x1b[36mr\x1b[0m:\r\n\x1b[0m\r\n")
        .expect("a paragraph with inline code");
    // (the bullet itself, `•`, is more than a byte: rexpect reads bytes)
    p.exp_string(" \x1b[36marea/1\x1b[0m - the surface inside the circle\r\n")
        .expect("a bullet");
    p.exp_string("\x1b[0m\r\n\x1b[33m## Example\x1b[0m\r\n\x1b[0m\r\n")
        .expect("the end of the list, a heading");
    p.exp_string("\x1b[36m    iex> Circle.area(1)\r\n    3.14159\x1b[0m\r\n\x1b[0m\r\n")
        .expect("a code block");
    p.exp_string("vial(2)> ").expect("prompt");
    p.send_line("h Circle.circumference").expect("send");
    p.exp_string("\x1b[33msince:\x1b[0m 1.1.0\r\n\r\n")
        .expect("metadata");
    p.exp_string("that is \x1b[4mtwice\x1b[0m the radius times pi,\r\nwhich is \x1b[1m3.14159\x1b[0m here.\r\n")
        .expect("emphasis and strong text");
    p.exp_string("vial(3)> ").expect("prompt");
    settle();
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("the shell ends");
    let _ = std::fs::remove_dir_all(&home);
}
