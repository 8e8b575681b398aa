defmodule TodoList do
  defstruct auto_id: 1, entries: %{}

  def new(entries \\ []) do
    Enum.reduce(entries, %TodoList{}, &add_entry(&2, &1))
  end

  def add_entry(todo_list, entry) do
    entry = Map.put(entry, :id, todo_list.auto_id)
    new_entries = Map.put(todo_list.entries, todo_list.auto_id, entry)
    %TodoList{todo_list | entries: new_entries, auto_id: todo_list.auto_id + 1}
  end

  def entries(todo_list, date) do
    todo_list.entries
    |> Stream.filter(fn {_, entry} -> entry.date == date end)
    |> Enum.map(fn {_, entry} -> entry end)
  end

  def update_entry(todo_list, entry_id, updater_fun) do
    case Map.fetch(todo_list.entries, entry_id) do
      :error -> todo_list
      {:ok, old_entry} ->
        old_entry_id = old_entry.id
        new_entry = %{id: ^old_entry_id} = updater_fun.(old_entry)
        new_entries = Map.put(todo_list.entries, new_entry.id, new_entry)
        %TodoList{todo_list | entries: new_entries}
    end
  end

  def delete_entry(todo_list, entry_id) do
    %TodoList{todo_list | entries: Map.delete(todo_list.entries, entry_id)}
  end
end

defimpl String.Chars, for: TodoList do
  def to_string(_), do: "#TodoList"
end

defimpl Collectable, for: TodoList do
  def into(original), do: {original, &into_callback/2}
  defp into_callback(todo_list, {:cont, entry}), do: TodoList.add_entry(todo_list, entry)
  defp into_callback(todo_list, :done), do: todo_list
  defp into_callback(_todo_list, :halt), do: :ok
end

entries = [
  %{date: ~D[2018-12-19], title: "Dentist"},
  %{date: ~D[2018-12-20], title: "Shopping"},
  %{date: ~D[2018-12-19], title: "Movies"}
]
tl = TodoList.new(entries)
IO.inspect(tl)
IO.inspect(TodoList.entries(tl, ~D[2018-12-19]))
IO.puts(tl)
IO.puts("list: #{tl}")
tl2 = for entry <- entries, into: TodoList.new(), do: entry
IO.inspect(tl2 == tl)
tl = TodoList.update_entry(tl, 1, &Map.put(&1, :date, ~D[2018-12-20]))
IO.inspect(TodoList.entries(tl, ~D[2018-12-20]), label: "20th")
tl = TodoList.delete_entry(tl, 2)
IO.inspect(tl.entries |> Map.keys())
IO.inspect(Enum.into(entries, TodoList.new()).auto_id)
TodoList.update_entry(tl, 1, &Map.put(&1, :id, 99))
