defmodule Bitwise do
  @moduledoc """
  Bitwise operations on integers, as macros that expand to the Erlang
  built-ins, so they also work in guards. `import Bitwise` brings in both the
  names (`band/2`, `bor/2`, ...) and the operators (`&&&`, `|||`, ...).
  """

  @doc "Bitwise not."
  defmacro bnot(expr), do: quote(do: :erlang.bnot(unquote(expr)))

  @doc "Bitwise not, as an operator."
  defmacro ~~~expr, do: quote(do: :erlang.bnot(unquote(expr)))

  @doc "Bitwise and."
  defmacro band(left, right), do: quote(do: :erlang.band(unquote(left), unquote(right)))

  @doc "Bitwise and, as an operator."
  defmacro left &&& right, do: quote(do: :erlang.band(unquote(left), unquote(right)))

  @doc "Bitwise or."
  defmacro bor(left, right), do: quote(do: :erlang.bor(unquote(left), unquote(right)))

  @doc "Bitwise or, as an operator."
  defmacro left ||| right, do: quote(do: :erlang.bor(unquote(left), unquote(right)))

  @doc "Bitwise exclusive or."
  defmacro bxor(left, right), do: quote(do: :erlang.bxor(unquote(left), unquote(right)))

  @doc false
  defmacro left ^^^ right, do: quote(do: :erlang.bxor(unquote(left), unquote(right)))

  @doc "Shifts left by `right` bits (right when negative)."
  defmacro bsl(left, right), do: quote(do: :erlang.bsl(unquote(left), unquote(right)))

  @doc "Shifts left, as an operator."
  defmacro left <<< right, do: quote(do: :erlang.bsl(unquote(left), unquote(right)))

  @doc "Shifts right by `right` bits (left when negative), keeping the sign."
  defmacro bsr(left, right), do: quote(do: :erlang.bsr(unquote(left), unquote(right)))

  @doc "Shifts right, as an operator."
  defmacro left >>> right, do: quote(do: :erlang.bsr(unquote(left), unquote(right)))
end
