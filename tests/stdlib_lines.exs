# Writes src/vm/stdlib_lines.txt: for each function of Elixir 1.14's own
# modules (the `elixir` application, as installed), the lines its frames show
# in a stacktrace, read from the BEAM files themselves: their code as
# `:beam_disasm` gives it (with the functions the Erlang compiler makes, such
# as `Enum."-map/2-lists^map/1-0-"/2`) and their line table (the `Line` chunk,
# whose entries the code's `line` instructions index).
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
    # and OTP's modules that vial's stdlib/erlang/ defines (`defmodule :maps`)
    {:ok, stdlib} = :application.get_key(:stdlib, :modules)
    modules = modules ++ stdlib

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
        do: if(is_atom(name), do: name, else: Module.concat([name]))
  end

  defp defined("defmodule :" <> rest), do: [String.to_atom(rest |> String.split(" ") |> hd())]
  defp defined("defmodule " <> rest), do: [rest |> String.split(" ") |> hd()]
  defp defined("defprotocol " <> rest), do: [rest |> String.split(" ") |> hd()]

  defp defined("defimpl " <> rest) do
    case Regex.run(~r/^([\w.]+), for: ([\w.]+)/, rest) do
      [_, protocol, type] -> [protocol <> "." <> type]
      _ -> []
    end
  end

  defp defined(_), do: []

  defp elixir?(mod), do: String.starts_with?(Atom.to_string(mod), "Elixir.")

  defp module_lines(mod) do
    path = :code.which(mod)

    with {:beam_file, ^mod, _, _, _, funs} <- :beam_disasm.file(path),
         {:ok, {lines, files}} <- line_table(path) do
      # (an OTP module's line table names no file: its frames show `maps.erl`)
      file = Enum.at(files, 0) || if(not elixir?(mod), do: "#{mod}.erl")

      functions =
        for {:function, name, arity, _, code} <- funs,
            entries = places(code, lines, nil, []),
            entries != [] do
          Enum.join([name(mod), name(name), arity | entries], " ")
        end

      if file, do: ["@file #{name(mod)} #{file}" | functions], else: functions
    else
      _ -> []
    end
  end

  # The `Line` chunk: a header, then the lines (each a compact term tagged
  # `i`, after a term tagged `a` when the file changes), then the file names.
  # A `line` instruction's operand N is the Nth line (0 is no line).
  defp line_table(path) do
    with {:ok, _, chunks} <- :beam_lib.all_chunks(path),
         {_, data} <- List.keyfind(chunks, 'Line', 0),
         <<_version::32, _bits::32, _instrs::32, count::32, nfiles::32, rest::binary>> <- data do
      {lines, rest} = read_lines(rest, count, [])
      {:ok, {List.to_tuple(lines), read_files(rest, nfiles)}}
    else
      _ -> :error
    end
  end

  defp read_lines(rest, 0, acc), do: {Enum.reverse(acc), rest}

  defp read_lines(bin, n, acc) do
    case compact_term(bin) do
      {1, line, rest} -> read_lines(rest, n - 1, [line | acc])
      {2, _file, rest} -> read_lines(rest, n, acc)
    end
  end

  defp read_files(_bin, 0), do: []
  defp read_files(<<len::16, name::binary-size(len), rest::binary>>, n), do: [name | read_files(rest, n - 1)]

  # BEAM's compact term encoding: the tag in the low 3 bits, a value below 16
  # in the high 4, below 2048 in 3 bits and a byte more, else a byte count.
  defp compact_term(<<byte, rest::binary>>) do
    import Bitwise
    tag = byte &&& 7

    cond do
      (byte &&& 8) == 0 ->
        {tag, byte >>> 4, rest}

      (byte &&& 16) == 0 ->
        <<low, rest::binary>> = rest
        {tag, ((byte &&& 0xE0) <<< 3) ||| low, rest}

      true ->
        size = (byte >>> 5) + 2
        <<value::size(size)-unit(8), rest::binary>> = rest
        {tag, value, rest}
    end
  end

  defp places([], _lines, _line, acc), do: acc |> Enum.reverse() |> Enum.dedup()

  defp places([{:line, 0} | rest], lines, _, acc), do: places(rest, lines, nil, acc)

  defp places([{:line, n} | rest], lines, _, acc) when n <= tuple_size(lines),
    do: places(rest, lines, elem(lines, n - 1), acc)

  defp places([_instr | rest], lines, nil, acc), do: places(rest, lines, nil, acc)

  defp places([instr | rest], lines, line, acc) do
    acc =
      case what(instr) do
        nil -> acc
        what -> ["#{line}:#{what}" | acc]
      end

    places(rest, lines, line, acc)
  end

  defp what({:func_info, _, _, _}), do: "fc"
  defp what({call, _, {_mod, name, arity}}) when call in [:call, :call_only], do: local(name, arity)
  defp what({:call_last, _, {_mod, name, arity}, _}), do: local(name, arity)
  defp what({call, _, {:extfunc, m, f, a}}) when call in [:call_ext, :call_ext_only], do: remote(m, f, a)
  defp what({:call_ext_last, _, {:extfunc, m, f, a}, _}), do: remote(m, f, a)
  defp what({:bif, f, _, args, _}) when is_atom(f), do: remote(:erlang, f, length(args))
  defp what({:gc_bif, f, _, _, args, _}) when is_atom(f), do: remote(:erlang, f, length(args))
  defp what({:call_fun, _}), do: "fun"
  defp what({:call_fun2, _, _, _}), do: "fun"
  defp what({:apply, _}), do: "fun"
  defp what({:apply_last, _, _}), do: "fun"
  defp what({:badmatch, _}), do: "!"
  defp what({:case_end, _}), do: "!"
  defp what({:try_case_end, _}), do: "!"
  defp what(:if_end), do: "!"
  defp what({:badrecord, _}), do: "!"
  defp what(_), do: nil

  defp local(name, arity), do: "#{name(name)}/#{arity}"

  defp remote(:erlang, f, _) when f in [:error, :raise, :throw, :exit], do: "!"
  defp remote(m, f, a), do: "#{name(m)}.#{name(f)}/#{a}"

  # Atoms as they are, with a blank (there is none in Elixir's names) as `\s`.
  defp name(atom) do
    atom |> Atom.to_string() |> String.replace(" ", "\\s")
  end
end

StdlibLines.run("src/vm/stdlib_lines.txt")
