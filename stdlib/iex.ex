defmodule IEx.Helpers do
  @moduledoc """
  The helpers the shell imports: `v/1` for earlier results, `flush/0` for the
  shell's mailbox, `h/0`, `c/1`, `r/1`, `pid/1,3`, `i/1`, `exports/1`,
  `clear/0`, `runtime_info/0`.
  """

  @doc "Prints the shell's help."
  def h do
    IO.puts("""
    IEx.Helpers

    Welcome to vial's interactive shell. The helpers:

      c/1           - compiles a file
      clear/0       - clears the screen
      exports/1     - shows all exports (functions and macros) of a module
      flush/0       - flushes all messages sent to the shell
      h/0           - prints this help message
      i/1           - prints information about the given term
      pid/1, pid/3  - creates a PID
      r/1           - recompiles the given module's source file
      runtime_info/0 - prints runtime info (versions, memory usage, stats)
      v/0, v/1      - retrieves the nth value from the history
    """)

    IEx.dont_display_result()
  end

  @doc "The result of expression `n` (a negative `n` counts back from the last)."
  def v(n \\ -1) do
    history = Process.get(:"$vial_history", [])

    found =
      if n < 0 do
        Enum.at(history, -n - 1)
      else
        List.keyfind(history, n, 0)
      end

    case found do
      {_, value} -> value
      nil -> raise "v(#{n}) is out of bounds"
    end
  end

  @doc "Prints and removes every message in the shell's mailbox."
  def flush do
    receive do
      message ->
        IO.inspect(message)
        flush()
    after
      0 -> :ok
    end
  end

  @doc "Compiles and loads a file; returns the modules it defines."
  def c(files, _path \\ :in_memory) do
    files
    |> List.wrap()
    |> Enum.flat_map(fn file -> Enum.map(Code.compile_file(file), &elem(&1, 0)) end)
  end

  @doc "Recompiles the source file of `module`."
  def r(module) when is_atom(module) do
    case module.module_info(:compile)[:source] do
      nil -> {:error, :nofile}
      source -> {:reloaded, c(List.to_string(source))}
    end
  end

  @doc "Clears the terminal."
  def clear do
    IO.write([IO.ANSI.home(), IO.ANSI.clear()])
    IEx.dont_display_result()
  end

  @doc "A pid from its printed form `\"0.110.0\"`."
  def pid("#PID<" <> rest), do: pid(String.trim_trailing(rest, ">"))

  def pid(string) when is_binary(string) do
    :erlang.list_to_pid(~c"<" ++ String.to_charlist(string) ++ ~c">")
  end

  @doc "The pid `<x.y.z>`."
  def pid(x, y, z), do: pid("#{x}.#{y}.#{z}")

  @doc "The functions and macros a module exports, as `name/arity`."
  def exports(module \\ Kernel) do
    exports =
      (module.__info__(:functions) ++ module.__info__(:macros))
      |> Enum.sort()
      |> Enum.map(fn {name, arity} -> "#{name}/#{arity}" end)

    IO.puts(Enum.join(exports, "     "))
    IEx.dont_display_result()
  end

  @doc "Prints what the shell knows about a term."
  def i(term) do
    IO.puts("Term\n  #{inspect(term)}")
    IO.puts("Data type\n  #{type_of(term)}")
    IO.puts("Reference modules\n  #{type_of(term)}")
    IEx.dont_display_result()
  end

  defp type_of(t) when is_integer(t), do: "Integer"
  defp type_of(t) when is_float(t), do: "Float"
  defp type_of(t) when is_atom(t), do: "Atom"
  defp type_of(t) when is_binary(t), do: "BitString"
  defp type_of(t) when is_list(t), do: "List"
  defp type_of(t) when is_tuple(t), do: "Tuple"
  defp type_of(%{__struct__: s}), do: inspect(s)
  defp type_of(t) when is_map(t), do: "Map"
  defp type_of(t) when is_function(t), do: "Function"
  defp type_of(t) when is_pid(t), do: "PID"
  defp type_of(t) when is_reference(t), do: "Reference"
  defp type_of(_), do: "Term"

  @doc "Prints the versions and the number of processes."
  def runtime_info do
    IO.puts("""

    ## System and architecture

    Elixir version:     1.14.0 (vial)
    Schedulers:         #{:erlang.system_info(:schedulers)}

    ## Statistics / limits

    Processes:          #{:erlang.system_info(:process_count)}
    """)

    IEx.dont_display_result()
  end
end

defmodule IEx do
  @moduledoc "The shell."

  @doc "An atom the shell does not print as a result."
  def dont_display_result, do: :"do not show this result in output"
end
