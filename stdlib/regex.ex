defmodule Regex do
  @moduledoc """
  Regular expressions, PCRE-compatible, over Erlang's `:re`.

  A regex is a struct holding the compiled pattern (`re_pattern`), its
  `source`, the options it was compiled with (`opts`: the modifier letters
  of `~r`, or a list of `:re` options) and the `re_version` it was compiled
  under. Positions (`return: :index`) are byte offsets.
  """

  defstruct re_pattern: nil, source: "", opts: "", re_version: ""

  @type t :: %Regex{re_pattern: term, source: binary, opts: binary | [term], re_version: term}

  @doc "Compiles `source` with `options` (modifier letters or a list of `:re` options)."
  @spec compile(binary, binary | [term]) :: {:ok, t} | {:error, term}
  def compile(source, options \\ "")

  def compile(source, options) when is_binary(source) and is_binary(options) do
    case re_options(options, []) do
      {:ok, re_opts} -> compile(source, re_opts, options)
      {:error, _} = error -> error
    end
  end

  def compile(source, options) when is_binary(source) and is_list(options) do
    compile(source, options, options)
  end

  defp compile(source, re_opts, options) do
    case :re.compile(source, re_opts) do
      {:ok, re_pattern} ->
        {:ok, %Regex{re_pattern: re_pattern, source: source, opts: options, re_version: version()}}

      {:error, _} = error ->
        error
    end
  end

  # The modifier letters of `~r` as `:re` options.
  defp re_options(<<?u, rest::binary>>, acc), do: re_options(rest, [:unicode, :ucp | acc])
  defp re_options(<<?i, rest::binary>>, acc), do: re_options(rest, [:caseless | acc])
  defp re_options(<<?x, rest::binary>>, acc), do: re_options(rest, [:extended | acc])
  defp re_options(<<?f, rest::binary>>, acc), do: re_options(rest, [:firstline | acc])
  defp re_options(<<?U, rest::binary>>, acc), do: re_options(rest, [:ungreedy | acc])
  defp re_options(<<?m, rest::binary>>, acc), do: re_options(rest, [:multiline | acc])

  defp re_options(<<?s, rest::binary>>, acc),
    do: re_options(rest, [:dotall, {:newline, :anycrlf} | acc])

  defp re_options(<<?r, rest::binary>>, acc) do
    IO.warn("the /r modifier in regular expressions is deprecated, please use /U instead")
    re_options(rest, [:ungreedy | acc])
  end

  defp re_options(<<>>, acc), do: {:ok, :lists.reverse(acc)}
  defp re_options(rest, _acc), do: {:error, {:invalid_option, rest}}

  @doc "Like `compile/2`, but raises `Regex.CompileError` when the regex is invalid."
  @spec compile!(binary, binary | [term]) :: t
  def compile!(source, options \\ "") when is_binary(source) do
    case compile(source, options) do
      {:ok, regex} -> regex
      {:error, {reason, at}} -> raise Regex.CompileError, message: "#{reason} at position #{at}"
    end
  end

  @doc "Compiles `regex` again when it was compiled under another `:re` version."
  @spec recompile(t) :: {:ok, t} | {:error, term}
  def recompile(%Regex{} = regex) do
    if regex.re_version == version() do
      {:ok, regex}
    else
      compile(regex.source, regex.opts)
    end
  end

  @doc "Like `recompile/1`, but raises `Regex.CompileError` on failure."
  @spec recompile!(t) :: t
  def recompile!(%Regex{} = regex) do
    case recompile(regex) do
      {:ok, regex} -> regex
      {:error, {reason, at}} -> raise Regex.CompileError, message: "#{reason} at position #{at}"
    end
  end

  @doc "The version of the regex engine, with the machine's byte order."
  @spec version() :: term
  def version, do: {:re.version(), endian()}

  # What `:erlang.system_info(:endian)` answers, read off a native integer.
  defp endian do
    if <<1::size(16)-native>> == <<1, 0>>, do: :little, else: :big
  end

  @doc "Whether `term` is a regex."
  @spec regex?(term) :: boolean
  def regex?(%Regex{}), do: true
  def regex?(_), do: false

  @doc "Whether `regex` matches somewhere in `string`."
  @spec match?(t, String.t()) :: boolean
  def match?(%Regex{re_pattern: re_pattern}, string) when is_binary(string) do
    :re.run(string, re_pattern, [{:capture, :none}]) == :match
  end

  @doc """
  The first match of `regex` in `string` with its groups, or `nil`. Options:
  `:return` (`:binary` or `:index`), `:capture` (`:all`, `:first`,
  `:all_but_first`, `:none`, `:all_names` or a list of groups) and `:offset`.
  """
  @spec run(t, binary, keyword) :: nil | [binary] | [{integer, integer}]
  def run(regex, string, options \\ [])

  def run(%Regex{re_pattern: re_pattern}, string, options) when is_binary(string) do
    case :re.run(string, re_pattern, run_options(options)) do
      :nomatch -> nil
      :match -> []
      {:match, captured} -> captured
    end
  end

  @doc "Every match of `regex` in `string`, each with its groups; options as `run/3`."
  @spec scan(t, String.t(), keyword) :: [[binary]] | [[{integer, integer}]]
  def scan(regex, string, options \\ [])

  def scan(%Regex{re_pattern: re_pattern}, string, options) when is_binary(string) do
    case :re.run(string, re_pattern, [:global | run_options(options)]) do
      {:match, captured} -> captured
      _ -> []
    end
  end

  defp run_options(options) do
    capture = Keyword.get(options, :capture, :all)
    return = Keyword.get(options, :return, :binary)
    [{:capture, capture, return}, {:offset, Keyword.get(options, :offset, 0)}]
  end

  @doc "The named groups of the first match as a map of name to capture, or `nil`."
  @spec named_captures(t, String.t(), keyword) :: map | nil
  def named_captures(regex, string, options \\ []) when is_binary(string) do
    names = names(regex)

    case run(regex, string, Keyword.put(options, :capture, names)) do
      nil -> nil
      captured -> :maps.from_list(:lists.zip(names, captured))
    end
  end

  @doc "The names of the regex's named groups, sorted."
  @spec names(t) :: [String.t()]
  def names(%Regex{re_pattern: re_pattern}) do
    {:namelist, names} = :re.inspect(re_pattern, :namelist)
    names
  end

  @doc "The compiled pattern inside the regex."
  @spec re_pattern(t) :: term
  def re_pattern(%Regex{re_pattern: re_pattern}), do: re_pattern

  @doc "The regex's source text."
  @spec source(t) :: String.t()
  def source(%Regex{source: source}), do: source

  @doc "The options the regex was compiled with."
  @spec opts(t) :: binary | [term]
  def opts(%Regex{opts: opts}), do: opts

  @doc """
  Splits `string` at the matches of `regex`. Options: `:parts` (at most that
  many parts), `:trim` (drop empty parts), `:on` (split at these groups of
  each match rather than the whole match, as `run/3`'s `:capture`) and
  `:include_captures` (keep the text split at).
  """
  @spec split(t, String.t(), keyword) :: [String.t()]
  def split(regex, string, options \\ [])

  def split(%Regex{}, "", options) do
    if Keyword.get(options, :trim, false), do: [], else: [""]
  end

  def split(%Regex{re_pattern: re_pattern}, string, options)
      when is_binary(string) and is_list(options) do
    on = Keyword.get(options, :on, :first)

    case :re.run(string, re_pattern, [:global, {:capture, on}]) do
      {:match, found} ->
        cuts = :lists.append(found)

        limit =
          case Keyword.get(options, :parts, :infinity) do
            :infinity -> :infinity
            n when is_integer(n) and n > 0 -> n
          end

        trim = Keyword.get(options, :trim, false)
        keep = Keyword.get(options, :include_captures, false)
        split_at(cuts, string, 0, limit, trim, keep, [])

      _ ->
        [string]
    end
  end

  # Walks the cut points in order: each one that lies at or after `from`
  # ends a part. `limit` counts down the parts still allowed; the last
  # allowed part is the rest of the string. Parts gather in reverse in `acc`.
  defp split_at(_cuts, string, from, 1, trim, _keep, acc), do: rest_part(string, from, trim, acc)
  defp split_at([], string, from, _limit, trim, _keep, acc), do: rest_part(string, from, trim, acc)

  defp split_at([{at, _} | cuts], string, from, limit, trim, keep, acc) when at < from do
    split_at(cuts, string, from, limit, trim, keep, acc)
  end

  defp split_at([{at, length} | cuts], string, from, limit, trim, keep, acc) do
    part = binary_part(string, from, at - from)
    next = at + length
    acc = if trim and part == "", do: acc, else: [part | acc]
    limit = if trim and part == "", do: limit, else: count_down(limit)
    acc = if keep, do: [binary_part(string, at, length) | acc], else: acc
    split_at(cuts, string, next, limit, trim, keep, acc)
  end

  defp count_down(:infinity), do: :infinity
  defp count_down(n), do: n - 1

  defp rest_part(string, from, trim, acc) do
    case binary_part(string, from, byte_size(string) - from) do
      "" when trim -> :lists.reverse(acc)
      rest -> :lists.reverse([rest | acc])
    end
  end

  @doc """
  Replaces the matches of `regex` in `string` (all of them, or the first with
  `global: false`). In a string replacement `\\\\0` or `\\\\g{0}` stands for
  the whole match and `\\\\N` or `\\\\g{N}` for group N; a function
  replacement receives the match and as many groups as its arity asks for.
  """
  @spec replace(t, String.t(), String.t() | function, keyword) :: String.t()
  def replace(%Regex{re_pattern: re_pattern}, string, replacement, options \\ [])
      when is_binary(string) and is_list(options) do
    global = if Keyword.get(options, :global) == false, do: [], else: [:global]

    case :re.run(string, re_pattern, [{:capture, :all, :index} | global]) do
      :nomatch ->
        string

      {:match, [first | _] = found} when is_list(first) ->
        splice(string, 0, found, replacement_parts(replacement), [])

      {:match, found} ->
        splice(string, 0, [found], replacement_parts(replacement), [])
    end
  end

  # The replacement as a list of literal binaries and group numbers, or a
  # function with the number of captures it takes.
  defp replacement_parts(fun) when is_function(fun) do
    {fun, Enum.find(0..255, &is_function(fun, &1))}
  end

  defp replacement_parts(text) when is_binary(text), do: parse_replacement(text, "", [])

  defp parse_replacement(<<>>, text, acc), do: :lists.reverse(add_text(text, acc))

  defp parse_replacement(<<?\\, ?g, ?{, rest::binary>>, text, acc) when byte_size(rest) > 0 do
    {digits, <<?}, rest::binary>>} = take_digits(rest, [])
    parse_replacement(rest, "", [:erlang.list_to_integer(digits) | add_text(text, acc)])
  end

  defp parse_replacement(<<?\\, ?\\, rest::binary>>, text, acc) do
    parse_replacement(rest, <<text::binary, ?\\>>, acc)
  end

  defp parse_replacement(<<?\\, digit, rest::binary>>, text, acc) when digit in ?0..?9 do
    {digits, rest} = take_digits(rest, [digit])
    parse_replacement(rest, "", [:erlang.list_to_integer(digits) | add_text(text, acc)])
  end

  defp parse_replacement(<<byte, rest::binary>>, text, acc) do
    parse_replacement(rest, <<text::binary, byte>>, acc)
  end

  defp add_text("", acc), do: acc
  defp add_text(text, acc), do: [text | acc]

  defp take_digits(<<digit, rest::binary>>, acc) when digit in ?0..?9,
    do: take_digits(rest, [digit | acc])

  defp take_digits(rest, acc), do: {:lists.reverse(acc), rest}

  # Builds the result: the text between matches, each match replaced. The
  # pieces gather in reverse in `acc`.
  defp splice(string, from, [], _replacement, acc) do
    IO.iodata_to_binary(:lists.reverse([binary_part(string, from, byte_size(string) - from) | acc]))
  end

  defp splice(string, from, [[{at, length} | _] = groups | found], replacement, acc) do
    before = binary_part(string, from, at - from)
    acc = [substitute(string, groups, replacement), before | acc]
    splice(string, at + length, found, replacement, acc)
  end

  defp substitute(string, groups, {fun, arity}) do
    captured = for n <- :lists.seq(0, arity - 1), do: group_text(string, groups, n)
    apply(fun, captured)
  end

  defp substitute(string, groups, parts) do
    for part <- parts do
      if is_integer(part), do: group_text(string, groups, part), else: part
    end
  end

  defp group_text(string, groups, n) do
    case Enum.at(groups, n) do
      {at, length} when at >= 0 -> binary_part(string, at, length)
      _ -> ""
    end
  end

  @doc "Escapes the characters of `string` that a regex would read as syntax."
  @spec escape(String.t()) :: String.t()
  def escape(string) when is_binary(string), do: escape(string, "")

  defp escape(<<char, rest::binary>>, acc)
       when char in [?., ?^, ?$, ?*, ?+, ??, ?(, ?), ?[, ?], ?{, ?}, ?|, ?#, ?-, ?\\] or
              char in [?\t, ?\n, ?\v, ?\f, ?\r, ?\s] do
    escape(rest, <<acc::binary, ?\\, char>>)
  end

  defp escape(<<char, rest::binary>>, acc), do: escape(rest, <<acc::binary, char>>)
  defp escape(<<>>, acc), do: acc

  @doc false
  def unescape_map(?f), do: ?\f
  def unescape_map(?n), do: ?\n
  def unescape_map(?r), do: ?\r
  def unescape_map(?t), do: ?\t
  def unescape_map(?v), do: ?\v
  def unescape_map(?a), do: ?\a
  def unescape_map(_), do: false
end

defmodule Regex.CompileError do
  @moduledoc "Raised when a regex does not compile."
  defexception message: "regex could not be compiled"
end

defimpl Inspect, for: Regex do
  # `~r/source/opts` for a regex compiled from modifier letters (as `~r`
  # writes it), else the `Regex.compile!/2` call that builds it.
  def inspect(%Regex{source: source, opts: opts}, _inspect_opts) when is_binary(opts) do
    "~r/" <> escape(source, "") <> "/" <> opts
  end

  def inspect(%Regex{source: source, opts: []}, _inspect_opts) do
    "~r/" <> escape(source, "") <> "/"
  end

  def inspect(%Regex{source: source, opts: opts}, _inspect_opts) do
    "Regex.compile!(" <> Kernel.inspect(source) <> ", " <> Kernel.inspect(opts) <> ")"
  end

  # The source between slashes: a slash gets a backslash unless it has one,
  # `#{` is escaped as in a string, and characters that do not print are
  # written as escapes. Escaped pairs `\\\\` and `\\/` stay as they are.
  defp escape(<<?\\, char, rest::binary>>, acc) when char in [?\\, ?/] do
    escape(rest, <<acc::binary, ?\\, char>>)
  end

  defp escape(<<?/, rest::binary>>, acc), do: escape(rest, <<acc::binary, "\\/">>)
  defp escape(<<"\#{", rest::binary>>, acc), do: escape(rest, <<acc::binary, "\\\#{">>)
  defp escape(<<?\n, rest::binary>>, acc), do: escape(rest, <<acc::binary, "\\n">>)
  defp escape(<<?\t, rest::binary>>, acc), do: escape(rest, <<acc::binary, "\\t">>)
  defp escape(<<?\r, rest::binary>>, acc), do: escape(rest, <<acc::binary, "\\r">>)
  defp escape(<<?\v, rest::binary>>, acc), do: escape(rest, <<acc::binary, "\\v">>)
  defp escape(<<?\f, rest::binary>>, acc), do: escape(rest, <<acc::binary, "\\f">>)
  defp escape(<<?\a, rest::binary>>, acc), do: escape(rest, <<acc::binary, "\\a">>)
  defp escape(<<0, rest::binary>>, acc), do: escape(rest, <<acc::binary, "\\0">>)

  defp escape(<<char::utf8, rest::binary>>, acc)
       when char in 0x20..0x7E or char in 0xA0..0xD7FF or
              (char in 0xE000..0xFFFD and char != 0xFEFF) or char in 0x10000..0x10FFFF do
    escape(rest, <<acc::binary, char::utf8>>)
  end

  defp escape(<<char::utf8, rest::binary>>, acc) when char > 0xFF do
    escape(rest, <<acc::binary, "\\u", hex(char, 4)::binary>>)
  end

  defp escape(<<char::utf8, rest::binary>>, acc) do
    escape(rest, <<acc::binary, "\\x", hex(char, 2)::binary>>)
  end

  defp escape(<<byte, rest::binary>>, acc) do
    escape(rest, <<acc::binary, "\\x", hex(byte, 2)::binary>>)
  end

  defp escape(<<>>, acc), do: acc

  defp hex(n, width) do
    digits = :erlang.integer_to_binary(n, 16)
    :binary.copy("0", max(width - byte_size(digits), 0)) <> digits
  end
end
