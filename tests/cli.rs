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

/// The native tier compiles what qualifies, and only that: hot functions of
/// small integers, alone or with the functions they call, and not a function
/// that can return an atom.
#[test]
fn native_tier_compiles_hot_integer_functions() {
    let path = temp_file(
        "native.exs",
        "defmodule N do\n\
         def fib(n) when n < 2, do: n\n\
         def fib(n), do: fib(n - 1) + fib(n - 2)\n\
         def even(0), do: 1\n\
         def even(n), do: odd(n - 1)\n\
         def odd(0), do: 0\n\
         def odd(n), do: even(n - 1)\n\
         def sign(n) when n < 0, do: :negative\n\
         def sign(_), do: :other\n\
         end\n\
         IO.puts(N.fib(20))\n\
         IO.puts(N.even(5001))\n\
         IO.puts(Enum.count(1..5000, &(N.sign(&1) == :other)))\n",
    );
    let out = Command::new(env!("CARGO_BIN_EXE_vial"))
        .arg(&path)
        .env("VIAL_JIT_DEBUG", "1")
        .env_remove("VIAL_JIT")
        .output()
        .expect("vial runs");
    let _ = std::fs::remove_file(&path);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "6765\n0\n5000\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut compiled: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("vial jit: "))
        .collect();
    compiled.sort();
    assert_eq!(
        compiled,
        [
            "Elixir.N.even/1 Elixir.N.odd/1 Ok(())",
            "Elixir.N.fib/1 Ok(())"
        ],
        "{stderr}"
    );
}

#[test]
fn frames_name_a_script_relative_to_the_working_directory() {
    // `elixir /abs/dir/f.exs` run in /abs/dir names its frames `f.exs:2`,
    // while `__ENV__.file` stays absolute.
    let path = temp_file("frames.exs", "IO.puts(__ENV__.file)\nraise \"x\"\n");
    let dir = path.parent().expect("a temp dir");
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let out = Command::new(env!("CARGO_BIN_EXE_vial"))
        .arg(&path)
        .current_dir(dir)
        .output()
        .expect("vial runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim_end(),
        path.to_str().unwrap_or_default()
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr,
        format!("** (RuntimeError) x\n    {name}:2: (file)\n")
    );
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

/// `vial` with piped input is the shell without a terminal: prompts, results
/// as iex prints them, bindings kept across an error, multi-line input, the
/// shell's mailbox.
#[test]
fn piped_shell_evaluates_line_by_line() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_vial"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("vial runs");
    let input = "x = 1 + 1\nIO.puts x\n1/0\n[x,\n3]\nsend(self(), :hi)\nflush()\nv(1)\n";
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("vial ends");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let body = stdout.split_once('\n').map(|x| x.1).unwrap_or("");
    assert!(stdout.starts_with("Interactive vial "), "{stdout}");
    assert_eq!(
        body,
        "vial(1)> 2\nvial(2)> 2\n:ok\nvial(3)> ** (ArithmeticError) bad argument in arithmetic expression: 1 / 0\n    :erlang./(1, 0)\nvial(3)> ...(3)> [2, 3]\nvial(4)> :hi\nvial(5)> :hi\n:ok\nvial(6)> 2\nvial(7)> \n"
    );
    assert!(out.status.success());
}

/// Feeds `input` to the shell through a pipe; returns what it printed after
/// the banner.
fn piped_shell(input: &str) -> String {
    piped_shell_with(&[], input)
}

/// The same, with `args` given to `vial` (`-i FILE` loads files first).
fn piped_shell_with(args: &[String], input: &str) -> String {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_vial"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("vial runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("vial ends");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    stdout
        .split_once('\n')
        .map(|x| x.1.to_string())
        .unwrap_or_default()
}

/// `h` prints docs as iex does without colours: a centred heading, metadata,
/// the text; and iex's messages when there is nothing to show.
#[test]
fn h_prints_documentation() {
    let body =
        piped_shell("h Enum.map\nh Nope\nh Enum.nope\nh is_atom\nh Kernel.+/2\nh case\nh Enum.t\n");
    let heading = format!("{}def map(enumerable, fun)\n\n", " ".repeat(28));
    assert!(
        body.starts_with(&format!("vial(1)> \n{heading}  @spec")),
        "{body}"
    );
    assert!(body.contains("\nvial(2)> Could not load module Nope, got: nofile\n"));
    assert!(body.contains("\nvial(3)> No documentation for Enum.nope was found\n"));
    assert!(body.contains("def is_atom(term)\n\nguard: true\n\nReturns `true`"));
    let plus = format!(
        "\nvial(5)> \n{}def left + right\n\nguard: true\n\nAdds two numbers.",
        " ".repeat(32)
    );
    assert!(body.contains(&plus), "an operator: {body}");
    let case = format!(
        "\nvial(6)> \n{}defmacro case(condition, clauses)\n\n",
        " ".repeat(23)
    );
    assert!(body.contains(&case), "a special form: {body}");
    assert!(body.contains(
        "\nvial(7)> No documentation for function Enum.t was found, but there is a type with the same name.\n\
         You can view type documentation with the t/1 helper.\n\n"
    ));
    assert!(
        body.contains(
            "def map(enumerable, fun)\n\n  @spec map(t(), (element() -> any())) :: list()\n\n"
        ),
        "the spec under the heading: {body}"
    );
}

