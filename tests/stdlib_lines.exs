# Writes src/vm/stdlib_lines.txt: for each function of Elixir 1.14's own
# modules (the `elixir` application, as installed), the lines its frames show
# in a stacktrace, read from the BEAM files' debug info recompiled to BEAM
# assembly with the options Elixir used (so that the functions the Erlang
# compiler makes, such as `Enum."-map/2-lists^map/1-0-"/2`, are there too).
# vial's frames of its stdlib functions take their lines from it.
#
# Usage (from the repo root): elixir tests/stdlib_lines.exs
#
# A line of the output: `Module function arity line:what line:what ...`, one
# entry per place a frame of the function can stand: `L:fc` the clause heads
# (a FunctionClauseError), `L:fun` a call of a fun, `L:M.f/a` a remote call,
# `L:f/a` a local call, `L:!` a failed match or raise; names are written as
# they are, a blank as `\s`.
# A line `@file Module lib/x.ex` names the file of a module's frames.
defmodule StdlibLines do
  def run(out) do
    {:ok, modules} = :application.get_key(:elixir, :modules)

    # Only the modules vial's stdlib defines too.
    ours = ours()

    lines =
      modules
      |> Enum.filter(&MapSet.member?(ours, &1))
      |> Enum.sort()
      |> Enum.flat_map(&module_lines/1)

    File.write!(out, Enum.join(lines, "\n") <> "\n")
    IO.puts("#{out}: #{length(lines)} functions")
  end

  defp ours do
    for file <- Path.wildcard("stdlib/**/*.ex"),
        line <- File.read!(file) |> String.split("\n"),
        name <- defined(String.trim(line)),
        into: MapSet.new(),
        do: Module.concat([name])
  end

  defp defined("defmodule " <> rest), do: [rest |> String.split(" ") |> hd()]
  defp defined("defprotocol " <> rest), do: [rest |> String.split(" ") |> hd()]

  defp defined("defimpl " <> rest) do
    case Regex.run(~r/^([\w.]+), for: ([\w.]+)/, rest) do
      [_, protocol, type] -> [protocol <> "." <> type]
      _ -> []
    end
  end

  defp defined(_), do: []

  defp module_lines(mod) do
    path = :code.which(mod)

    with {:ok, {_, [debug_info: {:debug_info_v1, backend, data}]}} <- :beam_lib.chunks(path, [:debug_info]),
         {:ok, forms} <- backend.debug_info(:erlang_v1, mod, data, []),
         {:ok, {_, [compile_info: info]}} <- :beam_lib.chunks(path, [:compile_info]),
         opts = (info[:options] || []) -- [:from_core, :no_core_prepare, :no_spawn_compiler_process],
         {:ok, ^mod, {_, _, _, funs, _}} <- :compile.forms(forms, [:to_asm, :binary, :return_errors | opts]) do
      labels = for {:function, name, arity, entry, _} <- funs, into: %{}, do: {entry, {name, arity}}

      file =
        Enum.find_value(funs, fn {:function, _, _, _, code} ->
          Enum.find_value(code, fn
            {:line, [{:location, file, _}]} -> file
            _ -> nil
          end)
        end)

      functions =
        for {:function, name, arity, _, code} <- funs,
            entries = places(code, labels, nil, []),
            entries != [] do
          Enum.join([name(mod), name(name), arity | entries], " ")
        end

      if file, do: ["@file #{name(mod)} #{file}" | functions], else: functions
    else
      _ -> []
    end
  end

  defp places([], _labels, _line, acc), do: acc |> Enum.reverse() |> Enum.dedup()

  defp places([{:line, [{:location, _, line}]} | rest], labels, _, acc), do: places(rest, labels, line, acc)
  defp places([{:line, []} | rest], labels, _, acc), do: places(rest, labels, nil, acc)
  defp places([instr | rest], labels, nil, acc), do: places(rest, labels, nil, skip(instr, acc))

  defp places([instr | rest], labels, line, acc) do
    acc =
      case what(instr, labels) do
        nil -> acc
        what -> ["#{line}:#{what}" | acc]
      end

    places(rest, labels, line, acc)
  end

  defp skip(_instr, acc), do: acc

  defp what({:func_info, _, _, _}, _), do: "fc"
  defp what({call, _, {:f, label}}, labels) when call in [:call, :call_only], do: local(labels[label])
  defp what({:call_last, _, {:f, label}, _}, labels), do: local(labels[label])

  defp what({call, _, {:extfunc, m, f, a}}, _) when call in [:call_ext, :call_ext_only],
    do: remote(m, f, a)

  defp what({:call_ext_last, _, {:extfunc, m, f, a}, _}, _), do: remote(m, f, a)
  defp what({:bif, f, _, args, _}, _), do: remote(:erlang, f, length(args))
  defp what({:gc_bif, f, _, _, args, _}, _), do: remote(:erlang, f, length(args))
  defp what({:call_fun, _}, _), do: "fun"
  defp what({:call_fun2, _, _, _}, _), do: "fun"
  defp what({:apply, _}, _), do: "fun"
  defp what({:apply_last, _, _}, _), do: "fun"
  defp what({:badmatch, _}, _), do: "!"
  defp what({:case_end, _}, _), do: "!"
  defp what({:try_case_end, _}, _), do: "!"
  defp what(:if_end, _), do: "!"
  defp what({:badrecord, _}, _), do: "!"
  defp what(_, _), do: nil

  defp local({name, arity}), do: "#{name(name)}/#{arity}"
  defp local(nil), do: nil

  defp remote(:erlang, f, _) when f in [:error, :raise, :throw, :exit], do: "!"
  defp remote(m, f, a), do: "#{name(m)}.#{name(f)}/#{a}"

  # Atoms as they are, with a blank (there is none in Elixir's names) as `\s`.
  defp name(atom) do
    atom |> Atom.to_string() |> String.replace(" ", "\\s")
  end
end

StdlibLines.run("src/vm/stdlib_lines.txt")
