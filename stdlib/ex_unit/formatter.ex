defmodule ExUnit.Formatter do
  @moduledoc """
  Failure reports and the summary as ExUnit's command-line formatter prints
  them without colours: the numbered header, the message, `code:`, `left:`
  and `right:` aligned, the stacktrace cut at the test function.
  """

  @indent "     "
  @width 80

  @doc false
  def print_test_failure(test, failure, counter, trace? \\ false) do
    IO.write(
      if(trace?, do: "\n", else: "\n\n") <>
        "#{String.pad_leading("#{counter})", 4)} #{test.name} (#{inspect(test.module)})\n" <>
        "#{@indent}#{Path.relative_to_cwd(test.file)}:#{test.line}\n" <>
        format_failure(failure, test) <> format_logs(Map.get(test, :logs, "")) <> "\n"
    )
  end

  defp format_logs(""), do: ""
  defp format_logs(logs), do: "\n" <> @indent <> "The following output was logged:\n" <> indent(logs)

  @doc false
  def print_module_failure(module, failure, counter, trace? \\ false) do
    IO.write(
      if(trace?, do: "\n", else: "\n\n") <>
        "#{String.pad_leading("#{counter})", 4)} #{inspect(module)}: failure on setup_all callback, all tests have been invalidated\n" <>
        format_failure(failure, nil) <> "\n"
    )
  end

  @doc false
  def print_filters(config) do
    exclude = Keyword.get(config, :exclude, [])
    include = Keyword.get(config, :include, [])
    if exclude != [], do: IO.puts("Excluding tags: #{inspect(exclude)}")
    if include != [], do: IO.puts("Including tags: #{inspect(include)}")
    if exclude != [] or include != [], do: IO.puts("")
  end

  @doc false
  def print_summary(state, total_us) do
    # The load time is told only when the run starts at exit.
    load = if Process.get(:"$ex_unit_autorun"), do: "0.00s on load, ", else: ""

    IO.write(
      if(state.aborted, do: "", else: "\n") <>
        "Finished in #{seconds(total_us)} seconds (#{load}#{seconds(state.async_us)}s async, " <>
        "#{seconds(state.sync_us)}s sync)\n"
    )

    tests = state.tests - state.doctests

    counts =
      if(state.doctests > 0, do: ["#{state.doctests} #{plural(state.doctests, "doctest", "doctests")}"], else: []) ++
        if(tests > 0 or state.doctests == 0, do: ["#{tests} #{plural(tests, "test", "tests")}"], else: [])

    parts =
      counts ++
      [

        "#{state.failures} #{plural(state.failures, "failure", "failures")}"
      ] ++
        if(state.excluded > 0, do: ["#{state.excluded} excluded"], else: []) ++
        if(state.invalid > 0, do: ["#{state.invalid} invalid"], else: []) ++
        if(state.skipped > 0, do: ["#{state.skipped} skipped"], else: [])

    IO.puts(Enum.join(parts, ", "))
    IO.puts("\nRandomized with seed #{state.seed}")
  end

  defp plural(1, one, _), do: one
  defp plural(_, _, many), do: many

  defp seconds(us) do
    s = us / 1_000_000
    if s < 10, do: :erlang.float_to_binary(s, decimals: 2), else: :erlang.float_to_binary(s, decimals: 1)
  end

  defp format_failure({kind, reason, stack}, test) do
    stack = prune(stack, test, reason)

    {body, stack} =
      case {kind, reason} do
        {:error, %{__struct__: ExUnit.AssertionError, expr: :ex_unit_no_meaningful_value} = e} ->
          {String.trim_trailing(format_assertion_error(e), "\n") <> code_from_source(stack, test), stack}

        {:error, %{__struct__: ExUnit.AssertionError} = e} ->
          {format_assertion_error(e), stack}

        _ ->
          {reason, stack} = Exception.blame(kind, reason, stack)

          # A FunctionClauseError's arguments follow a blank line that is
          # not indented.
          banner =
            case reason do
              %{__struct__: FunctionClauseError, args: args} when is_list(args) ->
                first = Exception.format_banner(kind, %{reason | args: nil}, stack)
                # ExUnit marks only the parts that do not match.
                %{module: m, function: f} = reason
                clauses = if reason.clauses, do: FunctionClauseError.blame_clauses(m, f, args, "")
                reason = %{reason | clauses: clauses}
                "\n\n" <> args_text = FunctionClauseError.blame_args(reason)
                indent(first) <> "\n\n" <> indent(args_text)

              _ ->
                indent(Exception.format_banner(kind, reason, stack))
            end

          # (the stack as blamed: the failed call's arity, not its arguments)
          {banner <> code_from_source(stack, test), stack}
      end

    body <> format_stacktrace(stack, test)
  end

  @doc false
  def format_assertion_error(e) do
    no = ExUnit.AssertionError.no_value()

    labels =
      [{"code", e.expr}, {"left", e.left}, {"right", e.right}]
      |> Enum.reject(fn {_, v} -> v == no end)

    width = labels |> Enum.map(fn {l, _} -> String.length(l) end) |> Enum.max(fn -> 0 end)

    message = if e.message == no, do: "", else: indent(e.message) <> "\n"

    message =
      if e.doctest == no,
        do: message,
        else: message <> @indent <> "doctest:\n" <> indent("  " <> String.replace(e.doctest, "\n", "\n  ")) <> "\n"

    lines =
      Enum.map(labels, fn {label, value} ->
        pad = String.duplicate(" ", width - String.length(label) + 1)
        prefix = label <> ":" <> pad
        text = format_value(label, value, String.length(prefix))
        @indent <> prefix <> text <> "\n"
      end)

    mailbox =
      case e.args do
        {:ex_unit_mailbox, pattern, [_ | _] = messages} ->
          @indent <>
            "mailbox:\n" <>
            Enum.map_join(messages, "\n", fn m ->
              @indent <> "  pattern: " <> pattern <> "\n" <> @indent <> "  value:   " <> inspect(m) <> "\n"
            end)

        _ ->
          ""
      end

    arguments =
      case e.args do
        [_ | _] = args ->
          @indent <>
            "arguments:\n" <>
            (args
             |> Enum.with_index(1)
             |> Enum.map_join("", fn {arg, i} ->
               "\n" <> @indent <> "    # #{i}\n" <> @indent <> "    " <> format_value("arg", arg, 4) <> "\n"
             end)) <> "\n"

        _ ->
          ""
      end

    message <> Enum.join(lines) <> mailbox <> arguments
  end

  defp format_value("code", code, pad),
    do: String.replace(code, "\n", "\n" <> String.duplicate(" ", String.length(@indent) + pad))
  defp format_value(_, {:ex_unit_code, code}, _pad), do: code

  # Continuation lines are indented under the value, which may take up to
  # 80 columns on its first line and fewer on the next ones (as ExUnit does).
  defp format_value(_, value, pad) do
    padding = String.length(@indent) + pad
    opts = struct(Inspect.Opts, pretty: true, width: @width - padding)

    value
    |> Inspect.Algebra.to_doc(opts)
    |> Inspect.Algebra.nest(padding)
    |> Inspect.Algebra.format(@width - padding)
    |> IO.iodata_to_binary()
  end

  defp indent(text) do
    text
    |> String.split("\n")
    |> Enum.map_join("\n", &(@indent <> &1))
  end

  # The source line of the test frame, as `code:`.
  defp code_from_source(stack, test) do
    with %{} <- test,
         {_, _, _, opts} <- Enum.find(stack, &test_frame?(&1, test)),
         line when is_integer(line) <- opts[:line],
         {:ok, source} <- File.read(test.file),
         text when is_binary(text) <- Enum.at(String.split(source, "\n"), line - 1) do
      "\n" <> @indent <> "code: " <> String.trim(text) <> "\n"
    else
      _ -> "\n"
    end
  end

  defp test_frame?({mod, fun, _, _}, test), do: mod == test.module and fun == test.name
  defp test_frame?(_, _), do: false

  # The frames up to the test module's, without ExUnit's own.
  defp prune(stack, test, reason) do
    stack =
      Enum.reject(stack, fn
        {_, :"(for doctest at)", _, _} -> false
        {mod, _, _, opts} -> ex_unit_module?(mod) and not elixir_frame?(opts)
        _ -> false
      end)

    # Cut after the test's own function (setup callbacks run under
    # `__ex_unit__/2`): what is below it is the runner's. A failed assertion
    # in a helper of the test module shows that helper alone: its callers in
    # the module call it last but for a literal `:ok` it returns too, which
    # the BEAM's compiler turns into tail calls.
    stack =
      case reason do
        %{__struct__: ExUnit.AssertionError} when test != nil -> drop_tail_callers(stack, test.module)
        _ -> stack
      end

    case test && Enum.find_index(stack, &test_root?(&1, test)) do
      nil -> stack
      i -> Enum.take(stack, i + 1)
    end
  end

  defp drop_tail_callers([frame | rest], module) do
    if module_function?(frame, module) do
      [frame | drop_tail_callers(Enum.drop_while(rest, &match?({^module, _, _, _}, &1)), module)]
    else
      [frame | drop_tail_callers(rest, module)]
    end
  end

  defp drop_tail_callers([], _module), do: []

  # (setup callbacks run under `__ex_unit__/2`, where the cut is made)
  defp module_function?({mod, fun, _, _}, module) when mod == module do
    name = Atom.to_string(fun)

    not String.starts_with?(name, "-") and
      (name == "__ex_unit__" or not String.starts_with?(name, "__ex_unit_"))
  end

  defp module_function?(_, _), do: false

  defp test_root?({mod, fun, _, _}, test) when mod == test.module,
    do: fun == test.name or fun == :__ex_unit__

  defp test_root?(_, _), do: false


  # A frame standing for one of Elixir's ExUnit (a failure raised where
  # Elixir's ExUnit raises it names that place).
  defp elixir_frame?(opts) when is_list(opts) do
    match?('lib/ex_unit/' ++ _, opts[:file])
  end

  defp elixir_frame?(_opts), do: false

  defp ex_unit_module?(mod) do
    String.starts_with?(Atom.to_string(mod), "Elixir.ExUnit.")
  end

  defp format_stacktrace([], _test), do: ""

  defp format_stacktrace(stack, test) do
    @indent <>
      "stacktrace:\n" <>
      Enum.map_join(stack, "", fn entry ->
        @indent <> "  " <> format_entry(entry, test) <> "\n"
      end)
  end

  defp format_entry({_, :"(for doctest at)", _, opts}, _test),
    do: "(for doctest at) #{opts[:file]}:#{opts[:line]}: (test)"

  defp format_entry({_, _, _, opts} = entry, test) do
    cond do
      test && test_frame?(entry, test) -> "#{opts[:file]}:#{opts[:line]}: (test)"
      elixir_frame?(opts) -> "(ex_unit 1.14.0) " <> Exception.format_stacktrace_entry(entry)
      true -> Exception.format_stacktrace_entry(entry)
    end
  end

  defp format_entry(entry, _test), do: Exception.format_stacktrace_entry(entry)
end