/// A linked process that crashes ends the shell process: iex's message, the
/// banner again, a new process without the old bindings; `respawn/0` starts
/// one on purpose; `import_file/1` evaluates a file as if typed.
#[test]
fn shell_process_is_replaced_when_it_exits() {
    let file = temp_file("import.exs", "a = 10\nb = a * 2\n");
    let input = format!(
        "x = 1\nspawn_link(fn -> exit(:boom) end); Process.sleep(200)\nx\ny = 2\nrespawn()\ny\nimport_file(\"{}\")\na + b\n",
        file.display()
    );
    let body = piped_shell(&input);
    let banner = body
        .lines()
        .find(|l| l.starts_with("Interactive vial"))
        .unwrap_or_default()
        .to_string();
    let pid_end = body.find(") shell process").unwrap_or(0);
    let pid_start = body.find("#PID<").unwrap_or(0);
    let pid = &body[pid_start..pid_end];
    assert_eq!(
        body,
        format!(
            "vial(1)> 1\nvial(2)> ** (EXIT from {pid}) shell process exited with reason: :boom\n\n{banner}\nvial(1)> ** (CompileError) iex:1: undefined function x/0 (there is no such import)\n\nvial(1)> 2\nvial(2)> \n{banner}\nvial(1)> ** (CompileError) iex:1: undefined function y/0 (there is no such import)\n\nvial(1)> 20\nvial(2)> 30\nvial(3)> \n"
        )
    );
}

/// What follows each prompt (`iex(N)> `, `vial(N)> `, `...(N)> `) in a
/// piped shell's output; the banner before the first prompt is dropped.
fn after_prompts(out: &str) -> Vec<String> {
    let mut cuts = Vec::new();
    for (at, _) in out.match_indices(")> ") {
        let Some(open) = out[..at].rfind('(') else {
            continue;
        };
        let digits = &out[open + 1..at];
        let before = &out[..open];
        let is_prompt = !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && ["iex", "vial", "..."].iter().any(|p| before.ends_with(p));
        if is_prompt {
            let start = ["iex", "vial", "..."]
                .iter()
                .find(|p| before.ends_with(*p))
                .map_or(open, |p| open - p.len());
            cuts.push((start, at + 3));
        }
    }
    let mut segments = Vec::new();
    for (i, &(_, end)) in cuts.iter().enumerate() {
        let next = cuts.get(i + 1).map_or(out.len(), |c| c.0);
        segments.push(normalise_result(&out[end..next]));
    }
    segments
}

/// What legitimately differs between iex and vial: pids, the inside of
/// anonymous functions, the bytes of a module's BEAM code (vial's only stands for it).
fn normalise_result(segment: &str) -> String {
    let mut s = segment.trim_end().to_string();
    if let Some(rest) = s.strip_prefix("{:module, ") {
        let name = rest.split(',').next().unwrap_or_default();
        return format!("{{:module, {name}, ...}}");
    }
    for opener in ["#PID<", "#Function<"] {
        let mut out = String::new();
        let mut rest = s.as_str();
        while let Some(at) = rest.find(opener) {
            out.push_str(&rest[..at + opener.len()]);
            rest = &rest[at + opener.len()..];
            out.push_str("...");
            rest = rest.find('>').map_or("", |e| &rest[e..]);
        }
        out.push_str(rest);
        s = out;
    }
    s
}

/// examples/ch02_shell.md is a session a reader types along with: vial must
/// answer its inputs as iex did (tests/examples/ch02_shell.iex, written by
/// `tests/regen shell`), and the answers the text shows must be iex's.
#[test]
fn chapter_two_session_answers_as_iex_does() {
    session_answers_as_iex_does("ch02_shell");
}

