# Body recursion adding two computed values: the failing `+` shows its operands.
defmodule Rec do
  def sum([h | t]), do: h + sum(t)
  def sum([]), do: 0
  def product([]), do: 1
  def product([h | t]), do: h * product(t)
end
IO.puts Rec.sum([1, 2, 3])
IO.puts Rec.product([1, 2, 3, 4])
IO.inspect(try do
  Rec.product([2, :x])
rescue
  e -> e
end)
Rec.sum([1, 2, :x])
