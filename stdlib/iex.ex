defmodule IEx.Helpers do
  @moduledoc """
  Welcome to vial's shell. This is the documentation of `IEx.Helpers`, the
  functions the shell imports for you; `h()` shows it.

  Ask for the documentation of a module or a function with `h/1`:

      iex> h(Enum)
      iex> h(Enum.map)
      iex> h(Enum.reduce/3)

  Look into any value with `i/1`:

      iex> i("hello")

  The helpers:

    * `c/1`            - compiles a file and loads its modules
    * `clear/0`        - clears the screen
    * `exports/1`      - lists what a module exports (functions and macros)
    * `flush/0`        - prints and drops every message sent to the shell
    * `h/0`            - prints this text
    * `h/1`            - prints the documentation of a module, function or macro
    * `i/1`            - prints information about a term
    * `import_file/1`  - evaluates a file in the shell, as if typed
    * `pid/1`          - makes a PID from a string
    * `pid/3`          - makes a PID from three integers
    * `r/1`            - recompiles the source file of a module
    * `respawn/0`      - starts a fresh shell process (bindings are lost)
    * `runtime_info/0` - prints the versions, process count and schedulers
    * `v/0`            - the value of the last expression
    * `v/1`            - the value of the nth expression

  `exports(IEx.Helpers)` lists them all.
  """

  @doc "Prints the documentation of `IEx.Helpers`: what the shell offers."
  def h, do: IEx.Introspection.h(IEx.Helpers)

  @doc """
  Prints the documentation of a module (`h Enum`), of every arity of a
  function or macro (`h Enum.map`), or of one arity (`h Enum.map/2`).
  Functions imported into the shell can be named alone (`h is_atom`).
  """
  defmacro h(term) do
    quote do
      IEx.Introspection.h(unquote(IEx.Introspection.decompose(term)))
    end
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

  @doc """
  Ends the shell process and starts a new one: bindings, aliases and
  imports are forgotten, the counter starts again at 1.
  """
  def respawn, do: :"do not show this result in output; respawn"

  @doc """
  Evaluates the code of the file at `path` in the shell, as if it had been
  typed: its bindings, aliases and imports stay. The path is read when the
  expression is compiled, so it must be a literal string.
  """
  defmacro import_file(path) when is_binary(path) do
    path = Path.expand(path)

    case File.read(path) do
      {:ok, source} -> Code.string_to_quoted!(source, file: path)
      {:error, reason} -> raise File.Error, reason: reason, action: "read file", path: path
    end
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

  @doc "Prints the functions and macros `module` exports, as `name/arity`, in columns."
  def exports(module \\ Kernel) do
    names =
      (module.__info__(:functions) ++ module.__info__(:macros))
      |> Enum.sort()
      |> Enum.map(fn {name, arity} -> "#{name}/#{arity}" end)

    width = Enum.reduce(names, 0, &max(String.length(&1), &2)) + 5

    Enum.reduce(names, 0, fn name, used ->
      used =
        if used >= 80 do
          IO.puts("")
          0
        else
          used
        end

      IO.write(String.pad_trailing(name, width))
      used + width
    end)

    IO.puts("")
    IEx.dont_display_result()
  end

  @doc "Prints what the shell knows about a term: its type, where its functions are, the protocols it implements."
  def i(term) do
    sections =
      [{"Term", inspect(term)}, {"Data type", type_of(term)}] ++
        details(term) ++
        references(term) ++ [{"Implemented protocols", Enum.join(protocols(term), ", ")}]

    for {title, text} <- sections do
      IO.puts(title)
      IO.puts("  " <> String.replace(text, "\n", "\n  "))
    end

    IEx.dont_display_result()
  end

  defp details(term) when is_binary(term) do
    printable = String.printable?(term)

    description =
      if printable do
        "This is a string: a UTF-8 encoded binary. It's printed surrounded by\n" <>
          "\"double quotes\" because all UTF-8 encoded code points in it are printable."
      else
        "This is a binary: a collection of bytes. It's printed with the `<<>>`\n" <>
          "syntax (as opposed to double quotes) because it is not a UTF-8 encoded\n" <>
          "binary, or it contains code points that are not printable."
      end

    [
      {"Byte size", Integer.to_string(byte_size(term))},
      {"Description", description}
    ] ++ if(printable, do: [{"Raw representation", inspect(term, binaries: :as_binaries)}], else: [])
  end

  defp details(term) when is_pid(term) do
    info = Process.info(term, [:registered_name, :links, :message_queue_len])

    case info do
      nil ->
        [{"Alive", "false"}]

      info ->
        name =
          case info[:registered_name] do
            [] -> "not registered"
            name -> inspect(name)
          end

        links =
          case info[:links] do
            [] -> "none"
            links -> Enum.map_join(links, ", ", &inspect/1)
          end

        [
          {"Alive", "true"},
          {"Name", name},
          {"Links", links},
          {"Message queue length", Integer.to_string(info[:message_queue_len])},
          {"Description", "Use Process.info/1 to get more info about this process"}
        ]
    end
  end

  defp details(term) when is_function(term) do
    info = Function.info(term)

    [
      {"Type", Atom.to_string(info[:type])},
      {"Arity", Integer.to_string(info[:arity])},
      {"Description", "This is an anonymous function."}
    ]
  end

  defp details(%{__struct__: _}),
    do: [{"Description", "This is a struct. Structs are maps with a __struct__ key."}]

  defp details(_term), do: []

  defp references(term) do
    case reference_modules(term) do
      nil -> []
      modules -> [{"Reference modules", modules}]
    end
  end

  defp reference_modules(t) when is_integer(t), do: "Integer"
  defp reference_modules(t) when is_float(t), do: "Float"
  defp reference_modules(t) when is_atom(t), do: "Atom"
  defp reference_modules(t) when is_binary(t), do: "String, :binary"
  defp reference_modules(t) when is_list(t), do: "List"
  defp reference_modules(t) when is_tuple(t), do: "Tuple"
  defp reference_modules(%{__struct__: s}), do: inspect(s) <> ", Map"
  defp reference_modules(t) when is_map(t), do: "Map"
  defp reference_modules(t) when is_pid(t), do: "Process, Node"
  defp reference_modules(_), do: nil

  defp protocols(%{__struct__: s}) do
    found =
      for p <- [Collectable, Enumerable, Inspect, List.Chars, String.Chars],
          Code.ensure_loaded?(Module.concat(p, s)),
          do: inspect(p)

    Enum.sort(["IEx.Info", "Inspect" | found]) |> Enum.uniq()
  end

  defp protocols(t) when is_integer(t) or is_float(t) or is_atom(t),
    do: ["IEx.Info", "Inspect", "List.Chars", "String.Chars"]

  defp protocols(t) when is_binary(t),
    do: ["Collectable", "IEx.Info", "Inspect", "List.Chars", "String.Chars"]

  defp protocols(t) when is_list(t),
    do: ["Collectable", "Enumerable", "IEx.Info", "Inspect", "List.Chars", "String.Chars"]

  defp protocols(t) when is_map(t), do: ["Collectable", "Enumerable", "IEx.Info", "Inspect"]
  defp protocols(t) when is_function(t), do: ["Enumerable", "IEx.Info", "Inspect"]
  defp protocols(_), do: ["IEx.Info", "Inspect"]

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

  @doc "Prints the versions, the schedulers, memory use and the process count, laid out as iex does."
  def runtime_info do
    memory = :erlang.memory()

    IO.puts("""

    ## System and architecture 

    Elixir version:     #{System.version()}
    Erlang/OTP version: #{:erlang.system_info(:otp_release)}
    ERTS version:       #{:erlang.system_info(:version)} (vial)
    Schedulers:         #{:erlang.system_info(:schedulers)}
    Schedulers online:  #{:erlang.system_info(:schedulers_online)}

    ## Memory 

    Total:              #{format_bytes(memory[:total])}
    Atoms:              #{format_bytes(memory[:atom])}
    Binaries:           #{format_bytes(memory[:binary])}
    Code:               #{format_bytes(memory[:code])}
    Processes:          #{format_bytes(memory[:processes])}

    ## Statistics / limits 

    Processes:          #{used(:erlang.system_info(:process_count), :erlang.system_info(:process_limit))}

    Showing topics:     [:system, :memory, :limits]
    """)

    IEx.dont_display_result()
  end

  defp used(count, limit), do: "#{count} / #{limit} (#{trunc(count * 100 / limit)}% used)"

  defp format_bytes(n) when n >= 1024 * 1024, do: "#{div(n, 1024 * 1024)} MB"
  defp format_bytes(n) when n >= 1024, do: "#{div(n, 1024)} KB"
  defp format_bytes(n), do: "#{n} B"
end

defmodule IEx do
  @moduledoc "The shell."

  @doc "An atom the shell does not print as a result."
  def dont_display_result, do: :"do not show this result in output"
end
