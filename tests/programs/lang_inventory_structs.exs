defmodule Inventory.Item do
  defstruct sku: nil, name: "", qty: 0, price: 0.0, tags: MapSet.new()

  def new(sku, name, qty, price, tags \\ []) do
    %__MODULE__{sku: sku, name: name, qty: qty, price: price, tags: MapSet.new(tags)}
  end

  def value(%__MODULE__{qty: q, price: p}), do: q * p
end

defmodule Inventory do
  alias Inventory.Item
  defstruct items: %{}, log: []

  def add(%Inventory{items: items} = inv, %Item{sku: sku} = item) do
    items = Map.update(items, sku, item, fn old -> %{old | qty: old.qty + item.qty} end)
    %{inv | items: items, log: [{:add, sku, item.qty} | inv.log]}
  end

  def remove(%Inventory{items: items} = inv, sku, n) do
    case items do
      %{^sku => %Item{qty: q} = it} when q >= n ->
        {:ok, %{inv | items: %{items | sku => %{it | qty: q - n}}, log: [{:remove, sku, n} | inv.log]}}

      %{^sku => %Item{qty: q}} ->
        {:error, {:not_enough, sku, q}}

      _ ->
        {:error, {:unknown, sku}}
    end
  end

  def total(%Inventory{items: items}) do
    items |> Map.values() |> Enum.map(&Item.value/1) |> Enum.sum()
  end

  def by_tag(%Inventory{items: items}) do
    for {_sku, item} <- items, tag <- item.tags, reduce: %{} do
      acc -> Map.update(acc, tag, [item.sku], &[item.sku | &1])
    end
  end
end

defmodule Main do
  def run do
    alias Inventory.Item

    inv =
      [
        Item.new("A1", "Apple", 10, 0.5, [:fruit, :red]),
        Item.new("B2", "Banana", 20, 0.25, [:fruit]),
        Item.new("C3", "Carrot", 5, 0.1, [:veg]),
        Item.new("A1", "Apple", 5, 0.5)
      ]
      |> Enum.reduce(%Inventory{}, &Inventory.add(&2, &1))

    IO.inspect(inv.items["A1"])
    IO.inspect(Inventory.total(inv))
    IO.inspect(Inventory.by_tag(inv))
    {:ok, inv} = Inventory.remove(inv, "B2", 7)
    IO.inspect(Inventory.remove(inv, "B2", 100))
    IO.inspect(Inventory.remove(inv, "Z9", 1))
    IO.inspect(Enum.reverse(inv.log))
    IO.inspect(inv, limit: 5)
    IO.inspect(%Item{}, pretty: true, width: 30)
    IO.inspect(Map.keys(%Item{}))
    IO.inspect(Item.__struct__())
    IO.inspect(put_in(inv.items["C3"].qty, 99).items["C3"].qty)
    IO.inspect(update_in(inv, [Access.key(:items), "A1", Access.key(:qty)], &(&1 * 2)).items["A1"].qty)
    IO.inspect(get_in(inv, [Access.key(:items), "B2", Access.key(:name)]))
    %Item{name: name, qty: qty} = inv.items["B2"]
    IO.puts("#{name}: #{qty}")

    try do
      %{inv.items["A1"] | color: :red}
    rescue
      e -> IO.inspect(e)
    end

    try do
      inv.items["A1"].colour
    rescue
      e -> IO.puts(Exception.message(e))
    end

    defmodule Report do
      def rows(inv) do
        inv.items
        |> Enum.sort_by(fn {sku, _} -> sku end)
        |> Enum.map(fn {_, %Item{name: n, qty: q, price: p}} ->
          :io_lib.format("~-8s ~4B ~6.2f", [n, q, p]) |> IO.iodata_to_binary()
        end)
      end
    end

    Enum.each(Report.rows(inv), &IO.puts/1)
  end
end

Main.run()
