defmodule IEx.Introspection do
  @moduledoc """
  What the shell's `h/1` prints: a module's or a function's documentation,
  read with `Code.fetch_docs/1` and laid out as iex lays it out without
  colours (a centred heading, metadata, then the Markdown text wrapped to 80
  columns).
  """

  @width 80

  # Kernel functions and special forms that the compiler turns straight into
  # Erlang calls or instructions, so no module defines them: their docs live here.
  @builtins [
    {Kernel, :def, :is_atom, 1, "is_atom(term)", "Returns `true` when `term` is an atom, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_binary, 1, "is_binary(term)", "Returns `true` when `term` is a binary (every string is one), `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_integer, 1, "is_integer(term)", "Returns `true` when `term` is an integer, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_list, 1, "is_list(term)", "Returns `true` when `term` is a list (empty or not), `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_map, 1, "is_map(term)", "Returns `true` when `term` is a map (structs included), `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :is_tuple, 1, "is_tuple(term)", "Returns `true` when `term` is a tuple, `false` otherwise.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :length, 1, "length(list)", "Counts the elements of `list`, walking all of it.\n\n    iex> length([:a, :b, :c])\n    3\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :hd, 1, "hd(list)", "The first element of a non-empty `list`; raises `ArgumentError` on `[]`.\n\n    iex> hd([1, 2, 3])\n    1\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :tl, 1, "tl(list)", "Everything in a non-empty `list` but its first element.\n\n    iex> tl([1, 2, 3])\n    [2, 3]\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :tuple_size, 1, "tuple_size(tuple)", "How many elements `tuple` holds.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :map_size, 1, "map_size(map)", "How many keys `map` holds.\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :div, 2, "div(dividend, divisor)", "Integer division, rounding towards zero.\n\n    iex> div(7, 2)\n    3\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :rem, 2, "rem(dividend, divisor)", "The remainder of an integer division; it has the sign of `dividend`.\n\n    iex> rem(7, 2)\n    1\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :elem, 2, "elem(tuple, index)", "The element of `tuple` at the zero-based `index`; raises `ArgumentError` when `index` is out of range.\n\n    iex> elem({:a, :b, :c}, 1)\n    :b\n\nAllowed in guards.", [guard: true]},
    {Kernel, :def, :put_elem, 3, "put_elem(tuple, index, value)", "A copy of `tuple` with the element at the zero-based `index` replaced by `value`.\n\n    iex> put_elem({:a, :b}, 0, :z)\n    {:z, :b}", []},
    {Kernel, :def, :self, 0, "self()", "The pid of the process that calls it.", [guard: true]},
    {Kernel, :def, :spawn, 1, "spawn(fun)", "Starts a new process running `fun` (a function of no arguments) and returns its pid at once. The new process is not linked to the caller: see `spawn_link/1`.", []},
    {Kernel, :def, :spawn, 3, "spawn(module, fun, args)", "Starts a new process running `apply(module, fun, args)` and returns its pid.", []},
    {Kernel, :def, :spawn_link, 1, "spawn_link(fun)", "Like `spawn/1`, but the new process is linked to the caller: if one of them ends abnormally, the other gets an exit signal.", []},
    {Kernel, :def, :send, 2, "send(dest, message)", "Puts `message` in the mailbox of `dest` (a pid, a registered name or `{name, node}`) and returns `message`. Sending never blocks and never fails, even when `dest` has ended.\n\n    iex> send(self(), :hello)\n    :hello", []},
    {Kernel, :def, :apply, 2, "apply(fun, args)", "Calls `fun` with the elements of the list `args` as its arguments.\n\n    iex> apply(fn x, y -> x + y end, [1, 2])\n    3", []},
    {Kernel, :def, :apply, 3, "apply(module, function_name, args)", "Calls `module.function_name` with the elements of `args` as its arguments.\n\n    iex> apply(Enum, :reverse, [[1, 2, 3]])\n    [3, 2, 1]", []},
    {Kernel, :def, :inspect, 2, "inspect(term, opts \\\\ [])", "Returns `term` as Elixir code would write it, as a string. The options are those of `Inspect.Opts`, such as `:limit` or `:pretty`.\n\n    iex> inspect(:hello)\n    \":hello\"\n    iex> inspect([1, 2])\n    \"[1, 2]\"", [defaults: 1]},
    {Kernel, :defmacro, :if, 2, "if(condition, clauses)", "Runs the `do` block when `condition` is truthy (anything but `nil` and `false`), and the `else` block, if any, otherwise. Without an `else`, a falsy condition gives `nil`.\n\n    iex> if 1 > 0, do: :yes, else: :no\n    :yes", []},
    {Kernel, :defmacro, :unless, 2, "unless(condition, clauses)", "The reverse of `if/2`: runs the `do` block when `condition` is `nil` or `false`.", []},
    {Kernel, :defmacro, :|>, 2, "left |> right", "The pipe: passes `left` as the first argument of the call on the right.\n\n    iex> [1, 2, 3] |> Enum.map(fn x -> x * 10 end) |> Enum.sum()\n    60", []},
    {Kernel, :defmacro, :def, 2, "def(call, expr \\\\ nil)", "Defines a public function in the current module. Clauses are tried in the order they are written; a `when` guard can restrict a clause.", [defaults: 1]},
    {Kernel, :defmacro, :defmodule, 2, "defmodule(alias, do_block)", "Defines a module named `alias` whose body is the `do` block.", []},
    {Kernel.SpecialForms, :defmacro, :case, 2, "case(condition, clauses)", "Matches the value of `condition` against each clause's pattern in turn and runs the first clause that matches (and whose guard, if any, holds). If none matches, a `CaseClauseError` is raised.\n\n    case {1, 2} do\n      {1, x} -> x\n      _ -> :other\n    end", []},
    {Kernel.SpecialForms, :defmacro, :cond, 1, "cond(clauses)", "Runs the body of the first clause whose condition is truthy. If none is, a `CondClauseError` is raised; a last `true ->` clause is the usual fallback.", []},
    {Kernel.SpecialForms, :defmacro, :receive, 1, "receive(args)", "Waits for a message in the current process's mailbox that matches one of the clauses, removes it and runs that clause. Messages that match no clause stay in the mailbox. An `after` clause gives up after the given number of milliseconds.\n\n    send(self(), {:ping, 1})\n    receive do\n      {:ping, n} -> n\n    after\n      1000 -> :timeout\n    end", []},
    {Kernel.SpecialForms, :defmacro, :fn, 1, "fn(clauses)", "Defines an anonymous function. Call it with a dot: `f.(args)`.\n\n    iex> add = fn a, b -> a + b end\n    iex> add.(1, 2)\n    3", []},
    {Kernel.SpecialForms, :defmacro, :for, 1, "for(args)", "A comprehension: loops over one or more generators (`x <- enumerable`), skips elements that fail a filter, and collects the results of the `do` block into a list (or into `:into`).\n\n    iex> for x <- 1..4, rem(x, 2) == 0, do: x * x\n    [4, 16]", []}
  ]

  @doc "Prints the documentation of a module, `{module, fun}` or `{module, fun, arity}`."
  def h({:local, name}), do: h({find_local(name, :any), name})
  def h({:local, name, arity}), do: h({find_local(name, arity), name, arity})

  def h({module, fun}) when is_atom(module) and is_atom(fun) do
    with_docs(module, fn docs -> print_functions(module, fun, :any, docs) end)
  end

  def h({module, fun, arity}) when is_atom(module) and is_atom(fun) and is_integer(arity) do
    with_docs(module, fn docs -> print_functions(module, fun, arity, docs) end)
  end

  def h(module) when is_atom(module) do
    with_docs(module, fn
      {_, _, _, _, %{"en" => text}, meta, _} ->
        print_entry(inspect(module), meta, text)

      _ ->
        IO.puts("No documentation for #{inspect(module)} was found")
    end)
  end

  def h(other) do
    IO.puts(
      "The \"h\" helper expects a Module, Module.fun or Module.fun/arity, got: #{inspect(other)}"
    )

    IO.puts(
      "If instead of accessing documentation you would like more information about a value " <>
        "or about the result of an expression, use the \"i\" helper instead"
    )

    IEx.dont_display_result()
  end

  @doc "Turns what `h/1` was given (quoted) into the argument of `h/1` above."
  def decompose({:/, _, [call, arity]}) when is_integer(arity) do
    case decompose(call) do
      {:local, name} -> {:{}, [], [:local, name, arity]}
      {module, fun} -> {:{}, [], [module, fun, arity]}
      other -> other
    end
  end

  def decompose({{:., _, [module, fun]}, _, []}) when is_atom(fun), do: {module, fun}
  def decompose({name, _, context}) when is_atom(name) and is_atom(context), do: {:local, name}
  def decompose({name, _, []}) when is_atom(name) and name != :__aliases__, do: {:local, name}
  def decompose(other), do: other

  defp find_local(name, arity) do
    Enum.find([Kernel, Kernel.SpecialForms, IEx.Helpers], Kernel, fn module ->
      case Code.fetch_docs(module) do
        {:docs_v1, _, _, _, _, _, docs} -> matching(module, name, arity, docs) != []
        _ -> matching(module, name, arity, []) != []
      end
    end)
  end

  defp with_docs(module, fun) do
    builtin? = Enum.any?(@builtins, &(elem(&1, 0) == module))

    case Code.ensure_loaded(module) do
      _ when builtin? and module == Kernel.SpecialForms ->
        fun.({:docs_v1, 0, :elixir, "text/markdown", :none, %{}, []})

      {:module, _} ->
        case Code.fetch_docs(module) do
          {:docs_v1, _, _, _, _, _, _} = docs -> fun.(docs)
          _ -> IO.puts("#{inspect(module)} was not compiled with docs")
        end

      {:error, reason} ->
        IO.puts("Could not load module #{inspect(module)}, got: #{reason}")
    end

    IEx.dont_display_result()
  end

  defp print_functions(module, fun, arity, {_, _, _, _, _, _, docs}) do
    case matching(module, fun, arity, docs) do
      [] ->
        shown = if arity == :any, do: "", else: "/#{arity}"
        IO.puts("No documentation for #{inspect(module)}.#{fun}#{shown} was found")

      found ->
        for {{kind, _, _}, _, [signature], doc, meta} <- found do
          word = if kind == :macro, do: "defmacro", else: "def"
          text = if is_map(doc), do: doc["en"], else: nil
          print_entry("#{word} #{signature}", meta, text)
        end
    end
  end

  defp matching(module, fun, arity, docs) do
    builtins =
      for {^module, kind, ^fun, a, signature, text, meta} <- @builtins do
        kind = if kind == :defmacro, do: :macro, else: :function
        {{kind, fun, a}, 0, [signature], %{"en" => text}, Map.new(meta)}
      end

    (docs ++ builtins)
    |> Enum.filter(fn {{kind, name, a}, _, _, doc, meta} ->
      kind in [:function, :macro] and name == fun and doc != :hidden and
        (arity == :any or arity in (a - Map.get(meta, :defaults, 0))..a)
    end)
    |> Enum.uniq_by(fn {key, _, _, _, _} -> key end)
  end

  defp print_entry(heading, meta, text) do
    pad = div(max(@width - String.length(heading), 0), 2)
    IO.puts("\n" <> String.duplicate(" ", pad) <> heading <> "\n")

    shown =
      for key <- [:delegate_to, :deprecated, :guard, :since],
          Map.has_key?(meta, key),
          do: "#{key}: #{meta_value(key, meta[key])}"

    if shown != [] do
      IO.puts(Enum.join(shown, "\n") <> "\n")
    end

    if is_binary(text) do
      IO.puts(render(text) <> "\n")
    end
  end

  defp meta_value(:delegate_to, {m, f, a}), do: "#{inspect(m)}.#{f}/#{a}"
  defp meta_value(_, value) when is_binary(value), do: value
  defp meta_value(_, value), do: inspect(value)

  @doc "Markdown text as iex shows it without colours: paragraphs and list items wrapped to 80 columns, code blocks kept."
  def render(text) do
    text
    |> String.trim()
    |> String.split(~r/\n[ \t]*\n/)
    |> Enum.map(&block/1)
    |> join_blocks()
  end

  defp join_blocks([]), do: ""
  defp join_blocks([{_, one}]), do: one

  defp join_blocks([{kind, one}, {next, _} = rest | more]) do
    gap = if kind == :code and next == :code, do: "\n    \n", else: "\n\n"
    one <> gap <> join_blocks([rest | more])
  end

  defp block(paragraph) do
    lines = String.split(paragraph, "\n")

    cond do
      Enum.all?(lines, &String.starts_with?(&1, "    ")) ->
        {:code, paragraph}

      String.starts_with?(paragraph, "#") ->
        {:text, paragraph}

      Enum.any?(lines, &bullet?/1) ->
        {:text, lines |> bullets() |> Enum.map_join("\n", &wrap(&1, "  * ", "    "))}

      true ->
        {:text, wrap(Enum.map_join(lines, " ", &String.trim/1), "", "")}
    end
  end

  defp bullet?(line), do: Regex.match?(~r/^\s*[*-] /, line)

  defp bullets(lines) do
    lines
    |> Enum.reduce([], fn line, acc ->
      if bullet?(line) do
        [Regex.replace(~r/^\s*[*-] /, line, "") | acc]
      else
        case acc do
          [last | rest] -> [last <> " " <> String.trim(line) | rest]
          [] -> [String.trim(line)]
        end
      end
    end)
    |> Enum.reverse()
  end

  defp wrap(text, first, rest) do
    words = String.split(text, " ")

    {lines, current} =
      Enum.reduce(words, {[], first}, fn word, {lines, line} ->
        cond do
          line == first or line == rest -> {lines, line <> word}
          String.length(line) + 1 + String.length(word) > @width -> {[line | lines], rest <> word}
          true -> {lines, line <> " " <> word}
        end
      end)

    Enum.reverse([current | lines]) |> Enum.join("\n")
  end
end
