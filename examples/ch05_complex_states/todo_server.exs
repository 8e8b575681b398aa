# Section 5.3.4: a server process holding a richer state: a to-do list built from a
# pure data abstraction, with an interface module hiding the messages.
defmodule TodoList do
  defstruct next_id: 1, entries: %{}

  def new(entries \\ []), do: Enum.reduce(entries, %TodoList{}, &add_entry(&2, &1))

  def add_entry(list, entry) do
    entry = Map.put(entry, :id, list.next_id)
    %TodoList{list | entries: Map.put(list.entries, list.next_id, entry), next_id: list.next_id + 1}
  end

  def entries(list, date) do
    list.entries
    |> Map.values()
    |> Enum.filter(&(&1.date == date))
    |> Enum.sort_by(& &1.id)
  end

  def update_entry(list, id, fun) do
    case Map.fetch(list.entries, id) do
      :error -> list
      {:ok, entry} -> %TodoList{list | entries: Map.put(list.entries, id, fun.(entry))}
    end
  end

  def delete_entry(list, id), do: %TodoList{list | entries: Map.delete(list.entries, id)}
end

defmodule TodoServer do
  def start, do: spawn(fn -> loop(TodoList.new()) end)

  def add_entry(server, entry), do: send(server, {:add_entry, entry})
  def update_entry(server, id, fun), do: send(server, {:update_entry, id, fun})
  def delete_entry(server, id), do: send(server, {:delete_entry, id})

  def entries(server, date) do
    send(server, {:entries, self(), date})

    receive do
      {:todo_entries, entries} -> entries
    after
      5000 -> {:error, :timeout}
    end
  end

  defp loop(list) do
    list =
      receive do
        message -> process_message(list, message)
      end

    loop(list)
  end

  defp process_message(list, {:add_entry, entry}), do: TodoList.add_entry(list, entry)
  defp process_message(list, {:update_entry, id, fun}), do: TodoList.update_entry(list, id, fun)
  defp process_message(list, {:delete_entry, id}), do: TodoList.delete_entry(list, id)

  defp process_message(list, {:entries, caller, date}) do
    send(caller, {:todo_entries, TodoList.entries(list, date)})
    list
  end
end

server = TodoServer.start()
TodoServer.add_entry(server, %{date: ~D[2024-12-19], title: "Dentist"})
TodoServer.add_entry(server, %{date: ~D[2024-12-20], title: "Shopping"})
TodoServer.add_entry(server, %{date: ~D[2024-12-19], title: "Movies"})
IO.inspect(TodoServer.entries(server, ~D[2024-12-19]))

TodoServer.update_entry(server, 3, &Map.put(&1, :title, "Theatre"))
TodoServer.delete_entry(server, 1)
IO.inspect(TodoServer.entries(server, ~D[2024-12-19]))
IO.inspect(TodoServer.entries(server, ~D[2024-12-20]))
IO.inspect(TodoServer.entries(server, ~D[2024-12-21]))
