# Eleven nested calls: a stacktrace keeps the top eight frames.
defmodule Chain do
  def a(x), do: [b(x)]
  def b(x), do: [c(x)]
  def c(x), do: [d(x)]
  def d(x), do: [e(x)]
  def e(x), do: [f(x)]
  def f(x), do: [g(x)]
  def g(x), do: [h(x)]
  def h(x), do: [i(x)]
  def i(x), do: [j(x)]
  def j(x), do: [k(x)]
  def k(x), do: [elem(x, 5)]
end

Chain.a({1, 2})
