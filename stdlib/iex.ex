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
    * `l/1`            - loads a module
    * `pid/1`          - makes a PID from a string
    * `pid/3`          - makes a PID from three integers
    * `r/1`            - recompiles the source file of a module
    * `ref/1`          - makes a reference from a string
    * `ref/4`          - makes a reference from four integers
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

  @doc """
  Compiles and loads the files (a path or a list); returns the modules they
  define. vial writes no bytecode, so `path` is accepted and not used.
  """
  def c(files, _path \\ :in_memory) do
    files = List.wrap(files)

    case Enum.reject(files, &File.regular?/1) do
      [] -> :ok
      missing -> raise ArgumentError, "could not find files #{Enum.join(missing, ", ")}"
    end

    Enum.flat_map(files, fn file -> Enum.map(Code.compile_file(file), &elem(&1, 0)) end)
  end

  @doc "Loads `module` (it is found on first use anyway): `{:module, module}` or `{:error, reason}`."
  def l(module) when is_atom(module), do: Code.ensure_loaded(module)

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

  @doc "Recompiles the source file of `module` (or of each module of a list): `{:reloaded, modules}`."
  def r(module) when is_atom(module) do
    {:reloaded, module |> List.wrap() |> Enum.flat_map(&recompile/1) |> Enum.uniq()}
  end

  def r(modules) when is_list(modules) do
    {:reloaded, modules |> Enum.flat_map(&recompile/1) |> Enum.uniq()}
  end

  defp recompile(module) do
    if not Code.ensure_loaded?(module) do
      raise ArgumentError, "could not load nor find module: #{inspect(module)}"
    end

    source = module.module_info(:compile)[:source]
    source = source && Path.expand(List.to_string(source))

    if source && File.regular?(source) do
      c(source)
    else
      raise ArgumentError, "could not find source (#{source}) for module: #{inspect(module)}"
    end
  end

  @doc "Clears the terminal."
  def clear do
    if IO.ANSI.enabled?() do
      IO.write([IO.ANSI.home(), IO.ANSI.clear()])
    else
      IO.puts("Cannot clear the screen because ANSI escape codes are not enabled on this shell")
    end

    IEx.dont_display_result()
  end

  @doc "A pid from the three numbers of its printed form: `pid(\"0.110.0\")`."
  def pid(string) when is_binary(string) do
    case numbers(string, 3) do
      [x, y, z] -> pid(x, y, z)
      nil -> raise ArgumentError, not_textual("pid")
    end
  end

  @doc "The pid `<x.y.z>`."
  def pid(x, y, z) when is_integer(x) and is_integer(y) and is_integer(z) and x >= 0 and y >= 0 and z >= 0 do
    # Built from the external term format: vial's pids are local, `<0.y.z>`.
    node = Atom.to_string(node())
    :erlang.binary_to_term(<<131, 88, 119, byte_size(node), node::binary, y::32, z::32, 0::32>>)
  end

  @doc "A reference from the four numbers of its printed form: `ref(\"0.1.2.3\")`."
  def ref(string) when is_binary(string) do
    case numbers(string, 4) do
      [w, x, y, z] -> ref(w, x, y, z)
      nil -> raise ArgumentError, not_textual("reference")
    end
  end

  defp numbers(string, count) do
    parsed = string |> String.split(".") |> Enum.map(&Integer.parse/1)

    if length(parsed) == count and Enum.all?(parsed, &match?({n, ""} when n >= 0, &1)),
      do: Enum.map(parsed, &elem(&1, 0))
  end

  # The words of :erlang.list_to_pid/1 and list_to_ref/1, which iex's helpers call.
  defp not_textual(what),
    do: "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of a #{what}\n"

  @doc "The reference `<w.x.y.z>` (vial keeps its last two numbers)."
  def ref(w, x, y, z) when is_integer(w) and is_integer(x) and is_integer(y) and is_integer(z) do
    node = Atom.to_string(node())
    :erlang.binary_to_term(<<131, 90, 3::16, 119, byte_size(node), node::binary, 0::32, z::32, y::32, x::32>>)
  end

  @doc "Prints the macros then the functions `module` exports, as `name/arity`, in columns."
  def exports(module \\ Kernel) do
    {macros, functions} = IEx.Introspection.builtin_exports(module)

    exported =
      if Code.ensure_loaded?(module) and function_exported?(module, :__info__, 1) do
        Enum.sort(Enum.uniq(module.__info__(:macros) ++ macros)) ++
          Enum.sort(Enum.uniq((module.__info__(:functions) -- [__info__: 1]) ++ functions))
      else
        module.module_info(:exports) -- [module_info: 0, module_info: 1]
      end

    # Kernel's struct helper is vial's own, not Elixir's.
    exported = Enum.reject(exported, &match?({:__struct_fill__, _}, &1))
    names = Enum.map(exported, fn {name, arity} -> "#{name}/#{arity}" end)

    if names != [] do
      column = min(Enum.reduce(names, 0, &max(String.length(&1), &2)), 30) + 4

      Enum.reduce(names, 0, fn name, used ->
        used =
          if used >= 80 do
            IO.puts("")
            0
          else
            used
          end

        cell = String.pad_trailing(name, column)
        IO.write(cell <> " ")
        used + String.length(cell) + 1
      end)

      IO.puts("")
    end

    IEx.dont_display_result()
  end

  @doc """
  Prints what the shell knows about a term (the last result when none is
  given): its type, a description, where to read more, the protocols it
  implements.
  """
  def i(term \\ v(-1)) do
    protocols =
      [Collectable, Enumerable, Inspect, List.Chars, String.Chars]
      |> Enum.filter(&implements?(&1, term))
      |> Kernel.++([IEx.Info])
      |> Enum.sort()
      |> Enum.map_join(", ", &inspect/1)

    sections = [{"Term", inspect(term)}] ++ IEx.Info.info(term) ++ [{"Implemented protocols", protocols}]
    colours? = IO.ANSI.enabled?()

    for {title, text} <- sections do
      text = text |> to_string() |> String.trim() |> String.replace("\n", "\n  ")

      if colours? do
        IO.puts(IO.ANSI.yellow() <> title <> IO.ANSI.reset())
        IO.puts(IO.ANSI.normal() <> "  " <> text <> IO.ANSI.reset())
      else
        IO.puts(title)
        IO.puts("  " <> text)
      end
    end

    IEx.dont_display_result()
  end

  defp implements?(protocol, term) do
    protocol.impl_for(term) != nil
  rescue
    _ -> false
  end

  @doc """
  Prints the versions, the schedulers, memory use and the counts against
  their limits, laid out as iex does (an item vial does not know is left out).
  """
  def runtime_info do
    pane("System and architecture")
    entry("Elixir version", System.version())
    entry("Erlang/OTP version", info(:otp_release))
    entry("ERTS version", info(:version))
    entry("Compiled for", info(:system_architecture))
    entry("Schedulers", info(:schedulers))
    entry("Schedulers online", info(:schedulers_online))

    pane("Memory")

    for {title, kind} <- [Total: :total, Atoms: :atom, Binaries: :binary, Code: :code, ETS: :ets, Processes: :processes] do
      entry(title, safely(fn -> format_bytes(:erlang.memory(kind)) end))
    end

    pane("Statistics / limits")
    entry("Run queue", safely(fn -> :erlang.statistics(:run_queue) end))

    for {title, count, limit} <- [{"Atoms", :atom_count, :atom_limit}, {"ETS", :ets_count, :ets_limit}, {"Ports", :port_count, :port_limit}, {"Processes", :process_count, :process_limit}] do
      case {info(count), info(limit)} do
        {c, l} when is_integer(c) and is_integer(l) -> entry(title, "#{c} / #{l} (#{trunc(c / l * 100)}% used)")
        _ -> :ok
      end
    end

    IO.puts("")
    IO.puts(String.pad_trailing("Showing topics:", 20) <> inspect([:system, :memory, :limits]))
    IO.puts(String.pad_trailing("Additional topics:", 20) <> inspect([:applications]))
    IO.puts("")
    IO.puts("To view a specific topic call runtime_info(topic)")
    IO.puts("")
    IEx.dont_display_result()
  end

  defp pane(title) do
    text = "\n## #{title} \n"
    if IO.ANSI.enabled?(), do: IO.puts(IO.ANSI.yellow() <> text <> IO.ANSI.reset()), else: IO.puts(text)
  end

  defp entry(_title, nil), do: :ok
  defp entry(title, value), do: IO.puts(String.pad_trailing("#{title}:", 20) <> to_string(value))

  defp info(item), do: safely(fn -> :erlang.system_info(item) end)

  defp safely(fun) do
    fun.()
  rescue
    _ -> nil
  end

  defp format_bytes(n) when n >= 1024 * 1024 * 1024, do: "#{div(n, 1024 * 1024 * 1024)} GB"
  defp format_bytes(n) when n >= 1024 * 1024, do: "#{div(n, 1024 * 1024)} MB"
  defp format_bytes(n) when n >= 1024, do: "#{div(n, 1024)} KB"
  defp format_bytes(n), do: "#{n} B"
