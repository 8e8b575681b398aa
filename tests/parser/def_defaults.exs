defmodule Defaults do
  def f(a, b \\ 1, c \\ 2), do: a + b + c
  def g(opts \\ [])
  def g(opts) when is_list(opts), do: opts
  def h(x \\ %{a: 1}, y \\ fn -> 1 end), do: {x, y}
  def k(a \\ nil, b), do: {a, b}
end
