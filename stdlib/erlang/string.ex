defmodule :string do
  @moduledoc """
  The few obsolete `:string` functions that the Rust built-ins leave out,
  written in Elixir with the same (lack of) checks as OTP's Erlang code.
  """

  def concat(string1, string2), do: string1 ++ string2
end
