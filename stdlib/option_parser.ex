defmodule OptionParser do
  @moduledoc """
  Parses command-line arguments into `{switches, arguments, invalid}`.

  Switches are `--long-name` (with its value after `=` or as the next
  argument) or one-letter aliases `-n`; the types are `:boolean`, `:count`,
  `:integer`, `:float` and `:string`, optionally with `:keep` to collect
  repeated switches. With `:strict` only the listed switches are accepted;
  with `:switches` others are parsed as strings; without either every
  switch whose name is an existing atom is. `--` ends the switches.
  """

  defmodule ParseError do
    defexception [:message]
  end

  @type argv :: [String.t()]
  @type parsed :: keyword
  @type errors :: [{String.t(), String.t() | nil}]

  @doc "Parses every switch in `argv`; non-switch arguments are collected in order."
  @spec parse(argv, keyword) :: {parsed, argv, errors}
  def parse(argv, opts \\ []) when is_list(argv) and is_list(opts), do: run(argv, config(opts), false)

  @doc "Like `parse/2`, but raises `OptionParser.ParseError` on invalid switches."
  @spec parse!(argv, keyword) :: {parsed, argv}
  def parse!(argv, opts \\ []) when is_list(argv) and is_list(opts) do
    case parse(argv, opts) do
      {parsed, args, []} -> {parsed, args}
      {_parsed, _args, errors} -> raise ParseError, message: format_errors(errors, opts)
    end
  end

  @doc "Parses switches up to the first argument that is not one."
  @spec parse_head(argv, keyword) :: {parsed, argv, errors}
  def parse_head(argv, opts \\ []) when is_list(argv) and is_list(opts), do: run(argv, config(opts), true)

  @doc "Like `parse_head/2`, but raises `OptionParser.ParseError` on invalid switches."
  @spec parse_head!(argv, keyword) :: {parsed, argv}
  def parse_head!(argv, opts \\ []) when is_list(argv) and is_list(opts) do
    case parse_head(argv, opts) do
      {parsed, args, []} -> {parsed, args}
      {_parsed, _args, errors} -> raise ParseError, message: format_errors(errors, opts)
    end
  end

  # ---------------------------------------------------------------------------
  # Configuration: {mode, %{name => {type, keep?}}, %{alias_letter => name}, allow_new_atoms?}

  defp config(opts) do
    {mode, switches} =
      cond do
        Keyword.has_key?(opts, :strict) -> {:strict, Keyword.get(opts, :strict)}
        Keyword.has_key?(opts, :switches) -> {:switches, Keyword.get(opts, :switches)}
        true -> {:dynamic, []}
      end

    types = for {name, spec} <- switches, into: %{}, do: {name, type_of(spec)}
    aliases = for {letter, name} <- Keyword.get(opts, :aliases, []), into: %{}, do: {Atom.to_string(letter), name}
    %{mode: mode, types: types, aliases: aliases, new_atoms?: Keyword.get(opts, :allow_nonexistent_atoms, false)}
  end

  defp type_of(spec) when is_list(spec) do
    keep? = :keep in spec
    types = for t <- spec, t != :keep, do: t

    case types do
      [type | _] -> {type, keep?}
      [] -> {:string, keep?}
    end
  end

  defp type_of(:keep), do: {:string, true}
  defp type_of(type), do: {type, false}

  # ---------------------------------------------------------------------------
  # The walk over argv

  defp run(argv, config, head?), do: walk(argv, config, head?, [], [], [])

  defp walk([], _config, _head?, parsed, args, invalid),
    do: {:lists.reverse(parsed), :lists.reverse(args), :lists.reverse(invalid)}

  defp walk(["--" | rest], _config, _head?, parsed, args, invalid),
    do: {:lists.reverse(parsed), :lists.reverse(args, rest), :lists.reverse(invalid)}

  defp walk([arg | rest] = argv, config, head?, parsed, args, invalid) do
    case classify(arg) do
      :argument when head? ->
        {:lists.reverse(parsed), :lists.reverse(args, argv), :lists.reverse(invalid)}

      :argument ->
        walk(rest, config, head?, parsed, [arg | args], invalid)

      {:short_group, letters} ->
        walk(Enum.map(letters, &("-" <> &1)) ++ rest, config, head?, parsed, args, invalid)

      {kind, original, name, inline} ->
        {result, rest} = switch(kind, original, name, inline, rest, config)

        case result do
          {:ok, key, value, keep?} ->
            walk(rest, config, head?, store(parsed, key, value, keep?), args, invalid)

          {:invalid, value} ->
            walk(rest, config, head?, parsed, args, [{original, value} | invalid])

          :dropped ->
            walk(rest, config, head?, parsed, args, invalid)
        end
    end
  end

  # An argument is a long switch, a short one (or a group of short ones), or not a switch.
  defp classify("--" <> text) do
    {name, inline} = split_inline(text)
    {:long, "--" <> name, name, inline}
  end

  defp classify("-"), do: :argument

  defp classify("-" <> text = arg) do
    cond do
      negative_number?(arg) ->
        :argument

      String.contains?(text, "=") ->
        {name, inline} = split_inline(text)
        {:short, "-" <> name, name, inline}

      String.length(text) > 1 ->
        {:short_group, String.graphemes(text)}

      true ->
        {:short, arg, text, nil}
    end
  end

  defp classify(_arg), do: :argument

  defp split_inline(text) do
    case :binary.split(text, "=") do
      [name, value] -> {name, value}
      [name] -> {name, nil}
    end
  end

  defp negative_number?(arg), do: match?({_, ""}, Float.parse(arg))

  # Decides what one switch means: {result, remaining argv}.
  defp switch(:short, _original, letter, inline, rest, config) do
    case Map.fetch(config.aliases, letter) do
      {:ok, key} ->
        cond do
          Map.has_key?(config.types, key) -> typed(key, inline, rest, config)
          config.mode == :strict -> {{:invalid, inline}, rest}
          true -> dynamic(key, inline, rest)
        end

      :error -> undefined(inline, rest, config)
    end
  end

  defp switch(:long, _original, name, inline, rest, config) do
    if String.contains?(name, "_") do
      {{:invalid, inline}, rest}
    else
      key_text = String.replace(name, "-", "_")

      case negation(key_text, config) do
        {:ok, key} when inline == nil -> {{:ok, key, false, false}, rest}
        {:ok, _key} -> {{:invalid, inline}, rest}
        :error -> by_name(key_text, inline, rest, config)
      end
    end
  end

  defp negation("no_" <> key_text, config) do
    case existing_atom(key_text, config) do
      {:ok, key} ->
        case Map.fetch(config.types, key) do
          {:ok, {:boolean, _}} -> {:ok, key}
          _ -> :error
        end

      :error ->
        :error
    end
  end

  defp negation(_key_text, _config), do: :error

  defp by_name(key_text, inline, rest, config) do
    case existing_atom(key_text, config) do
      {:ok, key} ->
        cond do
          Map.has_key?(config.types, key) -> typed(key, inline, rest, config)
          config.mode == :strict -> {{:invalid, inline}, rest}
          true -> dynamic(key, inline, rest)
        end

      :error ->
        undefined(inline, rest, config)
    end
  end

  defp existing_atom(text, %{new_atoms?: true}), do: {:ok, String.to_atom(text)}

  defp existing_atom(text, _config) do
    {:ok, String.to_existing_atom(text)}
  rescue
    ArgumentError -> :error
  end

  # A switch with no known name: its value (if any) is consumed with it.
  defp undefined(inline, rest, config) do
    rest = if inline == nil, do: drop_value(rest), else: rest
    if config.mode == :strict, do: {{:invalid, nil}, rest}, else: {:dropped, rest}
  end

  defp drop_value([next | rest] = argv) do
    if value?(next), do: rest, else: argv
  end

  defp drop_value([]), do: []

  defp dynamic(key, nil, [next | rest] = argv) do
    if value?(next), do: {{:ok, key, next, false}, rest}, else: {{:ok, key, true, false}, argv}
  end

  defp dynamic(key, nil, []), do: {{:ok, key, true, false}, []}
  defp dynamic(key, inline, rest), do: {{:ok, key, inline, false}, rest}

  defp typed(key, inline, rest, config) do
    {type, keep?} = Map.fetch!(config.types, key)

    case type do
      :boolean ->
        case inline do
          nil -> {{:ok, key, true, keep?}, rest}
          "true" -> {{:ok, key, true, keep?}, rest}
          "false" -> {{:ok, key, false, keep?}, rest}
          other -> {{:invalid, other}, rest}
        end

      :count ->
        if inline == nil, do: {{:ok, key, :count, false}, rest}, else: {{:invalid, inline}, rest}

      _ ->
        {text, rest} =
          case {inline, rest} do
            {nil, [next | tail]} -> if value?(next), do: {next, tail}, else: {nil, rest}
            {nil, []} -> {nil, []}
            {value, _} -> {value, rest}
          end

        case text do
          nil ->
            {{:invalid, nil}, rest}

          _ ->
            case convert(type, text) do
              {:ok, value} -> {{:ok, key, value, keep?}, rest}
              :error -> {{:invalid, text}, rest}
            end
        end
    end
  end

  # Whether the next argument can be a switch's value.
  defp value?("-"), do: true
  defp value?("--" <> _), do: false
  defp value?("-" <> _ = arg), do: negative_number?(arg)
  defp value?(_arg), do: true

  defp convert(:integer, text) do
    case Integer.parse(text) do
      {value, ""} -> {:ok, value}
      _ -> :error
    end
  end

  defp convert(:float, text) do
    case Float.parse(text) do
      {value, ""} -> {:ok, value}
      _ -> :error
    end
  end

  defp convert(_string, text), do: {:ok, text}

  # A repeated switch replaces the earlier one (moving to the end) unless kept;
  # a count adds one.
  defp store(parsed, key, :count, _keep?) do
    count =
      case :lists.keyfind(key, 1, parsed) do
        {^key, n} -> n + 1
        false -> 1
      end

    [{key, count} | :lists.keydelete(key, 1, parsed)]
  end

  defp store(parsed, key, value, true), do: [{key, value} | parsed]
  defp store(parsed, key, value, false), do: [{key, value} | delete_all(parsed, key)]

  defp delete_all(parsed, key), do: for({k, _} = pair <- parsed, k != key, do: pair)

  # ---------------------------------------------------------------------------
  # Errors

  defp format_errors(errors, opts) do
    types = config(opts).types
    aliases = config(opts).aliases
    count = length(errors)
    noun = if count == 1, do: "error", else: "errors"
    lines = Enum.map(errors, &format_error(&1, types, aliases))
    "#{count} #{noun} found!\n" <> Enum.join(lines, "\n")
  end

  defp format_error({option, value}, types, aliases) do
    case type_for(option, types, aliases) do
      nil when value == nil -> "#{option} : Unknown option" <> suggestion(option, types)
      nil -> "#{option} : Unknown option"
      type when value == nil -> "#{option} : Missing argument of type #{type}"
      type -> "#{option} : Expected type #{type}, got #{inspect(value)}"
    end
  end

  defp type_for("--" <> name, types, _aliases), do: lookup_type(String.replace(name, "-", "_"), types)

  defp type_for("-" <> letter, types, aliases) do
    case Map.fetch(aliases, letter) do
      {:ok, key} -> lookup_type(Atom.to_string(key), types)
      :error -> lookup_type(letter, types)
    end
  end

  defp lookup_type(text, types) do
    Enum.find_value(types, fn {key, {type, _keep?}} -> if Atom.to_string(key) == text, do: type end)
  end

  defp suggestion("--no-" <> _, _types), do: ""

  defp suggestion("--" <> _ = option, types) do
    best =
      Enum.reduce(types, nil, fn {key, _}, best ->
        candidate = "--" <> String.replace(Atom.to_string(key), "_", "-")
        distance = String.jaro_distance(option, candidate)

        case best do
          {_, top} when top > distance -> best
          _ when distance > 0.77 -> {candidate, distance}
          _ -> best
        end
      end)

    case best do
      {candidate, _} -> ". Did you mean #{candidate}?"
      nil -> ""
    end
  end

  defp suggestion(_option, _types), do: ""

  # ---------------------------------------------------------------------------
  # Splitting and the reverse

  @doc """
  Splits a command line into arguments as a shell does: whitespace
  separates them, quotes group, a backslash escapes the next character.
  """
  @spec split(String.t()) :: argv
  def split(string) when is_binary(string), do: split_chars(string, "", false, nil, [])

  defp split_chars("", current, started?, _quote, acc), do: :lists.reverse(push(current, started?, acc))

  defp split_chars(<<?\\, char::utf8, rest::binary>>, current, _started?, quote, acc) when quote != ?' do
    split_chars(rest, <<current::binary, char::utf8>>, true, quote, acc)
  end

  defp split_chars(<<c, rest::binary>>, current, _started?, quote, acc) when c == quote,
    do: split_chars(rest, current, true, nil, acc)

  defp split_chars(<<q, rest::binary>>, current, _started?, nil, acc) when q in [?", ?'],
    do: split_chars(rest, current, true, q, acc)

  defp split_chars(<<c, rest::binary>>, current, started?, nil, acc) when c in [?\s, ?\t, ?\n, ?\r],
    do: split_chars(rest, "", false, nil, push(current, started?, acc))

  defp split_chars(<<char::utf8, rest::binary>>, current, _started?, quote, acc),
    do: split_chars(rest, <<current::binary, char::utf8>>, true, quote, acc)

  defp push(current, true, acc), do: [current | acc]
  defp push(_current, false, acc), do: acc

  @doc "Turns parsed switches back into command-line arguments."
  @spec to_argv(Enumerable.t(), keyword) :: argv
  def to_argv(enum, options \\ []) do
    switches = Keyword.get(options, :switches, [])

    Enum.flat_map(enum, fn
      {_key, nil} ->
        []

      {key, true} ->
        case Keyword.get(switches, key) do
          :count -> [to_switch(key)]
          _ -> [to_switch(key)]
        end

      {key, false} ->
        [to_switch(key, "--no-")]

      {key, value} ->
        case Keyword.get(switches, key) do
          :count -> List.duplicate(to_switch(key), value)
          _ -> [to_switch(key), Kernel.to_string(value)]
        end
    end)
  end

  defp to_switch(key, prefix \\ "--") when is_atom(key),
    do: prefix <> String.replace(Atom.to_string(key), "_", "-")
end
