# FunctionClauseError for named and anonymous functions.
defmodule Shape do
  def area({:square, a}), do: a * a
  def area({:rect, a, b}) when a > 0, do: a * b

  def only_positive(n) when n > 0, do: n
end

try do
  Shape.area({:circle, 1})
rescue
  e in FunctionClauseError ->
    IO.puts(Exception.message(e))
    IO.inspect({e.module, e.function, e.arity})
end

try do
  Shape.only_positive(Enum.at([-1], 0))
rescue
  e -> IO.puts(Exception.message(e))
end

f = fn :a -> 1 end
try do
  f.(:b)
rescue
  e in FunctionClauseError -> IO.inspect({:anonymous, e.arity})
end

try do
  Enum.map(Enum.at([:not_enumerable_here], 0) |> List.wrap(), fn {k, v} -> {v, k} end)
rescue
  e in FunctionClauseError -> IO.inspect({:anonymous, e.arity})
end
