defmodule Acc do
  def total(items), do: Enum.reduce(items, 0, fn x, acc -> add(x, acc) end)
  defp add(x, acc) when is_number(x), do: x + acc
end
IO.inspect(Acc.total([1, 2]))
IO.inspect(Acc.total([1, :two]))
