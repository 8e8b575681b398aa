defmodule TodoList do
  defstruct auto_id: 1, entries: %{}
  def new(entries \\ []), do: Enum.reduce(entries, %TodoList{}, &add_entry(&2, &1))
  def add_entry(t, entry) do
    entry = Map.put(entry, :id, t.auto_id)
    %TodoList{t | entries: Map.put(t.entries, t.auto_id, entry), auto_id: t.auto_id + 1}
  end
  def entries(t, date) do
    t.entries |> Stream.filter(fn {_, e} -> e.date == date end) |> Enum.map(fn {_, e} -> e end)
  end
  def update_entry(t, id, fun) do
    case Map.fetch(t.entries, id) do
      :error -> t
      {:ok, old} -> %TodoList{t | entries: Map.put(t.entries, id, fun.(old))}
    end
  end
  def delete_entry(t, id), do: %TodoList{t | entries: Map.delete(t.entries, id)}
end

defmodule TodoServer do
  def start do
    spawn(fn -> loop(TodoList.new()) end)
  end
  def add_entry(pid, e), do: send(pid, {:add_entry, e})
  def update_entry(pid, id, fun), do: send(pid, {:update_entry, id, fun})
  def delete_entry(pid, id), do: send(pid, {:delete_entry, id})
  def entries(pid, date) do
    send(pid, {:entries, self(), date})
    receive do
      {:todo_entries, entries} -> entries
    after
      5000 -> {:error, :timeout}
    end
  end
  defp loop(t) do
    new_t =
      receive do
        message -> process_message(t, message)
      end
    loop(new_t)
  end
  defp process_message(t, {:add_entry, e}), do: TodoList.add_entry(t, e)
  defp process_message(t, {:update_entry, id, fun}), do: TodoList.update_entry(t, id, fun)
  defp process_message(t, {:delete_entry, id}), do: TodoList.delete_entry(t, id)
  defp process_message(t, {:entries, caller, date}) do
    send(caller, {:todo_entries, TodoList.entries(t, date)})
    t
  end
  defp process_message(t, other) do
    IO.puts("unknown message: #{inspect(other)}")
    t
  end
end

s = TodoServer.start()
TodoServer.add_entry(s, %{date: ~D[2018-12-19], title: "Dentist"})
TodoServer.add_entry(s, %{date: ~D[2018-12-20], title: "Shopping"})
TodoServer.add_entry(s, %{date: ~D[2018-12-19], title: "Movies"})
IO.inspect(TodoServer.entries(s, ~D[2018-12-19]))
TodoServer.update_entry(s, 1, &Map.put(&1, :title, "Dentist (moved)"))
TodoServer.delete_entry(s, 3)
send(s, :garbage)
IO.inspect(TodoServer.entries(s, ~D[2018-12-19]))
IO.inspect(TodoServer.entries(s, ~D[2018-12-21]))
TodoServer.update_entry(s, 2, fn _ -> raise "broken updater" end)
Process.sleep(100)
IO.inspect(Process.alive?(s))
