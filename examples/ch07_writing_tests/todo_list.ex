# Section 7.2.2: the to-do list, a pure data structure the server keeps.
defmodule Todo.List do
  defstruct next_id: 1, entries: %{}

  def new(entries \\ []) do
    Enum.reduce(entries, %Todo.List{}, &add_entry(&2, &1))
  end

  def add_entry(list, entry) do
    entry = Map.put(entry, :id, list.next_id)
    %Todo.List{list | entries: Map.put(list.entries, list.next_id, entry), next_id: list.next_id + 1}
  end

  def entries(list, date) do
    list.entries |> Map.values() |> Enum.filter(&(&1.date == date)) |> Enum.sort_by(& &1.id)
  end

  def update_entry(list, id, fun) do
    case Map.fetch(list.entries, id) do
      :error -> list
      {:ok, entry} -> %Todo.List{list | entries: Map.put(list.entries, id, fun.(entry))}
    end
  end

  def delete_entry(list, id), do: %Todo.List{list | entries: Map.delete(list.entries, id)}
end
