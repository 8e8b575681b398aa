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
      :error ->
        todo_list

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

defimpl Collectable, for: TodoList do
  def into(original), do: {original, &into_callback/2}

  defp into_callback(todo_list, {:cont, entry}), do: TodoList.add_entry(todo_list, entry)
  defp into_callback(todo_list, :done), do: todo_list
  defp into_callback(_todo_list, :halt), do: :ok
end

defimpl String.Chars, for: TodoList do
  def to_string(list), do: "#TodoList(#{map_size(list.entries)} entries)"
end

defmodule TodoList.CsvImporter do
  def import(lines) do
    lines
    |> Stream.map(&String.split(&1, ","))
    |> Stream.map(fn [date, title] ->
      [y, m, d] = date |> String.split("/") |> Enum.map(&String.to_integer/1)
      {:ok, date} = Date.new(y, m, d)
      %{date: date, title: title}
    end)
    |> TodoList.new()
  end
end

defmodule Main do
  def run do
    todo =
      TodoList.new([
        %{date: ~D[2018-12-19], title: "Dentist"},
        %{date: ~D[2018-12-20], title: "Shopping"},
        %{date: ~D[2018-12-19], title: "Movies"}
      ])

    IO.inspect(TodoList.entries(todo, ~D[2018-12-19]))
    todo = TodoList.update_entry(todo, 1, &Map.put(&1, :title, "Dentist!"))
    IO.inspect(todo.entries[1])
    todo = TodoList.delete_entry(todo, 2)
    IO.inspect(Map.keys(todo.entries))
    IO.puts(todo)
    todo2 = for e <- [%{date: ~D[2019-01-01], title: "New year"}], into: todo, do: e
    IO.puts("#{todo2}")
    IO.inspect(todo2, limit: 4)
    imported = TodoList.CsvImporter.import(["2018/12/19,Dentist", "2018/12/20,Shopping"])
    IO.inspect(imported)
    IO.inspect(TodoList.update_entry(todo, 99, & &1) == todo)
    TodoList.update_entry(todo, 1, &Map.put(&1, :id, 42))
  end
end

Main.run()
