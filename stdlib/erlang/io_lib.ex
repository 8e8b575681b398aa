defmodule :io_lib do
  @moduledoc """
  The parts of Erlang's `:io_lib` written in Elixir: character-list checks and
  quoting. `format/2`, `fwrite/2`, `write/1,2` and friends are built-ins.
  """

  def nl, do: '\n'

  def write_string(chars) when is_list(chars), do: write_string(chars, ?")

  def write_string(chars, quote) when is_list(chars) do
    [quote | Enum.flat_map(chars, &escape(&1, quote))] ++ [quote]
  end

  def write_char(c) when is_integer(c) and c >= 0, do: [?$ | escape(c, ?')]

  defp escape(q, q), do: [?\\, q]
  defp escape(?\\, _), do: '\\\\'
  defp escape(?\n, _), do: '\\n'
  defp escape(?\t, _), do: '\\t'
  defp escape(?\r, _), do: '\\r'
  defp escape(?\e, _), do: '\\e'
  defp escape(?\f, _), do: '\\f'
  defp escape(?\b, _), do: '\\b'
  defp escape(?\v, _), do: '\\v'
  defp escape(?\d, _), do: '\\d'
  defp escape(c, _) when c < 32, do: [?\\, ?^, c + 64]
  defp escape(c, _), do: [c]

  def char_list(list) when is_list(list), do: Enum.all?(list, &(is_integer(&1) and &1 >= 0 and &1 <= 0x10FFFF))
  def char_list(_), do: false

  def latin1_char_list(list) when is_list(list), do: Enum.all?(list, &(is_integer(&1) and &1 >= 0 and &1 <= 255))
  def latin1_char_list(_), do: false

  def deep_char_list(list) when is_list(list),
    do: Enum.all?(list, fn c -> (is_integer(c) and c >= 0 and c <= 0x10FFFF) or deep_char_list(c) end)

  def deep_char_list(_), do: false

  def printable_list(list), do: printable_latin1_list(list)

  def printable_latin1_list(list) when is_list(list), do: Enum.all?(list, &latin1_printable?/1)
  def printable_latin1_list(_), do: false

  def printable_unicode_list(list) when is_list(list), do: Enum.all?(list, &unicode_printable?/1)
  def printable_unicode_list(_), do: false

  defp latin1_printable?(c) when is_integer(c), do: (c >= 32 and c <= 126) or (c >= 160 and c <= 255) or c in '\n\r\t\v\b\f\e'
  defp latin1_printable?(_), do: false

  defp unicode_printable?(c) when is_integer(c) and c >= 160,
    do: c < 0xD800 or (c > 0xDFFF and c < 0xFFFE) or (c > 0xFFFF and c <= 0x10FFFF)

  defp unicode_printable?(c), do: latin1_printable?(c)

  def indentation(chars, start) when is_list(chars), do: Enum.reduce(chars, start, &indent/2)

  defp indent(?\n, _col), do: 0
  defp indent(?\t, col), do: col + 8 - rem(col, 8)
  defp indent(_c, col), do: col + 1
end
