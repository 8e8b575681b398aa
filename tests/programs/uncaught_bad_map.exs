# Map functions on a value that is not a map.
defmodule Inventory do
  def count(stock, item), do: Map.get(stock, item, 0)
end

IO.inspect(Inventory.count(%{apples: 3}, :apples))
IO.inspect(Inventory.count([apples: 3], :apples))
