defmodule Counter do
  def count(thing) do
    n = Enum.count(thing)
    n + 0
  end
end
IO.inspect(Counter.count([1, 2]))
IO.inspect(Counter.count(42))
