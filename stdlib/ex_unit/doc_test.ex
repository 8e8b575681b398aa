defmodule ExUnit.DocTest do
  @moduledoc """
  `doctest Module`: the `iex>` examples of a module's `@moduledoc` and `@doc`s
  (read with `Code.fetch_docs/1`) become tests of the calling test module,
  numbered in order, named `doctest Mod.fun/arity (n)` or `doctest module Mod
  (n)` (`only:`, `except:` and `import: true` as in ExUnit). Examples with
  no blank line between them form one test and share
  their variables. An expected value is evaluated and compared with `===`;
  one starting with `#` is compared with the inspected result; `** (Error)
  message` expects that exception.
  """

  defmodule Error do
    defexception [:message]
  end

  @doc "Defines a test for each example in the docs of `module`."
  defmacro doctest(module, opts \\ []) do
    module = Macro.expand(module, __CALLER__)
    line = __CALLER__.line

    tests =
      for {name, test} <- __doctests__(module, opts) do
        tags = [doctest: module, doctest_line: test.line, test_type: :doctest]
        message = Atom.to_string(name)

        quote do
          @tag unquote(tags)
          @ex_unit_tests {unquote(name), unquote(message), @ex_unit_describe, unquote(line), @tag,
                          @describetag}
          def unquote(name)(_context) do
            ExUnit.DocTest.__run__(unquote(Macro.escape(test)))
          end
        end
      end

    {:__block__, [], tests}
  end

  @doc false
  # `[{test name, test}]`: the moduledoc's examples first, then each function's.
  def __doctests__(module, opts) do
    {file, moduledoc_line, moduledoc, docs} = extract(module)
    only = Keyword.get(opts, :only, [])
    except = Keyword.get(opts, :except, [])

    module_tests =
      if moduledoc != nil and :moduledoc not in except and (only == [] or :moduledoc in only) do
        tests_of(moduledoc, moduledoc_line, "module #{inspect(module)}")
      else
        []
      end

    fun_tests =
      for {{kind, name, arity}, anno, _signature, %{"en" => text}, _meta} <- docs,
          kind in [:function, :macro],
          {name, arity} not in except,
          do: {{name, arity}, tests_of(text, anno_line(anno), "#{inspect(module)}.#{name}/#{arity}")}

    # With `only:`, the functions come in its order and the moduledoc last.
    tests =
      if only == [] do
        module_tests ++ Enum.flat_map(fun_tests, &elem(&1, 1))
      else
        Enum.flat_map(only, fn key -> Enum.flat_map(fun_tests, fn {k, t} -> if k == key, do: t, else: [] end) end) ++
          module_tests
      end

    tests
    |> Enum.with_index(1)
    |> Enum.map(fn {{label, test}, n} ->
      extra = %{module: module, file: file, import: Keyword.get(opts, :import, false)}
      {String.to_atom("doctest #{label} (#{n})"), Map.merge(test, extra)}
    end)
  end

  defp extract(module) do
    source =
      case module.module_info(:compile)[:source] do
        nil -> "nofile"
        path -> Path.relative_to_cwd(List.to_string(path))
      end

    case beam_file?(module, source) && Code.fetch_docs(module) do
      {:docs_v1, anno, _, _, moduledoc, _, docs} ->
        moduledoc =
          case moduledoc do
            %{"en" => text} -> text
            _ -> nil
          end

        {source, anno_line(anno), moduledoc, docs}

      _ ->
        raise Error,
          message:
            "#{source}: could not retrieve the documentation for module #{inspect(module)}. " <>
              "The BEAM file of the module cannot be accessed"
    end
  end

  # Elixir keeps docs only in .beam files: a module compiled from a script or
  # a file given to `-r` has none, one compiled and written to a folder put on
  # the code path has (vial's stdlib stands for Elixir's, which has them).
  defp beam_file?(module, source) do
    String.starts_with?(source, "lib/elixir/") or
      Enum.any?(:persistent_term.get({Code, :vial_code_path}, []), fn dir ->
        File.exists?(Path.join(dir, Atom.to_string(module) <> ".beam"))
      end)
  end

  defp anno_line(line) when is_integer(line), do: line
  defp anno_line(anno) when is_list(anno), do: Keyword.get(anno, :line, 0)
  defp anno_line(_), do: 0

  # The tests in one doc: `[{label, %{line, exprs}}]`.
  defp tests_of(text, doc_line, label) do
    text
    |> String.split("\n")
    |> Enum.with_index(doc_line + 1)
    |> groups([])
    |> Enum.map(&{label, &1})
  end

  # Walks the lines; a test starts at an `iex>` line and runs until a blank
  # line (or anything that is neither an example nor an expected value).
  defp groups([], acc), do: Enum.reverse(acc)

  defp groups([{text, line} | rest] = lines, acc) do
    case prompt(text) do
      {indent, _code} ->
        {exprs, rest} = examples(lines, indent, [])
        groups(rest, [%{line: line, exprs: exprs} | acc])

      nil ->
        groups(rest, acc)
    end
  end

  # One example: the `iex>` line and its `...>` lines, then the expected
  # lines; another `iex>` right after continues the same test.
  defp examples([{text, line} | rest] = lines, indent, acc) do
    case prompt(text) do
      {_, code} ->
        {more, rest} = continuations(rest, indent, [])
        code_lines = [code | more]
        {expected_lines, rest} = expected(rest, indent, [])

        shown =
          [strip(text, indent) | Enum.map(more, &("...> " <> &1))]

        example = %{
          code: Enum.join(code_lines, "\n"),
          expected: parse_expected(expected_lines),
          shown: shown,
          line: line
        }

        examples(rest, indent, [example | acc])

      nil ->
        {Enum.reverse(acc), lines}
    end
  end

  defp examples([], _indent, acc), do: {Enum.reverse(acc), []}

  defp continuations([{text, _line} | rest] = lines, indent, acc) do
    case String.trim_leading(text) do
      "...>" <> code -> continuations(rest, indent, [drop_space(code) | acc])
      "..." <> more -> numbered_continuation(more, rest, lines, indent, acc)
      _ -> {Enum.reverse(acc), lines}
    end
  end

  defp continuations([], _indent, acc), do: {Enum.reverse(acc), []}

  # `...(1)>`
  defp numbered_continuation(more, rest, lines, indent, acc) do
    case Regex.run(~r/^\(\d+\)>(.*)$/, more) do
      [_, code] -> continuations(rest, indent, [drop_space(code) | acc])
      nil -> {Enum.reverse(acc), lines}
    end
  end

  defp expected([{text, _line} | rest] = lines, indent, acc) do
    if String.trim(text) == "" or prompt(text) != nil do
      {Enum.reverse(acc), lines}
    else
      expected(rest, indent, [strip(text, indent) | acc])
    end
  end

  defp expected([], _indent, acc), do: {Enum.reverse(acc), []}

  # `{indentation, code}` of an `iex>` (or `iex(1)>`) line.
  defp prompt(text) do
    case Regex.run(~r/^(\s*)iex(?:\(\d+\))?>(.*)$/, text) do
      [_, indent, code] -> {String.length(indent), drop_space(code)}
      nil -> nil
    end
  end

  defp drop_space(" " <> code), do: code
  defp drop_space(code), do: code

  defp strip(text, indent) do
    {lead, rest} = String.split_at(text, indent)
    if String.trim(lead) == "", do: rest, else: String.trim_leading(text)
  end

  defp parse_expected([]), do: :none

  defp parse_expected(lines) do
    text = Enum.join(lines, "\n")

    cond do
      match = Regex.run(~r/^\*\* \(([\w\.]+)\) (.*)$/s, text) ->
        [_, name, message] = match
        {:error, Module.concat([name]), message}

      String.starts_with?(text, "#") ->
        {:inspect, text}

      true ->
        {:test, text}
    end
  end

  @doc false
  # Runs one doctest's examples in order, with the variables of each seen by
  # the next.
  def __run__(test) do
    Enum.reduce(test.exprs, [], fn example, binding -> run(example, binding, test) end)
    :ok
  end

  defp run(%{expected: :none} = example, binding, test) do
    {_value, binding} = evaluate(example.code, binding, example, test)
    binding
  end

  defp run(%{expected: {:test, expected}} = example, binding, test) do
    {actual, binding} = evaluate(example.code, binding, example, test)
    {wanted, _} = evaluate(expected, binding, example, test)

    if actual !== wanted do
      fail(test, example, expected,
        expr: to_code(example.code) <> " === " <> to_code(expected),
        left: actual,
        right: wanted
      )
    end

    binding
  end

  defp run(%{expected: {:inspect, expected}} = example, binding, test) do
    {actual, binding} = evaluate(example.code, binding, example, test)
    actual = inspect(actual)

    if actual != expected do
      fail(test, example, inspect(expected),
        expr: "inspect(" <> to_code(example.code) <> ") === " <> inspect(expected),
        left: actual,
        right: expected
      )
    end

    binding
  end

  defp run(%{expected: {:error, module, message}} = example, binding, test) do
    shown = "** (#{inspect(module)}) #{inspect(message)}"

    outcome =
      try do
        Code.eval_string(with_import(example.code, test), binding)
        :nothing
      rescue
        error -> {:raised, error}
      end

    case outcome do
      :nothing ->
        fail(test, example, shown,
          message: "Doctest failed: expected exception #{inspect(module)} but nothing was raised"
        )

      {:raised, %{__struct__: ^module} = error} ->
        actual = Exception.message(error)

        if actual != message do
          fail(test, example, shown,
            message:
              "Doctest failed: wrong message for #{inspect(module)}\n" <>
                "expected:\n  #{inspect(message)}\nactual:\n  #{inspect(actual)}"
          )
        end

      {:raised, error} ->
        fail(test, example, shown,
          message:
            "Doctest failed: expected exception #{inspect(module)} but got " <>
              "#{inspect(error.__struct__)} with message #{inspect(Exception.message(error))}"
        )
    end

    binding
  end

  # Evaluates code of the example; an exception it raises is the test's
  # failure, with the doctest's place as the last frame.
  defp evaluate(code, binding, example, test) do
    Code.eval_string(with_import(code, test), binding)
  rescue
    error ->
      stack =
        __STACKTRACE__
        |> Enum.take_while(fn
          {mod, _, _, _} -> mod not in [:elixir_compiler_0, Code, ExUnit.DocTest]
          _ -> true
        end)

      frame = {ExUnit.DocTest, :"(for doctest at)", 0, [file: String.to_charlist(test.file), line: example.line]}
      reraise error, stack ++ [frame]
  end

  # `doctest Mod, import: true`: the examples call Mod's functions unqualified.
  defp with_import(code, %{import: true, module: module}), do: "import #{inspect(module)}\n" <> code
  defp with_import(code, _test), do: code

  defp to_code(code), do: code |> Code.string_to_quoted!() |> Macro.to_string()

  defp fail(test, example, expected_shown, fields) do
    doctest =
      (example.shown ++ [expected_shown])
      |> Enum.join("\n")

    error =
      struct(
        ExUnit.AssertionError,
        [message: "Doctest failed", doctest: doctest] ++ fields
      )

    frame = {test.module, :__MODULE__, 0, [file: String.to_charlist(test.file), line: test.line]}
    reraise error, [frame]
  end
end
