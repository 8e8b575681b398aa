defmodule Base do
  @moduledoc """
  Encodings of binaries as text: base 16 (hex), base 32 (standard and
  extended hex alphabets) and base 64 (standard and URL-safe), as in
  RFC 4648.

  Every function works on whole groups of bytes as integers (3 bytes for
  base 64, 5 for base 32), so no bitstring of odd size is ever built.
  `decode*/2` return `{:ok, binary}` or `:error`; the `!` versions raise
  `ArgumentError` with the message Elixir gives.
  """

  import Bitwise

  @b16 "0123456789ABCDEF"
  @b32 "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
  @b32hex "0123456789ABCDEFGHIJKLMNOPQRSTUV"
  @b64 "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  @b64url "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

  # ---------------------------------------------------------------------------
  # Base 16

  def encode16(data, opts \\ []) when is_binary(data) do
    alphabet = cased(@b16, Keyword.get(opts, :case, :upper))
    for <<byte <- data>>, into: "", do: <<digit(alphabet, byte >>> 4), digit(alphabet, byte &&& 15)>>
  end

  def decode16(string, opts \\ []) do
    {:ok, decode16!(string, opts)}
  rescue
    ArgumentError -> :error
  end

  def decode16!(string, opts \\ []) when is_binary(string) do
    string = ignore(string, opts)

    if rem(byte_size(string), 2) != 0 do
      raise ArgumentError,
        message:
          "string given to decode has wrong length. An even number of bytes was expected, " <>
            "got: #{byte_size(string)}. Double check your string for unwanted characters or pad it accordingly"
    end

    table = table(@b16, Keyword.get(opts, :case, :upper))
    for <<hi, lo <- string>>, into: "", do: <<value(table, hi) <<< 4 ||| value(table, lo)>>
  end

  # ---------------------------------------------------------------------------
  # Base 64

  def encode64(data, opts \\ []) when is_binary(data),
    do: encode(data, @b64, 6, Keyword.get(opts, :padding, true))

  def url_encode64(data, opts \\ []) when is_binary(data),
    do: encode(data, @b64url, 6, Keyword.get(opts, :padding, true))

  def decode64(string, opts \\ []), do: safely(fn -> decode64!(string, opts) end)
  def url_decode64(string, opts \\ []), do: safely(fn -> url_decode64!(string, opts) end)

  def decode64!(string, opts \\ []) when is_binary(string),
    do: decode(ignore(string, opts), table(@b64, :upper), 6, Keyword.get(opts, :padding, true))

  def url_decode64!(string, opts \\ []) when is_binary(string),
    do: decode(ignore(string, opts), table(@b64url, :upper), 6, Keyword.get(opts, :padding, true))

  # ---------------------------------------------------------------------------
  # Base 32

  def encode32(data, opts \\ []) when is_binary(data),
    do: encode(data, cased(@b32, Keyword.get(opts, :case, :upper)), 5, Keyword.get(opts, :padding, true))

  def hex_encode32(data, opts \\ []) when is_binary(data),
    do: encode(data, cased(@b32hex, Keyword.get(opts, :case, :upper)), 5, Keyword.get(opts, :padding, true))

  def decode32(string, opts \\ []), do: safely(fn -> decode32!(string, opts) end)
  def hex_decode32(string, opts \\ []), do: safely(fn -> hex_decode32!(string, opts) end)

  def decode32!(string, opts \\ []) when is_binary(string) do
    table = table(@b32, Keyword.get(opts, :case, :upper))
    decode(ignore(string, opts), table, 5, Keyword.get(opts, :padding, true))
  end

  def hex_decode32!(string, opts \\ []) when is_binary(string) do
    table = table(@b32hex, Keyword.get(opts, :case, :upper))
    decode(ignore(string, opts), table, 5, Keyword.get(opts, :padding, true))
  end

  # ---------------------------------------------------------------------------
  # Shared machinery. A group is `width` characters of `bits` bits each,
  # which is a whole number of bytes: 4 × 6 = 3 bytes, 8 × 5 = 5 bytes.

  defp group_chars(6), do: 4
  defp group_chars(5), do: 8

  defp encode(data, alphabet, bits, pad?) do
    chars = group_chars(bits)
    bytes = div(chars * bits, 8)
    encode_groups(data, alphabet, bits, chars, bytes, pad?, [])
  end

  defp encode_groups(data, alphabet, bits, chars, bytes, pad?, acc) do
    case data do
      <<group::binary-size(bytes), rest::binary>> ->
        text = digits(:binary.decode_unsigned(group), alphabet, bits, chars)
        encode_groups(rest, alphabet, bits, chars, bytes, pad?, [acc | text])

      "" ->
        IO.iodata_to_binary(acc)

      tail ->
        # Pad the last bytes with zero bits to whole characters.
        size = byte_size(tail)
        used = div(size * 8 + bits - 1, bits)
        value = :binary.decode_unsigned(tail) <<< (used * bits - size * 8)
        text = digits(value, alphabet, bits, used)
        padding = if pad?, do: :binary.copy("=", chars - used), else: ""
        IO.iodata_to_binary([acc, text, padding])
    end
  end

  defp digits(value, alphabet, bits, count) do
    for i <- (count - 1)..0//-1, into: "" do
      <<digit(alphabet, value >>> (i * bits) &&& (1 <<< bits) - 1)>>
    end
  end

  defp decode(string, table, bits, pad?) do
    chars = group_chars(bits)
    size = byte_size(string)

    string =
      cond do
        rem(size, chars) == 0 -> string
        pad? -> raise ArgumentError, message: "incorrect padding"
        true -> string
      end

    decode_groups(string, table, bits, chars, [])
  end

  defp decode_groups(string, table, bits, chars, acc) do
    case string do
      "" ->
        IO.iodata_to_binary(acc)

      <<group::binary-size(chars), rest::binary>> when rest != "" ->
        decode_groups(rest, table, bits, chars, [acc | decode_group(group, table, bits)])

      last ->
        IO.iodata_to_binary([acc | decode_last(last, table, bits, chars)])
    end
  end

  defp decode_group(group, table, bits) do
    value = for <<c <- group>>, reduce: 0, do: (acc -> acc <<< bits ||| value(table, c))
    size = div(byte_size(group) * bits, 8)
    <<value::size(size)-unit(8)>>
  end

  # The last group: padding, or (without padding) a short group.
  defp decode_last(last, table, bits, chars) do
    text = strip_padding(last)
    used = byte_size(text)
    pad = byte_size(last) - used

    if (pad > 0 and byte_size(last) != chars) or not valid_tail?(used, bits) do
      raise ArgumentError, message: "incorrect padding"
    end

    value = for <<c <- text>>, reduce: 0, do: (acc -> acc <<< bits ||| value(table, c))
    size = div(used * bits, 8)
    <<value >>> (used * bits - size * 8)::size(size)-unit(8)>>
  end

  defp strip_padding(text) do
    case :binary.split(text, "=") do
      [before, rest] ->
        if rest == :binary.copy("=", byte_size(rest)), do: before, else: raise_alphabet(?=)

      [whole] ->
        whole
    end
  end

  # Character counts that end on a whole byte (the rest carry stray bits).
  defp valid_tail?(used, 6), do: used in [2, 3, 4]
  defp valid_tail?(used, 5), do: used in [2, 4, 5, 7, 8]

  defp cased(alphabet, :lower), do: String.downcase(alphabet)
  defp cased(alphabet, _upper), do: alphabet

  defp digit(alphabet, i), do: :binary.at(alphabet, i)

  # A map from character to value; `:mixed` accepts either case.
  defp table(alphabet, letter_case) do
    upper = for {c, i} <- Enum.with_index(:binary.bin_to_list(alphabet)), into: %{}, do: {c, i}
    lower = for {c, i} <- upper, into: %{}, do: {downcase(c), i}

    case letter_case do
      :upper -> upper
      :lower -> lower
      :mixed -> Map.merge(upper, lower)
    end
  end

  defp downcase(c) when c in ?A..?Z, do: c + 32
  defp downcase(c), do: c

  defp value(table, c) do
    case table do
      %{^c => v} -> v
      %{} -> raise_alphabet(c)
    end
  end

  defp raise_alphabet(c) do
    raise ArgumentError, message: "non-alphabet character found: #{inspect(<<c>>, binaries: :as_strings)} (byte #{c})"
  end

  defp ignore(string, opts) do
    case Keyword.get(opts, :ignore) do
      :whitespace -> for <<c <- string>>, c not in [?\s, ?\t, ?\r, ?\n, ?\v, ?\f], into: "", do: <<c>>
      _ -> string
    end
  end

  defp safely(fun) do
    {:ok, fun.()}
  rescue
    ArgumentError -> :error
  end
end
