defmodule :string do
  @moduledoc """
  The few obsolete `:string` functions that the Rust built-ins leave out,
  written in Elixir with the same (lack of) checks as OTP's Erlang code.
  """

  def concat(string1, string2), do: string1 ++ string2

  # The old character-list functions kept in OTP for compatibility.

  def left(string, n, char \\ ?\s) when is_list(string) and is_integer(n) and n >= 0 do
    len = length(string)
    if len >= n, do: Enum.take(string, n), else: string ++ List.duplicate(char, n - len)
  end

  def right(string, n, char \\ ?\s) when is_list(string) and is_integer(n) and n >= 0 do
    len = length(string)
    if len >= n, do: Enum.drop(string, len - n), else: List.duplicate(char, n - len) ++ string
  end

  def centre(string, n, char \\ ?\s) when is_list(string) and is_integer(n) and n >= 0 do
    len = length(string)

    if len >= n do
      string |> Enum.drop(div(len - n, 2)) |> Enum.take(n)
    else
      before = div(n - len, 2)
      List.duplicate(char, before) ++ string ++ List.duplicate(char, n - len - before)
    end
  end

  def sub_string(string, start) when is_list(string), do: Enum.drop(string, start - 1)
  def sub_string(string, start, stop) when is_list(string), do: string |> Enum.drop(start - 1) |> Enum.take(stop - start + 1)

  def sub_word(string, n, char \\ ?\s) when is_list(string) do
    words = string |> Enum.chunk_by(&(&1 == char)) |> Enum.reject(&match?([^char | _], &1))
    Enum.at(words, n - 1, [])
  end

  def span(string, chars) when is_list(string), do: string |> Enum.take_while(&(&1 in chars)) |> length()
  def cspan(string, chars) when is_list(string), do: string |> Enum.take_while(&(&1 not in chars)) |> length()

  def list_to_integer(chars) when is_list(chars) do
    case :string.to_integer(chars) do
      {:error, _} -> {:error, :no_integer}
      result -> result
    end
  end

  def list_to_float(chars) when is_list(chars) do
    case :string.to_float(chars) do
      {:error, _} -> {:error, :no_float}
      result -> result
    end
  end
end
