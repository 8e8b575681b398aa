# Section 4.1.1: a module whose functions create and transform one kind of data.
# The caller never looks inside; it only uses the module's functions.
defmodule ShoppingList do
  def new, do: %{}

  def add(list, item, qty \\ 1) do
    Map.update(list, item, qty, &(&1 + qty))
  end

  def remove(list, item), do: Map.delete(list, item)

  def quantity(list, item), do: Map.get(list, item, 0)

  def items(list), do: list |> Map.keys() |> Enum.sort()
end

list =
  ShoppingList.new()
  |> ShoppingList.add("milk")
  |> ShoppingList.add("eggs", 12)
  |> ShoppingList.add("milk", 2)
  |> ShoppingList.add("bread")
  |> ShoppingList.remove("bread")

IO.inspect(ShoppingList.quantity(list, "milk"))
IO.inspect(ShoppingList.quantity(list, "eggs"))
IO.inspect(ShoppingList.quantity(list, "bread"))
IO.inspect(ShoppingList.items(list))
