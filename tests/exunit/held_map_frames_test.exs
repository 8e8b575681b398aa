# A callback that fails while Enum walks a map: ExUnit shows the frame of
# :maps.fold_1/3 (stdlib) between the callback and the Enum function.
defmodule Todo.List do
  defstruct auto_id: 1, entries: %{}

  def new(entries \\ []), do: Enum.reduce(entries, %Todo.List{}, &add_entry(&2, &1))

  def add_entry(list, entry) do
    entry = Map.put(entry, :id, list.auto_id)
    %Todo.List{list | entries: Map.put(list.entries, list.auto_id, entry), auto_id: list.auto_id + 1}
  end

  def titles(list), do: Enum.map(list.entries, fn {_id, entry} -> entry.title end)
  def each_title(list), do: Enum.each(list.entries, fn {_id, entry} -> entry.title end)
  def dated(list, date), do: Enum.filter(list.entries, fn {_id, entry} -> entry.date == date end)
  def count(list), do: Enum.reduce(list.entries, 0, fn {_id, entry}, n -> n + entry.size end)
  def ids(list), do: for({id, entry} <- list.entries, entry.done, do: id)
end

defmodule MapFramesTest do
  use ExUnit.Case

  setup do
    %{list: Todo.List.new([%{date: ~D[2018-12-19], title: "Dentist"}, %{day: 3}])}
  end

  test "map", %{list: list} do
    Todo.List.titles(list)
  end

  test "each", %{list: list} do
    Todo.List.each_title(list)
  end

  test "filter", %{list: list} do
    Todo.List.dated(list, ~D[2018-12-19])
  end

  test "reduce", %{list: list} do
    Todo.List.count(list)
  end

  test "for", %{list: list} do
    Todo.List.ids(list)
  end

  test "passes", %{list: list} do
    assert map_size(list.entries) == 2
  end
end