/// examples/ch02_docs.md: `h` on a module loaded from a file prints its
/// `@moduledoc`, `@doc` and `@spec` as iex prints them.
#[test]
fn documentation_session_answers_as_iex_does() {
    session_answers_as_iex_does("ch02_docs");
}

/// examples/ch02_helpers.md: `i/1`, `v/0,1`, `flush/0`, `pid/1,3`,
/// `exports/1`, `l/1` and `clear/0` print what iex prints.
#[test]
fn helpers_session_answers_as_iex_does() {
    session_answers_as_iex_does("ch02_helpers");
}

/// examples/ch02_errors.md: errors in the shell (a missing map key, failed
/// matches, arithmetic, a function no clause of matches) reported as iex
/// reports them, with the session going on.
#[test]
fn errors_session_answers_as_iex_does() {
    session_answers_as_iex_does("ch02_errors");
}

/// examples/NAME.md against tests/examples/NAME.iex; the `.ex` files of
/// examples/NAME/ are loaded first (`vial -i`), as iex had them compiled.
fn session_answers_as_iex_does(name: &str) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let md = std::fs::read_to_string(root.join(format!("examples/{name}.md"))).expect("the guide");
    let iex = std::fs::read_to_string(root.join(format!("tests/examples/{name}.iex")))
        .expect("iex's answers (tests/regen shell)");
    let mut args = Vec::new();
    if let Ok(entries) = std::fs::read_dir(root.join("examples").join(name)) {
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ex"))
            .collect();
        files.sort();
        if !files.is_empty() {
            args.push("-i".to_string());
            args.extend(files.iter().map(|p| p.display().to_string()));
        }
    }
    // The inputs, and for each line typed, the answer the text shows (if any).
    let mut inputs = Vec::new();
    let mut shown: Vec<Option<String>> = Vec::new();
    let mut in_block = false;
    for line in md.lines() {
        if line.starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(input) = line
            .strip_prefix("iex> ")
            .or_else(|| line.strip_prefix("...> "))
        {
            inputs.push(input.to_string());
            shown.push(None);
        } else if let Some(last) = shown.last_mut() {
            let text = last.get_or_insert_with(String::new);
            text.push_str(line);
            text.push('\n');
        }
    }
    let expected = after_prompts(&iex);
    let got = after_prompts(&piped_shell_with(&args, &(inputs.join("\n") + "\n")));
    assert_eq!(got, expected, "vial's answers against iex's");
    assert_eq!(
        expected.len(),
        inputs.len() + 1,
        "a prompt for each line and one more"
    );
    for (i, answer) in shown.iter().enumerate() {
        if let Some(answer) = answer {
            assert_eq!(
                normalise_result(answer),
                expected[i],
                "the answer the guide shows to `{}`",
                inputs[i]
            );
        }
    }
}

/// Specs as iex writes them back: every named type a call, and a spec too
/// long for a line broken as Elixir's formatter breaks it (the expected text
/// is what iex printed for this module compiled with elixirc).
#[test]
fn specs_are_laid_out_as_iex_lays_them_out() {
    let source = temp_file(
        "specs.ex",
        "defmodule S do\n  @type some_argument_type :: atom\n  @type another_argument_type :: atom\n  @doc \"x\"\n  \
         @spec long_function_name(some_argument_type, another_argument_type) :: {:ok, result} | :error when result: term\n  \
         def long_function_name(a, b), do: {a, b}\n  @doc \"y\"\n  @spec short(a) :: a when a: term\n  def short(a), do: a\n  \
         @doc \"z\"\n  @spec keyword_thing(keyword(integer), [atom], %{optional(atom) => String.t}, 0..255) :: :ok\n  \
         def keyword_thing(a, b, c, d), do: {a, b, c, d}\nend\n",
    );
    let body = piped_shell_with(
        &["-i".to_string(), source.display().to_string()],
        "h S.long_function_name\nh S.short\nh S.keyword_thing\n",
    );
    let _ = std::fs::remove_file(&source);
    let expected = "vial(1)> \n                          def long_function_name(a, b)\n\n  \
        @spec long_function_name(some_argument_type(), another_argument_type()) ::\n          \
        {:ok, result} | :error\n        when result: term()\n\nx\n\n\
        vial(2)> \n                                  def short(a)\n\n  @spec short(a) :: a when a: term()\n\ny\n\n\
        vial(3)> \n                         def keyword_thing(a, b, c, d)\n\n  @spec keyword_thing(\n          \
        keyword(integer()),\n          [atom()],\n          %{optional(atom()) => String.t()},\n          \
        0..255\n        ) :: :ok\n\nz\n\nvial(4)> \n";
    assert_eq!(body, expected);
}
