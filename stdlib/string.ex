defmodule String do
  @moduledoc """
  Functions for UTF-8 encoded binaries (strings).

  Functions that count or cut text (`length/1`, `slice/2`, `at/2`,
  `reverse/1`, padding, ...) work on graphemes: what a reader sees as one
  character, which may be several codepoints (`"é"` written as `e` plus a
  combining accent is one grapheme). `byte_size/1` gives the size in bytes.
  Invalid bytes are kept and treated as one-byte graphemes.
  """

  @type t :: binary
  @type codepoint :: t
  @type grapheme :: t
  @type pattern :: t | [t] | :binary.cp()

  # ---------------------------------------------------------------------------
  # Graphemes and codepoints

  @doc "Returns `{grapheme, rest}` for the first grapheme, or `nil` for an empty string."
  @spec next_grapheme(t) :: {grapheme, t} | nil
  def next_grapheme(string) when is_binary(string) do
    case next_grapheme_size(string) do
      {size, rest} -> {:binary.part(string, 0, size), rest}
      nil -> nil
    end
  end

  # `next_grapheme/1` with the rest always a binary: like OTP, next_grapheme
  # gives it in a list when invalid bytes follow a cluster of code points.
  defp split_grapheme(string) do
    case next_grapheme(string) do
      {grapheme, [rest]} -> {grapheme, rest}
      other -> other
    end
  end

  @doc "Returns `{byte_size_of_first_grapheme, rest}`, or `nil` for an empty string."
  @spec next_grapheme_size(t) :: {pos_integer, t} | nil
  def next_grapheme_size(string) when is_binary(string), do: :vial_string.next_grapheme_size(string)

  @doc "Returns the graphemes of the string."
  @spec graphemes(t) :: [grapheme]
  def graphemes(string) when is_binary(string), do: :vial_string.graphemes(string)

  @doc "Returns `{codepoint, rest}` for the first codepoint (an invalid byte counts as one), or `nil`."
  @spec next_codepoint(t) :: {codepoint, t} | nil
  def next_codepoint(<<codepoint::utf8, rest::binary>>), do: {<<codepoint::utf8>>, rest}
  def next_codepoint(<<byte, rest::binary>>), do: {<<byte>>, rest}
  def next_codepoint(<<>>), do: nil

  @doc "Returns the codepoints of the string, each as a string."
  @spec codepoints(t) :: [codepoint]
  def codepoints(string) when is_binary(string), do: :vial_string.codepoints(string)

  @doc "Returns the number of graphemes."
  @spec length(t) :: non_neg_integer
  def length(string) when is_binary(string), do: :vial_string.length(string)

  @doc "Returns the grapheme at `position` (negative counts from the end), or `nil`."
  @spec at(t, integer) :: grapheme | nil
  def at(string, position) when is_binary(string) and is_integer(position) and position >= 0 do
    case skip_graphemes(string, position) do
      <<>> -> nil
      rest -> elem(next_grapheme(rest), 0)
    end
  end

  def at(string, position) when is_binary(string) and is_integer(position) do
    case String.length(string) + position do
      index when index < 0 -> nil
      index -> at(string, index)
    end
  end

  # Drops `count` graphemes from the front.
  defp skip_graphemes(string, 0), do: string

  defp skip_graphemes(string, count) do
    size = :vial_string.graphemes_size(string, count)
    :binary.part(string, size, byte_size(string) - size)
  end

  # Byte size of the first `count` graphemes.
  defp graphemes_size(string, count), do: :vial_string.graphemes_size(string, count)

  @doc "Returns the first grapheme, or `nil`."
  @spec first(t) :: grapheme | nil
  def first(string) when is_binary(string) do
    case next_grapheme(string) do
      {grapheme, _} -> grapheme
      nil -> nil
    end
  end

  @doc "Returns the last grapheme, or `nil`."
  @spec last(t) :: grapheme | nil
  def last(string) when is_binary(string), do: :vial_string.last(string)

  @doc "Reverses the graphemes."
  @spec reverse(t) :: t
  def reverse(string) when is_binary(string), do: :vial_string.reverse(string)

  @doc "Returns `{first_position_graphemes, rest}`; a negative position counts from the end."
  @spec split_at(t, integer) :: {t, t}
  def split_at(string, position) when is_binary(string) and is_integer(position) and position >= 0 do
    size = graphemes_size(string, position)
    <<left::binary-size(size), right::binary>> = string
    {left, right}
  end

  def split_at(string, position) when is_binary(string) and is_integer(position) do
    split_at(string, :erlang.max(String.length(string) + position, 0))
  end

  @doc """
  Returns `length` graphemes starting at `start` (negative counts from the
  end); an empty string when `start` is past the end.
  """
  @spec slice(t, integer, non_neg_integer) :: grapheme
  def slice(_string, start, 0) when is_integer(start), do: ""

  def slice(string, start, length)
      when is_binary(string) and is_integer(start) and is_integer(length) and length > 0 do
    start =
      if start < 0 do
        :erlang.max(String.length(string) + start, 0)
      else
        start
      end

    rest = skip_graphemes(string, start)
    :binary.part(rest, 0, graphemes_size(rest, length))
  end

  @doc "Returns the graphemes at the positions of `range` (negative positions count from the end)."
  @spec slice(t, Range.t()) :: t
  def slice(string, %{__struct__: Range, first: first, last: last, step: step} = range)
      when is_binary(string) do
    cond do
      step == 1 and first >= 0 and last >= first ->
        slice(string, first, last - first + 1)

      step == 1 or (step == -1 and first > last) ->
        slice_by_count(string, first, last, 1)

      step > 1 ->
        slice_by_count(string, first, last, step)

      true ->
        raise ArgumentError,
              "String.slice/2 does not accept ranges with negative steps, got: #{inspect(range)}"
    end
  end

  defp slice_by_count(string, first, last, step) do
    count = String.length(string)
    first = if first < 0, do: :erlang.max(first + count, 0), else: first
    last = if last < 0, do: last + count, else: last

    cond do
      first >= count or last < first ->
        ""

      step == 1 ->
        slice(string, first, last - first + 1)

      true ->
        string
        |> skip_graphemes(first)
        |> graphemes()
        |> Enum.take(last - first + 1)
        |> Enum.take_every(step)
        |> :erlang.iolist_to_binary()
    end
  end

  # ---------------------------------------------------------------------------
  # Validity and printability

  @doc "Returns `true` when the string is valid UTF-8."
  @spec valid?(t) :: boolean
  def valid?(string) when is_binary(string), do: :vial_string.valid(string)
  def valid?(_other), do: false

  @doc false
  @deprecated "Use String.valid?/1 instead"
  def valid_character?(string) do
    case string do
      <<_::utf8>> -> valid?(string)
      _ -> false
    end
  end

  @doc """
  Returns `true` when every character (checking at most `character_limit`)
  is printable: visible Unicode text and the usual escape characters.
  """
  @spec printable?(t, 0) :: true
  @spec printable?(t, pos_integer | :infinity) :: boolean
  def printable?(string, character_limit \\ :infinity)
      when is_binary(string) and
             (character_limit == :infinity or (is_integer(character_limit) and character_limit >= 0)) do
    printable_up_to?(string, character_limit)
  end

  defp printable_up_to?(_, 0), do: true
  defp printable_up_to?(<<>>, _), do: true

  defp printable_up_to?(<<char::utf8, rest::binary>>, limit) do
    if printable_char?(char), do: printable_up_to?(rest, decrement(limit)), else: false
  end

  defp printable_up_to?(_, _), do: false

  defp decrement(:infinity), do: :infinity
  defp decrement(limit), do: limit - 1

  defp printable_char?(char)
       when (char >= 0x20 and char <= 0x7E) or (char >= 0xA0 and char <= 0xD7FF) or
              (char >= 0xE000 and char <= 0xFFFD) or (char >= 0x10000 and char <= 0x10FFFF),
       do: true

  defp printable_char?(char) when char in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e, ?\d, ?\a], do: true
  defp printable_char?(_), do: false

  @doc "Splits the string into runs of valid and invalid bytes (`:valid`) or printable and other characters (`:printable`)."
  @spec chunk(t, :valid | :printable) :: [t]
  def chunk("", _trait), do: []

  def chunk(string, trait) when is_binary(string) and trait in [:valid, :printable] do
    {first, _} = next_unit(string, trait)
    collect_chunks(string, trait, first, <<>>, [])
  end

  # One codepoint (or invalid byte) and whether it has the trait.
  defp next_unit(<<char::utf8, rest::binary>>, :valid), do: {true, {<<char::utf8>>, rest}}
  defp next_unit(<<char::utf8, rest::binary>>, :printable), do: {printable_char?(char), {<<char::utf8>>, rest}}
  defp next_unit(<<byte, rest::binary>>, _trait), do: {false, {<<byte>>, rest}}

  defp collect_chunks(<<>>, _trait, _flag, current, acc), do: :lists.reverse([current | acc])

  defp collect_chunks(string, trait, flag, current, acc) do
    {unit_flag, {unit, rest}} = next_unit(string, trait)

    if unit_flag == flag do
      collect_chunks(rest, trait, flag, <<current::binary, unit::binary>>, acc)
    else
      collect_chunks(rest, trait, unit_flag, unit, [current | acc])
    end
  end

  # ---------------------------------------------------------------------------
  # Case

  @doc """
  Converts to upper case. `mode` is `:default` (full Unicode mapping),
  `:ascii` (only a-z) or `:turkic`/`:greek` (language rules).
  """
  @spec upcase(t, :default | :ascii | :greek | :turkic) :: t
  def upcase(string, mode \\ :default)

  def upcase(string, :ascii) when is_binary(string), do: :vial_string.upcase_ascii(string)

  def upcase(string, mode) when is_binary(string) and mode in [:default, :greek] do
    :vial_string.upcase(string)
  end

  def upcase(string, :turkic) when is_binary(string) do
    map_codepoints(string, &upcase_char(&1, :turkic), [])
  end

  defp ascii_upcase(byte) when byte >= ?a and byte <= ?z, do: byte - 32
  defp ascii_upcase(byte), do: byte


  defp upcase_char(?i, :turkic), do: <<0x130::utf8>>
  defp upcase_char(0x131, :turkic), do: "I"
  defp upcase_char(char, _mode) when char >= ?a and char <= ?z, do: <<char - 32>>
  defp upcase_char(char, _mode) when char < 128, do: <<char>>
  defp upcase_char(char, _mode), do: case_result(:string.uppercase(<<char::utf8>>), char)

  defp case_result(result, _char) when is_binary(result), do: result
  defp case_result(result, char) when is_list(result), do: to_binary(result, char)
  defp case_result(_result, char), do: <<char::utf8>>

  defp to_binary(chars, char) do
    case :unicode.characters_to_binary(chars) do
      binary when is_binary(binary) -> binary
      _ -> <<char::utf8>>
    end
  end

  # Applies `fun` to each codepoint; invalid bytes are kept.
  defp map_codepoints(<<char::utf8, rest::binary>>, fun, acc), do: map_codepoints(rest, fun, [acc | fun.(char)])
  defp map_codepoints(<<byte, rest::binary>>, fun, acc), do: map_codepoints(rest, fun, [acc, byte])
  defp map_codepoints(<<>>, _fun, acc), do: :erlang.iolist_to_binary(acc)

  @doc """
  Converts to lower case. `mode` is `:default`, `:ascii`, `:greek` (final
  sigma becomes `ς`) or `:turkic` (`I` becomes `ı`).
  """
  @spec downcase(t, :default | :ascii | :greek | :turkic) :: t
  def downcase(string, mode \\ :default)

  def downcase(string, :ascii) when is_binary(string), do: :vial_string.downcase_ascii(string)

  def downcase(string, :greek) when is_binary(string), do: downcase_greek(string, false, [])

  def downcase(string, :default) when is_binary(string), do: :vial_string.downcase(string)

  def downcase(string, :turkic) when is_binary(string) do
    map_codepoints(string, &downcase_char(&1, :turkic), [])
  end

  defp downcase_char(?I, :turkic), do: <<0x131::utf8>>
  defp downcase_char(0x130, :turkic), do: "i"
  defp downcase_char(char, _mode) when char >= ?A and char <= ?Z, do: <<char + 32>>
  defp downcase_char(char, _mode) when char < 128, do: <<char>>
  defp downcase_char(char, _mode), do: case_result(:string.lowercase(<<char::utf8>>), char)

  # A capital sigma that ends a word (a letter before it, none after it)
  # becomes the final form.
  defp downcase_greek(<<0x3A3::utf8, rest::binary>>, after_letter, acc) do
    sigma = if after_letter and not starts_with_letter?(rest), do: <<0x3C2::utf8>>, else: <<0x3C3::utf8>>
    downcase_greek(rest, true, [acc | sigma])
  end

  defp downcase_greek(<<char::utf8, rest::binary>>, _after_letter, acc) do
    downcase_greek(rest, letter?(char), [acc | downcase_char(char, :default)])
  end

  defp downcase_greek(<<byte, rest::binary>>, _after_letter, acc), do: downcase_greek(rest, false, [acc, byte])
  defp downcase_greek(<<>>, _after_letter, acc), do: :erlang.iolist_to_binary(acc)

  defp starts_with_letter?(<<char::utf8, _::binary>>), do: letter?(char)
  defp starts_with_letter?(_), do: false

  # A cased letter: one that changes under upper or lower casing.
  defp letter?(char) do
    text = <<char::utf8>>
    :string.uppercase(text) != text or :string.lowercase(text) != text
  end

  @doc """
  Upper-cases (title-cases) the first grapheme and lower-cases the rest,
  with the same modes as `downcase/2`.
  """
  @spec capitalize(t, :default | :ascii | :greek | :turkic) :: t
  def capitalize(string, mode \\ :default)

  def capitalize(<<first, rest::binary>>, :ascii) do
    <<ascii_upcase(first)>> <> downcase(rest, :ascii)
  end

  def capitalize("", :ascii), do: ""

  def capitalize(string, mode) when is_binary(string) and mode in [:default, :greek, :turkic] do
    case split_grapheme(string) do
      nil ->
        ""

      {grapheme, rest} ->
        title =
          case grapheme do
            <<char::utf8, marks::binary>> -> titlecase_char(char, mode) <> marks
            _ -> grapheme
          end

        title <> downcase(rest, mode)
    end
  end

  defp titlecase_char(?i, :turkic), do: <<0x130::utf8>>
  defp titlecase_char(char, _mode), do: case_result(:string.titlecase(<<char::utf8>>), char)

  # ---------------------------------------------------------------------------
  # Trimming and padding


  @doc "Removes leading and trailing Unicode whitespace."
  @spec trim(t) :: t
  def trim(string) when is_binary(string), do: string |> trim_leading() |> trim_trailing()

  @doc "Removes every leading and trailing occurrence of `to_trim`."
  @spec trim(t, t) :: t
  def trim(string, to_trim) when is_binary(string) and is_binary(to_trim) do
    string |> trim_leading(to_trim) |> trim_trailing(to_trim)
  end

  @doc "Removes leading Unicode whitespace."
  @spec trim_leading(t) :: t
  def trim_leading(string) when is_binary(string), do: :vial_string.trim_leading(string)

  @doc "Removes every leading occurrence of `to_trim`."
  @spec trim_leading(t, t) :: t
  def trim_leading(string, to_trim) when is_binary(string) and is_binary(to_trim) do
    replace_leading(string, to_trim, "")
  end

  @doc "Removes trailing Unicode whitespace."
  @spec trim_trailing(t) :: t
  def trim_trailing(string) when is_binary(string), do: :vial_string.trim_trailing(string)

  @doc "Removes every trailing occurrence of `to_trim`."
  @spec trim_trailing(t, t) :: t
  def trim_trailing(string, to_trim) when is_binary(string) and is_binary(to_trim) do
    replace_trailing(string, to_trim, "")
  end

  @doc "Pads the front with `padding` (a string or list of strings) up to `count` graphemes."
  @spec pad_leading(t, non_neg_integer, t | [t]) :: t
  def pad_leading(string, count, padding \\ [" "])

  def pad_leading(string, count, padding) when is_binary(padding) do
    pad_leading(string, count, graphemes(padding))
  end

  def pad_leading(string, count, [_ | _] = padding)
      when is_binary(string) and is_integer(count) and count >= 0 do
    case count - String.length(string) do
      missing when missing > 0 -> :erlang.iolist_to_binary([fill(padding, padding, missing), string])
      _ -> string
    end
  end

  @doc "Pads the end with `padding` (a string or list of strings) up to `count` graphemes."
  @spec pad_trailing(t, non_neg_integer, t | [t]) :: t
  def pad_trailing(string, count, padding \\ [" "])

  def pad_trailing(string, count, padding) when is_binary(padding) do
    pad_trailing(string, count, graphemes(padding))
  end

  def pad_trailing(string, count, [_ | _] = padding)
      when is_binary(string) and is_integer(count) and count >= 0 do
    case count - String.length(string) do
      missing when missing > 0 -> :erlang.iolist_to_binary([string, fill(padding, padding, missing)])
      _ -> string
    end
  end

  defp fill(_remaining, _padding, 0), do: []
  defp fill([], padding, count), do: fill(padding, padding, count)
  defp fill([piece | rest], padding, count), do: [piece | fill(rest, padding, count - 1)]

  @doc false
  @deprecated "Use String.pad_leading/2 instead"
  def rjust(string, count), do: pad_leading(string, count)

  @doc false
  @deprecated "Use String.pad_leading/3 with a binary padding instead"
  def rjust(string, count, padding) when is_integer(padding), do: pad_leading(string, count, <<padding::utf8>>)

  @doc false
  @deprecated "Use String.pad_trailing/2 instead"
  def ljust(string, count), do: pad_trailing(string, count)

  @doc false
  @deprecated "Use String.pad_trailing/3 with a binary padding instead"
  def ljust(string, count, padding) when is_integer(padding), do: pad_trailing(string, count, <<padding::utf8>>)

  @doc false
  @deprecated "Use String.trim/1 instead"
  def strip(string), do: trim(string)

  @doc false
  @deprecated "Use String.trim/2 with a binary as second argument instead"
  def strip(string, char) when is_integer(char), do: trim(string, <<char::utf8>>)

  @doc false
  @deprecated "Use String.trim_leading/1 instead"
  def lstrip(string), do: trim_leading(string)

  @doc false
  @deprecated "Use String.trim_leading/2 with a binary as second argument instead"
  def lstrip(string, char) when is_integer(char), do: replace_leading(string, <<char::utf8>>, "")

  @doc false
  @deprecated "Use String.trim_trailing/1 instead"
  def rstrip(string), do: trim_trailing(string)

  @doc false
  @deprecated "Use String.trim_trailing/2 with a binary as second argument instead"
  def rstrip(string, char) when is_integer(char), do: replace_trailing(string, <<char::utf8>>, "")

  # ---------------------------------------------------------------------------
  # Splitting

  @doc "Splits at runs of Unicode whitespace (not at non-breaking spaces), dropping empty parts."
  @spec split(t) :: [t]
  def split(string), do: :vial_string.split(string)

  @doc """
  Splits at each occurrence of `pattern` (a string, a list of strings, a
  compiled pattern or a regex). Options: `:parts` (at most that many parts)
  and `:trim` (drop empty parts). An empty pattern splits between graphemes.
  """
  @spec split(t, pattern | Regex.t(), keyword) :: [t]
  def split(string, pattern, options \\ [])

  def split(string, %{__struct__: Regex} = pattern, options)
      when is_binary(string) and is_list(options) do
    Regex.split(pattern, string, options)
  end

  def split(string, "", options) when is_binary(string) and is_list(options) do
    parts = Keyword.get(options, :parts, :infinity)
    trim = Keyword.get(options, :trim, false)

    pieces =
      if trim do
        graphemes(string)
      else
        ["" | graphemes(string)] ++ [""]
      end

    limit_parts(pieces, parts, trim)
  end

  def split(string, pattern, options) when is_binary(string) and is_list(options) do
    parts = Keyword.get(options, :parts, :infinity)
    trim = Keyword.get(options, :trim, false)

    cond do
      parts == :infinity and not trim -> :binary.split(string, pattern, [:global])
      parts == :infinity -> :binary.split(string, pattern, [:global, :trim_all])
      true -> split_counted(string, compile_pattern(pattern), parts, trim, [])
    end
  end

  defp compile_pattern(pattern) when is_tuple(pattern), do: pattern
  defp compile_pattern(pattern), do: :binary.compile_pattern(pattern)

  # Splits while counting kept parts, so that empty parts dropped by :trim
  # do not count against :parts.
  defp split_counted(string, _pattern, 1, trim, acc), do: :lists.reverse(add_split_part(string, trim, acc))

  defp split_counted(string, pattern, parts, trim, acc) do
    case :binary.match(string, pattern) do
      {position, length} ->
        <<part::binary-size(position), _::binary-size(length), rest::binary>> = string
        acc = add_split_part(part, trim, acc)
        parts = if parts == :infinity or (part == "" and trim), do: parts, else: parts - 1
        split_counted(rest, pattern, parts, trim, acc)

      :nomatch ->
        :lists.reverse(add_split_part(string, trim, acc))
    end
  end

  defp add_split_part("", true, acc), do: acc
  defp add_split_part(part, _trim, acc), do: [part | acc]

  # Joins graphemes back once the part limit is reached.
  defp limit_parts(pieces, :infinity, _trim), do: pieces
  defp limit_parts(pieces, parts, _trim) when :erlang.length(pieces) <= parts, do: pieces

  defp limit_parts(pieces, parts, _trim) do
    {head, tail} = Enum.split(pieces, parts - 1)
    head ++ [:erlang.iolist_to_binary(tail)]
  end

  @doc "Returns a lazy stream of the parts of `string` split at `pattern` (see `split/3`)."
  @spec splitter(t, pattern, keyword) :: Enumerable.t()
  def splitter(string, pattern, options \\ []) when is_binary(string) and is_list(options) do
    trim = Keyword.get(options, :trim, false)

    if pattern == "" do
      Stream.unfold(split(string, "", trim: trim), fn
        [] -> nil
        [part | rest] -> {part, rest}
      end)
    else
      compiled = compile_pattern(pattern)

      Stream.unfold(string, fn
        :done ->
          nil

        rest ->
          case :binary.match(rest, compiled) do
            {position, length} ->
              <<part::binary-size(position), _::binary-size(length), rest::binary>> = rest
              {part, rest}

            :nomatch ->
              {rest, :done}
          end
      end)
      |> Stream.reject(fn part -> trim and part == "" end)
    end
  end

  # ---------------------------------------------------------------------------
  # Searching

  @doc "Returns `true` when `string` starts with `prefix` (or any of a list of prefixes)."
  @spec starts_with?(t, t | [t]) :: boolean
  def starts_with?(string, prefix) when is_binary(string) and is_binary(prefix) do
    :binary.longest_common_prefix([string, prefix]) == byte_size(prefix)
  end

  def starts_with?(string, prefixes) when is_binary(string) and is_list(prefixes) do
    Enum.any?(prefixes, &starts_with?(string, &1))
  end

  def starts_with?(string, compiled) when is_binary(string) do
    IO.warn("compiled patterns are deprecated in starts_with?")
    case :binary.match(string, compiled) do
      {0, _length} -> true
      _other -> false
    end
  end

  @doc "Returns `true` when `string` ends with `suffix` (or any of a list of suffixes)."
  @spec ends_with?(t, t | [t]) :: boolean
  def ends_with?(string, suffix) when is_binary(string) and is_binary(suffix) do
    :binary.longest_common_suffix([string, suffix]) == byte_size(suffix)
  end

  def ends_with?(string, suffixes) when is_binary(string) and is_list(suffixes) do
    Enum.any?(suffixes, &ends_with?(string, &1))
  end

  @doc "Returns `true` when `string` contains `contents` (a string, list of strings or compiled pattern)."
  @spec contains?(t, [t] | pattern) :: boolean
  def contains?(string, contents) when is_binary(string) and is_binary(contents) do
    contents == "" or :binary.match(string, contents) != :nomatch
  end

  def contains?(string, []) when is_binary(string), do: false

  def contains?(string, contents) when is_binary(string) and is_list(contents) do
    :lists.member("", contents) or :binary.match(string, contents) != :nomatch
  end

  def contains?(string, contents) when is_binary(string) do
    :binary.match(string, contents) != :nomatch
  end

  @doc "Returns `true` when `regex` matches `string`."
  @spec match?(t, Regex.t()) :: boolean
  def match?(string, regex) when is_binary(string), do: Regex.match?(regex, string)

  # ---------------------------------------------------------------------------
  # Replacing

  @doc """
  Replaces occurrences of `pattern` (a string, list of strings, compiled
  pattern or regex) with `replacement` (a string, or a function of the match).
  Only the first occurrence with `global: false`.
  """
  @spec replace(t, pattern | Regex.t(), t | (t -> t | iodata), keyword) :: t
  def replace(subject, pattern, replacement, options \\ [])
      when is_binary(subject) and (is_binary(replacement) or is_function(replacement, 1)) and
             is_list(options) do
    replace_checked(subject, pattern, replacement, options)
  end

  defp replace_checked(subject, %{__struct__: Regex} = regex, replacement, options) do
    Regex.replace(regex, subject, replacement, options)
  end

  defp replace_checked(subject, "", "", _options), do: subject
  defp replace_checked(subject, [], _replacement, _options), do: subject

  # An empty pattern matches before and after each grapheme; a function
  # replacement is called for each of those places.
  defp replace_checked(subject, "", replacement, options) do
    if Keyword.get(options, :global, true) do
      pieces = [replacement_for(replacement, "") | between_graphemes(subject, replacement)]
      :erlang.iolist_to_binary(pieces)
    else
      :erlang.iolist_to_binary([replacement_for(replacement, ""), subject])
    end
  end

  defp replace_checked(subject, pattern, replacement, options) do
    if insert = Keyword.get(options, :insert_replaced) do
      IO.warn(
        "String.replace/4 with :insert_replaced option is deprecated. " <>
          "Please use :binary.replace/4 instead or pass an anonymous function as replacement"
      )

      global = if Keyword.get(options, :global) != false, do: [:global], else: []
      :binary.replace(subject, pattern, replacement, [insert_replaced: insert] ++ global)
    else
      replace_all(subject, compile_pattern(pattern), replacement, Keyword.get(options, :global, true))
    end
  end

  # A string replacement: the native replace does it all.
  defp replace_all(subject, compiled, replacement, global) when is_binary(replacement) do
    :binary.replace(subject, compiled, replacement, if(global, do: [:global], else: []))
  end

  defp replace_all(subject, compiled, replacement, global) do
    matches =
      if global do
        :binary.matches(subject, compiled)
      else
        case :binary.match(subject, compiled) do
          :nomatch -> []
          found -> [found]
        end
      end

    :erlang.iolist_to_binary(replace_matches(subject, 0, matches, replacement))
  end

  defp between_graphemes(subject, replacement) do
    case split_grapheme(subject) do
      {grapheme, rest} -> [grapheme, replacement_for(replacement, "") | between_graphemes(rest, replacement)]
      nil -> []
    end
  end

  defp replacement_for(replacement, _match) when is_binary(replacement), do: replacement
  defp replacement_for(replacement, match) when is_function(replacement, 1), do: replacement.(match)

  defp replace_matches(subject, offset, [], _replacement) do
    [:binary.part(subject, offset, byte_size(subject) - offset)]
  end

  defp replace_matches(subject, offset, [{position, length} | rest], replacement) do
    match = :binary.part(subject, position, length)

    [
      :binary.part(subject, offset, position - offset),
      replacement_for(replacement, match)
      | replace_matches(subject, position + length, rest, replacement)
    ]
  end

  @doc "Replaces every leading occurrence of `match` with `replacement`."
  @spec replace_leading(t, t, t) :: t
  def replace_leading(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace"
    end

    {count, rest} = count_leading(string, match, 0)
    :erlang.iolist_to_binary([:lists.duplicate(count, replacement), rest])
  end

  defp count_leading(string, match, count) do
    size = byte_size(match)

    case string do
      <<^match::binary-size(size), rest::binary>> -> count_leading(rest, match, count + 1)
      _ -> {count, string}
    end
  end

  @doc "Replaces every trailing occurrence of `match` with `replacement`."
  @spec replace_trailing(t, t, t) :: t
  def replace_trailing(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace"
    end

    {count, rest} = count_trailing(string, match, 0)
    :erlang.iolist_to_binary([rest, :lists.duplicate(count, replacement)])
  end

  defp count_trailing(string, match, count) do
    size = byte_size(match)
    keep = byte_size(string) - size

    case string do
      <<rest::binary-size(keep), ^match::binary-size(size)>> when keep >= 0 ->
        count_trailing(rest, match, count + 1)

      _ ->
        {count, string}
    end
  end

  @doc "Replaces `match` with `replacement` once, if `string` starts with it."
  @spec replace_prefix(t, t, t) :: t
  def replace_prefix(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    size = byte_size(match)

    case string do
      <<^match::binary-size(size), rest::binary>> -> replacement <> rest
      _ -> string
    end
  end

  @doc "Replaces `match` with `replacement` once, if `string` ends with it."
  @spec replace_suffix(t, t, t) :: t
  def replace_suffix(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    size = byte_size(match)
    keep = byte_size(string) - size

    case string do
      <<rest::binary-size(keep), ^match::binary-size(size)>> when keep >= 0 -> rest <> replacement
      _ -> string
    end
  end

  @doc "Repeats the string `count` times."
  @spec duplicate(t, non_neg_integer) :: t
  # Elixir's compiler rewrites this call to `:binary.copy/2`, so bad
  # arguments raise its ArgumentError rather than a FunctionClauseError.
  def duplicate(subject, count) do
    :binary.copy(subject, count)
  end

  # ---------------------------------------------------------------------------
  # Conversions

  @doc "Converts the string to an atom."
  @spec to_atom(t) :: atom
  def to_atom(string), do: :erlang.binary_to_atom(string, :utf8)

  @doc "Converts the string to an existing atom; raises `ArgumentError` when there is none."
  @spec to_existing_atom(t) :: atom
  def to_existing_atom(string), do: :erlang.binary_to_existing_atom(string, :utf8)

  @doc "Converts the string to a charlist of codepoints."
  @spec to_charlist(t) :: charlist
  def to_charlist(string) when is_binary(string) do
    case :unicode.characters_to_list(string) do
      result when is_list(result) ->
        result

      {:error, encoded, rest} ->
        raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :invalid

      {:incomplete, encoded, rest} ->
        raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :incomplete
    end
  end

  @doc false
  @deprecated "Use String.to_charlist/1 instead"
  def to_char_list(string), do: String.to_charlist(string)

  @doc "Converts the text of an integer to the integer; raises `ArgumentError` otherwise."
  @spec to_integer(t) :: integer
  def to_integer(string), do: :erlang.binary_to_integer(string)

  @doc "Converts the text of an integer in `base` to the integer."
  @spec to_integer(t, 2..36) :: integer
  def to_integer(string, base) do
    :erlang.binary_to_integer(string, base)
  end

  @doc "Converts the text of a float (with a decimal point) to the float; raises `ArgumentError` otherwise."
  @spec to_float(t) :: float
  def to_float(string), do: :erlang.binary_to_float(string)

  # ---------------------------------------------------------------------------
  # Unicode normalization and comparison

  @doc "Converts to a Unicode normalization form: `:nfd`, `:nfc`, `:nfkd` or `:nfkc`."
  @spec normalize(t, :nfd | :nfc | :nfkd | :nfkc) :: t
  def normalize(string, form) when is_binary(string) and form in [:nfd, :nfc, :nfkd, :nfkc] do
    normalize_valid(string, form, <<>>, [])
  end

  # Normalizes the valid runs; invalid bytes are kept as they are.
  defp normalize_valid(<<char::utf8, rest::binary>>, form, run, acc) do
    normalize_valid(rest, form, <<run::binary, char::utf8>>, acc)
  end

  defp normalize_valid(<<byte, rest::binary>>, form, run, acc) do
    normalize_valid(rest, form, <<>>, [acc, normalize_run(run, form), byte])
  end

  defp normalize_valid(<<>>, form, run, acc) do
    :erlang.iolist_to_binary([acc, normalize_run(run, form)])
  end

  defp normalize_run(<<>>, _form), do: <<>>
  defp normalize_run(run, :nfd), do: :unicode.characters_to_nfd_binary(run)
  defp normalize_run(run, :nfc), do: :unicode.characters_to_nfc_binary(run)
  defp normalize_run(run, :nfkd), do: :unicode.characters_to_nfkd_binary(run)
  defp normalize_run(run, :nfkc), do: :unicode.characters_to_nfkc_binary(run)

  @doc "Returns `true` when both strings are the same text once normalized (canonical equivalence)."
  @spec equivalent?(t, t) :: boolean
  def equivalent?(string1, string2) when is_binary(string1) and is_binary(string2) do
    normalize(string1, :nfd) == normalize(string2, :nfd)
  end

  @doc "Returns the Jaro similarity of two strings, from 0.0 (nothing alike) to 1.0 (equal)."
  @spec jaro_distance(t, t) :: float
  def jaro_distance(string, string), do: 1.0
  def jaro_distance(_string, ""), do: 0.0
  def jaro_distance("", _string), do: 0.0

  def jaro_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    chars1 = :erlang.list_to_tuple(graphemes(string1))
    chars2 = :erlang.list_to_tuple(graphemes(string2))
    length1 = tuple_size(chars1)
    length2 = tuple_size(chars2)

    # The shorter string looks for its characters in the longer one.
    {outer, inner} = if length1 < length2, do: {chars1, chars2}, else: {chars2, chars1}
    window = div(:erlang.max(length1, length2), 2) - 1
    positions = jaro_positions(outer, inner, 0, window, %{})

    case positions do
      [] ->
        0.0

      _ ->
        matches = :erlang.length(positions)
        # Elixir counts a transposition each time a match lies before the previous one.
        transpositions = count_backsteps(positions, 0)
        (matches / length1 + matches / length2 + (matches - transpositions) / matches) / 3
    end
  end

  # For each character of `outer`, the position of the first unused equal
  # character of `inner` within the window, in order.
  defp jaro_positions(outer, inner, index, window, used) when index < tuple_size(outer) do
    char = :erlang.element(index + 1, outer)
    low = :erlang.max(index - window, 0)
    high = :erlang.min(index + window, tuple_size(inner) - 1)

    case find_match(inner, char, low, high, used) do
      nil -> jaro_positions(outer, inner, index + 1, window, used)
      found -> [found | jaro_positions(outer, inner, index + 1, window, :maps.put(found, true, used))]
    end
  end

  defp jaro_positions(_outer, _inner, _index, _window, _used), do: []

  defp find_match(_chars, _char, low, high, _used) when low > high, do: nil

  defp find_match(chars, char, low, high, used) do
    if :erlang.element(low + 1, chars) == char and not :maps.is_key(low, used) do
      low
    else
      find_match(chars, char, low + 1, high, used)
    end
  end

  defp count_backsteps([previous, next | rest], count) when next < previous do
    count_backsteps([next | rest], count + 1)
  end

  defp count_backsteps([_ | rest], count), do: count_backsteps(rest, count)
  defp count_backsteps([], count), do: count

  @doc """
  Returns the bag distance similarity of two strings, from 0.0 to 1.0:
  how many graphemes one has that the other lacks, relative to the longer one.
  """
  @spec bag_distance(t, t) :: float
  def bag_distance(_string, ""), do: 0.0
  def bag_distance("", _string), do: 0.0

  def bag_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    bag1 = Enum.frequencies(graphemes(string1))
    bag2 = Enum.frequencies(graphemes(string2))
    size1 = String.length(string1)
    size2 = String.length(string2)
    extra1 = bag_excess(:maps.to_list(bag1), bag2, 0)
    extra2 = bag_excess(:maps.to_list(bag2), bag1, 0)
    1 - :erlang.max(extra1, extra2) / :erlang.max(size1, size2)
  end

  defp bag_excess([], _other, total), do: total

  defp bag_excess([{grapheme, count} | rest], other, total) do
    other_count = Map.get(other, grapheme, 0)
    bag_excess(rest, other, total + :erlang.max(count - other_count, 0))
  end

  @doc "Returns the edit script between two strings, in runs of graphemes (see `List.myers_difference/2`)."
  @spec myers_difference(t, t) :: [{:eq | :ins | :del, t}]
  def myers_difference(string1, string2) when is_binary(string1) and is_binary(string2) do
    graphemes(string1)
    |> List.myers_difference(graphemes(string2))
    |> Enum.map(fn {kind, chars} -> {kind, :erlang.iolist_to_binary(chars)} end)
  end
end
