# Division by zero deep inside a pipeline.
defmodule Stats do
  def mean(list), do: Enum.sum(list) / length(list)
  def spread(list), do: Enum.max(list) - Enum.min(list)
  def ratio(list), do: div(spread(list), length(list) - length(list))
end

IO.inspect(Stats.mean([1, 2, 3]))
IO.inspect(Stats.ratio([1, 2, 3]))
