# Section 4.2.4: building a structure from a list with Enum.reduce, and Collectable.
defmodule Inventory do
  defstruct counts: %{}

  def new(items \\ []) do
    Enum.reduce(items, %Inventory{}, fn item, inv -> add(inv, item) end)
  end

  def add(%Inventory{counts: c} = inv, item) do
    %Inventory{inv | counts: Map.update(c, item, 1, &(&1 + 1))}
  end
end

inv = Inventory.new(~w(bolt nut bolt washer bolt nut))
IO.inspect(inv)
IO.inspect(inv.counts["bolt"])

# The same by explicit recursion.
defmodule Count do
  def build(items), do: build(items, %{})
  defp build([], acc), do: acc
  defp build([h | t], acc), do: build(t, Map.update(acc, h, 1, &(&1 + 1)))
end

IO.inspect(Count.build(~w(x y x)))
IO.inspect(Enum.frequencies(~w(x y x)))
