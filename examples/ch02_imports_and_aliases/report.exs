# Section 2.3.5: import lets us drop the module name; alias gives a shorter one.
defmodule Shop.Inventory.Item do
  def label(name, qty), do: "#{name} x#{qty}"
end

defmodule Shop.Report do
  import IO, only: [puts: 1]
  alias Shop.Inventory.Item
  alias Shop.Inventory.Item, as: Thing

  def print(items) do
    puts("Inventory:")
    Enum.each(items, fn {name, qty} -> puts("  " <> Item.label(name, qty)) end)
    puts("Total: #{Thing.label("items", length(items))}")
  end
end

Shop.Report.print([{"apple", 3}, {"pear", 5}])