end

defmodule IEx.Info do
  @moduledoc """
  The sections `i/1` prints about a term, after its `Term`: the data type,
  then what is particular to it, as `{title, text}` pairs.
  """

  @doc "The sections for `term`."
  def info(term) when is_atom(term) do
    dont_display =
      if term == IEx.dont_display_result() do
        [{"Description", "This atom is returned by IEx when a function that should not print its\nreturn value on screen is executed.\n"}]
      else
        []
      end

    [{"Data type", "Atom"}] ++ dont_display ++ atom(term)
  end

  def info(term) when is_list(term) do
    [{"Data type", "List"}] ++
      cond do
        term == [] ->
          [{"Reference modules", "List"}]

        List.ascii_printable?(term) ->
          [
            {"Description",
             """
             This is a list of integers that is printed as a sequence of characters
             delimited by single quotes because all the integers in it represent printable
             ASCII characters. Conventionally, a list of Unicode code points is known as a
             charlist and a list of ASCII characters is a subset of it.
             """},
            {"Raw representation", inspect(term, charlists: :as_lists)},
            {"Reference modules", "List"}
          ]

        Keyword.keyword?(term) ->
          [
            {"Description",
             """
             This is what is referred to as a "keyword list". A keyword list is a list
             of two-element tuples where the first element of each tuple is an atom.
             """},
            {"Reference modules", "Keyword, List"}
          ]

        List.improper?(term) ->
          [
            {"Description",
             """
             This is what is referred to as an "improper list". An improper list is a
             list which its last tail is not to an empty list. For example: [1, 2, 3]
             is a proper list, as it is equivalent to [1, 2, 3 | []], as opposed to
             [1, 2 | 3] which is an improper list since its last tail returns 3.
             """},
            {"Reference modules", "List"}
          ]

        true ->
          [{"Reference modules", "List"}]
      end
  end

  def info(term) when is_binary(term) do
    size = {"Byte size", byte_size(term)}

    [{"Data type", "BitString"}] ++
      cond do
        String.printable?(term) ->
          [
            size,
            {"Description",
             """
             This is a string: a UTF-8 encoded binary. It's printed surrounded by
             "double quotes" because all UTF-8 encoded code points in it are printable.
             """},
            {"Raw representation", inspect(term, binaries: :as_binaries)},
            {"Reference modules", "String, :binary"}
          ]

        String.valid?(term) ->
          first = term |> String.codepoints() |> Enum.find(&(not String.printable?(&1)))

          [
            size,
            {"Description",
             """
             This is a string: a UTF-8 encoded binary. It's printed with the `<<>>`
             syntax (as opposed to double quotes) because it contains non-printable
             UTF-8 encoded code points (the first non-printable code point being
             `#{inspect(first)}`).
             """},
            {"Reference modules", "String, :binary"}
          ]

        true ->
          first = term |> String.codepoints() |> Enum.find(&(not String.valid?(&1)))

          [
            size,
            {"Description",
             """
             This is a binary: a collection of bytes. It's printed with the `<<>>`
             syntax (as opposed to double quotes) because it is not a UTF-8 encoded
             binary (the first invalid byte being `#{inspect(first)}`)
             """},
            {"Reference modules", ":binary"}
          ]
      end
  end

  def info(term) when is_bitstring(term) do
    [
      {"Data type", "BitString"},
      {"Bits size", bit_size(term)},
      {"Description",
       """
       This is a bitstring. It's a chunk of bits that are not divisible by 8
       (the number of bytes isn't whole).
       """}
    ]
  end

  def info(term) when is_integer(term), do: [{"Data type", "Integer"}, {"Reference modules", "Integer"}]
  def info(term) when is_float(term), do: [{"Data type", "Float"}, {"Reference modules", "Float"}]
  def info(term) when is_tuple(term), do: [{"Data type", "Tuple"}, {"Reference modules", "Tuple"}]
  def info(term) when is_reference(term), do: [{"Data type", "Reference"}]

  def info(term) when is_function(term) do
    fun = Function.info(term)
    named = fun[:type] == :external and fun[:env] == []

    [{"Data type", "Function"}, {"Type", to_string(fun[:type])}, {"Arity", fun[:arity]}] ++
      if(named, do: [], else: [{"Description", "This is an anonymous function."}])
  end

  def info(term) when is_pid(term) do
    alive =
      case Process.info(term, [:registered_name, :links, :message_queue_len]) do
        nil ->
          [{"Alive", false}]

        info ->
          name = if info[:registered_name] in [nil, []], do: "not registered", else: inspect(info[:registered_name])
          links = if info[:links] == [], do: "none", else: Enum.map_join(info[:links], ", ", &inspect/1)
          [{"Alive", true}, {"Name", name}, {"Links", links}, {"Message queue length", info[:message_queue_len]}]
      end

    [{"Data type", "PID"}] ++
      alive ++
      [
        {"Description", "Use Process.info/1 to get more info about this process"},
        {"Reference modules", "Process, Node"}
      ]
  end

  def info(%module{} = term) when module in [Date, Time, NaiveDateTime] do
    {sigil, what} =
      case module do
        Date -> {"D", "date"}
        Time -> {"T", "time"}
        NaiveDateTime -> {"N", ~S{"naive" datetime (that is, a datetime without a time zone)}}
      end

    [
      {"Data type", inspect(module)},
      {"Description",
       """
       This is a struct representing a #{what}. It is commonly
       represented using the `~#{sigil}` sigil syntax, that is
       defined in the `Kernel.sigil_#{sigil}/2` macro.
       """},
      {"Raw representation", inspect(term, structs: false)},
      {"Reference modules", inspect(module) <> ", Calendar, Map"}
    ]
  end

  def info(%module{}) do
    [
      {"Data type", inspect(module)},
      {"Description", "This is a struct. Structs are maps with a __struct__ key."},
      {"Reference modules", inspect(module) <> ", Map"}
    ]
  end

  def info(term) when is_map(term), do: [{"Data type", "Map"}, {"Reference modules", "Map"}]
  def info(_term), do: [{"Data type", "Term"}]

  defp atom(atom) do
    raw = {"Raw representation", ":" <> inspect(Atom.to_string(atom))}

    cond do
      is_boolean(atom) or atom == nil or not match?("Elixir." <> _, Atom.to_string(atom)) ->
        [{"Reference modules", "Atom"}]

      Code.ensure_loaded?(atom) ->
        docs =
          case Code.fetch_docs(atom) do
            {:docs_v1, _, _, _, %{}, _, _} -> "Use h(#{inspect(atom)}) to access its documentation.\n"
            _ -> ""
          end

        source =
          case atom.module_info(:compile)[:source] do
            nil -> "no value found"
            path -> Path.relative_to_cwd(List.to_string(path))
          end

        [
          {"Module bytecode", "no value found"},
          {"Source", source},
          {"Description", "#{docs}Call #{inspect(atom)}.module_info() to access metadata."},
          raw,
          {"Reference modules", "Module, Atom"}
        ]

      true ->
        [raw, {"Reference modules", "Atom"}]
    end
  end
end

defmodule IEx do
  @moduledoc "The shell."

  @doc "An atom the shell does not print as a result."
  def dont_display_result, do: :"do not show this result in output"
end
