# Enum.sum adds with the `+` function: its failure names the operands.
defmodule Stats do
  def mean(list), do: Enum.sum(list) / length(list)
end
IO.inspect Stats.mean([1, 2, 3, 4])
IO.inspect Enum.sum([1, 2.5])
IO.inspect Enum.sum(1..100)
IO.inspect Enum.sum([])
Stats.mean([1, 2, "3"])
